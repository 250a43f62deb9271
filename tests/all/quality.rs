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

#[test]
fn matching_scores_do_not_fall() {
    let m = evaluate_matching(
        &super::support::fixtures(),
        &MatchConfig::default(),
        IngestOrder::Date,
    )
    .unwrap();
    assert!(
        m.pairwise.precision >= 0.99,
        "auto-join precision {:.3}",
        m.pairwise.precision
    );
    assert!(
        m.pairwise.recall >= 0.83,
        "auto-join recall {:.3}",
        m.pairwise.recall
    );
    assert!(
        m.with_suggestions.precision >= 0.96,
        "precision with suggestions {:.3}",
        m.with_suggestions.precision
    );
    assert!(
        m.with_suggestions.recall >= 0.90,
        "recall with suggestions {:.3}",
        m.with_suggestions.recall
    );
    assert!(
        m.distinct_merged.is_empty(),
        "look-alike statements merged: {:?}",
        m.distinct_merged
    );
}

/// The wildfire set (fixtures/heldout) was written by someone who never saw the matcher; we
/// have read its errors since, so it is a second development set now, not a held-out one. Its
/// floors hold in every ingest order: the grouping must not depend on which outlet came first.
#[test]
fn matching_holds_on_the_wildfire_set_in_any_order() {
    let dir = super::support::fixtures().join("heldout");
    for (order, recall_floor) in [
        (IngestOrder::Date, 0.66),
        (IngestOrder::Reverse, 0.57),
        (IngestOrder::Name, 0.65),
    ] {
        let m = evaluate_matching(&dir, &MatchConfig::default(), order).unwrap();
        assert!(
            m.pairwise.precision >= 0.95,
            "{order:?}: auto-join precision {:.3}",
            m.pairwise.precision
        );
        assert!(
            m.pairwise.recall >= recall_floor,
            "{order:?}: auto-join recall {:.3}",
            m.pairwise.recall
        );
        assert!(
            m.distinct_merged.is_empty(),
            "{order:?}: {:?}",
            m.distinct_merged
        );
    }
}

#[test]
fn matching_precision_holds_on_our_set_in_any_order() {
    for order in [IngestOrder::Reverse, IngestOrder::Name] {
        let m =
            evaluate_matching(&super::support::fixtures(), &MatchConfig::default(), order).unwrap();
        assert!(
            m.pairwise.precision >= 0.945,
            "{order:?}: auto-join precision {:.3}",
            m.pairwise.precision
        );
    }
}
