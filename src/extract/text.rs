//! Low-level text helpers for extraction: words with byte spans, character classes for quote
//! marks, and trimming that keeps spans honest. Everything returns offsets into the caller's `&str`.

/// A word of the input with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Word<'_> {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Characters that join two word characters into one word: "Russia's", "U.S.", "de-escalate", "5,000".
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | ',' | '\u{2011}')
}

/// Split `s` into words; `base` is added to every offset so spans point into the whole input.
///
/// A joiner is kept inside a word only between two word characters, except that a run of
/// single letters separated by periods keeps its final period ("U.S.", "a.m.").
pub fn words(s: &str, base: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if is_word_char(c) {
                j += 1;
            } else if is_joiner(c)
                && j + 1 < chars.len()
                && is_word_char(chars[j + 1].1)
                && !(c == ','
                    && !(chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()))
            {
                j += 2;
            } else {
                break;
            }
        }
        let mut end = if j < chars.len() { chars[j].0 } else { s.len() };
        // "U.S." / "a.m.": keep the closing period of a dotted abbreviation.
        let w = &s[start..end];
        if j < chars.len() && chars[j].1 == '.' && is_dotted_abbreviation(w) {
            end += 1;
        }
        out.push(Word {
            text: &s[start..end],
            start: base + start,
            end: base + end,
        });
        i = j;
        while i < chars.len() && chars[i].0 < end {
            i += 1;
        }
    }
    out
}

/// "U.S", "a.m", "U.K": single letters joined by periods.
pub fn is_dotted_abbreviation(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

pub fn is_double_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '❝' | '❞' | '＂'
    )
}

pub fn is_single_mark(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›' | '‛')
}

pub fn is_quote_mark(c: char) -> bool {
    is_double_mark(c) || is_single_mark(c)
}

/// Unicode and ASCII white space, including the no-break space news CMSs love.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{feff}'
}

/// Shrink `[start, end)` of `input` past white space at both ends.
pub fn trim_span(input: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &input[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead + trail >= s.len() {
        (start, start)
    } else {
        (start + lead, end - trail)
    }
}

/// Shrink a span past trailing characters in `chars` (and white space).
pub fn trim_end_chars(input: &str, start: usize, mut end: usize, chars: &[char]) -> usize {
    while end > start {
        let c = input[..end].chars().next_back().unwrap_or(' ');
        if chars.contains(&c) || is_space(c) {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

pub fn char_before(input: &str, at: usize) -> Option<char> {
    input[..at].chars().next_back()
}

pub fn char_at(input: &str, at: usize) -> Option<char> {
    input.get(at..).and_then(|s| s.chars().next())
}

pub fn word_count(s: &str) -> usize {
    words(s, 0).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        words(s, 0).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn apostrophes_abbreviations_and_numbers_stay_inside_words() {
        assert_eq!(
            texts("Russia's U.S.-led talks on 5,000 troops, a.m. I'm"),
            vec![
                "Russia's", "U.S.", "led", "talks", "on", "5,000", "troops", "a.m.", "I'm"
            ]
        );
    }

    #[test]
    fn offsets_are_shifted_by_base() {
        let w = words("ab cd", 10);
        assert_eq!((w[1].start, w[1].end), (13, 15));
    }

    #[test]
    fn a_comma_between_words_splits_them() {
        assert_eq!(texts("Kyiv,let"), vec!["Kyiv", "let"]);
    }
}
