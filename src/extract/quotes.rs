//! Finding quotation spans: every mark style (“…”, "…", '…', ‘…’, «…», „…“ and broken mixed
//! pairs), apostrophes and primes that are not marks, quotes that run over several paragraphs,
//! and quotes left open. Deciding whether a span is speech or a scare quote happens later.
//!
//! The scan is linear in the paragraph: each opener looks up the next closing-eligible mark
//! through a cursor that only moves forward, so a text made only of marks costs no more than prose.

use super::text::{char_at, char_before, is_double_mark, is_single_mark, is_space, is_word_char};

/// A quoted span inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark, or the paragraph end when the quote is left open.
    pub outer_end: usize,
    /// Everything between the marks.
    pub inner: (usize, usize),
    /// The words of the quote: inner, trimmed of spaces and a trailing comma.
    pub text: (usize, usize),
    pub single: bool,
    /// No closing mark in this paragraph.
    pub unclosed: bool,
    /// The next paragraph opens with a mark and carries the quote on.
    pub continues: bool,
    /// This paragraph carries on the quote of the one before.
    pub continued: bool,
    /// Index of the paragraph in the list the caller passed.
    pub para: usize,
}

fn opener_context_ok(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '>' | '*' | '_'
                )
                || is_double_mark(c)
                || is_single_mark(c)
        }
    }
}

fn closer_context_ok(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '*'
                        | '_'
                )
                || is_double_mark(c)
                || is_single_mark(c)
        }
    }
}

/// Elisions that open with an apostrophe: '90s, 'n' (rock 'n' roll), 'tis, 'em, 'til, 'cause.
fn is_elision(rest: &str) -> bool {
    // No word right after the mark (another mark, a space): nothing to elide.
    if !rest.chars().next().is_some_and(is_word_char) {
        return false;
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return word.len() <= 4 && (word.ends_with('s') || word.len() == 2);
    }
    matches!(
        word.as_str(),
        "n" | "tis" | "twas" | "em" | "til" | "cause" | "bout" | "round"
    )
}

/// A straight mark right after digits that follow a prime: the second mark of 5'11".
fn is_prime(input: &str, at: usize) -> bool {
    let before = &input[..at];
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return false;
    }
    let rest = &before[..before.len() - digits];
    rest.ends_with('\'') && rest[..rest.len() - 1].ends_with(|c: char| c.is_ascii_digit())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

fn family(c: char) -> Option<Family> {
    if is_double_mark(c) {
        Some(Family::Double)
    } else if is_single_mark(c) {
        Some(Family::Single)
    } else {
        None
    }
}

/// `prev` is the character before `at` (`char_before`), which the caller often has at hand.
fn is_opener(input: &str, at: usize, c: char, prev: Option<char>) -> bool {
    if matches!(c, '”' | '»' | '›') {
        return false;
    }
    let next = char_at(input, at + c.len_utf8());
    if !opener_context_ok(prev) {
        return false;
    }
    let spaced_ok = matches!(c, '«' | '„');
    match next {
        None => false,
        Some(n) if is_space(n) && !spaced_ok => false,
        Some(_) if matches!(c, '\'' | '’') && is_elision(&input[at + c.len_utf8()..]) => false,
        Some(_) => true,
    }
}

/// `prev` is the character before `at` (`char_before`), which the caller often has at hand.
fn is_closer(input: &str, at: usize, c: char, prev: Option<char>) -> bool {
    if matches!(c, '«' | '„' | '‹' | '‚') {
        return false;
    }
    let next = char_at(input, at + c.len_utf8());
    let prev_ok = match prev {
        None => false,
        Some(p) => !is_space(p) || c == '»',
    };
    prev_ok && closer_context_ok(next) && !((c == '"' || c == '\'') && is_prime(input, at))
}

/// The closing-eligible marks of one family in a paragraph, found on demand by a scan that
/// only moves forward: each mark is tested once, and a paragraph with no opener is never
/// scanned for closers at all.
struct Closers {
    family: Family,
    pe: usize,
    /// Every closer before this offset has been found already.
    scanned_to: usize,
    /// The last closer found, at or after which the scan resumes.
    found: Option<usize>,
}

