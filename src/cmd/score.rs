//! `claimtrack score [FILE|-]`: check-worthiness of one sentence per line, for ranking
//! sentences from transcripts.

use crate::cli::Ctx;
use crate::extract::score::checkworthiness;
use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Score sentences (one per line) for check-worthiness: prints score<TAB>sentence
#[derive(Debug, Args)]
pub struct Score {
    /// File with one sentence per line (`-` or nothing: standard input)
    pub file: Option<PathBuf>,
    /// Print JSON lines: {"score": …, "sentence": …}
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Scored<'a> {
    score: f64,
    sentence: &'a str,
}

impl Score {
    pub fn run(&self, _ctx: &mut Ctx) -> Result<ExitCode> {
        let reader: Box<dyn BufRead> = match &self.file {
            Some(p) if p.as_os_str() != "-" => {
                let (text, _) = super::read_article(p)?;
                Box::new(std::io::Cursor::new(text.into_bytes()))
            }
            _ => Box::new(std::io::stdin().lock()),
        };
        let mut out = std::io::stdout().lock();
        for line in reader.lines() {
            let line = line.context("reading sentences: not valid UTF-8")?;
            let sentence = line.trim();
            if sentence.is_empty() {
                continue;
            }
            let score = checkworthiness(sentence);
            if self.json {
                serde_json::to_writer(&mut out, &Scored { score, sentence })?;
                writeln!(out)?;
            } else {
                writeln!(out, "{score:.2}\t{sentence}")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}
