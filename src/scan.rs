//! Byte searches eight bytes at a time, for the scans over the whole text
//! (line breaks, sentence terminators, a rule's first letter), where a
//! byte-by-byte loop costs more than the work done at what it finds.
//!
//! Each 8-byte word is tested with the zero-byte trick: for `x` the word
//! XOR the sought byte repeated, `(x - 0x01…01) & !x & 0x80…80` flags every
//! zero byte of `x`; flags above a zero may be false (the subtraction
//! borrows), none below, so the lowest flag is the first match.

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH_BITS: u64 = ONES * 0x80;

/// Flags (high bit of each byte) at the bytes of `word` equal to `byte`;
/// only the lowest flag is exact.
#[inline]
fn flags(word: u64, byte: u8) -> u64 {
    let diff = word ^ (ONES * u64::from(byte));
    diff.wrapping_sub(ONES) & !diff & HIGH_BITS
}

/// Offset of the first byte of `bytes` that is one of `needles`.
#[inline]
pub(crate) fn find_any<const N: usize>(bytes: &[u8], needles: [u8; N]) -> Option<usize> {
    first_flagged(
        bytes,
        |word| needles.iter().fold(0, |hits, &n| hits | flags(word, n)),
        |b| needles.contains(&b),
    )
}

/// Offset of the first byte of `bytes` that is the ASCII byte `lower`, or
/// its capital when it is a lowercase letter.
pub(crate) fn find_ignoring_case(bytes: &[u8], lower: u8) -> Option<usize> {
    // Setting bit 5 lowercases an ASCII capital (and maps no other byte to a
    // lowercase letter).
    let fold = if lower.is_ascii_lowercase() { 0x20 } else { 0 };
    first_flagged(
        bytes,
        |word| flags(word | (ONES * u64::from(fold)), lower),
        |b| b | fold == lower,
    )
}

/// The first byte of `bytes` that `word_flags` flags (its lowest flag, read
/// eight bytes at a time) or, in the last 1 to 7 bytes, that `is_match`
/// accepts: the two must agree on what a match is.
#[inline]
fn first_flagged(
    bytes: &[u8],
    word_flags: impl Fn(u64) -> u64,
    is_match: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let hits = word_flags(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        if hits != 0 {
            return Some(offset + hits.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    let rest = chunks.remainder().iter().position(|&b| is_match(b));
    rest.map(|i| offset + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &[u8] =
        b"x The Cat sat on the mat; 3:00, CAT.\r\n \xC3\xA9tude \xE2\x80\x9Cc\xE2\x80\xA6\xE2\x80\x9D Ok? Go!\n";

    #[test]
    fn find_any_finds_the_first_of_the_needles() {
        for from in 0..=TEXT.len() {
            let rest = &TEXT[from..];
            for needles in [[b'.', b'!', b'?', 0xE2], [b'\n', b'\r', b'\n', b'\n']] {
                let expected = rest.iter().position(|b| needles.contains(b));
                assert_eq!(find_any(rest, needles), expected, "{from} {needles:?}");
            }
            assert_eq!(find_any(rest, [b'z']), None);
        }
    }

    #[test]
    fn find_ignoring_case_finds_the_first_match() {
        for from in 0..=TEXT.len() {
            for byte in [b'c', b't', b':', b' ', b'z'] {
                let expected = TEXT[from..]
                    .iter()
                    .position(|b| *b == byte || b.to_ascii_lowercase() == byte);
                assert_eq!(find_ignoring_case(&TEXT[from..], byte), expected);
            }
        }
    }
}
