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

use crate::analysis::{Analysis, DuplicateGroup};
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
    let items = collect_items(text, analysis, options);
    let mut out = String::with_capacity(estimated_len(text, analysis, &items, options));
    // Writing into a String cannot fail.
    let _ = write_items(&mut out, text, analysis, &items, options);
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
    write_items(out, text, analysis, &items, options)
}

/// About the length of the fragment, so that its String grows once or not
/// at all: the text, each paragraph's tags, and per item an opening tag (a
/// title included) and its closing tag.
fn estimated_len(
    text: &str,
    analysis: &Analysis,
    items: &[Item],
    options: &HighlightOptions,
) -> usize {
    const PARAGRAPH_TAGS: usize = 48;
    let tags = if options.titles { 112 } else { 80 };
    text.len() + analysis.paragraphs.len() * PARAGRAPH_TAGS + items.len() * tags
}

/// `x` with two decimals, as `format!("{:.2}", x)` writes it (the exact
/// value rounded half to even), for `x` in `0.0..=1.0` or any value whose
/// hundredths fit in a `u32`. Written with integers: `{:.2}` alone brought
/// core's exact float formatting (about 10 KB) into the wasm module.
fn two_decimals(x: f32) -> String {
    // An f32 has 24 significant bits: times 100 (7 bits) it is exact in an f64.
    let hundredths = f64::from(x) * 100.0;
    let below = hundredths.floor();
    let rest = hundredths - below;
    let mut n = below as u64;
    if rest > 0.5 || (rest == 0.5 && n % 2 == 1) {
        n += 1;
    }
    format!("{}.{:02}", n / 100, n % 100)
}

fn write_items<W: Write>(
    out: &mut W,
    text: &str,
    analysis: &Analysis,
    items: &[Item],
    options: &HighlightOptions,
) -> fmt::Result {
    out.write_str("<article class=\"al-doc\">")?;
    let tags = Tags {
        text,
        analysis,
        titles: options.titles,
        similarities: if options.titles && options.duplicates {
            // Formatted once per group, not for each part of each occurrence.
            let similarity = |group: &DuplicateGroup| two_decimals(group.similarity);
            analysis.duplicates.iter().map(similarity).collect()
        } else {
            Vec::new()
        },
    };
    let mut cursor = 0;
    let mut next_item = 0;
    // Items that started before the current paragraph and may reach into it.
    let mut carried: Vec<&Item> = Vec::new();
    let mut nesting = Nesting::default();
    for (index, &paragraph) in analysis.paragraphs.iter().enumerate() {
        if paragraph.start < cursor || paragraph.end > text.len() {
            continue; // not from this text; never write a character twice
        }
        write_gap(out, &text[cursor..paragraph.start])?;
        out.write_str("<p class=\"al-para\" data-para=\"")?;
        write_number(out, index)?;
        out.write_str("\">")?;
        carried.retain(|item| item.span.end > paragraph.start);
        while next_item < items.len() && items[next_item].span.start < paragraph.end {
            if items[next_item].span.end > paragraph.start {
                carried.push(&items[next_item]);
            }
            next_item += 1;
        }
        nesting.write_paragraph(out, &tags, paragraph, &carried)?;
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

/// One highlight to draw: its span and what it marks. Its tag is written
/// when drawn (once per part) from the analysis, so items stay small to sort.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    span: Span,
    mark: Mark,
}

/// What an item marks, by its indexes into the analysis. The layers in
/// nesting order, outermost first.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Duplicate { group: usize, occurrence: usize },
    Boilerplate { index: usize },
    Quote { id: usize },
    Cue { quote: usize },
    Mention { entity: usize, index: usize },
}

impl Mark {
    /// Nesting rank: lower is outer.
    fn rank(self) -> u8 {
        match self {
            Mark::Duplicate { .. } => 0,
            Mark::Boilerplate { .. } => 1,
            Mark::Quote { .. } => 2,
            Mark::Cue { .. } => 3,
            Mark::Mention { .. } => 4,
        }
    }
}

