//! Rebuilding what matching stored when a newer claimtrack normalises text differently (other
//! stems, synonyms or spellings): every claim's `norm` and `terms`, its later wordings, and the
//! term index. Without it, statements normalised the new way would miss claims stored the old
//! way. Runs once, at open, in one transaction, a chunk of claims at a time (memory stays
//! bounded however many claims there are).

use super::Result;
use super::ingest::index_claim;
use super::terms::Terms;
use crate::matching::Comparable;
use crate::matching::normalize::{self, normalize};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

/// Claims read per round.
const CHUNK: i64 = 10_000;

/// Rebuild if the database was normalised by another version. Returns how many claims were
/// re-normalised, or `None` when the database was current.
pub(crate) fn reindex_if_stale(conn: &mut Connection) -> Result<Option<usize>> {
    let stored_version = |c: &Connection| -> Result<Option<u32>> {
        let v: Option<String> = c
            .query_row(
                "SELECT value FROM meta WHERE key = 'normalization'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(v.and_then(|v| v.parse().ok()))
    };
    // Read first, lock only to rebuild: most opens find the database current. A database
    // normalised by a newer claimtrack is left as it is (rebuilding it down would only make the
    // newer version rebuild it up again); this build matches against it as best it can.
    if stored_version(conn)?.is_some_and(|v| v >= normalize::VERSION) {
        return Ok(None);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if stored_version(&tx)?.is_some_and(|v| v >= normalize::VERSION) {
        return Ok(None); // another process rebuilt it meanwhile
    }
    let current = normalize::VERSION.to_string();
    tx.execute("DELETE FROM postings", [])?;
    tx.execute("DELETE FROM terms", [])?;
    let mut terms = Terms::new();
    let mut done = 0usize;
    let mut after = 0i64;
    loop {
        let chunk: Vec<(i64, String, String, Option<i64>, bool)> = tx
            .prepare_cached(
                "SELECT id, kind, text, speaker_id, merged_into IS NULL FROM claims
                 WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?
            .query_map(params![after, CHUNK], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let Some(last) = chunk.last() else { break };
        after = last.0;
        for (id, kind, text, speaker_id, live) in chunk {
            let comp = Comparable::new(&text);
            tx.prepare_cached("UPDATE claims SET norm = ?2, terms = ?3 WHERE id = ?1")?
                .execute(params![id, comp.norm, comp.terms.join(" ")])?;
            let indexed = live && kind != "comment";
            if indexed {
                index_claim(&tx, &mut terms, id, &comp, speaker_id)?;
            }
            // Later wordings keep only their normalised text: normalised again, which folds
            // everything but what the old normalisation had already dropped.
            let old: Vec<String> = tx
                .prepare_cached("SELECT norm FROM claim_variants WHERE claim_id = ?1")?
                .query_map(params![id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            tx.prepare_cached("DELETE FROM claim_variants WHERE claim_id = ?1")?
                .execute(params![id])?;
            for norm in old {
                let variant = Comparable::from_norm(normalize(&norm));
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO claim_variants (claim_id, norm, terms) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![id, variant.norm, variant.terms.join(" ")])?;
                if indexed {
                    index_claim(&tx, &mut terms, id, &variant, speaker_id)?;
                }
            }
            done += 1;
        }
    }
    terms.flush(&tx)?;
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('normalization', ?1)",
        params![current],
    )?;
    tx.commit()?;
    Ok(Some(done))
}
