//! Names around quotations: capitalized runs with titles stripped, their
//! fullest form in the text, the entity they belong to, and the antecedents
//! of pronouns.

use super::lexicon::{
    gender_of, honorific_gender, is_in, undotted, words, FnvBuild, Pronoun, WordSet, DETERMINERS,
    DOTTED, NON_PERSON_HEADS, NOT_NAMES, PARTICLES, TITLES, TITLE_OBJECTS,
};
use crate::analysis::{Entity, EntityKind};
use crate::document::{Document, TokenKind};
use crate::entities::{given_name_gender, lexicon, NameGender};
use crate::span::Span;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Longest name run, in tokens (Secretary of State Marco Rubio is 5); longer
/// capitalized runs are headlines, not names.
pub(crate) const MAX_NAME_TOKENS: usize = 10;
/// Fuller forms looked at for a name (the earliest ones are the
/// introductions).
const MAX_FULLER_CANDIDATES: usize = 16;
/// Tokens of one sentence examined for a subject: bounds the work on
/// run-on text without sentence punctuation.
const MAX_SENTENCE_SCAN: usize = 150;

/// Whether token `i` is a word starting with an uppercase letter.
#[inline]
pub(crate) fn is_cap(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Word
            && match doc.text.as_bytes().get(t.span.start) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => t.is_capitalized(doc.text),
            }
    })
}

fn word<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    doc.tokens.get(i).map_or("", |t| t.text(doc.text))
}

fn is_particle(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        let w = t.text(doc.text);
        t.kind == TokenKind::Word
            && if w == "of" {
                // Secretary of State, University of Michigan; not "Rangel of New York".
                i > 0 && {
                    let before = word(doc, i - 1);
                    is_in(&TITLES, before) || is_in(&NON_PERSON_HEADS, before)
                }
            } else {
                is_in(&PARTICLES, w)
            }
    })
}

/// A lowercase word joined by a hyphen to a capitalized one (Ban Ki-moon,
/// Park Geun-hye).
fn is_hyphen_tail(doc: &Document<'_>, i: usize) -> bool {
    i >= 2
        && doc.tokens[i].kind == TokenKind::Word
        && word(doc, i - 1) == "-"
        && adjacent(doc, i - 2, i - 1)
        && adjacent(doc, i - 1, i)
        && is_cap(doc, i - 2)
}

fn adjacent(doc: &Document<'_>, a: usize, b: usize) -> bool {
    match (doc.tokens.get(a), doc.tokens.get(b)) {
        (Some(x), Some(y)) => x.span.end == y.span.start,
        _ => false,
    }
}

/// A period that belongs to the word before it inside a name (Gov., L.).
fn is_name_dot(doc: &Document<'_>, i: usize) -> bool {
    if i == 0 || word(doc, i) != "." || !adjacent(doc, i - 1, i) || !is_cap(doc, i - 1) {
        return false;
    }
    let w = word(doc, i - 1);
    w.chars().count() == 1 || is_in(&DOTTED, w)
}

/// Whether token `i` joins a run whose next token (`i + 1`) is in it.
fn joins_left(doc: &Document<'_>, i: usize) -> bool {
    let w = word(doc, i);
    if is_cap(doc, i) {
        return true;
    }
    if is_particle(doc, i) {
        return i > 0 && (is_cap(doc, i - 1) || is_particle(doc, i - 1));
    }
    if w == "." {
        return is_name_dot(doc, i);
    }
    if w == "-" {
        return i > 0
            && adjacent(doc, i - 1, i)
            && adjacent(doc, i, i + 1)
            && doc.tokens[i - 1].kind == TokenKind::Word;
    }
    // The marks of a nickname (`Marcia "Cia" Price`): the closing one
    // clings to the nickname, the opening one to the nickname after it.
    if matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'") && i > 0 {
        let closing = adjacent(doc, i - 1, i) && is_cap(doc, i - 1);
        let opening = i + 1 < doc.tokens.len()
            && adjacent(doc, i, i + 1)
            && !adjacent(doc, i - 1, i)
            && (is_cap(doc, i - 1) || is_name_dot(doc, i - 1));
        return closing || opening;
    }
    false
}

/// The capitalized run ending at token `last` (inclusive), not reaching
/// before `floor`.
pub(crate) fn run_back(doc: &Document<'_>, last: usize, floor: usize) -> Option<Range<usize>> {
    if !(is_cap(doc, last) || is_name_dot(doc, last) || is_hyphen_tail(doc, last)) {
        return None;
    }
    let mut first = last;
    while first > floor && last - first + 1 < MAX_NAME_TOKENS && joins_left(doc, first - 1) {
        first -= 1;
    }
    while first < last && !is_cap(doc, first) {
        first += 1;
    }
    Some(first..last + 1)
}

