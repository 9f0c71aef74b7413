//! The one-target-per-line form: a name, then `year=value` pairs, rates and structures.
//!
//! | line                                                | reads as                                  |
//! |-----------------------------------------------------|-------------------------------------------|
//! | `地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%`   | levels 2010, 2015; rate 2010→2015         |
//! | `工业增加值 2010=13.9 2015=45.7 2011-2015年均26.7%`   | rate 2010→2015 (a plan period's base)     |
//! | `工业增加值 2013→2015年均9%`                          | rate 2013→2015 exactly                    |
//! | `地区生产总值(亿元) 2010=47.6 2015=143`                | unit from the name's parenthesis         |
//! | `财政总收入 2015=10亿元以上`  / `2015>=10亿元`          | a level bounded below                     |
//! | `财政总收入 2015=10亿元 年均22%`                       | rate 2010→2015: a lone plan-end year      |
//! | `地区生产总值 2026增长6%左右`                          | rate 2025→2026                            |
//! | `万元GDP能耗 年均下降5%` with years                   | a rate of −5%                             |
//! | `三次产业结构 2015=0.4:37.6:62`                       | a structure                               |
//! | `地区生产总值 2010=47.6 实际2013=80 2015=143 年均24.6%` | an actual value for a mid-term review     |
//!
//! A rate's period, when not written, runs from the line's first year to its last. A written
//! period "A-B" runs from A−1 when the line states A−1 but not A, or when A opens a five-year
//! plan (2011, 2016, 2021, 2026…); otherwise from A. A line with one year that ends a plan
//! period (a year ending in 0 or 5) takes the five years before it.

use super::cursor::Cursor;
use super::{line_spans, number_too_long, read_value, valid_level, valid_period, valid_rate, valid_year, Value};
use crate::facts::{Extraction, FactKind, Status};
use crate::figure::{Bound, Figure};
use crate::messages::{self, excerpt};
use crate::text::{is_space, sub, Span};
use crate::unit::{Unit, UnitKind};

/// Words that introduce an annual rate, with the sign they give it. All start with 年 (a test
/// asserts it), which form detection tests first.
const RATE_WORDS: &[(&str, f64)] =
    &[("年均增长", 1.0), ("年均递增", 1.0), ("年均增速", 1.0), ("年均下降", -1.0), ("年均减少", -1.0), ("年均", 1.0)];

/// Words for one year's growth over the previous year.
const ANNUAL_WORDS: &[(&str, f64)] = &[("增长", 1.0), ("增速", 1.0), ("下降", -1.0), ("减少", -1.0)];

/// Relation signs between a year and its value.
const RELATIONS: &[(&str, Option<Bound>)] = &[
    (">=", Some(Bound::Ge)),
    ("<=", Some(Bound::Le)),
    ("≥", Some(Bound::Ge)),
    ("≤", Some(Bound::Le)),
    ("≈", Some(Bound::Approx)),
    ("~", Some(Bound::Approx)),
    ("=", None),
    (">", Some(Bound::Ge)),
    ("<", Some(Bound::Le)),
];

/// The period of a rate as the line writes it.
#[derive(Clone, Copy)]
enum Period {
    /// `A-B年均`: resolved by [`written_period`] once the line's years are known.
    Written(i32, i32),
    /// `A→B年均`: exactly from A to B, with no plan-period convention.
    Exact(i32, i32),
    /// `A增长`: one year over the previous one.
    Year(i32),
    /// `年均` alone: the line's years decide ([`implicit_period`]).
    Implicit,
}

/// A rate as written on the line, before its period is resolved.
struct PendingRate {
    period: Period,
    figure: Figure,
    span: Span,
}

