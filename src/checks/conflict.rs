//! `conflicting_statements`: one indicator, one year (or one period's rate), stated twice with
//! values that cannot meet.
//!
//! Statements of one year are folded left to right into the intersection of what they allow,
//! so a thousand repetitions cost a thousand steps, and each statement that cannot meet the
//! ones before it is reported once, against the first statement of that year.
//!
//! | statements                                   | finding                           |
//! |----------------------------------------------|-----------------------------------|
//! | 2015: 80亿美元 and 80亿美元                     | none                              |
//! | 2015 rate: 19.5% and 19.5%左右                 | none (左右 allows 19.1%–19.9%)      |
//! | 2015: 3.3万元 and 33000元                       | none (exact conversion)           |
//! | 2015: 143亿元 and 150亿元                       | error                             |
//! | 2021: 突破500亿元, 达到480亿元 (one sentence)     | error                             |

use super::{Fixed, Kind, Outcome, Ref, Severity};
use crate::facts::{Link, PriceBasis, Status};
use crate::interval::Interval;
use crate::messages::{Message, Template, Year};
use crate::model::Model;
use crate::names::{self, Basis};
use crate::text::Span;

const LEVELS: Template = Template {
    zh: "{0}：{1}年的数值前后不一，先为{2}{4}，后为{3}{4}；两者在舍入精度内不能同时成立（相差{5}{4}）。",
    en: "{0}: the {1} value is stated twice, as {2}{4} and as {3}{4}; within their rounding they cannot both hold ({5}{4} apart).",
};

const RATES: Template = Template {
    zh: "{0}：{1}–{2}年的年均增长前后不一，先为{3}%，后为{4}%；两者在舍入精度内不能同时成立。",
    en: "{0}: the annual rate for {1}–{2} is stated twice, as {3}% and as {4}%; within their rounding they cannot both hold.",
};

/// A rate over one year: the growth of the year (同比), not an average.
const RATES_ONE_YEAR: Template = Template {
    zh: "{0}：{2}年比{1}年的增速前后不一，先为{3}%，后为{4}%；两者在舍入精度内不能同时成立。",
    en: "{0}: the growth from {1} to {2} is stated twice, as {3}% and as {4}%; within their rounding they cannot both hold.",
};

/// One statement as the fold sees it.
struct Stated {
    allowed: Interval,
    written: f64,
    shown: String,
    span: Span,
}

/// Two statements are set against each other only when the text leaves no doubt that they
/// are the same statistic: both named where they stand (not carried over), of the same status
/// (a result against a result, a target against a target, never a stretch target), and, in
/// prose, in different paragraphs and within a factor of two of each other. One paragraph that
/// gives two values under one name is listing parallel items (each district's 概算投资, each
/// group's 旅游外汇收入) whose subject the name leaves out; a summary and the chapter that
/// repeats it are paragraphs apart. Values further apart than a factor of two under one name
/// are, in real documents, nearly always two things named alike. Tables and target lines name
/// every figure on its own line (paragraph 0), so neither rule applies there.
fn comparable(a: (Link, Status, u32), b: (Link, Status, u32)) -> bool {
    a.0 == Link::Explicit && b.0 == Link::Explicit && a.1 == b.1 && a.1 != Status::Stretch && (a.2 != b.2 || a.2 == 0)
}

/// "地区生产总值突破500亿元，达到480亿元": a mark passed and the level reached, in one sentence
/// under one name, are one statistic stated twice (a bound, then its value), though one
/// paragraph's values under one name are otherwise parallel items.
fn milestone_and_level(first: &crate::model::Point, p: &crate::model::Point) -> bool {
    use crate::figure::Bound;
    let bounded = |b: Bound| matches!(b, Bound::Ge | Bound::Le);
    first.sentence == p.sentence
        && first.link == Link::Explicit
        && p.link == Link::Explicit
        && first.status == p.status
        && bounded(first.figure.bound) != bounded(p.figure.bound)
        && near(first.value(), p.value())
}

