//! The annotated real-text corpus as `cargo test`: how much of real government text the reader
//! reads and how well it checks it, per half of the corpus and per file, held to floors.
//!
//! The corpus is `../shared/eval/real/{plans,bulletins}.json` (`../shared/eval/README.md`). The
//! ids listed in `tests/corpus/holdout.txt` form the held-out half, the rest the dev half. The
//! measures are those of the three scorers beside the corpus, ported here exactly from the
//! Python: `score.py`, `mutate.py` and `coverage.py`. Like them, the test reads the Report as
//! JSON (`serde_json::to_value`, the values `plancheck --json` prints), so it binds to the JSON
//! contract, not to Rust internals. `scripts/eval.sh --halves` runs the Python on the release command;
//! the counts printed here must equal the ones it prints.
//!
//! | figure      | scorer, line                    | one unit of it                                                        |
//! |-------------|---------------------------------|-----------------------------------------------------------------------|
//! | recall      | score.py `facts R/N`            | `["生产总值", 2020, 4.1, "万亿元"]` read as a 2020 point of 41000 亿元 |
//! | flags       | score.py `flags F/M`            | a warning whose `numbers` hold 86.4 and 1.8 when a `flag` names them  |
//! | precision   | score.py, (A − U)/A             | a warning no `flag` or `allow` entry involves is one of the U         |
//! | sensitivity | mutate.py `flagged F`           | 占比32.1% rewritten as 40.1%, and a warning involves 40.1             |
//! | coverage    | coverage.py `accounted A`       | `1,234.5亿元` inside the span of a point, a rate or a finding          |
//!
//! | test                                    | reads                      | expects                                |
//! |-----------------------------------------|----------------------------|----------------------------------------|
//! | `dev_half_holds_its_floors`             | cases not in holdout.txt   | every figure ≥ its floor               |
//! | `held_out_half_holds_its_floors`        | cases in holdout.txt       | every figure ≥ its floor               |
//! | `whole_corpus_prints_the_scorers_lines` | both halves                | no panic; the lines eval.sh prints     |
//! | `sample_scores_in_full`                 | ../shared/eval/sample.json | facts 30/30, flags 2/2, 0 unexpected   |
//! | `holdout_list_names_corpus_cases`       | tests/corpus/holdout.txt   | corpus ids, once each                  |
//! | `floors_table_names_each_figure_once`   | docs/accuracy.md           | 30 floors: 2 halves × 3 rows × 5       |
//! | `repr_and_written_forms_…`, `mutation_…`, `figures_…` | outputs of the Python | the ports agree with it    |
//!
//! The floors are in `docs/accuracy.md`, each beside the figure measured when it was set. They
//! are ratchets: when the reader improves, run `cargo test --test real_text -- --nocapture` and
//! raise them (the new figure rounded down to the whole per cent, minus 2 points); never lower
//! one to let a change through. `REAL_TEXT_VERBOSE=1` lists every miss, as the scorers'
//! `--verbose` does.
//!
//! The corpus is read from `../shared`, as CI clones it beside the repository; a missing corpus
//! fails the test rather than skipping it, since a skipped accuracy test measures nothing.
//! Every text is analysed once (about 100 texts and 300 mutations, on all cores), and the
//! tests share the results: the whole file takes about 5 s in a debug build on 2 cores.

// Native only: it reads ../shared and runs threads, which the wasm test runner cannot.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashSet};
use std::ops::AddAssign;
use std::sync::OnceLock;

use plancheck::{analyze, Options};
use serde_json::Value;

const REAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/real/");
const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/sample.json");
const FILES: [&str; 2] = ["plans", "bulletins"];
const HOLDOUT: &str = include_str!("corpus/holdout.txt");
const ACCURACY: &str = include_str!("../docs/accuracy.md");
/// The header of the floors table in docs/accuracy.md.
const FLOORS_HEADER: [&str; 5] = ["half", "file", "measure", "floor", "measured"];
const HALVES: [&str; 2] = ["dev", "held-out"];
/// The per-file rows of a half and its total over both files.
const ROWS: [&str; 3] = ["plans", "bulletins", "both"];
const MEASURES: [&str; 5] = ["recall", "flags", "precision", "sensitivity", "coverage"];

// ---------------------------------------------------------------------------------------------
// Python's view of the JSON. The scorers read `d.get(key)`, `x or []`, `a == b` across int and
// float; these helpers give the same answers on serde_json values.

/// `d.get(key) or ""` for a text field.
fn text_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// `d.get(key, [])` (or `d.get(key) or []`) for a list field.
fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// `d.get(key, default)` for a number the arithmetic needs. A present non-number (`null`) would
/// stop the Python with a TypeError, so it stops the test too.
fn number_or(v: &Value, key: &str, default: f64) -> f64 {
    match v.get(key) {
        None => default,
        Some(x) => {
            x.as_f64().unwrap_or_else(|| panic!("expected a number in {key}, found {x} (the scorers stop here)"))
        }
    }
}

/// A corpus entry's `numbers`, each of which the scorers take `abs` of.
fn wanted(entry: &Value) -> Vec<f64> {
    let Some(numbers) = entry.get("numbers").and_then(Value::as_array) else {
        panic!("expected a list of numbers in {entry}, found none");
    };
    numbers.iter().map(|x| x.as_f64().unwrap_or_else(|| panic!("expected a number in {entry}, found {x}"))).collect()
}

/// A finding's `f.get("numbers") or []`, keeping the numbers only, as `isinstance(y, (int, float))`.
fn finding_numbers(f: &Value) -> Vec<f64> {
    list(f, "numbers").iter().filter_map(Value::as_f64).collect()
}

