//! Logging one article: the article row, its speakers, and each statement as a mention of a new
//! or an existing claim — all in one transaction, so an article is stored whole or not at all.

use super::cache::{Stored, WriteCache, data_version};
use super::terms::Terms;
use super::{Result, Store, StoreError, now_string};
use crate::extract::{Extraction, SpeakerInfo, Statement};
use crate::matching::{self, Candidate, Comparable, Decision, MatchConfig, Similarity};
use crate::model::Kind;
use rusqlite::{OptionalExtension, params};
use std::rc::Rc;

use serde::Serialize;

/// An article to log, with the metadata the user or its front matter gave.
#[derive(Debug, Clone, Default)]
pub struct NewArticle {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub body: String,
    pub content_hash: String,
}

/// What happened to one statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementOutcome {
    pub kind: Kind,
    pub text: String,
    pub speaker: Option<String>,
    pub claim_id: i64,
    pub mention_id: i64,
    /// new | matched | suggested | related | speaker-mismatch
    pub outcome: &'static str,
    /// The existing claim it matched, was suggested for, or is related to.
    pub other_claim: Option<i64>,
    pub score: Option<f64>,
    pub method: Option<&'static str>,
    pub conflicts: Vec<matching::diff::Conflict>,
    pub flags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IngestReport {
    pub article_id: i64,
    pub statements: Vec<StatementOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum IngestOutcome {
    Logged(IngestReport),
    AlreadyLogged { article_id: i64 },
}

struct Scored {
    stored: Rc<Stored>,
    sim: Similarity,
    decision: Decision,
    /// Decided on one sentence of a quote in several: the whole of it may still be a new
    /// wording of the claim.
    by_sentence: bool,
}

/// A quote's sentences when it has several (`Comparable::sentences`); nothing for a claim.
pub(crate) fn quote_sentences(kind: Kind, text: &str) -> Vec<Comparable> {
    match kind {
        Kind::Quote => Comparable::sentences(text),
        _ => Vec::new(),
    }
}

fn days_between(a: Option<&str>, b: Option<&str>) -> Option<i64> {
    let p = |s: &str| chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok();
    Some((p(a?)? - p(b?)?).num_days().abs())
}

fn decision_rank(d: Decision) -> u8 {
    match d {
        Decision::Join => 4,
        Decision::JoinMismatch => 3,
        Decision::Suggest => 2,
        Decision::Related => 1,
        Decision::New => 0,
    }
}

fn kind_of(s: &str) -> Kind {
    s.parse().unwrap_or(Kind::Claim)
}

/// The best stored claim for a text, as ingest would decide it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatchFound {
    pub claim_id: i64,
    pub score: f64,
    pub method: &'static str,
    pub decision: Decision,
}

impl Store {
    /// What ingest would match `text` to, without storing anything (benchmarks, `--exhaustive`
    /// comparisons). `seen` is the date it was said, YYYY-MM-DD.
    pub fn find_match(
        &self,
        text: &str,
        kind: Kind,
        speaker: Option<&str>,
        seen: &str,
        cfg: &MatchConfig,
    ) -> Result<Option<MatchFound>> {
        let speaker_id: Option<i64> = match speaker {
            Some(name) => self
                .conn
                .query_row(
                    "SELECT speaker_id FROM speaker_aliases WHERE folded = ?1 ORDER BY speaker_id LIMIT 1",
                    params![crate::extract::speakers::fold_name(name)],
                    |r| r.get(0),
                )
                .optional()?,
            None => None,
        };
        let comp = Comparable::new(text);
        let sentences = quote_sentences(kind, text);
        let (best, _, _) = best_match(
            &self.conn,
            &mut WriteCache::default(),
            None,
            &comp,
            &sentences,
            kind,
            Voice {
                speaker: speaker_id,
                subject: None,
                dated: false,
                untold: speaker_id.is_none() && kind == Kind::Quote,
            },
            seen,
            cfg,
        )?;
        Ok(best.map(|b| MatchFound {
            claim_id: b.stored.id,
            score: b.sim.score,
            method: b.sim.method.as_str(),
            decision: b.decision,
        }))
    }

    /// The candidate claim ids the term index offers for a text (diagnostics and benchmarks).
    pub fn candidates(&self, text: &str, speaker_id: Option<i64>) -> Result<Vec<i64>> {
        candidate_ids(
            &self.conn,
            &mut Terms::new(),
            &Comparable::new(text),
            speaker_id,
        )
    }

    /// Store many claims at once, each new, in one transaction (benchmark set-up and imports).
    pub fn bulk_claims<'a>(
        &mut self,
        items: impl IntoIterator<Item = (Kind, &'a str, Option<&'a str>, &'a str)>,
    ) -> Result<usize> {
        // A savepoint: its own transaction normally, or a nested unit inside one the caller holds.
        let tx = self.conn.savepoint()?;
        let mut terms = Terms::new();
        let now = now_string();
        let mut speakers: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
        let mut n = 0;
        for (kind, text, speaker, seen) in items {
            let sid = match speaker {
                None => None,
                Some(name) => Some(match speakers.get(name) {
                    Some(id) => *id,
                    None => {
                        let info = SpeakerInfo {
                            name: name.to_string(),
                            role: None,
                            organisation: false,
                            aliases: Vec::new(),
                        };
                        let id = Store::speaker_id(&tx, &info)?;
                        speakers.insert(name.to_string(), id);
                        id
                    }
                }),
            };
            let comp = Comparable::new(text);
            insert_claim(
                &tx,
                &mut terms,
                kind,
                text,
                &comp,
                sid,
                0.5,
                seen,
                &now,
                "bulk",
                "bulk load",
            )?;
            n += 1;
        }
        terms.flush(&tx)?;
        tx.commit()?;
        Ok(n)
    }

