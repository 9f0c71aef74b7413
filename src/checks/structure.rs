//! `structure_ratio`: an a:b:c structure sums to 100, and each share matches the values of the
//! sectors when the plan states them.
//!
//! The sum is checked on intervals, so "0.4:37.6:62" (which allows 99.4–100.6) is clean. For
//! 三次产业结构 the shares are set against 第一产业, 第二产业 and 第三产业 (or 服务业) over 生产总值
//! of the same year.
//!
//! | structure (year)     | sector values                 | finding                         |
//! |----------------------|-------------------------------|---------------------------------|
//! | 0.8:35.7:63.5 (2010)  | 服务业 30.23 / 生产总值 47.6     | none (63.43%–63.59% meets 63.5) |
//! | 0.4:37.6:62 (2015)    | —                             | none (sum 99.4–100.6)           |
//! | 1:30:60 (2015)        | —                             | error (sum 90.5–91.5)           |
//! | 12.1:35.6:52.3 (2023) | 21.65, 64.20, 94.15 / 180.00    | warning: 12.0:35.7:52.3 adds up, so no share had to move |
//! | 33.3:33.3:33.4 (2023) | 10.00 each / 30.00              | none: 33.3 ×3 is 99.9, one share moves |
//!
//! A structure named for a total whose parts a list just gave ("农林牧渔业总产值…，其中农业…、林业…、
//! 牧业…、渔业…。农林牧渔业内部结构比为…") is set against those parts over that total, in order.

use super::{allowed_at, Fixed, Kind, Outcome, Ref, Severity, Suggestion};
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Family, Model};
use crate::names::{Decomposition, SECTOR_INVESTMENT, THREE_SECTORS};
use crate::text::Span;

const SUM: Template = Template {
    zh: "{0}（{1}年）{2} 各项之和为{3}（在舍入精度内为{4}–{5}），应为100。",
    en: "{0} ({1}) {2}: the parts add up to {3} ({4}–{5} within their rounding), expected 100.",
};

const PART: Template = Template {
    zh: "{0}（{1}年）中{2}占{3}%，但{2}{4}{5}÷{6}{7}{11}={8}%（在舍入精度内为{9}%–{10}%）。",
    en: "{0} ({1}) gives {2} a share of {3}%, but {2} {4}{5} ÷ {6} {7}{11} = {8}% ({9}%–{10}% within their rounding).",
};

const NEAREST_SHARE: Template = Template {
    zh: "与数值一致的最接近比重：{0}%。",
    en: "Nearest share consistent with the values: {0}%.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    // The figures read as shares: a structure the reader made of them ("比重构成") is checked
    // share by share already.
    let mut shares: Vec<Span> = Vec::new();
    for ind in model.indicators.iter().filter(|i| i.is_percent()) {
        for p in &ind.points {
            shares.push(p.figure.span);
        }
    }
    crate::order::sort(&mut shares);
    for (si, st) in model.structures.iter().enumerate() {
        let mut written: Vec<String> = Vec::with_capacity(st.parts.len());
        for f in &st.parts {
            written.push(f.number.to_string());
        }
        let sum = st.parts.iter().fold(Interval::point(0.0), |acc, f| acc.add(&f.allowed()));
        let hundred = Interval::point(100.0);
        let mut spans: Vec<Span> = Vec::with_capacity(st.parts.len());
        for f in &st.parts {
            spans.push(f.span);
        }
        // "杠杆率达1:8.6", "医护比1:1.3": two terms far short of 100 are a ratio, not shares.
        let ratio = st.parts.len() == 2 && sum.hi < 50.0;
        // "三次产业对经济增长的拉动之比为0.4:1.6:2.8": the points each part adds to growth add up
        // to the growth, not to 100.
        let pulls = crate::text::has(&st.key, "拉动");
        if ratio || pulls {
            continue;
        }
        out.relation(&spans);
        if !sum.meets(&hundred) {
            // One loop rather than three iterator chains (each its own copy in the wasm); sums
            // start at -0.0, as `Iterator::sum` does.
            let (mut mid, mut slack) = (-0.0, -0.0);
            let mut numbers = Vec::with_capacity(st.parts.len());
            for f in &st.parts {
                mid += f.written();
                slack += f.allowed().half_width();
                numbers.push(f.written());
            }
            let message = SUM.fill(&[
                &st.name,
                &Year(st.year),
                &crate::text::join(&written, ":"),
                &Fixed(mid, 2),
                &Fixed(sum.lo, 2),
                &Fixed(sum.hi, 2),
            ]);
            let severity = Severity::grade(sum.gap(&hundred), slack);
            out.finding(Kind::StructureRatio, severity, &[Ref::Structure(si)], &numbers, message, &[st.span]);
        }
        // 三次产业结构, 产业结构, 三次产业比例: the three sectors' shares of GDP, or of
        // investment when the structure says so.
        if st.parts.len() == THREE_SECTORS.parts.len() {
            if let Some(measure) = sector_measure(&st.key) {
                check_sectors(model, si, measure, out);
                continue;
            }
        }
        check_listed(model, si, &shares, out);
    }
}

