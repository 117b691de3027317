//! Checks shared by the native integration tests: a JSON value is a valid
//! contract-v1 report for a text, and every span in it slices that text
//! correctly in UTF-16 code units (what JS `text.slice(start, end)` does).

#![allow(dead_code)] // each test file uses its own subset

use article_lens::contract::Report;
use serde_json::Value;

/// Checks `json` against `text` and returns how many spans it checked.
///
/// Every object with numeric `start` and `end` is a span: the range must lie
/// in the text, must not cut a surrogate pair, and when the object has a
/// `text` field, that field must equal the UTF-16 slice. The walk is generic
/// so spans added to the contract later are checked too.
pub fn check_report(text: &str, json: &Value) -> usize {
    assert_eq!(json["version"], 1, "contract version");
    let report: Report = serde_json::from_value(json.clone())
        .unwrap_or_else(|e| panic!("not a contract-v1 report: {e}\n{json}"));
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(report.stats.characters, units.len(), "stats.characters");
    let mut spans = 0;
    walk(&units, json, "report", &mut spans);
    spans
}

fn walk(units: &[u16], value: &Value, path: &str, spans: &mut usize) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(units, item, &format!("{path}[{i}]"), spans);
            }
        }
        Value::Object(fields) => {
            if let (Some(start), Some(end)) = (
                fields.get("start").and_then(Value::as_u64),
                fields.get("end").and_then(Value::as_u64),
            ) {
                *spans += 1;
                let (start, end) = (start as usize, end as usize);
                assert!(
                    start <= end && end <= units.len(),
                    "{path}: {start}..{end} outside 0..{}",
                    units.len()
                );
                let slice = String::from_utf16(&units[start..end])
                    .unwrap_or_else(|_| panic!("{path}: {start}..{end} cuts a surrogate pair"));
                if let Some(text) = fields.get("text").and_then(Value::as_str) {
                    assert_eq!(slice, text, "{path}: slice({start}, {end})");
                }
            }
            for (key, field) in fields {
                walk(units, field, &format!("{path}.{key}"), spans);
            }
        }
        _ => {}
    }
}
