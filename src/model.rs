//! Plain data types shared by every layer: statement kinds, fact-check statuses, and the rows the
//! store hands back. No I/O, no SQL, no terminal code here.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What sort of statement a span of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Words inside quotation marks, credited to a speaker.
    Quote,
    /// A reported or unattributed factual statement.
    Claim,
    /// A reader comment below the article.
    Comment,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Quote, Kind::Claim, Kind::Comment];
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Claim => "claim",
            Kind::Comment => "comment",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown word where a kind or status was expected, with the nearest known word if any.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{given}`{}", .suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
pub struct UnknownWord {
    pub what: &'static str,
    pub given: String,
    pub suggestion: Option<String>,
}

/// Closest candidate by Jaro-Winkler similarity, if it is close enough to be a plausible typo.
pub fn did_you_mean<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let given = given.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&given, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

impl FromStr for Kind {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownWord {
                what: "kind",
                given: s.to_string(),
                suggestion: did_you_mean(s, Kind::ALL.iter().map(|k| k.as_str())),
            })
    }
}

/// Where a claim stands in the fact-check workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unverified,
    Disputed,
    Confirmed,
    False,
    Misleading,
    Unverifiable,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Unverified,
        Status::Disputed,
        Status::Confirmed,
        Status::False,
        Status::Misleading,
        Status::Unverifiable,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unverified => "unverified",
            Status::Disputed => "disputed",
            Status::Confirmed => "confirmed",
            Status::False => "false",
            Status::Misleading => "misleading",
            Status::Unverifiable => "unverifiable",
        }
    }
    /// Open claims still need a fact-checker's attention.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Unverified | Status::Disputed)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownWord {
                what: "status",
                given: s.to_string(),
                suggestion: did_you_mean(s, Status::ALL.iter().map(|k| k.as_str())),
            })
    }
}

/// Which statuses a listing asks for: one status, the open ones, or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Open,
    All,
    One(Status),
}

impl FromStr for StatusFilter {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "open" => Ok(StatusFilter::Open),
            "all" => Ok(StatusFilter::All),
            other => other
                .parse::<Status>()
                .map(StatusFilter::One)
                .map_err(|mut e| {
                    let words = Status::ALL
                        .iter()
                        .map(|k| k.as_str())
                        .chain(["open", "all"]);
                    e.suggestion = did_you_mean(other, words);
                    e
                }),
        }
    }
}

/// A claim as `list` shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRow {
    pub id: i64,
    pub status: Status,
    pub kind: Kind,
    pub speaker: Option<String>,
    pub text: String,
    pub articles: i64,
    pub mentions: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub checkworthiness: f64,
}

/// One occurrence of a claim in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionRow {
    pub id: i64,
    pub claim_id: i64,
    pub article_id: i64,
    pub article_title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub kind: Kind,
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub speaker_span: Option<[i64; 2]>,
    pub cue: Option<String>,
    pub said_on: Option<String>,
    pub said_until: Option<String>,
    pub checkworthiness: f64,
    pub flags: Vec<String>,
    pub match_score: Option<f64>,
    pub match_method: Option<String>,
}

/// One entry in a claim's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryRow {
    pub id: i64,
    pub claim_id: i64,
    pub action: String,
    pub status: Option<String>,
    pub note: Option<String>,
    pub evidence: Vec<String>,
    pub by: String,
    pub at: String,
}

/// A logged article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRow {
    pub id: i64,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub content_hash: String,
    pub source: Option<String>,
    pub ingested_at: String,
    pub statements: i64,
}

/// A suggested match awaiting a person's decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestionRow {
    pub id: i64,
    pub state: String,
    pub score: f64,
    pub method: String,
    /// The claim the mention may belong to.
    pub claim_id: i64,
    pub claim_text: String,
    pub claim_speaker: Option<String>,
    /// The mention (and the claim it currently sits in).
    pub mention_id: i64,
    pub mention_claim_id: i64,
    pub mention_text: String,
    pub mention_speaker: Option<String>,
    pub mention_article_id: i64,
}

/// Two mentions that disagree on a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConflictRow {
    pub id: i64,
    pub claim_id: i64,
    pub kind: String,
    pub mention_a: i64,
    pub article_a: i64,
    pub value_a: String,
    pub mention_b: i64,
    pub article_b: i64,
    pub value_b: String,
}

/// A claim by another speaker that says something similar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedRow {
    pub claim_id: i64,
    pub speaker: Option<String>,
    pub text: String,
    pub score: f64,
}

/// Everything known about one claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimDetail {
    pub claim: ClaimRow,
    pub speaker_role: Option<String>,
    pub speaker_aliases: Vec<String>,
    /// Who the claim is about when the outlet narrates an act ("Zelenskyy rejected the offer").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    pub merged_into: Option<i64>,
    pub mentions: Vec<MentionRow>,
    pub history: Vec<HistoryRow>,
    pub suggestions: Vec<SuggestionRow>,
    pub conflicts: Vec<ConflictRow>,
    pub related: Vec<RelatedRow>,
}

/// Which claims `list` asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimFilter {
    pub status: StatusFilter,
    pub kinds: Vec<Kind>,
    pub speaker: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub article: Option<i64>,
    pub limit: Option<usize>,
}

impl Default for ClaimFilter {
    fn default() -> Self {
        ClaimFilter {
            status: StatusFilter::Open,
            kinds: vec![Kind::Quote, Kind::Claim],
            speaker: None,
            since: None,
            until: None,
            article: None,
            limit: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_in_a_status_suggests_the_nearest_one() {
        let err = "dispted".parse::<Status>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown status `dispted`; did you mean `disputed`?"
        );
    }

    #[test]
    fn nonsense_gets_no_suggestion() {
        let err = "xyzzy".parse::<Status>().unwrap_err();
        assert_eq!(err.to_string(), "unknown status `xyzzy`");
    }

    #[test]
    fn only_unverified_and_disputed_are_open() {
        let open: Vec<_> = Status::ALL.into_iter().filter(|s| s.is_open()).collect();
        assert_eq!(open, vec![Status::Unverified, Status::Disputed]);
    }
}
