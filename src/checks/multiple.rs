//! `multiple`: 增长N倍, 是…的N倍 and 翻k番 against the levels they relate.
//!
//! 增长N倍 means new = old × (1 + N); 是…的N倍 means new = old × N; 翻k番 means at least ×2^k.
//! Plans often write one wording for the other, so when a figure fails under its own wording
//! but fits the other, the finding says which reading fits and is a `warning`, not an error.
//!
//! | statement                          | levels        | ratio | finding                        |
//! |------------------------------------|---------------|-------|--------------------------------|
//! | 比2010年增长2倍                      | 47.6 → 143    | 3.00  | none (× 3)                     |
//! | 比2010年增长3倍                      | 47.6 → 143    | 3.00  | warning: reads as 是…的3倍      |
//! | 翻一番 (2010–2015)                  | 47.6 → 143    | 3.00  | info: more than meets ×2        |
//! | 翻两番 (2010–2015)                  | 47.6 → 143    | 3.00  | error: ×4 needs 190.4           |
//! | 是2013年的1.3倍，年均增长11%          | (one missing) | 1.30  | error: ×1.3 is 5.7–7.8% a year  |
//!
//! A multiple of a statistic whose growth is stated at comparable prices (地区生产总值, 增加值)
//! against levels at current prices may differ by prices: a gap a plausible price change
//! explains is a note, another a warning.
//!
//! A multiple and an average rate over the same years are checked against each other when the
//! two levels are not both stated (else each is checked against the levels). Value added is
//! left out there: its multiple may be at current prices and its rate at comparable ones.

use super::{Fixed, Kind, Outcome, Range, Ref, Severity, Suggestion};
use crate::facts::MultipleWord;
use crate::growth;
use crate::interval::Interval;
use crate::messages::{Message, Template, Year};
use crate::model::{Model, MultipleStmt};
use crate::names::{self, Basis};

const OWN_READING: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}是{6}倍（{7}），与“{8}”不符：按字面应为{9}倍。",
    en: "{0}: {2}{3} ({1}) to {5}{3} ({4}) is ×{6} ({7}), which does not fit “{8}”: read literally that is ×{9}.",
};

/// Levels at current prices against a multiple of a statistic whose growth is stated at
/// comparable prices (地区生产总值, 增加值): the gap may be prices.
const PRICE_EFFECT: Template = Template {
    zh: "但{0}的增长通常按可比价计算，而两端的数值是现价；两者之差相当于年均价格变动{1}%（{2}%–{3}%），{4}。",
    en: "But {0} growth is usually stated at comparable prices, while both levels are current prices; the gap amounts to an average price change of {1}% a year ({2}%–{3}%), {5}.",
};

/// The note on prices a multiple of value added gets: the average yearly price change `d` (its
/// middle `d_mid`) that closes the gap, and whether that is ordinary.
fn price_note(name: &str, key: &str, years: i32, d: &Interval, d_mid: f64) -> crate::messages::Message {
    let (_, zh, en) = super::rate::price_effect(d_mid, key, years);
    PRICE_EFFECT.fill(&[&name, &Fixed(d_mid, 2), &Fixed(d.lo, 2), &Fixed(d.hi, 2), &zh, &en])
}

const OTHER_READING: Template = Template {
    zh: "但按“{0}”理解（{1}倍）则相符：这是“增长N倍”与“是…的N倍”的常见混用。",
    en: "It fits if read as “{0}” (×{1}): the usual mix-up of 增长N倍 (×(1+N)) and 是…的N倍 (×N).",
};

const DOUBLING_MET: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}是{6}倍，超过“翻{7}番”所需的{8}倍。",
    en: "{0}: {2}{3} ({1}) to {5}{3} ({4}) is ×{6}, more than the ×{8} that doubling {7} time(s) needs.",
};

const NEAREST: Template = Template {
    zh: "与倍数一致的{0}年目标：{1}{2}。",
    en: "Target for {0} consistent with the multiple: {1}{2}.",
};

