//! `claimtrack search TEXT`: has this been seen before? The stored claims most like a sentence
//! from a transcript, a tip or another article, with their status.

use crate::cli::Ctx;
use crate::render::{self, opt};
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::{Read, Write};
use std::process::ExitCode;

/// Find stored claims that resemble a sentence (have we seen it, and what did we find?)
#[derive(Debug, Args)]
pub struct Search {
    /// The words to look for (`-`: read them from standard input)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// Only this speaker's claims (any alias, case-insensitive)
    #[arg(long)]
    pub speaker: Option<String>,
    /// At most this many claims
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

impl Search {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let text = if self.text == ["-"] {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("-: cannot read standard input as UTF-8")?;
            s
        } else {
            self.text.join(" ")
        };
        let text = text.trim();
        if text.is_empty() {
            bail!("search: nothing to look for");
        }
        let style = ctx.style;
        let hits = ctx
            .store()?
            .search(text, self.speaker.as_deref(), self.limit.max(1))?;
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &hits)?;
        } else if !hits.is_empty() {
            let rows = hits.iter().map(|h| {
                let c = &h.claim;
                vec![
                    c.id.to_string(),
                    format!("{:.2}", h.score),
                    c.status.to_string(),
                    c.kind.to_string(),
                    opt(&c.speaker),
                    render::text_cell(style, &c.text, 160),
                    c.articles.to_string(),
                    opt(&c.last_seen),
                ]
            });
            write!(
                out,
                "{}",
                render::table(
                    style,
                    &[
                        "id",
                        "likeness",
                        "status",
                        "kind",
                        "speaker",
                        "text",
                        "articles",
                        "last seen"
                    ],
                    rows
                )
            )?;
        }
        if hits.is_empty() {
            eprintln!(
                "no stored claim resembles this (likeness below {})",
                crate::store::MIN_SEARCH_SCORE
            );
            return Ok(ExitCode::from(1));
        }
        Ok(ExitCode::SUCCESS)
    }
}
