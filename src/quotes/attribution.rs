//! Who said a quotation: the speaker phrase next to a cue of speech, found
//! after the quotation (`“…,” Trump said`, `“…,” said Jane Doe`), before it in
//! its sentence (`Vance said: “…”`, `according to Ushakov, “…”`), or carried
//! over from the previous quotation when nothing intervenes (AP style).

use super::cues::{cue_at, in_headline, is_contracted_verb, is_speech_verb, Cue, Form};
use super::lexicon::{
    is_business_noun, is_in, is_org_noun, is_role_title, pronoun, role_titles, words, Pronoun,
    WordSet, BETWEEN_SUBJECT_AND_VERB, CHARACTERIZING_VERBS, DETERMINERS, NOT_NAMES, NOT_THE_ROLE,
    PARTICLES, ROLE_WORDS, SAYING_NOUNS, TAG_TAIL,
};
use super::names::{
    is_cap, opening_clause_end, run_back, run_forward, strip, Names, MAX_NAME_TOKENS,
};
use crate::analysis::{EntityKind, Quote, Speaker};
use crate::document::{is_space, Document, TokenKind};
use crate::entities::lexicon as entity_lexicon;
use crate::span::Span;
use std::cell::{Cell, OnceCell};
use std::ops::Range;

/// Tokens between a quotation and the verb that tags it (`“…,” White House
/// press secretary Karoline Leavitt told`).
const MAX_TAG_TOKENS: usize = 14;
/// Tokens searched after a quotation for a tag closing its sentence (`“…” is
/// held accountable, Warren said.`).
const MAX_CLAUSE_TOKENS: usize = 30;
/// Tokens after a closing tag's verb up to the end of its sentence (`Warren
/// said in a statement on Monday.`).
const MAX_TAG_TAIL: usize = 8;
/// Tokens searched backwards from a quotation for its cue (`Zelenskyy said
/// Monday that he … “…”`).
const MAX_BACK_TOKENS: usize = 80;
/// Tokens of an apposition between a subject and its verb (`Zelenskyy, who
/// spoke to …, told reporters`).
const MAX_APPOSITION_TOKENS: usize = 40;
/// Tokens between `quoted` and `as saying`: `the country's deputy
/// foreign minister, Sergei Ryabkov,`.
const MAX_QUOTED_OBJECT_TOKENS: usize = 12;
/// `D-New York` is 4 tokens, `R-N.M.` 5 (letters and periods apart).
const MAX_PARTY_TAG_TOKENS: usize = 7;
/// Tokens between a saying (`Trump’s claim that …`) and the fragment it
/// quotes.
const MAX_SAYING_DISTANCE: usize = 12;
/// Tokens from the determiner of a role to the comma before its holder's
/// name (`the family’s attorney,`, `a spokeswoman for the state health
/// department,`).
const MAX_ROLE_APPOSITION_TOKENS: usize = 10;
/// Longest name, in tokens, opening a `Name: “…”` headline.
const MAX_HEADLINE_NAME: usize = 3;
/// Plain lowercase words allowed among a name's descriptors.
const MAX_FREE_DESCRIPTORS: usize = 3;
/// Words that make a clause, never a name's descriptor.
static CLAUSE_WORDS: WordSet = WordSet::new(words![
    "that", "which", "who", "whom", "whose", "is", "was", "are", "were", "be", "been", "has",
    "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
    "did", "to", "and", "but", "or", "of", "in", "on", "at", "for", "with", "by", "from", "as",
    "if", "when", "while", "because", "not", "it", "its", "they", "their", "he", "she", "his",
    "her", "we", "our", "you", "your", "i", "me", "my", "a", "an", "this", "these", "those",
    "there", "than", "then", "so", "about", "after", "before", "into", "over",
]);
/// Comma-separated appositions walked past between a subject and its verb.
const MAX_APPOSITIONS: usize = 4;
/// Tokens of a parenthesis after a name (`(R-Ohio)`, `(D-S.C.)`).
const MAX_PARENTHESIS_TOKENS: usize = 12;
/// How many sentences back a pronoun looks for its antecedent.
const MAX_BACK_SENTENCES: usize = 8;
/// How many paragraphs back a pronoun looks for its antecedent.
const MAX_BACK_PARAGRAPHS: usize = 4;
/// Tokens of one sentence examined for an antecedent: bounds the work on
/// run-on text without sentence punctuation.
const MAX_SENTENCE_SCAN: usize = 150;
/// Adverbs and auxiliaries skipped between a subject and its verb.
const MAX_BETWEEN: usize = 3;
/// Words of the attributing sentence between one quotation and the next for
/// the speaker to carry over (`“…,” said Jane Doe, a spokeswoman for the
/// agency. “…”`).
const MAX_CARRY_WORDS: usize = 60;

/// Words of a speaker with no name, its determiner included (`the
/// Republican governor`).
const MAX_UNNAMED_WORDS: usize = 4;

/// Tokens before a role's speaker (`the governor`) searched for the title
/// that named its holder (`Gov. Ann Roy`).
const MAX_ROLE_LOOKBACK: usize = 3000;

/// Tokens before a speaker named by a role (`the spokesman`, `the chief
/// executive`) searched for the phrase that gave the role (`a spokesman for
/// X`, `Jane Doe, the chief executive,`): a few paragraphs.
const MAX_NAMED_ROLE_LOOKBACK: usize = 400;

/// The phrase that names a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Phrase {
    /// A capitalized name (titles stripped), as tokens.
    Name(Range<usize>),
    /// he / she / they, at a token.
    Pronoun(usize, Pronoun),
    /// `the ministry`, as tokens.
    OrgNoun(Range<usize>),
}

/// The attribution of one quotation.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attribution {
    /// The speaker, when the text names one.
    pub speaker: Option<Speaker>,
    /// The cue of speech.
    pub cue: Option<Span>,
}

/// Attributes quotations of one document.
#[derive(Debug)]
pub(crate) struct Attributor<'a, 'd, 't> {
    doc: &'d Document<'t>,
    names: &'a Names<'d, 't>,
    /// Per token, the cue found there, computed on first look: pronouns
    /// look back over the same sentences many times.
    cues: Vec<Cell<u8>>,
    /// The tokens that are a role's title (`Gov`, `President`), in text
    /// order, found on the first role speaker: each one then looks at
    /// titles only, not at every token before it.
    titles: OnceCell<Vec<usize>>,
    /// The tokens that are a spokesperson's noun, in text order, found on
    /// the first `the spokesman said`.
    spokes: OnceCell<Vec<usize>>,
}

/// Codes of [`Attributor::cues`].
const CUE_UNKNOWN: u8 = 0;
const CUE_NONE: u8 = 1;
const CUE_FINITE: u8 = 2;
const CUE_FINITE_PAIR: u8 = 3;
const CUE_PARTICIPLE: u8 = 4;
const CUE_ACCORDING: u8 = 5;

fn word<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    doc.tokens.get(i).map_or("", |t| t.text(doc.text))
}

fn tokens_span(doc: &Document<'_>, r: Range<usize>) -> Span {
    Span::new(
        doc.tokens[r.start].span.start,
        doc.tokens[r.end - 1].span.end,
    )
}

impl<'a, 'd, 't> Attributor<'a, 'd, 't> {
    /// An attributor over `doc` with its `names`.
    pub(crate) fn new(doc: &'d Document<'t>, names: &'a Names<'d, 't>) -> Self {
        Attributor {
            doc,
            names,
            cues: vec![Cell::new(CUE_UNKNOWN); doc.tokens.len()],
            titles: OnceCell::new(),
            spokes: OnceCell::new(),
        }
    }

    /// The cue starting at token `i` ([`cue_at`], remembered).
    fn cue(&self, i: usize) -> Option<Cue> {
        let cell = self.cues.get(i)?;
        let code = match cell.get() {
            CUE_UNKNOWN => {
                let code = match cue_at(self.doc, i) {
                    None => CUE_NONE,
                    Some(c) => match c.form {
                        Form::Finite if c.end - c.first == 1 => CUE_FINITE,
                        Form::Finite => CUE_FINITE_PAIR,
                        Form::Participle => CUE_PARTICIPLE,
                        Form::According => CUE_ACCORDING,
                    },
                };
                cell.set(code);
                code
            }
            code => code,
        };
        let (len, form) = match code {
            CUE_FINITE => (1, Form::Finite),
            CUE_FINITE_PAIR => (2, Form::Finite),
            CUE_PARTICIPLE => (1, Form::Participle),
            CUE_ACCORDING => (2, Form::According),
            _ => return None,
        };
        Some(Cue {
            first: i,
            end: i + len,
            form,
        })
    }

    fn cue_span(&self, cue: Cue) -> Span {
        tokens_span(self.doc, cue.first..cue.end)
    }

