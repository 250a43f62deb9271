//! `claimtrack list`: the claims still to check, most check-worthy first.

use crate::cli::Ctx;
use crate::model::{ClaimFilter, Kind, StatusFilter};
use crate::render::{self, opt};
use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// List claims (open ones by default) as a table
#[derive(Debug, Args)]
pub struct List {
    /// A status, `open` (unverified or disputed) or `all`
    #[arg(long, default_value = "open")]
    pub status: StatusFilter,
    /// Only claims by this speaker (any alias, case-insensitive)
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only this kind: quote, claim or comment (repeatable; comments are left out unless asked for)
    #[arg(long)]
    pub kind: Vec<Kind>,
    /// Only claims seen on or after this date (YYYY-MM-DD)
    #[arg(long, value_parser = super::parse_date)]
    pub since: Option<chrono::NaiveDate>,
    /// Only claims first seen on or before this date (YYYY-MM-DD)
    #[arg(long, value_parser = super::parse_date)]
    pub until: Option<chrono::NaiveDate>,
    /// Only claims that appear in this article
    #[arg(long, value_name = "ID")]
    pub article: Option<i64>,
    /// At most this many rows (0 = all)
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Print JSON instead of a table
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Print CSV (a header line, then one row per claim) for a spreadsheet
    #[arg(long)]
    pub csv: bool,
}

impl List {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let filter = ClaimFilter {
            status: self.status,
            kinds: if self.kind.is_empty() {
                vec![Kind::Quote, Kind::Claim]
            } else {
                self.kind.clone()
            },
            speaker: self.speaker.clone(),
            since: self.since.map(|d| d.to_string()),
            until: self.until.map(|d| d.to_string()),
            article: self.article,
            limit: (self.limit > 0).then_some(self.limit),
        };
        let style = ctx.style;
        let rows = ctx.store()?.list_claims(&filter)?;
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &rows)?;
        } else if self.csv {
            render::csv(&mut out, &rows)?;
        } else {
            let table = rows.iter().map(|c| {
                vec![
                    c.id.to_string(),
                    c.status.to_string(),
                    c.kind.to_string(),
                    opt(&c.speaker),
                    render::text_cell(style, &c.text, 160),
                    c.articles.to_string(),
                    opt(&c.first_seen),
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
                        "status",
                        "kind",
                        "speaker",
                        "text",
                        "articles",
                        "first seen",
                        "last seen"
                    ],
                    table
                )
            )?;
        }
        if self.limit > 0 && rows.len() == self.limit {
            eprintln!(
                "showing the first {} claims; --limit 0 shows all",
                self.limit
            );
        }
        Ok(if rows.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}
