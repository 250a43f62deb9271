//! Every word list the rules consult, folded into one table: a word's memberships are looked up
//! once, when a sentence is split into words (`Word::lex`), and the rules read bits instead of
//! lower-casing and hashing the same word again for each list and each rule.
//!
//! The lists themselves stay with the rules that own them (`speakers`, `score`).

use super::dates::{MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS};
use super::score::{
    CAUSE_WORDS, COMPARE_WORDS, FACT_VERBS, HEDGE_WORDS, NUMBER_WORDS, QUANTITY_WORDS,
};
use super::speakers::{
    ACT, ADVERBS_AND_AUXILIARIES, CAP_FUNCTION, DESCRIBE, FEMALE, FEMALE_ROLES, MALE, MALE_ROLES,
    ORG_WORDS, PARTICIPLES, ROLE_HEADS, SPEECH, TITLES, UNNAMED,
};
use std::sync::LazyLock;

// Check-worthiness cue families: the low byte, as `score` reads it.
pub const QUANTITY: u32 = 1;
pub const FACT: u32 = 1 << 1;
pub const COMPARE: u32 = 1 << 2;
pub const CAUSE: u32 = 1 << 3;
pub const HEDGE: u32 = 1 << 4;
pub const FIRST_PERSON: u32 = 1 << 5;
/// A number written as a word ("eleven wagons", "thousands of fish").
pub const NUMBER_WORD: u32 = 1 << 6;
/// "the", "these", "other": before a number word, it names a known group ("the two sides"), it
/// does not count one.
pub const DEFINITE: u32 = 1 << 7;
/// The bits above, together.
pub const SCORE_CUES: u32 = 0xff;

// Speaker lexicons.
pub const SPEECH_VERB: u32 = 1 << 8;
pub const DESCRIBE_VERB: u32 = 1 << 9;
pub const ACT_VERB: u32 = 1 << 10;
pub const PARTICIPLE: u32 = 1 << 11;
pub const TITLE: u32 = 1 << 12;
pub const ROLE_HEAD: u32 = 1 << 13;
pub const ORG_WORD: u32 = 1 << 14;
pub const CAP_FUNCTION_WORD: u32 = 1 << 15;
pub const ACCORDING: u32 = 1 << 16;
// Facts about the word as written, not from the table (`word_flags`).
/// ASCII with no capital: its lower-case form is itself.
pub const PLAIN: u32 = 1 << 17;
/// "Dr", "Sen", "Gov"… (`speakers::is_abbreviated_title`).
pub const ABBREVIATED_TITLE: u32 = 1 << 18;
/// `speakers::is_name_text`: could be part of a name.
pub const NAME_WORD: u32 = 1 << 19;
/// Starts with a capital (`char::is_uppercase`): `Word::is_capitalized`.
pub const CAPITALIZED: u32 = 1 << 20;
/// Has an ASCII digit.
pub const HAS_DIGIT: u32 = 1 << 21;
/// A month's name or its abbreviation, any case ("January", "Sept"): `dates::month_number`
/// says which month. The date rules ask of nearly every capitalized word.
pub const MONTH_NAME: u32 = 1 << 22;
/// A weekday's name or its abbreviation ("Sunday", "Tues"): `dates::weekday` says which.
pub const WEEKDAY_NAME: u32 = 1 << 23;
/// "yesterday", "today", "tomorrow", "last", "next": the words a relative date starts with
/// (`dates::relative_at`, besides a weekday).
pub const RELATIVE_DAY: u32 = 1 << 24;
/// First names and role words that give a person's gender away (`speakers::gender_of`).
pub const FEMALE_NAME: u32 = 1 << 25;
pub const MALE_NAME: u32 = 1 << 26;
pub const FEMALE_ROLE: u32 = 1 << 27;
pub const MALE_ROLE: u32 = 1 << 28;
/// "sources", "officials", "analysts": words naming a speaker the article does not name
/// (`speakers::UNNAMED`).
pub const UNNAMED_WORD: u32 = 1 << 29;
/// All ASCII (as `str::is_ascii`): its lower-case form is as long as itself.
pub const ASCII: u32 = 1 << 30;
/// `speakers::ADVERBS_AND_AUXILIARIES`: "also", "has", "reportedly"…
pub const ADVERB_OR_AUX: u32 = 1 << 31;
/// Words `find_cues` considers: reporting verbs, participles and "according (to)".
pub const CUE_WORD: u32 = SPEECH_VERB | DESCRIBE_VERB | ACT_VERB | PARTICIPLE | ACCORDING;

