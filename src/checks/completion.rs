//! `completion`: "完成…目标任务X的Y%" against the actual level ÷ X.
//!
//! | actual  | target X | stated Y | actual ÷ X        | finding |
//! |---------|----------|----------|-------------------|---------|
//! | 60亿元   | 55亿元    | 109.1%   | 108.2%–110.0%     | none    |
//! | 60亿元   | 55亿元    | 120%     | 108.2%–110.0%     | error   |
//! | —       | 55亿元    | 109.1%   | —                 | info: implies an actual of ≈60.0亿元 |

use super::{Fixed, Kind, Outcome, Range, Ref, Severity, Suggestion};
use crate::messages::{Template, Year};
use crate::model::Model;

const MISMATCH: Template = Template {
    zh: "{0}：{1}年完成{2}{3}，占目标{4}{3}的{5}%（{6}），而所述完成比例为{7}%。",
    en: "{0}: {2}{3} in {1} is {5}% ({6}) of the target {4}{3}, but the stated completion is {7}%.",
};

const IMPLIED: Template = Template {
    zh: "{0}：完成目标{1}{2}的{3}%，意味着{4}年实际约为{5}{2}。",
    en: "{0}: {3}% of the target {1}{2} means an actual {4} level of about {5}{2}.",
};

const NEAREST: Template = Template {
    zh: "与实际值和目标一致的完成比例：{0}%。",
    en: "Completion consistent with the actual value and the target: {0}%.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        for c in &ind.completions {
            let unit = ind.unit.as_ref().unwrap_or(&c.unit);
            if !c.unit.compatible(unit) {
                continue;
            }
            let target = c.target.allowed_shifted(c.unit.shift_to(unit));
            let stated = c.percent.allowed();
            // The level the reader tied the completion to; else the year's level, when the
            // text states only one value for it.
            let mut points = ind.points_in(c.year);
            let actual = match c.actual {
                Some(span) => match points.find(|p| p.figure.span == span) {
                    Some(p) => Some(p),
                    None => continue,
                },
                None => {
                    let first = points.next();
                    let agreed = points.all(|p| first.is_some_and(|f| f.figure.number == p.figure.number));
                    if agreed {
                        first
                    } else {
                        continue;
                    }
                }
            };
            match actual {
                Some(actual) => {
                    let spans = [actual.figure.span, c.target.span, c.percent.span];
                    out.relation(&spans);
                    let Some(ratio) = actual.allowed().div_pos(&target).map(|x| x.scale(100.0)) else { continue };
                    if ratio.meets(&stated) {
                        continue;
                    }
                    let mid = actual.value() / target.mid() * 100.0;
                    let nearest = ratio.nearest(c.percent.written());
                    let message = MISMATCH.fill(&[
                        &ind.name,
                        &Year(c.year),
                        &actual.figure.number.shift(actual.shift),
                        &unit.text,
                        &c.target.number.shift(c.unit.shift_to(unit)),
                        &Fixed(mid, 2),
                        &Range(&ratio, 2),
                        &c.percent.number,
                    ]);
                    let severity = Severity::grade(ratio.gap(&stated), stated.half_width());
                    let numbers = [actual.figure.written(), c.target.written(), c.percent.written()];
                    let finding =
                        out.finding(Kind::Completion, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
                    let advice = NEAREST.fill(&[&Fixed(nearest, 2)]);
                    finding.suggestion = Some(Suggestion::one(advice, "percent", c.year, nearest, "%"));
                }
                None => {
                    let implied = target.mid() * c.percent.written() / 100.0;
                    let message = IMPLIED.fill(&[
                        &ind.name,
                        &c.target.number.shift(c.unit.shift_to(unit)),
                        &unit.text,
                        &c.percent.number,
                        &Year(c.year),
                        &Fixed(implied, 2),
                    ]);
                    let numbers = [c.target.written(), c.percent.written()];
                    let spans = [c.target.span, c.percent.span];
                    out.finding(Kind::Completion, Severity::Info, &[Ref::Indicator(i)], &numbers, message, &spans);
                }
            }
        }
    }
}
