//! Grouping: decides the kind of mentions the recognizer left open (one
//! sense per document) and ties every mention to one real-world entity.
//!
//! People are grouped by surname: `Donald Trump`, `Trump` and `Trump’s`
//! are one person; two full names with one surname stay two people and a
//! bare surname goes to the one named most recently. Places and
//! organizations are grouped by their canonical name (`U.S.` → United
//! States) and organizations also by initials (`AP` → Associated Press).

use super::fasthash::{FastMap as HashMap, FastSet};
use super::gazetteer;
use super::lexicon;
use super::mention::{Hint, Mention};
use super::recognizer::INITIAL_ONLY;
use crate::analysis::{Entity, EntityKind};
use crate::document::is_ascii_space;
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Range;

/// Whether a lone capitalized word that no context explains (no title, cue
/// verb, gazetteer, full name elsewhere) is reported as a person or dropped.
/// Measured on the public dev sets, dropping it gains more precision than it
/// loses recall: such words are as often headings, products or terms.
const UNKNOWN_SINGLE_IS_PERSON: bool = false;

/// Longest abbreviation of a country written with periods (`U.S.`,
/// `U.K.`) read off an organization's name for its acronym.
const MAX_COUNTRY_ABBREVIATION: usize = 4;

/// Most words of the place a team is named for (`Kansas City Chiefs`).
const MAX_TEAM_PLACE_WORDS: usize = 3;

/// Strings derived from the mentions (lowercase forms, name words, keys),
/// stored end to end in one buffer and named by id: the tables below borrow
/// them instead of owning an allocation each.
#[derive(Default)]
struct Arena {
    buf: String,
    spans: Vec<Range<usize>>,
}

impl Arena {
    /// Adds `s` lowercased; returns its id.
    fn push_lowercase(&mut self, s: &str) -> usize {
        let start = self.buf.len();
        if s.is_ascii() {
            self.buf.push_str(s);
            self.buf[start..].make_ascii_lowercase();
        } else {
            self.buf.push_str(&s.to_lowercase());
        }
        self.spans.push(start..self.buf.len());
        self.spans.len() - 1
    }

    /// Adds a part of string `id` (a byte range of it) without copying it;
    /// returns its id.
    fn push_part(&mut self, id: usize, part: Range<usize>) -> usize {
        let base = self.spans[id].start;
        self.spans.push(base + part.start..base + part.end);
        self.spans.len() - 1
    }

    /// The number of strings so far: the id of the next one.
    fn len(&self) -> usize {
        self.spans.len()
    }

    fn get(&self, id: usize) -> &str {
        &self.buf[self.spans[id].clone()]
    }
}

/// The lowercase forms of one mention that grouping compares, as ids in an
/// [`Arena`], and how its name looks.
struct Form {
    /// The whole text: the surface form votes and hints are pooled by.
    lower: usize,
    /// The words of the name without periods and commas (consecutive ids).
    words: Range<usize>,
    /// The name it is grouped by when no person claims it: its canonical
    /// name, else its display form.
    key: usize,
    /// Its text is ASCII.
    ascii: bool,
    /// Its text has white space in it.
    spaced: bool,
    /// Its display form's [`name_score`].
    score: (usize, usize),
}

impl Form {
    fn new(arena: &mut Arena, m: &Mention, text: &str) -> Form {
        let lower = arena.push_lowercase(text);
        let first_word = arena.len();
        let ascii = text.is_ascii();
        let look = if ascii {
            // ASCII lowercasing keeps byte offsets: the words are parts of
            // `lower`.
            let bytes = text.as_bytes();
            Look::of_ascii(text, |w| {
                let (mut start, mut end) = (w.start, w.end);
                while start < end && matches!(bytes[start], b'.' | b',') {
                    start += 1;
                }
                while end > start && matches!(bytes[end - 1], b'.' | b',') {
                    end -= 1;
                }
                if start < end {
                    arena.push_part(lower, start..end);
                }
            })
        } else {
            for w in text.split(char::is_whitespace) {
                let word = w.trim_matches(['.', ',']);
                if !word.is_empty() {
                    arena.push_lowercase(word);
                }
            }
            Look::of(text)
        };
        let words = first_word..arena.len();
        let key = match m.canonical.filter(|c| *c != INITIAL_ONLY) {
            Some(c) => arena.push_lowercase(c),
            // Display forms only change the case of such a text.
            None if ascii && look.single_spaced => lower,
            None => arena.push_lowercase(&display_with(text, &look)),
        };
        let score = if look.shown_as_is() {
            (look.words, usize::from(look.lowercase) * 1000 + text.len())
        } else {
            name_score(&display_with(text, &look))
        };
        Form {
            lower,
            words,
            key,
            ascii,
            spaced: !(look.single_spaced && look.words <= 1),
            score,
        }
    }
}

/// The lowercase forms of `ms`, in a new arena.
fn forms_of(text: &str, ms: &[Mention]) -> (Arena, Vec<Form>) {
    let mut arena = Arena::default();
    let forms = ms
        .iter()
        .map(|m| Form::new(&mut arena, m, m.span.text(text)))
        .collect();
    (arena, forms)
}

/// The words of a name: lowercased, without periods and commas, empty ones
/// left out (`Ann Roy Jr.` → `ann`, `roy`, `jr`).
#[derive(Clone, Copy)]
struct NameWords<'a> {
    arena: &'a Arena,
    first: usize,
    len: usize,
}

impl<'a> NameWords<'a> {
    fn of(arena: &'a Arena, form: &Form) -> Self {
        NameWords {
            arena,
            first: form.words.start,
            len: form.words.len(),
        }
    }

    fn get(self, k: usize) -> &'a str {
        assert!(k < self.len);
        self.arena.get(self.first + k)
    }
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

/// First and last word (last skips Jr., regnal numbers: Leo XIV → leo, leo)
/// of a name of two words or more.
fn first_last(words: NameWords<'_>) -> (&str, Cow<'_, str>) {
    let n = words.len;
    let mut end = n;
    while end > 1 && is_suffix_word(words.get(end - 1)) {
        end -= 1;
    }
    let last = if end == n {
        Cow::Borrowed(words.get(n - 1))
    } else if end > 1 && matches!(words.get(end), "jr" | "sr") {
        // Sean O’Rourke Jr. is O’Rourke.
        Cow::Borrowed(words.get(end - 1))
    } else {
        // Regnal names group by the whole name.
        Cow::Owned((0..n).map(|k| words.get(k)).collect::<Vec<_>>().join(" "))
    };
    (words.get(0), last)
}

