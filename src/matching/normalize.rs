//! Text normalisation for matching: case, quote marks, punctuation, white space, contractions,
//! number words and spelling variants folded, then content terms (stop words dropped, light
//! stemming) for the candidate index and token measures.

/// Spelling variants folded to one form, so "Kiev" finds "Kyiv" and "Zelensky" finds "Zelenskyy".
const SPELLINGS: &[(&str, &str)] = &[
    ("kiev", "kyiv"),
    ("zelensky", "zelenskyy"),
    ("zelenskiy", "zelenskyy"),
    ("zelenski", "zelenskyy"),
    ("kharkov", "kharkiv"),
    ("odessa", "odesa"),
    ("lvov", "lviv"),
    ("peskow", "peskov"),
    ("usa", "us"),
    ("u.s.", "us"),
    ("u.s", "us"),
    ("uk", "uk"),
    ("u.k.", "uk"),
    ("percent", "percent"),
    ("per cent", "percent"),
    ("%", " percent"),
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "september"),
    ("sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
    ("colour", "color"),
    ("defence", "defense"),
    ("organisation", "organization"),
    ("programme", "program"),
];

const NUMBER_WORDS: &[(&str, &str)] = &[
    ("zero", "0"),
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("thirteen", "13"),
    ("fourteen", "14"),
    ("fifteen", "15"),
    ("sixteen", "16"),
    ("seventeen", "17"),
    ("eighteen", "18"),
    ("nineteen", "19"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("sixty", "60"),
    ("seventy", "70"),
    ("eighty", "80"),
    ("ninety", "90"),
    ("hundred", "100"),
    ("thousand", "1000"),
    ("first", "1st"),
    ("second", "2nd"),
    ("third", "3rd"),
];

const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "about",
    "as",
    "into",
    "from",
    "up",
    "down",
    "out",
    "over",
    "under",
    "again",
    "then",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
    "can",
    "will",
    "just",
    "should",
    "now",
    "i",
    "me",
    "my",
    "we",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "it",
    "its",
    "they",
    "them",
    "their",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "would",
    "could",
    "let",
    "also",
    "said",
    "says",
    "say",
    "that's",
    "there's",
    "it's",
    "well",
    "still",
    "currently",
    "already",
    "really",
    "even",
    "like",
];