    /// The article already logged with this content hash or URL, if any.
    pub fn find_article(&self, content_hash: &str, url: Option<&str>) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM articles WHERE content_hash = ?1 OR (?2 IS NOT NULL AND url = ?2) ORDER BY id LIMIT 1",
                params![content_hash, url],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Log an article and its statements in one transaction.
    pub fn ingest(
        &mut self,
        art: &NewArticle,
        ex: &Extraction,
        cfg: &MatchConfig,
    ) -> Result<IngestOutcome> {
        if !self.conn.is_autocommit() {
            // Inside a transaction someone else holds: a savepoint, so the article is still
            // stored whole or not at all, and no memory carried over (it would outlive a
            // rollback we cannot see).
            let tx = self.conn.savepoint()?;
            let mut scratch = WriteCache::default();
            let outcome = ingest_in(&tx, &mut scratch, art, ex, cfg)?;
            scratch.terms.flush(&tx)?;
            tx.commit()?;
            return Ok(outcome);
        }
        // Immediate: the write lock is ours before the cache is checked, so no other writer
        // can commit between the check and our writes.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let cache = &mut self.cache;
        let prepared = cache
            .begin(&tx)
            .and_then(|()| ingest_in(&tx, cache, art, ex, cfg))
            .and_then(|outcome| {
                cache.terms.flush(&tx)?;
                Ok((outcome, data_version(&tx)?))
            });
        match prepared {
            Ok((outcome, version)) => match tx.commit() {
                Ok(()) => {
                    let total = self.conn.total_changes();
                    self.cache.committed(version, total);
                    Ok(outcome)
                }
                Err(e) => {
                    self.cache.forget();
                    Err(e.into())
                }
            },
            Err(e) => {
                // Dropping the uncommitted transaction rolls it back.
                self.cache.forget();
                Err(e)
            }
        }
    }

    /// Log many articles, each whole or not at all, in one write transaction when all of them
    /// go in cleanly. A savepoint per article inside a long transaction costs a fifth of bulk
    /// ingest (SQLite walks the growing sub-journal at the end of every statement), so the
    /// batch runs without them; if any article fails, the batch is rolled back and logged
    /// again one transaction per article, so the failure stays with its own article.
    pub fn ingest_many(
        &mut self,
        items: &[(&NewArticle, &Extraction)],
        cfg: &MatchConfig,
    ) -> Vec<Result<IngestOutcome>> {
        if items.len() > 1 && self.conn.is_autocommit() {
            match self.ingest_batch(items, cfg) {
                Some((outcomes, version)) => {
                    let total = self.conn.total_changes();
                    self.cache.committed(version, total);
                    return outcomes.into_iter().map(Ok).collect();
                }
                // Rolled back: fall through to one by one.
                None => self.cache.forget(),
            }
        }
        items
            .iter()
            .map(|(art, ex)| self.ingest(art, ex, cfg))
            .collect()
    }

    /// The whole batch in one transaction, or nothing (rolled back) if any article fails.
    /// With the outcomes, the `data_version` read while the write lock was still held.
    fn ingest_batch(
        &mut self,
        items: &[(&NewArticle, &Extraction)],
        cfg: &MatchConfig,
    ) -> Option<(Vec<IngestOutcome>, i64)> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .ok()?;
        let cache = &mut self.cache;
        cache.begin(&tx).ok()?;
        let outcomes: Vec<IngestOutcome> = items
            .iter()
            .map(|(art, ex)| ingest_in(&tx, cache, art, ex, cfg))
            .collect::<Result<_>>()
            .ok()?;
        cache.terms.flush(&tx).ok()?;
        let version = data_version(&tx).ok()?;
        // Dropping an uncommitted transaction rolls it back.
        tx.commit().ok()?;
        Some((outcomes, version))
    }
}

