//! `sum_vs_total` of growth: a total's growth against its parts' growth.
//!
//! A total that is the sum of its parts ([`crate::names::DECOMPOSITIONS`]) grows by the average
//! of its parts' growth, weighted by their levels the year before; so its rate lies between the
//! slowest and the fastest part's. It is checked when the total and every part state a rate
//! over the same years, on the same price basis, as results. So is a 其中 list whose parts add
//! up to its total: the sum shows that every part is listed ([`groups`]).
//!
//! | GDP     | 第一产业 | 第二产业 | 第三产业 | parts' range       | finding |
//! |---------|----------|----------|----------|--------------------|---------|
//! | 9.0%    | 3.5%     | 10.5%    | 8.6%     | 3.45%–10.55%       | none    |
//! | 11.3%   | 3.5%     | 10.5%    | 8.6%     | 3.45%–10.55%       | error   |
//! | 3.0%    | 3.5%     | 10.5%    | 8.6%     | 3.45%–10.55%       | error   |
//!
//! Where the parts' levels (or their shares in the year's structure) are stated too, the
//! total's growth is their growth weighted by what each was a year before (level ÷ (1 + growth)). The levels are in this year's prices and a
//! real rate weighs the parts at the base year's, so a slack grows with the parts' spread:
//!
//! | parts: level (growth)                 | implied | slack | stated | finding |
//! |---------------------------------------|---------|-------|--------|---------|
//! | 30.0 (4.0%), 120.0 (7.5%), 150.0 (5.3%) | 6.04%   | 0.58  | 6.0%   | none    |
//! | 30.0 (4.0%), 120.0 (7.5%), 150.0 (5.3%) | 6.04%   | 0.58  | 7.5%   | error   |
//! | 4.0 (3.0%), 24.0 (−17.0%), 12.0 (4.9%)  | −9.58%  | 2.05  | −8.7%  | none    |
//!
//! A year's growth splits the same way over its parts of the year ([`periods`]): a period's
//! growth is its sub-periods' weighted by what each was a year before, so it lies between them.
//!
//! | 前三季度 | 一季度 | 二季度 | 三季度 | finding |
//! |----------|--------|--------|--------|---------|
//! | 7.0%     | 4.0%   | 8.0%   | 10.0%  | none    |
//! | 14.0%    | 4.0%   | 8.0%   | 10.0%  | error   |

use super::{Fixed, Kind, Outcome, Ref, Severity};
use crate::facts::{PriceBasis, Status};
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Model, Rate};
use crate::names::DECOMPOSITIONS;
use crate::period::Part;

const OUTSIDE: Template = Template {
    zh: "{0}（{1}年）增长{2}%，但其各组成部分{3}的增速在{4}%至{5}%之间（在舍入精度内）：总量的增速是各部分增速的加权平均，应落在此区间内。",
    en: "{0} ({1}) grew {2}%, but its parts {3} grew between {4}% and {5}% (within their rounding): a total's growth is the weighted average of its parts', so it must lie in that range.",
};

/// Percentage points the growth the parts imply may stray from the total's, beyond rounding:
/// a fixed part, and a part per point between the slowest and the fastest part's growth. On 60
/// real decompositions the largest departure was 0.045 points per point of spread.
const WEIGHT_SLACK: f64 = 0.3;
const WEIGHT_SLACK_PER_POINT: f64 = 0.08;

/// The least share of the total a part has for its growth to count in the spread the price
/// weights' slack grows with.
const MIN_WEIGHT: f64 = 0.05;

/// The most structures of one year looked at for a decomposition's shares.
const STRUCTURES_A_YEAR: usize = 16;

const WEIGHTED: Template = Template {
    zh: "{0}（{1}年）增长{2}%，但按{3}的数值和增速推算，总量应增长{4}%–{5}%（已计入舍入，另容许{6}个百分点的价格权重差）。",
    en: "{0} ({1}) grew {2}%, but the levels and growth of {3} imply growth of {4}%–{5}% (within rounding, plus {6} points for differing price weights).",
};

const WEIGHTED_STEP: Template = Template {
    zh: "各部分上年数值 = 本年数值 ÷（1 + 增速），合计{0}；总量增速 = 本年合计{1} ÷ 上年合计 − 1。",
    en: "Each part a year before = its level ÷ (1 + its growth), together {0}; the total's growth = this year's sum {1} ÷ last year's − 1.",
};

