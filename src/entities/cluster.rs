//! Grouping: decides the kind of mentions the recognizer left open (one
//! sense per document) and ties every mention to one real-world entity.
//!
//! People are grouped by surname: `Donald Trump`, `Trump` and `Trump’s`
//! are one person; two full names with one surname stay two people and a
//! bare surname goes to the one named most recently. Places and
//! organizations are grouped by their canonical name (`U.S.` → United
//! States) and organizations also by initials (`AP` → Associated Press).

use super::fasthash::FastMap as HashMap;
use super::gazetteer;
use super::mention::{Hint, Mention};
use super::recognizer::INITIAL_ONLY;
use crate::analysis::{Entity, EntityKind};
use crate::span::Span;

/// Whether a lone capitalized word that no context explains (no title, cue
/// verb, gazetteer, full name elsewhere) is reported as a person or dropped.
/// Measured on the public dev sets, dropping it gains more precision than it
/// loses recall: such words are as often headings, products or terms.
const UNKNOWN_SINGLE_IS_PERSON: bool = false;

struct Person {
    first: String,
    /// Mentions (indexes into the mention list).
    mentions: Vec<usize>,
}

/// Words of a name without periods and possessives, lowercased.
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| c == '.' || c == ',')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_suffix_word(w: &str) -> bool {
    matches!(
        w,
        "jr" | "sr"
            | "ii"
            | "iii"
            | "iv"
            | "v"
            | "vi"
            | "vii"
            | "viii"
            | "ix"
            | "x"
            | "xi"
            | "xii"
            | "xiii"
            | "xiv"
            | "xv"
            | "xvi"
    )
}

/// First and last word (last skips Jr., regnal numbers: Leo XIV → leo, leo).
fn first_last(words: &[String]) -> (String, String) {
    let mut end = words.len();
    while end > 1 && is_suffix_word(&words[end - 1]) {
        end -= 1;
    }
    let first = words.first().cloned().unwrap_or_default();
    let last = if end == words.len() {
        words.last().cloned().unwrap_or_default()
    } else {
        // Regnal names group by the whole name.
        words.join(" ")
    };
    (first, last)
}

/// Levenshtein distance, capped: only small distances matter.
fn close(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 5 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()] <= 1
}