/// A cheap test used by form detection: a line that has a `year=` pair or an annual rate.
pub(super) fn looks_like_target_line(line: &str) -> bool {
    let mut cur = Cursor::new(line, 0, line.len());
    while !cur.at_end() {
        // Only a digit (a year) or 年 (年均) can start what this looks for: skip to the next
        // ASCII digit, full-width digit (U+FF10–FF19) or 年 (U+5E74).
        cur.skip_to_bytes(
            |b| b.is_ascii_digit() || b == 0xEF || b == 0xE5,
            |b| matches!(b, [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..] | [0xE5, 0xB9, 0xB4, ..]),
        );
        let here = cur.pos();
        if !cur.peek().is_some_and(|c| c.is_ascii_digit() || c == '年') {
            cur.bump();
            continue;
        }
        if cur.year().is_some() {
            cur.skip_spaces();
            // "2011~2012年" is a range of years in prose, not 2011 ≈ 2012.
            if cur.eat_any(RELATIONS).is_some() && cur.year().is_none_or(|(_, year)| cur.pos() <= year.end) {
                return true;
            }
        }
        cur.set_pos(here);
        if cur.rest().starts_with('年') && cur.eat_any(RATE_WORDS).is_some() {
            cur.skip_spaces();
            cur.eat("=");
            if matches!(cur.figure(), Some(Ok((_, u))) if u.kind == UnitKind::Percent) && !cur.rest().starts_with('，')
            {
                // A rate followed by more prose is prose; a rate that ends its token is a line.
                return cur.at_end() || cur.peek().is_some_and(is_space);
            }
        }
        cur.set_pos(here);
        cur.bump();
    }
    false
}

pub(super) fn read(text: &str) -> Extraction {
    let mut ex = Extraction::default();
    for (span, line) in line_spans(text) {
        if crate::text::trim(line).is_empty() {
            continue;
        }
        read_line(text, span, &mut ex);
    }
    ex
}

fn read_line(text: &str, line: Span, ex: &mut Extraction) {
    let facts_before = ex.facts.len();
    let diags_before = ex.diagnostics.len();
    let mut cur = Cursor::new(text, line.start, line.end);
    cur.skip_spaces();
    let name_start = cur.pos();
    let name_end = find_name_end(&mut cur, line.end);
    let raw_name = crate::text::trim_end_by(sub(text, name_start, name_end), is_space);
    let name_unit = super::unit_in_parenthesis(raw_name);
    let name = raw_name.to_string();

    let mut levels: Vec<(i32, Figure, Unit)> = Vec::new();
    let mut structures: Vec<(i32, Vec<Figure>, Span)> = Vec::new();
    let mut rates: Vec<PendingRate> = Vec::new();
    cur.set_pos(name_end);
    loop {
        cur.skip_spaces();
        if cur.at_end() {
            break;
        }
        let token_start = cur.pos();
        let ok = read_token(text, &mut cur, ex, &mut levels, &mut structures, &mut rates);
        if !ok {
            // Skip to the next space and say what was not understood.
            cur.set_pos(token_start);
            while cur.peek().is_some_and(|c| !is_space(c)) {
                cur.bump();
            }
            let span = Span::new(token_start, cur.pos());
            ex.diag(
                "token_not_understood",
                span,
                messages::TOKEN_NOT_UNDERSTOOD.fill(&[&excerpt(sub(text, span.start, span.end))]),
            );
        }
    }

    if name.is_empty() || (levels.is_empty() && structures.is_empty() && rates.is_empty()) {
        // Nothing usable: one diagnostic for the whole line replaces the token ones, unless a
        // more specific one (a reversed period, say) already explains the line.
        // Only this line's own diagnostics are looked at, so a document of unreadable lines
        // stays linear.
        let own = ex.diagnostics.split_off(diags_before);
        for d in own {
            if d.code != "token_not_understood" {
                ex.diagnostics.push(d);
            }
        }
        ex.facts.truncate(facts_before);
        if ex.diagnostics.len() == diags_before {
            let shown = excerpt(crate::text::trim(sub(text, line.start, line.end)));
            ex.diag("line_not_understood", line, messages::LINE_NOT_UNDERSTOOD.fill(&[&shown]));
        }
        return;
    }

    let mut years: Vec<i32> = Vec::with_capacity(levels.len() + structures.len());
    for l in &levels {
        years.push(l.0);
    }
    for s in &structures {
        years.push(s.0);
    }
    crate::order::sort(&mut years);
    years.dedup();
    for (year, figure, unit) in levels {
        let unit = if unit == Unit::none() { name_unit.clone().unwrap_or(unit) } else { unit };
        if valid_level(ex, text, &figure, &unit) {
            ex.push_stated(name.clone(), FactKind::Level { year, figure, unit }, line, Status::Actual);
        }
    }
    for (year, parts, span) in structures {
        ex.push_stated(name.clone(), FactKind::Structure { year, parts }, span, Status::Actual);
    }
    for rate in rates {
        let period = match rate.period {
            Period::Written(a, b) => Some(written_period(a, b, &years)),
            Period::Exact(a, b) => Some((a, b)),
            Period::Year(y) => Some((y - 1, y)),
            Period::Implicit => implicit_period(&years),
        };
        let Some((from, to)) = period else {
            ex.diag("rate_without_period", rate.span, messages::RATE_WITHOUT_PERIOD.fill(&[&name]));
            continue;
        };
        if valid_period(ex, from, to, rate.span) {
            ex.push_stated(name.clone(), FactKind::Rate { from, to, figure: rate.figure }, line, Status::Actual);
        }
    }
}

