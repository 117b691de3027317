//! Direct quotations and who said them.
//!
//! Three steps, one file each:
//! - `marks` pairs quote marks into quotations (families, apostrophes,
//!   nesting, AP multi-paragraph quotes, recovery from stray marks);
//! - `cues` knows the verbs and phrases of speech;
//! - `attribution` finds the speaker phrase next to a cue, and `names`
//!   turns it into a canonical name (entity, fullest form, pronoun antecedent).
//!
//! Titles of works (NBC’s “Meet the Press”) are left out; quoted fragments of
//! at most [`PARTIAL_MAX_WORDS`] words inside a sentence are partial.

mod attribution;
mod cues;
mod lexicon;
mod marks;
mod names;

use crate::analysis::{Entity, EntityKind, Quote};
use crate::document::{is_space, Document};
use crate::span::Span;
use attribution::Attributor;
use names::Names;

/// Quoted fragments of at most this many words are partial quotes.
pub const PARTIAL_MAX_WORDS: usize = 3;

/// Titles of works have at most this many words; longer quoted Title Case
/// runs are slogans or headlines spoken by someone.
const TITLE_MAX_WORDS: usize = 8;

/// Nouns that announce the title of a work (the film “Top Gun”).
const WORK_NOUNS: &[&str] = &[
    "show",
    "film",
    "movie",
    "book",
    "song",
    "album",
    "series",
    "program",
    "programme",
    "documentary",
    "play",
    "novel",
    "article",
    "essay",
    "column",
    "titled",
    "entitled",
    "headline",
    "podcast",
    "episode",
    "musical",
    "opera",
    "poem",
    "painting",
    "exhibit",
    "exhibition",
    "memoir",
    "newsletter",
    "segment",
    "sitcom",
    "single",
    "track",
    "video",
];

/// Small words that stay lowercase in Title Case.
const TITLE_MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "vs",
    "nor", "but", "as", "is", "de", "la",
];

/// Finds the quotations of `doc`. `entities` are the document's entities, used
/// to name speakers.
pub fn detect(doc: &Document<'_>, entities: &[Entity]) -> Vec<Quote> {
    let text = doc.text;
    let mut pairs = marks::pair(doc);
    // A nickname (`Robert C. "Bobby" Scott`) is part of the name the entity
    // pass found around it, no quotation.
    let mut people: Vec<Span> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    people.sort_unstable_by_key(|m| m.start);
    pairs.retain(|p| !inside_any(&people, p.span));
    let token_ranges = doc.token_ranges(pairs.iter().map(|p| p.span));
    let names = Names::new(doc, entities, &token_ranges);
    let attributor = Attributor::new(doc, &names);
    let mut quotes: Vec<Quote> = Vec::with_capacity(pairs.len());
    for (pair, q) in pairs.into_iter().zip(token_ranges.iter().cloned()) {
        let words = word_count(pair.content.text(text));
        if words == 0 || is_title(doc, pair.span, pair.content, words) {
            continue;
        }
        let embedded = !stands_alone(doc, pair.span, pair.content);
        let partial = words <= PARTIAL_MAX_WORDS && embedded;
        let (q_first, q_end) = (q.start, q.end);
        let found = attributor.attribute(q, pair.span);
        let mut quote = Quote {
            span: pair.span,
            content: pair.content,
            partial,
            speaker: None,
            cue: None,
        };
        match found {
            Some(found) => {
                quote.speaker = found.speaker;
                quote.cue = found.cue;
            }
            None => {
                // AP style: a quotation with no cue continues the previous
                // speaker when nothing intervenes.
                if let Some(prev) = quotes.last() {
                    if prev.speaker.is_some() && attributor.carries(prev, pair.span.start) {
                        quote.speaker = prev.speaker.clone();
                    }
                }
                // Paraphrase, then quotation: `Schiff said X. “…”`.
                if quote.speaker.is_none() {
                    if let Some(found) = attributor.previous_sentence(q_first) {
                        quote.speaker = found.speaker;
                    }
                }
            }
        }
        if embedded && quote.speaker.is_none() && quote.cue.is_none() {
            quote.speaker = attributor.fragment_speaker(q_first..q_end);
        }
        if quote.speaker.is_none() && quote.cue.is_none() {
            quote.speaker = attributor.headline_subject(q_first);
        }
        if quote.speaker.is_none() && quote.cue.is_none() {
            quote.speaker = attributor.colon_subject(q_first);
        }
        quotes.push(quote);
    }
    attribute_subheads(doc, &mut quotes);
    quotes
}

/// Paragraphs after a subhead within which the quotation it cites is looked
/// for.
const SUBHEAD_REACH: usize = 2;

