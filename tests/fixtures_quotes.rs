//! Quote quality on the seed fixtures (`tests/fixtures/seed-*.gold.json`),
//! computed with the matching rules of the project's scorer: a predicted
//! quote matches a gold quote at character IoU >= 0.8 (UTF-16 units,
//! one-to-one, greedy by IoU); predictions matching a gold partial quote
//! instead are neither hits nor false positives; a speaker is right when its
//! normalized name equals the gold canonical or a gold surface mention of
//! it, for persons also when the last words agree, for organizations also
//! when one name is a word-suffix of the other.

use article_lens::{analyze, contract::Report, Options};
use serde_json::Value;

/// Quote F1 each seed must reach.
const MIN_QUOTE_F1: f64 = 0.97;
/// Speaker accuracy over matched gold quotes with a speaker.
const MIN_SPEAKER_ACCURACY: f64 = 0.95;
/// Character IoU for a quote match (the scorer's `IOU_QUOTE`).
const IOU: f64 = 0.8;

const SEEDS: &[(&str, &str, &str)] = &[
    (
        "seed-000",
        include_str!("fixtures/seed-000.txt"),
        include_str!("fixtures/seed-000.gold.json"),
    ),
    (
        "seed-002",
        include_str!("fixtures/seed-002.txt"),
        include_str!("fixtures/seed-002.gold.json"),
    ),
];

type Range = (usize, usize);

