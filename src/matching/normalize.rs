//! Text normalisation for matching: case, quote marks, punctuation, white space, contractions,
//! number words and spelling variants folded, then content terms (stop words dropped, light
//! stemming) for the candidate index and token measures.

/// Which normalisation this is. Raise it whenever `normalize` or `terms` would give other output
/// for some text: databases stored by an earlier version are then re-normalised at open.
/// 2: Snowball stems, plain-word synonyms, dotted abbreviations and countries folded.
/// 3: "the Ukrainian capital" is Kyiv.
/// 4: "unacceptable" and "not an option" are no longer "impossible".
/// 5: numbers in several words or with a scale folded ("twenty-two thousand", "€50m").
/// 6: digit groups only across a space, "m" as million only after a currency sign, "usa" for
///    the country and "us" a stop word, "may" kept (the month).
/// 7: a lone "one" is a word, not the number 1 ("not one container").
/// 8: British spellings American ("litres", "apologised", "labour", "travelled"); compounds
///    meet ("clean-up" / "cleanup" / "clean up", "co-operate" / "cooperate").
/// 9: spoken numbers ("six point eight", "a hundred and fifty thousand") and "per cent" as two
///    words folded.
/// 10: "a dozen" is 12.
/// 11: speeds one unit ("km/h", "kph", "km per hour" → "kmh"); units glued to a figure apart
///     ("90km" → "90 km"); "through", "across", "during", "among", "within", "onto", "upon"
///     stop words like the other prepositions.
/// 12: "won't", "can't", "shan't" → "will not", "can not", "shall not" (were "wo not", "ca not").
pub const VERSION: u32 = 12;

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
    ("usa", "usa"),
    ("britain", "uk"),
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
    "onto",
    "through",
    "across",
    "during",
    "among",
    "upon",
    "within",
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
    "us",
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
    "might",
    "must",
    "shall",
    "because",
    "due",
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

/// "don't" → "do not", "Russia's" → "russia": only an apostrophe between a letter and the
/// contraction's end is one. A single quote mark opening a quotation ("'situation with Iran'")
/// is not: taking it for "'s" would eat the first letter of the word.
fn expand_contractions(s: &str) -> String {
    const CONTRACTIONS: [(&str, &str); 7] = [
        ("n't", " not"),
        ("'re", " are"),
        ("'m", " am"),
        ("'ll", " will"),
        ("'ve", " have"),
        ("'d", " would"),
        ("'s", ""),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    'scan: while let Some(at) = rest.find('\'') {
        // "n't" starts one letter before its apostrophe.
        let n_t = rest[..at].ends_with('n') && rest[at..].starts_with("'t");
        let start = if n_t { at - 1 } else { at };
        let after_letter = rest[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        if after_letter {
            for (from, to) in CONTRACTIONS {
                if let Some(tail) = rest[start..].strip_prefix(from)
                    && !tail.chars().next().is_some_and(char::is_alphanumeric)
                {
                    out.push_str(&rest[..start]);
                    if from == "n't" {
                        respell_negated_modal(&mut out);
                    }
                    out.push_str(to);
                    rest = tail;
                    continue 'scan;
                }
            }
        }
        out.push_str(&rest[..at + 1]);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// "won't", "can't", "shan't" lose more than "n't": the word before it ("wo", "ca", "sha")
/// becomes the modal it stands for.
fn respell_negated_modal(out: &mut String) {
    let word = out
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let full = match word {
        "wo" => "will",
        "ca" => "can",
        "sha" => "shall",
        _ => return,
    };
    out.truncate(out.len() - word.len());
    out.push_str(full);
}

/// Lower-case, fold marks and spellings, expand contractions, drop punctuation, collapse spaces.
pub fn normalize(text: &str) -> String {
    let text = join_prefixes(text);
    let text = numbers_and_country(&text);
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '’' | '‘' | '‛' | '`' | '´' => s.push('\''),
            '“' | '”' | '„' | '«' | '»' | '"' => s.push(' '),
            c => s.extend(c.to_lowercase()),
        }
    }
    let s = expand_contractions(&s);
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // "U.S.", "e.g.": the dots of a letter-by-letter abbreviation join its letters ("us").
        let abbreviation_dot = c == '.'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && (i < 2 || !chars[i - 2].is_alphanumeric())
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            && chars.get(i + 2).is_none_or(|n| !n.is_alphanumeric());
        if abbreviation_dot {
            continue;
        }
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
    let respelled = respell(&out);
    let words: Vec<&str> = respelled
        .split_whitespace()
        .flat_map(split_unit)
        .map(|w| {
            SPELLINGS
                .iter()
                .find(|(f, _)| *f == w)
                .map(|(_, t)| *t)
                .unwrap_or(w)
        })
        .collect();
    let mut folded: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        // A lone "one" is far more often a pronoun or an emphasis ("not one container", "no
        // one", "one of the") than a count; "one million" and "1" stay numbers.
        if words[i] == "one" && number_at(&words[i..]).is_none_or(|(_, used)| used == 1) {
            folded.push("one".to_string());
            i += 1;
            continue;
        }
        if let Some((value, used)) = number_at(&words[i..]) {
            folded.push(value);
            i += used;
            continue;
        }
        // "km/h" (its slash gone), "km per hour" and "kph" are one unit, so a speed shares
        // one term with another speed, not two.
        if let Some((unit, used)) = speed_unit(&words[i..]) {
            folded.push(unit.to_string());
            i += used;
            continue;
        }
        // "per cent", as two words, is "percent".
        if words[i] == "per" && words.get(i + 1) == Some(&"cent") {
            folded.push("percent".to_string());
            i += 2;
            continue;
        }
        let w = NUMBER_WORDS
            .iter()
            .find(|(f, _)| *f == words[i])
            .map(|(_, t)| *t)
            .unwrap_or(words[i]);
        folded.push(w.replace('%', " percent"));
        i += 1;
    }
    folded.join(" ")
}

