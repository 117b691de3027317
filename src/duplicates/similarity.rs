//! How alike two blocks are: edit distance on words and on characters,
//! bounded so that a comparison never costs more than a band of the table.

/// Blocks whose similarity reaches this are near-duplicates (the bar:
/// "differ by a few words or characters").
pub const NEAR_THRESHOLD: f32 = 0.8;

/// Character edit distance is computed up to this many characters per block;
/// longer blocks are compared on words only (a banded table over 3,000
/// characters already costs ~1.8 M steps).
const MAX_EDIT_CHARS: usize = 3000;

/// The first band tried by [`ratio`]; most near copies differ by fewer edits.
const FIRST_BAND: usize = 4;

/// Blocks longer than this many words are only matched exactly: a news
/// paragraph is far shorter, and the band would grow with the square.
pub const MAX_NEAR_WORDS: usize = 2000;

/// Similarity of two blocks given their normalized text and word hashes, or
/// `None` when they are not near-duplicates.
///
/// Similarity is the smaller of the word and character similarities, each
/// `1 − edit distance / longer length`. Blocks whose word counts differ by
/// more than a tenth are never near-duplicates: a scrape changes marks and
/// spacing, while two captions of one gallery differ by a whole clause
/// ("Activists take part …" / "Activists carrying a photo of … take part …")
/// and are different captions.
pub fn near(a_text: &str, a_words: &[u64], b_text: &str, b_words: &[u64]) -> Option<f32> {
    let (wa, wb) = (a_words.len(), b_words.len());
    let longest = wa.max(wb);
    if longest == 0 || longest > MAX_NEAR_WORDS || wa.abs_diff(wb) * 10 > longest {
        return None;
    }
    let words = ratio(a_words, b_words)?;
    let chars = if a_text.is_ascii() && b_text.is_ascii() {
        // One byte per character: no need to decode (normalized text is
        // ASCII but for letters outside it).
        char_ratio(a_text.as_bytes(), b_text.as_bytes(), words)?
    } else {
        let a_chars: Vec<char> = a_text.chars().collect();
        let b_chars: Vec<char> = b_text.chars().collect();
        char_ratio(&a_chars, &b_chars, words)?
    };
    // In a short line one word is much of the line: a typo there is a copy,
    // another word (`share on Facebook` / `share on X`) another line.
    if longest < SHORT_LINE_WORDS && chars < SHORT_LINE_CHAR_SIMILARITY {
        return None;
    }
    Some(words.min(chars))
}

/// Blocks of fewer words than this are near-duplicates only when their
/// characters differ by little ([`SHORT_LINE_CHAR_SIMILARITY`]).
const SHORT_LINE_WORDS: usize = 10;

/// The character similarity two short blocks need.
const SHORT_LINE_CHAR_SIMILARITY: f32 = 0.9;

/// [`ratio`] of two blocks' characters, or `words` (their word ratio) when
/// one is too long for the character edit distance.
fn char_ratio<T: PartialEq>(a: &[T], b: &[T], words: f32) -> Option<f32> {
    if a.len().max(b.len()) <= MAX_EDIT_CHARS {
        ratio(a, b)
    } else {
        Some(words)
    }
}

/// `1 − distance / longer length` when that reaches [`NEAR_THRESHOLD`].
fn ratio<T: PartialEq>(a: &[T], b: &[T]) -> Option<f32> {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return Some(1.0);
    }
    let budget = ((1.0 - NEAR_THRESHOLD) * longest as f32).floor() as usize;
    // Widen the band step by step: copies differ by a few edits, and the
    // cost of a try is proportional to its band.
    let mut max = FIRST_BAND.min(budget);
    loop {
        if let Some(distance) = bounded_edit_distance(a, b, max) {
            return Some(1.0 - distance as f32 / longest as f32);
        }
        if max >= budget {
            return None;
        }
        max = (max * 4).min(budget);
    }
}