/// Lower-case, fold marks and spellings, expand contractions, drop punctuation, collapse spaces.
pub fn normalize(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '’' | '‘' | '‛' | '`' | '´' => s.push('\''),
            '“' | '”' | '„' | '«' | '»' | '"' => s.push(' '),
            c => s.extend(c.to_lowercase()),
        }
    }
    for (from, to) in [
        ("n't", " not"),
        ("'re", " are"),
        ("'m", " am"),
        ("'ll", " will"),
        ("'ve", " have"),
        ("'d", " would"),
        ("'s", ""),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let keep = c.is_alphanumeric()
            || c == '%'
            || ((c == '.' || c == ',')
                && i > 0
                && i + 1 < chars.len()
                && chars[i - 1].is_ascii_digit()
                && chars[i + 1].is_ascii_digit());
        if keep {
            if c != ',' {
                out.push(c);
            }
            last_space = false;
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    let words: Vec<String> = out
        .split_whitespace()
        .map(|w| {
            let w = SPELLINGS
                .iter()
                .find(|(f, _)| *f == w)
                .map(|(_, t)| *t)
                .unwrap_or(w);
            let w = NUMBER_WORDS
                .iter()
                .find(|(f, _)| *f == w)
                .map(|(_, t)| *t)
                .unwrap_or(w);
            w.replace('%', " percent")
        })
        .collect();
    words.join(" ")
}

/// A light English stemmer: enough to meet "talks"/"talking"/"talked" in one term.
pub fn stem(w: &str) -> String {
    if w.len() <= 3 || w.chars().any(|c| c.is_ascii_digit()) {
        return w.to_string();
    }
    for suf in [
        "ational", "ization", "ations", "ation", "ingly", "ing", "edly", "ed", "ies", "es", "ly",
        "s",
    ] {
        if let Some(base) = w.strip_suffix(suf)
            && base.chars().count() >= 3
        {
            let base = if suf == "ies" {
                format!("{base}y")
            } else {
                base.to_string()
            };
            // "stopped" → "stop"
            let b: Vec<char> = base.chars().collect();
            if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && !"lsz".contains(b[b.len() - 1]) {
                return b[..b.len() - 1].iter().collect();
            }
            return base;
        }
    }
    w.to_string()
}

/// News synonyms folded to one term after stemming, so a reworded or re-translated statement
/// keeps its content words: "ready to guarantee his safety" ~ "prepared to ensure his security".
const SYNONYMS: &[(&str, &str)] = &[
    ("guarantee", "ensure"),
    ("guarante", "ensure"),
    ("provide", "ensure"),
    ("provid", "ensure"),
    ("give", "ensure"),
    ("safety", "security"),
    ("safe", "security"),
    ("secure", "security"),
    ("prepar", "ready"),
    ("prepared", "ready"),
    ("willing", "ready"),
    ("negotiation", "talk"),
    ("discussion", "talk"),
    ("negotiat", "talk"),
    ("meeting", "talk"),
    ("summit", "talk"),
    ("meet", "talk"),
    ("plan", "schedul"),
    ("planned", "schedul"),
    ("scheduled", "schedul"),
    ("halt", "stop"),
    ("cease", "stop"),
    ("ceas", "stop"),
    ("suspend", "stop"),
    ("pause", "stop"),
    ("paus", "stop"),
    ("spare", "stop"),
    ("attack", "strike"),
    ("bombard", "strike"),
    ("end", "conclude"),
    ("finish", "conclude"),
    ("conclud", "conclude"),
    ("expire", "conclude"),
    ("impossibl", "impossible"),
    ("unthinkabl", "impossible"),
    ("condition", "condition"),
    ("invit", "invite"),
    ("productive", "constructive"),
    ("fruitful", "constructive"),
    ("capital", "capital"),
    ("city", "city"),
    ("currently", "now"),
    ("presently", "now"),
    ("wage", "pay"),
    ("salary", "pay"),
    ("location", "venue"),
    ("locat", "venue"),
    ("place", "venue"),
    ("plac", "venue"),
    ("site", "venue"),
    ("chang", "change"),
    ("shift", "change"),
    ("slip", "change"),
    ("move", "change"),
    ("mov", "change"),
    ("alter", "change"),
    ("hit", "strike"),
    ("bomb", "strike"),
    ("shell", "strike"),
    ("reciprocate", "reciprocat"),
    ("further", "next"),
    ("another", "next"),
    ("exclusively", "only"),
    ("exclusive", "only"),
    ("solely", "only"),
];

/// Multi-word expressions that say what one word says, folded before stemming.
const PHRASES: &[(&[&str], &str)] = &[
    (&["not", "possible"], "impossible"),
    (&["out", "of", "the", "question"], "impossible"),
    (&["in", "kind"], "reciprocat"),
    (&["no", "other"], "only"),
    (&["nowhere", "else"], "only"),
    (&["anywhere", "else"], "only"),
];

/// The canonical term for a stemmed word.
pub fn canonical_term(stemmed: &str) -> &str {
    SYNONYMS
        .iter()
        .find(|(f, _)| *f == stemmed)
        .map(|(_, t)| *t)
        .unwrap_or(stemmed)
}

pub fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w)
}

/// Content terms of already-normalised text: stop words out, stems in, order kept, no repeats.
pub fn terms(norm: &str) -> Vec<String> {
    let words: Vec<&str> = norm.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let phrase = PHRASES.iter().find(|(ws, _)| words[i..].starts_with(ws));
        let t = match phrase {
            Some((ws, t)) => {
                i += ws.len();
                (*t).to_string()
            }
            None => {
                let w = words[i];
                i += 1;
                if is_stop_word(w) {
                    continue;
                }
                canonical_term(&stem(w)).to_string()
            }
        };
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_case_spelling_and_contractions_fold_away() {
        assert_eq!(
            normalize("“We’re still talking about KIEV,” he said."),
            "we are still talking about kyiv he said"
        );
        assert_eq!(
            normalize("I'm openly inviting him"),
            normalize("I’m  openly inviting him!")
        );
        assert_eq!(
            normalize("Five people, 5,000 troops, 3.5%"),
            "5 people 5000 troops 3.5 percent"
        );
    }

    #[test]
    fn terms_drop_stop_words_and_stem() {
        assert_eq!(
            terms(&normalize("We're still talking about Moscow")),
            vec!["talk", "moscow"]
        );
        assert_eq!(
            terms(&normalize("the talks were stopped")),
            vec!["talk", "stop"]
        );
    }
}
