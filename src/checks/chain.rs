//! `chain`: the growth of each year, compounded, against the growth stated over those years.
//!
//! A text that gives every year's growth of a stretch and also its growth over the whole
//! stretch ("2021年、2022年、2023年分别增长8.1%、4.2%和5.8%，三年累计增长19.2%，年均增长6.0%")
//! states one relation twice: (1 + r₁)(1 + r₂)…(1 + rₙ) = 1 + total = (1 + average)ⁿ. The
//! product is taken on the intervals the rounded rates allow, so rounding never raises an alarm.
//!
//! | yearly rates         | stated over the years | compounded          | finding |
//! |----------------------|-----------------------|---------------------|---------|
//! | 8.1%, 4.2%, 5.8%     | 累计增长19.2%          | 19.06%–19.28%       | none    |
//! | 8.1%, 4.2%, 5.8%     | 年均增长6.0%           | 5.98%–6.01% a year  | none    |
//! | 8.1%, 4.2%, 5.8%     | 累计增长24.2%          | 19.06%–19.28%       | error   |
//!
//! Only results are compounded (a target's average is no sum of what happened), only rates of
//! one price basis (a real yearly rate and a nominal total differ by the prices; a rate that
//! states none is of the indicator's usual basis), and only when every year of the stretch has
//! its own rate.

use super::{Fixed, Kind, Outcome, Range, Ref, Severity, YearMap};
use crate::facts::{MultipleWord, PriceBasis, Status};
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::{Indicator, Model, Rate};
use crate::names::{self, Basis};

const TOTAL: Template = Template {
    zh: "{0}：{1}–{2}年各年增速为{3}，连乘得累计变化{4}%（在舍入精度内为{5}%–{6}%），而所述累计变化为{7}%。",
    en: "{0}: the growth of each year from {1} to {2} ({3}) compounds to {4}% in all (within rounding {5}%–{6}%), but the stated change over those years is {7}%.",
};

const AVERAGE: Template = Template {
    zh: "{0}：{1}–{2}年各年增速为{3}，折合年均{4}%（在舍入精度内为{5}%–{6}%），而所述年均增速为{7}%。",
    en: "{0}: the growth of each year from {1} to {2} ({3}) comes to {4}% a year (within rounding {5}%–{6}%), but the stated average is {7}% a year.",
};

const STEP: Template = Template { zh: "逐年连乘：{0} = {1}。", en: "Compounding year by year: {0} = {1}." };

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        let usual = ind.unit.as_ref().map_or(Basis::Unknown, |u| names::basis(&ind.key, u.base));
        // The first yearly result of each year, by its basis resolved: a chain is then looked up
        // year by year, whatever the number of statements (a text repeated stays linear).
        let mut yearly = [YearMap::new(), YearMap::new(), YearMap::new()];
        for (k, r) in ind.rates.iter().enumerate() {
            if r.years() == 1 && r.status == Status::Actual {
                yearly[resolve(r.basis, usual) as usize].insert_first(r.to, k);
            }
        }
        if yearly.iter().all(|m| m.len() < 2) {
            continue;
        }
        let chain =
            |from: i32, to: i32, basis: PriceBasis| chain_of(ind, &yearly[resolve(basis, usual) as usize], from, to);
        // Each stretch once, at its first statement: a restatement adds nothing.
        let mut seen: Vec<(i32, i32, u8)> = Vec::new();
        let mut first = |from: i32, to: i32, kind: u8| {
            if seen.len() >= MAX_STRETCHES || seen.contains(&(from, to, kind)) {
                return false;
            }
            seen.push((from, to, kind));
            true
        };
        // A stretch written with its years ("2021—2023年年均增长5.5%", "…累计增长19.2%") is
        // counted from its first year or from the year before, as the text counts: either
        // chain will do.
        for r in ind.rates.iter().filter(|r| r.years() > 1 && r.status == Status::Actual) {
            if !first(r.from, r.to, 0) {
                continue;
            }
            let average = |from: i32| {
                let chain = chain(from, r.to, r.basis)?;
                let stated = r.allowed().scale(0.01).add(&Interval::point(1.0)).powi_pos(r.to - from)?;
                Some((chain, stated))
            };
            // With neither meeting, the longer chain is told: it uses every year given.
            let pairs = [average(r.from - 1), average(r.from)];
            let found = pairs.iter().flatten().find(|(c, s)| c.factor.meets(s)).or(pairs.iter().flatten().next());
            if let Some((chain, stated)) = found {
                compare(ind, i, chain, Stated::Average(r), stated, out);
            }
        }
        let totals = ind
            .multiples
            .iter()
            .filter(|m| matches!(m.word, MultipleWord::Percent | MultipleWord::Summed) && m.status == Status::Actual);
        for m in totals {
            if !first(m.from, m.to, 1) {
                continue;
            }
            let chains = [chain(m.from - 1, m.to, m.basis), chain(m.from, m.to, m.basis)];
            let stated = m.figure.allowed().scale(0.01).add(&Interval::point(1.0));
            let found = chains.iter().flatten().find(|c| c.factor.meets(&stated));
            let Some(chain) = found.or(chains.iter().flatten().next()) else {
                continue;
            };
            compare(ind, i, chain, Stated::Total(&m.figure), &stated, out);
        }
    }
}

