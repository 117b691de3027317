//! Repeated paragraphs, runs of paragraphs and sentences.
//!
//! The units are lines (a paragraph is one line in scraped text; a wrapped
//! paragraph repeated is a run of repeated lines). Three passes, each linear
//! or near-linear in the text:
//!
//! 1. **Classes.** Every paragraph is normalized ([`normalize`]) and looked up
//!    in a hash table (exact tier). A paragraph not seen before is looked up
//!    in an index of word 3-shingles (a long paragraph: one shingle in four,
//!    picked by its hash); the few earlier paragraphs sharing most shingles
//!    are compared with a banded edit distance (near tier). Equal or
//!    near-equal paragraphs share a class. No all-pairs comparison.
//! 2. **Runs.** Consecutive paragraphs whose classes repeat in the same order
//!    form one occurrence per copy (a repeated caption block is one group with
//!    two occurrences). Longest runs are taken first; occurrences never
//!    overlap, so a caption repeated inside a block is not reported again.
//! 3. **Sentences.** In paragraphs not covered so far, a sentence of at least
//!    [`MIN_SENTENCE_WORDS`] words that appears twice is a group of its own;
//!    consecutive repeated sentences (and a short one beside every copy) are
//!    one occurrence per copy, as paragraphs are.
//!
//! Near-duplicates: similarity ≥ [`NEAR_THRESHOLD`] on words and on
//! characters (edit distance), word counts within a tenth of each other, at
//! least [`MIN_NEAR_WORDS`] words. A group's `similarity` is the lowest over
//! its copies (1.0 when all are equal after normalization).
//!
//! The first occurrence of a group is the original; the others are copies.

mod extension;
mod normalize;
mod similarity;

pub use normalize::normalize;
pub use similarity::{bounded_edit_distance, NEAR_THRESHOLD};

use crate::analysis::DuplicateGroup;
use crate::document::{trim, Document, Sentence};
use crate::scan::find_any;
use crate::span::Span;
use extension::CommonExtension;
use normalize::{hash_text, normalize_into, word_hashes, FastMap};
use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::BTreeMap;
use std::ops::Range;

/// A paragraph or run repeated on its own must hold at least this many words:
/// short lines ("Advertisement", "The Latest:", "___") recur in every scrape
/// as layout, not as repeated content. They still count inside a longer run.
pub const MIN_OCCURRENCE_WORDS: usize = 5;

/// Paragraphs shorter than this are matched exactly only: a change of one
/// word in a five-word line is a different line.
pub const MIN_NEAR_WORDS: usize = 6;

/// A repeated sentence must hold at least this many words, so that stock
/// sentences ("He said." "It was not clear.") never count.
pub const MIN_SENTENCE_WORDS: usize = 7;

/// Word shingle length of the near-tier index.
const SHINGLE: usize = 3;

/// A shingle found in more earlier paragraphs than this is a stock phrase
/// ("the united states") and adds no more postings: it would turn lookups
/// quadratic on long texts.
const MAX_POSTINGS: usize = 24;

/// A paragraph of at least this many shingles indexes and looks up only its
/// sampled ones ([`is_sample`]): a long paragraph's near copy shares many
/// shingles, so a quarter of them still finds it, at a quarter of the
/// lookups (which miss the cache on long texts). Shorter paragraphs use all.
const SAMPLE_FROM: usize = 24;

/// One shingle in this many is sampled.
const SAMPLE_RATE: u32 = 4;

/// A long paragraph with fewer sampled shingles than this uses all of them.
const MIN_SAMPLES: usize = 4;

/// Whether `shingle` is one of the sampled ones: decided by the shingle
/// alone, so that every paragraph holding it agrees.
fn is_sample(shingle: u64) -> bool {
    // The top bits of a multiply depend on every bit of the shingle.
    shingle.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 62 == 0
}

/// Candidates verified with the edit distance per paragraph (best first by
/// shared shingles).
const MAX_VERIFY: usize = 3;

/// Earlier members of a class tried as the source of a run (the first member
/// plus the latest ones): bounds the work on a paragraph repeated many times.
const MAX_SOURCES: usize = 16;