const STEP: Template = Template {
    zh: "倍数 = 目标 ÷ 基数 = {0}；增长N倍 = ×(1+N)，是…的N倍 = ×N，翻k番 = ×2^k。",
    en: "Ratio = target ÷ base = {0}; 增长N倍 = ×(1+N), 是…的N倍 = ×N, 翻k番 = ×2^k.",
};

const AGAINST_RATE: Template = Template {
    zh: "{0}：{1}年是{2}年的{3}倍（{4}），隐含年均增长{5}%（在数字的舍入精度内为{6}%–{7}%），与所述年均{8}%不符：按年均{8}%计算，应为{9}倍。",
    en: "{0}: ×{3} from {2} to {1} ({4}) implies {5}% a year ({6}%–{7}% within rounding), which does not fit the stated {8}% a year: at {8}% the factor would be ×{9}.",
};

const STEP_RATE: Template = Template {
    zh: "年均增长率 = 倍数^(1/{0}) − 1 = {1}%；所述 {2}%。",
    en: "Rate a year = factor^(1/{0}) − 1 = {1}%; stated {2}%.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    against_levels(model, out);
    against_rates(model, out);
}

/// The most multiple-and-rate pairs of one indicator set against each other: a text states a
/// few; thousands are a repetition.
const MAX_PAIRS: usize = 64;

/// A multiple and an average rate stated over the same years ("是2013年的1.3倍，年均增长11%")
/// when the levels are not both there to check each on its own. For value added and gross
/// output (总产值) the multiple may be at current prices and the rate at comparable ones: only a
/// gap no plausible price change closes is reported, as a warning.
fn against_rates(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        let value_added = ind.unit.as_ref().is_some_and(|u| names::basis(&ind.key, u.base) == Basis::Real);
        // Pairs set against each other so far: a text that repeats a stretch's multiple and
        // rate thousands of times restates them, and each pair would cost a look at every rate.
        let mut pairs = 0;
        for m in &ind.multiples {
            if pairs >= MAX_PAIRS {
                break;
            }
            let n = m.to - m.from;
            let both_levels = ind.points_in(m.from).next().is_some() && ind.points_in(m.to).next().is_some();
            if n < 2 || both_levels || matches!(m.word, MultipleWord::Doubling) {
                continue;
            }
            for rate in ind.rates.iter().filter(|r| r.from == m.from && r.to == m.to).take(MAX_PAIRS) {
                pairs += 1;
                // Without a level to say, the name does ("地区生产总值是2006年的2.6倍").
                // A multiple of levels is in current prices, and a real rate beside it may differ
                // by the prices; "按可比价计算，比2013年增长116.0%" beside a real rate leaves no
                // price effect to explain a gap, and beside a nominal one does.
                // Growth written as such ("比2019年同期增长13.3%") is of value added's usual basis.
                let rate_real = value_added || super::spread::deflated(ind, rate.basis);
                let growth = matches!(m.word, MultipleWord::Percent | MultipleWord::Summed);
                let m_real = match m.basis {
                    crate::facts::PriceBasis::Real => true,
                    crate::facts::PriceBasis::Nominal => false,
                    crate::facts::PriceBasis::Unstated => {
                        growth && (value_added || super::spread::deflated(ind, m.basis))
                    }
                };
                let real = rate_real != m_real;
                let spans = [m.figure.span, rate.figure.span];
                out.relation(&spans);
                let own = factor(m.word, &m.figure);
                let Some(implied) = growth::implied_rate(&Interval::point(1.0), &own, n) else { continue };
                let r = rate.allowed();
                // A stretch's growth and its yearly average written together count the same
                // years, whichever the text counts from.
                let from_before = || {
                    m.word == MultipleWord::Summed
                        && growth::implied_rate(&Interval::point(1.0), &own, n + 1).is_some_and(|x| x.meets(&r))
                };
                // Over a stretch whose last year is a guess ("“十四五”以来…累计增长19.1%"),
                // any shorter stretch the two fit is the one meant.
                let shorter = || {
                    m.link == crate::facts::Link::Context
                        && (1..n)
                            .any(|k| growth::implied_rate(&Interval::point(1.0), &own, k).is_some_and(|x| x.meets(&r)))
                };
                if implied.meets(&r) || from_before() || shorter() {
                    continue;
                }
                // A multiple at current prices against a rate at comparable ones: a gap that a
                // plausible price change closes is no alarm ("是2015年的三倍，年均增长7.5%" is
                // 15.9% a year in prices, which is).
                let yearly = |x: f64, g: f64| ((1.0 + x / 100.0) / (1.0 + g / 100.0) - 1.0) * 100.0;
                let d = Interval::new(yearly(implied.lo, r.hi), yearly(implied.hi, r.lo));
                let d_mid = yearly(implied.mid(), rate.figure.written());
                if real && super::rate::plausible_prices(&d, &ind.key, n) {
                    continue;
                }
                let at_rate = growth::factor(&r).and_then(|g| g.powi_pos(n)).map_or(f64::NAN, |g| g.mid());
                let mut message = AGAINST_RATE.fill(&[
                    &ind.name,
                    &Year(m.to),
                    &Year(m.from),
                    &Fixed(own.mid(), 2),
                    &wording(m.word),
                    &Fixed(implied.mid(), 2),
                    &Fixed(implied.lo, 2),
                    &Fixed(implied.hi, 2),
                    &rate.figure.number,
                    &Fixed(at_rate, 2),
                ]);
                let fits =
                    |f: &Interval| growth::implied_rate(&Interval::point(1.0), f, n).is_some_and(|x| x.meets(&r));
                let severity = if other_reading_fits(m, fits, &mut message) {
                    Severity::Warning
                } else if real {
                    message.append(&price_note(&ind.name, &ind.key, n, &d, d_mid));
                    Severity::Warning
                } else {
                    Severity::grade(implied.gap(&r), r.half_width())
                };
                let numbers = [m.figure.written(), rate.figure.written()];
                let finding = out.finding(Kind::Multiple, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
                finding.explanation = vec![STEP_RATE.fill(&[&n, &Range(&implied, 2), &Range(&r, 2)])];
            }
        }
    }
}

