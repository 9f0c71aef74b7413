//! Consistency checks: each relation a plan's numbers must satisfy, decided on intervals.
//!
//! A check reads the linked [`Model`] and emits a [`Finding`] only when the intervals that the
//! written figures allow cannot meet. Severity grades how far apart they are:
//!
//! | gap between what was stated and what the arithmetic allows | severity  |
//! |------------------------------------------------------------|-----------|
//! | none (the intervals meet)                                  | no finding |
//! | at most one more rounding unit of the figure tested        | `warning` |
//! | more                                                       | `error`   |
//!
//! Every finding states, in zh and en, what was stated, what the arithmetic gives, and the
//! nearest consistent values, all computed by the same interval arithmetic that decided it.
//!
//! | module          | kind                      | relation                                  |
//! |-----------------|---------------------------|-------------------------------------------|
//! | [`rate`]        | `rate_vs_endpoints`       | base × (1 + r)^n = target                 |
//! | [`conflict`]    | `conflicting_statements`  | one indicator, one year, one value        |
//! | [`sum`]         | `sum_vs_total`            | parts (and their changes) add up to the total |
//! | [`spread`]      | `sum_vs_total`            | a total's growth lies between its parts' (or its sub-periods') |
//! | [`structure`]   | `structure_ratio`         | a:b:c sums to 100 and matches the values; a sector's share moves as its structures do |
//! | [`share`]       | `share`, `approx_word`    | part / whole × 100 = stated share         |
//! | [`pull`]        | `share`                   | pull = contribution × the whole's growth  |
//! | [`contribution`] | `share`                  | contribution = part's increase ÷ whole's  |
//! | [`per_capita`]  | `per_capita`              | total ÷ population = per-capita figure    |
//! | [`intensity`]   | `per_capita`              | energy per unit of output moves as energy ÷ output |
//! | [`yoy`]         | `yoy`                     | level, growth % and change agree          |
//! | [`completion`]  | `completion`              | actual ÷ target = completion %            |
//! | [`multiple`]    | `multiple`                | 增长N倍, 是…的N倍, 翻k番                    |
//! | [`currency`]    | `multiple`                | yuan ÷ exchange rate = dollars            |
//! | [`cumulative`]  | `cumulative`              | Σ of the path = the period's total        |
//! | [`chain`]       | `multiple`, `rate_vs_endpoints` | each year's growth compounds to the stretch's |

mod annual;
mod chain;
mod completion;
mod conflict;
mod contribution;
mod cumulative;
mod currency;
mod intensity;
mod multiple;
mod per_capita;
mod pull;
mod rate;
mod share;
mod spread;
mod structure;
mod sum;
mod yoy;

use crate::facts::Diagnostic;
use crate::interval::Interval;
use crate::messages::{Arg, Lang, Message, Template};
use crate::model::{Model, Point};
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

snake_case!(Severity {
    Info => "info",
    Warning => "warning",
    Error => "error",
});

impl Severity {
    /// `warning` when `gap` is within `slack` (one more rounding unit), `error` beyond.
    // Not inlined: one copy serves every check.
    #[inline(never)]
    pub fn grade(gap: f64, slack: f64) -> Severity {
        if gap <= slack {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    RateVsEndpoints,
    ConflictingStatements,
    SumVsTotal,
    StructureRatio,
    Share,
    PerCapita,
    Yoy,
    Completion,
    Multiple,
    ApproxWord,
    Cumulative,
}

snake_case!(Kind {
    RateVsEndpoints => "rate_vs_endpoints",
    ConflictingStatements => "conflicting_statements",
    SumVsTotal => "sum_vs_total",
    StructureRatio => "structure_ratio",
    Share => "share",
    PerCapita => "per_capita",
    Yoy => "yoy",
    Completion => "completion",
    Multiple => "multiple",
    ApproxWord => "approx_word",
    Cumulative => "cumulative",
});

/// What a finding involves: an indicator or a structure, by index into the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ref {
    Indicator(usize),
    Structure(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct SuggestedValue {
    /// Which figure would change: "rate", "target", "base", "share", "part", "total", "value".
    pub field: &'static str,
    pub year: Option<i32>,
    pub value: f64,
    pub unit: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub message: Message,
    pub values: Vec<SuggestedValue>,
}

/// How sure a finding is of the link between its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Every figure named where it stands, of one place and period.
    Certain,
    /// A name or a period carried over from an earlier sentence or a heading: a note at most.
    Likely,
}

snake_case!(Confidence {
    Certain => "certain",
    Likely => "likely",
});

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub confidence: Confidence,
    /// Why the figures were linked ("linked because …"), when the link needs saying.
    pub basis: Option<Message>,
    pub kind: Kind,
    pub severity: Severity,
    pub refs: Vec<Ref>,
    /// The stated figures involved, as written.
    pub numbers: Vec<f64>,
    pub message: Message,
    /// The arithmetic step by step, from the same intervals that decided the finding.
    pub explanation: Vec<Message>,
    pub suggestion: Option<Suggestion>,
    pub spans: Vec<Span>,
}

/// What the checks produce.
#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many relations were evaluated, consistent or not.
    pub relations: u32,
    /// The spans of the figures those relations involved.
    pub checked: Vec<Span>,
}

