//! The HTML renderer: text + [`Analysis`] → an escaped, well-formed fragment.
//!
//! Every character of the input appears exactly once, escaped, in order, so
//! the fragment's text content equals the input. Paragraphs are `<p>`
//! elements; the white space between them sits in hidden `al-gap` spans.
//! Inline layers nest, outermost first: duplicate occurrence, boilerplate,
//! quote, cue, entity mention. An item that crosses the boundary of an outer
//! one (or of a paragraph) is split into parts that carry the same `data-` id.
//!
//! | element | class | data attributes |
//! |---|---|---|
//! | paragraph | `al-para` | `data-para` (index) |
//! | gap between paragraphs | `al-gap` | |
//! | duplicate occurrence | `al-dup`, plus `al-copy` after the first | `data-dup` (group id), `data-occ` (occurrence index) |
//! | boilerplate | `al-boiler al-<kind>` | `data-boiler` (index) |
//! | quote | `al-quote`, plus `al-partial` | `data-quote` (quote id) |
//! | cue of a quote | `al-cue` | `data-quote` |
//! | entity mention | `al-entity al-<kind>` | `data-entity` (entity id), `data-mention` (index) |

use crate::analysis::Analysis;
use crate::escape::escape_html;
use crate::span::Span;
use std::fmt::{self, Write};

/// Which layers [`highlight`] draws. All on by default.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct HighlightOptions {
    /// Quotes and their cues. Default: `true`.
    pub quotes: bool,
    /// Entity mentions. Default: `true`.
    pub entities: bool,
    /// Duplicate occurrences. Default: `true`.
    pub duplicates: bool,
    /// Boilerplate. Default: `true`.
    pub boilerplate: bool,
    /// A `title` attribute on each highlight saying what it is (e.g.
    /// `quote · Donald Trump · said`). Default: `true`.
    pub titles: bool,
}

impl Default for HighlightOptions {
    fn default() -> HighlightOptions {
        HighlightOptions {
            quotes: true,
            entities: true,
            duplicates: true,
            boilerplate: true,
            titles: true,
        }
    }
}

/// Renders `text` with `analysis` (which must come from the same text) as an
/// HTML fragment: one `<article class="al-doc">` element.
///
/// ```
/// use article_lens::{highlight, Analysis, HighlightOptions, Quote, Span};
/// let text = "Tom said <b>“hi.”</b>";
/// let analysis = Analysis {
///     paragraphs: vec![Span::new(0, text.len())],
///     quotes: vec![Quote {
///         span: Span::new(12, 21), // “hi.”
///         content: Span::new(15, 18),
///         partial: false,
///         speaker: None,
///         cue: None,
///     }],
///     ..Analysis::default()
/// };
/// assert_eq!(
///     highlight(text, &analysis, &HighlightOptions::default()),
///     "<article class=\"al-doc\"><p class=\"al-para\" data-para=\"0\">Tom said &lt;b&gt;\
///      <span class=\"al-quote\" data-quote=\"0\" title=\"quote\">“hi.”</span>&lt;/b&gt;</p></article>"
/// );
/// ```
pub fn highlight(text: &str, analysis: &Analysis, options: &HighlightOptions) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    // Writing into a String cannot fail.
    let _ = write_highlight(&mut out, text, analysis, options);
    out
}

/// Like [`highlight`], writing into any [`fmt::Write`].
pub fn write_highlight<W: Write>(
    out: &mut W,
    text: &str,
    analysis: &Analysis,
    options: &HighlightOptions,
) -> fmt::Result {
    let items = collect_items(text, analysis, options);
    out.write_str("<article class=\"al-doc\">")?;
    let mut cursor = 0;
    let mut next_item = 0;
    // Items that started before the current paragraph and may reach into it.
    let mut carried: Vec<&Item> = Vec::new();
    for (index, &paragraph) in analysis.paragraphs.iter().enumerate() {
        if paragraph.start < cursor || paragraph.end > text.len() {
            continue; // not from this text; never write a character twice
        }
        write_gap(out, &text[cursor..paragraph.start])?;
        write!(out, "<p class=\"al-para\" data-para=\"{index}\">")?;
        carried.retain(|item| item.span.end > paragraph.start);
        while next_item < items.len() && items[next_item].span.start < paragraph.end {
            if items[next_item].span.end > paragraph.start {
                carried.push(&items[next_item]);
            }
            next_item += 1;
        }
        write_inline(out, text, paragraph, &carried)?;
        out.write_str("</p>")?;
        cursor = paragraph.end;
    }
    write_gap(out, &text[cursor..])?;
    out.write_str("</article>")
}

