//! Finding stored claims that resemble a piece of text: "have we seen this before, and what
//! did we find?" The same term index and similarity that ingest uses, without storing anything.

use super::ingest::{candidate_ids, quote_sentences};
use super::terms::Terms;
use super::{Result, Store};
use crate::matching::{Comparable, similarity};
use crate::model::{ClaimRow, Kind};
use rusqlite::params;
use serde::Serialize;

/// Hits below this likeness are noise (one shared common word).
pub const MIN_SEARCH_SCORE: f64 = 0.25;

/// A stored claim that resembles the searched text.
#[derive(Debug, Serialize)]
pub struct SearchHit {
    #[serde(flatten)]
    pub claim: ClaimRow,
    /// How alike (0..1), by the measure ingest uses; the best over the claim's wordings.
    pub score: f64,
    /// Which signal carried the score (exact, edit, token-set, fragment).
    pub method: &'static str,
}

impl Store {
    /// Stored claims resembling `text`, most alike first. With `speaker`, only that speaker's
    /// claims (any alias), looked up through their own postings too: a fragment of their quote
    /// is found even when its words are common ones.
    pub fn search(
        &self,
        text: &str,
        speaker: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let speakers: Option<Vec<i64>> = match speaker {
            Some(name) => {
                let mut stmt = self.conn.prepare_cached(
                    "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE instr(folded, ?1) > 0 ORDER BY speaker_id",
                )?;
                let ids = stmt
                    .query_map(params![crate::extract::speakers::fold_name(name)], |r| {
                        r.get::<_, i64>(0)
                    })?;
                Some(ids.collect::<rusqlite::Result<_>>()?)
            }
            None => None,
        };
        if speakers.as_ref().is_some_and(Vec::is_empty) {
            return Ok(Vec::new());
        }
        let speaker_id = speakers.as_ref().and_then(|s| s.first().copied());
        let query = Comparable::new(text);
        // Each sentence of a long paste is looked up too: one of them may be all that was stored.
        let mut pieces = quote_sentences(Kind::Quote, text);
        pieces.insert(0, query);
        let mut terms = Terms::new();
        let mut ids: Vec<i64> = Vec::new();
        for piece in &pieces {
            for id in candidate_ids(&self.conn, &mut terms, piece, speaker_id)? {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        let mut wordings = self.conn.prepare_cached(
            "SELECT c.norm, c.terms FROM claims c WHERE c.id = ?1 AND c.merged_into IS NULL
             UNION ALL SELECT v.norm, v.terms FROM claim_variants v WHERE v.claim_id = ?1",
        )?;
        let mut speaker_of = self
            .conn
            .prepare_cached("SELECT speaker_id FROM claims WHERE id = ?1")?;
        let mut scored: Vec<(i64, f64, &'static str)> = Vec::new();
        for id in ids {
            if let Some(wanted) = &speakers {
                let by: Option<i64> = speaker_of.query_row(params![id], |r| r.get(0))?;
                if !by.is_some_and(|s| wanted.contains(&s)) {
                    continue;
                }
            }
            let mut best: Option<(f64, &'static str)> = None;
            let rows = wordings.query_map(params![id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })?;
            for row in rows {
                let (norm, terms) = row?;
                let wording = match terms {
                    Some(t) => Comparable::for_scoring(norm, &t),
                    None => Comparable::from_norm(norm),
                };
                for piece in &pieces {
                    let s = similarity(piece, &wording, 0.0);
                    if best.is_none_or(|(b, _)| s.score > b) {
                        best = Some((s.score, s.method.as_str()));
                    }
                }
            }
            if let Some((score, method)) = best.filter(|(s, _)| *s >= MIN_SEARCH_SCORE) {
                scored.push((id, score, method));
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
        scored.truncate(limit);
        scored
            .into_iter()
            .map(|(id, score, method)| {
                Ok(SearchHit {
                    claim: self.claim_row(id)?.0,
                    score,
                    method,
                })
            })
            .collect()
    }
}
