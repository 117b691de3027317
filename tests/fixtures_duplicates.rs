//! The seeds: seed-002's two duplicate groups found exactly (occurrence F1 =
//! 1.0 under the scorer's IoU ≥ 0.8 one-to-one matching), nothing in seed-000.

mod common;

use serde_json::Value;

fn fixture(name: &str) -> (String, Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let text = std::fs::read_to_string(format!("{dir}{name}.txt")).unwrap();
    let gold = std::fs::read_to_string(format!("{dir}{name}.gold.json")).unwrap();
    (text, serde_json::from_str(&gold).unwrap())
}

#[test]
fn seed_002_duplicates_f1_is_one() {
    let (text, gold) = fixture("seed-002");
    let counts = common::score(
        &common::predicted_occurrences(&text),
        &common::gold_occurrences(&gold),
    );
    assert_eq!(counts, (4, 0, 0));
    assert_eq!(common::f1(counts), 1.0);
}

#[test]
fn seed_002_groups_are_the_caption_block_and_the_repeated_paragraph() {
    let (text, _) = fixture("seed-002");
    let analysis = article_lens::analyze(&text, &article_lens::Options::default());
    let groups: Vec<(usize, f32)> = analysis
        .duplicates
        .iter()
        .map(|g| (g.occurrences.len(), g.similarity))
        .collect();
    assert_eq!(groups, [(2, 1.0), (2, 1.0)]);
    // The caption block is one run of ten captions per copy.
    let block = &analysis.duplicates[0].occurrences;
    assert_eq!(block[0].text(&text).lines().count(), 10);
    assert_eq!(block[0].text(&text), block[1].text(&text));
}

#[test]
fn seed_000_has_no_duplicates() {
    let (text, gold) = fixture("seed-000");
    assert!(common::gold_occurrences(&gold).is_empty());
    assert!(common::predicted_occurrences(&text).is_empty());
}

#[test]
fn seed_002_segments_split_at_the_appended_story() {
    let (text, _) = fixture("seed-002");
    let analysis = article_lens::analyze(&text, &article_lens::Options::default());
    assert_eq!(analysis.segments.len(), 2);
    assert!(analysis.segments[1]
        .text(&text)
        .starts_with("U.S. President Donald Trump says Iran"));
}

#[test]
fn clean_seeds() {
    let options = article_lens::CleanOptions::default();
    let (clean_text, _) = fixture("seed-000");
    let analysis = article_lens::analyze(&clean_text, &article_lens::Options::default());
    assert_eq!(
        article_lens::clean(&clean_text, &analysis, &options),
        clean_text
    );

    let (scraped, _) = fixture("seed-002");
    let analysis = article_lens::analyze(&scraped, &article_lens::Options::default());
    let once = article_lens::clean(&scraped, &analysis, &options);
    assert!(once.len() < scraped.len());
    assert!(
        article_lens::analyze(&once, &article_lens::Options::default())
            .duplicates
            .is_empty()
    );
    let again = article_lens::clean(
        &once,
        &article_lens::analyze(&once, &article_lens::Options::default()),
        &options,
    );
    assert_eq!(again, once);
    // Paragraph structure kept: every kept line is a line of the original.
    for line in once.lines() {
        assert!(scraped.lines().any(|l| l == line), "{line}");
    }
}