/// The factor a multiple's words mean: 增长N倍 is ×(1+N), 是…的N倍 ×N, 翻k番 at least ×2^k.
fn factor(word: MultipleWord, figure: &crate::figure::Figure) -> Interval {
    let n = figure.allowed();
    match word {
        MultipleWord::Increase => n.add(&Interval::point(1.0)),
        MultipleWord::Percent | MultipleWord::Summed => n.scale(0.01).add(&Interval::point(1.0)),
        MultipleWord::Times => n,
        MultipleWord::Doubling => {
            Interval::at_least(crate::growth::doubling_factor(figure.number.mantissa.max(0) as u32))
        }
    }
}

/// True when the multiple fits read in the wording it is often confused with (增长N倍 for
/// 是…的N倍 and back); then the message says so.
fn other_reading_fits(m: &MultipleStmt, fits: impl Fn(&Interval) -> bool, message: &mut Message) -> bool {
    let (word, name) = match m.word {
        MultipleWord::Increase => (MultipleWord::Times, "是…的N倍"),
        MultipleWord::Times => (MultipleWord::Increase, "增长N倍"),
        MultipleWord::Doubling | MultipleWord::Percent | MultipleWord::Summed => return false,
    };
    let f = factor(word, &m.figure);
    if !fits(&f) {
        return false;
    }
    message.append(&OTHER_READING.fill(&[&name, &Fixed(f.mid(), 2)]));
    true
}