/// Log one article inside the caller's transaction.
fn ingest_in(
    tx: &rusqlite::Connection,
    cache: &mut WriteCache,
    art: &NewArticle,
    ex: &Extraction,
    cfg: &MatchConfig,
) -> Result<IngestOutcome> {
    let dup: Option<i64> = tx
        .prepare_cached(
            "SELECT id FROM articles WHERE content_hash = ?1 OR (?2 IS NOT NULL AND url = ?2) ORDER BY id LIMIT 1",
        )?
        .query_row(params![art.content_hash, art.url], |r| r.get(0))
        .optional()?;
    if let Some(article_id) = dup {
        return Ok(IngestOutcome::AlreadyLogged { article_id });
    }
    let now = now_string();
    tx.prepare_cached(
        "INSERT INTO articles (title, outlet, url, author, published, content_hash, source, body, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![art.title, art.outlet, art.url, art.author, art.published, art.content_hash, art.source, art.body, now],
    )?;
    let article_id = tx.last_insert_rowid();

    let mut speaker_ids: Vec<(String, i64)> = Vec::new();
    for info in &ex.speakers {
        let id = Store::speaker_id(tx, info)?;
        speaker_ids.push((info.name.clone(), id));
    }
    let mut report = IngestReport {
        article_id,
        statements: Vec::new(),
    };
    let today = now[..10].to_string();
    // Statements go in with each container before the quotes nested in it, so a quoted
    // fragment joins the claim of its own sentence; the report keeps the article's order.
    let mut order: Vec<usize> = (0..ex.statements.len()).collect();
    order.sort_by_key(|&i| {
        let st = &ex.statements[i];
        (st.start, std::cmp::Reverse(st.end))
    });
    let mut outcomes: Vec<Option<StatementOutcome>> = vec![None; ex.statements.len()];
    let mut id_of = |name: &Option<String>| -> Result<Option<i64>> {
        let Some(name) = name else { return Ok(None) };
        if let Some((_, id)) = speaker_ids.iter().find(|(n, _)| n == name) {
            return Ok(Some(*id));
        }
        // Comment handles and speakers the extractor did not list.
        let info = SpeakerInfo {
            name: name.clone(),
            role: None,
            organisation: false,
            aliases: Vec::new(),
        };
        let id = Store::speaker_id(tx, &info)?;
        speaker_ids.push((name.clone(), id));
        Ok(Some(id))
    };
    for i in order {
        let st = &ex.statements[i];
        let voice = Voice {
            speaker: id_of(&st.speaker)?,
            subject: id_of(&st.subject)?,
            dated: st.said_on.is_some(),
            untold: st.speaker.is_none()
                && (st.kind == Kind::Quote
                    || st
                        .flags
                        .iter()
                        .any(|f| f == "unresolved-speaker" || f == "anonymous-speaker")),
        };
        // A remark is seen when it was said; the outlet's own claim (no speaker) when the
        // outlet published it — its date is the date of the event it reports ("the train
        // derailed late on Sunday" in Monday's paper was first seen on Monday).
        let said = st.said_on.map(|d| d.to_string());
        let seen = match st.speaker {
            Some(_) => said.or_else(|| art.published.clone()),
            None => art.published.clone().or(said),
        }
        .unwrap_or_else(|| today.clone());
        let nested_in = container_of(&ex.statements, i)
            .and_then(|c| outcomes[c].as_ref())
            .map(|o| o.claim_id);
        let touched: Vec<i64> = outcomes.iter().flatten().map(|o| o.claim_id).collect();
        let outcome = log_statement(
            (tx, &mut *cache),
            (article_id, &touched),
            (st, nested_in),
            voice,
            &seen,
            cfg,
            &now,
        )?;
        // Its sentence's claim was merged into the one its quoted words joined: the report
        // says where the sentence went.
        if let Some(container) = nested_in
            && outcome.claim_id != container
        {
            for o in outcomes.iter_mut().flatten() {
                if o.claim_id == container {
                    o.claim_id = outcome.claim_id;
                    o.outcome = "matched";
                    o.other_claim = Some(outcome.claim_id);
                    o.method = Some("quoted");
                }
            }
        }
        outcomes[i] = Some(outcome);
    }
    report.statements = outcomes.into_iter().flatten().collect();
    Ok(IngestOutcome::Logged(report))
}

/// Who a statement is by, or (for an act the outlet narrates) about, as speaker ids.
#[derive(Debug, Clone, Copy, Default)]
struct Voice {
    speaker: Option<i64>,
    subject: Option<i64>,
    /// The article says when it was said ("on Wednesday"), not only when it was published.
    dated: bool,
    /// Someone's words whose speaker the article did not let us tell: a quote with no
    /// speaker, or a reported clause whose speaker was not resolved.
    untold: bool,
}

/// The smallest statement of the same article that strictly contains statement `i` and
/// credits the same speaker: "ensure the security" inside `Moscow is ready to "ensure the
/// security" of the Ukrainian president`. The quote is that statement's own words, so it is a
/// mention of the same claim, however short. A narrator's sentence around a quote ("X called
/// the talks 'very constructive'") has no speaker and is a different statement.
fn container_of(statements: &[Statement], i: usize) -> Option<usize> {
    let st = &statements[i];
    if st.kind == Kind::Comment || st.speaker.is_none() {
        return None;
    }
    statements
        .iter()
        .enumerate()
        .filter(|&(j, c)| {
            j != i
                && c.kind != Kind::Comment
                && c.speaker == st.speaker
                && c.start <= st.start
                && st.end <= c.end
                && c.end - c.start > st.end - st.start
        })
        .min_by_key(|(_, c)| c.end - c.start)
        .map(|(j, _)| j)
}

/// Best stored claim for a statement, by decision then score.
/// Where a statement sits, so it is not matched against itself or an overlapping statement.
#[derive(Clone, Copy)]
struct Place<'a> {
    article_id: i64,
    start: usize,
    end: usize,
    /// Claims this article has already mentioned: only they can overlap (saves a query per candidate).
    touched: &'a [i64],
}

/// A statement that joins two stored claims this clearly (or more) merges them: they are one
/// statement that earlier wordings kept apart. Calibrated on the gold clusters (`claimtrack eval
/// fixtures`): at 0.5 one sentence merged "a meeting in Moscow is impossible" with "Belarus was
/// out of the question" (precision 0.977); from 0.6 to 0.7 no wrong merge, recall 0.549 at 0.6
/// and 0.65, 0.532 at 0.7. 0.65 keeps a margin from the first wrong merge.
pub const BRIDGE_SCORE: f64 = 0.65;
/// A joining statement at least this close to a wording the claim has adds no new wording.
pub const NEW_WORDING_BELOW: f64 = 0.9;
/// The most wordings (the first and its variants) a claim keeps for matching.
pub const MAX_WORDINGS: usize = 8;

