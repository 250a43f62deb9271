//! Reading and changing claims: the open-claims listing, one claim in full, status changes with
//! history, merges, splits, suggestion review, per-article and per-speaker mentions, and export.

use super::ingest::{add_variant, insert_claim, unindex_terms, wordings};
use super::terms::Terms;
use super::{Result, Store, StoreError, now_string};
use crate::matching::Comparable;
use crate::model::*;
use rusqlite::types::ToSql;
use rusqlite::{OptionalExtension, Row, TransactionBehavior, params, params_from_iter};
use serde::Serialize;

const CLAIM_SELECT: &str = "SELECT c.id, c.status, c.kind, s.name, c.text,
        (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.claim_id = c.id),
        (SELECT count(*) FROM mentions m WHERE m.claim_id = c.id),
        c.first_seen, c.last_seen, c.checkworthiness
    FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id";

const MENTION_SELECT: &str = "SELECT m.id, m.claim_id, m.article_id, a.title, a.outlet, a.published, m.kind, m.text, m.start, m.end,
        s.name, m.speaker_mention, m.speaker_start, m.speaker_end, m.cue, m.said_on, m.said_until, m.checkworthiness,
        m.flags, m.match_score, m.match_method
    FROM mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN speakers s ON s.id = m.speaker_id";

const SUGGESTION_SELECT: &str = "SELECT g.id, g.state, g.score, g.method, g.claim_id, c.text, cs.name,
        g.mention_id, m.claim_id, m.text, ms.name, m.article_id
    FROM suggestions g JOIN claims c ON c.id = g.claim_id LEFT JOIN speakers cs ON cs.id = c.speaker_id
    JOIN mentions m ON m.id = g.mention_id LEFT JOIN speakers ms ON ms.id = m.speaker_id";

const CONFLICT_SELECT: &str = "SELECT f.id, f.claim_id, f.kind, f.mention_a, ma.article_id, f.value_a, f.mention_b, mb.article_id, f.value_b
    FROM conflicts f JOIN mentions ma ON ma.id = f.mention_a JOIN mentions mb ON mb.id = f.mention_b";

fn parse_enum<T: std::str::FromStr>(s: String, idx: usize) -> rusqlite::Result<T> {
    s.parse()
        .map_err(|_| rusqlite::Error::InvalidColumnType(idx, s, rusqlite::types::Type::Text))
}

fn claim_row(r: &Row) -> rusqlite::Result<ClaimRow> {
    Ok(ClaimRow {
        id: r.get(0)?,
        status: parse_enum(r.get(1)?, 1)?,
        kind: parse_enum(r.get(2)?, 2)?,
        speaker: r.get(3)?,
        text: r.get(4)?,
        articles: r.get(5)?,
        mentions: r.get(6)?,
        first_seen: r.get(7)?,
        last_seen: r.get(8)?,
        checkworthiness: r.get(9)?,
    })
}

fn mention_row(r: &Row) -> rusqlite::Result<MentionRow> {
    let flags: String = r.get(18)?;
    let (ss, se): (Option<i64>, Option<i64>) = (r.get(12)?, r.get(13)?);
    Ok(MentionRow {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        article_id: r.get(2)?,
        article_title: r.get(3)?,
        outlet: r.get(4)?,
        published: r.get(5)?,
        kind: parse_enum(r.get(6)?, 6)?,
        text: r.get(7)?,
        start: r.get(8)?,
        end: r.get(9)?,
        speaker: r.get(10)?,
        speaker_mention: r.get(11)?,
        speaker_span: ss.zip(se).map(|(a, b)| [a, b]),
        cue: r.get(14)?,
        said_on: r.get(15)?,
        said_until: r.get(16)?,
        checkworthiness: r.get(17)?,
        flags: serde_json::from_str(&flags).unwrap_or_default(),
        match_score: r.get(19)?,
        match_method: r.get(20)?,
    })
}

fn suggestion_row(r: &Row) -> rusqlite::Result<SuggestionRow> {
    Ok(SuggestionRow {
        id: r.get(0)?,
        state: r.get(1)?,
        score: r.get(2)?,
        method: r.get(3)?,
        claim_id: r.get(4)?,
        claim_text: r.get(5)?,
        claim_speaker: r.get(6)?,
        mention_id: r.get(7)?,
        mention_claim_id: r.get(8)?,
        mention_text: r.get(9)?,
        mention_speaker: r.get(10)?,
        mention_article_id: r.get(11)?,
    })
}