fn wording(word: MultipleWord) -> &'static str {
    match word {
        MultipleWord::Increase => "增长N倍",
        MultipleWord::Times => "是…的N倍",
        MultipleWord::Doubling => "翻k番",
        MultipleWord::Percent => "比…增长N%",
        MultipleWord::Summed => "累计增长N%",
    }
}

fn against_levels(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        for m in &ind.multiples {
            let Some(t) = ind.points_in(m.to).next() else { continue };
            // A stretch's growth runs from its first year, or from the year before: the level
            // the growth meets, if one does.
            let first = ind.points_in(m.from).next();
            let before = ind.points_in(m.from - 1).next().filter(|_| m.word == MultipleWord::Summed);
            let meets = |b: &&crate::model::Point| {
                let own = factor(m.word, &m.figure);
                t.allowed().div_pos(&b.allowed()).is_some_and(|ratio| own.meets(&ratio))
            };
            let Some(b) = before.filter(|b| meets(b) || first.is_none()).or(first) else { continue };
            let own = factor(m.word, &m.figure);
            let spans = [b.figure.span, t.figure.span, m.figure.span];
            out.relation(&spans);
            let Some(ratio) = t.allowed().div_pos(&b.allowed()) else { continue };
            let mid = t.value() / b.value();
            let unit = ind.unit_text();
            let numbers = [b.figure.written(), t.figure.written(), m.figure.written()];
            let explanation = vec![STEP.fill(&[&Range(&ratio, 3)])];
            if own.meets(&ratio) {
                if m.word == MultipleWord::Doubling && ratio.lo > own.lo * 1.05 {
                    let message = DOUBLING_MET.fill(&[
                        &ind.name,
                        &Year(b.year),
                        &b.figure.number.shift(b.shift),
                        &unit,
                        &Year(t.year),
                        &t.figure.number.shift(t.shift),
                        &Fixed(mid, 2),
                        &m.figure.number,
                        &Fixed(own.lo, 0),
                    ]);
                    let finding =
                        out.finding(Kind::Multiple, Severity::Info, &[Ref::Indicator(i)], &numbers, message, &spans);
                    finding.explanation = explanation;
                }
                continue;
            }
            let mut message = OWN_READING.fill(&[
                &ind.name,
                &Year(b.year),
                &b.figure.number.shift(b.shift),
                &unit,
                &Year(t.year),
                &t.figure.number.shift(t.shift),
                &Fixed(mid, 2),
                &Range(&ratio, 3),
                &wording(m.word),
                &Fixed(own.mid(), 2),
            ]);
            let n = t.year - b.year;
            let real = ind.unit.as_ref().is_some_and(|u| names::basis(&ind.key, u.base) == Basis::Real);
            let severity = if other_reading_fits(m, |f| f.meets(&ratio), &mut message) {
                Severity::Warning
            } else if real && n >= 1 && m.word != MultipleWord::Doubling {
                // The average yearly price change that closes the gap, on intervals.
                let yearly = |x: f64| (crate::interval::root(x, n) - 1.0) * 100.0;
                let d = Interval::new(yearly(ratio.lo / own.hi), yearly(ratio.hi / own.lo));
                let d_mid = yearly(mid / own.mid());
                message.append(&price_note(&ind.name, &ind.key, n, &d, d_mid));
                if super::rate::price_effect(d_mid, &ind.key, n).0 {
                    Severity::Info
                } else {
                    Severity::Warning
                }
            } else {
                Severity::Error
            };
            let target = b.allowed().mul_pos(&own).map_or(f64::NAN, |x| x.nearest(t.value()));
            let finding = out.finding(Kind::Multiple, severity, &[Ref::Indicator(i)], &numbers, message, &spans);
            finding.explanation = explanation;
            if target.is_finite() {
                let advice = NEAREST.fill(&[&Year(t.year), &Fixed(target, 2), &unit]);
                finding.suggestion = Some(Suggestion::one(advice, "target", t.year, target, unit));
            }
        }
    }
}
