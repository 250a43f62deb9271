//! Dates in running text: "January 29, 2026", "Jan. 30", "30 January 2026", "January 23-24, 2026",
//! "2026-01-30", weekdays ("on Sunday"), and relative days ("yesterday", "last week"), resolved
//! against the article's date. A weekday that contradicts its date is reported, not corrected.

use super::lexicon::{MONTH_NAME, RELATIVE_DAY, WEEKDAY_NAME};
use super::text::{Word, words};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A date or date range found in text, with the byte span of the words that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    /// "Sunday, January 31, 2026" when January 31, 2026 is a Saturday.
    pub weekday_mismatch: bool,
    /// Resolved from a weekday or relative word rather than written out.
    pub relative: bool,
}

/// What a bare "February 1" or "on Sunday" is resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateContext {
    /// The article's publication date.
    pub published: Option<NaiveDate>,
    /// The last explicit year seen in the text so far.
    pub year: Option<i32>,
}

/// Months as `month_number` reads them, lower case; the lexicon marks each (`MONTH_NAME`) so
/// that the rules ask `month_number` only of words that are one.
pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(super) const MONTH_ABBREVIATIONS: [&str; 13] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept",
];
/// Weekdays as `weekday` reads them (and `WEEKDAY_NAME` marks them), Monday first.
pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
pub(super) const WEEKDAY_ABBREVIATIONS: [&str; 8] =
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues"];

pub fn month_number(word: &str) -> Option<u32> {
    // Called on every word: no allocation, and most words fail on length or first letter.
    let w = word.strip_suffix('.').unwrap_or(word);
    if !(3..=9).contains(&w.len())
        || !matches!(
            w.as_bytes()[0].to_ascii_lowercase(),
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    {
        return None;
    }
    if let Some(i) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some(i as u32 + 1);
    }
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTH_ABBREVIATIONS[..12]
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w))
        .map(|i| i as u32 + 1)
}

pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if !(3..=9).contains(&w.len())
        || !matches!(
            w.as_bytes()[0].to_ascii_lowercase(),
            b'm' | b't' | b'w' | b'f' | b's'
        )
    {
        return None;
    }
    let i = (0..7).find(|&i| {
        WEEKDAYS[i].eq_ignore_ascii_case(w)
            || WEEKDAY_ABBREVIATIONS[i].eq_ignore_ascii_case(w)
            || (i == 1 && w.eq_ignore_ascii_case("tues"))
    })?;
    Weekday::try_from(i as u8).ok()
}

/// "24", "1st", "23rd" → day of month.
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !(suffix.is_empty()
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(suffix)))
    {
        return None;
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// "23-24" → (23, 24).
fn day_range(word: &str) -> Option<(u32, u32)> {
    let (a, b) = word.split_once(['-', '–'])?;
    Some((day_number(a)?, day_number(b)?))
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok().filter(|y| (1800..=2200).contains(y))
    } else {
        None
    }
}

fn iso_date(word: &str) -> Option<NaiveDate> {
    if word.len() == 10 && word.as_bytes()[4] == b'-' && word.as_bytes()[7] == b'-' {
        NaiveDate::parse_from_str(word, "%Y-%m-%d").ok()
    } else {
        None
    }
}

/// The year for a month and day written without one: the one nearest the article's date, or the
/// last year the text named.
fn infer_year(ctx: &DateContext, month: u32, day: u32) -> Option<i32> {
    if let Some(p) = ctx.published {
        return [p.year() - 1, p.year(), p.year() + 1]
            .into_iter()
            .filter_map(|y| {
                NaiveDate::from_ymd_opt(y, month, day).map(|d| (y, (d - p).num_days().abs()))
            })
            .min_by_key(|(_, dist)| *dist)
            .map(|(y, _)| y);
    }
    ctx.year
}

/// Text between two words is only a separator like ", " or " ".
fn gap_is(input: &str, a: &Word, b: &Word, allowed: &[&str]) -> bool {
    let gap = input[a.end..b.start].trim_matches(|c: char| c == ' ' || c == '\u{a0}');
    allowed.contains(&gap)
}