impl Closers {
    fn new(family: Family, ps: usize, pe: usize) -> Closers {
        Closers {
            family,
            pe,
            scanned_to: ps,
            found: None,
        }
    }

    /// The first closer after `pos` (calls come with `pos` increasing).
    fn next_after(&mut self, input: &str, pos: usize) -> Option<usize> {
        if let Some(f) = self.found.filter(|&f| f > pos) {
            return Some(f);
        }
        let after_pos = pos + char_at(input, pos).map_or(1, char::len_utf8);
        let from = self.scanned_to.max(after_pos).min(self.pe);
        let mut last = LastMark::default();
        for (i, c) in mark_candidates(&input[from..self.pe]) {
            let at = from + i;
            let prev = last.before(input, at, c);
            if family(c) == Some(self.family) && is_closer(input, at, c, prev) {
                self.found = Some(at);
                self.scanned_to = at + c.len_utf8();
                return Some(at);
            }
        }
        self.found = None;
        self.scanned_to = self.pe;
        None
    }
}

/// Trim the words of a quote: spaces, a trailing comma, and for a fragment ("very constructive.")
/// the period that belongs to the surrounding sentence.
pub fn trim_quote_text(input: &str, start: usize, end: usize) -> (usize, usize) {
    let (s, mut e) = super::text::trim_span(input, start, end);
    e = super::text::trim_end_chars(input, s, e, &[',']);
    // (The period first: most quotes do not end with one, and empty ones have none.)
    if input[s..e].ends_with('.')
        && !input[s..e].ends_with("..")
        && char_at(input, s).is_some_and(|c| c.is_lowercase())
    {
        let last = input[s..e].rsplit(is_space).next().unwrap_or("");
        if !super::text::is_dotted_abbreviation(last.trim_end_matches('.')) {
            e -= 1;
        }
    }
    (s, e)
}

/// The characters of `para` that may be quote marks, with their offsets: every mark is `"`,
/// `'` or outside ASCII, so the letters and spaces of prose are skipped eight bytes at a time.
fn mark_candidates(para: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    // ASCII marks, and the first byte of every non-ASCII character.
    super::text::find_bytes(para, *b"\"'", true)
        .filter_map(|i| para[i..].chars().next().map(|c| (i, c)))
}

/// The mark candidate read last: when it ends where the next one begins (a run of marks), its
/// character is the one before, without decoding backwards.
#[derive(Default)]
struct LastMark {
    end: Option<usize>,
    c: char,
}

impl LastMark {
    /// The character before `at` (`char_before`), then remember `c` at `at`.
    fn before(&mut self, input: &str, at: usize, c: char) -> Option<char> {
        let prev = if self.end == Some(at) {
            Some(self.c)
        } else {
            char_before(input, at)
        };
        *self = LastMark {
            end: Some(at + c.len_utf8()),
            c,
        };
        prev
    }
}