/// Finds the repeated blocks of `doc`; groups are ordered by first occurrence.
pub fn detect(doc: &Document<'_>) -> Vec<DuplicateGroup> {
    let lines = lines(doc);
    let units = Units::new(doc, &lines);
    let mut found = {
        let classes = Classes::new(&units);
        Runs::new(&units, &classes).select()
    };
    let Units {
        normalized,
        sentence_texts,
        ..
    } = units;
    let covered: Vec<Span> = lines
        .iter()
        .zip(&found.covered)
        .filter(|(_, &c)| c)
        .map(|(&l, _)| l)
        .collect();
    let mut groups: Vec<DuplicateGroup> = found
        .groups
        .drain(..)
        .map(|g| {
            let mut occurrences: Vec<Span> = g
                .occurrences
                .iter()
                .map(|&(start, len)| Span::new(lines[start].start, lines[start + len - 1].end))
                .collect();
            occurrences.sort_unstable();
            DuplicateGroup {
                similarity: g.similarity,
                occurrences,
            }
        })
        .collect();
    let normalized_sentences = NormalizedSentences {
        texts: &normalized,
        ranges: &sentence_texts,
    };
    groups.extend(repeated_sentences(doc, &covered, &normalized_sentences));
    groups.sort_by_key(|g| g.occurrences.first().map_or(0, |s| s.start));
    groups
}

/// The units compared: the lines of every paragraph. Scraped text puts one
/// paragraph per line, but the document joins a block of short lines of
/// similar width (a column of captions) into one wrapped paragraph; lines
/// keep each caption apart, and a repeated wrapped paragraph is a run of
/// repeated lines, which the run pass turns into one occurrence.
fn lines(doc: &Document<'_>) -> Vec<Span> {
    let mut out = Vec::with_capacity(doc.paragraphs.len());
    for p in &doc.paragraphs {
        let bytes = p.text(doc.text).as_bytes();
        if find_any(bytes, [b'\n', b'\r']).is_none() {
            // Paragraphs are trimmed already: the whole is the one line.
            out.push(*p);
            continue;
        }
        let mut start = p.start;
        // Line breaks are ASCII: the bytes split without decoding.
        for piece in bytes.split_inclusive(|&b| b == b'\n' || b == b'\r') {
            let end = start + piece.len();
            let line = trim(doc.text, Span::new(start, end));
            if !line.is_empty() {
                out.push(line);
            }
            start = end;
        }
    }
    out
}

/// The lines in comparison form, with the exact tier of the classes: lines
/// equal after normalization. The texts and word hashes of all lines share
/// two buffers (a `String` and a `Vec` per line were two allocations per
/// line), and a copy shares the word hashes of the first line it repeats.
struct Units {
    normalized: String,
    /// Per sentence of the document: its own comparison form in
    /// `normalized`, when the sentence lies inside one line (a line is
    /// normalized sentence by sentence, which gives the same text): the
    /// repeated-sentence pass reads it there instead of normalizing again.
    sentence_texts: Vec<Option<Range<usize>>>,
    /// Per line: the end of its text in `normalized`.
    text_ends: Vec<usize>,
    /// Per line: the first line with the same normalized text (the line
    /// itself when no earlier one has it).
    first_copy: Vec<usize>,
    words: Vec<u64>,
    /// Per line: its word hashes in `words`.
    word_ranges: Vec<Range<usize>>,
}

/// A line in comparison form.
#[derive(Clone, Copy)]
struct Unit<'u> {
    normalized: &'u str,
    /// Hashes of its words.
    words: &'u [u64],
}

