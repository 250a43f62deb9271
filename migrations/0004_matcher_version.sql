-- Which normalisation (stems, synonyms, spellings) built `claims.norm`, `claims.terms`, the
-- variants and the term index. When a newer claimtrack normalises differently, it rebuilds them
-- at open (`Store::reindex_if_stale`); without this, statements normalised the new way would no
-- longer find claims stored the old way.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
