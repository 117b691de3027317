//! Native benches (divan): `cargo bench --bench analyze`.
//!
//! Before divan's timings, prints a summary table measured here directly:
//! for each corpus, median of [`RUNS`] runs of `analyze` + `highlight`
//! (MB/s), peak heap during one run (exact, from a counting allocator) as a
//! multiple of the input, the scaling ratio time(10 MB)/time(1 MB), and each
//! adversarial corpus against news text of the same size.
//!
//! Then divan times each stage separately (document model, each detector,
//! contract, highlight, clean) with byte throughput, per size.
//!
//! `BENCH_QUICK=1` skips the 10 MB corpus (for a smoke run);
//! `cargo bench --bench analyze -- --summary-only` prints the summary alone.

#[path = "corpus.rs"]
mod corpus;

use article_lens::{
    analyze, boilerplate, clean, contract::Report, document::Document, duplicates, entities,
    highlight, quotes, CleanOptions, HighlightOptions, Options,
};
use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Runs per measurement in the summary; the median is reported.
const RUNS: usize = 5;

/// Counts live heap bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn track(grow: usize) {
    let live = LIVE.fetch_add(grow, Relaxed) + grow;
    PEAK.fetch_max(live, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        track(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            track(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn quick() -> bool {
    std::env::var_os("BENCH_QUICK").is_some()
}

/// The news corpora by size name; the 1 MB and 10 MB ones with the seeds.
fn news(size: &str) -> &'static str {
    static K10: OnceLock<String> = OnceLock::new();
    static M1: OnceLock<String> = OnceLock::new();
    static M10: OnceLock<String> = OnceLock::new();
    match size {
        "10k" => K10.get_or_init(corpus::article_10k),
        "1m" => M1.get_or_init(|| {
            corpus::with_seeds(
                &corpus::news(corpus::MB1),
                &corpus::seeds(),
                corpus::SEED_EVERY,
            )
        }),
        _ => M10.get_or_init(|| {
            corpus::with_seeds(
                &corpus::news(corpus::MB10),
                &corpus::seeds(),
                corpus::SEED_EVERY,
            )
        }),
    }
}

fn adversarial() -> &'static [(&'static str, String)] {
    static ADV: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    ADV.get_or_init(|| corpus::adversarial(corpus::MB1))
}

/// analyze + highlight, the page's work for one text.
fn analyze_and_highlight(text: &str) -> usize {
    let analysis = analyze(text, &Options::default());
    highlight(text, &analysis, &HighlightOptions::default()).len()
}

/// Median wall time of [`RUNS`] runs, and the peak heap during them above
/// what was live before.
fn measure(text: &str) -> (Duration, usize) {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        black_box(analyze_and_highlight(black_box(text)));
        times.push(start.elapsed());
    }
    let peak = PEAK.load(Relaxed).saturating_sub(before);
    times.sort();
    (times[RUNS / 2], peak)
}

fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / t.as_secs_f64()
}

fn summary() {
    println!("article-lens native: analyze + highlight, median of {RUNS} runs");
    println!(
        "{:<24} {:>10} {:>11} {:>9} {:>12}",
        "corpus", "bytes", "time", "MB/s", "peak heap"
    );
    let row = |name: &str, text: &str| -> Duration {
        let (t, peak) = measure(text);
        println!(
            "{:<24} {:>10} {:>9.3}ms {:>9.1} {:>10.1}x",
            name,
            text.len(),
            t.as_secs_f64() * 1e3,
            mb_per_s(text.len(), t),
            peak as f64 / text.len().max(1) as f64
        );
        t
    };
    row("news-10k", news("10k"));
    let t1 = row("news-1m", news("1m"));
    if !quick() {
        let t10 = row("news-10m", news("10m"));
        let ratio = t10.as_secs_f64() / t1.as_secs_f64()
            * (news("1m").len() as f64 * 10.0 / news("10m").len() as f64);
        println!("scaling time(10 MB)/time(1 MB) = {ratio:.2} (target <= 11)");
    }
    let per_byte_news = t1.as_secs_f64() / news("1m").len() as f64;
    for (name, text) in adversarial() {
        let t = row(&format!("{name}-1m"), text);
        let per_byte = t.as_secs_f64() / text.len() as f64;
        println!(
            "{:<24} {:.2}x the time of news text per byte (target <= 3)",
            "",
            per_byte / per_byte_news
        );
    }
    println!();
}

fn main() {
    // `--summary-only`: the table alone (benches/wasm-bench.mjs --results).
    // `cargo bench` passes `--bench`; `cargo test --benches` does not and
    // only needs each bench to run once, which divan does on its own.
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--summary-only") {
        summary();
        return;
    }
    if args.iter().any(|a| a == "--bench") {
        summary();
    }
    divan::main();
}

const SIZES: [&str; 3] = ["10k", "1m", "10m"];

fn sizes() -> &'static [&'static str] {
    if quick() {
        &SIZES[..2]
    } else {
        &SIZES
    }
}

/// The whole pipeline: `analyze`.
#[divan::bench(args = sizes(), sample_count = 10)]
fn total_analyze(bencher: Bencher, size: &str) {
    let text = news(size);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| analyze(black_box(text), &Options::default()));
}

/// analyze + highlight: what the page does for one text.
#[divan::bench(args = sizes(), sample_count = 10)]
fn total_analyze_highlight(bencher: Bencher, size: &str) {
    let text = news(size);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| analyze_and_highlight(black_box(text)));
}

/// Paragraphs, sentences and tokens.
#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_document(bencher: Bencher, size: &str) {
    let text = news(size);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| Document::new(black_box(text)));
}

/// Each detector on a ready document.
#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_boilerplate(bencher: Bencher, size: &str) {
    let text = news(size);
    let doc = Document::new(text);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| boilerplate::detect(black_box(&doc)));
}

#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_entities(bencher: Bencher, size: &str) {
    let text = news(size);
    let doc = Document::new(text);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| entities::detect(black_box(&doc)));
}

#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_quotes(bencher: Bencher, size: &str) {
    let text = news(size);
    let doc = Document::new(text);
    let found = entities::detect(&doc);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| quotes::detect(black_box(&doc), black_box(&found)));
}

#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_duplicates(bencher: Bencher, size: &str) {
    let text = news(size);
    let doc = Document::new(text);
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| duplicates::detect(black_box(&doc)));
}

/// The JSON contract (UTF-16 offsets) from a ready analysis.
#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_contract(bencher: Bencher, size: &str) {
    let text = news(size);
    let analysis = analyze(text, &Options::default());
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| Report::new(black_box(text), black_box(&analysis)));
}

/// The HTML renderer from a ready analysis.
#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_highlight(bencher: Bencher, size: &str) {
    let text = news(size);
    let analysis = analyze(text, &Options::default());
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| highlight(black_box(text), &analysis, &HighlightOptions::default()));
}

/// clean from a ready analysis.
#[divan::bench(args = sizes(), sample_count = 10)]
fn stage_clean(bencher: Bencher, size: &str) {
    let text = news(size);
    let analysis = analyze(text, &Options::default());
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| clean(black_box(text), &analysis, &CleanOptions::default()));
}

/// The adversarial corpora (1 MB each): analyze + highlight.
#[divan::bench(args = ["identical-paragraphs", "all-capitalized", "nested-quotes", "quote-marks", "unbalanced-marks", "single-line"], sample_count = 10)]
fn adversarial_1m(bencher: Bencher, name: &str) {
    let text = &adversarial()
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a corpus of that name")
        .1;
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| analyze_and_highlight(black_box(text)));
}