    fn speaker(&self, phrase: Phrase) -> Option<Speaker> {
        let doc = self.doc;
        match phrase {
            Phrase::Name(r) => {
                let span = tokens_span(doc, r.clone());
                let (name, entity) = self.names.canonical(r);
                // `Republican claims`, `Muslim families`: a people or a
                // party by its adjective is no one who speaks.
                if entity.and_then(|e| self.names.kind(e)) == Some(EntityKind::Group) {
                    return None;
                }
                Some(Speaker { name, entity, span })
            }
            Phrase::Pronoun(i, kind) => {
                let antecedent = self.antecedent(i, kind)?;
                let (name, entity) = self.names.canonical(antecedent);
                let mut end = i + 1;
                if kind == Pronoun::Person {
                    // `the 35-year-old tight end`: the descriptor and its
                    // role noun, up to the cue.
                    end = i + AGE_DESCRIPTOR_TOKENS;
                    while end < i + AGE_DESCRIPTOR_TOKENS + MAX_AGE_ROLE_WORDS
                        && is_lower_word(doc, end)
                        && self.cue(end).is_none()
                    {
                        end += 1;
                    }
                }
                Some(Speaker {
                    name,
                    entity,
                    span: tokens_span(doc, i..end),
                })
            }
            Phrase::OrgNoun(r) => {
                let span = tokens_span(doc, r.clone());
                let head = word(doc, r.end - 1);
                let mut capital: String =
                    head.chars().take(1).flat_map(char::to_uppercase).collect();
                capital.push_str(&head[head.chars().next().map_or(0, char::len_utf8)..]);
                let surface = span.text(doc.text);
                let bare = surface
                    .strip_prefix("the ")
                    .or_else(|| surface.strip_prefix("The "))
                    .unwrap_or(surface);
                // `the county council` is a council whose name ends so
                // (Wessex County Council), else the fullest named council.
                let mut titled = String::with_capacity(bare.len());
                for (k, w) in bare.split(' ').enumerate() {
                    if k > 0 {
                        titled.push(' ');
                    }
                    let mut c = w.chars();
                    if let Some(f) = c.next() {
                        titled.extend(f.to_uppercase());
                        titled.push_str(c.as_str());
                    }
                }
                let described = (titled != capital)
                    .then(|| self.names.fullest(&titled, &capital, span.start))
                    .filter(|full| *full != titled);
                let full =
                    described.unwrap_or_else(|| self.names.fullest(&capital, &capital, span.start));
                if full != capital {
                    let entity = self.names.entity_at(span);
                    return Some(Speaker {
                        name: full,
                        entity,
                        span,
                    });
                }
                // `the ministry` after the Ministry of Public Works.
                if let Some(k) = self.names.last_organization_opening(&capital, span.start) {
                    return Some(Speaker {
                        name: self.names.entity_name(k).to_owned(),
                        entity: Some(k),
                        span,
                    });
                }
                // `Skyline Air … the airline said`: a business by what it
                // is, the organization last named.
                // `the group said`, `the organization said`: the one last
                // named, or no one (a group of people is no speaker).
                let generic = matches!(head, "group" | "organization" | "organisation");
                if is_business_noun(head) || generic {
                    let paragraph = doc.paragraph_at(span.start).unwrap_or(0);
                    let first = paragraph.saturating_sub(MAX_BACK_PARAGRAPHS);
                    let floor = doc.paragraphs.get(first).map_or(0, |p| p.start);
                    if let Some(k) = self.names.last_organization(floor, span.start, !generic) {
                        let name = self.names.entity_name(k).to_owned();
                        return Some(Speaker {
                            name,
                            entity: Some(k),
                            span,
                        });
                    }
                    if generic {
                        return None;
                    }
                }
                let entity = self.names.entity_at(span);
                Some(Speaker {
                    name: bare.to_owned(),
                    entity,
                    span,
                })
            }
        }
    }

    /// The attribution by the speaker named after `cue` (`said Jane Doe`),
    /// or by the holder of a role (`said the governor`).
    fn found_after(&self, cue: Cue, ceil: usize) -> Attribution {
        match self
            .phrase_after(cue.end, ceil)
            .filter(|p| !self.role_acronym(p))
        {
            Some(phrase) => self.found(Some(phrase), cue),
            None => {
                let end = (cue.end..ceil.min(cue.end + MAX_UNNAMED_WORDS))
                    .take_while(|&k| self.doc.tokens[k].kind == TokenKind::Word)
                    .last()
                    .map_or(cue.end, |k| k + 1);
                let speaker = (1..=end - cue.end)
                    .rev()
                    .map(|n| cue.end..cue.end + n)
                    .find(|r| self.unnamed(r.clone()))
                    .and_then(|r| self.role_holder(r));
                Attribution {
                    speaker,
                    cue: Some(self.cue_span(cue)),
                }
            }
        }
    }

    /// The person named earlier under the title of the role that the
    /// speaker `r` (`the governor`, `the prime minister`) holds: `Gov. Ann
    /// Roy` or `Prime Minister Ann Roy`, the nearest before. Lowercase
    /// words between the determiner and the role must stand before the
    /// title too (`the prime minister` is not `Foreign Minister Ann Roy`);
    /// capitalized ones (`the Republican governor`) need not.
    fn role_holder(&self, r: Range<usize>) -> Option<Speaker> {
        let doc = self.doc;
        if !matches!(word(doc, r.start), "the" | "The") {
            return None;
        }
        let head = r.end - 1;
        if r.len() == 2 && is_spokes_noun(word(doc, head)) {
            return self.spoken_for_before(r);
        }
        if let Some(holder) = self.role_apposition_before(r.clone()) {
            return Some(holder);
        }
        let titles = role_titles(word(doc, head))?;
        let modifiers: Vec<&str> = (r.start + 1..head)
            .filter(|&k| !is_cap(doc, k))
            .map(|k| word(doc, k))
            .collect();
        let floor = r.start.saturating_sub(MAX_ROLE_LOOKBACK);
        let all_titles = self.titles.get_or_init(|| {
            (0..doc.tokens.len())
                .filter(|&k| is_role_title(word(doc, k)))
                .collect()
        });
        let before = &all_titles[..all_titles.partition_point(|&k| k < r.start)];
        for &k in before.iter().rev().take_while(|&&k| k >= floor) {
            if !titles.contains(&word(doc, k)) || self.names.in_quote(k) {
                continue;
            }
            let first = k - modifiers.len().min(k);
            let same_role = (first..k)
                .zip(&modifiers)
                .all(|(x, m)| word(doc, x).eq_ignore_ascii_case(m));
            // `Vice President Ann Roy`, `former President Ann Roy` hold
            // another role, or held this one.
            let other = first
                .checked_sub(1)
                .is_some_and(|x| is_in(&NOT_THE_ROLE, word(doc, x)));
            if !same_role || other {
                continue;
            }
            let ceil = (k + MAX_NAME_TOKENS).min(doc.tokens.len());
            let Some(name) = run_forward(doc, k, ceil).and_then(|run| strip(doc, run)) else {
                continue;
            };
            if !name.titled {
                continue;
            }
            // Like a pronoun's, the speaker's span is where this quotation
            // refers to them.
            return self
                .known_speaker(Phrase::Name(name.tokens), &[EntityKind::Person])
                .map(|holder| Speaker {
                    span: tokens_span(doc, r),
                    ..holder
                });
        }
        None
    }

    /// `“…,” the spokeswoman said` at tokens `r`: the organization of the
    /// latest `a spokeswoman for X` before it (with the same noun, a few
    /// paragraphs back at most).
    fn spoken_for_before(&self, r: Range<usize>) -> Option<Speaker> {
        let doc = self.doc;
        let noun = word(doc, r.end - 1);
        let all = self.spokes.get_or_init(|| {
            (0..doc.tokens.len())
                .filter(|&k| is_spokes_noun(word(doc, k)))
                .collect()
        });
        let before = &all[..all.partition_point(|&k| k < r.start)];
        let floor = r.start.saturating_sub(MAX_NAMED_ROLE_LOOKBACK);
        let ceil = doc.tokens.len();
        let k = *before
            .iter()
            .rev()
            .take_while(|&&k| k >= floor)
            .find(|&&k| word(doc, k) == noun && !self.names.in_quote(k))?;
        let Some(Phrase::Name(name)) = self.organization_spoken_for(k, ceil) else {
            return None;
        };
        self.known_speaker(Phrase::Name(name), &[EntityKind::Organization])
            .map(|holder| Speaker {
                span: tokens_span(doc, r),
                ..holder
            })
    }

