//! A compact JSON writer for the report: what serde_json writes, byte for
//! byte, at a fraction of the cost.
//!
//! The CLI prints every report as JSON, and serde_json's generic serializer
//! took three times the instructions of building the report (a 10 KB
//! article: 500k against 162k; it escapes every key and formats every value
//! through its formatter); this writer takes 275k. (The wasm boundary sends
//! no JSON: see `src/wasm.rs`.) Every string goes
//! through [`write_str`], the one escaping function; keys are written as
//! they are (they are ours and need none). `tests/json.rs` and a property
//! test compare the two writers.

/// Appends `s` as a JSON string: quoted, with `"`, `\` and the control
/// characters below U+0020 escaped as serde_json escapes them (`\n`, `\t`,
/// `\r`, `\b`, `\f`, else `\u00XX` in lowercase hex); everything else as is.
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(skip) = bytes[start..].iter().position(|&b| ESCAPED[usize::from(b)]) {
        let i = start + skip;
        out.extend_from_slice(&bytes[start..i]);
        let b = bytes[i];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// The bytes [`write_str`] escapes: controls, `"` and `\`.
const ESCAPED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Appends `n` in decimal.
pub fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Appends `n` in decimal, or `null`.
pub fn write_option_usize(out: &mut Vec<u8>, n: Option<usize>) {
    match n {
        Some(n) => write_usize(out, n),
        None => out.extend_from_slice(b"null"),
    }
}

/// Appends `x` as serde_json writes an `f32` (shortest round-trip form,
/// `null` when not finite).
pub fn write_f32(out: &mut Vec<u8>, x: f32) {
    // Rare (one per duplicate group): serde_json's own formatting.
    out.extend_from_slice(
        serde_json::to_string(&x)
            .as_deref()
            .unwrap_or("null")
            .as_bytes(),
    );
}

/// Appends the items of `items` as a JSON array, each written by `item`.
pub fn write_array<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}