/// The growth of a total implied by its parts, from their levels at the period's end and their
/// growth: what each part was a year before is its level ÷ (1 + its growth).
struct Weighted {
    implied: Interval,
    /// This year's sum of the parts and last year's, in the first part's unit.
    now: f64,
    before: f64,
    unit: String,
    spans: Vec<crate::text::Span>,
}

/// The parts' weights, each with the span of its figure, and the unit they are written in.
type Weights = (Vec<(f64, crate::text::Span)>, String);

/// The parts' weights at the period's end: their levels, else their shares in the structure
/// of that year ("三次产业结构为6.0:55.1:38.9"), with the spans of the figures and the unit.
fn weights(
    model: &Model,
    by_year: &[(i32, usize)],
    total: &crate::model::Indicator,
    dec: &crate::names::Decomposition,
    tr: &Rate,
    parts: &[(usize, &Rate)],
) -> Option<Weights> {
    let mut levels = Vec::with_capacity(parts.len());
    let mut shown: Option<&crate::unit::Unit> = None;
    let mut sum = Interval { lo: 0.0, hi: 0.0 };
    for &(pi, _) in parts {
        let part = &model.indicators[pi];
        let Some(unit) = part.unit.as_ref().filter(|u| u.kind == crate::unit::UnitKind::Amount) else { break };
        let Some(p) = part.points_in(tr.to).find(|p| result(p.status)) else { break };
        let shown = *shown.get_or_insert(unit);
        let k = 10f64.powi(unit.exp - shown.exp);
        levels.push((p.value() * k, p.figure.span));
        sum = sum.add(&p.allowed().scale(k));
    }
    if levels.len() == parts.len() {
        // Parts that do not add up to the total stated beside them are one error, which the sum
        // check reports; their weights would only report it again.
        let stated = total.unit.as_ref().zip(shown).filter(|(t, s)| t.base == s.base).and_then(|(t, s)| {
            let p = total.points_in(tr.to).find(|p| result(p.status))?;
            Some(p.allowed().scale(10f64.powi(t.exp - s.exp)))
        });
        if stated.is_some_and(|t| !t.meets(&sum)) {
            return None;
        }
        return Some((levels, shown.map_or_else(String::new, |u| u.text.clone())));
    }
    let of_dec =
        |key: &str| super::structure::sector_measure(key).is_some_and(|ms| ms.iter().any(|m| m.total == dec.total));
    // The structures of the year, a few at most: a text of many structures stays linear.
    let from = by_year.partition_point(|&(y, _)| y < tr.to);
    let mut found = None;
    for &(y, i) in by_year[from..].iter().take(STRUCTURES_A_YEAR) {
        if y != tr.to {
            break;
        }
        let st = &model.structures[i];
        if st.parts.len() == parts.len()
            && (&st.family.scope, st.family.part) == (&total.family.scope, total.family.part)
            && of_dec(&st.key)
        {
            found = Some(st);
            break;
        }
    }
    let st = found?;
    let mut shares = Vec::with_capacity(st.parts.len());
    for f in &st.parts {
        shares.push((f.written(), f.span));
    }
    Some((shares, "%".to_string()))
}

/// The growth over one year that the parts' `levels` at its end and their rates imply.
fn weighted(parts: &[(usize, &Rate)], levels: Vec<(f64, crate::text::Span)>, unit: String) -> Option<Weighted> {
    let (mut now, mut before_lo, mut before_hi) = (0.0, 0.0, 0.0);
    let mut spans = Vec::with_capacity(parts.len());
    for (&(_, r), &(v, span)) in parts.iter().zip(&levels) {
        let g = r.allowed();
        if v <= 0.0 || g.lo <= -100.0 {
            return None;
        }
        now += v;
        before_lo += v / (1.0 + g.hi / 100.0);
        before_hi += v / (1.0 + g.lo / 100.0);
        spans.push(span);
    }
    let implied = Interval::new((now / before_hi - 1.0) * 100.0, (now / before_lo - 1.0) * 100.0);
    Some(Weighted { implied, now, before: (before_lo + before_hi) / 2.0, unit, spans })
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    let mut by_year: Vec<(i32, usize)> = Vec::with_capacity(model.structures.len());
    for (i, st) in model.structures.iter().enumerate() {
        by_year.push((st.year, i));
    }
    crate::order::sort(&mut by_year);
    for dec in DECOMPOSITIONS {
        for (ti, total) in model.indicators.iter().enumerate().filter(|(_, t)| t.key == dec.total) {
            for tr in total.rates.iter().filter(|r| result(r.status)) {
                let sole = sole_nominal(total, tr);
                let Some(parts) = super::decomposed(model, dec, total, |i| like_rate(&i.rates, tr, sole)) else {
                    continue;
                };
                // "以美元计，进出口总额189.3亿美元，增长3.0%": a total in another currency than its
                // parts' grows by another rate.
                let other_unit = |pi: usize| match (&total.unit, &model.indicators[pi].unit) {
                    (Some(t), Some(p)) => !t.compatible(p),
                    _ => false,
                };
                if parts.iter().any(|&(pi, _)| other_unit(pi)) || misdated(model, total, tr.to, &parts) {
                    continue;
                }
                judge(model, ti, tr, &parts, &mut || weights(model, &by_year, total, dec, tr, &parts), out);
            }
        }
    }
}

