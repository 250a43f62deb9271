//! The shape of an article before any statement is read: front matter, title, headings, body
//! paragraphs, page furniture, datelines and the reader-comments section. Spans only; no meaning.

use super::text::{find_bytes, is_space, trim_span, word_count_to};
use std::sync::LazyLock;

/// `key: value` pairs from an optional `---` block at the top of the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub fields: Vec<(String, String)>,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Heading,
    Paragraph,
    Furniture,
}

/// One line (paragraph) of the article with its content span (prefixes such as "> ", "## " or a
/// live-blog time stamp are outside the span).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
}

/// A reader comment: the handle line and the comment text under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommentBlock {
    pub handle: (usize, usize),
    pub text: (usize, usize),
}

/// "KYIV, Jan 30 (Reuters) -" at the head of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Document {
    pub front: FrontMatter,
    pub blocks: Vec<Block>,
    pub comments: Vec<CommentBlock>,
    pub datelines: Vec<Dateline>,
}

impl Document {
    pub fn title(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Title)
    }
    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
    }
}

/// Lines with their byte spans, without the line terminator (`\n` or `\r\n`).
fn lines(input: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        if pos >= input.len() {
            return None;
        }
        let start = pos;
        let end = input[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(input.len());
        pos = end + 1;
        let content_end = if input[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        Some((start, content_end))
    })
}

fn parse_front_matter(input: &str, body_start: usize) -> (FrontMatter, usize) {
    let mut it = lines(input, body_start).peekable();
    let Some((s, e)) = it.next() else {
        return (FrontMatter::default(), body_start);
    };
    if input[s..e].trim() != "---" {
        return (FrontMatter::default(), body_start);
    }
    let mut fields = Vec::new();
    for (s, e) in it {
        let line = &input[s..e];
        if line.trim() == "---" {
            let next = (e + 1).min(input.len());
            let next = if input[e..].starts_with("\r\n") {
                e + 2
            } else {
                next
            };
            return (FrontMatter { fields }, next.min(input.len()));
        }
        match line.split_once(':') {
            Some((k, v)) if !k.trim().is_empty() && !k.contains(' ') => {
                // `title: "A title"` loses its pair of marks; `title: 'Paperwork problem' or
                // theft?` keeps its opening one.
                let v = v.trim();
                let v = match (v.chars().next(), v.chars().next_back()) {
                    (Some(a @ ('"' | '\'')), Some(b)) if a == b && v.len() >= 2 => {
                        &v[1..v.len() - 1]
                    }
                    _ => v,
                };
                fields.push((k.trim().to_lowercase(), v.to_string()));
            }
            _ if line.trim().is_empty() => {}
            // Not a front-matter block after all: a `---` rule followed by prose.
            _ => return (FrontMatter::default(), body_start),
        }
    }
    (FrontMatter::default(), body_start)
}

const FURNITURE_PREFIXES: &[&str] = &[
    "advertisement",
    "related:",
    "related coverage",
    "related stories",
    "related articles",
    "read more",
    "read also",
    "see also",
    "share this",
    "share on",
    "share:",
    "photo:",
    "photo credit",
    "photograph:",
    "image:",
    "picture:",
    "caption:",
    "credit:",
    "video:",
    "watch:",
    "listen:",
    "for immediate release",
    "media contact",
    "press contact",
    "contact:",
    "email:",
    "e-mail:",
    "phone:",
    "tel:",
    "follow us",
    "subscribe",
    "sign up",
    "click here",
    "copyright",
    "©",
    "all rights reserved",
    "reporting by",
    "(reporting by",
    "editing by",
    "additional reporting",
    "updated:",
    "published:",
    "posted:",
    "last updated",
    "this article was",
    "tags:",
    "filed under",
    "sources",
    "###",
    "-30-",
    "—30—",
    "(ap photo",
    "(reuters photo",
    "(photo",
    "[photo",
    "skip to",
    "loading",
    "comments are closed",
    "this story has been",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
    "print this",
    "email this",
    "listen again",
    "transcript of",
    // Editors' notes that open transcripts and interviews.
    "this is a transcript",
    "this is an edited transcript",
    "this is a rush transcript",
    "this transcript",
    "this interview has been",
    "this conversation has been",
    "this story will be updated",
    "this story is developing",
    "this blog",
    "this live blog",
];