    /// `“…,” the chief executive said` at tokens `r`: the person an earlier
    /// apposition gave that role (`The company's chief executive, Jane
    /// Doe,` or `Jane Doe, the hospital's chief executive,`), the latest
    /// within a few paragraphs.
    fn role_apposition_before(&self, r: Range<usize>) -> Option<Speaker> {
        let doc = self.doc;
        let head = word(doc, r.end - 1);
        let floor = r.start.saturating_sub(MAX_NAMED_ROLE_LOOKBACK);
        let ceil = doc.tokens.len();
        let person = |name: Range<usize>| {
            self.known_speaker(Phrase::Name(name), &[EntityKind::Person])
                .map(|holder| Speaker {
                    span: tokens_span(doc, r.clone()),
                    ..holder
                })
        };
        for k in (floor..r.start).rev() {
            if word(doc, k) != head || self.names.in_quote(k) {
                continue;
            }
            // The role, a comma, the name.
            if word(doc, k + 1) == "," && is_cap(doc, k + 2) {
                let named = run_forward(doc, k + 2, ceil)
                    .and_then(|run| strip(doc, run))
                    .and_then(|name| person(name.tokens));
                if named.is_some() {
                    return named;
                }
            }
            // The name, a comma, the role's words.
            let mut x = k;
            while x > floor + 1
                && k - x < MAX_UNNAMED_WORDS
                && (is_lower_word(doc, x - 1)
                    || doc.tokens[x - 1].kind == TokenKind::Possessive
                    || (is_cap(doc, x - 1) && word(doc, x - 2) != ","))
            {
                x -= 1;
            }
            if x > floor + 1 && x < k && word(doc, x - 1) == "," {
                let named = run_back(doc, x - 2, floor)
                    .and_then(|run| strip(doc, run))
                    .and_then(|name| person(name.tokens));
                if named.is_some() {
                    return named;
                }
            }
        }
        None
    }

    /// Whether `phrase` is only a role's acronym after an article (`the
    /// CEO`, `the Labour MP`): someone described, not named.
    fn role_acronym(&self, phrase: &Phrase) -> bool {
        let doc = self.doc;
        let Phrase::Name(r) = phrase else {
            return false;
        };
        let last = r.end - 1;
        is_role_acronym(word(doc, last))
            && (r.start..last).all(|k| is_cap(doc, k))
            && r.start > 0
            && matches!(word(doc, r.start - 1), "the" | "The")
    }

    fn found(&self, phrase: Option<Phrase>, cue: Cue) -> Attribution {
        Attribution {
            speaker: phrase.and_then(|p| self.speaker(p)),
            cue: Some(self.cue_span(cue)),
        }
    }

    /// The subject of the cue starting at token `cue`, not reaching before
    /// `floor`.
    fn subject_before(&self, cue: usize, floor: usize) -> Option<Phrase> {
        let mut i = cue;
        let mut skipped = 0;
        loop {
            if i <= floor {
                return None;
            }
            i -= 1;
            if self.names.in_quote(i) {
                return None;
            }
            let w = word(self.doc, i);
            // `He’s claiming`: the ’s is `is` or `has`.
            let adverb = is_in(&BETWEEN_SUBJECT_AND_VERB, w)
                || is_contracted_verb(self.doc, i)
                || (w.len() > 4 && w.ends_with("ly") && !is_cap(self.doc, i));
            if skipped < MAX_BETWEEN && adverb {
                skipped += 1;
                continue;
            }
            break;
        }
        self.phrase_ending_at(i, floor, true)
    }

    /// The speaker phrase ending at token `i`.
    fn phrase_ending_at(&self, i: usize, floor: usize, apposition: bool) -> Option<Phrase> {
        let doc = self.doc;
        if i < floor || self.names.in_quote(i) {
            return None;
        }
        // `Rep. Jim Jordan (R-Ohio) said`: skip the parenthesis.
        let i = self.skip_parenthesis(i, floor)?;
        let w = word(doc, i);
        if let Some(p) = pronoun(w) {
            return Some(Phrase::Pronoun(i, p));
        }
        // `the Dutchman said`: the man last named, as `he` would be.
        if i > floor && matches!(word(doc, i - 1), "the" | "The") {
            if let Some(p) = demonym_gender(w) {
                return Some(Phrase::Pronoun(i, p));
            }
        }
        // `the 41-year-old said`: the person last named.
        if let Some(start) = age_descriptor_start(doc, i, floor) {
            return Some(Phrase::Pronoun(start, Pronoun::Person));
        }
        if w == "who" && i >= floor + 2 && word(doc, i - 1) == "," {
            return match self.phrase_ending_at(i - 2, floor, false) {
                Some(Phrase::Name(r)) => Some(Phrase::Name(r)),
                _ => None,
            };
        }
        if is_cap(doc, i) || w == "." || w.contains('-') || i > 0 && word(doc, i - 1) == "-" {
            let run = run_back(doc, i, floor)?;
            // Mr. Morgan of the Sierra Club said → Morgan.
            let mut o = run.start;
            if o > floor && matches!(word(doc, o - 1), "the" | "The") {
                o -= 1;
            }
            if o > floor + 1 && word(doc, o - 1) == "of" && is_cap(doc, o - 2) {
                if let Some(owner) = run_back(doc, o - 2, floor) {
                    if let Some(s) = strip(doc, owner) {
                        return Some(Phrase::Name(s.tokens));
                    }
                }
            }
            // `a former aide to Mayor Lionel Praskett testified`, `a lawyer
            // for Smith said`: the name completes a phrase whose head, the
            // one who speaks, is someone unnamed. (A spokesperson for the
            // European Commission speaks for the Commission.)
            if o > floor + 1
                && is_role_preposition(word(doc, o - 1))
                && is_role_noun(doc, o - 2)
                && self
                    .names
                    .entity_at(tokens_span(doc, run.clone()))
                    .map_or(true, |e| self.names.kind(e) == Some(EntityKind::Person))
            {
                return None;
            }
            return strip(doc, run).map(|s| Phrase::Name(s.tokens));
        }
        if let Some(body) = self.body_before_role(i, floor) {
            return Some(body);
        }
        if is_org_noun(w) {
            // Canada’s government said → Canada.
            if i >= floor + 2 && doc.tokens[i - 1].kind == TokenKind::Possessive {
                let run = run_back(doc, i - 2, floor)?;
                return strip(doc, run).map(|s| Phrase::Name(s.tokens));
            }
            // the (foreign) ministry said; one word may describe it, a
            // compound too: the California-based company, the Cupertino,
            // California-based company.
            let mut k = i;
            let touching = |k: usize| doc.tokens[k - 1].span.end == doc.tokens[k].span.start;
            if k > floor && {
                let p = word(doc, k - 1);
                p != "the"
                    && p != "The"
                    && doc.tokens[k - 1].kind == TokenKind::Word
                    && !is_cap(doc, k - 1)
            } {
                k -= 1;
                if k >= floor + 2
                    && word(doc, k - 1) == "-"
                    && touching(k)
                    && touching(k - 1)
                    && doc.tokens[k - 2].kind == TokenKind::Word
                {
                    k -= 2;
                    if k >= floor + 2
                        && word(doc, k - 1) == ","
                        && is_cap(doc, k - 2)
                        && is_cap(doc, k)
                    {
                        k -= 2;
                    }
                }
            }
            if k > floor && matches!(word(doc, k - 1), "the" | "The") {
                return Some(Phrase::OrgNoun(k - 1..i + 1));
            }
            return None;
        }
        if w == "," && apposition {
            return self.apposition(i, floor);
        }
        None
    }

    /// `a Kremlin spokesman` ending at token `i`: someone unnamed whose
    /// job is to speak for the body (an organization, or a building that
    /// stands for one) named between the article and the role. The body
    /// is the speaker. (`a UN official` speaks for no one but themself.)
    fn body_before_role(&self, i: usize, floor: usize) -> Option<Phrase> {
        let doc = self.doc;
        if !is_spokes_noun(word(doc, i)) {
            return None;
        }
        // A few words of its job may stand between (`a Kremlin press
        // spokesman`).
        let mut e = i;
        while e > floor
            && i - e < MAX_FREE_DESCRIPTORS
            && is_lower_word(doc, e - 1)
            && word(doc, e - 1) != "a"
        {
            e -= 1;
        }
        if e <= floor + 1 || !is_cap(doc, e - 1) {
            return None;
        }
        let run = run_back(doc, e - 1, floor)?;
        let article =
            run.start > floor && matches!(word(doc, run.start - 1), "a" | "an" | "A" | "An");
        let body = self
            .names
            .entity_at(tokens_span(doc, run.clone()))
            .and_then(|k| self.names.kind(k))
            .is_some_and(|kind| matches!(kind, EntityKind::Organization | EntityKind::Place));
        (article && body).then_some(Phrase::Name(run))
    }

    /// Token `i`, or the token before the parenthesis that `i` closes.
    fn skip_parenthesis(&self, i: usize, floor: usize) -> Option<usize> {
        if word(self.doc, i) != ")" {
            return Some(i);
        }
        let mut k = i;
        while k > floor && i - k < MAX_PARENTHESIS_TOKENS {
            k -= 1;
            if word(self.doc, k) == "(" {
                return k.checked_sub(1).filter(|&j| j >= floor);
            }
        }
        None
    }

