//! A clean copy: the text without duplicate copies (and, optionally, without
//! boilerplate), paragraph structure kept, nothing else altered.

use crate::analysis::Analysis;
use crate::span::Span;

/// What [`clean`] removes besides duplicate copies.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct CleanOptions {
    /// Also remove boilerplate (captions, credits, gallery widgets …). Default: `false`.
    pub boilerplate: bool,
}

/// Returns `text` without the copies of duplicated blocks (the first
/// occurrence of each group stays) and, with `options.boilerplate`, without
/// boilerplate. A removed block takes its line break with it. A text with
/// nothing to remove comes back unchanged.
pub fn clean(text: &str, analysis: &Analysis, options: &CleanOptions) -> String {
    let mut cuts: Vec<Span> = analysis
        .duplicates
        .iter()
        .flat_map(|group| group.occurrences.iter().skip(1).copied())
        .collect();
    if options.boilerplate {
        cuts.extend(analysis.boilerplate.iter().map(|b| b.span));
    }
    cuts.retain(|s| {
        s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    });
    cuts.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for cut in cuts {
        let start = cut.start.max(cursor);
        if start >= cut.end {
            continue;
        }
        out.push_str(&text[cursor..start]);
        cursor = extend_over_line_break(text, cut.end);
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

    #[test]
    fn removes_copies_keeps_first() {
        assert_eq!(cleaned("A.\nB.\nA.\nC."), "A.\nB.\nC.");
        assert_eq!(cleaned("A.\n\nB.\n\nA.\n\nC."), "A.\n\nB.\n\nC.");
    }

    #[test]
    fn clean_text_is_unchanged_and_clean_is_idempotent() {
        let text = "One.\n\nTwo “three.”\n";
        assert_eq!(cleaned(text), text);
        let once = cleaned("X.\nY.\nX.\nY.\n");
        assert_eq!(cleaned(&once), once);
    }
}
