//! `sum_vs_total` of growth: a total's growth against its parts' growth.
//!
//! A total that is the sum of its parts ([`crate::names::DECOMPOSITIONS`]) grows by the average
//! of its parts' growth, weighted by their levels the year before; so its rate lies between the
//! slowest and the fastest part's. It is checked when the total and every part state a rate
//! over the same years, on the same price basis, as results.
//!
//! | GDP     | 第一产业 | 第二产业 | 第三产业 | parts' range       | finding |
//! |---------|----------|----------|----------|--------------------|---------|
//! | 9.0%    | 3.5%     | 10.5%    | 8.6%     | 3.45%–10.55%       | none    |
//! | 11.3%   | 3.5%     | 10.5%    | 8.6%     | 3.45%–10.55%       | error   |
//! | 3.0%    | 3.5%     | 10.5%    | 8.6%     | 3.45%–10.55%       | error   |

use super::{Finding, Fixed, Kind, Outcome, Ref, Severity};
use crate::facts::{PriceBasis, Status};
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Model, Rate};
use crate::names::DECOMPOSITIONS;

const OUTSIDE: Template = Template {
    zh: "{0}（{1}年）增长{2}%，但其各组成部分{3}的增速在{4}%至{5}%之间（在舍入精度内）：总量的增速是各部分增速的加权平均，应落在此区间内。",
    en: "{0} ({1}) grew {2}%, but its parts {3} grew between {4}% and {5}% (within their rounding): a total's growth is the weighted average of its parts', so it must lie in that range.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for dec in DECOMPOSITIONS {
        for (ti, total) in model.indicators.iter().enumerate().filter(|(_, t)| t.key == dec.total) {
            for tr in total.rates.iter().filter(|r| r.status == Status::Actual) {
                // "按可比价格计算" stated once, for the total, holds for its sectors too: a basis
                // left unstated is taken for the real one, never for the nominal one.
                let basis = |b: PriceBasis| if b == PriceBasis::Unstated { PriceBasis::Real } else { b };
                let same = |r: &&Rate| {
                    (r.from, r.to, basis(r.basis), r.status) == (tr.from, tr.to, basis(tr.basis), Status::Actual)
                };
                let Some(parts) = super::decomposed(model, dec, total, |i| i.rates.iter().find(same)) else {
                    continue;
                };
                let mut spans: Vec<crate::text::Span> = parts.iter().map(|(_, r)| r.figure.span).collect();
                spans.push(tr.figure.span);
                out.relation(&spans);
                let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
                for (_, r) in &parts {
                    let a = r.allowed();
                    lo = lo.min(a.lo);
                    hi = hi.max(a.hi);
                }
                let range = Interval { lo, hi };
                let t = tr.allowed();
                if range.meets(&t) {
                    continue;
                }
                let mut names: Vec<&str> = Vec::with_capacity(parts.len());
                let mut refs = vec![Ref::Indicator(ti)];
                let mut numbers = Vec::with_capacity(parts.len() + 1);
                for &(pi, r) in &parts {
                    names.push(model.indicators[pi].name.as_str());
                    refs.push(Ref::Indicator(pi));
                    numbers.push(r.figure.written());
                }
                numbers.push(tr.figure.written());
                let message = OUTSIDE.fill(&[
                    &total.name,
                    &Year(tr.to),
                    &tr.figure.number,
                    &crate::text::join(&names, "、"),
                    &Fixed(range.lo, 2),
                    &Fixed(range.hi, 2),
                ]);
                out.findings.push(Finding {
                    confidence: super::Confidence::Certain,
                    basis: None,
                    kind: Kind::SumVsTotal,
                    severity: Severity::grade(range.gap(&t), t.half_width()),
                    refs,
                    numbers,
                    message,
                    explanation: Vec::new(),
                    suggestion: None,
                    spans,
                });
            }
        }
    }
}