/// Levenshtein distance of `a` and `b` when it is at most `max`, else `None`.
/// Only the diagonal band of width `2·max + 1` is computed (Ukkonen), and
/// only between the common prefix and suffix, so the cost is `O(len · max)`
/// rather than `O(len²)`.
pub fn bounded_edit_distance<T: PartialEq>(a: &[T], b: &[T], max: usize) -> Option<usize> {
    // A common prefix or suffix never needs an edit: near copies differ in
    // a few places, and only the part between is worth a table.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > max {
        return None;
    }
    if m == 0 {
        return Some(n);
    }
    let inf = max + 1;
    let mut prev = vec![inf; m + 1];
    let mut cur = vec![inf; m + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(max.min(m) + 1) {
        *cell = j;
    }
    for i in 1..=n {
        let lo = if i > max { i - max } else { 1 };
        let hi = m.min(i + max);
        if lo > hi {
            // The band has left the table: only possible when m < i − max.
            return None;
        }
        cur[lo - 1] = if lo == 1 { i.min(inf) } else { inf };
        let mut left = cur[lo - 1];
        let mut row_min = left;
        let x = &a[i - 1];
        // Cell j from its diagonal and upper neighbours (prev[j - 1], prev[j])
        // and the left one.
        let above = prev[lo - 1..=hi].windows(2);
        for ((cell, y), above) in cur[lo..=hi].iter_mut().zip(&b[lo - 1..hi]).zip(above) {
            let substitute = above[0] + usize::from(x != y);
            let value = substitute.min(above[1] + 1).min(left + 1).min(inf);
            *cell = value;
            left = value;
            row_min = row_min.min(value);
        }
        if hi < m {
            cur[hi + 1] = inf;
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[m] <= max).then_some(prev[m])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::duplicates::normalize::{normalize, word_hashes};

    fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        bounded_edit_distance(&a, &b, max)
    }

    #[test]
    fn edit_distance_table() {
        let table = [
            ("kitten", "sitting", 5, Some(3)),
            ("kitten", "sitting", 2, None),
            ("", "", 0, Some(0)),
            ("abc", "", 3, Some(3)),
            ("abc", "", 2, None),
            ("flaw", "lawn", 2, Some(2)),
            ("abcdefgh", "abcdefgh", 0, Some(0)),
            ("abcdefgh", "abcxefgh", 1, Some(1)),
        ];
        for (a, b, max, expected) in table {
            assert_eq!(distance(a, b, max), expected, "{a} / {b} ≤ {max}");
            assert_eq!(distance(b, a, max), expected, "{b} / {a} ≤ {max}");
        }
    }

    /// The whole Levenshtein table, for comparison.
    fn full_distance(a: &[u8], b: &[u8]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, x) in a.iter().enumerate() {
            let mut cur = vec![i + 1; b.len() + 1];
            for (j, y) in b.iter().enumerate() {
                cur[j + 1] = (prev[j] + usize::from(x != y))
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1);
            }
            prev = cur;
        }
        prev[b.len()]
    }

    #[test]
    fn bounded_distance_is_the_distance_within_the_bound() {
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let a: Vec<u8> = (0..next(14)).map(|_| b"abc"[next(3)]).collect();
            let mut b = a.clone();
            for _ in 0..next(5) {
                let at = next(b.len() + 1);
                match next(3) {
                    0 => b.insert(at, b"abcd"[next(4)]),
                    1 if at < b.len() => drop(b.remove(at)),
                    _ if at < b.len() => b[at] = b"abcd"[next(4)],
                    _ => {}
                }
            }
            let distance = full_distance(&a, &b);
            for max in 0..8 {
                let expected = (distance <= max).then_some(distance);
                assert_eq!(
                    bounded_edit_distance(&a, &b, max),
                    expected,
                    "{a:?} {b:?} {max}"
                );
            }
        }
    }

    fn sim(a: &str, b: &str) -> Option<f32> {
        let (a, b) = (normalize(a), normalize(b));
        let a_words: Vec<u64> = word_hashes(&a).collect();
        let b_words: Vec<u64> = word_hashes(&b).collect();
        near(&a, &a_words, &b, &b_words)
    }

    #[test]
    fn near_duplicates_and_not() {
        let base = "The council voted on Tuesday to close the old bridge for repairs until the end of the summer season.";
        let typo = "The council voted on Tuesday to close the old bridge for repairs until the end of the sumer season.";
        let word = "The council voted on Monday to close the old bridge for repairs until the end of the summer season.";
        let clause = "The council, after a long and heated debate, voted on Tuesday to close the old bridge for repairs until the end of the summer season.";
        let other = "Residents said they would have to drive an extra twenty minutes to reach the market every morning.";
        assert!(sim(base, typo).is_some_and(|s| s > 0.9));
        assert!(sim(base, word).is_some_and(|s| s > 0.9));
        assert_eq!(sim(base, clause), None);
        assert_eq!(sim(base, other), None);
    }
}
