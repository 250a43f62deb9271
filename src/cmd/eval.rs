//! `claimtrack eval [DIR]`: score extraction and matching against the gold files.

use crate::cli::Ctx;
use crate::eval::{IngestOrder, KindScores, evaluate_extraction, evaluate_matching};
use crate::matching::{DEFAULT_HIGH, DEFAULT_LOW, MatchConfig};
use crate::render;
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Measure extraction (quote/claim F1, speaker accuracy) and matching (pairwise P/R) on gold files
#[derive(Debug, Args)]
pub struct Eval {
    /// Directory with articles/, gold/ and clusters.json
    #[arg(default_value = "fixtures")]
    pub dir: PathBuf,
    /// List every miss, spurious statement and wrong speaker
    #[arg(long, short)]
    pub verbose: bool,
    /// Auto-join threshold for the matching evaluation
    #[arg(long, default_value_t = DEFAULT_HIGH, value_parser = super::parse_unit)]
    pub threshold: f64,
    /// Suggestion threshold for the matching evaluation
    #[arg(long, default_value_t = DEFAULT_LOW, value_parser = super::parse_unit)]
    pub suggest: f64,
    /// Order the matching evaluation ingests the articles in
    #[arg(long, value_enum, default_value_t = IngestOrder::Date)]
    pub order: IngestOrder,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Report {
    extraction: crate::eval::ExtractionScores,
    matching: Option<crate::eval::MatchingScores>,
}

fn row(name: &str, k: &KindScores) -> Vec<String> {
    vec![
        name.to_string(),
        format!(
            "{:.3} / {:.3} / {:.3}",
            k.at_30.precision, k.at_30.recall, k.at_30.f1
        ),
        format!(
            "{:.3} / {:.3} / {:.3}",
            k.at_80.precision, k.at_80.recall, k.at_80.f1
        ),
        format!(
            "{:.3} ({}/{})",
            k.speaker.accuracy, k.speaker.correct, k.speaker.total
        ),
    ]
}

impl Eval {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let extraction = evaluate_extraction(&self.dir)?;
        let cfg = MatchConfig {
            high: self.threshold,
            low: self.suggest,
            exhaustive: false,
        };
        let matching = if self.dir.join("clusters.json").exists() {
            Some(evaluate_matching(&self.dir, &cfg, self.order)?)
        } else {
            None
        };
        let report = Report {
            extraction,
            matching,
        };
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &report)?;
            return Ok(ExitCode::SUCCESS);
        }
        let e = &report.extraction;
        writeln!(
            out,
            "extraction over {} gold articles (P / R / F1)",
            e.articles
        )?;
        let rows = vec![
            row("quotes", &e.quotes),
            row("claims", &e.claims),
            row("comments", &e.comments),
        ];
        write!(
            out,
            "{}",
            render::table(
                ctx.style,
                &["kind", "30% overlap", "80% overlap", "speaker accuracy"],
                rows
            )
        )?;
        if let Some(m) = &report.matching {
            writeln!(
                out,
                "\nmatching: {} gold mentions, {} not extracted",
                m.gold_mentions,
                m.unresolved.len()
            )?;
            writeln!(
                out,
                "  pairwise (auto joins):        P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {})",
                m.pairwise.precision,
                m.pairwise.recall,
                m.pairwise.f1,
                m.pairwise.tp,
                m.pairwise.fp,
                m.pairwise.fn_
            )?;
            writeln!(
                out,
                "  pairwise (with suggestions):  P {:.3}  R {:.3}  F1 {:.3}",
                m.with_suggestions.precision, m.with_suggestions.recall, m.with_suggestions.f1
            )?;
            writeln!(
                out,
                "  look-alike pairs merged: {}",
                m.distinct_merged.len()
            )?;
        }
        if self.verbose {
            for a in &e.per_article {
                if a.missed.is_empty() && a.spurious.is_empty() && a.wrong_speaker.is_empty() {
                    continue;
                }
                writeln!(out, "\n{}", a.article)?;
                for m in &a.missed {
                    writeln!(out, "  missed   {m}")?;
                }
                for s in &a.spurious {
                    writeln!(out, "  spurious {s}")?;
                }
                for w in &a.wrong_speaker {
                    writeln!(out, "  speaker  {w}")?;
                }
            }
            if let Some(m) = &report.matching {
                for u in &m.unresolved {
                    writeln!(out, "  unextracted  {u}")?;
                }
                for c in &m.split_clusters {
                    let sizes: Vec<String> = c.groups.iter().map(|g| g.len().to_string()).collect();
                    writeln!(
                        out,
                        "  split    {} into claims of {}",
                        c.id,
                        sizes.join(" + ")
                    )?;
                    for (n, g) in c.groups.iter().enumerate() {
                        for label in g {
                            writeln!(out, "    {}  {label}", n + 1)?;
                        }
                    }
                }
                for p in &m.missed_pairs {
                    writeln!(out, "  apart    {p}")?;
                }
                for p in &m.wrong_pairs {
                    writeln!(out, "  joined   {p}")?;
                }
                for p in &m.distinct_merged {
                    writeln!(out, "  look-alike joined  {p}")?;
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
