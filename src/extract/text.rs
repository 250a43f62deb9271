//! Low-level text helpers for extraction: words with byte spans, character classes for quote
//! marks, and trimming that keeps spans honest. Everything returns offsets into the caller's `&str`.

/// FNV-1a: the lexicons are looked up for nearly every word, and SipHash's DoS resistance buys
/// nothing for a fixed set of English words.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Call `f` with `word` lower-cased, without a heap allocation for short ASCII words (nearly
/// every word of English news): lexicon lookups run for almost every word.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words are lower-case ASCII already: no copy at all.
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return f(word);
    }
    let mut buf = [0u8; 48];
    let n = word.len();
    if n <= buf.len() && word.is_ascii() {
        buf[..n].copy_from_slice(word.as_bytes());
        buf[..n].make_ascii_lowercase();
        f(std::str::from_utf8(&buf[..n]).unwrap_or(""))
    } else {
        f(&word.to_lowercase())
    }
}

/// A word lower-cased: borrowed when it has no capitals, on the stack when it is short ASCII
/// ("The", "Kremlin"), on the heap only otherwise. The rules lower-case words in nearly every
/// check, and capitalized words are common in news.
#[derive(Debug, Clone)]
pub enum Lower<'a> {
    Borrowed(&'a str),
    Short([u8; 24], u8),
    Owned(String),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Short(b, n) => std::str::from_utf8(&b[..usize::from(*n)]).unwrap_or(""),
            Lower::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        // (Bytes for a short one: reading it as a `str` would check its bytes first.)
        match self {
            Lower::Short(b, n) => &b[..usize::from(*n)] == other.as_bytes(),
            _ => **self == **other,
        }
    }
}

/// Lower-case only when needed: most words in news copy are already lower case.
pub fn lower(word: &str) -> Lower<'_> {
    if word.bytes().any(|b| b.is_ascii_uppercase())
        || !word.is_ascii() && word.chars().any(char::is_uppercase)
    {
        let mut buf = [0u8; 24];
        let n = word.len();
        if n <= buf.len() && word.is_ascii() {
            buf[..n].copy_from_slice(word.as_bytes());
            buf[..n].make_ascii_lowercase();
            Lower::Short(buf, n as u8)
        } else {
            Lower::Owned(word.to_lowercase())
        }
    } else {
        Lower::Borrowed(word)
    }
}

/// A word of the input with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// The word lists `text` is in (`lexicon::flags`), looked up once here for every rule.
    pub lex: u32,
}

impl<'a> Word<'a> {
    pub fn new(text: &'a str, start: usize, end: usize) -> Word<'a> {
        Word {
            text,
            start,
            end,
            lex: super::lexicon::word_flags(text),
        }
    }
    /// In the word list(s) `bits` (`lexicon::TITLE`, …).
    pub fn is(&self, bits: u32) -> bool {
        self.lex & bits != 0
    }
    pub fn is_capitalized(&self) -> bool {
        self.is(super::lexicon::CAPITALIZED)
    }
    /// `self.lower() == t` for a lower-case `t`, comparing in place when the word is ASCII
    /// (the rules ask this of a word at nearly every cue).
    #[inline]
    pub fn lower_is(&self, t: &str) -> bool {
        debug_assert!(!t.bytes().any(|b| b.is_ascii_uppercase()), "{t}");
        // (The lexicon knows an ASCII word, so a word of another length is told apart at once.)
        if self.is(super::lexicon::ASCII) {
            self.text.len() == t.len() && self.text.eq_ignore_ascii_case(t)
        } else {
            *self.lower() == *t
        }
    }
    /// Lower-cased, allocating only when the word has capitals and is long or not ASCII.
    pub fn lower(&self) -> Lower<'a> {
        if self.is(super::lexicon::PLAIN) {
            return Lower::Borrowed(self.text);
        }
        lower(self.text)
    }
}

/// `is_word_char` remembering its answers for letters outside ASCII: the Unicode tables take
/// hundreds of steps for a letter of some scripts (Devanagari), and a text in one repeats a few
/// dozen letters. A small table indexed by the low bits of the character, set up at the first
/// such letter.
#[derive(Default)]
struct WordChars {
    table: Option<([char; 64], u64)>,
}

impl WordChars {
    fn is_word_char(&mut self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphanumeric();
        }
        if is_common_punctuation(c) {
            return false;
        }
        // ('\0' is ASCII: never asked for here, so it marks an empty entry.)
        let (chars, word) = self.table.get_or_insert((['\0'; 64], 0));
        let k = (c as usize) % 64;
        if chars[k] != c {
            chars[k] = c;
            *word = (*word & !(1 << k)) | (u64::from(c.is_alphanumeric()) << k);
        }
        *word & (1 << k) != 0
    }
}