impl Outcome {
    /// Records one relation evaluated over the figures at `spans`, whatever its result: the
    /// Report counts what was checked, not only what failed.
    pub(crate) fn relation(&mut self, spans: &[Span]) {
        self.relations += 1;
        self.checked.extend_from_slice(spans);
    }

    /// Adds a finding whose figures are each named where they stand (`certain`), with no basis,
    /// steps or advice; a check that has those sets them on the finding returned. One
    /// constructor for every check, rather than a struct literal at each site.
    pub(crate) fn finding(
        &mut self,
        kind: Kind,
        severity: Severity,
        refs: &[Ref],
        numbers: &[f64],
        message: Message,
        spans: &[Span],
    ) -> &mut Finding {
        let finding = Finding {
            confidence: Confidence::Certain,
            basis: None,
            kind,
            severity,
            refs: refs.to_vec(),
            numbers: numbers.to_vec(),
            message,
            explanation: Vec::new(),
            suggestion: None,
            spans: spans.to_vec(),
        };
        self.findings.push(finding);
        let last = self.findings.len() - 1;
        &mut self.findings[last]
    }
}

impl Suggestion {
    /// Advice of one value: `field` of `year` would be `value` in `unit`.
    fn one(message: Message, field: &'static str, year: i32, value: f64, unit: &str) -> Suggestion {
        Suggestion { message, values: vec![SuggestedValue { field, year: Some(year), value, unit: unit.to_string() }] }
    }
}

/// Runs every check over the model.
pub fn run(model: &Model) -> Outcome {
    let mut out = Outcome::default();
    rate::check(model, &mut out);
    conflict::check(model, &mut out);
    sum::check(model, &mut out);
    spread::check(model, &mut out);
    spread::periods(model, &mut out);
    structure::check(model, &mut out);
    structure::moves(model, &mut out);
    share::check(model, &mut out);
    pull::check(model, &mut out);
    currency::check(model, &mut out);
    contribution::check(model, &mut out);
    per_capita::check(model, &mut out);
    intensity::check(model, &mut out);
    yoy::check(model, &mut out);
    completion::check(model, &mut out);
    multiple::check(model, &mut out);
    cumulative::check(model, &mut out);
    chain::check(model, &mut out);
    annual::check(model, &mut out);
    spread::groups(model, &mut out);
    dedupe(&mut out.findings);
    grade_links(model, &mut out.findings);
    out
}

const LINKED_CERTAIN: Template = Template {
    zh: "关联依据：各数字在原句中点名，地区和时期相同。",
    en: "Linked because each figure is named where it stands, for the same place and period.",
};

const LINKED_LIKELY: Template = Template {
    zh: "关联依据：{0}的指标名称或时期承接自前文（标题或前一句），并非在原句写明；因此仅作提示。",
    en: "Linked by context only: the name or period of {0} is carried over from an earlier sentence or heading, not written with it; so this is a note, not an alarm.",
};