/// Every date in `text` (whose first byte is at `base` in the whole input). `ctx.year` is updated
/// as explicit years are read, so callers can carry it from sentence to sentence.
pub fn find_dates(text: &str, base: usize, ctx: &mut DateContext) -> Vec<FoundDate> {
    let mut out = find_dates_in(text, &words(text, 0), ctx);
    for d in &mut out {
        d.start += base;
        d.end += base;
    }
    out
}

/// Every date among words already split from `input` (their offsets index `input`), so a
/// sentence the extractor has tokenised is not tokenised again.
pub fn find_dates_in(input: &str, ws: &[Word], ctx: &mut DateContext) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some((found, next)) = date_at(input, ws, i, ctx) {
            if !found.relative {
                ctx.year = Some(found.from.year());
            }
            out.push(found);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

fn date_at(text: &str, ws: &[Word], i: usize, ctx: &DateContext) -> Option<(FoundDate, usize)> {
    let w = &ws[i];
    // A date starts with a digit or with a word the lexicon marks: most words are neither.
    if !w.is(MONTH_NAME | WEEKDAY_NAME | RELATIVE_DAY)
        && !w.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    // Most words start with a lower-case letter: no ISO date, weekday, month or day number
    // does, so only a relative day ("yesterday", "last week") can.
    if w.text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_lowercase)
    {
        return relative_at(ws, i, ctx);
    }
    if let Some(d) = iso_date(w.text) {
        return Some((
            FoundDate {
                start: w.start,
                end: w.end,
                from: d,
                until: None,
                weekday_mismatch: false,
                relative: false,
            },
            i + 1,
        ));
    }
    // Weekday in front: "Sunday, January 31, 2026" or "on Sunday".
    let wd = weekday(w.text).filter(|_| w.is_capitalized());
    let (first, wd) = if wd.is_some() && i + 1 < ws.len() && gap_is(text, w, &ws[i + 1], &[",", ""])
    {
        (i + 1, wd)
    } else {
        (i, None)
    };
    if let Some(found) = absolute_at(text, ws, first, ctx) {
        let (mut fd, next) = found;
        if let Some(wd) = wd {
            fd.start = w.start;
            fd.weekday_mismatch = fd.from.weekday() != wd;
        }
        return Some((fd, next));
    }
    relative_at(ws, i, ctx)
}

fn absolute_at(text: &str, ws: &[Word], i: usize, ctx: &DateContext) -> Option<(FoundDate, usize)> {
    let w = &ws[i];
    let next = ws.get(i + 1);
    // Month first: "January 23-24, 2026", "Jan. 30", "February 1".
    if let (Some(month), Some(n)) = (month_number(w.text).filter(|_| w.is_capitalized()), next) {
        // "May" is also a verb; only a month when a day follows directly.
        if !gap_is(text, w, n, &["", "."]) {
            return None;
        }
        let (d1, d2, mut end, mut j) = if let Some((a, b)) = day_range(n.text) {
            (a, Some(b), n.end, i + 2)
        } else if let Some(a) = day_number(n.text) {
            // "January 23–24" written with an en dash or "to".
            match ws.get(i + 2) {
                Some(m) if gap_is(text, n, m, &["–", "-", "—"]) => match day_number(m.text) {
                    Some(b) if b > a => (a, Some(b), m.end, i + 3),
                    _ => (a, None, n.end, i + 2),
                },
                _ => (a, None, n.end, i + 2),
            }
        } else {
            return None;
        };
        let mut year = None;
        if let Some(y) = ws
            .get(j)
            .filter(|y| gap_is(text, &ws[j - 1], y, &[",", ""]))
            .and_then(|y| year_number(y.text))
        {
            year = Some(y);
            end = ws[j].end;
            j += 1;
        }
        return Some((written(ctx, year, month, (d1, d2), (w.start, end))?, j));
    }
    // Day first: "30 January 2026", "23-24 January". (A day number or range starts with a
    // digit; most words here are capitalized words that do not.)
    if !w.text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (d1, d2) = if let Some((a, b)) = day_range(w.text) {
        (a, Some(b))
    } else {
        (day_number(w.text)?, None)
    };
    let n = next?;
    let month = month_number(n.text).filter(|_| n.is_capitalized() && gap_is(text, w, n, &[""]))?;
    let mut end = n.end;
    let mut j = i + 2;
    let mut year = None;
    if let Some(y) = ws
        .get(j)
        .filter(|y| gap_is(text, n, y, &["", ","]))
        .and_then(|y| year_number(y.text))
    {
        year = Some(y);
        end = ws[j].end;
        j += 1;
    }
    Some((written(ctx, year, month, (d1, d2), (w.start, end))?, j))
}

