//! Measuring extraction and matching against the gold files in `fixtures/`: precision, recall
//! and F1 of quote and claim spans at 30% and 80% overlap, speaker accuracy on matched spans, and
//! pairwise precision and recall of cross-article grouping against `fixtures/clusters.json`.
//!
//! Span overlap is symmetric: |gold ∩ predicted| / max(|gold|, |predicted|), so a prediction that
//! swallows a whole paragraph does not match a short gold quote.

use crate::extract::speakers::fold_name;
use crate::extract::{ExtractOptions, Extraction, extract};
use crate::matching::MatchConfig;
use crate::model::Kind;
use crate::store::{IngestOutcome, NewArticle, Store};
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldItem {
    pub text: String,
    pub speaker: Option<String>,
    #[serde(default)]
    pub occurrence: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFile {
    pub article: String,
    #[serde(default)]
    pub quotes: Vec<GoldItem>,
    #[serde(default)]
    pub claims: Vec<GoldItem>,
    #[serde(default)]
    pub comments: Vec<GoldItem>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn from_counts(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = if tp + fp == 0 {
            1.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            1.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            tp,
            fp,
            fn_,
            precision: p,
            recall: r,
            f1,
        }
    }
    fn add(self, o: Prf) -> Prf {
        Prf::from_counts(self.tp + o.tp, self.fp + o.fp, self.fn_ + o.fn_)
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
    pub accuracy: f64,
}

impl Accuracy {
    fn add(self, correct: usize, total: usize) -> Accuracy {
        let (c, t) = (self.correct + correct, self.total + total);
        Accuracy {
            correct: c,
            total: t,
            accuracy: if t == 0 { 1.0 } else { c as f64 / t as f64 },
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct KindScores {
    pub at_30: Prf,
    pub at_80: Prf,
    /// Speaker right, over gold items matched at 30% overlap.
    pub speaker: Accuracy,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleScores {
    pub article: String,
    pub quotes: KindScores,
    pub claims: KindScores,
    /// Gold items not found at 30% overlap, and predictions matching no gold item.
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
    pub wrong_speaker: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExtractionScores {
    pub articles: usize,
    pub quotes: KindScores,
    pub claims: KindScores,
    pub comments: KindScores,
    pub per_article: Vec<ArticleScores>,
}

/// One gold article with its text, in `DIR/articles/NAME.txt` and `DIR/gold/NAME.json`.
pub struct GoldArticle {
    pub path: PathBuf,
    pub text: String,
    pub gold: GoldFile,
}

pub fn load_gold(dir: &Path) -> Result<Vec<GoldArticle>> {
    let gold_dir = dir.join("gold");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&gold_dir)
        .with_context(|| format!("{}: cannot read gold directory", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for g in names {
        let gold: GoldFile = serde_json::from_str(&std::fs::read_to_string(&g)?)
            .with_context(|| format!("{}: bad gold file", g.display()))?;
        let path = dir.join("articles").join(&gold.article);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read article", path.display()))?;
        out.push(GoldArticle { path, text, gold });
    }
    if out.is_empty() {
        bail!("{}: no gold files", gold_dir.display());
    }
    Ok(out)
}

/// Byte span of the n-th (1-based) occurrence of `needle`.
pub fn locate(text: &str, needle: &str, occurrence: Option<usize>) -> Option<(usize, usize)> {
    let n = occurrence.unwrap_or(1).max(1);
    text.match_indices(needle)
        .nth(n - 1)
        .map(|(i, _)| (i, i + needle.len()))
}

pub fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longest = (a.1 - a.0).max(b.1 - b.0).max(1);
    inter as f64 / longest as f64
}

/// Same person: folded names equal, or the same folded surname.
pub fn same_speaker(gold: Option<&str>, got: Option<&str>) -> bool {
    match (gold, got) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let (g, p) = (
                fold_name(g.trim_start_matches("the ")),
                fold_name(p.trim_start_matches("the ")),
            );
            g == p
                || (g.split_whitespace().last() == p.split_whitespace().last()
                    && g.split_whitespace().last().is_some_and(|s| s.len() > 2))
        }
        _ => false,
    }
}

/// Published date for an article: front matter, else a date in its file name.
pub fn published_of(path: &Path, text: &str) -> Option<chrono::NaiveDate> {
    let fm = crate::extract::structure::parse(text).front;
    fm.get("published")
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
        .or_else(|| crate::cmd::date_in_name(path))
}

fn score_kind(
    text: &str,
    gold: &[GoldItem],
    ex: &Extraction,
    kind: Kind,
    art: &mut ArticleScores,
) -> KindScores {
    let preds: Vec<&crate::extract::Statement> =
        ex.statements.iter().filter(|s| s.kind == kind).collect();
    let spans: Vec<(usize, usize, Option<&str>, &str)> = gold
        .iter()
        .filter_map(|g| {
            locate(text, &g.text, g.occurrence)
                .map(|(s, e)| (s, e, g.speaker.as_deref(), g.text.as_str()))
        })
        .collect();
    let mut ks = KindScores::default();
    for (theta, slot) in [(0.3, 0), (0.8, 1)] {
        let mut used = vec![false; preds.len()];
        let mut tp = 0;
        let mut speaker_ok = 0;
        for &(s, e, speaker, gtext) in &spans {
            let best = preds
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, overlap((s, e), (p.start, p.end))))
                .filter(|(_, o)| *o >= theta)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((i, _)) => {
                    used[i] = true;
                    tp += 1;
                    if same_speaker(speaker, preds[i].speaker.as_deref()) {
                        speaker_ok += 1;
                    } else if slot == 0 {
                        art.wrong_speaker.push(format!(
                            "{kind} \"{}\": gold {:?}, got {:?}",
                            crate::render::clip(gtext, 70),
                            speaker,
                            preds[i].speaker
                        ));
                    }
                }
                None if slot == 0 => art
                    .missed
                    .push(format!("{kind} \"{}\"", crate::render::clip(gtext, 90))),
                None => {}
            }
        }
        let fp = used.iter().filter(|u| !**u).count();
        if slot == 0 {
            for (i, p) in preds.iter().enumerate() {
                if !used[i] {
                    art.spurious
                        .push(format!("{kind} \"{}\"", crate::render::clip(&p.text, 90)));
                }
            }
        }
        let prf = Prf::from_counts(tp, fp, spans.len() - tp);
        if slot == 0 {
            ks.at_30 = prf;
            ks.speaker = Accuracy::default().add(speaker_ok, tp);
        } else {
            ks.at_80 = prf;
        }
    }
    ks
}

/// Run the extractor over every gold article and score it.
pub fn evaluate_extraction(dir: &Path) -> Result<ExtractionScores> {
    let arts = load_gold(dir)?;
    let mut total = ExtractionScores {
        articles: arts.len(),
        quotes: KindScores::default(),
        claims: KindScores::default(),
        comments: KindScores::default(),
        per_article: Vec::new(),
    };
    for a in &arts {
        let ex = extract(
            &a.text,
            &ExtractOptions {
                published: published_of(&a.path, &a.text),
            },
        );
        let mut art = ArticleScores {
            article: a.gold.article.clone(),
            quotes: KindScores::default(),
            claims: KindScores::default(),
            missed: vec![],
            spurious: vec![],
            wrong_speaker: vec![],
        };
        art.quotes = score_kind(&a.text, &a.gold.quotes, &ex, Kind::Quote, &mut art);
        art.claims = score_kind(&a.text, &a.gold.claims, &ex, Kind::Claim, &mut art);
        let comments = score_kind(&a.text, &a.gold.comments, &ex, Kind::Comment, &mut art);
        for (t, s) in [
            (&mut total.quotes, &art.quotes),
            (&mut total.claims, &art.claims),
            (&mut total.comments, &comments),
        ] {
            t.at_30 = t.at_30.add(s.at_30);
            t.at_80 = t.at_80.add(s.at_80);
            t.speaker = t.speaker.add(s.speaker.correct, s.speaker.total);
        }
        total.per_article.push(art);
    }
    Ok(total)
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterMention {
    pub article: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    pub id: String,
    #[serde(default)]
    pub note: String,
    pub mentions: Vec<ClusterMention>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distinct {
    pub a: ClusterMention,
    pub b: ClusterMention,
    #[serde(default)]
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterGold {
    pub clusters: Vec<Cluster>,
    #[serde(default)]
    pub distinct: Vec<Distinct>,
}

/// A gold mention resolved to (claim id, mention id), if it was extracted.
type Resolved = Option<(i64, i64)>;

#[derive(Debug, Clone, Serialize)]
pub struct MatchingScores {
    pub gold_mentions: usize,
    /// Gold mentions the extractor did not produce (they cannot be grouped).
    pub unresolved: Vec<String>,
    /// Pairwise, counting only automatic joins as "same".
    pub pairwise: Prf,
    /// Pairwise, counting pending suggestions as "same" too (what a reviewer would reach).
    pub with_suggestions: Prf,
    /// Distinct look-alike pairs wrongly put in one claim.
    pub distinct_merged: Vec<String>,
    pub missed_pairs: Vec<String>,
    pub wrong_pairs: Vec<String>,
    /// Gold clusters the tool keeps in more than one claim: for each, its mentions grouped by
    /// the claim they landed in (biggest group first), so a reader sees where a cluster breaks.
    pub split_clusters: Vec<SplitCluster>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SplitCluster {
    pub id: String,
    pub groups: Vec<Vec<String>>,
}

/// The order articles are ingested in. A newsroom logs stories as they come, oldest first; the
/// other orders show how much the grouping depends on which wording arrived first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum IngestOrder {
    /// Oldest first (by publication date, then file name).
    #[default]
    Date,
    /// Newest first.
    Reverse,
    /// By file name, whatever the dates.
    Name,
}

/// Ingest every fixture article into a fresh in-memory database (in `order`) and score the
/// grouping of the gold mentions in `clusters.json`.
pub fn evaluate_matching(
    dir: &Path,
    cfg: &MatchConfig,
    order: IngestOrder,
) -> Result<MatchingScores> {
    let gold: ClusterGold = serde_json::from_str(
        &std::fs::read_to_string(dir.join("clusters.json")).context("reading clusters.json")?,
    )?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut docs: Vec<(PathBuf, String, Option<chrono::NaiveDate>)> = files
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p)?;
            let d = published_of(&p, &t);
            Ok((p, t, d))
        })
        .collect::<Result<_>>()?;
    match order {
        IngestOrder::Date => docs.sort_by(|a, b| a.2.cmp(&b.2).then(a.0.cmp(&b.0))),
        IngestOrder::Reverse => docs.sort_by(|a, b| b.2.cmp(&a.2).then(b.0.cmp(&a.0))),
        IngestOrder::Name => docs.sort_by(|a, b| a.0.cmp(&b.0)),
    }
    let mut store = Store::open_in_memory()?;
    let mut article_ids: HashMap<String, (i64, String)> = HashMap::new();
    for (p, text, published) in &docs {
        let ex = extract(
            text,
            &ExtractOptions {
                published: *published,
            },
        );
        let art = NewArticle {
            title: ex.title.clone(),
            published: ex.published.map(|d| d.to_string()),
            source: Some(p.display().to_string()),
            body: text.clone(),
            content_hash: format!("{}", p.display()),
            ..Default::default()
        };
        if let IngestOutcome::Logged(rep) = store.ingest(&art, &ex, cfg)? {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            article_ids.insert(name, (rep.article_id, text.clone()));
        }
    }
    // Resolve each gold mention to the claim its stored mention belongs to.
    // (speaker, text) of each stored mention a gold mention resolved to, for the miss list.
    let found: std::cell::RefCell<HashMap<i64, (Option<String>, String)>> = Default::default();
    let resolve = |m: &ClusterMention| -> Result<Option<(i64, i64)>> {
        let Some((aid, text)) = article_ids.get(&m.article) else {
            return Ok(None);
        };
        let Some(span) = locate(text, &m.text, None) else {
            return Ok(None);
        };
        let best = store
            .mentions_in_article(*aid)?
            .into_iter()
            .filter(|x| x.kind != Kind::Comment)
            .map(|x| {
                (
                    overlap(span, (x.start as usize, x.end as usize)),
                    x.claim_id,
                    x.id,
                    (x.speaker.clone(), x.text.clone()),
                )
            })
            .filter(|(o, _, _, _)| *o >= 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        Ok(best.map(|(_, c, mid, who_what)| {
            found.borrow_mut().insert(mid, who_what);
            (c, mid)
        }))
    };
    // (cluster, label, (claim, mention))
    let mut items: Vec<(String, String, Resolved)> = Vec::new();
    let mut unresolved = Vec::new();
    for c in &gold.clusters {
        for m in &c.mentions {
            let r = resolve(m)?;
            if r.is_none() {
                unresolved.push(format!(
                    "{}: {}",
                    m.article,
                    crate::render::clip(&m.text, 70)
                ));
            }
            items.push((
                c.id.clone(),
                format!("{}: {}", m.article, crate::render::clip(&m.text, 60)),
                r,
            ));
        }
    }
    let mut distinct_merged = Vec::new();
    let mut extra_neg = (0usize, 0usize); // (pairs, wrongly merged)
    for d in &gold.distinct {
        if let (Some(a), Some(b)) = (resolve(&d.a)?, resolve(&d.b)?) {
            extra_neg.0 += 1;
            if a.0 == b.0 {
                extra_neg.1 += 1;
                distinct_merged.push(format!(
                    "{} | {} ({})",
                    crate::render::clip(&d.a.text, 50),
                    crate::render::clip(&d.b.text, 50),
                    d.why
                ));
            }
        }
    }
    // Pending suggestions, as pairs of claims a reviewer would join.
    // A pair a reviewer is shown: the same claim, or a pending suggestion between the two claims.
    let suggested: Vec<(i64, i64)> = store
        .suggestions(false)?
        .iter()
        .map(|s| (s.claim_id, s.mention_claim_id))
        .collect();
    let linked = |a: i64, b: i64| {
        a == b
            || suggested
                .iter()
                .any(|&(x, y)| (x == a && y == b) || (x == b && y == a))
    };
    let (mut tp, mut fp, mut fn_) = (0, extra_neg.1, 0);
    let (mut stp, mut sfp, mut sfn) = (0, extra_neg.1, 0);
    let mut missed_pairs = Vec::new();
    let mut wrong_pairs = Vec::new();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let (Some(a), Some(b)) = (items[i].2, items[j].2) else {
                continue;
            };
            if a.1 == b.1 {
                continue; // the same stored mention named twice
            }
            let gold_same = items[i].0 == items[j].0;
            let same = a.0 == b.0;
            let reach = linked(a.0, b.0);
            match (gold_same, same) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    wrong_pairs.push(format!("{} | {}", items[i].1, items[j].1));
                }
                (true, false) => {
                    fn_ += 1;
                    // Who each side was credited to and how alike the two are: a miss from a
                    // speaker split differs from a miss from wording.
                    let found = found.borrow();
                    let (sa, ta) = &found[&a.1];
                    let (sb, tb) = &found[&b.1];
                    let sim = crate::matching::similarity(
                        &crate::matching::Comparable::new(ta),
                        &crate::matching::Comparable::new(tb),
                        0.0,
                    );
                    missed_pairs.push(format!(
                        "{} [{}] | {} [{}] ({:.2} {})",
                        items[i].1,
                        sa.as_deref().unwrap_or("-"),
                        items[j].1,
                        sb.as_deref().unwrap_or("-"),
                        sim.score,
                        sim.method.as_str()
                    ));
                }
                _ => {}
            }
            match (gold_same, reach) {
                (true, true) => stp += 1,
                (false, true) => sfp += 1,
                (true, false) => sfn += 1,
                _ => {}
            }
        }
    }
    let mut split_clusters = Vec::new();
    for c in &gold.clusters {
        let mut groups: Vec<(i64, Vec<String>)> = Vec::new();
        for (_, label, r) in items.iter().filter(|(id, _, _)| *id == c.id) {
            let Some((claim, _)) = r else { continue };
            match groups.iter_mut().find(|(g, _)| g == claim) {
                Some((_, labels)) => labels.push(label.clone()),
                None => groups.push((*claim, vec![label.clone()])),
            }
        }
        if groups.len() > 1 {
            groups.sort_by_key(|(_, labels)| std::cmp::Reverse(labels.len()));
            split_clusters.push(SplitCluster {
                id: c.id.clone(),
                groups: groups.into_iter().map(|(_, labels)| labels).collect(),
            });
        }
    }
    Ok(MatchingScores {
        split_clusters,
        gold_mentions: items.len(),
        unresolved,
        pairwise: Prf::from_counts(tp, fp, fn_),
        with_suggestions: Prf::from_counts(stp, sfp, sfn),
        distinct_merged,
        missed_pairs,
        wrong_pairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_symmetric_and_punishes_long_predictions() {
        assert_eq!(overlap((0, 10), (0, 10)), 1.0);
        assert!(overlap((0, 10), (0, 100)) < 0.3);
        assert_eq!(overlap((0, 10), (20, 30)), 0.0);
    }

    #[test]
    fn speakers_match_on_surname_and_spelling() {
        assert!(same_speaker(Some("Volodymyr Zelenskyy"), Some("Zelensky")));
        assert!(!same_speaker(Some("Dmitry Peskov"), Some("Yuri Ushakov")));
        assert!(!same_speaker(None, Some("Yuri Ushakov")));
    }
}