/// A name particle (`van`, `de`, `bin`): a name opening with one is a
/// surname alone.
fn is_particle(w: &str) -> bool {
    lexicon::classes(w) & lexicon::PARTICLE != 0
}

/// Levenshtein distance of at most one: equal, or one character replaced,
/// inserted or deleted; only for names of five characters or more.
fn close(a: FirstName<'_>, b: FirstName<'_>) -> bool {
    if a.text == b.text {
        return true;
    }
    let (na, nb) = (a.chars, b.chars);
    if na.min(nb) < 5 || na.abs_diff(nb) > 1 {
        return false;
    }
    let (short, long) = if na <= nb {
        (a.text, b.text)
    } else {
        (b.text, a.text)
    };
    let (mut s, mut l) = (short.chars(), long.chars());
    loop {
        match (s.next(), l.next()) {
            (Some(x), Some(y)) if x == y => continue,
            // The first difference: the rest must match after replacing
            // this character (same lengths) or skipping it in the longer.
            (Some(x), Some(_)) => {
                return if na == nb {
                    s.eq(l)
                } else {
                    std::iter::once(x).chain(s).eq(l)
                };
            }
            _ => return true,
        }
    }
}

/// A first name with what [`compatible_first`] compares, counted once.
#[derive(Clone, Copy)]
struct FirstName<'a> {
    text: &'a str,
    chars: usize,
    initial: Option<char>,
    /// Written in syllables joined by hyphens (`Jin-ho`).
    syllables: bool,
}

impl<'a> FirstName<'a> {
    fn new(text: &'a str) -> Self {
        FirstName {
            text,
            chars: text.chars().count(),
            initial: text.chars().next(),
            syllables: text.contains('-'),
        }
    }
}

/// The sex an honorific just before byte `start` of `text` speaks of
/// (`Mr Nwosu`, `Mrs. Nwosu`).
fn honorific_before(text: &str, start: usize) -> Option<gazetteer::NameGender> {
    let before = text[..start].strip_suffix(' ')?;
    let before = before.strip_suffix('.').unwrap_or(before);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    gazetteer::honorific_gender(&before[word_start..])
}

/// Whether two first names can be one person's: an initial and a name it
/// opens, or names at most one typo apart.
fn compatible_first(a: FirstName<'_>, b: FirstName<'_>) -> bool {
    if a.chars == 1 || b.chars == 1 {
        return a.initial == b.initial;
    }
    // `close` on names it cannot find close: only equal ones are. Nor is
    // a letter a typo in names of syllables (`Jin-ho`, `Jun-ho`).
    if a.chars.min(b.chars) < TYPO_MIN_CHARS
        || a.chars.abs_diff(b.chars) > 1
        || a.syllables
        || b.syllables
    {
        return a.text == b.text;
    }
    close(a, b)
}

/// First names this long or longer can be one person's with one typo
/// between them (see [`close`]).
const TYPO_MIN_CHARS: usize = 5;

/// A surname shared by this many people named in full gets the indexes of
/// [`People`]; fewer are compared one by one, which costs less than
/// indexing the one or two people most surnames have.
const INDEXED_NAMESAKES: usize = 32;

/// People named in full, each a surname and the first name first seen with
/// it. A new mention's person is the first of those sharing its surname
/// whose first name is compatible. Where many share it (a text may name
/// thousands of people who share a surname), that one is found without
/// comparing first names one by one: by the first name itself, by its
/// initial, and for near misses by the forms it has with one character left
/// out, which two names one typo apart share.
#[derive(Default)]
struct People<'a> {
    first_names: Vec<FirstName<'a>>,
    /// Surname → its slot.
    slot_of: HashMap<Cow<'a, str>, usize>,
    /// By slot: the people with that surname, in order of first mention.
    by_slot: Vec<Vec<usize>>,
    /// For indexed slots, (slot, first name) → the person.
    exact: HashMap<(usize, &'a str), usize>,
    /// For indexed slots, (slot, initial) → the first person whose first
    /// name has that initial, and the first whose first name is that
    /// initial alone.
    by_initial: HashMap<(usize, char), (usize, Option<usize>)>,
    /// For indexed slots, (slot, hash of a first name of [`TYPO_MIN_CHARS`]
    /// or more, whole or with one character left out) → the people it is a
    /// form of, in order. Hashes may collide: each candidate is checked
    /// with [`compatible_first`].
    near: HashMap<(usize, u64), Vec<usize>>,
    /// Scratch for [`one_left_out_hashes`].
    hashes: Vec<u64>,
}

impl<'a> People<'a> {
    fn len(&self) -> usize {
        self.first_names.len()
    }

    /// The people whose surname is `last`, in order of first mention.
    fn with_surname(&self, last: &str) -> &[usize] {
        self.slot_of
            .get(last)
            .map_or(&[], |&slot| self.by_slot[slot].as_slice())
    }

    /// The person named `first last`: the first one seen with that surname
    /// whose first name is compatible, or a new one. Returns the id and
    /// whether it is new.
    fn find_or_add(&mut self, last: Cow<'a, str>, first: FirstName<'a>) -> (usize, bool) {
        let slot = match self.slot_of.get(&*last) {
            Some(&slot) => slot,
            None => {
                self.slot_of.insert(last, self.by_slot.len());
                self.by_slot.push(Vec::new());
                self.by_slot.len() - 1
            }
        };
        let namesakes = &self.by_slot[slot];
        let found = if namesakes.len() < INDEXED_NAMESAKES {
            namesakes
                .iter()
                .copied()
                .find(|&p| compatible_first(self.first_names[p], first))
        } else {
            self.first_compatible(slot, first)
        };
        if let Some(id) = found {
            return (id, false);
        }
        let id = self.first_names.len();
        self.first_names.push(first);
        self.by_slot[slot].push(id);
        let count = self.by_slot[slot].len();
        if count == INDEXED_NAMESAKES {
            for k in 0..count {
                self.index(slot, self.by_slot[slot][k]);
            }
        } else if count > INDEXED_NAMESAKES {
            self.index(slot, id);
        }
        (id, true)
    }

