//! The term dictionary behind candidate generation: each term's id and document frequency (how
//! many claims it indexes). Ingest touches a dozen terms per statement, the same common ones
//! over and over; this cache answers them from memory for the length of one write transaction
//! and writes each term's changed frequency once, at `flush`, instead of once per claim.

use super::Result;
use crate::extract::text::Fnv;
use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

#[derive(Debug, Clone, Copy)]
struct Entry {
    id: i64,
    /// As stored when first read.
    df: i64,
    /// Claims added (or removed) in this transaction, not yet written.
    delta: i64,
}

/// Valid inside the one transaction it was made for: drop it with a rolled-back transaction,
/// `flush` it before a commit.
#[derive(Debug, Default)]
pub(crate) struct Terms {
    known: HashMap<String, Option<Entry>, BuildHasherDefault<Fnv>>,
}

impl Terms {
    pub fn new() -> Terms {
        Terms::default()
    }

    /// How many terms are remembered.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// The id and document frequency of a term the index knows, counting this transaction's
    /// changes; `None` for a term never indexed.
    pub fn lookup(&mut self, tx: &rusqlite::Connection, term: &str) -> Result<Option<(i64, i64)>> {
        if let Some(e) = self.known.get(term) {
            return Ok(e.map(|e| (e.id, e.df + e.delta)));
        }
        let e = tx
            .prepare_cached("SELECT id, df FROM terms WHERE term = ?1")?
            .query_row(params![term], |r| {
                Ok(Entry {
                    id: r.get(0)?,
                    df: r.get(1)?,
                    delta: 0,
                })
            })
            .optional()?;
        self.known.insert(term.to_string(), e);
        Ok(e.map(|e| (e.id, e.df)))
    }

    /// The id of a term, entered in the dictionary if it is new.
    pub fn id_for(&mut self, tx: &rusqlite::Connection, term: &str) -> Result<i64> {
        if let Some((id, _)) = self.lookup(tx, term)? {
            return Ok(id);
        }
        let id: i64 = tx
            .prepare_cached("INSERT INTO terms (term, df) VALUES (?1, 0) RETURNING id")?
            .query_row(params![term], |r| r.get(0))?;
        self.known.insert(
            term.to_string(),
            Some(Entry {
                id,
                df: 0,
                delta: 0,
            }),
        );
        Ok(id)
    }

    /// One claim more (or, with -1, fewer) contains the term; `id_for` or `lookup` found it.
    pub fn count(&mut self, term: &str, by: i64) {
        if let Some(Some(e)) = self.known.get_mut(term) {
            e.delta += by;
        }
    }

    /// Write the changed document frequencies.
    pub fn flush(&mut self, tx: &rusqlite::Connection) -> Result<()> {
        let mut update =
            tx.prepare_cached("UPDATE terms SET df = max(df + ?2, 0) WHERE id = ?1")?;
        for e in self.known.values_mut().flatten() {
            if e.delta != 0 {
                update.execute(params![e.id, e.delta])?;
                e.df = (e.df + e.delta).max(0);
                e.delta = 0;
            }
        }
        Ok(())
    }
}
