//! The wasm boundary (src/wasm.rs) under node: `wasm-pack test --node`.
//!
//! Results are checked the way the page uses them: spans are sliced with JS
//! `String.prototype.slice` on the JS string, options arrive as JS objects,
//! and the HTML's text content must equal the input.

#![cfg(target_arch = "wasm32")]

use article_lens::wasm::{analyze_and_highlight, clean_text, highlight_html, parse};
use js_sys::{JsString, Object, Reflect};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

const SEED: &str = include_str!("fixtures/seed-002.txt");

/// Texts that stress offsets: astral characters, CJK, combining marks, CRLF.
const MIXED: &[&str] = &[
    "😀 Fans cheered. “We won 🏆 tonight,” the coach said.",
    "習近平 met 岸田文雄 in 東京. “合作很重要,” 習近平 said.",
    "Ame\u{301}lie said: “Le cafe\u{301} e\u{301}tait ferme\u{301}.”",
    "“Line one,” he said.\r\n\r\nThe café 😀 is open again after the long winter.\r\n\r\nThe café 😀 is open again after the long winter.\r\n",
    "🇺🇦 👍🏽 \"Thank you, friends 👋🏾,\" she wrote.",
];

/// A JS string, as JS callers pass the text.
fn js(text: &str) -> JsValue {
    JsValue::from_str(text)
}

/// `object[key]`.
fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("a readable field")
}

/// A JS object `{ key: value, ... }`.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        Reflect::set(&object, &JsValue::from_str(key), value).expect("set a field");
    }
    object.into()
}

fn to_json(value: &JsValue) -> Value {
    let json = js_sys::JSON::stringify(value).expect("a plain JS object");
    serde_json::from_str(&String::from(json)).expect("JSON.stringify writes JSON")
}

/// Checks every span of `report` with JS `text.slice(start, end)` and returns
/// how many there were.
fn check_spans(text: &str, report: &Value) -> usize {
    fn walk(js_text: &JsString, length: u32, value: &Value, path: &str, spans: &mut usize) {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(js_text, length, item, &format!("{path}[{i}]"), spans);
                }
            }
            Value::Object(fields) => {
                let start = fields.get("start").and_then(Value::as_u64);
                let end = fields.get("end").and_then(Value::as_u64);
                if let (Some(start), Some(end)) = (start, end) {
                    *spans += 1;
                    let (start, end) = (start as u32, end as u32);
                    assert!(start <= end && end <= length, "{path}: {start}..{end}");
                    if let Some(text) = fields.get("text").and_then(Value::as_str) {
                        let slice: String = js_text.slice(start, end).into();
                        assert_eq!(slice, text, "{path}: slice({start}, {end})");
                    }
                }
                for (key, field) in fields {
                    walk(js_text, length, field, &format!("{path}.{key}"), spans);
                }
            }
            _ => {}
        }
    }
    let js_text = JsString::from(text);
    let mut spans = 0;
    walk(&js_text, js_text.length(), report, "report", &mut spans);
    spans
}

