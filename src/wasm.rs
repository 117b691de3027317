//! The wasm boundary: the only place with `#[wasm_bindgen]` items.
//!
//! JS calls go in as one string and one optional options object and come out as
//! one value. Offsets in results are **UTF-16 code units** (JS string
//! indices), converted once by [`crate::contract::Report`]. Strings from JS
//! with lone surrogates arrive with each one replaced by U+FFFD, which is also
//! one code unit, so offsets still match the caller's string.
//!
//! The analysis object is built in JS (`src/js/build.js`) from numbers and a
//! few strings encoded here, its `text` fields sliced from the caller's own
//! string: writing the report as JSON and `JSON.parse` reading it back was a
//! quarter of a 10 KB call (12.1 M of V8 instructions against 9.0 M), and
//! the JSON string several times the size of the text.

use crate::contract::{Range, Report, TextRange};
use crate::json::write_f32;
use crate::{analyze, clean, highlight, CleanOptions, HighlightOptions, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A span in UTF-16 code units: `text.slice(start, end)`. */
export interface Range { start: number; end: number; }
/** A span with its text (`text === input.slice(start, end)`). */
export interface TextRange extends Range { text: string; }
export interface Speaker extends TextRange {
  /** Canonical name: the entity's fullest form. */
  name: string;
  /** Index into `entities`, or null when the speaker is not a recognized entity. */
  entity: number | null;
}
export interface Quote extends TextRange {
  id: number;
  /** The quoted words without the outer marks. */
  content: TextRange;
  /** A quoted word or short phrase (≤ 3 words, scare quote, title) rather than speech. */
  partial: boolean;
  speaker: Speaker | null;
  /** The verb or phrase of speech ("said", "according to"). */
  cue: TextRange | null;
}
export type EntityKind = "person" | "organization" | "place" | "group" | "date" | "number";
export interface Entity {
  id: number;
  /** Canonical name: the fullest form in the text. */
  name: string;
  kind: EntityKind;
  mentions: TextRange[];
}
export interface DuplicateGroup {
  id: number;
  /** 1.0 when equal after normalization; lower for near copies. */
  similarity: number;
  /** The original first; a repeated run of paragraphs is one occurrence. */
  occurrences: Range[];
}
export type BoilerplateKind = "caption" | "credit" | "gallery" | "byline" | "separator" | "other";
export interface Boilerplate extends Range { kind: BoilerplateKind; }
/** The JSON contract v1. */
export interface Analysis {
  version: 1;
  stats: { characters: number; words: number; sentences: number; paragraphs: number };
  paragraphs: Range[];
  quotes: Quote[];
  entities: Entity[];
  duplicates: DuplicateGroup[];
  boilerplate: Boilerplate[];
  segments: Range[];
}
/** Which detectors run; each defaults to true. */
export interface ParseOptions { quotes?: boolean; entities?: boolean; duplicates?: boolean; boilerplate?: boolean; }
/** Which layers are drawn; each defaults to true. `analysis` options choose the detectors. */
export interface HighlightOptions {
  quotes?: boolean; entities?: boolean; duplicates?: boolean; boilerplate?: boolean;
  /** title attributes describing each highlight */
  titles?: boolean;
  analysis?: ParseOptions;
}
export interface CleanOptions {
  /** also remove captions, credits, gallery widgets … (default false) */
  boilerplate?: boolean;
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Reads the flags `fields` of an options object from JS into their places.
/// `undefined` and `null` leave every flag at its default. Otherwise the
/// value must be an object whose own keys are all among `fields` (and
/// `nested`, the one key that holds an options object of its own, returned
/// as is), each flag `true` or `false`: a misspelt option is an error, not
/// a silent default.
///
/// Written by hand, not with serde: the options are a few booleans, and
/// serde-wasm-bindgen's deserializer (with the float formatting of its error
/// messages) were 19.5 KB of the gzipped module (docs/SIZE.md).
fn read_flags(
    value: &JsValue,
    what: &str,
    fields: &mut [(&str, &mut bool)],
    nested: Option<&str>,
) -> Result<JsValue, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(JsValue::UNDEFINED);
    }
    let invalid = |why: String| JsError::new(&format!("invalid {what} options: {why}"));
    if !value.is_object() || js_array_is_array(value) {
        return Err(invalid("expected an object".into()));
    }
    let mut inner = JsValue::UNDEFINED;
    for key in object_keys(value) {
        let field =
            reflect_get(value, &key).map_err(|_| invalid(format!("cannot read `{key}`")))?;
        if nested == Some(key.as_str()) {
            inner = field;
        } else if let Some((_, flag)) = fields.iter_mut().find(|(name, _)| *name == key) {
            **flag = field
                .as_bool()
                .ok_or_else(|| invalid(format!("`{key}` must be true or false")))?;
        } else {
            let known: Vec<&str> = fields.iter().map(|(name, _)| *name).chain(nested).collect();
            return Err(invalid(format!(
                "unknown option `{key}` (known: {})",
                known.join(", ")
            )));
        }
    }
    Ok(inner)
}

