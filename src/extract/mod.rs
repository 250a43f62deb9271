//! Article text → statements: direct quotes, reported and unattributed factual claims, and reader
//! comments, each with its speaker, cue, date and check-worthiness. Pure functions over a `&str`;
//! every span is a byte range into the input exactly as given (BOM, CRLF and all).
//!
//! The pipeline: `structure` finds paragraphs, `quotes` finds quotation spans, this module splits
//! sentences and clauses, `speakers` names who talks, `dates` reads when, `score` rates the rest.

pub mod dates;
pub mod lexicon;
pub mod quotes;
pub mod score;
pub mod speakers;
pub mod structure;
pub mod text;

use chrono::NaiveDate;
use dates::{DateContext, FoundDate, find_dates};
use lexicon::CUE_WORD;
use quotes::QuoteSpan;
use serde::{Deserialize, Serialize};
use speakers::{CueKind, Named, Registry, SpeakerPhrase, cue_kind_of, phrase_after, phrase_before};
use std::collections::{HashMap, HashSet};
use text::{Word, WordWindow, is_space, trim_span, words};

pub use crate::model::Kind;

/// Unattributed sentences score at least this to be logged as a claim.
pub const CLAIM_THRESHOLD: f64 = 0.5;

/// What the caller knows about the article beyond its text.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Publication date: resolves "February 1", "on Sunday" and "yesterday".
    pub published: Option<NaiveDate>,
}

/// One statement found in the article. Field names and meanings are a public contract (README).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub kind: Kind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Canonical speaker for this article ("Volodymyr Zelenskyy"), `None` for the article's own claims.
    pub speaker: Option<String>,
    /// The words naming the speaker at this place ("He", "President Zelenskyy").
    pub speaker_mention: Option<String>,
    pub speaker_span: Option<[usize; 2]>,
    /// Who an act the outlet narrates is about, when the statement has no speaker of its own:
    /// "Zelenskyy rejected the offer on Friday" is the outlet's claim about Zelenskyy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub cue: Option<String>,
    pub said_on: Option<NaiveDate>,
    pub said_until: Option<NaiveDate>,
    pub checkworthiness: f64,
    pub flags: Vec<String>,
}

/// A speaker as the article presents them: canonical name, role, and every alias used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerInfo {
    pub name: String,
    pub role: Option<String>,
    pub organisation: bool,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub statements: Vec<Statement>,
    pub speakers: Vec<SpeakerInfo>,
    /// Front-matter fields (`outlet`, `url`, `author`, …) as read.
    pub meta: Vec<(String, String)>,
}

/// Sentence-final abbreviations that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt",
    "sgt", "prof", "inc", "corp", "ltd", "co", "no", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "fig", "vol", "ave",
    "dept", "univ", "govt", "adm", "cmdr", "rev", "hon", "messrs",
];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// The sentence-final marks of `s` with their offsets, found without visiting every byte ('…' is
/// the only one outside ASCII, and its UTF-8 starts with 0xE2).
fn terminals(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text::find_bytes(s, *b".!?\xE2", false).filter_map(|i| {
        s[i..]
            .chars()
            .next()
            .filter(|&c| is_terminal(c))
            .map(|c| (i, c))
    })
}

/// Split a paragraph into sentences, never inside a quote (a quote's own final period ends the
/// sentence only when the next word starts with a capital: 'very constructive.' A subsequent…).
pub fn sentences(input: &str, ps: usize, pe: usize, quotes: &[&QuoteSpan]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = ps;
    let mut qi = 0;
    let mut iter = terminals(&input[ps..pe]).peekable();
    while let Some((off, c)) = iter.next() {
        let at = ps + off;
        while qi < quotes.len() && quotes[qi].outer_end <= at {
            qi += 1;
        }
        let inside = qi < quotes.len() && quotes[qi].inner.0 <= at && at < quotes[qi].inner.1;
        let mut after = at + c.len_utf8();
        if inside {
            // Only a period that is the quote's last character can end the sentence.
            let q = quotes[qi];
            let rest_of_inner = &input[after..q.inner.1];
            if !rest_of_inner.chars().all(|c| is_space(c) || is_terminal(c))
                || q.outer_end > pe
                || q.unclosed
            {
                continue;
            }
            after = q.outer_end;
        }
        // Skip closing marks and brackets.
        while let Some(ch) = text::char_at(input, after)
            .filter(|ch| text::is_quote_mark(*ch) || matches!(ch, ')' | ']' | '.' | '!' | '?'))
        {
            if after >= pe {
                break;
            }
            after += ch.len_utf8();
        }
        if after >= pe {
            continue;
        }
        let next_word = input[after..pe].trim_start_matches(is_space);
        if next_word.len() == input[after..pe].len() {
            continue; // no space after the punctuation: "U.S.-led", "3.5"
        }
        let Some(first) = next_word.chars().next() else {
            continue;
        };
        if !(first.is_uppercase()
            || first.is_ascii_digit()
            || text::is_quote_mark(first)
            || first == '(')
        {
            continue;
        }
        // `"…let's discuss this emergency!" Macron told the world`: a name and a speech verb
        // after a quote's own final mark attribute it; the sentence goes on.
        if inside
            && names_then_cue(next_word)
            // (A transcript voice can start the sentence after the quote's mark: then there is
            // nothing before it.)
            && !introduced(input.get(start..quotes[qi].open).unwrap_or(""))
        {
            continue;
        }
        if c == '.' && !inside {
            let word_before = input[start..at]
                .rsplit(|ch: char| is_space(ch) || ch == '(')
                .next()
                .unwrap_or("");
            let single_initial =
                word_before.chars().count() == 1 && word_before.chars().all(char::is_uppercase);
            if text::with_lower(word_before, |lw| ABBREVIATIONS.contains(&lw))
                || single_initial
                || text::is_dotted_abbreviation(word_before)
            {
                continue;
            }
        }
        out.push((start, after));
        start = after;
        // Move the iterator past anything we consumed.
        while iter.peek().is_some_and(|(o, _)| ps + o < after) {
            iter.next();
        }
    }
    if start < pe {
        out.push((start, pe));
    }
    out.into_iter()
        .map(|(s, e)| trim_span(input, s, e))
        .filter(|(s, e)| s < e)
        .collect()
}

/// The words before a quote introduce it already: `X released a statement: "…"`, `X tweeted "…"`,
/// `According to X, "…"`.
fn introduced(before: &str) -> bool {
    before.trim_end().ends_with(':')
        || before.split_whitespace().any(|w| {
            let w = w.trim_end_matches([',', ':']);
            speakers::cue_kind(w).is_some() || w.eq_ignore_ascii_case("according")
        })
}

/// Up to four capitalized words and then a speech verb: "Macron told", "Prime Minister Boris
/// Johnson said".
fn names_then_cue(text: &str) -> bool {
    for (i, w) in text.split_whitespace().take(5).enumerate() {
        let bare = w.trim_end_matches([',', ';', ':']);
        if i > 0 && speakers::cue_kind(bare) == Some(speakers::CueKind::Speech) {
            // `President Andrzej Duda remarked, "Today…"` opens a quote of its own.
            let rest = text[text.find(w).map_or(0, |p| p + w.len())..].trim_start();
            return !rest.starts_with(text::is_quote_mark);
        }
        let w = bare;
        if !w.chars().next().is_some_and(char::is_uppercase) || w.ends_with(['.', '!', '?']) {
            return false;
        }
    }
    false
}

/// Split points inside a sentence where a new clause with its own subject starts:
/// "…scheduled for February 1 in Abu Dhabi, though President Zelenskyy indicated…".
/// (Into `out`, whose old contents are dropped.)
fn clause_breaks(
    sentence: &str,
    base: usize,
    in_quote: &dyn Fn(usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    const JOINERS: &[&str] = &[
        "though", "although", "while", "whereas", "but", "however", "yet",
    ];
    out.clear();
    let mut s = base;
    let bytes = sentence.as_bytes();
    for i in text::find_bytes(sentence, *b",;", false) {
        let b = bytes[i];
        if bytes.get(i + 1) != Some(&b' ') || in_quote(base + i) {
            continue;
        }
        let next = sentence[i + 2..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // "Peskov, however, said …": a joiner set off by commas is an aside, not a new clause.
        let aside = sentence[i + 2 + next.len()..].starts_with(',');
        if b == b';' || (JOINERS.contains(&next) && !aside) {
            if base + i > s {
                out.push((s, base + i));
            }
            s = base + i + 2;
        }
    }
    out.push((s, base + sentence.len()));
}

/// A cue found in a sentence: the verb (or "according to") and where it is.
#[derive(Debug, Clone, Copy)]
struct Cue {
    word: usize,
    kind: CueKind,
    participle: bool,
    according_to: bool,
}

impl Cue {
    /// A finite verb of saying (or an act) at word `word`: no participle, no "according to".
    fn verb(word: usize, kind: CueKind) -> Cue {
        Cue {
            word,
            kind,
            participle: false,
            according_to: false,
        }
    }
}

#[derive(Clone)]
struct Resolved {
    entity: Option<usize>,
    mention: Option<(String, (usize, usize))>,
}

/// Per-sentence working lists, reused from one sentence to the next: an article has hundreds of
/// sentences, and a fresh allocation for each list of each was a good share of the time.
#[derive(Default)]
struct SentenceScratch {
    /// Which words are inside a quote.
    inside: Vec<bool>,
    cues: Vec<Cue>,
    clauses: Vec<(usize, usize)>,
}

struct Extractor<'a> {
    input: &'a str,
    registry: Registry,
    ctx: DateContext,
    out: Vec<(Statement, Option<usize>)>,
    /// The speaker of the last attributed quote, for quote paragraphs with no cue.
    last_quote_speaker: Option<(usize, Resolved2)>,
    /// A speaker announced by "X said:" at the end of a paragraph, for the quote after it.
    colon_speaker: Option<(usize, String)>,
    /// The named speaker of the sentence before, when it reported speech without quoting:
    /// "Jenn St-Onge told of being forced to re-evaluate her life. \"In my first stint…\"".
    prior_speaker: Option<usize>,
    /// The words of the sentence being processed (start, end) and their check-worthiness
    /// features, so its statements and candidate clauses are scored without reading their
    /// words again.
    sentence_words: Vec<(usize, usize)>,
    sentence_feats: Vec<u16>,
    sentence_span: (usize, usize),
    /// Quotes in the headline that name no speaker there; they take the speaker of the body
    /// quote that carries the same words.
    headline_quotes: Vec<(usize, usize)>,
    /// For statements in `out` (by index) that narrate an act: the entity the act is about, or
    /// the words naming it when they name no one the article knows ("the union").
    subjects: HashMap<usize, (Option<usize>, String)>,
    /// The buffer the words of each sentence are split into, kept from one sentence to the next.
    words_buf: Vec<Word<'a>>,
    /// Buffers for what `sentence_statements` works out about each sentence, kept likewise.
    scratch: SentenceScratch,
    /// The date a list item's bold label gives ("- **Wednesday:** The agency said…") for the
    /// statements of that item that give none of their own.
    label_date: Option<FoundDate>,
    /// Who issued the statement the text last mentioned ("Carla Benning has issued a
    /// statement."), for the "It reads: '…'" that quotes it.
    statement_by: Option<usize>,
    /// The words of the text before a mention that `body_named_before` reads.
    body_window: WordWindow<'a>,
    /// Two-word names the text has given so far, by surname ("Varga" → "Ilse Varga"), for a
    /// surname that opens a sentence before anyone known answers to it.
    full_names: speakers::FullNames,
    /// Up to where (a byte offset) "he", "she" and "they" still mean the source the article
    /// did not name ("One pharmacist told the Ledger: '…'. 'I have never seen anything like
    /// it,' she said."): the end of the sentence after the one that source spoke in, unless a
    /// named person comes first.
    unnamed_until: usize,
}

impl Extractor<'_> {
    /// Check-worthiness of `input[s..e]`, from the current sentence's word features when the
    /// span cuts no word of it, else by reading the text.
    fn score_span(&self, s: usize, e: usize) -> f64 {
        let (ss, se) = self.sentence_span;
        let w = &self.sentence_words;
        let from = w.partition_point(|x| x.0 < s);
        let to = from + w[from..].partition_point(|x| x.1 <= e);
        let cut_at_start = from > 0 && w[from - 1].1 > s;
        let cut_at_end = w.get(to).is_some_and(|x| x.0 < e);
        if s < ss || e > se || cut_at_start || cut_at_end {
            return score::checkworthiness(&self.input[s..e]);
        }
        score::from_features(&self.input[s..e], &self.sentence_feats[from..to])
    }
}

#[derive(Clone)]
struct Resolved2 {
    entity: Option<usize>,
}

impl<'a> Extractor<'a> {
    fn resolve(&mut self, p: &SpeakerPhrase) -> Resolved {
        let mention = Some((self.input[p.span.0..p.span.1].to_string(), p.span));
        let entity = match &p.named {
            // "The Bank projects that…" in the bank's own release: the capitalised head noun
            // is the short name of the body the article named ("National Bank of Marovia").
            Named::Name {
                name, role: None, ..
            } if !name.contains(' ')
                && let Some(body) = speakers::body_named_before(
                    self.input,
                    p.span.0,
                    name,
                    &mut self.body_window,
                ) =>
            {
                Some(self.registry.name(&body, None, true))
            }
            Named::Name { name, role, org } => {
                let i = self.registry.name(name, role.as_deref(), *org);
                self.registry.note_alias(i, &self.input[p.span.0..p.span.1]);
                Some(i)
            }
            Named::Pronoun(_) if p.span.0 < self.unnamed_until => None,
            Named::Pronoun(pr) => self.registry.pronoun(pr),
            Named::Role(r) => {
                // "the company" the article named only in passing; and when a speaker with that
                // head was named too ("chief economist at Aurum Bank"), the body the article
                // names more often so far ("the bank" in a story about the National Bank).
                // Counted over the last 6,000 bytes, as `body_named_before` reads them: a long
                // input costs no more per mention.
                let mut from = p.span.0.saturating_sub(6000);
                while !self.input.is_char_boundary(from) {
                    from += 1;
                }
                let before = &self.input[from..p.span.0];
                let passing =
                    speakers::body_named_before(self.input, p.span.0, r, &mut self.body_window);
                match (self.registry.peek_role(r), passing) {
                    (Some(i), Some(body))
                        if self.registry.entities[i].name != body
                            && before.matches(body.as_str()).count()
                                > before
                                    .matches(self.registry.entities[i].name.as_str())
                                    .count() =>
                    {
                        Some(self.registry.name(&body, None, true))
                    }
                    (Some(_), _) => self.registry.role(r),
                    (None, Some(body)) => Some(self.registry.name(&body, None, true)),
                    (None, None) => None,
                }
            }
            Named::Unnamed(_) => {
                // Its pronouns reach to the end of the next sentence.
                self.unnamed_until = next_sentence_end(self.input, p.span.1);
                None
            }
        };
        if entity.is_some_and(|i| !self.registry.entities[i].org) {
            self.unnamed_until = 0;
        }
        if let Some(i) = entity {
            self.registry.touch(i);
            if let Named::Pronoun(_) | Named::Role(_) = p.named {
                self.registry.note_alias(i, &self.input[p.span.0..p.span.1]);
            }
        }
        Resolved { entity, mention }
    }

