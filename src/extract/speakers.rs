//! Who is speaking: the reporting-verb lexicon, the noun phrase that names a speaker around a cue
//! ("Kremlin spokesperson Dmitry Peskov", "the minister", "He"), roles kept apart from names, and
//! one canonical person per article across full name, title + name, surname and pronoun.

use super::text::{Fnv, Word, WordWindow};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// How a cue verb relates to what is said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// Takes a quote or a clause: said, told, warned, claimed…
    Speech,
    /// Takes an object and "as 'X'": described, called, characterized…
    Describe,
    /// A speech act with an object and no clause: ruled out, rejected, expressed…
    Act,
}

pub(super) const SPEECH: &[&str] = &[
    "cited",
    "referred",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "insisted",
    "insists",
    "warned",
    "warns",
    "denied",
    "denies",
    "claimed",
    "claims",
    "argued",
    "argues",
    "noted",
    "notes",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stressed",
    "stresses",
    "clarified",
    "announced",
    "announces",
    "explained",
    "explains",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "answered",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "confirmed",
    "confirms",
    "indicated",
    "indicates",
    "suggested",
    "suggests",
    "highlighted",
    "declared",
    "declares",
    "promised",
    "promises",
    "pledged",
    "vowed",
    "vows",
    "urged",
    "urges",
    "predicted",
    "predicts",
    "estimated",
    "estimates",
    "reported",
    "reports",
    "recalled",
    "observed",
    "remarked",
    "commented",
    "continued",
    "concluded",
    "cautioned",
    "conceded",
    "countered",
    "complained",
    "boasted",
    "joked",
    "quipped",
    "lamented",
    "maintained",
    "maintains",
    "asserted",
    "asserts",
    "alleged",
    "alleges",
    "contended",
    "mentioned",
    "disclosed",
    "revealed",
    "agreed",
    "objected",
    "believes",
    "believed",
    "signalled",
    "signaled",
    "hinted",
    "accused",
    "demanded",
    "projected",
    "projects",
    "forecast",
    "forecasts",
    "forecasted",
    "assured",
    "informed",
    "testified",
    "shouted",
    "texted",
    "proclaimed",
    "threatened",
    "disputed",
    "recounted",
    "wondered",
    "acknowledged",
    "underlined",
    "underscored",
    "pointed",
    "points",
    "conceded",
    "reckoned",
    "thinks",
    "think",
    "explained",
    "added",
    "told",
    "briefed",
    "exclaimed",
    "cried",
    "whispered",
    "sighed",
    "laughed",
    "murmured",
    "added",
    "pressed",
    "retorted",
    "predicted",
    "guaranteed",
    // Present tense, as features and profiles write: "\"It was a good day,\" she recalls."
    "recalls",
    "observes",
    "remarks",
    "comments",
    "concludes",
    "cautions",
    "concedes",
    "counters",
    "complains",
    "jokes",
    "laments",
    "recounts",
    "reveals",
    "discloses",
    "mentions",
    "mused",
    "muses",
    "reflected",
    "reflects",
    "shared",
];

pub(super) const DESCRIBE: &[&str] = &[
    "described",
    "describes",
    "called",
    "calls",
    "characterized",
    "characterised",
    "characterizes",
    "labelled",
    "labeled",
    "branded",
    "hailed",
    "praised",
    "slammed",
    "criticized",
    "criticised",
    "dismissed",
    "termed",
    "deemed",
    "regarded",
    "regards",
    "professed",
    "likened",
    "denounced",
    // "Khosla talked of Munk's \"countless discoveries\"", "spoke of a \"turning point\"".
    "talked",
    "spoke",
    "referred",
    "justified",
];

pub(super) const ACT: &[&str] = &[
    "rejected",
    "rejects",
    "ruled",
    "expressed",
    "expresses",
    "welcomed",
    "condemned",
    "denounced",
    "proposed",
    "proposes",
    "reiterated",
    "reiterates",
    "repeated",
    "reaffirmed",
    "voiced",
    "questioned",
];

/// Participles that hang a reported clause on the subject of the main clause:
/// "Zelenskyy acknowledged this initiative, indicating that …".
pub(super) const PARTICIPLES: &[&str] = &[
    "saying",
    "calling",
    "describing",
    "adding",
    "noting",
    "warning",
    "arguing",
    "indicating",
    "insisting",
    "stressing",
    "explaining",
    "claiming",
    "stating",
    "emphasizing",
    "emphasising",
    "suggesting",
    "asserting",
    "declaring",
    "telling",
    "writing",
    "promising",
    "predicting",
    "acknowledging",
    "conceding",
    "alleging",
    "maintaining",
    "pointing",
];

use super::lexicon::{
    self, ABBREVIATED_TITLE, ACT_VERB, ADVERB_OR_AUX, CAP_FUNCTION_WORD, CUE_WORD, DESCRIBE_VERB,
    FEMALE_NAME, FEMALE_ROLE, MALE_NAME, MALE_ROLE, NAME_WORD, ORG_WORD, PARTICIPLE, ROLE_HEAD,
    SPEECH_VERB, TITLE, UNNAMED_WORD,
};
use super::text::lower;

pub fn cue_kind(word: &str) -> Option<CueKind> {
    cue_kind_of(lexicon::flags(word))
}

/// The cue kind from a word's lexicon flags (`Word::lex`).
pub fn cue_kind_of(lex: u32) -> Option<CueKind> {
    if lex & SPEECH_VERB != 0 {
        Some(CueKind::Speech)
    } else if lex & DESCRIBE_VERB != 0 {
        Some(CueKind::Describe)
    } else if lex & ACT_VERB != 0 {
        Some(CueKind::Act)
    } else {
        None
    }
}

pub fn is_participle_cue(word: &str) -> bool {
    lexicon::flags(word) & PARTICIPLE != 0
}

/// Adverbs and auxiliaries that may stand between a speaker and the verb ("Peskov also said",
/// "the minister has repeatedly said"); the lexicon marks them (`lexicon::ADVERB_OR_AUX`).
pub(super) const ADVERBS_AND_AUXILIARIES: &[&str] = &[
    "also",
    "having",
    "further",
    "first",
    "initially",
    "originally",
    "later",
    "then",
    "previously",
    "repeatedly",
    "reportedly",
    "again",
    "once",
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "would",
    "will",
    "did",
    "does",
    "do",
    "not",
    "still",
    "already",
    "just",
    "even",
    "now",
    "separately",
    "earlier",
    "subsequently",
    "yet",
    "publicly",
    "privately",
    "herself",
    "himself",
    "themselves",
    "itself",
    "quickly",
];

/// Words that may stand between a subject and its verb: "Peskov later clarified", "has said".
fn is_adverb_or_aux(w: &Word) -> bool {
    // "The authority today confirmed that…"; lower case only ("USA Today noted…").
    if w.is(ADVERB_OR_AUX) || matches!(w.text, "today" | "yesterday" | "tonight") {
        return true;
    }
    // Any other adverb in -ly; for an ASCII word (nearly all) the ending is read in place, so
    // only a word that has it is lower-cased ("Peskov said" asks this of "Peskov").
    let t = w.text;
    if w.is(lexicon::ASCII)
        && !(t.len() > 4 && t.as_bytes()[t.len() - 2..].eq_ignore_ascii_case(b"ly"))
    {
        return false;
    }
    let l = w.lower();
    let l: &str = &l;
    l.len() > 4
        && l.ends_with("ly")
        && !matches!(
            l,
            "italy"
                | "sally"
                | "kelly"
                | "billy"
                | "emily"
                | "holly"
                | "molly"
                | "reilly"
                | "daily"
        )
}

/// Words that give a title or role, never a name.
pub(super) const TITLES: &[&str] = &[
    // Occupations written before a name in arts and culture pages: "Actor Brendan Fraser".
    "actor",
    "actress",
    "artist",
    "singer",
    "author",
    "writer",
    "novelist",
    "producer",
    "comedian",
    "musician",
    "filmmaker",
    "photographer",
    "president",
    "prime",
    "minister",
    "secretary",
    "envoy",
    "special",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "aide",
    "adviser",
    "advisor",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "administrator",
    "whip",
    "democrat",
    "republican",
    "democratic",
    "assemblywoman",
    "assemblyman",
    "assemblymember",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "prosecutor",
    "lawmaker",
    "legislator",
    "solicitor",
    "barrister",
    "governor",
    "gov.",
    "mayor",
    "chancellor",
    "general",
    "gen.",
    "colonel",
    "col.",
    "lieutenant",
    "lt.",
    "captain",
    "capt.",
    "sergeant",
    "sgt.",
    "dr.",
    "dr",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "health",
    "chief",
    "executive",
    "ceo",
    "cfo",
    "coo",
    "director",
    "ambassador",
    "judge",
    "justice",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "leader",
    "head",
    "commissioner",
    "officer",
    "press",
    "professor",
    "prof.",
    "analyst",
    "economist",
    "coach",
    "manager",
    "founder",
    "vice",
    "attorney",
    "inspector",
    "superintendent",
    "detective",
    "sheriff",
    "councillor",
    "councilor",
    "mp",
    "mep",
    "senior",
    "official",
    "candidate",
    "presidential",
    "assistant",
    "associate",
    "former",
    "acting",
    "top",
    "emergencies",
    "emergency",
    "situations",
    "state",
    "regional",
    "federal",
    "national",
    "union",
    "opposition",
    "party",
    "general-secretary",
    "secretary-general",
    "premier",
    "counsel",
    "lawyer",
    "spokesperson's",
    "economy",
    "trade",
    "energy",
    "transport",
    "education",
    "justice",
    "labour",
    "labor",
    "agriculture",
    "environment",
    "culture",
    "sports",
    "treasury",
    "u.s.",
    "us",
    "uk",
    "u.k.",
    "eu",
    "un",
    "u.n.",
    "nato",
    "white",
    "house",
    "kremlin",
    "hospital",
    "port",
    "city",
    "council",
    "company",
    "association",
    "organisation",
    "organization",
    "deputy-governor",
    "commander",
    "admiral",
    "marshal",
    "minister's",
    "member",
    "members",
    "editor",
    "reporter",
    "correspondent",
    "researcher",
    "scientist",
    "expert",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "resident",
    "worker",
    "activist",
    "organiser",
    "organizer",
    "host",
    "anchor",
    "presenter",
    "interviewer",
    "boss",
    "owner",
];

/// Heads of noun phrases that can speak without a name: "the ministry said", "officials said".
pub(super) const ROLE_HEADS: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "ministry",
    "company",
    "government",
    "kremlin",
    "police",
    "agency",
    "statement",
    "report",
    "mayor",
    "governor",
    "chancellor",
    "envoy",
    "aide",
    "prosecutor",
    "prosecutors",
    "union",
    "council",
    "committee",
    "firm",
    "campaign",
    "secretary",
    "embassy",
    "military",
    "army",
    "office",
    "department",
    "chief",
    "leader",
    "commission",
    "spokespeople",
    "authorities",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    "analyst",
    "analysts",
    "residents",
    "witnesses",
    "organisers",
    "organizers",
    "administration",
    "regulator",
    "court",
    "judge",
    "coach",
    "ceo",
    "chairman",
    "chairwoman",
    "director",
    "ambassador",
    "senator",
    "general",
    "commander",
    "newspaper",
    "broadcaster",
    "group",
    "mayor's",
    "city",
    "operator",
    "board",
    "bank",
];

pub(super) const ORG_WORDS: &[&str] = &[
    "rovers",
    "united",
    "fc",
    "athletic",
    "wanderers",
    "city fc",
    "cooperative",
    "co-op",
    "corporation",
    "institution",
    "abendpost",
    "tribunal",
    "chamber",
    "survey",
    "ministry",
    "kremlin",
    "government",
    "company",
    "council",
    "union",
    "commission",
    "agency",
    "department",
    "office",
    "party",
    "police",
    "service",
    "bank",
    "court",
    "army",
    "committee",
    "federation",
    "association",
    "organization",
    "organisation",
    "institute",
    "university",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "ltd",
    "ltd.",
    "group",
    "authority",
    "board",
    "senate",
    "parliament",
    "congress",
    "nato",
    "un",
    "eu",
    "who",
    "embassy",
    "administration",
    "foundation",
    "society",
    "network",
    "times",
    "post",
    "record",
    "ledger",
    "sentinel",
    "examiner",
    "inquirer",
    "bulletin",
    "telegraph",
    "mirror",
    "express",
    "weekly",
    "magazine",
    "news",
    "press",
    "tass",
    "reuters",
    "ria",
    "interfax",
    "cabinet",
    "navy",
    "lines",
    "terminals",
    "terminal",
    "systems",
    "securities",
    "holdings",
    "partners",
    "industries",
    "motors",
    "airways",
    "media",
    "labs",
    "technologies",
    "capital",
    "logistics",
    "shipping",
    "freight",
    "rail",
    "railway",
    "railways",
    "trust",
    "forum",
    "daily",
    "herald",
    "courier",
    "gazette",
    "journal",
    "tribune",
    "observer",
    "chronicle",
    "dispatch",
    "wire",
    "radio",
    "television",
    "tv",
    "bureau",
    "brigade",
    "ministry's",
    "airlines",
    "port",
    "hospital",
    "centre",
    "center",
    "fund",
    "alliance",
    "coalition",
    "league",
    "club",
    "federation",
    "bureau",
    "directorate",
    "headquarters",
    "staff",
    "guard",
    "forces",
    "regulator",
    "exchange",
    "railways",
    "airport",
    "court",
    "tribunal",
    "commission",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Capitalized words that start a sentence or clause but never a name.
pub(super) const CAP_FUNCTION: &[&str] = &[
    "the",
    "a",
    "an",
    "however",
    "afterwards",
    "afterward",
    "furthermore",
    "additionally",
    "nevertheless",
    "but",
    "and",
    "then",
    "meanwhile",
    "later",
    "also",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "while",
    "when",
    "as",
    "if",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "yet",
    "still",
    "moreover",
    "separately",
    "earlier",
    "both",
    "since",
    "speaking",
    "asked",
    "according",
    "instead",
    "so",
    "though",
    "although",
    "despite",
    "during",
    "from",
    "with",
    "without",
    "by",
    "to",
    "of",
    "q",
    "a:",
    "nor",
    "or",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
    "where",
    "last",
    "next",
    "once",
    "now",
    "today",
    "yesterday",
    "on",
    "it",
    "we",
    "he",
    "she",
    "they",
    "i",
    "you",
    "some",
    "many",
    "most",
    "several",
    "all",
    "each",
    "every",
    "no",
    "not",
    "one",
    "two",
    "three",
    "mr",
    "ms",
];

/// Nationality and place adjectives that prefix titles: "Ukrainian President", "U.S. Special Envoy".
fn is_nationality(w: &str) -> bool {
    // (One `&str` for every test below: a `Lower` checks its bytes again each time it is read.)
    let l = lower(w);
    let l: &str = &l;
    (l.ends_with("ian")
        || l.ends_with("ean")
        || l.ends_with("ese")
        || l.ends_with("ish")
        || l.ends_with("ch")
        || l.ends_with("ic")
        || l.ends_with("i")
        || l.ends_with("an")
        || l.ends_with("'s")
        || l.ends_with("’s"))
        && w.chars().next().is_some_and(char::is_uppercase)
}

pub fn is_title(w: &str) -> bool {
    lexicon::flags(w) & TITLE != 0 || is_abbreviated_title(w)
}

/// `is_title` of a word already looked up.
fn is_title_word(w: &Word) -> bool {
    w.is(TITLE | ABBREVIATED_TITLE)
}

fn is_org_word(w: &str) -> bool {
    lexicon::flags(w) & ORG_WORD != 0
}

fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "al"
            | "da"
            | "di"
            | "le"
            | "la"
            | "du"
            | "dos"
            | "del"
            | "ibn"
            | "al-"
    )
}