/// The detector options of `parse` (and of highlight's `analysis`).
fn parse_options(value: &JsValue, what: &str) -> Result<Options, JsError> {
    let mut options = Options::default();
    read_flags(
        value,
        what,
        &mut [
            ("quotes", &mut options.quotes),
            ("entities", &mut options.entities),
            ("duplicates", &mut options.duplicates),
            ("boilerplate", &mut options.boilerplate),
        ],
        None,
    )?;
    Ok(options)
}

/// The detector options and the layer options of one highlight call: the
/// layers at the top level, the detectors under `analysis`.
fn highlight_options(value: &JsValue) -> Result<(Options, HighlightOptions), JsError> {
    let mut layers = HighlightOptions::default();
    let analysis = read_flags(
        value,
        "highlight",
        &mut [
            ("quotes", &mut layers.quotes),
            ("entities", &mut layers.entities),
            ("duplicates", &mut layers.duplicates),
            ("boilerplate", &mut layers.boilerplate),
            ("titles", &mut layers.titles),
        ],
        Some("analysis"),
    )?;
    Ok((parse_options(&analysis, "highlight analysis")?, layers))
}

/// Analyzes `text` and returns the JSON contract v1 object.
#[wasm_bindgen(js_name = parse, unchecked_return_type = "Analysis")]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ParseOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = parse_options(&options, "parse")?;
    let input = text_of(&text)?;
    Ok(to_js(
        &text,
        &Report::new(&input, &analyze(&input, &options)),
    ))
}

/// The Rust copy of the caller's string (lone surrogates as U+FFFD).
fn text_of(text: &JsValue) -> Result<String, JsError> {
    text.as_string()
        .ok_or_else(|| JsError::new("the text must be a string"))
}

#[wasm_bindgen]
extern "C" {
    /// The engine's own `JSON.parse`.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(json: &str) -> Result<JsValue, JsValue>;

    /// The engine's own `Reflect.get`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &str) -> Result<JsValue, JsValue>;

    /// The engine's own `Object.keys`: an object's own enumerable keys.
    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Vec<String>;

    /// The engine's own `Array.isArray`.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn js_array_is_array(value: &JsValue) -> bool;

    /// The engine's own `Reflect.set`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &str, value: &JsValue) -> Result<bool, JsValue>;
}

#[wasm_bindgen(module = "/src/js/build.js")]
extern "C" {
    /// Builds the analysis object from [`Encoded`] (see `src/js/build.js`).
    #[wasm_bindgen(js_name = buildAnalysis)]
    fn build_analysis(text: &JsValue, numbers: &[u32], strings: &str) -> JsValue;
}

/// Turns a report on `text` (the caller's string) into the analysis object.
/// One call across the boundary: building the objects one property at a
/// time from here (serde-wasm-bindgen) cost about as much as the whole
/// analysis on a 1 MB text.
fn to_js(text: &JsValue, report: &Report<'_>) -> JsValue {
    let encoded = Encoded::of(report);
    build_analysis(text, &encoded.numbers, &encoded.strings)
}

/// A report as `src/js/build.js` reads it: the version and the stats, then
/// each list as its length and its items, fields in the contract's order;
/// texts are left out (JS slices them), names, kinds and similarities go
/// into `strings`, each with its length in UTF-16 code units in `numbers`.
struct Encoded {
    numbers: Vec<u32>,
    strings: String,
}

/// `null` for an index in [`Encoded::numbers`].
const NONE: u32 = u32::MAX;