/// Units written onto their number ("90km", "4.5m" is left alone: "m" after a figure may be
/// million): the number and the unit as two words, as "90 km" is written.
const GLUED_UNITS: &[&str] = &[
    "km", "kmh", "kph", "mph", "kg", "cm", "mm", "ha", "mw", "gw",
];

fn split_unit(w: &str) -> impl Iterator<Item = &str> {
    let digits = w
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let (number, unit) = w.split_at(digits);
    let glued = digits > 0 && number.as_bytes()[0].is_ascii_digit() && GLUED_UNITS.contains(&unit);
    let (first, second) = if glued {
        (number, Some(unit))
    } else {
        (w, None)
    };
    std::iter::once(first).chain(second)
}

/// A speed unit at the start of `words` and how many words it takes.
fn speed_unit(words: &[&str]) -> Option<(&'static str, usize)> {
    match words {
        ["km", "h" | "hr", ..] => Some(("kmh", 2)),
        ["km", "per", "hour", ..] | ["kilometres" | "kilometers", "per", "hour", ..] => {
            Some(("kmh", 3))
        }
        ["kph" | "kmh", ..] => Some(("kmh", 1)),
        ["miles", "per", "hour", ..] => Some(("mph", 3)),
        _ => None,
    }
}

/// Prefixes that British and American copy write with or without a hyphen ("co-operate",
/// "re-elect", "non-profit", "e-mail", "cease-fire"): the hyphen goes, so both spellings are one
/// word. Not before a capital: "anti-Russian" keeps its country.
const JOINED_PREFIXES: &[&str] = &["co", "re", "non", "e", "pre", "post", "un", "cease"];

fn join_prefixes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('-') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = 0;
    for (i, c) in text.char_indices() {
        if c == '-' {
            let before = &text[word_start..i];
            let lower_after = text[i + 1..].chars().next().is_some_and(char::is_lowercase);
            if lower_after
                && JOINED_PREFIXES
                    .iter()
                    .any(|p| before.eq_ignore_ascii_case(p))
            {
                continue;
            }
        }
        if !c.is_alphabetic() {
            word_start = i + c.len_utf8();
        }
        out.push(c);
    }
    out.into()
}

