//! The wasm boundary: the only place with `#[wasm_bindgen]` items.
//!
//! JS calls go in as one string and one optional options object and come out as
//! one value. Offsets in results are **UTF-16 code units** (JS string
//! indices), converted once by [`crate::contract::Report`]. Strings from JS
//! with lone surrogates arrive with each one replaced by U+FFFD, which is also
//! one code unit, so offsets still match the caller's string.

use crate::{analyze, clean, contract::Report, highlight, CleanOptions, HighlightOptions, Options};
use serde::Deserialize;
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

/// Reads an optional options object; `undefined`/`null` give the defaults.
fn options<T: for<'de> Deserialize<'de> + Default>(
    value: JsValue,
    what: &str,
) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("invalid {what} options: {e}")))
}

/// Analyzes `text` and returns the JSON contract v1 object.
#[wasm_bindgen(js_name = parse, unchecked_return_type = "Analysis")]
pub fn parse(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "ParseOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options: Options = self::options(options, "parse")?;
    to_js(&Report::new(text, &analyze(text, &options)))
}

#[wasm_bindgen]
extern "C" {
    /// The engine's own `JSON.parse`.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(json: &str) -> Result<JsValue, JsValue>;

    /// The engine's own `Reflect.set`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &str, value: &JsValue) -> Result<bool, JsValue>;
}

/// Turns a report into a JS value through one JSON string: the report's own
/// writer here, `JSON.parse` in the engine. Building the objects one property
/// at a time across the boundary (serde-wasm-bindgen) cost about as much as
/// the whole analysis on a 1 MB text.
fn to_js(report: &Report<'_>) -> Result<JsValue, JsError> {
    json_parse(&report.to_json())
        .map_err(|_| JsError::new("cannot build the result: JSON.parse failed"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct HighlightArgs {
    #[serde(flatten)]
    layers: HighlightLayers,
    analysis: Option<Options>,
}

#[derive(Deserialize)]
#[serde(default)]
struct HighlightLayers {
    quotes: bool,
    entities: bool,
    duplicates: bool,
    boilerplate: bool,
    titles: bool,
}

impl Default for HighlightLayers {
    fn default() -> Self {
        let d = HighlightOptions::default();
        HighlightLayers {
            quotes: d.quotes,
            entities: d.entities,
            duplicates: d.duplicates,
            boilerplate: d.boilerplate,
            titles: d.titles,
        }
    }
}

impl HighlightArgs {
    /// The detector options and the layer options of one highlight call.
    fn split(self) -> (Options, HighlightOptions) {
        let mut layers = HighlightOptions::default();
        layers.quotes = self.layers.quotes;
        layers.entities = self.layers.entities;
        layers.duplicates = self.layers.duplicates;
        layers.boilerplate = self.layers.boilerplate;
        layers.titles = self.layers.titles;
        (self.analysis.unwrap_or_default(), layers)
    }
}

/// Analyzes `text` and returns the highlighted HTML fragment (escaped; its text
/// content equals `text`).
#[wasm_bindgen(js_name = highlight)]
pub fn highlight_html(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "HighlightOptions | undefined")] options: JsValue,
) -> Result<String, JsError> {
    let args: HighlightArgs = self::options(options, "highlight")?;
    let (options, layers) = args.split();
    let analysis = analyze(text, &options);
    Ok(highlight(text, &analysis, &layers))
}

/// Both at once, from one analysis: `{ analysis, html }`.
#[wasm_bindgen(js_name = analyzeAndHighlight, unchecked_return_type = "{ analysis: Analysis; html: string }")]
pub fn analyze_and_highlight(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "HighlightOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let args: HighlightArgs = self::options(options, "highlight")?;
    let (options, layers) = args.split();
    let analysis = analyze(text, &options);
    let html = highlight(text, &analysis, &layers);
    let both = json_parse(r#"{"analysis":null,"html":""}"#)
        .map_err(|_| JsError::new("cannot build the result: JSON.parse failed"))?;
    // The HTML goes across as one string, not escaped into the JSON.
    for (key, value) in [
        ("analysis", to_js(&Report::new(text, &analysis))?),
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
    let options: CleanOptions = self::options(options, "clean")?;
    Ok(clean(text, &analyze(text, &Options::default()), &options))
}
