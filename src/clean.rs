//! A clean copy: the text without duplicate copies (and, optionally, without
//! boilerplate), paragraph structure kept, nothing else altered.

use crate::analysis::Analysis;
use crate::boilerplate;
use crate::document::Document;
use crate::duplicates;
use crate::span::Span;

/// What [`clean`] removes besides duplicate copies.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct CleanOptions {
    /// Also remove boilerplate (captions, credits, gallery widgets …). Default: `false`.
    pub boilerplate: bool,
}

/// Rounds of re-detection after the first cut. Removing the copy of a block
/// can leave repeats that the block used to cover (a caption printed twice
/// inside the kept block) or boilerplate it hid; each round removes at least
/// one block, and real texts settle in one or two.
const MAX_ROUNDS: usize = 8;

/// Returns `text` without the copies of duplicated blocks (the first
/// occurrence of each group stays) and, with `options.boilerplate`, without
/// boilerplate. A removed paragraph takes its line break with it; a removed
/// sentence takes the space after it. A text with nothing to remove comes back
/// unchanged, and cleaning a cleaned text changes nothing.
///
/// ```
/// use article_lens::{analyze, clean, CleanOptions, Options};
/// let text = "The bridge closes on Monday for repairs.\n\nTraffic will move to the ferry.\n\nThe bridge closes on Monday for repairs.\n";
/// let cleaned = clean(text, &analyze(text, &Options::default()), &CleanOptions::default());
/// assert_eq!(cleaned, "The bridge closes on Monday for repairs.\n\nTraffic will move to the ferry.\n\n");
/// ```
pub fn clean(text: &str, analysis: &Analysis, options: &CleanOptions) -> String {
    let mut cuts = copies(analysis.duplicates.iter());
    if options.boilerplate {
        cuts.extend(analysis.boilerplate.iter().map(|b| b.span));
    }
    let mut out = cut(text, cuts);
    if out.len() == text.len() {
        return out;
    }
    for _ in 0..MAX_ROUNDS {
        let doc = Document::new(&out);
        let mut cuts = copies(duplicates::detect(&doc).iter());
        // Removing a copy can expose boilerplate (a sentence copy cut from a
        // paragraph leaves a bare contributor line), so the boilerplate pass
        // repeats too; otherwise cleaning the output would cut it later.
        if options.boilerplate {
            cuts.extend(boilerplate::detect(&doc).iter().map(|b| b.span));
        }
        if cuts.is_empty() {
            break;
        }
        out = cut(&out, cuts);
    }
    out
}

/// Every occurrence but the first of each group.
fn copies<'a>(groups: impl Iterator<Item = &'a crate::analysis::DuplicateGroup>) -> Vec<Span> {
    groups
        .flat_map(|group| group.occurrences.iter().skip(1).copied())
        .collect()
}

/// `text` without the `cuts` (overlaps merged, invalid spans ignored).
fn cut(text: &str, mut cuts: Vec<Span>) -> String {
    cuts.retain(|s| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    });
    cuts.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for cut in cuts {
        let start = cut.start.max(cursor);
        if start >= cut.end {
            continue;
        }
        let line_start = text[..start]
            .trim_end_matches([' ', '\t', '\u{00A0}'])
            .ends_with(['\n', '\r'])
            || text[..start]
                .trim_end_matches([' ', '\t', '\u{00A0}'])
                .is_empty();
        if line_start {
            out.push_str(&text[cursor..start]);
            cursor = extend_over_line_break(text, cut.end);
        } else {
            // A sentence inside a paragraph: drop the spaces after it, or,
            // when it ends the paragraph, the spaces before it.
            let rest = &text[cut.end..];
            let after = rest.len() - rest.trim_start_matches([' ', '\t', '\u{00A0}']).len();
            let ends_line = rest[after..].is_empty() || rest[after..].starts_with(['\n', '\r']);
            if ends_line {
                let kept = text[cursor..start].trim_end_matches([' ', '\t', '\u{00A0}']);
                out.push_str(kept);
                cursor = cut.end;
            } else {
                out.push_str(&text[cursor..start]);
                cursor = cut.end + after;
            }
        }
    }
    out.push_str(&text[cursor..]);
    out
}

/// A block removed at the start of its line takes the line break after it
/// (and the blank line of a blank-line layout) so no empty paragraph remains.
fn extend_over_line_break(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let trailing = rest.len() - rest.trim_start_matches([' ', '\t', '\u{00A0}']).len();
    let after = &rest[trailing..];
    let line_break = if after.starts_with("\r\n") {
        2
    } else if after.starts_with('\n') || after.starts_with('\r') {
        1
    } else {
        return end;
    };
    let mut stop = end + trailing + line_break;
    // In a blank-line layout, also drop the blank line that followed.
    let next = &text[stop..];
    if next.starts_with("\r\n") {
        stop += 2;
    } else if next.starts_with('\n') {
        stop += 1;
    }
    stop
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    fn cleaned(text: &str) -> String {
        clean(
            text,
            &analyze(text, &Options::default()),
            &CleanOptions::default(),
        )
    }

    const A: &str = "The bridge will close on Monday for repairs.";
    const B: &str = "Traffic will move to the ferry until June.";
    const C: &str = "The mayor said the work was long overdue.";

    #[test]
    fn removes_copies_keeps_first() {
        let table = [
            (format!("{A}\n{B}\n{A}\n{C}"), format!("{A}\n{B}\n{C}")),
            (
                format!("{A}\n\n{B}\n\n{A}\n\n{C}"),
                format!("{A}\n\n{B}\n\n{C}"),
            ),
            (
                format!("{A}\r\n{B}\r\n{A}\r\n{C}"),
                format!("{A}\r\n{B}\r\n{C}"),
            ),
            (format!("{A}\n{B}\n{A}"), format!("{A}\n{B}\n")),
            // A repeated sentence inside a paragraph, in the middle and at the end.
            (
                format!("{A} {B}\n{C} {B} {A}x"),
                format!("{A} {B}\n{C} {A}x"),
            ),
            (format!("{A} {B}\n{C} {B}"), format!("{A} {B}\n{C}")),
        ];
        for (input, expected) in table {
            assert_eq!(cleaned(&input), expected, "{input:?}");
        }
    }

    #[test]
    fn clean_text_is_unchanged_and_clean_is_idempotent() {
        let text = format!("{A}\n\n{B} “three.”\n");
        assert_eq!(cleaned(&text), text);
        // The copy of a block goes, then the caption repeated inside the kept block.
        let text = format!(
            "{A}\n{B}\n{B}\n{C}\nMiddle text that stands alone here.\n{A}\n{B}\n{B}\n{C}\n"
        );
        let once = cleaned(&text);
        assert_eq!(
            once,
            format!("{A}\n{B}\n{C}\nMiddle text that stands alone here.\n")
        );
        assert_eq!(cleaned(&once), once);
    }
}