/// A live blog signing off ("19:05 — We're pausing our live coverage for the night…").
const SIGN_OFFS: &[&str] = &[
    "we'll be back",
    "we will be back",
    "our reporters will be back",
    "we're pausing",
    "we are pausing",
    "that's all from",
    "that is all from",
    "thanks for following",
    "thank you for following",
    "this blog",
    "this live blog",
    // ...and opening: "Good afternoon and welcome to our live coverage of…".
    "welcome to our live",
    "good morning and welcome",
    "good afternoon and welcome",
    "good evening and welcome",
    "hello and welcome",
];

/// `FURNITURE_PREFIXES` and `SIGN_OFFS` by their first byte, lower-cased: every line of an
/// article is asked whether it starts with one of them.
static PREFIXES_BY_FIRST_BYTE: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 256];
    for &p in FURNITURE_PREFIXES.iter().chain(SIGN_OFFS) {
        match p.as_bytes().first() {
            Some(b) => by[usize::from(b.to_ascii_lowercase())].push(p),
            // (An empty prefix starts every line.)
            None => by.iter_mut().for_each(|v| v.push(p)),
        }
    }
    by
});

/// Where the last "Image: ", "Photo: ", "Picture: " or "Photograph: " credit label starts.
/// (Found from each colon back: every line is asked, and searching for four strings in each
/// cost a twentieth of all extraction.)
fn credit_label_at(l: &str) -> Option<usize> {
    let mut end = l.len();
    while let Some(colon) = l[..end].rfind(':') {
        end = colon;
        if !l[colon + 1..].starts_with(' ') {
            continue;
        }
        let Some(label) = ["Image", "Photo", "Picture", "Photograph"]
            .iter()
            .find(|w| l[..colon].ends_with(*w))
        else {
            continue;
        };
        let at = colon - label.len();
        if !l[..at].ends_with(char::is_alphanumeric) {
            return Some(at);
        }
    }
    None
}

/// Page furniture that carries no statement: ads, share buttons, captions, contact blocks, bylines.
pub fn is_furniture(line: &str) -> bool {
    // Furniture is short; a long line is prose (and lower-casing it would cost its length).
    if line.len() > 400 {
        return false;
    }
    // Every line is asked: compare case-blind in place rather than lower-case a copy.
    let l = line.trim();
    if l.is_empty() {
        return true;
    }
    // "**Sources:** [..](..)", "*Updated Wednesday 11 November, 16:00.*": the same words in
    // Markdown emphasis; an update stamp is furniture only set apart like that.
    let emphasised = l.starts_with(['*', '_']);
    let l = l.trim_start_matches(['*', '_']).trim_start();
    if l.is_empty() {
        return true;
    }
    if emphasised && starts_with_ignoring_case(l, "updated ") {
        return true;
    }
    // Only the prefixes that start with the line's first letter can match it.
    let first = l.as_bytes()[0].to_ascii_lowercase();
    if PREFIXES_BY_FIRST_BYTE[usize::from(first)]
        .iter()
        .any(|p| starts_with_ignoring_case(l, p))
    {
        return true;
    }
    // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Example Wire".
    if starts_with_ignoring_case(l, "by ") && word_count_to(l, 11) <= 10 && !l.ends_with('.') {
        return true;
    }
    // A photo caption that ends in its credit: "Protesters at the march. Image: Andrew Gray."
    if let Some(at) = credit_label_at(l) {
        let credit = l[at..].split_once(": ").map_or("", |(_, c)| c);
        if at > 0 && credit.len() <= 80 && !credit.trim_end_matches('.').contains(". ") {
            return true;
        }
    }
    // A caption in parentheses or brackets, or a lone time stamp of a live blog.
    if (l.starts_with('(') && l.ends_with(')')) || (l.starts_with('[') && l.ends_with(']')) {
        return true;
    }
    // A Markdown link alone on its line: "[Read the bank's statement](https://…)".
    if l.starts_with('[')
        && l.trim_end_matches('.').ends_with(')')
        && l.contains("](")
        && !l[..l.find("](").unwrap_or(0)].contains(']')
    {
        return true;
    }
    match live_blog_stamp(l) {
        Some(n) if n == l.len() => return true,
        // "22:10 We'll be back at 07:00 with the latest."
        Some(n) if n > 0 && l.is_char_boundary(n) && n < l.len() => {
            let rest = l[n..].trim_start();
            if SIGN_OFFS.iter().any(|p| starts_with_ignoring_case(rest, p)) {
                return true;
            }
        }
        _ => {}
    }
    false
}