/// The most stretches of one indicator compounded: a text may state a few; thousands are a
/// repetition, and each costs its years.
const MAX_STRETCHES: usize = 32;

/// The yearly rates of `from + 1 ..= to`, one each, and their product.
struct Chain<'a> {
    rates: Vec<&'a Rate>,
    factor: Interval,
}

/// The chain of yearly rates of `ind` over `from`–`to` from one basis's map, when every year has
/// one.
fn chain_of<'a>(ind: &'a Indicator, yearly: &YearMap, from: i32, to: i32) -> Option<Chain<'a>> {
    if to - from < 2 || to - from > MAX_CHAIN_YEARS {
        return None;
    }
    let mut rates = Vec::with_capacity((to - from) as usize);
    let mut factor = Interval::point(1.0);
    for year in from + 1..=to {
        let r = &ind.rates[yearly.get(year)?];
        factor = factor.mul_pos(&crate::growth::factor(&r.allowed())?)?;
        rates.push(r);
    }
    Some(Chain { rates, factor })
}

/// The longest stretch compounded: two plan periods.
const MAX_CHAIN_YEARS: i32 = 10;

/// A rate's price basis as stated, or, unstated, the basis the indicator's rates usually have
/// ([`names::basis`]: real for value added, nominal for incomes and sales); two rates are of one
/// basis when these agree. "三年累计实际增长15.5%" is not the sum of an income's yearly rates,
/// which are nominal.
fn resolve(basis: PriceBasis, usual: Basis) -> PriceBasis {
    match (basis, usual) {
        (PriceBasis::Unstated, Basis::Real) => PriceBasis::Real,
        (PriceBasis::Unstated, Basis::Nominal) => PriceBasis::Nominal,
        _ => basis,
    }
}

/// What the chain is set against: a yearly average, or the growth over the stretch.
enum Stated<'a> {
    Average(&'a Rate),
    Total(&'a crate::figure::Figure),
}

fn compare(ind: &Indicator, i: usize, chain: &Chain, stated: Stated, factor: &Interval, out: &mut Outcome) {
    let mut spans: Vec<crate::text::Span> = chain.rates.iter().map(|r| r.figure.span).collect();
    let figure = match &stated {
        Stated::Average(r) => &r.figure,
        Stated::Total(figure) => *figure,
    };
    spans.push(figure.span);
    out.relation(&spans);
    if chain.factor.meets(factor) {
        return;
    }
    let rates: Vec<String> = chain.rates.iter().map(|r| format!("{}%", r.figure.number)).collect();
    let listed = crate::text::join(&rates, "、");
    let first = chain.rates[0].to;
    let last = chain.rates[chain.rates.len() - 1].to;
    let n = last - first + 1;
    // Both sides as rates in per cent: a year's on average, or the whole stretch's.
    let as_rate = |x: &Interval| Interval::new((x.lo - 1.0) * 100.0, (x.hi - 1.0) * 100.0);
    let (kind, template, shown) = match stated {
        Stated::Average(_) => {
            let Some(average) = chain.factor.root_pos(n) else { return };
            (Kind::RateVsEndpoints, AVERAGE, as_rate(&average))
        }
        Stated::Total(_) => (Kind::Multiple, TOTAL, as_rate(&chain.factor)),
    };
    let allowed = figure.allowed();
    let message = template.fill(&[
        &ind.name,
        &Year(first),
        &Year(last),
        &listed,
        &Fixed(shown.mid(), 2),
        &Fixed(shown.lo, 2),
        &Fixed(shown.hi, 2),
        &figure.number,
    ]);
    let severity = Severity::grade(shown.gap(&allowed), allowed.half_width());
    let mut numbers: Vec<f64> = chain.rates.iter().map(|r| r.figure.written()).collect();
    numbers.push(figure.written());
    let finding = out.finding(kind, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
    let product: Vec<String> = chain.rates.iter().map(|r| format!("(1+{}%)", r.figure.number)).collect();
    finding.explanation = vec![STEP.fill(&[&crate::text::join(&product, "×"), &Range(&chain.factor, 4)])];
}
