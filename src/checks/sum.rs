//! `sum_vs_total`: the parts of a documented decomposition against their total, year by year.
//!
//! The decompositions are listed in [`crate::names::DECOMPOSITIONS`]: 生产总值 = 第一产业 +
//! 第二产业 + 第三产业 (服务业 standing in for 第三产业), and 第二产业 = 工业 + 建筑业. A year is
//! checked only when the total and every part are stated for it, in convertible units.
//!
//! | year | parts                    | total | sum allowed       | finding |
//! |------|--------------------------|-------|-------------------|---------|
//! | 2015 | 0.58 + 54.7 + 88.72       | 143   | [143.94, 144.06]   | warning |
//! | 2015 | 0.58 + 53.7 + 88.72       | 143   | [142.94, 143.06]   | none    |
//! | 2015 | 0.58 + 40 + 88.72         | 143   | [128.79, 129.81]   | error   |

use super::{allowed_at, fixed, Finding, Kind, Outcome, Ref, Severity, SuggestedValue, Suggestion};
use crate::interval::Interval;
use crate::messages::Template;
use crate::model::{Model, Point};
use crate::names::DECOMPOSITIONS;

const MISMATCH: Template = Template {
    zh: "{0}年{1}合计{2}{3}（在舍入精度内为{4}–{5}），而{6}为{7}{3}，相差{8}%。",
    en: "In {0} the parts {1} add up to {2}{3} ({4}–{5} within their rounding), but {6} is stated as {7}{3}, {8}% apart.",
};

const NEAREST: Template = Template {
    zh: "与各部分一致的最接近总量：{0}{1}。",
    en: "Nearest total consistent with the parts: {0}{1}.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for dec in DECOMPOSITIONS {
        let Some((ti, total)) = model.find(dec.total) else {
            continue;
        };
        let Some(tunit) = total.unit.as_ref() else {
            continue;
        };
        for tp in &total.points {
            // For each part, the first of its alternative keys that is stated in this year.
            let parts: Option<Vec<(usize, &Point, i32)>> = dec
                .parts
                .iter()
                .map(|alternatives| {
                    alternatives.iter().find_map(|k| {
                        let (pi, part) = model.find(k)?;
                        let punit = part.unit.as_ref().filter(|u| u.compatible(tunit))?;
                        part.points_in(tp.year).next().map(|p| (pi, p, punit.exp))
                    })
                })
                .collect();
            let Some(parts) = parts else { continue };
            let sum =
                parts.iter().fold(Interval::point(0.0), |acc, (_, p, exp)| acc.add(&allowed_at(p, *exp, tunit.exp)));
            let t = tp.allowed();
            if sum.meets(&t) {
                continue;
            }
            let sum_mid: f64 = parts.iter().map(|(_, p, exp)| allowed_at(p, *exp, tunit.exp).mid()).sum();
            let tv = tp.value();
            let names: Vec<&str> = parts.iter().map(|(pi, _, _)| model.indicators[*pi].name.as_str()).collect();
            let dp = 2;
            let message = MISMATCH.fill(&[
                &tp.year,
                &names.join(" + "),
                &fixed(sum_mid, dp),
                &tunit.text,
                &fixed(sum.lo, dp),
                &fixed(sum.hi, dp),
                &total.name,
                &tp.figure.number.shift(tp.shift),
                &fixed(((sum_mid - tv) / tv * 100.0).abs(), 1),
            ]);
            let nearest = sum.nearest(tv);
            let slack = t.half_width()
                + parts.iter().map(|(_, p, exp)| allowed_at(p, *exp, tunit.exp).half_width()).sum::<f64>();
            let mut refs = vec![Ref::Indicator(ti)];
            refs.extend(parts.iter().map(|(pi, _, _)| Ref::Indicator(*pi)));
            let mut numbers: Vec<f64> = parts.iter().map(|(_, p, _)| p.figure.written()).collect();
            numbers.push(tp.figure.written());
            let mut spans: Vec<_> = parts.iter().map(|(_, p, _)| p.figure.span).collect();
            spans.push(tp.figure.span);
            out.findings.push(Finding {
                kind: Kind::SumVsTotal,
                severity: Severity::grade(sum.gap(&t), slack),
                refs,
                numbers,
                message,
                explanation: Vec::new(),
                suggestion: Some(Suggestion {
                    message: NEAREST.fill(&[&fixed(nearest, dp), &tunit.text]),
                    values: vec![SuggestedValue {
                        field: "total",
                        year: Some(tp.year),
                        value: nearest,
                        unit: tunit.text.clone(),
                    }],
                }),
                spans,
            });
        }
    }
}
