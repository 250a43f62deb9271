//! One file per subcommand: parse its flags, call the library, render. No SQL here.

pub mod articles;
pub mod attribute;
pub mod compare;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod list;
pub mod merge;
pub mod review;
pub mod score;
pub mod search;
pub mod show;
pub mod split;
pub mod status;

use anyhow::{Context, Result, bail};
use std::path::Path;

/// Read an article: a file path or `-` for stdin. Every failure is one line naming the file.
pub fn read_article(path: &Path) -> Result<(String, Vec<u8>)> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .context("-: cannot read standard input")?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => anyhow::anyhow!("{name}: no such file"),
            std::io::ErrorKind::PermissionDenied => anyhow::anyhow!("{name}: permission denied"),
            _ => anyhow::anyhow!("{name}: {e}"),
        })?;
        if meta.is_dir() {
            bail!("{name}: is a directory, not an article");
        }
        std::fs::read(path).map_err(|e| anyhow::anyhow!("{name}: cannot read: {e}"))?
    };
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        bail!("{name}: binary file (NUL byte at byte {at}), not an article");
    }
    let text = String::from_utf8(bytes.clone()).map_err(|e| {
        anyhow::anyhow!(
            "{name}: not valid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        bail!("{name}: empty file, nothing to read");
    }
    Ok((text, bytes))
}

/// A YYYY-MM-DD date flag.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2026-01-30"))
}

/// A similarity threshold in 0..1.
pub fn parse_unit(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number between 0 and 1")),
    }
}

/// A date written in a file name ("kremlin-invitation-2026-01-30.txt").
pub fn date_in_name(path: &Path) -> Option<chrono::NaiveDate> {
    let name = path.file_name()?.to_string_lossy();
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let s = name.get(i..i + 10)?;
        let ok = s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
        if ok {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
        } else {
            None
        }
    })
}