fn is_name_word(w: &Word) -> bool {
    w.is(NAME_WORD)
}

/// A capitalized word that is no function word, month or weekday, or a dotted abbreviation
/// ("U.S."): computed once per word into `lexicon::NAME_WORD`.
pub(super) fn is_name_text(t: &str, lex: u32) -> bool {
    let cap_function = if t.ends_with(':') {
        lexicon::flags(t.trim_end_matches(':')) & CAP_FUNCTION_WORD != 0
    } else {
        lex & CAP_FUNCTION_WORD != 0
    };
    // (`lex` says whether `t` can be a month or a weekday at all: most capitalized words not.)
    let date_name = lex & (lexicon::MONTH_NAME | lexicon::WEEKDAY_NAME) != 0
        && (crate::extract::dates::month_number(t).is_some()
            || crate::extract::dates::weekday(t).is_some());
    (t.chars().next().is_some_and(char::is_uppercase) && !cap_function && !date_name)
        || super::text::is_dotted_abbreviation(t.trim_end_matches('.'))
}

/// How a noun phrase names its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// A proper name, with the title/role words that came with it.
    Name {
        name: String,
        role: Option<String>,
        org: bool,
    },
    /// He, she, they, it.
    Pronoun(String),
    /// "the minister", "the ministry", "officials".
    Role(String),
    /// "a source within the ministry", "diplomats in Kyiv": someone the article does not name.
    Unnamed(String),
}

/// A speaker noun phrase found around a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerPhrase {
    pub named: Named,
    /// Byte span of the words that name the speaker here ("Dmitry Peskov", "He", "the minister").
    pub span: (usize, usize),
}

fn gap<'a>(input: &'a str, a: &Word, b: &Word) -> &'a str {
    &input[a.end..b.start]
}

fn plain_gap(input: &str, a: &Word, b: &Word) -> bool {
    let g = gap(input, a, b);
    // Nearly every gap: one space.
    if g == " " {
        return true;
    }
    // "Dr. Tom Frieden", "Sen. Ted Cruz": the period of a title's abbreviation is not a break.
    let g = match g.strip_prefix('.') {
        Some(rest) if a.is(ABBREVIATED_TITLE) => rest,
        _ => g,
    };
    // "Valdera Power & Light", "Procter & Gamble": an ampersand between two capitalised words
    // is inside one name.
    let g = match g.trim().strip_prefix('&') {
        Some("") if a.is_capitalized() && b.is_capitalized() => " ",
        _ => g,
    };
    // "the Motor Workers' Union": a plural possessive inside a body's name.
    let g = match g.strip_prefix(['\'', '’']) {
        Some(rest)
            if a.text.ends_with('s')
                && a.is_capitalized()
                && b.is_capitalized()
                && is_org_word(&b.lower()) =>
        {
            rest
        }
        _ => g,
    };
    g.chars().all(|c| c == ' ' || c == '\u{a0}')
}

pub(super) fn is_abbreviated_title(w: &str) -> bool {
    matches!(
        w,
        "Dr" | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Rev"
            | "Hon"
            | "Adm"
            | "Cmdr"
            | "Supt"
            | "Insp"
            | "Det"
    )
}

/// Turn a run of capitalized words into a name and role: strip leading titles and nationality
/// adjectives ("U.S. Special Envoy Steve Witkoff" → "Steve Witkoff", role "U.S. Special Envoy").
/// A speaker label as a name and its titles: "Transport Minister Irena Vasko" (a list item's
/// "- Transport Minister Irena Vasko: “…”") is Irena Vasko, Transport Minister.
pub fn label_name(label: &str) -> Named {
    let ws = crate::extract::text::words(label, 0);
    match split_title(label, &ws, None) {
        Some((named @ Named::Name { .. }, _)) if ws.len() >= 3 => named,
        _ => Named::Name {
            name: label.to_string(),
            role: None,
            org: false,
        },
    }
}

fn split_title(
    input: &str,
    run: &[Word],
    role_before: Option<String>,
) -> Option<(Named, (usize, usize))> {
    // "Kama Melly QC", "Philip Hammond MP": letters after the name are not the name.
    let mut run = run;
    while run.len() > 2
        && matches!(
            run[run.len() - 1].text,
            "QC" | "KC" | "MP" | "MEP" | "MSP" | "OBE" | "MBE" | "CBE" | "PhD" | "MD"
        )
    {
        run = &run[..run.len() - 1];
    }
    let mut k = 0;
    while k < run.len() {
        let w = run[k].text;
        let next_is_title = run.get(k + 1).is_some_and(is_title_word);
        if is_title_word(&run[k]) || (next_is_title && k + 1 < run.len() - 1 && is_nationality(w)) {
            k += 1;
        } else {
            break;
        }
    }
    // "Kremlin spokesman Dmitry Peskov", "White House spokeswoman Karoline Leavitt": a body
    // and a role, then the person. The name is what follows the last title word. So for
    // "Supreme Court Justice Elena Kagan", "Incumbent President Donald Trump", and "MIT professor
    // Dr Seager" (one name word after a run of two or more role words).
    // "Native American Rights Fund's Jacqueline De León": the person follows the possessive.
    // One name word only after an honorific ("Dr Seager"): "Ministry of Foreign Affairs" and
    // "Public Health Infobase" end in a title-like word and a capitalized one too.
    let honorific = |w: &Word| {
        matches!(
            w.text.trim_end_matches('.').to_lowercase().as_str(),
            "dr" | "mr" | "mrs" | "ms" | "prof" | "professor"
        )
    };
    let possessive = run
        .iter()
        .rposition(|w| w.text.ends_with("'s") || w.text.ends_with("’s"))
        .filter(|&p| run.len() - p >= 3);
    if let Some(t) = run
        .iter()
        .rposition(|w| is_title_word(w))
        .filter(|&t| t >= 1 && (run.len() - t >= 3 || run.len() - t == 2 && honorific(&run[t])))
        .or(possessive)
        && run[t + 1..]
            .iter()
            .all(|w| w.is_capitalized() && !is_title_word(w) && !w.is(ORG_WORD))
    {
        let role = input[run[0].start..run[t].end].to_string();
        let role = match role_before {
            Some(before) => format!("{before} {role}"),
            None => role,
        };
        let (s, e) = (run[t + 1].start, run[run.len() - 1].end);
        let name = without_possessive(input[s..e].trim_end_matches(['\'', '’'])).to_string();
        return Some((
            Named::Name {
                name,
                role: Some(role),
                org: false,
            },
            (s, e),
        ));
    }
    let org = run.iter().any(|w| w.is(ORG_WORD));
    if org && run.iter().any(|w| w.is_capitalized()) {
        // "the Russian Federation", "Kremlin": the whole run is the name (but "the company" is a
        // role noun standing for a named body, resolved later).
        k = 0;
    }
    let title_words: Option<String> =
        (k > 0).then(|| input[run[0].start..run[k - 1].end].to_string());
    let role = match (role_before, title_words) {
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    };
    if k >= run.len() {
        // Only titles: "the Prime Minister".
        let last = run.last()?;
        return Some((
            Named::Role(input[run[0].start..last.end].to_lowercase()),
            (run[0].start, last.end),
        ));
    }
    let name_words = &run[k..];
    let (s, e) = (name_words[0].start, name_words[name_words.len() - 1].end);
    let name = without_possessive(input[s..e].trim_end_matches(['\'', '’'])).to_string();
    Some((Named::Name { name, role, org }, (s, e)))
}

/// Role words just before a name run: "Kremlin spokesperson", "Ukraine's foreign minister".
fn role_before(input: &str, ws: &[Word], run_start: usize) -> Option<String> {
    let mut k = run_start;
    while k > 0 {
        let w = &ws[k - 1];
        if !plain_gap(input, w, &ws[k]) {
            break;
        }
        // (Not a date: "On Monday 5 October Velmar announced…".)
        let date_word = w.is(lexicon::MONTH_NAME | lexicon::WEEKDAY_NAME);
        let ok = w.is(TITLE) || (w.is_capitalized() && !w.is(CAP_FUNCTION_WORD) && !date_word) || {
            let l = w.lower();
            let l: &str = &l;
            l.ends_with("'s") || l.ends_with("’s")
        };
        if !ok {
            break;
        }
        k -= 1;
    }
    (k < run_start).then(|| input[ws[k].start..ws[run_start - 1].end].to_string())
}

/// The verb whose subject speaks through the cue at `v`: itself, or the verb that went on to
/// it ("met the executives, and emerged to say…").
pub fn subject_verb(ws: &[Word], v: usize) -> usize {
    if v > 0 && ws[v].lower_is("say") && ws[v - 1].lower_is("to") {
        went_on_to(ws, v - 1).unwrap_or(v)
    } else {
        v
    }
}

/// Before the "to" at `to`: a verb that goes on to speech ("went on", "emerged", "took to
/// Twitter"), in the past or the present, and where it is. Not "is expected to" or "declined
/// to", which report nothing said.
pub fn went_on_to(ws: &[Word], to: usize) -> Option<usize> {
    let mut k = to;
    // "on", "out", "up": "went on to say", "came out to say".
    if k > 0 && matches!(ws[k - 1].lower().as_ref(), "on" | "out" | "up") {
        k -= 1;
    }
    // "took to Twitter to say", "took to the airwaves to say".
    let mut took = k;
    while took > 0 && (ws[took - 1].is_capitalized() || ws[took - 1].lower() == "the") {
        took -= 1;
    }
    if took >= 2
        && took < k
        && ws[took - 1].lower() == "to"
        && matches!(ws[took - 2].lower().as_ref(), "took" | "takes")
    {
        return Some(took - 2);
    }
    (k > 0
        && matches!(
            ws[k - 1].lower().as_ref(),
            "went"
                | "goes"
                | "emerged"
                | "emerges"
                | "came"
                | "comes"
                | "stood"
                | "rose"
                | "stepped"
        ))
    .then(|| k - 1)
}

/// The speaker phrase that ends right before word `v` (the cue verb), looking backwards over
/// adverbs and auxiliaries, and over an appositive between commas ("Peskov, the spokesman, said").
pub fn phrase_before(
    input: &str,
    ws: &[Word],
    v: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    if v >= ws.len() {
        return None;
    }
    // "She went on to say…": the speaker stands before the verb that goes on to speech.
    let head = subject_verb(ws, v);
    if head != v {
        return phrase_before(input, ws, head, allowed);
    }
    // "…were described by Johnson as a \"historic mandate\"", "a pattern described by Marine
    // Bulletin as \"…\"": a passive names its speaker after "by".
    // (Not "Erdogan said — as reported by Hurriyet Daily News —": that is who relayed it.)
    if ws.get(v + 1).is_some_and(|w| w.text == "by")
        && plain_gap(input, &ws[v], &ws[v + 1])
        && ws[v].text.ends_with('d')
        && (v == 0 || ws[v - 1].text != "as")
        // Not "Smith said by phone", "replied by email", "said by Christmas".
        && let Some(agent) = phrase_after(input, ws, v + 1)
            .filter(|p| matches!(&p.named, Named::Name { name, .. } if !is_weekday(name)))
    {
        return Some(agent);
    }
    let mut end = v;
    loop {
        if end > 0 && is_adverb_or_aux(&ws[end - 1]) && plain_gap(input, &ws[end - 1], &ws[end]) {
            end -= 1;
        } else if end > 1
            // "Baslan Damang, a security official, on Tuesday told…": a day between subject and verb.
            && ws[end - 2].lower_is("on")
            && is_weekday(ws[end - 1].text)
            && plain_gap(input, &ws[end - 1], &ws[end])
            && plain_gap(input, &ws[end - 2], &ws[end - 1])
        {
            end -= 2;
        } else {
            break;
        }
    }
    // "It was reported on Saturday…", "she was told": a passive's subject is not who spoke (its
    // agent, after "by", is taken above). (An act in the passive, "she was questioned", stays
    // the outlet's claim about her.)
    if cue_kind_of(ws[v].lex) == Some(CueKind::Speech)
        && ws[end..v].iter().any(|w| {
            matches!(
                w.lower().as_ref(),
                "was" | "were" | "is" | "are" | "been" | "be"
            )
        })
        && (ws[v].text.ends_with("ed") || matches!(ws[v].text, "told" | "said"))
    {
        return None;
    }
    // "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told…": a bracket between
    // the name and the verb.
    if end > 1 && gap(input, &ws[end - 1], &ws[end]).trim() == ")" {
        let mut j = end - 1;
        while j > 0 && end - j < 12 && !gap(input, &ws[j - 1], &ws[j]).contains(['(', ')']) {
            j -= 1;
        }
        if j > 0 && gap(input, &ws[j - 1], &ws[j]).trim() == "(" {
            // "the Royal Canadian Mounted Police (RCMP) confirmed": the acronym names the body
            // (and is spelt out from the article at the end).
            let inner = &ws[j..end];
            let acronym =
                (inner.len() == 1 && is_acronym(inner[0].text) && ws[j - 1].is_capitalized())
                    .then_some(inner[0].text);
            let before = phrase_ending_at(input, ws, j, allowed);
            // "Mike Ryan of the World Health Organization (WHO) told": the person still speaks;
            // "…, Disease Control and Research (IEDCR) reported": the tail of the body's name.
            if let Some(p) = &before
                && let Named::Name {
                    name, org: false, ..
                } = &p.named
                && name.contains(' ')
                && !acronym.is_some_and(|a| {
                    let initials: String = name
                        .split_whitespace()
                        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                        .collect();
                    a.ends_with(&initials)
                })
            {
                return before;
            }
            if acronym.is_some() {
                return Some(SpeakerPhrase {
                    named: Named::Name {
                        name: inner[0].text.to_string(),
                        role: None,
                        org: true,
                    },
                    span: (inner[0].start, inner[0].end),
                });
            }
            return before;
        }
    }
    if end == 0 || !allowed(end - 1) {
        return None;
    }
    let g = gap(input, &ws[end - 1], &ws[end]);
    if is_comma_gap(g) {
        // An appositive: "Dmitry Peskov, the Kremlin spokesman, said", "Mikael Strand, an analyst
        // at the Nordic Security Forum (invented), said". Find its opening comma.
        let mut k = end - 1;
        while k > 0
            && end - k <= 24
            && !is_comma_gap(gap(input, &ws[k - 1], &ws[k]))
            && (plain_gap(input, &ws[k - 1], &ws[k])
                || !gap(input, &ws[k - 1], &ws[k]).contains(['.', ';', ':'])
                // "a Ph.D. candidate at the University of Florida": an abbreviation's period.
                || (ws[k - 1].text.contains('.') && !ws[k].is_capitalized()))
        {
            k -= 1;
        }
        // "Zelenskyy, for his part, has said", "Peskov, however, said": an aside, not an
        // appositive; the speaker is the name before it.
        if k > 0
            && is_comma_gap(gap(input, &ws[k - 1], &ws[k]))
            && is_aside(&input[ws[k].start..ws[end - 1].end])
        {
            return phrase_ending_at(input, ws, k, allowed);
        }
        if k > 0 && is_comma_gap(gap(input, &ws[k - 1], &ws[k])) && end - k <= 24 {
            let appositive = input[ws[k].start..ws[end - 1].end]
                .trim_end_matches(')')
                .to_string();
            // "A spokeswoman for the company, Elena Varga, said": the appositive is the name
            // (its titles too: "the institute's director, Dr. Anthony Fauci, said").
            // "One of the study's authors, herpetologist David Blackburn, told": a lower-case
            // descriptor before the name belongs to the role.
            let mut t = k;
            while t + 2 < end
                && t < k + 3
                && (is_title_word(&ws[t])
                    || (!ws[t].is_capitalized()
                        && !ws[t].is(CAP_FUNCTION_WORD)
                        // Not "Maria Lopez, visiting New York, said".
                        && !ws[t].text.ends_with("ing")
                        && !ws[t].text.ends_with("ed")))
            {
                t += 1;
            }
            let apposed = &ws[t..end];
            if apposed.len() <= 4
                && apposed.iter().all(|w| is_name_word(w) && !is_title_word(w))
                && apposed.iter().all(|w| allowed_all(allowed, ws, w))
            {
                let mut r = k - 1;
                while r > 0
                    && plain_gap(input, &ws[r - 1], &ws[r])
                    && !ws[r - 1].is(CAP_FUNCTION_WORD)
                {
                    r -= 1;
                }
                let role = input[ws[r].start..ws[k - 1].end]
                    .trim_start_matches("A ")
                    .trim_start_matches("a ")
                    .trim_start_matches("The ")
                    .trim_start_matches("the ")
                    .to_string();
                // "…, herpetologist David Blackburn,": the descriptor says more than "one of
                // the study's authors".
                let role = if t > k {
                    input[ws[k].start..ws[t - 1].end].to_string()
                } else {
                    role
                };
                let org = apposed.iter().any(|w| w.is(ORG_WORD));
                let span = (apposed[0].start, apposed[apposed.len() - 1].end);
                return Some(SpeakerPhrase {
                    named: Named::Name {
                        name: input[span.0..span.1].to_string(),
                        role: Some(role),
                        org,
                    },
                    span,
                });
            }
            let first = ws[k].lower();
            // "…, the minister, said" or "…, who runs a café, said": an appositive, not a list.
            if matches!(
                first.as_ref(),
                "the"
                    | "a"
                    | "an"
                    | "who"
                    | "which"
                    | "whose"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "nicknamed"
                    | "known"
                    | "himself"
                    | "herself"
                    | "now"
                    | "then"
                    | "former"
                    | "also"
                    // "Sharif Hotak, of the provincial council, described…", "X, from Toronto, said".
                    | "of"
                    | "from"
                    // "Ane Alencar, in remarks to UOL, said", "X, speaking to reporters, said".
                    | "in"
                    | "speaking"
            ) || ws[k].is(TITLE)
                || ws[k].is_capitalized()
                // "Dolores Quiñones, 74, spent…": an age.
                || (end - k == 1 && ws[k].text.bytes().all(|b| b.is_ascii_digit()))
            {
                // "Davor Kesh, general secretary of the Transport Workers' Union, which represents
                // the driver, told LBN": "which" is said of the union inside the person's own
                // appositive; the speaker is the person.
                if first == "which"
                    && let Some(p) = person_before_role(input, ws, k, allowed)
                {
                    return Some(p);
                }
                // "Mira Olund, 29, a nurse from Stenholt, spoke…": the age before the
                // appositive is the person's too.
                let age = k >= 3
                    && ws[k - 1].text.len() <= 3
                    && ws[k - 1].text.bytes().all(|b| b.is_ascii_digit())
                    && is_comma_gap(gap(input, &ws[k - 2], &ws[k - 1]));
                let inner = phrase_ending_at(input, ws, if age { k - 1 } else { k }, allowed)?;
                return Some(with_role(inner, appositive));
            }
        }
        return None;
    }
    if !plain_gap(input, &ws[end - 1], &ws[end]) {
        return None;
    }
    phrase_ending_at(input, ws, end, allowed)
}