/// Whether `span` can be drawn in `text`: not empty, inside it, on char
/// boundaries.
fn is_drawable(text: &str, span: Span) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn collect_items(text: &str, analysis: &Analysis, options: &HighlightOptions) -> Vec<Item> {
    let mut count = 0;
    if options.duplicates {
        count += analysis
            .duplicates
            .iter()
            .map(|d| d.occurrences.len())
            .sum::<usize>();
    }
    if options.boilerplate {
        count += analysis.boilerplate.len();
    }
    if options.quotes {
        count += 2 * analysis.quotes.len();
    }
    if options.entities {
        count += analysis
            .entities
            .iter()
            .map(|e| e.mentions.len())
            .sum::<usize>();
    }
    let mut items = Vec::with_capacity(count);
    let mut push = |span: Span, mark: Mark| {
        if is_drawable(text, span) {
            items.push(Item { span, mark });
        }
    };
    if options.duplicates {
        for (group, duplicate) in analysis.duplicates.iter().enumerate() {
            for (occurrence, &span) in duplicate.occurrences.iter().enumerate() {
                push(span, Mark::Duplicate { group, occurrence });
            }
        }
    }
    if options.boilerplate {
        for (index, b) in analysis.boilerplate.iter().enumerate() {
            push(b.span, Mark::Boilerplate { index });
        }
    }
    if options.quotes {
        for (id, quote) in analysis.quotes.iter().enumerate() {
            if let Some(cue) = quote.cue {
                push(cue, Mark::Cue { quote: id });
            }
            push(quote.span, Mark::Quote { id });
        }
    }
    if options.entities {
        for (entity, e) in analysis.entities.iter().enumerate() {
            for (index, &mention) in e.mentions.iter().enumerate() {
                push(mention, Mark::Mention { entity, index });
            }
        }
    }
    sorted(&items, text.len())
}

/// `items` ordered by start, then rank, then longest first, equal items in
/// the order given (a stable sort). A comparison sort of all the items cost
/// as much as drawing them; instead a counting sort spreads them into about
/// as many buckets of starts as there are items, and each bucket, a handful
/// at most in prose, is sorted on its own.
fn sorted(items: &[Item], text_len: usize) -> Vec<Item> {
    let width = text_len / items.len().max(1) + 1;
    let bucket = |item: &Item| item.span.start / width;
    // Bucket `b` fills slots `first_slot[b]..first_slot[b + 1]`.
    let mut first_slot = vec![0; text_len / width + 2];
    for item in items {
        first_slot[bucket(item) + 1] += 1;
    }
    for b in 1..first_slot.len() {
        first_slot[b] += first_slot[b - 1];
    }
    let mut order = vec![0; items.len()];
    let mut next_slot = first_slot.clone();
    for (i, item) in items.iter().enumerate() {
        let slot = &mut next_slot[bucket(item)];
        order[*slot] = i;
        *slot += 1;
    }
    let mut sorted: Vec<Item> = order.into_iter().map(|i| items[i]).collect();
    for slots in first_slot.windows(2) {
        sorted[slots[0]..slots[1]].sort_by_key(|item| {
            (
                item.span.start,
                item.mark.rank(),
                std::cmp::Reverse(item.span.end),
            )
        });
    }
    sorted
}

/// Writes the opening tags of marks, from the analysis they index.
struct Tags<'a> {
    text: &'a str,
    analysis: &'a Analysis,
    titles: bool,
    /// Each duplicate group's similarity as its titles show it.
    similarities: Vec<String>,
}