    /// The subject before the comma at token `comma`, past appositions:
    /// `Trump’s treasury secretary, Scott Bessent, said` / `Jane Doe, a
    /// spokeswoman for the agency, said` / `Michael Mulgrew, president of the
    /// union, which represents teachers, said`.
    fn apposition(&self, comma: usize, floor: usize) -> Option<Phrase> {
        let doc = self.doc;
        let mut end = comma;
        for _ in 0..MAX_APPOSITIONS {
            let mut k = end;
            let mut found = false;
            while k > floor && end - k <= MAX_APPOSITION_TOKENS {
                k -= 1;
                if self.names.in_quote(k) {
                    return None;
                }
                if word(doc, k) == "," {
                    found = true;
                    break;
                }
            }
            if !found && k != floor {
                return None;
            }
            let start = if found { k + 1 } else { floor };
            // `Sen. Ruth Calloway, D-N.M., said`: the party and state of
            // the name before.
            if found && is_party_tag(doc, start..end) {
                end = k;
                continue;
            }
            if start < end {
                let last = self.skip_parenthesis(end - 1, start)?;
                if let Some(p) = pronoun(word(doc, last)) {
                    if last == start {
                        return Some(Phrase::Pronoun(last, p));
                    }
                }
                if let Some(run) = run_back(doc, last, start) {
                    // A segment that is a name, or that opens the sentence
                    // with the name's descriptors (`Democratic nominee
                    // Hillary Clinton, at a later gaggle, said`).
                    // `the main farm union, the FNSEA, said`: a name with
                    // its article.
                    let whole = run.start == start
                        || (run.start == start + 1 && matches!(word(doc, start), "the" | "The"));
                    // `based in Tacoma, Washington, said`: a place after a
                    // name and a comma is the state or country of the place
                    // before it, part of the apposition.
                    let region_of_place = found
                        && run.start == start
                        && k > floor
                        && is_cap(doc, k - 1)
                        && self
                            .names
                            .entity_at(tokens_span(doc, run.clone()))
                            .is_some_and(|e| self.names.kind(e) == Some(EntityKind::Place));
                    if region_of_place {
                        end = k;
                        continue;
                    }
                    // `The team's owner, billionaire developer Lars
                    // Ekström, said`: a role before the name inside the
                    // commas describes it too.
                    let described = if found {
                        self.role_before_person(start..run.start, run.clone())
                    } else {
                        self.descriptors(start..run.start)
                    };
                    if whole || described {
                        if let Some(s) = strip(doc, run) {
                            return Some(Phrase::Name(s.tokens));
                        }
                    }
                }
            }
            if !found {
                return None;
            }
            end = k;
        }
        None
    }

    /// Whether the words `r` right before the name `name` are plain
    /// lowercase words with a role among them (`billionaire developer`) and
    /// the name is a person's: the role describes that person.
    fn role_before_person(&self, r: Range<usize>, name: Range<usize>) -> bool {
        let doc = self.doc;
        let plain = !r.is_empty()
            && r.clone().all(|x| {
                is_lower_word(doc, x)
                    && !is_in(&CLAUSE_WORDS, word(doc, x))
                    && !is_in(&PARTICLES, word(doc, x))
                    && word(doc, x) != "the"
            });
        plain
            && r.clone()
                .any(|x| is_role_noun(doc, x) || is_in(&ROLE_WORDS, word(doc, x)))
            && self.is_person(name)
    }

    /// Whether the name tokens `name` are a person the document knows.
    fn is_person(&self, name: Range<usize>) -> bool {
        self.known_speaker(Phrase::Name(name), &[EntityKind::Person])
            .is_some()
    }

    /// The person a sentence is about when it opens the quotation at token
    /// `first` with a colon and no verb of speech (`Council member Brian
    /// Kessler was blunt: “…”`).
    pub(crate) fn colon_subject(&self, first: usize) -> Option<Speaker> {
        let doc = self.doc;
        let colon = first.checked_sub(1).filter(|&c| word(doc, c) == ":")?;
        let sentence = doc.sentence_at(doc.tokens[colon].span.start)?;
        let floor = doc.sentences[sentence].tokens.start;
        // The subject stands near the start: a run-on sentence is read no
        // further than an antecedent's is.
        if colon - floor > MAX_SENTENCE_SCAN {
            return None;
        }
        let subject = match self.sentence_subject(floor, colon) {
            Some(Phrase::Name(r)) => self.known_speaker(Phrase::Name(r), &[EntityKind::Person]),
            // Unless another subject comes between (`She became upset, so
            // that I had to change my answer: “…”`).
            Some(Phrase::Pronoun(at, kind)) => {
                let other = (at + 1..colon).any(|k| {
                    pronoun(word(doc, k)).is_some() || matches!(word(doc, k), "I" | "we" | "We")
                });
                return if other {
                    None
                } else {
                    self.speaker(Phrase::Pronoun(at, kind))
                };
            }
            _ => None,
        };
        // `Council member Brian Kessler, one of three …`: the person named
        // before the first comma, after what may be taken for a body.
        subject.or_else(|| {
            let mut k = floor;
            while k < colon && word(doc, k) != "," && !is_in(&CLAUSE_WORDS, word(doc, k)) {
                if let Some(run) = run_forward(doc, k, colon) {
                    let person = strip(doc, run.clone()).and_then(|name| {
                        self.known_speaker(Phrase::Name(name.tokens), &[EntityKind::Person])
                    });
                    if person.is_some() {
                        return person;
                    }
                    k = run.end;
                } else {
                    k += 1;
                }
            }
            None
        })
    }

    /// The speaker phrase after a cue (`said Jane Doe`, `according to the
    /// ministry`), before token `ceil`.
    fn phrase_after(&self, j: usize, ceil: usize) -> Option<Phrase> {
        let doc = self.doc;
        if j >= ceil || self.names.in_quote(j) {
            return None;
        }
        let w = word(doc, j);
        if let Some(p) = pronoun(w) {
            return Some(Phrase::Pronoun(j, p));
        }
        if let Some(name) = self.role_then_name(j, ceil) {
            return Some(name);
        }
        // `according to a statement from the Red Cross`: who wrote it.
        if is_in(&DETERMINERS, w) {
            let limit = ceil.min(j + 4);
            let by = (j + 1..limit)
                .take_while(|&k| is_lower_word(doc, k))
                .find(|&k| matches!(word(doc, k), "from" | "by"));
            if let Some(by) = by {
                let written = (j + 1..by).any(|k| {
                    matches!(
                        word(doc, k),
                        "statement" | "release" | "post" | "letter" | "email" | "memo" | "message"
                    )
                });
                if written {
                    return self.phrase_after(by + 1, ceil);
                }
            }
        }
        // `said a spokeswoman for CMA CGM`: the organization someone
        // unnamed speaks for.
        if !is_cap(doc, j) {
            if let Some(p) = self.organization_spoken_for(j, ceil) {
                return Some(p);
            }
        }
        if matches!(w, "the" | "The") {
            let mut k = j + 1;
            while k < ceil && k < j + 3 && !is_org_noun(word(doc, k)) && !is_cap(doc, k) {
                k += 1;
            }
            if k < ceil && is_org_noun(word(doc, k)) {
                return Some(Phrase::OrgNoun(j..k + 1));
            }
        }
        let mut end = j;
        let mut free = 0;
        while end < ceil && end - j < MAX_TAG_TOKENS && !self.names.in_quote(end) {
            let w = word(doc, end);
            let t = &doc.tokens[end];
            // `said 9/11 widow Terry Strada`: a few plain words before the name.
            let plain = t.kind == TokenKind::Word
                && !is_cap(doc, end)
                && !(j..end).any(|k| is_cap(doc, k))
                && !is_in(&CLAUSE_WORDS, w)
                && self.cue(end).is_none()
                && {
                    free += 1;
                    free <= MAX_FREE_DESCRIPTORS
                };
            let ok = plain
                || is_cap(doc, end)
                || t.kind == TokenKind::Number
                || (w == "/" && end > j)
                || (t.kind == TokenKind::Word && is_in(&PARTICLES, w))
                || (w == "." && end > j && is_cap(doc, end - 1))
                || (w == "-" && end > j)
                || (end == j && matches!(w, "the" | "The"))
                || (t.kind == TokenKind::Word && is_in(&ROLE_WORDS, w))
                // `said Bellevue resident Omar Haddad`.
                || is_role_noun(doc, end);
            // Rep. Elijah Cummings of Maryland: the place is not the name.
            let of_place = w == "of" && (j..end).any(|k| is_cap(doc, k)) && {
                let n = if matches!(word(doc, end + 1), "the" | "The") {
                    end + 2
                } else {
                    end + 1
                };
                is_cap(doc, n)
            };
            if !ok || of_place {
                break;
            }
            end += 1;
        }
        let last = (j..end).rev().find(|&k| is_cap(doc, k))?;
        let run = run_back(doc, last, j)?;
        strip(doc, run).map(|s| Phrase::Name(s.tokens))
    }

