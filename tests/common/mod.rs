//! Occurrence scoring shared by the duplicate tests: the scorer's rule
//! (shared/eval/score.py), re-stated here because tests must not read ../shared.
//! A predicted occurrence matches a gold one when their character IoU is at
//! least 0.8, one-to-one, greedily by IoU; grouping is ignored.

#![allow(dead_code)]

use serde_json::Value;

/// Minimum intersection over union for a match.
pub const IOU: f64 = 0.8;

fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// (true positives, false positives, false negatives).
pub fn score(pred: &[(usize, usize)], gold: &[(usize, usize)]) -> (usize, usize, usize) {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, &p) in pred.iter().enumerate() {
        for (j, &g) in gold.iter().enumerate() {
            let s = iou(p, g);
            if s >= IOU {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut tp = 0;
    for (_, i, j) in pairs {
        if !used_p[i] && !used_g[j] {
            used_p[i] = true;
            used_g[j] = true;
            tp += 1;
        }
    }
    (tp, pred.len() - tp, gold.len() - tp)
}

/// F1 from counts; 1.0 when there is nothing to find and nothing found.
pub fn f1((tp, fp, fn_): (usize, usize, usize)) -> f64 {
    if tp + fp + fn_ == 0 {
        return 1.0;
    }
    2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
}

/// Gold duplicate occurrences (UTF-16 offsets) of a gold JSON file.
pub fn gold_occurrences(gold: &Value) -> Vec<(usize, usize)> {
    gold["duplicates"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["occurrences"].as_array().into_iter().flatten())
        .map(|o| {
            (
                o["start"].as_u64().unwrap() as usize,
                o["end"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

/// Predicted duplicate occurrences of `text` in UTF-16 offsets (the contract).
pub fn predicted_occurrences(text: &str) -> Vec<(usize, usize)> {
    let analysis = article_lens::analyze(text, &article_lens::Options::default());
    let report = article_lens::contract::Report::new(text, &analysis);
    report
        .duplicates
        .iter()
        .flat_map(|g| g.occurrences.iter().map(|o| (o.start, o.end)))
        .collect()
}
