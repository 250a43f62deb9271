//! Every word list the rules consult, folded into one table: a word's memberships are looked up
//! once, when a sentence is split into words (`Word::lex`), and the rules read bits instead of
//! lower-casing and hashing the same word again for each list and each rule.
//!
//! The lists themselves stay with the rules that own them (`speakers`, `score`).

use super::score::{
    CAUSE_WORDS, COMPARE_WORDS, FACT_VERBS, HEDGE_WORDS, NUMBER_WORDS, QUANTITY_WORDS,
};
use super::speakers::{
    ACT, CAP_FUNCTION, DESCRIBE, ORG_WORDS, PARTICIPLES, ROLE_HEADS, SPEECH, TITLES,
};
use std::collections::HashMap;
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
/// Words `find_cues` considers: reporting verbs, participles and "according (to)".
pub const CUE_WORD: u32 = SPEECH_VERB | DESCRIBE_VERB | ACT_VERB | PARTICIPLE | ACCORDING;

/// An open-addressing table of the lexicon's (lower-case) words: a word is hashed and compared
/// lower-cased in one pass over its bytes, without copying it first.
///
/// Most words of a text are in no list: a probe reads `tags` (a byte of each slot's hash, 0 for
/// an empty slot, small enough to stay in the L1 cache) and compares words only on a match.
struct Table {
    slots: Vec<(&'static str, u32)>,
    tags: Vec<u8>,
    mask: usize,
    longest: usize,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of FNV-1a over an ASCII-lower-cased byte (other bytes as they are).
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
}

fn hash(bytes: &[u8]) -> usize {
    bytes.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b)) as usize
}

/// A slot's tag: a byte of its hash that the slot index does not use, never 0.
fn tag(h: usize) -> u8 {
    ((h as u64 >> 56) as u8).max(1)
}

impl Table {
    fn new(entries: HashMap<&'static str, u32>) -> Table {
        let size = (entries.len() * 4).next_power_of_two();
        let mut t = Table {
            slots: vec![("", 0); size],
            tags: vec![0; size],
            mask: size - 1,
            longest: 0,
        };
        for (w, bits) in entries {
            // A word that is not lower case never equals a lower-cased one.
            if w.is_empty() || w.to_lowercase() != w {
                continue;
            }
            let h = hash(w.as_bytes());
            let mut i = h & t.mask;
            while t.tags[i] != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = (w, bits);
            t.tags[i] = tag(h);
            t.longest = t.longest.max(w.len());
        }
        t
    }

    /// The bits of `lower`, a word that is lower case already or ASCII (compared ignoring
    /// ASCII case: for ASCII, that is comparing its lower-case form).
    fn get(&self, word: &str) -> u32 {
        self.get_hashed(word, hash(word.as_bytes()))
    }

    /// `get` when the caller has hashed the word already.
    fn get_hashed(&self, word: &str, h: usize) -> u32 {
        if word.len() > self.longest || word.is_empty() {
            return 0;
        }
        let want = tag(h);
        let mut i = h & self.mask;
        loop {
            let t = self.tags[i];
            if t == 0 {
                return 0;
            }
            if t == want {
                let (k, bits) = self.slots[i];
                if k.len() == word.len() && k.as_bytes().eq_ignore_ascii_case(word.as_bytes()) {
                    return bits;
                }
            }
            i = (i + 1) & self.mask;
        }
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (list, bit) in [
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
    ] {
        for w in list {
            *m.entry(*w).or_insert(0) |= bit;
        }
    }
    Table::new(m)
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
    // One pass over the bytes: ASCII?, any capital?, any period?, and the table hash.
    let (mut ascii, mut upper, mut dot, mut h) = (true, false, false, FNV_OFFSET);
    for &b in word.as_bytes() {
        ascii &= b.is_ascii();
        upper |= b.is_ascii_uppercase();
        dot |= b == b'.';
        h = fnv_step(h, b);
    }
    let mut f = if ascii {
        TABLE.get_hashed(word, h as usize)
    } else {
        TABLE.get(&word.to_lowercase())
    };
    if ascii && !upper {
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
