//! Finds name mentions: runs of capitalized words (with the particles,
//! initials and connectors names carry), classified by their own words
//! (titles, head words, gazetteers) and by the words around them.

use super::fasthash::{FastMap, FastSet};
use super::gazetteer;
use super::lexicon::{self, *};
use super::mention::{Hint, Mention};
use super::numeric;
use super::words::{Tok, Words};
use crate::analysis::EntityKind;
use crate::document::{Document, TokenKind};
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// Names longer than this many tokens are not names but headlines or title
/// lines; such runs are split at their first plausible boundary.
const MAX_CHUNK_TOKENS: usize = 12;
/// Tokens between a dateline's place and its dash: `, Peru (AP) —`.
const MAX_DATELINE_TAIL_TOKENS: usize = 10;
/// A sentence with at least this share of all-caps words (and at least
/// [`HEADLINE_MIN_WORDS`] words) is a headline: capitals there say nothing.
const HEADLINE_CAPS_SHARE: f32 = 0.6;
/// See [`HEADLINE_CAPS_SHARE`].
const HEADLINE_MIN_WORDS: usize = 3;
/// A title-case headline has at least this many capitalized content words.
const TITLE_LINE_MIN_WORDS: usize = 4;
/// Tokens of a nickname in quotation marks (`"Hands of Stone"`).
const MAX_NICKNAME_TOKENS: usize = 5;
/// An all-caps word this long or longer that no list knows is emphasis
/// (TRADE, UNLIMITED), not an acronym.
const EMPHASIS_MIN_LEN: usize = 5;

/// Letters before `bank` in a one-word bank's name (`Rabobank`), so that
/// `Eubank` or `Burbank` are not read as one.
const MIN_BANK_STEM: usize = 4;