    /// Someone the article does not name: "a protester", "officials", or "she" right after one.
    fn is_anonymous(&self, p: &SpeakerPhrase) -> bool {
        speakers::is_anonymous(self.input, p)
            || (matches!(p.named, Named::Pronoun(_)) && p.span.0 < self.unnamed_until)
    }

    /// "Northway, for its part, told the paper…": a one-word name that is "its" between the
    /// name and its verb is a body.
    fn note_its_between(&mut self, p: &SpeakerPhrase, ent: usize, verb_start: usize) {
        if self
            .input
            .get(p.span.1..verb_start)
            .is_some_and(|between| between.split_whitespace().any(|w| w == "its"))
        {
            self.registry.hint_org(ent);
        }
    }

    /// "Velmar announced on Monday that it would close the plant": a one-word name whose own
    /// report calls itself "it" is a body (a person says "he would" or "she would").
    fn note_it_clause(&mut self, p: &SpeakerPhrase, ent: usize, clause_start: usize) {
        let mut next = self.input[clause_start..].split_whitespace();
        if matches!(&p.named, Named::Name { name, .. } if !name.contains(' '))
            && next.next() == Some("it")
            && next.next().is_some_and(|w| AUXILIARIES.contains(&w))
        {
            self.registry.hint_org(ent);
        }
    }

    /// "… and his lawyer, Rafael Quint, said he had never taken a dalen": someone introduced
    /// as another's lawyer, spokesman or wife speaks about that other, so the "he" of what
    /// they said is the other, who stays the one a later "he" means.
    fn note_possessor(&mut self, p: &SpeakerPhrase, speaker: usize, clause_start: usize) {
        let mut from = p.span.0.saturating_sub(40);
        while !self.input.is_char_boundary(from) {
            from += 1;
        }
        let lead = &self.input[from..p.span.1];
        // "his lawyer, Rafael Quint" or "his lawyer Rafael Quint": "his"/"her" two or three
        // words before the name.
        let words: Vec<&str> = lead
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let name_words = self.input[p.span.0..p.span.1].split_whitespace().count();
        let before = &words[..words.len().saturating_sub(name_words)];
        let possessed = before
            .iter()
            .rev()
            .take(3)
            .skip(1)
            .any(|w| matches!(*w, "his" | "her" | "His" | "Her"));
        let pronoun = self.input[clause_start..]
            .split_whitespace()
            .next()
            .map(str::to_lowercase);
        if possessed
            && let Some(pr @ ("he" | "she")) = pronoun.as_deref()
            && let Some(other) = self.registry.pronoun_other_than(pr, Some(speaker))
        {
            self.registry.touch(other);
        }
    }

    /// The voice of a transcript paragraph ("PESKOV: …") as a resolved speaker.
    fn resolve_voice(&mut self, voice: &str, at: usize) -> Resolved {
        let phrase = SpeakerPhrase {
            named: speakers::label_name(&title_case_name(voice)),
            span: (at, at),
        };
        let mut r = self.resolve(&phrase);
        r.mention = Some((voice.to_string(), (at, at)));
        r
    }

    /// The clause from `from` to `ce`, without its closing stop, as `who`'s claim: "…, adding
    /// that B", "…, but that B". Whether there was anything to log.
    fn push_rest_of_clause(
        &mut self,
        (from, ce): (usize, usize),
        who: &Resolved,
        cue: &str,
        date: Option<&FoundDate>,
    ) -> bool {
        let (a, b) = trim_span(self.input, from, ce);
        let b = text::trim_end_chars(self.input, a, b, &['.', '!', '…', ';']);
        if b > a {
            self.push(Kind::Claim, (a, b), who, Some(cue), date, Vec::new());
        }
        b > a
    }

    /// A whole line that is someone's words with no cue or date of its own (an interview
    /// answer, a guest's line in a transcript), flagged with how it was found.
    fn push_line(&mut self, kind: Kind, span: (usize, usize), who: &Resolved, flag: &str) {
        self.push(kind, span, who, None, None, vec![flag.to_string()]);
    }

    fn push(
        &mut self,
        kind: Kind,
        span: (usize, usize),
        who: &Resolved,
        cue: Option<&str>,
        date: Option<&FoundDate>,
        flags: Vec<String>,
    ) {
        let (s, mut e) = span;
        // `…due to the 'situation with the U.S. and Iran.'`: a claim ending in a quoted
        // fragment whose period is inside the marks ends before that period, and so without
        // the closing mark (the gold conventions).
        if kind == Kind::Claim
            && !text::char_at(self.input, s).is_some_and(text::is_quote_mark)
            && let Some(mark) = text::char_before(self.input, e).filter(|&c| text::is_quote_mark(c))
            && let Some(stop) = text::char_before(self.input, e - mark.len_utf8())
            && matches!(stop, '.' | '!' | '…')
        {
            e = text::trim_end_chars(self.input, s, e - mark.len_utf8() - stop.len_utf8(), &[]);
        }
        if s >= e {
            return;
        }
        // Nothing is said after the article that reports it ("Zelenskyy will fly to Washington
        // on February 3. 'We are ready,' he said." in a January 30 article). An unattributed
        // claim's date is the date of its event, which may well be ahead ("Sentencing is
        // scheduled for February 4").
        let published = self.ctx.published;
        let label_date = self.label_date;
        let date = date
            .or(label_date.as_ref())
            .filter(|d| who.entity.is_none() || published.is_none_or(|p| d.from <= p));
        let text = self.input[s..e].to_string();
        let mut flags = flags;
        if date.is_some_and(|d| d.weekday_mismatch)
            && !flags.iter().any(|f| f == "weekday-mismatch")
        {
            flags.push("weekday-mismatch".into());
        }
        let st = Statement {
            kind,
            checkworthiness: self.score_span(s, e),
            text,
            start: s,
            end: e,
            speaker: None,
            speaker_mention: who.mention.as_ref().map(|m| m.0.clone()),
            speaker_span: who.mention.as_ref().map(|m| [m.1.0, m.1.1]),
            subject: None,
            // (A cue is nearly always ASCII: lower-cased then without the Unicode tables.)
            cue: cue.map(|c| {
                if c.is_ascii() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_lowercase()
                }
            }),
            said_on: date.map(|d| d.from),
            said_until: date.and_then(|d| d.until),
            flags,
        };
        self.out.push((st, who.entity));
    }
}

/// The cues of a sentence into `cues` (its old contents are dropped).
fn find_cues(input: &str, ws: &[Word], inside: &[bool], cues: &mut Vec<Cue>) {
    cues.clear();
    for (i, w) in ws.iter().enumerate() {
        // Only a reporting verb, a participle or "according" starts a cue.
        if inside[i] || !w.is(CUE_WORD) {
            continue;
        }
        // (One `&str` for every test below: a `Lower` checks its bytes again each time it is read.)
        let l = w.lower();
        let l: &str = &l;
        if l == "according" && ws.get(i + 1).is_some_and(|n| n.lower() == "to") {
            cues.push(Cue {
                word: i,
                kind: CueKind::Speech,
                participle: false,
                according_to: true,
            });
            continue;
        }
        // "ruled out" is a speech act, and "ruled that…" (a judge) reports a ruling; "ruled
        // the country" is neither.
        if l == "ruled"
            && ws
                .get(i + 1)
                .is_none_or(|n| !matches!(n.text, "out" | "that"))
        {
            continue;
        }
        // "Arnhollow recalled its cheese", "recalled 2,000 cars": a product recall, an act the
        // outlet narrates about the company, not words it remembers (and only when nobody is
        // said to report it: "…, the company said" below).
        if matches!(l, "recalled" | "recalls")
            && ws.get(i + 1).is_some_and(|n| {
                n.text.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        n.lower().as_ref(),
                        "its"
                            | "the"
                            | "a"
                            | "an"
                            | "all"
                            | "some"
                            | "about"
                            | "more"
                            | "their"
                            | "every"
                            | "thousands"
                            | "hundreds"
                            | "batches"
                            | "products"
                    )
            })
        {
            cues.push(Cue::verb(i, CueKind::Act));
            continue;
        }
        // "went on to say", "emerged to say", "took to Twitter to say": the speaker said it; not
        // "is expected to say" or "declined to say", which report nothing said.
        if l == "say" && i > 0 && ws[i - 1].lower() == "to" {
            if speakers::went_on_to(ws, i - 1).is_some() {
                cues.push(Cue::verb(i, CueKind::Speech));
            }
            continue;
        }
        // "The Ledger quoted her as saying the warning was "lost in an inbox"": the one
        // quoted speaks (`quoted_one`).
        if l == "saying"
            && i >= 3
            && ws[i - 1].text == "as"
            && (i.saturating_sub(10)..i - 1).any(|k| is_quoting_verb(ws[k].text))
        {
            cues.push(Cue::verb(i, CueKind::Speech));
            continue;
        }
        // "The union points out that…" reports; "won 12 points" is a score.
        if l == "points" && ws.get(i + 1).is_none_or(|n| n.text != "out") {
            continue;
        }
        // "The bank projects that inflation…" reports a forecast; "failed projects than
        // successful ones" is a noun.
        if matches!(l, "projects" | "forecasts")
            && ws.get(i + 1).is_none_or(|n| n.lower() != "that")
        {
            continue;
        }
        // "the said agreement", "a reported 40 deaths": a determiner before the verb makes it an adjective.
        let det_before = i > 0
            && matches!(
                ws[i - 1].lower().as_ref(),
                "the" | "a" | "an" | "this" | "its" | "their" | "his" | "her"
            );
        if det_before {
            continue;
        }
        // "the United States Department of…", "Gulf States": a capitalised "States" after a
        // capitalised word is part of a name, not the verb (97 false cues over wikinews).
        if w.text == "States" && i > 0 && ws[i - 1].is_capitalized() {
            continue;
        }
        // "Cohen spoke to Wikinews in June" reports a conversation; "Khosla talked of Munk's
        // \"countless discoveries\"" reports words. Only a quote makes these verbs cues.
        if matches!(l, "talked" | "spoke" | "referred") && !inside.contains(&true) {
            continue;
        }
        if let Some(kind) = cue_kind_of(w.lex) {
            if kind == CueKind::Speech
                && let Some(last) = cues.last()
                && last.kind == CueKind::Act
                && matches!(ws[last.word].lower().as_ref(), "recalled" | "recalls")
            {
                cues.pop();
            }
            cues.push(Cue::verb(i, kind));
        } else if w.is(lexicon::PARTICIPLE) && i > 0 && input[ws[i - 1].end..w.start].contains(',')
        {
            cues.push(Cue {
                word: i,
                kind: CueKind::Speech,
                participle: true,
                according_to: false,
            });
        }
    }
}

/// Words that mark a quoted span as a name, title or word-as-word rather than speech.
fn is_not_speech_marker(before: &str) -> bool {
    let b = before.trim_end();
    const MARKERS: &[&str] = &[
        "so-called",
        "so called",
        "dubbed",
        "nicknamed",
        "known as",
        "titled",
        "entitled",
        "the word",
        "the term",
        "the phrase",
        "the slogan",
        "the film",
        "the book",
        "the novel",
        "the song",
        "the album",
        "the movie",
        "the series",
        "the show",
        "the play",
        "the documentary",
        "the report",
        "the hashtag",
        "the motto",
        "the headline",
        "the podcast",
        "the exhibition",
        "the campaign",
        "the operation",
        "branded as",
        "named",
        "the nickname",
        "the label",
        "the programme",
        "the program",
        "the poem",
        "the painting",
        "the opera",
    ];
    // (Asked before every quote: ASCII text, nearly always, is compared in place. Elsewhere a
    // character may lower-case to ASCII, the Kelvin sign to "k", so the copy decides.)
    if b.is_ascii() {
        return MARKERS.iter().any(|m| {
            b.len() >= m.len()
                && b.as_bytes()[b.len() - m.len()..].eq_ignore_ascii_case(m.as_bytes())
        });
    }
    let b = b.to_lowercase();
    MARKERS.iter().any(|m| b.ends_with(m))
}

