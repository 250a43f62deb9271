//! How alike two statements are. Several signals, each for a kind of variation news produces:
//! exact equality after normalising (re-quotes), edit similarity (small misquotes), token-set
//! overlap (reordering, paraphrase), and containment (a fragment of a longer quote).

use super::normalize::{is_stop_word, normalize, term_of, terms};

/// A statement prepared once for many comparisons.
#[derive(Debug, Clone)]
pub struct Comparable {
    pub norm: String,
    /// Content terms in text order, for the term index. Empty when built with `for_scoring`.
    pub terms: Vec<String>,
    /// The distinct terms as 64-bit hashes, sorted: set overlap is a merge of two short arrays.
    keys: Vec<u64>,
    /// The keys of the terms that are numbers ("600", "14", "2026"), sorted: a number is the
    /// most specific thing a statement says, so it weighs more in the token measure.
    numbers: Vec<u64>,
    /// How many content terms the text has (with repeats).
    n_terms: usize,
}

/// FNV-1a of a term: the set key. Two distinct terms of one statement pair colliding in 64 bits
/// is not a practical concern.
fn term_key(t: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in t.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// How much more a shared (or missing) number counts than a shared (or missing) word.
const NUMBER_WEIGHT: usize = 3;

fn key_set<'a>(terms: impl Iterator<Item = &'a str>) -> (Vec<u64>, Vec<u64>, usize) {
    let mut keys = Vec::new();
    let mut numbers = Vec::new();
    for t in terms {
        let k = term_key(t);
        keys.push(k);
        if t.starts_with(|c: char| c.is_ascii_digit()) {
            numbers.push(k);
        }
    }
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    numbers.sort_unstable();
    numbers.dedup();
    (keys, numbers, n)
}

impl Comparable {
    pub fn new(text: &str) -> Self {
        Self::from_norm(normalize(text))
    }
    /// Each sentence of someone's words that run over several ("No. I never signed that
    /// contract. The port board approved it."): another outlet may report one of them alone
    /// ("she had never signed the Corvane contract"). None for one sentence, and no sentence
    /// of fewer than three words.
    pub fn sentences(text: &str) -> Vec<Comparable> {
        let mut pieces = Vec::new();
        let mut from = 0;
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            // A stop, closing marks, a space, then a capital or an opening mark.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let next = text[j..].trim_start();
            if j == text.len()
                || next.len() == text.len() - j
                || !next.starts_with(|c: char| c.is_uppercase() || "\"'“‘«„".contains(c))
            {
                continue;
            }
            pieces.push(&text[from..j]);
            from = text.len() - next.len();
        }
        if pieces.is_empty() {
            return Vec::new();
        }
        pieces.push(&text[from..]);
        pieces
            .into_iter()
            .map(Comparable::new)
            .filter(|c| !c.is_short() && !c.about_own_words())
            .collect()
    }
    /// "I said there was no board at Hollin Cut, and there wasn't": words about the speaker's
    /// own earlier words are a clarification, a remark of its own, however alike.
    pub fn about_own_words(&self) -> bool {
        [
            "i said ",
            "i never said ",
            "i did not say ",
            "what i said ",
            "as i said ",
        ]
        .iter()
        .any(|frame| self.norm.starts_with(frame))
    }
    /// A stored claim as a match candidate: its normalised text and the space-separated terms
    /// `terms()` made when it was stored. Keeps no term strings (ingest scores dozens of these
    /// per statement), so it can be compared but not indexed.
    pub fn for_scoring(norm: String, terms: &str) -> Self {
        let (keys, numbers, n_terms) = key_set(terms.split(' ').filter(|t| !t.is_empty()));
        Comparable {
            norm,
            terms: Vec::new(),
            keys,
            numbers,
            n_terms,
        }
    }
    pub fn from_norm(norm: String) -> Self {
        let terms = terms(&norm);
        let (keys, numbers, n_terms) = key_set(terms.iter().map(String::as_str));
        Comparable {
            norm,
            terms,
            keys,
            numbers,
            n_terms,
        }
    }
    /// One or two words ("impossible", "very constructive"): never merged on their likeness
    /// alone (`matching::short_quote_fits`). Counted in words, not content terms: "Such a
    /// meeting is impossible" is a sentence, not a fragment.
    pub fn is_short(&self) -> bool {
        self.norm.split_whitespace().nth(2).is_none()
    }
    /// How many content terms the text has.
    pub fn n_terms(&self) -> usize {
        self.n_terms
    }
    /// How many distinct terms the two share.
    fn shared(&self, other: &Comparable) -> usize {
        let (a, b) = (&self.keys, &other.keys);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

/// The numbers a statement asserts and the ones it compares them with, from its normalised
/// text: "11 km of the river, up from 8 km" asserts 11 and compares with 8.
fn numbers_by_role(norm: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut asserted, mut compared) = (Vec::new(), Vec::new());
    let mut prev = "";
    // Words left in a comparison opened by "from" or "than": "up from its first estimate of
    // 4.5 million" compares with 4.5 million.
    let mut comparing = 0u8;
    for w in norm.split(' ') {
        // A figure, not an ordinal ("first" is "1st"): nobody misquotes one for a count.
        let figure = w.starts_with(|c: char| c.is_ascii_digit())
            && w.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if figure {
            // "up from 8", "more than 40", and a class rather than a count: "under 5", "aged 70".
            if comparing > 0 || matches!(prev, "under" | "aged") {
                compared.push(w);
            } else {
                asserted.push(w);
            }
            comparing = 0;
        } else if matches!(w, "from" | "than" | "versus" | "vs") {
            comparing = 5;
        } else {
            comparing = comparing.saturating_sub(1);
        }
        prev = w;
    }
    (asserted, compared)
}

