//! The result of [`crate::analyze`]: every item with byte spans.
//!
//! These are the Rust-side types. The JSON contract v1 (UTF-16 offsets) is
//! produced from them by [`crate::contract::Report::new`].

use crate::span::Span;

/// Everything found in one text. Spans are byte offsets into that text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Counts of the text's characters, words, sentences and paragraphs.
    pub stats: Stats,
    /// Paragraph spans, in text order.
    pub paragraphs: Vec<Span>,
    /// Direct quotations, in text order.
    pub quotes: Vec<Quote>,
    /// Named entities, each with all its mentions; ordered by first mention.
    pub entities: Vec<Entity>,
    /// Groups of repeated blocks, ordered by their first occurrence.
    pub duplicates: Vec<DuplicateGroup>,
    /// Scrape debris (captions, credits, gallery widgets …), in text order.
    pub boilerplate: Vec<Boilerplate>,
    /// Separate stories when one text holds several, in text order; empty
    /// when the text is one story.
    pub segments: Vec<Span>,
}

/// Size of the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Characters, counted as UTF-16 code units (what JS `length` says).
    pub characters: usize,
    /// Word and number tokens.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quotation including its opening and closing marks.
    pub span: Span,
    /// The quoted words without the outer marks.
    pub content: Span,
    /// A quoted word or short phrase (≤ 3 words) used inside a sentence, or a
    /// title, rather than speech.
    pub partial: bool,
    /// Who said it, when the text says so.
    pub speaker: Option<Speaker>,
    /// The verb or phrase of speech that attributes it (`said`, `according to`).
    pub cue: Option<Span>,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Canonical name (the entity's fullest form, or the mention's text).
    pub name: String,
    /// Index into [`Analysis::entities`], when the speaker is a recognized entity.
    pub entity: Option<usize>,
    /// The mention that attributes the quote (`Trump`, `he`, `the ministry`).
    pub span: Span,
}

/// Kinds of named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party, court, newspaper, broadcaster, club …
    Organization,
    /// A country, city, region, street, building …
    Place,
    /// A nationality, religious or political group (`Russian`, `Democrats`).
    Group,
    /// A date or time (`Monday`, `May 19, 2025`, `three-year`).
    Date,
    /// Money, a percentage or a count (`$11 million`, `12%`, `1,000 prisoners`).
    Number,
}

impl EntityKind {
    /// Every kind, in the order the page lists them.
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Group,
        EntityKind::Date,
        EntityKind::Number,
    ];

    /// The contract's name of the kind: `person`, `organization`, `place`,
    /// `group`, `date` or `number`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Date => "date",
            EntityKind::Number => "number",
        }
    }
}

/// One real-world entity and every mention of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical name: the fullest form in the text.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// Mentions in text order.
    pub mentions: Vec<Span>,
}

/// Blocks of text that repeat.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateGroup {
    /// 1.0 when the copies are equal after normalization; lower for near copies.
    pub similarity: f32,
    /// Occurrences in text order; the first is the original. A repeated run of
    /// paragraphs is one occurrence.
    pub occurrences: Vec<Span>,
}

/// Kinds of scrape debris.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoilerplateKind {
    /// A photo caption ending in a credit.
    Caption,
    /// A credit line on its own.
    Credit,
    /// A gallery widget (`Click to Gallery`, `1 of 6`).
    Gallery,
    /// A byline or contributor line.
    Byline,
    /// A separator line (`___`).
    Separator,
    /// Anything else (live-blog labels such as `The Latest:`).
    Other,
}

impl BoilerplateKind {
    /// The contract's name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Credit => "credit",
            BoilerplateKind::Gallery => "gallery",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::Separator => "separator",
            BoilerplateKind::Other => "other",
        }
    }
}

/// A stretch of scrape debris.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Boilerplate {
    /// Its span (usually a whole paragraph).
    pub span: Span,
    /// What it is.
    pub kind: BoilerplateKind,
}