/// The person named before an appositive that ends right before word `k` and opens with a
/// title or a lower-case role ("Davor Kesh, general secretary of the union, …"), with that
/// appositive as the role.
fn person_before_role(
    input: &str,
    ws: &[Word],
    k: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    let j = (k.saturating_sub(12).max(1)..k.saturating_sub(1))
        .rev()
        .find(|&j| is_comma_gap(gap(input, &ws[j - 1], &ws[j])))?;
    if !is_title_word(&ws[j]) && ws[j].is_capitalized() {
        return None;
    }
    let p = phrase_ending_at(input, ws, j, allowed)?;
    match &p.named {
        Named::Name { org: false, .. } => {
            let role = input[ws[j].start..ws[k - 1].end].to_string();
            Some(with_role(p, role))
        }
        _ => None,
    }
}

fn allowed_all(allowed: &dyn Fn(usize) -> bool, ws: &[Word], w: &Word) -> bool {
    ws.iter()
        .position(|x| x.start == w.start)
        .is_some_and(allowed)
}

/// ", " or "), ": the gap that closes an appositive.
fn is_comma_gap(g: &str) -> bool {
    // The usual gaps, without trimming.
    match g {
        " " => return false,
        ", " => return true,
        _ => {}
    }
    let t = g
        .trim()
        .trim_start_matches([')', ']', '"', '”', '’', '\''])
        .trim();
    t == ","
}

fn with_role(p: SpeakerPhrase, appositive: String) -> SpeakerPhrase {
    let role = appositive
        .trim_start_matches("the ")
        .trim_start_matches("a ")
        .trim_start_matches("an ")
        .to_string();
    match p.named {
        Named::Name {
            name,
            role: None,
            org,
        } => SpeakerPhrase {
            named: Named::Name {
                name,
                role: Some(role),
                org,
            },
            span: p.span,
        },
        other => SpeakerPhrase {
            named: other,
            span: p.span,
        },
    }
}

/// The noun phrase whose last word is `ws[end - 1]`.
fn phrase_ending_at(
    input: &str,
    ws: &[Word],
    end: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    let last = &ws[end - 1];
    let l = last.lower();
    let l: &str = &l;
    // "the Kremlin's renewed invitation": a possessive is not the subject of the verb after it.
    if l.ends_with("'s") || l.ends_with("’s") || l.ends_with('\'') || l.ends_with('’') {
        return None;
    }
    // "Oksana Melnyk, who said": the relative pronoun stands for the name before the comma;
    // "Yuri Ushakov, Putin's foreign policy aide, who said" and "Petra Haldane, a spokeswoman for
    // Valdera Power, who said": for the person before an appositive, even one ending in a name.
    if l == "who" && end >= 2 && is_comma_gap(gap(input, &ws[end - 2], last)) {
        let before = phrase_ending_at(input, ws, end - 1, allowed);
        let mut k = end - 2;
        while k > 1 && end - k < 10 && !is_comma_gap(gap(input, &ws[k - 1], &ws[k])) {
            k -= 1;
        }
        // The appositive opens like one: "the aide", "Putin's aide", "a spokesman", a title
        // (not "…, and requests from Fields' lawyers, who argued").
        let opens = |w: &Word| {
            matches!(w.lower().as_ref(), "the" | "a" | "an")
                || is_title_word(w)
                || (w.is_capitalized() && (w.text.ends_with("'s") || w.text.ends_with("’s")))
        };
        if k >= 1
            && is_comma_gap(gap(input, &ws[k - 1], &ws[k]))
            && opens(&ws[k])
            && let Some(p) = phrase_ending_at(input, ws, k, allowed)
            && matches!(p.named, Named::Name { org: false, .. })
        {
            return Some(with_role(
                p,
                input[ws[k].start..ws[end - 2].end].to_string(),
            ));
        }
        return before;
    }
    if PRONOUNS.contains(&l) {
        return Some(SpeakerPhrase {
            named: Named::Pronoun(l.to_string()),
            span: (last.start, last.end),
        });
    }
    if let Some(p) = anonymous_ending_at(input, ws, end, allowed) {
        return Some(p);
    }
    // "Ministry of Health", "Department of Defense": a title-like word ends a body's name.
    let body_of = end >= 3
        && matches!(ws[end - 2].text, "of" | "for")
        && ws[end - 3].is(ORG_WORD)
        && ws[end - 3].is_capitalized();
    // "USA Today said", "News Today reported": a title ending in "Today".
    let titled_today = last.text == "Today"
        && end >= 2
        && is_name_word(&ws[end - 2])
        && plain_gap(input, &ws[end - 2], last);
    if is_name_word(last) && (!is_title_word(last) || body_of)
        || (is_name_word(last) && end >= 2 && is_name_word(&ws[end - 2]))
        || titled_today
    {
        let mut k = end - 1;
        while k > 0
            && allowed(k - 1)
            && plain_gap(input, &ws[k - 1], &ws[k])
            && (is_name_word(&ws[k - 1])
                || (is_particle(ws[k - 1].text) && k >= 2 && is_name_word(&ws[k - 2]))
                // "Ministry of Finance", "Department for Transport", "Commission on Presidential
                // Debates": "of" inside a body's name.
                || (matches!(ws[k - 1].text, "of" | "for" | "on") && k >= 2 && ws[k - 2].is(ORG_WORD) && ws[k - 2].is_capitalized() && plain_gap(input, &ws[k - 2], &ws[k - 1]))
                // "Search and Rescue Agency", "Department of Forestry and Fire Protection".
                || (ws[k - 1].text == "and" && k >= 2 && is_name_word(&ws[k - 2]) && plain_gap(input, &ws[k - 2], &ws[k - 1])
                    && (ws[k..end].iter().any(|w| w.is(ORG_WORD)) || org_name_before(ws, k - 2))))
        {
            k -= 1;
        }
        let run = &ws[k..end];
        // "Traders said", "Economists warned": a group opening the sentence, not a surname.
        if end - k == 1 && last.is(UNNAMED_WORD) {
            return Some(SpeakerPhrase {
                named: Named::Unnamed(last.text.to_lowercase()),
                span: (last.start, last.end),
            });
        }
        // "A source within the central Interior Ministry said", "Diplomats in Kyiv said": the
        // place is where an unnamed speaker is, not who speaks.
        if let Some(who) = unnamed_before(input, ws, k) {
            let start = match who.checked_sub(1) {
                Some(d) if matches!(ws[d].lower().as_ref(), "a" | "an" | "the" | "one") => {
                    ws[d].start
                }
                _ => ws[who].start,
            };
            return Some(SpeakerPhrase {
                named: Named::Unnamed(ws[who].text.to_lowercase()),
                span: (start, last.end),
            });
        }
        // "Dr. Tomas Lindqvist of the Norwegian Polar Institute explained", "Sheldon Yett of
        // UNICEF observed": the person before "of" speaks; the body is where they work.
        let mut p = k;
        if p >= 1
            && matches!(ws[p - 1].lower().as_ref(), "the")
            && plain_gap(input, &ws[p - 1], &ws[p])
        {
            p -= 1;
        }
        if p >= 2
            && matches!(ws[p - 1].text, "of" | "at" | "from")
            && plain_gap(input, &ws[p - 1], &ws[p])
            && plain_gap(input, &ws[p - 2], &ws[p - 1])
            && allowed(p - 2)
            && is_name_word(&ws[p - 2])
            && !is_title_word(&ws[p - 2])
            && !ws[p - 2].is(ORG_WORD)
            && let Some(person) = phrase_ending_at(input, ws, p - 1, allowed)
            // A person's full name, not "Players at Ashcombe Rovers" or a body's first half.
            && matches!(&person.named, Named::Name { name, org: false, .. } if name.contains(' '))
        {
            let body = input[ws[k].start..last.end].to_string();
            return Some(with_role(person, body));
        }
        // "President of Argentina Alberto Fernández", "Senator from Vermont Bernie Sanders":
        // a title, a preposition, a place, then the person; the place belongs to the role.
        if k >= 2
            && end - k >= 3
            && matches!(ws[k - 1].text, "of" | "from" | "for" | "to")
            && is_title_word(&ws[k - 2])
            && !run.iter().any(|w| w.is(ORG_WORD))
        {
            let person = end - 2;
            let role = input[ws[k - 2].start..ws[person - 1].end].to_string();
            return split_title(input, &ws[person..end], Some(role))
                .map(|(named, span)| SpeakerPhrase { named, span });
        }
        let role = role_before(input, ws, k);
        return split_title(input, run, role).map(|(named, span)| SpeakerPhrase { named, span });
    }
    if last.is_capitalized() && last.is(ORG_WORD) && (end < 2 || !is_name_word(&ws[end - 2])) {
        // "the Kremlin said": a capitalised body is a name, not a role to look up.
        return Some(SpeakerPhrase {
            named: Named::Name {
                name: last.text.to_string(),
                role: None,
                org: true,
            },
            span: (last.start, last.end),
        });
    }
    if last.is(ROLE_HEAD | TITLE) {
        // "the minister", "the foreign ministry", "officials", "the company's spokeswoman".
        let mut k = end - 1;
        while k > 0
            && plain_gap(input, &ws[k - 1], &ws[k])
            && (is_title_word(&ws[k - 1])
                || ws[k - 1].is_capitalized()
                || ws[k - 1].text.ends_with("'s"))
            && !ws[k - 1].is(CAP_FUNCTION_WORD)
        {
            k -= 1;
        }
        let det = k > 0
            && matches!(
                ws[k - 1].lower().as_ref(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            );
        // "officials said", and "police said" (a plural without the s).
        if !det && !l.ends_with('s') && l != "police" {
            return None;
        }
        let start = if det { ws[k - 1].start } else { ws[k].start };
        return Some(SpeakerPhrase {
            named: Named::Role(input[ws[k].start..last.end].to_lowercase()),
            span: (start, last.end),
        });
    }
    if end >= 2
        && ws[end - 2].lower_is("the")
        && plain_gap(input, &ws[end - 2], last)
        && last.text.chars().all(|c| c.is_lowercase())
        && l.len() > 3
    {
        // "the authority said", "the office said": a definite noun standing for a named body.
        let k = end - 1;
        let det = true;
        let start = if det { ws[k - 1].start } else { ws[k].start };
        return Some(SpeakerPhrase {
            named: Named::Role(input[ws[k].start..last.end].to_lowercase()),
            span: (start, last.end),
        });
    }
    None
}

/// People who speak without a name: "a source", "diplomats", "one official".
pub(super) const UNNAMED: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "insider",
    "insiders",
    "person",
    "people",
    "someone",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "employee",
    "employees",
    "staff",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "observers",
    "worker",
    "workers",
    // Groups the story does not name: "Traders said", "Anglers on the Lesk say".
    "traders",
    "investors",
    "economists",
    "experts",
    "scientists",
    "researchers",
    "doctors",
    "nurses",
    "medics",
    "parents",
    "farmers",
    "fishermen",
    "anglers",
    "locals",
    "villagers",
    "neighbours",
    "neighbors",
    "protesters",
    "demonstrators",
    "critics",
    "campaigners",
    "activists",
    "shoppers",
    "customers",
    "consumers",
    "passengers",
    "commuters",
    "families",
    "students",
    "voters",
    "bankers",
    "lawyers",
    "investigators",
    "inspectors",
    "engineers",
    "firefighters",
    "rescuers",
    "volunteers",
    "survivors",
    "relatives",
    "landlords",
    "tenants",
    "homeowners",
    "borrowers",
    "businesses",
    "retailers",
    "dealers",
];

