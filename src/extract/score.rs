//! Check-worthiness: how much a sentence asserts something a fact-checker could verify. A small,
//! transparent linear score over cues that the ClaimBuster line of work found predictive: numbers,
//! dates, named entities, quantities and comparisons push it up; questions, hedges, opinions and
//! first-person feelings push it down. The weights are ours, tuned on the fixture gold set.

pub(super) const FACT_VERBS: &[&str] = &[
    "held",
    "killed",
    "died",
    "dead",
    "injured",
    "wounded",
    "rose",
    "fell",
    "increased",
    "decreased",
    "grew",
    "dropped",
    "announced",
    "scheduled",
    "approved",
    "signed",
    "voted",
    "arrested",
    "attacked",
    "won",
    "lost",
    "reached",
    "confirmed",
    "launched",
    "closed",
    "opened",
    "elected",
    "appointed",
    "resigned",
    "fired",
    "collapsed",
    "struck",
    "hit",
    "spent",
    "cost",
    "paid",
    "earned",
    "raised",
    "cut",
    "banned",
    "passed",
    "approved",
    "rejected",
    "agreed",
    "met",
    "visited",
    "travelled",
    "traveled",
    "arrived",
    "left",
    "began",
    "ended",
    "started",
    "completed",
    "built",
    "destroyed",
    "evacuated",
    "recorded",
    "reported",
    "accounted",
    "totalled",
    "totaled",
    "exceeded",
    "doubled",
    "tripled",
    "halved",
    "ceased",
    "halted",
    "suspended",
    "resumed",
    "withdrew",
    "deployed",
    "sentenced",
    "convicted",
    "charged",
    "fined",
    "sued",
    "ruled",
    "found",
    "shows",
    "showed",
    "conducted",
    "took",
    "was",
    "were",
    "has",
    "have",
    "had",
    "is",
    "are",
];

pub(super) const QUANTITY_WORDS: &[&str] = &[
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "percent",
    "per",
    "cent",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "half",
    "third",
    "quarter",
    "twice",
    "double",
    "majority",
    "minority",
    "average",
    "one",
    // (Counts in words are in NUMBER_WORDS, which is a quantity too.)
    "first",
    "second",
    "last",
    "km",
    "miles",
    "tonnes",
    "tons",
    "dollars",
    "euros",
    "rubles",
    "pounds",
    "hryvnias",
    "people",
    "deaths",
    "cases",
    "votes",
];

/// Counts written in words say as much as digits do: "Eleven wagons came off the rails", "shut
/// its intake at six". Not "one" (a pronoun as often as a count) nor the ordinals.
pub(super) const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
];

pub(super) const COMPARE_WORDS: &[&str] = &[
    "more", "less", "fewer", "largest", "biggest", "highest", "lowest", "smallest", "record",
    "most", "least", "than", "since", "increase", "decrease", "compared", "rise", "fall", "growth",
    "decline", "worst", "best",
];

pub(super) const CAUSE_WORDS: &[&str] = &[
    "because",
    "due",
    "caused",
    "cause",
    "led",
    "result",
    "resulted",
    "therefore",
    "after",
];

pub(super) const HEDGE_WORDS: &[&str] = &[
    "think",
    "believe",
    "hope",
    "hopes",
    "should",
    "might",
    "could",
    "perhaps",
    "maybe",
    "seems",
    "seem",
    "probably",
    "possibly",
    "feel",
    "feels",
    "wish",
    "joke",
    "great",
    "terrible",
    "wonderful",
    "beautiful",
    "love",
    "hate",
    "awful",
    "amazing",
    "sad",
    "happy",
    "shame",
    "disgrace",
    "theater",
    "theatre",
    "bother",
    "encouraging",
    "crucial",
    "opinion",
    "apparently",
    "allegedly",
    "rumoured",
    "rumored",
];

use super::lexicon;
use super::text::Word;

// The cue families, as the lexicon marks them (its low byte).
const QUANTITY: u8 = lexicon::QUANTITY as u8;
const FACT: u8 = lexicon::FACT as u8;
const COMPARE: u8 = lexicon::COMPARE as u8;
const CAUSE: u8 = lexicon::CAUSE as u8;
const HEDGE: u8 = lexicon::HEDGE as u8;
const FIRST_PERSON: u8 = lexicon::FIRST_PERSON as u8;
const NUMBER: u16 = lexicon::NUMBER_WORD as u16;
const DEFINITE: u16 = lexicon::DEFINITE as u16;

/// What check-worthiness needs to know about one word: its cue families (the low six bits)
/// and these.
const DIGIT: u16 = 1 << 8;
const CAPITAL: u16 = 1 << 9;
const DATE_WORD: u16 = 1 << 10;

/// The features of one word, computed once per word of a sentence.
pub fn word_features(w: &str) -> u16 {
    features(w, lexicon::flags(w))
}

/// The features of a word whose lexicon flags are known.
pub fn features(w: &str, lex: u32) -> u16 {
    let mut f = (lex & lexicon::SCORE_CUES) as u16;
    if w.bytes().any(|b| b.is_ascii_digit()) {
        f |= DIGIT;
    }
    if w.chars().next().is_some_and(char::is_uppercase) {
        f |= capital_features(w, lex);
    }
    f
}

