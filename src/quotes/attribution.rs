//! Who said a quotation: the speaker phrase next to a cue of speech, found
//! after the quotation (`“…,” Trump said`, `“…,” said Jane Doe`), before it in
//! its sentence (`Vance said: “…”`, `according to Ushakov, “…”`), or carried
//! over from the previous quotation when nothing intervenes (AP style).

use super::cues::{cue_at, Cue, Form};
use super::lexicon::{
    is_in, pronoun, Pronoun, BETWEEN_SUBJECT_AND_VERB, NON_PERSON_HEADS, ORG_NOUNS, ROLE_WORDS,
};
use super::names::{is_cap, run_back, strip, Names};
use crate::analysis::Speaker;
use crate::document::{Document, TokenKind};
use crate::span::Span;
use std::ops::Range;

/// Tokens between a quotation and the verb that tags it (`“…,” White House
/// press secretary Karoline Leavitt told`).
const MAX_TAG_TOKENS: usize = 14;
/// Tokens searched backwards from a quotation for its cue (`Zelenskyy said
/// Monday that he … “…”`).
const MAX_BACK_TOKENS: usize = 80;
/// Tokens of an apposition between a subject and its verb (`Zelenskyy, who
/// spoke to …, told reporters`).
const MAX_APPOSITION_TOKENS: usize = 40;
/// Adverbs and auxiliaries skipped between a subject and its verb.
const MAX_BETWEEN: usize = 3;
/// Words allowed between one attributed quotation and the next for the
/// speaker to carry over (`… he said in a social media post. “…”`).
const MAX_CARRY_WORDS: usize = 8;

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
}

fn word<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    doc.tokens.get(i).map_or("", |t| t.text(doc.text))
}

fn tokens_span(doc: &Document<'_>, r: Range<usize>) -> Span {
    Span::new(doc.tokens[r.start].span.start, doc.tokens[r.end - 1].span.end)
}

