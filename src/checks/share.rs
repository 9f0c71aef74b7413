//! `share`: a stated share ("X占Y比重", in %) against the values of its part and whole.
//!
//! The part and whole are read from the share's name by [`crate::names::share_of`]; a year is
//! checked when both are stated for it in convertible units.
//!
//! | share                               | values               | computed          | finding |
//! |-------------------------------------|----------------------|-------------------|---------|
//! | 工业占生产总值比重 29.4% (2010)        | 13.9 / 47.6          | 29.07%–29.34%     | warning |
//! | 服务业比重 63.5% (2010)               | 30.23 / 47.6         | 63.43%–63.59%     | none    |
//! | 城乡居民收入比 1.64 (2024)             | 69410 / 45071        | 1.54–1.54         | error   |

use super::{allowed_at, Fixed, Kind, Outcome, Ref, Severity, Suggestion};
use crate::index::Index;
use crate::messages::{Template, Year};
use crate::model::{Amount, Family, Indicator, Model};
use crate::names;
use crate::unit::UnitKind;

const MISMATCH: Template = Template {
    zh: "{0}（{1}年）为{2}%，但{3}{4}{5}÷{6}{7}{8}={9}%（在舍入精度内为{10}%–{11}%）。",
    en: "{0} ({1}) is stated as {2}%, but {3} {4}{5} ÷ {6} {7}{8} = {9}% ({10}%–{11}% within their rounding).",
};

/// A ratio that is no per cent (城乡居民收入比 1.64 = urban ÷ rural income).
const MISMATCH_RATIO: Template = Template {
    zh: "{0}（{1}年）为{2}，但{3}{4}{5}÷{6}{7}{8}={9}（在舍入精度内为{10}–{11}）。",
    en: "{0} ({1}) is stated as {2}, but {3} {4}{5} ÷ {6} {7}{8} = {9} ({10}–{11} within their rounding).",
};

const NEAREST_RATIO: Template =
    Template { zh: "与数值一致的最接近比值：{0}。", en: "Nearest ratio consistent with the values: {0}." };

const SHIFT: Template = Template {
    zh: "{0}（{1}年）比{2}年变化{3}个百分点，但{4}与{5}在{2}年为{6}与{7}（由本年数与所述增减量或增速推算），比重为{8}%，变化应为{9}至{10}个百分点（在舍入精度内）。",
    en: "{0} ({1}) moved {3} points since {2}, but {4} and {5} were {6} and {7} in {2} (this year's values less their stated changes, or over one plus their stated growth), a share of {8}%, so it moved {9} to {10} points (within their rounding).",
};

const MOVES: Template = Template {
    zh: "{0}年比{1}年，{2}的变化合计为{3}个百分点（在舍入精度内为{4}至{5}）；这些比重合计为100%，变化合计应为0。",
    en: "From {1} to {0}, {2} moved {3} points in all ({4} to {5} within their rounding); these shares add up to 100%, so their moves should add up to 0.",
};

const NEAREST: Template = Template {
    zh: "与数值一致的最接近比重：{0}%。",
    en: "Nearest share consistent with the values: {0}%.",
};

/// Wholes that name a task, a plan or a target without saying whose.
const TASKS: crate::text::List = crate::text::words!["任务数", "任务", "目标任务", "计划", "年度计划", "目标", "预算"];

/// An indicator and its index in the model.
type Found<'m> = (usize, &'m Indicator);

/// The indicators with a unit by whole core ([`names::whole_core`]) and family
/// ([`crate::model::key_hash`]), built the first time a share's whole is not found by its key.
type Cores = Index;

/// The indicators of amounts (not per cents) sorted by key, built the first time a share's part
/// is not found by its key: the ones whose key begins with a short name are then one range.
type Amounts<'m> = Vec<(&'m str, usize)>;

/// Indexes built on first need, so that a text with no share pays for none.
#[derive(Default)]
struct Lazy<'m> {
    cores: Option<Cores>,
    amounts: Option<Amounts<'m>>,
    totals: Option<Totals<'m>>,
    ambiguous: Option<Vec<(usize, i32)>>,
}

/// The years whose statements of an indicator include two that cannot meet (see [`check`]), as
/// (indicator, year) in order, found in one pass over the points: a scan of a year's
/// statements for every statement of a share was quadratic in a text that repeats a share with
/// its part and its whole.
fn index_ambiguous(model: &Model) -> Vec<(usize, i32)> {
    let mut found = Vec::new();
    for (i, ind) in model.indicators.iter().enumerate() {
        for run in ind.points.chunk_by(|a, b| a.year == b.year) {
            let first = &run[0];
            if run.iter().any(|q| q.status == first.status && !q.allowed().meets(&first.allowed())) {
                found.push((i, first.year));
            }
        }
    }
    found
}

