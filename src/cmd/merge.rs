//! `claimtrack merge A B`: claim B is the same statement as claim A.

use crate::cli::{Ctx, who};
use anyhow::Result;
use clap::Args;
use std::process::ExitCode;

/// Merge claim B into claim A: B's mentions move to A, both histories record it
#[derive(Debug, Args)]
pub struct Merge {
    /// The claim that stays
    pub into: i64,
    /// The claim folded into it
    pub from: i64,
    /// Why they are the same statement
    #[arg(long)]
    pub note: Option<String>,
    /// Who decided [default: $USER]
    #[arg(long)]
    pub by: Option<String>,
}

impl Merge {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        ctx.store()?
            .merge(self.into, self.from, &who(&self.by), self.note.as_deref())?;
        eprintln!("claim {} merged into claim {}", self.from, self.into);
        Ok(ExitCode::SUCCESS)
    }
}
