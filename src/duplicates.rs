//! Repeated paragraphs, runs of paragraphs and sentences.
//!
//! Foundation version: paragraphs equal after normalization (quote and
//! apostrophe styles, dashes, white space and case folded).

use crate::analysis::DuplicateGroup;
use crate::document::{is_space, Document};
use std::collections::HashMap;

/// Finds the repeated blocks of `doc`; groups are ordered by first occurrence.
pub fn detect(doc: &Document<'_>) -> Vec<DuplicateGroup> {
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<DuplicateGroup> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; doc.paragraphs.len()];
    for (index, &paragraph) in doc.paragraphs.iter().enumerate() {
        let key = normalize(paragraph.text(doc.text));
        match first_seen.get(&key) {
            None => {
                first_seen.insert(key, index);
            }
            Some(&first) => {
                let group = *group_of[first].get_or_insert_with(|| {
                    groups.push(DuplicateGroup {
                        similarity: 1.0,
                        occurrences: vec![doc.paragraphs[first]],
                    });
                    groups.len() - 1
                });
                groups[group].occurrences.push(paragraph);
            }
        }
    }
    groups
}

/// Folds the differences a scrape introduces: quote and apostrophe styles,
/// dashes, ellipses, NBSP and zero-width characters, runs of white space, case.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => out.push('"'),
            '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | 'ʼ' => out.push('\''),
            '–' | '—' | '―' | '‐' | '‑' | '−' => out.push('-'),
            '…' => out.push_str("..."),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_styles_and_spaces_fold() {
        assert_eq!(
            normalize("  “No way,”\u{00A0}he  said — it’s…"),
            "\"no way,\" he said - it's..."
        );
    }

    #[test]
    fn exact_duplicate_paragraphs_after_normalization() {
        let text = "A “quoted” line.\nOther.\nA \"quoted\"  line.\nOther2.";
        let groups = detect(&Document::new(text));
        assert_eq!(groups.len(), 1);
        let occ: Vec<&str> = groups[0].occurrences.iter().map(|o| o.text(text)).collect();
        assert_eq!(occ, ["A “quoted” line.", "A \"quoted\"  line."]);
    }

    #[test]
    fn no_duplicates_in_distinct_text() {
        assert!(detect(&Document::new("One.\n\nTwo.\n\nThree.")).is_empty());
    }
}
