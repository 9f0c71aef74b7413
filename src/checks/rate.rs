//! `rate_vs_endpoints`: a stated annual rate against the base and target it connects.
//!
//! The endpoints allow an interval of implied rates, [(T.lo / B.hi)^(1/n) − 1, (T.hi / B.lo)^(1/n)
//! − 1]; the statement is consistent when that interval meets the stated rate's interval.
//!
//! | base (2010) | target (2015) | stated rate | implied (within rounding) | finding          |
//! |-------------|---------------|-------------|---------------------------|------------------|
//! | 47.6        | 143           | 24.6%       | 24.49%–24.72%             | none             |
//! | 0.4         | 0.58          | 9.9%        | 5.0%–10.8%                | none             |
//! | 13.9        | 45.7          | 26.7%       | 26.76%–27.0%              | warning (0.01pp) |
//! | 47.6        | 270           | 21.9%       | 41.3%–41.6%               | error            |

use super::{dp_for, fixed, Finding, Kind, Outcome, Ref, Severity, SuggestedValue, Suggestion};
use crate::facts::Diagnostic;
use crate::growth;
use crate::messages::Template;
use crate::model::Model;

const MISMATCH: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}，隐含年均增长{6}%（在数字的舍入精度内为{7}%–{8}%）；按所述年均{9}%计算，{4}年应为{10}{3}，比{5}{3}{11}{12}%。",
    en: "{0}: the endpoints {2}{3} ({1}) and {5}{3} ({4}) imply {6}% a year ({7}%–{8}% within their rounding); at the stated {9}% the {4} value would be {10}{3}, {12}% {13} {5}{3}.",
};

const NEAREST: Template = Template {
    zh: "与其余数字一致的最接近取值：年均增长{0}%，或{1}年目标{2}{3}。",
    en: "Nearest consistent values: a rate of {0}% a year, or a {1} target of {2}{3}.",
};

const NONPOSITIVE: crate::messages::Template = crate::messages::NONPOSITIVE_VALUE;

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        if ind.is_percent() {
            continue;
        }
        for rate in &ind.rates {
            let (Some(base), Some(target)) = (ind.points_in(rate.from).next(), ind.points_in(rate.to).next()) else {
                continue;
            };
            let n = rate.years();
            let (b, t, r) = (base.allowed(), target.allowed(), rate.allowed());
            if !b.is_positive() || !t.is_positive() {
                let bad = if b.is_positive() { target } else { base };
                out.diagnostics.push(Diagnostic {
                    code: "nonpositive_value",
                    span: bad.figure.span,
                    message: NONPOSITIVE.fill(&[&ind.name, &bad.figure.number]),
                });
                continue;
            }
            let (Some(implied), Some(reach)) = (growth::implied_rate(&b, &t, n), growth::project(&b, &r, n)) else {
                continue;
            };
            if implied.meets(&r) {
                continue;
            }
            let (bv, tv, rv) = (base.value(), target.value(), rate.percent());
            let implied_mid =
                growth::implied_rate(&crate::interval::Interval::point(bv), &crate::interval::Interval::point(tv), n)
                    .map_or(f64::NAN, |x| x.mid());
            let projected = bv * (1.0 + rv / 100.0).powi(n);
            let gap_pct = (projected - tv) / tv * 100.0;
            let (zh_dir, en_dir) = if gap_pct < 0.0 { ("低", "below") } else { ("高", "above") };
            let unit = ind.unit_text();
            let level_dp = dp_for(target.figure.number.exp + target.shift);
            let nearest_rate = implied.nearest(rv);
            let nearest_target = reach.nearest(tv);
            let message = MISMATCH.fill(&[
                &ind.name,
                &base.year,
                &base.figure.number.shift(base.shift),
                &unit,
                &target.year,
                &target.figure.number.shift(target.shift),
                &fixed(implied_mid, (-rate.figure.number.exp).max(1) as usize),
                &fixed(implied.lo, 2),
                &fixed(implied.hi, 2),
                &rate.figure.number,
                &fixed(projected, level_dp),
                &zh_dir,
                &fixed(gap_pct.abs(), 1),
                &en_dir,
            ]);
            let suggestion = Suggestion {
                message: NEAREST.fill(&[
                    &fixed(nearest_rate, 2),
                    &target.year,
                    &fixed(nearest_target, level_dp),
                    &unit,
                ]),
                values: vec![
                    SuggestedValue { field: "rate", year: Some(rate.to), value: nearest_rate, unit: "%".into() },
                    SuggestedValue {
                        field: "target",
                        year: Some(target.year),
                        value: nearest_target,
                        unit: unit.into(),
                    },
                ],
            };
            out.findings.push(Finding {
                kind: Kind::RateVsEndpoints,
                severity: Severity::grade(implied.gap(&r), r.half_width()),
                refs: vec![Ref::Indicator(i)],
                numbers: vec![base.figure.written(), target.figure.written(), rate.figure.written()],
                message,
                suggestion: Some(suggestion),
                spans: vec![base.figure.span, target.figure.span, rate.figure.span],
            });
        }
    }
}