fn compatible_first(a: &str, b: &str) -> bool {
    if a.chars().count() == 1 || b.chars().count() == 1 {
        return a.chars().next() == b.chars().next();
    }
    close(a, b)
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn display(text: &str) -> String {
    let s: Vec<&str> = text.split_whitespace().collect();
    let s = s.join(" ");
    if s.chars().filter(|c| c.is_alphabetic()).count() > 4 && !s.chars().any(char::is_lowercase) {
        title_case(&s)
    } else {
        s
    }
}

/// Groups `mentions` (sorted by start) of `text` into entities.
pub fn group(text: &str, mentions: Vec<Mention>) -> Vec<Entity> {
    // Drop overlaps: the earlier (and, at one start, longer) mention wins.
    let mut ms: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if m.span.is_empty() {
            continue;
        }
        if ms.last().is_some_and(|p| p.span.overlaps(m.span)) {
            continue;
        }
        ms.push(m);
    }
    let ms = split_guessed_pairs(text, ms);
    let texts: Vec<&str> = ms.iter().map(|m| m.span.text(text)).collect();

    // One sense per document: strong kinds of a surface form.
    let mut votes: HashMap<String, [u32; 4]> = HashMap::default();
    for (m, t) in ms.iter().zip(&texts) {
        if let (Some(kind), true) = (m.kind, m.strong) {
            let slot = match kind {
                EntityKind::Person => 0,
                EntityKind::Organization => 1,
                EntityKind::Place => 2,
                _ => 3,
            };
            votes.entry(t.to_lowercase()).or_default()[slot] += 1;
        }
    }

    // Context hints of the open mentions, pooled per surface form.
    let mut hints: HashMap<String, [u32; 3]> = HashMap::default();
    for (m, t) in ms.iter().zip(&texts) {
        if m.kind.is_none() {
            let slot = match m.hint {
                Hint::Person => 0,
                Hint::Organization => 1,
                Hint::Place => 2,
                Hint::None => continue,
            };
            hints.entry(t.to_lowercase()).or_default()[slot] += 1;
        }
    }

    // People named in full.
    // Indexed by surname and by first name, so grouping stays linear in
    // the number of mentions however many people a text names.
    let mut people: Vec<Person> = Vec::new();
    let mut by_last_name: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_first_name: HashMap<String, Vec<usize>> = HashMap::default();
    let mut person_of: Vec<Option<usize>> = vec![None; ms.len()];
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Some(EntityKind::Person) {
            continue;
        }
        let words = name_words(texts[i]);
        if words.len() < 2 {
            continue;
        }
        let (first, last) = first_last(&words);
        let found = by_last_name.get(&last).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&p| compatible_first(&people[p].first, &first))
        });
        let id = match found {
            Some(id) => id,
            None => {
                let id = people.len();
                by_last_name.entry(last).or_default().push(id);
                by_first_name.entry(first.clone()).or_default().push(id);
                people.push(Person {
                    first,
                    mentions: Vec::new(),
                });
                id
            }
        };
        people[id].mentions.push(i);
        person_of[i] = Some(id);
    }
    // Starts of each person's full-name mentions, in text order.
    let full_starts: Vec<Vec<usize>> = people
        .iter()
        .map(|p| p.mentions.iter().map(|&k| ms[k].span.start).collect())
        .collect();

    // Single words: surnames (or first names) of people named in full.
    for i in 0..ms.len() {
        if person_of[i].is_some() {
            continue;
        }
        let m = &ms[i];
        let words = name_words(texts[i]);
        if words.len() != 1 {
            continue;
        }
        let w = &words[0];
        // A city that is also the name of someone named in full here is
        // that person (Vladimir, Jordan); countries and aliases stay places.
        let city =
            m.kind == Some(EntityKind::Place) && m.canonical.is_none() && !gazetteer::is_country(w);
        let strong_other = m.strong && matches!(m.kind, Some(k) if k != EntityKind::Person);
        if strong_other && !city {
            continue;
        }
        let none: Vec<usize> = Vec::new();
        let by_last: &Vec<usize> = if city {
            &none
        } else {
            by_last_name.get(w).unwrap_or(&none)
        };
        let pick = if by_last.len() == 1 {
            Some(by_last[0])
        } else if by_last.len() > 1 {
            // The one mentioned most recently before this mention.
            by_last.iter().copied().max_by_key(|&p| {
                let starts = &full_starts[p];
                let k = starts.partition_point(|&s| s < m.span.start);
                if k == 0 {
                    0
                } else {
                    starts[k - 1] + 1
                }
            })
        } else {
            let by_first = by_first_name.get(w).unwrap_or(&none);
            (by_first.len() == 1).then(|| by_first[0])
        };
        if let Some(p) = pick {
            people[p].mentions.push(i);
            person_of[i] = Some(p);
        }
    }

    // Decide the open kinds.
    let mut kinds: Vec<Option<EntityKind>> = Vec::with_capacity(ms.len());
    for (i, m) in ms.iter().enumerate() {
        if person_of[i].is_some() {
            kinds.push(Some(EntityKind::Person));
            continue;
        }
        let voted = votes.get(&texts[i].to_lowercase()).and_then(|v| {
            let (best, n) = v.iter().enumerate().max_by_key(|&(_, n)| *n)?;
            (*n > 0).then_some(match best {
                0 => EntityKind::Person,
                1 => EntityKind::Organization,
                2 => EntityKind::Place,
                _ => EntityKind::Group,
            })
        });
        let kind = match (m.kind, m.strong) {
            (Some(k), true) => Some(k),
            (Some(k), false) => Some(voted.unwrap_or(k)),
            (None, _) => {
                if m.canonical == Some(INITIAL_ONLY) {
                    voted
                } else {
                    let pooled = hints.get(&texts[i].to_lowercase()).and_then(|v| {
                        let (best, n) = v.iter().enumerate().max_by_key(|&(_, n)| *n)?;
                        (*n > 0).then_some(match best {
                            0 => EntityKind::Person,
                            1 => EntityKind::Organization,
                            _ => EntityKind::Place,
                        })
                    });
                    voted.or(pooled).or(match m.hint {
                        Hint::Person => Some(EntityKind::Person),
                        Hint::Place => Some(EntityKind::Place),
                        Hint::Organization => Some(EntityKind::Organization),
                        Hint::None => UNKNOWN_SINGLE_IS_PERSON.then_some(EntityKind::Person),
                    })
                }
            }
        };
        kinds.push(kind);
    }

    // Keys.
    let mut groups: Vec<(EntityKind, String, Vec<usize>)> = Vec::new();
    let mut index: HashMap<(EntityKind, String), usize> = HashMap::default();
    let mut person_group: HashMap<usize, usize> = HashMap::default();
    // Multi-word organization initials, for acronyms.
    let mut org_initials: HashMap<String, String> = HashMap::default();
    for (i, m) in ms.iter().enumerate() {
        if kinds[i] == Some(EntityKind::Organization) {
            let name = m
                .canonical
                .map_or_else(|| display(texts[i]), str::to_string);
            if name.split_whitespace().count() >= 2 {
                org_initials
                    .entry(initials(&name))
                    .or_insert_with(|| name.to_lowercase());
            }
        }
    }
    for (i, m) in ms.iter().enumerate() {
        let Some(kind) = kinds[i] else { continue };
        if let Some(p) = person_of[i] {
            let g = *person_group.entry(p).or_insert_with(|| {
                groups.push((kind, String::new(), Vec::new()));
                groups.len() - 1
            });
            groups[g].2.push(i);
            continue;
        }
        let mut key = m
            .canonical
            .filter(|c| *c != INITIAL_ONLY)
            .map_or_else(|| display(texts[i]).to_lowercase(), str::to_lowercase);
        if let Some(q) = m.qualifier {
            key = format!("{} {key}", q.text(text).to_lowercase());
        }
        if kind == EntityKind::Organization && !key.contains(' ') {
            if let Some(full) = org_initials.get(&texts[i].replace('.', "")) {
                key = full.clone();
            }
        }
        let g = *index.entry((kind, key.clone())).or_insert_with(|| {
            groups.push((kind, key, Vec::new()));
            groups.len() - 1
        });
        groups[g].2.push(i);
    }

    let mut out: Vec<Entity> = groups
        .into_iter()
        .map(|(kind, _, idx)| {
            let name = best_name(text, &ms, &texts, &idx, kind);
            let mut mentions: Vec<Span> = idx.iter().map(|&i| ms[i].span).collect();
            mentions.sort();
            Entity {
                name,
                kind,
                mentions,
            }
        })
        .collect();
    out.sort_by_key(|e| e.mentions.first().map_or(0, |s| s.start));
    out
}

