//! The Report: the one shape that the page, the widget, the command and the tests rely on.
//!
//! These are flat data-transfer objects, built once from the model and the findings; all
//! spans are converted here from UTF-8 bytes to UTF-16 code units. Nothing here serialises:
//! the boundary (`wasm.rs`) and the command do that, with serde. The fields and their meaning
//! are documented in the README ("The Report"); fields are only added, never renamed, within
//! a [`VERSION`].
//!
//! | Rust type      | JSON                               |
//! |----------------|------------------------------------|
//! | `Option<f64>`  | number or `null` (also for ±∞)     |
//! | `[u32; 2]`     | `[start, end]` in UTF-16 units     |
//! | `Severity`     | `"error"`, `"warning"`, `"info"`   |

use serde::{Serialize, Serializer};

use crate::checks::{Finding, Ref, Severity};
use crate::facts::{Diagnostic, Form};
use crate::figure::Bound;
use crate::growth;
use crate::messages::Message;
use crate::model::{Indicator, Model};
use crate::names::{self, Basis};
use crate::period::OWN_YEAR;
use crate::text::{Span, Utf16Map};
use crate::unit::Unit;

pub const VERSION: u32 = 2;

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub version: u32,
    pub form: Form,
    pub indicators: Vec<IndicatorOut>,
    pub structures: Vec<StructureOut>,
    pub findings: Vec<FindingOut>,
    pub diagnostics: Vec<DiagnosticOut>,
    pub coverage: Coverage,
}

/// What the analysis read, checked and could not: every figure of the text (a number with a
/// unit, a magnitude or a percent sign) is read into a statement or named by a diagnostic.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Coverage {
    /// Figures found in the text.
    pub figures: u32,
    /// Of them, read into statements (points, rates, structures, changes…).
    pub read: u32,
    /// Of them, used by at least one relation that was checked.
    pub checked: u32,
    /// Relations checked, consistent or not.
    pub relations: u32,
    /// Figures not read, by the diagnostic code that says why, most first.
    pub not_read: Vec<ReasonCount>,
    /// Figures neither read nor explained by a diagnostic: always 0 (an invariant the tests and
    /// the fuzzers assert).
    pub unaccounted: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReasonCount {
    #[serde(serialize_with = "word")]
    pub reason: &'static str,
    pub count: u32,
}

/// The statement spans of a model: every figure read.
fn read_spans(model: &Model) -> Vec<Span> {
    let mut spans = Vec::new();
    for ind in &model.indicators {
        // Plain loops rather than `extend(map())`: each iterator chain is its own monomorphised
        // copy in the wasm.
        for p in &ind.points {
            spans.push(p.figure.span);
        }
        for r in &ind.rates {
            spans.push(r.figure.span);
        }
        for a in &ind.changes {
            spans.push(a.figure.span);
        }
        for a in &ind.cumulatives {
            spans.push(a.figure.span);
        }
        for m in &ind.multiples {
            spans.push(m.figure.span);
        }
        for c in &ind.completions {
            spans.push(c.target.span);
            spans.push(c.percent.span);
        }
    }
    for st in &model.structures {
        for p in &st.parts {
            spans.push(p.span);
        }
    }
    for g in &model.groups {
        spans.push(g.total.figure.span);
        for p in &g.parts {
            spans.push(p.figure.span);
        }
    }
    for x in &model.exchange {
        spans.push(x.rate.span);
    }
    spans
}

/// Whether `inner` lies within one of the sorted, merged `spans`.
fn within(spans: &[Span], inner: Span) -> bool {
    let i = spans.partition_point(|s| s.start <= inner.start);
    i > 0 && spans[i - 1].end >= inner.end
}

