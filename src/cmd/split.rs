//! `claimtrack split MENTION`: a mention was matched wrongly; it becomes its own claim.

use crate::cli::{Ctx, who};
use anyhow::Result;
use clap::Args;
use std::process::ExitCode;

/// Make a mention its own claim (undo a wrong match)
#[derive(Debug, Args)]
pub struct Split {
    /// Mention id (see `claimtrack show`)
    pub mention: i64,
    /// Who decided [default: $USER]
    #[arg(long)]
    pub by: Option<String>,
}

impl Split {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let new = ctx.store()?.split(self.mention, &who(&self.by))?;
        println!("{new}");
        eprintln!("mention {} is now claim {new}", self.mention);
        Ok(ExitCode::SUCCESS)
    }
}