fn write_gap<W: Write>(out: &mut W, gap: &str) -> fmt::Result {
    if gap.is_empty() {
        return Ok(());
    }
    out.write_str("<span class=\"al-gap\">")?;
    escape_html(out, gap)?;
    out.write_str("</span>")
}

/// One highlight to draw: its span, its nesting rank (lower = outer) and its
/// opening tag.
#[derive(Debug)]
struct Item {
    span: Span,
    rank: u8,
    open: String,
}

fn collect_items(text: &str, analysis: &Analysis, options: &HighlightOptions) -> Vec<Item> {
    let valid = |s: Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut items = Vec::new();
    let mut push = |span: Span, rank: u8, class: &str, data: &str, title: Option<String>| {
        if !valid(span) {
            return;
        }
        let mut open = format!("<span class=\"{class}\" {data}");
        if let (true, Some(title)) = (options.titles, title) {
            open.push_str(" title=\"");
            let _ = escape_html(&mut open, &title);
            open.push('"');
        }
        open.push('>');
        items.push(Item { span, rank, open });
    };
    if options.duplicates {
        for (id, group) in analysis.duplicates.iter().enumerate() {
            let count = group.occurrences.len();
            for (k, &occurrence) in group.occurrences.iter().enumerate() {
                let class = if k == 0 { "al-dup" } else { "al-dup al-copy" };
                let what = if k == 0 {
                    "original".to_owned()
                } else {
                    format!("copy {k} of {}", count - 1)
                };
                let title = format!("duplicate · {what} · similarity {:.2}", group.similarity);
                push(
                    occurrence,
                    0,
                    class,
                    &format!("data-dup=\"{id}\" data-occ=\"{k}\""),
                    Some(title),
                );
            }
        }
    }
    if options.boilerplate {
        for (i, b) in analysis.boilerplate.iter().enumerate() {
            let kind = b.kind.as_str();
            push(
                b.span,
                1,
                &format!("al-boiler al-{kind}"),
                &format!("data-boiler=\"{i}\""),
                Some(format!("boilerplate · {kind}")),
            );
        }
    }
    if options.quotes {
        for (id, quote) in analysis.quotes.iter().enumerate() {
            let class = if quote.partial {
                "al-quote al-partial"
            } else {
                "al-quote"
            };
            let mut title = String::from(if quote.partial {
                "partial quote"
            } else {
                "quote"
            });
            if let Some(speaker) = &quote.speaker {
                title.push_str(" · ");
                title.push_str(&speaker.name);
            }
            if let Some(cue) = quote.cue.filter(|&c| valid(c)) {
                title.push_str(" · ");
                title.push_str(cue.text(text));
                push(
                    cue,
                    3,
                    "al-cue",
                    &format!("data-quote=\"{id}\""),
                    Some(format!("cue of quote {id}")),
                );
            }
            push(
                quote.span,
                2,
                class,
                &format!("data-quote=\"{id}\""),
                Some(title),
            );
        }
    }
    if options.entities {
        for (id, entity) in analysis.entities.iter().enumerate() {
            let kind = entity.kind.as_str();
            for (k, &mention) in entity.mentions.iter().enumerate() {
                push(
                    mention,
                    4,
                    &format!("al-entity al-{kind}"),
                    &format!("data-entity=\"{id}\" data-mention=\"{k}\""),
                    Some(format!("{kind} · {}", entity.name)),
                );
            }
        }
    }
    items.sort_by_key(|item| (item.span.start, item.rank, std::cmp::Reverse(item.span.end)));
    items
}

