//! What ingest remembers between its write transactions: the term dictionary and the stored
//! claims it has scored. Bulk ingest asks for the same terms and the same candidate claims over
//! and over (at 3,000 generated articles, 95% of 850,000 candidate reads were of a claim read
//! before); answering them from memory saves a B-tree lookup and the parsing of its wordings.
//!
//! The memory is only trusted while nothing else has written the database: it is stamped with
//! SQLite's `data_version` (changes when another connection commits; read while ingest still
//! holds the write lock) and this connection's `total_changes` (changes when any other command on
//! this connection writes) at each commit ingest makes, checked again once the next write
//! transaction holds the lock, and forgotten when either differs, when a transaction is rolled
//! back, or when it grows past its bounds.

use super::Result;
use super::terms::Terms;
use crate::extract::text::Fnv;
use crate::matching::Comparable;
use crate::model::Kind;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

/// A stored claim considered as a match.
#[derive(Debug)]
pub(crate) struct Stored {
    pub id: i64,
    pub kind: Kind,
    pub speaker_id: Option<i64>,
    pub last_seen: Option<String>,
    /// Who the claim is about when it narrates an act (`claims.subject_id`).
    pub subject_id: Option<i64>,
    /// Someone's quoted words hold it: a quote, or a reported clause seen with a quote inside
    /// (`the city "cannot afford a long strike"`).
    pub quoted: bool,
    /// Its first wording, then every later wording it was seen in (`claim_variants`).
    pub wordings: Vec<Comparable>,
    /// When its first wording is someone's words in several sentences, each sentence
    /// (`Comparable::sentences`): compared as wordings are, never counted as one.
    pub sentences: Vec<Comparable>,
}

/// At most this many claims are remembered (a few hundred bytes each).
pub const MAX_CLAIMS: usize = 100_000;
/// At most this many terms are remembered.
pub const MAX_TERMS: usize = 1_000_000;

#[derive(Debug, Default)]
pub(crate) struct WriteCache {
    pub terms: Terms,
    claims: HashMap<i64, Rc<Stored>, BuildHasherDefault<Fnv>>,
    /// (`data_version`, `total_changes`) right after this cache's last commit.
    stamp: Option<(i64, u64)>,
}

/// SQLite's count of commits by other connections, as this connection sees it. Read it inside a
/// write transaction: then nobody else can commit until ours is done.
pub(crate) fn data_version(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}

impl WriteCache {
    /// Inside a write transaction, before anything is read: keep what is remembered only if
    /// the database is as this cache left it, and within bounds.
    pub fn begin(&mut self, tx: &rusqlite::Connection) -> Result<()> {
        let now = (data_version(tx)?, tx.total_changes());
        if self.stamp != Some(now) || self.claims.len() > MAX_CLAIMS || self.terms.len() > MAX_TERMS
        {
            self.forget();
        }
        Ok(())
    }

    /// Right after our commit: `version` as read just before it (our own commit does not move
    /// it), `total_changes` as it is now.
    pub fn committed(&mut self, version: i64, total_changes: u64) {
        self.stamp = Some((version, total_changes));
    }

    /// Drop everything: after a rollback, or when another writer may have changed things.
    pub fn forget(&mut self) {
        self.terms = Terms::new();
        self.claims.clear();
        self.stamp = None;
    }

    pub fn claim(&self, id: i64) -> Option<Rc<Stored>> {
        self.claims.get(&id).cloned()
    }

    pub fn keep(&mut self, stored: Rc<Stored>) {
        self.claims.insert(stored.id, stored);
    }

    /// The claim was written to (seen again, a new wording, merged): read it afresh next time.
    pub fn changed(&mut self, id: i64) {
        self.claims.remove(&id);
    }
}