fn iou(a: Range, b: Range) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = (a.1 - a.0) + (b.1 - b.0) - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// One-to-one greedy matching by IoU: (prediction, gold) index pairs.
fn greedy(preds: &[Range], golds: &[Range]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, &p) in preds.iter().enumerate() {
        for (j, &g) in golds.iter().enumerate() {
            let score = iou(p, g);
            if score >= IOU {
                pairs.push((score, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g, mut out) = (
        vec![false; preds.len()],
        vec![false; golds.len()],
        Vec::new(),
    );
    for (_, i, j) in pairs {
        if !used_p[i] && !used_g[j] {
            used_p[i] = true;
            used_g[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// The scorer's name normalization: curly apostrophes straightened, white
/// space collapsed, case folded, a leading "the" and a trailing possessive
/// dropped, surrounding punctuation trimmed.
fn norm_name(s: &str) -> String {
    let s = s.replace(['’', '‘'], "'");
    let s = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s).to_owned();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix('\''))
        .unwrap_or(&s)
        .to_owned();
    s.trim_matches(|c: char| " .,;:\"'“”«»()".contains(c))
        .to_owned()
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| "MDCLXVI".contains(c))
}

fn last_word(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while words.len() > 1 {
        let w = words[words.len() - 1].trim_end_matches(['.', ',']);
        if is_roman(w) || matches!(w.to_lowercase().as_str(), "jr" | "sr") {
            words.pop();
        } else {
            break;
        }
    }
    words.last().map(|w| norm_name(w)).unwrap_or_default()
}

fn speaker_ok(pred: Option<&str>, canonical: &str, kind: &str, aliases: &[String]) -> bool {
    let Some(pred) = pred else { return false };
    let p = norm_name(pred);
    if p.is_empty() {
        return false;
    }
    let names: Vec<String> = std::iter::once(canonical.to_owned())
        .chain(aliases.iter().cloned())
        .map(|n| norm_name(&n))
        .collect();
    if names.contains(&p) {
        return true;
    }
    if kind == "organization" {
        return names.iter().any(|n| {
            !n.is_empty() && (p.ends_with(&format!(" {n}")) || n.ends_with(&format!(" {p}")))
        });
    }
    let lw = last_word(pred);
    !lw.is_empty()
        && std::iter::once(canonical)
            .chain(aliases.iter().map(String::as_str))
            .any(|n| last_word(n) == lw)
}

fn ranges(v: &Value, key: &str) -> Vec<Range> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|q| {
                    (
                        q["start"].as_u64().unwrap_or(0) as usize,
                        q["end"].as_u64().unwrap_or(0) as usize,
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Quote F1 and speaker accuracy (right, total, the wrong ones) of one
/// text against its gold, by the scorer's rules.
struct QuoteScores {
    f1: f64,
    right: usize,
    total: usize,
    wrong: Vec<String>,
}

impl QuoteScores {
    fn accuracy(&self) -> f64 {
        if self.total > 0 {
            self.right as f64 / self.total as f64
        } else {
            1.0
        }
    }
}

fn quote_scores(text: &str, gold: &str) -> QuoteScores {
    let gold: Value = serde_json::from_str(gold).expect("gold JSON");
    let analysis = analyze(text, &Options::default());
    let report = Report::new(text, &analysis);
    let preds: Vec<Range> = report.quotes.iter().map(|q| (q.start, q.end)).collect();
    let gold_quotes = ranges(&gold, "quotes");
    let gold_partials = ranges(&gold, "partial_quotes");

    let matched = greedy(&preds, &gold_quotes);
    let matched_p: Vec<usize> = matched.iter().map(|&(i, _)| i).collect();
    let rest: Vec<usize> = (0..preds.len())
        .filter(|i| !matched_p.contains(i))
        .collect();
    let rest_ranges: Vec<Range> = rest.iter().map(|&i| preds[i]).collect();
    let partial_hits = greedy(&rest_ranges, &gold_partials).len();

    let tp = matched.len() as f64;
    let fp = (preds.len() - matched.len() - partial_hits) as f64;
    let fn_ = (gold_quotes.len() - matched.len()) as f64;
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };

    let mut aliases: std::collections::HashMap<String, Vec<String>> = Default::default();
    for e in gold["entities"].as_array().into_iter().flatten() {
        let canonical = e["canonical"].as_str().unwrap_or_default().to_owned();
        let surface = e["text"].as_str().unwrap_or_default().to_owned();
        aliases.entry(canonical).or_default().push(surface);
    }
    let (mut total, mut right) = (0, 0);
    let mut wrong = Vec::new();
    for &(i, j) in &matched {
        let g = &gold["quotes"][j];
        let Some(canonical) = g["speaker"].as_str() else {
            continue;
        };
        total += 1;
        let kind = g["speaker_kind"].as_str().unwrap_or("person");
        let predicted = report.quotes[i].speaker.as_ref().map(|s| s.name.as_ref());
        let empty = Vec::new();
        if speaker_ok(
            predicted,
            canonical,
            kind,
            aliases.get(canonical).unwrap_or(&empty),
        ) {
            right += 1;
        } else {
            wrong.push(format!(
                "{:?}: gold {canonical}, got {predicted:?}",
                report.quotes[i].text
            ));
        }
    }
    QuoteScores {
        f1,
        right,
        total,
        wrong,
    }
}

#[test]
fn seed_quote_f1_and_speaker_accuracy() {
    for &(name, text, gold) in SEEDS {
        let scores = quote_scores(text, gold);
        let (f1, accuracy) = (scores.f1, scores.accuracy());
        eprintln!(
            "{name}: quotes F1={f1:.3}, speaker {}/{} = {accuracy:.3}",
            scores.right, scores.total
        );
        assert!(
            f1 >= MIN_QUOTE_F1,
            "{name}: quote F1 {f1:.3} < {MIN_QUOTE_F1}"
        );
        assert!(
            accuracy >= MIN_SPEAKER_ACCURACY,
            "{name}: speaker accuracy {accuracy:.3} < {MIN_SPEAKER_ACCURACY}\n{}",
            scores.wrong.join("\n")
        );
    }
}

/// The held-out articles of `tests/fixtures/extra-entities/` that hold
/// quotations: (article, minimum quote F1, minimum speaker accuracy), just
/// under what the attributor reaches.
const EXTRA: &[(&str, f64, f64)] = &[
    ("business-002", 0.99, 0.99),
    ("statehouse-001", 0.99, 0.99),
    ("flood-001", 0.99, 0.99),
    ("sports-002", 0.99, 0.99),
    ("scraped-fire-001", 0.99, 0.99),
    ("health-002", 0.99, 0.99),
    ("uk-council-001", 0.99, 0.99),
    ("washington-001", 0.99, 0.92),
    ("obituary-001", 0.99, 0.84),
    ("trial-001", 0.99, 0.91),
    ("tech-001", 0.99, 0.77),
    ("scraped-wildfire-001", 0.99, 0.99),
    ("europe-001", 0.99, 0.99),
    ("border-001", 0.99, 0.99),
    ("culture-001", 0.96, 0.99),
];

#[test]
fn extra_articles_quote_f1_and_speaker_accuracy() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/extra-entities/"
    );
    let mut failures = Vec::new();
    for &(name, min_f1, min_accuracy) in EXTRA {
        let text = std::fs::read_to_string(format!("{dir}{name}.txt")).expect("text");
        let gold = std::fs::read_to_string(format!("{dir}{name}.gold.json")).expect("gold");
        let scores = quote_scores(&text, &gold);
        let (f1, accuracy) = (scores.f1, scores.accuracy());
        println!(
            "{name}: quotes F1={f1:.3}, speaker {}/{} = {accuracy:.3}",
            scores.right, scores.total
        );
        if f1 < min_f1 || accuracy < min_accuracy {
            failures.push(format!(
                "{name}: F1 {f1:.3} (min {min_f1}), speakers {accuracy:.3} (min {min_accuracy})\n{}",
                scores.wrong.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn scorer_rules_hold_on_known_pairs() {
    let aliases = vec!["Trump".to_owned(), "Donald Trump".to_owned()];
    assert!(speaker_ok(
        Some("Trump"),
        "Donald Trump",
        "person",
        &aliases
    ));
    assert!(speaker_ok(
        Some("President Donald Trump"),
        "Donald Trump",
        "person",
        &[]
    ));
    assert!(!speaker_ok(
        Some("Vladimir Putin"),
        "Donald Trump",
        "person",
        &aliases
    ));
    assert!(speaker_ok(
        Some("the ministry"),
        "Foreign Ministry",
        "organization",
        &[]
    ));
    assert!(speaker_ok(Some("Leo XIV"), "Pope Leo XIV", "person", &[]));
    assert!(!speaker_ok(None, "Donald Trump", "person", &aliases));
    assert!((iou((0, 10), (0, 8)) - 0.8).abs() < 1e-9);
}
