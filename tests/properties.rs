//! Property tests: the fuzz invariants (`tests/support/invariants.rs`) on
//! generated text, short enough for CI (a few seconds). The long search is
//! `cargo fuzz` (see `fuzz/`).
//!
//! Text is built from pieces that matter to the detectors (quote marks of
//! every style, line-break styles, capitalized words, speech verbs,
//! separators, scripts with multi-byte and astral characters, NUL) mixed
//! with arbitrary characters, so short cases reach the interesting paths.

// proptest is a native-only dev-dependency (Cargo.toml); `make test` also
// lints the test targets for wasm32, where this file has nothing to build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/invariants.rs"]
mod invariants;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// Findings still open in detectors owned elsewhere (each has an ignored
/// regression test in `tests/robustness.rs`); skipped here so CI stays a
/// check on everything else. None open.
const KNOWN: &[&str] = &[];

/// Cases per property: enough to cover the pieces, quick in debug builds.
const CASES: u32 = 200;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "“", "”", "‘", "’", "\"", "'", "«", "»", "„",
            "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", " ", "  ", "\t", "\u{a0}", "\u{200b}",
            ".", ",", "?", "!", " — ", "-", "…", "___", "(AP)", "U.S.", "Dr.",
            "said", " said ", "told reporters", "according to", "added",
            "Jane", "Doe", "Mara Lindqvist", "the Valmora Council", "Eastbrook", "he", "she",
            "We will", "no", "it’s", "Putin’s", "2024", "3.5", "Monday",
            "<script>alert(1)</script>", "&amp;", "<b>", "\"><", "\0",
            "😀", "👩‍👩‍👧", "中文新闻", "שלום", "مرحبا", "é", "e\u{301}", "\u{feff}", "\u{fffd}",
        ])
        .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => prop::collection::vec(prop::char::range('a', 'z'), 1..8)
            .prop_map(|w| w.into_iter().collect::<String>()),
        1 => prop::collection::vec(prop::char::range('A', 'Z'), 1..3)
            .prop_map(|w| w.into_iter().collect::<String>()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|pieces| pieces.concat())
}

/// Paragraphs drawn from a small set, so duplicates (and duplicate runs)
/// happen often.
fn repetitive_text() -> impl Strategy<Value = String> {
    let paragraph = prop::collection::vec(piece(), 1..8).prop_map(|p| p.concat());
    (
        prop::collection::vec(paragraph, 1..5),
        prop::collection::vec(0usize..5, 0..12),
        prop::sample::select(vec!["\n", "\n\n", "\r\n", "\r"]),
    )
        .prop_map(|(pool, order, sep)| {
            order
                .iter()
                .map(|&i| pool[i % pool.len()].as_str())
                .collect::<Vec<_>>()
                .join(sep)
        })
}

proptest! {
    // A fixed seed: CI runs the same cases every time (the random search is
    // cargo fuzz's job); PROPTEST_RNG_SEED does not override a fixed seed,
    // change it here to explore.
    #![proptest_config(Config {
        cases: CASES,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x0a27_1c1e),
        ..Config::default()
    })]

    #[test]
    fn analysis_spans_are_valid(text in text()) {
        let analysis = article_lens::analyze(&text, &article_lens::Options::default());
        invariants::check_analysis_except(&text, &analysis, KNOWN);
        invariants::check_report(&text, &article_lens::contract::Report::new(&text, &analysis));
    }

    #[test]
    fn report_json_is_what_serde_json_writes(text in text()) {
        let analysis = article_lens::analyze(&text, &article_lens::Options::default());
        let report = article_lens::contract::Report::new(&text, &analysis);
        prop_assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
    }

    #[test]
    fn highlight_is_well_formed_and_keeps_the_text(text in text()) {
        let analysis = article_lens::analyze(&text, &article_lens::Options::default());
        invariants::check_highlight(&text, &analysis);
    }

    #[test]
    fn clean_is_idempotent(text in repetitive_text()) {
        let analysis = article_lens::analyze(&text, &article_lens::Options::default());
        invariants::check_clean(&text, &analysis);
    }

    #[test]
    fn repetitive_text_spans_are_valid(text in repetitive_text()) {
        let analysis = article_lens::analyze(&text, &article_lens::Options::default());
        invariants::check_analysis_except(&text, &analysis, KNOWN);
        invariants::check_highlight(&text, &analysis);
    }
}