/// British spellings in their American form, and closed compounds split at their particle, so
/// "litres" meets "liters", "apologised" "apologized", "cleanup" "clean-up" and "clean up",
/// "shutdown" "shut down". Applied to both sides of every comparison, so a fold only has to be
/// consistent, not a real American word; it must not make two different words one.
fn respell(norm: &str) -> std::borrow::Cow<'_, str> {
    let mut out: Option<String> = None;
    for (i, w) in norm.split(' ').enumerate() {
        let respelled = respell_word(w);
        if out.is_none() && respelled.is_none() {
            continue;
        }
        // The first change copies the words before it; after that every word is pushed.
        let out = out.get_or_insert_with(|| {
            let before: Vec<&str> = norm.split(' ').take(i).collect();
            before.join(" ")
        });
        if i > 0 {
            out.push(' ');
        }
        out.push_str(respelled.as_deref().unwrap_or(w));
    }
    out.map_or(norm.into(), Into::into)
}

/// Stems whose British "-our" is American "-or" ("labour", "favourite", "neighbours").
const OUR_STEMS: &[&str] = &[
    "labour",
    "colour",
    "favour",
    "honour",
    "neighbour",
    "behaviour",
    "harbour",
    "rumour",
    "humour",
    "flavour",
    "endeavour",
    "armour",
    "odour",
    "vigour",
    "tumour",
    "parlour",
    "savour",
    "saviour",
    "valour",
    "clamour",
    "fervour",
    "splendour",
    "candour",
    "ardour",
    "rigour",
    "vapour",
];

/// Stems whose British double "l" before "-ed"/"-ing"/"-er" is single in American
/// ("travelled", "cancelling", "modeller").
const L_STEMS: &[&str] = &[
    "travel", "cancel", "label", "model", "fuel", "signal", "counsel", "channel", "level",
    "marshal", "tunnel", "total", "dial", "equal", "rival", "quarrel", "pedal", "panel", "funnel",
    "unravel", "grovel", "jewel", "shovel", "libel", "snorkel", "yodel",
];