/// Extract every statement from an article.
pub fn extract(input: &str, opts: &ExtractOptions) -> Extraction {
    let doc = structure::parse(input);
    let mut published = opts.published.or_else(|| {
        ["published", "date"]
            .iter()
            .find_map(|k| doc.front.get(k))
            .and_then(|v| NaiveDate::parse_from_str(v.get(..10).unwrap_or(v), "%Y-%m-%d").ok())
    });
    // A dateline or a date-only heading ("Friday, January 4, 2019") dates an undated article.
    if published.is_none() {
        let mut ctx = DateContext::default();
        let candidates = doc.datelines.iter().map(|d| (d.start, d.end)).chain(
            doc.blocks
                .iter()
                .filter(|b| b.kind == structure::BlockKind::Heading)
                .map(|b| (b.start, b.end))
                .take(2),
        );
        for (s, e) in candidates {
            if let Some(d) = find_dates(&input[s..e], s, &mut ctx)
                .into_iter()
                .find(|d| !d.relative)
            {
                published = Some(d.from);
                break;
            }
        }
    }
    let mut ex = Extractor {
        input,
        registry: Registry::default(),
        ctx: DateContext {
            published,
            year: published.map(|d| chrono::Datelike::year(&d)),
        },
        out: Vec::new(),
        last_quote_speaker: None,
        colon_speaker: None,
        prior_speaker: None,
        sentence_words: Vec::new(),
        sentence_feats: Vec::new(),
        sentence_span: (0, 0),
        headline_quotes: Vec::new(),
        subjects: HashMap::new(),
        words_buf: Vec::new(),
        scratch: SentenceScratch::default(),
        label_date: None,
        statement_by: None,
        body_window: WordWindow::default(),
        full_names: Default::default(),
        unnamed_until: 0,
    };

    let title_block = doc.title().copied();
    // The headline: quotes only, and only when the headline itself names who spoke.
    if let Some(t) = title_block {
        let tq = quotes::find_quotes(input, &[(t.start, t.end)]);
        let refs: Vec<&QuoteSpan> = tq.iter().collect();
        let headline = Sentence {
            span: (t.start, t.end),
            quotes: &refs,
            headline: true,
            voice: None,
        };
        process_sentence(&mut ex, headline, &mut HashMap::new());
    }

    let paras: Vec<(usize, usize)> = doc.paragraphs().map(|b| (b.start, b.end)).collect();
    let all_quotes = quotes::find_quotes(input, &paras);
    // "PESKOV: …", "((WN)) …": each paragraph's transcript label, read once.
    let para_voices: Vec<Option<(usize, String)>> = paras
        .iter()
        .map(|&(ps, pe)| transcript_voice(input, ps, pe))
        .collect();
    let interviewers = interviewers(input, &paras, &para_voices);
    // "JON MARDELL (REPORTER):": the outlet's own people are never who "he" or "she" means,
    // and their later lines under the bare name ("JON MARDELL:") are the outlet's too.
    let mut staff_labels: HashSet<String> = HashSet::new();
    for (_, label) in para_voices.iter().flatten() {
        if let (name, Some(_)) = label_parts(label)
            && is_outlet_voice(label)
        {
            ex.registry.note_staff(&title_case_name(name));
            staff_labels.insert(name.to_lowercase());
        }
    }
    let outlet_voice =
        |label: &str| is_outlet_voice(label) || staff_labels.contains(&label.to_lowercase());
    // Who answers a Q&A's "A:" lines, once the first one asks.
    let mut interviewee: Option<Option<usize>> = None;
    let mut qi = 0;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let start_q = qi;
        while qi < all_quotes.len() && all_quotes[qi].para == pi {
            qi += 1;
        }
        let pq: Vec<&QuoteSpan> = all_quotes[start_q..qi].iter().collect();
        // A live-blog entry ("15:45 — “We would rather act now…”") is its own story: an uncued
        // quote there does not continue the voice of the entry above, which is a later hour.
        let line_start = input[..ps].rfind('\n').map_or(0, |i| i + 1);
        if line_start < ps && structure::live_blog_stamp(&input[line_start..pe]).is_some() {
            ex.last_quote_speaker = None;
            ex.prior_speaker = None;
            ex.colon_speaker = None;
        }
        // Interviews: "Q:" lines are the interviewer's, "A:" lines are the interviewee's words.
        let head = &input[ps..pe];
        if head.starts_with("Q:") || head.starts_with("Q.") {
            continue;
        }
        if head.starts_with("A:") && pq.is_empty() {
            let (a, b) = trim_span(input, ps + 2, pe);
            // The one the headline names after its colon answers; else the most named so far.
            let answers = *interviewee.get_or_insert_with(|| {
                let title = title_block
                    .map(|t| &input[t.start..t.end])
                    .or_else(|| doc.front.get("title"))?;
                match headline_subject(title)?.named {
                    Named::Name {
                        name,
                        role,
                        org: false,
                    } => Some(ex.registry.name(&name, role.as_deref(), false)),
                    _ => None,
                }
            });
            if let Some(ent) = answers
                .or_else(|| ex.registry.most_mentioned_person())
                .filter(|_| b > a)
            {
                let who = Resolved {
                    entity: Some(ent),
                    mention: None,
                };
                ex.push_line(Kind::Quote, (a, b), &who, "interview-answer");
            }
            continue;
        }
        // Transcripts: "PESKOV: We are ready." makes PESKOV the voice of the paragraph.
        let para_voice = &para_voices[pi];
        let (body_start, voice) = match para_voice {
            // "ANCHOR: …", "REPORTER: …": the outlet's own people speak for the outlet; what
            // they report is attributed as in any story.
            Some((n, label))
                if outlet_voice(label)
                    || is_furniture_label(label)
                    || interviewers.contains(&label.to_lowercase()) =>
            {
                (ps + n, None)
            }
            // "KATRIN OVELUND (TRANSPORT MINISTER):": the name is the voice.
            Some((n, phrase)) => (ps + n, Some(label_parts(phrase).0.to_string())),
            None => (ps + markdown_label(head).unwrap_or(0), None),
        };
        ex.label_date = None;
        if voice.is_none() && body_start > ps {
            // "- **Wednesday:** …": a label that is a date dates the item.
            let dates = dates::find_dates(&input[ps..body_start], ps, &mut ex.ctx);
            if let [only] = dates[..] {
                ex.label_date = Some(only);
            }
        }
        // "INGRID SOLLBERG: Nobody goes home until…": a guest's line in a transcript is their
        // words, as an interview answer is, quote marks or not.
        if let Some(label) = voice.as_ref().filter(|l| is_guest_label(l))
            && pq.is_empty()
        {
            let (a, b) = trim_span(input, body_start, pe);
            if b > a {
                let who = ex.resolve_voice(label, ps);
                ex.push_line(Kind::Quote, (a, b), &who, "transcript");
            }
            continue;
        }
        let mut speaker_dates: HashMap<usize, FoundDate> = HashMap::new();
        let mut k = 0;
        for sent in sentences(input, body_start, pe, &pq) {
            while k < pq.len() && pq[k].open < sent.0 {
                k += 1;
            }
            let from = k;
            while k < pq.len() && pq[k].open < sent.1 {
                k += 1;
            }
            let sentence = Sentence {
                span: sent,
                quotes: &pq[from..k],
                headline: false,
                voice: voice.as_ref(),
            };
            process_sentence(&mut ex, sentence, &mut speaker_dates);
        }
    }

    // Multi-paragraph quotes share the speaker of whichever part names one.
    link_continued_quotes(&mut ex.out, &all_quotes);
    credit_headline_quotes(&mut ex);

    let Extractor {
        mut registry,
        out,
        subjects,
        ..
    } = ex;
    registry.complete_names(input);
    // "The judge says…" in a live blog's key points, before the judge is named further down:
    // the one person the article gives that role.
    let mut out = out;
    for (st, ent) in out.iter_mut() {
        if ent.is_none()
            && st.flags.iter().any(|f| f == "unresolved-speaker")
            && let Some(m) = st.speaker_mention.as_deref()
            && m.split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && let Some(i) = registry.only_role(m)
        {
            *ent = Some(i);
            st.flags.retain(|f| f != "unresolved-speaker");
        }
    }
    let mut statements: Vec<Statement> = out
        .into_iter()
        .enumerate()
        .map(|(i, (mut st, ent))| {
            st.speaker = ent.map(|i| registry.entities[i].name.clone());
            st.subject = subjects.get(&i).map(|(e, words)| match e {
                Some(e) => registry.entities[*e].name.clone(),
                None => words.clone(),
            });
            st
        })
        .collect();

    for c in &doc.comments {
        let (s, e) = c.text;
        let handle = &input[c.handle.0..c.handle.1];
        statements.push(Statement {
            kind: Kind::Comment,
            text: input[s..e].to_string(),
            start: s,
            end: e,
            speaker: Some(handle.to_string()),
            speaker_mention: Some(handle.to_string()),
            speaker_span: Some([c.handle.0, c.handle.1]),
            subject: None,
            cue: None,
            said_on: None,
            said_until: None,
            checkworthiness: score::checkworthiness(&input[s..e]),
            flags: Vec::new(),
        });
    }
    statements.sort_by_key(|s| (s.start, s.end));
    statements.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.kind == b.kind);

    // Entities that came to share a name ("WHO" spelt out as "World Health Organization")
    // are one speaker.
    let mut speakers: Vec<SpeakerInfo> = Vec::new();
    for e in registry.entities.iter().filter(|e| {
        statements
            .iter()
            .any(|s| s.speaker.as_deref() == Some(e.name.as_str()))
    }) {
        match speakers.iter_mut().find(|s| s.name == e.name) {
            Some(s) => {
                for a in &e.aliases {
                    if !s.aliases.contains(a) {
                        s.aliases.push(a.clone());
                    }
                }
                s.role = s.role.take().or_else(|| e.role.clone());
            }
            None => speakers.push(SpeakerInfo {
                name: e.name.clone(),
                role: e.role.clone(),
                organisation: e.org,
                aliases: e.aliases.clone(),
            }),
        }
    }
    Extraction {
        // The headline as printed, unless the first line is a kicker ("FOR IMMEDIATE
        // RELEASE", "Key points:"): then the front matter's title.
        title: title_block
            .map(|t| &input[t.start..t.end])
            .filter(|t| !is_kicker(t))
            .or_else(|| doc.front.get("title"))
            .or_else(|| title_block.map(|t| &input[t.start..t.end]))
            .map(str::to_string),
        published,
        statements,
        speakers,
        meta: doc.front.fields.clone(),
    }
}

/// A first line that labels what follows rather than heads it: "Key points:", "FOR IMMEDIATE
/// RELEASE", "LIVE".
fn is_kicker(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(':')
        || structure::is_furniture(line)
        || (line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase))
}

/// `"There was never a third box": Lowmarch election chief Helena Brask on the recount`: the
/// person a headline names after its colon.
fn headline_subject(title: &str) -> Option<SpeakerPhrase> {
    let (_, after) = title.rsplit_once(": ")?;
    let tagged = format!("said {after}");
    let ws = words(&tagged, 0);
    phrase_after(&tagged, &ws, 0)
}

/// A headline quote with no speaker of its own ("'Not one container moves': dockers dig in") is
/// the body quote that carries the same words, and is credited to that quote's speaker. One
/// that no attributed body quote carries is left out, as before: a headline is not evidence.
fn credit_headline_quotes(ex: &mut Extractor) {
    let lowered =
        |t: &str| -> Vec<String> { words(t, 0).iter().map(|w| w.lower().to_string()).collect() };
    for span in std::mem::take(&mut ex.headline_quotes) {
        let want = lowered(&ex.input[span.0..span.1]);
        // "arrested for 'dark web' child porn": one or two words are a scare quote.
        if want.len() < 3 {
            continue;
        }
        // The body quote carries the headline's words as its own, not inside a quote of
        // someone else's ("…he closed the door and said 'don't worry about the invoices'").
        let carries = |body: &str| {
            let ws = words(body, 0);
            ws.windows(want.len()).any(|win| {
                win.iter().zip(&want).all(|(w, h)| w.lower() == h.as_str())
                    && !body[..win[0].start]
                        .trim_end()
                        .ends_with(text::is_quote_mark)
            })
        };
        let source = ex
            .out
            .iter()
            .find(|(st, ent)| st.kind == Kind::Quote && ent.is_some() && carries(&st.text));
        if let Some((st, ent)) = source {
            let (said_on, said_until, ent) = (st.said_on, st.said_until, *ent);
            let who = Resolved {
                entity: ent,
                mention: None,
            };
            ex.push(
                Kind::Quote,
                span,
                &who,
                None,
                None,
                vec!["headline".to_string()],
            );
            if let Some((last, _)) = ex.out.last_mut() {
                last.said_on = said_on;
                last.said_until = said_until;
            }
        }
    }
}

/// "- **Decision:** The base rate went up…": the length of a Markdown list item's bold label,
/// which names the topic of what follows, not who says it.
fn markdown_label(para: &str) -> Option<usize> {
    let body = ["- ", "* ", "+ "]
        .iter()
        .find_map(|m| para.strip_prefix(m))
        .map_or(para, str::trim_start);
    let mark = body.get(..2).filter(|m| *m == "**" || *m == "__")?;
    let close = body[2..].find(mark)? + 2;
    let label = &body[2..close];
    let mut end = close + 2;
    if body[end..].starts_with(':') {
        end += 1;
    } else if !label.ends_with(':') || label.len() > 60 {
        return None;
    }
    let rest = &body[end..];
    let skip = end + (rest.len() - rest.trim_start_matches(is_space).len());
    Some(para.len() - body.len() + skip)
}

/// The labels of a transcript's interviewer: most of their lines are questions ("AMSEL: Why
/// now?", "((WN)) How rare is it…?"). Their lines are the outlet's, not a guest's words.
fn interviewers(
    input: &str,
    paras: &[(usize, usize)],
    voices: &[Option<(usize, String)>],
) -> HashSet<String> {
    let mut lines: HashMap<String, (usize, usize)> = HashMap::new();
    for (&(ps, pe), voice) in paras.iter().zip(voices) {
        if let Some((_, label)) = voice {
            let asked = input[ps..pe].trim_end().ends_with('?');
            let e = lines.entry(label.to_lowercase()).or_default();
            e.0 += 1;
            e.1 += usize::from(asked);
        }
    }
    lines
        .into_iter()
        .filter(|(_, (n, asked))| *n >= 2 && asked * 2 >= *n)
        .map(|(label, _)| label)
        .collect()
}

/// A transcript label's name and the role in brackets after it ("ANNA KESSLER (PRESENTER)").
fn label_parts(label: &str) -> (&str, Option<&str>) {
    match label.strip_suffix(')').and_then(|l| l.split_once('(')) {
        Some((name, role)) if !name.trim().is_empty() => (name.trim(), Some(role.trim())),
        _ => (label, None),
    }
}

/// A transcript label for the outlet's own staff, not a guest: "PRESENTER", or a name with
/// that role in brackets.
fn is_outlet_voice(label: &str) -> bool {
    let (name, role) = label_parts(label);
    is_outlet_role(role.unwrap_or(name))
}

fn is_outlet_role(label: &str) -> bool {
    matches!(
        label.to_lowercase().as_str(),
        "anchor"
            | "presenter"
            | "host"
            | "reporter"
            | "correspondent"
            | "interviewer"
            | "narrator"
            | "moderator"
            | "announcer"
            | "newsreader"
    )
}

/// A transcript label that names a guest: in capitals ("PESKOV", "INGRID SOLLBERG") or a full
/// name ("Ingrid Sollberg"), and not page furniture ("Photo:", "Related:", "Key points:").
fn is_guest_label(label: &str) -> bool {
    if is_furniture_label(label) || is_outlet_voice(label) {
        return false;
    }
    let lower = label.to_lowercase();
    // "((wss))" and "Kamala Harris Image:" (a photo credit) are not people speaking.
    if !label
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '\'' | '’'))
        || ["image", "photo", "picture", "credit", "video", "file"]
            .iter()
            .any(|w| lower.ends_with(w))
    {
        return false;
    }
    let letters = label.chars().filter(|c| c.is_alphabetic());
    let all_caps = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
    all_caps || label.split_whitespace().count() >= 2
}

/// A paragraph label that is page furniture or a kicker ("Photo:", "Related:", "Key points:",
/// "BREAKING:"), not anyone's voice.
fn is_furniture_label(label: &str) -> bool {
    const FURNITURE: &[&str] = &[
        "photo",
        "related",
        "read more",
        "phone",
        "email",
        "key points",
        "update",
        "note",
        "source",
        "sources",
        "correction",
        "listen",
        "watch",
        "video",
        "pictured",
        "caption",
        "editor's note",
        "advertisement",
        "tel",
        "fax",
        "web",
        "contact",
        "media contact",
        // Live-blog and section kickers: "BREAKING: The bank has raised…".
        "breaking",
        "breaking news",
        "latest",
        "live",
        "exclusive",
        "analysis",
        "opinion",
        "explainer",
        "factbox",
        "fact check",
        "timeline",
        "background",
        "context",
        "recap",
        "summary",
        "what we know",
        "key facts",
        // A fact-check's labels: "CLAIM: …", "VERDICT: Misleading.", "OUR RULING: …".
        "claim",
        "the claim",
        "verdict",
        "the verdict",
        "rating",
        "ruling",
        "our ruling",
        "the facts",
        "what we found",
        "conclusion",
        "bottom line",
        "assessment",
    ];
    FURNITURE.contains(&label.to_lowercase().as_str())
}

