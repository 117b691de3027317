//! Story segments: where each story begins when one paste holds several.
//!
//! Text signals come first, because they hold without any entity:
//!
//! - **A dateline** opening a paragraph after the first ("LAGOS, Nigeria
//!   (AP) — …", "PARIS — …") starts a story, at its headline when one
//!   stands right above it (a short line that ends no sentence).
//! - **A closing line**: a contributor line ("… contributed to this report",
//!   "Roe reported from Lagos.") ends a story; the first paragraph of prose
//!   after it (captions and widgets skipped) starts the next one.
//! - **A separator followed by other names**: when the proper names of the
//!   paragraphs after a separator share almost nothing with those before it,
//!   a new story starts. Names come from the entity recognizer when it ran,
//!   else from capitalized words inside sentences. (A block of captions is not
//!   such a break: galleries sit inside stories, and the names of a few
//!   paragraphs around one shift too often to tell.)
//!
//! A live blog's items ("—- By Jane Roe in Lagos") are not split: they are one
//! story with several bylines.

use crate::analysis::{Boilerplate, BoilerplateKind, Entity, EntityKind};
use crate::boilerplate::{contains_lowercase, starts_with_lowercase};
use crate::document::{Document, TokenKind};
use crate::span::Span;
use std::collections::HashMap;

/// A story needs at least this many paragraphs of prose after its start;
/// fewer is a trailer (a note, a correction), not a story.
const MIN_STORY_PARAGRAPHS: usize = 2;

/// This many dateline starts in one text are the sections of a round-up.
const MAX_DATELINE_STORIES: usize = 3;

/// A body paragraph holds at least this many words; fewer is a headline, a
/// subhead or a label.
const MIN_BODY_WORDS: usize = 10;

/// Paragraphs of prose read on each side of a break to compare names.
const NAME_WINDOW: usize = 6;

/// Each side of a break needs this many distinct names for the comparison
/// to mean anything.
const MIN_NAMES: usize = 4;

/// At most this share of the names after a break may occur before it for
/// the break to start a new story.
const MAX_SHARED_NAMES: f32 = 0.15;

/// Splits `doc` into stories. Empty when the text is one story.
pub fn detect(doc: &Document<'_>, entities: &[Entity], boilerplate: &[Boilerplate]) -> Vec<Span> {
    let n = doc.paragraphs.len();
    if n < 2 * MIN_STORY_PARAGRAPHS {
        return Vec::new();
    }
    let mut kind: Vec<Option<BoilerplateKind>> = vec![None; n];
    for b in boilerplate {
        if let Some(i) = doc.paragraph_at(b.span.start) {
            kind[i] = Some(b.kind);
        }
    }
    let is_prose = |i: usize| kind[i].is_none();
    // Body paragraphs: prose long enough not to be a headline or a label.
    // `bodies_before[i]` counts those before paragraph `i`, so that the
    // bodies of any range cost one subtraction.
    let mut bodies_before = Vec::with_capacity(n + 1);
    bodies_before.push(0);
    // Likewise for prose, which the comparison of names counts at every
    // separator.
    let mut prose_before = Vec::with_capacity(n + 1);
    prose_before.push(0);
    for (i, paragraph) in doc.paragraphs.iter().enumerate() {
        let is_body = is_prose(i)
            && paragraph
                .text(doc.text)
                .split_whitespace()
                .nth(MIN_BODY_WORDS - 1)
                .is_some();
        bodies_before.push(bodies_before[i] + usize::from(is_body));
        prose_before.push(prose_before[i] + usize::from(is_prose(i)));
    }
    let bodies = |from: usize, to: usize| bodies_before[to] - bodies_before[from];
    // A headline: a line of prose too short for a body, that ends no
    // sentence.
    let is_headline = |i: usize| {
        is_prose(i)
            && bodies(i, i + 1) == 0
            && !doc.paragraphs[i]
                .text(doc.text)
                .trim_end()
                .ends_with(['.', '!', '?', ':', '"', '”'])
    };
    // Names are read only when a separator asks for them (they cost a pass
    // over every token).
    let names = if kind.contains(&Some(BoilerplateKind::Separator)) {
        names_per_paragraph(doc, entities)
    } else {
        vec![Vec::new(); n]
    };

    let mut starts = vec![0usize];
    let mut by_dateline: Vec<usize> = Vec::new();
    let mut after_close = false;
    let mut after_break = false;
    for (i, &k) in kind.iter().enumerate().skip(1) {
        if k == Some(BoilerplateKind::Byline) && closes_story(doc.paragraphs[i].text(doc.text)) {
            after_close = true;
            continue;
        }
        if k == Some(BoilerplateKind::Separator) {
            after_break = true;
            continue;
        }
        if !is_prose(i) {
            continue;
        }
        let last = *starts.last().unwrap_or(&0);
        // A dateline under a headline opens the first story, not a second one.
        let dateline = has_dateline(doc.paragraphs[i].text(doc.text));
        let starts_story = i > last
            && bodies(last, i) >= MIN_STORY_PARAGRAPHS
            && (dateline
                || after_close
                || (after_break && names_shift(&names, &is_prose, &prose_before, last, i)));
        if starts_story {
            // The story's headline stands right above its dateline.
            let headline = i - 1;
            let start = if dateline && headline > last && is_headline(headline) {
                headline
            } else {
                i
            };
            starts.push(start);
            if dateline && !after_close {
                by_dateline.push(start);
            }
        }
        after_close = false;
        after_break = false;
    }
    // Many capitalized lead-ins are the sections of one round-up ("GERMANY -
    // …", "FRANCE - …"), not a paste of that many stories.
    if by_dateline.len() >= MAX_DATELINE_STORIES {
        // Both lists are in text order: one merge, not a search per start.
        let mut datelines = by_dateline.iter().peekable();
        starts.retain(|&s| datelines.next_if_eq(&&s).is_none());
    }
    // Every story needs a body: a start whose story has fewer body paragraphs
    // is a subhead or a lead-in ("GERMANY - Bunds fell …" in a market
    // round-up), and its paragraphs belong to the story before. Merging a
    // story into the one before only lengthens that one, and leaves the
    // stories after it as they were: one pass over the starts decides all.
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([n]).collect();
    let mut story = 0;
    starts.retain(|&start| {
        let end = ends[story];
        story += 1;
        start == 0 || bodies(start, end) >= MIN_STORY_PARAGRAPHS
    });
    if starts.len() < 2 {
        return Vec::new();
    }
    starts
        .iter()
        .enumerate()
        .map(|(k, &first)| {
            let last = starts.get(k + 1).map_or(n, |&next| next) - 1;
            Span::new(doc.paragraphs[first].start, doc.paragraphs[last].end)
        })
        .collect()
}

