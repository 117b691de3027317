//! Runs one stage of the pipeline on a file, N times, and prints the median
//! time: a driver for profilers, where divan's harness is in the way.
//!
//! ```text
//! cargo build --release --example stage
//! target/release/examples/stage STAGE FILE [N]
//! ```
//!
//! STAGE is `document`, `boilerplate`, `entities`, `quotes`, `duplicates`,
//! `segments`, `highlight`, `contract` (the report and its JSON, what the
//! CLI prints), `analyze` or `all` (analyze and highlight). The inputs a
//! stage reads (the document, entities, boilerplate,
//! the analysis) are built once before the timed calls.
//!
//! Wall time on a shared machine is noisy; instruction counts are not. The
//! instructions of one call are the difference between a run with 2 calls
//! and a run with 1:
//!
//! ```text
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/stage entities FILE 1
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/stage entities FILE 2
//! ```

use article_lens::{
    analyze, boilerplate, contract::Report, document::Document, duplicates, entities, highlight,
    quotes, segments, HighlightOptions, Options,
};
use std::hint::black_box;
use std::time::Instant;

const STAGES: &str =
    "document|boilerplate|entities|quotes|duplicates|segments|highlight|contract|analyze|all";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(stage), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: stage {STAGES} FILE [N]");
        std::process::exit(2);
    };
    let runs: usize = match args.get(2).map(|n| n.parse()) {
        None => 5,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("stage: N must be a positive number");
            std::process::exit(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("stage: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    if !STAGES.split('|').any(|s| s == stage) {
        eprintln!("stage: unknown stage {stage:?} (one of {STAGES})");
        std::process::exit(2);
    }
    // Only what the stage reads is prepared, so that a run's instruction
    // count is the preparation plus N calls and nothing else.
    let reads_document = !matches!(stage.as_str(), "document" | "analyze" | "all");
    let doc = Document::new(if reads_document { &text } else { "" });
    let found_entities = match stage.as_str() {
        "quotes" | "segments" => entities::detect(&doc),
        _ => Vec::new(),
    };
    let found_boilerplate = match stage.as_str() {
        "segments" => boilerplate::detect(&doc),
        _ => Vec::new(),
    };
    let analysis = match stage.as_str() {
        "highlight" | "contract" => analyze(&text, &Options::default()),
        _ => analyze("", &Options::default()),
    };
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        match stage.as_str() {
            "document" => drop(black_box(Document::new(&text))),
            "boilerplate" => drop(black_box(boilerplate::detect(&doc))),
            "entities" => drop(black_box(entities::detect(&doc))),
            "quotes" => drop(black_box(quotes::detect(&doc, &found_entities))),
            "duplicates" => drop(black_box(duplicates::detect(&doc))),
            "segments" => drop(black_box(segments::detect(
                &doc,
                &found_entities,
                &found_boilerplate,
            ))),
            "highlight" => drop(black_box(highlight(
                &text,
                &analysis,
                &HighlightOptions::default(),
            ))),
            "contract" => drop(black_box(Report::new(&text, &analysis).to_json())),
            "analyze" => drop(black_box(analyze(&text, &Options::default()))),
            _ => {
                let analysis = analyze(&text, &Options::default());
                drop(black_box(highlight(
                    &text,
                    &analysis,
                    &HighlightOptions::default(),
                )));
            }
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "{stage}: median of {runs}: {:.3} ms, {:.1} MB/s",
        median * 1e3,
        text.len() as f64 / 1e6 / median
    );
}