/// Whether two statements give other figures for one thing ("the limit there was 40 km/h" /
/// "the normal limit is 90 km/h"). Only amounts count: a day of the month ("15 november") or a
/// clock time ("23 40") says when, and figures within 5% of each other are one figure rounded ("more than 12,000 hectares" /
/// "about 12,400 hectares"). When three or more words, three in four of the shorter's, are
/// the other's too, one figure is misreported in one sentence ("the fire had burned through
/// 21,400 hectares" / "…about 12,400 hectares of pine forest"): that joins, and the conflict
/// shows. ("the limit there was 40 km/h" / "the normal limit is 90 km/h" share two.)
pub fn figures(a: &Comparable, b: &Comparable) -> Figures {
    let (aa, ba) = (amounts(&a.norm), amounts(&b.norm));
    let close = |x: &&str, y: &&str| match (x.parse::<f64>(), y.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() <= 0.05 * x.abs().max(y.abs()),
        _ => x == y,
    };
    if aa.is_empty() || ba.is_empty() || aa.iter().any(|x| ba.iter().any(|y| close(x, y))) {
        return Figures::Agree;
    }
    let words = |c: &Comparable| c.keys.len() - c.numbers.len();
    let shared_words = a.shared(b) - shared_keys(&a.numbers, &b.numbers);
    let smaller = words(a).min(words(b));
    if shared_words < 3 || shared_words * 4 < smaller * 3 {
        Figures::Differ
    } else {
        Figures::Misreported
    }
}

/// How the amounts of two statements compare (`figures`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figures {
    /// One gives no amount, or they share one.
    Agree,
    /// Every amount differs, in words that are otherwise the same.
    Misreported,
    /// Every amount differs, and so do the words around them.
    Differ,
}