/// A contributor or credits line ("… contributed to this report", "Reporting
/// by …; editing by …") ends a story; a "By …" line may open or close a
/// live-blog item and does not.
fn closes_story(line: &str) -> bool {
    let line = line.trim_start_matches(['(', ' ']);
    contains_lowercase(line, "contributed")
        || contains_lowercase(line, " reported from ")
        || ["reporting by ", "writing by ", "editing by "]
            .iter()
            .any(|opening| starts_with_lowercase(line, opening))
}

/// "LAGOS, Nigeria (AP) — …", "PARIS (Reuters) - …", "NEW YORK — …": one or
/// more all-capital words, optionally a region and an agency, then a dash.
pub fn has_dateline(paragraph: &str) -> bool {
    // The place comes first, in capitals: a small letter before the first
    // comma, parenthesis or dash rules a dateline out without a search for
    // a dash through the whole paragraph.
    if paragraph
        .chars()
        .take_while(|c| !matches!(c, ',' | '(' | '—' | '–' | '-'))
        .any(|c| c.is_alphabetic() && !c.is_uppercase())
    {
        return false;
    }
    let Some(dash) = paragraph.find(['—', '–', '-']) else {
        return false;
    };
    let head = paragraph[..dash].trim_end();
    // The place: the words before any comma or parenthesis.
    let place_end = head.find([',', '(']).unwrap_or(head.len());
    let place = head[..place_end].trim();
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || place.split_whitespace().count() > 4 {
        return false;
    }
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    let shape_ok = place
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’'));
    // What follows the place: ", Region" and "(AGENCY)" only, kept short.
    let rest = &head[place_end..];
    // A bare place of three words or more ("QUESTIONABLE MEDICAL CLAIMS —")
    // is a subhead; a long place name comes with its region or agency
    // ("SALT LAKE CITY (AP) —").
    let bare_ok = !rest.trim().is_empty() || place.split_whitespace().count() <= 2;
    all_caps && shape_ok && bare_ok && rest.split_whitespace().count() <= 4 && rest.len() < 40
}

/// A proper name, lowercased, numbered in the order names are first read.
type NameId = u32;

/// The proper names of each paragraph, sorted: entity mentions when the
/// recognizer ran, else capitalized words that do not open a sentence.
fn names_per_paragraph(doc: &Document<'_>, entities: &[Entity]) -> Vec<Vec<NameId>> {
    let mut names: Vec<Vec<NameId>> = vec![Vec::new(); doc.paragraphs.len()];
    // Names are compared lowercased; a number per distinct lowercased name
    // lets a paragraph's names be a short sorted list.
    let mut ids: HashMap<String, NameId> = HashMap::new();
    let mut id_of = |name: String| {
        let next = ids.len() as NameId;
        *ids.entry(name).or_insert(next)
    };
    let named = entities.iter().filter(|e| {
        matches!(
            e.kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Place
        )
    });
    let mut any = false;
    for entity in named {
        let mut id = None;
        for m in &entity.mentions {
            if let Some(p) = doc.paragraph_at(m.start) {
                let id = *id.get_or_insert_with(|| id_of(entity.name.to_lowercase()));
                names[p].push(id);
                any = true;
            }
        }
    }
    if !any {
        for sentence in &doc.sentences {
            // A word opens its sentence when only punctuation precedes it
            // (a quote mark, a dash). Tracked as the tokens go by: checking
            // every earlier token at each one is quadratic on a long run of
            // punctuation.
            let mut only_punct_before = true;
            for t in &doc.tokens[sentence.tokens.clone()] {
                let opens = only_punct_before;
                only_punct_before &= t.kind == TokenKind::Punct;
                if t.kind == TokenKind::Word && !opens && t.is_capitalized(doc.text) {
                    let word = t.text(doc.text);
                    // All-capital words are acronyms or shouting, not names to track.
                    if word.chars().count() > 1 {
                        names[sentence.paragraph].push(id_of(word.to_lowercase()));
                    }
                }
            }
        }
    }
    for paragraph in &mut names {
        paragraph.sort_unstable();
        paragraph.dedup();
    }
    names
}