/// Whether the parts' levels of `year` miss the total's level of their period but meet the
/// total's statistic at another period ([`super::meets_another`]): their rates are of that
/// period, which the sum check leaves untold too.
fn misdated(model: &Model, total: &crate::model::Indicator, year: i32, parts: &[(usize, &Rate)]) -> bool {
    let Some(unit) = total.unit.as_ref() else { return false };
    let Some(stated) = total.points_in(year).find(|p| result(p.status)) else { return false };
    let mut sum = Interval::point(0.0);
    for &(pi, _) in parts {
        let part = &model.indicators[pi];
        let Some(u) = part.unit.as_ref().filter(|u| u.compatible(unit)) else { return false };
        let Some(p) = part.points_in(year).find(|p| result(p.status)) else { return false };
        sum = sum.add(&super::allowed_at(p, u.exp, unit.exp));
    }
    !super::allowed_at(stated, unit.exp, unit.exp).meets(&sum)
        && super::meets_another(&super::other_periods(model, total), year, unit, &sum)
}

/// A rate over the same years as `tr` (of `total`), on the same price basis, as a result:
/// "按可比价格计算" stated once, for the total, holds for its parts too, so a basis left unstated
/// is taken for the real one. So does "同比增长4.4%（按现价计算）。其中，农业…增长2.0%" for the
/// nominal one, when the total states no other rate over those years (a GDP that grows 名义
/// 9.0% and 按可比价 6.0% has sectors that grow in real terms).
/// `sole` is [`sole_nominal`] of the total and `tr`, asked once per rate of the total.
fn same_basis(tr: &Rate, sole: bool) -> impl Fn(&&Rate) -> bool + '_ {
    let basis = |b: PriceBasis| if b == PriceBasis::Unstated { PriceBasis::Real } else { b };
    move |r: &&Rate| {
        let like = basis(r.basis) == basis(tr.basis) || sole && r.basis == PriceBasis::Unstated;
        (r.from, r.to) == (tr.from, tr.to) && like && result(r.status)
    }
}

/// A part's rate to set against the total's `tr`: one written on the same basis before one
/// taken for it ("同比增长4.00%，可比价增速3.0%" of a part, against a total's real rate, is 3.0%).
fn like_rate<'r>(rates: &'r [Rate], tr: &Rate, sole: bool) -> Option<&'r Rate> {
    let like = same_basis(tr, sole);
    let mut first = None;
    for r in rates.iter().filter(|r| like(r)) {
        if r.basis == tr.basis {
            return Some(r);
        }
        first = first.or(Some(r));
    }
    first
}

/// Whether `tr` is a nominal rate and the total's only rate over its years. A total stated more
/// than [`SOLE_REACH`] times is not asked (a repeated text would make every rate look through
/// all the others): its parts then keep the real basis.
fn sole_nominal(total: &crate::model::Indicator, tr: &Rate) -> bool {
    tr.basis == PriceBasis::Nominal
        && total.rates.len() <= SOLE_REACH
        && !total.rates.iter().any(|r| (r.from, r.to) == (tr.from, tr.to) && r.basis != PriceBasis::Nominal)
}

const SOLE_REACH: usize = 64;