/// Quote marks, dashes and other punctuation common in news copy (General Punctuation,
/// guillemets, no-break space, BOM): no word characters, answered without the Unicode tables.
fn is_common_punctuation(c: char) -> bool {
    let u = c as u32;
    (0x2000..=0x206F).contains(&u) || matches!(u, 0xA0 | 0xAB | 0xBB | 0xFEFF | 0x201E)
}

/// `char::is_alphanumeric`, answering ASCII and common punctuation without the Unicode tables.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !is_common_punctuation(c) && c.is_alphanumeric()
}

/// Characters that join two word characters into one word: "Russia's", "U.S.", "de-escalate", "5,000".
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | ',' | '\u{2011}')
}

/// A byte no word contains or reaches across (ASCII, neither a word character nor a joiner nor
/// the period of "U.S."): the words of `s` are those of `s[..i]` and of `s[i + 1..]` when
/// `s.as_bytes()[i]` is one, so a stretch between two of them can be split on its own.
pub fn is_word_boundary_byte(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_alphanumeric() && !matches!(b, b'\'' | b'-' | b'.' | b'&' | b',')
}

/// Split `s` into words; `base` is added to every offset so spans point into the whole input.
///
/// A joiner is kept inside a word only between two word characters, except that a run of
/// single letters separated by periods keeps its final period ("U.S.", "a.m.").
pub fn words(s: &str, base: usize) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    words_into(s, base, &mut out);
    out
}

/// Whether no word of `s` reaches across byte offset `at`: the words of `s[..at]` and of
/// `s[at..]` are then the words of `s` on either side of it. So it is when the character just
/// before or just after `at` is neither a word character nor a joiner ("said. The": the space
/// after the period), or `at` is an end.
pub fn splits_words(s: &str, at: usize) -> bool {
    let apart = |c: char| !is_word_char(c) && !is_joiner(c);
    at == 0
        || at == s.len()
        || char_before(s, at).is_some_and(apart)
        || char_at(s, at).is_some_and(apart)
}

/// The words of a window of the input that grows as extraction moves on: "the company" looks
/// for the company's name in the 6,000 bytes before each mention, which in an article shorter
/// than that is all the text so far. The words already split are kept, and only the text the
/// window gained is split when no word crosses its old end.
#[derive(Default)]
pub struct WordWindow<'a> {
    from: usize,
    to: usize,
    words: Vec<Word<'a>>,
}

impl<'a> WordWindow<'a> {
    /// `words(&input[from..to], from)`.
    pub fn words(&mut self, input: &'a str, from: usize, to: usize) -> &[Word<'a>] {
        let kept = from == self.from && !self.words.is_empty();
        if kept && to <= self.to && splits_words(input, to) {
            let n = self.words.partition_point(|w| w.end <= to);
            return &self.words[..n];
        }
        if kept && to > self.to && splits_words(input, self.to) {
            let at = self.to;
            let words = &mut self.words;
            scan_words(&input[at..to], |s, e| {
                words.push(Word::new(&input[at + s..at + e], at + s, at + e));
            });
        } else {
            words_into(&input[from..to], from, &mut self.words);
        }
        (self.from, self.to) = (from, to);
        &self.words
    }
}

/// `words` into a buffer the caller reuses (its old contents are dropped).
pub fn words_into<'a>(s: &'a str, base: usize, out: &mut Vec<Word<'a>>) {
    out.clear();
    // Room for a word every six bytes, as `words` makes: a buffer new to the article would
    // otherwise be copied over as it doubles through the first long sentences.
    out.reserve(s.len() / 6 + 1);
    scan_words(s, |start, end| {
        out.push(Word::new(&s[start..end], base + start, base + end));
    });
}

/// How many words `s` has, without building them, counting no further than `cap`
/// (`min(count, cap)`): the rules only ask whether a span has more than a handful, and a
/// paragraph's first colon can come a long way in.
pub fn word_count_to(s: &str, cap: usize) -> usize {
    let mut cache = WordChars::default();
    let (mut n, mut i) = (0, 0);
    while n < cap
        && let Some((_, end)) = next_word(s, i, &mut cache)
    {
        n += 1;
        i = end;
    }
    n
}

/// The first words of `s` one at a time, for a rule that stops after a few ("PESKOV:" has at
/// most four before its colon).
pub fn first_words(s: &str, base: usize) -> impl Iterator<Item = Word<'_>> {
    let mut cache = WordChars::default();
    let mut i = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_word(s, i, &mut cache)?;
        i = end;
        Some(Word::new(&s[start..end], base + start, base + end))
    })
}

fn next_char(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|r| r.chars().next())
}

/// Call `f(start, end)` for each word; the tokeniser behind `words` (`next_word` is the one
/// behind `word_count_to` and `first_words` too).
pub fn scan_words(s: &str, mut f: impl FnMut(usize, usize)) {
    let mut cache = WordChars::default();
    let mut i = 0;
    while let Some((start, end)) = next_word(s, i, &mut cache) {
        f(start, end);
        i = end;
    }
}