impl Tags<'_> {
    /// Writes `<span class="…" data-…="…" title="…">`.
    fn write_open<W: Write>(&self, out: &mut W, mark: Mark) -> fmt::Result {
        match mark {
            Mark::Duplicate { group, occurrence } => {
                out.write_str(if occurrence == 0 {
                    "<span class=\"al-dup\" data-dup=\""
                } else {
                    "<span class=\"al-dup al-copy\" data-dup=\""
                })?;
                write_number(out, group)?;
                out.write_str("\" data-occ=\"")?;
                write_number(out, occurrence)?;
            }
            Mark::Boilerplate { index } => {
                out.write_str("<span class=\"al-boiler al-")?;
                out.write_str(self.analysis.boilerplate[index].kind.as_str())?;
                out.write_str("\" data-boiler=\"")?;
                write_number(out, index)?;
            }
            Mark::Quote { id } => {
                out.write_str(if self.analysis.quotes[id].partial {
                    "<span class=\"al-quote al-partial\" data-quote=\""
                } else {
                    "<span class=\"al-quote\" data-quote=\""
                })?;
                write_number(out, id)?;
            }
            Mark::Cue { quote } => {
                out.write_str("<span class=\"al-cue\" data-quote=\"")?;
                write_number(out, quote)?;
            }
            Mark::Mention { entity, index } => {
                out.write_str("<span class=\"al-entity al-")?;
                out.write_str(self.analysis.entities[entity].kind.as_str())?;
                out.write_str("\" data-entity=\"")?;
                write_number(out, entity)?;
                out.write_str("\" data-mention=\"")?;
                write_number(out, index)?;
            }
        }
        if self.titles {
            out.write_str("\" title=\"")?;
            self.write_title(out, mark)?;
        }
        out.write_str("\">")
    }

    /// Writes what a highlight is, e.g. `quote · Donald Trump · said`. Our
    /// own words hold nothing to escape; names and text from the input go
    /// through [`escape_html`].
    fn write_title<W: Write>(&self, out: &mut W, mark: Mark) -> fmt::Result {
        const SEPARATOR: &str = " · ";
        match mark {
            Mark::Duplicate { group, occurrence } => {
                out.write_str("duplicate · ")?;
                if occurrence == 0 {
                    out.write_str("original")?;
                } else {
                    out.write_str("copy ")?;
                    write_number(out, occurrence)?;
                    out.write_str(" of ")?;
                    write_number(out, self.analysis.duplicates[group].occurrences.len() - 1)?;
                }
                out.write_str(" · similarity ")?;
                out.write_str(&self.similarities[group])
            }
            Mark::Boilerplate { index } => {
                out.write_str("boilerplate · ")?;
                out.write_str(self.analysis.boilerplate[index].kind.as_str())
            }
            Mark::Quote { id } => {
                let quote = &self.analysis.quotes[id];
                out.write_str(if quote.partial {
                    "partial quote"
                } else {
                    "quote"
                })?;
                if let Some(speaker) = &quote.speaker {
                    out.write_str(SEPARATOR)?;
                    escape_html(out, &speaker.name)?;
                }
                if let Some(cue) = quote.cue.filter(|&c| is_drawable(self.text, c)) {
                    out.write_str(SEPARATOR)?;
                    escape_html(out, cue.text(self.text))?;
                }
                Ok(())
            }
            Mark::Cue { quote } => {
                out.write_str("cue of quote ")?;
                write_number(out, quote)
            }
            Mark::Mention { entity, .. } => {
                let entity = &self.analysis.entities[entity];
                out.write_str(entity.kind.as_str())?;
                out.write_str(SEPARATOR)?;
                escape_html(out, &entity.name)
            }
        }
    }
}

/// Writes `n` in decimal, without the formatting machinery of `write!` for
/// each of the many ids.
fn write_number<W: Write>(out: &mut W, n: usize) -> fmt::Result {
    if n >= 10 {
        write_number(out, n / 10)?;
    }
    let digit = n % 10;
    out.write_str(&"0123456789"[digit..=digit])
}

/// The state of [`Nesting::write_paragraph`], kept from one paragraph to
/// the next so that its lists are allocated once.
#[derive(Default)]
struct Nesting<'i> {
    /// The paragraph's items clipped to it, in start order.
    clipped: Vec<(Span, &'i Item)>,
    /// Where an item starts or ends, and the paragraph's ends.
    boundaries: Vec<usize>,
    /// Indexes into `clipped` of the items open at a point, outermost first.
    open: Vec<usize>,
    /// Indexes into `clipped` of the items that cover the current stretch.
    active: Vec<usize>,
}

