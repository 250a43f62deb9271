//! Check-worthiness: how much a sentence asserts something a fact-checker could verify. A small,
//! transparent linear score over cues that the ClaimBuster line of work found predictive: numbers,
//! dates, named entities, quantities and comparisons push it up; questions, hedges, opinions and
//! first-person feelings push it down. The weights are ours, tuned on the fixture gold set.

use super::text::words;

const FACT_VERBS: &[&str] = &[
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

const QUANTITY_WORDS: &[&str] = &[
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
    "twenty",
    "thirty",
    "forty",
    "fifty",
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

const COMPARE_WORDS: &[&str] = &[
    "more", "less", "fewer", "largest", "biggest", "highest", "lowest", "smallest", "record",
    "most", "least", "than", "since", "increase", "decrease", "compared", "rise", "fall", "growth",
    "decline", "worst", "best",
];

const CAUSE_WORDS: &[&str] = &[
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

const HEDGE_WORDS: &[&str] = &[
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

type Set = std::sync::LazyLock<std::collections::HashSet<&'static str>>;
static FACT_VERBS_SET: Set = std::sync::LazyLock::new(|| FACT_VERBS.iter().copied().collect());
static QUANTITY_WORDS_SET: Set =
    std::sync::LazyLock::new(|| QUANTITY_WORDS.iter().copied().collect());
static COMPARE_WORDS_SET: Set =
    std::sync::LazyLock::new(|| COMPARE_WORDS.iter().copied().collect());
static CAUSE_WORDS_SET: Set = std::sync::LazyLock::new(|| CAUSE_WORDS.iter().copied().collect());
static HEDGE_WORDS_SET: Set = std::sync::LazyLock::new(|| HEDGE_WORDS.iter().copied().collect());

/// Check-worthiness of one sentence or clause, in 0..1 (two decimals).
pub fn checkworthiness(sentence: &str) -> f64 {
    let ws = words(sentence, 0);
    if ws.is_empty() {
        return 0.0;
    }
    let lower: Vec<String> = ws.iter().map(|w| w.lower()).collect();
    let has =
        |set: &std::collections::HashSet<&str>| lower.iter().any(|w| set.contains(w.as_str()));
    let mut score: f64 = 0.3;
    let digits = ws
        .iter()
        .any(|w| w.text.chars().any(|c| c.is_ascii_digit()));
    if digits {
        score += 0.2;
    }
    if sentence.contains('%')
        || sentence.contains('$')
        || sentence.contains('€')
        || sentence.contains('£')
    {
        score += 0.1;
    }
    if ws.iter().any(|w| {
        super::dates::month_number(w.text).is_some() && w.is_capitalized() && w.text.len() > 3
    }) || ws
        .iter()
        .any(|w| super::dates::weekday(w.text).is_some() && w.is_capitalized() && w.text.len() > 5)
    {
        score += 0.1;
    }
    if has(&QUANTITY_WORDS_SET) {
        score += 0.1;
    }
    let proper = ws.iter().skip(1).filter(|w| w.is_capitalized()).count();
    if proper >= 2 {
        score += 0.1;
    }
    if has(&FACT_VERBS_SET) {
        score += 0.1;
    }
    if has(&COMPARE_WORDS_SET) {
        score += 0.05;
    }
    if has(&CAUSE_WORDS_SET) {
        score += 0.05;
    }
    if sentence.trim_end().ends_with('?') {
        score -= 0.35;
    }
    if has(&HEDGE_WORDS_SET) {
        score -= 0.2;
    }
    if lower
        .iter()
        .any(|w| matches!(w.as_str(), "i" | "you" | "i'm" | "i’m" | "me" | "my"))
    {
        score -= 0.05;
    }
    if ws.len() < 5 {
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
        let question = checkworthiness("Why even bother?");
        assert!(fact >= 0.7, "{fact}");
        assert!(opinion < 0.4, "{opinion}");
        assert!(question < 0.2, "{question}");
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
