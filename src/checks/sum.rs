//! `sum_vs_total`: the parts of a documented decomposition against their total, year by year.
//!
//! The decompositions are listed in [`crate::names::DECOMPOSITIONS`]: 生产总值 = 第一产业 +
//! 第二产业 + 第三产业 (服务业 standing in for 第三产业), 固定资产投资 = the three sectors'
//! investment, and 第二产业 = 工业 + 建筑业. A year is
//! checked only when the total and every part are stated for it, in convertible units.
//!
//! | year | parts                    | total | sum allowed       | finding |
//! |------|--------------------------|-------|-------------------|---------|
//! | 2015 | 0.58 + 54.7 + 88.72       | 143   | [143.94, 144.06]   | warning |
//! | 2015 | 0.58 + 53.7 + 88.72       | 143   | [142.94, 143.06]   | none    |
//! | 2015 | 0.58 + 40 + 88.72         | 143   | [128.79, 129.81]   | error   |
//!
//! The parts' changes over the same years add up to the total's change ([`changes`]). A part
//! whose siblings texts seldom state ([`crate::names::BOUNDS`]: 一般公共预算收入 of 财政总收入)
//! must not exceed its whole ([`bounds`]).
//!
//! It also checks the components a plan lists itself: after "其中" the parts are some of the
//! total's components and must not exceed it; with "其余" (the rest) among them they must add up
//! to it exactly, as in "30个项目中，续建12个、新建8个，其余10个".
//!
//! | total | parts                    | exhaustive | finding |
//! |-------|--------------------------|------------|---------|
//! | 30个   | 12 + 8 + 其余10           | yes        | none    |
//! | 30个   | 12 + 8 + 其余12           | yes        | error   |
//! | 68个   | 其中 续建40, 新建20        | no         | none    |
//! | 68个   | 其中 续建50, 新建30        | no         | error   |

use super::{allowed_at, meets_another, other_periods, Fixed, Kind, Outcome, Range, Ref, Severity, Suggestion};
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Family, Model, Point};
use crate::names::DECOMPOSITIONS;

const MISMATCH: Template = Template {
    zh: "{0}年{1}合计{2}{3}（在舍入精度内为{4}–{5}），而{6}为{7}{3}，相差{8}%。",
    en: "In {0} the parts {1} add up to {2}{3} ({4}–{5} within their rounding), but {6} is stated as {7}{3}, {8}% apart.",
};

const GROUP_EXCEEDS: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，但其中列出的{4}合计已达{5}{3}，超过总数。",
    en: "{0} ({1}) is {2}{3}, but the components listed under it ({4}) already add up to {5}{3}, more than the total.",
};

const GROUP_SUM: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，而各组成部分{4}合计为{5}{3}（{6}），两者不符。",
    en: "{0} ({1}) is {2}{3}, but its parts {4} add up to {5}{3} ({6}).",
};

const CHANGES: Template = Template {
    zh: "{0}比{1}年变化{2}{3}，而各组成部分{4}的变化合计为{5}{3}（在舍入精度内为{6}），两者不符。",
    en: "{0} changed by {2}{3} since {1}, but its parts {4} changed by {5}{3} together ({6} within their rounding).",
};

const GAP_SUM: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，而{4}相加为{5}{3}（{6}），两者不符。",
    en: "{0} ({1}) is {2}{3}, but {4} add up to {5}{3} ({6}): the other growth and the gap stated.",
};

const BALANCE: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，而{4}相加为{5}{3}（{6}）：贸易差额应等于出口与进口之差。",
    en:
        "{0} ({1}) is {2}{3}, but {4} add up to {5}{3} ({6}): a trade balance is the difference of exports and imports.",
};

const OUTSIDE_PARTS: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，但它是{4}按人数加权的平均数，应在{5}{3}至{6}{3}之间（在舍入精度内）。",
    en: "{0} ({1}) is stated as {2}{3}, but it is the average of {4} weighted by their people, so it must lie between {5}{3} and {6}{3} (within their rounding).",
};

const NEAREST: Template = Template {
    zh: "与各部分一致的最接近总量：{0}{1}。",
    en: "Nearest total consistent with the parts: {0}{1}.",
};

