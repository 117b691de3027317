//! The tokens of a document as the entity finders read them: each one's
//! lowercase form, word classes and shape, worked out once and shared by the
//! recognizer and the date and number finder.

use super::fasthash::FastMap;
use super::lexicon;
use crate::document::{Document, Token, TokenKind};
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Deref;

/// What is known of one token besides its text.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// The word classes of its lowercase form ([`lexicon::classes`]); 0 for
    /// anything but a word.
    pub class: u32,
    /// Its lowercase form as a number, the same for every word written
    /// alike; [`NOT_A_WORD`] for anything but a word.
    word: u32,
    pub kind: TokenKind,
    /// It starts with an uppercase letter.
    pub cap: bool,
    /// It starts with an uppercase letter, has no lowercase one and has at
    /// least two letters (`NATO`, `U.S.`).
    pub caps: bool,
    /// Something (white space) separates it from the token before; false
    /// for the first token.
    pub gap_before: bool,
    /// It has no uppercase letter, so it is its own lowercase form.
    pub lowercase: bool,
    /// Its lowercase form is as long as it is and stands at its span in
    /// [`Words::lower`]; the others are in [`Words::odd`].
    in_place: bool,
    /// Nothing or a single space separates it from the token before.
    plain_gap: bool,
}

/// [`Facts::word`] of a token that is no word.
const NOT_A_WORD: u32 = u32::MAX;

/// The tokens of a document with their [`Facts`] and lowercase forms.
pub struct Words<'d> {
    text: &'d str,
    tokens: &'d [Token],
    facts: Vec<Facts>,
    /// The text up to the last token, every token lowercased in place and
    /// the white space between them kept: the lowercase form of a run of
    /// tokens that a single space or nothing separates is one slice of it.
    lower: String,
    /// The lowercase forms whose length differs from the token's (`İ`), by
    /// token index in increasing order.
    odd: Vec<(usize, String)>,
    /// The number of distinct lowercase words.
    distinct: usize,
}

/// The case of a token's letters.
struct Shape {
    /// It has an uppercase letter.
    upper: bool,
    /// It starts with one.
    cap: bool,
    /// See [`Facts::caps`].
    caps: bool,
}

impl Shape {
    fn of(s: &str) -> Shape {
        let b = s.as_bytes();
        match b.first() {
            Some(c) if c.is_ascii_uppercase() => {
                // In capitals while no lowercase letter follows.
                let mut letters = 1;
                for c in &b[1..] {
                    if c.is_ascii_lowercase() {
                        return Shape {
                            upper: true,
                            cap: true,
                            caps: false,
                        };
                    }
                    if !c.is_ascii() {
                        return Shape::of_unicode(s);
                    }
                    letters += usize::from(c.is_ascii_uppercase());
                }
                Shape {
                    upper: true,
                    cap: true,
                    caps: letters >= 2,
                }
            }
            Some(c) if c.is_ascii() => {
                // Not capitalized: only whether an uppercase letter follows.
                for c in b {
                    if c.is_ascii_uppercase() {
                        return Shape {
                            upper: true,
                            cap: false,
                            caps: false,
                        };
                    }
                    if !c.is_ascii() {
                        return Shape::of_unicode(s);
                    }
                }
                Shape {
                    upper: false,
                    cap: false,
                    caps: false,
                }
            }
            _ => Shape::of_unicode(s),
        }
    }

    fn of_unicode(s: &str) -> Shape {
        let cap = s.chars().next().is_some_and(char::is_uppercase);
        Shape {
            upper: s.chars().any(char::is_uppercase),
            cap,
            caps: cap && is_all_caps(s),
        }
    }
}