impl Units {
    fn new(doc: &Document<'_>, lines: &[Span]) -> Units {
        let mut normalized = String::with_capacity(lines.iter().map(|l| l.len()).sum());
        let mut text_ends = Vec::with_capacity(lines.len());
        let mut sentence_texts = vec![None; doc.sentences.len()];
        let mut next = 0;
        for &line in lines {
            while next < doc.sentences.len() && doc.sentences[next].span.start < line.start {
                next += 1;
            }
            let first = next;
            while next < doc.sentences.len() && doc.sentences[next].span.end <= line.end {
                next += 1;
            }
            let inside = &doc.sentences[first..next];
            if inside.is_empty() || !only_space_between(doc.text, line, inside) {
                normalize_into(line.text(doc.text), &mut normalized);
            } else {
                // The sentences' forms joined by one space are the line's:
                // white space between them folds to one space, and
                // normalization looks no further back than its own text.
                let line_start = normalized.len();
                for (k, sentence) in inside.iter().enumerate() {
                    let before = normalized.len();
                    if before > line_start {
                        normalized.push(' ');
                    }
                    let at = normalized.len();
                    normalize_into(sentence.span.text(doc.text), &mut normalized);
                    if normalized.len() == at {
                        normalized.truncate(before);
                    } else {
                        sentence_texts[first + k] = Some(at..normalized.len());
                    }
                }
                debug_assert_eq!(
                    normalized[line_start..],
                    normalize::normalize(line.text(doc.text)),
                    "sentence by sentence, {line:?} normalizes as a whole"
                );
            }
            text_ends.push(normalized.len());
        }
        let mut exact: FastMap<&str, usize> =
            FastMap::with_capacity_and_hasher(lines.len(), Default::default());
        let mut first_copy = Vec::with_capacity(lines.len());
        let mut words = Vec::new();
        let mut word_ranges: Vec<Range<usize>> = Vec::with_capacity(lines.len());
        let mut start = 0;
        for (i, &end) in text_ends.iter().enumerate() {
            let text = &normalized[start..end];
            start = end;
            let first = *exact.entry(text).or_insert(i);
            first_copy.push(first);
            if first == i {
                let start = words.len();
                words.extend(word_hashes(text));
                word_ranges.push(start..words.len());
            } else {
                word_ranges.push(word_ranges[first].clone());
            }
        }
        drop(exact);
        Units {
            normalized,
            sentence_texts,
            text_ends,
            first_copy,
            words,
            word_ranges,
        }
    }

    fn len(&self) -> usize {
        self.text_ends.len()
    }

    fn get(&self, i: usize) -> Unit<'_> {
        let start = if i == 0 { 0 } else { self.text_ends[i - 1] };
        Unit {
            normalized: &self.normalized[start..self.text_ends[i]],
            words: &self.words[self.word_ranges[i].clone()],
        }
    }
}

impl Unit<'_> {
    fn shingles(&self) -> impl Iterator<Item = u64> + '_ {
        self.words.windows(SHINGLE).map(|w| {
            w.iter().fold(0u64, |h, &x| {
                h.rotate_left(21) ^ x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            })
        })
    }
}

/// Whether the text of `line` outside `sentences` (which lie inside it, in
/// order) is white space only.
fn only_space_between(text: &str, line: Span, sentences: &[Sentence]) -> bool {
    let mut at = line.start;
    for s in sentences {
        if !trim(text, Span::new(at, s.span.start)).is_empty() {
            return false;
        }
        at = s.span.end;
    }
    trim(text, Span::new(at, line.end)).is_empty()
}

/// The comparison forms of the sentences that [`Units`] normalized.
struct NormalizedSentences<'u> {
    texts: &'u str,
    ranges: &'u [Option<Range<usize>>],
}

/// Paragraph classes: paragraphs in one class are equal or near-equal.
struct Classes {
    /// Class of each paragraph: the index of its first member.
    of: Vec<usize>,
    /// Similarity of each paragraph to its class's first member.
    similarity: Vec<f32>,
    /// Members of every class in text order, class after class: one buffer,
    /// not a vector per class.
    members: Vec<usize>,
    /// Per paragraph: where the members of the class it is the first of
    /// start in `members`. They end where the next paragraph's start (the
    /// last entry is the end of `members`).
    member_starts: Vec<usize>,
}

/// How many shingles each earlier paragraph shares with the one being
/// classified. Each counter is stamped with the paragraph it counted for, so
/// a stale one reads as zero and nothing is reset between paragraphs; the
/// paragraphs whose count reaches what a candidate needs are noted as it
/// does, so that picking the best looks at those only.
struct SharedShingles {
    /// Per paragraph: (the paragraph it was last counted for, its count).
    counts: Vec<(u32, u32)>,
    /// The paragraph being classified.
    current: u32,
    /// The shared shingles that make a candidate (at least one).
    needed: u32,
    /// The paragraphs whose count has reached `needed`.
    candidates: Vec<u32>,
    /// (shared shingles, paragraph) of the best candidates, best first.
    best: Vec<(u32, u32)>,
}