/// Which values a three-part structure named for the sectors is a share of: output (产业结构,
/// 三次产业比重, and 三产业 of "三产业比由…调整为…", its 比 read as a comparison word) or, with
/// 投资 in the name, investment (三次产业投资构成), whatever its structure word. Shares of
/// employment or of growth (贡献率) have no values here to check them against.
pub(super) fn sector_measure(key: &str) -> Option<&'static [Decomposition]> {
    use crate::text::has;
    if !(has(key, "产业") || key.starts_with("三产"))
        || crate::text::words!["贡献", "就业", "从业", "人员", "用电", "税", "拉动"].any_in(key)
    {
        return None;
    }
    // "民营经济三次产业结构": the structure of an aggregate other than the whole economy or its
    // investment, whose sectors' values the text gives apart, if at all.
    let before = crate::text::find_str(key, "产业").map_or("", |i| crate::text::sub(key, 0, i));
    let before = SECTOR_COUNTS.strip_any_suffix(before).unwrap_or(before);
    if !WHOLES_OF_SECTORS.contains(before) {
        return None;
    }
    Some(if has(key, "投资") { &SECTOR_INVESTMENT } else { std::slice::from_ref(&THREE_SECTORS) })
}

/// A sector's share moved in points ("第三产业比重比上年下降4.7个百分点") against the sectors'
/// structures of the two years ("三次产业结构由上年的9.1:67.2:23.7调整为8.4:70.6:21.0"): the
/// move is the later share less the earlier.
pub(super) fn moves(model: &Model, out: &mut Outcome) {
    // The sectors' structures by year: each change looks up its two years by binary search.
    let mut sectors: Vec<(i32, usize)> = Vec::new();
    for (si, st) in model.structures.iter().enumerate() {
        if st.parts.len() == 3 && sector_measure(&st.key).is_some_and(|m| m[0].total == THREE_SECTORS.total) {
            sectors.push((st.year, si));
        }
    }
    if sectors.len() < 2 {
        return;
    }
    crate::order::sort(&mut sectors);
    for (ii, ind) in model.indicators.iter().enumerate() {
        let Some(k) = sector_of_share(&ind.key) else { continue };
        // The year's structure of the indicator's place, among the first few of that year.
        let at = |year: i32| {
            let from = sectors.partition_point(|&(y, _)| y < year);
            sectors[from..].iter().take(STRUCTURES_A_YEAR).take_while(|&&(y, _)| y == year).find_map(|&(_, si)| {
                let st = &model.structures[si];
                (st.family.scope == ind.family.scope).then_some((si, st))
            })
        };
        for c in ind.changes.iter().filter(|c| c.unit.kind == crate::unit::UnitKind::Points) {
            let (Some((ai, a)), Some((bi, b))) = (at(c.from), at(c.to)) else { continue };
            let (before, after) = (&a.parts[k], &b.parts[k]);
            let moved = after.allowed().add(&before.allowed().scale(-1.0));
            let stated = c.figure.allowed();
            let spans = [before.span, after.span, c.figure.span];
            out.relation(&spans);
            if moved.meets(&stated) {
                continue;
            }
            let message = MOVED.fill(&[
                &ind.name,
                &Year(c.from),
                &before.number,
                &Year(c.to),
                &after.number,
                &Fixed(after.written() - before.written(), 1),
                &c.figure.number,
            ]);
            let severity = Severity::grade(moved.gap(&stated), stated.half_width());
            let refs = [Ref::Indicator(ii), Ref::Structure(ai), Ref::Structure(bi)];
            let numbers = [before.written(), after.written(), c.figure.written()];
            out.finding(Kind::StructureRatio, severity, &refs, &numbers, message, &spans);
        }
    }
}

/// The most structures of one year looked at for a share's move.
const STRUCTURES_A_YEAR: usize = 16;

const MOVED: Template = Template {
    zh: "{0}：三次产业结构中该比重由{1}年的{2}%变为{3}年的{4}%，变动{5}个百分点，但文中说变动{6}个百分点。",
    en: "{0}: the sectors' structure puts this share at {2}% in {1} and {4}% in {3}, a move of {5} points, but the text says {6} points.",
};

