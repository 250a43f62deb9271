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