/// Whether the names of the prose after `at` mostly differ from those of the
/// prose between `from` and `at`. `prose_before[i]` counts the prose
/// paragraphs before paragraph `i`.
fn names_shift(
    names: &[Vec<NameId>],
    is_prose: &dyn Fn(usize) -> bool,
    prose_before: &[usize],
    from: usize,
    at: usize,
) -> bool {
    let n = names.len();
    let window = |range: &mut dyn Iterator<Item = usize>| {
        let mut window: Vec<NameId> = range
            .filter(|&i| is_prose(i))
            .take(NAME_WINDOW)
            .flat_map(|i| names[i].iter().copied())
            .collect();
        window.sort_unstable();
        window.dedup();
        window
    };
    let before = window(&mut (from..at).rev());
    let after = window(&mut (at..n));
    let prose_between = prose_before[at] - prose_before[from];
    if prose_between < MIN_STORY_PARAGRAPHS || before.len() < MIN_NAMES || after.len() < MIN_NAMES {
        return false;
    }
    let shared = after
        .iter()
        .filter(|name| before.binary_search(name).is_ok())
        .count();
    (shared as f32) <= MAX_SHARED_NAMES * after.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let table = [
            ("LAGOS, Nigeria (AP) — The port reopened.", true),
            ("PARIS (Reuters) - Talks resumed.", true),
            ("NEW YORK — A storm hit.", true),
            ("WASHINGTON (AP) — Congress met.", true),
            ("The mayor — who won easily — spoke.", false),
            ("U.S. officials — speaking privately — agreed.", false),
            ("AP — short", false),
            ("SALT LAKE CITY (AP) — Snow fell.", true),
            // Only the place must be in capitals.
            ("LAGOS, nigeria (AP) — The port reopened.", true),
            ("Lagos (AP) — The port reopened.", false),
            (
                "QUESTIONABLE MEDICAL CLAIMS — For years he sold pills.",
                false,
            ),
            ("Nothing here", false),
        ];
        for (text, expected) in table {
            assert_eq!(has_dateline(text), expected, "{text}");
        }
    }

    fn segments(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        let bp = crate::boilerplate::detect(&doc);
        detect(&doc, &[], &bp)
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn one_story_has_no_segments() {
        assert!(
            segments("One.\n\nTwo.\n\nThree.\n\n___\n\nRoe contributed to this report.").is_empty()
        );
    }

    #[test]
    fn contributor_line_then_new_story() {
        let a = "LAGOS (AP) — The port of the city reopened on Monday after a week of repairs.\n\nShips queued for hours outside the harbor to unload their cargo in the rain.\n\nRoe contributed to this report.\n\nA fire hit the mill. (AP Photo/Tom Reed)";
        let b = "The old mill burned overnight in the north of the town, firefighters said.\n\nWorkers fled the building before the roof fell in, and nobody was hurt.";
        let text = format!("{a}\n\n{b}");
        assert_eq!(segments(&text), [a, b]);
    }

    #[test]
    fn dateline_starts_a_story() {
        let a = "The port of the city reopened on Monday after a week of repairs.\n\nShips queued for hours outside the harbor to unload their cargo in the rain.";
        let b = "PARIS — Talks on the new fishing quotas resumed on Tuesday in the capital.\n\nThey ended late in the evening without an agreement on the main points.";
        assert_eq!(segments(&format!("{a}\n\n{b}")), [a, b]);
        // A headline right above the dateline opens the story with it.
        let headline = "Fishing talks resume in Paris";
        assert_eq!(
            segments(&format!("{a}\n\n{headline}\n\n{b}")),
            [a.to_string(), format!("{headline}\n\n{b}")]
        );
        // Under a headline, or as one-paragraph lead-ins, datelines split nothing.
        assert!(segments(&format!("Port reopens\n\n{b}\n\n{a}")).is_empty());
        let section = "Futures rose on Monday in thin trade, dealers said in the city.";
        let roundup = format!("{a}\n\nGERMANY - {section}\n\n{a}\n\nFRANCE - {section}\n\n{a}\n\nITALY - {section}\n\n{a}");
        assert!(segments(&roundup).is_empty());
    }
}