impl SharedShingles {
    fn new(paragraphs: usize) -> SharedShingles {
        SharedShingles {
            counts: vec![(u32::MAX, 0); paragraphs],
            current: u32::MAX,
            needed: 1,
            candidates: Vec::new(),
            best: Vec::with_capacity(MAX_VERIFY + 1),
        }
    }

    /// Starts counting for paragraph `current`, whose candidates share at
    /// least `needed` shingles with it.
    fn start(&mut self, current: usize, needed: usize) {
        self.current = current as u32;
        // Every paragraph counted has a count of one at least.
        self.needed = needed.max(1) as u32;
        self.candidates.clear();
    }

    /// Counts a shingle shared with `paragraph`, as `weight` shingles (a
    /// sampled shingle of a sampled paragraph stands for [`SAMPLE_RATE`]
    /// when the paragraph being classified counts all of its own).
    fn add(&mut self, paragraph: u32, weight: u32) {
        let (stamp, count) = &mut self.counts[paragraph as usize];
        if *stamp != self.current {
            *stamp = self.current;
            *count = 0;
        }
        let before = *count;
        *count += weight;
        if before < self.needed && *count >= self.needed {
            self.candidates.push(paragraph);
        }
    }

    /// The (at most [`MAX_VERIFY`]) best candidates, most shared shingles
    /// first, then earlier first. The paragraph being classified is no
    /// candidate (it is counted where it repeats a shingle of its own, as it
    /// is in that shingle's list by then).
    fn best(&mut self) -> impl Iterator<Item = usize> + '_ {
        self.best.clear();
        for &paragraph in &self.candidates {
            if paragraph == self.current {
                continue;
            }
            let count = self.counts[paragraph as usize].1;
            let key = (Reverse(count), paragraph);
            let rank = self.best.partition_point(|&(c, p)| (Reverse(c), p) < key);
            if rank < MAX_VERIFY {
                self.best.insert(rank, (count, paragraph));
                self.best.truncate(MAX_VERIFY);
            }
        }
        self.best.iter().map(|&(_, paragraph)| paragraph as usize)
    }
}

/// Shingle → earlier paragraphs holding it (at most [`MAX_POSTINGS`]), in
/// one arena: a vector per shingle would be a million small allocations on
/// a long text. The paragraphs of a shingle lie side by side, so that a
/// lookup reads one slice; a list that outgrows its room moves to the end of
/// the arena with twice the room, which leaves no more unused than used.
struct ShingleIndex {
    /// Per shingle: where its list starts in `postings`, and its length.
    lists: FastMap<u64, (u32, u32)>,
    postings: Vec<u32>,
}

impl ShingleIndex {
    /// An empty index with room for `shingles` lists before it grows (a
    /// short article's, so that growing the table does not show there).
    fn with_room(shingles: usize) -> ShingleIndex {
        ShingleIndex {
            lists: FastMap::with_capacity_and_hasher(shingles, Default::default()),
            postings: Vec::with_capacity(shingles),
        }
    }

    /// Adds `paragraph` to the paragraphs holding `shingle`, unless they
    /// are [`MAX_POSTINGS`] already or end with it; returns them as they
    /// were before.
    fn insert(&mut self, shingle: u64, paragraph: u32) -> &[u32] {
        let (start, len) = self.lists.entry(shingle).or_insert((0, 0));
        let before = *start as usize..(*start + *len) as usize;
        let repeated = self.postings[before.clone()].last() == Some(&paragraph);
        let addressable = self.postings.len() + MAX_POSTINGS <= u32::MAX as usize;
        if before.len() < MAX_POSTINGS && !repeated && addressable {
            if before.len() == Self::room(before.len()) {
                // Full: the list moves to the end, with room to grow.
                let moved = self.postings.len();
                for k in before.clone() {
                    self.postings.push(self.postings[k]);
                }
                self.postings.push(paragraph);
                let room = Self::room(before.len() + 1);
                self.postings.resize(moved + room, 0);
                *start = moved as u32;
            } else {
                self.postings[before.end] = paragraph;
            }
            *len += 1;
        }
        &self.postings[before]
    }

    /// The room of a list of `len` paragraphs: the next power of two, up to
    /// [`MAX_POSTINGS`] (none for an empty list).
    fn room(len: usize) -> usize {
        if len == 0 {
            0
        } else {
            len.next_power_of_two().min(MAX_POSTINGS)
        }
    }
}