/// The capitalized run starting at token `first`, ending before `ceil`.
pub(crate) fn run_forward(doc: &Document<'_>, first: usize, ceil: usize) -> Option<Range<usize>> {
    if first >= ceil || !is_cap(doc, first) {
        return None;
    }
    let mut end = first + 1;
    while end < ceil && end - first < MAX_NAME_TOKENS {
        // A headline (`Donald Trump Is Right`) or a date (`Trump Monday`)
        // ends the name.
        if is_cap(doc, end) && is_in(&NOT_NAMES, word(doc, end)) && !is_name_dot(doc, end + 1) {
            break;
        }
        let ok = if is_cap(doc, end) || is_name_dot(doc, end) || is_hyphen_tail(doc, end) {
            true
        } else if is_particle(doc, end) {
            end + 1 < ceil && (is_cap(doc, end + 1) || is_particle(doc, end + 1))
        } else if word(doc, end) == "-" {
            end + 1 < ceil
                && adjacent(doc, end - 1, end)
                && adjacent(doc, end, end + 1)
                && doc.tokens[end + 1].kind == TokenKind::Word
        } else {
            false
        };
        if !ok {
            break;
        }
        end += 1;
    }
    while end > first + 1
        && !is_cap(doc, end - 1)
        && !is_name_dot(doc, end - 1)
        && !is_hyphen_tail(doc, end - 1)
    {
        end -= 1;
    }
    Some(first..end)
}

/// A name with its titles stripped, and whether a title preceded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stripped {
    /// The name's tokens.
    pub tokens: Range<usize>,
    /// A personal title was stripped (President, Gov.).
    pub titled: bool,
}

/// `run` without sentence starters in front and without titles before the
/// name (Russian President Vladimir Putin → Vladimir Putin). `None` when no
/// name is left.
pub(crate) fn strip(doc: &Document<'_>, run: Range<usize>) -> Option<Stripped> {
    // One word: a name unless it is a sentence starter, day or month.
    if run.len() == 1 {
        return (is_cap(doc, run.start) && !is_in(&NOT_NAMES, word(doc, run.start))).then_some(
            Stripped {
                tokens: run,
                titled: false,
            },
        );
    }
    let mut s = run.start;
    let e = run.end;
    while s < e && (!is_cap(doc, s) || is_in(&NOT_NAMES, word(doc, s))) {
        s += 1;
    }
    let mut titled = false;
    // The last title followed by a name.
    let last_title = (s..e)
        .rev()
        .find(|&i| is_cap(doc, i) && is_in(&TITLES, undotted(word(doc, i))));
    if let Some(t) = last_title {
        let mut c = t + 1;
        if word(doc, c) == "." {
            c += 1;
        }
        let mut d = c;
        while d < e && is_in(&TITLE_OBJECTS, word(doc, d)) {
            d += 1;
        }
        // Keep "of State" only when no name follows it.
        if d < e {
            c = d;
        }
        let rest_is_person = c < e
            && (c..e).any(|i| is_cap(doc, i) && !is_in(&TITLES, undotted(word(doc, i))))
            // The word right after a title is a surname even when it could
            // head a place (President Park Geun-hye, Sen. Hall).
            && !(c + 1..e).any(|i| is_in(&NON_PERSON_HEADS, word(doc, i)));
        if rest_is_person {
            s = c;
            titled = true;
        }
    }
    let mut e = e;
    while e > s && (is_in(&NOT_NAMES, word(doc, e - 1)) || is_particle(doc, e - 1)) {
        e -= 1;
    }
    if s >= e || !(s..e).any(|i| is_cap(doc, i)) {
        return None;
    }
    Some(Stripped {
        tokens: s..e,
        titled,
    })
}

/// One capitalized name in the text.
#[derive(Debug, Clone)]
struct Run {
    tokens: Range<usize>,
    span: Span,
    in_quote: bool,
    /// Could be a person: no organization or place word, not an
    /// abbreviation, not after "the" (or, with entities, a person entity).
    person_like: bool,
}

/// Entity mentions looked at, latest first, for the organization that `the
/// company` refers to.
const MAX_LOOKBACK_MENTIONS: usize = 64;

