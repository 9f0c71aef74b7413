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

/// The allocator of the wasm: TLSF, which serves each allocation in constant time from less
/// code than the standard library's dlmalloc. The `Small` variant is rlsf's build for code
/// size; the page runs one analysis at a time, with no threads, which is what it assumes.
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** [start, end) in UTF-16 code units of the input: what `text.slice(start, end)` takes. */
export type Span = [number, number];
export interface Message { zh: string; en: string }
/** A year the text gives, or null: a text that names no year speaks of its own period (本期). */
export type Year = number | null;
export type Bound = "eq" | "ge" | "le" | "approx" | "cut";
/**
 * base, target, actual, point: levels (the ones paths and charts use). change: an absolute
 * change (增加X) from `from` to `year`; sum: a sum over the years `from`..`year` (累计); plan:
 * the plan or budget figure a completion (完成…的Y%) refers to.
 */
export type Role = "base" | "target" | "actual" | "point" | "change" | "sum" | "plan";
export interface Point { year: Year; from: Year; value: number; lo: number | null; hi: number | null;
  bound: Bound; role: Role; span: Span }
/**
 * annual and yoy are growth rates (% a year; paths use them). total: growth since a base year
 * (比2015年增长43.1%); multiple: N of 增长N倍 / 是…的N倍 or k of 翻k番; points: percentage points;
 * completion: % of a plan figure completed.
 */
export type RateKind = "annual" | "yoy" | "total" | "multiple" | "points" | "completion";
export interface Rate { kind: RateKind; from: Year; to: Year; percent: number; lo: number | null; hi: number | null;
  basis: "real" | "nominal" | "either" | "unknown"; span: Span }
export interface YearValue { year: number; value: number }
export type Status = "on_track" | "acceleration_needed" | "limited_progress" | "deteriorating";
export interface Summary { base_year: number | null; base: number | null; target_year: number | null;
  target: number | null; rate: number | null; implied_rate: number | null; projected: number | null;
  gap_percent: number | null; required_rate: number | null; status: Status | null }
export interface Review { year: number; actual: number; actual_rate: number; planned_rate: number;
  required_rate: number; ratio: number; status: Status }
export interface Indicator { id: string; name: string;
  /** The unit of every point's value: the unit of the levels, else of the first sum or change. */
  unit: string;
  /** "year", "q1-1" (一季度), "q1-3" (前三季度), "h1" (上半年), "q2" (二季度), "m1-8" (1-8月), "m2-5" (2-5月), "m3" (3月), "day", "national-day" (国庆假期) and the other holidays, "summer" (暑期), "spring-travel" (春运), "ytd" (今年以来 in news that names no month) */
  period: string;
  /** "" for the document's own place, else a place or part of it: "武汉市", "县域" */
  scope: string;
  points: Point[]; rates: Rate[]; path: YearValue[]; implied_path: YearValue[]; implied_rate: number | null;
  summary: Summary; review: Review | null }
export interface Part { value: number; lo: number | null; hi: number | null; span: Span }
export interface Structure { id: string; name: string; year: Year; parts: Part[]; span: Span }
export type FindingKind = "rate_vs_endpoints" | "conflicting_statements" | "sum_vs_total" |
  "structure_ratio" | "share" | "per_capita" | "yoy" | "completion" | "multiple" | "approx_word" | "cumulative";
/** certain: every figure is named where it stands; likely: a name or period carried over from the context (never more than "info"). */
export type Confidence = "certain" | "likely";
export interface SuggestedValue { field: string; year: Year; value: number; unit: string }
export interface Finding { kind: FindingKind; severity: "error" | "warning" | "info"; confidence: Confidence;
  /** Why the figures were linked ("关联依据：…" / "Linked because …"), or null. */
  basis: Message | null;
  indicators: string[]; numbers: number[]; message: Message; explanation: Message[];
  suggestion: (Message & { values: SuggestedValue[] }) | null; spans: Span[] }
/** `code`: a stable word such as "no_year", "noun_phrase", "line_not_understood", "bad_option". */
export interface Diagnostic { code: string; span: Span; message: Message }
/** Figures not read for one reason: the code of the diagnostic that says why. */
export interface ReasonCount { reason: string; count: number }
export interface Coverage {
  /** Figures (numbers with a unit, a magnitude or a percent sign) found in the text. */
  figures: number;
  /** Of them, read into statements. */
  read: number;
  /** Of them, used by at least one relation that was checked. */
  checked: number;
  /** Relations checked, consistent or not. */
  relations: number;
  not_read: ReasonCount[];
  /** Figures neither read nor explained by a diagnostic: always 0. */
  unaccounted: number }
export interface Report { version: 2; form: "empty" | "rows" | "lines" | "prose"; indicators: Indicator[];
  structures: Structure[]; findings: Finding[]; diagnostics: Diagnostic[]; coverage: Coverage }
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
