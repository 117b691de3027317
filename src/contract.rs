//! JSON contract version 1: what the CLI prints and what JS `parse()` returns.
//!
//! All offsets here are **UTF-16 code units**, end-exclusive, so that in JS
//! `text.slice(start, end)` is exact; every `text` field equals that slice.
//! The field layout is documented in `docs/DESIGN.md`.

use crate::analysis::Analysis;
use crate::json::{write_array, write_f32, write_option_usize, write_str, write_usize};
use crate::offsets::Utf16Offsets;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The version number written into every report.
pub const VERSION: u32 = 1;

/// An analysis in the JSON contract v1.
///
/// The strings of a report built by [`Report::new`] borrow from the text and
/// the analysis (a report is made to be serialized, and a copy of every
/// mention was most of the cost of making it); one read from JSON owns them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report<'a> {
    /// Always [`VERSION`].
    pub version: u32,
    /// Size of the text.
    pub stats: Stats,
    /// Paragraph spans.
    pub paragraphs: Vec<Range>,
    /// Direct quotations.
    pub quotes: Vec<Quote<'a>>,
    /// Entities with their mentions.
    pub entities: Vec<Entity<'a>>,
    /// Groups of repeated blocks.
    pub duplicates: Vec<DuplicateGroup>,
    /// Scrape debris.
    pub boilerplate: Vec<Boilerplate<'a>>,
    /// Separate stories.
    pub segments: Vec<Range>,
}

/// Size of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// UTF-16 code units.
    pub characters: usize,
    /// Words and numbers.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
}

/// A span without text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
}

/// A span with its text (`text == input.slice(start, end)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRange<'a> {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// The spanned text.
    pub text: Cow<'a, str>,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote<'a> {
    /// Position in [`Report::quotes`].
    pub id: usize,
    /// First code unit (the opening mark).
    pub start: usize,
    /// One past the closing mark.
    pub end: usize,
    /// The quotation with its marks: `input.slice(start, end)`.
    pub text: Cow<'a, str>,
    /// The quoted words without the outer marks.
    pub content: TextRange<'a>,
    /// A quoted word or short phrase rather than speech.
    pub partial: bool,
    /// Who said it, or `null`.
    pub speaker: Option<Speaker<'a>>,
    /// The verb or phrase of speech, or `null`.
    pub cue: Option<TextRange<'a>>,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker<'a> {
    /// Canonical name.
    pub name: Cow<'a, str>,
    /// Index into [`Report::entities`], or `null`.
    pub entity: Option<usize>,
    /// First code unit of the attributing mention.
    pub start: usize,
    /// One past its last code unit.
    pub end: usize,
    /// The attributing mention's text (`he`, `Trump`).
    pub text: Cow<'a, str>,
}

/// An entity with its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity<'a> {
    /// Position in [`Report::entities`].
    pub id: usize,
    /// Canonical name.
    pub name: Cow<'a, str>,
    /// `person`, `organization`, `place`, `group`, `date` or `number`.
    pub kind: Cow<'a, str>,
    /// Mentions in text order.
    pub mentions: Vec<TextRange<'a>>,
}

/// Repeated blocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateGroup {
    /// Position in [`Report::duplicates`].
    pub id: usize,
    /// 1.0 exact after normalization; lower for near copies.
    pub similarity: f32,
    /// Occurrences, the original first.
    pub occurrences: Vec<Range>,
}

/// Scrape debris.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate<'a> {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// `caption`, `credit`, `gallery`, `byline`, `separator` or `other`.
    pub kind: Cow<'a, str>,
}

impl<'a> Report<'a> {
    /// Converts `analysis` of `text` to the contract, byte offsets to UTF-16.
    pub fn new(text: &'a str, analysis: &'a Analysis) -> Report<'a> {
        let map = Utf16Offsets::new(text);
        let range = |span: Span| {
            let (start, end) = map.span_to_utf16(span);
            Range { start, end }
        };
        let text_range = |span: Span| {
            let (start, end) = map.span_to_utf16(span);
            TextRange {
                start,
                end,
                text: Cow::Borrowed(span.text(text)),
            }
        };
        Report {
            version: VERSION,
            stats: Stats {
                characters: analysis.stats.characters,
                words: analysis.stats.words,
                sentences: analysis.stats.sentences,
                paragraphs: analysis.stats.paragraphs,
            },
            paragraphs: analysis.paragraphs.iter().map(|&p| range(p)).collect(),
            quotes: analysis
                .quotes
                .iter()
                .enumerate()
                .map(|(id, q)| {
                    let quote = text_range(q.span);
                    Quote {
                        id,
                        start: quote.start,
                        end: quote.end,
                        text: quote.text,
                        content: text_range(q.content),
                        partial: q.partial,
                        speaker: q.speaker.as_ref().map(|s| {
                            let mention = text_range(s.span);
                            Speaker {
                                name: Cow::Borrowed(&s.name),
                                entity: s.entity,
                                start: mention.start,
                                end: mention.end,
                                text: mention.text,
                            }
                        }),
                        cue: q.cue.map(text_range),
                    }
                })
                .collect(),
            entities: analysis
                .entities
                .iter()
                .enumerate()
                .map(|(id, e)| Entity {
                    id,
                    name: Cow::Borrowed(&e.name),
                    kind: Cow::Borrowed(e.kind.as_str()),
                    mentions: e.mentions.iter().map(|&m| text_range(m)).collect(),
                })
                .collect(),
            duplicates: analysis
                .duplicates
                .iter()
                .enumerate()
                .map(|(id, d)| DuplicateGroup {
                    id,
                    similarity: d.similarity,
                    occurrences: d.occurrences.iter().map(|&o| range(o)).collect(),
                })
                .collect(),
            boilerplate: analysis
                .boilerplate
                .iter()
                .map(|b| {
                    let Range { start, end } = range(b.span);
                    Boilerplate {
                        start,
                        end,
                        kind: Cow::Borrowed(b.kind.as_str()),
                    }
                })
                .collect(),
            segments: analysis.segments.iter().map(|&s| range(s)).collect(),
        }
    }
}