impl Classes {
    fn new(units: &Units) -> Classes {
        let n = units.len();
        let mut of = Vec::with_capacity(n);
        let mut similarity = Vec::with_capacity(n);
        let mut index = ShingleIndex::with_room(units.words.len().min(8192));
        let mut shared = SharedShingles::new(n);
        // The shingles a paragraph indexes and looks up, and per paragraph
        // whether they were its sampled ones.
        let mut picked: Vec<u64> = Vec::new();
        let mut is_sampled = vec![false; n];
        for i in 0..n {
            let first = units.first_copy[i];
            if first != i {
                of.push(of[first]);
                similarity.push(similarity[first]);
                continue;
            }
            let unit = units.get(i);
            let mut class = (i, 1.0);
            let eligible =
                (MIN_NEAR_WORDS..=similarity::MAX_NEAR_WORDS).contains(&unit.words.len());
            if eligible {
                // Near copies (≤ 20% of words edited, each edit touching at
                // most SHINGLE shingles) keep well over a quarter of them.
                // (Counted in sampled shingles when the paragraph samples.)
                picked.clear();
                picked.extend(unit.shingles());
                let samples = picked.iter().filter(|&&s| is_sample(s)).count();
                let sampled = picked.len() >= SAMPLE_FROM && samples >= MIN_SAMPLES;
                if sampled {
                    picked.retain(|&s| is_sample(s));
                }
                is_sampled[i] = sampled;
                shared.start(i, picked.len().div_ceil(4));
                for &shingle in &picked {
                    for &p in index.insert(shingle, i as u32) {
                        // A sampled paragraph is in the lists of its sampled
                        // shingles only: each stands for SAMPLE_RATE of them
                        // when this paragraph counts all of its own.
                        let weight = if !sampled && is_sampled[p as usize] {
                            SAMPLE_RATE
                        } else {
                            1
                        };
                        shared.add(p, weight);
                    }
                }
                let mut best: Option<(usize, f32)> = None;
                for p in shared.best() {
                    let other = units.get(p);
                    if let Some(s) =
                        similarity::near(unit.normalized, unit.words, other.normalized, other.words)
                    {
                        if best.map_or(true, |(_, b)| s > b) {
                            best = Some((p, s));
                        }
                    }
                }
                if let Some((p, s)) = best {
                    class = (of[p], s);
                }
            }
            of.push(class.0);
            similarity.push(class.1);
        }
        // Counting sort of the paragraphs by class; each class keeps text order.
        let mut member_starts = vec![0; n + 1];
        for &c in &of {
            member_starts[c + 1] += 1;
        }
        for c in 0..n {
            member_starts[c + 1] += member_starts[c];
        }
        let mut members = vec![0; n];
        let mut next = member_starts.clone();
        for (i, &c) in of.iter().enumerate() {
            members[next[c]] = i;
            next[c] += 1;
        }
        Classes {
            of,
            similarity,
            members,
            member_starts,
        }
    }

    /// Members of `class` in text order (none when `class` is a paragraph
    /// that is not the first of its class).
    fn members(&self, class: usize) -> &[usize] {
        &self.members[self.member_starts[class]..self.member_starts[class + 1]]
    }

    /// The class of paragraph `i` when it has other members.
    fn repeated(&self, i: usize) -> Option<usize> {
        let c = *self.of.get(i)?;
        (self.members(c).len() > 1).then_some(c)
    }
}

/// A run of `len` paragraphs from `copy` that repeats the run from `source`.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    source: usize,
    copy: usize,
    len: usize,
}

struct Runs<'a> {
    units: &'a Units,
    classes: &'a Classes,
    candidates: Vec<Candidate>,
}

/// The lines inside accepted occurrences, as disjoint ranges by their start.
#[derive(Default)]
struct TakenLines {
    ends_by_start: BTreeMap<usize, usize>,
}

impl TakenLines {
    /// Whether any line of `lines` is taken. The ranges are disjoint: only
    /// the last one starting before `lines` end can reach into them.
    fn overlaps(&self, lines: &Range<usize>) -> bool {
        self.ends_by_start
            .range(..lines.end)
            .next_back()
            .is_some_and(|(_, &end)| end > lines.start)
    }

    /// Takes `lines`, which overlap no taken line.
    fn take(&mut self, lines: Range<usize>) {
        self.ends_by_start.insert(lines.start, lines.end);
    }

