//! How far two positions of a sequence agree: the run pass asks, for a line
//! and an earlier line of its class, how many lines after them repeat.
//!
//! Most answers are short and a direct comparison is cheapest. A block of a
//! few lines repeated back to back ("Share / Tweet / Email" ten thousand
//! times) makes every answer as long as the text, and the direct comparisons
//! quadratic; past a short probe the answer is looked up instead. Such
//! blocks ask from one position against many (the first copy against every
//! later one): the Z-array from that position, one linear pass, answers
//! them all. Long answers from many positions are answered by a suffix
//! array of the whole sequence, built on first need.

/// Elements compared directly before a lookup answers instead.
const PROBE: usize = 64;

/// Positions from which long extensions get a Z-array each; past that
/// many, the suffix array answers (a Z-array costs a pass over the
/// sequence, the suffix array a few).
const Z_POSITIONS: usize = 4;

/// Longest common extensions in one sequence.
pub struct CommonExtension<'s> {
    sequence: &'s [usize],
    /// (position, the Z-array of the sequence from there) per position
    /// that long extensions were asked from.
    from_position: Vec<(usize, Vec<u32>)>,
    index: Option<SuffixIndex>,
}

impl<'s> CommonExtension<'s> {
    /// Extensions in `sequence`; nothing is built until a long one is asked.
    pub fn new(sequence: &'s [usize]) -> CommonExtension<'s> {
        CommonExtension {
            sequence,
            from_position: Vec::new(),
            index: None,
        }
    }

    /// The length of the common prefix of the sequence from `a` and from
    /// `b`, up to `limit`.
    pub fn common_prefix(&mut self, a: usize, b: usize, limit: usize) -> usize {
        let s = self.sequence;
        let (a, b) = (a.min(b), a.max(b));
        let limit = limit.min(s.len() - b.min(s.len()));
        if a == b {
            return limit;
        }
        let probe = limit.min(PROBE);
        let direct = common_prefix(&s[a..a + probe], &s[b..b + probe]);
        if direct < probe || probe == limit {
            return direct;
        }
        if let Some((_, z)) = self.from_position.iter().find(|(p, _)| *p == a) {
            return (z[b - a] as usize).min(limit);
        }
        if self.index.is_none() && self.from_position.len() < Z_POSITIONS {
            let z = z_array(&s[a..]);
            let extension = z[b - a] as usize;
            self.from_position.push((a, z));
            return extension.min(limit);
        }
        let index = self.index.get_or_insert_with(|| SuffixIndex::new(s));
        index.common_prefix(a, b).min(limit)
    }
}

/// Per position k of `s`: the length of the common prefix of `s` and
/// `s[k..]` (Gusfield's Z-algorithm: a match found reaching furthest right
/// lets later positions start from what it already compared).
fn z_array(s: &[usize]) -> Vec<u32> {
    let n = s.len();
    let mut z = vec![0u32; n];
    if n == 0 {
        return z;
    }
    z[0] = n as u32;
    // [left, right): the match reaching furthest right so far.
    let (mut left, mut right) = (0, 0);
    for k in 1..n {
        let mut len = if k < right {
            (z[k - left] as usize).min(right - k)
        } else {
            0
        };
        while k + len < n && s[len] == s[k + len] {
            len += 1;
        }
        z[k] = len as u32;
        if k + len > right {
            (left, right) = (k, k + len);
        }
    }
    z
}

/// The length of the common prefix of `a` and `b`.
fn common_prefix(a: &[usize], b: &[usize]) -> usize {
    // Whole chunks first, compared as memory.
    const CHUNK: usize = 16;
    let max = a.len().min(b.len());
    let mut len = 0;
    while len + CHUNK <= max && a[len..len + CHUNK] == b[len..len + CHUNK] {
        len += CHUNK;
    }
    len + a[len..]
        .iter()
        .zip(&b[len..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// Width of the blocks of the range-minimum structure: a query scans at
/// most two partial blocks and reads two entries of the table of minima
/// over whole blocks (a table over single entries would take a word per
/// entry and level).
const BLOCK: usize = 32;

/// A suffix array with the common prefix of neighbouring suffixes, and a
/// range minimum over those, so that the common prefix of any two suffixes
/// is one query.
struct SuffixIndex {
    /// Per position: the rank of its suffix among all suffixes.
    rank: Vec<u32>,
    /// Per rank r > 0: the common prefix of the suffixes of ranks r − 1 and r.
    neighbour_prefix: Vec<u32>,
    /// `block_minimum[level][b]`: the least of `neighbour_prefix` over the
    /// 2^level blocks from block `b`.
    block_minimum: Vec<Vec<u32>>,
}

impl SuffixIndex {
    fn new(sequence: &[usize]) -> SuffixIndex {
        let order = suffix_array(sequence);
        let n = sequence.len();
        let mut rank = vec![0u32; n];
        for (r, &p) in order.iter().enumerate() {
            rank[p as usize] = r as u32;
        }
        // Kasai et al.: the common prefix with the previous suffix drops by
        // at most one from a position to the next.
        let mut neighbour_prefix = vec![0u32; n];
        let mut h = 0usize;
        for p in 0..n {
            let r = rank[p] as usize;
            if r == 0 {
                h = 0;
                continue;
            }
            let q = order[r - 1] as usize;
            while p + h < n && q + h < n && sequence[p + h] == sequence[q + h] {
                h += 1;
            }
            neighbour_prefix[r] = h as u32;
            h = h.saturating_sub(1);
        }
        let mut block_minimum: Vec<Vec<u32>> = vec![neighbour_prefix
            .chunks(BLOCK)
            .map(|block| block.iter().copied().min().unwrap_or(0))
            .collect()];
        let mut width = 1;
        while 2 * width < block_minimum[0].len() {
            let below = block_minimum.last().expect("the first level is there");
            let level = (0..below.len() - width)
                .map(|b| below[b].min(below[b + width]))
                .collect();
            block_minimum.push(level);
            width *= 2;
        }
        SuffixIndex {
            rank,
            neighbour_prefix,
            block_minimum,
        }
    }

    /// The common prefix of the suffixes from two different positions.
    fn common_prefix(&self, a: usize, b: usize) -> usize {
        let (ra, rb) = (self.rank[a] as usize, self.rank[b] as usize);
        let (low, high) = (ra.min(rb) + 1, ra.max(rb));
        self.minimum(low, high) as usize
    }

    /// The least of `neighbour_prefix[low..=high]`.
    fn minimum(&self, low: usize, high: usize) -> u32 {
        let (first, last) = (low / BLOCK, high / BLOCK);
        let scan = |range: std::ops::RangeInclusive<usize>| {
            self.neighbour_prefix[range]
                .iter()
                .copied()
                .min()
                .unwrap_or(u32::MAX)
        };
        if first == last {
            return scan(low..=high);
        }
        let edges = scan(low..=first * BLOCK + BLOCK - 1).min(scan(last * BLOCK..=high));
        let (from, to) = (first + 1, last);
        if from == to {
            return edges;
        }
        let level = (to - from).ilog2() as usize;
        let minima = &self.block_minimum[level];
        edges.min(minima[from]).min(minima[to - (1 << level)])
    }
}

/// The positions of `sequence` in the order of their suffixes, by prefix
/// doubling: after each round suffixes are ranked by twice as many elements,
/// with two stable counting sorts per round. Elements are small numbers
/// (lines' classes, numbered by a line): they are counted, not compared.
fn suffix_array(sequence: &[usize]) -> Vec<u32> {
    let n = sequence.len();
    // Ranks count from 1: 0 stands for the end of the sequence.
    let mut rank: Vec<u32> = vec![0; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let elements = sequence.iter().max().map_or(0, |&x| x + 1);
    let mut count = vec![0u32; elements.max(n) + 2];
    // The first round sorts by the first element.
    for &x in sequence {
        count[x + 1] += 1;
    }
    let mut classes = 0;
    for x in 0..elements {
        if count[x + 1] > 0 {
            classes += 1;
        }
        count[x + 1] += count[x];
    }
    order.resize(n, 0);
    for (p, &x) in sequence.iter().enumerate() {
        order[count[x] as usize] = p as u32;
        count[x] += 1;
    }
    let mut r = 0;
    for k in 0..n {
        let p = order[k] as usize;
        if k == 0 || sequence[p] != sequence[order[k - 1] as usize] {
            r += 1;
        }
        rank[p] = r;
    }
    let mut by_second: Vec<u32> = Vec::with_capacity(n);
    let mut next_rank = vec![0u32; n];
    let mut width = 1;
    while classes < n {
        // By the second half: the suffixes too short to have one first,
        // then the others in the order of their second half's rank.
        by_second.clear();
        by_second.extend((n - width.min(n)..n).map(|p| p as u32));
        by_second.extend(
            order
                .iter()
                .filter(|&&p| p as usize >= width)
                .map(|&p| p - width as u32),
        );
        // Then stably by the first half.
        count[..=classes + 1].iter_mut().for_each(|c| *c = 0);
        for &p in &by_second {
            count[rank[p as usize] as usize] += 1;
        }
        let mut total = 0;
        for c in &mut count[..=classes] {
            let here = *c;
            *c = total;
            total += here;
        }
        for &p in &by_second {
            let slot = &mut count[rank[p as usize] as usize];
            order[*slot as usize] = p;
            *slot += 1;
        }
        let key = |p: u32| {
            let p = p as usize;
            (rank[p], rank.get(p + width).copied().unwrap_or(0))
        };
        let mut r = 0;
        let mut previous = (0, 0);
        for &p in &order {
            let here = key(p);
            if here != previous {
                r += 1;
                previous = here;
            }
            next_rank[p as usize] = r;
        }
        std::mem::swap(&mut rank, &mut next_rank);
        classes = r as usize;
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: compare element by element.
    fn naive(s: &[usize], a: usize, b: usize) -> usize {
        common_prefix(&s[a.min(s.len())..], &s[b.min(s.len())..])
    }

    #[test]
    fn suffix_index_agrees_with_direct_comparison() {
        let mut next = crate::test_rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..200 {
            let len = 1 + next(if round % 10 == 0 { 5000 } else { 300 });
            // Few symbols and repeated blocks: long common prefixes.
            let symbols = 1 + next(4);
            let period = 1 + next(8);
            let s: Vec<usize> = (0..len)
                .map(|k| match round % 3 {
                    0 => next(symbols),
                    1 => k % period,
                    _ => (k % period) + usize::from(next(50) == 0),
                })
                .collect();
            let index = SuffixIndex::new(&s);
            for _ in 0..100 {
                let (a, b) = (next(len), next(len));
                if a != b {
                    assert_eq!(index.common_prefix(a, b), naive(&s, a, b), "{s:?} {a} {b}");
                }
            }
        }
    }

    #[test]
    fn z_arrays_and_suffix_index_answer_alike() {
        // Long extensions from more positions than get a Z-array each.
        let s: Vec<usize> = (0..3000).map(|k| usize::from(k % 7 == 0) + k % 3).collect();
        let mut extension = CommonExtension::new(&s);
        for a in [0, 5, 10, 21, 42, 84, 85, 500] {
            for b in (a + 1..s.len()).step_by(13) {
                let limit = s.len();
                let expected = naive(&s, a, b);
                assert_eq!(extension.common_prefix(a, b, limit), expected, "{a} {b}");
                assert_eq!(extension.common_prefix(b, a, 100), expected.min(100));
            }
        }
        assert_eq!(extension.from_position.len(), Z_POSITIONS);
        assert!(extension.index.is_some());
    }

    #[test]
    fn long_extensions_are_capped_by_the_limit() {
        let s: Vec<usize> = (0..2000).map(|k| k % 3).collect();
        let mut extension = CommonExtension::new(&s);
        assert_eq!(extension.common_prefix(1, 4, 5000), 1996);
        assert_eq!(extension.common_prefix(1, 4, 700), 700);
        assert_eq!(extension.common_prefix(1, 5, 700), 0);
        assert_eq!(extension.common_prefix(3, 2000, 700), 0);
        assert_eq!(extension.common_prefix(1900, 1900, 700), 100);
    }

    #[test]
    fn common_prefix_within_and_across_chunks() {
        let a: Vec<usize> = (0..50).collect();
        for cut in 0..50 {
            let mut b = a.clone();
            b[cut] = 99;
            assert_eq!(common_prefix(&a, &b), cut);
            assert_eq!(common_prefix(&a[..cut], &a), cut);
        }
        assert_eq!(common_prefix(&a, &a), 50);
    }
}
