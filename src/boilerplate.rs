//! Scrape debris: captions, credits, gallery widgets, bylines, separators.

use crate::analysis::{Boilerplate, BoilerplateKind};
use crate::document::Document;

/// Finds the boilerplate paragraphs of `doc`, in text order.
pub fn detect(doc: &Document<'_>) -> Vec<Boilerplate> {
    doc.paragraphs
        .iter()
        .filter(|p| is_separator(p.text(doc.text)))
        .map(|&span| Boilerplate {
            span,
            kind: BoilerplateKind::Separator,
        })
        .collect()
}

/// A line of three or more underscores, dashes, asterisks or equal signs.
fn is_separator(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() >= 3
        && line
            .chars()
            .all(|c| matches!(c, '_' | '-' | '—' | '*' | '=' | '•'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators() {
        let text = "Story.\n\n___\n\nCredits.\n---\n- not one";
        let found: Vec<&str> = detect(&Document::new(text))
            .iter()
            .map(|b| b.span.text(text))
            .collect();
        assert_eq!(found, ["___", "---"]);
    }
}