    /// Per line of `n`: whether it is taken.
    fn covered(&self, n: usize) -> Vec<bool> {
        let mut covered = vec![false; n];
        for (&start, &end) in &self.ends_by_start {
            covered[start..end].iter_mut().for_each(|c| *c = true);
        }
        covered
    }
}

/// A group of paragraph runs: (first paragraph, paragraph count) per occurrence.
struct RunGroup {
    similarity: f32,
    occurrences: Vec<(usize, usize)>,
}

struct Selection {
    groups: Vec<RunGroup>,
    /// Paragraphs inside an occurrence.
    covered: Vec<bool>,
}

impl<'a> Runs<'a> {
    /// Every maximal run: for each paragraph with earlier members of its class,
    /// the run starting there against each (bounded) earlier source, unless
    /// it merely continues the run that starts one paragraph before.
    fn new(units: &'a Units, classes: &'a Classes) -> Runs<'a> {
        let n = units.len();
        let class_of = &classes.of;
        let mut extension = CommonExtension::new(class_of);
        let mut candidates = Vec::new();
        for j in 0..n {
            let Some(class) = classes.repeated(j) else {
                continue;
            };
            let members = classes.members(class);
            let earlier = &members[..members.partition_point(|&m| m < j)];
            if earlier.is_empty() {
                continue;
            }
            let latest = earlier.len().saturating_sub(MAX_SOURCES).max(1);
            let sources = std::iter::once(earlier[0]).chain(earlier[latest..].iter().copied());
            // Two different paragraphs of one class are repeated ones:
            // comparing their classes is enough.
            for i in sources {
                let continues = i > 0 && class_of[i - 1] == class_of[j - 1];
                if continues {
                    continue;
                }
                // The run ends before it reaches its copy.
                let len = 1 + extension.common_prefix(i + 1, j + 1, j - i - 1);
                candidates.push(Candidate {
                    source: i,
                    copy: j,
                    len,
                });
            }
        }
        Runs {
            units,
            classes,
            candidates,
        }
    }

    /// Longest runs first; an occurrence may not overlap another, except that
    /// a run repeating an accepted occurrence exactly joins its group.
    fn select(mut self) -> Selection {
        let n = self.units.len();
        // Longest first, then by copy and source: the candidates were found
        // in that order of copy and source, so a stable sort by length
        // alone gives it, and finds the long stretches already in order
        // (lengths rise and fall along a repeated block).
        debug_assert!(self
            .candidates
            .windows(2)
            .all(|w| (w[0].copy, w[0].source) < (w[1].copy, w[1].source)));
        self.candidates.sort_by_key(|c| Reverse(c.len));
        // Candidates are many and long where a short block repeats back to
        // back: what a run overlaps and how many words it holds are
        // lookups, not walks along the run.
        let mut taken = TakenLines::default();
        let mut words_before = Vec::with_capacity(n + 1);
        words_before.push(0);
        for range in &self.units.word_ranges {
            words_before.push(words_before.last().copied().unwrap_or(0) + range.len());
        }
        let mut groups: Vec<RunGroup> = Vec::new();
        let mut group_of_occurrence: FastMap<(usize, usize), usize> = FastMap::default();
        for c in &self.candidates {
            let copy = c.copy..c.copy + c.len;
            let source = c.source..c.source + c.len;
            if taken.overlaps(&copy) {
                continue;
            }
            if words_before[copy.end] - words_before[copy.start] < MIN_OCCURRENCE_WORDS {
                continue;
            }
            let group = match group_of_occurrence.get(&(c.source, c.len)) {
                Some(&g) => g,
                None if !taken.overlaps(&source) => {
                    groups.push(RunGroup {
                        similarity: 1.0,
                        occurrences: vec![(c.source, c.len)],
                    });
                    let g = groups.len() - 1;
                    group_of_occurrence.insert((c.source, c.len), g);
                    taken.take(source.clone());
                    g
                }
                None => continue,
            };
            let similarity = source
                .zip(copy.clone())
                .map(|(a, b)| self.pair_similarity(a, b))
                .fold(1.0f32, f32::min);
            let g = &mut groups[group];
            g.similarity = g.similarity.min(similarity);
            g.occurrences.push((c.copy, c.len));
            group_of_occurrence.insert((c.copy, c.len), group);
            taken.take(copy);
        }
        Selection {
            groups,
            covered: taken.covered(n),
        }
    }

    /// Similarity of two paragraphs of one class: 1.0 when equal after
    /// normalization, else the lower of their similarities to the class's
    /// first member.
    fn pair_similarity(&self, a: usize, b: usize) -> f32 {
        if self.units.first_copy[a] == self.units.first_copy[b] {
            1.0
        } else {
            self.classes.similarity[a].min(self.classes.similarity[b])
        }
    }
}

