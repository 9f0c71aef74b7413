//! `rate_vs_endpoints`: a stated annual rate against the base and target it connects.
//!
//! The endpoints allow an interval of implied rates, [(T.lo / B.hi)^(1/n) − 1, (T.hi / B.lo)^(1/n)
//! − 1]; the statement is consistent when that interval meets the stated rate's interval.
//!
//! For value added (生产总值, 增加值, the sectors) plans state growth at comparable prices and
//! levels at current prices, so a gap is usually a price effect: the finding says so, gives the
//! average price rise (deflator) the gap implies, and is `info` when that deflator is plausible
//! (−2% to +6% a year), `warning` otherwise. When several value-added indicators show such a
//! gap, one summary finding says it once. For every other indicator the gap is a genuine
//! inconsistency: `warning` within one more rounding unit of the rate, `error` beyond.
//!
//! | indicator | base (2010) | target (2015) | stated | implied (within rounding) | finding       |
//! |-----------|-------------|---------------|--------|---------------------------|---------------|
//! | 生产总值   | 47.6        | 143           | 24.6%  | 24.49%–24.72%             | none          |
//! | 第一产业   | 0.4         | 0.58          | 9.9%   | 5.0%–10.8%                | none          |
//! | 工业增加值 | 13.9        | 45.7          | 26.7%  | 26.76%–27.0%              | info (prices) |
//! | 财政收入   | 3.7         | 10            | 40%    | 20.4%–23.5%               | error         |

use super::{dp_for, Fixed, Kind, Outcome, Range, Ref, Severity, SuggestedValue, Suggestion};
use crate::facts::{Diagnostic, PriceBasis, Status};
use crate::figure::Bound;
use crate::growth;
use crate::interval::Interval;
use crate::messages::{Message, Template, Year};
use crate::model::{Indicator, Model, Point, Rate};
use crate::names::{self, Basis};

const MISMATCH: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}，隐含年均增长{6}%（在数字的舍入精度内为{7}%–{8}%）；按所述年均{9}%计算，{4}年应为{10}{3}，比{5}{3}{11}{12}%。",
    en: "{0}: the endpoints {2}{3} ({1}) and {5}{3} ({4}) imply {6}% a year ({7}%–{8}% within their rounding); at the stated {9}% the {4} value would be {10}{3}, {12}% {13} {5}{3}.",
};

/// As [`MISMATCH`], for a rate over one year ("同比增长"), which is not an average.
const MISMATCH_ONE_YEAR: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}，隐含增长{6}%（在数字的舍入精度内为{7}%–{8}%）；按所述增长{9}%计算，{4}年应为{10}{3}，比{5}{3}{11}{12}%。",
    en: "{0}: {2}{3} ({1}) and {5}{3} ({4}) imply growth of {6}% ({7}%–{8}% within their rounding); at the stated {9}% the {4} value would be {10}{3}, {12}% {13} {5}{3}.",
};

const PRICE_EFFECT: Template = Template {
    zh: "但{0}的增速通常按可比价计算，而{2}年{3}{4}和{5}年{6}{4}是现价；年均{1}%与两端点之差相当于年均价格变动{7}%（{8}%–{9}%），{10}。",
    en: "But {0} growth is usually stated at comparable prices, while {3}{4} ({2}) and {6}{4} ({5}) are current prices; the gap to the stated {1}% amounts to an average price change of {7}% a year ({8}%–{9}%), {11}.",
};

/// As [`PRICE_EFFECT`], for a rate the text itself calls real ("年均实际增长").
const STATED_REAL: Template = Template {
    zh: "但所述年均{1}%是{0}的实际增速（扣除价格因素），而{2}年{3}{4}和{5}年{6}{4}是现价；两者之差相当于年均价格变动{7}%（{8}%–{9}%），{10}。",
    en: "But the stated {1}% is the real growth of {0} (price changes removed), while {3}{4} ({2}) and {6}{4} ({5}) are current prices; the gap amounts to an average price change of {7}% a year ({8}%–{9}%), {11}.",
};

const UNNAMED_BASIS: Template = Template {
    zh: "但文中未说明{0}的增速是名义增速还是扣除价格因素的实际增速；若年均{1}%是实际增速，而{2}年{3}{4}和{5}年{6}{4}是现价，两者之差相当于年均价格变动{7}%（{8}%–{9}%），{10}。",
    en: "But the text does not say whether {0} grew {1}% in nominal or in real terms (price changes removed); if real, while {3}{4} ({2}) and {6}{4} ({5}) are current prices, the gap amounts to an average price change of {7}% a year ({8}%–{9}%), {11}.",
};

