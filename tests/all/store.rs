//! The store used as a library, the way a long-running process uses it: one handle ingesting
//! batch after batch while other handles (another terminal, a reviewer) write the same file.

use super::support::Env;
use claimtrack::extract::{ExtractOptions, extract};
use claimtrack::matching::MatchConfig;
use claimtrack::store::{IngestOutcome, NewArticle, StatementOutcome, Store};

/// Log one text through `store`; its statements' outcomes.
fn log(store: &mut Store, name: &str, text: &str) -> Vec<StatementOutcome> {
    let opts = ExtractOptions {
        published: chrono::NaiveDate::from_ymd_opt(2026, 3, 2),
    };
    let ex = extract(text, &opts);
    let art = NewArticle {
        published: Some("2026-03-02".into()),
        body: text.into(),
        content_hash: name.into(),
        source: Some(name.into()),
        ..Default::default()
    };
    match store.ingest(&art, &ex, &MatchConfig::default()).unwrap() {
        IngestOutcome::Logged(report) => report.statements,
        other => panic!("{name} not logged: {other:?}"),
    }
}

#[test]
fn what_one_handle_remembers_never_hides_what_another_wrote() {
    a_merge_made_between_two_ingests_is_seen_by_the_second(false);
}

#[test]
fn what_ingest_remembers_never_hides_a_merge_made_on_the_same_handle() {
    a_merge_made_between_two_ingests_is_seen_by_the_second(true);
}

fn a_merge_made_between_two_ingests_is_seen_by_the_second(same_handle: bool) {
    let env = Env::new();
    let mut ingester = Store::open(&env.db()).unwrap();
    let mut other = Store::open(&env.db()).unwrap();

    // Two different remarks by one official become two claims.
    let first = log(
        &mut ingester,
        "council.txt",
        "Council plans\n\nMayor Alice Varga said the Kessel bridge will close for repairs in March.\n\n\
         Varga said the harbour ferry will double its timetable next summer.\n",
    );
    let bridge = first[0].claim_id;
    let ferry = first[1].claim_id;
    assert_ne!(bridge, ferry, "{first:#?}");

    // A story about the same bridge makes the ingesting handle read, score and remember the
    // bridge claim without joining it.
    let festival = log(
        &mut ingester,
        "festival.txt",
        "Festival news\n\nOrganisers said the Kessel bridge festival moves to a new date in March.\n",
    );
    assert!(
        festival.iter().all(|s| s.claim_id != bridge),
        "{festival:#?}"
    );

    // Meanwhile a reviewer (in another process, or between two batches of this one) decides the two remarks are one claim: the ferry wording now
    // reaches the bridge claim.
    let reviewer = if same_handle {
        &mut ingester
    } else {
        &mut other
    };
    reviewer
        .merge(bridge, ferry, "reviewer", Some("one statement"))
        .unwrap();

    // The ferry remark reported again must find the merged claim, through the wording the
    // reviewer's merge gave it, not the claim as the ingester last read it.
    let again = log(
        &mut ingester,
        "wire.txt",
        "Ferry news\n\nVarga said the harbour ferry will double its timetable next summer.\n",
    );
    assert_eq!(again[0].claim_id, bridge, "{again:#?}");
    assert_eq!(again[0].outcome, "matched");
}

#[test]
fn a_company_named_by_its_first_word_is_the_company() {
    let env = Env::new();
    let a = env.write(
        "a.txt",
        b"---\npublished: 2026-11-06\n---\nT\n\nNorthway Rail said on Friday that 310 people were on board.\n",
    );
    let b = env.write(
        "b.txt",
        b"---\npublished: 2026-11-09\n---\nT\n\nNorthway said on Monday that the line would reopen on 27 November.\n",
    );
    let out = env.cmd().arg("ingest").arg(&a).arg(&b).output().unwrap();
    assert!(out.status.success());
    let out = env
        .cmd()
        .args(["list", "--speaker", "Northway Rail", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2), "{v:#}");
}
