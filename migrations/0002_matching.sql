-- Matching at scale: a term index for candidate generation, document frequencies to pick the
-- rarest terms, suggested matches awaiting a person, links between related claims, conflicts,
-- and merged claims.

-- Candidate generation: each claim's content terms (stemmed, stop words out) as postings,
-- keyed so that "claims with this term" and "this speaker's claims with this term" are both
-- B-tree range scans. Document frequencies pick a statement's rarest terms.
CREATE TABLE terms (
    id   INTEGER PRIMARY KEY,
    term TEXT NOT NULL UNIQUE,
    df   INTEGER NOT NULL
);

CREATE TABLE postings (
    term_id  INTEGER NOT NULL,
    speaker  INTEGER NOT NULL,   -- speakers.id, 0 for unattributed claims
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (term_id, speaker, claim_id)
) WITHOUT ROWID;

CREATE TABLE suggestions (
    id          INTEGER PRIMARY KEY,
    mention_id  INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),  -- the claim it may belong to
    score       REAL NOT NULL,
    method      TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  TEXT
);
CREATE INDEX suggestions_state ON suggestions(state);
CREATE INDEX suggestions_claim ON suggestions(claim_id);

-- Similar statements by different speakers: kept apart, linked.
CREATE TABLE claim_links (
    claim_a  INTEGER NOT NULL REFERENCES claims(id),
    claim_b  INTEGER NOT NULL REFERENCES claims(id),
    kind     TEXT NOT NULL DEFAULT 'related',
    score    REAL NOT NULL,
    PRIMARY KEY (claim_a, claim_b)
) WITHOUT ROWID;
CREATE INDEX claim_links_b ON claim_links(claim_b);

-- Mentions that disagree on a number, date or place.
CREATE TABLE conflicts (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    mention_a   INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    mention_b   INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,      -- number | date | place
    value_a     TEXT NOT NULL,
    value_b     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX conflicts_claim ON conflicts(claim_id);

ALTER TABLE claims ADD COLUMN merged_into INTEGER REFERENCES claims(id);
-- The content terms of `norm`, space-separated, so scoring a candidate does not re-stem it.
ALTER TABLE claims ADD COLUMN terms TEXT;
CREATE INDEX mentions_speaker ON mentions(speaker_id);

-- `claimtrack list` with no filters: open, unmerged, non-comment claims by check-worthiness.
CREATE INDEX claims_open_rank ON claims(checkworthiness DESC, id DESC)
    WHERE status IN ('unverified', 'disputed') AND merged_into IS NULL AND kind <> 'comment';
-- Every other listing in the same order, without sorting the whole table.
CREATE INDEX claims_rank ON claims(checkworthiness DESC, id DESC);
