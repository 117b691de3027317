//! article-lens finds the direct quotations in a news article and who said
//! them, the people, organizations and places it names (every mention of one
//! entity grouped), and the paragraphs or runs of paragraphs it repeats, with
//! the scrape debris around them.
//!
//! The core is pure Rust: no I/O, no JS types. [`analyze`] turns a text into an
//! [`Analysis`] whose spans are **byte offsets into the text**; [`highlight()`]
//! renders text and analysis as escaped HTML; [`contract::Report`] is the JSON
//! contract v1 (UTF-16 offsets) shared by the CLI, the wasm API and the page.
//!
//! ```
//! use article_lens::{analyze, highlight, HighlightOptions, Options};
//!
//! let text = "“We will,” Jane Doe said.";
//! let analysis = analyze(text, &Options::default());
//! assert_eq!(analysis.quotes.len(), 1);
//! assert_eq!(analysis.quotes[0].span.text(text), "“We will,”");
//!
//! let html = highlight(text, &analysis, &HighlightOptions::default());
//! assert!(html.starts_with("<article class=\"al-doc\">"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod analysis;
pub mod boilerplate;
pub mod clean;
pub mod contract;
pub mod document;
pub mod duplicates;
pub mod entities;
pub mod escape;
pub mod highlight;
pub mod json;
pub mod offsets;
pub mod quotes;
mod scan;
pub mod segments;
pub mod span;

// Public so tests/wasm_node.rs can call the exports from Rust.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{
    Analysis, Boilerplate, BoilerplateKind, DuplicateGroup, Entity, EntityKind, Quote, Speaker,
    Stats,
};
pub use clean::{clean, CleanOptions};
pub use document::Document;
pub use highlight::{highlight, write_highlight, HighlightOptions};
pub use span::Span;

use serde::{Deserialize, Serialize};

/// Which detectors [`analyze`] runs. Every detector is on by default.
///
/// From JS the same fields are accepted as an object, each optional:
/// `parse(text, { duplicates: false })`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Options {
    /// Find direct quotations and their speakers. Default: `true`.
    pub quotes: bool,
    /// Report named entities. Default: `true`. (Attribution of quotes uses
    /// entities either way; with `false` they are just not reported, and
    /// speakers carry no entity id.)
    pub entities: bool,
    /// Find repeated paragraphs, runs and sentences. Default: `true`.
    pub duplicates: bool,
    /// Find scrape debris and story segments. Default: `true`.
    pub boilerplate: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            quotes: true,
            entities: true,
            duplicates: true,
            boilerplate: true,
        }
    }
}

/// Analyzes `text`. Never fails and never panics: every input, including the
/// empty string, gives an analysis.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let doc = Document::new(text);
    let boilerplate = if options.boilerplate {
        boilerplate::detect(&doc)
    } else {
        Vec::new()
    };
    let mut entities = if options.entities || options.quotes {
        entities::detect(&doc)
    } else {
        Vec::new()
    };
    let mut quotes = if options.quotes {
        quotes::detect(&doc, &entities)
    } else {
        Vec::new()
    };
    if !options.entities {
        entities.clear();
        for speaker in quotes.iter_mut().filter_map(|q| q.speaker.as_mut()) {
            speaker.entity = None;
        }
    }
    let duplicates = if options.duplicates {
        duplicates::detect(&doc)
    } else {
        Vec::new()
    };
    let segments = if options.boilerplate {
        segments::detect(&doc, &entities, &boilerplate)
    } else {
        Vec::new()
    };
    Analysis {
        stats: Stats {
            characters: text.encode_utf16().count(),
            words: doc.word_count(),
            sentences: doc.sentences.len(),
            paragraphs: doc.paragraphs.len(),
        },
        paragraphs: doc.paragraphs.clone(),
        quotes,
        entities,
        duplicates,
        boilerplate,
        segments,
    }
}

/// A deterministic random source for the crate's randomized unit tests
/// (xorshift64): `next(n)` is below `n`.
#[cfg(test)]
pub(crate) fn test_rng(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    }
}
