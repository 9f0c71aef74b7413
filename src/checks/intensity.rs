//! `per_capita` of output: energy used per unit of output (单位地区生产总值能耗) against the
//! growth of the energy used and of the output.
//!
//! The intensity is energy ÷ output at comparable prices, so over one year (or one period
//! against the same period a year before) its change is (1 + energy's growth) ÷ (1 + output's
//! real growth) − 1. Bulletins print all three: 能源消费总量 and its growth, GDP and its growth,
//! and 万元地区生产总值能耗 比上年下降.
//!
//! | energy use | GDP (real) | intensity stated | computed        | finding |
//! |------------|------------|------------------|-----------------|---------|
//! | −2.7%      | +7.7%      | −9.7%            | −9.75%…−9.57%   | none    |
//! | +2.2%      | +2.3%      | −0.1%            | −0.20%…0.00%    | none    |
//! | −2.5%      | +7.5%      | −13.0%           | −9.39%…−9.21%   | error   |
//!
//! An intensity names its output after 单位 or 万元 ("规模以上工业单位增加值能耗" is set against
//! 规模以上工业增加值 and 规模以上工业综合能源消费量); "工业能耗" alone is energy use, not an
//! intensity, and is not checked.

use super::{Fixed, Kind, Outcome, Range, Ref, Severity};
use crate::facts::{PriceBasis, Status};
use crate::messages::{Template, Year};
use crate::model::{Indicator, Model, Rate};
use crate::text::{words, List};

/// How an intensity's name ends; what comes before, less 单位 or 万元, is its output.
const TAILS: List = words!["能源消耗", "能耗"];

/// The words that make a name an intensity: energy per 万元 or per unit of the output.
const PER: List = words!["每万元", "万元", "单位"];

/// What an intensity is of when its name says only that it is one.
const OF_THE_ECONOMY: List = words!["能耗强度", "能源消耗强度"];

/// The energy an output used, after the output's scope (规模以上工业…).
const ENERGY: List = words!["能源消费总量", "综合能源消费量", "能源消费量", "能耗总量", "综合能耗"];

/// How far the computed change may drift from the stated one before the texts' own practice
/// explains it, in percentage points: the intensity divides by output at a base year's prices
/// (2020年价格), whose growth can differ from the growth at last year's prices by a tenth or
/// two, and energy totals are revised after the bulletin's first count.
const PRICE_BASE_SLACK: f64 = 0.3;

/// A gap up to this many points beyond the slack is a warning; beyond it, an error.
const WARNING_POINTS: f64 = 1.0;

const MISMATCH: Template = Template {
    zh: "{0}（{1}年）变化{2}%，但{3}增长{4}%、{5}增长{6}%，推算应为{7}%（在舍入精度内为{8}）。",
    en: "{0} ({1}) is stated to change by {2}%, but {3} grew {4}% and {5} {6}%, which gives {7}% ({8} within their rounding).",
};

const STEP: Template = Template {
    zh: "单位产出能耗 = 能源消费量 ÷ 产出（可比价），其变化 = (1 + 能源消费增速) ÷ (1 + 产出实际增速) − 1；允许±{0}个百分点的价格基期差异。",
    en: "Energy per unit of output = energy used ÷ output at comparable prices, so its change = (1 + energy's growth) ÷ (1 + output's real growth) − 1; ±{0} points are allowed for the price base.",
};

/// The output an intensity is of, and the scope of its energy use: ("地区生产总值", "") for
/// 万元GDP能耗, ("规模以上工业", "规模以上工业") for 规模以上工业单位增加值能耗.
fn output_of(key: &str) -> Option<(String, String)> {
    if OF_THE_ECONOMY.contains(key) {
        return Some((String::from("地区生产总值"), String::new()));
    }
    let rest = TAILS.strip_any_suffix(key)?;
    let (before, after) = PER.split_first(rest)?;
    let written = crate::text::cat(&[before, after]);
    let output = crate::names::key(&written);
    if output == "地区生产总值" {
        return Some((output, String::new()));
    }
    // 规模以上工业单位增加值能耗: the scope is what precedes 增加值.
    let scope = written.strip_suffix("增加值").filter(|s| !s.is_empty())?;
    Some((output, scope.to_string()))
}

/// The one-year rate of `ind` from `from` to `to` that is a result, if it states one.
fn rate_of(ind: &Indicator, from: i32, to: i32) -> Option<&Rate> {
    ind.rates.iter().find(|r| r.from == from && r.to == to && r.status == Status::Actual)
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (ci, intensity) in model.indicators.iter().enumerate() {
        let Some((output_key, scope)) = output_of(&intensity.key) else { continue };
        let Some((oi, output)) =
            model.chain(&output_key, &intensity.family).first().map(|&i| (i, &model.indicators[i]))
        else {
            continue;
        };
        let mut energy = None;
        for e in ENERGY {
            let key = crate::names::key(&crate::text::cat(&[&scope, e]));
            if let Some(&i) = model.chain(&key, &intensity.family).first() {
                energy = Some((i, &model.indicators[i]));
                break;
            }
        }
        let Some((ei, energy)) = energy else { continue };
        for r in intensity.rates.iter().filter(|r| r.years() == 1 && r.status == Status::Actual) {
            let (Some(er), Some(or)) = (rate_of(energy, r.from, r.to), rate_of(output, r.from, r.to)) else {
                continue;
            };
            if or.basis == PriceBasis::Nominal {
                continue;
            }
            // The intensity's change is the rate that takes output's growth factor to energy's.
            let (Some(ef), Some(of)) = (crate::growth::factor(&er.allowed()), crate::growth::factor(&or.allowed()))
            else {
                continue;
            };
            let Some(computed) = crate::growth::implied_rate(&of, &ef, 1) else { continue };
            let stated = r.allowed();
            let spans = [er.figure.span, or.figure.span, r.figure.span];
            out.relation(&spans);
            let allowed = computed.widen(PRICE_BASE_SLACK);
            if allowed.meets(&stated) {
                continue;
            }
            let severity = Severity::grade(allowed.gap(&stated), WARNING_POINTS);
            let message = MISMATCH.fill(&[
                &intensity.name,
                &Year(r.to),
                &r.figure.number,
                &energy.name,
                &er.figure.number,
                &output.name,
                &or.figure.number,
                &Fixed(computed.mid(), 2),
                &Range(&computed, 2),
            ]);
            let refs = [Ref::Indicator(ci), Ref::Indicator(ei), Ref::Indicator(oi)];
            let numbers = [er.figure.written(), or.figure.written(), r.figure.written()];
            let finding = out.finding(Kind::PerCapita, severity, &refs, &numbers, message, &spans);
            finding.explanation = vec![STEP.fill(&[&Fixed(PRICE_BASE_SLACK, 1)])];
        }
    }
}
