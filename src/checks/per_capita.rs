//! `per_capita`: a stated per-capita figure against total ÷ population, magnitudes converted.
//!
//! An indicator whose key starts with 人均 is set against the indicator named by the rest of
//! its key and a population indicator of the same year. Statistics that are not totals divided
//! by people (人均可支配收入 has no total in a plan) simply find no total and are not checked.
//!
//! | per capita            | total        | population | computed            | finding |
//! |-----------------------|--------------|------------|---------------------|---------|
//! | 人均地区生产总值 4.5万元 | 270亿元       | 60万人      | 4.46–4.54万元        | none    |
//! | 人均地区生产总值 5万元   | 270亿元       | 60万人      | 4.46–4.54万元        | error   |

use super::{fixed, range, Finding, Kind, Outcome, Ref, Severity, SuggestedValue, Suggestion};
use crate::messages::Template;
use crate::model::Model;

/// Keys of population indicators, most specific first.
const POPULATION_KEYS: &[&str] =
    &["常住人口", "年末常住人口", "常住人口数", "总人口", "年末总人口", "户籍人口", "人口"];

const MISMATCH: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，但{4}{5}{6} ÷ {7}{8}{9} = {10}{3}（{11}）。",
    en: "{0} ({1}) is stated as {2}{3}, but {4} {5}{6} ÷ {7} {8}{9} = {10}{3} ({11}).",
};

const NEAREST: Template = Template {
    zh: "与总量和人口一致的人均值：{0}{1}。",
    en: "Per-capita value consistent with the total and the population: {0}{1}.",
};

const STEP: Template = Template {
    zh: "人均 = 总量 ÷ 人口，单位换算为{0}。",
    en: "Per capita = total ÷ population, converted to {0}.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    let Some((pi, pop)) = POPULATION_KEYS.iter().find_map(|k| model.find(k)) else { return };
    let Some(pu) = pop.unit.as_ref().filter(|u| matches!(u.base, "人" | "")) else { return };
    for (ci, pc) in model.indicators.iter().enumerate() {
        let Some(total_key) = pc.key.strip_prefix("人均") else { continue };
        let Some((ti, total)) = model.find(&crate::names::key(total_key)) else { continue };
        let (Some(cu), Some(tu)) = (pc.unit.as_ref(), total.unit.as_ref()) else { continue };
        if !cu.compatible(tu) {
            continue;
        }
        for cp in &pc.points {
            let (Some(tp), Some(pp)) = (total.points_in(cp.year).next(), pop.points_in(cp.year).next()) else {
                continue;
            };
            // total in 10^te, people in 10^pe: the quotient is in 10^(te − pe) of the base unit.
            let shift = tu.exp - pu.exp - cu.exp;
            let Some(computed) =
                tp.allowed().div_pos(&pp.allowed()).map(|x| x.scale(crate::figure::scale10(1.0, shift)))
            else {
                continue;
            };
            let stated = cp.allowed();
            if computed.meets(&stated) {
                continue;
            }
            let mid = tp.value() / pp.value() * crate::figure::scale10(1.0, shift);
            let nearest = computed.nearest(cp.value());
            out.findings.push(Finding {
                kind: Kind::PerCapita,
                severity: Severity::grade(computed.gap(&stated), stated.half_width()),
                refs: vec![Ref::Indicator(ci), Ref::Indicator(ti), Ref::Indicator(pi)],
                numbers: vec![tp.figure.written(), pp.figure.written(), cp.figure.written()],
                message: MISMATCH.fill(&[
                    &pc.name,
                    &cp.year,
                    &cp.figure.number.shift(cp.shift),
                    &cu.text,
                    &total.name,
                    &tp.figure.number.shift(tp.shift),
                    &tu.text,
                    &pop.name,
                    &pp.figure.number.shift(pp.shift),
                    &pu.text,
                    &fixed(mid, 2),
                    &range(&computed, 2),
                ]),
                explanation: vec![STEP.fill(&[&cu.text])],
                suggestion: Some(Suggestion {
                    message: NEAREST.fill(&[&fixed(nearest, 2), &cu.text]),
                    values: vec![SuggestedValue {
                        field: "value",
                        year: Some(cp.year),
                        value: nearest,
                        unit: cu.text.clone(),
                    }],
                }),
                spans: vec![tp.figure.span, pp.figure.span, cp.figure.span],
            });
        }
    }
}
