//! Quote spans and speakers on real news nobody here wrote: Wikinews articles from
//! `../shared/corpora/wikinews`, scored against our own reading of them in
//! `fixtures/real/wikinews-quotes.json` (offsets and speakers only — the articles stay where they are).
//!
//!     cargo run --release --example real-quotes            # dev and test sets
//!     cargo run --release --example real-quotes -- -v      # and every miss and wrong speaker
//!
//! The `dev` articles are the ones we read while fixing attribution; the `test` articles are kept
//! for measuring only, so the gap between the two says how much a fix generalises.
//! Prints one JSON object per set on stdout and a table on stderr.

use std::collections::HashMap;
use std::path::Path;

use claimtrack::extract::{ExtractOptions, extract};
use claimtrack::model::Kind;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
struct Gold {
    articles: Vec<GoldArticle>,
}

#[derive(Deserialize)]
struct GoldArticle {
    url: String,
    set: String,
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldQuote {
    /// Byte offsets into `title + "\n\n" + text`.
    span: [usize; 2],
    speaker: Option<String>,
}

#[derive(Default)]
struct Tally {
    articles: usize,
    gold: usize,
    extracted: usize,
    matched: usize,
    strict: usize,
    lenient: usize,
    unnamed_gold: usize,
}

fn words_of(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| w != "the")
        .collect()
}

/// Same name, ignoring case, punctuation and a leading "the".
fn strict_same(gold: &str, got: &str) -> bool {
    words_of(gold) == words_of(got)
}

/// One name's words are all in the other's ("Hotak" for "Sharif Hotak", "Interior Ministry" for
/// "Afghan Interior Ministry"): right person, not the full name.
fn lenient_same(gold: &str, got: &str) -> bool {
    let (g, o) = (words_of(gold), words_of(got));
    !o.is_empty() && (o.iter().all(|w| g.contains(w)) || g.iter().all(|w| o.contains(w)))
}

fn load_wikinews(dir: &Path) -> anyhow::Result<HashMap<String, String>> {
    let mut docs = HashMap::new();
    for year in ["2019", "2020"] {
        let mut r = csv::Reader::from_path(dir.join(format!("wikinews_{year}.csv")))?;
        for rec in r.records() {
            let rec = rec?;
            if let (Some(url), Some(title), Some(text)) = (rec.get(0), rec.get(2), rec.get(3)) {
                docs.insert(url.to_string(), format!("{title}\n\n{text}"));
            }
        }
    }
    Ok(docs)
}

fn snippet(doc: &str, span: [usize; 2]) -> String {
    let t = doc.get(span[0]..span[1]).unwrap_or("?");
    let cut: String = t.chars().take(60).collect();
    if cut.len() < t.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

fn main() -> anyhow::Result<()> {
    let verbose = std::env::args().any(|a| a == "-v" || a == "--verbose");
    let dir = Path::new("../shared/corpora/wikinews");
    if !dir.exists() {
        eprintln!(
            "real-quotes: {} not found; nothing to measure",
            dir.display()
        );
        return Ok(());
    }
    let docs = load_wikinews(dir)?;
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(
        "fixtures/real/wikinews-quotes.json",
    )?)?;
    let mut tallies: Vec<(String, Tally)> = Vec::new();
    for a in &gold.articles {
        let Some(doc) = docs.get(&a.url) else {
            eprintln!("real-quotes: {} is not in the corpus", a.url);
            continue;
        };
        let ex = extract(doc, &ExtractOptions::default());
        let quotes: Vec<_> = ex
            .statements
            .iter()
            .filter(|s| s.kind == Kind::Quote)
            .collect();
        let t = match tallies.iter().position(|(s, _)| *s == a.set) {
            Some(i) => &mut tallies[i].1,
            None => {
                tallies.push((a.set.clone(), Tally::default()));
                &mut tallies.last_mut().expect("just pushed").1
            }
        };
        t.articles += 1;
        t.gold += a.quotes.len();
        t.extracted += quotes.len();
        let mut used = vec![false; quotes.len()];
        for g in &a.quotes {
            let [gs, ge] = g.span;
            t.unnamed_gold += usize::from(g.speaker.is_none());
            // The extracted quote covering most of the gold span, at least half of it.
            let best = quotes
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, q)| (i, q.end.min(ge).saturating_sub(q.start.max(gs))))
                .filter(|&(_, overlap)| 2 * overlap >= ge - gs)
                .max_by_key(|&(_, overlap)| overlap);
            let Some((i, _)) = best else {
                if verbose {
                    eprintln!(
                        "  missed   {} {} [{}] {:?}",
                        a.set,
                        a.url.rsplit('/').next().unwrap_or(""),
                        g.speaker.as_deref().unwrap_or("-"),
                        snippet(doc, g.span)
                    );
                }
                continue;
            };
            used[i] = true;
            t.matched += 1;
            let got = quotes[i].speaker.as_deref();
            let (strict, lenient) = match (g.speaker.as_deref(), got) {
                (None, None) => (true, true),
                (Some(gn), Some(on)) => (strict_same(gn, on), lenient_same(gn, on)),
                _ => (false, false),
            };
            t.strict += usize::from(strict);
            t.lenient += usize::from(lenient);
            if verbose && !strict {
                eprintln!(
                    "  {} {} {} gold [{}] got [{}] {:?}",
                    if lenient { "partial" } else { "speaker" },
                    a.set,
                    a.url.rsplit('/').next().unwrap_or(""),
                    g.speaker.as_deref().unwrap_or("-"),
                    got.unwrap_or("-"),
                    snippet(doc, g.span)
                );
            }
        }
    }
    eprintln!("set    articles  gold  found  recall  precision  speaker strict  speaker lenient");
    for (set, t) in &tallies {
        let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        eprintln!(
            "{set:<6} {:>8}  {:>4}  {:>5}  {:>6.3}  {:>9.3}  {:>6.3} ({}/{})  {:>6.3} ({}/{})",
            t.articles,
            t.gold,
            t.extracted,
            ratio(t.matched, t.gold),
            ratio(t.matched, t.extracted),
            ratio(t.strict, t.matched),
            t.strict,
            t.matched,
            ratio(t.lenient, t.matched),
            t.lenient,
            t.matched
        );
        println!(
            "{}",
            json!({
                "bench": "real-quotes", "set": set, "articles": t.articles,
                "gold_quotes": t.gold, "extracted_quotes": t.extracted, "matched": t.matched,
                "unnamed_gold": t.unnamed_gold,
                "quote_recall": ratio(t.matched, t.gold),
                "quote_precision": ratio(t.matched, t.extracted),
                "speaker_strict": ratio(t.strict, t.matched),
                "speaker_lenient": ratio(t.lenient, t.matched),
            })
        );
    }
    Ok(())
}