/// The recognizer's view of a document.
pub struct Recognizer<'w, 'd> {
    doc: &'d Document<'d>,
    words: &'w Words<'d>,
    /// By word ([`Tok::word`]): seen capitalized away from a sentence start.
    capitalized_inside: Vec<bool>,
    /// By word: seen written in lowercase.
    seen_lowercase: Vec<bool>,
    /// By word: seen capitalized right before `said`, `says`, `told` or
    /// `added` (`Woods said`): a person's name even when it is an ordinary
    /// word.
    before_cue: Vec<bool>,
    /// Tokens already used by a mention (photo credits).
    used: Vec<bool>,
    /// Per paragraph: whether it is mostly figures (results, tables).
    numeric: Vec<bool>,
    /// Per paragraph: its token range.
    para_tokens: Vec<std::ops::Range<usize>>,
    /// The sentence being read: its first word and its paragraph.
    cur_first: Option<usize>,
    cur_paragraph: usize,
    out: Vec<Mention>,
    /// Organizations named with a capital `The` inside a sentence (`told
    /// The Daily Ledger`), as written after it: the article is the name's.
    the_names: FastSet<&'d str>,
    /// Organization mentions right after a `The` opening a sentence: (index
    /// in `out`, the article's start, the name as written), given the
    /// article when the name is one of `the_names`.
    initial_the: Vec<(usize, usize, &'d str)>,
}

impl<'w, 'd> Recognizer<'w, 'd> {
    /// Prepares the recognizer for `doc`, whose tokens `words` reads.
    pub fn new(doc: &'d Document<'d>, words: &'w Words<'d>) -> Self {
        let mut capitalized_inside = vec![false; words.distinct()];
        let mut seen_lowercase = vec![false; words.distinct()];
        let mut before_cue = vec![false; words.distinct()];
        for sentence in &doc.sentences {
            let first = first_word(words, sentence.tokens.clone());
            for i in sentence.tokens.clone() {
                let t = words.tok(i);
                let Some(word) = t.word() else { continue };
                if !t.cap {
                    if t.lowercase {
                        seen_lowercase[word] = true;
                    }
                    continue;
                }
                if Some(i) != first && !t.caps && !after_opening(words, i) {
                    capitalized_inside[word] = true;
                }
                // Only the verbs of a person talking.
                let said = words
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && is_speech_tag(n.text()));
                if said && !t.caps {
                    before_cue[word] = true;
                }
            }
        }
        let used = vec![false; words.len()];
        // Token ranges of the paragraphs, from their sentences (one pass).
        let mut para_tokens = vec![0..0; doc.paragraphs.len()];
        for sentence in &doc.sentences {
            if let Some(r) = para_tokens.get_mut(sentence.paragraph) {
                if r.start == r.end {
                    *r = sentence.tokens.clone();
                } else {
                    r.end = sentence.tokens.end;
                }
            }
        }
        let facts = words.facts();
        let numeric = para_tokens
            .iter()
            .map(|r| {
                let (s, e) = (r.start, r.end);
                let total = facts[s..e]
                    .iter()
                    .filter(|t| t.kind != TokenKind::Punct)
                    .count();
                let numbers = facts[s..e]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Number)
                    .count();
                numbers >= 2 && numbers * 10 >= total * 3
            })
            .collect();
        Recognizer {
            numeric,
            para_tokens,
            cur_first: None,
            cur_paragraph: 0,
            doc,
            words,
            capitalized_inside,
            seen_lowercase,
            before_cue,
            used,
            out: Vec::new(),
            the_names: FastSet::default(),
            initial_the: Vec::new(),
        }
    }

    /// Runs the recognizer.
    pub fn run(mut self) -> Vec<Mention> {
        for p in 0..self.doc.paragraphs.len() {
            self.credits(p);
            self.byline(p);
        }
        for s in 0..self.doc.sentences.len() {
            self.sentence(s);
        }
        for (i, article, name) in std::mem::take(&mut self.initial_the) {
            if self.the_names.contains(name) {
                self.out[i].span.start = article;
            }
        }
        self.out
            .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        self.out
    }

    fn push(&mut self, a: usize, b: usize, kind: EntityKind, strong: bool) {
        if a < b {
            let span = Span::new(self.tok(a).span().start, self.tok(b - 1).span().end);
            self.out.push(Mention::new(span, kind, strong));
        }
    }

    fn lower_of(&self, a: usize, b: usize) -> Cow<'w, str> {
        self.words.lower_of(a, b)
    }

    #[inline]
    fn tok(&self, k: usize) -> Tok<'w, 'd> {
        self.words.tok(k)
    }

    /// Whether the word `t` is seen written in lowercase somewhere.
    fn seen_lowercase(&self, t: Tok<'_, '_>) -> bool {
        t.word().is_some_and(|w| self.seen_lowercase[w])
    }

    // ------------------------------------------------------------ credits

    /// Photo credits at the end of a paragraph: `(AP Photo/Evan Vucci)`,
    /// `(Murat Gok/Turkish Foreign Ministry via AP)`,
    /// `(Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)`.
    fn credits(&mut self, p: usize) {
        let std::ops::Range { start, end } = self.para_tokens[p].clone();
        if end <= start {
            return;
        }
        // The last token must close a parenthesis (possibly before a period).
        let mut close = end - 1;
        if self.tok(close).text() == "." && close > start {
            close -= 1;
        }
        if self.tok(close).text() != ")" {
            return;
        }
        let mut open = close;
        while open > start && self.tok(open).text() != "(" {
            open -= 1;
        }
        if self.tok(open).text() != "(" || close - open < 2 {
            return;
        }
        let inner = open + 1..close;
        let is_credit = inner.clone().any(|i| {
            let t = self.tok(i);
            t.text() == "Photo" || t.text() == "/" || t.lower() == "via" || t.lower() == "photos"
        });
        if !is_credit {
            return;
        }
        let segments = self.credit_segments(inner);
        // A credit names a photographer or an agency in a few words. A
        // longer run of capitals is some other text in parentheses: read
        // like any sentence, where long runs are split, rather than made
        // one name as long as the run.
        if segments
            .iter()
            .any(|&(a, b)| b - a > MAX_CHUNK_TOKENS && self.is_credit_name(a, b))
        {
            return;
        }
        for (a, b) in segments {
            self.credit_segment(a, b);
        }
        for u in &mut self.used[open..=close] {
            *u = true;
        }
    }

    /// A byline paragraph: `By ANN ROY and JOE DOE`, `By Ann Roy,
    /// Associated Press`. Its names are people, whatever their case (a
    /// line of capitals is otherwise emphasis), and an agency closing it
    /// is a name of its own, even with no comma or only a line break
    /// before it (`By ANN ROY and JOE DOE⏎Associated Press`).
    fn byline(&mut self, p: usize) {
        let std::ops::Range { start, end } = self.para_tokens[p].clone();
        if end <= start + 1 || end - start > MAX_BYLINE_TOKENS {
            return;
        }
        if self.tok(start).lower() != "by" || !self.tok(start).cap || self.used[start] {
            return;
        }
        let text = self.doc.text;
        let segments = split_at(start + 1, end, |k| {
            let t = self.tok(k);
            matches!(t.text(), "," | ";" | "|" | "/" | "&") || t.lower() == "and"
        });
        let mut names = Vec::with_capacity(segments.len() + 1);
        for (a, mut b) in segments {
            while b > a && self.tok(b - 1).kind == TokenKind::Punct {
                b -= 1;
            }
            // A line break inside a segment ends a name.
            let mut x = a;
            for k in a + 1..b {
                let gap = &text[self.tok(k - 1).span().end..self.tok(k).span().start];
                if gap.contains('\n') {
                    names.push((x, k));
                    x = k;
                }
            }
            names.push((x, b));
        }
        // Only names, and no date among them (`By Tuesday, Ann Roy …` is
        // a sentence).
        let reads_as_names = names.iter().all(|&(a, b)| {
            a < b
                && self.is_credit_name(a, b)
                && (a..b).all(|k| self.tok(k).class & (MONTH | DAY) == 0)
        });
        if !reads_as_names {
            return;
        }
        for (a, b) in names {
            // `Local Democracy Reporter`, `Staff Writer`: the writer's job.
            if self.tok(b - 1).class & ROLE != 0 {
                continue;
            }
            // `ANN ROY Associated Press`: a known agency at the end.
            let agency = (a + 1..b).find(|&k| {
                let lower = self.lower_of(k, b);
                self.known(k, b, &lower)
                    .is_some_and(|m| m.kind == Some(EntityKind::Organization))
            });
            match agency {
                Some(k) => {
                    self.credit_segment(a, k);
                    self.credit_segment(k, b);
                }
                None => self.credit_segment(a, b),
            }
        }
        for u in &mut self.used[start..end] {
            *u = true;
        }
    }

    /// The segments of a credit's inner tokens, between `/`, `,`, `;`,
    /// `via`, `Photo`, `Photos` and `and`, each without the `by` or the
    /// colon that may open it (`Photo by Ann Roy`, `Photo: Ann Roy`).
    fn credit_segments(&self, inner: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let mut segments = split_at(inner.start, inner.end, |k| {
            let t = self.tok(k);
            matches!(t.text(), "/" | "," | ";")
                || matches!(t.lower(), "via" | "photo" | "photos" | "and")
        });
        for (a, b) in &mut segments {
            while matches!(self.tok(*a).text(), "by" | ":") && *a + 1 < *b {
                *a += 1;
            }
        }
        segments
    }

    /// Whether the credit segment `a..b` reads as a name: capitalized
    /// words, with the periods of initials, hyphens and particles.
    fn is_credit_name(&self, a: usize, b: usize) -> bool {
        a < b
            && self.tok(a).cap
            && (a..b).all(|k| {
                let t = self.tok(k);
                t.cap || t.text() == "." || t.text() == "-" || t.class & PARTICLE != 0
            })
    }

    fn credit_segment(&mut self, a: usize, b: usize) {
        if !self.is_credit_name(a, b) {
            return;
        }
        let mut a = a;
        // Turkish Foreign Ministry → Foreign Ministry.
        let mut qualifier = None;
        while b - a > 1 && self.tok(a).class & GROUP != 0 {
            qualifier = Some(self.tok(a).span());
            a += 1;
        }
        let lower = self.lower_of(a, b);
        let words = (a..b)
            .filter(|&k| self.tok(k).kind == TokenKind::Word)
            .count();
        if let Some(m) = self.known(a, b, &lower) {
            self.out.push(m);
        } else if self.tok(b - 1).class & ORG_HEAD != 0 || words == 1 {
            self.push(a, b, EntityKind::Organization, true);
            if let Some(m) = self.out.last_mut() {
                m.qualifier = qualifier;
            }
        } else {
            self.push(a, b, EntityKind::Person, true);
        }
    }

    // ------------------------------------------------------------ sentences

    fn sentence(&mut self, s: usize) {
        let range = self.doc.sentences[s].tokens.clone();
        if range.is_empty() {
            return;
        }
        let first = first_word(self.words, range.clone());
        self.cur_first = first;
        self.cur_paragraph = self.doc.sentences[s].paragraph;
        // A title-case headline (every word capitalized, small words aside):
        // capitals say nothing there either.
        let (mut words, mut caps) = (0usize, 0usize);
        let (mut content, mut capped, mut common, mut numbers) = (0usize, 0usize, 0usize, 0usize);
        for k in range.clone() {
            let t = self.tok(k);
            if t.kind == TokenKind::Word {
                if t.span().len() > 1 {
                    words += 1;
                    caps += usize::from(t.caps);
                }
                if t.class & TITLE_SMALL == 0 {
                    content += 1;
                    capped += usize::from(t.cap);
                    common += usize::from(t.cap && t.class & COMMON_WORD != 0);
                }
            }
            numbers += usize::from(t.kind == TokenKind::Number);
        }
        // A share bar's buttons (Facebook Twitter Email) name no one; only a
        // line of capitalized words may be one.
        if content >= 2 && capped == content && numbers == 0 {
            let line = self.doc.sentences[s].span;
            if crate::boilerplate::is_share_bar(line.text(self.doc.text)) {
                return;
            }
        }
        let headline =
            words >= HEADLINE_MIN_WORDS && caps as f32 >= HEADLINE_CAPS_SHARE * words as f32;
        // Lists of names (results, line-ups) are capitalized too: a headline
        // has ordinary words in it and no figures.
        let title_line = !headline
            && content >= TITLE_LINE_MIN_WORDS
            && capped == content
            && common * 2 >= content
            && numbers == 0
            && !range
                .clone()
                .map(|k| self.tok(k))
                .any(|t| matches!(t.text(), "“" | "”" | "\""));
        let dateline_end = if self.is_paragraph_start(range.start) {
            self.dateline(range.clone())
        } else {
            None
        };
        let mut i = range.start;
        let mut first = first;
        if let Some(e) = dateline_end {
            i = e;
            // The sentence proper opens after the dateline's dash (`LIMA,
            // Peru (AP) — Rescue workers …`).
            let dash = (e..range.end.min(e + MAX_DATELINE_TAIL_TOKENS))
                .find(|&k| matches!(self.tok(k).text(), "—" | "–" | "-"));
            if let Some(d) = dash {
                first = first_word(self.words, d + 1..range.end);
                self.cur_first = first;
            }
        }
        // The end of a quoted title being read (`“Songs From the Other
        // Shore”`): its words are read like a title line's.
        let mut title_end = range.start;
        while i < range.end {
            if self.used[i] {
                i += 1;
                continue;
            }
            if headline {
                i = self.headline_word(i, range.end);
                continue;
            }
            if title_line || i < title_end {
                i = self.title_line_word(i, if title_line { range.end } else { title_end });
                continue;
            }
            if let Some(end) = self.quoted_title_end(i, range.end) {
                title_end = end;
                i += 1;
                continue;
            }
            if self.platform_x(i, range.clone()) {
                let mut m = Mention::new(self.span(i, i + 1), EntityKind::Organization, true);
                m.canonical = Some("X");
                self.out.push(m);
                i += 1;
                continue;
            }
            if !self.starts_name(i, range.end) {
                i += 1;
                continue;
            }
            if let Some(end) = self.ticker_end(i, range.end) {
                i = end;
                continue;
            }
            let j = self.extend(i, range.end);
            let j = self.portfolio_list_end(i, j, range.end);
            let initial = Some(i) == first || after_opening(self.words, i);
            let from = self.leading_particles(i, range.start);
            let before = self.out.len();
            self.chunk(from, j, initial);
            i = j.max(i + 1);
            // `Robert C. "Bobby" Scott`: the initial's dot before the mark.
            let dot = j + 1 < range.end && self.tok(j).text() == "." && !self.tok(j).gap_before;
            let mark = if dot { j + 1 } else { j };
            if let Some(e) = self.nickname_and_surname(mark, range.end) {
                if self.take_nickname(before, mark, e) {
                    i = e;
                }
            }
        }
    }

    /// The end of a ministry's name that lists its portfolios past the run
    /// `i..j` (`Ministry of Public Works, Housing and Water Resources`):
    /// capitalized runs after commas, the last after `and`. `j` when the
    /// run is no such name.
    fn portfolio_list_end(&self, i: usize, j: usize, end: usize) -> usize {
        let is_portfolio_head = |k: usize| {
            matches!(
                self.tok(k).lower(),
                "ministry" | "department" | "secretariat"
            )
        };
        let h = if self.tok(i).lower() == "the" {
            i + 1
        } else {
            i
        };
        let ministry =
            j > h + 2 && self.tok(h + 1).lower() == "of" && is_portfolio_head(h) && self.tok(h).cap;
        if !ministry || j >= end || self.tok(j).text() != "," {
            return j;
        }
        // A portfolio is ordinary words capitalized (`Water Resources`),
        // not people (`Smith and Jones`).
        let cap_run = |mut k: usize| {
            let start = k;
            while k < end && {
                let t = self.tok(k);
                t.kind == TokenKind::Word
                    && t.cap
                    && (t.has_class(COMMON_WORD) || !t.has_class(FIRST_NAME | SURNAME))
            } {
                k += 1;
            }
            (k > start).then_some(k)
        };
        let mut k = j;
        for _ in 0..MAX_PORTFOLIOS {
            if k >= end {
                break;
            }
            match self.tok(k).text() {
                "," => {}
                _ if self.tok(k).lower() == "and" => {
                    return cap_run(k + 1).unwrap_or(j);
                }
                _ => break,
            }
            // `, and Fisheries` (a serial comma).
            if k + 1 < end && self.tok(k + 1).lower() == "and" {
                return cap_run(k + 2).unwrap_or(j);
            }
            match cap_run(k + 1) {
                Some(next) => k = next,
                None => break,
            }
        }
        j
    }

    /// The start of the name whose first capitalized word is at `i`: a
    /// surname written with its lowercase particles (`said van der Berg`,
    /// `de la Cruz said`) starts at the first particle.
    fn leading_particles(&self, i: usize, start: usize) -> usize {
        let mut k = i;
        while k > start && i - k < MAX_LEADING_PARTICLES {
            let p = self.tok(k - 1);
            if p.kind != TokenKind::Word || p.cap || p.class & PARTICLE == 0 || self.used[k - 1] {
                break;
            }
            k -= 1;
        }
        // The particle that opens it must be one that only opens names.
        while k < i && !opens_surname(self.tok(k).lower()) {
            k += 1;
        }
        k
    }

    /// Whether token `tok` opens a paragraph or a line (hard-wrapped
    /// paragraphs keep their lines).
    fn is_paragraph_start(&self, tok: usize) -> bool {
        let start = self.tok(tok).span().start;
        let before = self.doc.text[..start].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with(['\n', '\r'])
    }

    /// `WASHINGTON (AP) —`, `NAIROBI, Kenya (AP) —`, `LONDON 1996-08-30`:
    /// all-caps place words opening a paragraph. Returns the token after
    /// the dateline's place names.
    fn dateline(&mut self, range: std::ops::Range<usize>) -> Option<usize> {
        let mut j = range.start;
        // `ST. LOUIS (AP) —`: a place prefix keeps its period.
        let mut prefixed = false;
        while j < range.end {
            let t = self.tok(j);
            if t.caps && t.kind == TokenKind::Word {
                j += 1;
            } else if t.text() == "." && !t.gap_before && j > range.start && {
                let prefix = self.tok(j - 1);
                prefix.caps && prefix.class & PLACE_PREFIX != 0 && prefix.class & ABBREV != 0
            } {
                prefixed = true;
                j += 1;
            } else {
                break;
            }
        }
        if j == range.start || j - range.start > 4 || j >= range.end {
            return None;
        }
        // The prefix's period alone is no place: `ST. —`.
        let prefixed = prefixed && self.tok(j - 1).kind == TokenKind::Word;
        let next = self.tok(j);
        // `CHICAGO 1996-08-30`, but not a standings row (`CHICAGO 71 64 .526`):
        // a dateline's number is a date.
        let date = next.kind == TokenKind::Number
            && (next.text().len() >= 4 || next.text().contains(['-', '/']));
        let ok = matches!(next.text(), "(" | "," | "—" | "–" | "-" | "_") || date;
        if !ok {
            return None;
        }
        // Must not be a headline (the rest is mostly lowercase).
        let lower = self.lower_of(range.start, j);
        let known = is_known_place(&lower);
        let followed_by_credit = next.text() == "("
            && self
                .words
                .get(j + 1)
                .is_some_and(|t| t.caps && t.text().len() <= 5);
        let then_region =
            next.text() == "," && self.words.get(j + 1).is_some_and(|t| t.cap && !t.caps);
        if !(known || followed_by_credit || then_region || date || prefixed) {
            return None;
        }
        let mut m = Mention::new(
            Span::new(
                self.tok(range.start).span().start,
                self.tok(j - 1).span().end,
            ),
            EntityKind::Place,
            true,
        );
        m.canonical = alias_place(&lower);
        self.out.push(m);
        Some(j)
    }

    /// In a headline, only known names count: longest known place or
    /// organization starting at `i`.
    fn headline_word(&mut self, i: usize, end: usize) -> usize {
        let t = self.tok(i);
        if t.kind != TokenKind::Word || !t.cap {
            return i + 1;
        }
        let mut best = None;
        let mut j = i;
        let mut k = 0;
        while j < end && k < 4 {
            let tj = self.tok(j);
            // Small words may stand inside a name (`Meet the Press`).
            if tj.kind != TokenKind::Word || !(tj.cap || tj.class & TITLE_SMALL != 0) {
                break;
            }
            j += 1;
            k += 1;
            if !tj.cap {
                continue;
            }
            let lower = self.lower_of(i, j);
            if let Some(m) = self.known(i, j, &lower) {
                best = Some((j, m));
            }
        }
        match best {
            Some((j, m)) => {
                self.push_known(m, i, j);
                j
            }
            None => i + 1,
        }
    }

    /// The closing mark's token, when an opening quotation mark at `i`
    /// opens a title: two to [`MAX_QUOTED_TITLE_WORDS`] words, each
    /// capitalized or a small word of titles (`“What the River
    /// Remembers,”`, `“Little Sparrow”`). Names there are only those known
    /// or written so elsewhere.
    fn quoted_title_end(&self, i: usize, end: usize) -> Option<usize> {
        let mark = self.tok(i);
        if mark.kind != TokenKind::Punct || !matches!(mark.text(), "“" | "‘") {
            return None;
        }
        let limit = end.min(i + 2 * MAX_QUOTED_TITLE_WORDS + 2);
        let close = (i + 1..limit).find(|&k| matches!(self.tok(k).text(), "”" | "’"))?;
        let mut words = 0;
        for k in i + 1..close {
            let t = self.tok(k);
            match t.kind {
                TokenKind::Word if t.cap || t.class & TITLE_SMALL != 0 => words += 1,
                TokenKind::Punct if matches!(t.text(), "," | "?" | "!" | "." | ":" | "-") => {}
                _ => return None,
            }
        }
        // `NBC’s “Meet the Press”`: an organization's program is named as
        // an organization.
        let owned_by_organization = i >= 2
            && self.tok(i - 1).kind == TokenKind::Possessive
            && self.out.last().is_some_and(|m| {
                m.span.end == self.tok(i - 2).span().end && m.kind == Some(EntityKind::Organization)
            });
        let opens_capitalized = self.tok(i + 1).cap;
        (opens_capitalized
            && !owned_by_organization
            && (2..=MAX_QUOTED_TITLE_WORDS).contains(&words))
        .then_some(close)
    }

    /// In a title-case headline: known names, a first name with its surname,
    /// and lone words kept only if the grouping pass ties them to a person.
    fn title_line_word(&mut self, i: usize, end: usize) -> usize {
        if self.tok(i).kind != TokenKind::Word || !self.tok(i).cap {
            return i + 1;
        }
        let t = self.tok(i);
        let full_name = t.has_class(FIRST_NAME)
            && t.class & FUNCTION == 0
            && self.is_title_name_word(i + 1, end);
        let before = self.out.len();
        let j = self.headline_word(i, end);
        // A known name, unless it is one word that opens a full name (`Ann
        // Roy`, not the place Ann).
        if self.out.len() > before && !(full_name && j == i + 1) {
            return j;
        }
        self.out.truncate(before);
        if full_name {
            let mut e = i + 2;
            if self.is_title_name_word(e, end) && !self.tok(e).has_class(COMMON_WORD) {
                e += 1;
            }
            self.push(i, e, EntityKind::Person, true);
            return e;
        }
        if t.class & (FUNCTION | TITLE | GROUP | DAY | MONTH) == 0 && !self.bare_letter(i) {
            let mut m = Mention::new(self.span(i, i + 1), EntityKind::Person, false);
            m.kind = None;
            m.canonical = Some(INITIAL_ONLY);
            self.out.push(m);
        }
        i + 1
    }
    /// Whether token `k` (before `end`) may continue a name in a title.
    fn is_title_name_word(&self, k: usize, end: usize) -> bool {
        k < end && {
            let n = self.tok(k);
            n.kind == TokenKind::Word
                && n.cap
                && n.class & TITLE_SMALL == 0
                && n.class & (FUNCTION | TITLE) == 0
        }
    }

    /// `"Bobby" Scott` at token `j`, right after a first name: a nickname
    /// in quotation marks (capitalized words, `of` and `the` between them)
    /// and the surname after it. Returns the end of the surname.
    fn nickname_and_surname(&self, j: usize, end: usize) -> Option<usize> {
        let words_cap = |k: usize| {
            k < end && {
                let t = self.tok(k);
                t.kind == TokenKind::Word && t.cap
            }
        };
        let open = self.words.get(j)?;
        if j >= end || !matches!(open.text(), "\"" | "“" | "‘" | "'") || !open.gap_before {
            return None;
        }
        let mut k = j + 1;
        let first = k;
        while k < end && k - first < MAX_NICKNAME_TOKENS {
            let t = self.tok(k);
            let small = t.kind == TokenKind::Word && matches!(t.lower(), "of" | "the");
            if !(words_cap(k) || small || t.text() == "-") || (k == first && t.gap_before) {
                break;
            }
            k += 1;
        }
        let close = k;
        if close == first
            || close >= end
            || !matches!(self.tok(close).text(), "\"" | "”" | "’" | "'")
            || self.tok(close).gap_before
            || !words_cap(close + 1)
            || !self.tok(close + 1).gap_before
        {
            return None;
        }
        let mut e = close + 1;
        while words_cap(e) && e - close <= 2 && self.tok(e).class & (TITLE | FUNCTION) == 0 {
            e += 1;
        }
        (e > close + 1).then_some(e)
    }

    /// Stretches the person named just before a nickname (the last mention
    /// pushed since `before`, ending at token `j`) over the nickname and the
    /// surname up to token `e`. Whether it did.
    fn take_nickname(&mut self, before: usize, j: usize, e: usize) -> bool {
        // An initial's dot may end the run and not the mention (`Robert C.`).
        let last = if j >= 2 && self.tok(j - 1).text() == "." {
            j - 2
        } else {
            j - 1
        };
        let ends = [self.tok(last).span().end, self.tok(j - 1).span().end];
        let Some(m) = self.out[before..].last_mut() else {
            return false;
        };
        let person_like = matches!(m.kind, Some(EntityKind::Person) | None);
        if !ends.contains(&m.span.end) || !person_like {
            return false;
        }
        m.span = Span::new(m.span.start, self.words.span(e - 1).end);
        m.kind = Some(EntityKind::Person);
        m.strong = true;
        m.canonical = None;
        true
    }

    /// Whether token `i` is `X`, the platform, named by its one letter
    /// where someone posts (`posted on X`, `said on X, formerly Twitter`).
    fn platform_x(&self, i: usize, sentence: Range<usize>) -> bool {
        if i < sentence.start + 2 || self.tok(i).text() != "X" || self.tok(i - 1).text() != "on" {
            return false;
        }
        // Not `on X Street`, `on X-ray`.
        let next = (i + 1 < sentence.end).then(|| self.tok(i + 1));
        let joined = next.is_some_and(|n| !n.gap_before && matches!(n.text(), "-" | "’" | "'"));
        let named = next.is_some_and(|n| n.kind == TokenKind::Word && n.cap);
        !joined && !named && lexicon::is_posting_word(self.tok(i - 2).lower())
    }

    /// A bare capital letter (no period after it) is a table column or a
    /// list label, not part of a name.
    fn bare_letter(&self, i: usize) -> bool {
        self.tok(i).is_one_char()
            && !self
                .words
                .get(i + 1)
                .is_some_and(|n| n.text() == "." && !n.gap_before)
    }

    fn starts_name(&self, i: usize, end: usize) -> bool {
        let t = self.tok(i);
        if t.kind != TokenKind::Word {
            return false;
        }
        if t.cap {
            return !self.bare_letter(i) && !self.is_clock_word(i);
        }
        // 127th Territorial Defence Brigade.
        let s = t.text();
        s.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && (s.ends_with("th") || s.ends_with("st") || s.ends_with("nd") || s.ends_with("rd"))
            && i + 1 < end
            && self.tok(i + 1).cap
    }

    /// The end of a stock ticker in parentheses opening at `i` (`(NVK.OL)`,
    /// `(AAPL.O)`, `(NYSE: XYZ)`): a symbol, no name.
    fn ticker_end(&self, i: usize, end: usize) -> Option<usize> {
        let text = |k: usize| if k < end { self.tok(k).text() } else { "" };
        if i == 0 || !self.tok(i).caps {
            return None;
        }
        let joined = |k: usize| k < end && !self.tok(k).gap_before;
        // `NVK.OL`: the symbol, a period, the exchange's letters.
        let suffix = self.tok(i - 1).text() == "("
            && text(i + 1) == "."
            && joined(i + 1)
            && joined(i + 2)
            && self.tok(i + 2).cap
            && text(i + 2).len() <= 2
            && text(i + 2).bytes().all(|b| b.is_ascii_uppercase())
            && text(i + 3) == ")";
        if suffix {
            return Some(i + 3);
        }
        // `(NYSE: XYZ)`: after the exchange (a name) and a colon, the symbol.
        let listed = i >= 3
            && self.tok(i - 1).text() == ":"
            && self.tok(i - 2).caps
            && self.tok(i - 3).text() == "("
            && text(i).len() <= 5
            && text(i + 1) == ")";
        listed.then_some(i + 1)
    }

    /// Whether capitals at `k` belong to a clock time (`9:14 AM EST`, `1400
    /// GMT`), not to a name.
    fn is_clock_word(&self, k: usize) -> bool {
        let t = self.tok(k);
        if !t.caps {
            return false;
        }
        let after_time = k > 0 && {
            let p = self.tok(k - 1);
            p.kind == TokenKind::Number || lexicon::is_clock_marker(p.lower())
        };
        if lexicon::is_clock_marker(t.lower()) {
            return after_time;
        }
        lexicon::time_zone(t.lower()).is_some_and(|unambiguous| unambiguous || after_time)
    }

    /// The end (exclusive) of the name run starting at `i`.
    fn extend(&self, i: usize, end: usize) -> usize {
        let mut k = i + 1;
        let mut last_good = i + 1;
        while k < end && k - i < MAX_CHUNK_TOKENS {
            if self.used[k] {
                break;
            }
            let t = self.tok(k);
            let prev = self.tok(k - 1);
            match t.kind {
                TokenKind::Word if t.cap => {
                    if t.class & DAY != 0 && !t.caps || self.bare_letter(k) {
                        break;
                    }
                    if t.class & MONTH != 0 && self.number_follows_month(k) {
                        break;
                    }
                    k += 1;
                    last_good = k;
                }
                TokenKind::Word if t.class & PARTICLE != 0 || is_connector(t.lower()) => {
                    // `al-Shami`, `el-Sisi`: a particle joined by a hyphen.
                    let joined = |x: usize| x < end && !self.tok(x).gap_before;
                    if t.class & PARTICLE != 0
                        && joined(k + 1)
                        && self.tok(k + 1).text() == "-"
                        && joined(k + 2)
                        && self.tok(k + 2).cap
                        && self.tok(k + 2).kind == TokenKind::Word
                    {
                        k += 3;
                        last_good = k;
                        continue;
                    }
                    // Continue only if a capitalized word follows soon.
                    let mut n = k + 1;
                    while n < end
                        && n - k < 3
                        && self.tok(n).kind == TokenKind::Word
                        && !self.tok(n).cap
                        && (self.tok(n).class & PARTICLE != 0 || self.tok(n).lower() == "the")
                    {
                        n += 1;
                    }
                    // `… and Professor Ann Roy`: a title after `and` opens
                    // the next name.
                    let title_next =
                        t.lower() == "and" && self.words.get(n).is_some_and(|x| x.is_title());
                    if n < end
                        && self.tok(n).kind == TokenKind::Word
                        && self.tok(n).cap
                        && !title_next
                    {
                        // `of`/`and` only inside names that have a head word;
                        // decided later, but never across a title.
                        k = n;
                    } else {
                        break;
                    }
                }
                TokenKind::Punct if t.text() == "." && !t.gap_before => {
                    let initial = prev.kind == TokenKind::Word
                        && prev.cap
                        && (prev.is_one_char() || prev.class & ABBREV != 0);
                    if !initial {
                        break;
                    }
                    k += 1;
                    if keeps_dot(prev.lower()) {
                        last_good = k;
                    }
                }
                // Smith & Jones LLP.
                TokenKind::Punct
                    if t.text() == "&"
                        && self
                            .words
                            .get(k + 1)
                            .is_some_and(|n| n.cap && n.kind == TokenKind::Word && k + 1 < end) =>
                {
                    k += 1;
                }
                TokenKind::Punct
                    if (t.text() == "-" || t.text() == "&")
                        && !t.gap_before
                        && self
                            .words
                            .get(k + 1)
                            .is_some_and(|n| n.cap && !n.gap_before && k + 1 < end) =>
                {
                    k += 1;
                }
                // `Lee Jae-myung`, `Kim Jong-un`: a Korean given name's
                // second syllable, lowercase after its hyphen. An English
                // word there is a suffix (`Moscow-based`, `Biden-era`).
                TokenKind::Punct if k + 1 < end && self.is_name_syllable(k + 1) => {
                    k += 2;
                    last_good = k;
                }
                // `Ji-hoon Choi`: a given name first, its syllable followed
                // by the surname.
                TokenKind::Punct
                    if k == i + 1 && k + 2 < end && self.is_leading_name_syllable(k + 1) =>
                {
                    k += 2;
                }
                // Ata-ur-Rehman, Chester-le-Street.
                TokenKind::Punct
                    if t.text() == "-"
                        && !t.gap_before
                        && k + 3 < end
                        && !self.tok(k + 1).cap
                        && self.tok(k + 1).text().len() <= 3
                        && self.tok(k + 1).kind == TokenKind::Word
                        && !self.tok(k + 1).gap_before
                        && self.tok(k + 2).text() == "-"
                        && !self.tok(k + 2).gap_before
                        && self.tok(k + 3).cap
                        && !self.tok(k + 3).gap_before =>
                {
                    k += 4;
                    last_good = k;
                }
                TokenKind::Possessive => {
                    // St. Peter's Square: continue when capitalized words
                    // ending in a place or organization head follow.
                    // The whole name stays within the chunk limit: past it,
                    // the run is not one name (and reading it all here
                    // would make a long run quadratic).
                    let is_cap_word =
                        |n: usize| self.tok(n).kind == TokenKind::Word && self.tok(n).cap;
                    let limit = end.min(i + MAX_CHUNK_TOKENS);
                    let mut n = k + 1;
                    let mut head = false;
                    let mut place_head = false;
                    while n < limit && is_cap_word(n) {
                        // `Mother's Day` is one name too (a holiday).
                        head = self.tok(n).class & (PLACE_HEAD | ORG_HEAD) != 0
                            || self.tok(n).lower() == "day";
                        place_head = self.tok(n).class & PLACE_HEAD != 0;
                        n += 1;
                    }
                    if n < end && is_cap_word(n) {
                        break;
                    }
                    // Beijing's Tiananmen Square is two names; so is a
                    // one-word owner's named place (Rangoon's Insein
                    // Prison), where St. Peter's Square has the head alone
                    // (and Boatmen's Bancshares Inc. is a company's name).
                    let owner = self.lower_of(i, k);
                    let named_after = place_head && k == i + 1 && n > k + 2;
                    // `Putin's United Russia Party`, `Suu Kyi's National
                    // League for Democracy`: a name's own organization of
                    // several words is two names, where `Children's
                    // Hospital` has a common word before the possessive and
                    // `Boatmen's Bancshares Inc.` ends in a legal form.
                    let owned_org = !place_head
                        && n > k + 2
                        && !(i..k).all(|x| self.tok(x).has_class(COMMON_WORD))
                        && !lexicon::is_legal_form(self.tok(n - 1).lower());
                    if head
                        && n > k + 1
                        && !named_after
                        && !owned_org
                        && self.known(i, k, &owner).is_none()
                    {
                        k = n;
                        last_good = k;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        last_good
    }

    /// Whether a number follows the month at `k`, after its abbreviation's
    /// period if any (`June 3`, `Jan. 14`): a date, not part of a name.
    fn number_follows_month(&self, k: usize) -> bool {
        let mut n = k + 1;
        if self
            .words
            .get(n)
            .is_some_and(|t| t.text() == "." && !t.gap_before)
        {
            n += 1;
        }
        self.words
            .get(n)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Whether `lower` (tokens a..b) is known as a whole; returns the mention.
    fn known(&self, a: usize, b: usize, lower: &str) -> Option<Mention> {
        let span = Span::new(self.tok(a).span().start, self.tok(b - 1).span().end);
        let first = self.tok(a);
        // One lookup answers for the place list and both alias tables; a
        // word's answer is at hand.
        let class = if b - a == 1 && first.kind == TokenKind::Word {
            first.class
        } else {
            lexicon::classes(lower)
        };
        let short_mixed =
            b - a == 1 && first.text().len() <= 3 && !first.caps && !first.text().contains('.');
        if !short_mixed {
            if let Some(c) = (class & PLACE_ALIAS != 0)
                .then(|| alias_place(lower))
                .flatten()
            {
                let mut m = Mention::new(span, EntityKind::Place, true);
                m.canonical = Some(c);
                return Some(m);
            }
            if let Some(c) = (class & KNOWN_ORG != 0).then(|| known_org(lower)).flatten() {
                let mut m = Mention::new(span, EntityKind::Organization, true);
                m.canonical = Some(c);
                return Some(m);
            }
        }
        if class & PLACE != 0 {
            return Some(Mention::new(span, EntityKind::Place, true));
        }
        if let Some(rest) = lower.strip_prefix("st ") {
            if gazetteer::is_place(&format!("st. {rest}")) {
                return Some(Mention::new(span, EntityKind::Place, true));
            }
        }
        None
    }

    /// Whether tokens `a..b` are a known organization of two words or more
    /// (`Red Cross`).
    fn is_known_org_at(&self, a: usize, b: usize) -> bool {
        b - a >= 2 && lexicon::classes(&self.lower_of(a, b)) & KNOWN_ORG != 0
    }

    /// Whether tokens `a..b` are a known place (`U.S.`, `Britain`).
    fn is_known_place_at(&self, a: usize, b: usize) -> bool {
        a < b
            && self
                .known(a, b, &self.lower_of(a, b))
                .is_some_and(|m| m.kind == Some(EntityKind::Place))
    }

    /// Pushes a known mention, except that a city or region playing a
    /// match is its team (`Surrey beat Kent`, `Lotte 6 Hyundai 2`).
    fn push_known(&mut self, mut m: Mention, a: usize, b: usize) {
        if m.kind == Some(EntityKind::Place) && m.canonical.is_none() {
            let lower = self.lower_of(a, b);
            // `the Memphis theater company`: a town whose name ends in `s`
            // after `the` is the town, not a team called `the Reds`.
            let the_town = a > 0 && self.tok(a - 1).lower() == "the" && lower.ends_with('s');
            if !gazetteer::is_country(&lower) && !the_town && self.team_context(a, b) {
                m.kind = Some(EntityKind::Organization);
            }
        }
        self.out.push(m);
    }

    // ------------------------------------------------------------ chunks

    /// Classifies the run `a..b`; `initial` when it opens a sentence. A
    /// capital `The` before an organization's name is the name's (`told
    /// The Daily Ledger`; at a sentence's start, where any word is
    /// capitalized, only when the text writes it so elsewhere).
    fn chunk(&mut self, a: usize, b: usize, initial: bool) {
        let before = self.out.len();
        self.classify_chunk(a, b, initial);
        let article = self.tok(a);
        if b - a < 2 || article.text() != "The" || self.used[a] {
            return;
        }
        let name_start = self.tok(a + 1).span().start;
        let Some(i) = (before..self.out.len()).find(|&i| {
            self.out[i].span.start == name_start
                && self.out[i].kind == Some(EntityKind::Organization)
        }) else {
            return;
        };
        let name = self.out[i].span.text(self.doc.text);
        if initial {
            self.initial_the.push((i, article.span().start, name));
        } else {
            self.out[i].span.start = article.span().start;
            self.the_names.insert(name);
        }
    }

    fn classify_chunk(&mut self, a: usize, b: usize, initial: bool) {
        let whole = self.lower_of(a, b);
        if let Some(m) = self.known(a, b, &whole) {
            // `Man charged after standoff`: an ordinary word opening a
            // sentence, written in lowercase elsewhere in the text, is that
            // word, not the town it also names.
            let t = self.tok(a);
            let ordinary = b - a == 1
                && initial
                && Some(a) == self.cur_first
                && m.kind == Some(EntityKind::Place)
                && t.has_class(COMMON_WORD)
                && !t.caps
                && self.seen_lowercase(t);
            if !ordinary {
                self.push_known(m, a, b);
            }
            return;
        }
        let mut a = a;
        // Leading function words (The, However, Ahead …).
        while a < b {
            let t = self.tok(a);
            if t.kind != TokenKind::Word {
                a += 1;
                continue;
            }
            let single = b - a == 1;
            // `New` opens `New York`: a function word that starts a known
            // place stays.
            let opens_place = || {
                t.class & PLACE_PREFIX != 0
                    && (a + 2..=b.min(a + MAX_PLACE_PREFIX_WORDS))
                        .any(|k| gazetteer::is_place(&self.lower_of(a, k)))
            };
            if t.class & FUNCTION != 0
                && (initial || single || is_article(t.lower()))
                && !t.caps
                && !opens_place()
            {
                a += 1;
                continue;
            }
            // `Jun-ho Baek` opens with a given name, not a month.
            if t.class & (DAY | MONTH) != 0
                && !t.caps
                && !(a + 2 < b && self.is_leading_name_syllable(a + 2))
            {
                a += 1;
                continue;
            }
            break;
        }
        // Skip over anything that is not a word now at the front.
        while a < b && self.tok(a).kind != TokenKind::Word {
            a += 1;
        }
        if a >= b {
            return;
        }
        let initial = initial && Some(a) == self.cur_first;
        let b = self.trim_end(a, b);
        if a >= b {
            return;
        }
        self.classify(a, b, initial);
    }

    /// Whether token `k` is the lowercase second syllable of a Korean given
    /// name (`myung` in `Lee Jae-myung`), joined to a capitalized word after
    /// another.
    fn is_name_syllable(&self, k: usize) -> bool {
        k >= 3
            && self.is_joined_syllable(k)
            && [self.tok(k - 2), self.tok(k - 3)]
                .iter()
                .all(|t| t.kind == TokenKind::Word && t.cap && !t.caps)
    }

    /// Whether token `k` has the shape of a given name's second syllable: a
    /// short lowercase word that is no English one, joined by a hyphen to
    /// the word before it. Two letters are a syllable even when also a word
    /// (`Jin-ho`); a longer word is a suffix (`Moscow-based`).
    fn is_joined_syllable(&self, k: usize) -> bool {
        let n = self.tok(k);
        k >= 1
            && n.kind == TokenKind::Word
            && !n.cap
            && !n.gap_before
            && n.text().len() <= MAX_SYLLABLE_LEN
            && (!n.has_class(COMMON_WORD) || n.text().len() == 2 && n.class & FUNCTION == 0)
            && {
                let hyphen = self.tok(k - 1);
                hyphen.text() == "-" && !hyphen.gap_before
            }
    }

    /// Whether the title `ts..te` opens with a legislative chamber (`Senate
    /// Majority Leader`, `House Speaker`): the chamber is named there.
    fn chamber_in_title(&self, ts: usize, te: usize) -> bool {
        let t = self.tok(ts);
        ts + 1 < te && t.cap && !t.caps && matches!(t.lower(), "senate" | "house")
    }

    /// Whether token `k` is the lowercase second syllable of a given name
    /// written first (`Ji-hoon Choi`): joined by a hyphen to a capitalized
    /// word, with a capitalized word after it.
    fn is_leading_name_syllable(&self, k: usize) -> bool {
        k >= 2
            && self.is_joined_syllable(k)
            && {
                let given = self.tok(k - 2);
                given.kind == TokenKind::Word && given.cap && !given.caps
            }
            && self.words.get(k + 1).is_some_and(|surname| {
                surname.kind == TokenKind::Word
                    && surname.cap
                    && !surname.caps
                    && surname.gap_before
            })
    }

    fn trim_end(&self, a: usize, mut b: usize) -> usize {
        while b > a {
            let t = self.tok(b - 1);
            let drop = match t.kind {
                TokenKind::Word => {
                    let kept = t.cap
                        || t.text().starts_with(|c: char| c.is_ascii_digit())
                        || (b > a + 3 && self.is_name_syllable(b - 1));
                    !kept
                }
                TokenKind::Punct => {
                    !(t.text() == "." && b - 1 > a && keeps_dot(self.tok(b - 2).lower()))
                }
                _ => true,
            };
            if drop {
                b -= 1;
            } else {
                break;
            }
        }
        b
    }

    fn classify(&mut self, a: usize, b: usize, initial: bool) {
        let lower = self.lower_of(a, b);
        let n_words = (a..b)
            .filter(|&k| self.tok(k).kind == TokenKind::Word && self.tok(k).cap)
            .count();
        // 1. Known as a whole.
        if let Some(m) = self.known(a, b, &lower) {
            self.push_known(m, a, b);
            return;
        }
        // `Seo-yeon Park`: a given name of syllables opens a person's
        // name, whatever the surname's other sense.
        if b - a == 4 && self.is_leading_name_syllable(a + 2) {
            self.push(a, b, EntityKind::Person, true);
            return;
        }
        // `S. Korea`, `N. Ireland`: a compass point's initial before a
        // place, or the known place the point's name begins.
        let compass = match self.tok(a).text() {
            "N" => "north",
            "S" => "south",
            "E" => "east",
            "W" => "west",
            _ => "",
        };
        if b - a >= 3
            && !compass.is_empty()
            && self.tok(a + 1).text() == "."
            && (self.is_known_place_at(a + 2, b)
                || is_known_place(&format!("{compass} {}", self.lower_of(a + 2, b))))
        {
            self.push(a, b, EntityKind::Place, true);
            return;
        }
        if initial && b - a >= 2 && self.word_before_acronym(a) {
            self.classify(a + 1, b, false);
            return;
        }
        // `the aircraft carrier Carl Vinson`: a ship's name, none of the
        // kinds.
        let aircraft_carrier =
            a > 1 && self.tok(a - 1).text() == "carrier" && self.tok(a - 2).text() == "aircraft";
        if a > 0 && (is_vessel_noun(self.tok(a - 1).text()) || aircraft_carrier) {
            return;
        }
        // Events, competitions, laws and prizes (World Cup, Tour de
        // France, Clean Air Act, Nobel Peace Prize)
        // are none of the kinds.
        if n_words >= 2 && self.event_name(a, b) {
            return;
        }
        if let Some(h) = self.holiday_start(a, b) {
            let before = self.trim_end(a, h);
            if before > a {
                self.classify(a, before, initial);
            }
            self.push(h, b, EntityKind::Date, true);
            return;
        }
        // `Hurricane Milton`, `Tropical Storm Debby`: a storm's name.
        if b - a >= 2
            && matches!(
                self.tok(b - 2).lower(),
                "hurricane" | "typhoon" | "cyclone" | "storm"
            )
        {
            return;
        }
        // `KS-19`, `MQ-9`, `COVID-19`: letters joined to a number name a
        // model, a flight or a disease, none of the kinds.
        if b - a == 1 && self.tok(a).caps && self.model_number_follows(a) {
            return;
        }
        // 2. Emphasis capitals (TRADE, UNLIMITED): a word, not an acronym
        // (the FNSEA, CONAF).
        if b - a == 1 && self.tok(a).caps && self.tok(a).text().len() >= EMPHASIS_MIN_LEN {
            let t = self.tok(a);
            let word = t.has_class(COMMON_WORD) || self.seen_lowercase(t);
            if word && !t.text().chars().any(|c| c.is_ascii_digit()) {
                return;
            }
        }
        // 3. A title inside: what precedes is another name, what follows a person.
        if let Some((ts, te)) = self.find_title(a, b) {
            if te < b {
                // `Assistant U.S. Attorney`: the title's own modifiers may
                // stand before the place that qualifies it.
                let mut pa = a;
                while pa < ts && self.tok(pa).class & TITLE_MOD != 0 && self.tok(pa).cap {
                    pa = self.skip_nonword(pa + 1, ts);
                }
                if pa > a && !self.is_known_place_at(pa, self.trim_end(pa, ts)) {
                    // `Federal Reserve Governor`: the words were the name's.
                    pa = a;
                }
                if ts > pa {
                    let pb = self.trim_end(pa, ts);
                    if pb > pa {
                        self.classify(pa, pb, initial && pa == a);
                    }
                }
                if self.chamber_in_title(ts, te) {
                    self.push(ts, ts + 1, EntityKind::Organization, true);
                }
                self.person(te, b);
                return;
            }
        }
        // `the Lane County Sheriff's office`, `the Texas Attorney General`:
        // a title ending the run after a place or a body names no one; the
        // words before it are that place or body (not `John Major`).
        let all_cap = (a..b).all(|k| self.tok(k).cap || self.tok(k).kind != TokenKind::Word);
        if b - a >= 2 && all_cap && self.tok(b - 1).cap && self.tok(b - 1).is_title() {
            let mut ts = b - 1;
            while ts > a && self.tok(ts - 1).cap && self.tok(ts - 1).is_title() {
                ts -= 1;
            }
            // `the Senate Majority Leader`: the chamber, and no one named.
            let mut chamber = ts;
            while chamber > a
                && self.tok(chamber - 1).cap
                && self.tok(chamber - 1).class & TITLE_MOD != 0
                && !self.chamber_in_title(chamber, b)
            {
                chamber -= 1;
            }
            if self.chamber_in_title(chamber, b) {
                let pb = self.trim_end(a, chamber);
                if pb > a {
                    self.classify(a, pb, initial);
                }
                self.push(chamber, chamber + 1, EntityKind::Organization, true);
                return;
            }
            let qualified = ts > a
                && (self.tok(ts - 1).class & (PLACE_HEAD | ORG_HEAD) != 0
                    || self.is_known_place_at(a, ts));
            if qualified {
                let pb = self.trim_end(a, ts);
                if pb > a {
                    self.classify(a, pb, initial);
                }
                return;
            }
        }
        // 4. Connectors (of, and, for): one name only around a head word.
        // `X of Y Holdings`, with the head word only after the `of` and none
        // before it, is two names: Ann Roy of Smith & Jones LLP, Shares of
        // Acme Holdings.
        if let Some(of) = (a..b).find(|&k| self.tok(k).lower() == "of" && !self.tok(k).cap) {
            let head_before = (a..of).any(|k| self.tok(k).class & (ORG_HEAD | PLACE_HEAD) != 0);
            // The last word: a kept abbreviation dot (Corp., Inc.) may follow it.
            let last_word = (of..b).rev().find(|&k| self.tok(k).kind == TokenKind::Word);
            let last = self.tok(last_word.unwrap_or(b - 1));
            // `the Roosevelt Room of the White House`: a place within a
            // known place after `of the` is named apart from it.
            let part_of_place = of > a
                && of + 2 < b
                && self.tok(of - 1).class & PLACE_HEAD != 0
                && self.tok(of + 1).lower() == "the"
                && self.is_known_place_at(of + 2, b);
            if part_of_place
                || (of > a && !head_before && last.cap && last.class & (ORG_HEAD | PLACE_HEAD) != 0)
            {
                self.classify_either_side(a, of, b, initial);
                return;
            }
        }
        if b - a == 3 && self.tok(a + 1).text() == "&" {
            if self.is_place_pair(a, a + 2) {
                self.push(a, b, EntityKind::Place, true);
                return;
            }
            if self.is_firm_pair(a, a + 2) {
                let start = self.firm_partners_before(a);
                self.push(start, b, EntityKind::Organization, true);
                return;
            }
        }
        // `the top Republican on the Armed Services Committee`: a party or
        // nation word is no part of the body after its connector.
        let connector_next = self.words.get(a + 1).is_some_and(|n| {
            !n.cap && n.kind == TokenKind::Word && matches!(n.lower(), "on" | "of" | "for")
        });
        if self.tok(a).class & GROUP != 0 && connector_next {
            self.push(a, a + 1, EntityKind::Group, true);
            let r = self.skip_connectors(a + 1, b);
            if r < b {
                self.classify(r, b, false);
            }
            return;
        }
        // `the Sierra Vista Apartments on Olive Avenue`: a name of its own
        // (a head word, or two words) before `on` and a headed name after it
        // are two names; `Commission on Presidential Debates` has no head
        // after, `Southend on Sea` one word before.
        let headed = |k: usize| self.tok(k).class & (ORG_HEAD | PLACE_HEAD) != 0;
        if let Some(on) = (a + 1..b).find(|&k| self.tok(k).text() == "on") {
            if (headed(on - 1) || on - a >= 2) && headed(b - 1) && b - 1 > on {
                self.classify_either_side(a, on, b, initial);
                return;
            }
        }
        if (a..b).any(|k| is_connector(self.tok(k).lower()) && !self.tok(k).cap) {
            let list_and = self.list_and(a, b);
            match (self.head_kind(a, b), list_and) {
                (Some(kind), None) => {
                    let a = self.skip_leading_article(a, b);
                    self.push(a, b, kind, true);
                }
                // `the Bank of England and the Chamber of Commerce`: two
                // names, each asked about whole (cut at every connector,
                // `Bank` and `Chamber` would lose their `of`).
                (Some(_), Some(k)) => self.classify_either_side(a, k, b, initial),
                _ => {
                    let parts = split_at(a, b, |k| {
                        let t = self.tok(k);
                        // `X & Y` in a longer run stays one part: a firm.
                        let firm = t.text() == "&"
                            && k > a
                            && k + 1 < b
                            && self.is_firm_pair(k - 1, k + 1);
                        is_connector(t.lower()) && !t.cap && !firm
                    });
                    if parts == [(a, b)] {
                        // Only a firm's `&` joins it: A.G. Edwards & Sons.
                        self.push(a, b, EntityKind::Organization, true);
                        return;
                    }
                    // The first part is a name of its own; the rest is
                    // asked about again as a whole, where its own head word
                    // may join it (`Ann Roy of the University of Leeds`).
                    let mut parts = parts.into_iter();
                    if let Some((x, y)) = parts.next() {
                        let y = self.trim_end(x, y);
                        if x < y {
                            self.classify(x, y, initial);
                        }
                    }
                    if let Some((x, _)) = parts.next() {
                        let y = self.trim_end(x, b);
                        if x < y {
                            self.classify(x, y, false);
                        }
                    }
                }
            }
            return;
        }
        // 5. Nationality, religion or party words in front (Turkish Foreign
        // Ministry → Foreign Ministry), unless they are part of the name
        // (Czech Republic, European Commission, Northern Ireland).
        let mut a = a;
        while a + 1 < b && self.tok(a).class & GROUP != 0 && self.tok(a).cap {
            if self.tok(a + 1).class & (ORG_HEAD | PLACE_HEAD) != 0 {
                break;
            }
            // A continent's or region's adjective is part of the name of
            // its institutions (European Investment Bank, African
            // Development Bank); a nation's is not (Turkish Foreign Ministry).
            // So are `Federal`, `Royal` and `Allied` (Federal Emergency
            // Management Agency, Royal College of Nursing).
            let of_institutions = is_regional(self.tok(a).lower())
                || matches!(self.tok(a).lower(), "federal" | "royal" | "allied");
            if of_institutions && self.head_kind(a, b) == Some(EntityKind::Organization) {
                break;
            }
            // A nation's named bodies keep its adjective (American Heart
            // Association, British Broadcasting Corporation); its state's
            // organs do not (Turkish Foreign Ministry).
            if self.head_kind(a, b) == Some(EntityKind::Organization)
                && !self.state_organ_heads(a, b)
                && !is_known_place(&self.lower_of(a + 1, b))
            {
                break;
            }
            if self.tok(a).class & COMPASS != 0 && is_known_place(&self.lower_of(a + 1, b)) {
                break;
            }
            // `Liberal Democratic Party`, `Social Democratic Party`: party
            // words one after another are the name of the party they head.
            if self.tok(a + 1).class & GROUP != 0
                && self.head_kind(a, b) == Some(EntityKind::Organization)
            {
                break;
            }
            self.push(a, a + 1, EntityKind::Group, true);
            a += 1;
            while a < b && self.tok(a).kind != TokenKind::Word {
                a += 1;
            }
            if a < b && self.tok(a).class & GROUP == 0 {
                // Classify the rest; an organization there is that
                // nation's (Turkish Foreign Ministry).
                let qualifier = self.tok(a - 1).span();
                let before = self.out.len();
                self.classify(a, b, false);
                let start = self.tok(a).span().start;
                for m in &mut self.out[before..] {
                    if m.kind == Some(EntityKind::Organization) && m.span.start == start {
                        m.qualifier = Some(qualifier);
                    }
                }
                return;
            }
        }
        if a >= b {
            return;
        }
        let lower = self.lower_of(a, b);
        if let Some(m) = self.known(a, b, &lower) {
            self.push_known(m, a, b);
            return;
        }
        // 6. Hyphenated runs of known names: Russia-U.S.
        if (a..b).any(|k| self.tok(k).text() == "-") {
            let parts = split_at(a, b, |k| self.tok(k).text() == "-");
            let all_known = parts.iter().all(|&(x, y)| {
                let l = self.lower_of(x, y);
                self.known(x, y, &l).is_some()
            });
            if all_known {
                for (x, y) in parts {
                    let l = self.lower_of(x, y);
                    if let Some(m) = self.known(x, y, &l) {
                        self.out.push(m);
                    }
                }
                return;
            }
        }
        // 7. Head words: Foreign Ministry, Independence Square, Mount Everest.
        if n_words >= 2 || b - a >= 2 {
            if let Some(kind) = self.head_kind(a, b) {
                if kind == EntityKind::Place && self.said_by_named(a, b) {
                    self.person(a, b);
                    return;
                }
                // `Notts County 0 York 1`, `Bristol City v Luton`: a club
                // named after its town plays.
                let club_head = matches!(self.tok(b - 1).lower(), "city" | "town" | "county");
                if kind == EntityKind::Place && club_head && self.team_context(a, b) {
                    self.push(a, b, EntityKind::Organization, true);
                    return;
                }
                self.push(a, b, kind, true);
                return;
            }
        }
        // East African, South Korean: a regional nationality word, a group.
        if b - a == 2
            && self.tok(a).class & COMPASS != 0
            && self.tok(a + 1).class & GROUP != 0
            && !self.tok(a + 1).caps
        {
            self.push(a, b, EntityKind::Group, true);
            return;
        }
        // Senate Democrats, Iowa Republicans: a party's members in a body
        // or a place, the body or place named on its own.
        // Gulf Arab states: a group adjective before a plain noun, not the
        // end of a person's name (John English said).
        let last = self.tok(b - 1);
        // Only after ordinary words, places and bodies (Three, Gulf,
        // Senate), not inside a name (Prensa Latina, Franco-German).
        let adjective = b - a >= 2
            && self
                .words
                .get(b)
                .is_some_and(|n| n.kind == TokenKind::Word && !n.cap && n.class & CUE == 0)
            && !self.tok(a).has_class(FIRST_NAME)
            && self.tok(b - 2).kind == TokenKind::Word
            && (a..b - 1).all(|k| {
                let t = self.tok(k);
                t.kind != TokenKind::Word
                    || t.has_class(COMMON_WORD)
                    || t.class & (PLACE | COUNTRY | ORG_HEAD) != 0
            });
        let members = last.lower().ends_with('s');
        if b - a >= 2 && last.class & GROUP != 0 && last.cap && (members || adjective) {
            let rest = self.trim_end(a, b - 1);
            if rest > a {
                self.classify(a, rest, initial);
            }
            self.push(b - 1, b, EntityKind::Group, true);
            return;
        }
        // 8. Person by its shape or its context.
        let words = b - a;
        let first = self.tok(a);
        let prev_role = self.prev_is_role(a);
        if words >= 2 {
            let shaped = first.has_class(FIRST_NAME)
                || (a..b).any(|k| {
                    let t = self.tok(k);
                    (t.kind == TokenKind::Punct && t.text() == ".")
                        || t.class & PARTICLE != 0 && !t.cap
                        || (t.class & NAME_SUFFIX != 0 && k > a)
                        || t.text().contains('.') && t.caps
                });
            let last = self.tok(b - 1);
            // `the Emilia-Romagna region`: a place, whatever its words.
            let place_noun_next = self
                .words
                .get(b)
                .is_some_and(|n| n.kind == TokenKind::Word && !n.cap && n.class & PLACE_NOUN != 0);
            // `the disputed Nagorno-Karabakh region`: one plain word may
            // stand between.
            let after_the = |k: usize| k > 0 && self.tok(k - 1).lower() == "the";
            let the_before = after_the(a)
                || (a > 1 && {
                    let p = self.tok(a - 1);
                    p.kind == TokenKind::Word && !p.cap && after_the(a - 1)
                });
            // `whose Ryeford South constituency`: a possessive determiner
            // as well.
            let owned = a > 0
                && matches!(
                    self.tok(a - 1).text(),
                    "whose" | "his" | "her" | "its" | "their" | "our" | "my"
                );
            // `the town of Urus-Martan`, `the mayor of Lugo`.
            if (place_noun_next && (the_before || owned)) || self.place_of_before(a) {
                self.push(a, b, EntityKind::Place, false);
                return;
            }
            if shaped || prev_role || last.kind == TokenKind::Word {
                // Sentence-initial words that are ordinary words are not part
                // of the name (Speaking Putin …, Librarian Ann Roy) — drop them.
                // `Chipmaker Veltrix to cut jobs`: what the company is,
                // capitalized by the sentence, then its name.
                // `Carmakers Volkswagen and BMW`: the plural too.
                let org_noun = first.class & ORG_NOUN != 0
                    || first
                        .lower()
                        .strip_suffix('s')
                        .is_some_and(|one| lexicon::classes(one) & ORG_NOUN != 0);
                if initial && org_noun && !self.tok(a + 1).has_class(FIRST_NAME) {
                    let na = self.skip_nonword(a + 1, b);
                    if na < b {
                        self.push(na, b, EntityKind::Organization, false);
                    }
                    return;
                }
                if initial
                    && !first.has_class(FIRST_NAME)
                    && first.class & PARTICLE == 0
                    && (self.seen_lowercase(first)
                        || first.lower().ends_with("ing")
                        || first.lower().ends_with("ly")
                        || self.role_before_full_name(a, b))
                {
                    let na = a + 1;
                    let nb = self.trim_end(na, b);
                    if na < nb {
                        self.classify(na, nb, false);
                    }
                    return;
                }
                // Virginia AFL-CIO, Texas NAACP: no one's surname is an
                // acronym in capitals, bar a regnal number (Leo XIV); D.C.
                // and S.A. are abbreviations.
                let acronym_last = last.caps
                    && !first.caps
                    && last.text().len() >= 3
                    && !last.text().contains('.')
                    && last.class & NAME_SUFFIX == 0
                    && !last.text().bytes().all(|c| b"IVXLCDM".contains(&c));
                if acronym_last && !prev_role {
                    self.push(a, b, EntityKind::Organization, false);
                    return;
                }
                // `analysts at Morgan Stanley`: even a first name's shape.
                // `the Cleveland Indians`: a team named for its city, even
                // where the city's name is a first name too.
                let city_team = b - a >= 2
                    && a > 0
                    && self.tok(a - 1).lower() == "the"
                    && self.is_known_place_at(a, a + 1)
                    && self.team_context(a, b);
                let employer =
                    !prev_role && (self.staff_at(a) || self.described_as_org(a) || city_team);
                // `France Inter radio`: a country's name is a first name's
                // shape only without an organization's context.
                let person_shaped = shaped && !gazetteer::is_country(first.lower());
                if employer
                    || !person_shaped
                        && !prev_role
                        && (self.team_context(a, b) || self.org_context(a, b))
                {
                    self.push(a, b, EntityKind::Organization, false);
                    return;
                }
                // `beat Houston Dynamo`, `Seattle Sounders coach`: a town's
                // name and a word no one is named, in sports copy: a club.
                let club_of_town = b - a == 2
                    && !prev_role
                    && self.is_known_place_at(a, a + 1)
                    && !last.has_class(SURNAME)
                    && !last.has_class(FIRST_NAME)
                    && self.team_context_with(a, b, false);
                if club_of_town {
                    self.push(a, b, EntityKind::Organization, false);
                    return;
                }
                if let Some(kind) = self.named_by_noun_after(b).filter(|_| !prev_role) {
                    self.push(a, b, kind, false);
                    return;
                }
                let all_common = (a..b).all(|k| {
                    let t = self.tok(k);
                    t.kind != TokenKind::Word || t.has_class(COMMON_WORD)
                });
                // `Tiger Woods`, where `Woods said` elsewhere: a name.
                let last_speaks =
                    b - a == 2 && self.tok(a + 1).word().is_some_and(|w| self.before_cue[w]);
                // `in Woods Hole, Massachusetts`: words named as a town
                // before its state.
                if !shaped && !prev_role && !initial && self.town_before_region(b) {
                    self.push(a, b, EntityKind::Place, true);
                    return;
                }
                // `the International Red Cross`: a known organization's
                // name after a word that qualifies it.
                if (a + 1..b - 1).any(|k| self.is_known_org_at(k, b)) {
                    self.push(a, b, EntityKind::Organization, true);
                    return;
                }
                if all_common && !shaped && !prev_role && !last_speaks {
                    return;
                }
                if !shaped && !prev_role && self.place_then_common(a, b) {
                    self.push(a, b, EntityKind::Organization, false);
                    return;
                }
                let all_caps_run =
                    (a..b).all(|k| self.tok(k).caps || self.tok(k).kind != TokenKind::Word);
                if all_caps_run && !shaped {
                    self.push(a, b, EntityKind::Organization, false);
                    return;
                }
                // An acronym before a capitalized word modifies it (`the OSCE
                // Chechnya mission`, `CNN Moneyline`): two names, no person
                // with an acronym for a first name.
                let acronym = first.caps && first.text().len() >= 3 && !first.text().contains('.');
                let second = self.tok(a + 1);
                if acronym && !shaped && !prev_role && second.cap && !second.caps {
                    self.classify(a, a + 1, initial);
                    self.classify(a + 1, b, false);
                    return;
                }
                // `WR Trey Okoro`, `LB Ann Roy`: a short abbreviation (a
                // position, a rank) before a first name and a surname.
                let abbreviation = first.caps
                    && first.text().len() <= 3
                    && !first.text().contains('.')
                    && !first.has_class(FIRST_NAME);
                if abbreviation && b - a >= 3 && second.has_class(FIRST_NAME) && !second.caps {
                    self.classify(a + 1, b, false);
                    return;
                }
                // People's names take no article: `the Florida Panhandle`,
                // `the Dow Jones` name a place or an organization.
                let after_the = a > 0 && self.tok(a - 1).lower() == "the";
                // A person's last word is a surname; an ordinary word
                // there that no surname list holds closes an
                // organization's name (`Fox Business`, `Daily Mail`).
                let common_last = last.has_class(COMMON_WORD) && !last.has_class(SURNAME);
                if (after_the || common_last) && !shaped && !prev_role && !last_speaks {
                    self.push(a, b, EntityKind::Organization, false);
                    return;
                }
                // `told reporters in Les Pennes-Mirabeau`: after `in` or
                // `near`, a name with no person's shape is where.
                let in_place = a > 0 && {
                    let p = self.tok(a - 1);
                    !p.cap && matches!(p.lower(), "in" | "near" | "outside")
                };
                if in_place && !shaped && !prev_role && !last_speaks {
                    self.push(a, b, EntityKind::Place, false);
                    return;
                }
                self.person_with_strength(a, b, shaped || prev_role);
                return;
            }
        }
        // 9. One word.
        self.single(a, b, initial, prev_role);
    }

    /// Whether tokens `a..b` name an event: an event word closes the name
    /// (`Hong Kong Open`) or opens a `de`/`of` one (`Tour de France`).
    /// Where a holiday ending tokens `a..b` starts: `Labor Day`, `Mother's
    /// Day`, `New Year's Day` (a word, its possessive, one more word in
    /// front when it is a common one), not `Doris Day`, whose first name
    /// says it is a person.
    fn holiday_start(&self, a: usize, b: usize) -> Option<usize> {
        if b < a + 2 || self.tok(b - 1).lower() != "day" {
            return None;
        }
        let mut h = b - 2;
        if self.tok(h).kind == TokenKind::Possessive {
            h = h.checked_sub(1).filter(|&h| h >= a)?;
        }
        let word = self.tok(h);
        if word.kind != TokenKind::Word || !word.cap || word.has_class(FIRST_NAME) {
            return None;
        }
        let common_before = h > a && {
            let t = self.tok(h - 1);
            t.kind == TokenKind::Word && t.cap && t.has_class(COMMON_WORD)
        };
        Some(if common_before && h + 2 < b { h - 1 } else { h })
    }

    fn event_name(&self, a: usize, b: usize) -> bool {
        let last = (a..b).rev().find(|&k| self.tok(k).kind == TokenKind::Word);
        let closes = last.is_some_and(|k| self.tok(k).class & EVENT_HEAD != 0);
        let opens = b - a >= 3
            && self.tok(a).class & EVENT_HEAD != 0
            && matches!(self.tok(a + 1).lower(), "de" | "of");
        closes || opens
    }

    fn single(&mut self, a: usize, b: usize, initial: bool, prev_role: bool) {
        let t = self.tok(a);
        if t.class & (GROUP) != 0 {
            // `crossed the Atlantic.`, `in the Caribbean and …`: the sea or
            // region itself, not the adjective (`the Baltic states`).
            let alone = self.words.get(b).map_or(true, |n| {
                n.kind != TokenKind::Word || n.class & FUNCTION != 0
            });
            let sea = matches!(
                t.lower(),
                "atlantic" | "pacific" | "mediterranean" | "caribbean" | "baltic"
            ) && a > 0
                && self.tok(a - 1).text() == "the"
                && alone;
            // `a writer for The Atlantic`: a capital `The` inside a
            // sentence is part of a title.
            let titled =
                alone && a > 0 && self.tok(a - 1).text() == "The" && self.cur_first != Some(a - 1);
            let kind = if sea {
                EntityKind::Place
            } else if titled {
                EntityKind::Organization
            } else {
                EntityKind::Group
            };
            self.push(a, b, kind, true);
            return;
        }
        // `the House`, `the Legislature`, capitalized after its article:
        // the chamber (`the House of Lords` is named whole, or not at all).
        // `the Republican-controlled Legislature`: a compound between.
        let compound_after_the = a >= 4
            && !self.tok(a - 1).cap
            && self.tok(a - 2).text() == "-"
            && self.tok(a - 4).lower() == "the";
        if matches!(t.lower(), "house" | "legislature" | "assembly")
            && !t.caps
            && a > 0
            && (self.tok(a - 1).lower() == "the" || compound_after_the)
            && !self.words.get(b).is_some_and(|n| n.lower() == "of")
        {
            self.push(a, b, EntityKind::Organization, true);
            return;
        }
        if t.class & (DAY | MONTH) != 0
            && !t.caps
            && !(a + 2 < b && self.is_leading_name_syllable(a + 2))
        {
            return;
        }
        if t.is_title() || (t.class & FUNCTION != 0 && !t.caps) {
            return;
        }
        // `took over as CEO`, `AI tools`: a job or a thing, written as an
        // acronym.
        if lexicon::is_common_acronym(t.lower()) {
            return;
        }
        // `Parkinson's disease`, `Tourette's syndrome`: a disease named for
        // someone is no mention of them.
        let eponym = self
            .words
            .get(b)
            .is_some_and(|p| p.kind == TokenKind::Possessive)
            && self
                .words
                .get(b + 1)
                .is_some_and(|n| matches!(n.lower(), "disease" | "syndrome"));
        if eponym {
            return;
        }
        // `the Bundesbank`, `Rabobank`: a bank by its name's ending.
        if t.lower()
            .strip_suffix("bank")
            .is_some_and(|stem| stem.len() >= MIN_BANK_STEM && !t.has_class(SURNAME))
        {
            self.push(a, b, EntityKind::Organization, true);
            return;
        }
        // `between Mobile, Alabama, and …`: a town before its state or
        // country, set off by commas, is a place, even an ordinary word.
        if !initial && !t.caps && self.town_before_region(b) {
            self.push(a, b, EntityKind::Place, true);
            return;
        }
        let next = self.words.get(b);
        let next_word = next.filter(|n| n.kind == TokenKind::Word);
        let next_cue = next_word.is_some_and(|n| n.class & CUE != 0 && !n.cap);
        let surname = t.has_class(SURNAME);
        let common = t.has_class(COMMON_WORD);
        if t.caps && common && t.text().len() >= 3 {
            // NOTE, CAPS: an ordinary word in capitals.
            return;
        }
        if initial {
            let inside = t.word().is_some_and(|w| self.capitalized_inside[w]);
            let lowered = self.seen_lowercase(t);
            // `Rescue workers evacuate …`: an ordinary word opening the
            // sentence, before a noun that would follow a company (a team
            // in sports copy may be one: Reading, Bury).
            let context = (!common && self.org_context(a, b)) || self.team_context(a, b);
            // `Abdoulaye, 27, a tailor`: an age after the name.
            let aged = !common && self.age_follows(b);
            if lowered || !(inside || (next_cue && surname) || t.caps || context || aged) {
                // Might still be a person's surname seen in full elsewhere;
                // the grouping pass decides.
                let mut m = Mention::new(self.span(a, b), EntityKind::Person, false);
                m.kind = None;
                m.hint = Hint::None;
                m.strong = false;
                m.canonical = Some(INITIAL_ONLY);
                self.out.push(m);
                return;
            }
        }
        // `Redmoor manager Pieter van der Laan`: the team (or firm) of a
        // named player, coach or manager, for sure.
        let position_of_named = next_word.is_some_and(|n| !n.cap && is_sport_position(n.lower()))
            && self
                .words
                .get(b + 1)
                .is_some_and(|n| n.cap && n.kind == TokenKind::Word);
        if position_of_named && !prev_role {
            self.push(a, b, EntityKind::Organization, true);
            return;
        }
        let team = self.team_context(a, b) || self.org_context(a, b);
        // `The Treasury said`: a head word alone is the organization the
        // text means, never a person.
        let head_alone = t.class & ORG_HEAD != 0 && !t.has_class(SURNAME | FIRST_NAME);
        let hint = if team {
            Hint::Organization
        } else if prev_role {
            Hint::Person
        } else if (t.caps && (t.text().len() < EMPHASIS_MIN_LEN + 1 || t.text().contains('.')))
            || next_word.is_some_and(|n| !n.cap && n.class & ORG_NOUN != 0)
        {
            Hint::Organization
        } else if next_word.is_some_and(|n| !n.cap && n.class & PLACE_NOUN != 0)
            || self.planned_trip(a)
        {
            Hint::Place
        } else if self.age_follows(b) {
            Hint::Person
        } else if self.seat_of_legislator(a) {
            Hint::Place
        } else if self.after_place_preposition(a)
            && !matches!(self.tok(a - 1).lower(), "from" | "to")
        {
            // `officials in Tehran said`, `an entomologist at Tartu who led
            // the work`: the verb after the place is the speaker's before it.
            Hint::Place
        } else if next_cue && head_alone {
            Hint::Organization
        } else if next_cue {
            Hint::Person
        } else if self.after_place_preposition(a) || self.place_of_before(a) {
            Hint::Place
        } else if self.owns_company_things(b) {
            Hint::Organization
        } else if self.second_of_two_places(a) {
            Hint::Place
        } else if surname {
            Hint::Person
        } else {
            self.listed_hint(a, b)
        };
        let mut m = Mention::new(self.span(a, b), EntityKind::Person, false);
        m.kind = None;
        m.hint = hint;
        if common && !matches!(hint, Hint::Organization) && !prev_role {
            // An ordinary word capitalized: a name only if the document
            // says so elsewhere.
            m.canonical = Some(INITIAL_ONLY);
        }
        self.out.push(m);
    }

    /// Whether the tokens from `b` are a possessive and what only a company
    /// has (`Acme’s shares`, `Acme’s chief executive`): people and places
    /// have spokesmen and chiefs of staff, not shareholders.
    fn owns_company_things(&self, b: usize) -> bool {
        if !self
            .words
            .get(b)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            return false;
        }
        let lower = |k: usize| self.words.get(k).map_or("", |t| t.lower());
        match lower(b + 1) {
            "chief" => matches!(lower(b + 2), "executive" | "financial" | "operating"),
            owned => matches!(
                owned,
                "shares"
                    | "stock"
                    | "shareholders"
                    | "stockholders"
                    | "ceo"
                    | "cfo"
                    | "subsidiary"
                    | "subsidiaries"
                    | "headquarters"
                    | "revenue"
                    | "revenues"
                    | "earnings"
                    | "profit"
                    | "profits"
                    | "chairman"
                    | "founder"
                    | "co-founder"
                    | "board"
                    | "customers"
                    | "products"
                    | "app"
                    | "platform"
            ),
        }
    }

    /// Whether the tokens from `b` are `, Region,` (or `.`): a comma, a
    /// known place of one or two words, then a comma or a period.
    fn town_before_region(&self, b: usize) -> bool {
        if !self.words.get(b).is_some_and(|c| c.text() == ",") {
            return false;
        }
        (b + 2..=b + 3).any(|e| {
            let closed = self
                .words
                .get(e)
                .is_some_and(|t| matches!(t.text(), "," | "."));
            closed
                && (b + 1..e).all(|k| self.words.get(k).is_some_and(|t| t.cap))
                && is_known_place(&self.lower_of(b + 1, e))
        })
    }

    /// `Librarian Ann Roy said`, `Defender Ann Roy scored`: at a sentence's
    /// start, an ordinary noun before a first name and a surname is the
    /// person's role, capitalized only by its place, like a title. A word
    /// that is also a surname (Baker, Young) may be the name's own, and
    /// one that opens place names (Fort William) or qualifies them (North
    /// Carolina) stays.
    ///
    /// A word shaped like an occupation (`Meteorologist Ann Roy`) needs no
    /// known first name after it, only a capitalized pair.
    fn role_before_full_name(&self, a: usize, b: usize) -> bool {
        let role = self.tok(a);
        let first_name = self.tok(a + 1);
        let occupation = names_occupation(role.lower()) && !role.has_class(FIRST_NAME);
        b - a >= 3
            && !role.caps
            && (role.class & ROLE != 0 || role.has_class(COMMON_WORD) || occupation)
            && !role.has_class(SURNAME)
            && role.class & (PLACE_PREFIX | COMPASS | GROUP | TITLE_MOD) == 0
            && first_name.kind == TokenKind::Word
            && first_name.cap
            && !first_name.caps
            && (first_name.has_class(FIRST_NAME) || occupation)
    }

    /// `Tanaka & Rowe`, `Smith & Wesson`, `Marks & Spencer`: two names
    /// joined by an ampersand are a firm's. Not two first names (Harry &
    /// Meghan are two people), places (Trinidad & Tobago), nationality
    /// words, or two ordinary words (Arts & Crafts, Health & Safety).
    fn is_firm_pair(&self, x: usize, y: usize) -> bool {
        let (l, r) = (self.tok(x), self.tok(y));
        let name_word = |t: Tok<'_, '_>| {
            t.kind == TokenKind::Word
                && t.cap
                && t.class & (PLACE | COUNTRY | GROUP | PLACE_ALIAS | KNOWN_ORG) == 0
        };
        // A plural counts as its singular: crafts, acquisitions.
        let ordinary = |t: Tok<'_, '_>| {
            t.has_class(COMMON_WORD)
                || t.lower()
                    .strip_suffix('s')
                    .is_some_and(|singular| lexicon::classes(singular) & COMMON_WORD != 0)
        };
        // A town's name may be a partner's too (`Douglas & Lomason`), when
        // the other word is no place.
        let partner = |t: Tok<'_, '_>| {
            t.kind == TokenKind::Word
                && t.cap
                && t.class & (COUNTRY | GROUP | PLACE_ALIAS | KNOWN_ORG) == 0
        };
        (name_word(l) && partner(r) || partner(l) && name_word(r))
            && !(l.has_class(FIRST_NAME) && r.has_class(FIRST_NAME))
            && !(ordinary(l) && ordinary(r))
            && !self.is_place_pair(x, y)
    }

    /// `Trinidad & Tobago`: a place whose name joins two words with `and`.
    fn is_place_pair(&self, x: usize, y: usize) -> bool {
        let (l, r) = (self.tok(x), self.tok(y));
        l.cap && r.cap && is_known_place(&format!("{} and {}", l.lower(), r.lower()))
    }

    /// `Bodman, Longely & Dahling`: the partners listed before a firm's
    /// `X & Y`, one name word each, comma-separated. Returns the first
    /// one's token (`a` when none). The words were read as names of their
    /// own; the longer firm mention at the same start wins over them.
    fn firm_partners_before(&self, a: usize) -> usize {
        let mut start = a;
        let lone_name = |k: usize| {
            let t = self.tok(k);
            t.kind == TokenKind::Word
                && t.cap
                && t.class & (PLACE | COUNTRY | GROUP | PLACE_ALIAS | KNOWN_ORG | FUNCTION) == 0
                && !self.used[k]
                && Some(k) != self.cur_first
                && (k == 0 || {
                    let p = self.tok(k - 1);
                    !(p.kind == TokenKind::Word && p.cap)
                })
        };
        while start >= 2
            && a - start < 2 * MAX_FIRM_PARTNERS
            && self.tok(start - 1).text() == ","
            && lone_name(start - 2)
        {
            start -= 2;
        }
        start
    }

    /// A known place followed only by ordinary capitalized words (Portland
    /// Fog, Salt Lake Comets, Denver Post): a team or a company named after
    /// its city, never a person.
    fn place_then_common(&self, a: usize, b: usize) -> bool {
        if self.tok(a).has_class(FIRST_NAME) {
            return false;
        }
        (a + 1..b.min(a + 1 + MAX_PLACE_PREFIX_WORDS)).any(|k| {
            let place = self.lower_of(a, k);
            gazetteer::is_place(&place)
                && (k..b).all(|x| {
                    let t = self.tok(x);
                    t.kind == TokenKind::Word && t.cap && t.has_class(COMMON_WORD)
                })
        })
    }

    /// `telecoms group X`, `Belgian club X`, `X spokesman`, `X shares`:
    /// the name is an organization's. `said` alone says nothing, so it
    /// counts only after a name already guessed to be an organization.
    fn org_context(&self, a: usize, b: usize) -> bool {
        let prev = a.checked_sub(1).map(|k| self.tok(k));
        let next = self.words.get(b);
        let prev_org =
            prev.is_some_and(|p| p.kind == TokenKind::Word && !p.cap && p.class & ORG_NOUN != 0);

        let next_org = next.is_some_and(|n| {
            n.kind == TokenKind::Word
                && !n.cap
                && n.class & (ORG_NOUN | ORG_FOLLOW) != 0
                && !matches!(n.lower(), "said" | "reported" | "president" | "chief")
        });
        prev_org
            || next_org
            || self.staff_at(a)
            || self.company_of(a)
            || self.described_as_org(a)
            || self.org_apposition(b)
    }

    /// The kind a lowercase noun right after tokens `..b` gives the name
    /// before it, whatever its shape: `Le Matin newspaper`, `Tanjung Priok
    /// port`. (Not `campaign` or `family`: the Biden campaign is a
    /// person's.)
    fn named_by_noun_after(&self, b: usize) -> Option<EntityKind> {
        let next = self.words.get(b)?;
        if next.kind != TokenKind::Word || next.cap {
            return None;
        }
        match next.text() {
            "newspaper" | "daily" | "tabloid" | "magazine" | "broadcaster" => {
                Some(EntityKind::Organization)
            }
            "port" | "airport" | "river" | "province" | "district" => Some(EntityKind::Place),
            _ => None,
        }
    }

    /// Whether a hyphen and a number follow token `k` with no space
    /// between them (`KS-19`).
    fn model_number_follows(&self, k: usize) -> bool {
        let joined = |n: usize| self.words.get(n).filter(|t| !t.gap_before);
        joined(k + 1).is_some_and(|t| t.text() == "-")
            && joined(k + 2).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// `Boston-based Reagan Communications`, `state-owned Gazprom`,
    /// `Nasdaq-listed Acme`: what is based, owned or listed somewhere is an
    /// organization, even with a person's name.
    fn described_as_org(&self, a: usize) -> bool {
        a >= 2 && {
            let p = self.tok(a - 1);
            matches!(p.text(), "based" | "owned" | "listed")
                && !p.gap_before
                && self.tok(a - 2).text() == "-"
        }
    }

    /// `Unison, the public sector union,`: an apposition after the name
    /// whose head noun is an organization's.
    fn org_apposition(&self, b: usize) -> bool {
        let word = |k: usize| self.words.get(k).filter(|t| t.kind == TokenKind::Word);
        if !self.words.get(b).is_some_and(|t| t.text() == ",")
            || !word(b + 1).is_some_and(|t| matches!(t.text(), "the" | "a" | "an"))
        {
            return false;
        }
        let mut k = b + 2;
        // `the transport workers' union`: a possessive may stand between;
        // `a Danish shipping firm`: a nationality.
        let inside = |k: usize| {
            word(k).is_some_and(|t| !t.cap || t.class & GROUP != 0)
                || self.words.get(k).is_some_and(|t| {
                    t.kind == TokenKind::Possessive || matches!(t.text(), "'" | "’")
                })
        };
        while k < b + 2 + MAX_APPOSITION_WORDS && inside(k) {
            k += 1;
            // The noun phrase ends at a punctuation mark or where a clause
            // or phrase about it begins (`a trade group whose members …`,
            // `a union representing nurses`).
            let ends = self.words.get(k).is_some_and(|t| {
                matches!(
                    t.text(),
                    "," | "."
                        | ";"
                        | "whose"
                        | "that"
                        | "which"
                        | "representing"
                        | "based"
                        | "to"
                        | "in"
                        | "with"
                )
            });
            if ends && self.tok(k - 1).class & ORG_NOUN != 0 {
                return true;
            }
        }
        false
    }

    /// `Google, Samsung and Microsoft`: a name inside a list (a comma
    /// before it and a comma or `and` after, or `and` after a comma-listed
    /// name) is of the kind of the name listed just before it.
    fn listed_hint(&self, a: usize, b: usize) -> Hint {
        let text_at = |k: usize| self.words.get(k).map(|t| t.text());
        let is_and = |k: usize| matches!(text_at(k), Some("and" | "or"));
        let middle =
            text_at(a.wrapping_sub(1)) == Some(",") && (text_at(b) == Some(",") || is_and(b));
        let last = a >= 1 && is_and(a - 1);
        if a < 2 || !(middle || last) {
            return Hint::None;
        }
        let Some((hint, first)) = self.name_before_conjunction(a) else {
            return Hint::None;
        };
        // The last name of a list follows a comma-listed one: `X, Y and Z`.
        if last && !middle && (first == 0 || text_at(first - 1) != Some(",")) {
            return Hint::None;
        }
        hint
    }

    /// The name found last, when it ends right before the conjunction or
    /// comma at `a - 1`: its kind as a hint (a name whose kind is still open
    /// lends its own hint) and its first token.
    fn name_before_conjunction(&self, a: usize) -> Option<(Hint, usize)> {
        let before_end = self.tok(a.checked_sub(2)?).span().end;
        let m = self.out.last().filter(|m| m.span.end == before_end)?;
        let mut first = a - 2;
        while first > 0 && self.tok(first - 1).span().start >= m.span.start {
            first -= 1;
        }
        let hint = match m.kind {
            Some(EntityKind::Organization) => Hint::Organization,
            Some(EntityKind::Place) => Hint::Place,
            Some(EntityKind::Person) => Hint::Person,
            Some(_) => Hint::None,
            None => m.hint,
        };
        Some((hint, first))
    }

    /// Whether the word at `a` follows `and` after a place that a place's
    /// preposition opens (`at Margate and Ashford`, `MP for Folkestone and
    /// Hythe`): the second of two places, even where a surname is spelled
    /// alike.
    fn second_of_two_places(&self, a: usize) -> bool {
        if a < 3 || self.tok(a - 1).lower() != "and" {
            return false;
        }
        let Some((Hint::Place, first)) = self.name_before_conjunction(a) else {
            return false;
        };
        // Not `from` or `to`: `independence from Portugal and Pedro I`.
        let preposition = self.after_place_preposition(first)
            && !matches!(self.tok(first - 1).lower(), "from" | "to");
        preposition || self.seat_of_legislator(first)
    }

    /// `chief executive officer of X`, `shareholders of X`: a company's
    /// officers and owners make the name after `of` the company.
    fn company_of(&self, a: usize) -> bool {
        a >= 2
            && self.tok(a - 1).text() == "of"
            && matches!(
                self.tok(a - 2).lower(),
                "officer"
                    | "executive"
                    | "ceo"
                    | "chairman"
                    | "chairwoman"
                    | "shareholders"
                    | "stockholders"
                    | "shares"
                    | "subsidiary"
                    | "founder"
                    | "co-founder"
                    | "employees"
            )
    }

    /// `analysts at X`, `a professor at X`: the people who work at the
    /// name make it their employer (a person is worked with, not at).
    fn staff_at(&self, a: usize) -> bool {
        a >= 2 && self.tok(a - 1).text() == "at" && is_staff_noun(self.tok(a - 2).lower())
    }

    /// Whether the name at `a` is where someone will go: `would visit
    /// Tehran`, `plans to host Paris talks`. A trip, not a fixture: teams
    /// visit and host in the present or past tense.
    fn planned_trip(&self, a: usize) -> bool {
        a >= 2 && matches!(self.tok(a - 1).lower(), "visit" | "host") && {
            let before = self.tok(a - 2).lower();
            before == "to" || lexicon::is_modal(before)
        }
    }

    /// Sports copy: `the Reds`, `Leeds v Chelsea`, `X beat Y`, a results
    /// line `Lotte 6 Hyundai 2`: the name is a team.
    fn team_context(&self, a: usize, b: usize) -> bool {
        self.team_context_with(a, b, true)
    }

    /// [`Self::team_context`], where a sports verb after the name counts
    /// only with `verb_after` (`Ekeler scored` is a player as often).
    fn team_context_with(&self, a: usize, b: usize, verb_after: bool) -> bool {
        let prev = a.checked_sub(1).map(|k| self.tok(k));
        let next = self.words.get(b);
        let last = self.tok(b - 1);
        let plural_after_the = prev.is_some_and(|p| p.lower() == "the")
            && last.text().ends_with('s')
            && !last.text().ends_with("ss")
            && !last.caps;
        let is_sport = |t: Option<Tok<'_, '_>>| {
            t.is_some_and(|t| !t.cap && t.kind == TokenKind::Word && is_sport_verb(t.lower()))
        };
        let planned_trip = self.planned_trip(a);
        // `She visited Paris`, `he beat Sinner`: one person's visit or win,
        // not a fixture between teams.
        let one_person = a >= 2 && matches!(self.tok(a - 2).lower(), "he" | "she" | "i");
        // `Denver 3`, not `Published 7:05 a.m.` (a time).
        let results = next.is_some_and(|n| n.kind == TokenKind::Number && n.text().len() <= 3)
            && numeric::clock_time_end(self.words, b) == b + 1
            && self.numeric_paragraph(a);
        // `Portland coach Ann Roy`, `Leeds striker Ann Roy`.
        let position = next
            .is_some_and(|n| !n.cap && n.kind == TokenKind::Word && is_sport_position(n.lower()));
        plural_after_the
            || (is_sport(prev) && !planned_trip && !one_person)
            || (verb_after && is_sport(next))
            || results
            || position
    }

    /// Whether the paragraph of token `a` is mostly figures (a results line
    /// or a table row).
    fn numeric_paragraph(&self, _a: usize) -> bool {
        self.numeric
            .get(self.cur_paragraph)
            .copied()
            .unwrap_or(false)
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tok(a).span().start, self.tok(b - 1).span().end)
    }

    fn age_follows(&self, b: usize) -> bool {
        matches!(
            (self.words.get(b), self.words.get(b + 1), self.words.get(b + 2)),
            (Some(c), Some(n), Some(c2)) if c.text() == "," && n.kind == TokenKind::Number && c2.text() == ","
                && n.text().len() <= 3
        )
    }

    /// `said Linda Park`, `manager Joey Barton-Hill`, `Ann Lake, 45,`: a
    /// first name before a place word that is also a surname (Park, Hill,
    /// Lake), where the sentence speaks of a person.
    fn said_by_named(&self, a: usize, b: usize) -> bool {
        let is_cue = |t: Tok<'_, '_>| t.kind == TokenKind::Word && is_speech_tag(t.text());
        let first = self.tok(a);
        first.kind == TokenKind::Word
            && first.has_class(FIRST_NAME)
            && first.class & (PLACE | COUNTRY) == 0
            && (self.prev_is_role(a)
                || a.checked_sub(1).is_some_and(|p| is_cue(self.tok(p)))
                || self.words.get(b).is_some_and(is_cue)
                || self.age_follows(b))
    }

    /// `the city of Arbil`, `the province of Hubei`, `the mayor of Lugo`:
    /// the name at `a` is a place's.
    fn place_of_before(&self, a: usize) -> bool {
        a > 1 && self.tok(a - 1).lower() == "of" && {
            let noun = self.tok(a - 2);
            !noun.cap
                && (noun.class & PLACE_NOUN != 0
                    || matches!(noun.lower(), "mayor" | "governor" | "outskirts"))
        }
    }

    fn prev_is_role(&self, a: usize) -> bool {
        let mut k = a;
        if k > 0 && self.tok(k - 1).text() == "," {
            k -= 1;
        }
        k > 0 && {
            let p = self.tok(k - 1);
            p.kind == TokenKind::Word && !p.cap && p.class & ROLE != 0
        }
    }

    /// `X and the Y`, or `X and Y` whose head word sits before the `and`:
    /// a list of names, not one name. Returns the first `and` (or `&`)
    /// that makes it one.
    fn list_and(&self, a: usize, b: usize) -> Option<usize> {
        (a..b).find(|&k| {
            let t = self.tok(k);
            let head_before = k > a + 1 && self.tok(k - 1).class & (ORG_HEAD | PLACE_HEAD) != 0;
            let same_head = head_before && self.tok(k - 1).lower() == self.tok(b - 1).lower();
            // `Lane County and Polk County`: two whole names, each with its
            // head; `Department of Health and Human Services` has an `of`.
            let of_before = (a..k).any(|x| {
                let w = self.tok(x);
                !w.cap && matches!(w.lower(), "of" | "for")
            });
            // `Urban Institute and Brookings Institution`: a headed name on
            // each side, the second opening with a name's own word (not
            // `First Bank and Trust Company`, `Post and Telecommunications
            // Administration`).
            let headed_each = head_before
                && b > k + 2
                && self.tok(b - 1).class & (ORG_HEAD | PLACE_HEAD) != 0
                && self.tok(k + 1).class & (ORG_HEAD | PLACE_HEAD) == 0
                && !self.tok(k + 1).has_class(COMMON_WORD);
            // `Norwest Corp., KeyCorp and Banc One Corp.`: one word before
            // the `and`, the run itself after a list's comma.
            let listed_word = k == a + 1 && self.after_list_comma(a);
            // `Empire Build LLC and Sixth Avenue Partners`: a legal form
            // ends a company's name.
            let legal_before = k > a + 1 && {
                let before = match self.tok(k - 1).lower() {
                    "." if k > a + 2 => self.tok(k - 2).lower(),
                    before => before,
                };
                lexicon::is_legal_form(before.trim_end_matches('.'))
            };
            (t.lower() == "and" || t.text() == "&")
                && !t.cap
                && (self.words.get(k + 1).is_some_and(|n| n.lower() == "the")
                    || listed_word
                    || legal_before
                    || (head_before
                        && self.tok(b - 1).class & (ORG_HEAD | PLACE_HEAD) == 0
                        && !of_before)
                    || ((same_head || headed_each) && !of_before))
        })
    }

    /// Whether the run starting at token `a` follows a comma after another
    /// name (a capitalized word, or its abbreviation's dot): an item of a
    /// list.
    fn after_list_comma(&self, a: usize) -> bool {
        a >= 2 && self.tok(a - 1).text() == "," && {
            let before = if self.tok(a - 2).text() == "." && a >= 3 {
                self.tok(a - 3)
            } else {
                self.tok(a - 2)
            };
            before.kind == TokenKind::Word && before.cap
        }
    }

    fn skip_leading_article(&self, a: usize, b: usize) -> usize {
        if b - a > 1 && self.tok(a).lower() == "the" {
            a + 1
        } else {
            a
        }
    }

    /// Whether the last word of tokens `a..b` names an organ of a state
    /// (`Ministry`, `Embassy`, `Army`, `Parliament`), which a nation's
    /// adjective qualifies rather than names.
    fn state_organ_heads(&self, a: usize, b: usize) -> bool {
        (a..b)
            .rev()
            .find(|&k| self.tok(k).kind == TokenKind::Word)
            .is_some_and(|k| {
                matches!(
                    self.tok(k).lower(),
                    "ministry"
                        | "ministries"
                        | "embassy"
                        | "consulate"
                        | "government"
                        | "parliament"
                        | "cabinet"
                        | "army"
                        | "navy"
                        | "military"
                        | "police"
                        | "force"
                        | "forces"
                        | "guard"
                        | "office"
                        | "command"
                        | "authorities"
                        | "administration"
                        | "congress"
                        | "senate"
                        | "legislature"
                        | "assembly"
                        | "court"
                        | "judiciary"
                        | "presidency"
                )
            })
    }

    /// The kind a name's head word gives it: the word before `of`, else the
    /// last word; or a place prefix at the front.
    fn head_kind(&self, a: usize, b: usize) -> Option<EntityKind> {
        let mut b = b;
        while b > a + 1 && self.tok(b - 1).kind != TokenKind::Word {
            b -= 1;
        }
        let of = (a..b).find(|&k| is_connector(self.tok(k).lower()) && !self.tok(k).cap);
        // `Burton on Trent`, but `Talks on Gaza` (a headline): an ordinary
        // word before `on` is the start of a sentence, not of a place.
        let first = self.tok(a);
        // `National Institute on Aging`: an organization's head before it
        // makes it a name.
        if of.is_some_and(|k| self.tok(k).lower() == "on" && self.tok(k - 1).class & ORG_HEAD == 0)
            && first.has_class(COMMON_WORD)
            && first.class & (ORG_HEAD | PLACE_HEAD) == 0
        {
            return None;
        }
        let before = of.filter(|&k| k > a).map(|k| k - 1);
        let head = match before {
            Some(h) if self.tok(h).class & (ORG_HEAD | PLACE_HEAD) != 0 => h,
            _ if self.tok(a).class & ORG_HEAD != 0 && of == Some(a + 1) => a,
            _ => b - 1,
        };
        let h = self.tok(head);
        // `the Linden Court apartments`: a court named by a word that
        // says nothing of law (Supreme, District) or a jurisdiction is a
        // street or a building.
        let residential_court = h.lower() == "court"
            && head == a + 1
            && b == head + 1
            && !first.caps
            && !first.has_class(COMMON_WORD)
            && first.class & (PLACE | COUNTRY | GROUP | PLACE_HEAD | ORG_HEAD) == 0
            && !self.is_known_place_at(a, a + 1);
        if h.kind == TokenKind::Word && h.cap && residential_court {
            return Some(EntityKind::Place);
        }
        if h.kind == TokenKind::Word && h.cap {
            if h.class & ORG_HEAD != 0 && head > a {
                return Some(EntityKind::Organization);
            }
            if h.class & PLACE_HEAD != 0 && head > a {
                return Some(EntityKind::Place);
            }
            if of.is_some() && h.class & ORG_HEAD != 0 {
                return Some(EntityKind::Organization);
            }
            if of.is_some() && h.class & (PLACE_HEAD | PLACE_PREFIX) != 0 {
                return Some(EntityKind::Place);
            }
        }
        // `Banco Santander`, `Air France` (but `Air Force One`, a plane).
        if b - a >= 2
            && first.cap
            && is_org_prefix(first.lower())
            && !self.tok(b - 1).has_class(NUMBER_WORD)
        {
            return Some(EntityKind::Organization);
        }
        // A prefix names one place: `St. Petersburg and Mt. Vernon` are two.
        let listed = (a..b).any(|k| self.tok(k).lower() == "and" && !self.tok(k).cap);
        if b - a >= 2 && first.class & PLACE_PREFIX != 0 && first.cap && !listed {
            let rest = self.lower_of(a + 1, b);
            if gazetteer::is_place(&rest)
                || first.lower().starts_with("mount")
                || first.lower().starts_with("mt")
                || matches!(first.lower(), "lake" | "loch" | "lough")
                || first.lower() == "fort"
                || first.lower().starts_with("ft")
                || first.lower() == "cape"
                || self.after_place_preposition(a)
            {
                return Some(EntityKind::Place);
            }
        }
        if b - a >= 2 && first.class & COMPASS != 0 {
            let rest = self.lower_of(a + 1, b);
            if is_known_place(&rest) {
                return Some(EntityKind::Place);
            }
        }
        None
    }

    /// `the Labour MP for Wells`, `a senator for Victoria`: the seat a
    /// legislator holds is a place.
    fn seat_of_legislator(&self, a: usize) -> bool {
        a >= 2
            && self.tok(a - 1).lower() == "for"
            && matches!(
                self.tok(a - 2).lower(),
                "mp" | "mep"
                    | "senator"
                    | "congressman"
                    | "congresswoman"
                    | "assemblyman"
                    | "assemblywoman"
                    | "mla"
                    | "msp"
                    | "td"
            )
    }

    /// `Rival LG Display fell`: an ordinary word opening the sentence before
    /// a name in capitals, which no name of places or heads starts with
    /// (but `Texas NAACP`, `Bank BRI`).
    fn word_before_acronym(&self, a: usize) -> bool {
        let (first, next) = (self.tok(a), self.tok(a + 1));
        next.kind == TokenKind::Word
            && next.caps
            && first.has_class(COMMON_WORD)
            && first.class & (PLACE | COUNTRY | ORG_HEAD | PLACE_HEAD | PLACE_PREFIX | SURNAME) == 0
    }

    /// Whether the token before `a` is a lowercase preposition of place
    /// (`in`, `near`, `outside`).
    fn after_place_preposition(&self, a: usize) -> bool {
        // `according to FlightAware`: a source, not a destination.
        let according = a > 1 && self.tok(a - 2).lower() == "according";
        a > 0 && self.tok(a - 1).class & PLACE_PREP != 0 && !self.tok(a - 1).cap && !according
    }

    /// A title run inside `a..b`: (start, end) tokens.
    fn find_title(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let mut k = a;
        while k < b {
            let t = self.tok(k);
            if t.kind == TokenKind::Word && t.cap && t.is_title() {
                // Expand backwards over modifiers.
                let mut s = k;
                while s > a && self.tok(s - 1).class & TITLE_MOD != 0 && self.tok(s - 1).cap {
                    s -= 1;
                }
                // Forwards over titles, abbreviation dots, `of State`.
                let mut e = k + 1;
                loop {
                    if e < b && self.tok(e).text() == "." && !self.tok(e).gap_before {
                        e += 1;
                        continue;
                    }
                    if e < b
                        && self.tok(e).cap
                        && (self.tok(e).is_title()
                            || (self.tok(e).class & TITLE_MOD != 0 && !self.tok(e).caps))
                        && e + 1 < b
                    {
                        e += 1;
                        continue;
                    }
                    if e + 2 < b
                        && self.tok(e).lower() == "of"
                        && self.tok(e + 1).cap
                        && self.tok(e + 1).class & TITLE_MOD != 0
                    {
                        e += 2;
                        continue;
                    }
                    if e < b && self.tok(e).text() == "-" {
                        e += 1;
                        continue;
                    }
                    // `Chief Financial Officer`, `Chief Information Security
                    // Officer`: ordinary words between two titles.
                    let ordinary = |x: usize| {
                        let t = self.tok(x);
                        t.kind == TokenKind::Word
                            && t.cap
                            && !t.caps
                            && !t.is_title()
                            && t.has_class(COMMON_WORD)
                            && !t.has_class(FIRST_NAME | SURNAME)
                    };
                    let inner = (e..b.min(e + MAX_TITLE_INNER_WORDS + 1)).find(|&x| !ordinary(x));
                    if let Some(x) = inner.filter(|&x| x > e && x + 1 < b) {
                        if self.tok(x).cap && self.tok(x).is_title() {
                            e = x + 1;
                            continue;
                        }
                    }
                    break;
                }
                if e >= b {
                    return None;
                }
                // Martin Luther King Jr.: a title after a first name, or one
                // followed only by a suffix, is part of the name.
                if (e..b).all(|x| {
                    let t = self.tok(x);
                    t.kind != TokenKind::Word || t.class & NAME_SUFFIX != 0
                }) {
                    return None;
                }
                // A place's name is not a first name before its officer's
                // title (Columbus Police Chief Ann Roy, Virginia Gov. Ann
                // Roy), unless the title also opens places' and clubs'
                // names (Paris St Germain).
                let place_before = s > a
                    && gazetteer::is_place(self.tok(s - 1).lower())
                    && t.class & PLACE_PREFIX == 0;
                if s > a
                    && self.tok(s - 1).has_class(FIRST_NAME)
                    && self.tok(s - 1).class & GROUP == 0
                    && !self.tok(s - 1).caps
                    && !place_before
                {
                    k = e;
                    continue;
                }
                // A name ending in a head word is not a person: General
                // Motors, St. Peter's Square. After `of` or `and` the head
                // word is another name's (Judge Ann Roy of the County Court).
                let last = self.tok(b - 1);
                let joined = (e..b).any(|x| self.is_lower_connector(x));
                if last.class & (ORG_HEAD | PLACE_HEAD) != 0 && last.cap && !joined {
                    return None;
                }
                let after_lower = self.lower_of(e, b);
                if self.known(e, b, &after_lower).is_some() && s == a {
                    // `Saint Petersburg`-like names stay whole.
                    return None;
                }
                // `in St. Paul`, `to St. Petersburg`: a saint's title that
                // also opens places' names, after a place's preposition.
                if s == a && t.class & PLACE_PREFIX != 0 && self.after_place_preposition(a) {
                    return None;
                }
                return Some((s, e));
            }
            k += 1;
        }
        None
    }

    fn person(&mut self, a: usize, b: usize) {
        let a = self.skip_nonword(a, b);
        // A person's name has no `of`, `and` or `the` in it: what follows
        // one is another name (Dr. Ann Roy of the University of Leeds,
        // Sen. Ann Roy of Ashland).
        if let Some(k) = (a..b).find(|&k| self.is_lower_connector(k)) {
            let pb = self.trim_end(a, k);
            if a < pb {
                self.push(a, pb, EntityKind::Person, true);
            }
            let mut r = k;
            while r < b && (self.is_lower_connector(r) || self.tok(r).kind != TokenKind::Word) {
                r += 1;
            }
            let rb = self.trim_end(r, b);
            if r < rb {
                self.classify(r, rb, false);
            }
            return;
        }
        if a < b {
            // A title's name could still be a run like `Donald Trump` and
            // must not swallow a trailing organization.
            self.push(a, b, EntityKind::Person, true);
        }
    }

    /// Classifies `a..b` as two names on either side of the connector at
    /// `k` (`of`, `and the`), each trimmed of what joins them.
    fn classify_either_side(&mut self, a: usize, k: usize, b: usize, initial: bool) {
        let pb = self.trim_end(a, k);
        if a < pb {
            self.classify(a, pb, initial);
        }
        let r = self.skip_connectors(k, b);
        if r < b {
            self.classify(r, b, false);
        }
    }

    /// The first word token from `k` on (before `b`) that is not a
    /// lowercase connector: where the name after `of` or `and the` starts.
    fn skip_connectors(&self, mut k: usize, b: usize) -> usize {
        while k < b && (self.is_lower_connector(k) || self.tok(k).kind != TokenKind::Word) {
            k += 1;
        }
        k
    }

    /// A lowercase `of`, `and`, `for`, `the`, `on` at `k`.
    fn is_lower_connector(&self, k: usize) -> bool {
        let t = self.tok(k);
        !t.cap && (is_connector(t.lower()) || t.text() == "&")
    }

    fn person_with_strength(&mut self, a: usize, b: usize, strong: bool) {
        self.push(a, b, EntityKind::Person, strong);
    }

    fn skip_nonword(&self, mut a: usize, b: usize) -> usize {
        while a < b && self.tok(a).kind != TokenKind::Word {
            a += 1;
        }
        a
    }
}

/// A word shaped like the name of an occupation (`meteorologist`,
/// `historian`, `photographer`, `auctioneer`) that no word list holds.
/// Short words and the Swedish surnames in -qvist/-kvist are left alone.
fn names_occupation(lower: &str) -> bool {
    const SUFFIXES: [&str; 6] = ["ist", "yst", "ian", "grapher", "eer", "ator"];
    lower.len() >= OCCUPATION_MIN_LEN
        && SUFFIXES.iter().any(|s| lower.ends_with(s))
        && !lower.ends_with("qvist")
        && !lower.ends_with("kvist")
}

/// Letters of the shortest word [`names_occupation`] reads as an
/// occupation (`analyst`, `dentist`).
const OCCUPATION_MIN_LEN: usize = 7;

/// Positions on a team: a city just before one is the team's name.
fn is_sport_position(lower: &str) -> bool {
    matches!(
        lower,
        "coach"
            | "manager"
            | "boss"
            | "captain"
            | "skipper"
            | "forward"
            | "keeper"
            | "playmaker"
            | "batsman"
            | "bowler"
            | "catcher"
            | "receiver"
            | "defender"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "goalie"
            | "winger"
            | "quarterback"
            | "linebacker"
            | "pitcher"
            | "shortstop"
            | "outfielder"
    )
}

fn is_sport_verb(lower: &str) -> bool {
    matches!(
        lower,
        "beat"
            | "beats"
            | "defeated"
            | "routed"
            | "edged"
            | "blanked"
            | "drew"
            | "thrashed"
            | "crushed"
            | "downed"
            | "trounced"
            | "whipped"
            | "hammered"
            | "outlasted"
            | "outscored"
            | "overcame"
            | "stunned"
            | "upset"
            | "swept"
            | "v"
            | "vs"
            | "vs."
            | "versus"
            | "host"
            | "hosts"
            | "hosted"
            | "visit"
            | "visits"
            | "visited"
    )
}

/// Marks an unknown single word that only opens a sentence: it is kept only
/// if the grouping pass ties it to a person named in full.
pub const INITIAL_ONLY: &str = "\u{0}initial";

/// Whether the abbreviation `lower` keeps its period inside the name: name
/// suffixes (Jr., Inc.) and postal-style state abbreviations (Calif., Ore.),
/// which AP style writes with the period as part of the word.
fn keeps_dot(lower: &str) -> bool {
    if matches!(lower, "jr" | "sr" | "inc" | "corp" | "co" | "ltd" | "bros") {
        return true;
    }
    if lower.len() > MAX_STATE_ABBREV_LEN {
        return false;
    }
    let mut dotted = [0u8; MAX_STATE_ABBREV_LEN + 1];
    dotted[..lower.len()].copy_from_slice(lower.as_bytes());
    dotted[lower.len()] = b'.';
    std::str::from_utf8(&dotted[..=lower.len()])
        .is_ok_and(|d| lexicon::classes(d) & PLACE_ALIAS != 0)
}

/// Most ordinary words between two titles read as one (`Chief Information
/// Security Officer`).
const MAX_TITLE_INNER_WORDS: usize = 2;

/// Most words of a quoted title (`“Songs From the Other Shore”`).
const MAX_QUOTED_TITLE_WORDS: usize = 8;

/// Most portfolios a ministry's name lists after its first (`Ministry of
/// Agriculture, Forestry and Fisheries`).
const MAX_PORTFOLIOS: usize = 4;

/// Most partners a firm's name lists before its `X & Y`
/// (`Skadden, Arps, Slate, Meagher & Flom`).
const MAX_FIRM_PARTNERS: usize = 4;

/// Longest lowercase syllable joined to a given name by a hyphen
/// (`Jae-myung`).
const MAX_SYLLABLE_LEN: usize = 5;

/// Lowercase words read after `, the` for an apposition's head noun (`the
/// public sector union`).
const MAX_APPOSITION_WORDS: usize = 4;

/// Tokens of the longest paragraph read as a byline (`By ANN ROY, JOE DOE
/// and MARY MAJOR, Associated Press`).
const MAX_BYLINE_TOKENS: usize = 16;

/// Most words of the place a team or company name opens with (Salt Lake).
const MAX_PLACE_PREFIX_WORDS: usize = 3;

/// Most lowercase particles a surname opens with (`de la`, `van der`).
const MAX_LEADING_PARTICLES: usize = 3;

/// Particles that open a surname written alone and are not English words
/// (`la`, `do`, `e` are left out).
fn opens_surname(lower: &str) -> bool {
    matches!(
        lower,
        "van"
            | "von"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "du"
            | "bin"
            | "binti"
            | "bint"
            | "ibn"
    )
}

/// Longest state abbreviation written with a period (`Calif`, `Okla`).
const MAX_STATE_ABBREV_LEN: usize = 5;

/// Adjectives of continents and regions, or of a federation, rather than
/// of one nation.
fn is_regional(lower: &str) -> bool {
    matches!(
        lower,
        "european"
            | "african"
            | "asian"
            | "arab"
            | "nordic"
            | "western"
            | "eastern"
            | "northern"
            | "southern"
            | "central"
            | "federal"
            | "latin"
            | "caribbean"
            | "pacific"
            | "atlantic"
    )
}

/// First words that make a name an organization's in the languages news
/// copy quotes names from (Banco X, Club X, Grupo X).
fn is_org_prefix(lower: &str) -> bool {
    matches!(
        lower,
        "banco"
            | "air"
            | "banca"
            | "bank"
            | "hospital"
            | "hôpital"
            | "universidad"
            | "universidade"
            | "università"
            | "université"
            | "universität"
            | "museo"
            | "museu"
            | "musée"
            | "instituto"
            | "istituto"
            | "institut"
            | "fundación"
            | "fundação"
            | "fondation"
            | "fondazione"
            | "stiftung"
            | "partido"
            | "partito"
            | "banque"
            | "club"
            | "clube"
            | "grupo"
            | "groupe"
            | "compagnie"
            | "radio"
    )
}

/// Vessels, before a ship's name.
fn is_vessel_noun(word: &str) -> bool {
    matches!(
        word,
        "ship"
            | "vessel"
            | "tanker"
            | "freighter"
            | "frigate"
            | "destroyer"
            | "submarine"
            | "warship"
            | "cruiser"
            | "ferry"
            | "yacht"
            | "trawler"
    )
}

/// The verbs of a person talking, in the tags that name speakers (`said
/// Ann Roy`, `Ann Roy told`): a paper or a broadcaster `reported` or
/// `wrote` as often (`the Daily Beast reported`).
fn is_speech_tag(word: &str) -> bool {
    matches!(word, "said" | "says" | "told" | "added")
}

/// People by what they do for an employer, before `at` and its name.
fn is_staff_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    matches!(
        singular,
        "analyst"
            | "economist"
            | "strategist"
            | "researcher"
            | "scientist"
            | "engineer"
            | "executive"
            | "employee"
            | "worker"
            | "trader"
            | "professor"
            | "lecturer"
            | "banker"
            | "staff"
            | "colleague"
    )
}

fn is_connector(lower: &str) -> bool {
    matches!(lower, "of" | "and" | "for" | "&" | "the" | "on")
}

fn is_article(lower: &str) -> bool {
    matches!(lower, "the" | "a" | "an")
}

/// Whether `lower` is a known place or a place's alias (`u.s.`).
fn is_known_place(lower: &str) -> bool {
    lexicon::classes(lower) & (PLACE | PLACE_ALIAS) != 0
}

fn alias_place(lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| PLACE_ALIASES.iter().copied().collect())
        .get(lower)
        .copied()
}

fn known_org(lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| KNOWN_ORGS.iter().copied().collect())
        .get(lower)
        .copied()
}

/// The first word of a sentence's token range (skipping quote marks, dashes).
fn first_word(words: &Words<'_>, range: std::ops::Range<usize>) -> Option<usize> {
    range.into_iter().find(|&i| {
        let kind = words.tok(i).kind;
        kind == TokenKind::Word || kind == TokenKind::Number
    })
}

/// Whether the word at `i` follows an opening quote mark or a colon: a
/// capital there says nothing either.
fn after_opening(words: &Words<'_>, i: usize) -> bool {
    i > 0
        && match words.text(i - 1) {
            "“" | "‘" | ":" | "—" | "(" | "«" => true,
            // A straight mark opens when the word clings to it (`"State`);
            // one that closes a quotation has a space after it (`," State`).
            "\"" => !words.tok(i).gap_before,
            _ => false,
        }
}

/// The runs of tokens in `a..b` between separators.
fn split_at(a: usize, b: usize, is_sep: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = a;
    for k in a..b {
        if is_sep(k) {
            if s < k {
                out.push((s, k));
            }
            s = k + 1;
        }
    }
    if s < b {
        out.push((s, b));
    }
    out
}