impl<'i> Nesting<'i> {
    /// Writes the paragraph's text with `items` (in start order, each
    /// overlapping the paragraph) nested inside it.
    fn write_paragraph<W: Write>(
        &mut self,
        out: &mut W,
        tags: &Tags<'_>,
        paragraph: Span,
        items: &[&'i Item],
    ) -> fmt::Result {
        let Nesting {
            clipped,
            boundaries,
            open,
            active,
        } = self;
        // Clipped to the paragraph. Items of one layer do not overlap each
        // other, so the set open at any point stays small.
        clipped.clear();
        clipped.extend(items.iter().map(|&item| {
            let start = item.span.start.max(paragraph.start);
            let end = item.span.end.min(paragraph.end);
            (Span::new(start, end), item)
        }));
        boundaries.clear();
        boundaries.extend(clipped.iter().flat_map(|(s, _)| [s.start, s.end]));
        boundaries.push(paragraph.start);
        boundaries.push(paragraph.end);
        boundaries.sort_unstable();
        boundaries.dedup();

        open.clear();
        active.clear();
        let mut next = 0;
        for window in boundaries.windows(2) {
            let (from, to) = (window[0], window[1]);
            active.retain(|&i| clipped[i].0.end > from);
            let still_sorted = active.len();
            while next < clipped.len() && clipped[next].0.start <= from {
                if clipped[next].0.end > from {
                    active.push(next);
                }
                next += 1;
            }
            // Dropping items keeps the order; only new ones need a sort.
            if active.len() > still_sorted {
                active.sort_unstable_by_key(|&i| {
                    (
                        clipped[i].1.mark.rank(),
                        clipped[i].0.start,
                        std::cmp::Reverse(clipped[i].0.end),
                        i,
                    )
                });
            }
            let keep = open
                .iter()
                .zip(active.iter())
                .take_while(|(a, b)| a == b)
                .count();
            for _ in keep..open.len() {
                out.write_str("</span>")?;
            }
            open.truncate(keep);
            for &i in &active[keep..] {
                tags.write_open(out, clipped[i].1.mark)?;
                open.push(i);
            }
            escape_html(out, &tags.text[from..to])?;
        }
        for _ in open.iter() {
            out.write_str("</span>")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, EntityKind, Quote};

    #[test]
    fn two_decimals_writes_what_format_writes() {
        // Every similarity a group can have: 1 − d/n for blocks of up to a
        // few hundred words or characters, ties (0.125, 0.875) included,
        // and the f32 grid around them.
        let mut values = vec![0.0f32, 1.0, 0.125, 0.375, 0.625, 0.875, 0.005, 0.995];
        for n in 1..400u32 {
            for d in 0..=n {
                values.push(1.0 - d as f32 / n as f32);
            }
        }
        for x in values.clone() {
            values.push(f32::from_bits(x.to_bits() + 1));
            values.push(f32::from_bits(x.to_bits().saturating_sub(1)));
        }
        for x in values {
            assert_eq!(two_decimals(x), format!("{x:.2}"), "{x:e}");
        }
    }

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
    fn items_sort_stably_by_start_rank_and_length() {
        // Many ties: few starts, ends and ranks.
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for len in [0, 1, 5, 40, 1000] {
            let items: Vec<Item> = (0..300)
                .map(|k| {
                    let start = next(len as u64 + 1) as usize;
                    let end = (start + next(4) as usize).min(len);
                    let mark = match next(5) {
                        0 => Mark::Duplicate {
                            group: k,
                            occurrence: 0,
                        },
                        1 => Mark::Boilerplate { index: k },
                        2 => Mark::Quote { id: k },
                        3 => Mark::Cue { quote: k },
                        _ => Mark::Mention {
                            entity: k,
                            index: 0,
                        },
                    };
                    Item {
                        span: Span::new(start, end),
                        mark,
                    }
                })
                .filter(|item| item.span.start < len)
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| {
                (
                    item.span.start,
                    item.mark.rank(),
                    std::cmp::Reverse(item.span.end),
                )
            });
            assert_eq!(sorted(&items, len), expected);
        }
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