/// What one paragraph states explicitly: (paragraph, indicator, from, to, allowed), a level
/// as `from == to == year`. Sorted, so that a paragraph's statements lie side by side.
type Said = (u32, usize, i32, i32, Interval);

fn said(model: &Model) -> Vec<Said> {
    let mut all: Vec<Said> = Vec::new();
    let own =
        |link: Link, status: Status, block: u32| link == Link::Explicit && status != Status::Stretch && block != 0;
    for (i, ind) in model.indicators.iter().enumerate() {
        for p in &ind.points {
            if own(p.link, p.status, p.block) {
                all.push((p.block, i, p.year, p.year, p.allowed()));
            }
        }
        for r in &ind.rates {
            if own(r.link, r.status, r.block) {
                all.push((r.block, i, r.from, r.to, r.allowed()));
            }
        }
    }
    crate::order::sort_by_key(&mut all, |s| (s.0, s.1, s.2, s.3));
    all
}

/// How many statements of a paragraph are looked at: enough for any real paragraph, and a
/// bound on the work for a hostile one.
const PARALLEL_REACH: usize = 64;

/// True when paragraphs `a` and `b` state other statistics besides `stat` (indicator, from,
/// to), and none of them alike: two lines such as "省级6项，概算投资…，完成投资…" and "市级5项，概算投资…，
/// 完成投资…" are parallel items whose subject the names leave out, not one statement made twice.
/// A real restatement repeats the figures beside it ("生产总值…，同比增长1.2%" twice).
fn parallel(said: &[Said], stat: (usize, i32, i32), a: u32, b: u32) -> bool {
    let of = |block: u32| {
        let start = said.partition_point(|s| s.0 < block);
        let end = said.partition_point(|s| s.0 <= block);
        &said[start..end]
    };
    let (a, b) = (of(a), of(b));
    let mut shared = false;
    for x in a.iter().take(PARALLEL_REACH).filter(|x| (x.1, x.2, x.3) != stat) {
        let start = b.partition_point(|y| (y.1, y.2, y.3) < (x.1, x.2, x.3));
        for y in b[start..].iter().take_while(|y| (y.1, y.2, y.3) == (x.1, x.2, x.3)) {
            if x.4.meets(&y.4) {
                return false;
            }
            shared = true;
        }
    }
    shared
}

fn near(a: f64, b: f64) -> bool {
    let (a, b) = (a.abs(), b.abs());
    a.max(b) <= 2.0 * a.min(b)
}