impl Report<'_> {
    /// The report as compact JSON: the same bytes as `serde_json::to_string`,
    /// written faster (see [`crate::json`]).
    pub fn to_json(&self) -> String {
        let mut out = Vec::with_capacity(256 + 4 * self.stats.characters);
        self.write_json(&mut out, None);
        // Only `str` slices and ASCII were written; checking that once is
        // cheaper than writing through `String` piece by piece.
        String::from_utf8(out).expect("JSON of UTF-8 strings is UTF-8")
    }

    /// Appends the report as compact JSON (UTF-8) to `out`. With `file`, a leading
    /// `"file"` member names the input (the CLI's line per input when it
    /// reads several), as `#[serde(flatten)]` would write it.
    pub fn write_json(&self, out: &mut Vec<u8>, file: Option<&str>) {
        out.push(b'{');
        if let Some(file) = file {
            member_str(out, b"\"file\":", file);
            out.push(b',');
        }
        member_usize(out, b"\"version\":", self.version as usize);
        let Stats {
            characters,
            words,
            sentences,
            paragraphs,
        } = self.stats;
        member_usize(out, b",\"stats\":{\"characters\":", characters);
        member_usize(out, b",\"words\":", words);
        member_usize(out, b",\"sentences\":", sentences);
        member_usize(out, b",\"paragraphs\":", paragraphs);
        out.extend_from_slice(b"},\"paragraphs\":");
        write_array(out, &self.paragraphs, write_range);
        out.extend_from_slice(b",\"quotes\":");
        write_array(out, &self.quotes, |out, q| {
            member_usize(out, b"{\"id\":", q.id);
            member_usize(out, b",\"start\":", q.start);
            member_usize(out, b",\"end\":", q.end);
            member_str(out, b",\"text\":", &q.text);
            out.extend_from_slice(b",\"content\":");
            write_text_range(out, &q.content);
            out.extend_from_slice(if q.partial {
                b",\"partial\":true,\"speaker\":"
            } else {
                b",\"partial\":false,\"speaker\":"
            });
            match &q.speaker {
                Some(s) => {
                    member_str(out, b"{\"name\":", &s.name);
                    out.extend_from_slice(b",\"entity\":");
                    write_option_usize(out, s.entity);
                    member_usize(out, b",\"start\":", s.start);
                    member_usize(out, b",\"end\":", s.end);
                    member_str(out, b",\"text\":", &s.text);
                    out.push(b'}');
                }
                None => out.extend_from_slice(b"null"),
            }
            out.extend_from_slice(b",\"cue\":");
            match &q.cue {
                Some(cue) => write_text_range(out, cue),
                None => out.extend_from_slice(b"null"),
            }
            out.push(b'}');
        });
        out.extend_from_slice(b",\"entities\":");
        write_array(out, &self.entities, |out, e| {
            member_usize(out, b"{\"id\":", e.id);
            member_str(out, b",\"name\":", &e.name);
            member_str(out, b",\"kind\":", &e.kind);
            out.extend_from_slice(b",\"mentions\":");
            write_array(out, &e.mentions, write_text_range);
            out.push(b'}');
        });
        out.extend_from_slice(b",\"duplicates\":");
        write_array(out, &self.duplicates, |out, d| {
            member_usize(out, b"{\"id\":", d.id);
            out.extend_from_slice(b",\"similarity\":");
            write_f32(out, d.similarity);
            out.extend_from_slice(b",\"occurrences\":");
            write_array(out, &d.occurrences, write_range);
            out.push(b'}');
        });
        out.extend_from_slice(b",\"boilerplate\":");
        write_array(out, &self.boilerplate, |out, b| {
            member_usize(out, b"{\"start\":", b.start);
            member_usize(out, b",\"end\":", b.end);
            member_str(out, b",\"kind\":", &b.kind);
            out.push(b'}');
        });
        out.extend_from_slice(b",\"segments\":");
        write_array(out, &self.segments, write_range);
        out.push(b'}');
    }
}

/// Appends `key` (a JSON fragment ending in `"name":`) and `n`.
fn member_usize(out: &mut Vec<u8>, key: &[u8], n: usize) {
    out.extend_from_slice(key);
    write_usize(out, n);
}

/// Appends `key` (a JSON fragment ending in `"name":`) and `s` as a string.
fn member_str(out: &mut Vec<u8>, key: &[u8], s: &str) {
    out.extend_from_slice(key);
    write_str(out, s);
}

fn write_range(out: &mut Vec<u8>, r: &Range) {
    member_usize(out, b"{\"start\":", r.start);
    member_usize(out, b",\"end\":", r.end);
    out.push(b'}');
}

fn write_text_range(out: &mut Vec<u8>, r: &TextRange<'_>) {
    member_usize(out, b"{\"start\":", r.start);
    member_usize(out, b",\"end\":", r.end);
    member_str(out, b",\"text\":", &r.text);
    out.push(b'}');
}