/// Writes the paragraph's text with `items` (in start order, each
/// overlapping the paragraph) nested inside it.
fn write_inline<W: Write>(
    out: &mut W,
    text: &str,
    paragraph: Span,
    items: &[&Item],
) -> fmt::Result {
    // Clipped to the paragraph. Items of one layer do not overlap each other,
    // so the set open at any point stays small.
    let clipped: Vec<(Span, &Item)> = items
        .iter()
        .map(|item| {
            let start = item.span.start.max(paragraph.start);
            let end = item.span.end.min(paragraph.end);
            (Span::new(start, end), *item)
        })
        .collect();
    let mut boundaries: Vec<usize> = clipped.iter().flat_map(|(s, _)| [s.start, s.end]).collect();
    boundaries.push(paragraph.start);
    boundaries.push(paragraph.end);
    boundaries.sort_unstable();
    boundaries.dedup();

    let mut open: Vec<usize> = Vec::new(); // indexes into `clipped`
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    for window in boundaries.windows(2) {
        let (from, to) = (window[0], window[1]);
        active.retain(|&i| clipped[i].0.end > from);
        while next < clipped.len() && clipped[next].0.start <= from {
            if clipped[next].0.end > from {
                active.push(next);
            }
            next += 1;
        }
        active.sort_by_key(|&i| {
            (
                clipped[i].1.rank,
                clipped[i].0.start,
                std::cmp::Reverse(clipped[i].0.end),
                i,
            )
        });
        let keep = open.iter().zip(&active).take_while(|(a, b)| a == b).count();
        for _ in keep..open.len() {
            out.write_str("</span>")?;
        }
        open.truncate(keep);
        for &i in &active[keep..] {
            out.write_str(&clipped[i].1.open)?;
            open.push(i);
        }
        escape_html(out, &text[from..to])?;
    }
    for _ in &open {
        out.write_str("</span>")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{DuplicateGroup, Entity, EntityKind, Quote};

    /// Text content of the rendered HTML: tags dropped, entities decoded.
    fn text_content(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            out.push_str(&rest[..lt]);
            rest = &rest[rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1)..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// Tags open and close in a proper stack.
    fn well_formed(html: &str) -> bool {
        let mut stack = Vec::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            let gt = lt + rest[lt..].find('>').unwrap();
            let tag = &rest[lt + 1..gt];
            if let Some(name) = tag.strip_prefix('/') {
                if stack.pop() != Some(name.to_owned()) {
                    return false;
                }
            } else {
                stack.push(tag.split(' ').next().unwrap().to_owned());
            }
            rest = &rest[gt + 1..];
        }
        stack.is_empty()
    }

    fn entity(name: &str, kind: EntityKind, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            name: name.into(),
            kind,
            mentions: mentions.iter().map(|&(s, e)| Span::new(s, e)).collect(),
        }
    }

    #[test]
    fn overlapping_layers_nest_and_split() {
        let text = "A “B C” D\n\nE F";
        // quote “B C” = bytes 2..11; an entity crossing the quote's end; a
        // duplicate crossing the paragraph boundary.
        let analysis = Analysis {
            paragraphs: vec![Span::new(0, 13), Span::new(15, 18)],
            quotes: vec![Quote {
                span: Span::new(2, 11),
                content: Span::new(5, 8),
                partial: false,
                speaker: None,
                cue: None,
            }],
            entities: vec![entity("C D", EntityKind::Person, &[(7, 13)])],
            duplicates: vec![DuplicateGroup {
                similarity: 1.0,
                occurrences: vec![Span::new(0, 18)],
            }],
            ..Analysis::default()
        };
        let html = highlight(text, &analysis, &HighlightOptions::default());
        assert!(well_formed(&html), "{html}");
        assert_eq!(text_content(&html), text);
        assert_eq!(html.matches("data-entity=\"0\"").count(), 2, "{html}");
        assert_eq!(html.matches("data-dup=\"0\"").count(), 2, "{html}");
    }

    #[test]
    fn markup_in_text_is_inert() {
        let text = "<img src=x onerror=alert(1)>\n</textarea><script>alert(1)</script>";
        let analysis = crate::analyze(text, &crate::Options::default());
        let html = highlight(text, &analysis, &HighlightOptions::default());
        assert!(!html.contains("<img") && !html.contains("<script"));
        assert_eq!(text_content(&html), text);
    }

    #[test]
    fn entity_names_in_titles_are_escaped() {
        let text = "Bob";
        let analysis = Analysis {
            paragraphs: vec![Span::new(0, 3)],
            entities: vec![entity("\"><script>", EntityKind::Person, &[(0, 3)])],
            ..Analysis::default()
        };
        let html = highlight(text, &analysis, &HighlightOptions::default());
        assert!(
            html.contains("title=\"person · &quot;&gt;&lt;script&gt;\""),
            "{html}"
        );
    }

    #[test]
    fn spans_not_from_this_text_are_skipped() {
        let text = "é";
        let analysis = Analysis {
            paragraphs: vec![Span::new(0, 2)],
            entities: vec![entity("x", EntityKind::Place, &[(1, 2), (0, 9)])],
            ..Analysis::default()
        };
        let html = highlight(text, &analysis, &HighlightOptions::default());
        assert_eq!(text_content(&html), text);
        assert!(!html.contains("al-entity"));
    }
}
