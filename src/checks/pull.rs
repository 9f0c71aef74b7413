//! `share` of growth: what a part adds to its whole's growth, in percentage points, against its
//! contribution rate times that growth ("工业对经济增长的贡献率为46.0%，拉动经济增长2.3个百分点",
//! with GDP growing 5.0%). The reader pairs the three figures ([`crate::facts::Pull`]).
//!
//! | pull      | contribution | whole's growth | contribution × growth  | finding |
//! |-----------|--------------|----------------|------------------------|---------|
//! | 2.3 pts   | 46.0%        | 5.0%           | 2.27–2.33 pts           | none    |
//! | 2.9 pts   | 46.0%        | 5.0%           | 2.27–2.33 pts           | error   |
//! | −0.5 pts  | −33.8%       | 2.2%           | −0.76–−0.73 pts         | error   |
//! | −0.2 pts  | 4.0%         | 5.0%           | (signs apart: not checked) | none |

use super::{Fixed, Kind, Outcome, Range, Ref, Severity};
use crate::facts::Context;
use crate::figure::Figure;
use crate::messages::{Template, Year};
use crate::model::{Family, Model};

const MISMATCH: Template = Template {
    zh: "{0}（{1}年）为{2}个百分点，但其贡献率{3}%×{4}增速{5}%={6}个百分点（在舍入精度内为{7}）。",
    en: "{0} ({1}) is stated as {2} points, but its contribution of {3}% × the growth of {4}, {5}%, = {6} points ({7} within their rounding).",
};

/// A pull as it is checked: the part's `points`, its contribution rate `share` and the growth
/// of its `whole`, read together ([`crate::facts::Pull`]) or from a group and a structure.
struct Stated<'a> {
    part: &'a str,
    whole: &'a str,
    /// The name of the indicator a finding is about.
    about: &'a str,
    year: i32,
    points: &'a Figure,
    share: &'a Figure,
    growth: &'a Figure,
    ctx: &'a Context,
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    structures(model, out);
    for p in &model.pulls {
        let (points, share, growth) = (&p.points, &p.share, &p.growth);
        let stated =
            Stated { part: &p.name, whole: &p.whole, about: &p.name, year: p.year, points, share, growth, ctx: &p.ctx };
        judge(model, &stated, out);
    }
}

/// The pull against its contribution rate times the whole's growth. Parts that grow while the
/// whole grows, or parts that fall while it grows when both the pull and the share are written
/// negative ("贡献率…-33.8%…拉动…-0.5个百分点"): a whole that shrinks, or signs written one way
/// and not the other, give shares and pulls the texts word too loosely to check.
fn judge(model: &Model, p: &Stated, out: &mut Outcome) {
    let (points, share) = (p.points.allowed(), p.share.allowed());
    // A fall is judged on the magnitudes, then told with its sign.
    let sign = if points.hi < 0.0 && share.hi < 0.0 { -1.0 } else { 1.0 };
    let product = share.scale(sign).mul_pos(&p.growth.allowed()).map(|x| x.scale(0.01 * sign));
    let Some(product) = product.filter(|_| points.scale(sign).lo > 0.0) else { return };
    let spans = [p.points.span, p.share.span, p.growth.span];
    out.relation(&spans);
    if product.meets(&points) {
        return;
    }
    let family = Family::of(p.ctx);
    let severity = Severity::grade(product.gap(&points), points.half_width());
    let found = model.find(&crate::names::key(p.about), &family).map(|(i, _)| Ref::Indicator(i));
    let numbers = [p.points.written(), p.share.written(), p.growth.written()];
    let message = MISMATCH.fill(&[
        &p.part,
        &Year(p.year),
        &p.points.number,
        &p.share.number,
        &p.whole,
        &p.growth.number,
        &Fixed(product.mid(), 2),
        &Range(&product, 2),
    ]);
    out.finding(Kind::Share, severity, found.as_slice(), &numbers, message, &spans);
}

/// The most structures of contribution rates of one year set against a list of pulls.
const STRUCTURES_A_YEAR: usize = 4;

/// The members' pulls listed in points (a group of "第一产业拉动…" under the whole's growth)
/// against the contribution rates a structure of the same year states in the members' order
/// ("三次产业对地区生产总值的贡献率分别为30.0:30.0:40.0"): each pull is its share of the growth. A
/// pull the reader already paired with its own contribution rate is checked above, not again.
fn structures(model: &Model, out: &mut Outcome) {
    // The structures of contribution rates by year, looked up per group: a text of many lists
    // and many structures stays linear.
    let mut contributions: Vec<(i32, usize)> = Vec::new();
    for (i, st) in model.structures.iter().enumerate() {
        if crate::text::has(&st.key, "贡献率") {
            contributions.push((st.year, i));
        }
    }
    crate::order::sort(&mut contributions);
    let mut paired: Vec<usize> = Vec::with_capacity(model.pulls.len());
    for p in &model.pulls {
        paired.push(p.points.span.start);
    }
    crate::order::sort(&mut paired);
    for g in &model.groups {
        let Some(whole) = g.total.name.strip_suffix("增速") else { continue };
        let from = contributions.partition_point(|&(y, _)| y < g.year);
        for &(year, i) in contributions[from..].iter().take(STRUCTURES_A_YEAR) {
            let st = &model.structures[i];
            if year != g.year || st.parts.len() != g.parts.len() {
                continue;
            }
            for part in &g.parts {
                let Some(i) = crate::names::SECTORS.iter().position(|m| crate::text::has(&part.name, m)) else {
                    continue;
                };
                let Some(share) = st.parts.get(i) else { continue };
                if paired.binary_search(&part.figure.span.start).is_ok() {
                    continue;
                }
                let (points, growth) = (&part.figure, &g.total.figure);
                let stated =
                    Stated { part: &part.name, whole, about: whole, year: g.year, points, share, growth, ctx: &g.ctx };
                judge(model, &stated, out);
            }
        }
    }
}