pub(super) fn check(model: &Model, out: &mut Outcome) {
    let said = said(model);
    for (i, ind) in model.indicators.iter().enumerate() {
        let unit = ind.unit_text();
        // Points are sorted by year, so each year's statements are one run; within it, each
        // status is compared apart.
        for run in ind.points.chunk_by(|a, b| a.year == b.year) {
            let Some(first) = run.iter().find(|p| p.link == Link::Explicit && p.status != Status::Stretch) else {
                continue;
            };
            // Plain loops rather than `filter().collect()` and `map().collect()`: each iterator
            // chain is its own monomorphised copy in the wasm.
            let mut kept: Vec<&crate::model::Point> = Vec::with_capacity(run.len());
            let mut spans: Vec<Span> = Vec::with_capacity(run.len());
            for p in run {
                if std::ptr::eq(p, first)
                    || comparable((first.link, first.status, first.block), (p.link, p.status, p.block))
                        && (p.block == 0
                            || near(first.value(), p.value())
                                && !parallel(&said, (i, p.year, p.year), first.block, p.block))
                    || milestone_and_level(first, p)
                {
                    kept.push(p);
                    spans.push(p.figure.span);
                }
            }
            let run = kept;
            if run.len() >= 2 {
                out.relation(&spans);
            }
            let stated = run.iter().map(|p| Stated {
                allowed: p.allowed(),
                written: p.figure.written(),
                // "突破500亿元" is shown as "≥500".
                shown: match p.figure.bound {
                    crate::figure::Bound::Ge => format!("≥{}", p.figure.number.shift(p.shift)),
                    crate::figure::Bound::Le => format!("≤{}", p.figure.number.shift(p.shift)),
                    _ => p.figure.number.shift(p.shift).to_string(),
                },
                span: p.figure.span,
            });
            fold(
                i,
                stated,
                |first, later, gap| {
                    let dp = 2;
                    LEVELS.fill(&[&ind.name, &Year(run[0].year), &first.shown, &later.shown, &unit, &Fixed(gap, dp)])
                },
                out,
            );
        }
        let mut rates: Vec<&crate::model::Rate> = Vec::with_capacity(ind.rates.len());
        for r in &ind.rates {
            if r.link == Link::Explicit && r.status != Status::Stretch {
                rates.push(r);
            }
        }
        crate::order::sort_by_key(&mut rates, |r| (r.from, r.to, r.status as u8, r.figure.span.start));
        let usual = names::basis(&ind.key, ind.unit.as_ref().map_or("", |u| u.base));
        let mut runs: Vec<Vec<&crate::model::Rate>> = Vec::new();
        for period in rates.chunk_by(|a, b| (a.from, a.to, a.status) == (b.from, b.to, b.status)) {
            // A rate that states no price basis is of the one basis the others state ("按可比价格
            // 计算，比上年增长6.0%" and a table's "比上年增长8.0%") when that is the statistic's
            // usual basis, or it has none; with both bases stated, or one that is not the usual
            // ("按现价计算，…增长3.0%" of a GDP whose plain rate is real, "实际增长" of an income
            // stated either way), each is compared with its own only.
            let real = period.iter().any(|r| r.basis == PriceBasis::Real);
            let nominal = period.iter().any(|r| r.basis == PriceBasis::Nominal);
            let unusual = matches!(
                (real, nominal, usual),
                (true, false, Basis::Nominal | Basis::Either) | (false, true, Basis::Real | Basis::Either)
            );
            if real && nominal || unusual {
                for basis in [PriceBasis::Real, PriceBasis::Nominal, PriceBasis::Unstated] {
                    let mut run = Vec::new();
                    for &r in period {
                        if r.basis == basis {
                            run.push(r);
                        }
                    }
                    runs.push(run);
                }
            } else {
                runs.push(period.to_vec());
            }
        }
        for run in runs.iter().filter(|r| !r.is_empty()) {
            let first = run[0];
            let mut kept: Vec<&crate::model::Rate> = Vec::with_capacity(run.len());
            let mut spans: Vec<Span> = Vec::with_capacity(run.len());
            for &r in run {
                if std::ptr::eq(r, first)
                    || r.block == 0
                    || r.block != first.block && !parallel(&said, (i, r.from, r.to), first.block, r.block)
                {
                    kept.push(r);
                    spans.push(r.figure.span);
                }
            }
            let run = kept;
            if run.len() >= 2 {
                out.relation(&spans);
            }
            let stated = run.iter().map(|r| Stated {
                allowed: r.allowed(),
                written: r.percent(),
                shown: r.figure.number.to_string(),
                span: r.figure.span,
            });
            fold(
                i,
                stated,
                |first, later, _| {
                    let template = if run[0].to - run[0].from == 1 { &RATES_ONE_YEAR } else { &RATES };
                    template.fill(&[&ind.name, &Year(run[0].from), &Year(run[0].to), &first.shown, &later.shown])
                },
                out,
            );
        }
    }
}

/// Folds the statements of indicator `i` into their common interval; `message(first, offender,
/// gap)` words the finding for each statement that cannot meet the ones before it.
fn fold(
    i: usize,
    mut stated: impl Iterator<Item = Stated>,
    message: impl Fn(&Stated, &Stated, f64) -> Message,
    out: &mut Outcome,
) {
    let Some(first) = stated.next() else { return };
    let mut common = first.allowed;
    for s in stated {
        match common.intersect(&s.allowed) {
            Some(c) => common = c,
            None => {
                let message = message(&first, &s, common.gap(&s.allowed));
                let numbers = [first.written, s.written];
                out.finding(
                    Kind::ConflictingStatements,
                    Severity::Error,
                    &[Ref::Indicator(i)],
                    &numbers,
                    message,
                    &[first.span, s.span],
                );
            }
        }
    }
}
