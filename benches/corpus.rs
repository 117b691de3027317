//! Bench and robustness corpora, generated: news-like articles from original
//! templates (every name, place and sentence below is invented for this file),
//! plus the adversarial inputs of issue 7.
//!
//! Deterministic: a fixed-seed PRNG, so every run and every system (native,
//! wasm, the JS peers via `gen-corpus`) sees the same bytes. The two seed
//! articles in `tests/fixtures` may be mixed in at run time
//! ([`with_seeds`]); nothing generated is committed.
//!
//! Shared by `benches/analyze.rs`, `benches/gen_corpus.rs` and
//! `tests/robustness.rs` (included by path).
#![allow(dead_code)]

/// Sizes used by the benches and the wasm script.
pub const KB10: usize = 10 * 1024;
/// One mebibyte.
pub const MB1: usize = 1024 * 1024;
/// Ten mebibytes.
pub const MB10: usize = 10 * 1024 * 1024;

/// xorshift64*: tiny, fast and good enough to vary templates.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a nonzero seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Mara", "Tobias", "Ines", "Kwame", "Lotte", "Rafael", "Signe", "Dmitri", "Aiko", "Farah",
    "Orla", "Benedikt", "Nadia", "Emeka", "Yusra", "Henrik", "Camila", "Anouk", "Teodor", "Priya",
];
const LAST: &[&str] = &[
    "Lindqvist",
    "Okafor",
    "Brennan",
    "Vasquez",
    "Holloway",
    "Marchetti",
    "Adeyemi",
    "Kowalczyk",
    "Thornbury",
    "Nakashima",
    "Delacroix-Finn",
    "Osei",
    "Ravensworth",
    "Petrossian",
    "Quillfeather",
    "Abernathy",
    "Szabo",
    "Mendoza-Ruiz",
    "Haldane",
    "Iwu",
];
const TITLE: &[&str] = &[
    "Mayor",
    "Senator",
    "Minister",
    "Governor",
    "Judge",
    "Commissioner",
    "Dr.",
    "Chief Inspector",
];
const ROLE: &[&str] = &[
    "a spokesperson for",
    "the director of",
    "an analyst at",
    "a senior official at",
    "the chief executive of",
    "a researcher with",
    "a lawyer representing",
];
const ORG: &[&str] = &[
    "the Valmora Transit Authority",
    "Northline Rail",
    "the Eastbrook City Council",
    "the Ministry of Coastal Affairs",
    "Harbor & Pine Holdings",
    "the Institute for Rural Water",
    "the Federation of Grain Growers",
    "Crestview University",
    "the Lakeshore Teachers Union",
    "Brightmoor Energy Co.",
];
const PLACE: &[&str] = &[
    "Valmora",
    "Eastbrook",
    "Port Calder",
    "the Dunmere Valley",
    "Kestrel Bay",
    "New Ashford",
    "the Silverrun district",
    "Lower Tamsin",
    "Greywater",
    "St. Oriel",
];
const WEEKDAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const TOPIC: &[&str] = &[
    "the bridge repairs",
    "the new water tariff",
    "the school closures",
    "the rail strike",
    "the flood barrier",
    "the housing plan",
    "the budget shortfall",
    "the hospital merger",
    "the fishing quotas",
    "the wildfire recovery fund",
];
const VERB: &[&str] = &[
    "delay",
    "approve",
    "review",
    "suspend",
    "expand",
    "fund",
    "reconsider",
    "block",
];
const NOUN: &[&str] = &[
    "homes",
    "jobs",
    "buses",
    "classrooms",
    "acres",
    "permits",
    "beds",
    "stations",
];
const QUOTE: &[&str] = &[
    "We are not going to walk away from the people who depend on this",
    "Nobody here wanted it to come to this, but the numbers do not lie",
    "It is a difficult decision and we made it with our eyes open",
    "I have spoken to families who have waited years for an answer",
    "This is the beginning of the process, not the end of it",
    "We will look at every option before anything is final",
    "Frankly, the plan was never going to work as written",
    "There is still time to get this right if everyone stays at the table",
    "What we saw last week was a warning, and we should heed it",
    "I can’t promise it will be easy, but I can promise it will be fair",
];
const SCARE: &[&str] = &[
    "unacceptable",
    "a done deal",
    "temporary",
    "historic",
    "a mess",
    "on track",
];
const SPEECH_VERB: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "said in a statement",
    "wrote",
];