const PLAUSIBLE_ZH: &str = "属于正常的价格因素";
const PLAUSIBLE_EN: &str = "a plausible price effect";
const IMPLAUSIBLE_ZH: &str = "超出常见的价格变动范围（−2%至6%），需要核实";
const IMPLAUSIBLE_EN: &str = "outside the usual range of price change (−2% to 6%), worth checking";

const SUMMARY: Template = Template {
    zh: "{0}个按可比价计算增速的指标（{1}）的现价水平都比增速隐含的更高，平均年价格变动约{2}%：这是价格因素，不是计算错误。",
    en: "{0} indicators whose growth is at comparable prices ({1}) all have current-price levels above what their rates imply, by about {2}% a year in prices: a price effect, not an arithmetic error.",
};

const NEAREST: Template = Template {
    zh: "与其余数字一致的最接近取值：年均增长{0}%，或{1}年目标{2}{3}。",
    en: "Nearest consistent values: a rate of {0}% a year, or a {1} target of {2}{3}.",
};

const STEP_STATED: Template = Template {
    zh: "所述：{0}年{1}{2}（舍入区间 {3}），{4}年{5}{2}（{6}），年均增长{7}%（{8}），共{9}年。",
    en: "Stated: {1}{2} in {0} (rounding allows {3}), {5}{2} in {4} ({6}), {7}% a year ({8}), over {9} years.",
};

const STEP_IMPLIED: Template = Template {
    zh: "两端点隐含的年均增长率 = (目标 ÷ 基数)^(1/{0}) − 1 = {1}%。",
    en: "Rate the endpoints imply = (target ÷ base)^(1/{0}) − 1 = {1}%.",
};

const STEP_PROJECTED: Template = Template {
    zh: "按所述增速推算：基数 × (1 + 增速)^{0} = {1}{2}，目标为 {3}{2}。",
    en: "At the stated rate: base × (1 + rate)^{0} = {1}{2}, against a target of {3}{2}.",
};

const STEP_GAP: Template = Template {
    zh: "差距：增速相差 {0} 个百分点；两组区间不相交。",
    en: "Gap: {0} percentage points between the rates; the intervals do not meet.",
};

const STEP_DEFLATOR: Template = Template {
    zh: "隐含价格变动 = (1 + 隐含增速) ÷ (1 + 所述增速) − 1 = {0}%。",
    en: "Implied price change = (1 + implied rate) ÷ (1 + stated rate) − 1 = {0}%.",
};

const NONPOSITIVE: Template = crate::messages::NONPOSITIVE_VALUE;

/// The range of average price change a year that counts as an ordinary price effect, and the
/// words (zh, en) that say a change is outside it.
pub(super) struct PriceRange {
    lo: f64,
    hi: f64,
    zh: &'static str,
    en: &'static str,
}

/// The economy's aggregates (地区生产总值, 第三产业, investment, incomes) on average over
/// several years.
const AGGREGATE_PRICES: PriceRange = PriceRange { lo: -2.0, hi: 6.0, zh: IMPLAUSIBLE_ZH, en: IMPLAUSIBLE_EN };

/// The same in one year, when a province's deflator can swing further (a coal province's GDP
/// deflator fell about 4.6% in 2023).
const AGGREGATE_YEAR_PRICES: PriceRange = PriceRange {
    lo: -5.0,
    hi: 8.0,
    zh: "超出一年内常见的价格变动范围（−5%至8%），需要核实",
    en: "outside the usual range of price change in a year (−5% to 8%), worth checking",
};

/// Producers' output (industry, mining, farming; [`names::PRODUCER_OUTPUT`]) over one year, whose
/// prices swing further: the national PPI moved from −5.4% (2009) to +8.1% (2021) in a year,
/// and a province's further. Over several years the swings even out to the aggregates' range.
const PRODUCER_PRICES: PriceRange = PriceRange {
    lo: -10.0,
    hi: 20.0,
    zh: "超出生产者价格常见的变动范围（−10%至20%），需要核实",
    en: "outside the usual range of producer price change (−10% to 20%), worth checking",
};

/// The price range of the statistic under `key` over `years`: producer prices swing within a
/// year and even out over several.
pub(super) fn price_range(key: &str, years: i32) -> &'static PriceRange {
    match (years, names::PRODUCER_OUTPUT.any_in(key)) {
        (1, true) => &PRODUCER_PRICES,
        (1, false) => &AGGREGATE_YEAR_PRICES,
        _ => &AGGREGATE_PRICES,
    }
}

/// Whether some average yearly price change within `d` (per cent, on intervals) is an ordinary
/// price effect for the statistic under `key` over `years`.
pub(super) fn plausible_prices(d: &Interval, key: &str, years: i32) -> bool {
    let range = price_range(key, years);
    d.meets(&Interval::new(range.lo, range.hi))
}

