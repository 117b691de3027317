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
pub(crate) mod fasthash;
mod gazetteer;
pub(crate) mod lexicon;
mod mention;
mod numeric;
mod recognizer;
mod words;

pub(crate) use gazetteer::{given_name_gender, honorific_gender, NameGender};

use crate::analysis::Entity;
use crate::document::Document;
use crate::span::Span;
use fasthash::FastMap;
use std::hash::Hasher;

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
    let numbers = numeric::detect(&words, &taken);
    let mut by_text = KeyIndex::with_capacity(numbers.len());
    let mut name = String::new();
    let mut key = String::new();
    for m in numbers {
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
        match by_text.get(&key) {
            Some(slot) => entities[slot].mentions.push(m.span),
            None => {
                by_text.insert(&key, entities.len());
                // Most numbers are named once: a list made for one mention,
                // not the four a first push would make room for.
                entities.push(Entity {
                    name: name.clone(),
                    kind,
                    mentions: vec![m.span],
                });
            }
        }
    }
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |s| s.start));
    entities
}

/// Text keys → entity indexes, the keys side by side in one buffer: a text
/// with a hundred thousand distinct numbers would otherwise allocate a
/// hundred thousand key strings.
struct KeyIndex {
    /// Hash of a key → its entry in `entries` (the latest, when keys share
    /// a hash).
    heads: FastMap<u64, u32>,
    /// (the key's range in `keys`, its entity, the previous entry with the
    /// same hash or `u32::MAX`).
    entries: Vec<(std::ops::Range<usize>, usize, u32)>,
    keys: String,
}

impl KeyIndex {
    fn with_capacity(keys: usize) -> KeyIndex {
        KeyIndex {
            heads: FastMap::with_capacity_and_hasher(keys, Default::default()),
            entries: Vec::with_capacity(keys),
            keys: String::new(),
        }
    }

    fn hash(key: &str) -> u64 {
        let mut hasher = fasthash::FastHasher::default();
        hasher.write(key.as_bytes());
        hasher.finish()
    }

    /// The entity of `key`.
    fn get(&self, key: &str) -> Option<usize> {
        let mut at = *self.heads.get(&Self::hash(key))?;
        while let Some((range, entity, previous)) = self.entries.get(at as usize) {
            if &self.keys[range.clone()] == key {
                return Some(*entity);
            }
            at = *previous;
        }
        None
    }

    /// Files `entity` under `key`, which has none yet.
    fn insert(&mut self, key: &str, entity: usize) {
        let start = self.keys.len();
        self.keys.push_str(key);
        let at = u32::try_from(self.entries.len()).expect("fewer than 2^32 keys");
        let previous = self.heads.insert(Self::hash(key), at).unwrap_or(u32::MAX);
        self.entries
            .push((start..self.keys.len(), entity, previous));
    }
}

#[cfg(test)]
mod tests {
    use super::KeyIndex;

    #[test]
    fn key_index_finds_every_key_it_filed_and_no_other() {
        let mut index = KeyIndex::with_capacity(4);
        for n in 0..2000 {
            let key = format!("7{n}");
            assert_eq!(index.get(&key), None, "{key}");
            index.insert(&key, n * 3);
        }
        for n in 0..2000 {
            assert_eq!(index.get(&format!("7{n}")), Some(n * 3));
        }
        assert_eq!(index.get("72000"), None);
        assert_eq!(index.get(""), None);
    }
}
