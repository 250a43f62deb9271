//! `claimtrack status ID STATUS`: move a claim through the fact-check workflow.

use crate::cli::{Ctx, who};
use crate::model::Status;
use anyhow::Result;
use clap::Args;
use std::process::ExitCode;

/// Set a claim's status (unverified, disputed, confirmed, false, misleading, unverifiable)
#[derive(Debug, Args)]
pub struct StatusCmd {
    /// Claim id
    pub id: i64,
    /// New status
    pub status: Status,
    /// Why: what the check found
    #[arg(long)]
    pub note: Option<String>,
    /// A URL of evidence (repeatable)
    #[arg(long)]
    pub evidence: Vec<String>,
    /// Who made the call [default: $USER]
    #[arg(long)]
    pub by: Option<String>,
}

impl StatusCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let by = who(&self.by);
        let changed = ctx.store()?.set_status(
            self.id,
            self.status,
            self.note.as_deref(),
            &self.evidence,
            &by,
        )?;
        if changed {
            eprintln!("claim {}: {} (by {by})", self.id, self.status);
        } else {
            eprintln!(
                "claim {} is already {}; nothing recorded (add --note or --evidence to record why)",
                self.id, self.status
            );
        }
        Ok(ExitCode::SUCCESS)
    }
}