/// The sector (0, 1, 2) whose share of the economy a key names: "第三产业比重", "服务业增加值占
/// 地区生产总值比重" ([`crate::names::share_of`] reads the part and the whole).
fn sector_of_share(key: &str) -> Option<usize> {
    let (part, whole) = crate::names::share_of(key)?;
    if whole != THREE_SECTORS.total {
        return None;
    }
    THREE_SECTORS.parts.iter().position(|alternatives| alternatives.contains(&part))
}

/// How the name of the sectors' structure counts them before 产业, longest first.
const SECTOR_COUNTS: crate::text::List =
    crate::text::words!["第一、二、三", "一、二、三", "第一二三", "一二三", "三次", "三大", "三"];

/// What may stand before 产业 in the name of the sectors' structure ("地区生产总值三次产业构成",
/// "投资三次产业结构"): the economy or its investment, or nothing.
const WHOLES_OF_SECTORS: crate::text::List =
    crate::text::words!["", "地区生产总值", "生产总值", "GDP", "经济", "固定资产投资", "投资", "全社会固定资产投资"];

/// How many lists of parts before a structure are looked at for the one it divides.
const LISTS_BEFORE: usize = 4;

/// A structure that divides a total whose parts a list just gave ("农林牧渔业总产值30亿元，其中
/// 农业…、林业…、牧业…、渔业…。农林牧渔业内部结构比为66.7:3.3:20.0:10.0"): as many shares as parts,
/// in their order, the structure named for the total, of its year, place and period.
fn check_listed(model: &Model, si: usize, shares: &[Span], out: &mut Outcome) {
    let st = &model.structures[si];
    if st.parts.first().is_some_and(|p| shares.binary_search(&p.span).is_ok()) {
        return;
    }
    let before = model.groups.partition_point(|g| g.total.figure.span.start < st.span.start);
    let mut group = None;
    for g in model.groups[before.saturating_sub(LISTS_BEFORE)..before].iter().rev() {
        let total = &g.total.name;
        let stem = TOTAL_MEASURES.strip_any_suffix(total).unwrap_or(total);
        if g.parts.len() == st.parts.len()
            && (g.year, &g.ctx.scope, g.ctx.part) == (st.year, &st.family.scope, st.family.part)
            && crate::text::char_count(stem) >= 2
            && st.key.starts_with(stem)
        {
            group = Some(g);
            break;
        }
    }
    let Some(g) = group else { return };
    let total = g.total.figure.allowed();
    for (part, share) in g.parts.iter().zip(&st.parts) {
        if !part.unit.compatible(&g.total.unit) {
            return;
        }
        let shift = part.unit.exp - g.total.unit.exp;
        let Some(computed) = part.figure.allowed_shifted(shift).div_pos(&total).map(|x| x.scale(100.0)) else { return };
        let mid = part.figure.number.shift(shift).to_f64() / g.total.figure.written() * 100.0;
        let part = Term { name: &part.name, figure: &part.figure, shown: part.figure.number, unit: &part.unit.text };
        let whole = Term {
            name: &g.total.name,
            figure: &g.total.figure,
            shown: g.total.figure.number,
            unit: &g.total.unit.text,
        };
        set_against(out, st, share, part, whole, computed, mid, &[Ref::Structure(si)], true);
    }
}

/// A figure a share is computed from, as the message shows it.
struct Term<'a> {
    name: &'a str,
    figure: &'a crate::figure::Figure,
    /// The number in the unit shown.
    shown: crate::figure::Decimal,
    unit: &'a str,
}

/// One share of structure `si` against `part` over `whole` (`computed`, in per cent; `mid` from the
/// figures as written): a finding with the nearest consistent share when the two miss. Shares
/// are often rounded so that they add up to 100, which moves one by up to one unit of its last
/// digit: with `slack`, that much more is allowed.
#[allow(clippy::too_many_arguments)]
fn set_against(
    out: &mut Outcome,
    st: &crate::model::Structure,
    share: &crate::figure::Figure,
    part: Term,
    whole: Term,
    computed: Interval,
    mid: f64,
    refs: &[Ref],
    slack: bool,
) {
    let spans = [share.span, part.figure.span, whole.figure.span];
    out.relation(&spans);
    let stated = share.allowed();
    let allowed = if slack { stated.widen(stated.half_width()) } else { stated };
    if computed.meets(&allowed) {
        return;
    }
    let message = PART.fill(&[
        &st.name,
        &Year(st.year),
        &part.name,
        &share.number,
        &part.shown,
        &part.unit,
        &whole.name,
        &whole.shown,
        &Fixed(mid, 2),
        &Fixed(computed.lo, 2),
        &Fixed(computed.hi, 2),
        &whole.unit,
    ]);
    let severity = Severity::grade(computed.gap(&stated), stated.half_width());
    let numbers = [part.figure.written(), whole.figure.written(), share.written()];
    let finding = out.finding(Kind::StructureRatio, severity, refs, &numbers, message, &spans);
    let nearest = computed.nearest(share.written());
    let advice = NEAREST_SHARE.fill(&[&Fixed(nearest, 2)]);
    finding.suggestion = Some(Suggestion::one(advice, "share", st.year, nearest, "%"));
}