    /// Adds person `id` of surname `slot` to the indexes (in id order).
    fn index(&mut self, slot: usize, id: usize) {
        let first = self.first_names[id];
        self.exact.insert((slot, first.text), id);
        if let Some(initial) = first.initial {
            let entry = self.by_initial.entry((slot, initial)).or_insert((id, None));
            if first.chars == 1 && entry.1.is_none() {
                entry.1 = Some(id);
            }
        }
        if first.chars >= TYPO_MIN_CHARS {
            one_left_out_hashes(first.text, &mut self.hashes);
            for &hash in &self.hashes {
                let ids = self.near.entry((slot, hash)).or_default();
                // A name with a doubled letter leaves one form twice.
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
    }

    /// The first person of the indexed surname `slot` whose first name is
    /// compatible with `first`.
    fn first_compatible(&mut self, slot: usize, first: FirstName<'a>) -> Option<usize> {
        // An equal first name is that person: any earlier one compatible
        // with it would have claimed it when it was first seen.
        if let Some(&id) = self.exact.get(&(slot, first.text)) {
            return Some(id);
        }
        let by_initial = first
            .initial
            .and_then(|c| self.by_initial.get(&(slot, c)).copied());
        if first.chars == 1 {
            return by_initial.map(|(with_initial, _)| with_initial);
        }
        let mut best = by_initial.and_then(|(_, initial_only)| initial_only);
        // Otherwise only names one typo apart are compatible; they need not
        // share the initial (Kaaaa, Baaaa).
        if first.chars >= TYPO_MIN_CHARS {
            one_left_out_hashes(first.text, &mut self.hashes);
            for hash in &self.hashes {
                let Some(ids) = self.near.get(&(slot, *hash)) else {
                    continue;
                };
                if let Some(&id) = ids
                    .iter()
                    .find(|&&p| compatible_first(self.first_names[p], first))
                {
                    best = Some(best.map_or(id, |b| b.min(id)));
                }
            }
        }
        best
    }
}

/// Hashes of `text` whole and of each form of it with one character left
/// out, into `out`. Each is a polynomial hash of the bytes, so a form's
/// hash comes from the hashes of the part before and after the character:
/// linear in the length of `text`, however long.
fn one_left_out_hashes(text: &str, out: &mut Vec<u64>) {
    const BASE: u64 = 0x100_0000_01b3;
    let bytes = text.as_bytes();
    let n = bytes.len();
    // prefix[k]: hash of bytes[..k]; power[k]: BASE^k.
    let mut prefix = Vec::with_capacity(n + 1);
    let mut power = Vec::with_capacity(n + 1);
    let (mut h, mut p) = (0u64, 1u64);
    prefix.push(h);
    power.push(p);
    for &b in bytes {
        h = h.wrapping_mul(BASE).wrapping_add(u64::from(b) + 1);
        p = p.wrapping_mul(BASE);
        prefix.push(h);
        power.push(p);
    }
    // hash of bytes[a..b] = prefix[b] - prefix[a] * BASE^(b - a).
    let part = |a: usize, b: usize| prefix[b].wrapping_sub(prefix[a].wrapping_mul(power[b - a]));
    out.clear();
    out.push(prefix[n]);
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        out.push(
            prefix[start]
                .wrapping_mul(power[n - end])
                .wrapping_add(part(end, n)),
        );
    }
}

/// The capital letters that open the words of `name`.
fn initials(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
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

/// Capitals that `display` keeps as written: a name of at most this many
/// letters (`NATO`, `ACME`) ...
const ACRONYM_MAX_LETTERS: usize = 4;
/// ... or whose words all have at most this many (`AP NFL`, `BBC ONE`).
const ACRONYM_WORD_MAX_LETTERS: usize = 3;

/// What `display` looks at in a text, read in one pass.
struct Look {
    /// The text is its words joined by single spaces.
    single_spaced: bool,
    /// It has a lowercase letter.
    lowercase: bool,
    /// Its letters; read only without lowercase ones (`capitals`), and
    /// counted only then in ASCII text.
    letters: usize,
    /// The letters of its longest word, under the same terms as `letters`.
    longest_word: usize,
    /// Its words (runs of anything but white space).
    words: usize,
}

impl Look {
    fn of(s: &str) -> Look {
        if s.is_ascii() {
            return Look::of_ascii(s, |_| {});
        }
        Look {
            single_spaced: is_single_spaced(s),
            lowercase: s.chars().any(char::is_lowercase),
            letters: s.chars().filter(|c| c.is_alphabetic()).count(),
            longest_word: s
                .split_whitespace()
                .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
                .max()
                .unwrap_or(0),
            words: s.split_whitespace().count(),
        }
    }

    /// [`Look::of`] an ASCII text, in one pass that hands each of its words
    /// (a byte range between white space) to `word`.
    fn of_ascii(s: &str, mut word: impl FnMut(Range<usize>)) -> Look {
        let b = s.as_bytes();
        let mut look = Look {
            single_spaced: true,
            lowercase: false,
            letters: 0,
            longest_word: 0,
            words: 0,
        };
        let mut i = 0;
        while i < b.len() {
            let gap = i;
            while i < b.len() && is_ascii_space(b[i]) {
                i += 1;
            }
            // A leading or trailing gap, or one other than a single space.
            if i > gap && (gap == 0 || i == b.len() || i - gap > 1 || b[gap] != b' ') {
                look.single_spaced = false;
            }
            if i == b.len() {
                break;
            }
            let start = i;
            while i < b.len() && !is_ascii_space(b[i]) {
                look.lowercase |= b[i].is_ascii_lowercase();
                i += 1;
            }
            look.words += 1;
            word(start..i);
        }
        if !look.lowercase {
            look.letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
            look.longest_word = s
                .split_ascii_whitespace()
                .map(|w| w.bytes().filter(u8::is_ascii_alphabetic).count())
                .max()
                .unwrap_or(0);
        }
        look
    }

    /// Whether `display` writes the text in title case: it is in capitals,
    /// and not only acronyms (`NATO`, `AP NFL`) stay as they are.
    fn capitals(&self) -> bool {
        !self.lowercase
            && self.letters > ACRONYM_MAX_LETTERS
            && self.longest_word > ACRONYM_WORD_MAX_LETTERS
    }

    /// Whether `display` shows the text as it is.
    fn shown_as_is(&self) -> bool {
        self.single_spaced && !self.capitals()
    }
}

/// Whether `s` is its words joined by single spaces, as `display` writes it.
fn is_single_spaced(s: &str) -> bool {
    let mut after_space = true;
    for c in s.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || s.is_empty()
}

/// The text as a name is shown: words joined by single spaces, in title
/// case when it is written in capitals.
fn display(text: &str) -> Cow<'_, str> {
    display_with(text, &Look::of(text))
}

/// [`display`] of a text whose [`Look`] is known. White space has no case
/// and is no letter: the collapsed text looks the same.
fn display_with<'a>(text: &'a str, look: &Look) -> Cow<'a, str> {
    let s = if look.single_spaced {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    if look.capitals() {
        Cow::Owned(title_case(&s))
    } else {
        s
    }
}