/// Before the name run starting at `k`: an unnamed speaker and a preposition of place
/// ("source within the central", "diplomats in", "a source close to the"). Returns the noun.
fn unnamed_before(input: &str, ws: &[Word], k: usize) -> Option<usize> {
    let is_prep = |w: &Word| {
        matches!(
            w.text,
            "in" | "within" | "at" | "inside" | "near" | "to" | "on"
        )
    };
    let mut q = k;
    while q >= 1
        && k - q < 3
        && !is_prep(&ws[q - 1])
        && !ws[q - 1].is_capitalized()
        && plain_gap(input, &ws[q - 1], &ws[q])
    {
        q -= 1;
    }
    if q < 2 || !is_prep(&ws[q - 1]) || !plain_gap(input, &ws[q - 2], &ws[q - 1]) {
        return None;
    }
    let mut n = q - 2;
    if ws[q - 1].text == "to" {
        // Only "close to".
        if ws[n].text != "close" || n == 0 {
            return None;
        }
        n -= 1;
    }
    // ("A pharmacist in Arlow tells us": any person noun, not only the usual sources.)
    (ws[n].is(UNNAMED_WORD) || is_person_common_noun(&ws[n])).then_some(n)
}

/// Determiners that open someone the article does not name: "a protester", "One MP",
/// "another pharmacist", "two nurses", "some residents".
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "another", "two", "three", "four", "several", "some", "many",
];

/// A noun for a person the article does not name: "protester", "pharmacist", "MP",
/// "resident", "doctor".
fn is_person_noun(w: &Word) -> bool {
    is_member_acronym(w) || is_person_common_noun(w)
}

/// "MP", "MPs", "GP", "MEP", "MSP": a title before a name ("MP Jo Cox"), a person without one.
fn is_member_acronym(w: &Word) -> bool {
    let bare = w.text.strip_suffix('s').unwrap_or(w.text);
    matches!(bare, "MP" | "GP" | "MEP" | "MSP" | "MLA")
}

/// A lower-case person noun: the usual unnamed sources, a short list of the rest, and the
/// nouns in -ist ("pharmacist", "economist").
fn is_person_common_noun(w: &Word) -> bool {
    let t = w.text;
    let bare = t.strip_suffix('s').unwrap_or(t);
    if w.is_capitalized() || !t.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return false;
    }
    if w.is(UNNAMED_WORD) {
        return true;
    }
    const PEOPLE: &[&str] = &[
        "man",
        "men",
        "woman",
        "women",
        "mother",
        "father",
        "parent",
        "patient",
        "resident",
        "student",
        "tenant",
        "nurse",
        "doctor",
        "medic",
        "surgeon",
        "physician",
        "pharmacist",
        "chemist",
        "carer",
        "protester",
        "protestor",
        "witness",
        "local",
        "neighbour",
        "neighbor",
        "colleague",
        "friend",
        "relative",
        "survivor",
        "victim",
        "veteran",
        "lawmaker",
        "legislator",
        "councillor",
        "councilor",
        "backbencher",
        "delegate",
        "candidate",
        "agent",
        "consultant",
        "adviser",
        "advisor",
        "trader",
        "banker",
        "economist",
        "analyst",
        "scientist",
        "expert",
        "lawyer",
        "teacher",
        "driver",
        "worker",
        "employee",
        "manager",
        "owner",
        "shopkeeper",
        "farmer",
        "fisherman",
        "voter",
        "supporter",
        "member",
        "activist",
        "campaigner",
        "volunteer",
        "officer",
        "constable",
        "firefighter",
        "paramedic",
        "passenger",
        "customer",
        "shopper",
        "investor",
        "insider",
        "source",
        "official",
        "diplomat",
        "aide",
        "staffer",
    ];
    PEOPLE.contains(&t) || PEOPLE.contains(&bare) || t.ends_with("ists") || t.ends_with("ist")
}

/// Someone the article does not name, opened by an indefinite determiner and ending at word
/// `end` (exclusive): "a protester", "One MP", "A Labour MP", "a hospital doctor", "another
/// senior official". Up to three words between the determiner and the person noun.
fn anonymous_ending_at(
    input: &str,
    ws: &[Word],
    end: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<SpeakerPhrase> {
    // The determiner first: it is rare, and the head noun's test is not cheap.
    let mut k = end - 1;
    loop {
        if k == 0 || end - k > 4 || !allowed(k - 1) || !plain_gap(input, &ws[k - 1], &ws[k]) {
            return None;
        }
        k -= 1;
        if INDEFINITE.contains(&ws[k].lower().as_ref()) {
            break;
        }
        // Modifiers only: "Labour", "senior", "hospital", "long-serving".
        if ws[k].is(CUE_WORD) || !ws[k].text.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
    }
    let head = &ws[end - 1];
    // A role that speaks for someone ("a spokesman", "a company spokesman") is read as a
    // role; "a source", "an official" are nobody's voice.
    if !is_member_acronym(head)
        && (!is_person_common_noun(head) || (head.is(ROLE_HEAD | TITLE) && !head.is(UNNAMED_WORD)))
    {
        return None;
    }
    Some(SpeakerPhrase {
        named: Named::Unnamed(head.text.to_lowercase()),
        span: (ws[k].start, head.end),
    })
}

/// A role opened by an indefinite determiner that the article has not tied to anyone ("a
/// spokesman said", "A Brackmoor District Council spokeswoman said", "a senior Labour source
/// said") is someone the article does not name, as the gold conventions have it (a body's
/// unnamed spokeswoman is not the body). None for other phrases.
pub fn indefinite_role(input: &str, p: &SpeakerPhrase) -> Option<Named> {
    let Named::Role(r) = &p.named else {
        return None;
    };
    input[p.span.0..p.span.1]
        .split_whitespace()
        .next()
        .is_some_and(|d| INDEFINITE.contains(&lower(d).as_ref()))
        .then(|| Named::Unnamed(r.rsplit(' ').next().unwrap_or(r).to_string()))
}

/// Someone the article does not name: "officials", "a protester", "one MP", "a spokesman".
pub fn is_anonymous(input: &str, p: &SpeakerPhrase) -> bool {
    matches!(p.named, Named::Unnamed(_)) || indefinite_role(input, p).is_some()
}

/// The same after an inverted cue: `"…," said one protester`, `said a Labour MP`.
fn anonymous_after(input: &str, ws: &[Word], v: usize) -> Option<SpeakerPhrase> {
    let det = ws.get(v + 1)?;
    if !INDEFINITE.contains(&det.lower().as_ref()) || !plain_gap(input, &ws[v], det) {
        return None;
    }
    let last = (v + 2..ws.len().min(v + 6))
        .take_while(|&k| plain_gap(input, &ws[k - 1], &ws[k]))
        .find(|&k| is_person_noun(&ws[k]))?;
    if ws[last].is(ROLE_HEAD | TITLE) && !ws[last].is(UNNAMED_WORD) && !is_member_acronym(&ws[last])
    {
        return None;
    }
    Some(SpeakerPhrase {
        named: Named::Unnamed(ws[last].text.to_lowercase()),
        span: (det.start, ws[last].end),
    })
}

/// "according to provisional figures published by the Electoral Commission", "according to
/// data released by the ministry on Monday": the body that published the document speaks.
/// `v` is the word before the document's noun phrase ("to"); the phrase is at most five
/// lower-case words and the participle.
pub fn document_by(input: &str, ws: &[Word], v: usize) -> Option<SpeakerPhrase> {
    let by = (v + 2..ws.len().min(v + 8))
        .take_while(|&k| plain_gap(input, &ws[k - 1], &ws[k]) && !ws[k - 1].is_capitalized())
        .find(|&k| ws[k].text == "by")?;
    let published = &ws[by - 1];
    if !matches!(
        published.text,
        "published" | "released" | "issued" | "compiled" | "provided" | "produced" | "supplied"
    ) {
        return None;
    }
    phrase_after(input, ws, by).filter(|p| !matches!(p.named, Named::Pronoun(_)))
}

/// The speaker phrase right after word `v` (an inverted cue: `"…," said Peskov` or
/// `said the minister` or `said Dmitry Peskov, the Kremlin spokesman`).
pub fn phrase_after(input: &str, ws: &[Word], v: usize) -> Option<SpeakerPhrase> {
    let mut k = v + 1;
    let first = ws.get(k)?;
    if !plain_gap(input, &ws[v], first) {
        return None;
    }
    if let Some(p) = anonymous_after(input, ws, v) {
        return Some(p);
    }
    // "said its director, Amara Quist": after a verb of saying, a possessive opens a role as
    // "the" does. (Not after "according to": "according to his agent, Hunter had…" names the
    // clause's subject after the comma.)
    let possessive =
        ws[v].text != "to" && matches!(first.lower().as_ref(), "its" | "his" | "her" | "their");
    let det = possessive || matches!(first.lower().as_ref(), "the" | "a" | "an");
    if det {
        k += 1;
    }
    let start = k;
    while k < ws.len()
        && (k == start || plain_gap(input, &ws[k - 1], &ws[k]))
        && (is_name_word(&ws[k])
            || is_title_word(&ws[k])
            || (is_particle(ws[k].text) && k > start)
            || (matches!(ws[k].text, "of" | "for" | "on")
                && k > start
                && ws[k - 1].is(ORG_WORD)
                && ws.get(k + 1).is_some_and(is_name_word))
            // "according to USA Today".
            || (ws[k].text == "Today" && k > start && is_name_word(&ws[k - 1])))
    {
        k += 1;
    }
    if (k == start && det) || (possessive && ws[start..k].iter().all(|w| !w.is_capitalized())) {
        // "wrote the paper's foreign editor, Hélène Marchais", "said its director, Amara
        // Quist": a role, a comma, then the name.
        let mut j = start;
        while j < ws.len()
            && j < start + 6
            && plain_gap(input, &ws[j - 1], &ws[j])
            && !ws[j].is_capitalized()
        {
            j += 1;
        }
        if j < ws.len() && j > start && gap(input, &ws[j - 1], &ws[j]).trim() == "," {
            let n0 = j;
            let j = name_run_end(input, ws, n0);
            if j > n0 {
                let span = (ws[n0].start, ws[j - 1].end);
                let role = input[ws[start].start..ws[n0 - 1].end].to_string();
                let org = ws[n0..j].iter().any(|w| w.is(ORG_WORD));
                return Some(SpeakerPhrase {
                    named: Named::Name {
                        name: input[span.0..span.1].to_string(),
                        role: Some(role),
                        org,
                    },
                    span,
                });
            }
        }
        return role_after(input, ws, start);
    }
    if k == start
        && !det
        && let Some(p) = described_name_after(input, ws, start, start)
    {
        return Some(p);
    }
    if k == start {
        let w = ws.get(start)?;
        let l = w.lower();
        if PRONOUNS.contains(&l.as_ref()) && !det {
            return Some(SpeakerPhrase {
                named: Named::Pronoun(l.to_string()),
                span: (w.start, w.end),
            });
        }
        return None;
    }
    // "According to Rutgers University political scholar Kelly Dittmar, …": the body and the
    // description before the person are the role.
    if k > start
        && k < ws.len()
        && plain_gap(input, &ws[k - 1], &ws[k])
        && let Some(p) = described_name_after(input, ws, k, start)
    {
        return Some(p);
    }
    let run = &ws[start..k];
    // "said University of California, San Diego's chancellor, Pradeep Khosla": a body, then its
    // officer between commas, then the person.
    if run.iter().any(|w| w.is(ORG_WORD))
        && let Some(p) = officer_after(input, ws, start, k)
    {
        return Some(p);
    }
    let (named, span) = split_title(input, run, None)?;
    let named = match named {
        Named::Name { name, role, org } => Named::Name {
            name,
            role,
            org: org || det,
        },
        other => other,
    };
    let mut phrase = SpeakerPhrase {
        named,
        span: if det {
            (ws[start - 1].start, span.1)
        } else {
            span
        },
    };
    // A trailing appositive: "said Dmitry Peskov, the Kremlin spokesman."
    if let Some(next) = ws.get(k)
        && gap(input, &ws[k - 1], next).trim() == ","
        && matches!(next.lower().as_ref(), "the" | "a" | "an")
    {
        let mut e = k + 1;
        while e < ws.len() && plain_gap(input, &ws[e - 1], &ws[e]) && e - k < 8 {
            e += 1;
        }
        phrase = with_role(phrase, input[next.start..ws[e - 1].end].to_string());
    }
    Some(phrase)
}

/// After a body's name ending at `k`: `, <up to five words ending in a title>, Name Name`.
/// "according to the ministry, …", "…, according to the health agency.", "according to the
/// company's figures": a body the article names by its head noun alone, after its article
/// (`start` is the word after "the"). The phrase ends at the head: punctuation or a
/// possessive follows it.
fn role_after(input: &str, ws: &[Word], start: usize) -> Option<SpeakerPhrase> {
    let det = ws.get(start.checked_sub(1)?)?;
    for k in start..(start + 3).min(ws.len()) {
        let w = &ws[k];
        if !plain_gap(input, &ws[k - 1], w) || w.is_capitalized() {
            return None;
        }
        let bare = without_possessive(w.text);
        let possessive = bare.len() < w.text.len();
        let ends = possessive
            || ws
                .get(k + 1)
                .is_none_or(|n| !plain_gap(input, w, n) || n.is(CUE_WORD));
        if ends && lexicon::flags(bare) & ROLE_HEAD != 0 {
            let end = w.start + bare.len();
            return Some(SpeakerPhrase {
                named: Named::Role(input[ws[start].start..end].to_lowercase()),
                span: (det.start, end),
            });
        }
        if ends {
            return None;
        }
    }
    None
}

fn officer_after(input: &str, ws: &[Word], start: usize, k: usize) -> Option<SpeakerPhrase> {
    if k >= ws.len() || gap(input, &ws[k - 1], &ws[k]).trim() != "," {
        return None;
    }
    let mut j = k;
    while j + 1 < ws.len() && j < k + 5 && plain_gap(input, &ws[j], &ws[j + 1]) {
        j += 1;
    }
    // The title word closes the description, right before the second comma.
    if j + 1 >= ws.len() || !is_title_word(&ws[j]) || gap(input, &ws[j], &ws[j + 1]).trim() != "," {
        return None;
    }
    let n0 = j + 1;
    let e = name_run_end(input, ws, n0);
    if e < n0 + 2 || ws[n0..e].iter().any(|w| w.is(ORG_WORD) || is_title_word(w)) {
        return None;
    }
    let span = (ws[n0].start, ws[e - 1].end);
    Some(SpeakerPhrase {
        named: Named::Name {
            name: input[span.0..span.1].to_string(),
            role: Some(input[ws[start].start..ws[j].end].to_string()),
            org: false,
        },
        span,
    })
}

/// "IRGC", "WHO": two to six capital letters.
fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A known person named at the very start of a sentence ("Campbell was working on…",
/// "Mr Zelensky's reply…"): the sentence is about them. Index into the registry.
pub fn opening_person(input: &str, ws: &[Word], registry: &Registry) -> Option<usize> {
    let mut k = 0;
    while k < ws.len() && k < 2 && is_title_word(&ws[k]) {
        k += 1;
    }
    let n0 = k;
    while k < ws.len()
        && k < n0 + 3
        && (k == n0 || plain_gap(input, &ws[k - 1], &ws[k]))
        && is_name_word(&ws[k])
        && !is_title_word(&ws[k])
    {
        k += 1;
    }
    // The run is the subject only if a verb (a lower-case word) or a possessive follows it:
    // "Philippine President Rodrigo Duterte" opens with an adjective, not a person.
    if k == n0 {
        return None;
    }
    let possessive = ws[k - 1].text.ends_with("'s") || ws[k - 1].text.ends_with("’s");
    if !(possessive || ws.get(k).is_some_and(|w| !w.is_capitalized())) {
        return None;
    }
    let name = without_possessive(&input[ws[n0].start..ws[k - 1].end]);
    let idx = registry.find(name)?;
    (!registry.entities[idx].org).then_some(idx)
}

/// "Varga did not concede.": a one-word name opening a sentence, followed by a verb, that
/// nobody known answers to yet (`opening_person` finds only people already known). Its span.
pub fn opening_name_word(input: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let (first, next) = (ws.first()?, ws.get(1)?);
    (is_name_word(first)
        && !is_title_word(first)
        && !first.is(ORG_WORD)
        && !next.is_capitalized()
        && plain_gap(input, first, next))
    .then_some((first.start, first.end))
}

/// Two-word personal names the text has given so far ("Ilse Varga"), by surname: a
/// surname opening a later sentence ("Varga did not concede.") is that person. Filled from
/// each sentence's words as it is read, so looking one up costs no reading back.
#[derive(Debug, Default)]
pub struct FullNames {
    by_surname: HashMap<String, String, BuildHasherDefault<Fnv>>,
}

impl FullNames {
    /// Remember the two-word names in a sentence's words: a given name and a surname, both
    /// capitalised name words, neither a title nor a body's word, and no capitalised word
    /// after ("Lowmarch Regional Electoral Commission" has no surname; "Governor Mattias Roe"
    /// and "Represenative Adam Schiff" do).
    pub fn note(&mut self, input: &str, ws: &[Word]) {
        let person_word = |w: &Word| {
            is_name_word(w)
                && !is_title_word(w)
                && !w.is(ORG_WORD)
                && w.text.len() > 1
                && w.text.chars().all(char::is_alphabetic)
        };
        for i in 0..ws.len().saturating_sub(1) {
            let (given, surname) = (&ws[i], &ws[i + 1]);
            // (Two capitalised words in a row are rare: the flags say so before anything is read.)
            if !is_name_word(given) || !is_name_word(surname) {
                continue;
            }
            if ws
                .get(i + 2)
                .is_some_and(|n| n.is_capitalized() && plain_gap(input, surname, n))
            {
                continue;
            }
            if person_word(given) && person_word(surname) && plain_gap(input, given, surname) {
                let full = &input[given.start..surname.end];
                if self.by_surname.get(surname.text).is_none_or(|f| f != full) {
                    self.by_surname
                        .insert(surname.text.to_string(), full.to_string());
                }
            }
        }
    }

    pub fn get(&self, surname: &str) -> Option<&str> {
        self.by_surname
            .get(without_possessive(surname))
            .map(String::as_str)
    }
}

/// A word or two set off by commas between a subject and its verb that says nothing about who
/// the subject is: "Peskov, however, said", "Zelenskyy, for his part, has said".
pub fn is_aside(text: &str) -> bool {
    let lower = text.trim().trim_matches(',').trim().to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    // "Rage, for which Trump gave access, revealed": a relative clause describes the name.
    let relative = words
        .clone()
        .next()
        .is_some_and(|w| matches!(w, "which" | "whom" | "whose"));
    let short = words.count() < 6 && !relative;
    // "Mr Lemberg, giving evidence on Thursday, insisted", "Peskov, speaking to reporters,
    // said": a participle phrase; "Vell, on Thursday, said", "Harrow, in a statement, said":
    // when or where, not who; or on whose behalf.
    let participle = first.len() > 5
        && first.ends_with("ing")
        && !matches!(
            first,
            "morning" | "evening" | "building" | "leading" | "ruling"
        );
    // "Lena Haddad, for Varga, said": on whose behalf.
    let when_or_where = short
        && matches!(
            first,
            "on" | "in" | "at" | "for" | "last" | "earlier" | "later" | "yesterday" | "today"
        );
    participle
        || when_or_where
        || matches!(
            lower.as_str(),
            "for his part"
                | "for her part"
                | "for its part"
                | "for their part"
                | "however"
                | "meanwhile"
                | "in turn"
                | "too"
                | "though"
                | "in response"
                | "in reply"
        )
}

/// Which entities a role phrase ("the minister", "the ministry", "a spokesman") can stand for.
fn role_fit(phrase: &str) -> Option<impl Fn(&Entity) -> bool> {
    let head = phrase
        .split_whitespace()
        .last()?
        .trim_end_matches("'s")
        .to_string();
    let spokes = head.starts_with("spokes");
    let org_head = is_org_word(&head)
        || matches!(
            head.as_str(),
            "company" | "firm" | "ministry" | "government"
        );
    Some(move |e: &Entity| {
        // "the ministry" is a body: never the person whose title mentions it.
        if org_head && !e.org {
            return false;
        }
        // (Compared without lower-casing a copy of every entity's role: this runs for each
        // entity at each role phrase.)
        let role = e.role.as_deref().unwrap_or("");
        (spokes && role.to_lowercase().contains("spokes"))
            || role
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(&head))
            || (org_head
                && e.org
                && (e.name.to_lowercase().contains(&head)
                    || (matches!(head.as_str(), "company" | "firm") && may_be_company(e))))
    })
}

/// A noun that names a company ("the company", "the carmaker").
pub fn is_company_head(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "group"
            | "carmaker"
            | "automaker"
            | "manufacturer"
            | "maker"
            | "retailer"
            | "lender"
            | "airline"
            | "operator"
            | "insurer"
            | "broadcaster"
            | "publisher"
            | "supplier"
            | "producer"
            | "developer"
            | "chain"
            | "conglomerate"
    )
}