/// The spans of a group's parts, in the group's order.
fn part_spans(g: &crate::facts::Group) -> Vec<crate::text::Span> {
    let mut spans = Vec::with_capacity(g.parts.len() + 1);
    for p in &g.parts {
        spans.push(p.figure.span);
    }
    spans
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    groups(model, out);
    changes(model, out);
    bounds(model, out);
    averages(model, out);
    // A decomposition the text listed itself ("其中…") was checked as a group: once is enough,
    // whichever statement of the total (prose, or a table restating it) the group was under.
    // A list after 其中 was checked as at most its total: a decomposition of the same parts
    // adds only what that left open, that they fall short.
    let mut listed: Vec<(Vec<crate::text::Span>, bool)> = Vec::with_capacity(model.groups.len());
    for g in &model.groups {
        let mut spans = part_spans(g);
        crate::order::sort(&mut spans);
        listed.push((spans, g.exhaustive));
    }
    let listed_as = |spans: &[crate::text::Span]| {
        let mut sorted = spans.to_vec();
        crate::order::sort(&mut sorted);
        listed.iter().find(|(s, _)| *s == sorted).map(|&(_, exhaustive)| exhaustive)
    };
    for dec in DECOMPOSITIONS {
        for (ti, total) in model.indicators.iter().enumerate().filter(|(_, t)| t.key == dec.total) {
            // A price index is its categories' indices weighted, never their sum (checked by
            // their spread).
            let Some(tunit) = total.unit.as_ref().filter(|_| !crate::text::has(dec.total, "价格")) else {
                continue;
            };
            // The sectors' investment is of 固定资产投资 where a text states it, and of
            // 全社会固定资产投资 only where it does not.
            if dec.total.strip_prefix("全社会").is_some_and(|narrow| model.find(narrow, &total.family).is_some()) {
                continue;
            }
            // Looked for at the first mismatch only: a text of many places' totals stays linear.
            let mut others = None;
            for tp in &total.points {
                // For each part, the first of its alternative keys that is stated in this year.
                let mut parts: Vec<(usize, &Point, i32)> = Vec::with_capacity(dec.parts.len());
                let mut complete = true;
                for alternatives in dec.parts {
                    let found = alternatives.iter().find_map(|k| stated(model, k, &total.family, tunit, tp.year));
                    match found {
                        Some(x) => parts.push(x),
                        None => complete = false,
                    }
                }
                let mut spans: Vec<crate::text::Span> = Vec::with_capacity(parts.len() + 1);
                for (_, p, _) in &parts {
                    spans.push(p.figure.span);
                }
                let as_listed = listed_as(&spans);
                if !complete {
                    if as_listed.is_none() {
                        partial(model, ti, tp, tunit, &parts, out);
                    }
                    continue;
                }
                if as_listed == Some(true) {
                    continue;
                }
                spans.push(tp.figure.span);
                out.relation(&spans);
                let mut sum = parts
                    .iter()
                    .fold(Interval::point(0.0), |acc, (_, p, exp)| acc.add(&allowed_at(p, *exp, tunit.exp)));
                let mut t = tp.allowed();
                if super::padded(&tp.figure) && parts.iter().all(|(_, p, _)| super::padded(&p.figure)) {
                    (sum, t) = (super::unpadded(sum), super::unpadded(t));
                }
                if sum.meets(&t) || (as_listed == Some(false) && sum.lo > t.hi) {
                    continue;
                }
                if meets_another(others.get_or_insert_with(|| other_periods(model, total)), tp.year, tunit, &sum) {
                    continue;
                }
                // One loop rather than an iterator chain per vector: each chain is its own copy in
                // the wasm. Sums start at -0.0, as `Iterator::sum` does.
                let mut sum_mid = -0.0;
                let mut part_slack = -0.0;
                let mut names: Vec<&str> = Vec::with_capacity(parts.len());
                let mut refs = Vec::with_capacity(parts.len() + 1);
                refs.push(Ref::Indicator(ti));
                let mut numbers: Vec<f64> = Vec::with_capacity(parts.len() + 1);
                let mut spans = Vec::with_capacity(parts.len() + 1);
                for &(pi, p, exp) in &parts {
                    let a = allowed_at(p, exp, tunit.exp);
                    sum_mid += a.mid();
                    part_slack += a.half_width();
                    names.push(model.indicators[pi].name.as_str());
                    refs.push(Ref::Indicator(pi));
                    numbers.push(p.figure.written());
                    spans.push(p.figure.span);
                }
                let tv = tp.value();
                let dp = 2;
                let message = MISMATCH.fill(&[
                    &Year(tp.year),
                    &crate::text::join(&names, " + "),
                    &Fixed(sum_mid, dp),
                    &tunit.text,
                    &Fixed(sum.lo, dp),
                    &Fixed(sum.hi, dp),
                    &total.name,
                    &tp.figure.number.shift(tp.shift),
                    &Fixed(((sum_mid - tv) / tv * 100.0).abs(), 1),
                ]);
                let nearest = sum.nearest(tv);
                let slack = t.half_width() + part_slack;
                numbers.push(tp.figure.written());
                spans.push(tp.figure.span);
                let severity = Severity::grade(sum.gap(&t), slack);
                let finding = out.finding(Kind::SumVsTotal, severity, &refs, &numbers, message, &spans);
                let advice = NEAREST.fill(&[&Fixed(nearest, dp), &tunit.text]);
                finding.suggestion = Some(Suggestion::one(advice, "total", tp.year, nearest, &tunit.text));
            }
        }
    }
}