/// "PESKOV:", "Dmitry Peskov:", "Q:" at the head of a paragraph, or Wikinews's interview label
/// "((Aparna Garg))": the prefix length and the voice.
fn transcript_voice(input: &str, ps: usize, pe: usize) -> Option<(usize, String)> {
    let para = &input[ps..pe];
    // "[CLIP] DERVLA QUIST: …": a bracketed tag before the label says how the line was aired.
    if let Some(rest) = para.strip_prefix('[')
        && let Some(close) = rest.find(']')
        && close <= 20
        && rest[..close].chars().all(|c| c.is_alphabetic() || c == ' ')
    {
        let after = &rest[close + 1..];
        let tag = 1 + close + 1 + (after.len() - after.trim_start_matches(is_space).len());
        return transcript_voice(input, ps + tag, pe).map(|(skip, label)| (tag + skip, label));
    }
    if let Some(rest) = para.strip_prefix("((")
        && let Some(close) = rest.find("))")
        && close <= 40
        && !rest[..close].contains(['(', ')', '\n'])
    {
        let after = &rest[close + 2..];
        let skip = 2 + close + 2 + (after.len() - after.trim_start_matches(is_space).len());
        return Some((skip, rest[..close].trim().to_string()));
    }
    let colon = para.find(':')?;
    let head = &para[..colon];
    // More than four words is no label: no need to split the rest.
    let ws: Vec<Word> = text::first_words(head, 0).take(5).collect();
    if ws.is_empty() || ws.len() > 4 || head.len() != head.trim_start().len() {
        return None;
    }
    if !ws.iter().all(|w| w.is_capitalized()) || head.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // "- **Decision:** The base rate went up…": a Markdown label heads a list item, no voice.
    if head.contains(['*', '_', '#']) || head.starts_with(['-', '+']) {
        return None;
    }
    let rest = &para[colon + 1..];
    let skip = colon + 1 + (rest.len() - rest.trim_start_matches(is_space).len());
    Some((skip, head.trim().to_string()))
}

fn title_case_name(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if w.chars().all(|ch| !ch.is_lowercase()) => {
                    f.to_string() + &c.as_str().to_lowercase()
                }
                Some(f) => f.to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One sentence to read: its span, the quotes in it, whether it is the headline, and the
/// transcript voice of its paragraph.
#[derive(Clone, Copy)]
struct Sentence<'q> {
    span: (usize, usize),
    quotes: &'q [&'q QuoteSpan],
    headline: bool,
    voice: Option<&'q String>,
}

fn process_sentence(
    ex: &mut Extractor,
    sentence: Sentence,
    speaker_dates: &mut HashMap<usize, FoundDate>,
) {
    let input = ex.input;
    let (s, e) = sentence.span;
    let mut ws = std::mem::take(&mut ex.words_buf);
    let mut scratch = std::mem::take(&mut ex.scratch);
    text::words_into(&input[s..e], s, &mut ws);
    sentence_statements(ex, &ws, &mut scratch, sentence, speaker_dates);
    ex.words_buf = ws;
    ex.scratch = scratch;
}