/// Python's `a == b` with `a` from `d.get(...)`: a missing key is None (JSON null), and an int
/// equals a float of the same value.
fn py_eq(a: Option<&Value>, b: &Value) -> bool {
    let a = a.unwrap_or(&Value::Null);
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// Python's truth of a value (`if case.get("whole")`).
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `str.isdigit()`: Unicode Numeric_Type Decimal or Digit. Rust has no such test:
/// `char::is_numeric` also takes 〇 and ½, which Python does not count, so a figure after
/// 二〇 would be rejected where mutate.py takes it. Generated by Python 3.11 (Unicode 14.0.0):
/// the runs of `range(0x110000)` where `chr(c).isdigit()`.
// One run per line would be 81 lines of a table nobody reads line by line.
#[rustfmt::skip]
const PY_DIGITS: [(u32, u32); 81] = [
    (0x30, 0x39), (0xB2, 0xB3), (0xB9, 0xB9), (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9), (0x966, 0x96F),
    (0x9E6, 0x9EF), (0xA66, 0xA6F), (0xAE6, 0xAEF), (0xB66, 0xB6F), (0xBE6, 0xBEF), (0xC66, 0xC6F), (0xCE6, 0xCEF),
    (0xD66, 0xD6F), (0xDE6, 0xDEF), (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF29), (0x1040, 0x1049),
    (0x1090, 0x1099), (0x1369, 0x1371), (0x17E0, 0x17E9), (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19DA),
    (0x1A80, 0x1A89), (0x1A90, 0x1A99), (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59),
    (0x2070, 0x2070), (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490),
    (0x24EA, 0x24EA), (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792),
    (0xA620, 0xA629), (0xA8D0, 0xA8D9), (0xA900, 0xA909), (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59),
    (0xABF0, 0xABF9), (0xFF10, 0xFF19), (0x104A0, 0x104A9), (0x10A40, 0x10A43), (0x10D30, 0x10D39),
    (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x11066, 0x1106F), (0x110F0, 0x110F9), (0x11136, 0x1113F),
    (0x111D0, 0x111D9), (0x112F0, 0x112F9), (0x11450, 0x11459), (0x114D0, 0x114D9), (0x11650, 0x11659),
    (0x116C0, 0x116C9), (0x11730, 0x11739), (0x118E0, 0x118E9), (0x11950, 0x11959), (0x11C50, 0x11C59),
    (0x11D50, 0x11D59), (0x11DA0, 0x11DA9), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9), (0x16B50, 0x16B59),
    (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9), (0x1E950, 0x1E959), (0x1F100, 0x1F10A),
    (0x1FBF0, 0x1FBF9),
];

fn py_isdigit(c: char) -> bool {
    let c = c as u32;
    PY_DIGITS.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Python's `\s` in a str pattern (`str.isspace()`): Rust's `char::is_whitespace` plus the
/// information separators U+001C..U+001F, which Python counts and Unicode's White_Space does not.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `repr(float)`: the shortest digits that read back, in positional notation unless
/// the decimal exponent is below -4 or at least 16 (`1e-05`, `1e+16`), and `.0` on integers.
fn py_repr(x: f64) -> String {
    // `{:e}` gives the same shortest digits, as `d.ddde±x`.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').expect("{:e} writes an exponent");
    let exp: i32 = exp.parse().expect("{:e} writes an integer exponent");
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    let point = exp + 1; // digits = 0.d1d2… × 10^point, as CPython's decpt
    if !(-4 < point && point <= 16) {
        let rest = if digits.len() > 1 { format!(".{}", &digits[1..]) } else { String::new() };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{}{rest}e{esign}{:02}", &digits[..1], exp.unsigned_abs());
    }
    let n = digits.len() as i32;
    if point <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point >= n {
        format!("{sign}{digits}{}.0", "0".repeat((point - n) as usize))
    } else {
        format!("{sign}{}.{}", &digits[..point as usize], &digits[point as usize..])
    }
}

// ---------------------------------------------------------------------------------------------
// score.py

/// score.py's `SEV`.
fn rank(severity: &str) -> Option<i32> {
    match severity {
        "info" => Some(0),
        "warning" => Some(1),
        "error" => Some(2),
        _ => None,
    }
}

/// A finding's rank; `unknown` is the default of score.py's `SEV.get` (-1 for flags, 0 elsewhere).
fn severity(f: &Value, unknown: i32) -> i32 {
    f.get("severity").and_then(Value::as_str).and_then(rank).unwrap_or(unknown)
}

/// score.py's `MAG`, in its order: a unit's leading magnitude, Simplified and Traditional
/// (萬億 must be tried before 億 and 萬, 万亿 before 亿 and 万).
const MAG: [(&str, f64); 9] = [
    ("百万", 1e6),
    ("千万", 1e7),
    ("万亿", 1e12),
    ("萬億", 1e12),
    ("亿", 1e8),
    ("億", 1e8),
    ("万", 1e4),
    ("萬", 1e4),
    ("千", 1e3),
];

fn magnitude(unit: &str) -> f64 {
    MAG.iter().find(|(p, _)| unit.starts_with(p)).map_or(1.0, |&(_, m)| m)
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-9)
}

/// The factors by which a finding may carry a figure: in another magnitude (万/亿) or as a
/// fraction instead of a per cent. score.py's order; only `any` is asked, so order is moot.
const FACTORS: [f64; 7] = [1.0, 1e4, 1e-4, 1e8, 1e-8, 1e-2, 1e2];

/// score.py's `num_in`: signs are ignored, since a text writes a fall as 下降0.8% and a Report
/// may carry it as -0.8.
fn num_in(x: f64, numbers: &[f64]) -> bool {
    numbers.iter().any(|y| FACTORS.iter().any(|k| (y.abs() * k - x.abs()).abs() <= 1e-6 * x.abs().max(1.0) + 1e-9))
}

/// score.py's `involves`: every wanted number is among the finding's. An empty list is
/// involved in every finding, as Python's `all([])`.
fn involves(f: &Value, numbers: &[f64]) -> bool {
    let have = finding_numbers(f);
    numbers.iter().all(|&x| num_in(x, &have))
}

