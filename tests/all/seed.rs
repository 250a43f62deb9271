//! The user's own example article must come out exactly as the core issue's table says.

use super::support::{SEED, article};
use claimtrack::extract::{ExtractOptions, Statement, extract};
use claimtrack::model::Kind;

fn seed() -> (String, Vec<Statement>) {
    let text = std::fs::read_to_string(article(SEED)).unwrap();
    let published = chrono::NaiveDate::from_ymd_opt(2026, 1, 30);
    let ex = extract(&text, &ExtractOptions { published });
    (text, ex.statements)
}

fn find<'a>(sts: &'a [Statement], kind: Kind, text: &str) -> &'a Statement {
    sts.iter()
        .find(|s| s.kind == kind && s.text.trim_end_matches('.') == text)
        .unwrap_or_else(|| {
            panic!(
                "no {kind} {text:?} in {:#?}",
                sts.iter().map(|s| (&s.kind, &s.text)).collect::<Vec<_>>()
            )
        })
}

#[track_caller]
fn row(
    sts: &[Statement],
    kind: Kind,
    text: &str,
    speaker: Option<&str>,
    said_on: Option<&str>,
    until: Option<&str>,
) {
    let s = find(sts, kind, text);
    assert_eq!(s.speaker.as_deref(), speaker, "speaker of {text:?}");
    assert_eq!(
        s.said_on.map(|d| d.to_string()).as_deref(),
        said_on,
        "said_on of {text:?}"
    );
    assert_eq!(
        s.said_until.map(|d| d.to_string()).as_deref(),
        until,
        "said_until of {text:?}"
    );
}

#[test]
fn every_quote_of_the_seed_table_with_speaker_and_date() {
    let (_, s) = seed();
    row(
        &s,
        Kind::Quote,
        "impossible",
        Some("Volodymyr Zelenskyy"),
        Some("2026-01-30"),
        None,
    );
    row(
        &s,
        Kind::Quote,
        "I can just as well invite him to Kyiv, let him come. I'm openly inviting him, if he dares",
        Some("Volodymyr Zelenskyy"),
        Some("2026-01-30"),
        None,
    );
    row(
        &s,
        Kind::Quote,
        "very constructive",
        Some("Steve Witkoff"),
        None,
        None,
    );
    row(
        &s,
        Kind::Quote,
        "situation with the U.S. and Iran",
        Some("Volodymyr Zelenskyy"),
        None,
        None,
    );
    row(
        &s,
        Kind::Quote,
        "personally asked",
        Some("Donald Trump"),
        Some("2026-01-29"),
        None,
    );
}

#[test]
fn every_claim_of_the_seed_table_with_speaker_and_date() {
    let (_, s) = seed();
    row(
        &s,
        Kind::Claim,
        "Moscow is prepared to ensure President Zelenskyy's security and provide suitable working conditions should he accept the offer",
        Some("Yuri Ushakov"),
        Some("2026-01-29"),
        None,
    );
    row(
        &s,
        Kind::Claim,
        "Russia is exclusively considering Moscow as the venue for such discussions",
        Some("Dmitry Peskov"),
        None,
        None,
    );
    row(
        &s,
        Kind::Claim,
        "Trilateral peace talks involving officials from Ukraine, Russia, and the United States were held in Abu Dhabi on January 23-24, 2026",
        None,
        Some("2026-01-23"),
        Some("2026-01-24"),
    );
    row(
        &s,
        Kind::Claim,
        "A subsequent round of talks was tentatively scheduled for February 1 in Abu Dhabi",
        None,
        Some("2026-02-01"),
        None,
    );
    row(
        &s,
        Kind::Claim,
        "this pause was specifically for Kyiv and was set to conclude on Sunday, January 31, 2026",
        Some("Dmitry Peskov"),
        None,
        None,
    );
    row(
        &s,
        Kind::Claim,
        "no compromise has been reached on the territorial integrity of Ukraine, specifically regarding the Donetsk region",
        Some("Volodymyr Zelenskyy"),
        None,
        None,
    );
    row(
        &s,
        Kind::Claim,
        "if Russia ceased attacks on Ukraine's energy infrastructure, Kyiv would reciprocate",
        Some("Volodymyr Zelenskyy"),
        None,
        None,
    );
}

#[test]
fn the_other_reported_statements_are_there_too() {
    let (_, s) = seed();
    // "He also ruled out Belarus…" is the outlet's account of what Zelenskyy did: a claim
    // about him, not his words.
    assert!(
        s.iter().any(|x| x.kind == Kind::Claim
            && x.text.contains("ruled out Belarus")
            && x.speaker.is_none()
            && x.subject.as_deref() == Some("Volodymyr Zelenskyy")),
        "Zelenskyy ruling out Belarus"
    );
    assert!(s.iter().any(|x| x.kind == Kind::Claim
        && x.text.contains("personally asked")
        && x.speaker.as_deref() == Some("Donald Trump")));
}

#[test]
fn the_five_reader_comments_with_their_handles() {
    let (_, s) = seed();
    let comments: Vec<(&str, &str)> = s
        .iter()
        .filter(|x| x.kind == Kind::Comment)
        .map(|x| (x.speaker.as_deref().unwrap(), x.text.as_str()))
        .collect();
    let handles: Vec<&str> = comments.iter().map(|c| c.0).collect();
    assert_eq!(
        handles,
        vec!["Africa", "Katchuka", "Eugene Alta", "KittyKat", "Loubianka"]
    );
    assert_eq!(
        comments[0].1,
        "Russia's offer shows they're ready to negotiate. Hope Ukraine takes it seriously."
    );
}

#[test]
fn scare_quotes_and_apostrophes_are_not_quotes() {
    let (_, s) = seed();
    let quotes: Vec<&str> = s
        .iter()
        .filter(|x| x.kind == Kind::Quote)
        .map(|x| x.text.as_str())
        .collect();
    assert_eq!(quotes.len(), 5, "{quotes:?}");
    assert!(!quotes.iter().any(|q| *q == "talks"
        || q.contains("s offer")
        || q.starts_with("s ")
        || q.starts_with("t ")));
}

#[test]
fn one_speaker_across_full_name_title_surname_and_pronoun() {
    let (text, s) = seed();
    let mentions: Vec<&str> = s
        .iter()
        .filter(|x| x.speaker.as_deref() == Some("Volodymyr Zelenskyy"))
        .filter_map(|x| x.speaker_mention.as_deref())
        .collect();
    assert!(mentions.contains(&"He"), "{mentions:?}");
    assert!(mentions.contains(&"Zelenskyy"), "{mentions:?}");
    // speaker_span points at the words that name the speaker there.
    for st in &s {
        if let (Some([a, b]), Some(m)) = (st.speaker_span, &st.speaker_mention)
            && a < b
        {
            assert_eq!(&text[a..b], m);
        }
    }
}

#[test]
fn peskovs_sunday_is_flagged_as_a_saturday() {
    let (_, s) = seed();
    let st = find(
        &s,
        Kind::Claim,
        "this pause was specifically for Kyiv and was set to conclude on Sunday, January 31, 2026",
    );
    assert!(
        st.flags.contains(&"weekday-mismatch".to_string()),
        "{:?}",
        st.flags
    );
}

#[test]
fn spans_point_into_the_input_exactly() {
    let (text, s) = seed();
    for st in &s {
        assert_eq!(&text[st.start..st.end], st.text);
        assert!((0.0..=1.0).contains(&st.checkworthiness));
    }
}