/// Whether the name at `span` of `text` is said to speak: a speech verb
/// ([`lexicon::CUE`]) right after it (`Jackson said`) or `said` right before it.
#[inline(never)]
fn speaks(text: &str, span: Span) -> bool {
    let after = text[span.end..].trim_start().as_bytes();
    let after = &after[..after
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len())];
    let before = text[..span.start].trim_end().as_bytes();
    let before = &before[before
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1)..];
    let cue = std::str::from_utf8(after).is_ok_and(|w| lexicon::classes(w) & lexicon::CUE != 0);
    // Before the name only `said`: `told Jackson` names the one told.
    cue || matches!(before, b"said" | b"says")
}

/// Whether the name at `span` of `text` is written as a place: in capitals
/// (a dateline's `PARIS`) or after a preposition of place (`in Paris`).
fn is_located(text: &str, span: Span) -> bool {
    let name = span.text(text);
    if name.chars().count() > 1 && !name.chars().any(char::is_lowercase) {
        return true;
    }
    let before = text[..span.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    [
        "in", "at", "near", "outside", "from", "to", "across", "around",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether the name starting at byte `start` of `text` is introduced as
/// someone's kin: a kinship noun among the three words before it (`her
/// son, Daniel Roy`, `his wife, the novelist Ann Roy`). Kinship nouns are
/// ASCII: the words are runs of ASCII letters.
#[inline(never)]
fn is_kin_named(text: &str, start: usize) -> bool {
    let bytes = &text.as_bytes()[start.saturating_sub(KIN_LOOKBACK_BYTES)..start];
    let mut word = [0u8; MAX_KIN_NOUN_LEN];
    let mut end = bytes.len();
    for _ in 0..3 {
        while end > 0 && !bytes[end - 1].is_ascii_alphabetic() {
            end -= 1;
        }
        let mut begin = end;
        while begin > 0 && bytes[begin - 1].is_ascii_alphabetic() {
            begin -= 1;
        }
        if begin == end {
            return false;
        }
        let len = end - begin;
        if len <= MAX_KIN_NOUN_LEN {
            word[..len].copy_from_slice(&bytes[begin..end]);
            word[..len].make_ascii_lowercase();
            if std::str::from_utf8(&word[..len]).is_ok_and(lexicon::is_kinship_noun) {
                return true;
            }
        }
        end = begin;
    }
    false
}

/// The longest kinship noun (`granddaughter`).
const MAX_KIN_NOUN_LEN: usize = 13;

/// How far back [`is_kin_named`] looks for the kinship noun.
const KIN_LOOKBACK_BYTES: usize = 48;

/// How [`best_name`] ranks a display form: more words, then mixed case,
/// then length.
fn name_score(shown: &str) -> (usize, usize) {
    let look = Look::of(shown);
    (look.words, usize::from(look.lowercase) * 1000 + shown.len())
}

/// The kind most votes go to, `None` without votes (ties: the later kind).
fn majority<const N: usize>(votes: &[u32; N], kinds: [EntityKind; N]) -> Option<EntityKind> {
    let (best, n) = votes.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    (*n > 0).then_some(kinds[best])
}

/// Groups `mentions` (sorted by start) of `text` into entities.
/// Records that `word` names the organization `key`: the word keeps its
/// organization while every claim agrees, and names none (`None`) once two
/// organizations claim it.
fn claim<'a>(owners: &mut HashMap<&'a str, Option<&'a str>>, word: &'a str, key: &'a str) {
    owners
        .entry(word)
        .and_modify(|owner| {
            if *owner != Some(key) {
                *owner = None;
            }
        })
        .or_insert(Some(key));
}

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
    let (mut arena, forms) = forms_of(text, &ms);
    let (ms, forms) = match guessed_pairs_to_split(text, &ms, &arena, &forms) {
        Some(splits) => split_pairs(text, ms, forms, &splits, &mut arena),
        None => (ms, forms),
    };
    let text_of = |i: usize| ms[i].span.text(text);
    let words = |i: usize| NameWords::of(&arena, &forms[i]);
    let key_of = |i: usize| arena.get(forms[i].key);

    // Surface forms (lowercased texts) by number, for the tallies below.
    let mut surface_ids: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(forms.len().min(4096), Default::default());
    let surface: Vec<usize> = forms
        .iter()
        .map(|f| {
            let next = surface_ids.len();
            *surface_ids.entry(arena.get(f.lower)).or_insert(next)
        })
        .collect();

    // One sense per document: strong kinds of a surface form.
    let mut votes = vec![[0u32; 4]; surface_ids.len()];
    // Context hints of the open mentions, pooled per surface form.
    let mut hints = vec![[0u32; 3]; surface_ids.len()];
    for (i, m) in ms.iter().enumerate() {
        match (m.kind, m.strong) {
            (Some(kind), true) => {
                let slot = match kind {
                    EntityKind::Person => 0,
                    EntityKind::Organization => 1,
                    EntityKind::Place => 2,
                    _ => 3,
                };
                votes[surface[i]][slot] += 1;
            }
            (None, _) => {
                let slot = match m.hint {
                    Hint::Person => 0,
                    Hint::Organization => 1,
                    Hint::Place => 2,
                    Hint::None => continue,
                };
                hints[surface[i]][slot] += 1;
            }
            _ => {}
        }
    }

    // Organizations named in full with a legal form or `Group`: the name
    // without it is theirs too (`Tidewater Transit said` after `Tidewater
    // Transit Group`), where the words alone would pass for a person's.
    let shortened_orgs: FastSet<&str> = ms
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Some(EntityKind::Organization) && m.strong)
        .map(|(i, _)| without_legal_form(key_of(i)))
        .filter(|&short| short.contains(' '))
        .collect();

    // People named in full, by first name.
    // Indexed by surname and by first name, so grouping stays linear in
    // the number of mentions however many people a text names.
    let mut people = People::default();
    // The one person with a first name, `None` when several share it.
    let mut by_first_name: HashMap<&str, Option<usize>> = HashMap::default();
    let mut person_of: Vec<Option<usize>> = vec![None; ms.len()];
    // Per person: named as someone's kin (`her son, Daniel Roy`).
    let mut relative: Vec<bool> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Some(EntityKind::Person) || (!m.strong && shortened_orgs.contains(key_of(i))) {
            continue;
        }
        let words = words(i);
        if words.len < 2 || is_particle(words.get(0)) {
            // `van der Berg`, `Bin Saleh`: a surname alone, tied below.
            continue;
        }
        let (first, last) = first_last(words);
        let first = FirstName::new(first);
        let (id, new) = people.find_or_add(last, first);
        if new {
            by_first_name
                .entry(first.text)
                .and_modify(|p| *p = None)
                .or_insert(Some(id));
        }
        person_of[i] = Some(id);
        if relative.len() <= id {
            relative.resize(id + 1, false);
        }
        relative[id] |= is_kin_named(text, m.span.start);
    }

    // Single words: surnames (or first names) of people named in full.
    // Mentions are in text order, so the full names seen so far are the
    // ones before the mention.
    let mut latest_full_start: Vec<Option<usize>> = vec![None; people.len()];
    // Town names that speak somewhere in the text (`Jackson said`): there
    // the surname of someone named in full, everywhere (one sense).
    let mut speaking_towns: Vec<&str> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if m.kind == Some(EntityKind::Place) && words(i).len == 1 && speaks(text, m.span) {
            speaking_towns.push(words(i).get(0));
        }
    }
    for (i, m) in ms.iter().enumerate() {
        if let Some(p) = person_of[i] {
            latest_full_start[p] = Some(m.span.start);
            continue;
        }
        let words = words(i);
        let w = match words.len {
            1 => words.get(0),
            n if n >= 2 && is_particle(words.get(0)) && m.kind == Some(EntityKind::Person) => {
                words.get(n - 1)
            }
            _ => continue,
        };
        // A city that is also the name of someone named in full here is
        // that person (Vladimir, Jordan); countries and aliases stay places.
        let city =
            m.kind == Some(EntityKind::Place) && m.canonical.is_none() && !gazetteer::is_country(w);
        let strong_other = m.strong && matches!(m.kind, Some(k) if k != EntityKind::Person);
        if strong_other && !city {
            continue;
        }
        let by_last: &[usize] = if city && !speaking_towns.contains(&w) {
            &[]
        } else {
            people.with_surname(w)
        };
        let pick = match by_last {
            [p] => Some(*p),
            // The one mentioned most recently before this mention; a
            // relative named in full to tell them apart (`her son, Daniel
            // Roy`) is not the one the bare surname goes on meaning.
            // `Mr Nwosu` is not Bernadette Nwosu: an honorific rules out
            // those whose first name is mostly the other sex's.
            [_, _, ..] => {
                let honorific = honorific_before(text, m.span.start);
                let fits = |p: usize| {
                    honorific.map_or(true, |g| {
                        let first = people.first_names[p].text;
                        gazetteer::given_name_gender(first).map_or(true, |f| f == g)
                    })
                };
                let latest = |&p: &usize| {
                    (
                        !relative.get(p).copied().unwrap_or(false),
                        latest_full_start[p].map_or(0, |s| s + 1),
                    )
                };
                by_last
                    .iter()
                    .copied()
                    .filter(|&p| fits(p))
                    .max_by_key(latest)
                    .or_else(|| by_last.iter().copied().max_by_key(latest))
            }
            // A town the text writes as one (`PARIS (AP) —`, `in Paris`)
            // is no first name of someone named there.
            [] if city && is_located(text, m.span) => None,
            [] => by_first_name.get(w).copied().flatten(),
        };
        if let Some(p) = pick {
            person_of[i] = Some(p);
        }
    }

    // Organizations named in full, by their first word: `Acme` alone then
    // names `Acme Freight Holdings` (None when two share that word).
    let mut org_first: HashMap<&str, Option<&str>> = HashMap::default();
    // The towns whose council names them (`Harlow City Council`): alone,
    // the name is the town, not the surname it may also be.
    let mut council_towns: FastSet<&str> = FastSet::default();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Some(EntityKind::Organization) || !m.strong || m.qualifier.is_some() {
            continue;
        }
        let words = words(i);
        if words.len < 2 {
            continue;
        }
        let w = words.get(0);
        // `Harlow City Council`, `The Oakdale Times`: the council or the
        // newspaper of the town, whose name alone is the town.
        if matches!(
            words.get(1),
            "city" | "county" | "town" | "township" | "village" | "borough"
        ) {
            council_towns.insert(w);
            continue;
        }
        if lexicon::is_press_head(words.get(words.len - 1)) {
            continue;
        }
        // A first name stays a person's where someone here bears it.
        let borne = || by_first_name.contains_key(w) || !people.with_surname(w).is_empty();
        if gazetteer::is_common_word(w)
            || gazetteer::is_place(w)
            || (gazetteer::is_first_name(w) && borne())
        {
            continue;
        }
        claim(&mut org_first, w, without_legal_form(key_of(i)));
    }
    // And by their head word: `the Commission` after `European
    // Commission`, `the Hawks` after a team named for its city, `Atlanta
    // Hawks` (None when two share that word).
    let mut org_head: HashMap<&str, Option<&str>> = HashMap::default();
    // Teams named for their city by a plural (`Denver Ridgebacks`): the
    // city's name alone, outside a place's context, is the team in such a
    // text (`ahead of Oakland in the standings`, `for Denver`).
    let mut team_of_place: HashMap<&str, Option<&str>> = HashMap::default();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Some(EntityKind::Organization) {
            continue;
        }
        let words = words(i);
        if words.len < 2 {
            continue;
        }
        let head = words.get(words.len - 1);
        // A team is told from its city's name only by its context: a
        // guess, but the word alone is the same team. The place may be of
        // several words (`Kansas City Chiefs`).
        let named_for_place = words.len <= MAX_TEAM_PLACE_WORDS + 1 && {
            let place: Vec<&str> = (0..words.len - 1).map(|k| words.get(k)).collect();
            gazetteer::is_place(&place.join(" "))
        };
        let by_head = m.strong && lexicon::classes(head) & lexicon::ORG_HEAD != 0;
        if !(by_head || named_for_place) {
            continue;
        }
        claim(&mut org_head, head, without_legal_form(key_of(i)));
        let plural = head.ends_with('s') && !head.ends_with("ss");
        if named_for_place && plural && !by_head {
            let team = key_of(i);
            if let Some((place, _)) = team.rsplit_once(' ') {
                claim(&mut team_of_place, place, team);
            }
        }
    }
    let short_org = |i: usize| -> Option<&str> {
        let words = words(i);
        if words.len == 1 {
            let w = words.get(0);
            org_first
                .get(w)
                .or_else(|| org_head.get(w))
                .copied()
                .flatten()
        } else {
            None
        }
    };

    let team_of = |i: usize| -> Option<&str> {
        let m = &ms[i];
        if m.kind != Some(EntityKind::Place) || team_of_place.is_empty() || is_located(text, m.span)
        {
            return None;
        }
        team_of_place.get(key_of(i)).copied().flatten()
    };

    // Decide the open kinds.
    let mut kinds: Vec<Option<EntityKind>> = Vec::with_capacity(ms.len());
    for (i, m) in ms.iter().enumerate() {
        if person_of[i].is_some() {
            kinds.push(Some(EntityKind::Person));
            continue;
        }
        let voted = majority(
            &votes[surface[i]],
            [
                EntityKind::Person,
                EntityKind::Organization,
                EntityKind::Place,
                EntityKind::Group,
            ],
        );
        // An organization named after its town (Merriton Public Library)
        // leaves the town's name alone a place where the text names that
        // place for sure (a dateline: MERRITON, Maine —). A place hint
        // alone (`at Hofstra`) says too little.
        let said_place = voted == Some(EntityKind::Place);
        let shortened = || shortened_orgs.contains(key_of(i));
        if !m.strong && !said_place && (short_org(i).is_some() || shortened()) {
            kinds.push(Some(EntityKind::Organization));
            continue;
        }
        if team_of(i).is_some() {
            kinds.push(Some(EntityKind::Organization));
            continue;
        }
        if m.kind.is_none() && words(i).len == 1 && council_towns.contains(words(i).get(0)) {
            kinds.push(Some(EntityKind::Place));
            continue;
        }
        let kind = match (m.kind, m.strong) {
            (Some(k), true) => Some(k),
            (Some(k), false) => Some(voted.unwrap_or(k)),
            (None, _) => {
                if m.canonical == Some(INITIAL_ONLY) {
                    voted
                } else {
                    let pooled = majority(
                        &hints[surface[i]],
                        [
                            EntityKind::Person,
                            EntityKind::Organization,
                            EntityKind::Place,
                        ],
                    );
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

    // Multi-word organization initials, for acronyms.
    let mut org_initials: HashMap<String, &str> = HashMap::default();
    let mut acronym = String::new();
    for (i, m) in ms.iter().enumerate() {
        if kinds[i] == Some(EntityKind::Organization) {
            // The words of its display form are those of its text.
            let words = m.canonical.map_or(forms[i].score.0, |c| Look::of(c).words);
            if words >= 2 {
                let name = m
                    .canonical
                    .map_or_else(|| display(text_of(i)), Cow::Borrowed);
                acronym.clear();
                acronym.extend(initials(&name));
                if !org_initials.contains_key(&acronym) {
                    // Its lowercase form is the mention's key: the canonical
                    // name is not INITIAL_ONLY, which is one word.
                    org_initials.insert(acronym.clone(), key_of(i));
                }
                // `U.S. Customs and Border Protection` is CBP: a country's
                // abbreviation before the name is not in its initials.
                if let Some((first, rest)) = name.split_once(' ') {
                    let country = first.contains('.') && first.len() <= MAX_COUNTRY_ABBREVIATION;
                    if country && rest.contains(' ') {
                        acronym.clear();
                        acronym.extend(initials(rest));
                        if !org_initials.contains_key(&acronym) {
                            org_initials.insert(acronym.clone(), key_of(i));
                        }
                    }
                }
            }
        }
    }

    // Keys: each mention's group, groups numbered in order of first mention.
    let mut group_of: Vec<Option<usize>> = vec![None; ms.len()];
    let mut group_kinds: Vec<EntityKind> = Vec::new();
    let mut index: HashMap<(EntityKind, Cow<str>), Option<usize>> = HashMap::default();
    let mut person_group: Vec<Option<usize>> = vec![None; people.len()];
    for (i, m) in ms.iter().enumerate() {
        let Some(kind) = kinds[i] else { continue };
        let slot = match person_of[i] {
            Some(p) => &mut person_group[p],
            None => {
                let mut key = Cow::Borrowed(key_of(i));
                if let Some(q) = m.qualifier {
                    key = Cow::Owned(format!("{} {key}", q.text(text).to_lowercase()));
                }
                if kind == EntityKind::Organization && !key.contains(' ') {
                    let t = text_of(i);
                    let bare = if t.contains('.') {
                        Cow::Owned(t.replace('.', ""))
                    } else {
                        Cow::Borrowed(t)
                    };
                    if let Some(full) = org_initials.get(&*bare) {
                        key = Cow::Borrowed(full);
                    } else if let Some(full) = short_org(i) {
                        key = Cow::Borrowed(full);
                    }
                }
                if let Some(team) = team_of(i) {
                    key = Cow::Borrowed(team);
                }
                // `Orrin Biotech Inc` is the `Orrin Biotech` of the headline.
                if kind == EntityKind::Organization {
                    if let Cow::Borrowed(k) = key {
                        key = Cow::Borrowed(without_legal_form(k));
                    }
                }
                &mut *index.entry((kind, key)).or_insert(None)
            }
        };
        let g = *slot.get_or_insert_with(|| {
            group_kinds.push(kind);
            group_kinds.len() - 1
        });
        group_of[i] = Some(g);
    }

    // The members of each group in text order, all in one list.
    let mut bounds = vec![0usize; group_kinds.len() + 1];
    for g in group_of.iter().flatten() {
        bounds[g + 1] += 1;
    }
    for g in 0..group_kinds.len() {
        bounds[g + 1] += bounds[g];
    }
    let mut members = vec![0usize; bounds[group_kinds.len()]];
    let mut filled = bounds.clone();
    for (i, g) in group_of.iter().enumerate() {
        if let Some(g) = *g {
            members[filled[g]] = i;
            filled[g] += 1;
        }
    }

    let mut out: Vec<Entity> = group_kinds
        .iter()
        .enumerate()
        .map(|(g, &kind)| {
            let idx = &members[bounds[g]..bounds[g + 1]];
            let name = best_name(text, &ms, &forms, idx, kind);
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

/// The lowercase name `key` without the legal form that may end it
/// (`orrin biotech inc.` → `orrin biotech`), or the `group` or `holdings`
/// after two words or more; `key` when it has none, or is nothing else.
fn without_legal_form(key: &str) -> &str {
    let Some((rest, last)) = key.rsplit_once(' ') else {
        return key;
    };
    let rest = rest.trim_end_matches([',', ' ']);
    if rest.is_empty() {
        return key;
    }
    if lexicon::is_legal_form(last.trim_end_matches('.')) {
        // `Coastline Freight Systems Inc.`: the generic word before the
        // legal form goes too.
        return without_corporate_word(rest);
    }
    without_corporate_word(key)
}

/// The lowercase name `key` without a generic word of business that may end
/// it: `Tidewater Transit Group` is the `Tidewater Transit` of a later
/// sentence, `Coastline Freight Systems` the `Coastline Freight`. A
/// one-word rest (`Eurasia Group`) stays whole, as it may also be a
/// place's name.
fn without_corporate_word(key: &str) -> &str {
    match key.rsplit_once(' ') {
        Some((rest, last))
            if rest.contains(' ')
                && matches!(
                    last,
                    "group"
                        | "holdings"
                        | "systems"
                        | "industries"
                        | "technologies"
                        | "services"
                        | "enterprises"
                        | "solutions"
                        | "company"
                        | "corporation"
                ) =>
        {
            rest.trim_end_matches([',', ' '])
        }
        _ => key,
    }
}

/// A two-word run guessed to be a person (`Lebed Chechnya` in a headline)
/// whose words the document also names one by one, and whose first word is
/// the surname of someone named in full, is two names. Returns, for each
/// mention to split, the byte lengths of its two words; `None` when no
/// mention splits.
fn guessed_pairs_to_split(
    text: &str,
    ms: &[Mention],
    arena: &Arena,
    forms: &[Form],
) -> Option<Vec<Option<(usize, usize)>>> {
    // The lowercase form of bytes `part` of mention `i`'s text.
    let lower_part = |i: usize, part: Range<usize>| -> Cow<'_, str> {
        if forms[i].ascii {
            Cow::Borrowed(&arena.get(forms[i].lower)[part])
        } else {
            Cow::Owned(ms[i].span.text(text)[part].to_lowercase())
        }
    };
    // Mentions of two words whose first is no first name: the position of
    // the space between the words.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Some(EntityKind::Person) || m.strong {
            continue;
        }
        let t = m.span.text(text);
        let Some(space) = t.find(' ') else { continue };
        if t[space + 1..].contains(' ') {
            continue;
        }
        if !gazetteer::is_first_name(&lower_part(i, 0..space)) {
            pairs.push((i, space));
        }
    }
    if pairs.is_empty() {
        return None;
    }
    let mut singles: FastSet<&str> = FastSet::default();
    // Surnames of people named in full.
    let mut surnames: FastSet<Cow<'_, str>> = FastSet::default();
    for (i, m) in ms.iter().enumerate() {
        let t = m.span.text(text);
        if !forms[i].spaced {
            singles.insert(arena.get(forms[i].lower));
        }
        if m.kind == Some(EntityKind::Person) {
            if let Some(space) = t.rfind(' ') {
                surnames.insert(lower_part(i, space + 1..t.len()));
            }
        }
    }
    let mut splits = vec![None; ms.len()];
    let mut any = false;
    for (i, space) in pairs {
        let len = ms[i].span.len();
        let (first, second) = (lower_part(i, 0..space), lower_part(i, space + 1..len));
        if surnames.contains(&first) && singles.contains(&*first) && singles.contains(&*second) {
            splits[i] = Some((space, len - space - 1));
            any = true;
        }
    }
    any.then_some(splits)
}

/// Splits the mentions `splits` marks into their two words, each an open
/// mention with its own form.
fn split_pairs(
    text: &str,
    ms: Vec<Mention>,
    forms: Vec<Form>,
    splits: &[Option<(usize, usize)>],
    arena: &mut Arena,
) -> (Vec<Mention>, Vec<Form>) {
    let mut out = (
        Vec::with_capacity(ms.len() + 1),
        Vec::with_capacity(ms.len() + 1),
    );
    for ((m, form), split) in ms.into_iter().zip(forms).zip(splits) {
        let Some((first_len, second_len)) = *split else {
            out.0.push(m);
            out.1.push(form);
            continue;
        };
        let first = Span::new(m.span.start, m.span.start + first_len);
        let second = Span::new(m.span.end - second_len, m.span.end);
        for span in [first, second] {
            let mut part = m.clone();
            part.span = span;
            part.kind = None;
            part.hint = Hint::None;
            out.1.push(Form::new(arena, &part, span.text(text)));
            out.0.push(part);
        }
    }
    out
}

fn best_name(
    text: &str,
    ms: &[Mention],
    forms: &[Form],
    idx: &[usize],
    kind: EntityKind,
) -> String {
    if let Some((q, i)) = idx.iter().find_map(|&i| ms[i].qualifier.map(|q| (q, i))) {
        return format!("{} {}", q.text(text), display(ms[i].span.text(text)));
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
    // Display forms are never empty: the first mention is the best so far.
    let mut best: Option<usize> = None;
    let mut best_score = (0usize, 0usize);
    for &i in idx {
        if forms[i].score > best_score || best.is_none() {
            best_score = forms[i].score;
            best = Some(i);
        }
    }
    let Some(i) = best else {
        return String::new();
    };
    let written = ms[i].span.text(text);
    // `FNSEA`, `NAACP`: an organization's acronym, however long, is no
    // word in capitals to write in title case.
    // A team named for its town (`CHICAGO` in a table) is no acronym.
    let acronym = kind == EntityKind::Organization
        && written
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
        && written.chars().any(char::is_alphabetic)
        && {
            let lower = written.to_lowercase();
            !gazetteer::is_common_word(&lower) && !gazetteer::is_place(&lower)
        };
    if acronym {
        return written.to_string();
    }
    let shown = display(written);
    // `ROME` of a dateline, too short to read as capitals, is Rome: a
    // known place is no acronym.
    let short_caps_place = kind == EntityKind::Place
        && !shown.contains(' ')
        && shown.chars().all(|c| c.is_uppercase())
        && gazetteer::is_place(&shown.to_lowercase());
    if short_caps_place {
        title_case(&shown)
    } else {
        shown.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names() {
        let close = |a, b| close(FirstName::new(a), FirstName::new(b));
        assert!(close("volodymyr", "volodymr"));
        assert!(!close("bill", "hill"));
        let first = FirstName::new;
        assert!(compatible_first(first("m"), first("michelle")));
        assert!(compatible_first(first("ann"), first("ann")));
        assert!(!compatible_first(first("ann"), first("anne")));
        assert!(!compatible_first(first("jin-ho"), first("jun-ho")));
        assert!(compatible_first(first("volodymyr"), first("volodymr")));
        assert_eq!(initials("Associated Press").collect::<String>(), "AP");
        assert!(close("volodymyr", "wolodymyr"));
        assert!(close("volodymyr", "volodymyrr"));
        assert!(!close("volodymyr", "volodimir"));
        assert!(!close("volodymyr", "vlodymr"));
    }

    #[test]
    fn one_left_out_forms_hash_like_the_shorter_names() {
        let hashes = |t: &str| {
            let mut out = Vec::new();
            one_left_out_hashes(t, &mut out);
            out
        };
        let whole = |t: &str| hashes(t)[0];
        let forms = hashes("zoëya");
        assert_eq!(forms.len(), 6);
        for (k, shorter) in ["oëya", "zëya", "zoya", "zoëa", "zoëy"].iter().enumerate() {
            assert_eq!(forms[k + 1], whole(shorter), "{shorter}");
        }
        assert_ne!(whole("abcde"), whole("abced"));
    }

    /// The people index finds the person a plain scan of the namesakes
    /// finds: the first whose first name is compatible.
    #[test]
    fn people_index_agrees_with_a_scan() {
        // First names over a small alphabet: many initials, equal names and
        // names one typo apart.
        let mut seed = 7u64;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let names: Vec<String> = (0..3000)
            .map(|_| {
                let len = [1, 1, 3, 5, 5, 6, 6, 7][next(8) as usize];
                (0..len)
                    .map(|_| ['a', 'b', 'é'][next(3) as usize])
                    .collect()
            })
            .collect();
        let surnames = ["roy", "lee", "li"];
        let mut people = People::default();
        let mut scanned: Vec<(usize, FirstName)> = Vec::new();
        for name in &names {
            let last = surnames[next(3) as usize];
            let first = FirstName::new(name);
            let slot = surnames.iter().position(|s| *s == last).unwrap();
            let expected = scanned
                .iter()
                .position(|&(s, f)| s == slot && compatible_first(f, first));
            let (id, new) = people.find_or_add(Cow::Borrowed(last), first);
            match expected {
                Some(p) => assert_eq!((id, new), (p, false), "{name} {last}"),
                None => {
                    assert_eq!((id, new), (scanned.len(), true), "{name} {last}");
                    scanned.push((slot, first));
                }
            }
        }
        assert!(scanned.len() > 100, "{}", scanned.len());
    }

    #[test]
    fn display_forms() {
        for (text, single_spaced, words) in [
            ("Ann Roy", true, 2),
            ("Ann  Roy", false, 2),
            ("Ann\nRoy", false, 2),
            (" Ann", false, 1),
            ("Ann ", false, 1),
            ("", true, 0),
            ("Zoë  Roy", false, 2),
            ("Zoë Roy", true, 2),
        ] {
            let look = Look::of(text);
            assert_eq!(look.single_spaced, single_spaced, "{text:?}");
            assert_eq!(look.words, words, "{text:?}");
            assert_eq!(is_single_spaced(text), single_spaced, "{text:?}");
        }
        assert!(Look::of("ACME CO").capitals() && !Look::of("ACME").capitals());
        assert!(Look::of("NEW YORK").capitals() && !Look::of("AP NFL").capitals());
        assert!(Look::of("ZOË ADAMS").capitals() && !Look::of("ÉTÉ ONU").capitals());
        assert_eq!(display("AP NFL"), "AP NFL");
        assert_eq!(display("Ann\n Roy"), "Ann Roy");
        assert_eq!(display("ACME FREIGHT"), "Acme Freight");
        assert!(matches!(display("Acme Freight"), Cow::Borrowed(_)));
    }
}
