//! `cumulative`: a sum over the years of a period against the path its rate and base imply.
//!
//! Σ_{k=1..n} base × (1+r)^k must meet the stated total. With a rate but no base, the total
//! implies a base, reported as a note so that a reviewer can compare it with the statistics.
//!
//! | statement                                         | result                                  |
//! |---------------------------------------------------|-----------------------------------------|
//! | 固定资产投资 年均21%, 五年累计200亿元 (no 2010 level) | info: implies a 2010 level of ≈21.8亿元  |
//! | same, with 2010 = 21.8亿元                          | none                                    |
//! | same, with 2010 = 30亿元                            | info: the smooth path sums to ≈275亿元, but uneven years with the same ends can sum to 200 |
//! | same, with 2010 = 50亿元                            | error: no rising path from 50 sums below ≈330亿元 |
//!
//! The years between are not stated, and real years are uneven: with its ends fixed, a rising
//! path sums to anything from the base held until the last year, (n−1)·base + end, to the end
//! reached in the first, n·end, and a year out of line takes it a little beyond. Only a total
//! more than a twentieth outside those bounds is an error or a warning; one off the smooth path
//! alone is a note.

use super::{Fixed, Kind, Outcome, Range, Ref, Severity, Suggestion};
use crate::growth;
use crate::messages::{Template, Year};
use crate::model::Model;

const IMPLIED_BASE: Template = Template {
    zh: "{0}：{1}–{2}年累计{3}{4}、年均增长{5}%，意味着{1}年的水平约为{6}{4}（{7}）。",
    en: "{0}: a total of {3}{4} over {1}–{2} at {5}% a year implies a {1} level of about {6}{4} ({7}).",
};

const MISMATCH: Template = Template {
    zh: "{0}：从{1}年的{2}{4}起按年均{3}%增长，{1}–{5}年累计应为{6}{4}（{7}），而所述累计为{8}{4}。",
    en: "{0}: growing {3}% a year from {2}{4} in {1}, the years to {5} add up to {6}{4} ({7}), but the stated total is {8}{4}.",
};

const UNEVEN: Template = Template {
    zh: "{0}：从{1}年的{2}{4}起按年均{3}%平稳增长，{1}–{5}年累计约为{6}{4}（{7}），所述累计为{8}{4}；各年增速不均时可以如此（逐年同向变化时累计在{9}{4}之间），未作核查。",
    en: "{0}: growing evenly at {3}% a year from {2}{4} in {1}, the years to {5} add up to about {6}{4} ({7}), the stated total is {8}{4}; uneven years can give it (years that all move one way add up to {9}{4}), so it is not checked.",
};

/// How far, as a share of the nearer bound, a total may lie outside the sums of paths that move
/// one way and be taken for a path with a year out of line.
const UNEVEN_SLACK: f64 = 0.05;

const UNEVEN_STEP: Template = Template {
    zh: "各年增速不均而首尾不变时，累计可在{0}{1}之间。",
    en: "With uneven years between the same ends, the total can be anywhere in {0}{1}.",
};

const NEAREST: Template = Template {
    zh: "与基数和增速一致的累计数：{0}{1}。",
    en: "Total consistent with the base and the rate: {0}{1}.",
};

const STEP: Template = Template {
    zh: "累计 = Σ 基数 × (1 + 增速)^k，k = 1…{0}。",
    en: "Total = Σ base × (1 + rate)^k for k = 1…{0}.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        let Some(iu) = ind.unit.as_ref().or(ind.cumulatives.first().map(|c| &c.unit)) else { continue };
        for c in &ind.cumulatives {
            if !c.unit.compatible(iu) {
                continue;
            }
            let Some(rate) = ind.rates.iter().find(|r| r.from == c.from && r.to == c.to) else { continue };
            let spans = [c.figure.span, rate.figure.span];
            out.relation(&spans);
            let n = c.to - c.from;
            let total = c.figure.allowed_shifted(c.unit.shift_to(iu));
            let r = rate.allowed();
            let unit = &iu.text;
            match ind.points_in(c.from).next() {
                None => {
                    let Some(base) = growth::base_for_cumulative(&total, &r, n) else { continue };
                    let message = IMPLIED_BASE.fill(&[
                        &ind.name,
                        &Year(c.from),
                        &c.to,
                        &c.figure.number.shift(c.unit.shift_to(iu)),
                        unit,
                        &rate.figure.number,
                        &Fixed(base.mid(), 2),
                        &Range(&base, 2),
                    ]);
                    let numbers = [c.figure.written(), rate.figure.written()];
                    let finding =
                        out.finding(Kind::Cumulative, Severity::Info, &[Ref::Indicator(i)], &numbers, message, &spans);
                    finding.explanation = vec![STEP.fill(&[&n])];
                }
                Some(bp) => {
                    let Some(sum) = growth::cumulative(&bp.allowed(), &r, n) else { continue };
                    if sum.meets(&total) {
                        continue;
                    }
                    let mid = growth::cumulative(
                        &crate::interval::Interval::point(bp.value()),
                        &crate::interval::Interval::point(rate.percent()),
                        n,
                    )
                    .map_or(f64::NAN, |x| x.mid());
                    let Some(span) = path_sums(&bp.allowed(), &r, n) else { continue };
                    let args: [&dyn crate::messages::Arg; 9] = [
                        &ind.name,
                        &Year(c.from),
                        &bp.figure.number.shift(bp.shift),
                        &rate.figure.number,
                        unit,
                        &c.to,
                        &Fixed(mid, 2),
                        &Range(&sum, 2),
                        &c.figure.number.shift(c.unit.shift_to(iu)),
                    ];
                    let numbers = [bp.figure.written(), rate.figure.written(), c.figure.written()];
                    let spans = [bp.figure.span, rate.figure.span, c.figure.span];
                    // A year above the end or below the base is common too (a year of crisis):
                    // a total within a twentieth of the bounds is a note.
                    let nearest = span.nearest(total.mid());
                    if span.meets(&total) || span.gap(&total) <= UNEVEN_SLACK * nearest.abs() {
                        let message = UNEVEN.fill(&[&args[..], &[&Range(&span, 2)]].concat());
                        out.finding(Kind::Cumulative, Severity::Info, &[Ref::Indicator(i)], &numbers, message, &spans);
                        continue;
                    }
                    let message = MISMATCH.fill(&args);
                    let severity = Severity::grade(span.gap(&total), total.half_width());
                    let finding =
                        out.finding(Kind::Cumulative, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
                    finding.explanation = vec![STEP.fill(&[&n]), UNEVEN_STEP.fill(&[&Range(&span, 2), unit])];
                    let advice = NEAREST.fill(&[&Fixed(nearest, 2), unit]);
                    finding.suggestion = Some(Suggestion::one(advice, "total", c.to, nearest, unit));
                }
            }
        }
    }
}

/// The sums that `n` years of a path that moves one way can have, from `base` to the end its
/// `rate` leads to: the base held until the last year, (n−1)·base + end, to the end reached in
/// the first, n·end (the other way round for a path that falls).
fn path_sums(
    base: &crate::interval::Interval,
    rate: &crate::interval::Interval,
    n: i32,
) -> Option<crate::interval::Interval> {
    let end = growth::project(base, rate, n)?;
    let held = base.scale(f64::from(n - 1)).add(&end);
    let reached = end.scale(f64::from(n));
    Some(crate::interval::Interval::new(held.lo.min(reached.lo), held.hi.max(reached.hi)))
}
