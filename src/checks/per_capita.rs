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

use super::{Fixed, Kind, Outcome, Range, Ref, Severity, Suggestion};
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Family, Indicator, Model, Point};
use crate::period::Part;
use crate::text::{words, List};

/// Keys of population indicators, most specific first. Which one a rate divides by is not
/// written (birth rates of a county are often per 户籍 resident, per-capita output per 常住
/// one), so a figure is consistent when it fits any population the text states.
const POPULATION_KEYS: List = words![
    "常住人口",
    "年末常住人口",
    "常住人口数",
    "总人口",
    "年末总人口",
    "户籍人口",
    "户籍总人口",
    "年末户籍人口",
    "人口",
];

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

/// How far a year's average population may lie from its year-end figure when the text gives
/// no growth: per-capita figures divide by the average, which differs from the year-end
/// population by half the year's growth, and populations rarely grow 3% a year.
const AVERAGE_POPULATION_SLACK: f64 = 0.015;

/// The population a per-person figure divides by: this year-end with
/// [`AVERAGE_POPULATION_SLACK`], and as far as the previous year-end when the text gives the
/// growth or the change ("比上年末减少10000人").
fn average_population(pop: &Indicator, year: i32, p: &Point) -> Interval {
    let end = p.allowed();
    let before = pop.points_in(year - 1).next().map(Point::allowed).or_else(|| {
        let r = pop.rates.iter().find(|r| r.to == year && r.from == year - 1)?;
        end.div_pos(&crate::growth::factor(&r.allowed())?)
    });
    let before = before.or_else(|| {
        let unit = pop.unit.as_ref()?;
        let c = pop.changes.iter().find(|c| c.to == year && c.from == year - 1 && c.unit.compatible(unit))?;
        let change = c.figure.allowed_shifted(c.unit.shift_to(unit));
        Some(Interval::new(end.lo - change.hi, end.hi - change.lo))
    });
    // The band around the year-end holds too: bulletins divide by populations estimated before
    // the year-end count (a league's 150848元 a head is its GDP over 27.0万 people, above both
    // year-ends of 26.54万 and 26.9万).
    let band = end.widen(end.mid().abs() * AVERAGE_POPULATION_SLACK);
    match before {
        Some(b) => Interval::new(b.lo.min(band.lo), b.hi.max(band.hi)),
        None => band,
    }
}

/// A count of births or deaths written in round hundreds ("死亡人口1300人") is as likely rounded
/// as exact: bulletins print the counts to the hundred beside rates computed from the exact
/// ones. Such a count allows the hundred around it.
fn round_count(p: &Point) -> Interval {
    let a = p.allowed();
    let d = p.figure.number;
    if d.exp == 0 && d.mantissa != 0 && d.mantissa % 100 == 0 {
        a.widen(a.half_width() * 99.0)
    } else {
        a
    }
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (ci, pc) in model.indicators.iter().enumerate() {
        // 人均X is X ÷ people; 出生率 is 出生人口 ÷ people × 1000.
        let (total_key, per_thousand) = match pc.key.strip_prefix("人均") {
            Some(rest) => (crate::names::key(rest), false),
            None => match crate::names::PER_THOUSAND.iter().find(|(k, _)| *k == pc.key) {
                Some((_, count)) => ((*count).to_string(), true),
                None => continue,
            },
        };
        // The population of the same place.
        let people = Family { part: Part::Year, parent: String::new(), ..pc.family.clone() };
        let mut populations = Vec::new();
        // Output per head is of the resident population: a registered one alone checks nothing,
        // though a figure that fits it ("人均GDP20062元（按户籍人口计算）") is no error.
        let residents_only = total_key == "地区生产总值";
        for k in POPULATION_KEYS {
            let Some((pi, pop)) = model.find(k, &people) else { continue };
            if pop.unit.as_ref().is_some_and(|u| matches!(u.base, "人" | "")) {
                let fit_only = residents_only && crate::text::has(k, "户籍");
                populations.push((pi, pop, fit_only));
            }
        }
        let Some((ti, total)) = model.find(&total_key, &pc.family) else { continue };
        let (Some(cu), Some(tu)) = (pc.unit.as_ref(), total.unit.as_ref()) else { continue };
        if per_thousand != (cu.kind == crate::unit::UnitKind::Permille) || (!per_thousand && !cu.compatible(tu)) {
            continue;
        }
        for cp in &pc.points {
            let Some(tp) = total.points_in(cp.year).next() else { continue };
            let stated = cp.allowed();
            // Each population of the year, with the per-capita value it gives: one that fits
            // ends the search; else the first is the one the finding names.
            let mut first_miss = None;
            let mut fits = false;
            let mut stated_populations = 0;
            for &(pi, pop, fit_only) in &populations {
                let (Some(pp), Some(pu)) = (pop.points_in(cp.year).next(), pop.unit.as_ref()) else { continue };
                stated_populations += 1;
                // total in 10^te, people in 10^pe: the quotient is in 10^(te − pe) of the base unit.
                let shift = if per_thousand { tu.exp - pu.exp + 3 } else { tu.exp - pu.exp - cu.exp };
                let people = average_population(pop, cp.year, pp);
                let count = if per_thousand { round_count(tp) } else { tp.allowed() };
                let Some(computed) = count.div_pos(&people).map(|x| x.scale(crate::figure::scale10(1.0, shift))) else {
                    continue;
                };
                if computed.meets(&stated) {
                    out.relation(&[tp.figure.span, pp.figure.span, cp.figure.span]);
                    fits = true;
                    break;
                }
                if !fit_only {
                    first_miss.get_or_insert((pi, pop, pp, pu, shift, computed));
                }
            }
            let Some((pi, pop, pp, pu, shift, computed)) = first_miss.filter(|_| !fits) else { continue };
            let spans = [tp.figure.span, pp.figure.span, cp.figure.span];
            out.relation(&spans);
            let mid = tp.value() / pp.value() * crate::figure::scale10(1.0, shift);
            let nearest = computed.nearest(cp.value());
            // A rate per thousand against the one population the text gives may be per another
            // it does not give (户籍 rather than 常住): a warning at most.
            let severity = match Severity::grade(computed.gap(&stated), stated.half_width()) {
                Severity::Error if per_thousand && stated_populations == 1 => Severity::Warning,
                s => s,
            };
            let message = MISMATCH.fill(&[
                &pc.name,
                &Year(cp.year),
                &cp.figure.number.shift(cp.shift),
                &cu.text,
                &total.name,
                &tp.figure.number.shift(tp.shift),
                &tu.text,
                &pop.name,
                &pp.figure.number.shift(pp.shift),
                &pu.text,
                &Fixed(mid, 2),
                &Range(&computed, 2),
            ]);
            let refs = [Ref::Indicator(ci), Ref::Indicator(ti), Ref::Indicator(pi)];
            let numbers = [tp.figure.written(), pp.figure.written(), cp.figure.written()];
            let finding = out.finding(Kind::PerCapita, severity, &refs, &numbers, message, &spans);
            finding.explanation = vec![STEP.fill(&[&cu.text])];
            let advice = NEAREST.fill(&[&Fixed(nearest, 2), &cu.text]);
            finding.suggestion = Some(Suggestion::one(advice, "value", cp.year, nearest, &cu.text));
        }
    }
}
