//! Turning rows into output: comfy-table tables fitted to the terminal for people, aligned plain
//! columns when stdout is not a terminal, and JSON for programs. No SQL, no extraction.

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::{IsTerminal, Write};

/// How output should look, decided once per run.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub terminal: bool,
}

impl Style {
    pub fn detect() -> Style {
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Style {
            terminal: std::io::stdout().is_terminal() && !dumb,
        }
    }
}

/// A table with a header row; fitted to the terminal, or plain aligned columns in a pipe.
pub fn table<I, R, C>(style: Style, header: &[&str], rows: I) -> String
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = C>,
    C: Into<comfy_table::Cell>,
{
    let mut t = Table::new();
    if style.terminal {
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    t.set_header(header.to_vec());
    for r in rows {
        t.add_row(r);
    }
    let mut s = t.to_string();
    if !style.terminal {
        // Plain columns: no trailing padding, no leading space.
        s = s
            .lines()
            .map(|l| {
                l.trim_end()
                    .strip_prefix(' ')
                    .unwrap_or(l.trim_end())
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n");
    }
    s.push('\n');
    s
}

/// Pretty JSON followed by a newline.
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> std::io::Result<()> {
    // Stdout is line-buffered: without a buffer every line of pretty JSON is a system call.
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::other)?;
    writeln!(out)?;
    out.flush()
}

/// Rows as CSV with a header line (RFC 4180 quoting), for spreadsheets.
pub fn csv<T: Serialize>(out: &mut dyn Write, rows: &[T]) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(std::io::BufWriter::new(out));
    for row in rows {
        w.serialize(row).map_err(std::io::Error::other)?;
    }
    w.flush()
}

/// Shorten text for a table cell in a pipe; the terminal table wraps instead.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A table cell holding a statement: whole in a terminal (the table wraps it), at most `max`
/// characters in a pipe.
pub fn text_cell(style: Style, text: &str, max: usize) -> String {
    if style.terminal {
        text.to_string()
    } else {
        clip(text, max)
    }
}

pub fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "—".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tables_have_aligned_columns_and_no_borders() {
        let s = table(
            Style { terminal: false },
            &["id", "text"],
            vec![vec!["1", "a"], vec!["22", "bb"]],
        );
        assert!(!s.contains('│') && !s.contains('+'), "{s}");
        assert_eq!(s.lines().count(), 3);
    }

    #[test]
    fn clip_marks_shortened_text() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