fn fact_found(fact: &Value, rep: &Value) -> bool {
    let fact = fact.as_array().unwrap_or_else(|| panic!("expected a fact as a list, found {fact}"));
    let inds = list(rep, "indicators");
    let number = |i: usize| fact[i].as_f64().unwrap_or_else(|| panic!("expected a number at {i} of {fact:?}"));
    if fact[0] == "rate" {
        let [_, hint, _, from, to] = fact.as_slice() else { panic!("expected a rate of 5 items, found {fact:?}") };
        let (hint, rate) = (hint.as_str().unwrap_or(""), number(2));
        return inds.iter().filter(|ind| text_of(ind, "name").contains(hint)).any(|ind| {
            list(ind, "rates").iter().any(|r| {
                (number_or(r, "percent", 1e9).abs() - rate.abs()).abs() < 1e-6
                    && (to.is_null() || py_eq(r.get("to"), to))
                    && (from.is_null() || py_eq(r.get("from"), from))
            })
        });
    }
    let [hint, year, _, unit] = fact.as_slice() else { panic!("expected a level of 4 items, found {fact:?}") };
    let hint = hint.as_str().unwrap_or("");
    let want = number(2) * magnitude(unit.as_str().unwrap_or(""));
    inds.iter().any(|ind| {
        let name = text_of(ind, "name");
        // The one alias score.py knows: 生产总值 is also found as GDP.
        let gdp = hint == "生产总值" && name.to_uppercase().contains("GDP");
        if !(name.contains(hint) || gdp) {
            return false;
        }
        let m = magnitude(text_of(ind, "unit"));
        list(ind, "points").iter().any(|p| {
            (year.is_null() || py_eq(p.get("year"), year)) && close(number_or(p, "value", 1e18) * m, want, 0.005)
        })
    })
}

/// score.py's counts, additive over cases.
#[derive(Clone, Copy, Debug, Default)]
struct Score {
    cases: u32,
    facts: u32,
    found: u32,
    flags: u32,
    flagged: u32,
    false_alarms: u32,
    projections: u32,
    projected: u32,
    alarms: u32,
    unexpected: u32,
}

impl AddAssign for Score {
    fn add_assign(&mut self, o: Self) {
        self.cases += o.cases;
        self.facts += o.facts;
        self.found += o.found;
        self.flags += o.flags;
        self.flagged += o.flagged;
        self.false_alarms += o.false_alarms;
        self.projections += o.projections;
        self.projected += o.projected;
        self.alarms += o.alarms;
        self.unexpected += o.unexpected;
    }
}