/// `process_sentence` once the sentence is split into words.
fn sentence_statements(
    ex: &mut Extractor,
    ws: &[Word],
    scratch: &mut SentenceScratch,
    sentence: Sentence,
    speaker_dates: &mut HashMap<usize, FoundDate>,
) {
    let Sentence {
        span: (s, e),
        quotes,
        headline,
        voice,
    } = sentence;
    let input = ex.input;
    ex.sentence_span = (s, e);
    ex.sentence_words.clear();
    ex.sentence_words
        .extend(ws.iter().map(|w| (w.start, w.end)));
    ex.sentence_feats.clear();
    ex.sentence_feats
        .extend(ws.iter().map(score::word_features_of));
    // Quotes are in text order, so one sweep marks the words inside them.
    let mut qi = 0;
    scratch.inside.clear();
    scratch.inside.extend(ws.iter().map(|w| {
        while qi < quotes.len() && quotes[qi].inner.1 < w.end {
            qi += 1;
        }
        qi < quotes.len() && w.start >= quotes[qi].inner.0 && w.end <= quotes[qi].inner.1
    }));
    let inside: &[bool] = &scratch.inside;
    let in_quote = |at: usize| quotes.iter().any(|q| at >= q.open && at < q.outer_end);
    let dates_here = dates::find_dates_in(input, ws, &mut ex.ctx);
    find_cues(input, ws, inside, &mut scratch.cues);
    let cues: &[Cue] = &scratch.cues;
    let allowed = |i: usize| !inside[i];
    clause_breaks(&input[s..e], s, &in_quote, &mut scratch.clauses);
    let clauses: &[(usize, usize)] = &scratch.clauses;
    // "In the same statement, HNF chief executive Oskar Brandvik apologized": the sentence
    // opens after its introductory phrase.
    let opening = intro_end(input, ws, ws.len());
    for (name, role, at) in speakers::titled_names(input, ws, &allowed) {
        let idx = ex.registry.mention(&name, role.as_deref());
        // "Mr Zelensky's reply on Friday was…": a titled name opening the sentence is its topic.
        if at <= 1 || (opening > 0 && at <= opening + 3) {
            ex.registry.touch(idx);
        }
    }
    if let Some(idx) = speakers::opening_person(input, ws, &ex.registry) {
        ex.registry.touch(idx);
        ex.unnamed_until = 0;
    } else if let Some((a, b)) = speakers::opening_name_word(input, ws)
        && let Some(full) = ex.full_names.get(&input[a..b])
    {
        // "Varga did not concede." after "…his challenger Ilse Varga by 426 votes".
        let idx = ex.registry.mention(full, None);
        ex.registry.touch(idx);
        ex.unnamed_until = 0;
    }
    ex.full_names.note(input, ws);
    if let Some((name, role)) = speakers::opening_appositive_person(input, ws) {
        let idx = ex.registry.mention(&name, Some(&role));
        ex.registry.touch(idx);
    }

    // --- Direct quotes -------------------------------------------------------------------
    let mut attributed: Vec<(usize, Option<usize>, usize)> = Vec::new(); // (quote index, entity, cue word)
    for (k, q) in quotes.iter().enumerate() {
        let mut from = s.max(q.open.saturating_sub(40));
        while !input.is_char_boundary(from) {
            from += 1;
        }
        let before_text = &input[from..q.open];
        if is_not_speech_marker(before_text) {
            continue;
        }
        let qtext = &input[q.text.0..q.text.1];
        // (Compared with six at most.)
        let qwords = text::word_count_to(qtext, 7);
        // `„not irreversible“ („nicht unumkehrbar“), Strahl told…`: the original words in
        // brackets after a translated quote stand between it and its cue.
        let after_quote = {
            let rest = input.get(q.outer_end..e).unwrap_or("");
            let lead = rest.len() - rest.trim_start().len();
            match rest
                .trim_start()
                .strip_prefix('(')
                .and_then(|r| r.find(')'))
            {
                Some(close) if close <= 80 => q.outer_end + lead + 1 + close + 1,
                _ => q.outer_end,
            }
        };
        let first_after =
            Some(ws.partition_point(|w| w.start < after_quote)).filter(|&i| i < ws.len());
        let last_before = ws.partition_point(|w| w.end <= q.open).checked_sub(1);

        // (a) A cue right after the quote: `"…," X said`, `"…," said X`, `"…," X, the minister, said`.
        let mut found: Option<(SpeakerPhrase, usize)> = None;
        if let Some(fa) = first_after {
            let gap_ok = input[after_quote..ws[fa].start]
                .trim()
                .chars()
                .all(|c| matches!(c, ',' | '—' | '–' | '-'));
            // `told MSNBC Cummings "was a great man," while President Trump noted…`: after a
            // conjunction comes another clause with its own speaker.
            let conjunction = matches!(
                ws[fa].lower().as_ref(),
                "while" | "whereas" | "but" | "and" | "although" | "though" | "as" | "after"
            );
            let comma_closed = input[q.open..ws[fa].start]
                .trim_end()
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
                .ends_with(',');
            if gap_ok && !conjunction {
                // Only the first cue after the quote can be its attribution.
                if let Some(c) = cues
                    .iter()
                    // "…", adding …: a participle goes back to the sentence's subject, never
                    // names the quote's speaker after it.
                    // Within a few words, or past a name and an appositive of up to 24 words
                    // when a comma closes the quote and another the appositive ("…," Rafael
                    // Andujar, chief of the Valdera Fire and Rescue Service, told reporters).
                    .find(|c| {
                        c.word >= fa
                            && (c.word < fa + 10
                                || (c.word < fa + 28 && comma_closed && {
                                    let g = &input[ws[c.word - 1].end..ws[c.word].start];
                                    g.trim() == ","
                                }))
                            && !c.according_to
                            && !c.participle
                    })
                {
                    if c.word == fa {
                        if let Some(p) = phrase_after(input, ws, c.word) {
                            found = Some((p, c.word));
                        }
                    } else if let Some(p) = phrase_before(input, ws, c.word, &allowed)
                        // Not across a clause boundary: `an "interesting" case; Miller said`.
                        && p.span.0 >= q.outer_end
                        && !input[q.outer_end..p.span.0].contains([';', ':'])
                    {
                        found = Some((p, c.word));
                    }
                }
            }
        }
        // (a') `"…": Tomas Okafor on the strike` — a headline naming its speaker after a colon.
        if found.is_none()
            && let Some(fa) = first_after
            && input[q.outer_end..ws[fa].start].trim() == ":"
            && headline
        {
            let dummy = Word::new("said", ws[fa].start, ws[fa].start);
            let mut v: Vec<Word> = vec![dummy];
            v.extend_from_slice(&ws[fa..]);
            // "'Not one container moves': Brennick dockers dig in" — a one-word name must end
            // the headline or be followed by what a speaker tag allows ("… on the strike", "—").
            let ends_tag = |p: &SpeakerPhrase| {
                let next = ws.partition_point(|w| w.start < p.span.1);
                next >= ws.len()
                    || !input[p.span.1..ws[next].start].trim().is_empty()
                    || ws[next].is(CUE_WORD)
                    || matches!(
                        ws[next].lower().as_ref(),
                        "on" | "about" | "over" | "in" | "at" | "to" | "after" | "as"
                    )
            };
            if let Some(p) = phrase_after(input, &v, 0).filter(|p| {
                matches!(&p.named, Named::Name { name, .. } if name.contains(' ') || ends_tag(p))
            }) {
                found = Some((p, fa));
            }
        }
        // (a'') `"…" — Governor Mattias Roe, 2 November`, `"…," – Orla Venn, health minister`:
        // a dash after the quote names whose words they are, as under a pull quote or in a
        // fact-check's claim line.
        if found.is_none()
            && let Some(fa) = first_after
            && matches!(
                input[q.outer_end..ws[fa].start].trim(),
                "—" | "–" | "―" | "-" | "--"
            )
        {
            let dummy = Word::new("said", ws[fa].start, ws[fa].start);
            let mut v: Vec<Word> = vec![dummy];
            v.extend_from_slice(&ws[fa..]);
            if let Some(p) = phrase_after(input, &v, 0)
                .filter(|p| matches!(&p.named, Named::Name { name, .. } if name.contains(' ')))
            {
                found = Some((p, fa));
            }
        }
        // (b) A cue before the quote in the same sentence: `X said: "…"`, `X described it as '…'`.
        if found.is_none() {
            for c in cues
                .iter()
                .rev()
                .filter(|c| Some(c.word) <= last_before && !c.according_to)
            {
                let p = if let Some(quoted) = quoted_one(input, ws, c.word, &allowed) {
                    // `The Ledger quoted her as saying the warning was "lost in an inbox"`.
                    Some(quoted)
                } else if after_and(ws, c.word) {
                    coordinated_subject(input, ws, c.word, &allowed)
                } else if c.participle {
                    subject_of(input, ws, c.word, &allowed)
                } else {
                    // "A witness told PA Media: …": after told/asked/urged comes the listener,
                    // so only verbs that invert ("…," said Peskov) may name the speaker after.
                    phrase_before(input, ws, c.word, &allowed).or_else(|| {
                        if takes_listener(ws[c.word].text) {
                            None
                        } else {
                            phrase_after(input, ws, c.word)
                        }
                    })
                };
                // "the pause agreed with Washington was "about Kyiv"": a role noun nobody in the
                // article answers to is not the speaker; look further back ("Peskov told…").
                // "A Labour spokesman said": someone the article does not name.
                if let Some(p) = p.filter(|p| {
                    !matches!(&p.named, Named::Role(r) if ex.registry.peek_role(r).is_none()
                        && speakers::indefinite_role(input, p).is_none())
                }) {
                    found = Some((p, c.word));
                    break;
                }
            }
        }
        // "It reads: '…'" after "X has issued a statement.": X's words.
        if found.is_none()
            && let Some(lb) = last_before
            && matches!(ws[lb].text, "reads" | "read")
            && input[ws[lb].end..q.open].trim() == ":"
            && let Some(ent) = ex.statement_by
        {
            let e = &ex.registry.entities[ent];
            found = Some((
                SpeakerPhrase {
                    named: Named::Name {
                        name: e.name.clone(),
                        role: None,
                        org: e.org,
                    },
                    span: (ws[lb].start, ws[lb].start),
                },
                lb,
            ));
        }
        // (b') "According to X, '…'" and a headline's "Peskov: '…'".
        if found.is_none()
            && let Some(c) = cues
                .iter()
                .rev()
                .find(|c| c.according_to && Some(c.word) <= last_before)
            && let Some(p) = phrase_after(input, ws, c.word + 1)
        {
            found = Some((p, c.word));
        }
        // "The paper quotes Finance Minister Andrej Sokol: „…“", "quotes Miriam Castellan's
        // radio interview on Thursday: «…»": the one quoted is the one who spoke.
        if found.is_none()
            && let Some(lb) = last_before
            && input[ws[lb].end..q.open].trim() == ":"
            && let Some(k) = (lb.saturating_sub(10)..lb)
                .rev()
                .find(|&k| is_quoting_verb(ws[k].text))
            // "quoted Quenmark's managing director, Konrad Weisshaupt: „…“": past the body
            // whose officer it is.
            && let Some(p) = phrase_after(
                input,
                ws,
                if ws.get(k + 1).is_some_and(|w| w.text.ends_with("'s") || w.text.ends_with("’s")) {
                    k + 1
                } else {
                    k
                },
            )
            && matches!(p.named, Named::Name { .. })
        {
            found = Some((p, k));
        }
        if found.is_none()
            && let Some(lb) = last_before
        {
            let between = input[ws[lb].end..q.open].trim();
            if between == ":" {
                let p = phrase_before(input, ws, lb + 1, &allowed).or_else(|| {
                    // phrase_before expects a verb at `lb + 1`; a colon has none, so read the phrase ending at lb.
                    let fake: Vec<Word> = ws[..=lb].to_vec();
                    let dummy = Word::new("said", ws[lb].end, ws[lb].end);
                    let mut v = fake;
                    v.push(dummy);
                    phrase_before(input, &v, lb + 1, &allowed)
                });
                // "One pharmacist …, told the Voice: '…'": the one told is the listener, never
                // the speaker.
                let listener = |p: &SpeakerPhrase| {
                    let k = ws.partition_point(|w| w.end <= p.span.0);
                    let k = if k > 0 && ws[k - 1].lower_is("the") {
                        k - 1
                    } else {
                        k
                    };
                    k > 0 && takes_listener(ws[k - 1].text)
                };
                let p = p.filter(|p| !listener(p));
                // "Zelenskyy answers Kremlin: “…”": the name before the colon may be the one
                // addressed; a named subject opening the sentence is the speaker.
                // "…led with the fire chief, Rafael Andujar: «…»", "printed the words of a
                // baker, Amparo Lisboa: „…“": a person introduced by a role just before the
                // colon is the one quoted, whoever the sentence is about.
                let introduced = |p: &SpeakerPhrase| {
                    let before = input[..p.span.0].trim_end();
                    // Not the one addressed: "replied to his counterpart, Vladimir Putin: …".
                    let addressed = before
                        .trim_end_matches(',')
                        .rsplit(' ')
                        .take(4)
                        .any(|w| w == "to");
                    // The role ends in a lower-case word, or in "of/for/at" and a place: "the
                    // mayor of Roquelle, Nuria Castell:".
                    let role_end = |b: &str| {
                        let mut words = b.trim_end().rsplit(' ').peekable();
                        while words
                            .peek()
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                        {
                            words.next();
                        }
                        let mut w = words.next();
                        if w.is_some_and(|w| matches!(w, "of" | "for" | "at" | "in")) {
                            w = words.next();
                        }
                        w.is_some_and(|w| {
                            w.chars().next().is_some_and(char::is_lowercase)
                                && w.chars().all(char::is_alphabetic)
                        })
                    };
                    !addressed
                        && matches!(p.named, Named::Name { org: false, .. })
                        && before.strip_suffix(',').is_some_and(role_end)
                };
                let p = match (p, subject_of(input, ws, lb, &allowed)) {
                    (Some(p), _) if introduced(&p) => Some(p),
                    (Some(p), Some(subj))
                        if subj.span.0 < p.span.0 && matches!(subj.named, Named::Name { .. }) =>
                    {
                        Some(subj)
                    }
                    // "Jair Bolsonaro opposed Macron's statement: “…”": what stands before the
                    // colon names nobody; the sentence's named subject speaks.
                    // Only a subject that opens the sentence and is a full name or someone the
                    // article already knows ("Collins saw compromise as the way: “…”").
                    // After an opening phrase ("In his message, he appreciated …: “…”") too.
                    (None, Some(subj))
                        if (matches!(&subj.named, Named::Pronoun(p) if p == "he" || p == "she")
                            || matches!(&subj.named, Named::Name { name, org: false, .. }
                                if name.contains(' ') || ex.registry.find(name).is_some()))
                            && ws
                                .iter()
                                .skip(intro_end(input, ws, lb))
                                .take(4)
                                .any(|w| w.start == subj.span.0) =>
                    {
                        Some(subj)
                    }
                    (p, _) => p,
                };
                if let Some(p) = p {
                    found = Some((p, lb));
                }
            }
        }
        let mut flags = Vec::new();
        if q.unclosed {
            flags.push("unclosed-quote".to_string());
        }
        if q.continues || q.continued {
            flags.push("multi-paragraph".to_string());
        }
        let starts_sentence = ws.first().is_some_and(|w| w.start >= q.open) || q.open <= s;
        let mostly_quote = (q.outer_end - q.open) * 10 >= (e - s) * 6;
        let resolved = match found {
            Some((p, cw)) => {
                let r = ex.resolve(&p);
                if r.entity.is_none() && ex.is_anonymous(&p) {
                    flags.push("anonymous-speaker".to_string());
                }
                if let Some(ent) = r.entity {
                    ex.note_its_between(&p, ent, ws[cw].start);
                }
                // A colon attribution ("Peskov: “…”") has a speaker but no reporting verb.
                let verb = ws[cw].text;
                let is_cue = cue_kind_of(ws[cw].lex).is_some()
                    || ws[cw].is(lexicon::PARTICIPLE)
                    || verb.eq_ignore_ascii_case("according");
                Some((r, is_cue.then(|| verb.to_string())))
            }
            None => None,
        };
        let (who, cue) = match resolved {
            Some((r, cue)) => (r, cue),
            None if headline => {
                ex.headline_quotes.push(q.text);
                continue;
            }
            None => {
                // Scare quotes, nicknames and titles: short, and nobody says them.
                let title_case = qtext.split_whitespace().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                });
                if qwords <= 3
                    || (title_case && qwords <= 6 && !qtext.ends_with(['.', '!', '?']))
                    || (!mostly_quote && qwords <= 5)
                {
                    continue;
                }
                if let Some(v) = voice {
                    (ex.resolve_voice(v, s), None)
                } else if let Some((ent, cue)) = ex
                    .colon_speaker
                    .take()
                    .filter(|_| starts_sentence && !headline)
                {
                    // "Halloran said:" closing the paragraph before: the quote is hers.
                    (
                        Resolved {
                            entity: Some(ent),
                            mention: None,
                        },
                        Some(cue),
                    )
                } else if let Some(ent) = ex
                    .prior_speaker
                    .filter(|_| starts_sentence && !headline && !q.continued)
                {
                    flags.push("inherited-speaker".to_string());
                    (
                        Resolved {
                            entity: Some(ent),
                            mention: None,
                        },
                        None,
                    )
                } else if (starts_sentence || mostly_quote || q.continued) && !headline {
                    // A quote paragraph with no cue continues the voice of the quote before it.
                    match ex.last_quote_speaker.as_ref() {
                        Some((_, r)) if r.entity.is_some() && !q.continued => {
                            flags.push("inherited-speaker".to_string());
                            (
                                Resolved {
                                    entity: r.entity,
                                    mention: None,
                                },
                                None,
                            )
                        }
                        _ => (
                            Resolved {
                                entity: None,
                                mention: None,
                            },
                            None,
                        ),
                    }
                } else {
                    (
                        Resolved {
                            entity: None,
                            mention: None,
                        },
                        None,
                    )
                }
            }
        };
        if headline && who.entity.is_none() {
            continue;
        }
        let date = who.entity.and_then(|ent| {
            statement_date(
                &dates_here,
                (q.open, q.outer_end),
                clause_of(clauses, q.open, (s, e)),
                ex.ctx.published,
            )
            .copied()
            .or_else(|| speaker_dates.get(&ent).copied())
        });
        if let (Some(ent), Some(d)) = (who.entity, date) {
            speaker_dates.insert(ent, d);
        }
        ex.last_quote_speaker = Some((q.para, Resolved2 { entity: who.entity }));
        let ent = who.entity;
        ex.push(
            Kind::Quote,
            q.text,
            &who,
            cue.as_deref(),
            date.as_ref(),
            flags,
        );
        attributed.push((k, ent, found_cue_word(cues, cue.as_deref(), ws)));
    }
    if headline {
        return;
    }
    // A sentence that reports someone's speech without quoting them hands that person to an
    // uncued quote opening the next sentence.
    ex.prior_speaker = if quotes.is_empty() {
        cues.iter().rev().find_map(|c| {
            let p = phrase_before(input, ws, c.word, &allowed)?;
            match p.named {
                Named::Name { name, .. } => ex.registry.find(&name),
                _ => None,
            }
        })
    } else {
        None
    };
    // A sentence that ends with a colon and a cue hands its speaker to the quote that follows.
    let ends_with_colon = input[s..e].trim_end().ends_with(':');
    if ends_with_colon && quotes.is_empty() {
        ex.colon_speaker = cues.iter().rev().find_map(|c| {
            let p = phrase_before(input, ws, c.word, &allowed)?;
            let r = ex.resolve(&p);
            r.entity.map(|ent| (ent, ws[c.word].text.to_string()))
        });
        // "Dr Paula Ostrander sent us this statement:", "The agency issued the following
        // statement:": whoever sends the statement speaks in the quote that follows.
        if ex.colon_speaker.is_none()
            && let Some(v) = ws.iter().position(|w| {
                matches!(
                    w.text,
                    "sent" | "issued" | "released" | "gave" | "posted" | "emailed" | "provided"
                )
            })
            && ws[v + 1..]
                .iter()
                .take(4)
                .any(|w| matches!(w.text, "statement" | "message" | "comment" | "response"))
            && let Some(p) = phrase_before(input, ws, v, &allowed)
        {
            let r = ex.resolve(&p);
            ex.colon_speaker = r.entity.map(|ent| (ent, ws[v].text.to_string()));
        }
        return;
    }
    ex.colon_speaker = None;
    // "Northway Rail's chief executive, Carla Benning, has issued a statement.": she is who the
    // statement quoted next speaks for.
    if quotes.is_empty()
        && let Some(v) = ws
            .iter()
            .position(|w| matches!(w.text, "issued" | "released" | "published" | "put"))
        && ws[v + 1..]
            .iter()
            .take(3)
            .any(|w| matches!(w.text, "statement" | "statements"))
        && let Some(p) = phrase_before(input, ws, v, &allowed)
    {
        ex.statement_by = ex.resolve(&p).entity;
    }

    // --- Reported speech and factual claims, clause by clause -------------------------------
    let sentence = &input[s..e];
    if sentence.trim_end().ends_with('?') {
        return;
    }
    // "HNF's initial assessment is that A", "Reddaway's defence is that A and that B", "By the
    // agency's estimate, A".
    if quotes.is_empty()
        && let Some((phrase, noun, clause)) =
            stance_that(input, ws).or_else(|| by_their_estimate(input, ws))
    {
        let who = ex.resolve(&phrase);
        let end = text::trim_end_chars(input, clause, e, &['.', ' ']);
        for part in split_coordinated(input, (clause, end), &|_| false) {
            ex.push(Kind::Claim, part, &who, Some(noun), None, Vec::new());
        }
        return;
    }
    // The speaker of the last reported clause, its date and cue, for "…, but that B".
    let mut reported: Option<(Resolved, Option<FoundDate>, &str)> = None;
    for &(cs, ce) in clauses {
        let (cs, ce) = trim_span(input, cs, ce);
        if cs >= ce {
            continue;
        }
        // "Le Courrier quotes chief executive Étienne Malvoisin as saying the company…": the
        // one quoted speaks.
        if let Some((span, phrase)) = quoted_as_saying(input, ws, &allowed, (cs, ce)) {
            let who = ex.resolve(&phrase);
            for part in split_coordinated(input, span, &in_quote) {
                ex.push(Kind::Claim, part, &who, Some("saying"), None, Vec::new());
            }
            continue;
        }
        // "She said the prosecution had proved nine payments, but that two could not be
        // linked": the second clause is said by the same speaker.
        if let Some((who, date, cue)) = reported.take()
            && let Some(rest) = ["but that ", "and that "]
                .iter()
                .find_map(|j| input[cs..ce].strip_prefix(j))
            && !that_is_subject(rest)
            && ex.push_rest_of_clause((ce - rest.len(), ce), &who, cue, date.as_ref())
        {
            continue;
        }
        let clause_cues: Vec<&Cue> = cues
            .iter()
            .filter(|c| ws[c.word].start >= cs && ws[c.word].end <= ce)
            .collect();
        let mut done = false;
        for c in &clause_cues {
            if let Some((span, phrase, date_in_text)) =
                reported_clause(input, ws, inside, quotes, c, (cs, ce))
            {
                let mut who = match &phrase {
                    Some(p) => ex.resolve(p),
                    None => Resolved {
                        entity: None,
                        mention: None,
                    },
                };
                // "Velmar plans to close its car plant…, the carmaker said": a
                // company nobody named yet is the name its own report opens with.
                if who.entity.is_none()
                    && let Some(Named::Role(r)) = phrase.as_ref().map(|p| &p.named)
                    && speakers::is_company_head(r.split_whitespace().last().unwrap_or(""))
                    && let Some(own) = company_opening(ws, span)
                {
                    let mention = who.mention.take();
                    who = ex.resolve(&own);
                    who.mention = mention;
                }
                if let (Some(p), Some(ent)) = (&phrase, who.entity) {
                    ex.note_its_between(p, ent, ws[c.word].start);
                    ex.note_possessor(p, ent, span.0);
                    ex.note_it_clause(p, ent, span.0);
                }
                // "Zelenskyy rejected the offer on Friday", "The Russian Federation has
                // reiterated its invitation": the outlet narrates an act; the claim is the
                // outlet's, about its subject (who stays known for the pronouns after it).
                let narrated = date_in_text;
                // Mostly a direct quote already logged: `'…,' Zelenskyy stated.`
                // (Not when the reported clause has words of its own before the quote: `insists
                // she "signed off on this contract herself."` is a claim holding a quote.)
                let inside_span = || {
                    quotes
                        .iter()
                        .filter(|q| q.open >= span.0 && q.outer_end <= span.1 + 3)
                };
                let quoted: usize = inside_span().map(|q| q.outer_end - q.open).sum();
                let own_words = inside_span()
                    .map(|q| q.open)
                    .min()
                    .is_some_and(|open| subject_before_quote(&input[span.0..open]));
                if quoted * 10 >= (span.1 - span.0) * 7 && !own_words {
                    done = true;
                    break;
                }
                let date = if date_in_text {
                    dates_here.iter().find(|d| d.start >= span.0 && d.end <= ce)
                } else {
                    statement_date(&dates_here, span, (cs, ce), ex.ctx.published)
                };
                let date = date
                    .copied()
                    .or_else(|| who.entity.and_then(|ent| speaker_dates.get(&ent).copied()));
                if let (Some(ent), Some(d)) = (who.entity, date) {
                    speaker_dates.insert(ent, d);
                }
                let mut flags = Vec::new();
                if dates_here
                    .iter()
                    .any(|d| d.weekday_mismatch && d.start >= span.0 && d.end <= span.1)
                {
                    flags.push("weekday-mismatch".to_string());
                }
                if who.entity.is_none() && !narrated {
                    if phrase.as_ref().is_some_and(|p| ex.is_anonymous(p)) {
                        flags.push("anonymous-speaker".to_string());
                    } else if phrase.is_some() {
                        flags.push("unresolved-speaker".to_string());
                    }
                }
                let outlet = Resolved {
                    entity: None,
                    mention: None,
                };
                if !narrated {
                    reported = Some((who.clone(), date, ws[c.word].text));
                }
                // "…that A, and that B": two things said.
                for part in split_coordinated(input, span, &in_quote) {
                    let before = ex.out.len();
                    ex.push(
                        Kind::Claim,
                        part,
                        if narrated { &outlet } else { &who },
                        Some(ws[c.word].text),
                        date.as_ref(),
                        flags.clone(),
                    );
                    if let Some((words, _)) = who.mention.as_ref().filter(|_| narrated)
                        && ex.out.len() > before
                    {
                        ex.subjects.insert(before, (who.entity, words.clone()));
                    }
                }
                // "A, police said, adding that B": B is said too, by the same speaker.
                if !narrated
                    && span.1 <= ws[c.word].start
                    && let Some(n) = clause_cues
                        .iter()
                        .find(|n| n.participle && n.word == c.word + 1)
                    && let Some(from) = ws[n.word + 1..]
                        .iter()
                        .take(3)
                        .find(|w| w.text == "that" && w.end <= ce)
                        .map(|w| w.end)
                        // "adding it required much endurance": the clause without "that".
                        .or_else(|| {
                            ws.get(n.word + 1)
                                .filter(|w| {
                                    w.end <= ce
                                        && matches!(
                                            w.text,
                                            "it" | "he" | "she" | "they" | "we" | "the" | "there"
                                        )
                                })
                                .map(|w| w.start)
                        })
                {
                    ex.push_rest_of_clause((from, ce), &who, ws[n.word].text, date.as_ref());
                }
                done = true;
                break;
            }
        }
        if done {
            continue;
        }
        // The clause is a direct quote with its cue: nothing more to log.
        let has_attributed_quote = attributed
            .iter()
            .any(|(k, ent, _)| ent.is_some() && quotes[*k].open >= cs && quotes[*k].open < ce);
        let quoted: usize = quotes
            .iter()
            .filter(|q| q.open >= cs && q.open < ce)
            .map(|q| q.outer_end.min(ce) - q.open)
            .sum();
        if has_attributed_quote && quoted * 10 >= (ce - cs) * 3 {
            continue;
        }
        if has_attributed_quote && clause_cues.iter().any(|c| c.kind == CueKind::Describe) {
            continue;
        }
        let end = text::trim_end_chars(input, cs, ce, &['.', '!', '…', ';', ',']);
        // "The authority gave that figure on 11 November… Two days later it said…": a body
        // named by its role noun as the subject is still the one "it" stands for.
        if let Some(i) = opening_body(input, ws, cs, &allowed, &ex.registry) {
            ex.registry.touch(i);
        }
        let subject = subject_of(
            input,
            ws,
            ws.iter().position(|w| w.start >= end).unwrap_or(ws.len()),
            &allowed,
        )
        .filter(|p| p.span.0 >= cs && matches!(p.named, Named::Name { .. }));
        // Register the clause's subject for later pronouns, but only a name that is clearly a
        // person or body ("Mikael Strand", "Kremlin aide Ushakov") or one already known: a lone
        // capitalised word at the start of a sentence ("Container operations…") is not a speaker.
        let subject_entity = subject.as_ref().and_then(|p| match &p.named {
            // "Roquelle, a hill town of 15,000 people, stood deserted": a place, not someone
            // a later "she" could mean.
            Named::Name { role: Some(r), .. } if speakers::describes_place(r) => None,
            Named::Name { name, role, .. }
                if name.split_whitespace().count() >= 2 || role.is_some() =>
            {
                Some(ex.resolve(p))
            }
            Named::Name { name, .. } => ex.registry.find(name).map(|i| {
                ex.registry.touch(i);
                Resolved {
                    entity: Some(i),
                    mention: None,
                }
            }),
            _ => None,
        });
        let date = dates_here
            .iter()
            .find(|d| d.start >= cs && d.end <= end)
            .copied();
        if let (
            Some(Resolved {
                entity: Some(ent), ..
            }),
            Some(d),
        ) = (&subject_entity, date)
        {
            speaker_dates.insert(*ent, d);
        }
        // "Harriet Vance does not like her nickname": a pronoun after the subject gives a gender.
        if let (
            Some(Resolved {
                entity: Some(ent), ..
            }),
            Some(p),
        ) = (&subject_entity, &subject)
        {
            for w in ws.iter().filter(|w| w.start >= p.span.1 && w.end <= end) {
                match w.lower().as_ref() {
                    "her" | "she" | "herself" => ex.registry.hint_gender(*ent, 'f'),
                    "his" | "he" | "himself" => ex.registry.hint_gender(*ent, 'm'),
                    _ => continue,
                }
                break;
            }
        }
        if ex.score_span(cs, end) < CLAIM_THRESHOLD
            || clause_cues
                .iter()
                .any(|c| c.kind == CueKind::Speech && !c.according_to && quoted > 0)
        {
            continue;
        }
        let who = if let Some(v) = voice {
            ex.resolve_voice(v, s)
        } else {
            Resolved {
                entity: None,
                mention: None,
            }
        };
        let mut flags = Vec::new();
        if date.is_some_and(|d| d.weekday_mismatch) {
            flags.push("weekday-mismatch".to_string());
        }
        ex.push(Kind::Claim, (cs, end), &who, None, date.as_ref(), flags);
    }
}