/// Whole words spelled apart on the two sides of the Atlantic.
const WORD_SPELLINGS: &[(&str, &str)] = &[
    ("grey", "gray"),
    ("aluminium", "aluminum"),
    ("cheque", "check"),
    ("cheques", "checks"),
    ("kerb", "curb"),
    ("plough", "plow"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("scepticism", "skepticism"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analogue", "analog"),
    ("mould", "mold"),
    ("fulfil", "fulfill"),
    ("enrol", "enroll"),
    ("ageing", "aging"),
    ("judgement", "judgment"),
    ("acknowledgement", "acknowledgment"),
    ("storey", "story"),
    ("storeys", "stories"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("practise", "practice"),
    ("practised", "practiced"),
    ("draught", "draft"),
    ("pyjamas", "pajamas"),
    ("whilst", "while"),
    ("amongst", "among"),
];

fn respell_word(w: &str) -> Option<String> {
    if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if let Some((_, to)) = WORD_SPELLINGS.iter().find(|(from, _)| *from == w) {
        return Some(to.to_string());
    }
    if let Some(stem) = OUR_STEMS.iter().find(|s| w.starts_with(*s)) {
        return Some(format!("{}or{}", &stem[..stem.len() - 3], &w[stem.len()..]));
    }
    for stem in L_STEMS {
        if let Some(tail) = w.strip_prefix(stem)
            && tail.starts_with('l')
            && matches!(&tail[1..], "ed" | "ing" | "er" | "ers")
        {
            return Some(format!("{stem}{}", &tail[1..]));
        }
    }
    // "litre", "metres", "centre", "theatre", "kilometres": -tre is -ter.
    for (from, to) in [("tre", "ter"), ("tres", "ters")] {
        if let Some(head) = w.strip_suffix(from)
            && head.len() >= 2
        {
            return Some(format!("{head}{to}"));
        }
    }
    // "apologise(d/s)", "organisation", "realising", "analyse": -ise/-yse are -ize/-yze.
    for (from, to) in [
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("isations", "izations"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
    ] {
        if let Some(head) = w.strip_suffix(from)
            && head.len() >= 3
        {
            return Some(format!("{head}{to}"));
        }
    }
    // "cleanup", "shutdown", "walkout", "takeover", "layoff": the verb and its particle.
    const KEPT_WHOLE: &[&str] = &[
        "without",
        "throughout",
        "moreover",
        "discover",
        "devout",
        "sprout",
        "ketchup",
        "hiccup",
    ];
    for particle in ["up", "down", "out", "off", "over"] {
        if let Some(head) = w.strip_suffix(particle)
            && head.len() >= 3
            && !KEPT_WHOLE.contains(&w)
        {
            return Some(format!("{head} {particle}"));
        }
    }
    None
}

/// Before case and punctuation are gone: "12 400" and "1 000 000" (digit groups split by a
/// space, as many languages write them) become one number, "€50m" and "$3bn" name their scale,
/// and "US", "U.S." and "USA" in capitals become "usa" (lower-case "us" is the pronoun).
/// "June 5, 300 homes", "5 100-metre races" and "500m of homes" are left alone.
fn numbers_and_country(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let interesting = b.windows(2).any(|w| {
        (w[0].is_ascii_digit() && matches!(w[1], b' ' | 0xc2 | 0xe2 | b'm' | b'b'))
            || (w[0] == b'U' && matches!(w[1], b'S' | b'.'))
    });
    if !interesting {
        return std::borrow::Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let word_edge = |i: usize| i >= chars.len() || !(chars[i].is_alphanumeric() || chars[i] == '-');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_word =
            i == 0 || !(chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '.' | ','));
        // "US", "U.S.", "USA", "U.S.A." as a whole word.
        if c == 'U' && starts_word {
            let rest: String = chars[i..chars.len().min(i + 6)].iter().collect();
            let form = ["U.S.A.", "U.S.", "USA", "US"]
                .into_iter()
                .find(|f| rest.starts_with(f) && word_edge(i + f.chars().count()));
            if let Some(f) = form {
                out.push_str("USA ");
                i += f.chars().count();
                continue;
            }
        }
        if c.is_ascii_digit() && starts_word {
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let mut number: String = chars[i..j].iter().collect();
            // Digit groups: one to three digits, then groups of exactly three after a space.
            if j - i <= 3 {
                loop {
                    let sep = chars
                        .get(j)
                        .is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'));
                    let group = sep
                        && (1..=3).all(|k| chars.get(j + k).is_some_and(char::is_ascii_digit))
                        && word_edge(j + 4);
                    if !group {
                        break;
                    }
                    number.extend(&chars[j + 1..j + 4]);
                    j += 4;
                }
            }
            // "€50m", "$3.5bn": a scale letter after a currency sign.
            let currency = i > 0 && matches!(chars[i - 1], '€' | '$' | '£' | '¥');
            let mut k = j;
            let mut decimals = String::new();
            if currency
                && chars.get(k) == Some(&'.')
                && chars.get(k + 1).is_some_and(char::is_ascii_digit)
            {
                k += 1;
                while k < chars.len() && chars[k].is_ascii_digit() {
                    decimals.push(chars[k]);
                    k += 1;
                }
            }
            let scale = if !currency {
                None
            } else if chars.get(k) == Some(&'m') && word_edge(k + 1) {
                Some((" million", k + 1))
            } else if chars.get(k) == Some(&'b')
                && chars.get(k + 1) == Some(&'n')
                && word_edge(k + 2)
            {
                Some((" billion", k + 2))
            } else {
                None
            };
            out.push_str(&number);
            match scale {
                Some((word, end)) => {
                    if !decimals.is_empty() {
                        out.push('.');
                        out.push_str(&decimals);
                    }
                    out.push_str(word);
                    i = end;
                }
                None => i = j,
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// The value of a number at the start of `words` and how many words it takes, when it is
/// written in more than one word or with a scale: "twenty two thousand" and "22 000" → "22000",
/// "50 million" and "50m" → "50000000", "1.84 billion" → "1840000000". A plain "22,000" is
/// already "22000"; a lone "five" is left to `NUMBER_WORDS`.
fn number_at(words: &[&str]) -> Option<(String, usize)> {
    // "zero" … "ninety" as values; ordinals ("1st") and scales are not small numbers.
    fn small(w: &str) -> Option<f64> {
        NUMBER_WORDS
            .iter()
            .find(|(f, _)| *f == w)
            .and_then(|(_, v)| v.parse::<f64>().ok())
            .filter(|n| *n < 100.0)
    }
    fn scale(w: &str) -> Option<f64> {
        match w {
            "dozen" => Some(12.0),
            "hundred" => Some(1e2),
            "thousand" => Some(1e3),
            "million" | "millions" => Some(1e6),
            "billion" | "billions" => Some(1e9),
            "trillion" => Some(1e12),
            _ => None,
        }
    }
    fn digits(w: &str) -> Option<f64> {
        (w.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && w.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        .then(|| w.parse().ok())
        .flatten()
    }
    let (mut total, mut current, mut used) = (0.0f64, 0.0f64, 0usize);
    let mut words_in_number = 0usize;
    for (k, w) in words.iter().enumerate() {
        if let Some(n) = small(w) {
            // "twenty two", "one hundred five", "thousand five" add up; two units in a row
            // ("one two") are two numbers.
            let adds = words_in_number == 0
                || current == 0.0
                || (current >= 100.0 && current % 100.0 == 0.0)
                || (current % 100.0 >= 20.0 && current % 10.0 == 0.0 && n < 10.0);
            if !adds {
                break;
            }
            current += n;
        } else if let Some(n) = digits(w) {
            // Two numbers side by side ("between 5 10") are two numbers.
            if words_in_number > 0 {
                break;
            }
            current = n;
        } else if *w == "a"
            && words_in_number == 0
            && words.get(k + 1).is_some_and(|n| scale(n).is_some())
        {
            // "a hundred and fifty thousand": "a" is one.
            current = 1.0;
        } else if *w == "point" && words_in_number > 0 && current.fract() == 0.0 {
            // Spoken decimals: "six point eight" is 6.8, "three point seven five" 3.75.
            let decimals: String = words[k + 1..]
                .iter()
                .map_while(|d| small(d).filter(|n| *n < 10.0))
                .map(|n| char::from(b'0' + n as u8))
                .collect();
            if decimals.is_empty() {
                break;
            }
            current += format!("0.{decimals}").parse::<f64>().unwrap_or(0.0);
            words_in_number += 1 + decimals.len();
            used = k + 1 + decimals.len();
            break;
        } else if let Some(m) = scale(w).filter(|_| words_in_number > 0) {
            if m <= 1e2 {
                current *= m;
            } else {
                total += current * m;
                current = 0.0;
            }
        } else if *w == "and"
            && words_in_number > 0
            && words.get(k + 1).is_some_and(|n| small(n).is_some())
        {
            continue;
        } else {
            break;
        }
        words_in_number += 1;
        used = k + 1;
    }
    if words_in_number < 2 {
        return None;
    }
    let value = total + current;
    // "2.01 million" is 2009999.9999999998 in binary floating point: round to what was written.
    let value = if (value - value.round()).abs() < 1e-6 * value.abs().max(1.0) {
        value.round()
    } else {
        value
    };
    let text = if value.fract() == 0.0 && value < 1e18 {
        format!("{}", value as u64)
    } else {
        format!("{value}")
    };
    Some((text, used))
}

/// The Snowball (Porter 2) English stem: "talks", "talking", "talked" → "talk"; "venue" and
/// "venues" → "venu"; "city" and "cities" → "citi". Numbers and words of three letters or fewer
/// stay as they are ("usa", "uk", "5th").
pub fn stem(w: &str) -> String {
    use std::sync::LazyLock;
    static ENGLISH: LazyLock<rust_stemmers::Stemmer> =
        LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    if w.len() <= 3 || w.chars().any(|c| c.is_ascii_digit()) {
        return w.to_string();
    }
    ENGLISH.stem(w).into_owned()
}

/// News synonyms, folded to one term (the stem of the right-hand word) so a reworded or
/// re-translated statement keeps its content words: "ready to guarantee his safety" ~ "prepared
/// to ensure his security". Written as plain words; every inflection of a word meets it through
/// its stem. Kept to equivalences that hold in any news story, not only in one.
const SYNONYMS: &[(&str, &str)] = &[
    // guarantees and offers
    ("guarantee", "ensure"),
    ("provide", "ensure"),
    ("give", "ensure"),
    ("safety", "security"),
    ("safe", "security"),
    ("secure", "security"),
    ("prepared", "ready"),
    ("willing", "ready"),
    // talks
    ("negotiation", "talk"),
    ("negotiate", "talk"),
    ("discussion", "talk"),
    ("meeting", "talk"),
    ("meet", "talk"),
    ("summit", "talk"),
    ("plan", "schedule"),
    ("planned", "schedule"),
    // stopping, attacking, ending
    ("halt", "stop"),
    ("cease", "stop"),
    ("suspend", "stop"),
    ("pause", "stop"),
    ("spare", "stop"),
    ("attack", "strike"),
    ("bombard", "strike"),
    ("hit", "strike"),
    ("bomb", "strike"),
    ("shell", "strike"),
    ("target", "strike"),
    ("end", "conclude"),
    ("finish", "conclude"),
    ("expire", "conclude"),
    ("unthinkable", "impossible"),
    ("invitation", "invite"),
    // judgements
    ("productive", "constructive"),
    ("fruitful", "constructive"),
    // time and money
    ("currently", "now"),
    ("presently", "now"),
    ("wage", "pay"),
    ("salary", "pay"),
    ("timing", "date"),
    // places
    ("location", "venue"),
    ("place", "venue"),
    ("site", "venue"),
    // change
    ("shift", "change"),
    ("slip", "change"),
    ("move", "change"),
    ("alter", "change"),
    ("postpone", "change"),
    ("reciprocate", "reciprocate"),
    ("further", "next"),
    ("another", "next"),
    ("subsequent", "next"),
    ("exclusively", "only"),
    ("exclusive", "only"),
    ("solely", "only"),
    ("alone", "only"),
    // A people's adjective says its country: "Russian energy facilities", "Russia's energy".
    ("russian", "russia"),
    ("ukrainian", "ukraine"),
    ("american", "usa"),
    ("british", "uk"),
    ("iranian", "iran"),
    ("chinese", "china"),
    ("french", "france"),
    ("german", "germany"),
    ("israeli", "israel"),
    ("palestinian", "palestine"),
    ("syrian", "syria"),
    ("turkish", "turkey"),
    ("indian", "india"),
    ("japanese", "japan"),
    ("european", "europe"),
    ("belarusian", "belarus"),
    ("polish", "poland"),
    ("italian", "italy"),
    ("spanish", "spain"),
    ("canadian", "canada"),
    ("mexican", "mexico"),
    ("brazilian", "brazil"),
    ("australian", "australia"),
    ("korean", "korea"),
];

/// Multi-word expressions that say what one word says, folded before stemming.
const PHRASES: &[(&[&str], &str)] = &[
    (&["united", "states"], "usa"),
    (&["united", "kingdom"], "uk"),
    (&["not", "possible"], "impossible"),
    (&["out", "of", "the", "question"], "impossible"),
    (&["in", "kind"], "reciprocate"),
    (&["last", "until"], "end"),
    (&["no", "other"], "only"),
    (&["nowhere", "else"], "only"),
    (&["anywhere", "else"], "only"),
];

/// The term for a word: its stem, or the stem of the word it is a synonym of.
pub fn term_of(word: &str) -> String {
    use std::collections::HashMap;
    use std::sync::LazyLock;
    static BY_STEM: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
        SYNONYMS
            .iter()
            .map(|(word, canonical)| (stem(word), stem(canonical)))
            .collect()
    });
    let stemmed = stem(word);
    match BY_STEM.get(&stemmed) {
        Some(canonical) => canonical.clone(),
        None => stemmed,
    }
}

pub fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w)
}

/// Capitals by their country's term, so "the Ukrainian capital" meets "Kyiv".
const CAPITALS: &[(&str, &str)] = &[
    ("ukraine", "kyiv"),
    ("russia", "moscow"),
    ("usa", "washington"),
    ("uk", "london"),
    ("iran", "tehran"),
    ("china", "beijing"),
    ("france", "paris"),
    ("germany", "berlin"),
    ("israel", "jerusalem"),
    ("syria", "damascus"),
    ("turkey", "ankara"),
    ("india", "delhi"),
    ("japan", "tokyo"),
    ("belarus", "minsk"),
    ("poland", "warsaw"),
    ("italy", "rome"),
    ("spain", "madrid"),
    ("canada", "ottawa"),
    ("mexico", "mexico"),
    ("brazil", "brasilia"),
    ("australia", "canberra"),
];

fn capital_of(country_term: &str) -> Option<&'static str> {
    CAPITALS
        .iter()
        .find(|(country, _)| term_of(country) == country_term)
        .map(|(_, city)| *city)
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
                term_of(t)
            }
            None => {
                let w = words[i];
                // "the Ukrainian capital", "Russia's capital": the city.
                let city = (words.get(i + 1) == Some(&"capital"))
                    .then(|| capital_of(&term_of(w)))
                    .flatten();
                if let Some(city) = city {
                    i += 2;
                    term_of(city)
                } else {
                    i += 1;
                    if is_stop_word(w) {
                        continue;
                    }
                    term_of(w)
                }
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
    fn an_opening_single_quote_is_not_a_contraction() {
        assert_eq!(
            normalize("due to the 'situation with the U.S. and Iran.'"),
            "due to the situation with the usa and iran"
        );
        assert_eq!(
            normalize("Russia's 'offer' isn't new"),
            "russia offer is not new"
        );
        assert_eq!(
            normalize("We won't pay, can't pay and shan't"),
            "we will not pay can not pay and shall not"
        );
    }

    #[test]
    fn one_country_one_term_however_written() {
        for text in [
            "the situation with the U.S. and Iran",
            "the situation with the US and Iran",
            "the situation with the United States and Iran",
        ] {
            assert_eq!(
                terms(&normalize(text)),
                vec!["situat", "usa", "iran"],
                "{text}"
            );
        }
        assert_eq!(
            terms(&normalize("they told us")),
            vec!["told"],
            "the pronoun is not the country"
        );
        assert_eq!(
            terms(&normalize("Russian energy facilities")),
            terms(&normalize("Russia energy facility"))
        );
    }

    #[test]
    fn inflections_and_synonyms_meet_in_one_term() {
        assert_eq!(
            terms(&normalize("the venues and locations")),
            terms(&normalize("a venue, a place"))
        );
        assert_eq!(
            terms(&normalize("Moscow guaranteed his safety")),
            terms(&normalize("Moscow ensures his security"))
        );
    }

    #[test]
    fn numbers_in_words_digits_and_scales_meet() {
        for (a, b) in [
            ("twenty-two thousand people", "22,000 people"),
            ("some 12 400 hectares", "some 12,400 hectares"),
            ("€50m in aid", "50 million euros in aid"),
            ("fifty million in aid", "50 million in aid"),
            ("one hundred and five", "105"),
            ("$1.84 billion", "1.84 billion dollars"),
        ] {
            let (na, nb) = (normalize(a), normalize(b));
            let num = |s: &str| {
                s.split(' ')
                    .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                    .map(str::to_string)
            };
            assert_eq!(num(&na), num(&nb), "{a} / {b}: {na} / {nb}");
        }
        assert_eq!(normalize("1 000 000 people"), "1000000 people");
        // Spoken figures, as a radio transcript has them.
        assert_eq!(
            normalize("six point two per cent"),
            normalize("6.2 percent")
        );
        assert_eq!(
            normalize("a hundred and fifty thousand ducats"),
            "150000 ducats"
        );
        assert_eq!(normalize("three point seven five"), "3.75");
        assert_eq!(normalize("a dozen people"), "12 people");
        assert_eq!(normalize("dozens of people"), "dozens of people");
        assert_eq!(normalize("a point of order"), "a point of order");
        assert_eq!(normalize("2.01 million"), "2010000");
        assert_eq!(normalize("$3.5bn"), "3500000000");
        // Two numbers side by side stay two numbers; punctuation or a hyphen keeps them apart.
        assert_eq!(normalize("between 5 10 units"), "between 5 10 units");
        assert_eq!(
            normalize("By June 5, 300 homes burned"),
            "by june 5 300 homes burned"
        );
        assert_eq!(normalize("five 100-metre races"), "5 100 meter races");
        // "m" is a million only after a currency sign.
        assert_eq!(normalize("within 500m of homes"), "within 500m of homes");
        assert_eq!(normalize("two three"), "2 3");
        // A lone "one" is rarely a count: "not one container" shares no number with "not one
        // cent more"; "one million" still is one.
        assert_eq!(normalize("not one container"), "not one container");
        assert_eq!(normalize("one million euros"), "1000000 euros");
    }

    #[test]
    fn british_and_american_spellings_and_compounds_meet() {
        for (a, b) in [
            (
                "less than 50,000 litres escaped",
                "less than 50,000 liters escaped",
            ),
            ("the company apologised", "the company apologized"),
            (
                "the labour ministry's favourite",
                "the labor ministry's favorite",
            ),
            (
                "she travelled to the harbour centre",
                "she traveled to the harbor center",
            ),
            ("pay for the clean-up", "pay for the cleanup"),
            ("the shutdown of the intake", "they shut down the intake"),
            ("they will co-operate", "they will cooperate"),
            ("a cease-fire", "a ceasefire"),
        ] {
            assert_eq!(terms(&normalize(a)), terms(&normalize(b)), "{a} / {b}");
        }
        // Folds keep different words apart, and a hyphen before a capital stays a break.
        assert_ne!(terms(&normalize("filled")), terms(&normalize("filed")));
        assert_eq!(terms(&normalize("anti-Russian")), vec!["anti", "russia"]);
        assert_eq!(terms(&normalize("without a word")), vec!["without", "word"]);
    }

    #[test]
    fn a_country_capital_is_its_city() {
        assert_eq!(
            terms(&normalize("Putin may come to the Ukrainian capital")),
            terms(&normalize("Putin may come to Kyiv"))
        );
        assert_eq!(terms(&normalize("Russia's capital")), vec!["moscow"]);
        assert_eq!(
            terms(&normalize("the capital")),
            vec!["capit"],
            "which one, unsaid"
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

    #[test]
    fn a_speed_is_one_unit_however_it_is_written() {
        for text in [
            "90 km/h",
            "90km/h",
            "90 kph",
            "90 km per hour",
            "ninety kmh",
        ] {
            assert_eq!(normalize(text), "90 kmh", "{text}");
        }
        assert_eq!(normalize("a 1.2km stretch"), "a 1.2 km stretch");
        // "m" after a figure may be million: left as written.
        assert_eq!(normalize("4.5m"), "4.5m");
    }
}
