//! A deterministic synthetic news corpus for benchmarks and scale tests: articles that reuse
//! statements across outlets with the variation real coverage shows (exact re-quotes, fragments,
//! reworded copies, misquoted numbers, the wrong speaker) next to new statements. Seeded, so a
//! run can be repeated exactly. Not used by the binary.

/// SplitMix64: small, fast, good enough for test data, and stable across platforms.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    /// Zipf-like pick in 0..n: small indices are much more frequent, like words in news.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        (((n as f64 + 1.0).powf(u) - 1.0) as usize).min(n - 1)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "dan", "vi", "tor", "sen", "ar", "bel", "ni", "os", "tra", "gan", "ul",
    "pre", "mos", "ren", "di", "ves", "ko", "lan", "tu", "zer", "am", "po", "rik", "sta", "ne",
    "fal", "id",
];

const FIRST: &[&str] = &[
    "Anna", "Mark", "Olena", "Yuri", "Sara", "David", "Lena", "Omar", "Irina", "Tomas", "Mara",
    "Jonas", "Petra", "Ivan", "Nadia", "Karl",
];
const LAST: &[&str] = &[
    "Kovalenko",
    "Berg",
    "Okafor",
    "Sandoval",
    "Lind",
    "Hale",
    "Petrov",
    "Moreau",
    "Novak",
    "Reyes",
    "Falk",
    "Duarte",
    "Haas",
    "Morozov",
    "Quinn",
    "Vance",
];
const TITLES: &[&str] = &[
    "Foreign Minister",
    "spokesperson",
    "Mayor",
    "union leader",
    "Finance Minister",
    "Senator",
    "Governor",
    "envoy",
];
const OUTLETS: &[&str] = &[
    "Meridian Wire",
    "Harbour Voice",
    "Continental Post",
    "Eastern Bridge",
    "Globe Dispatch",
    "Signal Daily",
    "Nordlys Radio",
    "Sunday Chronicle",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A statement as first said: its words and who said it.
#[derive(Debug, Clone)]
pub struct BaseStatement {
    pub id: usize,
    pub words: Vec<String>,
    pub speaker: usize,
}

/// How a mention was derived from its base statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Variation {
    New,
    Exact,
    Fragment,
    Reworded,
    Misquote,
    WrongSpeaker,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct TruthMention {
    pub base: usize,
    pub variation: Variation,
    pub text: String,
    pub speaker: String,
}

#[derive(Debug, Clone)]
pub struct SynthArticle {
    pub name: String,
    pub text: String,
    pub truth: Vec<TruthMention>,
}

pub struct Corpus {
    rng: Rng,
    vocab: Vec<String>,
    pool: Vec<BaseStatement>,
    speakers: Vec<(String, String)>,
}

impl Corpus {
    pub fn new(seed: u64) -> Corpus {
        let mut rng = Rng::new(seed);
        let mut vocab = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while vocab.len() < 20_000 {
            let n = 2 + rng.below(3);
            let w: String = (0..n)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect();
            if seen.insert(w.clone()) {
                vocab.push(w);
            }
        }
        let mut speakers = Vec::new();
        for f in FIRST {
            for l in LAST {
                speakers.push((
                    format!("{f} {l}"),
                    TITLES[rng.below(TITLES.len())].to_string(),
                ));
            }
        }
        Corpus {
            rng,
            vocab,
            pool: Vec::new(),
            speakers,
        }
    }

    fn word(&mut self) -> String {
        let i = self.rng.zipf(self.vocab.len());
        self.vocab[i].clone()
    }

    /// A fresh statement of about 30–40 words (~236 bytes), with a number in it.
    pub fn new_statement(&mut self) -> BaseStatement {
        let n = 28 + self.rng.below(12);
        let mut words: Vec<String> = (0..n).map(|_| self.word()).collect();
        let at = self.rng.below(n);
        words[at] = (10 + self.rng.below(990)).to_string();
        let st = BaseStatement {
            id: self.pool.len(),
            words,
            speaker: self.rng.below(self.speakers.len()),
        };
        self.pool.push(st.clone());
        st
    }

    pub fn speaker_name(&self, i: usize) -> &str {
        &self.speakers[i].0
    }

    /// One mention: a new statement, or a variant of one already in the pool.
    pub fn mention(&mut self, reuse: f64) -> TruthMention {
        if self.pool.is_empty() || !self.rng.chance(reuse) {
            let st = self.new_statement();
            return TruthMention {
                base: st.id,
                variation: Variation::New,
                text: st.words.join(" "),
                speaker: self.speakers[st.speaker].0.clone(),
            };
        }
        let base = self.pool[self.rng.below(self.pool.len())].clone();
        let mut words = base.words.clone();
        let mut speaker = base.speaker;
        let roll = self.rng.below(100);
        let variation = match roll {
            0..=29 => Variation::Exact,
            30..=49 => {
                let len = words.len() * (4 + self.rng.below(4)) / 10;
                let start = self.rng.below(words.len() - len);
                words = words[start..start + len].to_vec();
                Variation::Fragment
            }
            50..=79 => {
                for _ in 0..1 + self.rng.below(3) {
                    let i = self.rng.below(words.len());
                    words[i] = self.word();
                }
                if self.rng.chance(0.5) {
                    let i = self.rng.below(words.len() - 1);
                    words.swap(i, i + 1);
                }
                Variation::Reworded
            }
            80..=94 => {
                if let Some(w) = words
                    .iter_mut()
                    .find(|w| w.chars().all(|c| c.is_ascii_digit()))
                {
                    *w = (w.parse::<usize>().unwrap_or(0) + 1 + self.rng.below(20)).to_string();
                }
                Variation::Misquote
            }
            _ => {
                speaker =
                    (speaker + 1 + self.rng.below(self.speakers.len() - 1)) % self.speakers.len();
                Variation::WrongSpeaker
            }
        };
        TruthMention {
            base: base.id,
            variation,
            text: words.join(" "),
            speaker: self.speakers[speaker].0.clone(),
        }
    }

    /// An article of `statements` statements, half of them reused, in news style with front matter.
    pub fn article(&mut self, index: usize, statements: usize) -> SynthArticle {
        let outlet = OUTLETS[self.rng.below(OUTLETS.len())];
        let month = MONTHS[self.rng.below(12)];
        let day = 1 + self.rng.below(28);
        let date = format!(
            "2026-{:02}-{:02}",
            MONTHS.iter().position(|m| *m == month).unwrap_or(0) + 1,
            day
        );
        let mut text = format!(
            "---\ntitle: Synthetic story {index}\noutlet: {outlet}\npublished: {date}\nurl: https://synthetic.example/{index}\n---\nSynthetic story {index} from {outlet}\n"
        );
        let mut truth = Vec::new();
        for _ in 0..statements {
            let m = self.mention(0.5);
            let title = self
                .speakers
                .iter()
                .find(|s| s.0 == m.speaker)
                .map(|s| s.1.clone())
                .unwrap_or_default();
            let mut sentence = m.text.clone();
            if let Some(c) = sentence.get(..1) {
                sentence.replace_range(..1, &c.to_uppercase());
            }
            let para = match self.rng.below(3) {
                0 => format!("\"{sentence},\" {} said on {month} {day}.", m.speaker),
                1 => format!("{title} {} said that {}.", m.speaker, m.text),
                _ => format!(
                    "\u{201c}{sentence},\u{201d} said {}, the {title}.",
                    m.speaker
                ),
            };
            text.push_str(&para);
            text.push('\n');
            truth.push(m);
        }
        SynthArticle {
            name: format!("synthetic-{index:06}.txt"),
            text,
            truth,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let a: Vec<String> = {
            let mut c = Corpus::new(7);
            (0..5).map(|i| c.article(i, 10).text).collect()
        };
        let b: Vec<String> = {
            let mut c = Corpus::new(7);
            (0..5).map(|i| c.article(i, 10).text).collect()
        };
        assert_eq!(a, b);
        let c: Vec<String> = {
            let mut c = Corpus::new(8);
            (0..5).map(|i| c.article(i, 10).text).collect()
        };
        assert_ne!(a, c);
    }

    #[test]
    fn statements_are_news_sized() {
        let mut c = Corpus::new(1);
        let avg = (0..200)
            .map(|_| c.new_statement().words.join(" ").len())
            .sum::<usize>()
            / 200;
        assert!((150..350).contains(&avg), "{avg}");
    }
}
