//! Input forms: detecting which one was pasted, and the validation every reader shares.
//!
//! Readers never fail: each returns the facts it could read plus diagnostics that point at
//! what it could not. Validation here (years, periods, magnitudes, rates) is shared so that
//! the same bad figure gets the same message whichever form it came in.
//!
//! | pasted                                            | form    |
//! |---------------------------------------------------|---------|
//! | `指标\t单位\t基期年份…` then rows                    | `rows`  |
//! | `indicator,unit,base year,…` then rows             | `rows`  |
//! | `地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%`  | `lines` |
//! | `到2015年，地区生产总值达143亿元。`                   | `prose` |
//! | whitespace only                                   | `empty` |

pub mod cursor;
mod lines;
mod rows;

use crate::facts::{Extraction, Form};
use crate::figure::Figure;
use crate::messages;
use crate::text::{sub, sub_from, trim_end_by, trim_start_by, Span};
use crate::unit::Unit;
use cursor::Cursor;

/// The year range and span that the validation here enforces; they live with the periods so
/// that lower layers can use them too.
pub use crate::period::{MAX_SPAN, YEAR_MAX, YEAR_MIN};
/// The largest value, in base units, that a figure may have (10^16: well above any national
/// total in 元, far below where f64 loses integers).
pub const MAX_BASE_VALUE: f64 = 1e16;

/// The non-blank lines that form detection reads at most.
const DETECT_LINES: usize = 200;

/// Detects the form of `text`.
pub fn detect(text: &str) -> Form {
    // The first 200 non-blank lines; the first of them decides alone whether it is a table.
    // Otherwise the text is lines when at least half of them are target lines.
    let (mut total, mut target_lines) = (0usize, 0usize);
    // Every piece between line breaks: `trim` takes a CR with the spaces, and the empty piece
    // after a last line break is skipped as blank.
    for line in crate::text::split_str(text, "\n") {
        let line = crate::text::trim(line);
        if line.is_empty() {
            continue;
        }
        if total == 0 && rows::is_header(line) {
            return Form::Rows;
        }
        total += 1;
        target_lines += usize::from(lines::looks_like_target_line(line));
        // Stop as soon as the lines still unread cannot change the answer, even if all of
        // them went one way: a prose document is decided after 101 lines, not 200.
        let rest = DETECT_LINES - total;
        if 2 * target_lines + rest < total {
            return Form::Prose;
        }
        if 2 * target_lines >= total + rest {
            return Form::Lines;
        }
    }
    if total == 0 {
        return Form::Empty;
    }
    if target_lines * 2 >= total {
        Form::Lines
    } else {
        Form::Prose
    }
}

/// Reads `text` in the given form.
pub fn read(text: &str, form: Form) -> Extraction {
    match form {
        Form::Empty => Extraction::default(),
        Form::Rows => rows::read(text),
        Form::Lines => lines::read(text),
        Form::Prose => crate::prose::read(text),
    }
}

/// A figure's right-hand side: a level with its unit, or an a:b:c structure.
pub(crate) enum Value {
    Level(Figure, Unit),
    Structure(Vec<Figure>),
}

/// Reads a level or a structure at the cursor. `Err(span)` is a number too long to hold.
pub(crate) fn read_value(cur: &mut Cursor) -> Option<Result<Value, Span>> {
    let (first, unit) = match cur.figure()? {
        Ok(x) => x,
        Err(span) => return Some(Err(span)),
    };
    if cur.peek() != Some(':') {
        return Some(Ok(Value::Level(first, unit)));
    }
    let mut parts = vec![first];
    while cur.peek() == Some(':') {
        let back = cur.pos();
        cur.bump();
        cur.skip_spaces();
        match cur.number() {
            Some(Ok((d, span))) => parts.push(Figure::new(d, crate::figure::Bound::Eq, span)),
            Some(Err(span)) => return Some(Err(span)),
            None => {
                cur.set_pos(back);
                break;
            }
        }
        cur.eat("%");
    }
    Some(Ok(Value::Structure(parts)))
}

/// Checks a year; out-of-range years get a diagnostic and `false`.
pub(crate) fn valid_year(ex: &mut Extraction, year: i32, span: Span) -> bool {
    let ok = (YEAR_MIN..=YEAR_MAX).contains(&year);
    if !ok {
        ex.diag("year_out_of_range", span, messages::YEAR_OUT_OF_RANGE.fill(&[&YEAR_MIN, &YEAR_MAX, &year]));
    }
    ok
}