/// A finding is as sure as the weakest link among its figures: one whose name or period the
/// reader carried over from the context makes it `likely`, and a likely link never raises more
/// than a note. Every finding says why its figures were linked.
fn grade_links(model: &Model, findings: &mut [Finding]) {
    use crate::facts::Link;
    // A sorted list rather than a hash set: it shares the span sort the Report already has.
    let mut carried: Vec<Span> = Vec::new();
    for ind in &model.indicators {
        for p in ind.points.iter().filter(|p| p.link == Link::Context) {
            carried.push(p.figure.span);
        }
        for r in ind.rates.iter().filter(|r| r.link == Link::Context) {
            carried.push(r.figure.span);
        }
        for a in ind.changes.iter().filter(|a| a.link == Link::Context) {
            carried.push(a.figure.span);
        }
        for a in ind.cumulatives.iter().filter(|a| a.link == Link::Context) {
            carried.push(a.figure.span);
        }
        for m in ind.multiples.iter().filter(|m| m.link == Link::Context) {
            carried.push(m.figure.span);
        }
        for c in ind.completions.iter().filter(|c| c.link == Link::Context) {
            carried.push(c.percent.span);
        }
    }
    for st in model.structures.iter().filter(|s| s.link == Link::Context) {
        for p in &st.parts {
            carried.push(p.span);
        }
    }
    crate::order::sort(&mut carried);
    // A pull and the contribution rate it follows in one sentence are one subject's, whoever
    // that is: their check with the whole's growth is as sure as the growth's link. The pull
    // check lists the pull's and the rate's spans first.
    // Sorted, and found by a binary search: a text of many pulls and many findings stays linear.
    let mut tied: Vec<[Span; 2]> = Vec::new();
    for p in model.pulls.iter().filter(|p| p.tied) {
        tied.push([p.points.span, p.share.span]);
    }
    crate::order::sort(&mut tied);
    for f in findings {
        let pair = |s: &[Span]| -> Option<[Span; 2]> { Some([*s.first()?, *s.get(1)?]) };
        let own = pair(&f.spans).filter(|p| f.kind == Kind::Share && tied.binary_search(p).is_ok());
        let weak = |s: &&Span| carried.binary_search(s).is_ok() && !own.is_some_and(|t| t.contains(s));
        match f.spans.iter().find(weak) {
            Some(_) => {
                f.confidence = Confidence::Likely;
                f.severity = f.severity.min(Severity::Info);
                let mut shown: Vec<String> = Vec::with_capacity(f.numbers.len());
                for n in &f.numbers {
                    shown.push(fixed_trim(*n));
                }
                f.basis = Some(LINKED_LIKELY.fill(&[&crate::text::join(&shown, "、")]));
            }
            None => {
                if f.basis.is_none() {
                    f.basis = Some(LINKED_CERTAIN.fill(&[]));
                }
            }
        }
    }
}

/// A number as a message shows it: no trailing zeros.
fn fixed_trim(x: f64) -> String {
    let s = fixed(x, 4);
    let s = crate::text::trim_end_by(crate::text::trim_end_by(&s, |c| c == '0'), |c| c == '.');
    s.to_string()
}

/// Plans state most targets twice (in the goals list and again in their chapter), so the same
/// relation can fail twice with the same figures. One finding is kept, with the spans of both
/// statements, so that clicking it shows every place. Linear: findings are keyed by a hash index.
fn dedupe(findings: &mut Vec<Finding>) {
    // The key is (kind, severity, numbers' bits, English message) packed into one string: one
    // char each for kind, severity and the count of numbers, eight per number (a byte each),
    // then the text.
    let mut first = crate::index::Index::default();
    let mut keys: Vec<String> = Vec::with_capacity(findings.len());
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings.drain(..) {
        let mut key = String::with_capacity(f.message.en.len() + 3 + 16 * f.numbers.len());
        key.push(char::from(f.kind as u8));
        key.push(char::from(f.severity as u8));
        key.push(char::from_u32(f.numbers.len() as u32).unwrap_or(char::MAX));
        for n in &f.numbers {
            for b in n.to_bits().to_le_bytes() {
                key.push(char::from(b));
            }
        }
        key.push_str(&f.message.en);
        let hash = crate::index::hash(&[&key]);
        let earlier = first.candidates(hash).find(|&i| keys[i] == key);
        match earlier {
            Some(i) => {
                let spans = &mut kept[i].spans;
                for s in f.spans {
                    if !spans.contains(&s) {
                        spans.push(s);
                    }
                }
            }
            None => {
                first.insert(hash, kept.len());
                keys.push(key);
                kept.push(f);
            }
        }
    }
    *findings = kept;
}