/// Sentences repeated outside the lines that an occurrence covers (`covered`
/// is sorted and disjoint). Consecutive repeated sentences that repeat in the
/// same order, in the same paragraph each time, are one occurrence per copy,
/// as paragraphs are.
fn repeated_sentences(
    doc: &Document<'_>,
    covered: &[Span],
    normalized: &NormalizedSentences<'_>,
) -> Vec<DuplicateGroup> {
    let mut seen: FastMap<u64, usize> =
        FastMap::with_capacity_and_hasher(doc.sentences.len().min(4096), Default::default());
    // The normalized text of each group's first sentence, back to back.
    let mut texts = String::new();
    // A sentence that no line normalized, normalized here.
    let mut own = String::new();
    let mut groups: Vec<SentenceGroup> = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let s = sentence.span;
        let k = covered.partition_point(|c| c.end <= s.start);
        if covered.get(k).is_some_and(|c| c.start < s.end) {
            continue;
        }
        let form = match normalized.ranges.get(index).cloned().flatten() {
            Some(range) => &normalized.texts[range],
            None => {
                own.clear();
                normalize_into(s.text(doc.text), &mut own);
                own.as_str()
            }
        };
        if word_hashes(form).take(MIN_SENTENCE_WORDS).count() < MIN_SENTENCE_WORDS {
            continue;
        }
        match seen.entry(hash_text(form)) {
            Entry::Occupied(entry) => {
                let group = &mut groups[*entry.get()];
                // A hash collision between different sentences is not a repeat.
                if texts[group.text.clone()] == *form {
                    group.copies.push(index);
                }
            }
            Entry::Vacant(entry) => {
                entry.insert(groups.len());
                let start = texts.len();
                texts.push_str(form);
                groups.push(SentenceGroup {
                    text: start..texts.len(),
                    first: index,
                    copies: Vec::new(),
                });
            }
        }
    }
    // Occurrences as (first sentence, last sentence), groups in text order.
    let mut runs: Vec<Option<Vec<(usize, usize)>>> = groups
        .into_iter()
        .filter(|g| !g.copies.is_empty())
        .map(|g| {
            let sentences = std::iter::once(g.first).chain(g.copies);
            Some(sentences.map(|i| (i, i)).collect())
        })
        .collect();
    let starting_at: FastMap<usize, usize> = runs
        .iter()
        .enumerate()
        .filter_map(|(g, r)| Some((r.as_ref()?[0].0, g)))
        .collect();
    let paragraph = |i: usize| doc.sentences[i].paragraph;
    for g in 0..runs.len() {
        while let Some(run) = runs[g].as_ref() {
            let Some(&h) = starting_at.get(&(run[0].1 + 1)) else {
                break;
            };
            let Some(next) = runs.get(h).and_then(Option::as_ref) else {
                break;
            };
            let follows = h != g
                && next.len() == run.len()
                && run
                    .iter()
                    .zip(next)
                    .all(|(a, b)| b.0 == a.1 + 1 && paragraph(a.1) == paragraph(b.0));
            if !follows {
                break;
            }
            let joined = run.iter().zip(next).map(|(a, b)| (a.0, b.1)).collect();
            runs[g] = Some(joined);
            runs[h] = None;
        }
    }
    extend_with_short_sentences(doc, covered, &mut runs);
    runs.into_iter()
        .flatten()
        .map(|occurrences| DuplicateGroup {
            similarity: 1.0,
            occurrences: occurrences
                .into_iter()
                .map(|(a, b)| Span::new(doc.sentences[a].span.start, doc.sentences[b].span.end))
                .collect(),
        })
        .collect()
}

/// Sentences of equal normalized text.
struct SentenceGroup {
    /// The normalized text, in the buffer of all groups' texts.
    text: Range<usize>,
    first: usize,
    /// The later sentences.
    copies: Vec<usize>,
}

