-- claimtrack schema, version 1: articles, speakers, claims, their mentions, and status history.
-- Append-only: never edit this file once it has landed; add a new numbered migration instead.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    title         TEXT,
    outlet        TEXT,
    url           TEXT UNIQUE,
    author        TEXT,
    published     TEXT,               -- YYYY-MM-DD
    content_hash  TEXT NOT NULL UNIQUE, -- sha256 of the bytes as read
    source        TEXT,               -- path given on the command line, or "-"
    body          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);

CREATE TABLE speakers (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,      -- canonical name
    role          TEXT,               -- title as first seen: "Kremlin spokesperson"
    organisation  INTEGER NOT NULL DEFAULT 0
);

-- Every way a speaker has been named, folded (case, transliteration) for lookup.
CREATE TABLE speaker_aliases (
    folded        TEXT NOT NULL,
    speaker_id    INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias         TEXT NOT NULL,
    PRIMARY KEY (folded, speaker_id)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'comment')),
    text            TEXT NOT NULL,     -- canonical wording (the first mention's)
    norm            TEXT NOT NULL,     -- normalised for exact matching
    speaker_id      INTEGER REFERENCES speakers(id),
    status          TEXT NOT NULL DEFAULT 'unverified'
                    CHECK (status IN ('unverified', 'disputed', 'confirmed', 'false', 'misleading', 'unverifiable')),
    checkworthiness REAL NOT NULL DEFAULT 0,
    first_seen      TEXT,              -- earliest said-on or article date of its mentions
    last_seen       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX claims_status ON claims(status, kind, last_seen);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE INDEX claims_norm ON claims(norm);

CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claims(id),
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'comment')),
    text            TEXT NOT NULL,     -- exact wording in the article
    start           INTEGER NOT NULL,  -- byte span into articles.body
    end             INTEGER NOT NULL,
    speaker_id      INTEGER REFERENCES speakers(id),
    speaker_mention TEXT,              -- "He", "President Zelenskyy"
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    cue             TEXT,
    said_on         TEXT,
    said_until      TEXT,
    checkworthiness REAL NOT NULL DEFAULT 0,
    flags           TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    match_score     REAL,              -- similarity to the claim when it joined one
    match_method    TEXT
);
CREATE INDEX mentions_claim ON mentions(claim_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE claim_history (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    action      TEXT NOT NULL,        -- created | status | merged | split | accepted | rejected
    status      TEXT,
    note        TEXT,
    evidence    TEXT NOT NULL DEFAULT '[]', -- JSON array of URLs
    by          TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX claim_history_claim ON claim_history(claim_id);
