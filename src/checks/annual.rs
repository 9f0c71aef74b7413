//! Annual targets against the five-year path: an annual plan's "增长6%左右" for year Y is
//! projected one year from the latest level (Y−1) and compared with where the five-year path
//! that covers Y stands, when both are stated. The result is a note (`info`): an annual target
//! below the five-year pace is a planning choice, not an arithmetic error, but a reviewer wants
//! to see the rate the remaining years then need.
//!
//! | latest (2025) | annual 2026 | five-year 2025→2030 target | note                                   |
//! |---------------|-------------|----------------------------|----------------------------------------|
//! | 100亿元        | 6%          | 7.5% a year                | 2026: 106 on the annual target, 107.5 on the path; 2027–2030 then need 7.88% |
//! | 100亿元        | 7%          | 7.5% a year                | none: "7%" and "7.5%" meet within rounding |

use super::{fixed, Fixed, Kind, Outcome, Ref, Severity};
use crate::growth;
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::Model;

const BELOW: Template = Template {
    zh: "{0}：{1}年度目标增长{2}%，从{3}年的{4}{5}推算{1}年为{6}{5}；而{7}–{8}年规划年均{9}%的路径在{1}年为{10}{5}。按年度目标，其后{11}年需年均增长{12}%才能实现{8}年目标。",
    en: "{0}: the {1} target of {2}% growth takes {4}{5} ({3}) to {6}{5}, while the {7}–{8} path at {9}% a year stands at {10}{5} in {1}. On the annual target the remaining {11} years need {12}% a year to reach the {8} target.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        if !ind.compounds() {
            continue;
        }
        let unit = ind.unit_text();
        let mut seen = super::YearMap::new();
        // The first annual rate of each year: repeated statements add nothing, and looking up
        // the five-year path once per year keeps this linear.
        for annual in ind.rates.iter().filter(|r| r.years() == 1) {
            let y = annual.to;
            if !seen.insert_first(y, 0) {
                continue;
            }
            let Some(plan) = ind.rates.iter().find(|r| r.years() > 1 && r.from < y && y <= r.to) else { continue };
            let Some(latest) = ind.points_in(y - 1).next() else { continue };
            let Some(base) = ind.points_in(plan.from).next() else { continue };
            out.relation(&[latest.figure.span, annual.figure.span, plan.figure.span, base.figure.span]);
            let (lv, bv) = (latest.value(), base.value());
            if lv <= 0.0 || bv <= 0.0 {
                continue;
            }
            // The annual target only falls short of the path when even its most generous
            // reading does.
            let reach = growth::project(&latest.allowed(), &annual.allowed(), 1);
            let path = growth::project(&base.allowed(), &plan.allowed(), y - plan.from);
            let (Some(reach), Some(path)) = (reach, path) else { continue };
            // From the plan's own base the two rates compare directly; from a later level the
            // two projections do.
            let below =
                if latest.year == plan.from { annual.allowed().hi < plan.allowed().lo } else { reach.hi < path.lo };
            if !below {
                continue;
            }
            let projected = lv * (1.0 + annual.percent() / 100.0);
            let on_path = bv * (1.0 + plan.percent() / 100.0).powi(y - plan.from);
            let target_end = bv * (1.0 + plan.percent() / 100.0).powi(plan.years());
            let left = plan.to - y;
            let needed = if left > 0 {
                growth::implied_rate(&Interval::point(projected), &Interval::point(target_end), left).map(|x| x.mid())
            } else {
                None
            };
            let message = BELOW.fill(&[
                &ind.name,
                &Year(y),
                &annual.figure.number,
                &Year(latest.year),
                &latest.figure.number.shift(latest.shift),
                &unit,
                &Fixed(projected, 2),
                &Year(plan.from),
                &plan.to,
                &plan.figure.number,
                &Fixed(on_path, 2),
                &left,
                &needed.map_or("—".to_string(), |n| fixed(n, 2)),
            ]);
            let numbers = [latest.figure.written(), annual.percent(), plan.percent()];
            let spans = [latest.figure.span, annual.figure.span, plan.figure.span];
            out.finding(Kind::RateVsEndpoints, Severity::Info, &[Ref::Indicator(i)], &numbers, message, &spans);
        }
    }
}
