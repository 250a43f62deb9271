//! `claimtrack review`: suggested matches side by side; accept or reject them.

use crate::cli::{Ctx, who};
use crate::render::{self, clip, opt};
use anyhow::Result;
use clap::{Args, Subcommand};
use std::io::Write;
use std::process::ExitCode;

/// List suggested matches for a person to decide, or accept / reject one
#[derive(Debug, Args)]
pub struct Review {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// Include decided suggestions
    #[arg(long)]
    pub all: bool,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// The mention is the same statement: it joins the suggested claim
    Accept {
        /// Suggestion id
        id: i64,
        /// Who decided [default: $USER]
        #[arg(long)]
        by: Option<String>,
    },
    /// Different statements: keep them apart
    Reject {
        /// Suggestion id
        id: i64,
        /// Who decided [default: $USER]
        #[arg(long)]
        by: Option<String>,
    },
}

impl Review {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let style = ctx.style;
        match &self.action {
            Some(Action::Accept { id, by }) => {
                let target = ctx.store()?.accept(*id, &who(by))?;
                eprintln!("suggestion {id} accepted: the mention is now part of claim {target}");
                return Ok(ExitCode::SUCCESS);
            }
            Some(Action::Reject { id, by }) => {
                ctx.store()?.reject(*id, &who(by))?;
                eprintln!("suggestion {id} rejected");
                return Ok(ExitCode::SUCCESS);
            }
            None => {}
        }
        let rows = ctx.store()?.suggestions(self.all)?;
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &rows)?;
        } else {
            let width = if style.terminal { 10_000 } else { 90 };
            let t = rows.iter().map(|s| {
                vec![
                    s.id.to_string(),
                    format!("{:.2} {}", s.score, s.method),
                    format!(
                        "claim {} · {}\n{}",
                        s.claim_id,
                        opt(&s.claim_speaker),
                        clip(&s.claim_text, width)
                    ),
                    format!(
                        "mention {} (claim {}, article {}) · {}\n{}",
                        s.mention_id,
                        s.mention_claim_id,
                        s.mention_article_id,
                        opt(&s.mention_speaker),
                        clip(&s.mention_text, width)
                    ),
                    s.state.clone(),
                ]
            });
            write!(
                out,
                "{}",
                render::table(
                    style,
                    &["id", "score", "stored claim", "new mention", "state"],
                    t
                )
            )?;
            if rows.is_empty() {
                eprintln!("no suggested matches waiting for a decision");
            } else {
                eprintln!("decide with: claimtrack review accept ID | claimtrack review reject ID");
            }
        }
        Ok(if rows.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}
