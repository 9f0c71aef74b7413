//! `yoy`: one year's level, growth % and absolute change are three views of one pair of years.
//!
//! With the level of year Y (L1), its growth r over Y−1 and its change D, the previous level
//! follows twice, L1 ÷ (1+r) and L1 − D, and the two must meet; with L0 and L1 stated, L1 − L0
//! must meet D. When only two of level, growth and change are stated, the third is reported as
//! derived (an `info` note), since a reader usually wants it.
//!
//! | level      | growth | change    | result                                         |
//! |------------|--------|-----------|------------------------------------------------|
//! | 2633.98万吨 | 3.12%  | 79.73万吨  | none (both give 2554.2万吨 the year before)     |
//! | 2633.98万吨 | 3.12%  | 99.73万吨  | error                                          |
//! | 2633.98万吨 | 3.12%  | —         | info: a change of about 79.69万吨               |
//!
//! A change over several years, or of a share in percentage points, is set against the two
//! levels it spans: 30.2% (2015) and 43.6% (2020) with "提高13.4个百分点" raise nothing, with
//! "提高16.8个百分点" an error.

use super::YearMap;
use super::{Fixed, Kind, Outcome, Range, Ref, Severity};
use crate::facts::Status;
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Amount, Model, Rate};
use crate::unit::UnitKind;

const MISMATCH: Template = Template {
    zh: "{0}：{1}年{2}{3}、同比增长{4}%，则上年约为{5}{3}；但同比增加{6}{3}意味着上年为{7}{3}，两者不符。",
    en: "{0}: {2}{3} in {1} with growth of {4}% puts the year before at about {5}{3}, but a change of {6}{3} puts it at {7}{3}.",
};

/// [`MISMATCH`] over several years: its arguments, and the first year as {8}.
const AVERAGE_MISMATCH: Template = Template {
    zh: "{0}：{1}年{2}{3}、{8}年以来年均增长{4}%，则{8}年约为{5}{3}；但比{8}年增加{6}{3}意味着{8}年为{7}{3}，两者不符。",
    en: "{0}: {2}{3} in {1} at {4}% a year since {8} puts {8} at about {5}{3}; but an increase of {6}{3} since {8} puts it at {7}{3}.",
};

/// A stated change against the two levels it spans.
const CHANGE_MISMATCH: Template = Template {
    zh: "{0}：{1}年为{2}{3}，{4}年为{5}{3}，相差{6}{7}；而所述变化为{8}{7}。",
    en: "{0}: {2}{3} in {1} and {5}{3} in {4} differ by {6}{7}, but the stated change is {8}{7}.",
};

const DERIVED_CHANGE: Template = Template {
    zh: "{0}：{1}年{2}{3}、同比增长{4}%，推算同比增加约{5}{3}（上年约{6}{3}）。",
    en: "{0}: {2}{3} in {1} with growth of {4}% means a change of about {5}{3} (about {6}{3} the year before).",
};

/// [`DERIVED_CHANGE`] for a fall, in words that carry the sign.
const DERIVED_FALL: Template = Template {
    zh: "{0}：{1}年{2}{3}、同比下降{4}%，推算同比减少约{5}{3}（上年约{6}{3}）。",
    en: "{0}: {2}{3} in {1}, down {4}%, means a fall of about {5}{3} (about {6}{3} the year before).",
};

const DERIVED_RATE: Template = Template {
    zh: "{0}：{1}年{2}{3}、同比增加{4}{3}，推算同比增长约{5}%。",
    en: "{0}: {2}{3} in {1} with a change of {4}{3} means growth of about {5}%.",
};

const STEP: Template = Template {
    zh: "上年 = 本年 ÷ (1 + 增速) = {0}；上年 = 本年 − 增加量 = {1}。",
    en: "Year before = level ÷ (1 + growth) = {0}; year before = level − change = {1}.",
};

