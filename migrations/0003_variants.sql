-- Every distinct wording a claim has been seen in after its first, so a new statement can
-- join the claim through whichever earlier wording it is closest to (a chain of paraphrases:
-- a wire's full quote, an outlet's shortened version, a third outlet's paraphrase of that),
-- not only through the first one. Their terms are in `postings` under the claim.
CREATE TABLE claim_variants (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    norm     TEXT NOT NULL,
    terms    TEXT NOT NULL,
    PRIMARY KEY (claim_id, norm)
) WITHOUT ROWID;
