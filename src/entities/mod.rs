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
    let mut taken: Vec<Span> = Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
    taken.extend(entities.iter().flat_map(|e| e.mentions.iter().copied()));
    taken.sort();
    // Keyed by kind and lowercased name. `name` and `key` are reused buffers,
    // so that a repeated date or number costs no allocation.
    let mut by_text: FastMap<String, usize> = FastMap::default();
    let mut name = String::new();
    let mut key = String::new();
    for m in numeric::detect(&words, &taken) {
        let k = taken.partition_point(|t| t.end <= m.span.start);
        if k < taken.len() && taken[k].overlaps(m.span) {
            continue;
        }
        let Some(kind) = m.kind else { continue };
        name.clear();
        for word in m.span.text(doc.text).split_whitespace() {
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(word);
        }
        key.clear();
        key.push(char::from(b'0' + kind as u8));
        if name.is_ascii() {
            key.extend(name.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.push_str(&name.to_lowercase());
        }
        let slot = match by_text.get(key.as_str()) {
            Some(&slot) => slot,
            None => {
                entities.push(Entity {
                    name: name.clone(),
                    kind,
                    mentions: Vec::new(),
                });
                by_text.insert(key.clone(), entities.len() - 1);
                entities.len() - 1
            }
        };
        entities[slot].mentions.push(m.span);
    }
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |s| s.start));
    entities
}
