//! `claimtrack ingest FILE...`: log articles, their statements, and how each matched.

use crate::cli::Ctx;
use crate::extract::{ExtractOptions, Extraction, extract};
use crate::matching::{DEFAULT_HIGH, DEFAULT_LOW, MatchConfig};
use crate::render::{self, opt};
use crate::store::{IngestOutcome, NewArticle};
use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Articles per write transaction in a bulk ingest. Each commit writes every page it dirtied
/// to the WAL, and the postings pages are dirtied all over the file: 10,000 generated articles
/// took 112 s in batches of 100 and 86 s in batches of 500 (`bench -- ingest`). A failed article
/// costs its batch a replay, one transaction per article.
pub const INGEST_BATCH: usize = 500;

/// What to say when an article gives nothing: the usual reason is a text with only one line.
pub const NOTHING_FOUND: &str = "no quotes or claims found (the first line is read as the headline, the body is what follows it)";

/// Log articles: extract their statements and match them against stored claims
#[derive(Debug, Args)]
pub struct Ingest {
    /// Article files (`-` reads one article from standard input)
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Outlet that published the article(s)
    #[arg(long)]
    pub outlet: Option<String>,
    /// Article URL (only with a single file)
    #[arg(long)]
    pub url: Option<String>,
    /// Publication date, YYYY-MM-DD
    #[arg(long, value_parser = super::parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Author or byline
    #[arg(long)]
    pub author: Option<String>,
    /// Title, if not the first line
    #[arg(long)]
    pub title: Option<String>,
    /// Similarity at or above which a statement joins an existing claim by itself
    #[arg(long, default_value_t = DEFAULT_HIGH, value_parser = super::parse_unit)]
    pub threshold: f64,
    /// Similarity at or above which a possible match is stored as a suggestion for review
    #[arg(long, default_value_t = DEFAULT_LOW, value_parser = super::parse_unit)]
    pub suggest: f64,
    /// Compare with every stored claim instead of index candidates (slow; a baseline)
    #[arg(long)]
    pub exhaustive: bool,
    /// Print one JSON object per file instead of tables
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct FileResult<'a> {
    file: String,
    #[serde(flatten)]
    outcome: Option<&'a IngestOutcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn meta<'a>(ex: &'a crate::extract::Extraction, key: &str) -> Option<&'a str> {
    ex.meta
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

impl Ingest {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        if self.url.is_some() && self.files.len() > 1 {
            bail!("--url names one article; give it with a single file");
        }
        if self.suggest > self.threshold {
            bail!(
                "--suggest ({}) must not be above --threshold ({})",
                self.suggest,
                self.threshold
            );
        }
        let cfg = MatchConfig {
            high: self.threshold,
            low: self.suggest,
            exhaustive: self.exhaustive,
        };
        let style = ctx.style;
        let mut failed = false;
        let mut results: Vec<(String, Result<IngestOutcome>)> = Vec::new();
        // Articles go in by batches: one write transaction per batch rather than an fsync per
        // file; a file that cannot be read is reported alone and the rest still go in.
        for chunk in self.files.chunks(INGEST_BATCH) {
            let prepared: Vec<(String, Result<(NewArticle, Extraction)>)> = chunk
                .iter()
                .map(|file| (file.display().to_string(), self.prepare(file)))
                .collect();
            let ready: Vec<(&NewArticle, &Extraction)> = prepared
                .iter()
                .filter_map(|(_, r)| r.as_ref().ok().map(|(a, e)| (a, e)))
                .collect();
            let mut stored = ctx.store()?.ingest_many(&ready, &cfg).into_iter();
            for (name, r) in prepared {
                let r = match r {
                    // `ingest_many` answers once per article, in order.
                    Ok(_) => match stored.next() {
                        Some(outcome) => outcome.map_err(|e| anyhow::anyhow!("{name}: {e}")),
                        None => Err(anyhow::anyhow!("{name}: not stored")),
                    },
                    Err(e) => Err(e),
                };
                if let Err(e) = &r {
                    failed = true;
                    eprintln!("claimtrack: {e:#}");
                }
                results.push((name, r));
            }
        }
        let mut out = std::io::stdout().lock();
        if self.json {
            let list: Vec<FileResult> = results
                .iter()
                .map(|(f, r)| match r {
                    Ok(o) => FileResult {
                        file: f.clone(),
                        outcome: Some(o),
                        error: None,
                    },
                    Err(e) => FileResult {
                        file: f.clone(),
                        outcome: None,
                        error: Some(format!("{e:#}")),
                    },
                })
                .collect();
            render::json(&mut out, &list)?;
        } else {
            for (file, r) in &results {
                match r {
                    Ok(IngestOutcome::AlreadyLogged { article_id }) => {
                        eprintln!("{file}: already logged as article {article_id}")
                    }
                    Ok(IngestOutcome::Logged(rep)) => {
                        let count =
                            |o: &str| rep.statements.iter().filter(|s| s.outcome == o).count();
                        eprintln!(
                            "{file}: logged as article {} — {} statement{}: {} new, {} matched, {} suggested, {} related, {} conflicts",
                            rep.article_id,
                            rep.statements.len(),
                            if rep.statements.len() == 1 { "" } else { "s" },
                            count("new"),
                            count("matched") + count("speaker-mismatch"),
                            count("suggested"),
                            count("related"),
                            rep.statements
                                .iter()
                                .filter(|s| !s.conflicts.is_empty())
                                .count(),
                        );
                        if rep.statements.is_empty() {
                            eprintln!("{file}: {NOTHING_FOUND}");
                        }
                        let rows = rep.statements.iter().map(|s| {
                            let outcome = match (s.outcome, s.other_claim) {
                                ("new", _) => "new".to_string(),
                                // A quote inside its own reported claim has no score: it is
                                // nested; a sentence whose quoted words joined a stored claim
                                // went with them.
                                ("matched", _) => match (s.score, s.method) {
                                    (Some(score), _) => format!("matched {score:.2}"),
                                    (None, Some(method)) => format!("matched ({method})"),
                                    (None, None) => "matched (nested)".to_string(),
                                },
                                (o, Some(c)) => format!("{o} #{c}"),
                                (o, None) => o.to_string(),
                            };
                            let mut parts: Vec<String> = Vec::new();
                            if !s.flags.is_empty() {
                                parts.push(s.flags.join(","));
                            }
                            for c in &s.conflicts {
                                parts.push(format!("{}: {} ≠ {}", c.kind, c.a, c.b));
                            }
                            let flags = parts.join("; ");
                            vec![
                                s.claim_id.to_string(),
                                outcome,
                                s.kind.to_string(),
                                opt(&s.speaker),
                                render::text_cell(style, &s.text, 160),
                                flags.trim().to_string(),
                            ]
                        });
                        write!(
                            out,
                            "{}",
                            render::table(
                                style,
                                &["claim", "outcome", "kind", "speaker", "text", "flags"],
                                rows
                            )
                        )?;
                    }
                    Err(_) => {}
                }
            }
        }
        Ok(if failed {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        })
    }

    /// Read and extract one file: everything that can fail on bad input, before the database.
    fn prepare(&self, file: &std::path::Path) -> Result<(NewArticle, Extraction)> {
        let (text, bytes) = super::read_article(file)?;
        let hash: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let fm = crate::extract::structure::parse(&text).front;
        // A front-matter date that is no date is bad input, as the flag's is (unless the flag
        // gives the date): logging the article undated would lose it from every date filter.
        let fm_date = match fm.get("published").or(fm.get("date")) {
            Some(d) if self.published.is_none() => Some(
                super::parse_date(d.get(..10).unwrap_or(d)).map_err(|_| {
                    anyhow::anyhow!(
                        "{}: front matter date `{d}` is not a date like 2026-01-30 (or give --published)",
                        file.display()
                    )
                })?,
            ),
            _ => None,
        };
        let published = self
            .published
            .or(fm_date)
            .or_else(|| super::date_in_name(file));
        let ex = extract(&text, &ExtractOptions { published });
        let art = NewArticle {
            title: self
                .title
                .clone()
                .or_else(|| meta(&ex, "title").map(str::to_string))
                .or_else(|| ex.title.clone()),
            outlet: self.outlet.clone().or_else(|| {
                meta(&ex, "outlet")
                    .or(meta(&ex, "source"))
                    .map(str::to_string)
            }),
            url: self
                .url
                .clone()
                .or_else(|| meta(&ex, "url").map(str::to_string)),
            author: self
                .author
                .clone()
                .or_else(|| meta(&ex, "author").map(str::to_string)),
            published: ex.published.map(|d| d.to_string()),
            source: Some(file.display().to_string()),
            body: text,
            content_hash: hash,
        };
        Ok((art, ex))
    }
}