    /// The person named after a comma when a role comes first (`said the
    /// family’s attorney, Marcus Delane`, `said a spokeswoman for the
    /// agency, Jane Roe`): from a determiner at `j`, plain words and
    /// possessives with a role noun among them, a comma, then a name the
    /// document knows as a person.
    fn role_then_name(&self, j: usize, ceil: usize) -> Option<Phrase> {
        let doc = self.doc;
        if !is_in(&DETERMINERS, word(doc, j)) {
            return None;
        }
        let limit = ceil.min(j + MAX_ROLE_APPOSITION_TOKENS);
        let mut role = false;
        let mut comma = None;
        for k in j + 1..limit {
            let t = &doc.tokens[k];
            if word(doc, k) == "," {
                comma = Some(k);
                break;
            }
            let fits = t.kind == TokenKind::Possessive
                || (t.kind == TokenKind::Word && self.cue(k).is_none() && !self.names.in_quote(k));
            if !fits {
                return None;
            }
            role |= is_role_noun(doc, k);
        }
        let comma = comma.filter(|_| role)?;
        let run = run_forward(doc, comma + 1, ceil)?;
        let name = strip(doc, run)?.tokens;
        self.is_person(name.clone()).then_some(Phrase::Name(name))
    }

    /// The antecedent of the pronoun at token `at`, as name tokens: the
    /// speaker of a statement in its sentence before it or in the nearest
    /// earlier sentence that has one, else that sentence's first subject.
    /// Sentences whose subject is the same pronoun continue the chain.
    fn antecedent(&self, at: usize, kind: Pronoun) -> Option<Range<usize>> {
        let doc = self.doc;
        let sentence = doc.sentence_at(doc.tokens.get(at)?.span.start)?;
        let paragraph = doc.sentences[sentence].paragraph;
        let lowest = sentence.saturating_sub(MAX_BACK_SENTENCES);
        'sentences: for s in (lowest..=sentence).rev() {
            let sent = &doc.sentences[s];
            if paragraph - sent.paragraph.min(paragraph) > MAX_BACK_PARAGRAPHS {
                break;
            }
            let mut start = sent.tokens.start;
            let stop = if s == sentence { at } else { sent.tokens.end };
            let stop = stop.min(start + MAX_SENTENCE_SCAN);
            // `Asked whether Trump had killed the deal, he said`: the one
            // asked is the pronoun itself; names in the participle's clause
            // are not what it stands for.
            if s == sentence {
                if let Some(comma) = opening_clause_end(doc, start, stop, &PARTICIPLE_OPENERS) {
                    start = comma + 1;
                }
                // `Another resident, who declined to give her name, said
                // she …`: the pronoun is the unnamed subject's.
                if opens_with_unnamed_person(doc, start, stop) {
                    return None;
                }
            }
            // A cue of the same pronoun continues the chain, unless a later
            // cue of the sentence names someone who fits (`Back when he
            // wrote his book, Mr. McKinley said …`).
            let mut chained = false;
            for k in start..stop {
                if self.names.in_quote(k) {
                    continue;
                }
                let Some(cue) = self.cue(k) else { continue };
                let phrase = if cue.form == Form::According {
                    self.phrase_after(cue.end, stop)
                } else {
                    self.subject_before(cue.first, start)
                };
                match phrase {
                    Some(Phrase::Name(r)) if self.names.suitable(r.clone(), kind) => {
                        return Some(r)
                    }
                    // `Zelenskyy said he told them`: a speaker in the same
                    // sentence needs no other evidence of being a person.
                    Some(Phrase::Name(r))
                        if s == sentence && self.names.could_be(r.clone(), kind) =>
                    {
                        return Some(r)
                    }
                    Some(Phrase::Pronoun(_, p)) if p == kind && s != sentence => chained = true,
                    _ => {}
                }
            }
            if chained {
                continue 'sentences;
            }
            if s != sentence
                && (start..stop.min(start + 4)).any(|k| pronoun(word(doc, k)) == Some(kind))
                && !(start..stop.min(start + 4)).any(|k| {
                    is_cap(doc, k)
                        && pronoun(word(doc, k)).is_none()
                        && !is_in(&NOT_NAMES, word(doc, k))
                })
            {
                continue;
            }
            if let Some(r) = self.names.first_subject(start..stop, Some(kind)) {
                return Some(r);
            }
        }
        None
    }

    /// The attribution of the quotation spanning tokens `q` (the opening mark
    /// to one past the closing mark), with `span` its byte span.
    pub(crate) fn attribute(&self, q: Range<usize>, span: Span) -> Option<Attribution> {
        match self.after(q.clone(), span) {
            Some(found) if found.speaker.is_some() => Some(found),
            // `Holm said the ad “unmistakably and wrongfully” suggests …`:
            // the verb after the quotation names no one; a cue before it may.
            Some(found) => Some(
                self.before(q, span)
                    .filter(|b| b.speaker.is_some())
                    .unwrap_or(found),
            ),
            None => self.before(q, span),
        }
    }

    /// The speaker of a quotation inside a sentence (a partial one or a
    /// longer fragment) that no cue attributes: the owner of a saying right
    /// before it (`Trump’s claim that there were “thousands of shootings”`,
    /// `Clinton’s “public option”`), else the person the sentence is about when a verb puts
    /// words to someone between them (`Reid called Trump a “con artist”`)
    /// or the fragment is what something is taken `as` (`Reid went after
    /// Trump as a “human leech”`).
    pub(crate) fn fragment_speaker(&self, q: Range<usize>) -> Option<Speaker> {
        let doc = self.doc;
        let sentence = doc.sentence_at(doc.tokens.get(q.start)?.span.start)?;
        let floor = doc.sentences[sentence].tokens.start;
        let near = q.start.saturating_sub(MAX_SAYING_DISTANCE).max(floor + 2);
        for k in (near..q.start).rev() {
            if self.names.in_quote(k) {
                break;
            }
            let owner = if k + 1 == q.start && doc.tokens[k].kind == TokenKind::Possessive {
                Some((k - 1, &[EntityKind::Person][..]))
            } else if is_in(&SAYING_NOUNS, word(doc, k))
                && doc.tokens[k - 1].kind == TokenKind::Possessive
                // `treating Clinton’s remark as a compliment -- “That makes
                // me smart”`: the words after a dash are someone's answer.
                && !(k + 1..q.start).any(|j| is_dash(doc, j))
            {
                Some((k - 2, &[EntityKind::Person, EntityKind::Organization][..]))
            } else {
                None
            };
            if let Some((last, kinds)) = owner {
                if let Some(s) = run_back(doc, last, floor).and_then(|run| strip(doc, run)) {
                    return self.known_speaker(Phrase::Name(s.tokens), kinds);
                }
            }
        }
        // The subject stands near the sentence's start; a fragment deep in
        // a run-on sentence is read no further back than an antecedent
        // (each one would read the whole sentence again).
        if q.start - floor > MAX_SENTENCE_SCAN {
            return None;
        }
        let phrase = self.sentence_subject(floor, q.start)?;
        let after_subject = match &phrase {
            Phrase::Name(r) | Phrase::OrgNoun(r) => r.end,
            Phrase::Pronoun(i, _) => i + 1,
        };
        // `call a “special meeting”` convenes one.
        let convenes = |k: usize| {
            word(doc, k).starts_with("call")
                && k + 2 == q.start
                && is_in(&DETERMINERS, word(doc, k + 1))
        };
        let puts_words = (after_subject..q.start).any(|k| {
            let w = word(doc, k);
            !self.names.in_quote(k)
                && (is_speech_verb(w) || is_in(&CHARACTERIZING_VERBS, w))
                && !convenes(k)
        });
        let taken_as =
            (q.start.saturating_sub(2).max(after_subject)..q.start).any(|k| word(doc, k) == "as");
        if !(puts_words || taken_as) {
            return None;
        }
        // A company or an agency as a sentence's subject more often uses a
        // term than says it.
        self.known_speaker(phrase, &[EntityKind::Person])
    }

    /// The person a headline opens with, for a quotation in it that nothing
    /// else attributes (`Obama on Climate Change: The Trends Are
    /// ‘Terrifying.’`): a headline is about what its subject says or
    /// thinks. Only a person the entity pass found there counts.
    pub(crate) fn headline_subject(&self, first: usize) -> Option<Speaker> {
        let doc = self.doc;
        if first >= doc.tokens.len() || !in_headline(doc, first) {
            return None;
        }
        let p = doc.paragraph_at(doc.tokens[first].span.start)?;
        let opening = doc.paragraphs[p].start;
        let (mention, entity) = self.names.mention_at(opening)?;
        if mention.start != opening || self.names.kind(entity) != Some(EntityKind::Person) {
            return None;
        }
        Some(Speaker {
            name: self.names.entity_name(entity).to_owned(),
            entity: Some(entity),
            span: mention,
        })
    }

    /// The speaker `phrase` names when the document knows it as an entity of
    /// one of `kinds`: with no cue of speech to vouch for it, a capitalized
    /// word opening a sentence (`Pressure is building …`) is no speaker.
    fn known_speaker(&self, phrase: Phrase, kinds: &[EntityKind]) -> Option<Speaker> {
        self.speaker(phrase).filter(|s| {
            s.entity
                .and_then(|e| self.names.kind(e))
                .is_some_and(|kind| kinds.contains(&kind))
        })
    }

    /// `“…,” Trump said` / `“…,” said Jane Doe` / `“…” Zelenskyy said.`
    fn after(&self, q: Range<usize>, span: Span) -> Option<Attribution> {
        let doc = self.doc;
        let mut j = q.end;
        let first = doc.tokens.get(j)?;
        if doc.paragraph_at(first.span.start) != doc.paragraph_at(span.end.saturating_sub(1)) {
            return None;
        }
        let sentence = doc.sentence_at(first.span.start)?;
        let ceil = doc.sentences[sentence].tokens.end;
        // `“…” ― Jane Doe.`: a dash and a name closing the paragraph.
        if matches!(word(doc, j), "―" | "—" | "–" | "-") {
            let para = doc.paragraph_at(first.span.start)?;
            let para_end = doc.token_at_or_after(doc.paragraphs[para].end);
            if let Some(run) = run_forward(doc, j + 1, para_end) {
                let closes = run.end == para_end
                    || matches!(word(doc, run.end), "." | "," | ";" | "(")
                        && (run.end + 1 == para_end || word(doc, run.end) == ",");
                if closes {
                    if let Some(s) = strip(doc, run) {
                        let speaker = self.speaker(Phrase::Name(s.tokens));
                        return Some(Attribution { speaker, cue: None });
                    }
                }
            }
        }
        // `“…,” — Trump said`, `“…”, he said`
        while j < ceil && matches!(word(doc, j), "," | "—" | "–" | "-") && j < q.end + 2 {
            j += 1;
        }
        if j >= ceil || self.names.in_quote(j) {
            return None;
        }
        if let Some(cue) = self.cue(j) {
            let opens_sentence = doc.sentences[sentence].tokens.start == j;
            return match cue.form {
                // `“…” According to Ushakov, “…”` introduces what follows.
                Form::According if opens_sentence => None,
                Form::Finite | Form::According => {
                    if doc.sentences[sentence].tokens.start == j
                        && !self.closes_sentence(cue.end, ceil)
                    {
                        let phrase = self.phrase_after(cue.end, ceil);
                        // `Said Jane Doe, a spokeswoman.` still closes.
                        let tail_ok = phrase.as_ref().is_some_and(|p| match p {
                            Phrase::Name(r) | Phrase::OrgNoun(r) => {
                                matches!(word(doc, r.end), "," | ".") || r.end >= ceil
                            }
                            Phrase::Pronoun(..) => true,
                        });
                        if !tail_ok {
                            return None;
                        }
                        return Some(self.found(phrase, cue));
                    }
                    Some(self.found_after(cue, ceil))
                }
                // `“…,” adding, “…”`: the subject is the sentence's.
                Form::Participle => None,
            };
        }
        let limit = ceil.min(j + MAX_CLAUSE_TOKENS);
        for k in j..limit {
            if self.names.in_quote(k) {
                return None;
            }
            let Some(cue) = self.cue(k) else { continue };
            if cue.form != Form::Finite {
                return None;
            }
            let phrase = self
                .subject_before(cue.first, j)
                .filter(|p| !self.role_acronym(p));
            // After a quotation that ends its sentence, only a bare tag
            // (`Zelenskyy said.`) belongs to it, not a new statement.
            if doc.sentences[sentence].tokens.start == j && !self.closes_sentence(cue.end, ceil) {
                return None;
            }
            let Some(phrase) = phrase else {
                // `“…,” the spokesman said`: the quotation is attributed,
                // to no one by name (a null speaker), and no later rule
                // may guess one from the sentences around it.
                return self.unnamed(j..cue.first).then(|| Attribution {
                    speaker: self.role_holder(j..cue.first),
                    cue: Some(self.cue_span(cue)),
                });
            };
            // Only a name with its descriptors may stand between the
            // quotation and the verb.
            let start = match &phrase {
                Phrase::Name(r) | Phrase::OrgNoun(r) => r.start,
                Phrase::Pronoun(i, _) => *i,
            };
            // `A cashier who “steals” is held accountable, Warren said.`: the
            // sentence's closing tag.
            let mut raw = start;
            while raw > j && (is_cap(doc, raw - 1) || word(doc, raw - 1) == ".") {
                raw -= 1;
            }
            if raw > j && word(doc, raw - 1) == "," && self.closes_sentence(cue.end, ceil) {
                return Some(self.found(Some(phrase), cue));
            }
            if !self.descriptors(j..start)
                && !self.speaks_for_organization(j..start, &phrase)
                && self.body_before_role(cue.first - 1, j).is_none()
            {
                return None;
            }
            return Some(self.found(Some(phrase), cue));
        }
        None
    }

    /// The organization named after `a spokeswoman for` (or `officials at`)
    /// starting at token `j`, as [`Self::speaks_for_organization`] reads it.
    fn organization_spoken_for(&self, j: usize, ceil: usize) -> Option<Phrase> {
        let doc = self.doc;
        // A determiner, a role noun or two, the preposition.
        let limit = ceil.min(j + 4);
        let k = (j..limit).find(|&k| is_role_preposition(word(doc, k)))?;
        let start = (k + 1..ceil.min(k + 2 + MAX_FREE_DESCRIPTORS)).find(|&x| is_cap(doc, x))?;
        let name = strip(doc, run_forward(doc, start, ceil)?)?.tokens;
        let phrase = Phrase::Name(name.clone());
        self.speaks_for_organization(j..name.start, &phrase)
            .then_some(phrase)
    }

    /// Whether tokens `r` before the organization `phrase` names are someone
    /// unnamed who speaks for it: `a spokeswoman for`, `officials at`, `a
    /// spokesman for the French carrier`. The organization is the speaker.
    fn speaks_for_organization(&self, r: Range<usize>, phrase: &Phrase) -> bool {
        let doc = self.doc;
        let Phrase::Name(name) = phrase else {
            return false;
        };
        let organization = self
            .names
            .entity_at(tokens_span(doc, name.clone()))
            .and_then(|e| self.names.kind(e))
            == Some(EntityKind::Organization);
        let mut k = r.start;
        if k < r.end && is_in(&DETERMINERS, word(doc, k)) {
            k += 1;
        }
        let roles = k;
        while k < r.end && is_role_noun(doc, k) {
            k += 1;
        }
        organization
            && k > roles
            && k < r.end
            && is_role_preposition(word(doc, k))
            && r.end - (k + 1) <= MAX_FREE_DESCRIPTORS
            && (k + 1..r.end).all(|x| is_lower_word(doc, x) || is_cap(doc, x))
    }

    /// The tokens of `X` in `quoted X as saying`, when `cue` is that
    /// `saying`.
    fn quoted_as_saying(&self, cue: Cue, floor: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        if cue.form != Form::Participle || cue.first < floor + 3 {
            return None;
        }
        if word(doc, cue.first) != "saying" || word(doc, cue.first - 1) != "as" {
            return None;
        }
        let as_at = cue.first - 1;
        let verb = (as_at
            .saturating_sub(MAX_QUOTED_OBJECT_TOKENS + 1)
            .max(floor)..as_at - 1)
            .rev()
            .find(|&k| matches!(word(doc, k), "quoted" | "quotes" | "quoting" | "cited"))?;
        Some(verb + 1..as_at)
    }

    /// Whether tokens `r` are a speaker that has no name: a determiner and
    /// a few words closing on a lowercase noun (`the spokesman`, `a
    /// Republican senator`, `one official`).
    fn unnamed(&self, r: Range<usize>) -> bool {
        let doc = self.doc;
        let words = r.len();
        (2..=MAX_UNNAMED_WORDS).contains(&words)
            && (is_in(&DETERMINERS, word(doc, r.start))
                || matches!(word(doc, r.start), "one" | "another"))
            && r.clone()
                .all(|k| doc.tokens[k].kind == TokenKind::Word && !self.names.in_quote(k))
            && (!is_cap(doc, r.end - 1) || is_role_acronym(word(doc, r.end - 1)))
    }

    /// Whether tokens `r` only describe the name after them (`White House
    /// press secretary`, `Trump’s treasury secretary,`, `9/11 widow`).
    fn descriptors(&self, r: Range<usize>) -> bool {
        let doc = self.doc;
        let mut free = 0;
        r.clone().all(|x| {
            let w = word(doc, x);
            let known = is_cap(doc, x)
                || is_in(&ROLE_WORDS, w)
                || matches!(w, "the" | "The" | "," | "." | "-" | "/" | "(" | ")")
                || matches!(
                    doc.tokens[x].kind,
                    TokenKind::Possessive | TokenKind::Number
                )
                || is_in(&PARTICLES, w);
            // A few other plain words (`Tulsa police Chief`, `retired Air
            // Force general`), but no clause.
            if !known {
                free += 1;
            }
            known
                || (free <= MAX_FREE_DESCRIPTORS
                    && doc.tokens[x].kind == TokenKind::Word
                    && !is_in(&CLAUSE_WORDS, w)
                    && self.cue(x).is_none())
        })
    }

    /// The subject of the sentence from token `floor` up to `before`: a
    /// pronoun opening it (`He then defended the remark, saying …`), else
    /// its first name in subject position.
    fn sentence_subject(&self, floor: usize, before: usize) -> Option<Phrase> {
        let doc = self.doc;
        for k in floor..before.min(floor + 4) {
            if let Some(p) = pronoun(word(doc, k)) {
                return Some(Phrase::Pronoun(k, p));
            }
            if is_cap(doc, k) && !is_in(&NOT_NAMES, word(doc, k)) {
                break;
            }
        }
        self.names
            .first_subject(floor..before, None)
            .map(Phrase::Name)
    }

    /// When the subject of the cue at token `cue` is a role without a name
    /// (`Iran’s foreign minister`, `the company’s chief executive`), the
    /// person named as the subject of the next sentence, in the same or the
    /// next paragraph: news copy often introduces a speaker by role first.
    fn named_next(&self, cue: usize, floor: usize) -> Option<Phrase> {
        let doc = self.doc;
        let mut i = cue;
        let mut roles = 0;
        while i > floor && is_in(&ROLE_WORDS, word(doc, i - 1)) && !is_cap(doc, i - 1) {
            i -= 1;
            roles += 1;
        }
        if roles == 0 || i == floor && roles < 2 {
            return None;
        }
        let here = doc.sentence_at(doc.tokens.get(cue)?.span.start)?;
        let next = doc.sentences.get(here + 1)?;
        if next.paragraph > doc.sentences[here].paragraph + 1 {
            return None;
        }
        let run = run_forward(doc, next.tokens.start, next.tokens.end)?;
        let s = strip(doc, run)?;
        let words = s.tokens.clone().filter(|&k| is_cap(doc, k)).count();
        let opens = s.tokens.start == next.tokens.start;
        let person = self.names.could_be(s.tokens.clone(), Pronoun::He)
            || self.names.could_be(s.tokens.clone(), Pronoun::She);
        (opens && words >= 2 && person).then_some(Phrase::Name(s.tokens))
    }

    /// Whether at most a short adverbial follows token `from` to the end of
    /// the sentence at `ceil`, with no other quotation or cue.
    fn closes_sentence(&self, from: usize, ceil: usize) -> bool {
        ceil >= from
            && ceil - from <= MAX_TAG_TAIL
            && (from == ceil || is_in(&TAG_TAIL, word(self.doc, from)))
            && (from..ceil).all(|k| !self.names.in_quote(k) && self.cue(k).is_none())
    }

    /// The speaker of the sentence before the one opening at token `first`,
    /// in the same paragraph: `Schiff said the administration may wait.
    /// “The other factor …”` continues Schiff. A sentence whose subject is a
    /// pronoun continues whom the pronoun stands for (`“…,” Obama said. He
    /// didn't suggest retaliation. “Our goal …”`); one without a cue, the
    /// person named as its subject (`Sen. Bernie Sanders, who …, identified
    /// … as a reason. “The younger people …”`).
    pub(crate) fn previous_sentence(&self, first: usize) -> Option<Attribution> {
        let doc = self.doc;
        let s = doc.sentence_at(doc.tokens.get(first)?.span.start)?;
        if s == 0 || doc.sentences[s].tokens.start != first {
            return None;
        }
        let prev = &doc.sentences[s - 1];
        if prev.paragraph != doc.sentences[s].paragraph {
            return None;
        }
        let start = prev.tokens.start;
        let stop = prev.tokens.end.min(start + MAX_SENTENCE_SCAN);
        let mut has_cue = false;
        for k in start..stop {
            if self.names.in_quote(k) {
                continue;
            }
            let Some(cue) = self.cue(k) else { continue };
            has_cue = true;
            let phrase = match cue.form {
                Form::According => self.phrase_after(cue.end, stop),
                Form::Finite => self.subject_before(cue.first, start),
                Form::Participle => None,
            };
            if let Some(phrase) = phrase {
                let speaker = self.speaker(phrase);
                if speaker.is_some() {
                    return Some(Attribution { speaker, cue: None });
                }
            }
        }
        let subject = (start..stop)
            .find(|&k| doc.tokens[k].kind != TokenKind::Punct && !self.names.in_quote(k))?;
        let phrase = match pronoun(word(doc, subject)) {
            Some(kind) => Phrase::Pronoun(subject, kind),
            // A cue whose speaker is not found says someone else speaks there.
            None if has_cue => return None,
            None => Phrase::Name(
                self.names
                    .first_subject(start..stop, Some(Pronoun::Person))?,
            ),
        };
        let speaker = self.speaker(phrase);
        speaker
            .is_some()
            .then_some(Attribution { speaker, cue: None })
    }

    /// `Vance said: “…”` / `Zelenskyy said Monday that he … “…”` /
    /// `according to Ushakov, “…”` / `“…,” she said, “…”`.
    fn before(&self, q: Range<usize>, span: Span) -> Option<Attribution> {
        let doc = self.doc;
        let sentence = doc.sentence_at(span.start)?;
        let mut floor = doc.sentences[sentence].tokens.start;
        let mut top = q.start;
        // A paragraph ending in a colon introduces the quotation that opens
        // the next one.
        let mut introduced = false;
        if floor == top {
            let p = doc.sentences[sentence].paragraph;
            if p > 0 && sentence > 0 && doc.paragraphs[p - 1].text(doc.text).ends_with(':') {
                let prev = &doc.sentences[sentence - 1];
                floor = prev.tokens.start;
                top = prev.tokens.end;
                introduced = true;
            }
        }
        let floor = floor.max(top.saturating_sub(MAX_BACK_TOKENS));
        // The nearest cue whose speaker can be found; else the nearest cue.
        let mut nearest: Option<Cue> = None;
        let mut k = top;
        while k > floor {
            k -= 1;
            if self.names.in_quote(k) {
                continue;
            }
            let Some(cue) = self.cue(k) else { continue };
            // `said that Pyongyang would respond to “any provocation”`: what
            // someone would do is no saying; an earlier cue says it.
            let modal =
                cue.first > floor && crate::entities::lexicon::is_modal(word(doc, cue.first - 1));
            let said_before = || {
                (floor..cue.first).any(|m| {
                    !self.names.in_quote(m) && self.cue(m).is_some_and(|c| c.form == Form::Finite)
                })
            };
            if modal && cue.form == Form::Finite && said_before() {
                continue;
            }
            nearest.get_or_insert(cue);
            // `Tasnim quoted an unnamed official as saying “…”`: the one
            // quoted speaks, not the one quoting.
            if let Some(quoted) = self.quoted_as_saying(cue, floor) {
                let object_pronoun = match word(doc, quoted.start) {
                    "him" => Some(Pronoun::He),
                    "her" => Some(Pronoun::She),
                    "them" => Some(Pronoun::Plural),
                    _ => None,
                }
                .filter(|_| quoted.len() == 1);
                let phrase = match object_pronoun {
                    Some(p) => Some(Phrase::Pronoun(quoted.start, p)),
                    None => self.phrase_ending_at(quoted.end - 1, quoted.start, false),
                };
                if phrase.is_none() && self.unnamed(quoted.clone()) {
                    return Some(Attribution {
                        speaker: self.role_holder(quoted),
                        cue: Some(self.cue_span(cue)),
                    });
                }
                if let Some(phrase) = phrase {
                    let found = self.found(Some(phrase), cue);
                    if found.speaker.is_some() {
                        return Some(found);
                    }
                }
            }
            let phrase = match cue.form {
                Form::According => self.phrase_after(cue.end, top),
                Form::Finite if word(doc, cue.end) == "by" => {
                    // as claimed by Foreign Minister Abbas Araghchi
                    self.phrase_after(cue.end + 1, top)
                }
                Form::Finite => self.subject_before(cue.first, floor).or_else(|| {
                    // `Said Ellis: “…”`, the verb first (not `a lawyer for
                    // Ellis told the court: “…”`, where the court listens).
                    let opens = cue.first == floor
                        || !matches!(
                            doc.tokens[cue.first - 1].kind,
                            TokenKind::Word | TokenKind::Number | TokenKind::Possessive
                        );
                    if let Some(p) = self.phrase_after(cue.end, top).filter(|_| opens) {
                        let end = match &p {
                            Phrase::Name(r) | Phrase::OrgNoun(r) => r.end,
                            Phrase::Pronoun(i, _) => i + 1,
                        };
                        if matches!(word(doc, end), ":" | ",") {
                            return Some(p);
                        }
                    }
                    // `Trump bemoaned the unrest and said …`: the sentence's subject.
                    if cue.first > floor && matches!(word(doc, cue.first - 1), "and" | "but") {
                        return self.sentence_subject(floor, cue.first);
                    }
                    // `Iran’s foreign minister claimed … “…” ¶ Abbas Araghchi
                    // offered no evidence`: a role, named right after.
                    self.named_next(cue.first, floor)
                }),
                Form::Participle => self.subject_before(cue.first, floor).or_else(|| {
                    // Trump said … “excellent,” adding, “…”: the clause's subject.
                    let mut m = cue.first;
                    while m > floor {
                        m -= 1;
                        if self.names.in_quote(m) {
                            continue;
                        }
                        if let Some(main) = self.cue(m) {
                            if main.form == Form::Finite {
                                if let Some(p) = self.subject_before(main.first, floor) {
                                    return Some(p);
                                }
                            }
                        }
                    }
                    // Rival Hillary Clinton had mocked it, saying …
                    self.sentence_subject(floor, cue.first)
                }),
            };
            if let Some(phrase) = phrase {
                let found = self.found(Some(phrase), cue);
                // An unresolved pronoun (`X said he told them “…”`): an
                // earlier cue may still name the speaker.
                if found.speaker.is_some() {
                    return Some(found);
                }
            }
        }
        if introduced {
            // `Sanders made the following comment: ¶ “…”`: the introducing
            // sentence's subject, when no cue named the speaker.
            if let Some(phrase) = self.sentence_subject(floor, top) {
                let speaker = self.speaker(phrase);
                if speaker.is_some() {
                    let cue = nearest.map(|cue| self.cue_span(cue));
                    return Some(Attribution { speaker, cue });
                }
            }
        }
        if nearest.is_none() {
            // A headline `Sanders: Clinton needs to ‘get away from it’`.
            if let Some(run) = run_forward(doc, floor, top) {
                if run.len() <= MAX_HEADLINE_NAME && word(doc, run.end) == ":" {
                    if let Some(s) = strip(doc, run) {
                        let speaker = self.speaker(Phrase::Name(s.tokens));
                        return Some(Attribution { speaker, cue: None });
                    }
                }
            }
        }
        nearest.map(|cue| self.found(None, cue))
    }

    /// Whether the speaker of `prev` carries over to the next quotation,
    /// starting at byte `to`: between them at most the rest of the sentence
    /// that attributes `prev` (with its cue), and the next quotation in the
    /// same paragraph or opening the next one.
    pub(crate) fn carries(&self, prev: &Quote, to: usize) -> bool {
        let doc = self.doc;
        let from = prev.span.end;
        if to < from {
            return false;
        }
        let (Some(pa), Some(pb)) = (
            doc.paragraph_at(from.saturating_sub(1)),
            doc.paragraph_at(to),
        ) else {
            return false;
        };
        if pb != pa && (pb != pa + 1 || doc.paragraphs[pb].start != to) {
            return false;
        }
        let a = doc.token_at_or_after(from);
        let b = doc.token_at_or_after(to);
        if a >= b {
            return true;
        }
        let words = (a..b)
            .filter(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number))
            .count();
        if words == 0 {
            return true;
        }
        let (Some(sa), Some(sb)) = (
            doc.sentence_at(doc.tokens[a].span.start),
            doc.sentence_at(doc.tokens[b - 1].span.start),
        ) else {
            return false;
        };
        let cue_inside = prev.cue.is_some_and(|c| c.start >= from && c.end <= to);
        // `a “human leech” and a “spoiled brat”`: one saying's parts.
        let coordinated = (a..b).all(|k| match doc.tokens[k].kind {
            TokenKind::Word => {
                let w = word(doc, k);
                matches!(w, "and" | "or") || is_in(&DETERMINERS, w)
            }
            TokenKind::Number => false,
            _ => word(doc, k) == ",",
        });
        sa == sb && (coordinated || (cue_inside && words <= MAX_CARRY_WORDS))
    }
}