fn conflict_row(r: &Row) -> rusqlite::Result<ConflictRow> {
    Ok(ConflictRow {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        kind: r.get(2)?,
        mention_a: r.get(3)?,
        article_a: r.get(4)?,
        value_a: r.get(5)?,
        mention_b: r.get(6)?,
        article_b: r.get(7)?,
        value_b: r.get(8)?,
    })
}

fn history_row(r: &Row) -> rusqlite::Result<HistoryRow> {
    let ev: String = r.get(5)?;
    Ok(HistoryRow {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        action: r.get(2)?,
        status: r.get(3)?,
        note: r.get(4)?,
        evidence: serde_json::from_str(&ev).unwrap_or_default(),
        by: r.get(6)?,
        at: r.get(7)?,
    })
}

fn article_row(r: &Row) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: r.get(0)?,
        title: r.get(1)?,
        outlet: r.get(2)?,
        url: r.get(3)?,
        author: r.get(4)?,
        published: r.get(5)?,
        content_hash: r.get(6)?,
        source: r.get(7)?,
        ingested_at: r.get(8)?,
        statements: r.get(9)?,
    })
}

/// The whole database as plain data, so nothing lives only in SQLite.
#[derive(Debug, Serialize)]
pub struct Export {
    pub schema_version: i64,
    pub articles: Vec<ExportArticle>,
    pub claims: Vec<ExportClaim>,
    pub suggestions: Vec<SuggestionRow>,
    pub conflicts: Vec<ConflictRow>,
    pub related: Vec<(i64, i64, f64)>,
}

#[derive(Debug, Serialize)]
pub struct ExportArticle {
    #[serde(flatten)]
    pub article: ArticleRow,
    pub body: String,
}

#[derive(Debug, Serialize)]
pub struct ExportClaim {
    #[serde(flatten)]
    pub claim: ClaimRow,
    pub merged_into: Option<i64>,
    pub speaker_role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    pub mentions: Vec<MentionRow>,
    pub history: Vec<HistoryRow>,
}

