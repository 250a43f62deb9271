//! The real binary against a temporary database: the day-one flow, re-ingest, and bad input.

use super::support::{Env, SEED, article};
use predicates::prelude::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimRow {
    id: i64,
    status: String,
    kind: String,
    speaker: Option<String>,
    text: String,
    articles: i64,
    mentions: i64,
    first_seen: Option<String>,
    last_seen: Option<String>,
    checkworthiness: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtractJson {
    title: Option<String>,
    published: Option<String>,
    statements: Vec<StatementJson>,
    speakers: Vec<serde_json::Value>,
    meta: Vec<(String, String)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementJson {
    kind: String,
    text: String,
    start: usize,
    end: usize,
    speaker: Option<String>,
    speaker_mention: Option<String>,
    speaker_span: Option<[usize; 2]>,
    /// Only on acts the outlet narrates.
    #[serde(default)]
    subject: Option<String>,
    cue: Option<String>,
    said_on: Option<String>,
    said_until: Option<String>,
    checkworthiness: f64,
    flags: Vec<String>,
}

fn list_json(env: &Env, args: &[&str]) -> Vec<ClaimRow> {
    let out = env
        .cmd()
        .arg("list")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// `claimtrack ingest FILES`, expected to fail with exit 2: its stderr and the error lines in it.
fn ingest_failing(env: &Env, files: &[&std::path::Path]) -> (String, Vec<String>) {
    let out = env.cmd().arg("ingest").args(files).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors = stderr
        .lines()
        .filter(|l| l.starts_with("claimtrack:"))
        .map(str::to_string)
        .collect();
    (stderr, errors)
}

#[test]
fn day_one_ingest_list_show_status_list() {
    let env = Env::new();
    env.cmd()
        .args([
            "ingest",
            article(SEED).to_str().unwrap(),
            "--outlet",
            "Example Wire",
            "--published",
            "2026-01-30",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("logged as article 1"));

    let open = list_json(&env, &[]);
    assert!(
        open.iter()
            .all(|c| (0.0..=1.0).contains(&c.checkworthiness) && c.first_seen <= c.last_seen)
    );
    let worth: Vec<f64> = open.iter().map(|c| c.checkworthiness).collect();
    assert!(
        worth.windows(2).all(|w| w[0] >= w[1]),
        "most check-worthy first: {worth:?}"
    );
    assert!(
        open.iter()
            .all(|c| c.status == "unverified" && c.kind != "comment")
    );
    let peskov = open
        .iter()
        .find(|c| c.text.starts_with("this pause was specifically for Kyiv"))
        .expect("Peskov's claim is open");
    assert_eq!(peskov.speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!((peskov.articles, peskov.mentions), (1, 1));

    env.cmd()
        .args(["show", &peskov.id.to_string()])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Dmitry Peskov (Kremlin spokesperson)")
                .and(predicate::str::contains("weekday-mismatch"))
                .and(predicate::str::contains("Example Wire")),
        );

    env.cmd()
        .args([
            "status",
            &peskov.id.to_string(),
            "disputed",
            "--note",
            "Kremlin readout differs",
            "--evidence",
            "https://example.org/readout",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "status",
            &peskov.id.to_string(),
            "false",
            "--by",
            "desk-editor",
        ])
        .assert()
        .success();

    // False is no longer open; `--status all` still has it, and show tells the whole story.
    assert!(!list_json(&env, &[]).iter().any(|c| c.id == peskov.id));
    assert!(
        list_json(&env, &["--status", "false"])
            .iter()
            .any(|c| c.id == peskov.id)
    );
    let shown = env
        .cmd()
        .args(["show", &peskov.id.to_string(), "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    let history = v["history"].as_array().unwrap();
    let actions: Vec<(&str, &str, &str)> = history
        .iter()
        .map(|h| {
            (
                h["action"].as_str().unwrap(),
                h["status"].as_str().unwrap_or(""),
                h["by"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        actions[1..],
        [
            ("status", "disputed", "tester"),
            ("status", "false", "desk-editor")
        ]
    );
    assert_eq!(history[1]["evidence"][0], "https://example.org/readout");
    assert_eq!(history[1]["note"], "Kremlin readout differs");
}

#[test]
fn comments_are_stored_but_only_listed_when_asked_for() {
    let env = Env::new();
    env.cmd()
        .args(["ingest", article(SEED).to_str().unwrap()])
        .assert()
        .success();
    let comments = list_json(&env, &["--kind", "comment"]);
    let handles: Vec<&str> = comments
        .iter()
        .filter_map(|c| c.speaker.as_deref())
        .collect();
    assert_eq!(comments.len(), 5, "{handles:?}");
    assert!(handles.contains(&"KittyKat"));
}

#[test]
fn filters_by_speaker_alias_and_article() {
    let env = Env::new();
    env.cmd()
        .args(["ingest", article(SEED).to_str().unwrap()])
        .assert()
        .success();
    let by_alias = list_json(&env, &["--speaker", "zelensky"]);
    assert!(!by_alias.is_empty());
    assert!(
        by_alias
            .iter()
            .all(|c| c.speaker.as_deref() == Some("Volodymyr Zelenskyy"))
    );
    assert!(list_json(&env, &["--article", "1"]).len() >= 12);
    env.cmd().args(["list", "--article", "99"]).assert().code(1);
    let since = list_json(&env, &["--since", "2026-02-01"]);
    assert!(
        since
            .iter()
            .all(|c| c.last_seen.as_deref() >= Some("2026-02-01")),
        "{since:?}"
    );
}

#[test]
fn re_ingesting_an_article_is_a_no_op() {
    let env = Env::new();
    let seed = article(SEED);
    env.cmd()
        .args(["ingest", seed.to_str().unwrap()])
        .assert()
        .success();
    let before = list_json(
        &env,
        &[
            "--status", "all", "--kind", "quote", "--kind", "claim", "--kind", "comment",
        ],
    )
    .len();
    env.cmd()
        .args(["ingest", seed.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("already logged as article 1"));
    // Same text from stdin: same content hash.
    env.cmd()
        .args(["ingest", "-"])
        .write_stdin(std::fs::read(&seed).unwrap())
        .assert()
        .success()
        .stderr(predicate::str::contains("already logged as article 1"));
    let after = list_json(
        &env,
        &[
            "--status", "all", "--kind", "quote", "--kind", "claim", "--kind", "comment",
        ],
    )
    .len();
    assert_eq!(before, after);
    env.cmd()
        .args(["articles", "--json"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("\"id\": 1").and(predicate::str::contains("\"id\": 2").not()),
        );
}

#[test]
fn the_same_url_is_the_same_article() {
    let env = Env::new();
    let a = env.write(
        "a.txt",
        b"Title\nThe council approved 12 new bus routes on Monday, officials said.\n",
    );
    let b = env.write(
        "b.txt",
        b"Title\nThe council approved 12 new bus routes on Monday.\n",
    );
    env.cmd()
        .args([
            "ingest",
            a.to_str().unwrap(),
            "--url",
            "https://example.org/x",
        ])
        .assert()
        .success();
    env.cmd()
        .args([
            "ingest",
            b.to_str().unwrap(),
            "--url",
            "https://example.org/x",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("already logged as article 1"));
}

#[test]
fn bad_inputs_are_named_on_one_line_and_the_good_file_still_goes_in() {
    let env = Env::new();
    let empty = env.write("empty.txt", b"  \n\n");
    let binary = env.write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00");
    let latin1 = env.write(
        "latin1.txt",
        b"Title\nCaf\xe9 owners said prices rose 12 percent.\n",
    );
    let dir = env.dir.path().join("a-directory");
    std::fs::create_dir(&dir).unwrap();
    let missing = env.dir.path().join("missing.txt");
    let bad_date = env.write(
        "bad-date.txt",
        b"---\npublished: 2025-13-45\n---\nTitle\n\nThe minister said supplies were stable.\n",
    );
    let seed = article(SEED);
    let (stderr, errors) = ingest_failing(
        &env,
        &[&missing, &dir, &binary, &latin1, &empty, &bad_date, &seed],
    );
    assert_eq!(errors.len(), 6, "{stderr}");
    assert!(
        errors[5].contains("bad-date.txt: front matter date `2025-13-45` is not a date"),
        "{stderr}"
    );
    assert!(errors[0].contains("missing.txt: no such file"), "{stderr}");
    assert!(
        errors[1].contains("a-directory: is a directory"),
        "{stderr}"
    );
    assert!(errors[2].contains("photo.jpg: binary file"), "{stderr}");
    assert!(
        errors[3].contains("latin1.txt: not valid UTF-8 at byte 9"),
        "{stderr}"
    );
    assert!(errors[4].contains("empty.txt: empty file"), "{stderr}");
    assert!(stderr.contains("logged as article 1"));
    let arts = env.cmd().args(["articles", "--json"]).output().unwrap();
    let v: Vec<serde_json::Value> = serde_json::from_slice(&arts.stdout).unwrap();
    assert_eq!(v.len(), 1);
}

#[test]
fn an_article_the_database_refuses_rolls_back_alone_inside_a_batch() {
    // Bulk ingest writes a batch of articles in one transaction. When the database refuses one
    // of them midway (here a trigger stands in for a full disk or a constraint), the batch is
    // replayed one article at a time: the refused article leaves nothing behind, the others
    // are stored whole, and the error names the file.
    let env = Env::new();
    env.cmd().args(["articles"]).assert().code(1); // creates the schema; nothing found yet
    let seed = std::fs::read_to_string(article(SEED)).unwrap();
    let refused = env.write("refused.txt", format!("Refused\n\n{seed}").as_bytes());
    {
        let db = rusqlite::Connection::open(env.db()).unwrap();
        db.execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON mentions
             WHEN (SELECT title FROM articles WHERE id = NEW.article_id) = 'Refused'
             BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END;",
        )
        .unwrap();
    }
    let (wire, seed) = (
        article("meridian-wire-kremlin-moscow-only.txt"),
        article(SEED),
    );
    let (stderr, errors) = ingest_failing(&env, &[&wire, &refused, &seed]);
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("refused.txt"), "{stderr}");
    assert!(errors[0].contains("refused by test trigger"), "{stderr}");

    let db = rusqlite::Connection::open(env.db()).unwrap();
    let count = |sql: &str| -> i64 { db.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM articles"), 2);
    assert_eq!(
        count("SELECT count(*) FROM articles WHERE title = 'Refused'"),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"),
        0,
        "no mention of the refused article survives"
    );
    // Both stored articles have all their statements.
    assert_eq!(count("SELECT count(DISTINCT article_id) FROM mentions"), 2);
}

#[test]
fn unknown_claims_statuses_and_kinds() {
    let env = Env::new();
    env.cmd()
        .args(["show", "42"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("claim 42 not found"));
    env.cmd()
        .args(["status", "42", "false"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("claim 42 not found"));
    env.cmd()
        .args(["status", "1", "dispted"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown status `dispted`; did you mean `disputed`?",
        ));
    env.cmd()
        .args(["list", "--kind", "qoute"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `quote`?"));
}

#[test]
fn extract_is_a_dry_run_with_the_json_contract() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["extract", article(SEED).to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let ex: ExtractJson = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        ex.title.as_deref(),
        Some("Kremlin Extends Invitation for Peace Talks in Moscow")
    );
    assert_eq!(
        ex.published.as_deref(),
        Some("2026-01-30"),
        "a date in the file name dates the article"
    );
    let input = std::fs::read_to_string(article(SEED)).unwrap();
    for s in &ex.statements {
        assert_eq!(&input[s.start..s.end], s.text);
        assert!(["quote", "claim", "comment"].contains(&s.kind.as_str()));
        assert!((0.0..=1.0).contains(&s.checkworthiness));
        if let (Some([a, b]), Some(m)) = (s.speaker_span, &s.speaker_mention) {
            assert_eq!(&input[a..b], m, "speaker_span names the speaker there");
        }
        assert!(s.said_until.is_none() || s.said_on.is_some());
        assert!(
            s.kind != "quote"
                || s.cue.is_some()
                || s.flags
                    .iter()
                    .any(|f| f == "inherited-speaker" || f == "headline"),
            "{s:?}"
        );
        assert!(s.subject.is_none() || s.speaker.is_none(), "{s:?}");
    }
    assert_eq!(
        ex.statements[0].subject.as_deref(),
        Some("Russian Federation"),
        "the outlet narrates what Russia did"
    );
    assert!(ex.speakers.len() >= 5, "speakers with roles and aliases");
    assert!(ex.meta.is_empty(), "the seed has no front matter");
    assert!(!env.db().exists(), "extract must not create a database");
}

#[test]
fn front_matter_gives_metadata_and_crlf_offsets_hold() {
    let env = Env::new();
    let body = "---\r\ntitle: Port Talks\r\noutlet: Harbour Voice\r\npublished: 2026-03-02\r\nurl: https://example.org/port\r\n---\r\nPort talks resume\r\n\u{feff}\u{a0}\"We will not accept 4 percent,\" union leader Mara Okafor said on Monday.\r\n";
    let p = env.write("port.txt", body.as_bytes());
    let out = env
        .cmd()
        .args(["extract", p.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let ex: ExtractJson = serde_json::from_slice(&out.stdout).unwrap();
    let q = ex
        .statements
        .iter()
        .find(|s| s.kind == "quote")
        .expect("a quote");
    assert_eq!(q.text, "We will not accept 4 percent");
    assert_eq!(&body[q.start..q.end], q.text);
    assert_eq!(q.speaker.as_deref(), Some("Mara Okafor"));
    assert_eq!(q.said_on.as_deref(), Some("2026-03-02"));
    env.cmd()
        .args(["ingest", p.to_str().unwrap()])
        .assert()
        .success();
    let arts = env.cmd().args(["articles", "--json"]).output().unwrap();
    let v: Vec<serde_json::Value> = serde_json::from_slice(&arts.stdout).unwrap();
    assert_eq!(v[0]["outlet"], "Harbour Voice");
    assert_eq!(v[0]["url"], "https://example.org/port");
    assert_eq!(v[0]["published"], "2026-03-02");
}

#[test]
fn export_holds_everything() {
    let env = Env::new();
    env.cmd()
        .args([
            "ingest",
            article(SEED).to_str().unwrap(),
            "--url",
            "https://example.org/seed",
        ])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["url"], "https://example.org/seed");
    assert_eq!(v["articles"][0]["id"], 1);
    let claims = v["claims"].as_array().unwrap();
    assert!(claims.len() >= 20);
    let m = &claims[0]["mentions"][0];
    assert_eq!(m["article_id"], 1);
    let body = v["articles"][0]["body"].as_str().unwrap();
    let (s, e) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&body[s..e], m["text"].as_str().unwrap());
    assert!(!claims[0]["history"].as_array().unwrap().is_empty());
}

#[test]
fn a_newer_database_is_refused_untouched() {
    let env = Env::new();
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch("PRAGMA user_version = 999;").unwrap();
    }
    env.cmd()
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newer claimtrack"));
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let v: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 999);
}

#[test]
fn list_into_a_closed_pipe_exits_quietly() {
    let env = Env::new();
    env.cmd()
        .args(["ingest", article(SEED).to_str().unwrap()])
        .assert()
        .success();
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let mut child = std::process::Command::new(bin)
        .args(["list", "--status", "all", "--limit", "0"])
        .env("CLAIMTRACK_DB", env.db())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // like `| head -0`
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn score_ranks_sentences_one_per_line() {
    let env = Env::new();
    let out = env
        .cmd()
        .arg("score")
        .write_stdin(
            "Trilateral talks were held in Abu Dhabi on January 23-24, 2026.\nWhy even bother?\n",
        )
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let scores: Vec<f64> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(scores.len(), 2);
    assert!(scores[0] > scores[1], "{text}");
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchHit {
    #[serde(flatten)]
    claim: ClaimRow,
    score: f64,
    method: String,
}

#[test]
fn search_finds_the_stored_claim_a_new_sentence_repeats_and_says_when_nothing_does() {
    let env = Env::new();
    env.cmd()
        .args(["ingest", article(SEED).to_str().unwrap()])
        .assert()
        .success();
    // A reporter pastes a line from a transcript: has it been logged, and checked?
    let out = env
        .cmd()
        .args([
            "search",
            "--json",
            "Zelenskyy says a meeting in Moscow is impossible",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let hits: Vec<SearchHit> = serde_json::from_slice(&out.stdout).unwrap();
    let first = hits.first().expect("a hit");
    assert!(
        first.claim.text.contains("impossible"),
        "the most alike first: {hits:?}"
    );
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(!first.method.is_empty());
    // Only that speaker's claims.
    let out = env
        .cmd()
        .args(["search", "--json", "--speaker", "peskov", "Moscow"])
        .output()
        .unwrap();
    let hits: Vec<SearchHit> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h.claim.speaker.as_deref() == Some("Dmitry Peskov")),
        "{hits:?}"
    );
    // Nothing alike: exit 1, like grep, and a line on stderr.
    env.cmd()
        .args(["search", "the price of tea in China"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("no stored claim"));
}

#[test]
fn list_as_csv_opens_in_a_spreadsheet_with_the_json_fields_as_columns() {
    let env = Env::new();
    env.cmd()
        .args(["ingest", article(SEED).to_str().unwrap()])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["list", "--csv", "--limit", "0"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "status",
            "kind",
            "speaker",
            "text",
            "articles",
            "mentions",
            "first_seen",
            "last_seen",
            "checkworthiness"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let json = list_json(&env, &["--limit", "0"]);
    assert_eq!(rows.len(), json.len());
    // Commas and quote marks inside a claim survive the round trip.
    for (row, claim) in rows.iter().zip(&json) {
        assert_eq!(row[0].parse::<i64>().unwrap(), claim.id);
        assert_eq!(&row[4], claim.text.as_str());
    }
    assert!(json.iter().any(|c| c.text.contains(',')));
}

#[test]
fn the_same_status_again_with_nothing_new_records_nothing_and_an_article_is_not_compared_with_itself()
 {
    let env = Env::new();
    env.cmd()
        .args(["ingest", article(SEED).to_str().unwrap()])
        .assert()
        .success();
    let history_len = || {
        let out = env.cmd().args(["show", "1", "--json"]).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["history"].as_array().unwrap().len()
    };
    env.cmd()
        .args(["status", "1", "disputed"])
        .assert()
        .success();
    let after_first = history_len();
    env.cmd()
        .args(["status", "1", "disputed"])
        .assert()
        .success()
        .stderr(predicate::str::contains("already disputed"));
    assert_eq!(history_len(), after_first, "a repeat adds no history");
    env.cmd()
        .args([
            "status",
            "1",
            "disputed",
            "--evidence",
            "https://example.org/readout",
        ])
        .assert()
        .success();
    assert_eq!(history_len(), after_first + 1, "new evidence is recorded");
    env.cmd()
        .args(["compare", "1", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("compared with itself"));
}