/// A two-word run guessed to be a person (`Lebed Chechnya` in a headline)
/// whose words the document also names one by one, and whose first word is
/// the surname of someone named in full, is two names.
fn split_guessed_pairs(text: &str, ms: Vec<Mention>) -> Vec<Mention> {
    let singles: super::fasthash::FastSet<String> = ms
        .iter()
        .map(|m| m.span.text(text))
        .filter(|t| !t.contains(char::is_whitespace))
        .map(str::to_lowercase)
        .collect();
    // Surnames of people named in full.
    let surnames: super::fasthash::FastSet<String> = ms
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person))
        .filter_map(|m| {
            let t = m.span.text(text);
            t.contains(' ')
                .then(|| t.rsplit(' ').next().unwrap_or("").to_lowercase())
        })
        .collect();
    let mut out = Vec::with_capacity(ms.len());
    for m in ms {
        let t = m.span.text(text);
        let words: Vec<&str> = t.split(' ').collect();
        let guessed = m.kind == Some(EntityKind::Person) && !m.strong && words.len() == 2;
        if guessed
            && !gazetteer::is_first_name(&words[0].to_lowercase())
            && surnames.contains(&words[0].to_lowercase())
            && words.iter().all(|w| singles.contains(&w.to_lowercase()))
        {
            let first = Span::new(m.span.start, m.span.start + words[0].len());
            let second = Span::new(m.span.end - words[1].len(), m.span.end);
            for span in [first, second] {
                let mut part = m.clone();
                part.span = span;
                part.kind = None;
                part.hint = Hint::None;
                out.push(part);
            }
        } else {
            out.push(m);
        }
    }
    out
}

fn best_name(
    text: &str,
    ms: &[Mention],
    texts: &[&str],
    idx: &[usize],
    kind: EntityKind,
) -> String {
    if let Some((q, i)) = idx.iter().find_map(|&i| ms[i].qualifier.map(|q| (q, i))) {
        return format!("{} {}", q.text(text), display(texts[i]));
    }
    if kind != EntityKind::Person {
        if let Some(c) = idx
            .iter()
            .filter_map(|&i| ms[i].canonical)
            .find(|c| *c != INITIAL_ONLY)
        {
            return c.to_string();
        }
    }
    let mut best = String::new();
    let mut best_score = (0usize, 0usize, false);
    for &i in idx {
        let d = display(texts[i]);
        let mixed = d.chars().any(char::is_lowercase);
        let score = (d.split_whitespace().count(), usize::from(mixed), false);
        let score = (score.0, score.1 * 1000 + d.len(), score.2);
        if score > best_score || best.is_empty() {
            best_score = score;
            best = d;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names() {
        assert!(close("volodymyr", "volodymr"));
        assert!(!close("bill", "hill"));
        assert!(compatible_first("m", "michelle"));
        assert_eq!(initials("Associated Press"), "AP");
    }
}