/// Some parts of a decomposition, stated without the others: together they are at most the
/// total ("第三产业增加值120.0亿元" beside "地区生产总值100.0亿元").
fn partial(
    model: &Model,
    ti: usize,
    tp: &Point,
    tunit: &crate::unit::Unit,
    parts: &[(usize, &Point, i32)],
    out: &mut Outcome,
) {
    let total = &model.indicators[ti];
    if parts.is_empty() || SIGNED_PARTS.contains(&total.key) {
        return;
    }
    let mut spans = Vec::with_capacity(parts.len() + 1);
    let mut names: Vec<&str> = Vec::with_capacity(parts.len());
    let mut numbers: Vec<f64> = Vec::with_capacity(parts.len() + 1);
    let mut refs = vec![Ref::Indicator(ti)];
    let mut sum = Interval::point(0.0);
    for &(pi, p, exp) in parts {
        sum = sum.add(&allowed_at(p, exp, tunit.exp));
        spans.push(p.figure.span);
        names.push(model.indicators[pi].name.as_str());
        numbers.push(p.figure.written());
        refs.push(Ref::Indicator(pi));
    }
    spans.push(tp.figure.span);
    out.relation(&spans);
    let t = tp.allowed();
    if sum.lo <= t.hi {
        return;
    }
    numbers.push(tp.figure.written());
    let severity = Severity::grade(sum.lo - t.hi, t.half_width() + sum.half_width());
    let message = PARTS_EXCEED.fill(&[
        &total.name,
        &Year(tp.year),
        &tp.figure.number.shift(tp.shift),
        &tunit.text,
        &crate::text::join(&names, " + "),
        &Fixed(sum.mid(), 2),
    ]);
    out.finding(Kind::SumVsTotal, severity, &refs, &numbers, message, &spans);
}

/// A part of a whole whose other parts go unstated ([`crate::names::BOUNDS`]) against that
/// whole, year by year: the first of the part's keys stated for the year.
fn bounds(model: &Model, out: &mut Outcome) {
    for b in crate::names::BOUNDS {
        for (ti, total) in model.indicators.iter().enumerate().filter(|(_, t)| b.whole.contains(&t.key)) {
            let Some(tunit) = total.unit.as_ref() else { continue };
            // "地区生产总值…。其中，第二产业95.3亿元。规模工业增加值388.2亿元": a sector listed
            // under the economy's output is its value added, and its part may be stated on its own.
            let under_output = total.family.parent.ends_with("生产总值");
            let top = crate::model::Family { parent: String::new(), ..total.family.clone() };
            for tp in &total.points {
                let found = b.part.iter().find_map(|k| {
                    let own = stated(model, k, &total.family, tunit, tp.year);
                    own.or_else(|| under_output.then(|| stated(model, k, &top, tunit, tp.year)).flatten())
                });
                if let Some(part) = found {
                    partial(model, ti, tp, tunit, &[part], out);
                }
            }
        }
    }
}

/// Totals of a decomposition with a part that may be negative (the natural rate of increase
/// in 出生率 = 死亡率 + 自然增长率): the parts stated bound nothing.
const SIGNED_PARTS: crate::text::List = crate::text::words!["出生率", "人口出生率"];