impl Encoded {
    fn of(report: &Report<'_>) -> Encoded {
        let mut e = Encoded {
            numbers: Vec::with_capacity(64 + 8 * report.stats.paragraphs),
            strings: String::new(),
        };
        e.number(report.version as usize);
        let stats = report.stats;
        for n in [
            stats.characters,
            stats.words,
            stats.sentences,
            stats.paragraphs,
        ] {
            e.number(n);
        }
        e.ranges(&report.paragraphs);
        e.number(report.quotes.len());
        for q in &report.quotes {
            e.span(q.start, q.end);
            e.text_range(&q.content);
            e.number(usize::from(q.partial));
            e.number(usize::from(q.speaker.is_some()));
            if let Some(s) = &q.speaker {
                e.string(&s.name);
                e.numbers.push(s.entity.map_or(NONE, to_u32));
                e.span(s.start, s.end);
            }
            e.number(usize::from(q.cue.is_some()));
            if let Some(cue) = &q.cue {
                e.text_range(cue);
            }
        }
        e.number(report.entities.len());
        for entity in &report.entities {
            e.string(&entity.name);
            e.string(&entity.kind);
            e.number(entity.mentions.len());
            for m in &entity.mentions {
                e.text_range(m);
            }
        }
        e.number(report.duplicates.len());
        let mut similarity = Vec::new();
        for d in &report.duplicates {
            // The decimal JSON would carry, so that JS reads the same number.
            similarity.clear();
            write_f32(&mut similarity, d.similarity);
            e.string(std::str::from_utf8(&similarity).unwrap_or("null"));
            e.ranges(&d.occurrences);
        }
        e.number(report.boilerplate.len());
        for b in &report.boilerplate {
            e.span(b.start, b.end);
            e.string(&b.kind);
        }
        e.ranges(&report.segments);
        e
    }

    fn number(&mut self, n: usize) {
        self.numbers.push(to_u32(n));
    }

    fn string(&mut self, s: &str) {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.number(units);
        self.strings.push_str(s);
    }

    fn ranges(&mut self, ranges: &[Range]) {
        self.number(ranges.len());
        for r in ranges {
            self.span(r.start, r.end);
        }
    }

    /// A range with text: its text is sliced in JS.
    fn text_range(&mut self, r: &TextRange<'_>) {
        self.span(r.start, r.end);
    }

    fn span(&mut self, start: usize, end: usize) {
        self.number(start);
        self.number(end);
    }
}

/// Offsets and counts of a JS string's analysis fit: JS strings are shorter
/// than 2^32 code units.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NONE)
}

/// Analyzes `text` and returns the highlighted HTML fragment (escaped; its text
/// content equals `text`).
#[wasm_bindgen(js_name = highlight)]
pub fn highlight_html(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "HighlightOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    let (options, layers) = highlight_options(&options)?;
    let analysis = analyze(text, &options);
    Ok(highlight(text, &analysis, &layers))
}

/// Both at once, from one analysis: `{ analysis, html }`.
#[wasm_bindgen(js_name = analyzeAndHighlight, unchecked_return_type = "{ analysis: Analysis; html: string }")]
pub fn analyze_and_highlight(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "HighlightOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let (options, layers) = highlight_options(&options)?;
    let input = text_of(&text)?;
    let analysis = analyze(&input, &options);
    let html = highlight(&input, &analysis, &layers);
    let both = json_parse(r#"{"analysis":null,"html":""}"#)
        .map_err(|_| JsError::new("cannot build the result: JSON.parse failed"))?;
    // The HTML goes across as one string, not escaped into the JSON.
    for (key, value) in [
        ("analysis", to_js(&text, &Report::new(&input, &analysis))),
        ("html", JsValue::from_str(&html)),
    ] {
        reflect_set(&both, key, &value)
            .map_err(|_| JsError::new("cannot build the result: Reflect.set failed"))?;
    }
    Ok(both)
}

/// The text without duplicate copies (first occurrence kept) and, with
/// `{ boilerplate: true }`, without boilerplate.
#[wasm_bindgen(js_name = clean)]
pub fn clean_text(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "CleanOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    let mut clean_options = CleanOptions::default();
    read_flags(
        &options,
        "clean",
        &mut [("boilerplate", &mut clean_options.boilerplate)],
        None,
    )?;
    let options = clean_options;
    Ok(clean(text, &analyze(text, &Options::default()), &options))
}