/// `text` starts with `prefix` (lower-case ASCII), whatever the case of `text`.
fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// The length of a live-blog time stamp prefix ("14:05 GMT — ", "9.30am: ") if the line has one.
pub fn live_blog_stamp(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_digit() && i < 2 {
        i += 1;
    }
    if i == 0 || i >= b.len() || !(b[i] == b':' || b[i] == b'.') {
        return None;
    }
    i += 1;
    let digits = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i - digits != 2 {
        return None;
    }
    let rest = &line[i..];
    let mut j = i;
    for zone in [
        " am",
        " pm",
        "am",
        "pm",
        " gmt",
        " utc",
        " bst",
        " cet",
        " est",
        " edt",
        " et",
        " pt",
        " local time",
    ] {
        if starts_with_ignoring_case(rest, zone) {
            j += zone.len();
            break;
        }
    }
    let after = &line[j..];
    let trimmed = after.trim_start_matches(|c: char| {
        is_space(c) || matches!(c, '—' | '–' | '-' | ':' | '|' | '•')
    });
    if trimmed.len() == after.len() && !after.is_empty() {
        return None;
    }
    Some(line.len() - trimmed.len())
}

/// A section heading: a short line with no sentence-final punctuation.
fn looks_like_heading(line: &str) -> bool {
    let t = line.trim();
    let last = t.chars().next_back().unwrap_or('.');
    t.len() <= 110
        && word_count_to(t, 15) <= 14
        && !matches!(
            last,
            '.' | '?' | '!' | ':' | ';' | ',' | '"' | '”' | '’' | '\'' | '»' | ')'
        )
}

/// "5 Comments", "Comments", "12 comments", "Reader comments (3)".
fn is_comments_header(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let l = line.trim().to_lowercase();
    let l = l.trim_end_matches(|c: char| c == ')' || c.is_ascii_digit() || c == '(' || c == ' ');
    let words: Vec<&str> = l.split_whitespace().collect();
    match words.as_slice() {
        ["comments"] | ["comment"] | ["reader", "comments"] | ["readers'", "comments"] => true,
        [n, "comments" | "comment"] => n.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// A handle line in the comments section: a short name, not a sentence.
fn looks_like_handle(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 40 && word_count_to(t, 5) <= 4 && !t.ends_with(['.', '!', '?'])
}

/// A Markdown block prefix: how many bytes it takes, and what it makes the line.
struct Prefix {
    len: usize,
    heading: bool,
    /// A list item ("- 900 jobs will go"): a line of copy even without a full stop.
    item: bool,
}

/// Strip Markdown block prefixes ("## ", "> ", "- ", "* ") and say what they were.
fn markdown_prefix(line: &str) -> Prefix {
    let trimmed = line.trim_start_matches(is_space);
    let mut n = line.len() - trimmed.len();
    let mut heading = false;
    let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
    if hashes > 0 && hashes <= 6 && trimmed[hashes..].starts_with(' ') {
        return Prefix {
            len: n + hashes + 1,
            heading: true,
            item: false,
        };
    }
    let mut item = false;
    let mut rest = trimmed;
    loop {
        if let Some(r) = rest.strip_prefix("> ").or_else(|| rest.strip_prefix('>')) {
            n += rest.len() - r.len();
            rest = r;
            continue;
        }
        if let Some(r) = ["- ", "* ", "+ ", "• "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        {
            n += rest.len() - r.len();
            rest = r;
            item = true;
            continue;
        }
        break;
    }
    // A whole line in bold or a setext underline is a heading in Markdown news copy.
    if rest.starts_with("**") && rest.trim_end().ends_with("**") && word_count_to(rest, 15) <= 14 {
        heading = true;
    }
    Prefix {
        len: n,
        heading,
        item,
    }
}

/// "KYIV, Jan 30 (Reuters) -", "LONDON —", "WASHINGTON (AP) --": upper-case place, optional
/// date and agency, then a dash. Returns the byte length of the dateline including the dash.
pub fn dateline_len(para: &str) -> Option<usize> {
    // A dash starting in the first 80 bytes: '-', or the UTF-8 of '–' or '—' (E2 80 93/94),
    // found eight bytes at a time rather than decoding every character before it.
    let b = para.as_bytes();
    let mut first = b.len().min(80);
    while !para.is_char_boundary(first) {
        first += 1;
    }
    let at = find_bytes(&para[..first], [b'-', 0xE2], false)
        .find(|&i| b[i] == b'-' || matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])))?;
    let dc = para[at..].chars().next()?;
    let head = &para[..at];
    // The dash must stand apart ("KYIV -") and be followed by a space.
    if !head.ends_with(' ') && !head.ends_with(')') {
        return None;
    }
    let place_end = head.find([',', '(']).unwrap_or(head.len());
    let place = head[..place_end].trim();
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) || word_count_to(place, 5) > 4
    {
        return None;
    }
    let mut end = at + dc.len_utf8();
    // ("——": a doubled dash, each one of them three bytes.)
    while let Some(d) = para[end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '—' | '–'))
    {
        end += d.len_utf8();
    }
    let rest = &para[end..];
    Some(end + (rest.len() - rest.trim_start_matches(is_space).len()))
}