/// The text content of an HTML fragment: tags dropped, the renderer's five
/// entities decoded.
fn text_content(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[wasm_bindgen_test]
fn parse_returns_contract_v1_for_the_seed() {
    let report = to_json(&parse(js(SEED), JsValue::UNDEFINED).expect("parse succeeds"));
    assert_eq!(report["version"], 1);
    assert!(report["quotes"].as_array().is_some_and(|q| !q.is_empty()));
    let characters = JsString::from(SEED).length() as u64;
    assert_eq!(report["stats"]["characters"], characters);
    assert!(check_spans(SEED, &report) > 50);
}

#[wasm_bindgen_test]
fn spans_slice_in_js_for_emoji_cjk_combining_and_crlf() {
    for text in MIXED {
        let report = to_json(&parse(js(text), JsValue::NULL).expect("parse succeeds"));
        assert!(
            report["quotes"].as_array().is_some_and(|q| !q.is_empty()),
            "{text:?}: {report}"
        );
        check_spans(text, &report);
    }
}

#[wasm_bindgen_test]
fn parse_options_turn_detectors_off() {
    let options = object(&[("quotes", false.into()), ("duplicates", false.into())]);
    let report = to_json(&parse(js(MIXED[3]), options).expect("parse succeeds"));
    assert_eq!(report["quotes"], Value::Array(vec![]));
    assert_eq!(report["duplicates"], Value::Array(vec![]));
    let all = to_json(&parse(js(MIXED[3]), object(&[])).expect("empty options are defaults"));
    assert!(!all["duplicates"].as_array().unwrap().is_empty(), "{all}");
}

#[wasm_bindgen_test]
fn texts_are_slices_of_the_callers_string_even_with_lone_surrogates() {
    // “lone<U+DC00>,” said Ann Lee. The analysis reads U+FFFD there (one
    // code unit too); the `text` fields are the caller's own code units.
    let units: Vec<u16> = "“lone"
        .encode_utf16()
        .chain([0xDC00])
        .chain(",” said Ann Lee.".encode_utf16())
        .collect();
    let text = JsString::from_char_code(&units);
    for analysis in [
        parse(text.clone().into(), JsValue::UNDEFINED).expect("parse succeeds"),
        get(
            &analyze_and_highlight(text.clone().into(), JsValue::UNDEFINED).expect("succeeds"),
            "analysis",
        ),
    ] {
        let quote = get(&get(&analysis, "quotes"), "0");
        let offset = |key: &str| get(&quote, key).as_f64().expect("a number") as u32;
        let slice = text.slice(offset("start"), offset("end"));
        assert_eq!(slice.length(), 8);
        assert_eq!(slice.char_code_at(5) as u32, 0xDC00);
        assert_eq!(get(&quote, "text"), JsValue::from(slice));
        assert_eq!(get(&get(&quote, "speaker"), "name"), js("Ann Lee"));
    }
}

#[wasm_bindgen_test]
fn a_text_that_is_no_string_is_an_error() {
    for bad in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_f64(1.0),
        object(&[]),
    ] {
        assert!(
            parse(bad.clone(), JsValue::UNDEFINED).is_err(),
            "parse {bad:?}"
        );
        assert!(
            analyze_and_highlight(bad.clone(), JsValue::UNDEFINED).is_err(),
            "analyzeAndHighlight {bad:?}"
        );
    }
}

#[wasm_bindgen_test]
fn bad_options_are_errors_not_panics() {
    for bad in [
        object(&[("quotes", JsValue::from_str("yes"))]),
        JsValue::from_str("quotes"),
        JsValue::from_f64(1.0),
    ] {
        assert!(parse(js("text"), bad.clone()).is_err(), "parse {bad:?}");
        assert!(
            highlight_html("text", bad.clone()).is_err(),
            "highlight {bad:?}"
        );
    }
    let nested = object(&[("analysis", object(&[("entities", JsValue::from_f64(0.0))]))]);
    assert!(highlight_html("text", nested).is_err());
}

#[wasm_bindgen_test]
fn options_errors_name_the_option() {
    let message = |result: Result<JsValue, JsError>| {
        let error = JsValue::from(result.expect_err("an invalid options object"));
        get(&error, "message")
            .as_string()
            .expect("an Error's message")
    };
    // A misspelt option is an error, never a silently ignored default.
    let misspelt = object(&[("quote", false.into())]);
    assert_eq!(
        message(parse(js("text"), misspelt.clone())),
        "invalid parse options: unknown option `quote` (known: quotes, entities, duplicates, boilerplate)"
    );
    assert_eq!(
        message(analyze_and_highlight(js("text"), misspelt)),
        "invalid highlight options: unknown option `quote` (known: quotes, entities, duplicates, boilerplate, titles, analysis)"
    );
    assert_eq!(
        message(parse(
            js("text"),
            object(&[("entities", JsValue::from_f64(1.0))])
        )),
        "invalid parse options: `entities` must be true or false"
    );
    let nested = object(&[("analysis", object(&[("titles", true.into())]))]);
    assert!(message(analyze_and_highlight(js("text"), nested))
        .starts_with("invalid highlight analysis options: unknown option `titles`"));
    let array = js_sys::Array::of1(&true.into());
    assert_eq!(
        message(parse(js("text"), array.into())),
        "invalid parse options: expected an object"
    );
    for bad in [object(&[("boilerplate", JsValue::NULL)]), JsValue::TRUE] {
        assert!(clean_text("text", bad).is_err());
    }
    let kept = clean_text("text", object(&[("boilerplate", true.into())])).unwrap();
    assert_eq!(kept, "text");
}