/// An open-addressing table of the lexicon's (lower-case) words. A word is looked up by its
/// bytes packed into two `u64`s (`pack`) and lower-cased eight at a time, so a probe compares
/// two numbers rather than a word's bytes one by one.
///
/// Most words of a text are in no list: a probe reads `tags` (a byte of each slot's hash, 0 for
/// an empty slot, small enough to stay in the L1 cache) and compares keys only on a match.
struct Table {
    slots: Vec<Slot>,
    tags: Vec<u8>,
    mask: usize,
    longest: usize,
}

#[derive(Clone, Copy)]
struct Slot {
    key: [u64; 2],
    word: &'static str,
    bits: u32,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// A word as two numbers that, with its length, say which word it is: its first and last eight
/// bytes (overlapping when it is shorter than sixteen), for a shorter word its first and last
/// four, for a longer one its first sixteen. Loaded whole rather than byte by byte.
fn pack(bytes: &[u8]) -> [u64; 2] {
    let n = bytes.len();
    let load8 = |i: usize| {
        bytes
            .get(i..i + 8)
            .and_then(|s| s.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let load4 = |i: usize| {
        bytes
            .get(i..i + 4)
            .and_then(|s| s.try_into().ok())
            .map_or(0, u32::from_le_bytes)
    };
    match n {
        16.. => [load8(0), load8(8)],
        8.. => [load8(0), load8(n - 8)],
        4.. => [u64::from(load4(0)) | u64::from(load4(n - 4)) << 32, 0],
        _ => [bytes.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b)), 0],
    }
}

/// The high bit of every byte of `x` that lies in `lo..=hi` (both ASCII; bytes 0x80 and up
/// never do: their high bit is masked off first so no sum carries into the next byte).
fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let y = x & !HIGH;
    y.wrapping_add(ONES * (0x80 - u64::from(lo)))
        & !y.wrapping_add(ONES * (0x80 - u64::from(hi) - 1))
        & !x
        & HIGH
}

/// The high bit of every byte of `x` that is an ASCII capital.
fn capitals(x: u64) -> u64 {
    bytes_in(x, b'A', b'Z')
}

/// The high bit of every byte of `x` that is an ASCII digit.
fn digits(x: u64) -> u64 {
    bytes_in(x, b'0', b'9')
}

/// `x` with its ASCII capitals lower-cased (`u8::to_ascii_lowercase` on each byte).
fn lower_ascii(x: u64) -> u64 {
    x | capitals(x) >> 2
}

/// Whether a byte of `x` is `b` (the usual SWAR test for a zero byte).
fn has_byte(x: u64, b: u8) -> bool {
    let y = x ^ (ONES * u64::from(b));
    y.wrapping_sub(ONES) & !y & HIGH != 0
}

/// The hash of a lower-cased key and its length: the low bits pick the slot, the top byte is
/// the tag.
fn hash(key: [u64; 2], len: usize) -> usize {
    let h = (key[0] ^ key[1].rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h ^ h >> 32) as usize
}

/// A slot's tag: a byte of its hash that the slot index does not use, never 0.
fn tag(h: usize) -> u8 {
    ((h as u64 >> 56) as u8).max(1)
}

impl Table {
    /// A table for up to `n` words.
    fn with_capacity(n: usize) -> Table {
        let size = (n * 4).next_power_of_two();
        Table {
            slots: vec![
                Slot {
                    key: [0, 0],
                    word: "",
                    bits: 0,
                };
                size
            ],
            tags: vec![0; size],
            mask: size - 1,
            longest: 0,
        }
    }

    /// Put `word` in the lists `bits` as well as any it is in already. Built in place rather
    /// than through a `HashMap`: every run of the command line builds it once, for one article.
    fn insert(&mut self, word: &'static str, bits: u32) {
        // A word that is not lower case never equals a lower-cased one.
        let lower = if word.is_ascii() {
            !word.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            word.to_lowercase() == word
        };
        if word.is_empty() || !lower {
            return;
        }
        let key = pack(word.as_bytes());
        let h = hash(key, word.len());
        let mut i = h & self.mask;
        while self.tags[i] != 0 {
            if self.slots[i].word == word {
                self.slots[i].bits |= bits;
                return;
            }
            i = (i + 1) & self.mask;
        }
        self.slots[i] = Slot { key, word, bits };
        self.tags[i] = tag(h);
        self.longest = self.longest.max(word.len());
    }