/// `features` of a word split by `text::words`, whose digits and capital `Word::lex` knows.
pub fn word_features_of(w: &Word) -> u16 {
    let mut f = (w.lex & lexicon::SCORE_CUES) as u16;
    if w.is(lexicon::HAS_DIGIT) {
        f |= DIGIT;
    }
    if w.is(lexicon::CAPITALIZED) {
        f |= capital_features(w.text, w.lex);
    }
    f
}

/// The features of a word that starts with a capital (`lex`: its lexicon flags, which say
/// whether it can be a month or a weekday at all).
fn capital_features(w: &str, lex: u32) -> u16 {
    if lex & (lexicon::MONTH_NAME | lexicon::WEEKDAY_NAME) == 0 {
        return CAPITAL;
    }
    if (w.len() > 3 && super::dates::month_number(w).is_some())
        || (w.len() > 5 && super::dates::weekday(w).is_some())
    {
        CAPITAL | DATE_WORD
    } else {
        CAPITAL
    }
}

/// Check-worthiness of one sentence or clause, in 0..1 (two decimals).
pub fn checkworthiness(sentence: &str) -> f64 {
    let mut feats = Vec::with_capacity(sentence.len() / 6 + 1);
    super::text::scan_words(sentence, |start, end| {
        feats.push(word_features(&sentence[start..end]))
    });
    from_features(sentence, &feats)
}

/// Check-worthiness of `text` from the features of its words, in order: the extractor scores
/// a sentence's statements and candidate clauses from one pass over the sentence's words.
pub fn from_features(text: &str, feats: &[u16]) -> f64 {
    if feats.is_empty() {
        return 0.0;
    }
    // One pass for every family and flag a word has.
    let all = feats.iter().fold(0u16, |a, f| a | f);
    let found = all as u8;
    // A count in words counts as digits do, unless it names a known group ("the two sides").
    let digits = all & DIGIT != 0
        || (all & NUMBER != 0
            && feats
                .iter()
                .enumerate()
                .any(|(i, f)| f & NUMBER != 0 && (i == 0 || feats[i - 1] & DEFINITE == 0)));
    let dated = all & DATE_WORD != 0;
    let proper = feats[1..].iter().filter(|f| *f & CAPITAL != 0).count();
    let has = |bit: u8| found & bit != 0;
    let mut score: f64 = 0.3;
    if digits {
        score += 0.2;
    }
    // (ASCII first: most clauses have neither sign and no '€' or '£' to decode.)
    if super::text::find_bytes(text, *b"%$", false)
        .next()
        .is_some()
        || (!text.is_ascii() && text.contains(['€', '£']))
    {
        score += 0.1;
    }
    if dated {
        score += 0.1;
    }
    if has(QUANTITY) || all & NUMBER != 0 {
        score += 0.1;
    }
    if proper >= 2 {
        score += 0.1;
    }
    if has(FACT) {
        score += 0.1;
    }
    if has(COMPARE) {
        score += 0.05;
    }
    if has(CAUSE) {
        score += 0.05;
    }
    // "Whether the February 1 round goes ahead on time." — a list of open questions in an
    // explainer: an indirect question with no main clause asserts nothing.
    let indirect_question = text
        .trim_start()
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case("whether "))
        && !text.contains(',');
    if text.trim_end().ends_with('?') || indirect_question {
        score -= 0.35;
    }
    if has(HEDGE) {
        score -= 0.2;
    }
    if has(FIRST_PERSON) {
        score -= 0.05;
    }
    if feats.len() < 5 {
        score -= 0.15;
    }
    (score.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::checkworthiness;

    #[test]
    fn dated_events_outrank_opinions_and_questions() {
        let fact = checkworthiness(
            "Trilateral peace talks were held in Abu Dhabi on January 23-24, 2026.",
        );
        let opinion = checkworthiness("These talks are a joke, I think.");
        let open = checkworthiness("Whether the February 1 round in Abu Dhabi goes ahead on time.");
        assert!(open < 0.5, "an open question is not a claim: {open}");
        let question = checkworthiness("Why even bother?");
        assert!(fact >= 0.7, "{fact}");
        assert!(opinion < 0.4, "{opinion}");
        assert!(question < 0.2, "{question}");
    }

    #[test]
    fn a_count_in_words_is_a_number_but_a_known_group_is_not() {
        let counted = checkworthiness("Eleven wagons came off the rails just before midnight.");
        let group = checkworthiness("The two sides remain far apart on territory.");
        assert!(counted >= 0.5, "{counted}");
        assert!(group < 0.5, "{group}");
    }

    #[test]
    fn score_stays_in_range() {
        for s in [
            "",
            "?",
            "1 2 3 4 5 % $ million record because January 2026 Abu Dhabi Kyiv held",
        ] {
            let v = checkworthiness(s);
            assert!((0.0..=1.0).contains(&v));
        }
    }
}