/// Find quoted spans in each paragraph (`paras` are byte spans into `input`, in order).
pub fn find_quotes(input: &str, paras: &[(usize, usize)]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let para = &input[ps..pe];
        let mut doubles = Closers::new(Family::Double, ps, pe);
        let mut singles = Closers::new(Family::Single, ps, pe);
        let mut last = LastMark::default();
        // `pos` is where reading resumes: past a quote just found.
        let mut pos = ps;
        for (i, c) in mark_candidates(para) {
            let prev = last.before(input, ps + i, c);
            if ps + i < pos {
                continue;
            }
            pos = ps + i;
            let clen = c.len_utf8();
            let Some(fam) = family(c).filter(|_| is_opener(input, pos, c, prev)) else {
                continue;
            };
            let closers = if fam == Family::Double {
                &mut doubles
            } else {
                &mut singles
            };
            let inner_start = pos + clen;
            match closers.next_after(input, pos) {
                Some(close) => {
                    let close_len = char_at(input, close).map(char::len_utf8).unwrap_or(1);
                    let text = trim_quote_text(input, inner_start, close);
                    // rock 'n' roll, 'a' grades: one or two letters between marks are not speech.
                    if fam == Family::Single
                        && (input[text.0..text.1].chars().nth(1).is_none()
                            || input[text.0..text.1].eq_ignore_ascii_case("n"))
                    {
                        continue;
                    }
                    // Marks around no words at all ("''", "“ ”") quote nothing.
                    if !input[text.0..text.1].chars().any(is_word_char) {
                        pos = close + close_len;
                        continue;
                    }
                    out.push(QuoteSpan {
                        open: pos,
                        outer_end: close + close_len,
                        inner: (inner_start, close),
                        text,
                        single: fam == Family::Single,
                        unclosed: false,
                        continues: false,
                        continued: false,
                        para: pi,
                    });
                    pos = close + close_len;
                }
                None => {
                    // A single mark with no partner is an apostrophe unless it opens the paragraph,
                    // which is how British copy carries a quote into the next paragraph.
                    if fam == Family::Single && pos != ps {
                        continue;
                    }
                    let text = trim_quote_text(input, inner_start, pe);
                    if text.0 < text.1 {
                        out.push(QuoteSpan {
                            open: pos,
                            outer_end: pe,
                            inner: (inner_start, pe),
                            text,
                            single: fam == Family::Single,
                            unclosed: true,
                            continues: false,
                            continued: false,
                            para: pi,
                        });
                    }
                    break;
                }
            }
        }
    }
    // Link open-ended quotes to a next paragraph that opens with a mark.
    for i in 0..out.len() {
        if !out[i].unclosed {
            continue;
        }
        let pi = out[i].para;
        if let Some(&(ns, _)) = paras.get(pi + 1)
            && let Ok(j) = out.binary_search_by(|q| (q.para, q.open).cmp(&(pi + 1, ns)))
        {
            out[i].continues = true;
            out[i].unclosed = false;
            out[j].continued = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(input: &str) -> Vec<&str> {
        find_quotes(input, &[(0, input.len())])
            .iter()
            .map(|q| &input[q.text.0..q.text.1])
            .collect()
    }

    #[test]
    fn seed_single_quotes_are_not_confused_with_apostrophes() {
        let p = "He characterized such a meeting as 'impossible' and countered. 'I can just as well invite him to Kyiv, let him come. I'm openly inviting him, if he dares,' Zelenskyy stated.";
        assert_eq!(
            quotes(p),
            vec![
                "impossible",
                "I can just as well invite him to Kyiv, let him come. I'm openly inviting him, if he dares"
            ]
        );
    }

    #[test]
    fn a_fragment_loses_the_period_of_its_sentence() {
        assert_eq!(
            quotes("described these discussions as 'very constructive.' A"),
            vec!["very constructive"]
        );
        assert_eq!(
            quotes("due to the 'situation with the U.S. and Iran.'"),
            vec!["situation with the U.S. and Iran"]
        );
    }

    #[test]
    fn every_mark_style_and_mixed_pairs() {
        assert_eq!(quotes("He said “yes” and ‘no’."), vec!["yes", "no"]);
        assert_eq!(quotes("Sie sagte „nein“ dazu."), vec!["nein"]);
        assert_eq!(quotes("Il a dit « non » hier."), vec!["non"]);
        assert_eq!(quotes("a broken \"pair” here"), vec!["pair"]);
    }

    #[test]
    fn apostrophes_elisions_and_primes_are_not_marks() {
        assert!(quotes("Russia's '90s rock 'n' roll, he's 5'11\" tall and won't").is_empty());
    }

    #[test]
    fn nested_quotes_give_only_the_outer_one() {
        assert_eq!(
            quotes("“He told me ‘never’,” she said."),
            vec!["He told me ‘never’"]
        );
    }

    #[test]
    fn an_unclosed_quote_stops_at_its_paragraph_and_is_flagged() {
        let input = "\"We will win and then\nThe next paragraph is prose.";
        let q = find_quotes(input, &[(0, 21), (22, input.len())]);
        assert_eq!(q.len(), 1);
        assert!(q[0].unclosed);
        assert_eq!(q[0].outer_end, 21);
    }

    #[test]
    fn multi_paragraph_quotes_link_up() {
        let input = "“First part of it.\n“Second part,” she said.";
        let nl = input.find('\n').unwrap();
        let q = find_quotes(input, &[(0, nl), (nl + 1, input.len())]);
        assert_eq!(q.len(), 2);
        assert!(q[0].continues && q[1].continued && !q[0].unclosed);
    }
}