/// For each part of a decomposition, the first of its alternative keys with a statement `pick`
/// accepts, in the total's family or listed under the total ("其中城镇…" carries the total as its
/// parent); `None` unless every part has one. The growth, change and share-shift checks of a
/// decomposition look its parts up alike.
fn decomposed<'m, T>(
    model: &'m Model,
    dec: &crate::names::Decomposition,
    total: &crate::model::Indicator,
    pick: impl Fn(&'m crate::model::Indicator) -> Option<&'m T>,
) -> Option<Vec<(usize, &'m T)>> {
    let under = crate::model::Family { parent: total.key.clone(), ..total.family.clone() };
    // "固定资产投资…分产业看，第一产业增长12.0%": under the total, a part may leave out the
    // measure the two share (第一产业 for 第一产业投资).
    let shared = crate::text::words!["投资", "增加值", "产值"].first_ending(&total.key);
    let mut parts = Vec::with_capacity(dec.parts.len());
    for alternatives in dec.parts {
        let found = 'found: {
            for k in alternatives.iter() {
                for pi in part_chain(model, k, &total.family, &under, shared) {
                    if let Some(x) = pick(&model.indicators[pi]) {
                        break 'found (pi, x);
                    }
                }
            }
            return None;
        };
        parts.push(found);
    }
    Some(parts)
}

/// The indicators a part's key `k` may be stated under, in order: in the total's `family`,
/// listed `under` the total, and under it without the `shared` measure. Not generic, so that
/// the checks calling [`decomposed`] share it.
fn part_chain(
    model: &Model,
    k: &str,
    family: &crate::model::Family,
    under: &crate::model::Family,
    shared: Option<&str>,
) -> Vec<usize> {
    let mut chain = model.chain(k, family);
    chain.append(&mut model.chain(k, under));
    if let Some(bare) = shared.and_then(|m| k.strip_suffix(m)).filter(|b| !b.is_empty()) {
        chain.append(&mut model.chain(bare, under));
    }
    chain
}

/// A group's total and the sum of its parts, each as the interval its rounding allows, in the
/// total's unit.
fn group_sums(g: &crate::facts::Group) -> (Interval, Interval) {
    let tu = &g.total.unit;
    let mut parts = Interval::point(0.0);
    for p in &g.parts {
        parts = parts.add(&allowed_count(&p.figure, &p.unit, p.unit.shift_to(tu)));
    }
    (allowed_count(&g.total.figure, tu, 0), parts)
}

/// [`group_sums`] as a relation is decided: to the digit before the padding when the total
/// and every part are [`padded`].
fn padded_group_sums(g: &crate::facts::Group) -> (Interval, Interval) {
    let (total, parts) = group_sums(g);
    if padded(&g.total.figure) && g.parts.iter().all(|p| padded(&p.figure)) {
        return (unpadded(total), unpadded(parts));
    }
    (total, parts)
}

/// Whether a figure of two decimals or more ends in a zero ("162.40"). When every figure of a
/// relation does ("162.40", "48.30", "21.60", "92.60"), the text padded them to a column's
/// width rather than measured them to that digit (four such figures end in zero by chance once
/// in ten thousand), and the relation is decided at the digit before. One decimal ("7.0%") is
/// the precision statistics are given in, not padding.
fn padded(f: &crate::figure::Figure) -> bool {
    f.number.exp <= -2 && f.number.mantissa % 10 == 0
}

/// An interval of padded figures, widened from the padded digit's rounding to the digit
/// before's: ten times as wide.
fn unpadded(x: Interval) -> Interval {
    x.widen(x.half_width() * 9.0)
}

/// A figure's interval: a whole count written without a magnitude ("30000人", "12项") is exact,
/// anything else allows its rounding.
fn allowed_count(figure: &crate::figure::Figure, unit: &crate::unit::Unit, shift: i32) -> Interval {
    if unit.is_exact_count() && figure.number.exp == 0 && figure.bound == crate::figure::Bound::Eq {
        Interval::point(figure.number.shift(shift).to_f64())
    } else {
        figure.allowed_shifted(shift)
    }
}

/// The same statistic as `total`, of the same place, at other periods of the year: "1—7月，社会
/// 消费品零售总额3219.6亿元。7月当月，社会消费品零售总额522.3亿元。城镇消费品零售额2491.1亿元；
/// 乡村消费品零售额728.5亿元" splits the months to date, though the line dates the parts by the
/// month. Parts that miss their period's total but meet one of these are misdated, and the text
/// says which, not the reader: nothing is told.
pub(super) fn other_periods<'m>(model: &'m Model, total: &crate::model::Indicator) -> Vec<&'m crate::model::Indicator> {
    let mut out = Vec::new();
    for i in model.periods_of(&total.key, &total.family) {
        let other = &model.indicators[i];
        if other.family.part != total.family.part {
            out.push(other);
        }
    }
    out
}

