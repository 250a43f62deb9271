//! `claimtrack show ID`: one claim in full — wording, speaker, dates, every article it appears in
//! with word-level variants, conflicts, suggestions, related claims and its history.

use crate::cli::Ctx;
use crate::matching::diff::{DiffOp, differs, render_inline, word_diff};
use crate::matching::normalize::normalize;
use crate::model::ClaimDetail;
use crate::render::{self, opt};
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

/// Show one claim: text, speaker, dates, every mention, variants, conflicts and history
#[derive(Debug, Args)]
pub struct Show {
    /// Claim id
    pub id: i64,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// A mention whose wording differs from the claim's canonical text.
#[derive(Debug, Serialize)]
pub struct Variant {
    pub mention_id: i64,
    pub article_id: i64,
    pub diff: Vec<DiffOp>,
}

#[derive(Debug, Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    detail: &'a ClaimDetail,
    variants: Vec<Variant>,
}

/// Mentions worded differently from the canonical text (ignoring case, marks and punctuation).
pub fn variants(d: &ClaimDetail) -> Vec<Variant> {
    d.mentions
        .iter()
        .filter(|m| normalize(&m.text) != normalize(&d.claim.text))
        .map(|m| Variant {
            mention_id: m.id,
            article_id: m.article_id,
            diff: word_diff(&d.claim.text, &m.text),
        })
        .filter(|v| differs(&v.diff))
        .collect()
}

impl Show {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        let style = ctx.style;
        let d = ctx.store()?.claim(self.id)?;
        let vars = variants(&d);
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(
                &mut out,
                &ShowJson {
                    detail: &d,
                    variants: vars,
                },
            )?;
            return Ok(ExitCode::SUCCESS);
        }
        let c = &d.claim;
        writeln!(out, "claim {} · {} · {}", c.id, c.kind, c.status)?;
        if let Some(m) = d.merged_into {
            writeln!(out, "merged into claim {m}")?;
        }
        writeln!(out, "text:     {}", c.text)?;
        let role = d
            .speaker_role
            .as_ref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        writeln!(out, "speaker:  {}{role}", opt(&c.speaker))?;
        if let Some(about) = &d.about {
            writeln!(out, "about:    {about} (the outlet narrates what they did)")?;
        }
        if !d.speaker_aliases.is_empty() {
            writeln!(out, "aliases:  {}", d.speaker_aliases.join(", "))?;
        }
        writeln!(
            out,
            "seen:     {} – {} in {} article(s), {} mention(s)",
            opt(&c.first_seen),
            opt(&c.last_seen),
            c.articles,
            c.mentions
        )?;
        writeln!(out, "check-worthiness: {:.2}", c.checkworthiness)?;
        let flags: Vec<&String> = {
            let mut f: Vec<&String> = d.mentions.iter().flat_map(|m| m.flags.iter()).collect();
            f.sort();
            f.dedup();
            f
        };
        if !flags.is_empty() {
            writeln!(
                out,
                "flags:    {}",
                flags
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
        writeln!(out, "\nmentions")?;
        let rows = d.mentions.iter().map(|m| {
            let said = match (&m.said_on, &m.said_until) {
                (Some(a), Some(b)) => format!("{a}..{b}"),
                (Some(a), None) => a.clone(),
                _ => "—".into(),
            };
            let wording = vars
                .iter()
                .find(|v| v.mention_id == m.id)
                .map(|v| render_inline(&v.diff))
                .unwrap_or_else(|| "(same wording)".into());
            vec![
                m.id.to_string(),
                format!("#{} {}", m.article_id, m.outlet.clone().unwrap_or_default()),
                opt(&m.published),
                said,
                format!(
                    "{} {}",
                    opt(&m.speaker_mention),
                    m.cue.clone().unwrap_or_default()
                )
                .trim()
                .to_string(),
                wording,
                m.flags.join(","),
            ]
        });
        write!(
            out,
            "{}",
            render::table(
                style,
                &[
                    "mention",
                    "article",
                    "published",
                    "said on",
                    "speaker as named",
                    "wording vs canonical",
                    "flags"
                ],
                rows
            )
        )?;
        if !d.conflicts.is_empty() {
            writeln!(out, "\nconflicts")?;
            for f in &d.conflicts {
                writeln!(
                    out,
                    "  {}: \"{}\" (article {}, mention {}) vs \"{}\" (article {}, mention {})",
                    f.kind,
                    f.value_a,
                    f.article_a,
                    f.mention_a,
                    f.value_b,
                    f.article_b,
                    f.mention_b
                )?;
            }
        }
        if !d.suggestions.is_empty() {
            writeln!(out, "\nsuggested matches (claimtrack review)")?;
            for s in &d.suggestions {
                writeln!(
                    out,
                    "  suggestion {} ({:.2}, {}): mention {} \"{}\" ↔ claim {} \"{}\"",
                    s.id, s.score, s.method, s.mention_id, s.mention_text, s.claim_id, s.claim_text
                )?;
            }
        }
        if !d.related.is_empty() {
            writeln!(out, "\nrelated claims by other speakers")?;
            for r in &d.related {
                writeln!(
                    out,
                    "  claim {} ({:.2}) {}: {}",
                    r.claim_id,
                    r.score,
                    opt(&r.speaker),
                    r.text
                )?;
            }
        }
        writeln!(out, "\nhistory")?;
        for h in &d.history {
            let mut line = format!("  {} {} by {}", h.at, h.action, h.by);
            if let Some(s) = &h.status {
                line.push_str(&format!(" → {s}"));
            }
            if let Some(n) = &h.note {
                line.push_str(&format!(": {n}"));
            }
            for e in &h.evidence {
                line.push_str(&format!(" [{e}]"));
            }
            writeln!(out, "{line}")?;
        }
        Ok(ExitCode::SUCCESS)
    }
}