impl<'a, 'd, 't> Attributor<'a, 'd, 't> {
    /// An attributor over `doc` with its `names`.
    pub(crate) fn new(doc: &'d Document<'t>, names: &'a Names<'d, 't>) -> Self {
        Attributor { doc, names }
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
                Some(Speaker { name, entity, span })
            }
            Phrase::Pronoun(i, kind) => {
                let antecedent = self.names.antecedent(i, kind)?;
                let (name, entity) = self.names.canonical(antecedent);
                Some(Speaker {
                    name,
                    entity,
                    span: doc.tokens[i].span,
                })
            }
            Phrase::OrgNoun(r) => {
                let span = tokens_span(doc, r.clone());
                let head = word(doc, r.end - 1);
                let mut capital: String = head.chars().take(1).flat_map(char::to_uppercase).collect();
                capital.push_str(&head[head.chars().next().map_or(0, char::len_utf8)..]);
                let surface = span.text(doc.text);
                let bare = surface
                    .strip_prefix("the ")
                    .or_else(|| surface.strip_prefix("The "))
                    .unwrap_or(surface);
                let full = self.names.fullest(&capital, &capital, span.start);
                let name = if full != capital { full } else { bare.to_owned() };
                let entity = self.names.entity_at(span);
                Some(Speaker { name, entity, span })
            }
        }
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
            if skipped < MAX_BETWEEN && is_in(BETWEEN_SUBJECT_AND_VERB, word(self.doc, i)) {
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
        let w = word(doc, i);
        if let Some(p) = pronoun(w) {
            return Some(Phrase::Pronoun(i, p));
        }
        if w == "who" && i >= floor + 2 && word(doc, i - 1) == "," {
            return match self.phrase_ending_at(i - 2, floor, false) {
                Some(Phrase::Name(r)) => Some(Phrase::Name(r)),
                _ => None,
            };
        }
        if is_cap(doc, i) || w == "." {
            let run = run_back(doc, i, floor)?;
            return strip(doc, run).map(|s| Phrase::Name(s.tokens));
        }
        if is_in(ORG_NOUNS, w) {
            // Canada’s government said → Canada.
            if i >= floor + 2 && doc.tokens[i - 1].kind == TokenKind::Possessive {
                let run = run_back(doc, i - 2, floor)?;
                return strip(doc, run).map(|s| Phrase::Name(s.tokens));
            }
            // the (foreign) ministry said
            let mut k = i;
            while k > floor && k + 2 > i && {
                let p = word(doc, k - 1);
                p != "the" && p != "The" && doc.tokens[k - 1].kind == TokenKind::Word && !is_cap(doc, k - 1)
            } {
                k -= 1;
            }
            if k > floor && matches!(word(doc, k - 1), "the" | "The") {
                return Some(Phrase::OrgNoun(k - 1..i + 1));
            }
            return None;
        }
        if w == "," && apposition {
            let mut k = i;
            loop {
                if k <= floor || i - k > MAX_APPOSITION_TOKENS {
                    return None;
                }
                k -= 1;
                if self.names.in_quote(k) {
                    return None;
                }
                if word(doc, k) == "," {
                    break;
                }
            }
            // Trump’s treasury secretary, Scott Bessent, said
            if k + 1 < i && is_cap(doc, k + 1) {
                if let Some(run) = run_back(doc, i - 1, k + 1) {
                    if run.start == k + 1 {
                        if let Some(s) = strip(doc, run) {
                            return Some(Phrase::Name(s.tokens));
                        }
                    }
                }
            }
            // Jane Doe, a spokeswoman for the agency, said
            if k == 0 {
                return None;
            }
            return match self.phrase_ending_at(k - 1, floor, false) {
                Some(p @ (Phrase::Name(_) | Phrase::Pronoun(..))) => Some(p),
                _ => None,
            };
        }
        None
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
        if matches!(w, "the" | "The") {
            let mut k = j + 1;
            while k < ceil && k < j + 3 && !is_in(ORG_NOUNS, word(doc, k)) && !is_cap(doc, k) {
                k += 1;
            }
            if k < ceil && is_in(ORG_NOUNS, word(doc, k)) {
                return Some(Phrase::OrgNoun(j..k + 1));
            }
        }
        let mut end = j;
        while end < ceil && end - j < MAX_TAG_TOKENS && !self.names.in_quote(end) {
            let w = word(doc, end);
            let t = &doc.tokens[end];
            let ok = is_cap(doc, end)
                || (t.kind == TokenKind::Word && is_in(super::lexicon::PARTICLES, w))
                || (w == "." && end > j && is_cap(doc, end - 1))
                || (w == "-" && end > j)
                || (end == j && matches!(w, "the" | "The"))
                || (t.kind == TokenKind::Word && is_in(ROLE_WORDS, w));
            if !ok {
                break;
            }
            end += 1;
        }
        let last = (j..end).rev().find(|&k| is_cap(doc, k))?;
        let run = run_back(doc, last, j)?;
        strip(doc, run).map(|s| Phrase::Name(s.tokens))
    }

    /// The attribution of the quotation spanning tokens `q` (the opening mark
    /// to one past the closing mark), with `span` its byte span.
    pub(crate) fn attribute(&self, q: Range<usize>, span: Span) -> Option<Attribution> {
        self.after(q.clone(), span)
            .or_else(|| self.before(q.clone(), span))
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
        // `“…,” — Trump said`, `“…”, he said`
        while j < ceil && matches!(word(doc, j), "," | "—" | "–" | "-") && j < q.end + 2 {
            j += 1;
        }
        if j >= ceil || self.names.in_quote(j) {
            return None;
        }
        if let Some(cue) = cue_at(doc, j) {
            return match cue.form {
                Form::Finite | Form::According => {
                    Some(self.found(self.phrase_after(cue.end, ceil), cue))
                }
                // `“…,” adding, “…”`: the subject is the sentence's.
                Form::Participle => None,
            };
        }
        let limit = ceil.min(j + MAX_TAG_TOKENS);
        for k in j..limit {
            if self.names.in_quote(k) {
                return None;
            }
            let Some(cue) = cue_at(doc, k) else { continue };
            if cue.form != Form::Finite {
                return None;
            }
            let phrase = self.subject_before(cue.first, j)?;
            // Only a name with its descriptors may stand between the
            // quotation and the verb.
            let start = match &phrase {
                Phrase::Name(r) | Phrase::OrgNoun(r) => r.start,
                Phrase::Pronoun(i, _) => *i,
            };
            let descriptors = (j..start).all(|x| {
                let w = word(doc, x);
                is_cap(doc, x)
                    || is_in(ROLE_WORDS, w)
                    || matches!(w, "the" | "The" | "," | "." | "-")
                    || doc.tokens[x].kind == TokenKind::Possessive
                    || is_in(super::lexicon::PARTICLES, w)
            });
            if !descriptors {
                return None;
            }
            return Some(self.found(Some(phrase), cue));
        }
        None
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
        if floor == top {
            let p = doc.sentences[sentence].paragraph;
            if p > 0 && sentence > 0 && doc.paragraphs[p - 1].text(doc.text).ends_with(':') {
                let prev = &doc.sentences[sentence - 1];
                floor = prev.tokens.start;
                top = prev.tokens.end;
            }
        }
        let floor = floor.max(top.saturating_sub(MAX_BACK_TOKENS));
        let mut k = top;
        while k > floor {
            k -= 1;
            if self.names.in_quote(k) {
                continue;
            }
            let Some(cue) = cue_at(doc, k) else { continue };
            return match cue.form {
                Form::According => Some(self.found(self.phrase_after(cue.end, top), cue)),
                Form::Finite => {
                    let phrase = if word(doc, cue.end) == "by" {
                        // as claimed by Foreign Minister Abbas Araghchi
                        self.phrase_after(cue.end + 1, top)
                    } else {
                        self.subject_before(cue.first, floor)
                    };
                    Some(self.found(phrase, cue))
                }
                Form::Participle => {
                    let own = self.subject_before(cue.first, floor);
                    if own.is_some() {
                        return Some(self.found(own, cue));
                    }
                    // Trump said … “excellent,” adding, “…”: the clause's subject.
                    let mut m = cue.first;
                    while m > floor {
                        m -= 1;
                        if self.names.in_quote(m) {
                            continue;
                        }
                        if let Some(main) = cue_at(doc, m) {
                            if main.form == Form::Finite {
                                let phrase = self.subject_before(main.first, floor);
                                return Some(self.found(phrase, cue));
                            }
                        }
                    }
                    Some(self.found(None, cue))
                }
            };
        }
        None
    }

    /// Whether the speaker of a quotation ending its attribution at byte
    /// `from` carries over to the next quotation starting at byte `to`: at
    /// most a few words between them, none a name or a cue, and the next
    /// quotation in the same paragraph or opening the next one.
    pub(crate) fn carries(&self, from: usize, to: usize) -> bool {
        let doc = self.doc;
        if to < from {
            return false;
        }
        let (Some(pa), Some(pb)) = (doc.paragraph_at(from.saturating_sub(1)), doc.paragraph_at(to))
        else {
            return false;
        };
        if pb != pa && (pb != pa + 1 || doc.paragraphs[pb].start != to) {
            return false;
        }
        let a = doc.token_at_or_after(from);
        let b = doc.token_at_or_after(to);
        let mut words = 0;
        for k in a..b {
            let t = &doc.tokens[k];
            if t.kind != TokenKind::Word && t.kind != TokenKind::Number {
                continue;
            }
            words += 1;
            if words > MAX_CARRY_WORDS || cue_at(doc, k).is_some() {
                return false;
            }
            let w = t.text(doc.text);
            if is_cap(doc, k) && !is_in(NON_PERSON_HEADS, w) && !is_in(super::lexicon::NOT_NAMES, w)
            {
                return false;
            }
        }
        true
    }
}