/// The same words, whatever the case, spacing and punctuation.
fn same_words(a: &str, b: &str) -> bool {
    let words = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Read the structure of `input`. Offsets are into `input` as given (BOM and CRLF included).
pub fn parse(input: &str) -> Document {
    let body_start = if input.starts_with('\u{feff}') { 3 } else { 0 };
    let (front, body_start) = parse_front_matter(input, body_start);
    let mut doc = Document {
        front,
        ..Document::default()
    };
    let mut seen_title = false;
    let mut in_comments = false;
    let mut in_boilerplate = false;
    let mut pending_handle: Option<(usize, usize)> = None;
    let mut last_handle: Option<(usize, usize)> = None;

    for (ls, le) in lines(input, body_start) {
        let (s, e) = trim_span(input, ls, le);
        if s == e {
            continue;
        }
        let raw = &input[s..e];
        let prefix = markdown_prefix(raw);
        let (s, e) = trim_span(input, s + prefix.len, e);
        if s == e {
            continue;
        }
        let line = &input[s..e];

        if in_comments {
            if pending_handle.is_none() && looks_like_handle(line) {
                pending_handle = Some((s, e));
                continue;
            }
            let handle = pending_handle.take().or(last_handle);
            if let Some(h) = handle {
                doc.comments.push(CommentBlock {
                    handle: h,
                    text: (s, e),
                });
                last_handle = Some(h);
            }
            continue;
        }
        // The first line is the title, or the headline as printed when front matter names
        // the title too; but a sentence under `title: …` ("VARROW, Nov 6 (Talon Press) - A
        // commuter train derailed…, police said.") is the story's first paragraph.
        if !seen_title {
            seen_title = true;
            let sentence = line.ends_with(['.', '!', '?']) || line.split_whitespace().count() > 25;
            if doc
                .front
                .get("title")
                .is_none_or(|t| same_words(t, line) || !sentence)
            {
                doc.blocks.push(Block {
                    kind: BlockKind::Title,
                    start: s,
                    end: e,
                });
                continue;
            }
        }
        if is_comments_header(line) {
            in_comments = true;
            continue;
        }
        // (Only ASCII letters lower-case to "about ": no need to lower-case the whole line.)
        // (Or run in: "About the Rail Accident Investigation Office: RAIO is…".)
        let run_in_about = starts_with_ignoring_case(line, "about ")
            && line.split_once(':').is_some_and(|(label, _)| {
                // A name after "About": capitalised words ("About 1,850 members … at 06:00"
                // is prose).
                label.len() <= 90
                    && looks_like_heading(label)
                    && label.split_whitespace().skip(1).all(|w| {
                        w.starts_with(char::is_uppercase)
                            || matches!(w, "the" | "of" | "and" | "for" | "&")
                    })
            });
        if starts_with_ignoring_case(line, "about ") && (looks_like_heading(line) || run_in_about) {
            // Press-release boilerplate ("About Harbor Freight Lines") runs to the next heading.
            in_boilerplate = true;
            doc.blocks.push(Block {
                kind: BlockKind::Furniture,
                start: s,
                end: e,
            });
            continue;
        }
        if is_furniture(line) {
            doc.blocks.push(Block {
                kind: BlockKind::Furniture,
                start: s,
                end: e,
            });
            continue;
        }
        // "- 900 jobs will go, all through voluntary redundancy": a key point is copy; a
        // short item with no verb ("- Home", "- Velmar") stays a heading.
        let item_of_copy = prefix.item && word_count_to(line, 4) >= 4;
        if prefix.heading || (looks_like_heading(line) && !item_of_copy) {
            in_boilerplate = false;
            doc.blocks.push(Block {
                kind: BlockKind::Heading,
                start: s,
                end: e,
            });
            continue;
        }
        if in_boilerplate {
            doc.blocks.push(Block {
                kind: BlockKind::Furniture,
                start: s,
                end: e,
            });
            continue;
        }
        let mut start = s;
        if let Some(n) = live_blog_stamp(line) {
            start += n;
        }
        if let Some(n) = dateline_len(&input[start..e]) {
            doc.datelines.push(Dateline {
                start,
                end: start + n,
            });
            start += n;
        }
        if start < e {
            doc.blocks.push(Block {
                kind: BlockKind::Paragraph,
                start,
                end: e,
            });
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_skipped() {
        let input =
            "---\noutlet: Example Wire\npublished: 2026-01-30\n---\nTitle here\nBody text.\n";
        let doc = parse(input);
        assert_eq!(doc.front.get("outlet"), Some("Example Wire"));
        let title = doc.title().unwrap();
        assert_eq!(&input[title.start..title.end], "Title here");
    }

    #[test]
    fn comments_section_alternates_handle_and_text() {
        let input = "T\nBody sentence.\n2 Comments\nAnna\nGood piece.\nBob K\nNot convinced.\n";
        let doc = parse(input);
        let got: Vec<(&str, &str)> = doc
            .comments
            .iter()
            .map(|c| (&input[c.handle.0..c.handle.1], &input[c.text.0..c.text.1]))
            .collect();
        assert_eq!(
            got,
            vec![("Anna", "Good piece."), ("Bob K", "Not convinced.")]
        );
    }

    #[test]
    fn crlf_bom_and_headings() {
        let input = "\u{feff}Title\r\nA Heading Without Period\r\nA body sentence here.\r\n";
        let doc = parse(input);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![BlockKind::Title, BlockKind::Heading, BlockKind::Paragraph]
        );
        let p = doc.paragraphs().next().unwrap();
        assert_eq!(&input[p.start..p.end], "A body sentence here.");
    }

    #[test]
    fn datelines_and_live_blog_stamps_are_cut_from_paragraphs() {
        let input = "T\nKYIV, Jan 30 (Reuters) - Talks resumed on Friday.\n14:05 GMT — The minister arrived.\n";
        let doc = parse(input);
        let paras: Vec<&str> = doc.paragraphs().map(|p| &input[p.start..p.end]).collect();
        assert_eq!(
            paras,
            vec!["Talks resumed on Friday.", "The minister arrived."]
        );
        assert_eq!(doc.datelines.len(), 1);
    }

    #[test]
    fn a_doubled_long_dash_after_a_dateline_is_read_whole() {
        // Found by the property test: the second dash of "——" was stepped into byte by byte.
        assert_eq!(dateline_len("KYIV ——5 people said"), Some("KYIV ——".len()));
        assert_eq!(dateline_len("«’日本 ——5'11\""), Some("«’日本 ——".len()));
    }

    #[test]
    fn furniture_is_recognised() {
        for l in [
            "ADVERTISEMENT",
            "Related: Talks stall",
            "Read more",
            "Share this article",
            "Photo: AP",
            "By Jane Doe",
            "Listen again: evening news, 16 November (12 min)",
            "19:05 — We're pausing our live coverage for the night. We'll be back at 07:00.",
            "Good afternoon and welcome to our live coverage of the October rate decision.",
            "[Read the bank's statement](https://nbm.example/en/press/2026/decision)",
            "*Updated Wednesday 11 November, 16:00. We will update this page.*",
            "**Sources:** [RAIO findings](https://raio.example/f) · [Ministry](https://m.example)",
            "This is an edited transcript of Monday's Evening Line. It has been shortened.",
            "Protesters at the march. Image: Andrew Gray.",
            "Workers at the site on Monday. Photograph: Eirik Sand for the Courant",
        ] {
            assert!(is_furniture(l), "{l}");
        }
        assert!(!is_furniture("The talks resumed on Friday."));
        assert!(!is_furniture("Updated figures show 61 cases."));
        assert!(!is_furniture(
            "The agency said: \"Photo: nothing. Image: a mess. We counted 40 boats. Then 41.\""
        ));
        assert!(!is_furniture(
            "[Update] The bank said it would publish minutes (in two weeks)."
        ));
    }
}
