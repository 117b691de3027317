//! Contract-level offsets: for texts mixing emoji (astral characters, two
//! UTF-16 code units), CJK (three bytes, one unit), combining marks and CRLF
//! line ends, every span of the JSON report equals the UTF-16 slice of the
//! text, i.e. what `text.slice(start, end)` returns in JavaScript.

#![cfg(not(target_arch = "wasm32"))]

mod spans;

use article_lens::{analyze, contract::Report, Options};
use spans::check_report;

/// Analyzes `text` and returns its report as JSON, the way the CLI prints it.
fn report_json(text: &str) -> serde_json::Value {
    let analysis = analyze(text, &Options::default());
    let report = Report::new(text, &analysis);
    serde_json::to_value(&report).expect("a report serializes")
}

/// (name, text, quotes expected at least, duplicate groups expected at least)
const CASES: &[(&str, &str, usize, usize)] = &[
    (
        "emoji before and inside a quote",
        "😀 Fans cheered. “We won 🏆 tonight,” the coach said.",
        1,
        0,
    ),
    (
        "flag and skin-tone sequences",
        "🇺🇦🇺🇦 👍🏽 \"Thank you, friends 👋🏾,\" she wrote.",
        1,
        0,
    ),
    (
        "CJK names and text",
        "習近平 met 岸田文雄 in 東京. “合作很重要,” 習近平 said.",
        1,
        0,
    ),
    (
        "combining marks",
        "Ame\u{301}lie Poulain said: “Le cafe\u{301} e\u{301}tait ferme\u{301}.”",
        1,
        0,
    ),
    (
        "CRLF paragraphs with a duplicated one",
        "“Line one,” he said.\r\n\r\nThe café 😀 is open again after the long winter.\r\n\r\nThe café 😀 is open again after the long winter.\r\n",
        1,
        1,
    ),
    (
        "CRLF single-newline layout",
        "First paragraph 🎉 here.\r\n“Second,” she said 🙂.\r\nThird 漢字 line.\r\n",
        1,
        0,
    ),
    (
        "astral characters at every edge",
        "𝒜“𝒜𝒜,”𝒜 said 𝒜.\n\n𝒜",
        1,
        0,
    ),
];

#[test]
fn every_span_slices_the_text_in_utf16() {
    for &(name, text, min_quotes, min_duplicates) in CASES {
        let json = report_json(text);
        let spans = check_report(text, &json);
        let quotes = json["quotes"].as_array().map_or(0, Vec::len);
        let duplicates = json["duplicates"].as_array().map_or(0, Vec::len);
        assert!(quotes >= min_quotes, "{name}: {quotes} quotes in {json}");
        assert!(
            duplicates >= min_duplicates,
            "{name}: {duplicates} duplicate groups in {json}"
        );
        assert!(spans > 0, "{name}: no spans at all");
    }
}

#[test]
fn offsets_are_utf16_not_bytes_or_chars() {
    // "😀 " is 5 bytes, 2 chars, 3 UTF-16 units: the quote starts at unit 3.
    let text = "😀 “Hi,” Ann said.";
    let json = report_json(text);
    check_report(text, &json);
    assert_eq!(json["quotes"][0]["start"], 3, "{json}");
    assert_eq!(json["quotes"][0]["text"], "“Hi,”");
    assert_eq!(json["stats"]["characters"], text.encode_utf16().count());
}

/// Pieces that stress the conversion; the generated texts glue them together.
const PIECES: &[&str] = &[
    "😀",
    "🇫🇷",
    "👍🏽",
    "東京",
    "習近平",
    "e\u{301}",
    "\u{308}",
    "\r\n",
    "\n\n",
    "\r\n\r\n",
    "“",
    "”",
    "\"",
    "’",
    " said ",
    "Ann Lee",
    ". ",
    "word",
    "𝒜",
    "\t",
    "«",
    "»",
];

/// Many small texts from a fixed pseudo-random sequence: every span of every
/// report must still slice correctly (and nothing may panic).
#[test]
fn generated_mixtures_slice_correctly() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        // xorshift64: deterministic, no dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..300 {
        let len = (next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        check_report(&text, &report_json(&text));
    }
}
