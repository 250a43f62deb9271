//! `claimtrack compare A B` and `claimtrack compare --speaker NAME`: what two articles share and
//! where they differ, or everything one speaker said across articles.

use crate::cli::Ctx;
use crate::matching::diff::{DiffOp, differs, render_inline, word_diff};
use crate::model::{ArticleRow, ConflictRow, Kind, MentionRow};
use crate::render::{self, clip, opt};
use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

/// Compare two articles (statements in both, only in one, conflicts) or one speaker across articles
#[derive(Debug, Args)]
pub struct Compare {
    /// First article id
    pub a: Option<i64>,
    /// Second article id
    pub b: Option<i64>,
    /// Everything this speaker said, grouped by claim, in date order
    #[arg(long, conflicts_with_all = ["a", "b"])]
    pub speaker: Option<String>,
    /// Print JSON instead of tables
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Serialize)]
pub struct Shared {
    pub claim_id: i64,
    pub kind: Kind,
    pub speaker: Option<String>,
    pub mention_a: i64,
    pub text_a: String,
    pub mention_b: i64,
    pub text_b: String,
    pub same_wording: bool,
    pub diff: Vec<DiffOp>,
}

#[derive(Debug, Serialize)]
pub struct Brief {
    pub claim_id: i64,
    pub mention_id: i64,
    pub kind: Kind,
    pub speaker: Option<String>,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct Similar {
    pub claim_a: i64,
    pub claim_b: i64,
    pub link: &'static str,
    pub score: f64,
    pub text_a: String,
    pub text_b: String,
}

#[derive(Debug, Serialize)]
pub struct ArticleComparison {
    pub article_a: ArticleRow,
    pub article_b: ArticleRow,
    pub both: Vec<Shared>,
    pub similar: Vec<Similar>,
    pub only_a: Vec<Brief>,
    pub only_b: Vec<Brief>,
    pub conflicts: Vec<ConflictRow>,
}

#[derive(Debug, Serialize)]
pub struct SpeakerClaim {
    pub claim_id: i64,
    pub kind: Kind,
    pub first_said: Option<String>,
    pub mentions: Vec<MentionRow>,
}

#[derive(Debug, Serialize)]
pub struct SpeakerComparison {
    pub speaker: String,
    pub claims: Vec<SpeakerClaim>,
}

fn brief(m: &MentionRow) -> Brief {
    Brief {
        claim_id: m.claim_id,
        mention_id: m.id,
        kind: m.kind,
        speaker: m.speaker.clone(),
        text: m.text.clone(),
    }
}

impl Compare {
    pub fn run(&self, ctx: &mut Ctx) -> Result<ExitCode> {
        if let Some(name) = &self.speaker {
            return self.by_speaker(ctx, name);
        }
        let (Some(a), Some(b)) = (self.a, self.b) else {
            bail!("give two article ids (claimtrack compare 1 2) or --speaker NAME")
        };
        if a == b {
            bail!("compare {a} {b}: an article compared with itself; give two different articles");
        }
        let style = ctx.style;
        let store = ctx.store()?;
        let (art_a, art_b) = (store.article(a)?, store.article(b)?);
        let ma: Vec<MentionRow> = store
            .mentions_in_article(a)?
            .into_iter()
            .filter(|m| m.kind != Kind::Comment)
            .collect();
        let mb: Vec<MentionRow> = store
            .mentions_in_article(b)?
            .into_iter()
            .filter(|m| m.kind != Kind::Comment)
            .collect();
        let mut both = Vec::new();
        for x in &ma {
            if let Some(y) = mb.iter().find(|y| y.claim_id == x.claim_id) {
                let diff = word_diff(&x.text, &y.text);
                both.push(Shared {
                    claim_id: x.claim_id,
                    kind: x.kind,
                    speaker: x.speaker.clone(),
                    mention_a: x.id,
                    text_a: x.text.clone(),
                    mention_b: y.id,
                    text_b: y.text.clone(),
                    same_wording: !differs(&diff),
                    diff,
                });
            }
        }
        let mut similar = Vec::new();
        for x in &ma {
            for (other, link, score) in store.links_of(x.claim_id)? {
                if let Some(y) = mb.iter().find(|y| y.claim_id == other)
                    && !similar
                        .iter()
                        .any(|s: &Similar| s.claim_a == x.claim_id && s.claim_b == other)
                {
                    similar.push(Similar {
                        claim_a: x.claim_id,
                        claim_b: other,
                        link,
                        score,
                        text_a: x.text.clone(),
                        text_b: y.text.clone(),
                    });
                }
            }
        }
        let linked_a =
            |c: i64| both.iter().any(|s| s.claim_id == c) || similar.iter().any(|s| s.claim_a == c);
        let linked_b =
            |c: i64| both.iter().any(|s| s.claim_id == c) || similar.iter().any(|s| s.claim_b == c);
        let only_a: Vec<Brief> = ma
            .iter()
            .filter(|m| !linked_a(m.claim_id))
            .map(brief)
            .collect();
        let only_b: Vec<Brief> = mb
            .iter()
            .filter(|m| !linked_b(m.claim_id))
            .map(brief)
            .collect();
        let conflicts = store.conflicts_between(a, b)?;
        let cmp = ArticleComparison {
            article_a: art_a,
            article_b: art_b,
            both,
            similar,
            only_a,
            only_b,
            conflicts,
        };
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &cmp)?;
            return Ok(ExitCode::SUCCESS);
        }
        let title = |r: &ArticleRow| {
            format!(
                "#{} {} ({})",
                r.id,
                r.title.clone().unwrap_or_default(),
                opt(&r.outlet)
            )
        };
        writeln!(
            out,
            "A: {}\nB: {}\n",
            title(&cmp.article_a),
            title(&cmp.article_b)
        )?;
        writeln!(out, "in both ({})", cmp.both.len())?;
        let rows = cmp.both.iter().map(|s| {
            let wording = if s.same_wording {
                s.text_a.clone()
            } else {
                render_inline(&s.diff)
            };
            vec![
                s.claim_id.to_string(),
                s.kind.to_string(),
                opt(&s.speaker),
                wording,
            ]
        });
        write!(
            out,
            "{}",
            render::table(
                style,
                &["claim", "kind", "speaker", "wording (A → B)"],
                rows
            )
        )?;
        if !cmp.similar.is_empty() {
            writeln!(out, "\nsimilar, not merged ({})", cmp.similar.len())?;
            let rows = cmp.similar.iter().map(|s| {
                vec![
                    format!("{} / {}", s.claim_a, s.claim_b),
                    format!("{} {:.2}", s.link, s.score),
                    clip(&s.text_a, 100),
                    clip(&s.text_b, 100),
                ]
            });
            write!(
                out,
                "{}",
                render::table(style, &["claims", "link", "A", "B"], rows)
            )?;
        }
        for (label, list) in [("only in A", &cmp.only_a), ("only in B", &cmp.only_b)] {
            writeln!(out, "\n{label} ({})", list.len())?;
            let rows = list.iter().map(|m| {
                vec![
                    m.claim_id.to_string(),
                    m.kind.to_string(),
                    opt(&m.speaker),
                    render::text_cell(style, &m.text, 140),
                ]
            });
            write!(
                out,
                "{}",
                render::table(style, &["claim", "kind", "speaker", "text"], rows)
            )?;
        }
        writeln!(out, "\nconflicts ({})", cmp.conflicts.len())?;
        for f in &cmp.conflicts {
            writeln!(
                out,
                "  claim {} {}: \"{}\" (article {}) vs \"{}\" (article {})",
                f.claim_id, f.kind, f.value_a, f.article_a, f.value_b, f.article_b
            )?;
        }
        Ok(ExitCode::SUCCESS)
    }

    fn by_speaker(&self, ctx: &mut Ctx, name: &str) -> Result<ExitCode> {
        let style = ctx.style;
        let mentions = ctx.store()?.mentions_by_speaker(name)?;
        let mut groups: BTreeMap<i64, Vec<MentionRow>> = BTreeMap::new();
        for m in mentions {
            groups.entry(m.claim_id).or_default().push(m);
        }
        let mut claims: Vec<SpeakerClaim> = groups
            .into_iter()
            .map(|(claim_id, mentions)| {
                let first_said = mentions
                    .iter()
                    .filter_map(|m| m.said_on.clone().or(m.published.clone()))
                    .min();
                SpeakerClaim {
                    claim_id,
                    kind: mentions[0].kind,
                    first_said,
                    mentions,
                }
            })
            .collect();
        claims.sort_by(|a, b| {
            a.first_said
                .cmp(&b.first_said)
                .then(a.claim_id.cmp(&b.claim_id))
        });
        let speaker = claims
            .first()
            .and_then(|c| c.mentions[0].speaker.clone())
            .unwrap_or_else(|| name.to_string());
        let found = !claims.is_empty();
        let cmp = SpeakerComparison { speaker, claims };
        let mut out = std::io::stdout().lock();
        if self.json {
            render::json(&mut out, &cmp)?;
        } else {
            // One claim can be seen several times: say both, so the rows add up.
            let mentions: usize = cmp.claims.iter().map(|c| c.mentions.len()).sum();
            writeln!(
                out,
                "{}: {} statements, {} mentions",
                cmp.speaker,
                cmp.claims.len(),
                mentions
            )?;
            if cmp.claims.is_empty() {
                eprintln!("nothing credited to {name} (see `claimtrack list` for the names used)");
            }
            let mut rows = Vec::new();
            for c in &cmp.claims {
                let canonical = &c.mentions[0].text;
                for (i, m) in c.mentions.iter().enumerate() {
                    let diff = word_diff(canonical, &m.text);
                    let wording = if i == 0 || !differs(&diff) {
                        m.text.clone()
                    } else {
                        render_inline(&diff)
                    };
                    rows.push(vec![
                        if i == 0 {
                            c.claim_id.to_string()
                        } else {
                            String::new()
                        },
                        opt(&m.said_on.clone().or(m.published.clone())),
                        format!("#{} {}", m.article_id, m.outlet.clone().unwrap_or_default()),
                        m.kind.to_string(),
                        render::text_cell(style, &wording, 160),
                    ]);
                }
            }
            write!(
                out,
                "{}",
                render::table(
                    style,
                    &["claim", "date", "article", "kind", "wording"],
                    rows
                )
            )?;
        }
        Ok(if found {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }
}
