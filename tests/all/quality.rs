//! Quality floors: the extraction and matching scores on our gold set, pinned just below what
//! they are today so they can only go up. Raise them when the numbers rise; never lower them.

use claimtrack::eval::{IngestOrder, evaluate_extraction, evaluate_matching};
use claimtrack::matching::MatchConfig;

#[test]
fn extraction_scores_do_not_fall() {
    let s = evaluate_extraction(&super::support::fixtures()).unwrap();
    assert_eq!(s.articles, 21);
    let floors = [
        ("quote F1 at 80% overlap", s.quotes.at_80.f1, 0.98),
        ("quote speaker accuracy", s.quotes.speaker.accuracy, 0.98),
        ("claim F1 at 30% overlap", s.claims.at_30.f1, 0.89),
        ("claim F1 at 80% overlap", s.claims.at_80.f1, 0.835),
        ("claim speaker accuracy", s.claims.speaker.accuracy, 0.91),
        ("comment F1", s.comments.at_80.f1, 1.0),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} fell to {got:.3} (floor {floor})");
    }
}

/// Auto-join precision and recall of the grouping of `dir`'s gold mentions, ingested in `order`,
/// are at least the floors, and no look-alike pair is merged.
fn matching_floors(
    dir: &std::path::Path,
    order: IngestOrder,
    precision: f64,
    recall: f64,
) -> claimtrack::eval::MatchingScores {
    let m = evaluate_matching(dir, &MatchConfig::default(), order).unwrap();
    let (p, r) = (m.pairwise.precision, m.pairwise.recall);
    assert!(
        p >= precision,
        "{order:?}: auto-join precision {p:.3} (floor {precision})"
    );
    assert!(
        r >= recall,
        "{order:?}: auto-join recall {r:.3} (floor {recall})"
    );
    assert!(
        m.distinct_merged.is_empty(),
        "{order:?}: look-alike statements merged: {:?}",
        m.distinct_merged
    );
    m
}

#[test]
fn matching_scores_do_not_fall() {
    let dir = super::support::fixtures();
    let m = matching_floors(&dir, IngestOrder::Date, 0.99, 0.83);
    let (p, r) = (m.with_suggestions.precision, m.with_suggestions.recall);
    assert!(p >= 0.96, "precision with suggestions {p:.3}");
    assert!(r >= 0.90, "recall with suggestions {r:.3}");
}

/// Oldest first is how a newsroom logs stories, but a backfill comes in any order: the grouping
/// must not depend on which outlet came first.
#[test]
fn matching_precision_holds_on_our_set_in_any_order() {
    let dir = super::support::fixtures();
    matching_floors(&dir, IngestOrder::Reverse, 0.99, 0.82);
    matching_floors(&dir, IngestOrder::Name, 0.945, 0.80);
}

/// The wildfire set (fixtures/heldout) was written by someone who never saw the matcher; we
/// have read its errors since, so it is a second development set now, not a held-out one.
#[test]
fn matching_holds_on_the_wildfire_set_in_any_order() {
    let dir = super::support::fixtures().join("heldout");
    matching_floors(&dir, IngestOrder::Date, 0.95, 0.66);
    // 0.588 until "said Thursday is still the day…" was read as a clause with its subject: the
    // claim now has its speaker (claim F1 0.796 -> 0.818 here), which parts it from two
    // mentions of the same forecast the extractor still leaves unattributed.
    matching_floors(&dir, IngestOrder::Reverse, 0.95, 0.56);
    matching_floors(&dir, IngestOrder::Name, 0.95, 0.65);
}