/// A short sentence (below [`MIN_SENTENCE_WORDS`]) never makes a group, but
/// joins a run when it sits right before or after every occurrence, equal
/// each time: “Nobody will be left alone,” he said. “We will look.” pasted
/// twice is one occurrence per copy, quote and all.
fn extend_with_short_sentences(
    doc: &Document<'_>,
    covered: &[Span],
    runs: &mut [Option<Vec<(usize, usize)>>],
) {
    let mut used: Vec<bool> = vec![false; doc.sentences.len()];
    for run in runs.iter().flatten() {
        for &(a, b) in run {
            used[a..=b].iter_mut().for_each(|u| *u = true);
        }
    }
    let free = |i: usize, used: &[bool]| {
        let s = doc.sentences[i].span;
        let k = covered.partition_point(|c| c.end <= s.start);
        !used[i] && !covered.get(k).is_some_and(|c| c.start < s.end)
    };
    let same_text = |indexes: &[usize]| {
        let first = normalize(doc.sentences[indexes[0]].span.text(doc.text));
        indexes[1..]
            .iter()
            .all(|&i| normalize(doc.sentences[i].span.text(doc.text)) == first)
    };
    for run in runs.iter_mut().flatten() {
        // Forward, then backward; each step checks every occurrence.
        loop {
            let next: Option<Vec<usize>> = run
                .iter()
                .map(|&(_, b)| {
                    let n = b + 1;
                    (n < doc.sentences.len()
                        && doc.sentences[n].paragraph == doc.sentences[b].paragraph
                        && free(n, &used))
                    .then_some(n)
                })
                .collect();
            let Some(next) = next.filter(|n| same_text(n)) else {
                break;
            };
            for (occurrence, n) in run.iter_mut().zip(next) {
                occurrence.1 = n;
                used[n] = true;
            }
        }
        loop {
            let before: Option<Vec<usize>> = run
                .iter()
                .map(|&(a, _)| {
                    (a > 0
                        && doc.sentences[a - 1].paragraph == doc.sentences[a].paragraph
                        && free(a - 1, &used))
                    .then(|| a - 1)
                })
                .collect();
            let Some(before) = before.filter(|p| same_text(p)) else {
                break;
            };
            for (occurrence, p) in run.iter_mut().zip(before) {
                occurrence.0 = p;
                used[p] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(text: &str) -> Vec<Vec<&str>> {
        detect(&Document::new(text))
            .iter()
            .map(|g| g.occurrences.iter().map(|o| o.text(text)).collect())
            .collect()
    }

    #[test]
    fn exact_duplicate_paragraphs_after_normalization() {
        let text = "A “quoted” line with enough words.\nOther.\nA \"quoted\"  line with enough words.\nOther2.";
        assert_eq!(
            groups(text),
            [[
                "A “quoted” line with enough words.",
                "A \"quoted\"  line with enough words."
            ]]
        );
    }

    #[test]
    fn best_candidates_lead_the_full_ordering() {
        let mut next = crate::test_rng(0x2545_f491_4f6c_dd1d);
        let rounds = 500;
        let mut shared = SharedShingles::new(40 + rounds);
        for round in 0..rounds {
            // Paragraphs are classified in text order, each after those
            // it is compared with; it may hold a shingle twice.
            let current = 40 + round;
            let needed = next(6);
            shared.start(current, needed);
            let mut counts = vec![0u32; 40 + rounds];
            for _ in 0..next(120) {
                let p = match next(41) {
                    40 => current,
                    p => p,
                };
                let weight = if next(3) == 0 { SAMPLE_RATE } else { 1 };
                shared.add(p as u32, weight);
                counts[p] += weight;
            }
            // The definition: every counted paragraph, by count then text order.
            let mut ordered: Vec<(usize, u32)> = (0..40)
                .filter(|&p| counts[p] > 0 && counts[p] as usize >= needed)
                .map(|p| (p, counts[p]))
                .collect();
            ordered.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let expected: Vec<usize> = ordered.iter().take(MAX_VERIFY).map(|c| c.0).collect();
            assert_eq!(shared.best().collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn no_duplicates_in_distinct_text() {
        assert!(groups("One.\n\nTwo.\n\nThree.").is_empty());
    }
}