/// The measure words that end a total's name ("农林牧渔业总产值" is of 农林牧渔业): what a structure
/// of it is named with is before them.
const TOTAL_MEASURES: crate::text::List = crate::text::words!["总产值", "增加值", "总额", "总量", "总收入", "总支出"];

fn check_sectors(model: &Model, si: usize, measures: &[Decomposition], out: &mut Outcome) {
    let st = &model.structures[si];
    // The sectors' structure is of the whole economy (or of all investment), never of a total it
    // was read under ("分产业看，…三次产业结构为…", "从产业结构来看，…"): its place and period
    // decide which values it is set against.
    let family = Family { parent: String::new(), ..st.family.clone() };
    let found = measures.iter().find_map(|m| model.find(m.total, &family).map(|t| (m, t)));
    let Some((measure, (gi, gdp))) = found else {
        return;
    };
    let (Some(gunit), Some(gp)) = (gdp.unit.as_ref(), gdp.points_in(st.year).next()) else {
        return;
    };
    // "3000000万元": a whole number ending in zeros may be rounded further than it shows.
    let zeros = |f: &crate::figure::Figure| f.number.exp >= 0 && f.number.mantissa % 10 == 0;
    let mut exact = !zeros(&gp.figure);
    let mut shares = Vec::with_capacity(st.parts.len());
    let mut against = Vec::with_capacity(st.parts.len());
    // "地区生产总值…。其中，第一产业12.6亿元": a sector listed under the whole, its measure left out.
    let under = Family { parent: gdp.key.clone(), ..family.clone() };
    for (alternatives, share) in measure.parts.iter().zip(&st.parts) {
        let found = alternatives.iter().find_map(|k| {
            let (pi, part) = model.find(k, &family).or_else(|| model.find(k, &under))?;
            let punit = part.unit.as_ref().filter(|u| u.compatible(gunit))?;
            part.points_in(st.year).next().map(|p| (pi, part, p, punit.exp))
        });
        let Some((pi, part, pp, pexp)) = found else {
            continue;
        };
        let Some(computed) = allowed_at(pp, pexp, gunit.exp).div_pos(&gp.allowed()).map(|x| x.scale(100.0)) else {
            continue;
        };
        exact &= !zeros(&pp.figure);
        shares.push((share, computed));
        against.push((share, pi, part, pp, pexp, computed));
    }
    let slack = shares.len() < st.parts.len() || !exact || !rounds_to_100(&shares);
    for (share, pi, part, pp, pexp, computed) in against {
        let mid = pp.figure.number.shift(pp.shift + pexp - gunit.exp).to_f64() / gp.value() * 100.0;
        let part = Term {
            name: &part.name,
            figure: &pp.figure,
            shown: pp.figure.number.shift(pp.shift),
            unit: part.unit_text(),
        };
        let whole =
            Term { name: &gdp.name, figure: &gp.figure, shown: gp.figure.number.shift(gp.shift), unit: &gunit.text };
        let refs = [Ref::Structure(si), Ref::Indicator(pi), Ref::Indicator(gi)];
        set_against(out, st, share, part, whole, computed, mid, &refs, slack);
    }
}

/// True when each share the values give rounds one way only at the precision its stated share
/// was written to, and those roundings add up to 100: a writer then had nothing to move to make
/// the structure add up, and no share needs the slack for it (4.57%–4.60%, 68.86%–68.93% and
/// 26.50%–26.54% round to 4.6:68.9:26.5, so a stated 4.5 is wrong).
fn rounds_to_100(shares: &[(&crate::figure::Figure, Interval)]) -> bool {
    let mut sum = 0.0;
    let mut finest = f64::INFINITY;
    for (share, computed) in shares {
        let step = crate::figure::scale10(1.0, share.number.exp);
        let (lo, hi) = ((computed.lo / step).round(), (computed.hi / step).round());
        if lo != hi {
            return false;
        }
        sum += lo * step;
        finest = finest.min(step);
    }
    (sum - 100.0).abs() < finest / 2.0
}