/// Whether token `i` is a dash setting words apart (`—`, `–`, or a hyphen
/// with a space or another hyphen beside it: ` - `, `--`), not one
/// joining a word.
fn is_dash(doc: &Document<'_>, i: usize) -> bool {
    match word(doc, i) {
        "―" | "—" | "–" => true,
        "-" => {
            let span = doc.tokens[i].span;
            let before = doc.text[..span.start].chars().next_back();
            let after = doc.text[span.end..].chars().next();
            [before, after]
                .into_iter()
                .any(|c| c.map_or(true, |c| c == '-' || is_space(c)))
        }
        _ => false,
    }
}

/// Whether tokens `r` are a US lawmaker's party and state, written after the
/// name: `D-N.M.`, `R-Ohio`, `I-Vt.`, `D-New York`.
fn is_party_tag(doc: &Document<'_>, r: Range<usize>) -> bool {
    r.len() >= 3
        && r.len() <= MAX_PARTY_TAG_TOKENS
        && matches!(word(doc, r.start), "D" | "R" | "I")
        && word(doc, r.start + 1) == "-"
        && (r.start + 2..r.end).all(|k| is_cap(doc, k) || word(doc, k) == ".")
}

/// The tokens of `the 41-year-old`.
const AGE_DESCRIPTOR_TOKENS: usize = 6;