const PARTS_EXCEED: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，但其组成部分{4}已达{5}{3}，超过总数。",
    en: "{0} ({1}) is {2}{3}, but its components {4} already come to {5}{3}, more than the total.",
};

const GROUP_DOUBTFUL: Template = Template {
    zh: "关联依据存疑：所列部分超过总数四分之一以上，可能并非该总数的组成部分（例如另一口径或另一层级的分项），因此仅作提示。",
    en: "Link in doubt: the parts exceed the total by more than a quarter, so they may not be components of it \
         (another measure or another level of breakdown): a note only.",
};

const GROUP_OVERLAPPING: Template = Template {
    zh: "关联依据存疑：所列部分属于不同的分类口径（如民间投资与工业投资），可能互相重叠，因此仅作提示。",
    en: "Link in doubt: the parts listed are of different classifications (such as private and industrial investment) and may overlap: a note only.",
};

/// Whether two names end in the same two ideographs, the word for their measure (收入, 投资,
/// 产量).
fn same_measure_word(a: &str, b: &str) -> bool {
    fn last_two(n: &str) -> Option<&str> {
        crate::text::nth_char_back_at(n, 1).map(|i| crate::text::sub_from(n, i))
    }
    last_two(a).is_some_and(|x| !x.is_ascii() && Some(x) == last_two(b))
}

/// How a gap to another growth is named when read as a part ("快于规上工业", "比城镇居民增速高").
const GAP_LEADS: crate::text::List = crate::text::words!["快于", "高于", "慢于", "低于", "比"];

/// The words of a share ("比重", "占…", a contribution to growth): a total in per cent whose
/// parts add up to it.
const SHARE_WORDS: crate::text::List = crate::text::words!["比重", "占", "比例", "份额", "构成", "结构", "贡献"];

/// Whether parts can add up to a total stated in `unit` under `name`. Per cents add up only as
/// shares of one whole: indices (上年=100: "居民消费价格101.2，其中：食品烟酒102.5…"), growth
/// rates and rates (城镇化率) stated as levels do not.
fn adds_up(unit: &crate::unit::Unit, name: &str) -> bool {
    unit.kind != crate::unit::UnitKind::Percent || SHARE_WORDS.any_in(name)
}

/// How far listed parts may exceed their total before the grouping itself is in doubt.
const DOUBTFUL_EXCESS: f64 = 0.25;