/// Whether a rate of `ind` is at constant prices: stated so, or, unstated, the growth of value
/// added, which statistics always deflate ("地区生产总值…按可比价格计算"; 产值 at comparable prices
/// too). Sales, trade, revenue, investment and loans grow in current prices. The key is asked,
/// not the name as written, which may be in Traditional characters (地區生產總值).
pub(super) fn deflated(ind: &crate::model::Indicator, basis: PriceBasis) -> bool {
    match basis {
        PriceBasis::Real => true,
        PriceBasis::Nominal => false,
        // A sector's key is the sector alone ("第二产业增加值" → 第二产业): the names module
        // knows its growth is value added's.
        PriceBasis::Unstated => {
            crate::text::words!["GDP", "产值", "经济"].any_in(&ind.key)
                || crate::names::basis(&ind.key, "") == crate::names::Basis::Real
        }
    }
}

/// A result, or an estimate of one ("初步预计，…增长9.0%。其中，…"): the year's figures as the
/// text reports them, not a target.
fn result(status: Status) -> bool {
    matches!(status, Status::Actual | Status::Estimate)
}

/// Sets the total's rate `tr` (of indicator `ti`) against its parts' rates: outside their range
/// it is an error; within it, and over one year, against the growth the parts' weights at the
/// period's end (`levels`, looked for only then) imply. `levels` is a `dyn` so that both callers
/// share one copy of this function.
fn judge(
    model: &Model,
    ti: usize,
    tr: &Rate,
    parts: &[(usize, &Rate)],
    levels: &mut dyn FnMut() -> Option<Weights>,
    out: &mut Outcome,
) {
    let total = &model.indicators[ti];
    let mut spans: Vec<crate::text::Span> = Vec::with_capacity(parts.len() + 1);
    let mut names: Vec<&str> = Vec::with_capacity(parts.len());
    for &(pi, r) in parts {
        spans.push(r.figure.span);
        names.push(&model.indicators[pi].name);
    }
    spans.push(tr.figure.span);
    out.relation(&spans);
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (_, r) in parts {
        let a = r.allowed();
        lo = lo.min(a.lo);
        hi = hi.max(a.hi);
    }
    let range = Interval { lo, hi };
    let t = tr.allowed();
    let names = || crate::text::join(&names, "、");
    let (message, severity, explanation) = if !range.meets(&t) {
        let message = OUTSIDE.fill(&[
            &total.name,
            &Year(tr.to),
            &tr.figure.number,
            &names(),
            &Fixed(range.lo, 2),
            &Fixed(range.hi, 2),
        ]);
        (message, Severity::grade(range.gap(&t), t.half_width()), Vec::new())
    } else {
        if tr.years() != 1 {
            return;
        }
        let Some((levels, unit)) = levels() else { return };
        // The spread of the growth of the parts that weigh: a part of a few hundredths of the
        // total moves the average little, whatever its growth ("林业产值0.08亿元，下降45.0%").
        let sum: f64 = levels.iter().map(|&(v, _)| v).sum();
        let (mut wlo, mut whi) = (f64::INFINITY, f64::NEG_INFINITY);
        for (&(_, r), &(v, _)) in parts.iter().zip(&levels) {
            if v >= MIN_WEIGHT * sum {
                let a = r.allowed();
                wlo = wlo.min(a.lo);
                whi = whi.max(a.hi);
            }
        }
        let spread = if whi >= wlo { whi - wlo } else { hi - lo };
        let Some(w) = weighted(parts, levels, unit) else { return };
        // The parts' levels are in this year's prices while a real rate weighs them at the base
        // year's: the more the parts' growth differs, the more a shift in their relative prices
        // moves the average. A total in current prices (exports, sales, revenue) or in things
        // counted adds up as its parts do, and keeps only the fixed slack.
        let slack =
            if deflated(total, tr.basis) { WEIGHT_SLACK + WEIGHT_SLACK_PER_POINT * spread } else { WEIGHT_SLACK };
        let allowed = w.implied.widen(slack);
        if allowed.meets(&t) {
            return;
        }
        let message = WEIGHTED.fill(&[
            &total.name,
            &Year(tr.to),
            &tr.figure.number,
            &names(),
            &Fixed(w.implied.lo, 2),
            &Fixed(w.implied.hi, 2),
            &Fixed(slack, 1),
        ]);
        let sum = |x: f64| crate::text::cat(&[&super::fixed(x, 2), &w.unit]);
        let step = WEIGHTED_STEP.fill(&[&sum(w.before), &sum(w.now)]);
        spans.extend_from_slice(&w.spans);
        (message, Severity::grade(allowed.gap(&t), slack), vec![step])
    };
    let mut refs = vec![Ref::Indicator(ti)];
    let mut numbers = Vec::with_capacity(parts.len() + 1);
    for &(pi, r) in parts {
        refs.push(Ref::Indicator(pi));
        numbers.push(r.figure.written());
    }
    numbers.push(tr.figure.written());
    // "同比增长4.4%（按现价计算）。其中，农业…增长2.1%": parts that state no basis are taken at
    // the total's current prices, which they may not be: a warning at most, saying so.
    let inherited = tr.basis == PriceBasis::Nominal && parts.iter().any(|(_, r)| r.basis == PriceBasis::Unstated);
    let (mut message, mut severity) = (message, severity);
    if inherited {
        message.append(&BASIS_ASSUMED.fill(&[]));
        severity = severity.min(Severity::Warning);
    }
    let finding = out.finding(Kind::SumVsTotal, severity, &refs, &numbers, message, &spans);
    finding.explanation = explanation;
}