impl Store {
    /// Claims matching `filter`, most check-worthy first.
    pub fn list_claims(&self, f: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        // The page of ids first (ordered and limited on the claims table alone, through the
        // partial index `claims_open_rank` in the default case), then the per-claim counts for
        // just that page: computing them for every row before the sort cost seconds at 10^6.
        let mut default_kinds = f.kinds.clone();
        default_kinds.sort();
        default_kinds.dedup();
        // Without statistics SQLite prefers the status index and sorts every open claim; name
        // the partial index that is already in rank order, so the page stops after LIMIT rows.
        let hint = if f.status == StatusFilter::Open && default_kinds == [Kind::Quote, Kind::Claim]
        {
            " INDEXED BY claims_open_rank"
        } else {
            ""
        };
        let mut sql = format!("SELECT c.id FROM claims c{hint} WHERE c.merged_into IS NULL");
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        match f.status {
            // Spelled exactly as the partial index `claims_open_rank` so SQLite can use it.
            StatusFilter::Open => sql.push_str(" AND c.status IN ('unverified', 'disputed')"),
            StatusFilter::All => {}
            StatusFilter::One(s) => {
                args.push(Box::new(s.as_str()));
                sql.push_str(&format!(" AND c.status = ?{}", args.len()));
            }
        }
        let mut kinds = f.kinds.clone();
        kinds.sort();
        kinds.dedup();
        if kinds == [Kind::Quote, Kind::Claim] {
            sql.push_str(" AND c.kind <> 'comment'");
        } else if kinds.len() < 3 {
            let mut ph = Vec::new();
            for k in &kinds {
                args.push(Box::new(k.as_str()));
                ph.push(format!("?{}", args.len()));
            }
            sql.push_str(&format!(" AND c.kind IN ({})", ph.join(", ")));
        }
        if let Some(sp) = &f.speaker {
            args.push(Box::new(crate::extract::speakers::fold_name(sp)));
            sql.push_str(&format!(" AND c.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE instr(folded, ?{}) > 0)", args.len()));
        }
        if let Some(since) = &f.since {
            args.push(Box::new(since.clone()));
            sql.push_str(&format!(" AND c.last_seen >= ?{}", args.len()));
        }
        if let Some(until) = &f.until {
            args.push(Box::new(until.clone()));
            sql.push_str(&format!(" AND c.first_seen <= ?{}", args.len()));
        }
        if let Some(a) = f.article {
            args.push(Box::new(a));
            sql.push_str(&format!(
                " AND c.id IN (SELECT claim_id FROM mentions WHERE article_id = ?{})",
                args.len()
            ));
        }
        sql.push_str(" ORDER BY c.checkworthiness DESC, c.id DESC");
        let order = " ORDER BY c.checkworthiness DESC, c.id DESC";
        if let Some(limit) = f.limit {
            args.push(Box::new(limit as i64));
            sql.push_str(&format!(" LIMIT ?{}", args.len()));
        }
        let sql =
            format!("WITH page(id) AS ({sql}) {CLAIM_SELECT} JOIN page ON page.id = c.id{order}");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter().map(|b| b.as_ref())), claim_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn claim_row(&self, id: i64) -> Result<(ClaimRow, Option<i64>)> {
        let sql = format!("{CLAIM_SELECT} WHERE c.id = ?1");
        let row = self
            .conn
            .query_row(&sql, params![id], claim_row)
            .optional()?
            .ok_or(StoreError::ClaimNotFound(id))?;
        let merged: Option<i64> = self.conn.query_row(
            "SELECT merged_into FROM claims WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )?;
        Ok((row, merged))
    }

    fn mentions_where(
        &self,
        clause: &str,
        arg: &dyn ToSql,
        order: &str,
    ) -> Result<Vec<MentionRow>> {
        let sql = format!("{MENTION_SELECT} WHERE {clause} ORDER BY {order}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![arg], mention_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One claim with every mention, its history, suggestions, conflicts and related claims.
    pub fn claim(&self, id: i64) -> Result<ClaimDetail> {
        let (claim, merged_into) = self.claim_row(id)?;
        let (role, aliases) = self.speaker_of_claim(id)?;
        let about = self.subject_of_claim(id)?;
        let mentions = self.mentions_where(
            "m.claim_id = ?1",
            &id,
            "coalesce(m.said_on, a.published), m.id",
        )?;
        let history = self.history(id)?;
        let suggestions = {
            let sql = format!(
                "{SUGGESTION_SELECT} WHERE g.state = 'pending' AND (g.claim_id = ?1 OR m.claim_id = ?1) ORDER BY g.score DESC"
            );
            let mut stmt = self.conn.prepare(&sql)?;
            stmt.query_map(params![id], suggestion_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let conflicts = {
            let sql = format!(
                "{CONFLICT_SELECT} WHERE f.claim_id = ?1 OR ma.claim_id = ?1 OR mb.claim_id = ?1 ORDER BY f.id"
            );
            let mut stmt = self.conn.prepare(&sql)?;
            stmt.query_map(params![id], conflict_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let related = {
            let mut stmt = self.conn.prepare(
                "SELECT c.id, s.name, c.text, l.score FROM claim_links l
                 JOIN claims c ON c.id = CASE WHEN l.claim_a = ?1 THEN l.claim_b ELSE l.claim_a END
                 LEFT JOIN speakers s ON s.id = c.speaker_id
                 WHERE (l.claim_a = ?1 OR l.claim_b = ?1) AND c.merged_into IS NULL
                 ORDER BY l.score DESC",
            )?;
            stmt.query_map(params![id], |r| {
                Ok(RelatedRow {
                    claim_id: r.get(0)?,
                    speaker: r.get(1)?,
                    text: r.get(2)?,
                    score: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
        };
        Ok(ClaimDetail {
            claim,
            speaker_role: role,
            speaker_aliases: aliases,
            about,
            merged_into,
            mentions,
            history,
            suggestions,
            conflicts,
            related,
        })
    }

    /// Who a narrated claim is about (`claims.subject_id`).
    fn subject_of_claim(&self, id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT s.name FROM claims c JOIN speakers s ON s.id = c.subject_id WHERE c.id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn speaker_of_claim(&self, id: i64) -> Result<(Option<String>, Vec<String>)> {
        let sid: Option<i64> = self.conn.query_row(
            "SELECT speaker_id FROM claims WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )?;
        let Some(sid) = sid else {
            return Ok((None, Vec::new()));
        };
        let role: Option<String> = self.conn.query_row(
            "SELECT role FROM speakers WHERE id = ?1",
            params![sid],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ?1 ORDER BY alias",
        )?;
        let aliases = stmt
            .query_map(params![sid], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((role, aliases))
    }

    pub fn history(&self, id: i64) -> Result<Vec<HistoryRow>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, claim_id, action, status, note, evidence, by, at FROM claim_history WHERE claim_id = ?1 ORDER BY id")?;
        Ok(stmt
            .query_map(params![id], history_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Move a claim to `status`, appending to its history.
    /// Set a claim's status, recorded in its history with the note and evidence. False when
    /// the claim already had that status and nothing new came with it (nothing recorded).
    pub fn set_status(
        &mut self,
        id: i64,
        status: Status,
        note: Option<&str>,
        evidence: &[String],
        by: &str,
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now = now_string();
        // A claim merged into another lives on as that one: its verdict goes there.
        live_claim(&tx, id, "; set the status of that one")?;
        // The same status again with nothing new (no note, no evidence) records nothing: the
        // history would only repeat itself.
        let current: String = tx.query_row(
            "SELECT status FROM claims WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )?;
        if current == status.as_str() && note.is_none() && evidence.is_empty() {
            return Ok(false);
        }
        tx.execute(
            "UPDATE claims SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), now],
        )?;
        let ev = serde_json::to_string(evidence).unwrap_or_else(|_| "[]".into());
        tx.execute(
            "INSERT INTO claim_history (claim_id, action, status, note, evidence, by, at) VALUES (?1, 'status', ?2, ?3, ?4, ?5, ?6)",
            params![id, status.as_str(), note, ev, by, now],
        )?;
        tx.commit()?;
        Ok(true)
    }

    pub fn articles(&self) -> Result<Vec<ArticleRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.title, a.outlet, a.url, a.author, a.published, a.content_hash, a.source, a.ingested_at,
                    (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)
             FROM articles a ORDER BY a.id",
        )?;
        Ok(stmt
            .query_map([], article_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    pub fn article(&self, id: i64) -> Result<ArticleRow> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.title, a.outlet, a.url, a.author, a.published, a.content_hash, a.source, a.ingested_at,
                    (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)
             FROM articles a WHERE a.id = ?1",
        )?;
        stmt.query_row(params![id], article_row)
            .optional()?
            .ok_or(StoreError::ArticleNotFound(id))
    }

    /// Every mention in one article, in reading order.
    pub fn mentions_in_article(&self, article_id: i64) -> Result<Vec<MentionRow>> {
        self.article(article_id)?;
        self.mentions_where("m.article_id = ?1", &article_id, "m.start")
    }

    /// Every mention credited to a speaker (any alias, case-insensitive), oldest first.
    pub fn mentions_by_speaker(&self, name: &str) -> Result<Vec<MentionRow>> {
        let folded = crate::extract::speakers::fold_name(name);
        self.mentions_where(
            // Their own mentions, and every mention of a claim credited to them (an outlet that
            // reported the remark without naming them still reported it).
            "(m.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE instr(folded, ?1) > 0)
              OR m.claim_id IN (SELECT id FROM claims WHERE speaker_id IN
                   (SELECT speaker_id FROM speaker_aliases WHERE instr(folded, ?1) > 0)))
             AND m.kind <> 'comment'",
            &folded,
            "coalesce(m.said_on, a.published), a.id, m.start",
        )
    }

    /// Conflicts recorded between mentions of two articles.
    pub fn conflicts_between(&self, a: i64, b: i64) -> Result<Vec<ConflictRow>> {
        let sql = format!(
            "{CONFLICT_SELECT} WHERE (ma.article_id = ?1 AND mb.article_id = ?2) OR (ma.article_id = ?2 AND mb.article_id = ?1) ORDER BY f.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        Ok(stmt
            .query_map(params![a, b], conflict_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Claim pairs linked as related or suggested, for a set of claims.
    pub fn links_of(&self, claim: i64) -> Result<Vec<(i64, &'static str, f64)>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached("SELECT CASE WHEN claim_a = ?1 THEN claim_b ELSE claim_a END, score FROM claim_links WHERE claim_a = ?1 OR claim_b = ?1")?;
        for r in stmt.query_map(params![claim], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?))
        })? {
            let (c, s) = r?;
            out.push((c, "related", s));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT CASE WHEN g.claim_id = ?1 THEN m.claim_id ELSE g.claim_id END, g.score FROM suggestions g JOIN mentions m ON m.id = g.mention_id
             WHERE g.state = 'pending' AND (g.claim_id = ?1 OR m.claim_id = ?1)",
        )?;
        for r in stmt.query_map(params![claim], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?))
        })? {
            let (c, s) = r?;
            out.push((c, "suggested", s));
        }
        Ok(out)
    }

    pub fn suggestions(&self, all: bool) -> Result<Vec<SuggestionRow>> {
        let sql = format!(
            "{SUGGESTION_SELECT} WHERE (?1 OR g.state = 'pending') ORDER BY g.score DESC, g.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        Ok(stmt
            .query_map(params![all], suggestion_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Fold claim `from` into claim `into`: its mentions move, it is marked merged, both histories
    /// say so.
    pub fn merge(&mut self, into: i64, from: i64, by: &str, note: Option<&str>) -> Result<()> {
        if into == from {
            return Err(StoreError::Invalid(format!(
                "cannot merge claim {into} into itself"
            )));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut terms = Terms::new();
        merge_in(&tx, &mut terms, into, from, by, note, "merged")?;
        terms.flush(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Credit a claim to another speaker (`None`: the outlet's own claim), with every mention
    /// that carried the old speaker; mentions that credited someone else keep what their outlet
    /// said. Recorded in the claim's history.
    pub fn attribute(
        &mut self,
        claim: i64,
        speaker: Option<&str>,
        by: &str,
        note: Option<&str>,
    ) -> Result<(Option<String>, Option<String>)> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        live_claim(&tx, claim, "; attribute that one")?;
        let (old, old_name): (Option<i64>, Option<String>) = tx.query_row(
            "SELECT c.speaker_id, s.name FROM claims c
             LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = ?1",
            params![claim],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let new = match speaker {
            Some(name) => Some(Store::speaker_id(
                &tx,
                &crate::extract::SpeakerInfo {
                    name: name.to_string(),
                    role: None,
                    organisation: false,
                    aliases: Vec::new(),
                },
            )?),
            None => None,
        };
        if new == old {
            return Err(StoreError::Invalid(format!(
                "claim {claim} is already credited to {}",
                old_name.as_deref().unwrap_or("no speaker")
            )));
        }
        let new_name: Option<String> = match new {
            Some(id) => Some(tx.query_row(
                "SELECT name FROM speakers WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )?),
            None => None,
        };
        let now = now_string();
        // A speaker's words are no longer the outlet's account of what someone did.
        tx.execute(
            "UPDATE claims SET speaker_id = ?2, subject_id = CASE WHEN ?2 IS NULL THEN subject_id END, updated_at = ?3 WHERE id = ?1",
            params![claim, new, now],
        )?;
        let moved: Vec<(i64, String)> = {
            let mut stmt = tx.prepare(
                "SELECT id, flags FROM mentions WHERE claim_id = ?1 AND speaker_id IS ?2",
            )?;
            stmt.query_map(params![claim, old], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        for (mention, flags) in moved {
            // A speaker set by hand is no longer one the extractor could not resolve.
            let mut flags: Vec<String> = serde_json::from_str(&flags).unwrap_or_default();
            if new.is_some() {
                flags.retain(|f| f != "unresolved-speaker");
            }
            tx.execute(
                "UPDATE mentions SET speaker_id = ?2, flags = ?3 WHERE id = ?1",
                params![
                    mention,
                    new,
                    serde_json::to_string(&flags).unwrap_or_else(|_| "[]".into())
                ],
            )?;
        }
        // The term index finds a speaker's claims by speaker (0: unattributed).
        tx.execute(
            "UPDATE postings SET speaker = ?2 WHERE claim_id = ?1",
            params![claim, new.unwrap_or(0)],
        )?;
        let change = format!(
            "speaker: {} -> {}",
            old_name.as_deref().unwrap_or("none"),
            new_name
                .as_deref()
                .unwrap_or("none (the outlet's own claim)")
        );
        let note = match note {
            Some(n) => format!("{change}: {n}"),
            None => change,
        };
        tx.execute(
            "INSERT INTO claim_history (claim_id, action, note, by, at) VALUES (?1, 'attributed', ?2, ?3, ?4)",
            params![claim, note, by, now],
        )?;
        tx.commit()?;
        Ok((old_name, new_name))
    }

    /// Make a mention its own claim again.
    pub fn split(&mut self, mention_id: i64, by: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        #[allow(clippy::type_complexity)] // one row, read once, named just below
        let row: Option<(i64, String, String, Option<i64>, f64, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT m.claim_id, m.kind, m.text, m.speaker_id, m.checkworthiness, m.said_on, a.published
                 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = ?1",
                params![mention_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
            )
            .optional()?;
        let (old, kind, text, speaker, cw, said, published) =
            row.ok_or(StoreError::MentionNotFound(mention_id))?;
        let count: i64 = tx.query_row(
            "SELECT count(*) FROM mentions WHERE claim_id = ?1",
            params![old],
            |r| r.get(0),
        )?;
        if count <= 1 {
            return Err(StoreError::Invalid(format!(
                "mention {mention_id} is already the only mention of claim {old}"
            )));
        }
        let now = now_string();
        let seen = said.or(published).unwrap_or_else(|| now[..10].to_string());
        let comp = Comparable::new(&text);
        let kind: Kind = kind.parse().unwrap_or(Kind::Claim);
        let mut terms = Terms::new();
        let new = insert_claim(
            &tx,
            &mut terms,
            kind,
            &text,
            &comp,
            speaker,
            cw,
            &seen,
            &now,
            by,
            &format!("split from claim {old} (mention {mention_id})"),
        )?;
        tx.execute("UPDATE mentions SET claim_id = ?2, match_score = NULL, match_method = 'split' WHERE id = ?1", params![mention_id, new])?;
        tx.execute(
            "UPDATE claims SET subject_id = (SELECT subject_id FROM mentions WHERE id = ?2) WHERE id = ?1",
            params![new, mention_id],
        )?;
        drop_wording(&tx, &mut terms, old, &comp.norm)?;
        terms.flush(&tx)?;
        refresh_claim(&tx, old, &now)?;
        tx.execute(
            "INSERT INTO claim_history (claim_id, action, note, by, at) VALUES (?1, 'split', ?2, ?3, ?4)",
            params![old, format!("mention {mention_id} split off as claim {new}"), by, now],
        )?;
        tx.commit()?;
        Ok(new)
    }

    /// Accept a suggestion: the mention joins the suggested claim (its own claim is merged in if
    /// it has no other mentions).
    pub fn accept(&mut self, suggestion: i64, by: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (target, mention, current) = pending(&tx, suggestion)?;
        let now = now_string();
        let count: i64 = tx.query_row(
            "SELECT count(*) FROM mentions WHERE claim_id = ?1",
            params![current],
            |r| r.get(0),
        )?;
        if count <= 1 {
            let mut terms = Terms::new();
            merge_in(
                &tx,
                &mut terms,
                target,
                current,
                by,
                Some(&format!("suggestion {suggestion} accepted")),
                "accepted",
            )?;
            terms.flush(&tx)?;
        } else {
            record_conflicts(&tx, target, &[mention])?;
            tx.execute(
                "UPDATE mentions SET claim_id = ?2, match_method = 'accepted' WHERE id = ?1",
                params![mention, target],
            )?;
            refresh_claim(&tx, current, &now)?;
            refresh_claim(&tx, target, &now)?;
            tx.execute(
                "INSERT INTO claim_history (claim_id, action, note, by, at) VALUES (?1, 'accepted', ?2, ?3, ?4)",
                params![target, format!("suggestion {suggestion}: mention {mention} joined from claim {current}"), by, now],
            )?;
        }
        tx.execute("UPDATE suggestions SET state = 'accepted', decided_at = ?2, decided_by = ?3 WHERE id = ?1", params![suggestion, now, by])?;
        tx.commit()?;
        Ok(target)
    }

    pub fn reject(&mut self, suggestion: i64, by: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (target, mention, _) = pending(&tx, suggestion)?;
        let now = now_string();
        tx.execute("UPDATE suggestions SET state = 'rejected', decided_at = ?2, decided_by = ?3 WHERE id = ?1", params![suggestion, now, by])?;
        tx.execute(
            "INSERT INTO claim_history (claim_id, action, note, by, at) VALUES (?1, 'rejected', ?2, ?3, ?4)",
            params![target, format!("suggestion {suggestion}: mention {mention} is a different statement"), by, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Everything, for `export --format json`.
    pub fn export(&self) -> Result<Export> {
        let mut articles = Vec::new();
        for a in self.articles()? {
            let body: String = self.conn.query_row(
                "SELECT body FROM articles WHERE id = ?1",
                params![a.id],
                |r| r.get(0),
            )?;
            articles.push(ExportArticle { article: a, body });
        }
        let mut claims = Vec::new();
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare("SELECT id FROM claims ORDER BY id")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        for id in ids {
            let (claim, merged_into) = self.claim_row(id)?;
            let (speaker_role, _) = self.speaker_of_claim(id)?;
            let mentions = self.mentions_where("m.claim_id = ?1", &id, "m.id")?;
            let history = self.history(id)?;
            claims.push(ExportClaim {
                claim,
                merged_into,
                speaker_role,
                about: self.subject_of_claim(id)?,
                mentions,
                history,
            });
        }
        let conflicts = {
            let sql = format!("{CONFLICT_SELECT} ORDER BY f.id");
            let mut stmt = self.conn.prepare(&sql)?;
            stmt.query_map([], conflict_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let related = {
            let mut stmt = self.conn.prepare(
                "SELECT claim_a, claim_b, score FROM claim_links ORDER BY claim_a, claim_b",
            )?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        Ok(Export {
            schema_version: self.schema_version()?,
            articles,
            claims,
            suggestions: self.suggestions(true)?,
            conflicts,
            related,
        })
    }

    /// How many claims are stored (for reports and benchmarks).
    pub fn claim_count(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM claims WHERE merged_into IS NULL",
            [],
            |r| r.get(0),
        )?)
    }
}

fn pending(tx: &rusqlite::Transaction, suggestion: i64) -> Result<(i64, i64, i64)> {
    let row: Option<(i64, i64, String, i64)> = tx
        .query_row(
            "SELECT g.claim_id, g.mention_id, g.state, m.claim_id FROM suggestions g JOIN mentions m ON m.id = g.mention_id WHERE g.id = ?1",
            params![suggestion],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (target, mention, state, current) =
        row.ok_or(StoreError::SuggestionNotFound(suggestion))?;
    if state != "pending" {
        return Err(StoreError::Invalid(format!(
            "suggestion {suggestion} was already {state}"
        )));
    }
    if target == current {
        return Err(StoreError::Invalid(format!(
            "mention {mention} is already in claim {target}"
        )));
    }
    Ok((target, mention, current))
}

/// Recompute a claim's first/last seen from its mentions.
fn refresh_claim(tx: &rusqlite::Connection, id: i64, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE claims SET
            first_seen = (SELECT min(coalesce(m.said_on, a.published)) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.claim_id = ?1),
            last_seen  = (SELECT max(coalesce(m.said_on, a.published)) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.claim_id = ?1),
            updated_at = ?2
         WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

/// Claim `id` exists and was not merged into another (the error says where it went, then `hint`).
fn live_claim(tx: &rusqlite::Connection, id: i64, hint: &str) -> Result<()> {
    let merged: Option<Option<i64>> = tx
        .query_row(
            "SELECT merged_into FROM claims WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )
        .optional()?;
    match merged {
        None => Err(StoreError::ClaimNotFound(id)),
        Some(Some(m)) => Err(StoreError::Invalid(format!(
            "claim {id} was merged into claim {m}{hint}"
        ))),
        Some(None) => Ok(()),
    }
}

/// Check mentions about to join claim `into` against its canonical wording (its first mention)
/// for number, date and place conflicts, as a join at ingest does; record them and flag the
/// mentions `conflict`.
fn record_conflicts(tx: &rusqlite::Connection, into: i64, incoming: &[i64]) -> Result<()> {
    let canonical: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, text FROM mentions WHERE claim_id = ?1 ORDER BY id LIMIT 1",
            params![into],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((first, canonical)) = canonical else {
        return Ok(());
    };
    let mut ins = tx.prepare_cached(
        "INSERT INTO conflicts (claim_id, mention_a, mention_b, kind, value_a, value_b, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE NOT EXISTS
           (SELECT 1 FROM conflicts WHERE mention_a = ?2 AND mention_b = ?3 AND kind = ?4 AND value_a = ?5 AND value_b = ?6)",
    )?;
    for &mid in incoming {
        if mid == first {
            continue;
        }
        let (text, flags): (String, String) = tx.query_row(
            "SELECT text, flags FROM mentions WHERE id = ?1",
            params![mid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let found = crate::matching::diff::conflicts(&canonical, &text);
        if found.is_empty() {
            continue;
        }
        for c in &found {
            ins.execute(params![into, first, mid, c.kind, c.a, c.b, now_string()])?;
        }
        let mut flags: Vec<String> = serde_json::from_str(&flags).unwrap_or_default();
        if !flags.iter().any(|f| f == "conflict") {
            flags.push("conflict".into());
            tx.execute(
                "UPDATE mentions SET flags = ?2 WHERE id = ?1",
                params![
                    mid,
                    serde_json::to_string(&flags).unwrap_or_else(|_| "[]".into())
                ],
            )?;
        }
    }
    Ok(())
}

pub(crate) fn merge_in(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    into: i64,
    from: i64,
    by: &str,
    note: Option<&str>,
    action: &str,
) -> Result<()> {
    for id in [into, from] {
        live_claim(tx, id, "")?;
    }
    let now = now_string();
    let (kind, speaker): (String, Option<i64>) = tx.query_row(
        "SELECT kind, speaker_id FROM claims WHERE id = ?1",
        params![from],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let into_speaker: Option<i64> = tx.query_row(
        "SELECT speaker_id FROM claims WHERE id = ?1",
        params![into],
        |r| r.get(0),
    )?;
    // The mentions coming in are checked against the claim's canonical wording, as they would
    // have been had they joined it at ingest: a merge that brings "15 million" to a claim that
    // says "50 million" shows the conflict.
    let incoming: Vec<i64> = {
        let mut stmt = tx.prepare("SELECT id FROM mentions WHERE claim_id = ?1 ORDER BY id")?;
        stmt.query_map(params![from], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    record_conflicts(tx, into, &incoming)?;
    tx.execute("UPDATE mentions SET claim_id = ?1, match_method = coalesce(match_method, ?3) WHERE claim_id = ?2", params![into, from, action])?;
    tx.execute(
        "UPDATE suggestions SET claim_id = ?1 WHERE claim_id = ?2 AND state = 'pending'",
        params![into, from],
    )?;
    // A suggestion whose mention is now in the claim it proposed is settled by this merge: it
    // would otherwise wait in `review` and fail when accepted ("already in claim").
    tx.execute(
        "UPDATE suggestions SET state = 'accepted', decided_at = ?2, decided_by = ?3
         WHERE state = 'pending' AND claim_id = ?1
           AND mention_id IN (SELECT id FROM mentions WHERE claim_id = ?1)",
        params![into, now, by],
    )?;
    tx.execute(
        "UPDATE conflicts SET claim_id = ?1 WHERE claim_id = ?2",
        params![into, from],
    )?;
    tx.execute(
        "UPDATE claims SET merged_into = ?1, updated_at = ?3 WHERE id = ?2",
        params![into, from, now],
    )?;
    if kind != "comment" {
        // Every wording of the merged claim now reaches the claim it went into.
        for (norm, stored) in wordings(tx, from)? {
            let comp = Comparable::from_norm(norm);
            // The terms as indexed (normalisation may have changed since), else as made now.
            let indexed: Vec<&str> = stored.split(' ').filter(|t| !t.is_empty()).collect();
            if indexed.is_empty() {
                let now_made = comp.terms.iter().map(String::as_str);
                unindex_terms(tx, terms, from, now_made, speaker)?;
            } else {
                unindex_terms(tx, terms, from, indexed, speaker)?;
            }
            add_variant(tx, terms, into, &comp, into_speaker)?;
        }
        tx.execute(
            "DELETE FROM claim_variants WHERE claim_id = ?1",
            params![from],
        )?;
    }
    refresh_claim(tx, into, &now)?;
    let note_into = format!(
        "claim {from} merged in{}",
        note.map(|n| format!(": {n}")).unwrap_or_default()
    );
    let note_from = format!(
        "merged into claim {into}{}",
        note.map(|n| format!(": {n}")).unwrap_or_default()
    );
    let mut ins = tx.prepare_cached(
        "INSERT INTO claim_history (claim_id, action, note, by, at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    ins.execute(params![into, action, note_into, by, now])?;
    ins.execute(params![from, action, note_from, by, now])?;
    Ok(())
}

/// A wording the claim no longer has (its mention was split off): it stops reaching the claim,
/// unless another mention still says it. Terms other wordings still use stay indexed.
fn drop_wording(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    claim_id: i64,
    norm: &str,
) -> Result<()> {
    let mut texts = tx.prepare_cached("SELECT text FROM mentions WHERE claim_id = ?1")?;
    let still_said = texts
        .query_map(params![claim_id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?
        .iter()
        .any(|t| crate::matching::normalize::normalize(t) == norm);
    if still_said {
        return Ok(());
    }
    let removed = tx
        .prepare_cached(
            "DELETE FROM claim_variants WHERE claim_id = ?1 AND norm = ?2 RETURNING terms",
        )?
        .query_row(params![claim_id, norm], |r| r.get::<_, String>(0))
        .optional()?;
    let Some(removed) = removed else {
        return Ok(());
    };
    let kept: std::collections::HashSet<String> = wordings(tx, claim_id)?
        .into_iter()
        .flat_map(|(_, terms)| terms.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let speaker: Option<i64> = tx.query_row(
        "SELECT speaker_id FROM claims WHERE id = ?1",
        params![claim_id],
        |r| r.get(0),
    )?;
    unindex_terms(
        tx,
        terms,
        claim_id,
        removed
            .split(' ')
            .filter(|t| !t.is_empty() && !kept.contains(*t)),
        speaker,
    )
}