/// A noun that names a body ("authority", "company", "ministry", "union").
pub fn is_body_head(w: &str) -> bool {
    BODY_HEADS.contains(&w)
        || is_org_word(w)
        || matches!(w, "company" | "firm" | "ministry" | "government")
}

/// Words a bare "the X" uses for a body the article named only in passing.
const BODY_HEADS: &[&str] = &[
    "company",
    "firm",
    "utility",
    "union",
    "ministry",
    "agency",
    "department",
    "council",
    "authority",
    "operator",
    "airline",
    "bank",
    "group",
    "insurer",
    "carrier",
    "regulator",
    "commission",
    "committee",
    "board",
    "watchdog",
    "institute",
    "court",
    "tribunal",
    "trust",
    "foundation",
    "association",
    "federation",
    "party",
    "hospital",
    "university",
];

/// After this many people talked about, "it" and "they" no longer reach back to a body.
const STALE_ORG_AFTER: usize = 4;

/// Last words of a company's name: "Greywater Terminals Ltd", "Arnhollow Dairies".
const COMPANY_ENDINGS: &[&str] = &[
    "ltd",
    "inc",
    "corp",
    "plc",
    "llc",
    "group",
    "holdings",
    "terminals",
    "systems",
    "industries",
    "motors",
    "airways",
    "airlines",
    "technologies",
    "logistics",
    "shipping",
    "energy",
    "power",
    "dairies",
    "dairy",
    "foods",
    "farms",
    "pharmaceuticals",
    "pharma",
    "mining",
    "petroleum",
    "telecom",
    "brands",
    "laboratories",
    "labs",
    "partners",
    "rail",
    "railway",
    "railways",
];

/// Words that make a body public, a union or a charity, never what "the company" or "the firm"
/// stands for: "The company says…" after "the National Health Protection Agency says…" is the
/// dairy named before it, not the agency.
const NOT_COMPANY: &[&str] = &[
    "ministry",
    "government",
    "kremlin",
    "council",
    "commission",
    "agency",
    "department",
    "office",
    "police",
    "court",
    "army",
    "navy",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "embassy",
    "administration",
    "authority",
    "tribunal",
    "committee",
    "party",
    "university",
    "hospital",
    "union",
    "institute",
    "bureau",
    "inspectorate",
    "regulator",
    "ombudsman",
    "foundation",
    "society",
    "association",
    "federation",
    "board",
    "service",
];

/// "Will Velmar pay back the grants?": an auxiliary opening a question, not a first name.
fn asks(input: &str, w: &Word) -> bool {
    matches!(
        w.text,
        "Will" | "May" | "Can" | "Could" | "Would" | "Should" | "Shall" | "Must" | "Did" | "Does"
    ) && input[w.start..]
        .find(['.', '!', '?', '\n'])
        .is_some_and(|at| input[w.start + at..].starts_with('?'))
}

/// A body "the company" or "the firm" may stand for: not a public one by its name, and not one
/// the article has called a group, a campaign or a charity ("the consumer group Fair Plate").
fn may_be_company(e: &Entity) -> bool {
    !is_public_body(&e.name)
        && !e.aliases.iter().any(|a| {
            let head = a.split_whitespace().last().unwrap_or("").to_lowercase();
            NOT_COMPANY.contains(&head.as_str())
                || matches!(
                    head.as_str(),
                    "group"
                        | "campaign"
                        | "charity"
                        | "organisation"
                        | "organization"
                        | "coalition"
                )
        })
}

fn is_public_body(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| NOT_COMPANY.contains(&without_possessive(w).to_lowercase().as_str()))
}

/// "According to the company, …" when the article named the company only in narration
/// ("a line belonging to Valdera Power & Light (VPL), the regional electricity company"): the
/// last name before `before` that ends in the head word ("the Brennick Dockworkers' Union") or
/// that an appositive calls one ("…, the regional electricity company").
pub fn body_named_before<'a>(
    input: &'a str,
    before: usize,
    role: &str,
    window: &mut WordWindow<'a>,
) -> Option<String> {
    let head = role.split_whitespace().last()?.to_lowercase();
    if !BODY_HEADS.contains(&head.as_str()) {
        return None;
    }
    let mut from = before.saturating_sub(6000);
    while !input.is_char_boundary(from) {
        from += 1;
    }
    let ws = window.words(input, from, before);
    let mut found: Option<String> = None;
    let mut found_strong = false;
    let mut i = 0;
    while i < ws.len() {
        if !ws[i].is_capitalized() || ws[i].is(CAP_FUNCTION_WORD) {
            i += 1;
            continue;
        }
        // A run of capitalised words, with "&", "of" or "and" between two of them.
        let mut j = i + 1;
        while j < ws.len() {
            let joined = plain_gap(input, &ws[j - 1], &ws[j]) && ws[j].is_capitalized();
            let bridged = j + 1 < ws.len()
                && matches!(ws[j].text, "of" | "and" | "for")
                && ws[j + 1].is_capitalized()
                && plain_gap(input, &ws[j - 1], &ws[j])
                && plain_gap(input, &ws[j], &ws[j + 1]);
            if joined {
                j += 1;
            } else if bridged {
                j += 2;
            } else {
                break;
            }
        }
        if j - i >= 2 {
            let name = &input[ws[i].start..ws[j - 1].end];
            let last = ws[j - 1].lower();
            let ends_in_head = without_possessive(&last) == head;
            // "Valdera Power & Light (VPL), the regional electricity company".
            let rest = &input[ws[j - 1].end..before];
            let rest = match rest.trim_start().strip_prefix('(') {
                Some(r) => r.split_once(')').map_or(rest, |(_, after)| after),
                None => rest,
            };
            let called = rest.trim_start().strip_prefix(',').is_some_and(|r| {
                let r = r.trim_start();
                (r.starts_with("the ") || r.starts_with("a ") || r.starts_with("an "))
                    && r.split([',', '.', ';']).next().is_some_and(|ap| {
                        // The appositive's own noun, not one after a preposition ("a
                        // spokeswoman for the company" is a person).
                        ap.split_whitespace()
                            .take(6)
                            .take_while(|w| {
                                !matches!(*w, "of" | "for" | "at" | "in" | "with" | "from" | "to")
                            })
                            .any(|w| w == head)
                    })
            });
            // A company's name says so: "Valdera Power & Light", "Greywater Terminals Ltd".
            let company_name = matches!(
                head.as_str(),
                "company" | "firm" | "operator" | "utility" | "carrier" | "insurer" | "group"
            ) && (name.contains('&')
                || COMPANY_ENDINGS.contains(&last.as_ref()));
            let name = without_possessive(name);
            // "a Valdera Power line" after "Valdera Power & Light (VPL)": the short form of the
            // name already found.
            let short_form = found
                .as_deref()
                .and_then(|f| f.strip_prefix(name))
                .is_some_and(|rest| rest.starts_with(' '));
            // "the bank" for "National Bank of Marovia", "the ministry" for "Ministry of Finance".
            let head_of_place = ws[i..j - 1].windows(2).any(|p| {
                p[0].lower().as_ref() == head.as_str() && matches!(p[1].text, "of" | "for")
            });
            // "the consumer group Fair Plate": the head noun names it right before.
            let described = i >= 2
                && ws[i - 1].lower().as_ref() == head.as_str()
                && ws[i.saturating_sub(4)..i - 1]
                    .iter()
                    .any(|w| matches!(w.lower().as_ref(), "the" | "a" | "an"));
            // A name that only looks like a company's gives way to one the article calls by
            // the head noun: "the group" is Fair Plate, not Arnhollow Dairies.
            let strong = ends_in_head || called || head_of_place || described;
            if (strong || company_name) && !short_form && (strong || !found_strong) {
                // The body the story is about, when it names two: "the bank" after "National
                // Bank of Marovia" three times and "chief economist at Aurum Bank" once.
                // (Counted in the window read, so a long input costs no more per mention.)
                let before_text = &input[from..before];
                let more_often = (strong && !found_strong)
                    || found.as_deref().is_none_or(|f| {
                        f == name
                            || before_text.matches(name).count() >= before_text.matches(f).count()
                    });
                if more_often {
                    found = Some(name.to_string());
                    found_strong = strong;
                }
            }
        }
        i = j;
    }
    found
}

/// A description whose head noun is a place ("hill town of 15,000 people", "the provincial
/// capital", "a village near the border"): what it describes is not a speaker.
pub fn describes_place(role: &str) -> bool {
    let head = role
        .split([',', '('])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "of" | "in" | "on" | "near" | "at" | "with" | "whose" | "that" | "which" | "where"
            )
        })
        .last()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        head.as_str(),
        "town"
            | "city"
            | "village"
            | "hamlet"
            | "province"
            | "region"
            | "country"
            | "capital"
            | "district"
            | "island"
            | "port"
            | "county"
            | "suburb"
            | "neighbourhood"
            | "neighborhood"
            | "municipality"
            | "valley"
            | "river"
            | "lake"
            | "mountain"
            | "state"
            | "nation"
            | "territory"
            | "peninsula"
    )
}