/// Whether an average yearly price change of `d` per cent is an ordinary price effect for the
/// statistic under `key` over `years`, with the words (zh, en) that say so; `rate` and
/// `multiple` word their price notes with them.
pub(super) fn price_effect(d: f64, key: &str, years: i32) -> (bool, &'static str, &'static str) {
    let range = price_range(key, years);
    if (range.lo..=range.hi).contains(&d) {
        (true, PLAUSIBLE_ZH, PLAUSIBLE_EN)
    } else {
        (false, range.zh, range.en)
    }
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    let mut price_effects: Vec<(usize, f64)> = Vec::new();
    for (i, ind) in model.indicators.iter().enumerate() {
        if !ind.compounds() {
            continue;
        }
        for rate in &ind.rates {
            // "增长8%，达到1389.3亿元，力争增长10%": a stretch goal's rate leads to its own
            // level, never to the baseline goal's, and beside one the baseline rate leads to
            // the baseline level. With no stretch rate, 力争 may mark the only goal ("年均增长
            // 24.7%，力争达2600万吨"), and the rate leads to the year's first level.
            let stretch = |p: &&Point| p.status == Status::Stretch;
            let span = (rate.from, rate.to);
            let target = if rate.status == Status::Stretch {
                ind.points_in(rate.to).find(stretch)
            } else if ind.rates.iter().any(|r| r.status == Status::Stretch && (r.from, r.to) == span) {
                ind.points_in(rate.to).find(|p| !stretch(p))
            } else {
                ind.points_in(rate.to).next()
            };
            let (Some(base), Some(target)) = (ind.points_in(rate.from).next(), target) else {
                continue;
            };
            if let Some(d) = check_one(i, ind, base, target, rate, out) {
                price_effects.push((i, d));
            }
        }
    }
    if price_effects.len() >= 2 {
        // One loop rather than three iterator chains (each its own copy in the wasm); the sum
        // starts at -0.0, as `Iterator::sum` does.
        let mut names: Vec<&str> = Vec::with_capacity(price_effects.len());
        let mut refs = Vec::with_capacity(price_effects.len());
        let mut total = -0.0;
        for &(i, d) in &price_effects {
            names.push(model.indicators[i].name.as_str());
            refs.push(Ref::Indicator(i));
            total += d;
        }
        let mean = total / price_effects.len() as f64;
        let message = SUMMARY.fill(&[&price_effects.len(), &crate::text::join(&names, "、"), &Fixed(mean, 1)]);
        out.finding(Kind::RateVsEndpoints, Severity::Info, &refs, &[], message, &[]);
    }
}

/// The arithmetic sentence: what the endpoints imply and where the stated rate leads.
#[allow(clippy::too_many_arguments)]
fn mismatch(
    ind: &Indicator,
    base: &Point,
    target: &Point,
    rate: &Rate,
    implied: Interval,
    implied_mid: f64,
    projected: f64,
    gap_pct: f64,
) -> Message {
    let (zh_dir, en_dir) = if gap_pct < 0.0 { ("低", "below") } else { ("高", "above") };
    let level_dp = dp_for(target.figure.number.exp + target.shift);
    let rate_dp = (-rate.figure.number.exp).max(1) as usize;
    let template = if rate.years() == 1 { &MISMATCH_ONE_YEAR } else { &MISMATCH };
    template.fill(&[
        &ind.name,
        &Year(base.year),
        &base.figure.number.shift(base.shift),
        &ind.unit_text(),
        &Year(target.year),
        &target.figure.number.shift(target.shift),
        &Fixed(implied_mid, rate_dp),
        &Fixed(implied.lo, 2),
        &Fixed(implied.hi, 2),
        &rate.figure.number,
        &Fixed(projected, level_dp),
        &zh_dir,
        &Fixed(gap_pct.abs(), 1),
        &en_dir,
    ])
}