/// Finds where the name ends: at the first year followed by a relation, a period, or a rate
/// word. The cursor is left anywhere; the caller repositions it.
fn find_name_end(cur: &mut Cursor, line_end: usize) -> usize {
    while !cur.at_end() {
        let here = cur.pos();
        if cur.year().is_some() {
            cur.skip_spaces();
            let starts_target = cur.eat_any(RELATIONS).is_some()
                || cur.eat_any(ANNUAL_WORDS).is_some()
                || matches!(cur.peek(), Some('-' | '–' | '—' | '至' | '到' | '→'));
            if starts_target {
                return here;
            }
        }
        cur.set_pos(here);
        if cur.eat_any(RATE_WORDS).is_some() {
            return here;
        }
        cur.set_pos(here);
        cur.bump();
    }
    line_end
}

/// Reads one token: `year=value`, `year增长r%`, `[A-B]年均r%`. False when nothing fits.
fn read_token(
    text: &str,
    cur: &mut Cursor,
    ex: &mut Extraction,
    levels: &mut Vec<(i32, Figure, Unit)>,
    structures: &mut Vec<(i32, Vec<Figure>, Span)>,
    rates: &mut Vec<PendingRate>,
) -> bool {
    let start = cur.pos();
    // "实际2013=80亿元", "actual:2013=80": an actual value; any level inside a rate's period
    // is one, so the word only helps the reader.
    if cur.eat("实际") || cur.eat("预计") || cur.eat("actual") {
        let _ = cur.eat(":") || cur.eat("：");
    }
    if let Some((year, yspan)) = cur.year() {
        cur.skip_spaces();
        // An exact period: A→B年均r% (the page writes this when it regenerates lines).
        if cur.eat("→") || cur.eat("->") {
            let Some((end, espan)) = cur.year() else { return false };
            if !(valid_year(ex, year, yspan) & valid_year(ex, end, espan)) {
                return true;
            }
            return read_rate(cur, ex, RATE_WORDS, Period::Exact(year, end), start, rates);
        }
        // A period: A-B年均r%.
        if cur.eat_any(&[("-", ()), ("–", ()), ("—", ()), ("至", ()), ("到", ())]).is_some() {
            let Some((end, espan)) = cur.year() else {
                return false;
            };
            if !(valid_year(ex, year, yspan) & valid_year(ex, end, espan)) {
                return true;
            }
            if end < year {
                ex.diag("years_reversed", yspan.cover(espan), messages::YEARS_REVERSED.fill(&[&year, &end]));
                return true;
            }
            return read_rate(cur, ex, RATE_WORDS, Period::Written(year, end), start, rates);
        }
        // One year's growth: 2026增长6%.
        let here = cur.pos();
        if cur.eat_any(ANNUAL_WORDS).is_some() {
            cur.set_pos(here);
            if !valid_year(ex, year, yspan) {
                return true;
            }
            return read_rate(cur, ex, ANNUAL_WORDS, Period::Year(year), start, rates);
        }
        let Some(relation) = cur.eat_any(RELATIONS) else {
            return false;
        };
        cur.skip_spaces();
        let value = match read_value(cur) {
            Some(Ok(v)) => v,
            Some(Err(span)) => {
                number_too_long(ex, text, span);
                return true;
            }
            None => return false,
        };
        if !valid_year(ex, year, yspan) {
            return true;
        }
        match value {
            Value::Level(mut figure, unit) => {
                if let Some(b) = relation {
                    figure.bound = b;
                }
                levels.push((year, figure, unit));
            }
            Value::Structure(parts) => structures.push((year, parts, Span::new(start, cur.pos()))),
        }
        return token_ends(cur);
    }
    read_rate(cur, ex, RATE_WORDS, Period::Implicit, start, rates)
}