/// score.py's loop body for one case and its Report; misses go to `log` (its `--verbose`).
fn score_case(case: &Value, rep: &Value, log: &mut Vec<String>) -> Score {
    let id = text_of(case, "id");
    let mut s = Score { cases: 1, ..Score::default() };
    let findings = list(rep, "findings");
    for fact in list(case, "facts") {
        s.facts += 1;
        let ok = fact_found(fact, rep);
        s.found += u32::from(ok);
        if !ok {
            log.push(format!("{id}: missed fact {fact}"));
        }
    }
    for fl in list(case, "flag") {
        s.flags += 1;
        // `SEV[fl.get("min_severity", "warning")]`: any other value stops score.py.
        let need = match fl.get("min_severity") {
            None => 1,
            Some(v) => v
                .as_str()
                .and_then(rank)
                .unwrap_or_else(|| panic!("{id}: expected min_severity info, warning or error, found {v}")),
        };
        let numbers = wanted(fl);
        let ok = findings.iter().any(|f| involves(f, &numbers) && severity(f, -1) >= need);
        s.flagged += u32::from(ok);
        if !ok {
            log.push(format!("{id}: missed flag {} {:?}", text_of(fl, "kind"), numbers));
        }
    }
    // One flag for the whole list: any finding that mentions any of its entries, at any severity.
    let mentions = list(case, "must_mention_one_of");
    if !mentions.is_empty() {
        s.flags += 1;
        let ok = mentions.iter().any(|m| findings.iter().any(|f| involves(f, &wanted(m))));
        s.flagged += u32::from(ok);
        if !ok {
            log.push(format!("{id}: no finding mentions any of {mentions:?}"));
        }
    }
    for cl in list(case, "clean") {
        let numbers = wanted(cl);
        if let Some(bad) = findings.iter().find(|f| involves(f, &numbers) && severity(f, 0) >= 1) {
            s.false_alarms += 1;
            let en: String = bad.get("message").map_or("", |m| text_of(m, "en")).chars().take(120).collect();
            log.push(format!(
                "{id}: false alarm on {numbers:?}: {} {} {en}",
                text_of(bad, "kind"),
                text_of(bad, "severity")
            ));
        }
    }
    // Every warning or error that no flag/allow entry explains: on real documents these are
    // almost always false alarms.
    let known: Vec<Vec<f64>> =
        [list(case, "flag"), list(case, "allow"), mentions].into_iter().flatten().map(wanted).collect();
    for f in findings.iter().filter(|f| severity(f, 0) >= 1) {
        s.alarms += 1;
        if !known.iter().any(|k| involves(f, k)) {
            s.unexpected += 1;
            let zh: String = f.get("message").map_or("", |m| text_of(m, "zh")).chars().take(140).collect();
            log.push(format!("{id}: unexpected {} {}: {zh}", text_of(f, "severity"), text_of(f, "kind")));
        }
    }
    for p in list(case, "projections") {
        let [name, year, value] = p.as_array().map(Vec::as_slice).unwrap_or_default() else {
            panic!("{id}: expected a projection [name, year, value], found {p}");
        };
        let (name, value) = (name.as_str().unwrap_or(""), value.as_f64().unwrap_or(f64::NAN));
        s.projections += 1;
        let ok = list(rep, "indicators").iter().filter(|ind| text_of(ind, "name").contains(name)).any(|ind| {
            list(ind, "path")
                .iter()
                .any(|pt| py_eq(pt.get("year"), year) && close(number_or(pt, "value", 1e18), value, 0.001))
        });
        s.projected += u32::from(ok);
        if !ok {
            log.push(format!("{id}: missed projection {p}"));
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// mutate.py

/// The kinds of `clean` relation that mutate.py rewrites: those a checker can test.
const CHECKED: [&str; 9] = [
    "rate_vs_endpoints",
    "sum_vs_total",
    "structure_ratio",
    "share",
    "per_capita",
    "yoy",
    "completion",
    "multiple",
    "cumulative",
];

/// mutate.py's `written_forms`: 439.19, then 439.2, 439.190 (3 → 3, 3.0, 3.00, 3.000).
fn written_forms(x: f64) -> Vec<String> {
    let s = py_repr(x);
    let mut forms = vec![s.strip_suffix(".0").map_or(s.clone(), str::to_owned)];
    for d in 1..=3 {
        let t = format!("{x:.d$}");
        if !forms.contains(&t) {
            forms.push(t);
        }
    }
    forms
}

/// mutate.py's `find_written`: the first occurrence, in char indices, of one of the written
/// forms that is not part of a longer number. Occurrences are found as `re.finditer` does,
/// without overlap: after a rejected one the search resumes at its end.
fn find_written(text: &[char], x: f64) -> Option<(usize, usize, String)> {
    for form in written_forms(x) {
        let f: Vec<char> = form.chars().collect();
        let mut a = 0;
        while a + f.len() <= text.len() {
            if text[a..a + f.len()] != f[..] {
                a += 1;
                continue;
            }
            let b = a + f.len();
            let before = if a > 0 { text[a - 1] } else { ' ' };
            let after = text.get(b).copied().unwrap_or(' ');
            let longer = py_isdigit(before)
                || before == '.'
                || py_isdigit(after)
                || (after == '.' && text.get(b + 1).is_some_and(|&c| py_isdigit(c)));
            if !longer {
                return Some((a, b, form));
            }
            a = b;
        }
    }
    None
}

/// mutate.py's `mutated`: 25% more, with the same decimals; a figure too small to change at
/// its precision (0.1 → 0.125 → "0.1") is raised by 3 in its last place instead.
fn mutated(form: &str) -> String {
    let decimals = form.split('.').nth(1).map_or(0, |d| d.chars().count());
    let v: f64 = form.parse().unwrap_or_else(|e| panic!("expected a number, found {form:?}: {e}"));
    let new = format!("{:.decimals$}", v * 1.25);
    if new != form {
        return new;
    }
    // Python's `10 ** -decimals` is the float pow (int 1 when decimals is 0; the same value).
    format!("{:.decimals$}", v + 10f64.powf(-(decimals as f64)) * 3.0)
}

/// Whether some warning or error carries `newv`, in any magnitude or as a fraction.
fn mutation_flagged(rep: &Value, newv: f64) -> bool {
    list(rep, "findings").iter().filter(|f| severity(f, 0) >= 1).any(|f| {
        finding_numbers(f)
            .iter()
            .any(|n| FACTORS.iter().any(|k| (n.abs() * k - newv).abs() <= 1e-6 * newv.abs().max(1.0)))
    })
}

/// mutate.py's counts, additive over cases: made and flagged, in total and per kind.
#[derive(Clone, Debug, Default)]
struct Mutations {
    made: u32,
    flagged: u32,
    kinds: BTreeMap<String, [u32; 2]>,
}

impl AddAssign<&Mutations> for Mutations {
    fn add_assign(&mut self, o: &Mutations) {
        self.made += o.made;
        self.flagged += o.flagged;
        for (k, [m, f]) in &o.kinds {
            let e = self.kinds.entry(k.clone()).or_default();
            e[0] += m;
            e[1] += f;
        }
    }
}

/// mutate.py's loop body for one case. `analyse` returns the Report, or an empty one on a panic.
fn mutate_case(case: &Value, analyse: &mut dyn FnMut(&str) -> Value, log: &mut Vec<String>) -> Mutations {
    let mut out = Mutations::default();
    if truthy(case.get("whole")) {
        return out;
    }
    let id = text_of(case, "id");
    let prefix = text_of(case, "context_prefix");
    // The figure is sought in the text without its prefix, which the analyzer still reads.
    let text: Vec<char> = text_of(case, "text").chars().collect();
    for rel in list(case, "clean") {
        let kind = text_of(rel, "kind");
        if !CHECKED.contains(&kind) || !truthy(rel.get("numbers")) {
            continue;
        }
        let target = *wanted(rel).last().expect("numbers is not empty");
        let Some((a, b, form)) = find_written(&text, target) else { continue };
        let new = mutated(&form);
        let changed = text[..a].iter().collect::<String>() + &new + &text[b..].iter().collect::<String>();
        let rep = analyse(&format!("{prefix}{changed}"));
        let newv: f64 = new.parse().expect("mutated writes a number");
        let ok = mutation_flagged(&rep, newv);
        out.made += 1;
        out.flagged += u32::from(ok);
        let k = out.kinds.entry(kind.to_owned()).or_default();
        k[0] += 1;
        k[1] += u32::from(ok);
        if !ok {
            log.push(format!("{id}: {kind} {:?}: {form} -> {new} not flagged", wanted(rel)));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// coverage.py

/// The magnitudes and units of coverage.py's `UNIT` (FIG), and of its Traditional pattern
/// (FIG_T), which has no 千 or 百 magnitude and fewer units.
const FIG_UNITS: (&[&str], &[&str]) = (
    &["万亿", "亿", "万", "千", "百"],
    &[
        "元",
        "美元",
        "吨",
        "人次",
        "人",
        "户",
        "个",
        "家",
        "项",
        "公里",
        "千米",
        "米",
        "平方米",
        "公顷",
        "亩",
        "千瓦",
        "千瓦时",
        "度",
        "辆",
        "张",
        "套",
        "所",
        "床",
        "座",
        "头",
        "只",
        "件",
        "台",
        "%",
        "％",
        "‰",
        "倍",
        "个百分点",
        "百分点",
    ],
);
const FIG_T_UNITS: (&[&str], &[&str]) = (
    &["萬億", "億", "萬"],
    &[
        "元",
        "美元",
        "噸",
        "人",
        "戶",
        "個",
        "家",
        "項",
        "公里",
        "畝",
        "千瓦",
        "%",
        "％",
        "‰",
        "倍",
        "個百分點",
        "百分點",
    ],
);

fn fig_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether `rest` starts with an optional magnitude and then a unit: the lookahead
/// `(?=\s*(?:MAG)?(?:UNIT))` after its spaces. A lookahead only asks whether some way matches,
/// so the order of the alternatives does not matter.
fn unit_follows(rest: &[char], (mags, units): (&[&str], &[&str])) -> bool {
    let starts = |s: &[char], p: &str| p.chars().count() <= s.len() && p.chars().zip(s).all(|(a, &b)| a == b);
    let unit_at = |s: &[char]| units.iter().any(|u| starts(s, u));
    unit_at(rest) || mags.iter().any(|m| starts(rest, m) && unit_at(&rest[m.chars().count()..]))
}

/// The end of the figure that starts at `i`, as coverage.py's pattern
/// `(?<![0-9０-９.．])[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?=\s*UNIT)` matches it.
///
/// The greedy match is the only one to try: a shorter one would end before a digit, a comma
/// or a point, none of which can begin `\s*UNIT`, so the regex's backtracking finds nothing.
fn figure_at(text: &[char], i: usize, units: (&[&str], &[&str])) -> Option<usize> {
    if !fig_digit(text[i]) || (i > 0 && (fig_digit(text[i - 1]) || matches!(text[i - 1], '.' | '．'))) {
        return None;
    }
    let mut j = i + 1;
    while j < text.len() && (fig_digit(text[j]) || matches!(text[j], ',' | '，')) {
        j += 1;
    }
    if j + 1 < text.len() && matches!(text[j], '.' | '．') && fig_digit(text[j + 1]) {
        j += 2;
        while j < text.len() && fig_digit(text[j]) {
            j += 1;
        }
    }
    let mut k = j;
    while k < text.len() && py_isspace(text[k]) {
        k += 1;
    }
    unit_follows(&text[k..], units).then_some(j)
}

/// coverage.py's figures of a text, as `(start, end)` char indices: the matches of FIG, then
/// those of FIG_T at a start FIG did not match (its `seen` set).
fn figures(text: &[char]) -> Vec<(usize, usize)> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for units in [FIG_UNITS, FIG_T_UNITS] {
        // re.finditer: after a match the search resumes at its end.
        let mut i = 0;
        while i < text.len() {
            match figure_at(text, i, units) {
                Some(end) => {
                    if seen.insert(i) {
                        out.push((i, end));
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// coverage.py's `spans_of`: the spans of points, rates, structures (one `span` or a list of
/// `spans`), findings and diagnostics. Parts of structures are not among them.
fn spans_of(rep: &Value) -> Vec<(f64, f64)> {
    let mut spans: Vec<&Value> = Vec::new();
    for ind in list(rep, "indicators") {
        for key in ["points", "rates"] {
            spans.extend(list(ind, key).iter().filter_map(|p| p.get("span").filter(|s| truthy(Some(s)))));
        }
    }
    for s in list(rep, "structures") {
        for key in ["span", "spans"] {
            match s.get(key) {
                Some(Value::Array(v)) if v.first().is_some_and(Value::is_array) => spans.extend(v),
                Some(v) if truthy(Some(v)) => spans.push(v),
                _ => {}
            }
        }
    }
    for f in list(rep, "findings") {
        spans.extend(list(f, "spans"));
    }
    for d in list(rep, "diagnostics") {
        spans.extend(d.get("span").filter(|s| truthy(Some(s))));
    }
    spans
        .into_iter()
        .filter_map(|s| match s.as_array().map(Vec::as_slice) {
            Some([a, b]) => Some((a.as_f64().unwrap_or(f64::NAN), b.as_f64().unwrap_or(f64::NAN))),
            _ => None,
        })
        .collect()
}

/// coverage.py's loop body for one case: (figures, accounted).
fn cover_case(case: &Value, text: &str, rep: &Value, log: &mut Vec<String>) -> (u32, u32) {
    let chars: Vec<char> = text.chars().collect();
    // Char index → UTF-16 offset, the unit of the Report's spans.
    let mut u16 = vec![0usize];
    for c in &chars {
        u16.push(u16.last().unwrap() + c.len_utf16());
    }
    let spans = spans_of(rep);
    let (mut total, mut covered) = (0, 0);
    for (s, e) in figures(&chars) {
        let (a, b) = (u16[s] as f64, u16[e] as f64);
        let ok = spans.iter().any(|&(lo, hi)| lo <= a && b <= hi);
        total += 1;
        covered += u32::from(ok);
        if !ok {
            let ctx: String = chars[s.saturating_sub(12)..(e + 6).min(chars.len())].iter().collect();
            let fig: String = chars[s..e].iter().collect();
            log.push(format!("{}: lost {fig} in …{}…", text_of(case, "id"), ctx.replace('\n', " ")));
        }
    }
    (total, covered)
}

// ---------------------------------------------------------------------------------------------
// The corpus, analysed once.

/// The three scorers' counts, additive over cases.
#[derive(Clone, Debug, Default)]
struct Tally {
    score: Score,
    mutations: Mutations,
    figures: u32,
    accounted: u32,
    /// Ids of the cases where `analyze` panicked (the scorers count a crash as an empty Report).
    panics: Vec<String>,
}

impl AddAssign<&Tally> for Tally {
    fn add_assign(&mut self, o: &Tally) {
        self.score += o.score;
        self.mutations += &o.mutations;
        self.figures += o.figures;
        self.accounted += o.accounted;
        self.panics.extend(o.panics.iter().cloned());
    }
}

/// `plancheck::analyze` with default options, as JSON; on a panic, an empty Report.
fn analyse(text: &str) -> Option<Value> {
    let report = std::panic::catch_unwind(|| analyze(text, &Options::default())).ok()?;
    Some(serde_json::to_value(&report).expect("a Report serialises to JSON"))
}

/// The three scorers on one case.
fn evaluate(case: &Value, log: &mut Vec<String>) -> Tally {
    let id = text_of(case, "id").to_owned();
    let mut panics = Vec::new();
    let mut run = |text: &str| {
        analyse(text).unwrap_or_else(|| {
            panics.push(id.clone());
            serde_json::json!({})
        })
    };
    let text = format!("{}{}", text_of(case, "context_prefix"), text_of(case, "text"));
    let rep = run(&text);
    let score = score_case(case, &rep, log);
    let (figures, accounted) = cover_case(case, &text, &rep, log);
    let mutations = mutate_case(case, &mut run, log);
    Tally { score, mutations, figures, accounted, panics }
}

fn load(path: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("expected the evaluation corpus at {path} (CI clones shared/ beside the repository), found: {e}")
    });
    match serde_json::from_str(&text) {
        Ok(Value::Array(cases)) => cases,
        Ok(_) => panic!("{path}: expected a JSON list of cases, found another JSON value"),
        Err(e) => panic!("{path}: expected JSON, found an error: {e}"),
    }
}

/// One case of the corpus with its counts and its misses.
struct Evaluated {
    file: &'static str,
    held_out: bool,
    tally: Tally,
    log: Vec<String>,
}

/// Every case evaluated, on as many threads as there are cores, in corpus order.
fn evaluate_all(cases: &[(&'static str, Value)], held: &HashSet<&str>) -> Vec<Evaluated> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(cases.len().max(1));
    let mut done: Vec<(usize, Evaluated)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                s.spawn(move || {
                    let mut out = Vec::new();
                    for (i, (file, case)) in cases.iter().enumerate().skip(w).step_by(workers) {
                        let mut log = Vec::new();
                        let tally = evaluate(case, &mut log);
                        let held_out = held.contains(text_of(case, "id"));
                        out.push((i, Evaluated { file, held_out, tally, log }));
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("an evaluation thread finished")).collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, e)| e).collect()
}

/// The ids of tests/corpus/holdout.txt.
fn holdout_ids() -> impl Iterator<Item = &'static str> {
    HOLDOUT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The real corpus, analysed once for all the tests that read it.
fn corpus() -> &'static [Evaluated] {
    static CORPUS: OnceLock<Vec<Evaluated>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let start = std::time::Instant::now();
        let cases: Vec<(&'static str, Value)> =
            FILES.iter().flat_map(|&f| load(&format!("{REAL}{f}.json")).into_iter().map(move |c| (f, c))).collect();
        let held: HashSet<&str> = holdout_ids().collect();
        let out = evaluate_all(&cases, &held);
        eprintln!("real corpus: {} cases analysed, with their mutations, in {:.1?}", out.len(), start.elapsed());
        out
    })
}

fn verbose() -> bool {
    std::env::var_os("REAL_TEXT_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0")
}

fn sum<'a>(cases: impl Iterator<Item = &'a Evaluated>) -> Tally {
    let mut t = Tally::default();
    for c in cases {
        t += &c.tally;
    }
    t
}

/// The three scorers' last lines, character for character, for a comparison with scripts/eval.sh.
fn scorer_lines(t: &Tally) -> [String; 4] {
    let s = &t.score;
    let m = &t.mutations;
    // Python's `100 * f / max(m, 1)` and `{:.0f}`: an exact integer quotient, rounded half to
    // even, which Rust's `{:.0}` also does.
    let pct = |n: u32, d: u32| format!("{:.0}", f64::from(100 * n) / f64::from(d.max(1)));
    [
        format!(
            "facts {}/{} flags {}/{} false_alarms {} projections {}/{} cases {} alarms {} unexpected {}",
            s.found,
            s.facts,
            s.flagged,
            s.flags,
            s.false_alarms,
            s.projected,
            s.projections,
            s.cases,
            s.alarms,
            s.unexpected
        ),
        m.kinds.iter().map(|(k, [made, f])| format!("{k}:{f}/{made}")).collect::<Vec<_>>().join(" "),
        format!("mutations {} flagged {} sensitivity {}%", m.made, m.flagged, pct(m.flagged, m.made)),
        format!("figures {} accounted {} coverage {}%", t.figures, t.accounted, pct(t.accounted, t.figures)),
    ]
}

/// The floored figures of a tally: (measure, numerator, denominator). Precision is (A − U)/A.
fn measures(t: &Tally) -> [(&'static str, u32, u32); 5] {
    let s = &t.score;
    [
        ("recall", s.found, s.facts),
        ("flags", s.flagged, s.flags),
        ("precision", s.alarms - s.unexpected, s.alarms),
        ("sensitivity", t.mutations.flagged, t.mutations.made),
        ("coverage", t.accounted, t.figures),
    ]
}

/// A ratio in per cent; with nothing to count (no alarm, say), nothing was wrong: 100%.
fn percent(n: u32, d: u32) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * f64::from(n) / f64::from(d)
    }
}

/// One row of the floors table.
struct Floor {
    half: String,
    file: String,
    measure: String,
    floor: f64,
}

/// The floors table of docs/accuracy.md: the table whose header is `FLOORS_HEADER`.
fn floors() -> Vec<Floor> {
    let cells = |l: &str| l.trim().trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect::<Vec<_>>();
    let mut lines = ACCURACY.lines().skip_while(|l| cells(l) != FLOORS_HEADER);
    assert!(lines.next().is_some(), "docs/accuracy.md: expected a table headed {FLOORS_HEADER:?}, found none");
    lines
        .skip(1) // the |---| row
        .take_while(|l| l.trim_start().starts_with('|'))
        .map(|l| {
            let c = cells(l);
            let [half, file, measure, floor, _measured] = c.as_slice() else {
                panic!("docs/accuracy.md: expected 5 cells in a floors row, found {l:?}");
            };
            let floor = floor.trim_end_matches('%').parse().unwrap_or_else(|e| {
                panic!("docs/accuracy.md: expected a floor in whole per cent, found {floor:?} in {l:?}: {e}")
            });
            Floor { half: half.clone(), file: file.clone(), measure: measure.clone(), floor }
        })
        .collect()
}

/// Prints a half's figures per file and in total, and checks each against its floor.
fn check_half(half: &str) {
    let held_out = half == "held-out";
    let cases: Vec<&Evaluated> = corpus().iter().filter(|c| c.held_out == held_out).collect();
    let floors = floors();
    let mut failures = Vec::new();
    for file in ROWS {
        let t = sum(cases.iter().copied().filter(|c| file == "both" || c.file == file));
        for line in scorer_lines(&t) {
            eprintln!("{half} {file}: {line}");
        }
        let mut shown = Vec::new();
        for (measure, n, d) in measures(&t) {
            let p = percent(n, d);
            let floor = floors.iter().find(|f| f.half == half && f.file == file && f.measure == measure);
            match floor {
                None => failures
                    .push(format!("expected a floor for {half} {file} {measure} in docs/accuracy.md, found none")),
                Some(f) if p < f.floor => {
                    failures.push(format!("{half} {file}: expected {measure} ≥ {}%, found {p:.1}% ({n}/{d})", f.floor))
                }
                Some(_) => {}
            }
            let floor = floor.map_or(String::from("none"), |f| format!("{}%", f.floor));
            shown.push(format!("{measure} {p:.1}% ({n}/{d}, floor {floor})"));
        }
        let s = &t.score;
        eprintln!("{half} {file}: {}; alarms {} unexpected {}", shown.join(", "), s.alarms, s.unexpected);
        if file == "both" && !t.panics.is_empty() {
            failures.push(format!("{half}: expected no panic of analyze, found {} in {:?}", t.panics.len(), t.panics));
        }
    }
    if verbose() {
        for line in cases.iter().flat_map(|c| &c.log) {
            eprintln!("{line}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dev_half_holds_its_floors() {
    check_half("dev");
}

#[test]
fn held_out_half_holds_its_floors() {
    check_half("held-out");
}

/// The whole corpus, for a line-by-line comparison with the Python scorers (scripts/eval.sh).
#[test]
fn whole_corpus_prints_the_scorers_lines() {
    let t = sum(corpus().iter());
    for line in scorer_lines(&t) {
        eprintln!("real: {line}");
    }
    assert!(t.panics.is_empty(), "expected no panic of analyze, found {} in {:?}", t.panics.len(), t.panics);
}

/// ../shared/eval/sample.json: five excerpts of ../shared/seeds that the reader must read in full.
#[test]
fn sample_scores_in_full() {
    let mut t = Tally::default();
    let mut log = Vec::new();
    for case in load(SAMPLE) {
        t += &evaluate(&case, &mut log);
    }
    for line in scorer_lines(&t) {
        eprintln!("sample: {line}");
    }
    if verbose() {
        log.iter().for_each(|l| eprintln!("{l}"));
    }
    let s = t.score;
    let found = [("facts", s.found, s.facts, 30), ("flags", s.flagged, s.flags, 2)];
    for (what, n, d, want) in found {
        assert!(n == want && d == want, "sample: expected {what} {want}/{want}, found {n}/{d}\n{}", log.join("\n"));
    }
    assert_eq!(s.unexpected, 0, "sample: expected 0 unexpected alarms, found {}\n{}", s.unexpected, log.join("\n"));
    assert!(t.panics.is_empty(), "sample: expected no panic of analyze, found {:?}", t.panics);
}

/// The split file names cases of the corpus, once each, and leaves both halves non-empty.
#[test]
fn holdout_list_names_corpus_cases() {
    let ids: Vec<String> =
        FILES.iter().flat_map(|f| load(&format!("{REAL}{f}.json"))).map(|c| text_of(&c, "id").to_owned()).collect();
    let mut seen = HashSet::new();
    for id in holdout_ids() {
        assert!(
            ids.iter().any(|i| i == id),
            "tests/corpus/holdout.txt: expected a case id of the corpus, found {id:?}"
        );
        assert!(seen.insert(id), "tests/corpus/holdout.txt: expected each id once, found {id:?} twice");
    }
    let n = seen.len();
    assert!(0 < n && n < ids.len(), "expected both halves non-empty, found {n} of {} cases held out", ids.len());
    eprintln!("{} cases: {} dev, {n} held out", ids.len(), ids.len() - n);
}

/// Every row of the floors table names a half, a file and a measure the tests measure, once:
/// a row nothing reads would be a floor that holds nothing.
#[test]
fn floors_table_names_each_figure_once() {
    let mut seen = HashSet::new();
    for f in floors() {
        let known = HALVES.contains(&f.half.as_str())
            && ROWS.contains(&f.file.as_str())
            && MEASURES.contains(&f.measure.as_str());
        assert!(known, "docs/accuracy.md: expected a half of {HALVES:?}, a file of {ROWS:?} and a measure of {MEASURES:?}, found {} {} {}", f.half, f.file, f.measure);
        assert!(
            seen.insert((f.half.clone(), f.file.clone(), f.measure.clone())),
            "docs/accuracy.md: expected one floor for {} {} {}, found two",
            f.half,
            f.file,
            f.measure
        );
    }
    let want = HALVES.len() * ROWS.len() * MEASURES.len();
    assert_eq!(seen.len(), want, "docs/accuracy.md: expected {want} floors, found {}", seen.len());
}

// ---------------------------------------------------------------------------------------------
// The ports against the Python. Every expected value below was printed by Python 3.11 with the
// scorers imported from ../shared/eval (`import mutate, coverage`): `repr(x)`,
// `mutate.written_forms(x)`, `mutate.mutated(form)`, `mutate.find_written(text, x)`, and the
// matches of `coverage.FIG` then `coverage.FIG_T` with their `utf16_offsets`.

/// A fixture of `find_written`: (text, x, the char span and form found).
type Written = (&'static str, f64, Option<(usize, usize, &'static str)>);
/// A fixture of `figures`: (text, [(figure, UTF-16 start, UTF-16 end)]).
type Figures = (&'static str, &'static [(&'static str, usize, usize)]);

#[test]
fn repr_and_written_forms_as_python_writes_them() {
    // (x, repr(x), written_forms(x))
    let cases: [(f64, &str, &[&str]); 11] = [
        (0.125, "0.125", &["0.125", "0.1", "0.12"]),
        (3.0, "3.0", &["3", "3.0", "3.00", "3.000"]),
        (1e16, "1e+16", &["1e+16", "10000000000000000.0", "10000000000000000.00", "10000000000000000.000"]),
        (
            1e15,
            "1000000000000000.0",
            &["1000000000000000", "1000000000000000.0", "1000000000000000.00", "1000000000000000.000"],
        ),
        (1e-5, "1e-05", &["1e-05", "0.0", "0.00", "0.000"]),
        (0.0001, "0.0001", &["0.0001", "0.0", "0.00", "0.000"]),
        (-0.5, "-0.5", &["-0.5", "-0.50", "-0.500"]),
        (
            1.5e20,
            "1.5e+20",
            &["1.5e+20", "150000000000000000000.0", "150000000000000000000.00", "150000000000000000000.000"],
        ),
        (439.19, "439.19", &["439.19", "439.2", "439.190"]),
        (2.675, "2.675", &["2.675", "2.7", "2.67"]),
        (0.1 + 0.2, "0.30000000000000004", &["0.30000000000000004", "0.3", "0.30", "0.300"]),
    ];
    for (x, repr, forms) in cases {
        assert_eq!(py_repr(x), repr, "repr({x}): expected {repr}, found {}", py_repr(x));
        assert_eq!(written_forms(x), forms, "written_forms({x}): expected {forms:?}, found {:?}", written_forms(x));
    }
}

#[test]
fn mutation_rewrites_as_mutate_py() {
    // (form, mutated(form))
    let cases = [
        ("4.5", "5.6"),
        ("0", "3"),
        ("0.1", "0.4"),
        ("2.5", "3.1"),
        ("100", "125"),
        ("0.02", "0.03"),
        ("439.19", "548.99"),
        ("3.3", "4.1"),
        ("0.01", "0.04"),
        ("5", "6"),
        ("12.50", "15.62"),
        ("4.50", "5.62"),
    ];
    for (form, want) in cases {
        assert_eq!(mutated(form), want, "mutated({form}): expected {want}, found {}", mutated(form));
    }
    // (text, x, find_written(text, x) as char indices)
    let found: [Written; 8] = [
        ("同比增长112.5%，增长12.55%，增长12.5.3，增长12.5％", 12.5, Some((31, 35, "12.5"))),
        ("占比4.50%，其中4.5个百分点", 4.5, Some((10, 13, "4.5"))),
        ("第１２期增长12%", 12.0, Some((6, 8, "12"))),
        ("增长²12％，增长12", 12.0, Some((9, 11, "12"))),
        ("1212", 121.0, None),
        ("二〇12年增长12%", 12.0, Some((2, 4, "12"))),
        ("①12%和12%", 12.0, Some((5, 7, "12"))),
        ("½12%", 12.0, Some((1, 3, "12"))),
    ];
    for (text, x, want) in found {
        let chars: Vec<char> = text.chars().collect();
        let got = find_written(&chars, x);
        let got = got.as_ref().map(|(a, b, f)| (*a, *b, f.as_str()));
        assert_eq!(got, want, "find_written({text:?}, {x}): expected {want:?}, found {got:?}");
    }
}

#[test]
fn figures_as_coverage_py_finds_them() {
    // (text, [(figure, UTF-16 start, UTF-16 end)]) in coverage.py's order: FIG, then FIG_T.
    let cases: [Figures; 4] = [
        (
            "2020年GDP达到1,234.5亿元，增长6.5％，占比 12 %，３０万人，100萬元，5個百分點，2019年",
            &[("1,234.5", 10, 17), ("6.5", 22, 25), ("12", 30, 32), ("３０", 35, 37), ("100", 40, 43), ("5", 46, 47)],
        ),
        (
            "12,34.5,6%增长1.%和1.2.3%，30，40万元；5千米，7百分点 8 千瓦时\u{3000}９千 瓦；10\u{1c}%",
            &[("6", 8, 9), ("30，40", 23, 28), ("5", 31, 32), ("7", 35, 36), ("8", 40, 41), ("10", 51, 53)],
        ),
        ("粮食产量1.5萬億噸和2千噸，3百人次，4萬億元", &[("3", 15, 16), ("1.5", 4, 7), ("4", 20, 21)]),
        ("𠀀增长5%，𠀀𠀀3.5万元", &[("5", 4, 5), ("3.5", 11, 14)]),
    ];
    for (text, want) in cases {
        let chars: Vec<char> = text.chars().collect();
        let u16 = |i: usize| chars[..i].iter().map(|c| c.len_utf16()).sum::<usize>();
        let got: Vec<(String, usize, usize)> =
            figures(&chars).into_iter().map(|(s, e)| (chars[s..e].iter().collect(), u16(s), u16(e))).collect();
        let want: Vec<(String, usize, usize)> = want.iter().map(|&(f, a, b)| (f.to_owned(), a, b)).collect();
        assert_eq!(got, want, "figures of {text:?}: expected {want:?}, found {got:?}");
    }
}