/// Nouns for what someone holds to be so: "X's assessment is that …".
const STANCE_NOUNS: &[&str] = &[
    "assessment",
    "view",
    "position",
    "defence",
    "defense",
    "argument",
    "claim",
    "case",
    "estimate",
    "conclusion",
    "belief",
    "understanding",
    "contention",
    "finding",
    "stance",
    "statement",
    "explanation",
    "answer",
    "reply",
    "response",
];

/// "HNF's initial assessment is that …": the holder, the noun and where the clause starts.
fn stance_that<'w>(input: &str, ws: &[Word<'w>]) -> Option<(SpeakerPhrase, &'w str, usize)> {
    let v = ws
        .windows(2)
        .position(|p| matches!(p[0].text, "is" | "was") && p[1].text == "that")?;
    let mut noun = v.checked_sub(1)?;
    // "Mr Lemberg's answer today was that…"
    if matches!(ws[noun].text, "today" | "yesterday" | "tonight") {
        noun = noun.checked_sub(1)?;
    }
    if !STANCE_NOUNS.contains(&ws[noun].lower().as_ref()) {
        return None;
    }
    // Up to two describing words between the holder and the noun ("initial", "official").
    let holder = (noun.saturating_sub(3)..noun)
        .rev()
        .find(|&k| ws[k].text.ends_with("'s") || ws[k].text.ends_with("’s"))?;
    if ws[holder + 1..noun].iter().any(|w| !w.is(lexicon::PLAIN)) {
        return None;
    }
    let phrase = possessor(input, ws, holder, 0, 4)?;
    Some((phrase, ws[noun].text, ws[v + 1].end))
}

/// Where the sentence after the one holding `at` ends: two sentence stops on from `at`, or
/// the end of the text.
fn next_sentence_end(input: &str, at: usize) -> usize {
    let mut stops = input[at..]
        .match_indices(['.', '!', '?'])
        .filter(|(i, _)| input[at + i + 1..].starts_with(char::is_whitespace));
    stops.nth(1).map_or(input.len(), |(i, _)| at + i + 1)
}

/// "X quotes/quoted/cites Y as saying (that) CLAUSE": Y and the clause.
fn quoted_as_saying(
    input: &str,
    ws: &[Word],
    allowed: &dyn Fn(usize) -> bool,
    (cs, ce): (usize, usize),
) -> Option<((usize, usize), SpeakerPhrase)> {
    if !input[cs..ce].contains(" as saying ") {
        return None;
    }
    let in_clause = |w: &Word| w.start >= cs && w.end <= ce;
    let saying = ws
        .iter()
        .position(|w| in_clause(w) && w.text == "saying")
        .filter(|&k| allowed(k))?;
    let quoted = quoted_one(input, ws, saying, allowed)
        .filter(|p| ws.iter().any(|w| in_clause(w) && w.start <= p.span.0))?;
    let from = match ws.get(saying + 1) {
        Some(w) if w.text == "that" => w.end,
        _ => ws[saying].end,
    };
    let end = text::trim_end_chars(input, from, ce, &['.', '!', '…', ';']);
    let (a, b) = trim_span(input, from, end);
    (b > a && text::word_count_to(&input[a..b], 3) >= 3).then_some(((a, b), quoted))
}

/// "The paper quotes…", "citing…": a verb whose object is the one whose words follow.
fn is_quoting_verb(w: &str) -> bool {
    matches!(
        w,
        "quotes" | "quoted" | "quoting" | "cites" | "cited" | "citing"
    )
}

/// Who "quoted Venn as saying" / "cites her as saying" quotes, given the word "saying".
fn quoted_one(
    input: &str,
    ws: &[Word],
    saying: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    if saying < 3 || ws[saying].text != "saying" || ws[saying - 1].text != "as" {
        return None;
    }
    let verb = (saying.saturating_sub(10)..saying - 2)
        .rev()
        .find(|&k| is_quoting_verb(ws[k].text))?;
    let object = &ws[saying - 2];
    let pronoun = match object.text {
        "him" => Some("he"),
        "her" => Some("she"),
        "them" => Some("they"),
        _ => None,
    };
    match pronoun {
        Some(p) if saying - 3 == verb => Some(SpeakerPhrase {
            named: Named::Pronoun(p.to_string()),
            span: (object.start, object.end),
        }),
        // "quoted the company as saying": a role the article ties to a name.
        _ => phrase_before(input, ws, saying - 1, allowed).filter(|p| {
            p.span.0 >= ws[verb].end && matches!(p.named, Named::Name { .. } | Named::Role(_))
        }),
    }
}

/// The name whose possessive is `ws[holder]` ("HNF's", "Environment Agency’s"): the capitalised
/// run of at most `longest` more words ending there, starting no earlier than `ws[lowest]`.
fn possessor(
    input: &str,
    ws: &[Word],
    holder: usize,
    lowest: usize,
    longest: usize,
) -> Option<SpeakerPhrase> {
    let possessive = ws[holder]
        .text
        .strip_suffix("'s")
        .or(ws[holder].text.strip_suffix("’s"))
        .filter(|p| !p.is_empty())?;
    let mut first = holder;
    while first > lowest && ws[first - 1].is_capitalized() && holder - first < longest {
        first -= 1;
    }
    if !ws[first..=holder].iter().all(|w| w.is_capitalized()) {
        return None;
    }
    // "Mr Lemberg's answer": the title is not the name.
    while first < holder && speakers::is_title(ws[first].text) {
        first += 1;
    }
    let name_end = ws[holder].start + possessive.len();
    Some(SpeakerPhrase {
        named: Named::Name {
            name: input[ws[first].start..name_end].to_string(),
            role: None,
            org: false,
        },
        span: (ws[first].start, name_end),
    })
}

/// "By the Norvalian Environment Agency's estimate, A", "In Sokol's view, A": an attribution
/// opening the sentence, as "According to X, A" does.
fn by_their_estimate<'w>(input: &str, ws: &[Word<'w>]) -> Option<(SpeakerPhrase, &'w str, usize)> {
    let opener = ws.first()?.lower();
    if !matches!(opener.as_ref(), "by" | "in") {
        return None;
    }
    let noun = ws.iter().take(9).position(|w| {
        matches!(
            w.lower().as_ref(),
            "estimate"
                | "estimates"
                | "count"
                | "tally"
                | "reckoning"
                | "calculation"
                | "view"
                | "account"
                | "assessment"
                | "figures"
        )
    })?;
    let holder = noun.checked_sub(1)?;
    // The comma right after the noun ends the attribution.
    let after = input[ws[noun].end..].trim_start_matches(' ');
    if !after.starts_with(',') {
        return None;
    }
    // (Not the opening "By"/"In" itself.)
    let phrase = possessor(input, ws, holder, 1, 6)?;
    let clause = ws.get(noun + 1)?.start;
    Some((phrase, ws[noun].text, clause))
}

/// Split "A, and that B" / "A and that B" / "A and warned that B" into A and B (outside
/// quotes).
fn split_coordinated(
    input: &str,
    (a, b): (usize, usize),
    in_quote: &dyn Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let text = &input[a..b];
    let mut out = Vec::new();
    let mut start = a;
    // "that A, and that B", and "that A, but that B".
    let mut joints: Vec<(usize, &str)> = text
        .match_indices(" and ")
        .chain(text.match_indices(" but that "))
        .map(|(i, j)| (i, if j == " and " { j } else { " but " }))
        .collect();
    joints.sort_unstable();
    for (i, joint) in joints {
        let at = a + i;
        let rest = &text[i + joint.len()..];
        // "and that B", or a second reporting verb: "and warned that B", "and added that B".
        let verb_len = rest.find(' ').filter(|&n| {
            lexicon::flags(&rest[..n]) & lexicon::SPEECH_VERB != 0
                && rest[n..].starts_with(" that ")
        });
        // "…, and told reporters: 'We will not pay'": what follows is direct speech, logged as
        // the quote it is; the reported clause ends before it.
        let to_colon = rest.split_once(':').map(|(head, _)| head);
        let direct = to_colon.is_some_and(|head| {
            let mut words = head.split_whitespace();
            words
                .next()
                .is_some_and(|v| lexicon::flags(v) & lexicon::SPEECH_VERB != 0)
                && head.split_whitespace().count() <= 3
                && !head.contains([',', '.', ';'])
        });
        // `the city "cannot afford a long strike" and called on both sides to…`: after the
        // speaker's quoted words, "and" and a verb of saying or doing is the speaker's next
        // act, narrated, not more of what was said.
        // ("… ‘too long’ and warned that B" is a second thing said, split below.)
        let next_act = verb_len.is_none()
            && text[..i].ends_with(['"', '”', '’', '»', '\''])
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|v| lexicon::flags(v) & lexicon::CUE_WORD != 0 && v.ends_with("ed"));
        if (direct || next_act) && !in_quote(at) && at > start {
            let end = text::trim_end_chars(input, start, at, &[',']);
            if end > start {
                out.push(trim_span(input, start, end));
            }
            start = b;
            break;
        }
        let skip = match verb_len {
            Some(n) => n + " that ".len(),
            None if rest.starts_with("that ") && !that_is_subject(&rest["that ".len()..]) => {
                "that ".len()
            }
            None => continue,
        };
        if in_quote(at) || at <= start {
            continue;
        }
        let end = text::trim_end_chars(input, start, at, &[',']);
        if end > start {
            out.push(trim_span(input, start, end));
        }
        start = at + joint.len() + skip;
    }
    if start < b {
        out.push(trim_span(input, start, b));
    }
    out.retain(|(s, e)| s < e);
    out
}

/// "…, but that is not what this study reports": after "and/but that", a verb makes "that"
/// the subject of a sentence of the outlet's, not a second "that" clause.
fn that_is_subject(after_that: &str) -> bool {
    after_that.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "is" | "was"
                | "isn't"
                | "wasn't"
                | "isn’t"
                | "wasn’t"
                | "has"
                | "had"
                | "would"
                | "will"
                | "may"
                | "might"
                | "could"
                | "seems"
                | "means"
        )
    })
}

/// Verbs whose object is the person spoken to, not the speaker.
fn takes_listener(verb: &str) -> bool {
    matches!(
        text::lower(verb).as_ref(),
        "told"
            | "tells"
            | "asked"
            | "asks"
            | "urged"
            | "urges"
            | "warned"
            | "warns"
            | "informed"
            | "assured"
            | "briefed"
            | "called"
            | "described"
            | "characterized"
            | "characterised"
            | "accused"
            | "thanked"
            | "praised"
            | "criticized"
            | "criticised"
    )
}

fn clause_of(clauses: &[(usize, usize)], at: usize, whole: (usize, usize)) -> (usize, usize) {
    clauses
        .iter()
        .find(|c| at >= c.0 && at < c.1)
        .copied()
        .unwrap_or(whole)
}

fn found_cue_word(cues: &[Cue], cue: Option<&str>, ws: &[Word]) -> usize {
    cue.and_then(|c| cues.iter().find(|k| ws[k.word].text == c))
        .map(|k| k.word)
        .unwrap_or(usize::MAX)
}