/// The names of a document, for canonical forms, entity links and pronouns.
#[derive(Debug)]
pub(crate) struct Names<'d, 't> {
    doc: &'d Document<'t>,
    entities: &'d [Entity],
    runs: Vec<Run>,
    /// Runs of several words by their last word.
    by_last: HashMap<&'t str, Vec<usize>, FnvBuild>,
    /// Last words of names known to be persons (a first and last name, or a
    /// personal title).
    persons: HashSet<&'t str, FnvBuild>,
    /// Per last word of a person's name: how often the text refers to them
    /// as he and as she (titles, and pronouns in sentences naming only them).
    genders: HashMap<&'t str, (u32, u32), FnvBuild>,
    /// Entity mentions sorted by start: (span, entity index).
    mentions: Vec<(Span, usize)>,
    /// Per token: inside a quotation.
    in_quote: Vec<bool>,
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(crate::document::is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

impl<'d, 't> Names<'d, 't> {
    /// Collects the names of `doc`; `quotes` are the tokens of the
    /// quotations (names inside them are not antecedents).
    pub(crate) fn new(
        doc: &'d Document<'t>,
        entities: &'d [Entity],
        quotes: &[Range<usize>],
    ) -> Self {
        let mut in_quote = vec![false; doc.tokens.len()];
        for q in quotes {
            for flag in &mut in_quote[q.start.min(q.end)..q.end] {
                *flag = true;
            }
        }
        let mut names = Names {
            doc,
            entities,
            runs: Vec::new(),
            by_last: HashMap::default(),
            persons: HashSet::default(),
            genders: HashMap::default(),
            mentions: Vec::new(),
            in_quote,
        };
        if entities.is_empty() {
            names.scan_runs();
        } else {
            names.entity_runs();
        }
        names.tally_genders();
        names
    }

    /// Without entities: the capitalized runs of the text, titles stripped,
    /// with the evidence of which are persons.
    fn scan_runs(&mut self) {
        let doc = self.doc;
        for sentence in &doc.sentences {
            let mut i = sentence.tokens.start;
            while i < sentence.tokens.end {
                if !is_cap(doc, i) {
                    i += 1;
                    continue;
                }
                let Some(raw) = run_forward(doc, i, sentence.tokens.end) else {
                    i += 1;
                    continue;
                };
                i = raw.end;
                let Some(stripped) = strip(doc, raw.clone()) else {
                    continue;
                };
                let r = stripped.tokens;
                let span = Span::new(
                    doc.tokens[r.start].span.start,
                    doc.tokens[r.end - 1].span.end,
                );
                let person_like = !non_person(doc, r.clone());
                let last_word = word(doc, r.end - 1);
                // African-Americans is one word.
                let words = r
                    .clone()
                    .filter(|&k| is_cap(doc, k) && (k == 0 || word(doc, k - 1) != "-"))
                    .count();
                if person_like
                    && (stripped.titled || (words >= 2 && !after_preposition(doc, raw.start)))
                {
                    self.persons.insert(last_word);
                }
                if r.len() > 1 {
                    self.by_last
                        .entry(last_word)
                        .or_default()
                        .push(self.runs.len());
                }
                self.runs.push(Run {
                    tokens: r.clone(),
                    span,
                    in_quote: self.in_quote(r.start),
                    person_like,
                });
            }
        }
    }

    /// With entities: their person, organization and place mentions are the
    /// runs, and their kinds the evidence.
    fn entity_runs(&mut self) {
        let doc = self.doc;
        // Every mention (other kinds still link speakers), in text order.
        // Mentions never overlap, so their starts and ends both rise, and the
        // token under each is found by two cursors instead of two binary
        // searches per mention.
        self.mentions = self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(k, e)| e.mentions.iter().map(move |&m| (m, k)))
            .collect();
        self.mentions
            .sort_unstable_by_key(|&(m, k)| (m.start, m.end, k));
        let ends_after = |cursor: &mut usize, offset: usize| {
            while doc
                .tokens
                .get(*cursor)
                .is_some_and(|t| t.span.end <= offset)
            {
                *cursor += 1;
            }
            *cursor
        };
        let (mut first, mut past) = (0, 0);
        for &(m, k) in &self.mentions {
            let kind = self.entities[k].kind;
            if !matches!(
                kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Place
            ) {
                continue;
            }
            let r = ends_after(&mut first, m.start)..ends_after(&mut past, m.end);
            if r.is_empty() {
                continue;
            }
            let person_like = kind == EntityKind::Person;
            if person_like {
                self.persons.insert(word(doc, r.end - 1));
            }
            if r.len() > 1 {
                let last = word(doc, r.end - 1);
                self.by_last.entry(last).or_default().push(self.runs.len());
            }
            self.runs.push(Run {
                tokens: r.clone(),
                span: m,
                in_quote: self.in_quote(r.start),
                person_like,
            });
        }
    }

    /// A sentence that names one person outside quotations: its pronouns
    /// are theirs. Counts he and she per name; an honorific before a name
    /// (`Mr. Kamin`, `Mrs. Clinton`) counts as [`HONORIFIC_WEIGHT`] of them,
    /// as it says outright what pronouns only suggest.
    fn tally_genders(&mut self) {
        let doc = self.doc;
        for run in &self.runs {
            if !run.person_like {
                continue;
            }
            let start = run.tokens.start;
            let title = if start >= 2 && is_name_dot(doc, start - 1) {
                word(doc, start - 2)
            } else {
                start.checked_sub(1).map_or("", |k| word(doc, k))
            };
            let Some(gender) = honorific_gender(title) else {
                continue;
            };
            let entry = self
                .genders
                .entry(gender_key(doc, run.tokens.clone()))
                .or_default();
            match gender {
                Pronoun::He => entry.0 += HONORIFIC_WEIGHT,
                _ => entry.1 += HONORIFIC_WEIGHT,
            }
        }
        let mut r = 0;
        for sentence in &doc.sentences {
            let mut only: Option<Range<usize>> = None;
            let mut named = 0;
            while r < self.runs.len() && self.runs[r].tokens.start < sentence.tokens.end {
                let run = &self.runs[r];
                if run.tokens.start >= sentence.tokens.start && !run.in_quote && run.person_like {
                    named += 1;
                    only = Some(run.tokens.clone());
                }
                r += 1;
            }
            let (Some(only), 1) = (only, named) else {
                continue;
            };
            // `A former aide to Mayor Lionel Praskett testified that she
            // shredded…`: a name after a preposition is not what the sentence
            // is about, and its pronouns are often someone else's.
            if named_after_preposition(doc, only.start, sentence.tokens.start) {
                continue;
            }
            let (mut he, mut she) = (0, 0);
            for k in only.end..sentence.tokens.end {
                // `Clara Voss stood beside him`, `told her to`: an object
                // pronoun is someone other than the sentence's subject.
                if self.in_quote(k) || is_object_pronoun(doc, k) {
                    continue;
                }
                match gender_of(word(doc, k)) {
                    Some(Pronoun::He) => he += 1,
                    Some(Pronoun::She) => she += 1,
                    _ => {}
                }
            }
            if he + she > 0 {
                let entry = self.genders.entry(gender_key(doc, only)).or_default();
                entry.0 += he;
                entry.1 += she;
            }
        }
    }

    /// Whether token `i` lies inside a quotation.
    pub(crate) fn in_quote(&self, i: usize) -> bool {
        self.in_quote.get(i).copied().unwrap_or(false)
    }

    /// The name of entity `entity`.
    pub(crate) fn entity_name(&self, entity: usize) -> &str {
        self.entities.get(entity).map_or("", |e| e.name.as_str())
    }

    /// The kind of entity `entity`.
    pub(crate) fn kind(&self, entity: usize) -> Option<EntityKind> {
        self.entities.get(entity).map(|e| e.kind)
    }

    /// The entity with a mention overlapping `span`, if any.
    pub(crate) fn entity_at(&self, span: Span) -> Option<usize> {
        let i = self.mentions.partition_point(|&(m, _)| m.end <= span.start);
        self.mentions[i..]
            .iter()
            .take_while(|&&(m, _)| m.start < span.end)
            .find(|&&(m, _)| m.overlaps(span))
            .map(|&(_, k)| k)
    }

    /// The entity mention holding byte `at`, with its entity.
    pub(crate) fn mention_at(&self, at: usize) -> Option<(Span, usize)> {
        let i = self.mentions.partition_point(|&(m, _)| m.end <= at);
        self.mentions
            .get(i)
            .filter(|&&(m, _)| m.start <= at)
            .copied()
    }

    /// The organization mentioned last before byte `before` and from byte
    /// `floor` on: what `the company said` refers to. A wire credit in
    /// parentheses (`(AP)`) is no such mention, and only the latest
    /// [`MAX_LOOKBACK_MENTIONS`] mentions are looked at, so that many
    /// quotes in one long paragraph stay cheap.
    pub(crate) fn last_organization(
        &self,
        floor: usize,
        before: usize,
        business: bool,
    ) -> Option<usize> {
        let doc = self.doc;
        let text = doc.text.as_bytes();
        let end = self.mentions.partition_point(|&(m, _)| m.start < before);
        let mut organizations = self.mentions[..end]
            .iter()
            .rev()
            .take(MAX_LOOKBACK_MENTIONS)
            .take_while(|(m, _)| m.start >= floor)
            .filter(|&&(m, k)| {
                self.kind(k) == Some(EntityKind::Organization)
                    && m.end <= before
                    && !(m.start > 0 && text[m.start - 1] == b'(')
                    && !(business && is_public_body(self.entity_name(k)))
            });
        let latest = *organizations.next()?;
        // `Front Range Power, a subsidiary of Northfield Energy Corp., said
        // … the company said`: the company a sentence is about, named as its
        // subject, over one named in passing after it in the same paragraph.
        let opens_sentence = |m: Span| {
            doc.sentence_at(m.start).is_some_and(|s| {
                let first = doc.sentences[s].tokens.start;
                doc.tokens
                    .get(first)
                    .is_some_and(|t| t.span.start == m.start)
            })
        };
        if opens_sentence(latest.0) {
            return Some(latest.1);
        }
        let paragraph = doc.paragraph_at(latest.0.start);
        organizations
            .take_while(|(m, _)| doc.paragraph_at(m.start) == paragraph)
            .find(|&&(m, _)| opens_sentence(m))
            .or(Some(&latest))
            .map(|&(_, k)| k)
    }

    /// The organization last named before byte `before` (among the latest
    /// [`MAX_LOOKBACK_MENTIONS`] mentions) whose name opens with the word
    /// `head` (`Ministry` of the Ministry of Health): what `the ministry`
    /// refers to when no name ends with it.
    pub(crate) fn last_organization_opening(&self, head: &str, before: usize) -> Option<usize> {
        let end = self.mentions.partition_point(|&(m, _)| m.start < before);
        self.mentions[..end]
            .iter()
            .rev()
            .take(MAX_LOOKBACK_MENTIONS)
            .find(|&&(_, k)| {
                self.kind(k) == Some(EntityKind::Organization)
                    && self
                        .entity_name(k)
                        .split_once(' ')
                        .is_some_and(|(first, _)| first == head)
            })
            .map(|&(_, k)| k)
    }

    /// Canonical name and entity of the name at `tokens`: the entity's name
    /// when one overlaps, else the fullest earlier form ending the same way
    /// (Trump → Donald Trump), else the text itself.
    pub(crate) fn canonical(&self, tokens: Range<usize>) -> (String, Option<usize>) {
        let doc = self.doc;
        let last = tokens.end.checked_sub(1).and_then(|l| doc.tokens.get(l));
        let (Some(first), Some(last)) = (doc.tokens.get(tokens.start), last) else {
            return (String::new(), None);
        };
        let span = Span::new(first.span.start, last.span.end);
        let surface = collapse(span.text(doc.text));
        let entity = self.entity_at(span);
        if let Some(k) = entity {
            let name = &self.entities[k].name;
            // `Sir Malcolm` is Sir Malcolm Ferriday: a knight is called by
            // his first name.
            let knighted = tokens.len() == 1
                && tokens.start > 0
                && matches!(word(doc, tokens.start - 1), "Sir" | "Dame")
                && name.split(' ').next() == Some(surface.as_str());
            if knighted || names_agree(name, &surface) {
                return (name.clone(), Some(k));
            }
        }
        // No entity, or one whose name does not end like this mention (a
        // recognizer that swallowed a headline or a place): the fullest
        // form of the mention in the text.
        (
            self.fullest(&surface, last.text(doc.text), span.start),
            entity,
        )
    }

    /// The fullest name ending like `surface` (whose last word is `last`)
    /// that appears before byte `before`; `surface` when none does.
    pub(crate) fn fullest(&self, surface: &str, last: &str, before: usize) -> String {
        let Some(candidates) = self.by_last.get(last) else {
            return surface.to_owned();
        };
        // The earliest fuller form: news copy introduces a person by full
        // name, then uses the surname. Only the first few candidates are
        // looked at, so a name repeated thousands of times stays cheap.
        for &k in candidates.iter().take(MAX_FULLER_CANDIDATES) {
            let run = &self.runs[k];
            if run.span.start >= before {
                break;
            }
            let full = run.span.text(self.doc.text);
            if full.len() > surface.len()
                && full.ends_with(surface)
                && full[..full.len() - surface.len()].ends_with(' ')
            {
                return collapse(full);
            }
        }
        surface.to_owned()
    }

    /// Whether the name at `tokens` can be what `pronoun` refers to: an
    /// entity of the right kind, or without entities, a person by the
    /// evidence of the text (a first and last name, a title).
    pub(crate) fn suitable(&self, tokens: Range<usize>, pronoun: Pronoun) -> bool {
        if tokens.is_empty() {
            return false;
        }
        let span = Span::new(
            self.doc.tokens[tokens.start].span.start,
            self.doc.tokens[tokens.end - 1].span.end,
        );
        if let Some(e) = self.entity_at(span) {
            return match pronoun {
                Pronoun::He | Pronoun::She | Pronoun::Person => {
                    self.entities[e].kind == EntityKind::Person && self.agrees(tokens, pronoun)
                }
                Pronoun::Plural => self.entities[e].kind == EntityKind::Organization,
            };
        }
        match pronoun {
            Pronoun::He | Pronoun::She | Pronoun::Person => {
                !non_person(self.doc, tokens.clone())
                    && self.persons.contains(word(self.doc, tokens.end - 1))
                    && self.agrees(tokens, pronoun)
            }
            // Without entity kinds, "they" stays unresolved: it names groups
            // of people far more often than one organization.
            Pronoun::Plural => false,
        }
    }

    /// Whether the name at `tokens` may be what `pronoun` refers to, without
    /// positive evidence: not an organization or place, gender not
    /// contradicted.
    pub(crate) fn could_be(&self, tokens: Range<usize>, pronoun: Pronoun) -> bool {
        if tokens.is_empty() || pronoun == Pronoun::Plural {
            return false;
        }
        let span = Span::new(
            self.doc.tokens[tokens.start].span.start,
            self.doc.tokens[tokens.end - 1].span.end,
        );
        match self.entity_at(span) {
            Some(e) => self.entities[e].kind == EntityKind::Person && self.agrees(tokens, pronoun),
            None => !non_person(self.doc, tokens.clone()) && self.agrees(tokens, pronoun),
        }
    }

    /// Whether the text's he/she evidence for the person at `tokens` does not
    /// contradict `pronoun`.
    fn agrees(&self, tokens: Range<usize>, pronoun: Pronoun) -> bool {
        let key = gender_key(self.doc, tokens.clone());
        let (mut he, mut she) = self.genders.get(key).copied().unwrap_or((0, 0));
        // A surname alone also takes the evidence of the fullest form.
        let mut first = (tokens.len() > 1).then(|| word(self.doc, tokens.start).to_owned());
        if tokens.len() == 1 {
            let last = word(self.doc, tokens.start);
            let full = self.fullest(last, last, usize::MAX);
            if full != last {
                if let Some(&(h, s)) = self.genders.get(full.as_str()) {
                    he += h;
                    she += s;
                }
                first = full.split(' ').next().map(str::to_owned);
            }
        }
        // Nothing in the text: the first name's usual gender, if it has one.
        if he + she == 0 {
            match first.and_then(|f| given_name_gender(&f.to_lowercase())) {
                Some(NameGender::Female) => she = 1,
                Some(NameGender::Male) => he = 1,
                None => {}
            }
        }
        match pronoun {
            Pronoun::He => !(she > 0 && she >= 2 * he),
            Pronoun::She => !(he > 0 && he >= 2 * she),
            Pronoun::Plural | Pronoun::Person => true,
        }
    }

    /// The first name in tokens `range` that stands as a subject (not after a
    /// preposition, not inside a quotation) and, given `pronoun`, suits it.
    pub(crate) fn first_subject(
        &self,
        range: Range<usize>,
        pronoun: Option<Pronoun>,
    ) -> Option<Range<usize>> {
        let stop = range.end.min(range.start + MAX_SENTENCE_SCAN);
        // `While Obama had …, that concerns Henry Crespo, …`: a name in a
        // clause that opens the sentence with a subordinator is that
        // clause's subject; one in the main clause after it is preferred.
        let clause_end = fronted_clause_end(self.doc, range.start, stop);
        let mut in_clause: Option<Range<usize>> = None;
        let mut found = |r: Range<usize>| -> Option<Range<usize>> {
            if clause_end.is_some_and(|end| r.start < end) {
                in_clause.get_or_insert(r);
                None
            } else {
                Some(r)
            }
        };
        let from = self.runs.partition_point(|r| r.tokens.start < range.start);
        for run in &self.runs[from..] {
            if run.tokens.start >= stop {
                break;
            }
            // `Charlotte Mayor Ann Roy`: a place or an organization right
            // before a capitalized word qualifies the name after it.
            // So does one owning it: `Britain's Energy Department`.
            let end = run.tokens.end;
            let owns = self
                .doc
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Possessive);
            let qualifies = !run.person_like && is_cap(self.doc, end + usize::from(owns));
            if run.in_quote
                || qualifies
                || named_after_preposition(self.doc, run.tokens.start, range.start)
                || is_heading(self.doc, run.tokens.clone())
            {
                continue;
            }
            if pronoun.map_or(true, |p| self.suitable(run.tokens.clone(), p)) {
                if let Some(r) = found(run.tokens.clone()) {
                    return Some(r);
                }
            }
        }
        if self.entities.is_empty() {
            return in_clause;
        }
        // The recognizer may have missed a name: scan the words themselves.
        let doc = self.doc;
        let mut i = range.start;
        while i < stop {
            if !is_cap(doc, i) || self.in_quote(i) || named_after_preposition(doc, i, range.start) {
                i += 1;
                continue;
            }
            let Some(raw) = run_forward(doc, i, stop) else {
                i += 1;
                continue;
            };
            i = raw.end;
            let Some(stripped) = strip(doc, raw) else {
                continue;
            };
            let r = stripped.tokens;
            // One capitalized word opening its sentence before a comma or a
            // determiner, which no name ends with, is an ordinary word the
            // recognizer saw and left: `Following the meeting, …`,
            // `Previously, he …` (but `Dean, a doctor, …` after Howard Dean,
            // and `Trump unleashed …`).
            let ordinary = r.len() == 1
                && opens_sentence(doc, r.start)
                && (word(doc, r.end) == "," || is_in(&DETERMINERS, word(doc, r.end)))
                && !self.by_last.contains_key(word(doc, r.start))
                && !self.persons.contains(word(doc, r.start));
            if is_heading(doc, r.clone()) || ordinary {
                continue;
            }
            if pronoun.map_or(true, |p| self.suitable(r.clone(), p)) {
                if let Some(r) = found(r) {
                    return Some(r);
                }
            }
        }
        in_clause
    }
}

