//! Direct quotations and who said them.
//!
//! Foundation version: pairs double quote marks (curly “ ” and straight ")
//! inside each paragraph. Attribution comes with the quotes detector proper.

use crate::analysis::{Entity, Quote};
use crate::document::Document;
use crate::span::Span;

/// Quoted fragments of at most this many words are partial quotes.
const PARTIAL_MAX_WORDS: usize = 3;

/// Finds the quotations of `doc`. `entities` are the document's entities, used
/// to name speakers.
pub fn detect(doc: &Document<'_>, entities: &[Entity]) -> Vec<Quote> {
    let _ = entities;
    let text = doc.text;
    let mut quotes = Vec::new();
    for &paragraph in &doc.paragraphs {
        let mut open: Option<usize> = None;
        for (i, c) in paragraph.text(text).char_indices() {
            let at = paragraph.start + i;
            match (c, open) {
                ('“', None) | ('"', None) => open = Some(at),
                ('”', Some(start)) | ('"', Some(start)) => {
                    let span = Span::new(start, at + c.len_utf8());
                    let content = Span::new(
                        start + text[start..].chars().next().map_or(1, char::len_utf8),
                        at,
                    );
                    let words = content.text(text).split_whitespace().count();
                    quotes.push(Quote {
                        span,
                        content,
                        partial: words <= PARTIAL_MAX_WORDS,
                        speaker: None,
                        cue: None,
                    });
                    open = None;
                }
                _ => {}
            }
        }
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let doc = Document::new(text);
        detect(&doc, &[])
            .into_iter()
            .map(|q| (q.span.text(text), q.partial))
            .collect()
    }

    #[test]
    fn curly_straight_and_mixed_pairs() {
        assert_eq!(
            quotes("“We will go there soon,” he said. \"No way at all,\" she said. \"Mixed marks here now.”"),
            [
                ("“We will go there soon,”", false),
                ("\"No way at all,\"", false),
                ("\"Mixed marks here now.”", false)
            ]
        );
    }

    #[test]
    fn short_fragment_is_partial_and_unclosed_mark_stops_at_paragraph() {
        assert_eq!(
            quotes("He was “frustrated” and “unclosed\nNext."),
            [("“frustrated”", true)]
        );
    }
}
