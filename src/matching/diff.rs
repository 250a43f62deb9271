//! Word-level differences between a claim's canonical wording and one of its mentions, and the
//! conflicts among them: a number, date or place that one article has and another contradicts.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// One run of words: the same in both, only in the canonical text, or only in the variant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffOp {
    pub op: &'static str, // "equal" | "delete" | "insert"
    pub text: String,
}

/// Word diff from `a` (canonical) to `b` (variant), runs merged.
///
/// Words only: diffing the spaces too (as `TextDiff::from_words` does) lets every space match,
/// and two paraphrases come out as word-by-word swaps ("[-no-]{+there+} [-compromise-]{+had+}…")
/// instead of the shared run "no compromise" kept whole.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    let aw: Vec<&str> = a.split_whitespace().collect();
    let bw: Vec<&str> = b.split_whitespace().collect();
    let diff = TextDiff::from_slices(&aw, &bw);
    let mut out: Vec<DiffOp> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(change.value());
            }
            _ => out.push(DiffOp {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    out
}

/// True when the two texts differ in any word at all (after the caller's normalisation).
pub fn differs(ops: &[DiffOp]) -> bool {
    ops.iter()
        .any(|o| o.op != "equal" && !o.text.trim().is_empty())
}

/// "[-old-]{+new+}" inline rendering for terminals and plain output.
pub fn render_inline(ops: &[DiffOp]) -> String {
    let mut out = String::new();
    for (i, o) in ops.iter().enumerate() {
        // A replacement reads as one unit: "[-old-]{+new+}".
        if i > 0 && !(o.op == "insert" && ops[i - 1].op == "delete") {
            out.push(' ');
        }
        match o.op {
            "delete" => out.push_str(&format!("[-{}-]", o.text.trim())),
            "insert" => out.push_str(&format!("{{+{}+}}", o.text.trim())),
            _ => out.push_str(o.text.trim()),
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub kind: &'static str, // "number" | "date" | "place"
    pub a: String,
    pub b: String,
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

fn is_number_word(s: &str) -> bool {
    let n = crate::matching::normalize::normalize(s);
    !n.is_empty()
        && n.split_whitespace().all(|w| {
            w.chars().all(|c| c.is_ascii_digit() || c == '.') || matches!(w, "1st" | "2nd" | "3rd")
        })
}

fn is_date_word(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::extract::dates::month_number(w).is_some() && w.len() > 2
            || crate::extract::dates::weekday(w).is_some() && w.len() > 3
    })
}

fn is_place_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !is_date_word(s)
}

/// Dates written in a text, as (month, day, until-day) with the words that name them. Years
/// are inferred only to read the words; two texts disagree when month and day differ.
/// (month, day, until-day) of a date, its words, and their span.
type DateFact = ((u32, u32, Option<u32>), String, (usize, usize));

fn dates_in(text: &str) -> Vec<DateFact> {
    use chrono::Datelike;
    let mut ctx = crate::extract::dates::DateContext {
        published: None,
        year: Some(2000),
    };
    crate::extract::dates::find_dates(text, 0, &mut ctx)
        .into_iter()
        .filter(|d| !d.relative)
        .map(|d| {
            (
                (d.from.month(), d.from.day(), d.until.map(|u| u.day())),
                text[d.start..d.end].to_string(),
                (d.start, d.end),
            )
        })
        .collect()
}

/// Blank out date words so the word diff sees only the rest.
fn without(text: &str, spans: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(s, e) in spans {
        out.push_str(&text[at..s]);
        out.push_str("DATE");
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// The numbers a text gives, as values, in order: "about 22,000" and "twenty-two thousand" both
/// give [22000], "70km/h" gives [70].
fn values(text: &str) -> Vec<String> {
    crate::matching::normalize::normalize(text)
        .split(' ')
        .filter_map(|w| {
            let end = w
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(w.len());
            let digits = w[..end].trim_end_matches('.');
            (!digits.is_empty()).then(|| digits.to_string())
        })
        .collect()
}

/// Facts that differ between two wordings of one statement: a date (month and day) one has and
/// the other contradicts, and each replaced run whose old and new words are both numbers or both
/// capitalised place-like names.
pub fn conflicts(a: &str, b: &str) -> Vec<Conflict> {
    let (da, db) = (dates_in(a), dates_in(b));
    let mut out = Vec::new();
    if !da.is_empty() && !db.is_empty() && !da.iter().any(|x| db.iter().any(|y| x.0 == y.0)) {
        out.push(Conflict {
            kind: "date",
            a: da[0].1.clone(),
            b: db[0].1.clone(),
        });
    }
    let (a, b) = (
        without(a, &da.iter().map(|d| d.2).collect::<Vec<_>>()),
        without(b, &db.iter().map(|d| d.2).collect::<Vec<_>>()),
    );
    out.extend(other_conflicts(&a, &b));
    out
}

fn other_conflicts(a: &str, b: &str) -> Vec<Conflict> {
    let ops = word_diff(a, b);
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < ops.len() {
        let (x, y) = (&ops[i], &ops[i + 1]);
        if x.op == "delete" && y.op == "insert" {
            let (old, new) = (x.text.trim().to_string(), y.text.trim().to_string());
            let (old, new) = (old.as_str(), new.as_str());
            // "at least until Thursday" / "at least until Friday": a weekday for a weekday is a
            // different day (a weekday beside other words is left to the date reading above).
            let weekday = |t: &str| {
                let t = t.trim_matches(|c: char| !c.is_alphanumeric());
                (t.len() > 3 && !t.contains(' '))
                    .then(|| crate::extract::dates::weekday(t))
                    .flatten()
            };
            let kind = if let (Some(x), Some(y)) = (weekday(old), weekday(new)) {
                (x != y).then_some("date")
            } else if old.contains("DATE")
                || new.contains("DATE")
                || is_date_word(old)
                || is_date_word(new)
            {
                None
            } else if (has_digit(old) || is_number_word(old))
                && (has_digit(new) || is_number_word(new))
                && values(old) != values(new)
            {
                // "About 22,000" / "Twenty-two thousand", "release 50" / "provide €50": the same
                // numbers in other words are wording, not a conflict.
                Some("number")
            } else if i > 0
                && is_place_like(old)
                && is_place_like(new)
                && ops[i - 1].op == "equal"
                && ops[i - 1].text.split_whitespace().last().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "in" | "at" | "to" | "from" | "near" | "into" | "inside" | "outside"
                    )
                })
            {
                // A capital at the very start is the sentence's, not a name's ("Reportedly he
                // injured…" vs "Two women…"): only a replaced run inside the text can be a place,
                // and only where a place goes ("held in Abu Dhabi" / "held in Geneva"), not
                // "Russia" / "Russian" or "Kyiv" / "Ukraine's" in two paraphrases.
                Some("place")
            } else {
                None
            };
            if let Some(kind) = kind
                && crate::matching::normalize::normalize(old)
                    != crate::matching::normalize::normalize(new)
            {
                out.push(Conflict {
                    kind,
                    a: old.to_string(),
                    b: new.to_string(),
                });
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekday_for_another_weekday_is_a_date_conflict() {
        let c = conflicts(
            "the supply would stay off at least until Thursday",
            "the supply would stay off at least until Friday",
        );
        assert!(
            c.iter()
                .any(|c| c.kind == "date" && c.a.contains("Thursday") && c.b.contains("Friday")),
            "{c:?}"
        );
        assert!(
            conflicts("the pause ends on Sunday", "The pause ends on Sunday.").is_empty(),
            "same day, other case"
        );
    }

    #[test]
    fn a_changed_date_is_a_conflict() {
        let c = conflicts(
            "the pause lasts until February 1",
            "the pause lasts until February 5",
        );
        assert_eq!(
            c,
            vec![Conflict {
                kind: "date",
                a: "February 1".into(),
                b: "February 5".into()
            }]
        );
        let c = conflicts(
            "the pause ends on Sunday, January 31, 2026",
            "the pause would end on February 5",
        );
        assert_eq!(
            c,
            vec![Conflict {
                kind: "date",
                a: "Sunday, January 31, 2026".into(),
                b: "February 5".into()
            }]
        );
        assert!(conflicts("held on January 23-24, 2026", "held on January 23-24").is_empty());
    }

    #[test]
    fn numbers_and_places_conflict_but_wording_does_not() {
        assert_eq!(
            conflicts(
                "39 people died in Magnitogorsk",
                "41 people died in Magnitogorsk"
            )[0]
            .kind,
            "number"
        );
        assert_eq!(
            conflicts("talks were held in Abu Dhabi", "talks were held in Geneva")[0].kind,
            "place"
        );
        assert!(conflicts("very constructive talks", "very productive talks").is_empty());
        assert!(conflicts("five people", "5 people").is_empty());
        // Seen by a new user on the wildfire set: the same numbers in other words.
        for (a, b) in [
            (
                "About 22,000 people left",
                "Twenty-two thousand people left",
            ),
            (
                "about 12,400 hectares burned",
                "some 12 400 hectares burned",
            ),
            (
                "the province will release 50 million euros",
                "the province will provide €50m",
            ),
            (
                "gusts of 70km/h were likely",
                "gusts of up to 70 km/h are likely",
            ),
        ] {
            let c = conflicts(a, b);
            assert!(c.iter().all(|c| c.kind != "number"), "{a} / {b}: {c:?}");
        }
        assert_eq!(
            conflicts(
                "the province would set aside 15 million euros",
                "the province would set aside 50 million euros"
            )[0]
            .kind,
            "number"
        );
    }

    #[test]
    fn names_in_a_paraphrase_are_not_a_place_conflict() {
        // Seen by a new user on two Kremlin stories: "place: Russia ≠ Russian".
        let c = conflicts(
            "if Russia ceased attacks on Ukraine's energy infrastructure, Kyiv would reciprocate",
            "Kyiv would stop striking Russian energy facilities if Moscow stopped attacking Ukraine's energy infrastructure",
        );
        assert!(c.iter().all(|c| c.kind != "place"), "{c:?}");
    }

    #[test]
    fn sentence_initial_capitals_are_not_places() {
        // Seen on wikinews: two wordings of one injury report gave "place: Reportedly ≠ Two".
        let c = conflicts(
            "Reportedly he injured a man and two women on Streatham High Road",
            "Two women and a man were injured, according to the reports",
        );
        assert!(c.iter().all(|c| c.kind != "place"), "{c:?}");
    }

    #[test]
    fn inline_diff_marks_both_sides() {
        let ops = word_diff("very constructive", "very productive");
        assert_eq!(render_inline(&ops), "very [-constructive-]{+productive+}");
    }

    #[test]
    fn a_shared_run_of_words_stays_whole() {
        // A new user saw "[-no-]{+there+} [-compromise-]{+had+} [-has-]{+been+}…" for these two.
        let ops = word_diff(
            "no compromise has been reached on the Donetsk region",
            "there had been no compromise on the Donetsk region",
        );
        assert_eq!(
            render_inline(&ops),
            "{+there had been+} no compromise [-has been reached-] on the Donetsk region"
        );
    }
}