/// Totals with the components the text lists under them.
fn groups(model: &Model, out: &mut Outcome) {
    for g in &model.groups {
        let tu = &g.total.unit;
        // "快于规上工业16.5个百分点": a gap between two growths, read as the other's growth and the
        // gap, adds up in per cents; so do the parts' pulls, in points, to the whole's growth.
        let gap = g.parts.iter().any(|p| GAP_LEADS.any_starts(&p.name));
        let pulls = g.parts.iter().all(|p| crate::text::has(&p.name, "拉动"));
        if !gap && !pulls && !adds_up(tu, &g.total.name) {
            continue;
        }
        let allowed = |p: &crate::facts::Component, shift: i32| super::allowed_count(&p.figure, &p.unit, shift);
        let (total, parts) = super::padded_group_sums(g);
        let ok = if g.exhaustive { parts.meets(&total) } else { parts.lo <= total.hi || parts.meets(&total) };
        // Parts listed under 其中 that exceed their total by more than a quarter were often
        // gathered under the wrong total (a list of another measure, a nested breakdown): the
        // link is in doubt, so the excess is a note, and the relation is not counted as checked.
        // One part named with the total's measure ("一般公共预算收入…，其中税收收入…") is linked
        // beyond doubt, however far it exceeds.
        let of_its_measure = matches!(g.parts.as_slice(), [p] if same_measure_word(&p.name, &g.total.name));
        // Judged at the digits written: the padding's leeway is for the sum, not for the doubt.
        let (written_total, written_parts) = super::group_sums(g);
        // Parts of different classifications ("其中民间投资…，工业投资…") may overlap: their sum
        // bounds nothing.
        let overlapping =
            !g.exhaustive && g.parts.len() > 1 && g.parts.iter().any(|p| crate::names::CROSS_CUTTING.any_in(&p.name));
        let gross = written_parts.lo > written_total.hi * (1.0 + DOUBTFUL_EXCESS);
        // Overlapping parts bound nothing together, but each is still some of the total: one above
        // it on its own is no overlap ("其中，新能源汽车49.0万辆" under 47.8万辆).
        let one_above = g.parts.iter().any(|p| p.figure.allowed_shifted(p.unit.shift_to(tu)).lo > written_total.hi);
        let doubtful = !g.exhaustive && !of_its_measure && (gross || overlapping && !one_above);
        if !doubtful {
            let mut spans = part_spans(g);
            spans.push(g.total.figure.span);
            out.relation(&spans);
        }
        if ok {
            continue;
        }
        let mut names: Vec<String> = Vec::with_capacity(g.parts.len());
        let mut sum_mid = -0.0;
        let mut part_slack = -0.0;
        let mut numbers: Vec<f64> = Vec::with_capacity(g.parts.len() + 1);
        let mut spans = Vec::with_capacity(g.parts.len() + 1);
        for p in &g.parts {
            names.push(format!("{}{}{}", p.name, p.figure.number, p.unit.text));
            sum_mid += p.figure.number.shift(p.unit.shift_to(tu)).to_f64();
            part_slack += allowed(p, 0).half_width();
            numbers.push(p.figure.written());
            spans.push(p.figure.span);
        }
        // A total of a place or a level other than the text's own is named with it.
        let total_name = crate::text::cat(&[&g.ctx.scope, &g.total.name]);
        let args: [&dyn crate::messages::Arg; 7] = [
            &total_name,
            &Year(g.year),
            &g.total.figure.number,
            &tu.text,
            &crate::text::join(&names, "、"),
            &Fixed(sum_mid, 2),
            &Range(&parts, 2),
        ];
        let balance = g.parts.iter().any(|p| crate::names::TRADE_BALANCES.any_in(&p.name));
        let message = if gap {
            GAP_SUM.fill(&args)
        } else if balance {
            BALANCE.fill(&args)
        } else if g.exhaustive {
            GROUP_SUM.fill(&args)
        } else {
            GROUP_EXCEEDS.fill(&args)
        };
        let gap = if g.exhaustive { parts.gap(&total) } else { parts.lo - total.hi };
        let slack: f64 = total.half_width() + part_slack;
        let key = crate::names::key(&g.total.name);
        let family = Family::of(&g.ctx);
        let refs = model.find(&key, &family).map(|(i, _)| vec![Ref::Indicator(i)]).unwrap_or_default();
        numbers.push(g.total.figure.written());
        spans.push(g.total.figure.span);
        let (confidence, severity, basis) = if doubtful {
            let why = if overlapping { &GROUP_OVERLAPPING } else { &GROUP_DOUBTFUL };
            (super::Confidence::Likely, Severity::Info, Some(why.fill(&[])))
        } else {
            (super::Confidence::Certain, Severity::grade(gap, slack), None)
        };
        let finding = out.finding(Kind::SumVsTotal, severity, &refs, &numbers, message, &spans);
        finding.confidence = confidence;
        finding.basis = basis;
    }
}

/// The changes of a decomposition's parts against the change of their total, over the same
/// years: "户籍总人口…增加20000人，其中城镇…增加30000人；乡村…增加500人" does not add up.
///
/// | total's change | parts' changes   | sum allowed  | finding |
/// |----------------|------------------|--------------|---------|
/// | +24259人        | +23691, +565     | 24256        | error   |
/// | +0.09万人       | +5.88, −5.79     | 0.08–0.10    | none    |
fn changes(model: &Model, out: &mut Outcome) {
    for dec in DECOMPOSITIONS {
        for (ti, total) in model.indicators.iter().enumerate().filter(|(_, t)| t.key == dec.total) {
            for tc in total.changes.iter().filter(|c| c.unit.kind == crate::unit::UnitKind::Amount) {
                let same =
                    |c: &&crate::model::Amount| (c.from, c.to) == (tc.from, tc.to) && c.unit.compatible(&tc.unit);
                let Some(parts) = super::decomposed(model, dec, total, |i| i.changes.iter().find(same)) else {
                    continue;
                };
                let mut sum = Interval::point(0.0);
                let mut sum_mid = -0.0;
                let mut names: Vec<&str> = Vec::with_capacity(parts.len());
                let mut refs = vec![Ref::Indicator(ti)];
                let mut numbers = Vec::with_capacity(parts.len() + 1);
                let mut spans = Vec::with_capacity(parts.len() + 1);
                for &(pi, c) in &parts {
                    let shift = c.unit.exp - tc.unit.exp;
                    sum = sum.add(&super::allowed_count(&c.figure, &c.unit, shift));
                    sum_mid += c.figure.number.shift(shift).to_f64();
                    names.push(model.indicators[pi].name.as_str());
                    refs.push(Ref::Indicator(pi));
                    numbers.push(c.figure.written());
                    spans.push(c.figure.span);
                }
                numbers.push(tc.figure.written());
                spans.push(tc.figure.span);
                out.relation(&spans);
                let t = super::allowed_count(&tc.figure, &tc.unit, 0);
                if sum.meets(&t) {
                    continue;
                }
                let message = CHANGES.fill(&[
                    &total.name,
                    &Year(tc.from),
                    &tc.figure.number,
                    &tc.unit.text,
                    &crate::text::join(&names, "、"),
                    &Fixed(sum_mid, 2),
                    &Range(&sum, 2),
                ]);
                let severity = Severity::grade(sum.gap(&t), t.half_width() + sum.half_width());
                out.finding(Kind::SumVsTotal, severity, &refs, &numbers, message, &spans);
            }
        }
    }
}

