//! Benchmarks, each printing one JSON object per measurement on stdout (medians in ms; every
//! figure comes with a baseline measured in the same run, so ratios survive a noisy machine).
//!
//!     cargo run --release --example bench -- matching --stored 100000 --queries 200
//!     cargo run --release --example bench -- ingest --articles 10000
//!     cargo run --release --example bench -- list --stored 1000000
//!     cargo run --release --example bench -- extract

use claimtrack::extract::{ExtractOptions, extract};
use claimtrack::matching::{Decision, MatchConfig};
use claimtrack::model::{ClaimFilter, Kind, StatusFilter};
use claimtrack::store::{NewArticle, Store};
use claimtrack::synth::Corpus;
use clap::{Parser, Subcommand};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Parser)]
struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Subcommand)]
enum What {
    /// Matching one statement against N stored claims: indexed vs exhaustive, and recall
    Matching {
        #[arg(long, default_value_t = 100_000)]
        stored: usize,
        #[arg(long, default_value_t = 200)]
        queries: usize,
        /// Exhaustive baseline on this many of the queries (it is slow)
        #[arg(long, default_value_t = 20)]
        exhaustive_queries: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Ingest N generated articles into an empty database
    Ingest {
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// `list` of open claims with N claims stored
    List {
        #[arg(long, default_value_t = 1_000_000)]
        stored: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Extraction throughput in MB/s on the fixtures, the wikinews corpus (if present) and hostile input
    Extract,
    /// The edit measure on statement pairs: strsim (baseline) vs rapidfuzz, same pairs, same run
    Similarity {
        #[arg(long, default_value_t = 2000)]
        pairs: usize,
    },
}

use claimtrack::cmd::ingest::INGEST_BATCH;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() { 0.0 } else { v[v.len() / 2] }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn load(store: &mut Store, corpus: &mut Corpus, n: usize) -> anyhow::Result<f64> {
    let t = Instant::now();
    let mut left = n;
    while left > 0 {
        let batch = left.min(50_000);
        let items: Vec<(String, String)> = (0..batch)
            .map(|_| {
                let s = corpus.new_statement();
                (
                    s.words.join(" "),
                    corpus.speaker_name(s.speaker).to_string(),
                )
            })
            .collect();
        store.bulk_claims(
            items
                .iter()
                .map(|(t, s)| (Kind::Quote, t.as_str(), Some(s.as_str()), "2026-01-15")),
        )?;
        left -= batch;
    }
    Ok(ms(t))
}

fn temp_db(dir: &Path, name: &str) -> anyhow::Result<Store> {
    Ok(Store::open(&dir.join(name))?)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let tmp = tempfile::tempdir()?;
    match args.what {
        What::Matching {
            stored,
            queries,
            exhaustive_queries,
            seed,
        } => {
            let mut store = temp_db(tmp.path(), "m.db")?;
            let mut corpus = Corpus::new(seed);
            let load_ms = load(&mut store, &mut corpus, stored)?;
            println!(
                "{}",
                json!({"bench": "matching-setup", "stored": stored, "load_ms": load_ms})
            );
            let qs: Vec<_> = (0..queries).map(|_| corpus.mention(1.0)).collect();
            let cfg = MatchConfig::default();
            let ex_cfg = MatchConfig {
                exhaustive: true,
                ..cfg
            };
            let mut idx_times = Vec::new();
            let mut ex_times = Vec::new();
            let (mut agree, mut compared, mut found_idx) = (0, 0, 0);
            for (i, q) in qs.iter().enumerate() {
                let t = Instant::now();
                let got =
                    store.find_match(&q.text, Kind::Quote, Some(&q.speaker), "2026-01-20", &cfg)?;
                idx_times.push(ms(t));
                if got.is_some_and(|g| g.decision != Decision::New) {
                    found_idx += 1;
                }
                if i < exhaustive_queries {
                    let t = Instant::now();
                    let base = store.find_match(
                        &q.text,
                        Kind::Quote,
                        Some(&q.speaker),
                        "2026-01-20",
                        &ex_cfg,
                    )?;
                    ex_times.push(ms(t));
                    if let Some(b) = base {
                        compared += 1;
                        if got.is_some_and(|g| {
                            g.claim_id == b.claim_id
                                || (g.score == b.score && g.decision == b.decision)
                        }) {
                            agree += 1;
                        } else if std::env::var_os("BENCH_DEBUG").is_some() {
                            let c = store.candidates(&q.text, None)?;
                            eprintln!(
                                "miss {:?}: exhaustive {:?}, indexed {:?}, in candidates: {}",
                                q.variation,
                                b,
                                got,
                                c.contains(&b.claim_id)
                            );
                        }
                    }
                }
            }
            let (mi, me) = (median(idx_times), median(ex_times));
            println!(
                "{}",
                json!({"bench": "matching", "stored": stored, "mode": "indexed", "queries": queries, "median_ms": mi, "matched": found_idx})
            );
            println!(
                "{}",
                json!({"bench": "matching", "stored": stored, "mode": "exhaustive", "queries": exhaustive_queries.min(queries), "median_ms": me})
            );
            println!(
                "{}",
                json!({"bench": "matching", "stored": stored, "speedup": if mi > 0.0 { me / mi } else { 0.0 },
                       "recall_vs_exhaustive": if compared > 0 { agree as f64 / compared as f64 } else { 1.0 }, "compared": compared})
            );
        }
        What::Ingest { articles, seed } => {
            let mut corpus = Corpus::new(seed);
            let docs: Vec<_> = (0..articles).map(|i| corpus.article(i, 16)).collect();
            let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
            // Baseline in the same run: extraction alone.
            let t = Instant::now();
            let exs: Vec<_> = docs
                .iter()
                .map(|d| extract(&d.text, &ExtractOptions::default()))
                .collect();
            let extract_ms = ms(t);
            let mut store = temp_db(tmp.path(), "i.db")?;
            let cfg = MatchConfig::default();
            let t = Instant::now();
            let mut per = Vec::new();
            let mut statements = 0;
            let arts: Vec<NewArticle> = docs
                .iter()
                .zip(&exs)
                .map(|(d, ex)| NewArticle {
                    title: ex.title.clone(),
                    published: ex.published.map(|p| p.to_string()),
                    body: d.text.clone(),
                    content_hash: d.name.clone(),
                    source: Some(d.name.clone()),
                    ..Default::default()
                })
                .collect();
            // As `claimtrack ingest` does: one write transaction per batch of articles.
            for (arts, exs) in arts.chunks(INGEST_BATCH).zip(exs.chunks(INGEST_BATCH)) {
                let t1 = Instant::now();
                let items: Vec<_> = arts.iter().zip(exs).collect();
                for r in store.ingest_many(&items, &cfg) {
                    r?;
                }
                statements += exs.iter().map(|e| e.statements.len()).sum::<usize>();
                per.push(ms(t1) / arts.len() as f64);
            }
            let total = ms(t);
            println!(
                "{}",
                json!({"bench": "ingest", "articles": articles, "statements": statements, "bytes": bytes, "total_ms": total,
                       "median_article_ms": median(per), "extract_only_ms": extract_ms, "store_and_match_over_extract": total / extract_ms.max(0.001),
                       "claims": store.claim_count()?})
            );
        }
        What::List { stored, seed } => {
            let mut store = temp_db(tmp.path(), "l.db")?;
            let mut corpus = Corpus::new(seed);
            let load_ms = load(&mut store, &mut corpus, stored)?;
            let mut times = Vec::new();
            let mut base = Vec::new();
            let f = ClaimFilter {
                limit: Some(100),
                ..Default::default()
            };
            let all = ClaimFilter {
                status: StatusFilter::All,
                limit: Some(100),
                ..Default::default()
            };
            for _ in 0..15 {
                let t = Instant::now();
                let rows = store.list_claims(&f)?;
                times.push(ms(t));
                assert_eq!(rows.len(), 100.min(stored));
                let t = Instant::now();
                store.list_claims(&all)?;
                base.push(ms(t));
            }
            let (m, b) = (median(times), median(base));
            println!(
                "{}",
                json!({"bench": "list", "stored": stored, "load_ms": load_ms, "median_ms": m, "baseline_status_all_ms": b, "ratio": b / m.max(0.001)})
            );
        }
        What::Similarity { pairs } => {
            let mut corpus = Corpus::new(3);
            let ps: Vec<(String, String)> = (0..pairs)
                .map(|_| {
                    let m = corpus.mention(0.9);
                    let other = corpus.new_statement().words.join(" ");
                    (m.text, other)
                })
                .collect();
            let t = Instant::now();
            let a: f64 = ps
                .iter()
                .map(|(x, y)| strsim::normalized_levenshtein(x, y))
                .sum();
            let strsim_ms = ms(t);
            let t = Instant::now();
            let b: f64 = ps
                .iter()
                .map(|(x, y)| claimtrack::matching::similarity::edit_similarity(x, y))
                .sum();
            let rf_ms = ms(t);
            println!(
                "{}",
                json!({"bench": "similarity", "pairs": pairs, "strsim_ms": strsim_ms, "rapidfuzz_ms": rf_ms, "speedup": strsim_ms / rf_ms.max(0.001), "same_sum": (a - b).abs() < 1e-6})
            );
        }
        What::Extract => {
            let mut sets: Vec<(&str, Vec<String>)> = Vec::new();
            let fixtures: Vec<String> = std::fs::read_dir("fixtures/articles")?
                .filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect();
            sets.push(("fixtures", fixtures));
            let wiki = wikinews(Path::new("../shared/corpora/wikinews"));
            if !wiki.is_empty() {
                sets.push(("wikinews", wiki));
            }
            let mut rates = Vec::new();
            for (name, docs) in &sets {
                let bytes: usize = docs.iter().map(|d| d.len()).sum();
                // Repeat until ~20 MB so the timing is not noise.
                let reps = (20_000_000 / bytes.max(1)).max(1);
                let mut runs = Vec::new();
                let mut count = 0;
                for _ in 0..3 {
                    let t = Instant::now();
                    for _ in 0..reps {
                        for d in docs {
                            count += extract(d, &ExtractOptions::default()).statements.len();
                        }
                    }
                    runs.push(t.elapsed().as_secs_f64());
                }
                let mbps = (bytes * reps) as f64 / 1e6 / median(runs);
                rates.push(mbps);
                println!(
                    "{}",
                    json!({"bench": "extract", "set": name, "documents": docs.len(), "bytes": bytes, "mb_per_s": mbps, "statements": count / 3 / reps})
                );
            }
            // Linear time: 10 MB of nothing but marks vs 10 MB of prose, same run.
            let prose = sets[0].1.join("\n");
            let normal: String = prose.chars().cycle().take(10_000_000).collect();
            let marks: String = "'\"‘’“”«»' \"'".chars().cycle().take(10_000_000).collect();
            let t = Instant::now();
            extract(&normal, &ExtractOptions::default());
            let tn = ms(t);
            let t = Instant::now();
            extract(&marks, &ExtractOptions::default());
            let tm = ms(t);
            println!(
                "{}",
                json!({"bench": "extract-hostile", "normal_10mb_ms": tn, "marks_10mb_ms": tm, "ratio": tm / tn.max(0.001)})
            );
        }
    }
    Ok(())
}

/// Article texts from the wikinews CSV files (url,date,title,text).
fn wikinews(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    for f in files {
        let Ok(mut r) = csv::Reader::from_path(&f) else {
            continue;
        };
        for rec in r.records().flatten() {
            if let (Some(title), Some(text)) = (rec.get(2), rec.get(3)) {
                out.push(format!("{title}\n{text}"));
            }
        }
    }
    out
}
