//! The JavaScript boundary: the only file that knows about wasm-bindgen.
//!
//! It converts the options object in, the Report out (as a plain, JSON-compatible JS object),
//! and turns every problem with the options into a diagnostic rather than an exception, so a
//! caller always gets a Report back.
//!
//! | JS call                                   | returns                                    |
//! |-------------------------------------------|--------------------------------------------|
//! | `analyze("GDP 2010=47.6亿元 …")`            | Report, form detected                      |
//! | `analyze(text, {form: "rows"})`           | Report, form forced                        |
//! | `analyze(text, {form: 42})`               | Report, plus a `bad_option` diagnostic     |
//! | `version()`                               | `"0.1.0"`                                  |

use serde::Serialize as _;
use wasm_bindgen::prelude::*;

use crate::facts::Diagnostic;
use crate::text::Span;
use crate::{messages, FormChoice, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
export type Span = [number, number];
export interface Message { zh: string; en: string }
export interface Point { year: number; value: number; lo: number | null; hi: number | null;
  bound: "eq" | "ge" | "le" | "approx"; role: "base" | "target" | "actual" | "point"; span: Span }
export interface Rate { from: number; to: number; percent: number; lo: number | null; hi: number | null;
  basis: "real" | "nominal" | "unknown"; span: Span }
export interface YearValue { year: number; value: number }
export interface Summary { base_year: number | null; base: number | null; target_year: number | null;
  target: number | null; rate: number | null; implied_rate: number | null; projected: number | null;
  gap_percent: number | null; required_rate: number | null;
  status: "on_track" | "acceleration_needed" | "limited_progress" | "deteriorating" | null }
export interface Review { year: number; actual: number; actual_rate: number; planned_rate: number;
  required_rate: number; ratio: number;
  status: "on_track" | "acceleration_needed" | "limited_progress" | "deteriorating" }
export interface Indicator { id: string; name: string; unit: string; points: Point[]; rates: Rate[];
  path: YearValue[]; implied_path: YearValue[]; implied_rate: number | null; summary: Summary;
  review: Review | null }
export interface Structure { id: string; name: string; year: number;
  parts: { value: number; lo: number | null; hi: number | null; span: Span }[]; span: Span }
export type FindingKind = "rate_vs_endpoints" | "conflicting_statements" | "sum_vs_total" |
  "structure_ratio" | "share" | "per_capita" | "yoy" | "completion" | "multiple" | "approx_word" | "cumulative";
export interface Finding { kind: FindingKind; severity: "error" | "warning" | "info"; indicators: string[];
  numbers: number[]; message: Message; explanation: Message[];
  suggestion: (Message & { values: { field: string; year: number | null; value: number; unit: string }[] }) | null;
  spans: Span[] }
export interface Diagnostic { code: string; span: Span; message: Message }
export interface Report { version: 1; form: "empty" | "rows" | "lines" | "prose"; indicators: Indicator[];
  structures: Structure[]; findings: Finding[]; diagnostics: Diagnostic[] }
export interface Options { form?: "auto" | "rows" | "lines" | "prose" }
"#;

/// Analyses `text` and returns the Report as a plain JS object.
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let mut diagnostics = Vec::new();
    let options = read_options(options, &mut diagnostics);
    let report = crate::analyze_with(text, &options, diagnostics);
    report.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_ANALYZE: &'static str = r#"
/** Analyses plan text; never throws on any text. */
export function analyze(text: string, options?: Options): Report;
"#;

/// The crate version, for "about" boxes and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The one conversion of JS options: anything unusable becomes a diagnostic and a default.
/// Fields are read one by one with `Reflect` rather than through serde, which keeps serde's
/// error formatting (and Rust's float printing with it) out of the wasm.
fn read_options(value: JsValue, diagnostics: &mut Vec<Diagnostic>) -> Options {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return options;
    }
    let mut bad = |name: &str, expected: &str, found: &JsValue| {
        let shown = js_sys::JSON::stringify(found).ok().and_then(|s| s.as_string()).unwrap_or_else(|| "?".into());
        diagnostics.push(Diagnostic {
            code: "bad_option",
            span: Span::new(0, 0),
            message: messages::BAD_OPTION.fill(&[&name, &expected, &messages::excerpt(&shown)]),
        });
    };
    if !value.is_object() {
        bad("options", "an object such as {form: \"auto\"}", &value);
        return options;
    }
    let form = js_sys::Reflect::get(&value, &JsValue::from_str("form")).unwrap_or(JsValue::UNDEFINED);
    if !form.is_undefined() {
        match form.as_string().as_deref().and_then(FormChoice::parse) {
            Some(choice) => options.form = Some(choice),
            None => bad("form", "\"auto\", \"rows\", \"lines\" or \"prose\"", &form),
        }
    }
    options
}