impl<'d> Words<'d> {
    /// Reads the tokens of `doc`.
    pub fn new(doc: &'d Document<'_>) -> Self {
        let text = doc.text;
        let tokens = &doc.tokens[..];
        // ASCII letters lowercased at once; the other tokens that have an
        // uppercase letter one by one below. White space has no case.
        let mut lower = text[..tokens.last().map_or(0, |t| t.span.end)].to_owned();
        lower.make_ascii_lowercase();
        let mut odd = Vec::new();
        let mut facts = Vec::with_capacity(tokens.len());
        let mut prev_end: Option<usize> = None;
        let bytes = text.as_bytes();
        for (k, t) in tokens.iter().enumerate() {
            let s = t.text(text);
            let shape = Shape::of(s);
            let mut in_place = true;
            if shape.upper && !s.is_ascii() {
                let l = s.to_lowercase();
                if l.len() == s.len() {
                    lower.replace_range(t.span.range(), &l);
                } else {
                    // Keeps the offsets of the tokens after it.
                    odd.push((k, l));
                    in_place = false;
                }
            }
            let gap_start = prev_end.unwrap_or(0);
            let plain_gap = t.span.start == gap_start
                || (t.span.start == gap_start + 1 && bytes[gap_start] == b' ');
            facts.push(Facts {
                class: 0,
                word: NOT_A_WORD,
                kind: t.kind,
                cap: shape.cap,
                caps: shape.caps,
                gap_before: prev_end.is_some_and(|e| e < t.span.start),
                lowercase: !shape.upper,
                in_place,
                plain_gap,
            });
            prev_end = Some(t.span.end);
        }
        // Words by number, each looked up in the word table once.
        // Sized for a short article's vocabulary at once, so that one grows
        // no table; a long text's grows past it.
        let room = tokens.len().min(4096);
        let mut ids: FastMap<&str, u32> =
            FastMap::with_capacity_and_hasher(room, Default::default());
        let mut classes: Vec<u32> = Vec::with_capacity(room);
        let mut next_odd = 0;
        for (f, t) in facts.iter_mut().zip(tokens) {
            if !f.in_place {
                next_odd += 1;
            }
            if f.kind != TokenKind::Word {
                continue;
            }
            let form = if f.in_place {
                &lower[t.span.range()]
            } else {
                odd[next_odd - 1].1.as_str()
            };
            let id = *ids.entry(form).or_insert_with(|| {
                classes.push(lexicon::classes(form));
                u32::try_from(classes.len() - 1).expect("fewer than 2^32 distinct words")
            });
            f.word = id;
            f.class = classes[id as usize];
        }
        let distinct = classes.len();
        drop(ids);
        Words {
            text,
            tokens,
            facts,
            lower,
            odd,
            distinct,
        }
    }

    /// The number of distinct lowercase words: one more than the highest
    /// [`Tok::word`].
    pub fn distinct(&self) -> usize {
        self.distinct
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    /// The facts of every token.
    pub fn facts(&self) -> &[Facts] {
        &self.facts
    }

    /// Token `k`, which must exist.
    #[inline]
    pub fn tok(&self, k: usize) -> Tok<'_, 'd> {
        debug_assert!(k < self.len());
        Tok { words: self, k }
    }

    /// Token `k`, if there is one.
    #[inline]
    pub fn get(&self, k: usize) -> Option<Tok<'_, 'd>> {
        (k < self.len()).then_some(Tok { words: self, k })
    }

    /// The text of token `k`.
    #[inline]
    pub fn text(&self, k: usize) -> &'d str {
        self.tokens[k].text(self.text)
    }

    /// The span of token `k`.
    #[inline]
    pub fn span(&self, k: usize) -> Span {
        self.tokens[k].span
    }

    /// The lowercase form of token `k`.
    #[inline]
    pub fn lower(&self, k: usize) -> &str {
        if self.facts[k].in_place {
            &self.lower[self.tokens[k].span.range()]
        } else {
            let i = self.odd.partition_point(|(j, _)| *j < k);
            &self.odd[i].1
        }
    }

    /// The lowercase form of tokens `a..b`, one space where white space
    /// separates two of them.
    pub fn lower_of(&self, a: usize, b: usize) -> Cow<'_, str> {
        if a >= b {
            return Cow::Borrowed("");
        }
        let plain = (a..b).all(|k| {
            let f = &self.facts[k];
            f.in_place && (k == a || f.plain_gap)
        });
        if plain {
            return Cow::Borrowed(
                &self.lower[self.tokens[a].span.start..self.tokens[b - 1].span.end],
            );
        }
        let mut s = String::new();
        for k in a..b {
            if k > a && self.facts[k].gap_before {
                s.push(' ');
            }
            s.push_str(self.lower(k));
        }
        Cow::Owned(s)
    }
}