/// "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered…": a sentence that opens
/// with a full name and a titled appositive is about that person, so a later "he" is them.
pub fn opening_appositive_person(input: &str, ws: &[Word]) -> Option<(String, String)> {
    let mut k = 0;
    while k < ws.len()
        && k < 5
        && (k == 0 || plain_gap(input, &ws[k - 1], &ws[k]))
        && is_name_word(&ws[k])
        && !is_title_word(&ws[k])
        && !ws[k].is(ORG_WORD)
    {
        k += 1;
    }
    if !(2..=4).contains(&k) || k >= ws.len() || gap(input, &ws[k - 1], &ws[k]).trim() != "," {
        return None;
    }
    if !matches!(ws[k].lower().as_ref(), "the" | "a" | "an") {
        return None;
    }
    let mut j = k + 1;
    while j < ws.len() && j < k + 10 && plain_gap(input, &ws[j - 1], &ws[j]) {
        j += 1;
    }
    if j >= ws.len() || gap(input, &ws[j - 1], &ws[j]).trim() != "," {
        return None;
    }
    if !ws[k + 1..j].iter().any(|w| is_title_word(w)) {
        return None;
    }
    Some((
        input[ws[0].start..ws[k - 1].end].to_string(),
        input[ws[k + 1].start..ws[j - 1].end].to_string(),
    ))
}

/// `"…," said study co-author Karen Alley`, `said lead author Mira Solberg`: up to three
/// lower-case words describing the speaker, then the name. The words from `role_from` (the
/// description, or a body before it) are kept as the role.
fn described_name_after(
    input: &str,
    ws: &[Word],
    start: usize,
    role_from: usize,
) -> Option<SpeakerPhrase> {
    let mut j = start;
    while j < ws.len()
        && j < start + 3
        && (j == start || plain_gap(input, &ws[j - 1], &ws[j]))
        && !ws[j].is_capitalized()
        && ws[j].text.chars().all(|c| c.is_alphabetic() || c == '-')
        && !DESCRIPTOR_STOPS.contains(&ws[j].lower().as_ref())
    {
        j += 1;
    }
    if j == start || j >= ws.len() || !plain_gap(input, &ws[j - 1], &ws[j]) {
        return None;
    }
    let n0 = j;
    let j = name_run_end(input, ws, n0);
    // A full name (two words or more): "said officials Monday" is not a person.
    if j - n0 < 2 || ws[n0..j].iter().any(|w| w.is(ORG_WORD)) {
        return None;
    }
    let span = (ws[n0].start, ws[j - 1].end);
    Some(SpeakerPhrase {
        named: Named::Name {
            name: input[span.0..span.1].to_string(),
            role: Some(input[ws[role_from].start..ws[n0 - 1].end].to_string()),
            org: false,
        },
        span,
    })
}

/// A body's name runs back from word `i` to an organisation word ("Department of Forestry"):
/// capitalised words, "of" and "for" only, a few words at most.
fn org_name_before(ws: &[Word], i: usize) -> bool {
    let mut k = i;
    for _ in 0..6 {
        let w = &ws[k];
        if w.is(ORG_WORD) && w.is_capitalized() {
            return true;
        }
        if !(w.is_capitalized() || matches!(w.text, "of" | "for")) || k == 0 {
            return false;
        }
        k -= 1;
    }
    false
}

/// Where a run of name words (no titles) that starts at `n0` ends (exclusive).
fn name_run_end(input: &str, ws: &[Word], n0: usize) -> usize {
    let mut j = n0;
    while j < ws.len()
        && (j == n0 || plain_gap(input, &ws[j - 1], &ws[j]))
        && is_name_word(&ws[j])
        && !is_title_word(&ws[j])
    {
        j += 1;
    }
    j
}

/// Words that end a description before a name: it is a clause, not a role.
const DESCRIPTOR_STOPS: &[&str] = &[
    "that",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "to",
    "of",
    "for",
    "by",
    "with",
    "from",
    "and",
    "or",
    "but",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "there",
    "was",
    "is",
    "were",
    "had",
    "has",
    "have",
    "would",
    "will",
    "could",
    "should",
    "on",
    "after",
    "before",
    "when",
    "while",
    "last",
    "next",
    "yesterday",
    "today",
    "later",
    "earlier",
    "again",
    "also",
];

/// People named with a title anywhere in a sentence: "President Volodymyr Zelenskyy",
/// "Kremlin spokesman Dmitry Peskov", "Putin's aide Yuri Ushakov". Returns (name, role).
pub fn titled_names(
    input: &str,
    ws: &[Word],
    allowed: &dyn Fn(usize) -> bool,
) -> Vec<(String, Option<String>, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < ws.len() {
        if !(is_title_word(&ws[i]) && allowed(i) && allowed(i + 1)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len()
            && allowed(j)
            && plain_gap(input, &ws[j - 1], &ws[j])
            && is_name_word(&ws[j])
            && !is_title_word(&ws[j])
        {
            j += 1;
            if ws[j - 1].text.ends_with("'s") || ws[j - 1].text.ends_with("’s") {
                break;
            }
        }
        if j > i + 1 && !ws[i + 1..j].iter().any(|w| w.is(ORG_WORD)) {
            let name = without_possessive(&input[ws[i + 1].start..ws[j - 1].end]).to_string();
            let mut r = i;
            while r > 0
                && plain_gap(input, &ws[r - 1], &ws[r])
                && (is_title_word(&ws[r - 1])
                    || (ws[r - 1].is_capitalized() && !ws[r - 1].is(CAP_FUNCTION_WORD)))
            {
                r -= 1;
            }
            out.push((name, Some(input[ws[r].start..ws[i].end].to_string()), r));
        }
        i = j.max(i + 1);
    }
    out
}

/// `text.trim_end_matches("'s").trim_end_matches("’s")`, without building two substring
/// searchers for every capitalized word of an article.
fn without_possessive(text: &str) -> &str {
    let mut t = text;
    while let Some(r) = t.strip_suffix("'s") {
        t = r;
    }
    while let Some(r) = t.strip_suffix("’s") {
        t = r;
    }
    t
}

/// How many words before a surname `complete_names` looks at for the rest of the name.
const NAME_CONTEXT: usize = 8;

/// For `complete_names`: where the capitalized words of `input` that fold to a key of `at` stand,
/// each as the spans of up to `NAME_CONTEXT` words before it (as many as the article has) and of
/// the word, pushed onto the returned spans; `at` gets (first span, number of spans).
/// A key's word starts with a capital, and with an ASCII one only if `first` has it lower-cased.
///
/// Only those capitals are looked at, and only around a key's word is the article split into
/// words: from a byte no word reaches across (`is_word_boundary_byte`) a little before it, or
/// from the start when that does not give enough words. The same words as splitting it all.
fn surname_places(
    input: &str,
    first: &[bool; 128],
    at: &mut HashMap<String, Vec<(usize, usize)>, BuildHasherDefault<Fnv>>,
) -> Vec<(usize, usize)> {
    use super::text::{is_word_boundary_byte, scan_words, starts_word, word_end};
    let bytes = input.as_bytes();
    // The first byte of a capital that may start a key's word (any non-ASCII character's).
    let mut maybe = [false; 256];
    for b in b'A'..=b'Z' {
        maybe[usize::from(b)] = first[usize::from(b.to_ascii_lowercase())];
    }
    maybe[0xC0..].fill(true);
    let mut context = Vec::new();
    let mut before: Vec<(usize, usize)> = Vec::new();
    // Every word of the article, split only if a place needs it.
    let mut all: Option<Vec<(usize, usize)>> = None;
    let mut folded = String::new();
    let mut p = 0;
    while p < bytes.len() {
        // Eight bytes at a time past lower-case letters, digits, spaces and punctuation.
        if let Some(chunk) = bytes.get(p..p + 8) {
            let hits = capitals_and_leads(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
            if hits == 0 {
                p += 8;
                continue;
            }
            p += (hits.trailing_zeros() / 8) as usize;
        }
        let b = bytes[p];
        // (After a letter or digit it is inside a word.)
        if !maybe[usize::from(b)]
            || (p > 0 && bytes[p - 1].is_ascii_alphanumeric())
            || (b >= 0x80 && !input[p..].chars().next().is_some_and(char::is_uppercase))
            || !starts_word(input, p)
        {
            p += 1;
            continue;
        }
        let end = word_end(input, p);
        fold_name_into(without_possessive(&input[p..end]), &mut folded);
        let Some(v) = at.get_mut(folded.as_str()) else {
            p = end;
            continue;
        };
        // The words before it: from a boundary a little way back when there are enough there.
        before.clear();
        let from = (p.saturating_sub(512)..=p.saturating_sub(96))
            .rev()
            .find(|&q| q == 0 || is_word_boundary_byte(bytes[q - 1]));
        if let Some(q) = from {
            scan_words(&input[q..p], |s, e| before.push((q + s, q + e)));
        }
        let before: &[(usize, usize)] = match from {
            Some(q) if q == 0 || before.len() >= NAME_CONTEXT => &before,
            _ => {
                let all = all.get_or_insert_with(|| {
                    let mut spans = Vec::with_capacity(input.len() / 6 + 1);
                    scan_words(input, |s, e| spans.push((s, e)));
                    spans
                });
                &all[..all.partition_point(|w| w.0 < p)]
            }
        };
        // None before it: the article's first word, never taken for a surname.
        if before.is_empty() {
            p = end;
            continue;
        }
        let from_word = before.len().saturating_sub(NAME_CONTEXT);
        v.push((context.len(), before.len() - from_word + 1));
        context.extend_from_slice(&before[from_word..]);
        context.push((p, end));
        p = end;
    }
    context
}

/// The top bit of each of the eight bytes of `w` that is an ASCII capital or the first byte of a
/// non-ASCII character (the usual SWAR tests, exact: no carry crosses a byte).
fn capitals_and_leads(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A lead byte has its top two bits set (0b11xx_xxxx).
    let lead = w & (w << 1) & HIGH;
    // An ASCII byte from 'A' (0x41) to 'Z' (0x5A): its low seven bits reach 0x80 with 0x80 - 0x41
    // added, and do not with 0x80 - 0x5B.
    let low = w & !HIGH;
    let from_a = low + ONES * (0x80 - 0x41);
    let past_z = low + ONES * (0x80 - 0x5B);
    lead | (!w & from_a & !past_z & HIGH)
}

/// Fold a name for comparison: case, non-letters, and transliteration variants
/// (Zelensky / Zelenskyy / Zelenskiy, Kiev / Kyiv).
pub fn fold_name(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    fold_name_into(name, &mut s);
    s
}

/// The letters and digits of `chars` onto `s`, each run of white space between them as one space.
fn push_folded(s: &mut String, chars: impl Iterator<Item = char>) {
    let mut space = true;
    for c in chars {
        if c.is_alphanumeric() {
            s.push(c);
            space = false;
        } else if c.is_whitespace() && !space {
            s.push(' ');
            space = true;
        }
    }
}

/// `fold_name` into a buffer the caller reuses: `complete_names` folds every capitalized word
/// of the article.
pub fn fold_name_into(name: &str, s: &mut String) {
    s.clear();
    if name.is_ascii() {
        // Nearly every name: byte by byte, as `push_folded` does it for characters (an ASCII
        // character is alphanumeric when it is an ASCII letter or digit), without the Unicode
        // tables.
        let mut space = true;
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                s.push(char::from(b.to_ascii_lowercase()));
                space = false;
            } else if char::from(b).is_whitespace() && !space {
                s.push(' ');
                space = true;
            }
        }
    } else {
        push_folded(s, name.chars().flat_map(char::to_lowercase));
    }
    if s.ends_with(' ') {
        s.pop();
    }
    const VARIANTS: [(&str, &str); 7] = [
        ("kiev", "kyiv"),
        ("iy", "y"),
        ("yy", "y"),
        ("ij", "y"),
        ("ii", "i"),
        ("ph", "f"),
        ("kh", "h"),
    ];
    // Every variant starts with one of these letter pairs, and none is made without another
    // being there first: most names have none and skip the seven substring searches.
    let has_pair = s
        .as_bytes()
        .windows(2)
        .any(|p| matches!(p, b"ki" | b"iy" | b"yy" | b"ij" | b"ii" | b"ph" | b"kh"));
    if !has_pair {
        return;
    }
    for (from, to) in VARIANTS {
        // (A plain scan: a name is a few bytes, shorter than `str::contains` takes to set up.)
        let from_bytes = from.as_bytes();
        if s.as_bytes()
            .windows(from.len())
            .any(|w| w[0] == from_bytes[0] && w == from_bytes)
        {
            *s = s.replace(from, to);
        }
    }
}

pub(super) const FEMALE: &[&str] = &[
    "harriet",
    "rowena",
    "dana",
    "lorraine",
    "emily",
    "olivia",
    "charlotte",
    "grace",
    "lucy",
    "anna",
    "olena",
    "sara",
    "sarah",
    "lena",
    "irina",
    "mara",
    "petra",
    "nadia",
    "elena",
    "priya",
    "marisol",
    "halyna",
    "oksana",
    "helene",
    "hélène",
    "dolores",
    "maria",
    "mary",
    "jane",
    "julia",
    "yulia",
    "olga",
    "natalia",
    "natalya",
    "tatiana",
    "svetlana",
    "kateryna",
    "iryna",
    "viktoria",
    "victoria",
    "emma",
    "laura",
    "claire",
    "sophie",
    "ursula",
    "kamala",
    "hillary",
    "angela",
    "theresa",
    "liz",
    "elizabeth",
    "kaja",
    "annalena",
    "giorgia",
    "marine",
    "karine",
    "jennifer",
    "susan",
    "karen",
    "linda",
    "patricia",
    "barbara",
    "margaret",
    "catherine",
    "kate",
    "alice",
    "eva",
    "ana",
    "ingrid",
    "astrid",
    "freya",
    "greta",
    "hanna",
    "hannah",
    "nina",
    "vera",
    "zoe",
    "amy",
    "lisa",
    "rachel",
    "rebecca",
    "ruth",
    "fatima",
    "aisha",
    "mariam",
    "leila",
    "yasmin",
    "ines",
    "lucia",
    "carmen",
    "rosa",
    "isabel",
    "birgit",
    "karin",
    "agnes",
    "marta",
    "magda",
    "ewa",
    "zofia",
    "agnieszka",
    "dagny",
    "solveig",
    "sigrid",
    "tove",
];
pub(super) const MALE: &[&str] = &[
    "mark",
    "yuri",
    "david",
    "omar",
    "tomas",
    "thomas",
    "jonas",
    "ivan",
    "karl",
    "dmitry",
    "dmitri",
    "volodymyr",
    "vladimir",
    "donald",
    "steve",
    "steven",
    "sergei",
    "sergey",
    "andriy",
    "andrii",
    "oleksandr",
    "mykola",
    "emmanuel",
    "olaf",
    "joe",
    "john",
    "james",
    "robert",
    "michael",
    "william",
    "richard",
    "charles",
    "joseph",
    "peter",
    "paul",
    "george",
    "marco",
    "antonio",
    "pedro",
    "carlos",
    "juan",
    "luis",
    "jose",
    "mikael",
    "magnus",
    "erik",
    "lars",
    "piet",
    "jan",
    "hans",
    "klaus",
    "friedrich",
    "curtis",
    "adrian",
    "viktor",
    "victor",
    "boris",
    "alexei",
    "alexey",
    "nikolai",
    "pavel",
    "rustem",
    "denys",
    "kyrylo",
    "petro",
    "recep",
    "xi",
    "narendra",
    "keir",
    "rishi",
    "benjamin",
    "ali",
    "ahmed",
    "mohammed",
    "muhammad",
    "hassan",
    "abdul",
    "ron",
    "marco",
    "matteo",
    "giuseppe",
    "olof",
    "stefan",
];