/// Lowercase words of a role after an age (`the 35-year-old tight end`).
const MAX_AGE_ROLE_WORDS: usize = 2;

/// Whether token `k` is a role noun in lowercase (`aide`, `spokeswoman`,
/// `officials`): someone known by what they do for someone else.
fn is_role_noun(doc: &Document<'_>, k: usize) -> bool {
    let w = word(doc, k);
    let one = w.strip_suffix('s').unwrap_or(w);
    is_lower_word(doc, k)
        && (entity_lexicon::classes(w) | entity_lexicon::classes(one)) & entity_lexicon::ROLE != 0
}

/// The prepositions that tie a role noun to whom it serves: `an aide to`,
/// `a lawyer for`, `officials at`, `an analyst with`.
/// Whether tokens `start..stop` open with someone unnamed: an indefinite
/// determiner, a few lowercase words and a noun for a person (`Another
/// resident`, `A retired teacher`, `One woman`).
fn opens_with_unnamed_person(doc: &Document<'_>, start: usize, stop: usize) -> bool {
    if !matches!(
        word(doc, start).to_ascii_lowercase().as_str(),
        "a" | "an" | "another" | "one"
    ) {
        return false;
    }
    (start + 1..stop.min(start + 2 + MAX_FREE_DESCRIPTORS))
        .take_while(|&k| is_lower_word(doc, k))
        .any(|k| is_role_noun(doc, k) || matches!(word(doc, k), "woman" | "man" | "person"))
}