fn person(rng: &mut Rng) -> String {
    if rng.chance(30) {
        format!("{} {} {}", rng.pick(TITLE), rng.pick(FIRST), rng.pick(LAST))
    } else {
        format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
    }
}

fn date(rng: &mut Rng) -> String {
    if rng.chance(50) {
        rng.pick(WEEKDAY).to_owned()
    } else {
        format!("{} {}", rng.pick(MONTH), 1 + rng.below(28))
    }
}

/// One sentence of news prose, often with a quotation.
fn sentence(rng: &mut Rng) -> String {
    let who = person(rng);
    match rng.below(9) {
        0 => format!("“{},” {who} {}.", rng.pick(QUOTE), rng.pick(SPEECH_VERB)),
        1 => format!(
            "“{}. {},” said {who}, {} {}.",
            rng.pick(QUOTE),
            rng.pick(QUOTE),
            rng.pick(ROLE),
            rng.pick(ORG)
        ),
        2 => format!(
            "{who}, {} {}, said {} would {} {} by {}.",
            rng.pick(ROLE),
            rng.pick(ORG),
            rng.pick(TOPIC),
            rng.pick(VERB),
            rng.pick(NOUN),
            date(rng)
        ),
        3 => format!(
            "{} announced on {} that it would {} {} {} in {}.",
            capitalize(rng.pick(ORG)),
            date(rng),
            rng.pick(VERB),
            100 + rng.below(9900),
            rng.pick(NOUN),
            rng.pick(PLACE)
        ),
        4 => format!(
            "Critics called {} “{},” a charge {who} rejected.",
            rng.pick(TOPIC),
            rng.pick(SCARE)
        ),
        5 => format!(
            "In {}, residents said they had heard little about {} since {}.",
            rng.pick(PLACE),
            rng.pick(TOPIC),
            date(rng)
        ),
        6 => format!(
            "\"{}\", {who} said, according to {}.",
            rng.pick(QUOTE),
            rng.pick(ORG)
        ),
        7 => format!(
            "The vote — {}-{} — came after {} hours of debate, and {who} said the {} {} would follow.",
            3 + rng.below(6),
            rng.below(4),
            2 + rng.below(10),
            rng.pick(NOUN),
            rng.pick(VERB).trim_end_matches('e').to_owned() + "ed"
        ),
        _ => format!(
            "{who} said {}’s plan to {} {} was “{}.”",
            rng.pick(PLACE),
            rng.pick(VERB),
            rng.pick(TOPIC),
            rng.pick(SCARE)
        ),
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One article of roughly `target` bytes: dateline, paragraphs of 1–4
/// sentences, sometimes a caption, a credit line, a separator and a
/// scraped repeat of an earlier paragraph.
pub fn article(rng: &mut Rng, target: usize) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut size = 0;
    let place = rng.pick(PLACE).trim_start_matches("the ").to_uppercase();
    let mut first = format!("{place} — ");
    first.push_str(&sentence(rng));
    paragraphs.push(first);
    while size < target {
        let p = match rng.below(20) {
            0 if paragraphs.len() > 2 => paragraphs[rng.below(paragraphs.len())].clone(),
            1 => format!(
                "{} speaks at a meeting in {} on {}. (Photo: {}/Valmora Ledger)",
                person(rng),
                rng.pick(PLACE),
                date(rng),
                person(rng)
            ),
            2 => "___".to_owned(),
            _ => {
                let n = 1 + rng.below(4);
                (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
            }
        };
        size += p.len() + 2;
        paragraphs.push(p);
    }
    paragraphs.join("\n\n")
}

/// A news corpus of at least `size` bytes (cut at a paragraph break near
/// `size`): varied articles separated by blank lines.
pub fn news(size: usize) -> String {
    let mut rng = Rng::new(0x5eed_0000 ^ size as u64);
    let mut out = String::with_capacity(size + 8192);
    while out.len() < size {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let want = (size - out.len()).min(2048 + rng.below(8192));
        out.push_str(&article(&mut rng, want));
    }
    cut(out, size)
}

/// `corpus` with `seeds` woven in: one seed after every `every` bytes, the
/// total cut back to the original size.
pub fn with_seeds(corpus: &str, seeds: &[String], every: usize) -> String {
    if seeds.is_empty() {
        return corpus.to_owned();
    }
    let mut out = String::with_capacity(corpus.len() + 64 * 1024);
    let mut next_seed = 0;
    let mut since = 0;
    for paragraph in corpus.split("\n\n") {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(paragraph);
        since += paragraph.len() + 2;
        if since >= every {
            out.push_str("\n\n");
            out.push_str(&seeds[next_seed % seeds.len()]);
            next_seed += 1;
            since = 0;
        }
    }
    cut(out, corpus.len())
}

/// The "10 KB article": one generated article of about 10 KB.
pub fn article_10k() -> String {
    // An article overshoots its target by at most one paragraph (< 1 KB).
    cut(article(&mut Rng::new(0x10_4b), KB10 - 1024), KB10)
}

/// A seed article is woven in after this many bytes of generated text.
pub const SEED_EVERY: usize = 256 * 1024;

/// The seed articles of `tests/fixtures` (`seed-*.txt`, not the annotated
/// `.ann.txt`), read at run time; empty when the folder is missing.
pub fn seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("seed-") && name.ends_with(".txt") && !name.ends_with(".ann.txt")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Cuts `text` at the last paragraph break at or before `size` (or at a
/// char boundary when there is none).
fn cut(mut text: String, size: usize) -> String {
    if text.len() <= size {
        return text;
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(br) = text[..end].rfind("\n\n") {
        if br > size / 2 {
            end = br;
        }
    }
    text.truncate(end);
    text
}

/// Repeats `unit` until the result has at least `size` bytes.
fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len().max(1)))
}

/// Every paragraph the same.
pub fn identical_paragraphs(size: usize) -> String {
    let mut rng = Rng::new(7);
    let p = (0..3)
        .map(|_| sentence(&mut rng))
        .collect::<Vec<_>>()
        .join(" ");
    repeat_to(&(p + "\n\n"), size)
}

/// Every token capitalized, sentences and paragraphs as in news.
pub fn all_capitalized(size: usize) -> String {
    let news = news(size);
    let mut out = String::with_capacity(news.len());
    let mut at_word_start = true;
    for c in news.chars() {
        if at_word_start && c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        at_word_start = !c.is_alphanumeric();
    }
    out
}

/// Quotes nested `depth` deep (“ ‘ “ ‘ … ’ ” ’ ”) with words between the
/// marks, one nest per paragraph.
pub fn nested_quotes(size: usize) -> String {
    const DEPTH: usize = 200;
    let mut nest = String::new();
    for level in 0..DEPTH {
        nest.push_str(if level % 2 == 0 { "“" } else { "‘" });
        nest.push_str("she said ");
    }
    nest.push_str("the end");
    for level in (0..DEPTH).rev() {
        nest.push_str(if level % 2 == 0 { "”" } else { "’" });
        nest.push_str(" he added ");
    }
    repeat_to(&(nest + "\n\n"), size)
}

/// `count` quote marks: straight and curly, opening and closing, mixed,
/// with no words between them.
pub fn quote_marks(count: usize) -> String {
    const MARKS: [char; 4] = ['"', '“', '”', '"'];
    (0..count).map(|i| MARKS[i % MARKS.len()]).collect()
}

/// Marks that never balance: openers without closers, closers first, stray
/// apostrophes and guillemets, in news-like paragraphs.
pub fn unbalanced_marks(size: usize) -> String {
    const UNIT: &str = "” He said “we will ‘go and \"never ’come back. « Yes » » ” ” “ “ “ '\n";
    repeat_to(UNIT, size)
}

/// News text with every line break replaced by a space: one line.
pub fn single_line(size: usize) -> String {
    news(size).replace(['\n', '\r'], " ")
}

/// Runs of periods that sentence splitting must not scan back over at every
/// period: `a.a.a.`, `I....`, `1.1.1.`, `U.S.U.S.`.
pub fn dotted_runs(size: usize) -> String {
    const RUN: usize = 4096;
    let unit = [
        "a.".repeat(RUN / 2),
        format!("I{}", ".".repeat(RUN)),
        "1.".repeat(RUN / 2),
        "U.S.".repeat(RUN / 4),
    ]
    .join(" ");
    repeat_to(&(unit + "\n\n"), size)
}

/// A list of numbers, one per line: tens of thousands of tiny paragraphs.
pub fn short_lines(size: usize) -> String {
    let mut out = String::with_capacity(size + 16);
    let mut n = 0usize;
    while out.len() < size {
        out.push_str(&n.to_string());
        out.push('\n');
        n += 1;
    }
    out
}

/// One short share-widget block repeated back to back.
pub fn repeated_short_block(size: usize) -> String {
    repeat_to("Share\nTweet\nEmail\n", size)
}

/// Many different people who share one surname, each named in full (four
/// letters tell 26^4 first names apart: no name repeats below 10 MB, so the
/// namesakes keep growing with the size).
pub fn shared_surname(size: usize) -> String {
    let mut out = String::with_capacity(size + 64);
    let mut n = 0usize;
    while out.len() < size {
        let first: String = (0..4)
            .map(|k| char::from(b'a' + ((n / 26usize.pow(k)) % 26) as u8))
            .collect();
        out.push_str(&format!("Ka{first} Smith said it. "));
        n += 1;
    }
    out
}

/// A photo credit of one long run of capitalized words, then its last word
/// as a speaker many times (a name as long as the credit would be copied
/// into every mention's title).
pub fn long_credit(size: usize) -> String {
    let names: Vec<String> = (0..size / 40)
        .map(|n| {
            let a = char::from(b'a' + (n % 26) as u8);
            let b = char::from(b'a' + (n / 26 % 26) as u8);
            let c = char::from(b'a' + (n / 676 % 26) as u8);
            format!("Ka{a}{b}{c}")
        })
        .collect();
    let mut out = format!("A man walks. (AP Photo/{} Smith)\n\n", names.join(" "));
    while out.len() < size {
        out.push_str("“Yes,” Smith said. ");
    }
    out
}

/// A separator, then one long run of punctuation tokens with no name.
pub fn punctuation_run(size: usize) -> String {
    format!("x\n\n***\n\nx\n\ny\n\n{}", "(".repeat(size))
}

/// A possessive, then a long run of nationality words.
pub fn group_word_run(size: usize) -> String {
    format!("American’s {}Square.", "American ".repeat(size / 9))
}

/// A round-up of short datelined items.
pub fn many_datelines(size: usize) -> String {
    repeat_to(
        "PARIS — The talks resumed on Tuesday in the capital city today.\n\n\
         They ended late in the evening without an agreement on the main points.\n\n",
        size,
    )
}

/// Quotations tagged by a role only (`the president said`) and no title
/// anywhere: each tag looks for the person who holds the role.
pub fn role_tags(size: usize) -> String {
    repeat_to("“We will not wait,” the president said. ", size)
}

/// One run-on sentence (no full stop anywhere) of quotations after colons,
/// none with a cue: each one's subject was looked for back to the
/// sentence's start.
pub fn run_on_quotes(size: usize) -> String {
    let mut text = String::from("Jane Roe was blunt");
    while text.len() < size {
        text.push_str(": “we will go there” and ");
    }
    text
}

/// The adversarial corpora at about `size` bytes each: `(name, text)`.
/// `quote-marks` has `size / 2` marks (2 bytes each on average).
pub fn adversarial(size: usize) -> Vec<(&'static str, String)> {
    vec![
        ("identical-paragraphs", identical_paragraphs(size)),
        ("all-capitalized", all_capitalized(size)),
        ("nested-quotes", nested_quotes(size)),
        ("quote-marks", quote_marks(size / 2)),
        ("unbalanced-marks", unbalanced_marks(size)),
        ("single-line", single_line(size)),
        ("dotted-runs", dotted_runs(size)),
        ("short-lines", short_lines(size)),
        ("repeated-short-block", repeated_short_block(size)),
        ("shared-surname", shared_surname(size)),
        ("long-credit", long_credit(size)),
        ("punctuation-run", punctuation_run(size)),
        ("group-word-run", group_word_run(size)),
        ("many-datelines", many_datelines(size)),
        ("role-tags", role_tags(size)),
        ("run-on-quotes", run_on_quotes(size)),
    ]
}