fn index_amounts(model: &Model) -> Amounts<'_> {
    let mut amounts: Amounts = Vec::new();
    for (i, ind) in model.indicators.iter().enumerate() {
        if ind.unit.as_ref().is_some_and(|u| u.kind != UnitKind::Percent) {
            amounts.push((ind.key.as_str(), i));
        }
    }
    crate::order::sort(&mut amounts);
    amounts
}

fn index_cores(model: &Model) -> Cores {
    let mut cores = Cores::default();
    for (i, ind) in model.indicators.iter().enumerate() {
        if ind.unit.is_some() {
            cores.insert(crate::model::key_hash(names::whole_core(&ind.key), &ind.family), i);
        }
    }
    cores
}

/// The part and whole of a share: written in its name ("X占Y比重"), or defined (城镇化率), and
/// the scale of the ratio (100 for per cent). A whole named without some of its qualifiers
/// ("占可支配收入的比重") is the one indicator of the family whose key has the same core.
fn part_and_whole<'m>(model: &'m Model, share: &Indicator, lazy: &mut Lazy<'m>) -> Option<(Found<'m>, Found<'m>, f64)> {
    let family = &share.family;
    // A part listed under a total carries the total's key as its parent; its whole does not.
    let plain = Family { parent: String::new(), ..family.clone() };
    let find = |k: &str| model.find(k, family).or_else(|| model.find(k, &plain));
    // "其中税收收入60亿元，占比75%": a share that names no whole, of a part listed under a
    // total, is the part's share of that total.
    let listed = || Some((names::share_part(&share.key)?, family.parent.clone())).filter(|_| !family.parent.is_empty());
    if let Some((part_key, whole_key)) = names::share_of(&share.key).or_else(listed) {
        // "成都市经济总量…，占全省的比重": a place's share of the same statistic of the text's own
        // region, named by its level alone. The reader gives a share of a wider region's total
        // that level as its parent.
        let level =
            whole_key.strip_prefix('全').is_some_and(|w| crate::text::char_count(w) == 1) && whole_key != "全国";
        if level && !family.scope.is_empty() && family.parent.is_empty() {
            let own = Family { scope: String::new(), ..plain.clone() };
            return Some((find(&part_key)?, model.find(&part_key, &own)?, 100.0));
        }
        // "全县规上工业总产值…占全市规上工业总产值的比重": a share of a statistic of its own
        // name is a share of a wider region's, which the text does not give.
        if whole_key == part_key {
            return None;
        }
        // "占任务数的60%": each item's share of its own task, which a task stated for another
        // item ("占任务数12000万元的68.3%") is not; a completion, checked as one where stated.
        if TASKS.contains(&whole_key) {
            return None;
        }
        // A part listed under its whole carries the whole's key as its parent.
        let under = Family { parent: whole_key.clone(), ..plain.clone() };
        let part = find(&part_key).or_else(|| model.find(&part_key, &under)).or_else(|| {
            let amounts = lazy.amounts.get_or_insert_with(|| index_amounts(model));
            abbreviated(model, amounts, &part_key, [family, &under])
        })?;
        // "榆川市粮食产量…，占全区总产的33.5%": a place's share of the text's own total (the
        // reader gives a wider region's whole a parent).
        let own = Family { scope: String::new(), ..plain.clone() };
        let own_total =
            || model.find(&whole_key, &own).filter(|_| !family.scope.is_empty() && family.parent.is_empty());
        let whole = find(&whole_key).or_else(own_total).or_else(|| {
            let cores = lazy.cores.get_or_insert_with(|| index_cores(model));
            let core = names::whole_core(&whole_key);
            [family, &plain].into_iter().find_map(|f| {
                // A per-capita figure is no whole of an aggregate in a larger unit ("人均地区生产
                // 总值56420元" for 第一产业增加值81.24亿元 when the text's 地区生产总值 was not read);
                // an income's part per head may name its whole without 人均.
                let exp = |ind: &Indicator| ind.unit.as_ref().map_or(0, |u| u.exp);
                let per_head = |ind: &Indicator| crate::text::has(&ind.key, "人均") && exp(part.1) > exp(ind);
                let is_core = |&i: &usize| {
                    let ind = &model.indicators[i];
                    ind.family == *f && names::whole_core(&ind.key) == core && !per_head(ind)
                };
                let mut found = cores.candidates(crate::model::key_hash(core, f)).filter(is_core);
                match (found.next(), found.next()) {
                    (Some(i), None) if i != part.0 => Some((i, &model.indicators[i])),
                    _ => None,
                }
            })
        })?;
        return Some((part, whole, 100.0));
    }
    let ratio = names::RATIOS.iter().find(|r| r.key == share.key)?;
    let part = ratio.part.iter().find_map(&find)?;
    let stated_at = |ind: &Indicator, span: crate::text::Span| ind.points.iter().any(|p| p.figure.span == span);
    // "总人口400.00万人，其中城镇人口200.00万人，城镇化率50.0%。常住人口360.00万人": the whole
    // the part is listed under, when it is one the ratio may divide by.
    // "常住人口城镇化率" names its whole; "城镇化率" may be of any of the ratio's.
    let named = ratio.whole.iter().find(|w| share.key.starts_with(*w));
    let wholes = |name: &str| named.map_or(ratio.whole.contains(name), |w| w == name);
    let listed_under = model.groups.iter().find_map(|g| {
        let name = g.total.name.as_str();
        (wholes(name) && g.parts.iter().any(|p| stated_at(part.1, p.figure.span))).then(|| find(name)).flatten()
    });
    let whole = listed_under.or_else(|| named.map_or_else(|| ratio.whole.iter().find_map(&find), &find))?;
    // "户籍…人口60.00万人。其中，城镇人口24.00万人。…常住人口50.00万人，城镇化率55%": a part
    // listed under another whole (the registered population) is of that whole, not this one.
    // Not a ratio of two parts of one whole (性别比: 男性人口 ÷ 女性人口 under 户籍总人口).
    let under_another = model.groups.iter().any(|g| {
        !wholes(g.total.name.as_str())
            && g.parts.iter().any(|p| stated_at(part.1, p.figure.span))
            && !g.parts.iter().any(|p| stated_at(whole.1, p.figure.span))
    });
    (!under_another).then_some((part, whole, ratio.scale))
}