/// A date written out with month and day (and perhaps a year and a day range).
fn written(
    ctx: &DateContext,
    year: Option<i32>,
    month: u32,
    (d1, d2): (u32, Option<u32>),
    (start, end): (usize, usize),
) -> Option<FoundDate> {
    let year = year.or_else(|| infer_year(ctx, month, d1))?;
    let from = NaiveDate::from_ymd_opt(year, month, d1)?;
    let until = d2.and_then(|d| NaiveDate::from_ymd_opt(year, month, d));
    Some(FoundDate {
        start,
        end,
        from,
        until,
        weekday_mismatch: false,
        relative: false,
    })
}

fn relative_at(ws: &[Word], i: usize, ctx: &DateContext) -> Option<(FoundDate, usize)> {
    let p = ctx.published?;
    let w = &ws[i];
    // Most words start with a letter no relative date word starts with.
    if !matches!(
        w.text.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'y' | b't' | b'l' | b'n' | b'm' | b'w' | b'f' | b's')
    ) {
        return None;
    }
    let lower = w.lower();
    let one = |d: NaiveDate| FoundDate {
        start: w.start,
        end: w.end,
        from: d,
        until: None,
        weekday_mismatch: false,
        relative: true,
    };
    match lower.as_ref() {
        "yesterday" => return Some((one(p - Duration::days(1)), i + 1)),
        // "USA Today", "News Today": a title's last word, not a day.
        "today"
            if w.text == "Today"
                && i > 0
                && ws[i - 1].is_capitalized()
                && ws[i - 1].end + 1 == w.start =>
        {
            return None;
        }
        "today" => return Some((one(p), i + 1)),
        "tomorrow" => return Some((one(p + Duration::days(1)), i + 1)),
        "last" | "next" => {
            let n = ws.get(i + 1)?;
            let forward = lower == "next";
            if n.lower() == "week" {
                let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64);
                let from = if forward {
                    monday + Duration::days(7)
                } else {
                    monday - Duration::days(7)
                };
                let fd = FoundDate {
                    start: w.start,
                    end: n.end,
                    from,
                    until: Some(from + Duration::days(6)),
                    weekday_mismatch: false,
                    relative: true,
                };
                return Some((fd, i + 2));
            }
            if let Some(wd) = weekday(n.text).filter(|_| n.is_capitalized()) {
                let d = step_to(p, wd, forward);
                return Some((
                    FoundDate {
                        end: n.end,
                        ..one(d)
                    },
                    i + 2,
                ));
            }
            return None;
        }
        _ => {}
    }
    // A bare weekday: "on Sunday" in a past-tense report is the most recent one.
    if !(w.is_capitalized() && w.text.len() > 3) {
        return None;
    }
    let wd = weekday(w.text)?;
    let prev = i.checked_sub(1).map(|k| ws[k].lower());
    // "next Sunday", "this coming Friday"; and a weekday the sentence looks ahead to: "the
    // vote will take place on Monday", "is due to end on Sunday", "until Thursday". ("was
    // expected to pass Wednesday night" in a Thursday paper is the day before.)
    let looks_ahead = ws[i.saturating_sub(8)..i].iter().any(|w| {
        matches!(
            w.lower().as_ref(),
            "will" | "would" | "scheduled" | "due" | "until"
        )
    });
    let forward =
        prev.as_deref() == Some("next") || prev.as_deref() == Some("coming") || looks_ahead;
    let d = if p.weekday() == wd {
        p
    } else {
        step_to(p, wd, forward)
    };
    Some((one(d), i + 1))
}