const BASIS_ASSUMED: Template = Template {
    zh: "各组成部分的增速未注明计价口径，按总量所注的现价计算；若为可比价，差距可能来自价格变动。",
    en: "The parts' growth does not say its price basis and is taken at current prices, as the total's; at comparable prices the gap may be a price effect.",
};

/// A 其中 list whose parts add up to its total ("粮食产量12000吨，增长3.0%，其中，夏粮2000吨，
/// 增长1.0%；秋粮10000吨，下降0.5%") lists every part, as the sum shows: the total grows by their
/// growth weighted by their levels, as a decomposition's does. Totals that are decompositions
/// are checked by [`check`], and a list that falls short of its total names only some parts.
///
/// It runs after the other checks: a part or a total whose own growth an alarm already disputes
/// (its level, growth and change do not agree) would make a second alarm about one wrong
/// figure, and the list is not judged.
pub(super) fn groups(model: &Model, out: &mut Outcome) {
    let mut disputed: Vec<usize> = Vec::new();
    for f in out.findings.iter().filter(|f| f.severity != Severity::Info) {
        for s in &f.spans {
            disputed.push(s.start);
        }
    }
    crate::order::sort(&mut disputed);
    // The indicator of each level stated, by the start of its figure.
    let mut at: Vec<(usize, usize)> = Vec::new();
    for (i, ind) in model.indicators.iter().enumerate() {
        for p in &ind.points {
            at.push((p.figure.span.start, i));
        }
    }
    crate::order::sort(&mut at);
    let of = |span: crate::text::Span| at.binary_search_by_key(&span.start, |&(s, _)| s).ok().map(|k| at[k].1);
    for g in &model.groups {
        let tu = &g.total.unit;
        if g.parts.len() < 2 || tu.kind != crate::unit::UnitKind::Amount {
            continue;
        }
        let (stated, sum) = super::padded_group_sums(g);
        let Some(ti) = of(g.total.figure.span).filter(|_| sum.meets(&stated)) else { continue };
        let total = &model.indicators[ti];
        // A decomposition the names know is judged by `check`; a list of other parts of the
        // same total ("县城…，县以下…" of retail sales) is judged here.
        // Only when the parts are of the total's place: "青山区辖区地区生产总值…，其中，一、二、
        // 三产业增加值…" names the parts without the place, and `check` would not find them.
        let known = |d: &crate::names::Decomposition| {
            d.total == total.key
                && g.parts.iter().all(|p| {
                    of(p.figure.span).is_some_and(|pi| {
                        let part = &model.indicators[pi];
                        part.family.scope == total.family.scope && d.parts.iter().any(|keys| keys.contains(&part.key))
                    })
                })
        };
        if DECOMPOSITIONS.iter().any(known) {
            continue;
        }
        let yoy =
            |i: usize| model.indicators[i].rates.iter().find(|r| r.to == g.year && r.years() == 1 && result(r.status));
        let is_disputed = |r: &Rate| disputed.binary_search(&r.figure.span.start).is_ok();
        let Some(tr) = yoy(ti).filter(|r| !is_disputed(r)) else { continue };
        let sole = sole_nominal(&model.indicators[ti], tr);
        let mut parts = Vec::with_capacity(g.parts.len());
        let mut levels = Vec::with_capacity(g.parts.len());
        for p in &g.parts {
            let Some(r) = of(p.figure.span).filter(|&pi| pi != ti).and_then(|pi| yoy(pi).map(|r| (pi, r))) else {
                break;
            };
            if is_disputed(r.1) || !same_basis(tr, sole)(&r.1) || p.unit.kind != crate::unit::UnitKind::Amount {
                break;
            }
            parts.push(r);
            levels.push((p.figure.number.shift(p.unit.shift_to(tu)).to_f64(), p.figure.span));
        }
        if parts.len() == g.parts.len() {
            let before = out.findings.len();
            judge(model, ti, tr, &parts, &mut || Some((std::mem::take(&mut levels), tu.text.clone())), out);
            // A total split twice ("分城乡看…；分行业看…") is disputed once.
            if out.findings[before..].iter().any(|f| f.severity != Severity::Info) {
                let at = tr.figure.span.start;
                disputed.insert(disputed.partition_point(|&d| d < at), at);
            }
        }
    }
}

