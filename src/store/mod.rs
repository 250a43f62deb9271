//! The only place that speaks SQL. Opens the database (creating it on first use), applies the
//! embedded migrations, and offers typed queries that return `model` rows. Every query is
//! parameterised; every multi-row write runs in one transaction.

mod cache;
mod claims;
mod ingest;
mod reindex;
mod search;
mod terms;

pub use claims::{Export, ExportArticle, ExportClaim};
pub use ingest::{
    CANDIDATES, IngestOutcome, IngestReport, MatchFound, NewArticle, RARE_TERMS, StatementOutcome,
};
pub use search::{MIN_SEARCH_SCORE, SearchHit};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};

/// The migrations, in order. `user_version` = how many have been applied.
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_init.sql",
        include_str!("../../migrations/0001_init.sql"),
    ),
    (
        "0002_matching.sql",
        include_str!("../../migrations/0002_matching.sql"),
    ),
    (
        "0003_variants.sql",
        include_str!("../../migrations/0003_variants.sql"),
    ),
    (
        "0004_matcher_version.sql",
        include_str!("../../migrations/0004_matcher_version.sql"),
    ),
    (
        "0005_narrated_subject.sql",
        include_str!("../../migrations/0005_narrated_subject.sql"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "{path}: database is from a newer claimtrack (schema version {found}, this build knows {known}); upgrade claimtrack, the database was not modified"
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("{path}: cannot create the database directory: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },
    #[error("claim {0} not found")]
    ClaimNotFound(i64),
    #[error("mention {0} not found")]
    MentionNotFound(i64),
    #[error("suggestion {0} not found")]
    SuggestionNotFound(i64),
    #[error("article {0} not found")]
    ArticleNotFound(i64),
    #[error("{0}")]
    Invalid(String),
}

impl StoreError {
    /// Not-found errors exit 1 ("nothing found"); everything else is an error (2).
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            StoreError::ClaimNotFound(_)
                | StoreError::MentionNotFound(_)
                | StoreError::SuggestionNotFound(_)
                | StoreError::ArticleNotFound(_)
        )
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What ingest remembers between its transactions (see `cache.rs`).
    cache: cache::WriteCache,
    /// How many claims were re-normalised at open because an older claimtrack stored them.
    reindexed: Option<usize>,
}

/// Where the database lives when neither `--db` nor `CLAIMTRACK_DB` says: the user's data
/// directory (`$XDG_DATA_HOME/claimtrack/claims.db` on Linux).
pub fn default_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("claimtrack")
        .join("claims.db")
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl Store {
    /// Open (or create) the database at `path` and bring its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let conn = Connection::open(path)?;
        Self::setup(conn, path.to_path_buf())
    }

    /// A private database in memory, for tests and dry runs.
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn setup(conn: Connection, path: PathBuf) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Ingest runs a few dozen distinct statements per claim; the default cache of 16
        // re-parsed SQL on every call (a fifth of ingest time in `perf`).
        conn.set_prepared_statement_cache_capacity(64);
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // WAL lets `list` read while an ingest writes; an in-memory database answers "memory".
        let _: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 64 MiB of page cache: candidate lookups touch postings all over the file.
        conn.pragma_update(None, "cache_size", -65536)?;
        // Fewer, larger checkpoints during bulk ingest (each one fsyncs).
        conn.pragma_update(None, "wal_autocheckpoint", 10_000)?;
        // Each article is a savepoint inside a batch; its sub-journal spilled to a temp file
        // (a fifth of bulk-ingest time was `pwrite` of that file). Keep it in memory.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "mmap_size", 1i64 << 30)?;
        // The bundled SQLite has STAT4: without this, binding a new value to a parameter
        // that meets an index re-plans the statement on its next step (4% of ingest).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        let mut store = Store {
            conn,
            path,
            cache: Default::default(),
            reindexed: None,
        };
        store.migrate()?;
        store.reindexed = reindex::reindex_if_stale(&mut store.conn)?;
        Ok(store)
    }

    /// Claims whose matching index this open rebuilt (stored by a claimtrack that normalised
    /// text differently); `None` if it was current. Not counting a new, empty database.
    pub fn reindexed(&self) -> Option<usize> {
        self.reindexed.filter(|&n| n > 0)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Apply pending migrations in one exclusive transaction. A database from a newer build is
    /// refused before anything is written.
    fn migrate(&mut self) -> Result<()> {
        let known = MIGRATIONS.len() as i64;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current > known {
            return Err(StoreError::TooNew {
                path: self.path.display().to_string(),
                found: current,
                known,
            });
        }
        for (_, sql) in &MIGRATIONS[current as usize..] {
            tx.execute_batch(sql)?;
        }
        if current < known {
            // PRAGMA takes no parameters; `known` is our own constant, not user input.
            tx.execute_batch(&format!("PRAGMA user_version = {known}"))?;
        }
        tx.commit()?;
        Ok(())
    }

    /// "Northway" and "Northway Rail" in two articles: a one-word name is the one organisation
    /// whose name it starts, and an organisation's name is the one known speaker named by its
    /// first word alone. Two such organisations ("Northway Rail", "Northway Group") leave it
    /// apart.
    fn organisation_by_first_word(
        tx: &rusqlite::Connection,
        info: &crate::extract::SpeakerInfo,
    ) -> Result<Option<i64>> {
        let found: Vec<i64> = if !info.name.contains(' ') {
            tx.prepare_cached(
                "SELECT id FROM speakers WHERE organisation = 1 AND name LIKE ?1 ESCAPE '\\' LIMIT 2",
            )?
            .query_map(params![format!("{} %", like_escape(&info.name))], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
        } else if info.organisation {
            let first = info.name.split(' ').next().unwrap_or("");
            tx.prepare_cached("SELECT id FROM speakers WHERE name = ?1 LIMIT 2")?
                .query_map(params![first], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        } else {
            Vec::new()
        };
        Ok(match found[..] {
            [only] => Some(only),
            _ => None,
        })
    }

    /// Find or create the speaker for a canonical name, recording its aliases. A name already
    /// known by its folded form, or by its folded surname with a compatible first name, is the
    /// same speaker (Zelensky / Zelenskyy / President Zelenskiy).
    fn speaker_id(tx: &rusqlite::Connection, info: &crate::extract::SpeakerInfo) -> Result<i64> {
        use crate::extract::speakers::fold_name;
        let folded = fold_name(&info.name);
        let mut id: Option<i64> = tx
            .prepare_cached("SELECT speaker_id FROM speaker_aliases WHERE folded = ?1 ORDER BY speaker_id LIMIT 1")?
            .query_row(params![folded], |r| r.get(0))
            .optional()?;
        if id.is_none() && !info.organisation && info.name.contains(' ') {
            // "Volodymyr Zelensky" meets "Volodymyr Zelenskyy": same first name, same folded surname.
            let mut stmt = tx.prepare_cached(
                "SELECT id, name FROM speakers WHERE organisation = 0 AND name LIKE ?1 ESCAPE '\\'",
            )?;
            let first = info.name.split_whitespace().next().unwrap_or("");
            let pattern = format!("{}%", like_escape(first));
            let rows = stmt.query_map(params![pattern], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?;
            for row in rows {
                let (sid, name) = row?;
                if fold_name(&name) == folded {
                    id = Some(sid);
                    break;
                }
            }
        }
        if id.is_none() && !info.organisation && info.name.contains(' ') {
            // "Yuri Ushakov" after an earlier article named only "Ushakov": that one person,
            // if exactly one person is known by the bare surname (the fuller name becomes
            // canonical below).
            let surname = info
                .name
                .rsplit(' ')
                .next()
                .map(fold_name)
                .unwrap_or_default();
            let bare: Vec<i64> = tx
                .prepare_cached(
                    "SELECT s.id FROM speakers s JOIN speaker_aliases a ON a.speaker_id = s.id
                     WHERE a.folded = ?1 AND s.organisation = 0 AND instr(s.name, ' ') = 0 LIMIT 2",
                )?
                .query_map(params![surname], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if let [only] = bare[..] {
                id = Some(only);
            }
        }
        if id.is_none() && !info.organisation && !info.name.contains(' ') {
            // A later article says only "Peskov": the one known person of that surname.
            let mut stmt = tx.prepare_cached(
                "SELECT id, name FROM speakers WHERE organisation = 0 AND name LIKE ?1 ESCAPE '\\' LIMIT 50",
            )?;
            let pattern = format!("% {}", like_escape(&info.name));
            let known: Vec<(i64, String)> = stmt
                .query_map(params![pattern], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let same_surname: Vec<i64> = known
                .into_iter()
                .filter(|(_, name)| name.rsplit(' ').next().map(fold_name) == Some(folded.clone()))
                .map(|(sid, _)| sid)
                .collect();
            if let [only] = same_surname[..] {
                id = Some(only);
            }
        }
        if id.is_none() {
            id = Self::organisation_by_first_word(tx, info)?;
        }
        let id = match id {
            Some(id) => {
                if let Some(role) = &info.role {
                    tx.prepare_cached(
                        "UPDATE speakers SET role = ?2 WHERE id = ?1 AND role IS NULL",
                    )?
                    .execute(params![id, role])?;
                }
                // A fuller name becomes canonical: "Zelenskyy" → "Volodymyr Zelenskyy".
                tx.prepare_cached(
                    "UPDATE speakers SET name = ?2 WHERE id = ?1 AND length(name) < length(?2) AND instr(?2, ' ') > 0",
                )?
                .execute(params![id, info.name])?;
                id
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO speakers (name, role, organisation) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![info.name, info.role, info.organisation])?;
                tx.last_insert_rowid()
            }
        };
        let mut ins = tx.prepare_cached(
            "INSERT OR IGNORE INTO speaker_aliases (folded, speaker_id, alias) VALUES (?1, ?2, ?3)",
        )?;
        for alias in std::iter::once(&info.name).chain(info.aliases.iter()) {
            let f = fold_name(alias);
            // Pronouns and bare titles are per-article; they never identify a speaker globally.
            if f.is_empty()
                || matches!(f.as_str(), "he" | "she" | "they" | "it" | "we" | "i")
                || alias.chars().next().is_some_and(|c| c.is_lowercase())
            {
                continue;
            }
            ins.execute(params![f, id, alias])?;
        }
        Ok(id)
    }
}

pub(crate) fn now_string() -> String {
    now()
}

/// `s` as literal text inside a LIKE pattern with `ESCAPE '\\'`.
fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_embedded_in_order() {
        let mut files: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".sql"))
                .collect();
        files.sort();
        let embedded: Vec<&str> = MIGRATIONS.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, embedded);
    }

    #[test]
    fn migrating_twice_is_a_no_op() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let tables = |s: &Store| -> i64 {
            s.conn
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .unwrap()
        };
        let before = tables(&s);
        drop(s);
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), MIGRATIONS.len() as i64);
        assert_eq!(tables(&s), before);
    }

    #[test]
    fn a_database_from_a_newer_claimtrack_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let err = Store::open(&path).err().unwrap();
        assert!(err.to_string().contains("newer claimtrack"), "{err}");
        let c = Connection::open(&path).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'articles'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!((v, n), (99, 0));
    }

    #[test]
    fn a_database_normalised_by_an_older_claimtrack_is_reindexed_once() {
        use crate::extract::{ExtractOptions, extract};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let text = "Kyiv, Jan 30 - Ukrainian officials said the talks with the U.S. delegation \
                    would resume on Sunday. \"We are ready to meet,\" Andriy Sybiha said.";
        let index = |s: &Store| -> (i64, String) {
            s.conn
                .query_row(
                    "SELECT (SELECT count(*) FROM postings), (SELECT group_concat(terms, '|') FROM claims)",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap()
        };
        let fresh = {
            let mut s = Store::open(&path).unwrap();
            assert_eq!(s.reindexed(), None, "a new database has nothing to rebuild");
            let art = NewArticle {
                body: text.into(),
                content_hash: "a".into(),
                ..Default::default()
            };
            let ex = extract(text, &ExtractOptions::default());
            s.ingest(&art, &ex, &crate::matching::MatchConfig::default())
                .unwrap();
            index(&s)
        };
        assert!(fresh.0 > 0, "the article indexed terms: {fresh:?}");
        // What an older version left: another normalisation, its own terms, its own index.
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "UPDATE meta SET value = '1' WHERE key = 'normalization';
                 UPDATE claims SET terms = 'u s deleg';
                 DELETE FROM postings; DELETE FROM terms;",
            )
            .unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert!(s.reindexed().is_some_and(|n| n >= 1));
        assert_eq!(index(&s), fresh, "the same index as a fresh ingest");
        drop(s);
        let s = Store::open(&path).unwrap();
        assert_eq!(s.reindexed(), None, "rebuilt once, not at every open");
        drop(s);
        // A newer claimtrack's normalisation is not rebuilt down to ours.
        Connection::open(&path)
            .unwrap()
            .execute_batch("UPDATE meta SET value = '999' WHERE key = 'normalization'")
            .unwrap();
        let s = Store::open(&path).unwrap();
        assert_eq!(s.reindexed(), None, "left as the newer version wrote it");
    }
}