/// Checks a period for a rate or path: in order and not longer than [`MAX_SPAN`].
pub(crate) fn valid_period(ex: &mut Extraction, from: i32, to: i32, span: Span) -> bool {
    if from >= to {
        ex.diag("years_reversed", span, messages::YEARS_REVERSED.fill(&[&from, &to]));
        return false;
    }
    if to - from > MAX_SPAN {
        ex.diag("span_too_long", span, messages::SPAN_TOO_LONG.fill(&[&MAX_SPAN, &(to - from), &from, &to]));
        return false;
    }
    true
}

/// Checks a level's magnitude in base units.
pub(crate) fn valid_level(ex: &mut Extraction, text: &str, figure: &Figure, unit: &Unit) -> bool {
    let v = figure.number.shift(unit.exp).to_f64();
    let ok = v.is_finite() && v.abs() < MAX_BASE_VALUE;
    if !ok {
        let written = messages::excerpt(sub(text, figure.span.start, figure.span.end));
        ex.diag(
            "absurd_magnitude",
            figure.span,
            messages::ABSURD_MAGNITUDE.fill(&[&format!("{written}{}", unit.text)]),
        );
    }
    ok
}

/// Checks an annual rate in per cent: it must stay above −100%.
pub(crate) fn valid_rate(ex: &mut Extraction, figure: &Figure, one_year: bool) -> bool {
    // "第一产业投资同比增长-100.0%": a fall to nothing within one year is possible; below it
    // nothing is, and an average fall of 100% a year over several years says nothing.
    let w = figure.written();
    let ok = (w > -100.0 || one_year && w == -100.0) && w < 1e6;
    if !ok {
        ex.diag("rate_out_of_range", figure.span, messages::RATE_TOO_LOW.fill(&[&figure.number]));
    }
    ok
}

/// Reports a number too long to hold as a figure.
pub(crate) fn number_too_long(ex: &mut Extraction, text: &str, span: Span) {
    ex.diag(
        "number_too_long",
        span,
        messages::NUMBER_TOO_LONG.fill(&[&messages::excerpt(sub(text, span.start, span.end))]),
    );
}

/// The unit in a name's trailing parenthesis: "地区生产总值（亿元）" gives 亿元.
pub(crate) fn unit_in_parenthesis(name: &str) -> Option<Unit> {
    let open = crate::text::rfind_by(name, |c| matches!(c, '(' | '（'))?;
    let inner =
        trim_end_by(trim_start_by(sub_from(name, open), |c| matches!(c, '(' | '（')), |c| matches!(c, ')' | '）'));
    Unit::parse(inner).filter(|u| *u != Unit::none())
}

/// Splits `text` into lines with their byte spans, without the line break (and a CR before it).
pub(crate) fn line_spans(text: &str) -> impl Iterator<Item = (Span, &str)> {
    let mut start = 0usize;
    crate::text::split_str(text, "\n").map(move |raw| {
        let s = start;
        start += raw.len() + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        (Span::new(s, s + line.len()), line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stopping early must give the answer that counting all 200 lines gives: mixes of
    /// target lines, prose lines and blank lines, of every length around the limit.
    #[test]
    fn detection_stops_early_without_changing_its_answer() {
        let counted = |text: &str| {
            let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(DETECT_LINES).collect();
            let targets = lines.iter().filter(|l| lines::looks_like_target_line(l)).count();
            if targets * 2 >= lines.len() {
                Form::Lines
            } else {
                Form::Prose
            }
        };
        let mut seed = 0x2545_f491_u32;
        for case in 0..3000 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let n = 1 + (seed >> 8) as usize % 320;
            // Each case leans towards target lines by its own share, so close votes occur.
            let share = case % 11;
            let mut text = String::new();
            for _ in 0..n {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let line = match (seed >> 8) % 23 {
                    0 => "   ",
                    k if k % 10 < share => "地区生产总值 2010=47.6亿元 2015=143亿元",
                    _ => "全市经济稳步发展，结构持续优化。",
                };
                text.push_str(line);
                text.push('\n');
            }
            assert_eq!(detect(&text), counted(&text), "case {case}: {n} lines");
        }
    }

    #[test]
    fn detects_forms() {
        assert_eq!(detect("  \n\t "), Form::Empty);
        assert_eq!(detect("指标\t单位\t目标值\n地区生产总值\t亿元\t143"), Form::Rows);
        assert_eq!(detect("Indicator,Unit,Target year,Target value\nGDP,亿元,2015,143"), Form::Rows);
        assert_eq!(
            detect("地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%\n三次产业结构 2015=0.4:37.6:62"),
            Form::Lines
        );
        assert_eq!(detect("“十二五”期末，地区生产总值年均增长24.6%，达143亿元。"), Form::Prose);
    }
}