/// Subordinators that open a clause before the main one (`While Obama
/// had …, that …`).
static SUBORDINATORS: WordSet = WordSet::new(words![
    "While", "Although", "Though", "Whereas", "Because", "Since", "Unless", "If", "When",
    "Whenever", "Once", "Until",
]);

/// When the sentence starting at token `start` opens with a subordinate
/// clause, the token that ends it: the first comma before `stop` (none
/// without a comma: the clause may be the whole sentence).
fn fronted_clause_end(doc: &Document<'_>, start: usize, stop: usize) -> Option<usize> {
    opening_clause_end(doc, start, stop, &SUBORDINATORS)
}

/// When the sentence starting at token `start` opens with one of
/// `openers`, the first comma before `stop`: where that opening clause ends.
pub(crate) fn opening_clause_end(
    doc: &Document<'_>,
    start: usize,
    stop: usize,
    openers: &WordSet,
) -> Option<usize> {
    let first = (start..stop).find(|&k| doc.tokens[k].kind != TokenKind::Punct)?;
    if !is_in(openers, word(doc, first)) {
        return None;
    }
    (first + 1..stop).find(|&k| word(doc, k) == ",")
}

/// Whether token `k` is the first word of its sentence (only punctuation,
/// such as an opening quotation mark, before it).
fn opens_sentence(doc: &Document<'_>, k: usize) -> bool {
    let Some(s) = doc.sentence_at(doc.tokens[k].span.start) else {
        return false;
    };
    doc.tokens[doc.sentences[s].tokens.start..k]
        .iter()
        .all(|t| t.kind == TokenKind::Punct)
}