/// Reads `word [=] r%` for one of `words`.
fn read_rate(
    cur: &mut Cursor,
    ex: &mut Extraction,
    words: &[(&str, f64)],
    period: Period,
    start: usize,
    rates: &mut Vec<PendingRate>,
) -> bool {
    let Some(sign) = cur.eat_any(words) else {
        return false;
    };
    cur.skip_spaces();
    cur.eat("=");
    let (mut figure, unit) = match cur.figure() {
        Some(Ok(x)) => x,
        _ => return false,
    };
    if unit.kind != UnitKind::Percent {
        return false;
    }
    if sign < 0.0 {
        figure.number = figure.number.negated();
    }
    if valid_rate(ex, &figure, false) {
        rates.push(PendingRate { period, figure, span: Span::new(start, cur.pos()) });
    }
    token_ends(cur)
}

/// A token must end at a space or the end of the line; "2015=143亿元xyz" is not understood.
fn token_ends(cur: &Cursor) -> bool {
    cur.at_end() || cur.peek().is_some_and(is_space)
}

/// The base year of a written period A-B (see the module notes).
fn written_period(a: i32, b: i32, years: &[i32]) -> (i32, i32) {
    if a == b {
        return (a - 1, b);
    }
    let states = |y: i32| years.binary_search(&y).is_ok();
    if states(a) {
        (a, b)
    } else if states(a - 1) || a.rem_euclid(5) == 1 {
        (a - 1, b)
    } else {
        (a, b)
    }
}

/// The period of a rate with none written: the line's first to last year, or the plan period
/// that a lone plan-end year closes.
fn implicit_period(years: &[i32]) -> Option<(i32, i32)> {
    match years {
        [] => None,
        [y] if y.rem_euclid(5) == 0 => Some((y - 5, *y)),
        [_] => None,
        [first, .., last] => Some((*first, *last)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(written_period(2011, 2015, &[2010, 2015]), (2010, 2015));
        assert_eq!(written_period(2011, 2015, &[]), (2010, 2015));
        assert_eq!(written_period(2010, 2015, &[2010, 2015]), (2010, 2015));
        assert_eq!(written_period(2013, 2015, &[]), (2013, 2015));
        assert_eq!(written_period(2026, 2026, &[]), (2025, 2026));
        assert_eq!(implicit_period(&[2015]), Some((2010, 2015)));
        assert_eq!(implicit_period(&[2013]), None);
        assert_eq!(implicit_period(&[2010, 2013, 2015]), Some((2010, 2015)));
    }

    #[test]
    fn target_lines() {
        assert!(RATE_WORDS.iter().all(|w| w.0.starts_with('年')));
        assert!(looks_like_target_line("地区生产总值 2010=47.6亿元"));
        assert!(looks_like_target_line("地区生产总值 ２０１０＝47.6亿元"));
        assert!(looks_like_target_line("GDP 年均24.6%"));
        assert!(!looks_like_target_line("“十二五”期末，地区生产总值年均增长24.6%，达143亿元。"));
        assert!(!looks_like_target_line("2010年口岸进出口货运量完成862万吨"));
        assert!(!looks_like_target_line("2011~2012年我市地区生产总值年均增长11.0%，2013年上半年增长10.0%。"));
        assert!(!looks_like_target_line("2011~2012年"));
    }
}