/// One token: its [`Facts`] (through `Deref`), text, span and lowercase form.
#[derive(Clone, Copy)]
pub struct Tok<'w, 'd> {
    words: &'w Words<'d>,
    k: usize,
}

impl<'w, 'd> Tok<'w, 'd> {
    /// Its text.
    #[inline]
    pub fn text(self) -> &'d str {
        self.words.text(self.k)
    }

    /// Its lowercase form.
    #[inline]
    pub fn lower(self) -> &'w str {
        self.words.lower(self.k)
    }

    /// Its span in the text.
    #[inline]
    pub fn span(self) -> Span {
        self.words.span(self.k)
    }

    /// Whether its text is one character.
    #[inline]
    pub fn is_one_char(self) -> bool {
        // A character takes one to four bytes.
        let n = self.span().len();
        n == 1 || (n <= 4 && self.text().chars().count() == 1)
    }

    /// Its lowercase form as a number below [`Words::distinct`], the same
    /// for every word written alike; `None` for anything but a word. A
    /// token of another kind never has a word's lowercase form: a word has
    /// a letter, a number none, punctuation is one character that is no
    /// letter and the clitic `’s` opens with an apostrophe, which no word
    /// does.
    #[inline]
    pub fn word(self) -> Option<usize> {
        let w = self.words.facts[self.k].word;
        (w != NOT_A_WORD).then_some(w as usize)
    }

    /// Whether its lowercase form has one of the word classes `flags`
    /// ([`lexicon::classes`]); a word's are at hand, anything else is looked
    /// up.
    #[inline]
    pub fn has_class(self, flags: u32) -> bool {
        if self.kind == TokenKind::Word {
            self.class & flags != 0
        } else {
            lexicon::classes(self.lower()) & flags != 0
        }
    }
}

impl Tok<'_, '_> {
    /// Whether it is a title before a name (`Gov.`, `Minister`): written
    /// with a capital, in capitals only when the title always is (`MP`,
    /// `MEP`; other words in capitals are acronyms, and `SEC` is the
    /// commission, not a secretary).
    #[inline]
    pub fn is_title(self) -> bool {
        self.class & lexicon::TITLE != 0 && (!self.caps || matches!(self.lower(), "mp" | "mep"))
    }
}

impl Deref for Tok<'_, '_> {
    type Target = Facts;

    #[inline]
    fn deref(&self) -> &Facts {
        &self.words.facts[self.k]
    }
}

/// At least two letters and no lowercase one.
fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_forms() {
        let doc = Document::new("The U.S.  Senate said İstanbul\nvotes.");
        let words = Words::new(&doc);
        let all: Vec<&str> = (0..words.len()).map(|k| words.lower(k)).collect();
        assert_eq!(
            all,
            ["the", "u.s.", "senate", "said", "i̇stanbul", "votes", "."]
        );
        assert_eq!(words.lower_of(0, 2), "the u.s.");
        assert!(matches!(words.lower_of(0, 2), Cow::Borrowed(_)));
        assert_eq!(words.lower_of(1, 3), "u.s. senate");
        assert_eq!(words.lower_of(3, 6), "said i̇stanbul votes");
        assert_eq!(words.lower_of(5, 7), "votes.");
        assert!(words.tok(1).caps && words.tok(0).cap && !words.tok(0).caps);
        assert!(words.tok(3).lowercase && words.tok(3).gap_before);
        for (text, upper, cap, caps) in [
            ("NATO", true, true, true),
            ("U.S.", true, true, true),
            ("A", true, true, false),
            ("Ann", true, true, false),
            ("iPhone", true, false, false),
            ("ÉTAT", true, true, true),
            ("ÉtAT", true, true, false),
            ("année", false, false, false),
            ("anNée", true, false, false),
            ("1st", false, false, false),
            ("", false, false, false),
        ] {
            let shape = Shape::of(text);
            assert_eq!(
                (shape.upper, shape.cap, shape.caps),
                (upper, cap, caps),
                "{text}"
            );
        }
        let doc = Document::new("Votes, votes and VOTES 1st");
        let votes = Words::new(&doc);
        assert_eq!(votes.distinct(), 3);
        let id = |k: usize| votes.tok(k).word();
        assert_eq!(id(0), id(2));
        assert_eq!(id(0), id(4));
        assert_eq!(id(1), None);
        assert_ne!(id(3), id(0));
    }
}
