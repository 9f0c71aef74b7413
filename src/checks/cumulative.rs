//! `cumulative`: a sum over the years of a period against the path its rate and base imply.
//!
//! Σ_{k=1..n} base × (1+r)^k must meet the stated total. With a rate but no base, the total
//! implies a base, reported as a note so that a reviewer can compare it with the statistics.
//!
//! | statement                                         | result                                  |
//! |---------------------------------------------------|-----------------------------------------|
//! | 固定资产投资 年均21%, 五年累计200亿元 (no 2010 level) | info: implies a 2010 level of ≈21.8亿元  |
//! | same, with 2010 = 21.8亿元                          | none                                    |
//! | same, with 2010 = 30亿元                            | error: the path sums to ≈275亿元         |

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
                    let nearest = sum.nearest(total.mid());
                    let message = MISMATCH.fill(&[
                        &ind.name,
                        &Year(c.from),
                        &bp.figure.number.shift(bp.shift),
                        &rate.figure.number,
                        unit,
                        &c.to,
                        &Fixed(mid, 2),
                        &Range(&sum, 2),
                        &c.figure.number.shift(c.unit.shift_to(iu)),
                    ]);
                    let severity = Severity::grade(sum.gap(&total), total.half_width());
                    let numbers = [bp.figure.written(), rate.figure.written(), c.figure.written()];
                    let spans = [bp.figure.span, rate.figure.span, c.figure.span];
                    let finding =
                        out.finding(Kind::Cumulative, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
                    finding.explanation = vec![STEP.fill(&[&n])];
                    let advice = NEAREST.fill(&[&Fixed(nearest, 2), unit]);
                    finding.suggestion = Some(Suggestion::one(advice, "total", c.to, nearest, unit));
                }
            }
        }
    }
}