/// A subhead that is only a quoted fragment (`‘Weary and frustrated’`) cites
/// a quotation in the paragraphs after it: it takes the speaker of the first
/// one there that holds its words, in order.
fn attribute_subheads(doc: &Document<'_>, quotes: &mut [Quote]) {
    for i in 0..quotes.len() {
        let q = &quotes[i];
        let Some(p) = doc.paragraph_at(q.span.start) else {
            continue;
        };
        if q.speaker.is_some() || doc.paragraphs[p] != q.span {
            continue;
        }
        let fragment = lowercase_words(q.content.text(doc.text));
        if fragment.is_empty() {
            continue;
        }
        let cited = quotes[i + 1..]
            .iter()
            .take_while(|later| {
                doc.paragraph_at(later.span.start)
                    .is_some_and(|lp| lp <= p + SUBHEAD_REACH)
            })
            .find(|later| {
                later.speaker.is_some()
                    && lowercase_words(later.content.text(doc.text))
                        .windows(fragment.len())
                        .any(|w| w == fragment.as_slice())
            })
            .and_then(|later| later.speaker.clone());
        if cited.is_some() {
            quotes[i].speaker = cited;
        }
    }
}

/// The words of `text` in lowercase (runs of letters and digits).
fn lowercase_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words of a quotation: white-space separated chunks with a letter or digit.
fn word_count(content: &str) -> usize {
    let mut words = 0;
    let mut counted = false;
    for c in content.chars() {
        if is_space(c) {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            words += 1;
            counted = true;
        }
    }
    words
}

/// The text of the paragraph before byte `at`, trimmed.
fn before_in_paragraph<'t>(doc: &Document<'t>, at: usize) -> &'t str {
    let start = doc
        .paragraph_at(at)
        .map_or(at, |p| doc.paragraphs[p].start.min(at));
    doc.text[start..at].trim_end_matches(is_space)
}

/// A quotation that is a sentence of its own (`“We will,” she said`), not a
/// fragment inside one.
fn stands_alone(doc: &Document<'_>, span: Span, content: Span) -> bool {
    let before = before_in_paragraph(doc, span.start);
    let opens = before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '…'])
        || before.ends_with(marks::is_quote_mark);
    let ends = content
        .text(doc.text)
        .trim_end_matches(is_space)
        .ends_with(['.', '!', '?', ',', '…', '—']);
    opens && ends
}

/// Whether `span` lies inside one of `mentions` (sorted by start, apart
/// from each other) and is not the whole of it.
fn inside_any(mentions: &[Span], span: Span) -> bool {
    let after = mentions.partition_point(|m| m.start <= span.start);
    mentions[..after]
        .last()
        .is_some_and(|m| m.end >= span.end && *m != span)
}

/// A title of a work or show (NBC’s “Meet the Press”): Title Case, no
/// sentence punctuation, and announced by a possessive or a noun such as
/// "show".
fn is_title(doc: &Document<'_>, span: Span, content: Span, words: usize) -> bool {
    // American style puts a sentence's period inside the marks (on “Fox and
    // Friends.”); other punctuation means speech.
    let body = content.text(doc.text).trim_matches(is_space);
    let body = body.strip_suffix('.').unwrap_or(body);
    if words > TITLE_MAX_WORDS || body.ends_with(['.', ',', '!', '?', ';', ':', '…']) {
        return false;
    }
    let title_case = body.split(is_space).enumerate().all(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w.chars().next() {
            None => true,
            Some(c) => {
                c.is_uppercase() || c.is_numeric() || (i > 0 && TITLE_MINOR_WORDS.contains(&w))
            }
        }
    });
    if !title_case {
        return false;
    }
    let before = before_in_paragraph(doc, span.start);
    let possessive = before.ends_with("’s")
        || before.ends_with("'s")
        || before.ends_with("s’")
        || before.ends_with("s'");
    let last_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let announced = WORK_NOUNS.contains(&last_word);
    // Unannounced Title Case is as often a nickname or slogan someone said
    // (“Miss Piggy”, “Peace Through Strength.”): kept.
    possessive || announced
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool, Option<String>)> {
        let doc = Document::new(text);
        detect(&doc, &[])
            .into_iter()
            .map(|q| (q.span.text(text), q.partial, q.speaker.map(|s| s.name)))
            .collect()
    }

    #[test]
    fn curly_straight_and_mixed_pairs() {
        assert_eq!(
            quotes("“We will go there soon,” he said. \"No way at all,\" she said. \"Mixed marks here now.”"),
            [
                ("“We will go there soon,”", false, None),
                ("\"No way at all,\"", false, None),
                ("\"Mixed marks here now.”", false, None)
            ]
        );
    }

    #[test]
    fn short_fragment_is_partial_and_unclosed_mark_stops_at_paragraph() {
        assert_eq!(
            quotes("He was “frustrated” and “unclosed\nNext."),
            [("“frustrated”", true, None)]
        );
    }

    #[test]
    fn titles_are_left_out() {
        assert_eq!(
            quotes("Jane Doe said on NBC’s “Meet the Press” that it was over."),
            []
        );
    }
}