/// Gender a pronoun can refer to, from a first name or a gendered role word; unknown otherwise.
fn gender_of(name: &str, role: Option<&str>) -> Option<char> {
    let role = role.unwrap_or("").to_lowercase();
    if role.contains("woman")
        || role.contains("mrs")
        || role.contains("ms.")
        || role.contains("queen")
        || role.contains("princess")
    {
        return Some('f');
    }
    if role.contains("spokesman")
        || role.contains("chairman")
        || role.contains("mr.")
        || role.contains("king")
        || role.contains("prince")
    {
        return Some('m');
    }
    // "Actress Denise Crosby", "the boy's father": a gendered word in the role (or the name),
    // a female one first.
    let name = name.to_lowercase();
    let words = role.split(|c: char| !c.is_alphabetic());
    let named = words
        .chain(name.split(|c: char| !c.is_alphabetic()))
        .fold(0, |bits, w| bits | lexicon::flags(w));
    if named & FEMALE_ROLE != 0 {
        return Some('f');
    }
    if named & MALE_ROLE != 0 {
        return Some('m');
    }
    let first = lexicon::flags(name.split_whitespace().next()?);
    if first & FEMALE_NAME != 0 {
        Some('f')
    } else if first & MALE_NAME != 0 {
        Some('m')
    } else {
        None
    }
}

/// Role words that give a person's gender away.
pub(super) const FEMALE_ROLES: &[&str] = &[
    "actress",
    "waitress",
    "hostess",
    "duchess",
    "countess",
    "empress",
    "mother",
    "sister",
    "daughter",
    "wife",
    "girl",
    "lady",
    "madam",
    "nun",
    "grandmother",
    "aunt",
    "niece",
    "heroine",
    "widow",
    "girlfriend",
    "baroness",
    "dame",
];
pub(super) const MALE_ROLES: &[&str] = &[
    "actor",
    "waiter",
    "duke",
    "emperor",
    "father",
    "brother",
    "son",
    "husband",
    "boy",
    "sir",
    "monk",
    "grandfather",
    "uncle",
    "nephew",
    "widower",
    "boyfriend",
    "baron",
    "businessman",
    "congressman",
    "policeman",
    "fireman",
    "sportsman",
    "chairman",
    "spokesman",
];

/// A person or organisation speaking in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub role: Option<String>,
    pub org: bool,
    /// Every way the article named them ("President Zelenskyy", "Zelenskyy", "He").
    pub aliases: Vec<String>,
    /// How often the article has named them.
    pub mentions: usize,
    /// Gender learnt from the text ("Harriet Vance does not like her nickname"), if any.
    pub gender: Option<char>,
    /// Its name folded (`fold_name`), kept so lookups do not refold every entity.
    folded: String,
    /// Where the first word of `folded` ends and its last begins: the first and last name
    /// lookups compare, without copies of their own.
    first_end: usize,
    last_start: usize,
    /// `gender_of` its name and role, worked out at the first pronoun that asks and kept until
    /// either changes: each "he" or "she" reads the gender of every person recently named.
    gender_guess: OnceCell<Option<char>>,
}

impl Entity {
    /// An entity named `name`, whose `fold_name` the caller has at hand as `folded`.
    fn new(name: &str, folded: String, role: Option<&str>, org: bool) -> Entity {
        let mut e = Entity {
            name: String::new(),
            role: role.map(str::to_string),
            org,
            aliases: Vec::new(),
            mentions: 0,
            gender: None,
            folded: String::new(),
            first_end: 0,
            last_start: 0,
            gender_guess: OnceCell::new(),
        };
        e.rename_folded(name, folded);
        e
    }

    fn rename(&mut self, name: &str) {
        self.rename_folded(name, fold_name(name));
    }

    /// `rename`, with `fold_name(name)` already made.
    fn rename_folded(&mut self, name: &str, folded: String) {
        self.name = name.to_string();
        self.folded = folded;
        self.first_end = first_word(&self.folded).len();
        self.last_start = self.folded.len() - last_word(&self.folded).len();
        self.gender_guess = OnceCell::new();
    }

    /// The gender its name or role gives away (`gender_of`).
    fn guessed_gender(&self) -> Option<char> {
        *self
            .gender_guess
            .get_or_init(|| gender_of(&self.name, self.role.as_deref()))
    }

    fn first_key(&self) -> &str {
        &self.folded[..self.first_end]
    }

    fn last_key(&self) -> &str {
        &self.folded[self.last_start..]
    }
}

/// The first word of a folded name (`fold_name`: words apart by one space). A byte loop: a
/// name is shorter than `str::split` takes to set up its search.
fn first_word(folded: &str) -> &str {
    let b = folded.as_bytes();
    &folded[..b.iter().position(|&c| c == b' ').unwrap_or(b.len())]
}

/// The last word of a folded name.
fn last_word(folded: &str) -> &str {
    let b = folded.as_bytes();
    &folded[b.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1)..]
}

/// One article's cast of speakers, for folding mentions into one canonical entity.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// People in the order they were last talked about, most recent last.
    recent: Vec<usize>,
    last_org: Option<usize>,
    /// People talked about since `last_org` was.
    people_since_org: usize,
    /// The outlet's own people, folded (a transcript's presenter and reporter, named in their
    /// labels): they talk about others, so "he" or "she" in their lines is never one of them.
    staff: Vec<String>,
}

impl Registry {
    /// Find or add the entity for a proper name; a longer name upgrades the canonical one.
    pub fn name(&mut self, name: &str, role: Option<&str>, org: bool) -> usize {
        let idx = self.find_or_add(name, role, org);
        self.touch(idx);
        idx
    }