/// The word after "on Friday", "Friday" or "yesterday" at `i`, else `i`.
fn after_time_adverbial(ws: &[Word], i: usize, last: usize) -> usize {
    let on = usize::from(ws.get(i).is_some_and(|w| w.text == "on"));
    let k = i + on;
    let Some(w) = ws.get(k).filter(|_| k < last) else {
        return i;
    };
    let weekday = w.is_capitalized() && w.text.len() > 3 && dates::weekday(w.text).is_some();
    let day_word = on == 0 && matches!(w.text, "yesterday" | "today" | "tonight");
    let is_part_of_day = |n: &Word| matches!(n.text, "morning" | "afternoon" | "evening" | "night");
    // "told us this afternoon it is…", "said last night".
    let this_part = on == 0
        && matches!(w.text, "this" | "last")
        && ws
            .get(k + 1)
            .is_some_and(|n| k + 1 < last && is_part_of_day(n));
    if !(weekday || day_word || this_part) {
        return i;
    }
    // "on Sunday morning", "yesterday evening".
    let part_of_day = ws
        .get(k + 1)
        .is_some_and(|n| k + 1 < last && is_part_of_day(n));
    let after = k + 1 + usize::from(part_of_day);
    // "said Sunday would be the last day", "said today was a turning point": the day is the
    // clause's subject, not when it was said.
    let verb_next = ws
        .get(after)
        .is_some_and(|n| AUXILIARIES.contains(&n.lower().as_ref()));
    if verb_next { i } else { after }
}

/// "reported Peskov's statement that …", "repeated the minister's claim that …": a verb that
/// relays, then someone's words named as such just before the "that" at `that`. That someone
/// is the speaker of the clause.
fn relayed_speaker(input: &str, ws: &[Word], v: usize, that: usize) -> Option<SpeakerPhrase> {
    let relays = matches!(
        ws[v].lower().as_ref(),
        "reported"
            | "reports"
            | "quoted"
            | "quotes"
            | "cited"
            | "cites"
            | "repeated"
            | "repeats"
            | "relayed"
            | "echoed"
            | "carried"
            | "noted"
    );
    if !relays || that < v + 3 {
        return None;
    }
    let noun = ws[that - 1].lower();
    let speech_noun = matches!(
        noun.as_ref(),
        "statement"
            | "remark"
            | "remarks"
            | "comment"
            | "comments"
            | "claim"
            | "assertion"
            | "assurance"
            | "assurances"
            | "warning"
            | "words"
            | "promise"
            | "pledge"
            | "insistence"
            | "argument"
            | "announcement"
    );
    let owner = &ws[that - 2];
    let possessive = owner.text.ends_with("'s") || owner.text.ends_with("’s");
    if !speech_noun || !possessive {
        return None;
    }
    let p = speakers::phrase_after(input, ws, v)?;
    // The phrase must be the owner's name and end at the possessive.
    (p.span.1 <= owner.end && p.span.1 > owner.start).then_some(p)
}

/// The date said of a statement: a date in its clause but outside the statement's own words
/// ("On January 29, 2026, Ushakov stated that…"), never a date inside what was said, and never
/// one after the article was published: "Asked about the round scheduled for February 1,
/// Zelenskyy said…" in an article of January 30 dates the round, not the remark.
fn statement_date(
    dates_here: &[FoundDate],
    stmt: (usize, usize),
    clause: (usize, usize),
    published: Option<NaiveDate>,
) -> Option<&FoundDate> {
    dates_here.iter().find(|d| {
        d.start >= clause.0
            && d.end <= clause.1
            && (d.end <= stmt.0 || d.start >= stmt.1)
            && published.is_none_or(|p| d.from <= p)
    })
}

/// "Warren commended Biden and said she was …": a verb after "and" shares the sentence's
/// subject (a subject cannot come between "and" and its verb).
fn after_and(ws: &[Word], v: usize) -> bool {
    let v = speakers::subject_verb(ws, v);
    v >= 2 && ws[v - 1].text == "and"
}

/// The subject of the verb at `v` that follows "and": an earlier speech verb's speaker if the
/// sentence has one ("Mitt Romney, a sometime Trump critic, said … and described…", "The German
/// government announced … and said…"), else the sentence's subject.
fn coordinated_subject(
    input: &str,
    ws: &[Word],
    v: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    let v = speakers::subject_verb(ws, v);
    (1..v)
        .filter(|&u| allowed(u) && !ws[u].is_capitalized() && cue_kind_of(ws[u].lex).is_some())
        .find_map(|u| phrase_before(input, ws, u, allowed))
        .filter(|p| !matches!(p.named, Named::Unnamed(_)))
        .or_else(|| subject_of(input, ws, v, allowed))
}

/// Where the sentence proper starts after an opening adverbial phrase ("In a video message
/// posted to Twitter, Warren commended…" → the index of "Warren"); 0 without one. That phrase has
/// verbs of its own, none with the sentence's subject.
fn intro_end(input: &str, ws: &[Word], before: usize) -> usize {
    let opens = ws.first().is_some_and(|w| {
        [
            "in",
            "on",
            "at",
            "after",
            "during",
            "before",
            "following",
            "with",
            "while",
        ]
        .iter()
        .any(|t| w.lower_is(t))
    });
    if !opens {
        return 0;
    }
    (1..before.min(ws.len()).min(14))
        .find(|&i| input[ws[i - 1].end..ws[i].start].trim() == ",")
        .unwrap_or(0)
}

/// The subject of the clause a participle or late cue hangs on: the first speaker phrase that
/// is followed by a verb-like lower-case word, scanning from the start of the sentence (after an
/// opening adverbial phrase, see `intro_end`).
/// The body a clause opens with when it is named by a role noun ("The authority gave…",
/// "The company has…"): the known organisation it stands for.
fn opening_body(
    input: &str,
    ws: &[Word],
    clause_start: usize,
    allowed: &dyn Fn(usize) -> bool,
    registry: &Registry,
) -> Option<usize> {
    let first = ws.iter().position(|w| w.start >= clause_start)?;
    // Only a body's noun ("authority", "company", "ministry") can name a body: the lookup
    // below reads every entity, and most clauses open with "The" something else.
    if !ws[first].text.eq_ignore_ascii_case("the")
        || !ws[first + 1..]
            .iter()
            .take(2)
            .any(|w| speakers::is_body_head(&w.lower()))
    {
        return None;
    }
    (first + 2..(first + 4).min(ws.len())).find_map(|v| {
        let p = phrase_before(input, ws, v, allowed)?;
        let Named::Role(r) = &p.named else {
            return None;
        };
        let i = registry.peek_role(r)?;
        (p.span.0 == ws[first].start && registry.entities[i].org).then_some(i)
    })
}

fn subject_of(
    input: &str,
    ws: &[Word],
    before: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    let mut best = None;
    let intro = intro_end(input, ws, before).saturating_sub(1);
    for v in (intro + 1)..before.min(ws.len()) {
        let w = &ws[v];
        if w.is_capitalized() || !allowed(v) {
            continue;
        }
        let lw = w.lower();
        if lw.len() < 3 {
            continue;
        }
        if matches!(
            lw.as_ref(),
            "and"
                | "the"
                | "of"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "from"
                | "by"
                | "as"
                | "who"
                | "which"
                | "that"
                | "said"
        ) {
            continue;
        }
        if let Some(p) = phrase_before(input, ws, v, allowed)
            && matches!(p.named, Named::Name { .. } | Named::Pronoun(_))
        {
            best = Some(p);
            break;
        }
        // The main verb came and its subject is no name ("An eyewitness described for news
        // agency PA Media how…"): a name later in the clause is not the subject.
        if cue_kind_of(w.lex).is_some() {
            break;
        }
    }
    best
}

/// Verbs after which any noun phrase opens the reported clause ("said a constable saw…").
fn reports_speech(verb: &str) -> bool {
    matches!(
        verb,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "suggested"
            | "suggests"
            | "claimed"
            | "claims"
            | "think"
            | "thinks"
    )
}

/// The words of a reported clause before the quote that fills the rest of it, when they are
/// the clause's own subject and verb (`she "signed off…"`, `the town "will be rebuilt…"`), not
/// a lead-in to a quote that stands alone (`concurred: "…"`, `later, "…"`, `stating "…"`,
/// `accused Trump of "…"`).
fn subject_before_quote(before: &str) -> bool {
    let before = before.trim();
    let Some(last) = before.split_whitespace().last() else {
        return false;
    };
    !before.contains([':', ',', ';', '(', '['])
        && before.split_whitespace().count() <= 8
        && !matches!(
            last.to_lowercase().as_str(),
            "of" | "by" | "as" | "for" | "with" | "to" | "from" | "about" | "on" | "in" | "that"
        )
        && !before
            .split_whitespace()
            .any(|w| w.ends_with("ing") && w.len() > 5)
}

/// Verbs of saying whose object is nearly always a clause, even one whose verb is in the
/// present tense and so not recognised ("states the aircraft uses the A300", "noted the
/// acquisition fits…"), unlike "announced his resignation" or "denied the accusation".
fn takes_a_clause(verb: &str) -> bool {
    [
        "stat", "note", "noti", "argu", "insist", "warn", "believ", "stress", "indicat", "explain",
        "show", "find", "found", "conclud", "assert", "contend", "predict",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem))
}

/// Common irregular past forms that open a clause after a bare plural subject.
const IRREGULAR_PAST: &[&str] = &[
    "rang", "ran", "rose", "fell", "fled", "grew", "went", "came", "saw", "took", "gave", "made",
    "found", "knew", "got", "began", "left", "kept", "paid", "sent", "spent", "won", "lost", "met",
    "became", "bought", "sold", "told", "said", "thought", "felt", "held", "brought", "built",
    "hit", "cut", "put", "set", "led", "heard", "ate", "drank", "broke", "spoke", "wrote", "were",
];

/// A lower-case word that reads as a past tense ("rang", "copied"), or a participle.
fn looks_past(w: &Word) -> bool {
    let l = w.text;
    l.chars().all(|c| c.is_ascii_lowercase())
        && ((l.ends_with("ed") && l.len() > 4) || IRREGULAR_PAST.contains(&l))
}

/// "parents first rang…", "prices rose…": a lower-case plural (not an adverb) and, right after
/// it or after one adverb, a past-tense verb.
fn bare_plural_then_past(ws: &[Word], end: usize) -> bool {
    let Some(noun) = ws.first() else {
        return false;
    };
    let n = noun.text;
    if !n.ends_with('s')
        || n.ends_with("ss")
        || n.len() < 4
        || !n.chars().all(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    let past = looks_past;
    let mut rest = ws[1..].iter().take_while(|w| w.end <= end);
    match rest.next() {
        Some(w) if past(w) => true,
        Some(w)
            if w.text.ends_with("ly")
                || matches!(
                    w.text,
                    "first" | "also" | "then" | "never" | "often" | "still"
                ) =>
        {
            rest.next().is_some_and(past)
        }
        _ => false,
    }
}

/// "said up to 150 million dalen in state aid could…", "said as many as 300 jobs…": a count with
/// its hedge opens a clause however long the noun phrase after it runs.
fn count_opens(ws: &[Word], end: usize) -> bool {
    const HEDGES: &[&str] = &[
        "up", "to", "as", "many", "much", "about", "around", "nearly", "almost", "roughly", "some",
        "over", "under", "fewer", "less", "than", "only", "just", "close", "well",
    ];
    let in_clause = || ws.iter().take_while(|w| w.end <= end);
    let Some(n) = in_clause()
        .take(4)
        .position(|w| !HEDGES.contains(&w.lower().as_ref()))
    else {
        return false;
    };
    let count = &ws[n];
    // (And a verb after it: "claimed about 3,000 lives" is a toll, not a clause.)
    n > 0
        && (count.text.starts_with(|c: char| c.is_ascii_digit()) || count.is(lexicon::NUMBER_WORD))
        && in_clause()
            .skip(n + 1)
            .take(12)
            .any(|w| AUXILIARIES.contains(&w.lower().as_ref()) || looks_past(w))
}

/// A report that opens with a one-word name, its verb and "its" soon after ("Velmar plans to
/// close its car plant…"): that name, as a body's.
fn company_opening(ws: &[Word], (a, b): (usize, usize)) -> Option<SpeakerPhrase> {
    let first = ws.partition_point(|w| w.start < a);
    let name = ws
        .get(first)
        .filter(|w| w.start == a && w.is_capitalized())?;
    let rest = &ws[first + 1..];
    let next = rest.first()?;
    let its_soon = rest
        .iter()
        .take_while(|w| w.end <= b)
        .take(6)
        .any(|w| w.text == "its");
    (!next.is_capitalized()
        && !name.is(lexicon::CAP_FUNCTION_WORD)
        && name.text.chars().all(char::is_alphabetic)
        && its_soon)
        .then(|| SpeakerPhrase {
            named: Named::Name {
                name: name.text.to_string(),
                role: None,
                org: true,
            },
            span: (name.start, name.end),
        })
}

/// Finite auxiliaries: after a reporting verb, one of these a few words on means a clause.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "had", "has", "have", "would", "will", "could", "can", "may",
    "might", "must", "should", "did", "does",
];

