//! Invariants every [`plancheck::Report`] must satisfy, whatever the input.
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`) and the hostile-input test
//! (`tests/hostile.rs`), which include this file with `#[path]`; it depends only on plancheck
//! and serde_json, which both have.
//!
//! Checked:
//! 1. `version` is the contract's ([`plancheck::report::VERSION`]).
//! 2. Every span `[start, end)` has `start <= end <= ` the input's length in UTF-16 code units
//!    (0 for refused input, which is reported against the empty text).
//! 3. Every number is finite. Non-optional `f64`s must be finite; optional ones, when `Some`,
//!    must be finite (the README's contract: `null` only for "unbounded" or "unknown").
//!    This is checked on the Rust structs, because serde_json writes NaN and ±∞ as `null`,
//!    which would be indistinguishable from `None` in the JSON. The JSON is walked as well, as
//!    a net for fields added later: no `null` may appear under a key that the contract gives a
//!    plain number (`value`, `percent`, and `actual`, `actual_rate`, `planned_rate`,
//!    `required_rate`, `ratio` inside `review`) nor inside `numbers`, and every `span`/`spans` anywhere is checked
//!    as in 2.
//! 4. Where a point, rate or part has both `lo` and `hi`, `lo <= hi`.
//! 5. Every diagnostic and finding message (and explanation, and suggestion) has non-empty zh
//!    and en; every diagnostic has a non-empty code.
//! 6. At most `MAX_FINDINGS` findings; every id a finding refers to exists in the report.
//! 7. The report serialises with serde_json.
//! 8. Nothing is lost: every figure the reader found is read or named by a diagnostic
//!    (`coverage.unaccounted == 0`), and the counts are consistent (checked ≤ read ≤ figures).

#![allow(dead_code)]

use plancheck::Report;
use serde_json::Value;

/// Non-optional numbers in the Report contract, by JSON key, wherever they appear.
const PLAIN_NUMBER_KEYS: &[&str] = &["value", "percent"];
/// Non-optional numbers of the `review` object (the summary has an optional `required_rate`).
const REVIEW_NUMBER_KEYS: &[&str] = &["actual", "actual_rate", "planned_rate", "required_rate", "ratio"];