/// The nearest `wd` strictly before (or after, when `forward`) `p`.
fn step_to(p: NaiveDate, wd: Weekday, forward: bool) -> NaiveDate {
    let mut d = p;
    for _ in 0..7 {
        d = if forward {
            d + Duration::days(1)
        } else {
            d - Duration::days(1)
        };
        if d.weekday() == wd {
            break;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_and_weekday_name_is_marked_in_the_lexicon() {
        // `date_at` and the name rules skip words without these marks: each name the date
        // functions read must carry one, in any case.
        use crate::extract::lexicon::word_flags;
        let cases = |w: &str| {
            [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
            ]
        };
        for w in MONTHS.iter().chain(&MONTH_ABBREVIATIONS) {
            for w in cases(w) {
                assert!(month_number(&w).is_some(), "{w}");
                assert_ne!(word_flags(&w) & MONTH_NAME, 0, "{w}");
            }
        }
        for w in WEEKDAYS.iter().chain(&WEEKDAY_ABBREVIATIONS) {
            for w in cases(w) {
                assert!(weekday(&w).is_some(), "{w}");
                assert_ne!(word_flags(&w) & WEEKDAY_NAME, 0, "{w}");
            }
        }
        assert_eq!(weekday("Tues"), Some(Weekday::Tue));
        assert_eq!(month_number("Sept"), Some(9));
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn one(text: &str, published: Option<NaiveDate>) -> FoundDate {
        let mut ctx = DateContext {
            published,
            year: None,
        };
        let found = find_dates(text, 0, &mut ctx);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0]
    }

    #[test]
    fn full_dates_ranges_and_british_order() {
        assert_eq!(
            one("on January 29, 2026, Ushakov", None).from,
            ymd(2026, 1, 29)
        );
        let r = one("held in Abu Dhabi on January 23-24, 2026.", None);
        assert_eq!(
            (r.from, r.until),
            (ymd(2026, 1, 23), Some(ymd(2026, 1, 24)))
        );
        assert_eq!(
            one("on 30 January 2026 in Kyiv", None).from,
            ymd(2026, 1, 30)
        );
        assert_eq!(one("dated 2026-01-30", None).from, ymd(2026, 1, 30));
    }

    #[test]
    fn a_date_without_year_takes_the_year_nearest_the_article() {
        let d = one(
            "scheduled for February 1 in Abu Dhabi",
            Some(ymd(2026, 1, 30)),
        );
        assert_eq!(d.from, ymd(2026, 2, 1));
        let d = one("due on Jan. 3", Some(ymd(2025, 12, 30)));
        assert_eq!(d.from, ymd(2026, 1, 3));
    }

    #[test]
    fn the_seed_articles_sunday_is_really_a_saturday() {
        let d = one("set to conclude on Sunday, January 31, 2026.", None);
        assert_eq!(d.from, ymd(2026, 1, 31));
        assert!(d.weekday_mismatch);
        assert!(!one("on Friday, January 30, 2026", None).weekday_mismatch);
    }

    #[test]
    fn relative_days_resolve_against_the_article_date() {
        let p = Some(ymd(2026, 1, 30)); // a Friday
        assert_eq!(one("he said yesterday", p).from, ymd(2026, 1, 29));
        assert_eq!(one("talks on Sunday", p).from, ymd(2026, 1, 25));
        let w = one("met last week", p);
        assert_eq!(
            (w.from, w.until),
            (ymd(2026, 1, 19), Some(ymd(2026, 1, 25)))
        );
    }

    #[test]
    fn a_weekday_the_sentence_looks_ahead_to_is_the_next_one() {
        let thursday = NaiveDate::from_ymd_opt(2026, 1, 29);
        let day = |d| NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
        assert_eq!(
            one("Schools will stay closed on Friday", thursday).from,
            day(30)
        );
        assert_eq!(
            one("the pause would last until Sunday", thursday).from,
            NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()
        );
        assert_eq!(one("Schools were closed on Friday", thursday).from, day(23));
        assert_eq!(
            one("Humberto was expected to pass Wednesday night", thursday).from,
            day(28)
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let mut ctx = DateContext::default();
        assert!(find_dates("the date may change", 0, &mut ctx).is_empty());
    }
}