/// An average between its parts ([`crate::names::AVERAGES`]), year by year: 全体居民 income
/// between the urban and the rural.
///
/// | 全体  | 城镇  | 农村 | finding |
/// |-------|-------|------|---------|
/// | 8000  | 10000 | 4000 | none    |
/// | 12000 | 10000 | 4000 | error   |
fn averages(model: &Model, out: &mut Outcome) {
    for avg in crate::names::AVERAGES {
        for (wi, whole) in model.indicators.iter().enumerate() {
            if !avg.whole.contains(&whole.key) {
                continue;
            }
            let Some(wunit) = whole.unit.as_ref() else { continue };
            for wp in &whole.points {
                // Each part's first key stated for the year; none checked unless every part is.
                let mut parts = Vec::with_capacity(avg.parts.len());
                for alternatives in avg.parts {
                    match alternatives.iter().find_map(|k| stated(model, k, &whole.family, wunit, wp.year)) {
                        Some(part) => parts.push(part),
                        None => break,
                    }
                }
                let Some(&(_, first, first_exp)) = parts.first().filter(|_| parts.len() == avg.parts.len()) else {
                    continue;
                };
                let mut range = allowed_at(first, first_exp, wunit.exp);
                let mut names = Vec::with_capacity(parts.len());
                let mut refs = vec![Ref::Indicator(wi)];
                let mut numbers = vec![wp.figure.written()];
                let mut spans = vec![wp.figure.span];
                for &(pi, p, exp) in &parts {
                    let a = allowed_at(p, exp, wunit.exp);
                    range = Interval::new(range.lo.min(a.lo), range.hi.max(a.hi));
                    names.push(model.indicators[pi].name.as_str());
                    refs.push(Ref::Indicator(pi));
                    numbers.push(p.figure.written());
                    spans.push(p.figure.span);
                }
                out.relation(&spans);
                let w = wp.allowed();
                if w.meets(&range) {
                    continue;
                }
                let message = OUTSIDE_PARTS.fill(&[
                    &whole.name,
                    &Year(wp.year),
                    &wp.figure.number.shift(wp.shift),
                    &wunit.text,
                    &crate::text::join(&names, "、"),
                    &Fixed(range.lo, 2),
                    &Fixed(range.hi, 2),
                ]);
                let severity = Severity::grade(range.gap(&w), w.half_width());
                out.finding(Kind::SumVsTotal, severity, &refs, &numbers, message, &spans);
            }
        }
    }
}

/// The statement of `key` in `year`, of `family`, in a unit that converts to `unit`: the
/// indicator, the point and its unit's magnitude. Decompositions, bounds and averages look
/// each of a part's alternative keys up so.
fn stated<'m>(
    model: &'m Model,
    key: &str,
    family: &crate::model::Family,
    unit: &crate::unit::Unit,
    year: i32,
) -> Option<(usize, &'m Point, i32)> {
    let (pi, part) = model.find(key, family)?;
    let punit = part.unit.as_ref().filter(|u| u.compatible(unit))?;
    part.points_in(year).next().map(|p| (pi, p, punit.exp))
}