const PRICE_BASIS: Template = Template {
    zh: "但{0}的增速通常按可比价计算，而其水平和增加量按现价计算：两者之差多为价格变动，故仅作提示。",
    en: "But {0} usually grows at comparable prices while its level and increase are at current prices: the gap is most likely a price effect, so this is a note.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        let Some(unit) = ind.unit.as_ref() else { continue };
        if !ind.compounds() && !ind.is_percent() {
            continue;
        }
        // One-year rates and changes by their year, the first statement of each, so that the
        // loop over points stays linear.
        // A rate stated as real ("扣除价格因素，实际增长5.1%") is taken only when the year has no
        // other: levels and changes are at current prices.
        // A growth target of the year ("预期目标…增长7.0%以上") is taken only when the year
        // states no outcome: the level is the outcome.
        let mut rates = YearMap::new();
        for (planned, real) in [(false, false), (false, true), (true, false), (true, true)] {
            for (k, r) in ind.rates.iter().enumerate() {
                let is_plan = matches!(r.status, Status::Target | Status::Stretch);
                if r.years() == 1 && (r.basis == crate::facts::PriceBasis::Real) == real && is_plan == planned {
                    rates.insert_first(r.to, k);
                }
            }
        }
        let mut changes = YearMap::new();
        for (k, c) in ind.changes.iter().enumerate() {
            if c.to - c.from == 1 && c.unit.compatible(unit) {
                changes.insert_first(c.to, k);
            }
        }
        let mut seen = YearMap::new();
        for l1 in &ind.points {
            let y = l1.year;
            // One check per year: a year stated twice is the conflict check's business.
            if !seen.insert_first(y, 0) {
                continue;
            }
            let rate: Option<&Rate> = rates.get(y).and_then(|k| ind.rates.get(k));
            let change: Option<&Amount> = changes.get(y).and_then(|k| ind.changes.get(k));
            let l0 = ind.points_in(y - 1).next();
            let shown = |c: &crate::model::Amount| c.figure.number.shift(c.unit.shift_to(unit));
            match (rate, change, l0) {
                (Some(r), Some(c), None) => rate_against_change(i, ind, unit, l1, r, c, out),
                (Some(r), None, None) if ind.compounds() => {
                    let rv = r.percent();
                    if rv <= -100.0 {
                        continue;
                    }
                    let prev = l1.value() / (1.0 + rv / 100.0);
                    let (template, rate) = if rv < 0.0 {
                        (&DERIVED_FALL, r.figure.number.negated())
                    } else {
                        (&DERIVED_CHANGE, r.figure.number)
                    };
                    derived(
                        out,
                        i,
                        l1,
                        r.figure.written(),
                        template.fill(&[
                            &ind.name,
                            &Year(y),
                            &l1.figure.number.shift(l1.shift),
                            &unit.text,
                            &rate,
                            &Fixed((l1.value() - prev).abs(), 2),
                            &Fixed(prev, 2),
                        ]),
                        r.figure.span,
                    );
                }
                (None, Some(c), None) => {
                    let dv = c.figure.number.shift(c.unit.shift_to(unit)).to_f64();
                    let prev = l1.value() - dv;
                    if prev <= 0.0 {
                        continue;
                    }
                    derived(
                        out,
                        i,
                        l1,
                        c.figure.written(),
                        DERIVED_RATE.fill(&[
                            &ind.name,
                            &Year(y),
                            &l1.figure.number.shift(l1.shift),
                            &unit.text,
                            &shown(c),
                            &Fixed(dv / prev * 100.0, 2),
                        ]),
                        c.figure.span,
                    );
                }
                _ => {}
            }
        }
        stated_changes(i, ind, unit, out);
        averaged_changes(i, ind, unit, out);
    }
}