/// Sorts spans and merges overlapping ones, for [`within`].
fn merged(mut spans: Vec<Span>) -> Vec<Span> {
    crate::order::sort(&mut spans);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

impl Coverage {
    /// Counts `figures` against what was read, checked and diagnosed. Linear after sorting:
    /// each figure looks up its diagnostic by binary search.
    pub fn count(
        figures: &[Span],
        model: &Model,
        checked: Vec<Span>,
        relations: u32,
        diagnostics: &[Diagnostic],
    ) -> Coverage {
        /// How many diagnostics starting before a figure are tried for one that contains it.
        const LOOK_BACK: usize = 8;
        let read = merged(read_spans(model));
        let checked = merged(checked);
        let mut explained = Vec::with_capacity(diagnostics.len());
        let mut by_start: Vec<(Span, &'static str)> = Vec::with_capacity(diagnostics.len());
        for d in diagnostics {
            explained.push(d.span);
            by_start.push((d.span, d.code));
        }
        let explained = merged(explained);
        crate::order::sort(&mut by_start);
        let mut c = Coverage { figures: figures.len() as u32, relations, ..Coverage::default() };
        let mut reasons: Vec<ReasonCount> = Vec::new();
        for &f in figures {
            if within(&read, f) {
                c.read += 1;
                if within(&checked, f) {
                    c.checked += 1;
                }
                continue;
            }
            if !within(&explained, f) {
                c.unaccounted += 1;
                continue;
            }
            let at = by_start.partition_point(|(s, _)| s.start <= f.start);
            let code = by_start[at.saturating_sub(LOOK_BACK)..at]
                .iter()
                .rev()
                .find(|(s, _)| f.end <= s.end)
                .map_or("not_understood", |&(_, code)| code);
            match reasons.iter_mut().find(|r| r.reason == code) {
                Some(r) => r.count += 1,
                None => reasons.push(ReasonCount { reason: code, count: 1 }),
            }
        }
        crate::order::sort_by(&mut reasons, |a, b| b.count.cmp(&a.count).then(a.reason.cmp(b.reason)));
        c.not_read = reasons;
        c
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct IndicatorOut {
    pub id: String,
    pub name: String,
    pub unit: String,
    /// The part of the year its figures cover: "year", "q1-1" (一季度), "h1", "m1-8" (1-8月)…
    pub period: String,
    /// A place or unit other than the document's own ("武汉市", "县域"), or "".
    pub scope: String,
    pub points: Vec<PointOut>,
    pub rates: Vec<RateOut>,
    pub path: Vec<YearValue>,
    pub implied_path: Vec<YearValue>,
    pub implied_rate: Option<f64>,
    pub summary: Summary,
    /// Mid-term review: where the indicator stands against its target, or null.
    pub review: Option<Review>,
}

/// Progress at the latest actual value inside a plan period, classified as the SDG trackers
/// do: the rate achieved so far over the rate the target required from the base.
#[derive(Clone, Debug, Serialize)]
pub struct Review {
    pub year: i32,
    pub actual: f64,
    /// % a year achieved from the base to the actual.
    pub actual_rate: f64,
    /// % a year the target needed from the base.
    pub planned_rate: f64,
    /// % a year now required from the actual to the target.
    pub required_rate: f64,
    /// actual_rate ÷ planned_rate.
    pub ratio: f64,
    /// "on_track" (≥ 0.95), "acceleration_needed" (0.6–0.95), "limited_progress" (0–0.6),
    /// "deteriorating" (< 0).
    #[serde(serialize_with = "word")]
    pub status: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct PointOut {
    /// `null` for a text that names no year: its own period.
    pub year: Option<i32>,
    /// For a change (`role` "change") or a sum over years (`role` "sum"): the year it runs from.
    pub from: Option<i32>,
    pub value: f64,
    pub lo: Option<f64>,
    pub hi: Option<f64>,
    pub bound: Bound,
    #[serde(serialize_with = "word")]
    pub role: &'static str,
    pub span: [u32; 2],
}

#[derive(Clone, Debug, Serialize)]
pub struct RateOut {
    /// "annual" (compound, a year on average), "yoy" (one year or the same period a year
    /// before), "total" (growth since a base year, 比2015年增长43.1%), "multiple" (增长N倍,
    /// 是…的N倍, 翻k番: `percent` holds N or k), "points" (percentage points, 提高1.2个百分点),
    /// "completion" (完成…的X%).
    #[serde(serialize_with = "word")]
    pub kind: &'static str,
    /// `null` when the text names no year (growth over the same period a year before).
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub percent: f64,
    pub lo: Option<f64>,
    pub hi: Option<f64>,
    /// "real", "nominal", "either" or "unknown": the price basis the rate states, else the
    /// indicator's usual one.
    #[serde(serialize_with = "word")]
    pub basis: &'static str,
    pub span: [u32; 2],
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct YearValue {
    pub year: i32,
    pub value: f64,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub base_year: Option<i32>,
    pub base: Option<f64>,
    pub target_year: Option<i32>,
    pub target: Option<f64>,
    pub rate: Option<f64>,
    pub implied_rate: Option<f64>,
    pub projected: Option<f64>,
    pub gap_percent: Option<f64>,
    /// From the review, when there is an actual value inside the period.
    pub required_rate: Option<f64>,
    #[serde(serialize_with = "optional_word")]
    pub status: Option<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StructureOut {
    pub id: String,
    pub name: String,
    pub year: Option<i32>,
    pub parts: Vec<PartOut>,
    pub span: [u32; 2],
}

#[derive(Clone, Debug, Serialize)]
pub struct PartOut {
    pub value: f64,
    pub lo: Option<f64>,
    pub hi: Option<f64>,
    pub span: [u32; 2],
}

#[derive(Clone, Debug, Serialize)]
pub struct FindingOut {
    pub kind: crate::checks::Kind,
    pub severity: Severity,
    /// "certain" or "likely": how sure the link between the figures is.
    pub confidence: crate::checks::Confidence,
    /// Why the figures were linked, in zh and en.
    pub basis: Option<Message>,
    pub indicators: Vec<String>,
    pub numbers: Vec<f64>,
    pub message: Message,
    pub explanation: Vec<Message>,
    pub suggestion: Option<SuggestionOut>,
    pub spans: Vec<[u32; 2]>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SuggestionOut {
    pub zh: String,
    pub en: String,
    pub values: Vec<SuggestedValueOut>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SuggestedValueOut {
    #[serde(serialize_with = "word")]
    pub field: &'static str,
    pub year: Option<i32>,
    pub value: f64,
    pub unit: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct DiagnosticOut {
    #[serde(serialize_with = "word")]
    pub code: &'static str,
    pub span: [u32; 2],
    pub message: Message,
}

/// Serialises a word of a fixed vocabulary ("target", "real", "on_track", a diagnostic code)
/// as a unit variant, as the derive does for an enum's unit variants (`Kind`, `Severity`…).
/// JSON is the same string either way, but serde-wasm-bindgen keeps one JS string per variant
/// name (keyed by its address), where a plain `&str` is decoded from wasm memory anew each
/// time, about 0.5 µs a string in Chromium: in the report on seed 000, 220 of the 515 strings
/// were such words.
fn word<S: Serializer>(w: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit_variant("", 0, w)
}

/// [`word`], or null.
fn optional_word<S: Serializer>(w: &Option<&'static str>, s: S) -> Result<S::Ok, S::Error> {
    match w {
        Some(w) => word(w, s),
        None => s.serialize_none(),
    }
}

/// A year the text gives, or `None` for its own period ([`crate::period::OWN_YEAR`]).
fn known(year: i32) -> Option<i32> {
    crate::period::is_known(year).then_some(year)
}

fn rate_out(
    kind: &'static str,
    from: i32,
    to: i32,
    f: &crate::figure::Figure,
    basis: &'static str,
    map: &Utf16Map,
) -> RateOut {
    let a = f.allowed();
    RateOut {
        kind,
        from: known(from),
        to: known(to),
        percent: f.written(),
        lo: finite(a.lo),
        hi: finite(a.hi),
        basis,
        span: map.span(f.span),
    }
}

/// Only finite numbers go into the Report; unbounded ends become `null`.
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// Rounds a computed value to 10 significant digits, so that JSON shows 142.9492 rather than
/// 142.94924986720002 while keeping far more precision than any plan figure has.
fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 10 - crate::interval::exponent10(x.abs()) - 1;
    if !(-300..=300).contains(&digits) {
        return x;
    }
    let k = 10f64.powi(digits.abs());
    if digits >= 0 {
        (x * k).round() / k
    } else {
        (x / k).round() * k
    }
}

impl Report {
    pub fn build(
        text: &str,
        form: Form,
        model: &Model,
        findings: Vec<Finding>,
        diagnostics: Vec<Diagnostic>,
        coverage: Coverage,
    ) -> Report {
        let map = Utf16Map::new(text);
        // Plain loops rather than `map().collect()`: each iterator chain is its own
        // monomorphised copy in the wasm.
        let mut indicators = Vec::with_capacity(model.indicators.len());
        for (i, ind) in model.indicators.iter().enumerate() {
            indicators.push(indicator(i, ind, &map));
        }
        let mut structures = Vec::with_capacity(model.structures.len());
        for (i, s) in model.structures.iter().enumerate() {
            let mut parts = Vec::with_capacity(s.parts.len());
            for f in &s.parts {
                let a = f.allowed();
                parts.push(PartOut { value: f.written(), lo: finite(a.lo), hi: finite(a.hi), span: map.span(f.span) });
            }
            structures.push(StructureOut {
                id: format!("s{i}"),
                name: s.name.clone(),
                year: known(s.year),
                parts,
                span: map.span(s.span),
            });
        }
        let mut findings_out = Vec::with_capacity(findings.len());
        for f in findings {
            let mut indicators = Vec::with_capacity(f.refs.len());
            for r in &f.refs {
                indicators.push(match r {
                    Ref::Indicator(i) => format!("i{i}"),
                    Ref::Structure(i) => format!("s{i}"),
                });
            }
            let suggestion = f.suggestion.map(|s| {
                let mut values = Vec::with_capacity(s.values.len());
                for v in s.values {
                    let value = tidy(v.value);
                    if value.is_finite() {
                        values.push(SuggestedValueOut {
                            field: v.field,
                            year: v.year.and_then(known),
                            value,
                            unit: v.unit,
                        });
                    }
                }
                SuggestionOut { zh: s.message.zh, en: s.message.en, values }
            });
            let mut spans = Vec::with_capacity(f.spans.len());
            for s in &f.spans {
                spans.push(map.span(*s));
            }
            findings_out.push(FindingOut {
                kind: f.kind,
                severity: f.severity,
                confidence: f.confidence,
                basis: f.basis,
                indicators,
                numbers: f.numbers,
                message: f.message,
                explanation: f.explanation,
                suggestion,
                spans,
            });
        }
        let mut diagnostics_out = Vec::with_capacity(diagnostics.len());
        for d in diagnostics {
            diagnostics_out.push(DiagnosticOut { code: d.code, span: map.span(d.span), message: d.message });
        }
        Report {
            version: VERSION,
            form,
            indicators,
            structures,
            findings: findings_out,
            diagnostics: diagnostics_out,
            coverage,
        }
    }
}

fn indicator(i: usize, ind: &Indicator, map: &Utf16Map) -> IndicatorOut {
    // The unit the indicator is shown in: its levels', else that of its first amount (a sum
    // over the years or a change stated without a level).
    let unit: Option<&Unit> = ind.shown_unit().or_else(|| ind.completions.first().map(|c| &c.unit));
    let anchors = ind.anchors();
    let inside = |year: i32| match (anchors.base, anchors.target) {
        (Some(b), Some(t)) => b.year < year && year < t.year,
        _ => false,
    };
    let role = |year: i32| {
        if anchors.base.is_some_and(|b| b.year == year) {
            "base"
        } else if anchors.target.is_some_and(|t| t.year == year) {
            "target"
        } else if inside(year) {
            "actual"
        } else {
            "point"
        }
    };
    let mut points = Vec::with_capacity(ind.points.len());
    for p in &ind.points {
        let a = p.allowed();
        points.push(PointOut {
            year: known(p.year),
            from: None,
            value: p.value(),
            lo: finite(a.lo),
            hi: finite(a.hi),
            bound: p.figure.bound,
            role: role(p.year),
            span: map.span(p.figure.span),
        });
    }
    // Changes, sums over years and plan figures are amounts of the indicator too, listed after
    // its levels in the indicator's unit: its levels' unit, else the first such amount's. An
    // amount in a unit that does not convert (万人 beside 亿元) is not listed as a point.
    let amount_unit = unit.filter(|u| u.kind == crate::unit::UnitKind::Amount);
    let amounts = ind.changes.iter().map(|a| ("change", a.from, a.to, &a.figure, &a.unit));
    let amounts = amounts.chain(ind.cumulatives.iter().map(|a| ("sum", a.from, a.to, &a.figure, &a.unit)));
    let amounts = amounts.chain(ind.completions.iter().map(|c| ("plan", OWN_YEAR, c.year, &c.target, &c.unit)));
    for (role, from, to, figure, u) in amounts {
        let Some(shift) = amount_unit.filter(|w| u.compatible(w)).map(|w| u.shift_to(w)) else { continue };
        let allowed = figure.allowed_shifted(shift);
        points.push(PointOut {
            year: known(to),
            from: if role == "plan" { None } else { known(from) },
            value: crate::figure::scale10(figure.written(), shift),
            lo: finite(allowed.lo),
            hi: finite(allowed.hi),
            bound: figure.bound,
            role,
            span: map.span(figure.span),
        });
    }
    let basis = ind.unit.as_ref().map_or(Basis::Unknown, |u| names::basis(&ind.key, u.base)).as_str();
    let mut rates = Vec::with_capacity(ind.rates.len());
    for r in &ind.rates {
        // A rate that says its basis ("名义增长5.9%", "按可比价计算") is of that basis, whatever
        // the indicator's usual one.
        let basis = match r.basis {
            crate::facts::PriceBasis::Real => "real",
            crate::facts::PriceBasis::Nominal => "nominal",
            crate::facts::PriceBasis::Unstated => basis,
        };
        rates.push(rate_out(if r.years() == 1 { "yoy" } else { "annual" }, r.from, r.to, &r.figure, basis, map));
    }
    for a in ind.changes.iter().filter(|a| a.unit.kind != crate::unit::UnitKind::Amount) {
        rates.push(rate_out("points", a.from, a.to, &a.figure, basis, map));
    }
    for m in &ind.multiples {
        let summed = matches!(m.word, crate::facts::MultipleWord::Percent | crate::facts::MultipleWord::Summed);
        let kind = if summed { "total" } else { "multiple" };
        rates.push(rate_out(kind, m.from, m.to, &m.figure, basis, map));
    }
    for c in &ind.completions {
        rates.push(rate_out("completion", c.year, c.year, &c.percent, basis, map));
    }

    let mut summary = Summary::default();
    let mut path = Vec::new();
    let mut implied_path = Vec::new();
    let mut implied_rate = None;
    let positive = |v: f64| v > 0.0 && v.is_finite();
    if let Some(b) = anchors.base {
        summary.base_year = known(b.year);
        summary.base = Some(b.value());
    }
    if let Some(t) = anchors.target {
        summary.target_year = known(t.year);
        summary.target = Some(t.value());
    }
    summary.rate = anchors.rate.map(|r| r.percent());
    // Growth paths only make sense for levels that compound (not shares or rates), over years
    // the text names.
    let dated = ind.points.iter().all(|p| crate::period::is_known(p.year));
    if ind.compounds() && dated {
        if let (Some(b), Some(t)) = (anchors.base, anchors.target) {
            let (bv, tv, n) = (b.value(), t.value(), t.year - b.year);
            if positive(bv) && positive(tv) && n > 0 {
                let r = growth::rate_for_factor(tv / bv, n).map(tidy);
                implied_rate = r;
                summary.implied_rate = r;
                if let Some(r) = r {
                    implied_path = to_out(growth::path(b.year, bv, r, t.year));
                }
            }
        }
        if let Some(rate) = anchors.rate {
            let rv = rate.percent();
            match (anchors.base, anchors.target) {
                (Some(b), target) if positive(b.value()) => {
                    let end = target.map_or(rate.to, |t| t.year.max(rate.to));
                    path = to_out(growth::path(b.year, b.value(), rv, end));
                    if let Some(t) = target {
                        let projected = b.value() * (1.0 + rv / 100.0).powi(t.year - b.year);
                        if projected.is_finite() && positive(t.value()) {
                            summary.projected = Some(tidy(projected));
                            summary.gap_percent = Some(tidy((projected - t.value()) / t.value() * 100.0));
                        }
                    }
                }
                // A target and a rate with no base: the path runs back to the base it implies.
                (None, Some(t)) if positive(t.value()) => {
                    let mut p = growth::path(t.year, t.value(), rv, rate.from);
                    p.reverse();
                    path = to_out(p);
                }
                _ => {}
            }
        }
    }
    let review = if !ind.compounds() || !dated { None } else { review(ind, &anchors) };
    if let Some(r) = &review {
        summary.required_rate = Some(r.required_rate);
        summary.status = Some(r.status);
    }
    IndicatorOut {
        review,
        id: format!("i{i}"),
        name: ind.name.clone(),
        unit: unit.map_or_else(String::new, |u| u.text.clone()),
        period: ind.family.part.code(),
        scope: ind.family.scope.clone(),
        points,
        rates,
        path,
        implied_path,
        implied_rate,
        summary,
    }
}

/// The SDG-tracker thresholds on actual ÷ planned progress.
const ON_TRACK: f64 = 0.95;
const ACCELERATION: f64 = 0.6;

/// Review at the latest actual value strictly inside base → target.
fn review(ind: &Indicator, anchors: &crate::model::Anchors) -> Option<Review> {
    let (b, t) = (anchors.base?, anchors.target?);
    // The last of the latest, as `max_by_key` would give, in a loop (one copy fewer in the wasm).
    let mut latest = None;
    for p in &ind.points {
        if b.year < p.year && p.year < t.year && latest.is_none_or(|l: &crate::model::Point| p.year >= l.year) {
            latest = Some(p);
        }
    }
    let a = latest?;
    let (bv, av, tv) = (b.value(), a.value(), t.value());
    if !(bv > 0.0 && av > 0.0 && tv > 0.0) {
        return None;
    }
    let actual_rate = growth::rate_for_factor(av / bv, a.year - b.year)?;
    let planned_rate = growth::rate_for_factor(tv / bv, t.year - b.year)?;
    let required_rate = growth::rate_for_factor(tv / av, t.year - a.year)?;
    // Progress is measured against the growth the plan needed. A target at or below the
    // base is met by not growing: any non-negative progress is on track.
    let ratio = if planned_rate.abs() < 1e-9 {
        if actual_rate >= 0.0 {
            1.0
        } else {
            -1.0
        }
    } else {
        actual_rate / planned_rate
    };
    let status = if ratio >= ON_TRACK {
        "on_track"
    } else if ratio >= ACCELERATION {
        "acceleration_needed"
    } else if ratio >= 0.0 {
        "limited_progress"
    } else {
        "deteriorating"
    };
    Some(Review {
        year: a.year,
        actual: av,
        actual_rate: tidy(actual_rate),
        planned_rate: tidy(planned_rate),
        required_rate: tidy(required_rate),
        ratio: tidy(ratio),
        status,
    })
}

fn to_out(p: Vec<(i32, f64)>) -> Vec<YearValue> {
    let mut out = Vec::with_capacity(p.len());
    for (year, value) in p {
        if value.is_finite() {
            out.push(YearValue { year, value: tidy(value) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn tidy_keeps_ten_digits() {
        assert_eq!(tidy(142.94924986720002), 142.9492499);
        assert_eq!(tidy(0.0), 0.0);
        assert_eq!(tidy(1e20), 1e20);
        assert_eq!(tidy(-1.23456789012345), -1.23456789);
    }
}
