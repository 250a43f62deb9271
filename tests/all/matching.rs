//! Matching across the fixture articles, driven through the real binary: the same statement in
//! another outlet becomes a mention of the stored claim, a misquote is flagged as a conflict, a
//! short fragment is only suggested, and review / merge / split / compare work on the result.

use super::support::{Env, article};
use serde_json::Value;

fn json(env: &Env, args: &[&str]) -> Value {
    let out = env.cmd().args(args).arg("--json").output().unwrap();
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn ingest(env: &Env, names: &[&str]) -> Value {
    let mut c = env.cmd();
    c.arg("ingest").arg("--json");
    for n in names {
        c.arg(article(n));
    }
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Write an article dated `published` with a one-line headline and `body`, and return its path.
fn dated(env: &Env, name: &str, published: &str, body: &str) -> String {
    let text = format!("---\npublished: {published}\n---\nHeadline\n\n{body}\n");
    env.write(name, text.as_bytes())
        .to_str()
        .unwrap()
        .to_string()
}

/// Run a command that must succeed (its error shown if it does not) and return what it printed.
fn run_ok(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The claim the first statement of ingested file `file` went to.
fn first_claim(report: &Value, file: usize) -> i64 {
    report[file]["statements"][0]["claim_id"].as_i64().unwrap()
}

fn statements(report: &Value, file: usize) -> Vec<Value> {
    report[file]["statements"].as_array().unwrap().clone()
}

#[test]
fn peskovs_pause_reported_elsewhere_joins_the_seed_claim_and_a_wrong_date_is_a_conflict() {
    let env = Env::new();
    let r = ingest(
        &env,
        &[
            "kremlin-invitation-2026-01-30.txt",
            "eastern-bridge-if-he-dares.txt",
            "globe-dispatch-pause-feb5.txt",
        ],
    );
    let outcomes: Vec<&str> = r
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["statements"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["outcome"].as_str().unwrap())
        })
        .collect();
    assert!(
        outcomes.iter().filter(|o| **o == "matched").count() >= 3,
        "{outcomes:?}"
    );
    // The misquote: the pause "would end on February 5" in the Globe Dispatch.
    let globe = statements(&r, 2);
    let conflicted: Vec<&Value> = globe
        .iter()
        .filter(|s| !s["conflicts"].as_array().unwrap().is_empty())
        .collect();
    assert!(
        conflicted.iter().any(|s| s["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["b"].as_str().unwrap_or("").contains("February 5"))),
        "{:#?}",
        globe
            .iter()
            .map(|s| (&s["text"], &s["outcome"], &s["conflicts"]))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_reworded_re_quote_of_zelenskyy_is_the_same_claim_with_a_word_diff() {
    let env = Env::new();
    let r = ingest(
        &env,
        &[
            "kremlin-invitation-2026-01-30.txt",
            "globe-dispatch-pause-feb5.txt",
        ],
    );
    let seed_quote = statements(&r, 0)
        .into_iter()
        .find(|s| {
            s["text"]
                .as_str()
                .unwrap()
                .starts_with("I can just as well invite him")
        })
        .unwrap();
    let id = seed_quote["claim_id"].as_i64().unwrap();
    let later: Vec<Value> = statements(&r, 1)
        .into_iter()
        .filter(|s| s["claim_id"].as_i64() == Some(id) || s["other_claim"].as_i64() == Some(id))
        .collect();
    assert!(
        !later.is_empty(),
        "the Globe Dispatch's \"I can invite him to Kyiv, let him come\" should meet claim {id}"
    );
    let shown = json(&env, &["show", &id.to_string()]);
    if later.iter().any(|s| s["outcome"] == "matched") {
        let variants = shown["variants"].as_array().unwrap();
        assert!(!variants.is_empty(), "a reworded mention shows a word diff");
        assert!(
            variants[0]["diff"]
                .as_array()
                .unwrap()
                .iter()
                .any(|op| op["op"] != "equal")
        );
    } else {
        assert!(!shown["suggestions"].as_array().unwrap().is_empty());
    }
}

#[test]
fn a_one_word_quote_joins_only_the_one_claim_of_its_speaker_that_holds_it() {
    // The seed has Zelenskyy's full remark and his one word "impossible"; the explainer a day
    // later quotes the word again. Only one of his claims holds it: the same words, joined.
    let env = Env::new();
    let r = ingest(
        &env,
        &[
            "kremlin-invitation-2026-01-30.txt",
            "signal-explainer-what-we-know.txt",
        ],
    );
    let seed_word = statements(&r, 0)
        .into_iter()
        .find(|s| s["text"] == "impossible")
        .unwrap();
    let again = statements(&r, 1)
        .into_iter()
        .find(|s| s["text"] == "impossible")
        .unwrap();
    assert_eq!(again["outcome"], "matched", "{again:#}");
    assert_eq!(again["claim_id"], seed_word["claim_id"]);

    // From someone else the same word is not the same statement.
    let other = ingest_texts(
        &env,
        &[(
            "other-speaker.txt",
            "Minister says no\n\nForeign Minister Dana Holm called the plan \"impossible\" on Saturday.\n",
        )],
    );
    let holm = other[0].iter().find(|s| s["text"] == "impossible").unwrap();
    assert_ne!(holm["claim_id"], seed_word["claim_id"], "{holm:#}");
}

/// Two different remarks by one speaker, each with the word "impossible"; then a later story
/// that quotes only the word.
fn two_remarks_then_one_word(env: &Env) {
    ingest_texts(
        env,
        &[(
            "two-remarks.txt",
            "Talks stall\n\n\
             \"A meeting in Moscow is impossible,\" said Mayor Ilse Brandt on Friday.\n\n\
             \"A ceasefire by the weekend is impossible too,\" Brandt added.\n",
        )],
    );
    ingest_texts(
        env,
        &[(
            "one-word.txt",
            "Brandt digs in\n\nMayor Ilse Brandt called it \"impossible\" on Saturday.\n",
        )],
    );
}

#[test]
fn one_word_fragments_that_fit_two_claims_are_suggested_and_review_decides() {
    // Two different remarks by one speaker, each with the word "impossible"; a later story
    // quotes only the word. Which remark it reports is a question for a person.
    let env = Env::new();
    two_remarks_then_one_word(&env);
    let pending = json(&env, &["review"]);
    let list = pending.as_array().unwrap();
    let impossible = list
        .iter()
        .find(|s| s["mention_text"] == "impossible")
        .expect("\"impossible\" fitting two claims is a suggestion");
    let (sid, target, mention_claim) = (
        impossible["id"].as_i64().unwrap(),
        impossible["claim_id"].as_i64().unwrap(),
        impossible["mention_claim_id"].as_i64().unwrap(),
    );
    assert_ne!(target, mention_claim);
    env.cmd()
        .args(["review", "accept", &sid.to_string()])
        .assert()
        .success();
    let shown = json(&env, &["show", &target.to_string()]);
    assert_eq!(shown["claim"]["articles"], 2);
    assert!(
        shown["history"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["action"] == "accepted")
    );
    let gone = json(&env, &["show", &mention_claim.to_string()]);
    assert_eq!(gone["merged_into"].as_i64(), Some(target));
    env.cmd()
        .args(["review", "accept", &sid.to_string()])
        .assert()
        .code(2);

    // Split the mention back out: it becomes its own claim again, both histories say so.
    let mention = shown["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["article_id"] == 2)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let out = env
        .cmd()
        .args(["split", &mention.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let new_id: i64 = String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(
        json(&env, &["show", &new_id.to_string()])["claim"]["articles"],
        1
    );
    assert!(
        json(&env, &["show", &target.to_string()])["history"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["action"] == "split")
    );
}

/// Ingest the seed, the Meridian wire and `more`; merge the wire's first new claim into the
/// seed's first claim with a note. The ingest JSON and the two claim ids.
fn merge_the_wires_new_claim_into_the_seeds_first(env: &Env, more: &[&str]) -> (Value, i64, i64) {
    let mut names = vec![
        "kremlin-invitation-2026-01-30.txt",
        "meridian-wire-kremlin-moscow-only.txt",
    ];
    names.extend_from_slice(more);
    let r = ingest(env, &names);
    let a = statements(&r, 0)[0]["claim_id"].as_i64().unwrap();
    let b = statements(&r, 1)
        .iter()
        .find(|s| s["outcome"] == "new")
        .unwrap()["claim_id"]
        .as_i64()
        .unwrap();
    env.cmd()
        .args([
            "merge",
            &a.to_string(),
            &b.to_string(),
            "--note",
            "same remark",
        ])
        .assert()
        .success();
    (r, a, b)
}

#[test]
fn merge_moves_mentions_and_compare_shows_both_sides() {
    let env = Env::new();
    let (_, a, b) = merge_the_wires_new_claim_into_the_seeds_first(&env, &[]);
    assert_eq!(
        json(&env, &["show", &b.to_string()])["merged_into"].as_i64(),
        Some(a)
    );
    env.cmd()
        .args(["merge", &a.to_string(), &b.to_string()])
        .assert()
        .code(2);
    env.cmd()
        .args(["merge", &a.to_string(), "9999"])
        .assert()
        .code(1);

    let cmp = json(&env, &["compare", "1", "2"]);
    assert!(!cmp["both"].as_array().unwrap().is_empty());
    assert!(!cmp["only_a"].as_array().unwrap().is_empty());
    assert!(!cmp["only_b"].as_array().unwrap().is_empty());
    let peskov = json(&env, &["compare", "--speaker", "peskov"]);
    assert_eq!(peskov["speaker"], "Dmitry Peskov");
    let claims = peskov["claims"].as_array().unwrap();
    let dates: Vec<&str> = claims
        .iter()
        .filter_map(|c| c["first_said"].as_str())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "grouped by claim, in date order");
}

/// Two one-paragraph articles on consecutive days, ingested together; the ingest JSON.
fn two_days(env: &Env, first: &str, second: &str) -> Value {
    let a = env.write(
        "a.txt",
        format!("---\npublished: 2026-02-02\n---\nT\n{first}\n").as_bytes(),
    );
    let b = env.write(
        "b.txt",
        format!("---\npublished: 2026-02-03\n---\nT\n{second}\n").as_bytes(),
    );
    let out = env
        .cmd()
        .args(["ingest", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_quote_credited_to_different_speakers_is_flagged() {
    let env = Env::new();
    let r = two_days(
        &env,
        "\"We will not sign any deal that leaves 600 workers without a contract,\" union leader Tomas Okafor said on Monday.",
        "\"We will not sign any deal that leaves 600 workers without a contract,\" Mayor Priya Halloran said on Tuesday.",
    );
    let second = &r[1]["statements"][0];
    assert_eq!(second["outcome"], "speaker-mismatch", "{second:#}");
    assert!(
        second["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "speaker-mismatch")
    );
}

#[test]
fn similar_words_from_another_speaker_stay_apart_as_related() {
    let env = Env::new();
    let r = two_days(
        &env,
        "Union leader Tomas Okafor said the port lost 46 ships to Eastport in January because of the strike.",
        "Mayor Priya Halloran said the port lost 46 ships to Eastport in January because of the strike.",
    );
    let second = &r[1]["statements"][0];
    assert_eq!(second["outcome"], "related", "{second:#}");
    let id = second["claim_id"].as_i64().unwrap();
    assert_eq!(
        json(&env, &["show", &id.to_string()])["related"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn the_term_index_finds_what_the_exhaustive_scan_finds() {
    use claimtrack::extract::{ExtractOptions, extract};
    use claimtrack::matching::{Decision, MatchConfig};
    use claimtrack::model::Kind;
    use claimtrack::store::{NewArticle, Store};
    let mut names: Vec<std::path::PathBuf> =
        std::fs::read_dir(super::support::fixtures().join("articles"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    names.sort();
    let mut store = Store::open_in_memory().unwrap();
    let mut all = Vec::new();
    // Store half the articles; ask about the statements of the other half (not stored, so no
    // statement trivially finds itself).
    for (i, p) in names.iter().enumerate() {
        let text = std::fs::read_to_string(p).unwrap();
        let ex = extract(&text, &ExtractOptions::default());
        if i % 2 == 0 {
            let art = NewArticle {
                body: text.clone(),
                content_hash: p.display().to_string(),
                ..Default::default()
            };
            store.ingest(&art, &ex, &MatchConfig::default()).unwrap();
        } else {
            all.extend(
                ex.statements
                    .into_iter()
                    .filter(|s| s.kind != Kind::Comment),
            );
        }
    }
    let cfg = MatchConfig::default();
    let ex_cfg = MatchConfig {
        exhaustive: true,
        ..cfg
    };
    let (mut agree, mut found) = (0, 0);
    for st in &all {
        let base = store
            .find_match(
                &st.text,
                st.kind,
                st.speaker.as_deref(),
                "2026-01-30",
                &ex_cfg,
            )
            .unwrap();
        let Some(base) = base.filter(|b| b.decision != Decision::New) else {
            continue;
        };
        found += 1;
        let got = store
            .find_match(&st.text, st.kind, st.speaker.as_deref(), "2026-01-30", &cfg)
            .unwrap();
        if got.is_some_and(|g| {
            g.claim_id == base.claim_id || (g.score == base.score && g.decision == base.decision)
        }) {
            agree += 1;
        } else {
            eprintln!(
                "MISS {:?} {:?} | {:?} base {:?}",
                st.text, st.speaker, got, base
            );
        }
    }
    assert!(found > 50, "{found}");
    assert!(
        agree as f64 / found as f64 >= 0.99,
        "indexed found the exhaustive best for {agree}/{found} statements"
    );
}

/// Ingest written articles (name, text) one command each; the statements of each, in order.
fn ingest_texts(env: &Env, articles: &[(&str, &str)]) -> Vec<Vec<Value>> {
    articles
        .iter()
        .map(|(name, text)| {
            let path = env.write(name, text.as_bytes());
            let out = env
                .cmd()
                .args(["ingest", "--json"])
                .arg(path)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            statements(&v, 0)
        })
        .collect()
}

#[test]
fn a_paraphrase_of_a_paraphrase_reaches_the_claim_through_the_wording_in_between() {
    let first = "Russia was prepared to host the leaders in Moscow and would guarantee the security of the Ukrainian delegation";
    let third = "the Ukrainian delegation would get hotels and interpreters for its members";
    // On its own, the third outlet's version is too far from the first to join it.
    let direct = claimtrack::matching::similarity(
        &claimtrack::matching::Comparable::new(first),
        &claimtrack::matching::Comparable::new(third),
        0.0,
    );
    assert!(
        direct.score < claimtrack::matching::DEFAULT_LOW,
        "{direct:?}"
    );
    let env = Env::new();
    let got = ingest_texts(
        &env,
        &[
            (
                "wire.txt",
                &format!(
                    "Kremlin sets out terms\n\nMOSCOW, Jan 29 - Kremlin spokesman Dmitry Peskov said on Thursday that {first}.\n"
                ),
            ),
            (
                "daily.txt",
                "Talks offer\n\nDmitry Peskov said on Thursday that Russia would guarantee the security of the Ukrainian delegation in Moscow and provide hotels and interpreters for its members.\n",
            ),
            (
                "radio.txt",
                &format!("Offer details\n\nPeskov said on Thursday that {third}.\n"),
            ),
        ],
    );
    let claim = got[0][0]["claim_id"].as_i64().unwrap();
    assert_eq!(got[1][0]["outcome"], "matched");
    assert_eq!(got[1][0]["claim_id"].as_i64(), Some(claim));
    // The radio's version meets the daily's wording, which the claim now has; and the bare
    // "Peskov" is the Dmitry Peskov already known, so it is the same speaker.
    assert_eq!(got[2][0]["outcome"], "matched", "{:#?}", got[2]);
    assert_eq!(got[2][0]["claim_id"].as_i64(), Some(claim));
    let show = json(&env, &["show", &claim.to_string()]);
    assert_eq!(show["mentions"].as_array().unwrap().len(), 3, "{show:#}");
}

#[test]
fn a_quoted_fragment_is_a_mention_of_its_own_sentence() {
    let env = Env::new();
    let got = ingest_texts(
        &env,
        &[(
            "aide.txt",
            "Aide speaks\n\nKremlin aide Yuri Ushakov said on Thursday that Moscow was ready to \"ensure the security\" of the Ukrainian president and his delegation.\n",
        )],
    );
    let (sentence, fragment) = (&got[0][0], &got[0][1]);
    assert_eq!(sentence["kind"], "claim");
    assert_eq!(fragment["kind"], "quote");
    assert_eq!(fragment["text"], "ensure the security");
    assert_eq!(fragment["outcome"], "matched");
    assert_eq!(fragment["method"], "nested");
    assert_eq!(fragment["claim_id"], sentence["claim_id"]);
}

#[test]
fn a_sentence_quoting_words_already_stored_becomes_that_claim() {
    // A radio quote first; a day later a paper reports the mayor's words inside its own
    // sentence, which alone is too far from the radio's wording to join it. The quoted words
    // join the radio's claim, and the paper's sentence goes with them.
    let env = Env::new();
    let got = ingest_texts(
        &env,
        &[
            (
                "radio.txt",
                "---\npublished: 2026-08-12\n---\nFire\n\n\
                 \"We will rebuild Roquelle stone by stone,\" the mayor, Nuria Castell, said.\n",
            ),
            (
                "paper.txt",
                "---\npublished: 2026-08-13\n---\nFire\n\n\
                 Mayor Nuria Castell said the town \"will be rebuilt, stone by stone\" once the \
                 fire is out.\n",
            ),
        ],
    );
    let radio = got[0][0]["claim_id"].as_i64().unwrap();
    let (sentence, words) = (&got[1][0], &got[1][1]);
    assert_eq!(sentence["kind"], "claim");
    assert_eq!(words["kind"], "quote");
    assert_eq!(words["claim_id"].as_i64(), Some(radio), "{words:#}");
    assert_eq!(sentence["claim_id"].as_i64(), Some(radio), "{sentence:#}");
    assert_eq!(sentence["method"], "quoted");
    let show = json(&env, &["show", &radio.to_string()]);
    let mentions = show["mentions"].as_array().unwrap();
    assert_eq!(
        mentions.len(),
        3,
        "the radio quote, the paper's sentence and its quote: {show:#}"
    );
    let history = show["history"].to_string();
    assert!(history.contains("quotes its words"), "{history}");
}

#[test]
fn the_term_index_stays_exact_through_ingest_merge_and_split() {
    // Document frequencies are batched in memory during a write and written at commit; after
    // any mix of ingest, merge and split they must equal the postings, and a merged claim's
    // wordings must be indexed under the claim it went into and nowhere else.
    let env = Env::new();
    let (r, a, b) =
        merge_the_wires_new_claim_into_the_seeds_first(&env, &["eastern-bridge-if-he-dares.txt"]);
    let joined = statements(&r, 2)
        .iter()
        .find(|s| s["outcome"] == "matched" && s["method"] != "nested")
        .unwrap()["mention_id"]
        .as_i64()
        .unwrap();
    env.cmd()
        .args(["split", &joined.to_string()])
        .assert()
        .success();

    let db = rusqlite::Connection::open(env.db()).unwrap();
    let q = |sql: &str| -> i64 { db.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(q("SELECT count(*) FROM postings") > 100);
    assert_eq!(
        q(
            "SELECT count(*) FROM terms t WHERE df <> (SELECT count(*) FROM postings p WHERE p.term_id = t.id)"
        ),
        0,
        "every document frequency equals its postings"
    );
    assert_eq!(
        q(&format!(
            "SELECT count(*) FROM postings WHERE claim_id = {b}"
        )),
        0,
        "the merged claim is no longer indexed"
    );
    assert!(
        q(&format!(
            "SELECT count(*) FROM claim_variants WHERE claim_id = {a}"
        )) >= 1,
        "its wording reaches the claim it went into"
    );
}

#[test]
fn a_merge_settles_the_suggestion_it_carries_out() {
    // Seen by a new user: a suggestion stayed pending after its mention had been merged into
    // the suggested claim, and accepting it failed with "already in claim".
    let env = Env::new();
    two_remarks_then_one_word(&env);
    let pending = json(&env, &["review"]);
    let s = pending
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["mention_text"] == "impossible")
        .expect("a suggestion for the one-word quote")
        .clone();
    let (sid, target, mention_claim) = (
        s["id"].as_i64().unwrap(),
        s["claim_id"].as_i64().unwrap(),
        s["mention_claim_id"].as_i64().unwrap(),
    );
    env.cmd()
        .args(["merge", &target.to_string(), &mention_claim.to_string()])
        .assert()
        .success();
    let still: Vec<i64> = json(&env, &["review"])
        .as_array()
        .map(|a| a.iter().filter_map(|s| s["id"].as_i64()).collect())
        .unwrap_or_default();
    assert!(!still.contains(&sid), "settled by the merge: {still:?}");
}

#[test]
fn acts_the_outlet_narrates_join_only_when_they_are_about_the_same_people() {
    let env = Env::new();
    let a = dated(
        &env,
        "a.txt",
        "2026-01-30",
        "Volodymyr Zelenskyy rejected the offer of talks in Moscow on Friday.",
    );
    let b = dated(
        &env,
        "b.txt",
        "2026-01-31",
        "The dockers' union rejected the offer of talks in Moscow on Friday.",
    );
    let c = dated(
        &env,
        "c.txt",
        "2026-01-31",
        "Zelenskyy rejected the offer of talks in Moscow on Friday, officials said.",
    );
    let r = json(&env, &["ingest", &a, &b, &c]);
    let first = &r[0]["statements"][0];
    assert_eq!(
        first["speaker"],
        Value::Null,
        "the outlet's claim, not his words"
    );
    let claim = first["claim_id"].as_i64().unwrap();
    // The union did the same thing to another offer: a different claim, whatever the wording.
    assert_ne!(first_claim(&r, 1), claim);
    // Another outlet narrating Zelenskyy's act is the same claim.
    assert!(
        r[2]["statements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["claim_id"].as_i64() == Some(claim) && s["outcome"] == "matched"),
        "{r:#}"
    );
    let shown = json(&env, &["show", &claim.to_string()]);
    assert_eq!(shown["about"], "Volodymyr Zelenskyy");
}

#[test]
fn a_merge_by_hand_checks_the_incoming_mentions_for_conflicts() {
    let env = Env::new();
    let a = dated(
        &env,
        "a.txt",
        "2026-08-11",
        "Governor Lucía Marren said the provincial government would release 50 million euros in emergency aid for evacuated families.",
    );
    let b = dated(
        &env,
        "b.txt",
        "2026-08-11",
        "Governor Lucía Marren announced that the province would set aside 15 million euros for displaced families.",
    );
    let r = json(&env, &["ingest", &a, &b]);
    let first = first_claim(&r, 0);
    let second = first_claim(&r, 1);
    assert_ne!(
        first, second,
        "too differently worded to join by themselves"
    );
    run_ok(&env, &["merge", &first.to_string(), &second.to_string()]);
    let shown = json(&env, &["show", &first.to_string()]);
    let conflicts = shown["conflicts"].as_array().unwrap();
    assert!(
        conflicts.iter().any(|c| c["kind"] == "number"
            && c["value_a"].as_str().unwrap().contains("50")
            && c["value_b"].as_str().unwrap().contains("15")),
        "{shown:#}"
    );
    // The merged claim lives on as the first: a verdict on it is refused, with where to go.
    let out = env
        .cmd()
        .args(["status", &second.to_string(), "false"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("merged into claim {first}")));
}

#[test]
fn a_wrong_speaker_is_corrected_by_hand_and_the_history_says_who_and_why() {
    let env = Env::new();
    let a = dated(
        &env,
        "a.txt",
        "2026-08-12",
        "The town of Roquelle, whose mayor is Nuria Castell, was defiant. \"We will rebuild every street of this town,\" Roquelle said.",
    );
    let r = json(&env, &["ingest", &a]);
    let quote = r[0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "quote")
        .unwrap_or_else(|| panic!("{r:#}"))
        .clone();
    assert_eq!(
        quote["speaker"], "Roquelle",
        "the article's own (odd) credit"
    );
    let id = quote["claim_id"].as_i64().unwrap().to_string();
    run_ok(
        &env,
        &[
            "attribute",
            &id,
            "Nuria Castell",
            "--note",
            "the town hall's statement",
            "--by",
            "ana",
        ],
    );
    let shown = json(&env, &["show", &id]);
    assert_eq!(shown["claim"]["speaker"], "Nuria Castell");
    assert_eq!(shown["mentions"][0]["speaker"], "Nuria Castell");
    let last = shown["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "attributed");
    assert_eq!(last["by"], "ana");
    assert!(
        last["note"]
            .as_str()
            .unwrap()
            .contains("Roquelle -> Nuria Castell"),
        "{last}"
    );
    // Her claims are found by her name now, and not under the town's.
    let hers = json(&env, &["list", "--speaker", "Castell"]);
    assert_eq!(hers.as_array().unwrap().len(), 1);
    assert!(
        json(&env, &["list", "--speaker", "Roquelle"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Saying it twice is an error, not a second history entry.
    let again = env
        .cmd()
        .args(["attribute", &id, "Castell"])
        .output()
        .unwrap();
    assert_eq!(
        again.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn the_outlets_own_claim_is_first_seen_when_it_was_published() {
    let env = Env::new();
    let a = dated(
        &env,
        "a.txt",
        "2026-11-16",
        "A freight train carrying 22 tank wagons derailed near Tamsford on Sunday, November 15.",
    );
    json(&env, &["ingest", &a]);
    let listed = json(&env, &["list"]);
    let row = &listed[0];
    assert_eq!(row["speaker"], Value::Null);
    // The event was on the 15th; nobody could have seen the claim before the paper of the 16th.
    assert_eq!(row["first_seen"], "2026-11-16", "{listed:#}");
}

#[test]
fn everything_said_by_a_speaker_includes_outlets_that_did_not_name_them() {
    let env = Env::new();
    let a = dated(
        &env,
        "a.txt",
        "2026-11-17",
        "Environment minister Benedikt Sarn said all 340 tank wagons in Norvalia would be inspected by Friday.",
    );
    let b = dated(
        &env,
        "b.txt",
        "2026-11-18",
        "All 340 tank wagons in the country are to be inspected before chemical freight resumes.",
    );
    let r = json(&env, &["ingest", &a, &b]);
    let hers = first_claim(&r, 0);
    let unnamed = first_claim(&r, 1);
    if hers != unnamed {
        run_ok(&env, &["merge", &hers.to_string(), &unnamed.to_string()]);
    }
    let cmp = json(&env, &["compare", "--speaker", "Sarn"]);
    let claim = &cmp["claims"][0];
    assert_eq!(claim["mentions"].as_array().unwrap().len(), 2, "{cmp:#}");
}

#[test]
fn other_figures_are_another_fact_unless_one_figure_of_the_same_sentence_is_misreported() {
    let env = Env::new();
    // Two outlets' own narration: a temporary limit and the normal one are two facts.
    let r = two_days(
        &env,
        "The limit on the curve there was 40 km/h after the works.",
        "The normal limit on the curve is 90km/h.",
    );
    let second = &r[1]["statements"][0];
    assert_ne!(second["outcome"], "matched", "{second:#}");

    // The same sentence with one figure wrong is one fact told wrongly: joined, in conflict.
    let env = Env::new();
    let r = two_days(
        &env,
        "By Tuesday evening the fire had burned about 12,400 hectares of pine forest and scrub.",
        "By this evening the fire had burned through 21,400 hectares.",
    );
    let second = &r[1]["statements"][0];
    assert_eq!(second["outcome"], "matched", "{second:#}");
    assert!(
        second["conflicts"]
            .as_array()
            .is_some_and(|c| !c.is_empty()),
        "{second:#}"
    );
}

#[test]
fn a_bodys_figure_given_again_on_a_later_day_is_its_update_not_a_misquote() {
    let env = Env::new();
    let r = ingest_texts(
        &env,
        &[
            (
                "monday.txt",
                "---\npublished: 2026-09-14\n---\nT\n\n\
                 The National Health Protection Agency said on Monday that 38 people had been \
                 confirmed ill with varnellosis.\n",
            ),
            (
                "explainer.txt",
                "---\npublished: 2026-09-17\n---\nT\n\n\
                 - **Wednesday:** The National Health Protection Agency said that sixty-one \
                 people had been confirmed ill, in six regions.\n",
            ),
        ],
    );
    // Dated Wednesday by its list label; without that date it would be taken for a misquote
    // of Monday's figure and joined.
    let update = &r[1][0];
    assert_eq!(update["outcome"], "suggested", "{update:#}");
}

#[test]
fn one_sentence_of_a_long_quote_reported_alone_is_that_quote_either_way_round() {
    let long = "KATRIN OVELUND (TRANSPORT MINISTER): No. I never signed that contract. The port \
        board approved it in November 2023, and I was not on the board. Ask the board members \
        why they approved it.\n";
    let short =
        "Transport Minister Katrin Ovelund said she had never signed the Corvane contract.\n";
    for (first, second) in [(long, short), (short, long)] {
        let env = Env::new();
        let r = ingest_texts(
            &env,
            &[
                (
                    "a.txt",
                    &format!("---\npublished: 2026-03-02\n---\nT\n\n{first}"),
                ),
                (
                    "b.txt",
                    &format!("---\npublished: 2026-03-03\n---\nT\n\n{second}"),
                ),
            ],
        );
        let later = &r[1][0];
        assert_eq!(later["outcome"], "matched", "{later:#}");
        assert_eq!(later["claim_id"], r[0][0]["claim_id"]);
    }
}

#[test]
fn a_speakers_clarification_of_what_they_said_is_not_joined_to_it() {
    let env = Env::new();
    let r = ingest_texts(
        &env,
        &[
            (
                "friday.txt",
                "---\npublished: 2026-03-06\n---\nT\n\nDavor Kesh said: \"There was no warning \
                 board at Hollin Cut. None. Our member was driving blind.\"\n",
            ),
            (
                "monday.txt",
                "---\npublished: 2026-03-09\n---\nT\n\nDAVOR KESH: I said there was no board at Hollin \
                 Cut on Friday morning, and there wasn't. I never said nobody had ever put one \
                 up.\n",
            ),
        ],
    );
    // One sentence of Friday's quote is close enough to join by itself; the frame "I said"
    // makes Monday's words a remark of their own.
    let clarification = &r[1][0];
    assert_ne!(clarification["outcome"], "matched", "{clarification:#}");
}

#[test]
fn a_loose_likeness_from_over_a_year_apart_is_not_put_to_a_person() {
    use claimtrack::matching::{Decision, MatchConfig};
    use claimtrack::model::Kind;
    // A claim logged in 2024; the same speaker's loosely alike sentence in 2026 is another
    // story, while the same sentence the next month is worth asking about.
    let mut store = claimtrack::store::Store::open_in_memory().unwrap();
    store
        .bulk_claims([(
            Kind::Claim,
            "The pharmacies in Arlow ran out of insulin pens on Monday",
            Some("Clara Voss"),
            "2024-03-04",
        )])
        .unwrap();
    let cfg = MatchConfig {
        high: 0.7,
        ..MatchConfig::default()
    };
    let later = |seen: &str| {
        store
            .find_match(
                "Arlow ran out of pens for diabetics",
                Kind::Claim,
                Some("Clara Voss"),
                seen,
                &cfg,
            )
            .unwrap()
    };
    let next_month = later("2024-04-02").expect("a suggestion");
    assert_eq!(next_month.decision, Decision::Suggest);
    assert!(next_month.score < cfg.high);
    assert!(later("2026-04-02").is_none_or(|m| m.decision == Decision::New));
}