    /// The bits of `word`, a word that is lower case already or ASCII (compared ignoring
    /// ASCII case: for ASCII, that is comparing its lower-case form).
    fn get(&self, word: &str) -> u32 {
        let [a, b] = pack(word.as_bytes());
        self.get_packed(word, [lower_ascii(a), lower_ascii(b)])
    }

    /// `get` when the caller has packed and lower-cased the word (inlined into `word_flags`,
    /// which asks it of every word).
    #[inline(always)]
    fn get_packed(&self, word: &str, key: [u64; 2]) -> u32 {
        if word.len() > self.longest || word.is_empty() {
            return 0;
        }
        let h = hash(key, word.len());
        let want = tag(h);
        let mut i = h & self.mask;
        loop {
            let t = self.tags[i];
            if t == 0 {
                return 0;
            }
            if t == want {
                let slot = &self.slots[i];
                if slot.key == key
                    && slot.word.len() == word.len()
                    && (word.len() <= 16 || same_tail(slot.word, word))
                {
                    return slot.bits;
                }
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// For words longer than sixteen bytes (`pack` holds the first sixteen): the rest is the same,
/// ignoring ASCII case. Out of line: hardly a word of news is that long.
#[cold]
#[inline(never)]
fn same_tail(key: &str, word: &str) -> bool {
    key.as_bytes()[16..].eq_ignore_ascii_case(&word.as_bytes()[16..])
}

/// The word lists the rules read only through their lexicon bit (never the list itself), so
/// the table and its test name them once.
const READ_ONLY_HERE: [(&[&str], u32); 6] = [
    (FEMALE, FEMALE_NAME),
    (MALE, MALE_NAME),
    (FEMALE_ROLES, FEMALE_ROLE),
    (MALE_ROLES, MALE_ROLE),
    (UNNAMED, UNNAMED_WORD),
    (ADVERBS_AND_AUXILIARIES, ADVERB_OR_AUX),
];

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let lists = [
        (QUANTITY_WORDS, QUANTITY),
        (NUMBER_WORDS, NUMBER_WORD),
        (&["the", "these", "those", "other"][..], DEFINITE),
        (FACT_VERBS, FACT),
        (COMPARE_WORDS, COMPARE),
        (CAUSE_WORDS, CAUSE),
        (HEDGE_WORDS, HEDGE),
        (&["i", "you", "i'm", "i’m", "me", "my"][..], FIRST_PERSON),
        (SPEECH, SPEECH_VERB),
        (DESCRIBE, DESCRIBE_VERB),
        (ACT, ACT_VERB),
        (PARTICIPLES, PARTICIPLE),
        (TITLES, TITLE),
        (ROLE_HEADS, ROLE_HEAD),
        (ORG_WORDS, ORG_WORD),
        (CAP_FUNCTION, CAP_FUNCTION_WORD),
        (&["according"][..], ACCORDING),
        (&MONTHS[..], MONTH_NAME),
        (&MONTH_ABBREVIATIONS[..], MONTH_NAME),
        (&WEEKDAYS[..], WEEKDAY_NAME),
        (&WEEKDAY_ABBREVIATIONS[..], WEEKDAY_NAME),
        (
            &["yesterday", "today", "tomorrow", "last", "next"][..],
            RELATIVE_DAY,
        ),
    ];
    let lists = lists.iter().chain(READ_ONLY_HERE.iter());
    let mut t = Table::with_capacity(lists.clone().map(|(list, _)| list.len()).sum());
    for &(list, bit) in lists {
        for w in list {
            t.insert(w, bit);
        }
    }
    t
});

/// The lists `word` is in, compared lower-cased (one probe, no copy for ASCII words).
pub fn flags(word: &str) -> u32 {
    if word.is_ascii() {
        TABLE.get(word)
    } else {
        TABLE.get(&word.to_lowercase())
    }
}

/// Everything `Word::lex` holds: the lists the word is in and what its spelling says.
pub fn word_flags(word: &str) -> u32 {
    let [a, b] = pack(word.as_bytes());
    // Short ASCII words (nearly all): capitals, periods and the lower-case key eight bytes at
    // a time.
    let (mut f, plain, dot) = if word.len() <= 16 && (a | b) & HIGH == 0 {
        let key = [lower_ascii(a), lower_ascii(b)];
        let plain = key == [a, b];
        let dot = has_byte(a, b'.') || has_byte(b, b'.');
        let mut f = TABLE.get_packed(word, key) | ASCII;
        // (The first byte is the low byte of `a`.)
        if capitals(a) & 0x80 != 0 {
            f |= CAPITALIZED;
        }
        if digits(a) | digits(b) != 0 {
            f |= HAS_DIGIT;
        }
        (f, plain, dot)
    } else {
        let plain = word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        let mut f = flags(word);
        if word.is_ascii() {
            f |= ASCII;
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            f |= CAPITALIZED;
        }
        if word.bytes().any(|b| b.is_ascii_digit()) {
            f |= HAS_DIGIT;
        }
        (f, plain, word.contains('.'))
    };
    if plain {
        f |= PLAIN;
        // Lower case: no abbreviated title ("Dr", "Sen"), and a name word only when dotted
        // ("a.m." is not one either, but only the dotted check can say so).
        if !dot {
            return f;
        }
    }
    if super::speakers::is_abbreviated_title(word) {
        f |= ABBREVIATED_TITLE;
    }
    if super::speakers::is_name_text(word, f) {
        f |= NAME_WORD;
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_are_found_and_lowered_eight_bytes_at_a_time() {
        for fill in [b'a', b'A', b'Z', b'@', b'[', 0x80, 0xC3, 0xFF, 0] {
            for x in 0..=255u8 {
                for at in 0..8 {
                    let mut w = [fill; 8];
                    w[at] = x;
                    let want: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
                    let got = lower_ascii(u64::from_le_bytes(w)).to_le_bytes();
                    assert_eq!(got.to_vec(), want, "{w:?}");
                    assert_eq!(has_byte(u64::from_le_bytes(w), b'.'), w.contains(&b'.'));
                    let digit = w.iter().any(u8::is_ascii_digit);
                    assert_eq!(digits(u64::from_le_bytes(w)) != 0, digit, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn a_packed_word_keeps_every_byte_of_its_first_sixteen() {
        for n in 0..=20 {
            let word: Vec<u8> = (0..n).map(|i| b'a' + i as u8).collect();
            for at in 0..n.min(16) {
                let mut other = word.clone();
                other[at] = b'.';
                assert_ne!(pack(&word), pack(&other), "{n} {at}");
            }
        }
    }

    #[test]
    fn every_word_of_the_lists_the_rules_read_only_through_the_lexicon_has_its_bit() {
        // These lists are read nowhere else: a word the table left out (it skips words that
        // are not lower case) would silently never match.
        for (list, bit) in READ_ONLY_HERE {
            for w in list {
                assert_ne!(flags(w) & bit, 0, "{w}");
            }
        }
        for w in ["said", "Peskov", "U.S.", "Abcdefghijklmnopqrstu9"] {
            assert_ne!(word_flags(w) & ASCII, 0, "{w}");
        }
        for w in ["Zelenskyy’s", "São", "Kyivçababcdefghijklmnop"] {
            assert_eq!(word_flags(w) & ASCII, 0, "{w}");
        }
    }

    #[test]
    fn every_word_of_the_lists_is_found_in_any_case() {
        for (w, bits) in [("said", SPEECH_VERB), ("according", ACCORDING)] {
            assert_ne!(flags(w) & bits, 0, "{w}");
            assert_ne!(flags(&w.to_uppercase()) & bits, 0, "{w}");
            assert_ne!(word_flags(&w.to_uppercase()) & bits, 0, "{w}");
        }
        for slot in TABLE.slots.iter().filter(|s| !s.word.is_empty()) {
            assert_eq!(flags(slot.word), slot.bits, "{}", slot.word);
            assert_eq!(
                word_flags(slot.word) & 0xffff,
                slot.bits & 0xffff,
                "{}",
                slot.word
            );
        }
        for w in [
            "Kyiv",
            "kyiv",
            "É",
            "é",
            "2026",
            "a1",
            "U.S.",
            "",
            "x",
            "Abcdefghijklmnopqrstu9",
        ] {
            let f = word_flags(w);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            assert_eq!(f & CAPITALIZED != 0, capital, "{w}");
            assert_eq!(
                f & HAS_DIGIT != 0,
                w.bytes().any(|b| b.is_ascii_digit()),
                "{w}"
            );
        }
        assert_eq!(flags("saidx"), 0);
        assert_eq!(flags("sai"), 0);
    }
}