    /// `name` without marking the entity as the latest one talked about.
    fn find_or_add(&mut self, name: &str, role: Option<&str>, org: bool) -> usize {
        // "Estravia's National Health Protection Agency" is the agency the article elsewhere
        // names without its country.
        let name = match name.split_once(' ') {
            Some((first, rest))
                if org
                    && without_possessive(first).len() < first.len()
                    && rest.split_whitespace().count() >= 2 =>
            {
                rest
            }
            _ => name,
        };
        // "Halden Northern Freight, which operates the train,": "which" is said of a thing or
        // a body, never of a person (who is "who").
        let which = role.is_some_and(|r| r.starts_with("which "));
        let (org, role) = (org || which, role.filter(|_| !which));
        let folded = fold_name(name);
        let last = last_word(&folded);
        let first = first_word(&folded);
        let one_word = !name.contains(' ');
        let found = self
            .entities
            .iter()
            .position(|e| e.folded == folded)
            .or_else(|| {
                // "Mendez" when the article has Tony Mendez and his wife Jonna Mendez: the one it
                // names most (the later one on a tie).
                self.entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| {
                        // "Korvex" after "Korvex Systems": an organisation's short name is its first word.
                        let org_short = e.org && one_word && e.first_key() == folded;
                        (e.org == org
                            && e.last_key() == last
                            && (one_word || !e.name.contains(' ') || e.first_key() == first))
                            || org_short
                    })
                    .max_by_key(|(_, e)| e.mentions)
                    .map(|(i, _)| i)
            });
        let idx = match found {
            Some(i) => {
                let e = &mut self.entities[i];
                if name.split_whitespace().count() > e.name.split_whitespace().count() {
                    let old = e.name.clone();
                    e.rename_folded(name, folded);
                    e.aliases.push(old);
                }
                if e.role.is_none() && role.is_some() {
                    e.role = role.map(str::to_string);
                    e.gender_guess = OnceCell::new();
                }
                e.org |= which;
                i
            }
            None => {
                self.entities.push(Entity::new(name, folded, role, org));
                self.entities.len() - 1
            }
        };
        self.note_alias(idx, name);
        self.entities[idx].mentions += 1;
        idx
    }

    /// Give a person known only by a surname ("Hotak said") the full name the article uses for
    /// them anywhere ("Sharif Hotak, of the provincial council, described…"), even where that
    /// full name never stood next to a speech cue. Only when the article has one such full name:
    /// "Joe Biden" and "Jill Biden" in one story leave "Biden" as it is.
    pub fn complete_names(&mut self, input: &str) {
        self.expand_acronyms(input);
        self.complete_company_names(input);
        // Surnames alone: "Hotak", and "De Blasio" (a particle and the surname).
        let short: Vec<usize> = (0..self.entities.len())
            .filter(|&i| {
                let e = &self.entities[i];
                let words: Vec<&str> = e.name.split_whitespace().collect();
                !e.org
                    && (words.len() == 1
                        || (words.len() == 2 && is_particle(&words[0].to_lowercase())))
            })
            .collect();
        if short.is_empty() {
            return;
        }
        // Where each of those surnames stands (linear in the input, however many speakers): for
        // each key, its places in `context`, as the spans of the words before it (a name and
        // its titles) and its own.
        let mut at: HashMap<String, Vec<(usize, usize)>, BuildHasherDefault<Fnv>> = short
            .iter()
            .map(|&i| (self.entities[i].last_key().to_string(), Vec::new()))
            .collect();
        // The letters a key can start with: folding an ASCII word keeps its first letter
        // lower-cased, except that "i…", "p…" and "k…" may become "y…", "f…" and "h…".
        let mut first = [false; 128];
        for key in at.keys() {
            if let Some(&b) = key.as_bytes().first().filter(|b| b.is_ascii()) {
                first[usize::from(b)] = true;
                match b {
                    b'y' => first[usize::from(b'i')] = true,
                    b'f' => first[usize::from(b'p')] = true,
                    b'h' => first[usize::from(b'k')] = true,
                    _ => {}
                }
            }
        }
        let context = surname_places(input, &first, &mut at);
        for i in short {
            let key = self.entities[i].last_key().to_string();
            let whole = format!(" {}", self.entities[i].folded);
            let mut found: Option<(String, String)> = None; // (folded, as written)
            let mut ambiguous = false;
            for &(from, n) in at.get(&key).map_or(&[][..], Vec::as_slice) {
                // The word is the last of its spans (`k`), the words before it come before.
                let spans = &context[from..from + n];
                let word = |i: usize| {
                    let (s, e) = spans[i];
                    Word::new(&input[s..e], s, e)
                };
                let k = n - 1;
                let bare = without_possessive(word(k).text);
                // The capitalized words right before it, as far back as a name and its titles go;
                // then the titles off ("NASA Administrator Jim Bridenstine" → "Jim Bridenstine").
                let mut j = k;
                while j > 0
                    && k - j < NAME_CONTEXT
                    && plain_gap(input, &word(j - 1), &word(j))
                    && (is_name_word(&word(j - 1))
                        || is_particle(word(j - 1).text)
                        || is_title_word(&word(j - 1)))
                    && !asks(input, &word(j - 1))
                {
                    j -= 1;
                }
                if j == k {
                    continue;
                }
                let mut run: Vec<Word> = (j..=k).map(word).collect();
                let start = run[k - j].start;
                run[k - j] = Word::new(bare, start, start + bare.len());
                let Some((
                    Named::Name {
                        name, org: false, ..
                    },
                    _,
                )) = split_title(input, &run, None)
                else {
                    continue;
                };
                let n = name.split_whitespace().count();
                if !(2..=4).contains(&n)
                    || name
                        .split_whitespace()
                        .any(|w| is_title(w) || w.ends_with("'s") || w.ends_with("’s"))
                {
                    continue;
                }
                let written = name;
                let folded = fold_name(&written);
                if !folded.ends_with(&whole) {
                    continue;
                }
                match &found {
                    None => found = Some((folded, written)),
                    Some((f, _)) if *f == folded => {}
                    Some(_) => ambiguous = true,
                }
            }
            // (Another entity may go by that full name already: both then print as one.)
            if let (Some((_, written)), false) = (found, ambiguous) {
                let e = &mut self.entities[i];
                let old = e.name.clone();
                e.rename(&written);
                e.aliases.push(old);
            }
        }
    }

    /// "Arnhollow said…" in a story that names "Arnhollow Dairies": a one-word speaker is the
    /// company whose name it starts, when the article names exactly one such company, and
    /// names it in full before it uses the short name on its own ("Northway, for its part,
    /// told the paper…" above "its parent company, Northway Group" is another company;
    /// "Arnhollow cheese" above "Arnhollow Dairies" is a product, not a use of the name).
    /// One pass over the text, however many speakers.
    fn complete_company_names(&mut self, input: &str) {
        #[derive(Default)]
        struct Seen<'t> {
            full: Option<&'t str>,
            ambiguous: bool,
            bare_first: bool,
        }
        let mut seen: HashMap<String, Seen, BuildHasherDefault<Fnv>> = self
            .entities
            .iter()
            .filter(|e| !e.name.contains(' ') && e.name.starts_with(char::is_uppercase))
            .map(|e| (e.name.clone(), Seen::default()))
            .collect();
        if seen.is_empty() {
            return;
        }
        for line in input.lines() {
            let base = line.as_ptr() as usize - input.as_ptr() as usize;
            // Each word of the line with where it starts, split as bytes: a space is ASCII, so
            // every piece is whole characters, and a byte loop beats a `memchr` call for words
            // a few letters long. Read once, with a copy of the iterator for the few words after
            // a key.
            let mut words = line
                .as_bytes()
                .split(|&b| b == b' ')
                .scan(0, |at, w| {
                    let here = *at;
                    *at += w.len() + 1;
                    Some((here, &line[here..here + w.len()]))
                })
                .filter(|(_, w)| !w.is_empty());
            while let Some((at, w)) = words.next() {
                // Every key starts with a capital: most words are told apart by their first
                // character, without hashing them.
                if !w.starts_with(char::is_uppercase) {
                    continue;
                }
                let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
                let Some(state) = seen.get_mut(bare) else {
                    continue;
                };
                if bare.len() < w.len() && w[bare.len()..].starts_with(',') {
                    state.bare_first |= state.full.is_none();
                }
                if bare.len() < w.len() {
                    continue;
                }
                // The capitalised words after it, as far as a company ending.
                let mut end = None;
                for (wat, next) in words.clone().take(4) {
                    let word = next.trim_end_matches([',', '.', ';', ':', ')']);
                    if !word.starts_with(char::is_uppercase) {
                        break;
                    }
                    let ending = without_possessive(word);
                    if COMPANY_ENDINGS.contains(&ending.to_lowercase().as_str()) {
                        end = Some(wat + ending.len());
                    }
                    if word.len() < next.len() {
                        break;
                    }
                }
                if let Some(end) = end {
                    let name = &input[base + at..base + end];
                    match state.full {
                        None => state.full = Some(name),
                        Some(f) if f == name => {}
                        Some(_) => state.ambiguous = true,
                    }
                }
            }
        }
        for e in &mut self.entities {
            let Some(Seen {
                full: Some(name),
                ambiguous: false,
                bare_first: false,
            }) = seen.get(e.name.as_str())
            else {
                continue;
            };
            let (name, short) = (name.to_string(), e.name.clone());
            e.rename(&name);
            e.org = true;
            e.aliases.push(short);
        }
    }

    /// "IRGC" → "Iranian Revolutionary Guard Corps" when the article spells it out once as
    /// "Iranian Revolutionary Guard Corps (IRGC)": the capitalized words before the bracket
    /// whose initials are the acronym ("of", "and", "for", "the" may stand between them).
    fn expand_acronyms(&mut self, input: &str) {
        if !self.entities.iter().any(|e| is_acronym(&e.name)) {
            return;
        }
        // Every "(ABC)" in the article, first place each, in one pass.
        let mut spelt: HashMap<&str, usize> = HashMap::new();
        for (open, _) in input.match_indices('(') {
            let rest = &input[open + 1..];
            if let Some(close) = rest.get(..8).unwrap_or(rest).find(')')
                && is_acronym(&rest[..close])
            {
                spelt.entry(&rest[..close]).or_insert(open);
            }
        }
        for i in 0..self.entities.len() {
            let acronym = self.entities[i].name.clone();
            if !is_acronym(&acronym) {
                continue;
            }
            let Some(&at) = spelt.get(acronym.as_str()) else {
                // Never spelt out in brackets, but the article names one body whose initials
                // it is ("Lorvanian Rail Infrastructure, which owns the track… LRI said").
                let initials = |e: &Entity| -> String {
                    e.name
                        .split_whitespace()
                        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                        .collect()
                };
                let mut bodies = self
                    .entities
                    .iter()
                    .filter(|e| e.name.contains(' ') && initials(e) == acronym);
                if let (Some(body), None) = (bodies.next(), bodies.next()) {
                    let full = body.name.clone();
                    let e = &mut self.entities[i];
                    e.rename(&full);
                    e.org = true;
                    e.aliases.push(acronym);
                }
                continue;
            };
            // The name is within a few hundred bytes before the bracket.
            let mut from = at.saturating_sub(300);
            while !input.is_char_boundary(from) {
                from += 1;
            }
            let ws = super::text::words(&input[from..at], from);
            let letters: Vec<u8> = acronym.bytes().rev().collect();
            let (mut matched, mut k) = (0, ws.len());
            while k > 0 && matched < letters.len() {
                let w = &ws[k - 1];
                if w.is_capitalized() {
                    if w.text.as_bytes()[0].to_ascii_uppercase() != letters[matched] {
                        break;
                    }
                    matched += 1;
                } else if !matches!(w.text, "of" | "and" | "for" | "the" | "on") || matched == 0 {
                    break;
                }
                k -= 1;
            }
            if matched < letters.len() {
                continue;
            }
            // Another entity may already go by the full name: both then print as one speaker.
            let full = input[ws[k].start..ws[ws.len() - 1].end].to_string();
            let e = &mut self.entities[i];
            e.rename(&full);
            e.aliases.push(acronym);
        }
    }

    /// An entity already known by this name (full name or surname), without adding one.
    pub fn find(&self, name: &str) -> Option<usize> {
        let folded = fold_name(name);
        let last = last_word(&folded);
        let one_word = !name.contains(' ');
        self.entities
            .iter()
            .position(|e| e.folded == folded)
            .or_else(|| {
                self.entities.iter().rposition(|e| {
                    one_word && (e.last_key() == last || (e.org && e.first_key() == folded))
                })
            })
    }

    pub fn note_alias(&mut self, idx: usize, alias: &str) {
        let e = &mut self.entities[idx];
        if alias != e.name && !e.aliases.iter().any(|a| a == alias) {
            e.aliases.push(alias.to_string());
        }
    }

    /// Mark an entity as the one being talked about, for later pronouns.
    pub fn touch(&mut self, idx: usize) {
        if self.entities[idx].org {
            self.last_org = Some(idx);
            self.people_since_org = 0;
        } else {
            self.recent.retain(|&i| i != idx);
            self.recent.push(idx);
            self.people_since_org += 1;
        }
    }

    /// The body "it" or "they" stands for: the last one named, unless the story has since
    /// moved on to people (an interview that named a railway in its introduction and then
    /// quoted a dozen people: "they told her" is not the railway).
    fn current_org(&self) -> Option<usize> {
        self.last_org
            .filter(|_| self.people_since_org <= STALE_ORG_AFTER)
    }

    /// Register a person named with a title anywhere in the text ("for Ukrainian President
    /// Volodymyr Zelenskyy to travel"), so a later surname or pronoun finds them.
    pub fn mention(&mut self, name: &str, role: Option<&str>) -> usize {
        let idx = self.find_or_add(name, role, false);
        if self.entities[idx].org {
            self.last_org = Some(idx);
            self.people_since_org = 0;
        } else {
            // (Named in passing, a person still moves the story on from a body.)
            self.people_since_org += 1;
        }
        // A name in passing does not become the referent of "he"/"she" by itself: one already
        // in the list keeps its place, a new one goes to the far end.
        if !self.recent.contains(&idx) {
            self.recent.insert(0, idx);
        }
        idx
    }

    /// The person the article talks about most (the interviewee of a Q&A).
    pub fn most_mentioned_person(&self) -> Option<usize> {
        (0..self.entities.len())
            .filter(|&i| !self.entities[i].org)
            .max_by_key(|&i| (self.entities[i].mentions, std::cmp::Reverse(i)))
    }

    /// He/she: the most recent person whose gender does not contradict the pronoun.
    pub fn pronoun(&self, p: &str) -> Option<usize> {
        self.pronoun_other_than(p, None)
    }

    /// `pronoun`, passing over `not` ("his lawyer said he…": the lawyer is not "he").
    pub fn pronoun_other_than(&self, p: &str, not: Option<usize>) -> Option<usize> {
        let want = match p {
            "he" => Some('m'),
            "she" => Some('f'),
            "it" => return self.current_org(),
            // "Sam Arden, the presiding officer, said…. '…,' they told the Sentinel": someone
            // whose gender the text never gives, spoken of after the body, is a singular they.
            "they" => {
                let last = self.recent.last().copied();
                let singular = last.filter(|&i| {
                    let e = &self.entities[i];
                    self.people_since_org > 0
                        && !e.org
                        && e.gender.is_none()
                        && e.guessed_gender().is_none()
                });
                return singular.or(self.current_org()).or(last);
            }
            _ => return None,
        };
        // A body is "it" or "they", never "he" or "she".
        self.recent.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            let g = e.gender.or_else(|| e.guessed_gender());
            !e.org
                && (g.is_none() || g == want)
                && !self.staff.contains(&e.folded)
                && Some(i) != not
        })
    }

    /// Mark a name as one of the outlet's own people (`staff`).
    pub fn note_staff(&mut self, name: &str) {
        let folded = fold_name(name);
        if !self.staff.contains(&folded) {
            self.staff.push(folded);
        }
    }

    /// A name the text treats as a body ("Northway, for its part, told…"): "it" from now on,
    /// never "he" or "she".
    pub fn hint_org(&mut self, idx: usize) {
        let e = &mut self.entities[idx];
        if e.org || e.gender.is_some() || e.role.is_some() || e.name.contains(' ') {
            return;
        }
        e.org = true;
        self.recent.retain(|&i| i != idx);
        self.last_org = Some(idx);
        self.people_since_org = 0;
    }

    /// Record a gender the text gives away ("… does not like her nickname").
    pub fn hint_gender(&mut self, idx: usize, g: char) {
        let e = &mut self.entities[idx];
        if !e.org && e.gender.is_none() {
            e.gender = Some(g);
        }
    }

    /// Like `role`, without marking the entity as the latest one talked about.
    pub fn peek_role(&self, phrase: &str) -> Option<usize> {
        let fits = role_fit(phrase)?;
        self.entities.iter().rposition(fits)
    }

    /// The one entity the whole article gives this role, if only one has it: "The judge says…"
    /// at the top of a live blog names no one yet, and "Judge Annelise Roux" comes further down.
    /// (People only: "the ministry" may be a body the article never names.)
    pub fn only_role(&self, phrase: &str) -> Option<usize> {
        let fits = role_fit(phrase)?;
        let head = phrase.split_whitespace().last()?;
        // A role noun ("the judge", "the governor"), not a body or a stray word.
        if lexicon::flags(head) & lexicon::ROLE_HEAD == 0
            || is_org_word(head)
            || matches!(head, "company" | "firm" | "ministry" | "government")
        {
            return None;
        }
        let mut found = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.org && fits(e));
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// "the minister" → the last entity whose role or name has that head word.
    pub fn role(&mut self, phrase: &str) -> Option<usize> {
        let found = self.peek_role(phrase);
        if let Some(i) = found {
            self.touch(i);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::words;

    fn before(s: &str, verb: &str) -> Option<SpeakerPhrase> {
        let ws = words(s, 0);
        let v = ws.iter().position(|w| w.text == verb).unwrap();
        phrase_before(s, &ws, v, &|_| true)
    }

    fn name(p: &SpeakerPhrase) -> (String, Option<String>) {
        match &p.named {
            Named::Name { name, role, .. } => (name.clone(), role.clone()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn titles_are_kept_as_the_role() {
        let p = before(
            "On January 29, 2026, Kremlin aide Yuri Ushakov stated that",
            "stated",
        )
        .unwrap();
        assert_eq!(
            name(&p),
            ("Yuri Ushakov".into(), Some("Kremlin aide".into()))
        );
        let p = before(
            "U.S. Special Envoy Steve Witkoff described these",
            "described",
        )
        .unwrap();
        assert_eq!(
            name(&p),
            ("Steve Witkoff".into(), Some("U.S. Special Envoy".into()))
        );
        let p = before(
            "Ukrainian President Volodymyr Zelenskyy firmly rejected",
            "rejected",
        )
        .unwrap();
        assert_eq!(
            name(&p),
            (
                "Volodymyr Zelenskyy".into(),
                Some("Ukrainian President".into())
            )
        );
    }

    #[test]
    fn adverbs_and_appositives_are_skipped() {
        let p = before(
            "However, Kremlin spokesperson Dmitry Peskov later clarified that",
            "clarified",
        )
        .unwrap();
        assert_eq!(name(&p).0, "Dmitry Peskov");
        let p = before("Dmitry Peskov, the Kremlin spokesman, said", "said").unwrap();
        assert_eq!(
            name(&p),
            ("Dmitry Peskov".into(), Some("Kremlin spokesman".into()))
        );
    }

    #[test]
    fn pronouns_and_roles() {
        assert_eq!(
            before("He characterized", "characterized").unwrap().named,
            Named::Pronoun("he".into())
        );
        assert_eq!(
            before("the ministry said", "said").unwrap().named,
            Named::Role("ministry".into())
        );
    }

    #[test]
    fn inverted_cue_names_follow_the_verb() {
        let s = "said Dmitry Peskov, the Kremlin spokesman.";
        let ws = words(s, 0);
        let p = phrase_after(s, &ws, 0).unwrap();
        assert_eq!(
            name(&p),
            ("Dmitry Peskov".into(), Some("Kremlin spokesman".into()))
        );
    }

    #[test]
    fn a_body_and_a_role_before_the_name_are_the_role() {
        for (s, who, role) in [
            (
                "said Kremlin spokesman Dmitry Peskov.",
                "Dmitry Peskov",
                "Kremlin spokesman",
            ),
            (
                "said White House spokeswoman Karoline Leavitt.",
                "Karoline Leavitt",
                "White House spokeswoman",
            ),
            (
                "according to Rutgers University political scholar Kelly Dittmar,",
                "Kelly Dittmar",
                "Rutgers University political scholar",
            ),
        ] {
            let ws = words(s, 0);
            let at = if s.starts_with("according") { 1 } else { 0 };
            let p = phrase_after(s, &ws, at).unwrap();
            assert_eq!(name(&p), (who.into(), Some(role.into())), "{s}");
        }
    }

    #[test]
    fn a_gendered_role_decides_he_and_she() {
        // Neither first name is in our lists; "Actor" and "Actress" say who "he" is.
        let mut r = Registry::default();
        let fraser = r.name("Brendan Fraser", Some("Actor"), false);
        r.touch(fraser);
        let crosby = r.name("Denise Crosby", Some("Actress"), false);
        r.touch(crosby);
        assert_eq!(r.pronoun("he"), Some(fraser));
        assert_eq!(r.pronoun("she"), Some(crosby));
    }

    #[test]
    fn one_person_across_full_name_surname_and_spelling() {
        let mut r = Registry::default();
        let a = r.name("Volodymyr Zelenskyy", Some("Ukrainian President"), false);
        let b = r.name("Zelenskyy", None, false);
        let c = r.name("Zelensky", None, false);
        assert_eq!((a, b), (a, c));
        assert_eq!(r.entities[a].name, "Volodymyr Zelenskyy");
        assert_eq!(r.pronoun("he"), Some(a));
    }

    /// `surname_places` against splitting the whole article into words, on made-up text full of
    /// joiners, capitals after quote marks and dashes, non-ASCII letters and long unbroken runs.
    #[test]
    fn surname_places_are_those_of_the_whole_split() {
        let keys = ["ab", "sa", "ob", "yb", "éb", "ülo"];
        let mut first = [false; 128];
        first[usize::from(b'a')] = true;
        first[usize::from(b's')] = true;
        first[usize::from(b'o')] = true;
        first[usize::from(b'y')] = true;
        first[usize::from(b'i')] = true;
        let pieces = [
            "Ab", "Sa", "ab", "Ob", "Iyb", "Éb", "Ülo", "x", "1", "U.S.", " ", " ", "  ", ",", ".",
            "-", "'", "’", "&", "—", "“", "”", "\n", "'s", "’s", "(", ")", "\u{2011}", "é", "Mr",
            "De",
        ];
        let mut seed: u64 = 7;
        let mut places = 0;
        for round in 0..3000 {
            let mut text = String::new();
            let len = 1 + round % 400;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let new_at = || -> HashMap<String, Vec<(usize, usize)>, BuildHasherDefault<Fnv>> {
                keys.iter().map(|k| (k.to_string(), Vec::new())).collect()
            };
            let mut at = new_at();
            let context = surname_places(&text, &first, &mut at);
            // As complete_names did it: every word, in order.
            let spans: Vec<(usize, usize)> =
                words(&text, 0).iter().map(|w| (w.start, w.end)).collect();
            let mut want: HashMap<&str, Vec<Vec<(usize, usize)>>> =
                keys.iter().map(|&k| (k, Vec::new())).collect();
            let mut folded = String::new();
            for (k, &(s, e)) in spans.iter().enumerate().skip(1) {
                let t = &text[s..e];
                let ascii_filtered =
                    t.is_ascii() && !first[usize::from(t.as_bytes()[0].to_ascii_lowercase())];
                if t.chars().next().is_some_and(char::is_uppercase) && !ascii_filtered {
                    fold_name_into(without_possessive(t), &mut folded);
                    if let Some(v) = want.get_mut(folded.as_str()) {
                        v.push(spans[k.saturating_sub(NAME_CONTEXT)..=k].to_vec());
                    }
                }
            }
            for key in keys {
                let got: Vec<Vec<(usize, usize)>> = at[key]
                    .iter()
                    .map(|&(from, n)| context[from..from + n].to_vec())
                    .collect();
                assert_eq!(got, want[key], "{key} in {text:?}");
                places += got.len();
            }
        }
        assert!(places > 10_000, "{places}");
    }

    #[test]
    fn capitals_and_lead_bytes_are_found_eight_at_a_time() {
        for fill in [b'a', b' ', b'Z', 0x80, 0xFF, b'@', b'['] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut w = [fill; 8];
                    w[at] = b;
                    let want = w.iter().enumerate().fold(0, |m, (i, &x)| {
                        m | (u64::from(x.is_ascii_uppercase() || x >= 0xC0) << (8 * i + 7))
                    });
                    assert_eq!(capitals_and_leads(u64::from_le_bytes(w)), want, "{w:?}");
                }
            }
        }
    }
}