/// How alike one sentence of a quote in several and a wording must be for the sentence to join.
pub const SENTENCE_JOIN: f64 = 0.7;

/// A statement less alike than the join threshold is suggested only within this many days
/// of when the claim was last seen.
pub const SUGGEST_WINDOW_DAYS: i64 = 365;

/// How many suggested matches one new statement may get.
pub const MAX_SUGGESTIONS: usize = 3;

/// The best candidate, plus other candidates good enough to suggest (best first).
type Matches = (Option<Scored>, Vec<(i64, f64, &'static str)>, Vec<i64>);

#[allow(clippy::too_many_arguments)]
fn best_match(
    tx: &rusqlite::Connection,
    cache: &mut WriteCache,
    place: Option<Place>,
    comp: &Comparable,
    sentences: &[Comparable],
    kind: Kind,
    voice: Voice,
    seen: &str,
    cfg: &MatchConfig,
) -> Result<Matches> {
    let speaker_id = voice.speaker;
    let mut best: Option<Scored> = None;
    let mut suggest: Vec<(i64, f64, &'static str)> = Vec::new();
    // Every claim the statement would join by itself: more than one means the statement
    // bridges claims that are one statement.
    let mut joinable: Vec<i64> = Vec::new();
    // Claims a one- or two-word quote fits whole (`matching::short_quote_fits`).
    let mut short_fits: Vec<(Rc<Stored>, Similarity)> = Vec::new();
    // A quote inside a reported clause of the same sentence overlaps it: not a second sighting.
    let mut overlapping = tx.prepare_cached("SELECT 1 FROM mentions WHERE claim_id = ?1 AND article_id = ?2 AND start < ?4 AND end > ?3 LIMIT 1")?;
    let mut consider = |stored: Rc<Stored>| {
        if let Some(p) = place
            && p.touched.contains(&stored.id)
            && overlapping
                .exists(params![
                    stored.id,
                    p.article_id,
                    p.start as i64,
                    p.end as i64
                ])
                .unwrap_or(false)
        {
            return;
        }
        // The wording that makes the strongest case speaks for the claim: a close paraphrase
        // that joins beats a long sentence that merely contains the statement.
        let days_apart = days_between(Some(seen), stored.last_seen.as_deref());
        let judge = |comp: &Comparable, wording: &Comparable| {
            let sim = matching::similarity(comp, wording, cfg.low);
            // Below both thresholds nothing is decided: skip reading the figures (the
            // exhaustive scan asks this of every stored claim).
            if sim.score < cfg.low.min(matching::DEFAULT_LOW) {
                return (sim, Decision::New, false);
            }
            let cand = Candidate {
                // Two narrated acts about different people ("Zelenskyy rejected the offer",
                // "the union rejected the offer") are no more one claim than two speakers' are;
                // nor is an act about someone and a sentence about no one we know.
                same_speaker: speaker_id == stored.speaker_id && voice.subject == stored.subject_id,
                both_attributed: (speaker_id.is_some() && stored.speaker_id.is_some())
                    || (voice.subject.is_some() && stored.subject_id.is_some()),
                speaker_untold: match (speaker_id, stored.speaker_id) {
                    (None, Some(_)) => voice.untold,
                    (Some(_), None) => stored.kind == Kind::Quote,
                    _ => false,
                },
                days_apart,
                dated_apart: voice.dated && days_apart.is_some_and(|d| d >= 1),
                quote_pair: kind == Kind::Quote && stored.kind == Kind::Quote,
                any_quote: kind == Kind::Quote || stored.quoted,
                fragment_is_quote: if comp.n_terms() <= wording.n_terms() {
                    kind == Kind::Quote
                } else {
                    stored.quoted
                },
                numbers_disagree: matching::numbers_disagree(comp, wording),
                figures: matching::figures(comp, wording),
                plan_and_event: matching::plan_and_event(comp, wording),
                polarity_differs: matching::polarity_differs(comp, wording),
            };
            let short = comp.is_short() || wording.is_short();
            let decision = match matching::decide(&sim, short, &cand, cfg) {
                // A clarification of what the speaker said before is a remark of its own.
                Decision::Join if comp.about_own_words() => Decision::Suggest,
                decision => decision,
            };
            let pinned = matching::short_quote_fits(&sim, short, &cand);
            (sim, decision, pinned)
        };
        // One sentence of a quote in several counts only when it joins by itself, and closer
        // than a whole wording must (`SENTENCE_JOIN`): each sentence is another chance at a
        // chance likeness, a suggestion from one would only echo the whole, and the same
        // sentence under another name is no evidence of a misattribution (speakers repeat
        // each other's lines).
        let judge_sentence = |comp: &Comparable, wording: &Comparable| match judge(comp, wording) {
            (sim, Decision::Join, pinned) if sim.score >= SENTENCE_JOIN => {
                (sim, Decision::Join, pinned, true)
            }
            (sim, _, pinned) => (sim, Decision::New, pinned, true),
        };
        let whole = stored.wordings.iter().map(|w| {
            let (sim, decision, pinned) = judge(comp, w);
            (sim, decision, pinned, false)
        });
        // Each sentence of the stored quote against the statement, each sentence of the
        // statement against every wording.
        let theirs = stored.sentences.iter().map(|w| judge_sentence(comp, w));
        let ours = sentences
            .iter()
            .flat_map(|s| stored.wordings.iter().map(move |w| (s, w)))
            .map(|(s, w)| judge_sentence(s, w));
        let Some((sim, decision, pinned, by_sentence)) =
            whole.chain(theirs).chain(ours).max_by(|a, b| {
                (decision_rank(a.1), a.0.score)
                    .partial_cmp(&(decision_rank(b.1), b.0.score))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
        else {
            return;
        };
        if sim.score < cfg.low {
            return;
        }
        if pinned && decision == Decision::Suggest {
            short_fits.push((Rc::clone(&stored), sim));
        }
        // A likeness below the join threshold from a year or more apart is another story
        // ("…within two days" in 2025 / "…in two cases" in 2020), not a question for a
        // person; the same words a year on still join or are suggested.
        let stale = days_apart.is_some_and(|d| d > SUGGEST_WINDOW_DAYS) && sim.score < cfg.high;
        let decision = match decision {
            Decision::Suggest if stale => Decision::New,
            d => d,
        };
        if decision == Decision::New {
            return;
        }
        let key = (decision_rank(decision), sim.score);
        if decision == Decision::Suggest {
            suggest.push((stored.id, sim.score, sim.method.as_str()));
        }
        // Containment does not bridge: a long sentence can hold two different statements
        // ("a meeting in Moscow is impossible, and Belarus is out of the question too").
        // Merging two claims takes more than joining one: a clear likeness to both.
        if decision == Decision::Join
            && sim.method != matching::Method::Fragment
            && sim.score >= BRIDGE_SCORE
        {
            joinable.push(stored.id);
        }
        if decision != Decision::New
            && best
                .as_ref()
                .is_none_or(|b| key > (decision_rank(b.decision), b.sim.score))
        {
            best = Some(Scored {
                stored,
                sim,
                decision,
                by_sentence,
            });
        }
    };
    // A claim and its later wordings come as one row per wording (LEFT JOIN), claim by claim.
    let comparable = |norm: String, terms: Option<String>| match terms {
        Some(terms) => Comparable::for_scoring(norm, &terms),
        None => Comparable::from_norm(norm),
    };
    let mut pending: Option<Stored> = None;
    let take_row = |r: &rusqlite::Row, pending: &mut Option<Stored>| -> Result<Option<Stored>> {
        let id: i64 = r.get(0)?;
        let variant = match r.get::<_, Option<String>>(6)? {
            Some(norm) => Some(comparable(norm, r.get(7)?)),
            None => None,
        };
        if let Some(p) = pending.as_mut()
            && p.id == id
        {
            p.wordings.extend(variant);
            return Ok(None);
        }
        let mut wordings = vec![comparable(r.get(4)?, r.get(5)?)];
        wordings.extend(variant);
        let kind = kind_of(&r.get::<_, String>(1)?);
        Ok(pending.replace(Stored {
            id,
            kind,
            speaker_id: r.get(2)?,
            last_seen: r.get(3)?,
            subject_id: r.get(8)?,
            quoted: r.get(9)?,
            wordings,
            sentences: quote_sentences(kind, &r.get::<_, String>(10)?),
        }))
    };
    const COLUMNS: &str = "c.id, c.kind, c.speaker_id, c.last_seen, c.norm, c.terms, v.norm, v.terms, c.subject_id, \
        c.kind = 'quote' OR EXISTS (SELECT 1 FROM mentions m WHERE m.claim_id = c.id AND m.kind = 'quote'), c.text \
        FROM claims c LEFT JOIN claim_variants v ON v.claim_id = c.id";
    if cfg.exhaustive {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT {COLUMNS} WHERE c.kind <> 'comment' AND c.merged_into IS NULL ORDER BY c.id"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(done) = take_row(r, &mut pending)? {
                consider(Rc::new(done));
            }
        }
        if let Some(last) = pending.take() {
            consider(Rc::new(last));
        }
    } else {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT {COLUMNS} WHERE c.id = ?1 AND c.merged_into IS NULL"
        ))?;
        // A quote in several sentences looks for each sentence's claims as well: one of them
        // may be all another outlet reported.
        let mut ids = candidate_ids(tx, &mut cache.terms, comp, speaker_id)?;
        for sentence in sentences {
            for id in candidate_ids(tx, &mut cache.terms, sentence, speaker_id)? {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        for id in ids {
            if let Some(known) = cache.claim(id) {
                consider(known);
                continue;
            }
            let mut rows = stmt.query(params![id])?;
            while let Some(r) = rows.next()? {
                take_row(r, &mut pending)?;
            }
            // A claim merged into another has no rows: nothing to remember or score.
            if let Some(read) = pending.take() {
                let read = Rc::new(read);
                cache.keep(Rc::clone(&read));
                consider(read);
            }
        }
    }
    // Exactly one claim of the speaker's holds the quoted words: they are its words. A claim
    // worded in the speaker's own quoted words is stronger evidence than a narrator's sentence
    // that uses the same word ("Zelenskyy calls that impossible"), so quotes are asked first.
    let quoted: Vec<&(Rc<Stored>, Similarity)> = short_fits
        .iter()
        .filter(|(s, _)| s.kind == Kind::Quote)
        .collect();
    let only = match (quoted.as_slice(), short_fits.as_slice()) {
        ([one], _) => Some(*one),
        ([], [one]) => Some(one),
        _ => None,
    };
    if let Some((stored, sim)) = only
        && best
            .as_ref()
            .is_none_or(|b| decision_rank(b.decision) < decision_rank(Decision::Join))
    {
        best = Some(Scored {
            stored: Rc::clone(stored),
            sim: *sim,
            decision: Decision::Join,
            by_sentence: false,
        });
    }
    Ok(finish(best, suggest, joinable))
}

fn finish(
    best: Option<Scored>,
    mut suggest: Vec<(i64, f64, &'static str)>,
    mut joinable: Vec<i64>,
) -> Matches {
    suggest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let best_id = best.as_ref().map(|b| b.stored.id);
    suggest.retain(|s| Some(s.0) != best_id);
    suggest.truncate(MAX_SUGGESTIONS - 1);
    joinable.retain(|&id| Some(id) != best_id);
    (best, suggest, joinable)
}

/// How many candidates the index hands to exact scoring.
pub const CANDIDATES: usize = 20;
/// At most this many claims are read from one term's posting list.
pub const POSTING_CAP: usize = 5_000;
/// How many of the statement's rarest terms are also looked up among the same speaker's claims.
pub const SPEAKER_TERMS: usize = 8;
/// How many of the statement's rarest terms the index query uses.
pub const RARE_TERMS: usize = 6;

/// Candidate claims from the term index: exact normalised text, then the claims sharing the
/// statement's rarest terms (ranked by bm25), overall and for the same speaker.
pub(crate) fn candidate_ids(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    comp: &Comparable,
    speaker_id: Option<i64>,
) -> Result<Vec<i64>> {
    let mut ids: Vec<i64> = Vec::new();
    {
        let mut stmt = tx.prepare_cached("SELECT id FROM claims WHERE norm = ?1 AND merged_into IS NULL AND kind <> 'comment' LIMIT 8")?;
        for id in stmt.query_map(params![comp.norm], |r| r.get::<_, i64>(0))? {
            ids.push(id?);
        }
    }
    if comp.terms.is_empty() {
        return Ok(ids);
    }
    // (term id, document frequency), rarest first.
    let mut dfs: Vec<(i64, i64)> = Vec::new();
    for t in &comp.terms {
        if let Some(row) = terms.lookup(tx, t)?
            && row.1 > 0
        {
            dfs.push(row);
        }
    }
    dfs.sort_by_key(|&(id, df)| (df, id));
    // Candidates are the claims sharing the most of the statement's rarest terms, counted from
    // each term's posting list (a B-tree range scan), plus the same speaker's claims (and the
    // unattributed ones, speaker 0) sharing any of more terms, which finds a fragment or a
    // reworded quote even when the shared words are common ones.
    let mut counts: std::collections::HashMap<
        i64,
        u32,
        std::hash::BuildHasherDefault<crate::extract::text::Fnv>,
    > = Default::default();
    {
        let mut all =
            tx.prepare_cached("SELECT claim_id FROM postings WHERE term_id = ?1 LIMIT ?2")?;
        for &(term, _) in dfs.iter().take(RARE_TERMS) {
            for id in all.query_map(params![term, POSTING_CAP as i64], |r| r.get::<_, i64>(0))? {
                *counts.entry(id?).or_default() += 1;
            }
        }
        // Two range scans rather than `speaker IN (?, 0)`, which builds a temporary table per call.
        let mut own = tx.prepare_cached(
            "SELECT claim_id FROM postings WHERE term_id = ?1 AND speaker = ?2 LIMIT ?3",
        )?;
        let speakers: &[i64] = match speaker_id {
            Some(id) => &[id, 0],
            None => &[0],
        };
        for &(term, _) in dfs.iter().take(SPEAKER_TERMS) {
            for &speaker in speakers {
                for id in own.query_map(params![term, speaker, POSTING_CAP as i64], |r| {
                    r.get::<_, i64>(0)
                })? {
                    *counts.entry(id?).or_default() += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(i64, u32)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    for (id, _) in ranked.into_iter().take(CANDIDATES) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Add a claim's content terms to the postings and document frequencies.
pub(crate) fn index_claim(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    claim_id: i64,
    comp: &Comparable,
    speaker_id: Option<i64>,
) -> Result<()> {
    let mut post = tx.prepare_cached(
        "INSERT OR IGNORE INTO postings (term_id, speaker, claim_id) VALUES (?1, ?2, ?3)",
    )?;
    for t in &comp.terms {
        let id = terms.id_for(tx, t)?;
        if post.execute(params![id, speaker_id.unwrap_or(0), claim_id])? == 1 {
            terms.count(t, 1);
        }
    }
    Ok(())
}

/// Remove terms of a claim from the postings (it was merged into another, or lost a wording),
/// each posting that goes taking one off its term's document frequency.
pub(crate) fn unindex_terms<'a>(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    claim_id: i64,
    words: impl IntoIterator<Item = &'a str>,
    speaker_id: Option<i64>,
) -> Result<()> {
    let mut post = tx.prepare_cached(
        "DELETE FROM postings WHERE term_id = ?1 AND speaker = ?2 AND claim_id = ?3",
    )?;
    for t in words {
        if let Some((id, _)) = terms.lookup(tx, t)?
            && post.execute(params![id, speaker_id.unwrap_or(0), claim_id])? == 1
        {
            terms.count(t, -1);
        }
    }
    Ok(())
}

/// Record a later wording of a claim and index its new terms under the claim, so the next
/// statement can find the claim through it.
pub(crate) fn add_variant(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    claim_id: i64,
    comp: &Comparable,
    speaker_id: Option<i64>,
) -> Result<()> {
    let added = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO claim_variants (claim_id, norm, terms) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![claim_id, comp.norm, comp.terms.join(" ")])?;
    if added == 0 {
        return Ok(());
    }
    index_claim(tx, terms, claim_id, comp, speaker_id)
}

/// Every wording of a claim: its first, then its later ones.
pub(crate) fn wordings(tx: &rusqlite::Connection, claim_id: i64) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT norm, coalesce(terms, '') FROM claims WHERE id = ?1
         UNION ALL SELECT norm, terms FROM claim_variants WHERE claim_id = ?1",
    )?;
    for row in stmt.query_map(params![claim_id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        out.push(row?);
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn insert_claim(
    tx: &rusqlite::Connection,
    terms: &mut Terms,
    kind: Kind,
    text: &str,
    comp: &Comparable,
    speaker_id: Option<i64>,
    cw: f64,
    seen: &str,
    now: &str,
    by: &str,
    note: &str,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO claims (kind, text, norm, terms, speaker_id, checkworthiness, first_seen, last_seen, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?8, ?4, ?5, ?6, ?6, ?7, ?7)",
    )?
    .execute(params![kind.as_str(), text, comp.norm, speaker_id, cw, seen, now, comp.terms.join(" ")])?;
    let id = tx.last_insert_rowid();
    if kind != Kind::Comment {
        index_claim(tx, terms, id, comp, speaker_id)?;
    }
    tx.prepare_cached("INSERT INTO claim_history (claim_id, action, status, note, by, at) VALUES (?1, 'created', 'unverified', ?2, ?3, ?4)")?
        .execute(params![id, note, by, now])?;
    Ok(id)
}

/// Every mention of the claim is in this article: it was first seen here.
fn only_in_article(tx: &rusqlite::Connection, claim_id: i64, article_id: i64) -> Result<bool> {
    let elsewhere: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM mentions WHERE claim_id = ?1 AND article_id <> ?2)",
        )?
        .query_row(params![claim_id, article_id], |r| r.get(0))?;
    Ok(!elsewhere)
}

/// Log one statement: as a mention of the claim it is nested in (`nested_in`), of the stored
/// claim it matches, or of a new claim.
fn log_statement(
    (tx, cache): (&rusqlite::Connection, &mut WriteCache),
    (article_id, touched): (i64, &[i64]),
    (st, nested_in): (&Statement, Option<i64>),
    voice: Voice,
    seen: &str,
    cfg: &MatchConfig,
    now: &str,
) -> Result<StatementOutcome> {
    let speaker_id = voice.speaker;
    let comp = Comparable::new(&st.text);
    let (best, more, bridged) = if st.kind == Kind::Comment {
        (None, Vec::new(), Vec::new())
    } else {
        best_match(
            tx,
            cache,
            Some(Place {
                article_id,
                start: st.start,
                end: st.end,
                touched,
            }),
            &comp,
            &quote_sentences(st.kind, &st.text),
            st.kind,
            voice,
            seen,
            cfg,
        )?
    };
    // A quote inside a claim of the same sentence is that claim's own words. When those words
    // are a claim already stored and the sentence around them is new, the two are one
    // statement: the new claim goes into the stored one, and the quote joins it.
    let nested_in = match (nested_in, &best) {
        (Some(container), Some(b))
            if b.decision == Decision::Join
                && b.stored.id != container
                && only_in_article(tx, container, article_id)? =>
        {
            cache.changed(container);
            cache.changed(b.stored.id);
            super::claims::merge_in(
                tx,
                &mut cache.terms,
                b.stored.id,
                container,
                "claimtrack",
                Some(&format!("article {article_id} quotes its words")),
                "merged",
            )?;
            None
        }
        (Some(container), _) => Some(container),
        (None, _) => None,
    };
    let (best, more, bridged) = if nested_in.is_some() {
        (None, Vec::new(), Vec::new())
    } else {
        (best, more, bridged)
    };
    let mut flags = st.flags.clone();
    let decision = match (nested_in, &best) {
        (Some(_), _) => Decision::Join,
        (None, Some(b)) => b.decision,
        (None, None) => Decision::New,
    };
    let joins = matches!(decision, Decision::Join | Decision::JoinMismatch);
    if decision == Decision::JoinMismatch {
        flags.push("speaker-mismatch".into());
    }
    let joined = nested_in.or(best.as_ref().map(|b| b.stored.id));
    let claim_id = if joins {
        let id = joined.ok_or_else(|| StoreError::Invalid("join without a candidate".into()))?;
        tx.prepare_cached(
            "UPDATE claims SET first_seen = min(coalesce(first_seen, ?2), ?2), last_seen = max(coalesce(last_seen, ?2), ?2),
             checkworthiness = max(checkworthiness, ?3), updated_at = ?4 WHERE id = ?1",
        )?
        .execute(params![id, seen, st.checkworthiness, now])?;
        cache.changed(id);
        // A new wording becomes a way to reach the claim: not a re-quote or a near copy of a
        // wording it has (they reach nothing new; a sentence that merely contains a wording
        // scores high as a fragment yet brings words of its own), not a fragment inside its own sentence, not
        // one or two words (they reach too much), and at most MAX_WORDINGS per claim, so a much
        // repeated statement does not make every later lookup of it slower.
        if let Some(b) = &best
            && nested_in.is_none()
            && (b.by_sentence || b.sim.edit.max(b.sim.jaccard) < NEW_WORDING_BELOW)
            && b.stored.wordings.len() < MAX_WORDINGS
            && !comp.is_short()
        {
            add_variant(tx, &mut cache.terms, id, &comp, b.stored.speaker_id)?;
        }
        // The speaker's own words inside the reported clause (`the town "will be rebuilt,
        // stone by stone"`) reach the claim as well: another outlet may quote them at length.
        if nested_in.is_some() && !comp.is_short() {
            let held: i64 = tx
                .prepare_cached("SELECT count(*) FROM claim_variants WHERE claim_id = ?1")?
                .query_row(params![id], |r| r.get(0))?;
            if (held as usize) + 1 < MAX_WORDINGS {
                add_variant(tx, &mut cache.terms, id, &comp, speaker_id)?;
            }
        }
        // This statement would join other claims just as well: they are one statement that
        // earlier wordings kept apart. Merged, recorded in their history.
        if nested_in.is_none()
            && decision == Decision::Join
            && best.as_ref().is_some_and(|b| b.sim.score >= BRIDGE_SCORE)
        {
            for other in &bridged {
                let live: bool = tx
                    .prepare_cached("SELECT merged_into IS NULL FROM claims WHERE id = ?1")?
                    .query_row(params![other], |r| r.get(0))?;
                if live && *other != id {
                    cache.changed(*other);
                    super::claims::merge_in(
                        tx,
                        &mut cache.terms,
                        id,
                        *other,
                        "claimtrack",
                        Some(&format!("article {article_id} says what both say")),
                        "merged",
                    )?;
                }
            }
        }
        id
    } else {
        let id = insert_claim(
            tx,
            &mut cache.terms,
            st.kind,
            &st.text,
            &comp,
            speaker_id,
            st.checkworthiness,
            seen,
            now,
            "claimtrack",
            &format!("first seen in article {article_id}"),
        )?;
        if voice.subject.is_some() {
            tx.prepare_cached("UPDATE claims SET subject_id = ?2 WHERE id = ?1")?
                .execute(params![id, voice.subject])?;
        }
        id
    };
    // Conflicts: against the canonical wording of the claim it joined or resembles.
    let mut conflicts = Vec::new();
    let mut against: Option<(i64, i64, String)> = None; // (claim, first mention, its text)
    if let Some(b) = &best {
        let first: Option<(i64, String)> = tx
            .prepare_cached(
                "SELECT id, text FROM mentions WHERE claim_id = ?1 ORDER BY id LIMIT 1",
            )?
            .query_row(params![b.stored.id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((mid, text)) = first {
            conflicts = matching::diff::conflicts(&text, &st.text);
            against = Some((b.stored.id, mid, text));
        }
    }
    if !conflicts.is_empty() {
        flags.push("conflict".into());
    }
    let flags_json = serde_json::to_string(&flags).unwrap_or_else(|_| "[]".into());
    let (score, method) = match &best {
        _ if nested_in.is_some() => (None, Some("nested")),
        Some(b) if joins => (Some(b.sim.score), Some(b.sim.method.as_str())),
        _ => (None, None),
    };
    tx.prepare_cached(
        "INSERT INTO mentions (claim_id, article_id, kind, text, start, end, speaker_id, speaker_mention, speaker_start, speaker_end,
                               cue, said_on, said_until, checkworthiness, flags, match_score, match_method, subject_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
        claim_id,
        article_id,
        st.kind.as_str(),
        st.text,
        st.start as i64,
        st.end as i64,
        speaker_id,
        st.speaker_mention,
        st.speaker_span.map(|s| s[0] as i64),
        st.speaker_span.map(|s| s[1] as i64),
        st.cue,
        st.said_on.map(|d| d.to_string()),
        st.said_until.map(|d| d.to_string()),
        st.checkworthiness,
        flags_json,
        score,
        method,
        voice.subject,
    ])?;
    let mention_id = tx.last_insert_rowid();
    if let Some((cid, mid, _)) = &against {
        let mut ins = tx.prepare_cached(
            "INSERT INTO conflicts (claim_id, mention_a, mention_b, kind, value_a, value_b, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for c in &conflicts {
            ins.execute(params![cid, mid, mention_id, c.kind, c.a, c.b, now])?;
        }
    }
    let outcome = match decision {
        Decision::Join => "matched",
        Decision::JoinMismatch => "speaker-mismatch",
        Decision::Suggest => "suggested",
        Decision::Related => "related",
        Decision::New => "new",
    };
    if let Some(b) = &best {
        match decision {
            Decision::Suggest => {
                let mut ins = tx.prepare_cached("INSERT INTO suggestions (mention_id, claim_id, score, method, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")?;
                ins.execute(params![
                    mention_id,
                    b.stored.id,
                    b.sim.score,
                    b.sim.method.as_str(),
                    now
                ])?;
                for (cid, score, method) in &more {
                    ins.execute(params![mention_id, cid, score, method, now])?;
                }
            }
            Decision::Related => {
                let (a, c) = (b.stored.id.min(claim_id), b.stored.id.max(claim_id));
                tx.prepare_cached("INSERT OR IGNORE INTO claim_links (claim_a, claim_b, kind, score) VALUES (?1, ?2, 'related', ?3)")?
                    .execute(params![a, c, b.sim.score])?;
            }
            _ => {}
        }
    }
    Ok(StatementOutcome {
        kind: st.kind,
        text: st.text.clone(),
        speaker: st.speaker.clone(),
        claim_id,
        mention_id,
        outcome,
        other_claim: joined.filter(|_| decision != Decision::New),
        score: best.as_ref().map(|b| b.sim.score),
        method: method.or(best.as_ref().map(|b| b.sim.method.as_str())),
        conflicts,
        flags,
    })
}
