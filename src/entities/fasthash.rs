//! A small fast hasher for the word tables: the keys are short words from
//! the text and compiled-in lists, so there is nothing to defend against
//! (no attacker picks the table), and SipHash's cost showed in profiles.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style multiply-rotate hasher (as in rustc), 64-bit.
#[derive(Default, Clone, Copy, Debug)]
pub struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        // The last 1 to 7 bytes in fixed-size reads (no copy of a variable
        // length): two overlapping halves, or the first, middle and last.
        let rest = chunks.remainder();
        let n = rest.len();
        if n >= 4 {
            let half = |i: usize| {
                u64::from(u32::from_le_bytes([
                    rest[i],
                    rest[i + 1],
                    rest[i + 2],
                    rest[i + 3],
                ]))
            };
            self.add(half(0) | half(n - 4) << 32);
        } else if n > 0 {
            self.add(
                u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
            );
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The multiply leaves the high bits well mixed and the low ones not
    /// (bit k of a product depends only on bits 0..=k of its factors), while
    /// hashbrown picks the bucket from the low bits: rotating brings the mixed
    /// bits down. Without it, keys that differ only past their first bytes
    /// (`"12345"`, `"12346"` …) crowd into a few buckets.
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Builds [`FastHasher`]s.
pub type FastBuild = BuildHasherDefault<FastHasher>;
/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, FastBuild>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, FastBuild>;