/// Prepositions: a name after one is an object, not a subject.
static PREPOSITIONS: WordSet = WordSet::new(words![
    "in",
    "at",
    "on",
    "with",
    "to",
    "from",
    "by",
    "for",
    "of",
    "about",
    "against",
    "under",
    "over",
    "into",
    "near",
    "across",
    "toward",
    "towards",
    "between",
    "among",
    "behind",
    "through",
    "like",
    "than",
    "as",
    "after",
    "before",
    "during",
    "without",
    "via",
    "including",
    "versus",
    "vs",
    "In",
    "At",
    "On",
    "With",
    "From",
    "By",
    "For",
    "Of",
    "About",
    "Against",
    "Under",
    "Over",
    "Near",
    "Across",
    "Toward",
    "Between",
    "Among",
    "Behind",
    "Through",
    "Like",
    "As",
    "After",
    "Before",
    "During",
    "Without",
    "Via",
    "Including",
    "the",
    "The",
    "a",
    "an",
]);

/// Whether the name starting at token `i` follows a preposition or article
/// (an object or a common-noun phrase: `in South Asia`, `the White House`),
/// looking past a title or nationality (`with Russian President …`).
fn after_preposition(doc: &Document<'_>, i: usize) -> bool {
    i > 0 && is_in(&PREPOSITIONS, word(doc, i - 1))
}

