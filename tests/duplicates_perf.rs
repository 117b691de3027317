//! Speed bar: 10 MB of text with half of it repeated (runs, single
//! paragraphs, quote-style variants, near copies) is analyzed for duplicates
//! in under 2 s natively. Ignored by default (it wants an optimized build):
//!
//!     cargo test --release --test duplicates_perf -- --ignored --nocapture

use article_lens::{analyze, duplicates, Document, Options};
use std::time::Instant;

/// A deterministic pseudo-random source (64-bit LCG); no dependency needed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "ren", "ta", "mi", "sor", "vel", "un", "dra", "pe", "li", "mon", "as", "ter", "gu",
    "no", "bri", "sa", "hel", "ot",
];
/// Stock words that every paragraph shares, as news prose does.
const STOCK: &[&str] = &[
    "the", "said", "on", "of", "and", "in", "a", "to", "was", "that",
];

fn word(rng: &mut Lcg) -> String {
    if rng.below(3) == 0 {
        return STOCK[rng.below(STOCK.len())].to_owned();
    }
    (0..1 + rng.below(3))
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn paragraph(rng: &mut Lcg) -> String {
    let n = 30 + rng.below(60);
    let mut p: Vec<String> = (0..n).map(|_| word(rng)).collect();
    p[0] = format!("“{}", p[0]);
    p[n / 2] = format!("{}’s,”", p[n / 2]);
    p.join(" ") + "."
}

fn ten_megabytes() -> String {
    let mut rng = Lcg(42);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut size = 0;
    while size < 10_000_000 {
        let fresh = paragraph(&mut rng);
        size += fresh.len() + 1;
        paragraphs.push(fresh);
        // About as much repeated as fresh: runs, single copies, variants.
        if paragraphs.len() > 10 {
            let copies = match rng.below(4) {
                0 => {
                    let start = rng.below(paragraphs.len() - 5);
                    paragraphs[start..start + 1 + rng.below(5)].to_vec()
                }
                1 => vec![paragraphs[rng.below(paragraphs.len())].replace('“', "\"")],
                2 => vec![paragraphs[rng.below(paragraphs.len())].replacen(' ', "  ", 3)],
                _ => vec![paragraphs[rng.below(paragraphs.len())].replacen("ka", "ke", 1)],
            };
            for c in copies {
                size += c.len() + 1;
                paragraphs.push(c);
            }
        }
    }
    paragraphs.join("\n")
}

/// CPU time of this thread in seconds (Linux), to see through a loaded
/// machine: wall time there measures the neighbours too.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

#[test]
#[ignore = "speed bar: run with --release"]
fn ten_megabytes_with_half_repeated_under_two_seconds() {
    let text = ten_megabytes();
    let cpu = cpu_seconds();
    let started = Instant::now();
    let doc = Document::new(&text);
    let built = started.elapsed();
    let groups = duplicates::detect(&doc);
    let total = started.elapsed();
    let cpu = cpu.zip(cpu_seconds()).map(|(a, b)| b - a);
    let mut options = Options::default();
    options.quotes = false;
    options.entities = false;
    let started = Instant::now();
    let analysis = analyze(&text, &options);
    let analyze_time = started.elapsed();
    println!(
        "{:.1} MB, {} paragraphs: document {:?}, document + duplicates {:?} wall, {:?} s CPU ({} groups, {} occurrences); analyze (duplicates + boilerplate + segments) {:?}",
        text.len() as f64 / 1e6,
        doc.paragraphs.len(),
        built,
        total,
        cpu,
        groups.len(),
        groups.iter().map(|g| g.occurrences.len()).sum::<usize>(),
        analyze_time
    );
    assert_eq!(analysis.duplicates.len(), groups.len());
    // The bar is on CPU time when the OS gives it (the machine may be shared).
    let seconds = cpu.unwrap_or(total.as_secs_f64());
    assert!(seconds < 2.0, "{seconds} s");
}