/// Checks one rate against its endpoints (a relation evaluated), adding a finding where they
/// disagree; returns the implied deflator when the gap reads as a price effect.
fn check_one(i: usize, ind: &Indicator, base: &Point, target: &Point, rate: &Rate, out: &mut Outcome) -> Option<f64> {
    let spans = [base.figure.span, target.figure.span, rate.figure.span];
    out.relation(&spans);
    let n = rate.years();
    let (b, t, r) = (base.allowed(), target.allowed(), rate.allowed());
    if !b.is_positive() || !t.is_positive() {
        let bad = if b.is_positive() { target } else { base };
        out.diagnostics.push(Diagnostic {
            code: "nonpositive_value",
            span: bad.figure.span,
            message: NONPOSITIVE.fill(&[&ind.name, &bad.figure.number]),
        });
        return None;
    }
    let implied = growth::implied_rate(&b, &t, n)?;
    let reach = growth::project(&b, &r, n)?;
    if implied.meets(&r) {
        return None;
    }
    let (bv, tv, rv) = (base.value(), target.value(), rate.percent());
    let implied_mid = growth::implied_rate(&Interval::point(bv), &Interval::point(tv), n)?.mid();
    let projected = bv * (1.0 + rv / 100.0).powi(n);
    let gap_pct = (projected - tv) / tv * 100.0;
    let unit = ind.unit_text();
    let level_dp = dp_for(target.figure.number.exp + target.shift);
    let shown_base = base.figure.number.shift(base.shift);
    let shown_target = target.figure.number.shift(target.shift);

    let mut explanation = vec![
        STEP_STATED.fill(&[
            &Year(base.year),
            &shown_base,
            &unit,
            &Range(&b, level_dp),
            &Year(target.year),
            &shown_target,
            &Range(&t, level_dp),
            &rate.figure.number,
            &Range(&r, 2),
            &n,
        ]),
        STEP_IMPLIED.fill(&[&n, &Range(&implied, 2)]),
        STEP_PROJECTED.fill(&[&n, &Range(&reach, level_dp), &unit, &Range(&t, level_dp)]),
        STEP_GAP.fill(&[&Fixed(implied.gap(&r), 2)]),
    ];
    let nearest_rate = implied.nearest(rv);
    let nearest_target = reach.nearest(tv);
    let suggestion = Suggestion {
        message: NEAREST.fill(&[&Fixed(nearest_rate, 2), &Year(target.year), &Fixed(nearest_target, level_dp), &unit]),
        values: vec![
            SuggestedValue { field: "rate", year: Some(rate.to), value: nearest_rate, unit: "%".into() },
            SuggestedValue { field: "target", year: Some(target.year), value: nearest_target, unit: unit.into() },
        ],
    };

    // A rate stated as real ("年均实际增长", "扣除价格因素") is at constant prices whatever it
    // measures; levels are at current prices, so the gap is read as a price effect.
    let basis = match rate.basis {
        PriceBasis::Real => Basis::Real,
        PriceBasis::Nominal => Basis::Nominal,
        PriceBasis::Unstated => ind.unit.as_ref().map_or(Basis::Unknown, |u| names::basis(&ind.key, u.base)),
    };
    // (1 + implied) / (1 + stated) − 1, on intervals: the extremes pair opposite ends.
    let d = Interval::new(
        ((1.0 + implied.lo / 100.0) / (1.0 + r.hi / 100.0) - 1.0) * 100.0,
        ((1.0 + implied.hi / 100.0) / (1.0 + r.lo / 100.0) - 1.0) * 100.0,
    );
    let d_mid = ((1.0 + implied_mid / 100.0) / (1.0 + rv / 100.0) - 1.0) * 100.0;
    // A rate that may be either is read as real only when prices rose by an ordinary amount
    // between the levels; one above the levels' growth is no price effect.
    let real = basis == Basis::Real || basis == Basis::Either && (0.0..=AGGREGATE_PRICES.hi).contains(&d_mid);
    let (message, severity, deflator) = if real {
        let (plausible, zh_note, en_note) = price_effect(d_mid, &ind.key, rate.to - rate.from);
        explanation.push(STEP_DEFLATOR.fill(&[&Range(&d, 2)]));
        let arithmetic = mismatch(ind, base, target, rate, implied, implied_mid, projected, gap_pct);
        let template = match (rate.basis, basis) {
            (PriceBasis::Real, _) => STATED_REAL,
            (_, Basis::Either) => UNNAMED_BASIS,
            _ => PRICE_EFFECT,
        };
        let price = template.fill(&[
            &ind.name,
            &rate.figure.number,
            &Year(base.year),
            &shown_base,
            &unit,
            &Year(target.year),
            &shown_target,
            &Fixed(d_mid, 2),
            &Fixed(d.lo, 2),
            &Fixed(d.hi, 2),
            &zh_note,
            &en_note,
        ]);
        let mut message = arithmetic;
        message.append(&price);
        // Only value added joins the summary of price effects.
        let deflator = plausible && basis == Basis::Real;
        (message, if plausible { Severity::Info } else { Severity::Warning }, deflator.then_some(d_mid))
    } else {
        let message = mismatch(ind, base, target, rate, implied, implied_mid, projected, gap_pct);
        (message, Severity::grade(implied.gap(&r), r.half_width()), None)
    };
    // A bound word on the target or the rate (突破, 以上, 左右) that the arithmetic still
    // contradicts is a misused approximation word rather than a plain slip.
    let worded = target.figure.bound != Bound::Eq || rate.figure.bound != Bound::Eq;
    let kind = if worded && deflator.is_none() && !real { Kind::ApproxWord } else { Kind::RateVsEndpoints };
    let numbers = [base.figure.written(), target.figure.written(), rate.figure.written()];
    let finding = out.finding(kind, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
    finding.explanation = explanation;
    finding.suggestion = Some(suggestion);
    deflator
}
