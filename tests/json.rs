//! The report's own JSON writer (`Report::to_json`, `src/json.rs`) against
//! serde_json's output for the same report: byte for byte, on the seeds and
//! on texts made of what JSON escapes.

use article_lens::{analyze, contract::Report, Options};

fn assert_same_json(text: &str) -> String {
    let analysis = analyze(text, &Options::default());
    let report = Report::new(text, &analysis);
    let ours = report.to_json();
    let serde = serde_json::to_string(&report).expect("a report serializes");
    assert_eq!(ours, serde, "JSON differs for {text:?}");
    // And it reads back as the same report.
    let back: Report = serde_json::from_str(&ours).expect("valid JSON");
    assert_eq!(back, report);
    ours
}

#[test]
fn seeds_write_as_serde_json_does() {
    assert_same_json(include_str!("fixtures/seed-000.txt"));
    assert_same_json(include_str!("fixtures/seed-002.txt"));
}

#[test]
fn escapes_write_as_serde_json_does() {
    // Every ASCII control, the quote and the backslash inside quotations,
    // names and mentions; DEL, emoji and CJK stay as they are.
    // (Line breaks would end the paragraph, and with it the quotation.)
    let controls: String = (0u8..0x20)
        .filter(|b| !(0x0a..=0x0d).contains(b))
        .map(char::from)
        .collect();
    let texts = [
        String::new(),
        format!("“Prices {controls} rose,” said Maria \\ Lopez of Acme Corp."),
        "He said \"no \\\"way\\\" today\" in \u{7f}Paris\u{7f}, said John O\"Brien.".to_owned(),
        "“Tab\there, newline\nthere,” Paul Smith said on March 3, 2024, in Berlin.".to_owned(),
        "“😀 Emoji and 漢字,” said Kim Jong Un of North Korea, about 1,200 people.".to_owned(),
        "\u{8}\u{c}\r\n“Backspace\u{8} and form feed\u{c},” Ana Silva said.\r\n".to_owned(),
    ];
    let written: String = texts.iter().map(|t| assert_same_json(t)).collect();
    // The quotations carry the escapes into the JSON.
    for escape in ["\\u0001", "\\u001f", "\\t", "\\b", "\\f", "\\\\", "\\\""] {
        assert!(written.contains(escape), "no {escape} written");
    }
}

#[test]
fn string_escapes_match_for_every_ascii_byte() {
    for b in 0u8..0x80 {
        let s = format!("a{}b", char::from(b));
        let mut ours = Vec::new();
        article_lens::json::write_str(&mut ours, &s);
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&s).unwrap(),
            "byte {b:#04x}"
        );
    }
}

#[test]
fn numbers_match_at_their_limits() {
    for n in [0, 9, 10, 99, 100, 65_535, u32::MAX as usize, usize::MAX] {
        let mut ours = Vec::new();
        article_lens::json::write_usize(&mut ours, n);
        assert_eq!(String::from_utf8(ours).unwrap(), n.to_string());
    }
}