/// The one indicator of an amount, in one of `families`, whose key begins with a part's short
/// name ("税收占比" → 税收收入). Two candidates ("工业" → 工业增加值, 工业总产值) give none.
fn abbreviated<'m>(model: &'m Model, amounts: &Amounts, short: &str, families: [&Family; 2]) -> Option<Found<'m>> {
    let from = amounts.partition_point(|(k, _)| *k <= short);
    let mut one = None;
    for &(k, i) in &amounts[from..] {
        if !k.starts_with(short) {
            break;
        }
        let ind = &model.indicators[i];
        if families.contains(&&ind.family) {
            if one.is_some() {
                return None;
            }
            one = Some((i, ind));
        }
    }
    one
}

/// The shares of one whole in one family and year, summed: the rows of [`Totals`].
struct Total<'m> {
    whole: String,
    family: &'m Family,
    year: i32,
    sum: f64,
    slack: f64,
    n: u32,
}

/// Every whole's shares summed by family and year in one pass, found by [`total_hash`], so that a
/// text of thousands of shares stays linear.
#[derive(Default)]
struct Totals<'m> {
    index: Index,
    rows: Vec<Total<'m>>,
}

fn total_hash(whole: &str, family: &Family, year: i32) -> u64 {
    crate::model::key_hash(whole, family) ^ (year as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl<'m> Totals<'m> {
    fn find(&self, whole: &str, family: &Family, year: i32) -> Option<usize> {
        let same = |&i: &usize| {
            let t = &self.rows[i];
            t.year == year && t.family == family && t.whole == whole
        };
        self.index.candidates(total_hash(whole, family, year)).find(same)
    }

    fn build(model: &'m Model) -> Totals<'m> {
        let mut totals = Totals::default();
        for ind in &model.indicators {
            let Some((_, whole)) = names::share_of(&ind.key) else { continue };
            // The first statement of each year, as `points_in(year).next()` gives it.
            for run in ind.points.chunk_by(|a, b| a.year == b.year) {
                let p = &run[0];
                let i = match totals.find(&whole, &ind.family, p.year) {
                    Some(i) => i,
                    None => {
                        let i = totals.rows.len();
                        totals.index.insert(total_hash(&whole, &ind.family, p.year), i);
                        let row = Total {
                            whole: whole.clone(),
                            family: &ind.family,
                            year: p.year,
                            sum: 0.0,
                            slack: 0.0,
                            n: 0,
                        };
                        totals.rows.push(row);
                        i
                    }
                };
                let t = &mut totals.rows[i];
                t.sum += p.value();
                t.slack += p.allowed().half_width();
                t.n += 1;
            }
        }
        totals
    }
}

/// True when the shares of `share`'s whole in `year` (two or more, in its family) add up to 100
/// within their rounding.
fn forced_to_100<'m>(model: &'m Model, share: &Indicator, year: i32, lazy: &mut Lazy<'m>) -> bool {
    let Some((_, whole)) = names::share_of(&share.key) else { return false };
    let totals = lazy.totals.get_or_insert_with(|| Totals::build(model));
    totals
        .find(&whole, &share.family, year)
        .is_some_and(|i| totals.rows[i].n >= 2 && (totals.rows[i].sum - 100.0).abs() <= totals.rows[i].slack.max(0.05))
}

/// Magnitudes a part's unit may have lost in writing ("元" for "万元").
const UNIT_SLIPS: &[(i32, &str)] = &[(4, "万"), (8, "亿")];

const UNIT_SLIP: Template = Template {
    zh: "若{0}的单位不是“{1}”而是“{2}”，比重即与所述的{3}%相符：可能是单位笔误。",
    en: "With {0} in {2} instead of {1}, the share would match the stated {3}%: possibly a slip in the unit.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    moves_cancel(model, out);
    let mut lazy = Lazy::default();
    for (si, share) in model.indicators.iter().enumerate() {
        if share.unit.as_ref().is_none_or(|u| u.kind != UnitKind::Percent)
            && !names::RATIOS.iter().any(|r| r.key == share.key)
        {
            continue;
        }
        let Some(((pi, part), (wi, whole), scale)) = part_and_whole(model, share, &mut lazy) else {
            continue;
        };
        let percent = scale == 100.0;
        let (Some(punit), Some(wunit)) = (part.unit.as_ref(), whole.unit.as_ref()) else {
            continue;
        };
        if !punit.compatible(wunit) {
            continue;
        }
        for sp in &share.points {
            let (Some(pp), Some(wp)) = (part.points_in(sp.year).next(), whole.points_in(sp.year).next()) else {
                continue;
            };
            // A part or a whole with two values of the year that cannot meet is two statistics
            // under one name ("三大支柱产业…完成工业总产值300亿元" after the city's 500亿元): which one
            // the share is of is a guess, so nothing is said.
            let ambiguous = lazy.ambiguous.get_or_insert_with(|| index_ambiguous(model));
            if ambiguous.binary_search(&(pi, sp.year)).is_ok() || ambiguous.binary_search(&(wi, sp.year)).is_ok() {
                continue;
            }
            let spans = [sp.figure.span, pp.figure.span, wp.figure.span];
            out.relation(&spans);
            let Some(computed) = allowed_at(pp, punit.exp, wunit.exp).div_pos(&wp.allowed()).map(|x| x.scale(scale))
            else {
                continue;
            };
            // Shares of one whole that add up to 100 are often rounded so that they do, which
            // moves one of them by up to one unit of its last digit: then that much more is
            // allowed. A share stated alone is held to its rounding.
            let stated = sp.allowed();
            let slack = if forced_to_100(model, share, sp.year, &mut lazy) { stated.half_width() } else { 0.0 };
            if computed.meets(&stated.widen(slack)) {
                let found = ((si, share), (pi, part), (wi, whole));
                shifted(model, found, (sp, pp, wp), out);
                continue;
            }
            let mid = pp.figure.number.shift(pp.shift + punit.exp - wunit.exp).to_f64() / wp.value() * scale;
            let nearest = computed.nearest(sp.value());
            // A share stated with a bound word (近八成, 超五成, 以上) that the values contradict
            // is a misused approximation word.
            let kind = if sp.figure.bound == crate::figure::Bound::Eq { Kind::Share } else { Kind::ApproxWord };
            // "307998元" for 万元: a part that fits once its unit is off by 万 or 亿 is most
            // likely a unit slip, which the explanation names.
            let mut explanation = Vec::new();
            for (exp, word) in UNIT_SLIPS.iter().filter(|_| punit.exp == 0) {
                if computed.scale(10f64.powi(*exp)).meets(&stated) {
                    let written = crate::text::cat(&[word, punit.base]);
                    explanation.push(UNIT_SLIP.fill(&[&part.name, &punit.text, &written, &sp.figure.number]));
                }
            }
            // Two more decimals than the share is written with, so that its rounding shows
            // (17.249% is not 17.3%; "17.25%" would look as if it were).
            let dp = super::dp_for(sp.figure.number.exp - 1).max(2);
            let message = (if percent { MISMATCH } else { MISMATCH_RATIO }).fill(&[
                &share.name,
                &Year(sp.year),
                &sp.figure.number,
                &part.name,
                &pp.figure.number.shift(pp.shift),
                &punit.text,
                &whole.name,
                &wp.figure.number.shift(wp.shift),
                &wunit.text,
                &Fixed(mid, dp),
                &Fixed(computed.lo, dp),
                &Fixed(computed.hi, dp),
            ]);
            let severity = Severity::grade(computed.gap(&stated), stated.half_width());
            let refs = [Ref::Indicator(si), Ref::Indicator(pi), Ref::Indicator(wi)];
            let numbers = [pp.figure.written(), wp.figure.written(), sp.figure.written()];
            let finding = out.finding(kind, severity, &refs, &numbers, message, &spans);
            // Once the unit explains the gap, the nearest share is no advice.
            if explanation.is_empty() {
                let advice = (if percent { NEAREST } else { NEAREST_RATIO }).fill(&[&Fixed(nearest, 2)]);
                let unit = if percent { "%" } else { "" };
                finding.suggestion = Some(Suggestion::one(advice, "share", sp.year, nearest, unit));
            }
            finding.explanation = explanation;
        }
    }
}

/// "城镇人口增加5.88万人，乡村人口减少5.79万人，城镇化率提高1.84个百分点": a share's change in
/// points against the share a year before, computed from its part's and its whole's levels less
/// their changes. The whole's change may be its parts' ([`names::DECOMPOSITIONS`]): 常住人口
/// changes by its urban and its rural part's changes.
///
/// | share  | part, change     | whole, change           | share before | points stated | finding |
/// |--------|------------------|-------------------------|--------------|---------------|---------|
/// | 52.79% | 167.50, +5.88万人 | 317.29, (+5.88 − 5.79)  | 50.95%       | 1.84          | none    |
/// | 52.79% | 167.50, +5.88万人 | 317.29, (+5.88 − 5.79)  | 50.95%       | 2.30          | error   |
fn shifted(
    model: &Model,
    ((si, share), (pi, part), (wi, whole)): (Found, Found, Found),
    (sp, pp, wp): (&crate::model::Point, &crate::model::Point, &crate::model::Point),
    out: &mut Outcome,
) {
    let (Some(punit), Some(wunit)) = (part.unit.as_ref(), whole.unit.as_ref()) else { return };
    let e = wunit.exp;
    for sc in share.changes.iter().filter(|c| c.to == sp.year && c.unit.kind == UnitKind::Points) {
        let from = sc.from;
        // The value of `ind` in `from`: stated, or its level less its change since, or its
        // level over one plus its growth since ("税收收入8.00亿元，增长10.0%，占…比重提升3.0个百分点").
        let before = |ind: &Indicator, p: &crate::model::Point, exp: i32| {
            let stated = ind.points_in(from).next().map(|q| allowed_at(q, exp, e));
            stated.or_else(|| {
                let now = allowed_at(p, exp, e);
                let Some(c) =
                    ind.changes.iter().find(|c| c.from == from && c.to == sp.year && c.unit.kind == UnitKind::Amount)
                else {
                    // Not value added: its growth is at constant prices, its shares at current.
                    let r = ind.rates.iter().find(|r| (r.from, r.to) == (from, sp.year) && r.years() == 1)?;
                    if super::spread::deflated(ind, r.basis) {
                        return None;
                    }
                    let g = r.allowed();
                    return now.div_pos(&crate::interval::Interval::new(1.0 + g.lo / 100.0, 1.0 + g.hi / 100.0));
                };
                let d = c.figure.allowed_shifted(c.unit.exp - e);
                Some(now.add(&d.scale(-1.0)))
            })
        };
        let Some(p0) = before(part, pp, punit.exp) else { continue };
        let w0 = before(whole, wp, e).or_else(|| {
            // The whole's change as its parts' changes, every part stating one.
            let dec = names::DECOMPOSITIONS.iter().find(|d| d.total == whole.key)?;
            let same = |c: &&crate::model::Amount| c.from == from && c.to == sp.year && c.unit.compatible(wunit);
            let parts = super::decomposed(model, dec, whole, |i| i.changes.iter().find(same))?;
            let mut sum = crate::interval::Interval::point(0.0);
            for (_, c) in parts {
                sum = sum.add(&c.figure.allowed_shifted(c.unit.exp - e));
            }
            Some(wp.allowed().add(&sum.scale(-1.0)))
        });
        let Some(w0) = w0 else { continue };
        let Some(s0) = p0.div_pos(&w0).map(|x| x.scale(100.0)) else { continue };
        let now = sp.allowed();
        let moved = crate::interval::Interval::new(now.lo - s0.hi, now.hi - s0.lo);
        let stated = sc.figure.allowed();
        let spans = [sc.figure.span, sp.figure.span, pp.figure.span, wp.figure.span];
        out.relation(&spans);
        if moved.meets(&stated) {
            continue;
        }
        let message = SHIFT.fill(&[
            &share.name,
            &Year(sp.year),
            &Year(from),
            &sc.figure.number,
            &part.name,
            &whole.name,
            &Fixed(p0.mid(), 2),
            &Fixed(w0.mid(), 2),
            &Fixed(s0.mid(), 2),
            &Fixed(moved.lo, 2),
            &Fixed(moved.hi, 2),
        ]);
        let severity = Severity::grade(moved.gap(&stated), stated.half_width());
        let refs = [Ref::Indicator(si), Ref::Indicator(pi), Ref::Indicator(wi)];
        let numbers = [pp.figure.written(), wp.figure.written(), sp.figure.written(), sc.figure.written()];
        out.finding(Kind::Share, severity, &refs, &numbers, message, &spans);
    }
}

/// "第一产业比重提高0.5个百分点，第二产业提高0.8个百分点，第三产业下降0.6个百分点": the shares of
/// the parts that make up a whole ([`names::DECOMPOSITIONS`]) add up to 100, so their moves in
/// points over the same years add up to zero.
///
/// | moves stated        | sum, within rounding | finding |
/// |---------------------|----------------------|---------|
/// | +0.5, +0.1, −0.6    | [−0.15, 0.15]        | none    |
/// | +0.5, +0.8, −0.6    | [0.55, 0.85]         | error   |
fn moves_cancel(model: &Model, out: &mut Outcome) {
    let points = |c: &&Amount| c.unit.kind == UnitKind::Points;
    // The shares with a move in points: (index, part, whole).
    let mut shares = Vec::new();
    for (n, i) in model.indicators.iter().enumerate() {
        if !i.changes.iter().any(|c| points(&c)) {
            continue;
        }
        if let Some((part, whole)) = names::share_of(&i.key) {
            shares.push((n, part, whole));
        }
    }
    if shares.len() < 2 {
        return;
    }
    'dec: for dec in names::DECOMPOSITIONS {
        let mut found = Vec::new();
        for alts in dec.parts {
            match shares.iter().find(|(_, p, w)| w == dec.total && alts.contains(p)) {
                Some(&(n, ..)) => found.push((n, &model.indicators[n])),
                None => continue 'dec,
            }
        }
        let first = found[0].1;
        if found.iter().any(|(_, i)| i.family != first.family) {
            continue;
        }
        'moves: for c0 in first.changes.iter().filter(points) {
            let zero = crate::interval::Interval::point(0.0);
            let mut sum = zero;
            let mut sum_mid = 0.0;
            let mut names = Vec::new();
            let mut refs = Vec::new();
            let mut numbers = Vec::new();
            let mut spans = Vec::new();
            // Every part's move over c0's years, or none checked if a part states none.
            for &(n, ind) in &found {
                let same = |c: &&Amount| (c.from, c.to) == (c0.from, c0.to) && points(c);
                let Some(c) = ind.changes.iter().find(same) else { continue 'moves };
                let a = c.figure.allowed();
                sum = sum.add(&a);
                sum_mid += a.mid();
                names.push(ind.name.as_str());
                refs.push(Ref::Indicator(n));
                numbers.push(c.figure.written());
                spans.push(c.figure.span);
            }
            out.relation(&spans);
            if sum.lo <= 0.0 && sum.hi >= 0.0 {
                continue;
            }
            let message = MOVES.fill(&[
                &Year(c0.to),
                &Year(c0.from),
                &crate::text::join(&names, "、"),
                &Fixed(sum_mid, 2),
                &Fixed(sum.lo, 2),
                &Fixed(sum.hi, 2),
            ]);
            let severity = Severity::grade(sum.gap(&zero), sum.half_width());
            out.finding(Kind::Share, severity, &refs, &numbers, message, &spans);
        }
    }
}