#[wasm_bindgen_test]
fn highlight_keeps_the_text_and_escapes_markup() {
    let xss = "<img src=x onerror=alert(1)> “</textarea><script>alert(2)</script>,” he said.";
    for text in MIXED.iter().chain([&SEED, &xss, &""]) {
        let html = highlight_html(text, JsValue::UNDEFINED).expect("highlight succeeds");
        assert!(html.starts_with("<article class=\"al-doc\">"), "{html}");
        assert_eq!(text_content(&html), *text);
    }
    let html = highlight_html(xss, JsValue::UNDEFINED).unwrap();
    assert!(
        !html.contains("<img") && !html.contains("<script"),
        "{html}"
    );
}

#[wasm_bindgen_test]
fn highlight_options_choose_layers() {
    let html = highlight_html(SEED, JsValue::UNDEFINED).unwrap();
    assert!(html.contains("al-quote") && html.contains(" title=\""));
    let options = object(&[("quotes", false.into()), ("titles", false.into())]);
    let html = highlight_html(SEED, options).unwrap();
    assert!(!html.contains("al-quote"), "quotes layer off");
    assert!(!html.contains(" title=\""), "titles off");
    let options = object(&[("analysis", object(&[("quotes", false.into())]))]);
    assert!(!highlight_html(SEED, options).unwrap().contains("al-quote"));
}

#[wasm_bindgen_test]
fn analyze_and_highlight_agrees_with_parse_and_highlight() {
    let both = analyze_and_highlight(js(SEED), JsValue::UNDEFINED).expect("succeeds");
    let html = Reflect::get(&both, &"html".into())
        .unwrap()
        .as_string()
        .unwrap();
    let analysis = to_json(&Reflect::get(&both, &"analysis".into()).unwrap());
    assert_eq!(html, highlight_html(SEED, JsValue::UNDEFINED).unwrap());
    assert_eq!(
        analysis,
        to_json(&parse(js(SEED), JsValue::UNDEFINED).unwrap())
    );
}

#[wasm_bindgen_test]
fn clean_drops_duplicate_copies() {
    let cleaned = clean_text(MIXED[3], JsValue::UNDEFINED).expect("clean succeeds");
    assert_eq!(
        cleaned
            .matches("The café 😀 is open again after the long winter.")
            .count(),
        1,
        "{cleaned:?}"
    );
    assert!(cleaned.contains("“Line one,” he said."));
}

/// The object `parse` builds in JS (src/js/build.js) is the JSON contract
/// the CLI writes, field for field, on texts whose lists have every length
/// the builder treats apart: none, one, a few, and over a thousand.
#[wasm_bindgen_test]
fn parse_builds_what_the_cli_writes() {
    let numbered_lines: String = (0..1200).map(|n| format!("{n}\n")).collect();
    let one_speaker = "“We will see,” Okonkwo said. ".repeat(1100);
    for text in [
        SEED,
        MIXED[3],
        "",
        numbered_lines.as_str(),
        one_speaker.as_str(),
    ] {
        let analysis = article_lens::analyze(text, &article_lens::Options::default());
        let report = article_lens::contract::Report::new(text, &analysis);
        let written: Value =
            serde_json::from_str(&report.to_json()).expect("the CLI's JSON parses");
        let built = to_json(&parse(js(text), JsValue::UNDEFINED).expect("parse succeeds"));
        assert_eq!(
            first_difference(&built, &written, String::new()),
            None,
            "{:?}",
            text.get(..40)
        );
    }
}

/// The path of the first place where `a` and `b` differ, numbers compared as
/// JS compares them (JSON's `1.0` is JS's `1`).
fn first_difference(a: &Value, b: &Value, path: String) -> Option<String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, format!("{path}[{i}]"))),
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => {
            x.iter().find_map(|(k, v)| {
                y.get(k).map_or(Some(format!("{path}.{k} (missing)")), |w| {
                    first_difference(v, w, format!("{path}.{k}"))
                })
            })
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} ≠ {b}")),
    }
}