/// Whether token `k` is `him`, or `her` as an object (`told her to`, `beside
/// her.`) rather than a possessive (`her baton`).
fn is_object_pronoun(doc: &Document<'_>, k: usize) -> bool {
    match word(doc, k) {
        "him" => true,
        "her" => doc.tokens.get(k + 1).map_or(true, |next| {
            let w = word(doc, k + 1);
            next.kind != TokenKind::Word
                || is_in(&PREPOSITIONS, w)
                || is_in(&DETERMINERS, w)
                || matches!(w, "and" | "or" | "that" | "as" | "when" | "if" | "because")
        }),
        _ => false,
    }
}

/// Whether the name starting at token `start` follows a preposition, itself
/// or with its titles (`to Mayor Lionel Praskett`, `for Sen. Ann Roy`);
/// titles are looked for back to token `floor`.
fn named_after_preposition(doc: &Document<'_>, start: usize, floor: usize) -> bool {
    let mut at = start;
    while at > floor {
        let before = if word(doc, at - 1) == "." && at - 1 > floor {
            at - 2
        } else {
            at - 1
        };
        if !(is_cap(doc, before) && is_in(&TITLES, word(doc, before))) {
            break;
        }
        at = before;
    }
    after_preposition(doc, at)
}

/// The key of a name for gender evidence: its text (Ivanka Trump and
/// Donald Trump differ).
fn gender_key<'t>(doc: &Document<'t>, r: Range<usize>) -> &'t str {
    Span::new(
        doc.tokens[r.start].span.start,
        doc.tokens[r.end - 1].span.end,
    )
    .text(doc.text)
}