/// The asserted figures of a normalised text that are amounts, not dates or times.
fn amounts(norm: &str) -> Vec<&str> {
    let ws: Vec<&str> = norm.split(' ').collect();
    let month = |i: usize| {
        ws.get(i)
            .is_some_and(|w| crate::extract::dates::month_number(w).is_some() && w.len() > 2)
    };
    let number = |i: usize| {
        ws.get(i)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let (asserted, _) = numbers_by_role(norm);
    ws.iter()
        .enumerate()
        .filter(|&(i, w)| {
            let clock = (number(i + 1) && w.len() <= 2 && ws[i + 1].len() == 2)
                || (i > 0 && number(i - 1) && w.len() == 2 && ws[i - 1].len() <= 2);
            let dated = month(i + 1) || (i > 0 && month(i - 1));
            asserted.contains(w) && !clock && !dated
        })
        .map(|(_, w)| *w)
        .collect()
}

fn shared_keys(a: &[u64], b: &[u64]) -> usize {
    a.iter().filter(|k| b.binary_search(k).is_ok()).count()
}

/// One says a thing will happen and the other that it happened: "the emergency department
/// will reopen on Friday" / "the emergency department reopened". Read from the normalised
/// words: a future marker in one, none in the other, and there a past form (-ed) of a verb
/// the first uses.
pub fn plan_and_event(a: &Comparable, b: &Comparable) -> bool {
    fn future(norm: &str) -> bool {
        // A marker between words (" will ") or opening the text ("will ").
        let has = |m: &str| norm.contains(m) || norm.starts_with(m.trim_start());
        has(" will ") || has(" is due to ") || has(" are due to ") || has(" is to ")
    }
    let (plan, event) = match (future(&a.norm), future(&b.norm)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    let planned: Vec<&str> = plan.norm.split(' ').collect();
    event.norm.split(' ').any(|w| {
        w.len() > 4
            && w.ends_with("ed")
            && (planned.contains(&&w[..w.len() - 2]) || planned.contains(&&w[..w.len() - 1]))
    })
}

/// One statement updates the other: it compares with the number the other asserts and asserts
/// another ("dead fish along an 8 km stretch" / "along 11 km of the river, up from 8 km
/// yesterday"). Two moments of a story, not one fact told twice.
/// Or both give two figures or more and none of them agree ("12 in hospital, six of them under
/// five" on Monday, "19 in hospital, nine of them under five" on Wednesday): a misquote changes
/// one figure of a remark, not all of them.
pub fn numbers_disagree(a: &Comparable, b: &Comparable) -> bool {
    let (aa, ac) = numbers_by_role(&a.norm);
    let (ba, bc) = numbers_by_role(&b.norm);
    let shared = aa.iter().any(|n| ba.contains(n));
    let all_new = aa.len() >= 2 && ba.len() >= 2;
    !shared && (all_new || aa.iter().any(|n| bc.contains(n)) || ba.iter().any(|n| ac.contains(n)))
}

/// Words that deny what is near them.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot",
];

/// How many words on either side of a negation it reaches: "three boxes never arrived",
/// "there was never a third box".
const NEGATION_REACH: usize = 3;

/// Words that deny in their meaning: with one of them on either side, a "not" on the other
/// may say the same thing ("would not strike … as long as" / "if Russia stopped striking";
/// "was not an acceptable venue" / "was out of the question").
const NEGATIVE_MEANINGS: &[&str] = &[
    "stop",
    "stops",
    "stopped",
    "cease",
    "ceased",
    "ceases",
    "halt",
    "halted",
    "halts",
    "refuse",
    "refused",
    "refuses",
    "deny",
    "denied",
    "denies",
    "reject",
    "rejected",
    "rejects",
    "fail",
    "failed",
    "fails",
    "unable",
    "unacceptable",
    "impossible",
    "unlikely",
    "out",
    "lack",
    "lacked",
    "instead",
    "rather",
    "hardly",
    "barely",
];

/// The content terms of a normalised text in the reach of a negation, and those outside it.
/// A "no" before a stop word is an answer ("no our agent signed…"), not a negation.
fn polarity_terms(norm: &str) -> (Vec<String>, Vec<String>) {
    let ws: Vec<&str> = norm.split(' ').collect();
    let negates = |i: usize| {
        NEGATIONS.contains(&ws[i])
            && (ws[i] != "no" || ws.get(i + 1).is_some_and(|n| !is_stop_word(n)))
    };
    let mut near = vec![false; ws.len()];
    for i in (0..ws.len()).filter(|&i| negates(i)) {
        let from = i.saturating_sub(NEGATION_REACH);
        let to = (i + NEGATION_REACH + 1).min(ws.len());
        near[from..to].iter_mut().for_each(|n| *n = true);
    }
    let (mut negated, mut plain) = (Vec::new(), Vec::new());
    for (w, near) in ws.iter().zip(near) {
        if w.is_empty() || is_stop_word(w) || NEGATIONS.contains(w) {
            continue;
        }
        let side = if near { &mut negated } else { &mut plain };
        side.push(term_of(w));
    }
    (negated, plain)
}

/// One denies what the other asserts: words both use are in a negation's reach in one and
/// outside every negation in the other ("three boxes from Brackmoor never arrived" / "three
/// boxes left Brackmoor and two arrived"; "No ballot box is missing" / "three ballot boxes
/// are missing"). Counted over the words they share: more of them on opposite sides than on
/// the same side. When a negation reaches shared words in both, both deny ("Belarus was not
/// an acceptable venue" / "Belarus would not work as a venue").
pub fn polarity_differs(a: &Comparable, b: &Comparable) -> bool {
    let denies_in_meaning =
        |c: &Comparable| c.norm.split(' ').any(|w| NEGATIVE_MEANINGS.contains(&w));
    let negates = |c: &Comparable| c.norm.split(' ').any(|w| NEGATIONS.contains(&w));
    if !(negates(a) || negates(b)) || denies_in_meaning(a) || denies_in_meaning(b) {
        return false;
    }
    let (an, ap) = polarity_terms(&a.norm);
    let (bn, bp) = polarity_terms(&b.norm);
    let (mut opposite, mut same) = (0, 0);
    let (mut denied_in_a, mut denied_in_b) = (false, false);
    let mut seen: Vec<&String> = Vec::new();
    for t in an.iter().chain(&ap) {
        if seen.contains(&t) || !(bn.contains(t) || bp.contains(t)) {
            continue;
        }
        seen.push(t);
        let (a_denies, a_plain) = (an.contains(t), ap.contains(t));
        let (b_denies, b_plain) = (bn.contains(t), bp.contains(t));
        denied_in_a |= a_denies;
        denied_in_b |= b_denies;
        if (a_denies && !a_plain && b_plain && !b_denies)
            || (a_plain && !a_denies && b_denies && !b_plain)
        {
            opposite += 1;
        } else {
            same += 1;
        }
    }
    !(denied_in_a && denied_in_b) && opposite > same
}

/// Which signal carried a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    Exact,
    Edit,
    TokenSet,
    Fragment,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Exact => "exact",
            Method::Edit => "edit",
            Method::TokenSet => "token-set",
            Method::Fragment => "fragment",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Similarity {
    pub score: f64,
    pub method: Method,
    pub edit: f64,
    pub jaccard: f64,
    pub containment: f64,
    /// How many distinct content terms the two share.
    pub shared: usize,
}

/// Normalised Levenshtein similarity, 1 − distance / longer length in characters: the same
/// measure as `strsim::normalized_levenshtein`, computed with rapidfuzz's bit-parallel
/// algorithm, which the `similarity` benchmark measures many times faster on statement-length text.
pub fn edit_similarity(a: &str, b: &str) -> f64 {
    rapidfuzz::distance::levenshtein::normalized_similarity(a.chars(), b.chars())
}

/// Score two statements in 0..1. `cutoff` lets the expensive edit measure be skipped when it
/// cannot reach the cutoff (normalised Levenshtein is at most min(len)/max(len)).
pub fn similarity(a: &Comparable, b: &Comparable, cutoff: f64) -> Similarity {
    if a.norm == b.norm {
        return Similarity {
            score: 1.0,
            method: Method::Exact,
            edit: 1.0,
            jaccard: 1.0,
            containment: 1.0,
            shared: a.keys.len(),
        };
    }
    let inter = a.shared(b) as f64;
    let union = (a.keys.len() + b.keys.len()) as f64 - inter;
    let jaccard = if union > 0.0 { inter / union } else { 0.0 };
    let smaller = a.keys.len().min(b.keys.len()) as f64;
    let containment = if smaller > 0.0 { inter / smaller } else { 0.0 };

    if inter == 0.0 {
        // No content word in common: whatever the letters say, not the same statement. This also
        // keeps the exhaustive baseline and the term index answering the same question.
        return Similarity {
            score: 0.0,
            method: Method::TokenSet,
            edit: 0.0,
            jaccard,
            containment,
            shared: 0,
        };
    }
    let (la, lb) = (a.norm.chars().count() as f64, b.norm.chars().count() as f64);
    let edit_ceiling = la.min(lb) / la.max(lb).max(1.0);
    // The edit measure is for near-identical wording: with under a quarter of the content words
    // shared it cannot reach a matching threshold in practice, and skipping it halves the cost
    // of scoring candidates (the exhaustive baseline uses this same function).
    let edit = if edit_ceiling >= cutoff.min(0.5) && jaccard >= 0.25 {
        edit_similarity(&a.norm, &b.norm)
    } else {
        0.0
    };

    // The token measure counts a number as NUMBER_WEIGHT words: "More than 600 firefighters and
    // 14 aircraft were deployed" and "…600 firefighters and 14 aircraft were trying to hold it
    // back from the suburbs last night" are one fact; "5 percent contained" and "20 percent
    // contained" are two.
    // A number only one side gives ("would end on Sunday" / "…on Sunday, January 31") is
    // detail, not disagreement: the weight applies when both sides give numbers.
    let extra = if a.numbers.is_empty() || b.numbers.is_empty() {
        0
    } else {
        NUMBER_WEIGHT - 1
    };
    let shared_numbers = a.numbers.iter().filter(|k| b.numbers.contains(k)).count();
    let weight = |c: &Comparable| (c.keys.len() + extra * c.numbers.len()) as f64;
    let (wa, wb) = (weight(a), weight(b));
    let wi = inter + (extra * shared_numbers) as f64;
    let w_union = wa + wb - wi;
    let w_jaccard = if w_union > 0.0 { wi / w_union } else { 0.0 };
    let w_containment = wi / wa.min(wb).max(1.0);
    let token = 0.5 * w_jaccard + 0.5 * w_containment;
    // A fragment: every content word of the shorter one is in the longer one, in a longer text.
    // Three or more content words all found in the longer text is a fragment of it; fewer is
    // only a hint (one or two words are in many statements).
    let fragment = if containment >= 1.0 && smaller >= 3.0 {
        0.9
    } else if containment >= 1.0 && smaller >= 1.0 {
        0.6
    } else {
        0.0
    };
    let mut best = Similarity {
        score: edit,
        method: Method::Edit,
        edit,
        jaccard,
        containment,
        shared: inter as usize,
    };
    if token > best.score {
        best.score = token;
        best.method = Method::TokenSet;
    }
    if fragment > best.score {
        best.score = fragment;
        best.method = Method::Fragment;
    }
    best.score = (best.score * 1000.0).round() / 1000.0;
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> Similarity {
        similarity(&Comparable::new(a), &Comparable::new(b), 0.0)
    }

    #[test]
    fn rapidfuzz_and_strsim_agree_on_the_edit_measure() {
        for (a, b) in [
            ("very constructive", "very productive"),
            ("", "abc"),
            ("kyiv", "kyiv"),
            ("ünïcödé text", "unicode text"),
        ] {
            assert!(
                (edit_similarity(a, b) - strsim::normalized_levenshtein(a, b)).abs() < 1e-9,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn requotes_with_other_marks_are_exact() {
        assert_eq!(
            sim("“Let him come,” he said", "'let him come' he said").method,
            Method::Exact
        );
    }

    #[test]
    fn a_fragment_is_contained_in_the_full_quote() {
        let s = sim(
            "impossible",
            "it's impossible for me to meet with Putin in Moscow",
        );
        assert_eq!(s.containment, 1.0);
        assert!(
            s.score >= crate::matching::DEFAULT_LOW,
            "a one-word fragment is worth a suggestion: {s:?}"
        );
        assert!(Comparable::new("impossible").is_short());
        let s = sim(
            "openly inviting him if he dares",
            "I can just as well invite him to Kyiv. I'm openly inviting him, if he dares",
        );
        assert_eq!(s.method, Method::Fragment);
    }

    #[test]
    fn shared_numbers_hold_a_fact_together_and_different_ones_pull_it_apart() {
        let deployed = "More than 600 firefighters and 14 water-bombing aircraft were deployed";
        let trying = "More than 600 firefighters and 14 aircraft were trying to hold it back \
                      from the northern suburbs last night";
        assert!(sim(deployed, trying).score >= crate::matching::DEFAULT_HIGH);
        let five = "the fire was only 5 percent contained on Tuesday afternoon";
        let twenty = "20 percent of the fire's perimeter was contained";
        assert!(sim(five, twenty).score < crate::matching::DEFAULT_HIGH);
        // A date only one side gives is detail, not disagreement.
        assert!(
            sim(
                "the pause in strikes on Kyiv would end on Sunday, January 31",
                "the pause on Kyiv would end on Sunday"
            )
            .score
                >= crate::matching::DEFAULT_HIGH
        );
    }

    #[test]
    fn reworded_variants_score_high_and_unrelated_low() {
        assert!(
            sim(
                "We're still talking about Moscow",
                "We're currently talking about Moscow"
            )
            .score
                >= 0.8
        );
        assert!(
            sim(
                "The talks were very constructive",
                "Prices of grain rose sharply in March"
            )
            .score
                < 0.3
        );
    }

    #[test]
    fn figures_tell_a_misreport_from_another_fact() {
        let f = |a: &str, b: &str| figures(&Comparable::new(a), &Comparable::new(b));
        assert_eq!(
            f("the limit there was 40 km/h", "the normal limit is 90 km/h"),
            Figures::Differ
        );
        assert_eq!(
            f(
                "By this evening the fire had burned through 21,400 hectares",
                "By Tuesday evening the fire had burned about 12,400 hectares of pine forest"
            ),
            Figures::Misreported
        );
        // "first" is "1st", an ordinal, not a figure the two agree on: the later estimate
        // compares with the earlier one.
        assert!(numbers_disagree(
            &Comparable::new("repairs would cost about 4.5 million crowns"),
            &Comparable::new(
                "repairs would cost 6.1 million crowns, up from its first estimate of 4.5 million"
            )
        ));
        // Rounded, or only a date and a time apart: the same figures.
        assert_eq!(
            f(
                "the blaze had blackened more than 12,000 hectares",
                "the fire had burned about 12,400 hectares"
            ),
            Figures::Agree
        );
        assert_eq!(
            f(
                "A freight train derailed near Tamsford on the night of Sunday 15 November",
                "A freight train derailed near Tamsford at 23:40 on Sunday"
            ),
            Figures::Agree
        );
    }

    #[test]
    fn a_quote_in_several_sentences_is_read_sentence_by_sentence() {
        let norms = |t: &str| -> Vec<String> {
            Comparable::sentences(t)
                .into_iter()
                .map(|c| c.norm)
                .collect()
        };
        assert_eq!(
            norms("No. I never signed that contract. The board approved it in Nov. 2023!"),
            [
                "i never signed that contract",
                "the board approved it in november 2023"
            ],
            "'No.' is too short to stand alone; 'Nov. 2023' is no sentence end"
        );
        assert!(norms("One sentence, with a U.S. figure of 3.5 percent.").is_empty());
        assert_eq!(
            norms("I said there was no board there. I never said nobody put one up."),
            Vec::<String>::new(),
            "talk about one's own earlier words is not those words"
        );
        assert_eq!(
            norms("\"We will appeal.\" \"And we will win,\" he said.").len(),
            2
        );
    }
}
