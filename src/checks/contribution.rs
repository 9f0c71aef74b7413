//! `share` of growth: a part's contribution rate to its whole's growth against the two
//! increases its levels and growth rates imply.
//!
//! A part that is X in a year after growing r has grown by X·r/(1+r); the contribution rate is
//! that increase over the whole's, in per cent. Only statistics whose growth is nominal are
//! checked (investment, sales, revenue): the value added of sectors grows at comparable prices,
//! so its increases cannot be read off its current-price levels.
//!
//! | part: level, growth  | whole: level, growth   | implied       | stated | finding |
//! |----------------------|------------------------|---------------|--------|---------|
//! | 4584.47亿元, 27.0%   | 10875.84亿元, 17.5%    | 60.13%–60.25% | 60.3%  | none    |
//! | 4584.47亿元, 27.0%   | 10875.84亿元, 17.5%    | 60.13%–60.25% | 75.4%  | error   |

use super::{Fixed, Kind, Outcome, Ref, Severity};
use crate::facts::Status;
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Family, Indicator, Model, Point, Rate};
use crate::names;

const MISMATCH: Template = Template {
    zh: "{0}（{1}年）为{2}%，但{3}增加约{4}{12}（{5}×{6}%÷(1+{6}%)），{7}增加约{8}{12}，两者之比为{9}%（在舍入精度内为{10}%–{11}%）。",
    en: "{0} ({1}) is stated as {2}%, but {3} grew by about {4}{12} ({5} × {6}% ÷ (1 + {6}%)) and {7} by about {8}{12}, a ratio of {9}% ({10}%–{11}% within their rounding).",
};

/// The wholes a contribution names by their head noun alone ("对全省投资增长的贡献率").
const SHORT_WHOLES: &[(&str, &str)] = &[("投资", "固定资产投资")];

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (ci, c) in model.indicators.iter().enumerate() {
        let Some((part, whole)) = split(&c.key) else { continue };
        // In the text's family; a part may also be listed under its whole ("分产业看，第三产业…").
        let family = Family { parent: String::new(), ..c.family.clone() };
        let Some((wi, w)) = find(model, whole, &family) else { continue };
        let under = Family { parent: w.key.clone(), ..family.clone() };
        let Some((pi, p)) = find(model, part, &family).or_else(|| find(model, part, &under)) else { continue };
        let nominal =
            |i: &Indicator| i.unit.as_ref().is_some_and(|u| names::basis(&i.key, u.base) != names::Basis::Real);
        if pi == wi || !nominal(p) || !nominal(w) {
            continue;
        }
        let (Some(pu), Some(wu)) = (p.unit.as_ref(), w.unit.as_ref()) else { continue };
        if !pu.compatible(wu) {
            continue;
        }
        for cp in &c.points {
            let (Some((pp, pr)), Some((wp, wr))) = (stated(p, cp.year), stated(w, cp.year)) else { continue };
            let (Some(dp), Some(dw)) = (increase(pp, pr, pu.exp - wu.exp), increase(wp, wr, 0)) else { continue };
            let Some(implied) = dp.div_pos(&dw).map(|x| x.scale(100.0)) else { continue };
            let stated_rate = cp.allowed();
            let spans = [cp.figure.span, pp.figure.span, pr.figure.span, wp.figure.span, wr.figure.span];
            out.relation(&spans);
            if implied.meets(&stated_rate) {
                continue;
            }
            let message = MISMATCH.fill(&[
                &c.name,
                &Year(cp.year),
                &cp.figure.number,
                &p.name,
                &Fixed(dp.mid(), 2),
                &format!("{}{}", pp.figure.number.shift(pp.shift), pu.text),
                &pr.figure.number,
                &w.name,
                &Fixed(dw.mid(), 2),
                &Fixed(implied.mid(), 2),
                &Fixed(implied.lo, 2),
                &Fixed(implied.hi, 2),
                &wu.text,
            ]);
            let severity = Severity::grade(implied.gap(&stated_rate), stated_rate.half_width());
            let refs = [Ref::Indicator(ci), Ref::Indicator(pi), Ref::Indicator(wi)];
            let numbers = [
                pp.figure.written(),
                pr.figure.written(),
                wp.figure.written(),
                wr.figure.written(),
                cp.figure.written(),
            ];
            out.finding(Kind::Share, severity, &refs, &numbers, message, &spans);
        }
    }
}

/// "第三产业投资对全省投资增长的贡献率" → ("第三产业投资", "全省投资").
fn split(key: &str) -> Option<(&str, &str)> {
    let body = key.strip_suffix("贡献率")?;
    let body = crate::text::words!["增长的", "的", "增长"].strip_any_suffix(body).unwrap_or(body);
    let at = crate::text::find_str(body, "对")?;
    let (part, whole) = (crate::text::sub(body, 0, at), crate::text::sub_from(body, at + "对".len()));
    (!part.is_empty() && !whole.is_empty()).then_some((part, whole))
}

/// The indicator a contribution names as its part or whole in `family`; a whole named by its
/// head noun alone is looked up in full. Index lookups only: a text of many contributions stays
/// linear.
fn find<'m>(model: &'m Model, name: &str, family: &Family) -> Option<(usize, &'m Indicator)> {
    let key = names::key(name);
    // "对全省投资增长": a part's whole is of the part's own region, however it is worded.
    let own = crate::text::words!["全省", "全市", "全县", "全区", "全州", "全盟", "全旗"];
    let core = names::whole_core(own.strip_any_prefix(&key).unwrap_or(&key));
    let full = SHORT_WHOLES.iter().find(|(short, _)| *short == core).map_or("", |(_, full)| full);
    let of = |k: &str| model.find(k, family);
    of(&key).or_else(|| of(core)).or_else(|| of(full).filter(|_| !full.is_empty()))
}

/// The indicator's level in `year` and its growth over the year before, both stated as results.
fn stated(ind: &Indicator, year: i32) -> Option<(&Point, &Rate)> {
    let p = ind.points_in(year).next()?;
    let r = ind.rates.iter().find(|r| r.to == year && r.from + 1 == r.to && r.status == Status::Actual)?;
    Some((p, r))
}

/// The increase of a level that grew `r` per cent: X·r/(1+r), for growth above zero (the bounds
/// are then monotone in both).
fn increase(p: &Point, r: &Rate, shift: i32) -> Option<Interval> {
    let level = p.figure.allowed_shifted(p.shift + shift);
    let rate = r.allowed().scale(0.01);
    if rate.lo <= 0.0 || !level.is_positive() || !level.is_bounded() || !rate.is_bounded() {
        return None;
    }
    let f = |x: f64, g: f64| x * g / (1.0 + g);
    Some(Interval::new(f(level.lo, rate.lo), f(level.hi, rate.hi)))
}
