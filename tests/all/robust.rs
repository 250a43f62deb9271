//! Hostile input never panics, spans always point into the input, and output is deterministic.

use claimtrack::extract::{ExtractOptions, extract};
use proptest::prelude::*;

fn check(input: &str) {
    let opts = ExtractOptions {
        published: chrono::NaiveDate::from_ymd_opt(2026, 1, 30),
    };
    let a = extract(input, &opts);
    for s in &a.statements {
        assert!(
            input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
            "{s:?}"
        );
        assert_eq!(&input[s.start..s.end], s.text);
        if let Some([x, y]) = s.speaker_span {
            assert!(
                input.is_char_boundary(x)
                    && input.is_char_boundary(y)
                    && x <= y
                    && y <= input.len()
            );
        }
        assert!((0.0..=1.0).contains(&s.checkworthiness));
    }
    assert_eq!(a, extract(input, &opts), "extraction is deterministic");
}

/// News-like noise: marks, apostrophes, cues, names, dates, line ends and multi-byte letters.
fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        " ",
        " ",
        "\n",
        "\r\n",
        "\n\n",
        ".",
        ",",
        ":",
        "—",
        "said",
        "he",
        "she",
        "Peskov",
        "Dmitry",
        "President",
        "according to",
        "that",
        "January 31, 2026",
        "Sunday",
        "5'11\"",
        "'90s",
        "rock 'n' roll",
        "Zelenskyy",
        "Ünïcödé",
        "日本",
        "\u{a0}",
        "\u{feff}",
        "5 Comments",
        "---",
        "title: x",
        "ADVERTISEMENT",
        "(",
        ")",
        "12%",
    ]);
    prop::collection::vec(atoms, 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn news_like_noise_never_panics(s in newsy()) {
        check(&s);
    }
}

#[test]
fn a_text_of_only_marks_is_handled() {
    let marks: String = "'\"‘’“”«»„ ".chars().cycle().take(20_000).collect();
    check(&marks);
    let unclosed = "“".repeat(5_000);
    check(&unclosed);
}

/// Every real article in ../shared/corpora/wikinews, when that folder is present (it is not on a
/// user's machine, so the test passes without it): no panic, honest spans.
#[test]
fn the_wikinews_corpus_extracts_cleanly_when_present() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/wikinews");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut n = 0;
    for e in entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "csv"))
    {
        let mut r = csv::Reader::from_path(e.path()).unwrap();
        for rec in r.records().flatten() {
            if let (Some(title), Some(text)) = (rec.get(2), rec.get(3)) {
                check(&format!("{title}\n{text}"));
                n += 1;
            }
        }
    }
    assert!(n > 100, "read {n} wikinews articles");
}