/// The ways a period splits into periods that do not overlap: the whole year into its halves
/// or quarters, the first three quarters into the first and the next two (months 1–n into
/// months 1–(n−1) and month n is made in [`periods`]).
const SPLITS: &[(Part, &[Part])] = {
    use Part::{Half, Quarter, Quarters, Year};
    &[
        (Year, &[Half(1), Half(2)]),
        (Year, &[Quarters(1), Quarter(2), Quarter(3), Quarter(4)]),
        (Year, &[Quarters(3), Quarter(4)]),
        (Year, &[Half(1), Quarter(3), Quarter(4)]),
        (Quarters(3), &[Quarters(1), Quarter(2), Quarter(3)]),
        (Quarters(3), &[Half(1), Quarter(3)]),
        (Half(1), &[Quarters(1), Quarter(2)]),
    ]
};

/// A flow's growth over a period against its growth over the periods it splits into ("前三季度
/// 增长7.0%，其中一季度增长4.0%，二季度增长8.0%，三季度增长10.0%"): the period's growth is
/// theirs weighted by what each was a year before, so it lies between the slowest and the
/// fastest. The indicators of one statistic in different periods share their key, scope and
/// parent; a stock at a period's end (余额, 存栏) does not add up over periods and is left alone.
pub(super) fn periods(model: &Model, out: &mut Outcome) {
    const STOCKS: crate::text::List =
        crate::text::words!["余额", "存栏", "存量", "人口", "年末", "期末", "月末", "库存"];
    // Indicators by statistic, then by part, so that a statistic's periods are neighbours.
    let mut by_stat: Vec<(&str, &str, &str, Part, usize)> = Vec::new();
    for (i, ind) in model.indicators.iter().enumerate() {
        if !STOCKS.any_in(&ind.key) && ind.rates.iter().any(|r| r.years() == 1) {
            let f = &ind.family;
            by_stat.push((&ind.key, &f.scope, &f.parent, f.part, i));
        }
    }
    crate::order::sort(&mut by_stat);
    for stat in by_stat.chunk_by(|a, b| (a.0, a.1, a.2) == (b.0, b.1, b.2)) {
        // A period and at least two it splits into.
        if stat.len() < 3 {
            continue;
        }
        for &(_, _, _, whole, ti) in stat {
            for (w, split) in SPLITS {
                if *w == whole {
                    against_split(model, stat, ti, split, out);
                }
            }
            if let Part::Months(n) = whole {
                if n >= 3 {
                    against_split(model, stat, ti, &[Part::Months(n - 1), Part::Month(n)], out);
                }
            }
        }
    }
}

/// [`periods`] for one way `split` of the period of indicator `ti`: each of the indicator's
/// yearly growths against the same growths of `stat`'s indicators of the periods in `split`,
/// when each has one. A function of its own: the table's splits and the months' share it.
fn against_split(
    model: &Model,
    stat: &[(&str, &str, &str, Part, usize)],
    ti: usize,
    split: &[Part],
    out: &mut Outcome,
) {
    for tr in model.indicators[ti].rates.iter().filter(|r| r.years() == 1 && result(r.status)) {
        let sole = sole_nominal(&model.indicators[ti], tr);
        let mut parts = Vec::with_capacity(split.len());
        for &p in split {
            let Some(&(.., i)) = stat.iter().find(|x| x.3 == p) else { break };
            let Some(r) = like_rate(&model.indicators[i].rates, tr, sole) else { break };
            parts.push((i, r));
        }
        if parts.len() == split.len() {
            judge(model, ti, tr, &parts, &mut || None, out);
        }
    }
}
