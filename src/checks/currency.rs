//! `multiple` of currencies: a figure in 元 restated in 美元 at the exchange rate its sentence
//! names ("人均生产总值80229元，按年平均汇率（6.1927）计算，达12955美元"): yuan ÷ rate = dollars.
//!
//! The yuan figure is the last stated in yuan before the rate in its sentence, the dollar
//! figure the first stated in dollars after it, whatever their names ("户籍人均生产总值…元，…
//! 折算，人均生产总值约合…美元").
//!
//! | yuan     | rate   | dollars   | yuan ÷ rate (within rounding) | finding |
//! |----------|--------|-----------|-------------------------------|---------|
//! | 80229元  | 6.1927 | 12955美元 | 12955.5–12955.5               | none    |
//! | 80229元  | 6.1927 | 16194美元 | 12955.5–12955.5               | error   |

use super::{Fixed, Kind, Outcome, Range, Ref, Severity};
use crate::messages::{Template, Year};
use crate::model::Model;

const MISMATCH: Template = Template {
    zh: "{0}（{1}年）为{2}{3}，按汇率{4}折合{5}美元（在舍入精度内为{6}），而文中为{7}{8}。",
    en: "{0} ({1}) is {2}{3}, which at the exchange rate {4} is {5} US dollars ({6} within rounding), but the text states {7}{8}.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    if model.exchange.is_empty() {
        return;
    }
    // Every figure in dollars, in text order, so that each rate finds the first after it by a
    // binary search: a text of many rates and many dollar figures stays linear.
    let mut dollars: Vec<(usize, &crate::model::Point, &crate::unit::Unit)> = Vec::new();
    for (di, ind) in model.indicators.iter().enumerate() {
        let Some(unit) = ind.unit.as_ref().filter(|u| u.base == "美元") else { continue };
        for p in &ind.points {
            dollars.push((di, p, unit));
        }
    }
    crate::order::sort_by_key(&mut dollars, |(_, p, _)| p.figure.span.start);
    for fx in &model.exchange {
        let Some(yuan) = &fx.yuan else { continue };
        let rate = fx.rate.allowed();
        let at = dollars.partition_point(|(_, p, _)| p.figure.span.start <= fx.rate.span.start);
        let Some(&(di, dp, du)) = dollars.get(at).filter(|(_, p, _)| p.sentence == fx.sentence) else { continue };
        let scale = |exp: i32| 10f64.powi(exp);
        let Some(converted) = yuan.figure.allowed().scale(scale(yuan.unit.exp)).div_pos(&rate) else { continue };
        let stated = dp.allowed().scale(scale(du.exp));
        let spans = [yuan.figure.span, fx.rate.span, dp.figure.span];
        out.relation(&spans);
        if converted.meets(&stated) {
            continue;
        }
        let message = MISMATCH.fill(&[
            &yuan.name,
            &Year(yuan.year),
            &yuan.figure.number,
            &yuan.unit.text,
            &fx.rate.number,
            &Fixed(converted.mid(), 2),
            &Range(&converted, 2),
            &dp.figure.number.shift(dp.shift),
            &du.text,
        ]);
        let severity = Severity::grade(converted.gap(&stated), stated.half_width());
        let numbers = [yuan.figure.written(), fx.rate.written(), dp.figure.written()];
        out.finding(Kind::Multiple, severity, &[Ref::Indicator(di)], &numbers, message, &spans);
    }
}