/// Checks every invariant; on failure returns a description of the first one broken.
pub fn check(text: &str, report: &Report) -> Result<(), String> {
    let units = if text.len() > plancheck::MAX_INPUT_BYTES { 0 } else { text.encode_utf16().count() as u64 };

    if report.version != plancheck::report::VERSION {
        return Err(format!("version {} != {}", report.version, plancheck::report::VERSION));
    }
    let span = |what: &str, s: [u32; 2]| -> Result<(), String> {
        if s[0] > s[1] || u64::from(s[1]) > units {
            return Err(format!("{what}: span {s:?} outside [0, {units}] or reversed"));
        }
        Ok(())
    };
    let finite = |what: &str, x: f64| -> Result<(), String> {
        if !x.is_finite() {
            return Err(format!("{what}: non-finite number {x}"));
        }
        Ok(())
    };
    let opt = |what: &str, x: Option<f64>| -> Result<(), String> {
        match x {
            Some(x) if !x.is_finite() => Err(format!("{what}: Some({x}) is not finite")),
            _ => Ok(()),
        }
    };
    let ordered = |what: &str, lo: Option<f64>, hi: Option<f64>| -> Result<(), String> {
        match (lo, hi) {
            (Some(l), Some(h)) if l > h => Err(format!("{what}: lo {l} > hi {h}")),
            _ => Ok(()),
        }
    };
    let message = |what: &str, zh: &str, en: &str| -> Result<(), String> {
        if zh.trim().is_empty() || en.trim().is_empty() {
            return Err(format!("{what}: empty message zh={zh:?} en={en:?}"));
        }
        Ok(())
    };

    let mut ids = std::collections::HashSet::new();
    for ind in &report.indicators {
        let w = format!("indicator {} ({})", ind.id, ind.name);
        ids.insert(ind.id.clone());
        for p in &ind.points {
            span(&w, p.span)?;
            finite(&w, p.value)?;
            opt(&w, p.lo)?;
            opt(&w, p.hi)?;
            ordered(&w, p.lo, p.hi)?;
        }
        for r in &ind.rates {
            span(&w, r.span)?;
            finite(&w, r.percent)?;
            opt(&w, r.lo)?;
            opt(&w, r.hi)?;
            ordered(&w, r.lo, r.hi)?;
        }
        for yv in ind.path.iter().chain(&ind.implied_path) {
            finite(&format!("{w} path {}", yv.year), yv.value)?;
        }
        opt(&format!("{w} implied_rate"), ind.implied_rate)?;
        if let Some(r) = &ind.review {
            for (k, v) in [
                ("actual", r.actual),
                ("actual_rate", r.actual_rate),
                ("planned_rate", r.planned_rate),
                ("required_rate", r.required_rate),
                ("ratio", r.ratio),
            ] {
                finite(&format!("{w} review.{k}"), v)?;
            }
        }
        let s = &ind.summary;
        for (k, v) in [
            ("base", s.base),
            ("target", s.target),
            ("rate", s.rate),
            ("implied_rate", s.implied_rate),
            ("projected", s.projected),
            ("gap_percent", s.gap_percent),
            ("required_rate", s.required_rate),
        ] {
            opt(&format!("{w} summary.{k}"), v)?;
        }
    }
    for st in &report.structures {
        let w = format!("structure {} ({})", st.id, st.name);
        ids.insert(st.id.clone());
        span(&w, st.span)?;
        for p in &st.parts {
            span(&w, p.span)?;
            finite(&w, p.value)?;
            opt(&w, p.lo)?;
            opt(&w, p.hi)?;
            ordered(&w, p.lo, p.hi)?;
        }
    }
    if report.findings.len() > plancheck::MAX_FINDINGS {
        return Err(format!("{} findings > MAX_FINDINGS", report.findings.len()));
    }
    for (k, f) in report.findings.iter().enumerate() {
        let w = format!("finding {k} ({:?})", f.kind);
        message(&w, &f.message.zh, &f.message.en)?;
        for e in &f.explanation {
            message(&w, &e.zh, &e.en)?;
        }
        for s in &f.spans {
            span(&w, *s)?;
        }
        for x in &f.numbers {
            finite(&w, *x)?;
        }
        if let Some(sg) = &f.suggestion {
            message(&format!("{w} suggestion"), &sg.zh, &sg.en)?;
            for v in &sg.values {
                finite(&format!("{w} suggestion"), v.value)?;
            }
        }
        for id in &f.indicators {
            if !ids.contains(id) {
                return Err(format!("{w}: refers to unknown id {id}"));
            }
        }
    }
    for d in &report.diagnostics {
        let w = format!("diagnostic {}", d.code);
        if d.code.is_empty() {
            return Err("diagnostic with an empty code".into());
        }
        span(&w, d.span)?;
        message(&w, &d.message.zh, &d.message.en)?;
    }

    let c = &report.coverage;
    if c.unaccounted != 0 {
        return Err(format!("{} figures neither read nor explained by a diagnostic", c.unaccounted));
    }
    let not_read: u32 = c.not_read.iter().map(|r| r.count).sum();
    if c.checked > c.read || c.read + not_read > c.figures {
        return Err(format!("coverage counts inconsistent: {c:?}"));
    }

    let json = serde_json::to_value(report).map_err(|e| format!("serde_json: {e}"))?;
    walk(&json, "report", units)
}

/// The JSON net: plain-number keys are never null, and every span is in bounds. `parent` is
/// the key of the enclosing object (for `review`'s fields) and names the place in errors.
fn walk(v: &Value, parent: &str, units: u64) -> Result<(), String> {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                let k = k.as_str();
                let plain = PLAIN_NUMBER_KEYS.contains(&k) || (parent == "review" && REVIEW_NUMBER_KEYS.contains(&k));
                if plain && x.is_null() {
                    return Err(format!("{parent}.{k} is null: a non-finite number reached the Report"));
                }
                if k == "numbers" && x.as_array().is_some_and(|a| a.iter().any(Value::is_null)) {
                    return Err(format!("{parent}.{k} holds null: a non-finite number reached the Report"));
                }
                if k == "span" && !json_span(x, units) {
                    return Err(format!("{parent}.{k}: span {x} outside [0, {units}] or malformed"));
                }
                if k == "spans" && !x.as_array().into_iter().flatten().all(|s| json_span(s, units)) {
                    return Err(format!("{parent}.{k}: a span in {x} is outside [0, {units}] or malformed"));
                }
                walk(x, k, units)?;
            }
            Ok(())
        }
        Value::Array(a) => a.iter().try_for_each(|x| walk(x, parent, units)),
        _ => Ok(()),
    }
}

fn json_span(s: &Value, units: u64) -> bool {
    let pair = s.as_array().filter(|a| a.len() == 2).and_then(|a| Some((a[0].as_u64()?, a[1].as_u64()?)));
    matches!(pair, Some((a, b)) if a <= b && b <= units)
}