/// A rate against a change over the same years, the level of the last year stated and the first
/// not: the level taken back at the rate and the level less the change both give the first
/// year's level, and must meet. Over one year the finding shows its steps; over several the
/// rate is a yearly average.
fn rate_against_change(
    i: usize,
    ind: &crate::model::Indicator,
    unit: &crate::unit::Unit,
    l1: &crate::model::Point,
    r: &Rate,
    c: &Amount,
    out: &mut Outcome,
) {
    let level = l1.allowed();
    let d = c.figure.allowed_shifted(c.unit.shift_to(unit));
    let Some(prev_r) = crate::growth::factor(&r.allowed()).and_then(|g| level.div_pos(&g.powi_pos(r.years())?)) else {
        return;
    };
    let prev_d = Interval::new(level.lo - d.hi, level.hi - d.lo);
    let spans = [l1.figure.span, r.figure.span, c.figure.span];
    out.relation(&spans);
    if prev_r.meets(&prev_d) {
        return;
    }
    let real = grows_real(ind, unit, r);
    let severity = if real { Severity::Info } else { Severity::grade(prev_r.gap(&prev_d), d.half_width()) };
    let one_year = r.years() == 1;
    let args: [&dyn crate::messages::Arg; 9] = [
        &ind.name,
        &Year(r.to),
        &l1.figure.number.shift(l1.shift),
        &unit.text,
        &r.figure.number,
        &Fixed(prev_r.mid(), 2),
        &c.figure.number.shift(c.unit.shift_to(unit)),
        &Fixed(prev_d.mid(), 2),
        &Year(r.from),
    ];
    let (kind, message) = if one_year {
        (Kind::Yoy, MISMATCH.fill(&args))
    } else {
        (Kind::RateVsEndpoints, AVERAGE_MISMATCH.fill(&args))
    };
    let numbers = [l1.figure.written(), r.figure.written(), c.figure.written()];
    let finding = out.finding(kind, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
    if one_year {
        finding.explanation = vec![STEP.fill(&[&Range(&prev_r, 2), &Range(&prev_d, 2)])];
        if real {
            finding.explanation.push(PRICE_BASIS.fill(&[&ind.name]));
        }
    }
}

/// Whether a rate is real while the level and the change are at current prices: value added
/// grows at comparable prices, so a gap between them is a price effect, a note.
fn grows_real(ind: &crate::model::Indicator, unit: &crate::unit::Unit, r: &Rate) -> bool {
    r.basis == crate::facts::PriceBasis::Real
        || crate::names::basis(&ind.key, unit.base) == crate::names::Basis::Real
            && r.basis != crate::facts::PriceBasis::Nominal
}

/// "2025年…30.0亿元，比2021年增加6.0亿元，年均增速8.0%": over several years, the level less
/// the change and the level taken back at the average rate both give the first year's level.
///
/// | level | change since 2021 | average rate | 2021 by change | 2021 by rate | finding |
/// |-------|-------------------|--------------|----------------|--------------|---------|
/// | 30.0  | 6.0               | 5.7%         | 24.0           | 24.05        | none    |
/// | 30.0  | 6.0               | 8.0%         | 24.0           | 22.05        | error   |
fn averaged_changes(i: usize, ind: &crate::model::Indicator, unit: &crate::unit::Unit, out: &mut Outcome) {
    // The changes over several years by their span, the first of each, so that each rate finds
    // its change by a binary search.
    let mut spans: Vec<((i32, i32), usize)> = Vec::new();
    for (k, c) in ind.changes.iter().enumerate() {
        if c.to - c.from > 1 && c.unit.compatible(unit) {
            spans.push(((c.from, c.to), k));
        }
    }
    if spans.is_empty() {
        return;
    }
    crate::order::sort(&mut spans);
    for r in &ind.rates {
        if r.years() <= 1 {
            continue;
        }
        let at = spans.partition_point(|s| s.0 < (r.from, r.to));
        let c = spans.get(at).filter(|s| s.0 == (r.from, r.to)).and_then(|s| ind.changes.get(s.1));
        let (Some(c), Some(l1)) = (c, ind.points_in(r.to).next()) else { continue };
        if ind.points_in(r.from).next().is_some() {
            continue;
        }
        rate_against_change(i, ind, unit, l1, r, c, out);
    }
}

/// Each change against the two levels it spans: in the indicator's unit ("比上年增加79.73万吨",
/// "比2015年增加200亿元"), or of a share or a rate in percentage points ("由30.2%提高到43.6%，
/// 提高13.4个百分点").
fn stated_changes(i: usize, ind: &crate::model::Indicator, unit: &crate::unit::Unit, out: &mut Outcome) {
    for c in &ind.changes {
        // Percentage points move a per cent, per-mille points (个千分点) a rate per thousand.
        let points = c.unit.kind == UnitKind::Points
            && matches!((c.unit.base, unit.kind), ("个百分点", UnitKind::Percent) | ("个千分点", UnitKind::Permille));
        let amount = c.unit.compatible(unit);
        let (Some(p0), Some(p1)) = (ind.points_in(c.from).next(), ind.points_in(c.to).next()) else { continue };
        if !(points || amount) || c.from >= c.to {
            continue;
        }
        let shift = if points { 0 } else { c.unit.shift_to(unit) };
        let d = c.figure.allowed_shifted(shift);
        let (l0, l1) = (p0.allowed(), p1.allowed());
        let diff = Interval::new(l1.lo - l0.hi, l1.hi - l0.lo);
        let spans = [p0.figure.span, p1.figure.span, c.figure.span];
        out.relation(&spans);
        if diff.meets(&d) {
            continue;
        }
        let message = CHANGE_MISMATCH.fill(&[
            &ind.name,
            &Year(c.from),
            &p0.figure.number.shift(p0.shift),
            &unit.text,
            &Year(c.to),
            &p1.figure.number.shift(p1.shift),
            &Fixed(diff.mid(), 2),
            &c.unit.text,
            &c.figure.number.shift(shift),
        ]);
        let severity = Severity::grade(diff.gap(&d), d.half_width());
        let numbers = [p0.figure.written(), p1.figure.written(), c.figure.written()];
        out.finding(Kind::Yoy, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
    }
}

/// Adds the note of a derived value: the level `l1` and the `other` figure at `span` give it.
fn derived(
    out: &mut Outcome,
    i: usize,
    l1: &crate::model::Point,
    other: f64,
    message: crate::messages::Message,
    span: crate::text::Span,
) {
    let spans = [l1.figure.span, span];
    out.finding(Kind::Yoy, Severity::Info, &[Ref::Indicator(i)], &[l1.figure.written(), other], message, &spans);
}