/// How many pronouns an honorific before a name counts as: more than the
/// stray pronouns of other people that sentences naming it collect.
const HONORIFIC_WEIGHT: u32 = 4;

/// Whether an entity's canonical `name` fits the speaker `mention`: both
/// end in the same word (Donald Trump / Trump), or the mention is the
/// abbreviation of the name (IMF / International Monetary Fund).
/// The longest name suffix of the entity lexicon worth asking about
/// (`xviii`, `jr.` trimmed to `jr`).
const MAX_SUFFIX_LEN: usize = 5;

/// Most words a name may have after the first word that stands for it
/// (`Corvane` for Corvane Therapeutics).
const MAX_SHORTENED_WORDS: usize = 2;

fn names_agree(name: &str, mention: &str) -> bool {
    // The surname: `Hanley` of Robert L. Hanley Jr., past a suffix the
    // entity lexicon knows (`Jr.`, `III`). Suffixes are short: longer
    // words are not lowercased to ask.
    fn last(s: &str) -> &str {
        let is_suffix = |w: &str| {
            w.len() <= MAX_SUFFIX_LEN
                && lexicon::classes(&w.to_ascii_lowercase()) & lexicon::NAME_SUFFIX != 0
        };
        let mut words = s
            .split_whitespace()
            .rev()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let last = words.next().unwrap_or("");
        if is_suffix(last) {
            words.next().unwrap_or(last)
        } else {
            last
        }
    }
    if !mention.is_empty() {
        let (a, b) = (last(name), last(mention));
        // Called for every attributed quote: ASCII words compare without
        // allocating; others through `to_lowercase` (final sigma and all).
        let same = if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b)
        } else {
            a.to_lowercase() == b.to_lowercase()
        };
        if same {
            return true;
        }
        // `Lee` for Lee Jae-myung: a family name written first, before a
        // given name of two syllables.
        let given_syllables = a
            .split_once('-')
            .is_some_and(|(_, second)| second.starts_with(|c: char| c.is_lowercase()));
        if given_syllables && name.split_whitespace().next() == Some(mention) {
            return true;
        }
        // `Piotr` for Piotr Kowalczyk, `Corvane` for Corvane Therapeutics:
        // the first word of a short name the entity pass grouped it with.
        let mut words = name.split_whitespace();
        let opens_name = words.next() == Some(mention) && words.count() <= MAX_SHORTENED_WORDS;
        if opens_name {
            return true;
        }
    }
    // An acronym of the name's capitalized words (`FBI`), at least two
    // bytes, perhaps without a country's abbreviation before them (`CBP`,
    // U.S. Customs and Border Protection).
    fn initials(words: &str) -> impl Iterator<Item = char> + '_ {
        words
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
    }
    let letters = || mention.chars().filter(|c| c.is_alphabetic());
    let without_country = name
        .split_once(' ')
        .filter(|(first, _)| first.contains('.'))
        .map(|(_, rest)| rest);
    letters().map(char::len_utf8).sum::<usize>() >= 2
        && letters().all(char::is_uppercase)
        && (letters().eq(initials(name))
            || without_country.is_some_and(|rest| letters().eq(initials(rest))))
}

