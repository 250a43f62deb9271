//! `claimtrack extract FILE`: a dry run — what ingest would log, nothing stored.

use crate::cli::Ctx;
use crate::extract::{ExtractOptions, extract};
use crate::render::{self, opt};
use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Show the quotes, claims and comments in an article without storing anything
#[derive(Debug, Args)]
pub struct Extract {
    /// Article file (`-` for standard input)
    pub file: PathBuf,
    /// Publication date (YYYY-MM-DD): resolves dates without a year and "yesterday"
    #[arg(long, value_parser = super::parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Print the JSON contract instead of a table
    #[arg(long)]
    pub json: bool,
}

impl Extract {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let (text, _) = super::read_article(&self.file)?;
        let published = self.published.or_else(|| super::date_in_name(&self.file));
        let ex = extract(&text, &ExtractOptions { published });
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &ex)?;
            return Ok(ExitCode::SUCCESS);
        }
        let rows = ex.statements.iter().map(|s| {
            let date = match (s.said_on, s.said_until) {
                (Some(a), Some(b)) => format!("{a}..{b}"),
                (Some(a), None) => a.to_string(),
                _ => "—".to_string(),
            };
            vec![
                s.kind.to_string(),
                match (&s.speaker, &s.subject) {
                    (None, Some(about)) => format!("— (about {about})"),
                    _ => opt(&s.speaker),
                },
                date,
                format!("{:.2}", s.checkworthiness),
                render::text_cell(ctx.style, &s.text, 200),
                s.flags.join(","),
            ]
        });
        write!(
            out,
            "{}",
            render::table(
                ctx.style,
                &["kind", "speaker", "said on", "worth", "text", "flags"],
                rows
            )
        )?;
        let n = ex.statements.len();
        if n == 0 {
            eprintln!("{}: {}", self.file.display(), super::ingest::NOTHING_FOUND);
        } else {
            eprintln!(
                "{}: {n} statement{}",
                self.file.display(),
                if n == 1 { "" } else { "s" }
            );
        }
        Ok(ExitCode::SUCCESS)
    }
}