/// The end of the word of `s` that starts at `start` (`starts_word`), without splitting the rest.
pub fn word_end(s: &str, start: usize) -> usize {
    next_word(s, start, &mut WordChars::default()).map_or(start, |(_, end)| end)
}

/// Whether a word of `s` starts at `at`, where `s` has a letter that is no digit (a capital):
/// the character before it neither is a word character nor joins one to it. Then the words of
/// `s[..at]` are the words of `s` before it.
pub fn starts_word(s: &str, at: usize) -> bool {
    let Some(c) = char_before(s, at) else {
        return true;
    };
    if is_word_char(c) {
        return false;
    }
    // A comma joins digits only; another joiner joins the word before it to this one.
    !is_joiner(c) || c == ',' || !char_before(s, at - c.len_utf8()).is_some_and(is_word_char)
}

/// ASCII letters and digits, by byte: the bulk of every word, tested with one load.
const ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The first word of `s` at or after `i`, as `scan_words` splits it (inlined: `scan_words` runs
/// it for every word of an article).
#[inline(always)]
fn next_word(s: &str, mut i: usize, cache: &mut WordChars) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    while i < s.len() {
        // ASCII fast path for the gaps between words.
        let b = bytes[i];
        if b < 0x80 {
            if !ALNUM[usize::from(b)] {
                i += 1;
                continue;
            }
        } else {
            let c = next_char(s, i).unwrap_or(' ');
            if !cache.is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        let mut last = next_char(s, i).unwrap_or(' ');
        let mut end = i + last.len_utf8();
        loop {
            // A run of ASCII letters and digits first, a byte at a time.
            let run = end;
            while end < s.len() && ALNUM[usize::from(bytes[end])] {
                end += 1;
            }
            if end > run {
                last = char::from(bytes[end - 1]);
            }
            if end >= s.len() {
                break;
            }
            let c = if bytes[end] < 0x80 {
                bytes[end] as char
            } else {
                next_char(s, end).unwrap_or(' ')
            };
            if cache.is_word_char(c) {
                end += c.len_utf8();
                last = c;
                continue;
            }
            if is_joiner(c) {
                let after = next_char(s, end + c.len_utf8());
                if let Some(a) = after
                    && cache.is_word_char(a)
                    && !(c == ',' && !(last.is_ascii_digit() && a.is_ascii_digit()))
                {
                    end += c.len_utf8() + a.len_utf8();
                    last = a;
                    continue;
                }
            }
            break;
        }
        // "U.S." / "a.m.": keep the closing period of a dotted abbreviation.
        if bytes.get(end) == Some(&b'.') && is_dotted_abbreviation(&s[start..end]) {
            end += 1;
        }
        return Some((start, end));
    }
    None
}

/// "U.S", "a.m", "U.K": single letters joined by periods.
pub fn is_dotted_abbreviation(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_alphabetic) && cs.next().is_none()
        })
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

/// The offsets in `s` of the bytes in `needles` (ASCII or the first byte of a character), and
/// with `lead_bytes` of the first byte of every non-ASCII character too, in order. Prose is
/// mostly ASCII letters and spaces: after a byte that is none of these, eight bytes are tested
/// at a time (the usual SWAR test for a byte in a word); in a run of them (a text of nothing but
/// quote marks) each is found at once.
#[inline]
pub fn find_bytes<const N: usize>(
    s: &str,
    needles: [u8; N],
    lead_bytes: bool,
) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let is_hit = move |b: u8| needles.contains(&b) || (lead_bytes && b >= 0xC0);
    // Past the character starting with the byte at `at`: its other bytes are never one.
    let after = |at: usize, b: u8| at + (b.leading_ones() as usize).max(1);
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *bytes.get(i)?;
        if is_hit(b) {
            let at = i;
            i = after(at, b);
            return Some(at);
        }
        i += 1;
        while let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            // A lead byte has its top two bits set (0b11xx_xxxx).
            let mut hit = if lead_bytes { w & (w << 1) & HIGH } else { 0 };
            for n in needles {
                let x = w ^ (ONES * u64::from(n));
                hit |= x.wrapping_sub(ONES) & !x & HIGH;
            }
            if hit != 0 {
                // The lowest bit set is exact (a false one only ever follows a true one).
                let at = i + (hit.trailing_zeros() / 8) as usize;
                i = after(at, bytes[at]);
                return Some(at);
            }
            i += 8;
        }
        while let Some(&b) = bytes.get(i) {
            if is_hit(b) {
                let at = i;
                i = after(at, b);
                return Some(at);
            }
            i += 1;
        }
        None
    })
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
