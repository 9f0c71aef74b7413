//! The wasm boundary, exercised in node (`wasm-pack test --node`) and in headless Chromium
//! (`WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome`). The file deliberately has
//! no `run_in_browser` configuration, so that the same tests run in both environments; the test
//! script fails when either runs zero tests.
#![cfg(target_arch = "wasm32")]

use plancheck::wasm::{analyze, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// Calls the export and reads its result back through JSON.stringify, as a page would see it.
fn run(text: &str, options: JsValue) -> serde_json::Value {
    let report = analyze(text, options).expect("analyze never throws");
    let json = js_sys::JSON::stringify(&report).unwrap().as_string().unwrap();
    serde_json::from_str(&json).unwrap()
}

/// Slices `text` the way JavaScript does, by UTF-16 code units.
fn js_slice(text: &str, span: &serde_json::Value) -> String {
    let s = js_sys::JsString::from(text);
    let (a, b) = (span[0].as_u64().unwrap() as u32, span[1].as_u64().unwrap() as u32);
    s.slice(a, b).as_string().unwrap()
}

const ROWS: &str = "指标\t单位\t基期年份\t基期值\t目标年份\t目标值\t年均增长
地区生产总值\t亿元\t2010\t47.6\t2015\t143\t24.6
财政总收入\t亿元\t2010\t3.7\t2015\t10\t40";

#[wasm_bindgen_test]
fn returns_a_plain_json_compatible_report() {
    let report = analyze(ROWS, JsValue::UNDEFINED).unwrap();
    assert!(report.is_object());
    assert!(!report.is_instance_of::<js_sys::Map>(), "json_compatible: objects, not Maps");
    let v = run(ROWS, JsValue::UNDEFINED);
    assert_eq!(v["version"], 2);
    assert_eq!(v["form"], "rows");
    assert_eq!(v["coverage"]["unaccounted"], 0);
    assert_eq!(v["indicators"].as_array().unwrap().len(), 2);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["kind"], "rate_vs_endpoints");
    assert_eq!(findings[0]["severity"], "error");
    assert_eq!(findings[0]["confidence"], "certain");
    let numbers: Vec<f64> = findings[0]["numbers"].as_array().unwrap().iter().filter_map(|n| n.as_f64()).collect();
    assert_eq!(numbers, [3.7, 10.0, 40.0]);
}

#[wasm_bindgen_test]
fn spans_index_javascript_strings() {
    // An astral character (two UTF-16 units) before the figures shifts byte and UTF-16
    // offsets differently; the Report must use the latter.
    let text = "𠀀地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%";
    let v = run(text, JsValue::UNDEFINED);
    let ind = &v["indicators"][0];
    assert_eq!(js_slice(text, &ind["points"][0]["span"]), "47.6");
    assert_eq!(js_slice(text, &ind["points"][1]["span"]), "143");
    assert_eq!(js_slice(text, &ind["rates"][0]["span"]), "24.6");
}

#[wasm_bindgen_test]
fn options_are_validated_not_thrown() {
    let forced = js_sys::JSON::parse(r#"{"form":"lines"}"#).unwrap();
    assert_eq!(run(ROWS, forced)["form"], "lines");
    let bad = js_sys::JSON::parse(r#"{"form":42}"#).unwrap();
    let v = run(ROWS, bad);
    assert_eq!(v["diagnostics"][0]["code"], "bad_option");
    assert_eq!(v["form"], "rows", "falls back to detection");
    assert_eq!(run(ROWS, JsValue::NULL)["form"], "rows");
}

#[wasm_bindgen_test]
fn bad_input_gives_diagnostics() {
    assert_eq!(run("", JsValue::UNDEFINED)["diagnostics"][0]["code"], "empty_input");
    let big = "地".repeat(plancheck::MAX_INPUT_BYTES / 3 + 10);
    assert_eq!(run(&big, JsValue::UNDEFINED)["diagnostics"][0]["code"], "input_too_large");
    let v = run("\u{0}\u{202E}𝕏 2015=1e400 ≥≥ 年均-100%", JsValue::UNDEFINED);
    assert!(!v["diagnostics"].as_array().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn messages_are_bilingual() {
    let v = run(ROWS, JsValue::UNDEFINED);
    let m = &v["findings"][0]["message"];
    assert!(m["zh"].as_str().unwrap().contains("财政总收入"));
    assert!(m["en"].as_str().unwrap().contains("a year"));
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
