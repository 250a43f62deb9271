//! `claimtrack export`: the whole database as JSON, so nothing lives only in SQLite.

use crate::cli::Ctx;
use crate::render;
use anyhow::Result;
use clap::{Args, ValueEnum};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Json,
}

/// Write every article, claim, mention, history entry, suggestion and conflict as JSON
#[derive(Debug, Args)]
pub struct Export {
    /// Output format
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
}

impl Export {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let data = ctx.store()?.export()?;
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => render::json(&mut out, &data)?,
        }
        Ok(ExitCode::SUCCESS)
    }
}
