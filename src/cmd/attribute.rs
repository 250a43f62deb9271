//! `claimtrack attribute CLAIM NAME`: the extractor credited the wrong speaker; set the right one.

use crate::cli::{Ctx, who};
use anyhow::{Result, bail};
use clap::Args;
use std::process::ExitCode;

/// Credit a claim to the right speaker (or to nobody: the outlet's own claim)
#[derive(Debug, Args)]
pub struct Attribute {
    /// Claim id (see `claimtrack list`)
    pub claim: i64,
    /// Who said it, as a name ("Nuria Castell"); a name already known (any alias) is that speaker
    pub speaker: Option<String>,
    /// Nobody said it: the outlet's own claim
    #[arg(long, conflicts_with = "speaker")]
    pub none: bool,
    /// Why (the source that shows who said it)
    #[arg(long)]
    pub note: Option<String>,
    /// Who decided [default: $USER]
    #[arg(long)]
    pub by: Option<String>,
}

impl Attribute {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let speaker = match (&self.speaker, self.none) {
            (Some(s), false) if !s.trim().is_empty() => Some(s.trim()),
            (None, true) => None,
            _ => bail!("give the speaker's name, or --none for the outlet's own claim"),
        };
        let (old, new) =
            ctx.store()?
                .attribute(self.claim, speaker, &who(&self.by), self.note.as_deref())?;
        eprintln!(
            "claim {}: speaker {} -> {}",
            self.claim,
            old.as_deref().unwrap_or("none"),
            new.as_deref().unwrap_or("none")
        );
        Ok(ExitCode::SUCCESS)
    }
}
