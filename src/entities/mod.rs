//! Named entities: people, organizations, places, groups, dates and numbers,
//! grouped per real-world entity.
//!
//! Three steps, each in its own module:
//! - `recognizer` finds name mentions: runs of capitalized words with the
//!   particles, initials and connectors names carry, classified by titles
//!   (outside the person span), head words (`Ministry`, `Square`), the
//!   gazetteers in `gazetteer` and the words around them (`said`, `in`,
//!   `spokesperson`); photo credits and datelines have their own rules.
//! - `cluster` settles the open kinds (one sense per document) and ties
//!   mentions to entities: surnames to full names, `U.S.` to United States,
//!   `AP` to Associated Press.
//! - `numeric` finds dates and numbers among the remaining words.

mod cluster;
mod fasthash;
mod gazetteer;
mod lexicon;
mod mention;
mod numeric;
mod recognizer;
mod words;

use crate::analysis::Entity;
use crate::document::Document;
use crate::span::Span;
use fasthash::FastMap;

/// Finds the entities of `doc`, each with all its mentions, ordered by first
/// mention. Mentions never overlap one another.
pub fn detect(doc: &Document<'_>) -> Vec<Entity> {
    let words = words::Words::new(doc);
    let mentions = recognizer::Recognizer::new(doc, &words).run();
    let mut entities = cluster::group(doc.text, mentions);
    let mut taken: Vec<Span> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    taken.sort();
    let mut by_text: FastMap<(crate::analysis::EntityKind, String), usize> = FastMap::default();
    for m in numeric::detect(&words, &taken) {
        let k = taken.partition_point(|t| t.end <= m.span.start);
        if k < taken.len() && taken[k].overlaps(m.span) {
            continue;
        }
        let Some(kind) = m.kind else { continue };
        let name = m
            .span
            .text(doc.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let slot = *by_text
            .entry((kind, name.to_lowercase()))
            .or_insert_with(|| {
                entities.push(Entity {
                    name,
                    kind,
                    mentions: Vec::new(),
                });
                entities.len() - 1
            });
        entities[slot].mentions.push(m.span);
    }
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |s| s.start));
    entities
}