/// Whether `w` is a role written as an acronym (`the Labour MP`, `the
/// company's CEO`).
fn is_role_acronym(w: &str) -> bool {
    w.len() <= MAX_ROLE_ACRONYM_LEN
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && entity_lexicon::classes(&w.to_ascii_lowercase())
            & (entity_lexicon::ROLE | entity_lexicon::TITLE)
            != 0
}

/// The longest role acronym (`MEP`, `CEO`).
const MAX_ROLE_ACRONYM_LEN: usize = 4;

fn is_role_preposition(w: &str) -> bool {
    matches!(w, "to" | "for" | "of" | "with" | "at" | "from")
}

fn is_lower_word(doc: &Document<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && !is_cap(doc, k)
}

/// Where `the 41-year-old` starts (its `the`), when it ends at token `i`,
/// itself or with a role noun (`the 35-year-old tight end`): a number,
/// `-year-old` (hyphens as tokens of their own), after `the`.
fn age_descriptor_start(doc: &Document<'_>, i: usize, floor: usize) -> Option<usize> {
    (0..=MAX_AGE_ROLE_WORDS).find_map(|role_words| {
        let old = i.checked_sub(role_words)?;
        if !(old + 1..=i).all(|k| is_lower_word(doc, k)) {
            return None;
        }
        let start = (old + 1).checked_sub(AGE_DESCRIPTOR_TOKENS)?;
        let words: [&str; AGE_DESCRIPTOR_TOKENS] = std::array::from_fn(|n| word(doc, start + n));
        let shaped = matches!(words, ["the" | "The", _, "-", "year", "-", "old"])
            && doc.tokens[start + 1].kind == TokenKind::Number;
        (shaped && start >= floor).then_some(start)
    })
}

/// Participles that open a sentence about the one who then speaks (`Asked
/// about the deal, he said`, `Speaking to reporters, she said`).
static PARTICIPLE_OPENERS: WordSet = WordSet::new(words![
    "Asked",
    "Pressed",
    "Questioned",
    "Challenged",
    "Confronted",
    "Reached",
    "Interviewed",
    "Speaking",
    "Responding",
    "Reacting",
    "Addressing",
    "Testifying",
    "Appearing",
    "Writing",
]);

/// The gender of a demonym that names one person (`Dutchman`,
/// `Frenchwoman`), if `w` is one: a group word of the entity lexicon made of
/// another and `man` or `woman` (not `German`).
fn demonym_gender(w: &str) -> Option<Pronoun> {
    use crate::entities::lexicon::{classes, GROUP};
    let (stem, gender) = match w.strip_suffix("woman") {
        Some(stem) => (stem, Pronoun::She),
        None => (w.strip_suffix("man")?, Pronoun::He),
    };
    let group = |word: &str| classes(&word.to_lowercase()) & GROUP != 0;
    (group(stem) && group(w)).then_some(gender)
}

/// Whether `w` is the noun of someone whose job is to speak for a body.
fn is_spokes_noun(w: &str) -> bool {
    matches!(
        w,
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" | "spokesmen"
    )
}