/// An all-capitals run of several words: a heading, not a name.
fn is_heading(doc: &Document<'_>, r: Range<usize>) -> bool {
    r.len() >= 2
        && r.clone().all(|k| {
            let w = word(doc, k);
            !w.chars().any(char::is_lowercase)
        })
}

/// A name that is not a person's: an organization or place word, an
/// abbreviation or all-caps heading, or "the" before it.
pub(crate) fn non_person(doc: &Document<'_>, r: Range<usize>) -> bool {
    if r.start > 0 && matches!(word(doc, r.start - 1), "the" | "The") {
        return true;
    }
    r.clone().any(|k| {
        let w = word(doc, k);
        is_in(&NON_PERSON_HEADS, w) || is_all_caps(w)
    })
}

/// An abbreviation or shouted word: NBC, U.S., USA (not JD).
fn is_all_caps(w: &str) -> bool {
    let b = w.as_bytes();
    // Quick reject: the second character of most words is lowercase.
    if b.len() < 2 || b[1].is_ascii_lowercase() {
        return false;
    }
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    upper == letters && (letters >= 3 || (letters >= 2 && w.contains('.')))
}

/// Whether the organization `name` is a public body by its last word (`Data
/// Protection Commission`, `Justice Ministry`): never what `the company`
/// refers to.
fn is_public_body(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    [
        "commission",
        "ministry",
        "department",
        "agency",
        "authority",
        "council",
        "parliament",
        "court",
        "government",
        "police",
        "committee",
        "bureau",
        "administration",
        "senate",
        "congress",
        "assembly",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(last))
}
