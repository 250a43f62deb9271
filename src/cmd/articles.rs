//! `claimtrack articles`: what has been logged.

use crate::cli::Ctx;
use crate::render::{self, clip, opt};
use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// List logged articles
#[derive(Debug, Args)]
pub struct Articles {
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

impl Articles {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let style = ctx.style;
        let rows = ctx.store()?.articles()?;
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &rows)?;
        } else {
            let t = rows.iter().map(|a| {
                vec![
                    a.id.to_string(),
                    opt(&a.published),
                    opt(&a.outlet),
                    clip(&a.title.clone().unwrap_or_default(), 80),
                    a.statements.to_string(),
                    opt(&a.url),
                ]
            });
            write!(
                out,
                "{}",
                render::table(
                    style,
                    &["id", "published", "outlet", "title", "statements", "url"],
                    t
                )
            )?;
        }
        Ok(if rows.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}