/// Whether `sum`, in `unit`, meets a level of `year` of one of `others`.
pub(super) fn meets_another(
    others: &[&crate::model::Indicator],
    year: i32,
    unit: &crate::unit::Unit,
    sum: &Interval,
) -> bool {
    others.iter().any(|o| {
        o.unit
            .as_ref()
            .filter(|u| u.compatible(unit))
            .is_some_and(|u| o.points.iter().any(|p| p.year == year && allowed_at(p, u.exp, unit.exp).meets(sum)))
    })
}

/// What `p` allows, its indicator's unit at `10^from_exp`, in units of `10^to_exp` of the same
/// base, as an interval: brings the points of two indicators into one magnitude.
fn allowed_at(p: &Point, from_exp: i32, to_exp: i32) -> Interval {
    p.figure.allowed_shifted(p.shift + from_exp - to_exp)
}

/// The first index stated for each year, for the year maps of `yoy` and `annual`. A list, not a
/// hash map: years lie in 1900–2100 (and the text's own period), so it holds at most a few
/// hundred entries, and a search through it costs less code than another map type.
pub(crate) struct YearMap(Vec<(i32, usize)>);

impl YearMap {
    pub(crate) fn new() -> YearMap {
        YearMap(Vec::new())
    }

    /// Records `v` under `year` unless the year has a value already; true when it was recorded.
    pub(crate) fn insert_first(&mut self, year: i32, v: usize) -> bool {
        if self.get(year).is_some() {
            return false;
        }
        self.0.push((year, v));
        true
    }

    pub(crate) fn get(&self, year: i32) -> Option<usize> {
        self.0.iter().find(|e| e.0 == year).map(|e| e.1)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}

/// Formats a computed value with `dp` decimals, and the unbounded ends as ∞. It rounds through
/// integers instead of using `format!("{:.2}")`, which keeps Rust's float printing (about 20 KB)
/// out of the wasm; values beyond 10^15 are printed in scientific form, as no plan has them.
pub(crate) fn fixed(x: f64, dp: usize) -> String {
    if x.is_nan() {
        return "?".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞" } else { "−∞" }.to_string();
    }
    let dp = dp.min(9);
    let scale = 10f64.powi(dp as i32);
    let scaled = (x.abs() * scale).round();
    if scaled >= 1e18 {
        let e = crate::interval::exponent10(x.abs());
        let sign = if x < 0.0 { "-" } else { "" };
        return crate::text::cat(&[sign, &fixed(x.abs() / 10f64.powi(e), 3), "e", &crate::text::int(e.into())]);
    }
    let n = scaled as u64;
    let unit = 10u64.pow(dp as u32);
    let (int, frac) = (n / unit, n % unit);
    let mut out = String::new();
    if x < 0.0 && n != 0 {
        out.push('-');
    }
    crate::text::push_uint(&mut out, int);
    if dp > 0 {
        // The fraction with its leading zeros: 5 of a hundredth is ".05".
        out.push('.');
        let digits = crate::text::int(frac as i64);
        for _ in digits.len()..dp {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

/// A computed value as a message argument: [`fixed`] written into the message itself, so that
/// a call site neither makes nor drops a string of its own.
pub(crate) struct Fixed(pub f64, pub usize);

impl Arg for Fixed {
    fn write_to(&self, _: Lang, out: &mut String) {
        out.push_str(&fixed(self.0, self.1));
    }
}

/// An interval as a message argument: "[lo, hi]", or the single value when it is a point.
pub(crate) struct Range<'a>(pub &'a Interval, pub usize);

impl Arg for Range<'_> {
    fn write_to(&self, _: Lang, out: &mut String) {
        let (lo, hi) = (fixed(self.0.lo, self.1), fixed(self.0.hi, self.1));
        if lo == hi {
            out.push_str(&lo);
        } else {
            out.push_str(&crate::text::cat(&["[", &lo, ", ", &hi, "]"]));
        }
    }
}

/// The decimals to show for a computed value next to a figure written with `exp`: one more
/// than the figure, so that the difference is visible.
fn dp_for(exp: i32) -> usize {
    (1 - exp).clamp(1, 6) as usize
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn fixed_point_formatting() {
        assert_eq!(fixed(253.04, 1), "253.0");
        assert_eq!(fixed(23.4867, 2), "23.49");
        assert_eq!(fixed(-6.25, 1), "-6.3");
        assert_eq!(fixed(-0.004, 2), "0.00");
        assert_eq!(fixed(142.95, 0), "143");
        assert_eq!(fixed(f64::INFINITY, 2), "∞");
        assert_eq!(fixed(2.5e20, 1), "2.500e20");
    }
}