/// For a cue in a clause, the span of what was reported, the speaker phrase, and whether the
/// date belongs inside the text (speech acts: "rejected the proposal … on January 30, 2026").
fn reported_clause(
    input: &str,
    ws: &[Word],
    inside: &[bool],
    quotes: &[&QuoteSpan],
    c: &Cue,
    (cs, ce): (usize, usize),
) -> Option<((usize, usize), Option<SpeakerPhrase>, bool)> {
    let allowed = |i: usize| !inside[i];
    let end = text::trim_end_chars(input, cs, ce, &['.', '!', '…', ';']);
    let v = c.word;
    let in_clause = |i: &usize| ws[*i].start >= cs && ws[*i].end <= end;
    let first = (0..ws.len()).find(in_clause)?;
    let last = (0..ws.len()).rfind(in_clause)?;

    if c.according_to {
        // "According to X, CLAUSE" or "CLAUSE, according to X."
        let mut p =
            speakers::document_by(input, ws, v + 1).or_else(|| phrase_after(input, ws, v + 1))?;
        if v == first || input[cs..ws[v].start].trim().is_empty() {
            // "According to the Kremlin, the talks are over": what follows the comma is the
            // clause, not an appositive describing the Kremlin.
            // "According to Dmitry Peskov, the Kremlin spokesman, the talks…": an appositive
            // closed by its own comma is the role, and the clause starts after it.
            let mut from = p.span.1;
            if let Named::Name { role: Some(r), .. } = &p.named
                && let Some(at) = input[from..end].find(r.as_str())
            {
                let after = from + at + r.len();
                if input[after..end].trim_start().starts_with(',') {
                    from = after;
                } else if let Named::Name { role, .. } = &mut p.named {
                    *role = None;
                }
            }
            // "According to Dr. Tom Frieden, formerly the director of the CDC, the pandemic…":
            // an appositive the name phrase did not take as its role ends at the next comma.
            if from == p.span.1
                && let Some(rest) = input[from..end].trim_start().strip_prefix(',')
                && let Some(pair) = rest.split(',').next().filter(|_| rest.contains(','))
                && pair.split_whitespace().next().is_some_and(|w| {
                    match w.to_lowercase().as_str() {
                        "formerly" | "former" | "currently" | "previously" | "who" | "whose" => {
                            true
                        }
                        // "the director of the CDC," but not "the virus, which…": a title
                        // inside; and no verb ("the economy will grow by 1.1%, not…" is the
                        // clause).
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" => {
                            pair.split_whitespace().any(speakers::is_title)
                                && !pair.split_whitespace().any(|w| AUXILIARIES.contains(&w))
                        }
                        _ => false,
                    }
                })
            {
                from = end - rest.len();
            }
            let comma = input[from..end].find(',')? + from;
            let (a, b) = trim_span(input, comma + 1, end);
            return (b > a).then_some(((a, b), Some(p), false));
        }
        // "Local authorities, according to Maritime Bulletin, have noted…": the attribution
        // sits inside the clause; the claim is the whole of it.
        // (Not "…, according to Harlan Electric Cooperative, the province's largest utility":
        // an appositive.)
        let rest = &input[p.span.1..end];
        let after_comma = rest.trim_start().strip_prefix(',').map(str::trim_start);
        let appositive = after_comma.is_some_and(|r| {
            let first = r.split_whitespace().next().unwrap_or("").to_lowercase();
            matches!(
                first.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "which" | "who"
            )
        });
        if after_comma.is_some() && !appositive && text::word_count_to(rest, 3) >= 3 {
            let (a, b) = trim_span(input, cs, end);
            return (b > a).then_some(((a, b), Some(p), false));
        }
        let before = text::trim_end_chars(input, cs, ws[v].start, &[',', ' ']);
        return (before > cs).then_some(((cs, before), Some(p), false));
    }

    // The speaker: before the verb, or the clause subject for a participle.
    let phrase = if after_and(ws, v) {
        coordinated_subject(input, ws, v, &allowed)
    } else if c.participle {
        subject_of(input, ws, v, &allowed)
    } else {
        phrase_before(input, ws, v, &allowed)
    };

    // "CLAUSE, X said." — the cue closes the sentence, or only a participle's own clause
    // follows ("…, police said, adding that he had tested negative").
    let participle_after = ws
        .get(v + 1)
        .is_some_and(|n| n.is(lexicon::PARTICIPLE) && input[ws[v].end..n.start].trim() == ",");
    // "…, Strahl told this newspaper on Sunday evening.": only the listener and when follow.
    let listener_after = matches!(ws[v].lower().as_ref(), "told" | "tells")
        && last < v + 7
        && ws[v + 1..=last]
            .iter()
            .all(|w| !AUXILIARIES.contains(&w.lower().as_ref()) && w.text != "that");
    if !c.participle
        && c.kind == CueKind::Speech
        && (v + 3 >= last || participle_after || listener_after)
        && let Some(p) = &phrase
    {
        let np_start = p.span.0;
        let lead = &input[cs..np_start];
        // (A name's span leaves out its article: "…, the National Health Protection Agency said.")
        let lead_trim = lead.trim_end();
        let lead_trim = ["the", "The"]
            .iter()
            .find_map(|d| {
                lead_trim
                    .strip_suffix(d)
                    .filter(|r| r.ends_with(char::is_whitespace))
            })
            .map_or(lead_trim, str::trim_end);
        // "…, chief executive Henrike Strahl told": the role before the name is the name's.
        let has_role = matches!(&p.named, Named::Name { role: Some(_), .. });
        let lead_trim = match lead_trim.rsplit_once(',') {
            Some((head, role))
                if has_role
                    && !role.trim().is_empty()
                    && !role.split_whitespace().any(|w| {
                        matches!(w, "which" | "who" | "whom" | "whose" | "of" | "that" | "as")
                    })
                    && role.split_whitespace().count() <= 4
                    && role.split_whitespace().all(|w| {
                        w.chars().next().is_some_and(char::is_lowercase) || speakers::is_title(w)
                    }) =>
            {
                &lead_trim[..head.len() + 1]
            }
            _ => lead_trim,
        };
        if lead_trim.ends_with(',') && ws[first].start < np_start {
            let stop = text::trim_end_chars(input, cs, cs + lead_trim.len(), &[',']);
            let starts_with_quote = quotes.iter().any(|q| q.open == cs);
            if !starts_with_quote && stop > cs {
                return Some(((cs, stop), phrase, false));
            }
        }
    }
    let phrase = phrase?;
    // ("Peskov, however, said …": the aside's commas end a clause, not the sentence's subject.)
    if phrase.span.0 < cs
        && !c.participle
        && !input.get(phrase.span.1..cs).is_some_and(speakers::is_aside)
    {
        return None;
    }
    let verb = ws[v].lower();

    match c.kind {
        CueKind::Speech => {
            // Look for "that" within a few words: "announced on January 29, 2026, that …".
            let mut k = v + 1;
            let limit = (v + 12).min(last + 1);
            while k < limit {
                if inside[k] || cue_kind_of(ws[k].lex).is_some() {
                    break;
                }
                let lw = ws[k].lower();
                // "said they had spent that time…": the clause began without "that", and this
                // "that" is inside it.
                if matches!(lw.as_ref(), "he" | "she" | "they" | "it" | "we" | "i")
                    || AUXILIARIES.contains(&lw.as_ref())
                {
                    break;
                }
                if lw == "that" {
                    let (a, b) = trim_span(input, ws[k].end, end);
                    // "Den' Ukrainy also reported Peskov's statement that the pause…": the
                    // outlet relays; the words are Peskov's.
                    let relayed = relayed_speaker(input, ws, v, k);
                    return (b > a).then_some(((a, b), Some(relayed.unwrap_or(phrase)), false));
                }
                k += 1;
            }
            // "Peskov said Russia was ready": a clause straight after the verb.
            let next = ws.get(v + 1).filter(|n| n.end <= end)?;
            let gap = &input[ws[v].end..next.start];
            if !gap.trim().is_empty() {
                return None; // a colon or a quote mark: direct speech, handled as a quote
            }
            let takes_object = matches!(
                verb.as_ref(),
                "told"
                    | "tells"
                    | "asked"
                    | "asks"
                    | "informed"
                    | "assured"
                    | "warned"
                    | "urged"
                    | "briefed"
            );
            let mut start_word = v + 1;
            if takes_object {
                // "told reporters Russia was ready" / "told Reuters on Friday the plan…"
                let obj_end = (v + 1..=(v + 3).min(last)).find(|&i| {
                    let l = ws[i].lower();
                    matches!(
                        l.as_ref(),
                        "reporters"
                            | "journalists"
                            | "parliament"
                            | "lawmakers"
                            | "me"
                            | "us"
                            | "him"
                            | "her"
                            | "them"
                            | "viewers"
                            | "supporters"
                            | "listeners"
                            | "correspondent"
                            | "audience"
                            | "court"
                            | "jury"
                            | "crowd"
                            // "told this programme the board had…", "told the paper…"
                            | "programme"
                            | "program"
                            | "paper"
                            | "newspaper"
                            | "station"
                            | "committee"
                            | "judges"
                            | "judge"
                            | "mps"
                            | "senators"
                            | "councillors"
                            | "investors"
                            | "staff"
                            | "workers"
                    ) || ws[i].is_capitalized()
                })?;
                // "told The Jakarta Post radio broadcasts were…": a named listener is the whole
                // capitalised run.
                let mut obj_end = obj_end;
                while ws[obj_end].is_capitalized()
                    && obj_end < last
                    && ws[obj_end + 1].is_capitalized()
                    && input[ws[obj_end].end..ws[obj_end + 1].start] == *" "
                {
                    obj_end += 1;
                }
                start_word = obj_end + 1;
            }
            // "said on Friday the date…", "told reporters Thursday Russia was…": when the
            // remark was made sits between the verb and its clause.
            start_word = after_time_adverbial(ws, start_word, last);
            let sw = ws.get(start_word).filter(|w| w.end <= end)?;
            if inside[start_word] {
                return None;
            }
            let l = sw.lower();
            let clause_start_word = sw.is_capitalized()
                || matches!(
                    l.as_ref(),
                    "he" | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "there"
                        | "this"
                        | "these"
                        | "those"
                        | "no"
                        | "more"
                        | "some"
                        | "all"
                        | "both"
                )
                || sw.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                // "said boats had been able to…", "argued socialism is growing": a bare noun
                // phrase soon followed by a finite auxiliary opens a clause.
                || (sw.text.chars().all(char::is_alphabetic)
                    && ws[start_word + 1..]
                        .iter()
                        .take(4)
                        .take_while(|w| w.end <= end)
                        .any(|w| AUXILIARIES.contains(&w.lower().as_ref())))
                // "claims parents first rang Arnhollow", "said prices rose": after a verb of
                // saying, a bare plural and a past-tense verb ("the total reported casualties
                // increased" is an adjective).
                || (matches!(verb.as_ref(), "said" | "says" | "say" | "claimed" | "claims")
                    && bare_plural_then_past(&ws[start_word..], end))
                || count_opens(&ws[start_word..], end);
            let bad_verb = matches!(
                verb.as_ref(),
                "asked"
                    | "asks"
                    | "added"
                    | "adds"
                    | "continued"
                    | "replied"
                    | "responded"
                    | "answered"
                    | "wrote"
                    | "writes"
                    | "posted"
                    | "tweeted"
            );
            // "Marren declared a state of emergency on Monday night", "announced a review":
            // an indefinite object with no verb after it is an act the outlet narrates, not
            // words reported ("said a meeting was impossible" has its verb).
            // (After "said", "told", "reported", "suggested" and "claimed" an indefinite phrase
            // opens a clause whatever follows: "Officials said a police constable saw…".)
            let reports = reports_speech(&verb);
            if matches!(l.as_ref(), "a" | "an")
                && !bad_verb
                && !reports
                && !ws[start_word + 1..]
                    .iter()
                    .take(8)
                    .take_while(|w| w.end <= end)
                    .any(|w| AUXILIARIES.contains(&w.lower().as_ref()))
            {
                let (a, b) = trim_span(input, cs, end);
                return (b > a && text::word_count_to(&input[a..b], 5) >= 5).then_some((
                    (a, b),
                    Some(phrase),
                    true,
                ));
            }
            // "Arnhollow Dairies confirmed the voluntary recall of seven batches", "denied the
            // report": after a verb that does not report speech by itself, a definite noun
            // phrase with no verb in it is the act's object; the outlet narrates the act.
            let no_verb_after = || {
                ws[start_word + 1..]
                    .iter()
                    .take_while(|w| w.end <= end)
                    .all(|w| !AUXILIARIES.contains(&w.lower().as_ref()) && !looks_past(w))
            };
            if matches!(l.as_ref(), "the" | "his" | "her" | "its" | "their")
                && !bad_verb
                && !reports
                && !takes_a_clause(&verb)
                && no_verb_after()
            {
                let (a, b) = trim_span(input, cs, end);
                return (b > a && text::word_count_to(&input[a..b], 5) >= 5).then_some((
                    (a, b),
                    Some(phrase),
                    true,
                ));
            }
            // "say at least two people have died": a count, not a place or a time.
            let at_least = l == "at"
                && ws
                    .get(start_word + 1)
                    .is_some_and(|n| matches!(n.text, "least" | "most"));
            if !clause_start_word
                || bad_verb
                || (matches!(
                    l.as_ref(),
                    "in" | "on" | "at" | "during" | "after" | "before" | "to"
                ) && !at_least)
                // "would not say whether strikes would resume": a question, not a claim.
                || matches!(
                    l.as_ref(),
                    "whether" | "what" | "how" | "why" | "when" | "where" | "who" | "which" | "if"
                )
            {
                return None;
            }
            let (a, b) = trim_span(input, sw.start, end);
            (b > a && text::word_count_to(&input[a..b], 3) >= 3).then_some((
                (a, b),
                Some(phrase),
                false,
            ))
        }
        CueKind::Act | CueKind::Describe => {
            if c.participle {
                return None;
            }
            // "repeated on Thursday that the offer was final": a that-clause is what was said.
            let mut k = v + 1;
            let limit = (v + 8).min(last + 1);
            while k < limit && !inside[k] && cue_kind_of(ws[k].lex).is_none() {
                // Right after the verb, "that" opens a clause only before its subject
                // ("repeated that Putin can come", "that the company would pay"), not as
                // "rejected that offer".
                let opens_clause = k > v + 1
                    || ws.get(k + 1).is_some_and(|n| {
                        n.is_capitalized()
                            || matches!(
                                n.lower().as_ref(),
                                "the"
                                    | "a"
                                    | "an"
                                    | "he"
                                    | "she"
                                    | "it"
                                    | "they"
                                    | "we"
                                    | "i"
                                    | "you"
                                    | "his"
                                    | "her"
                                    | "its"
                                    | "their"
                                    | "this"
                                    | "there"
                            )
                    });
                if ws[k].lower() == "that" && opens_clause {
                    let (a, b) = trim_span(input, ws[k].end, end);
                    return (b > a).then_some(((a, b), Some(phrase), false));
                }
                k += 1;
            }
            // A speech act: the whole clause is the claim, its date the date of the act.
            let (a, b) = trim_span(input, cs, end);
            let has_quote = quotes.iter().any(|q| q.open >= a && q.open < b);
            if c.kind == CueKind::Describe && has_quote {
                return None;
            }
            (b > a && text::word_count_to(&input[a..b], 5) >= 5).then_some((
                (a, b),
                Some(phrase),
                true,
            ))
        }
    }
}

fn link_continued_quotes(out: &mut [(Statement, Option<usize>)], all: &[QuoteSpan]) {
    // Walk chains of paragraphs: each chain member with no speaker takes the chain's speaker.
    let mut chain: Vec<usize> = Vec::new();
    let mut chains: Vec<Vec<usize>> = Vec::new();
    for (i, q) in all.iter().enumerate() {
        if q.continued && !chain.is_empty() {
            chain.push(i);
        } else {
            if chain.len() > 1 {
                chains.push(std::mem::take(&mut chain));
            }
            chain = vec![i];
        }
        if !q.continues {
            if chain.len() > 1 {
                chains.push(std::mem::take(&mut chain));
            }
            chain.clear();
        }
    }
    let by_start: HashMap<usize, usize> = out
        .iter()
        .enumerate()
        .filter(|(_, (st, _))| st.kind == Kind::Quote)
        .map(|(i, (st, _))| (st.start, i))
        .collect();
    for ch in chains {
        let positions: Vec<usize> = ch
            .iter()
            .filter_map(|&qi| by_start.get(&all[qi].text.0).copied())
            .collect();
        let Some(speaker) = positions.iter().find_map(|&p| out[p].1) else {
            continue;
        };
        let donor = positions.iter().find(|&&p| out[p].1.is_some()).copied();
        for &p in &positions {
            if out[p].1.is_none() {
                out[p].1 = Some(speaker);
                if let Some(d) = donor {
                    out[p].0.cue = out[d].0.cue.clone();
                    out[p].0.said_on = out[p].0.said_on.or(out[d].0.said_on);
                }
            }
        }
    }
}
