//! Every word list the rules consult, folded into one table: a word's memberships are looked up
//! once, when a sentence is split into words (`Word::lex`), and the rules read bits instead of
//! lower-casing and hashing the same word again for each list and each rule.
//!
//! The lists themselves stay with the rules that own them (`speakers`, `score`).

use super::score::{CAUSE_WORDS, COMPARE_WORDS, FACT_VERBS, HEDGE_WORDS, QUANTITY_WORDS};
use super::speakers::{
    ACT, CAP_FUNCTION, DESCRIBE, ORG_WORDS, PARTICIPLES, ROLE_HEADS, SPEECH, TITLES,
};
use super::text::{Fnv, with_lower};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

// Check-worthiness cue families: the low byte, as `score` reads it.
pub const QUANTITY: u32 = 1;
pub const FACT: u32 = 1 << 1;
pub const COMPARE: u32 = 1 << 2;
pub const CAUSE: u32 = 1 << 3;
pub const HEDGE: u32 = 1 << 4;
pub const FIRST_PERSON: u32 = 1 << 5;
/// The bits above, together.
pub const SCORE_CUES: u32 = 0x3f;

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
/// Words `find_cues` considers: reporting verbs, participles and "according (to)".
pub const CUE_WORD: u32 = SPEECH_VERB | DESCRIBE_VERB | ACT_VERB | PARTICIPLE | ACCORDING;

static TABLE: LazyLock<HashMap<&'static str, u32, BuildHasherDefault<Fnv>>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for (list, bit) in [
        (QUANTITY_WORDS, QUANTITY),
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
    m
});

/// The lists `word` is in, compared lower-cased (one hash lookup).
pub fn flags(word: &str) -> u32 {
    with_lower(word, |l| TABLE.get(l).copied().unwrap_or(0))
}
