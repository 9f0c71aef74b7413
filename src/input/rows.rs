//! Spreadsheet rows: tab- or comma-separated, a header row in Chinese or English, columns in
//! any order, cells possibly empty.
//!
//! | header cell (any of)                                  | column        |
//! |-------------------------------------------------------|---------------|
//! | 指标, 指标名称, 名称, indicator, name                    | name          |
//! | 单位, 计量单位, unit                                     | unit          |
//! | 基期年份, 基年, 基期, base year                           | base year     |
//! | 基期值, 基期数, 基数, base value, base                    | base value    |
//! | 目标年份, 目标年, target year                             | target year   |
//! | 目标值, 目标, target value, target                       | target value  |
//! | 年均增长, 年均增长率, 年均增速, annual growth, growth, rate | annual rate % |
//! | 实际年份, actual year / 实际值, actual value            | a mid-term actual |
//!
//! A "(%)" or "（%）" after a header is ignored. A value cell may carry its own unit ("47.6亿元")
//! and bound ("42以上", "≥42"), which win over the unit column; a value cell may also hold an
//! a:b:c structure. Commas split cells only outside double quotes, so "1,234" survives.

use super::cursor::Cursor;
use super::{line_spans, number_too_long, read_value, valid_level, valid_period, valid_rate, valid_year, Value};
use crate::facts::{Extraction, Fact, FactKind};
use crate::messages::{self, excerpt};
use crate::text::{is_space, Span};
use crate::unit::{Unit, UnitKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    Unit,
    BaseYear,
    BaseValue,
    TargetYear,
    TargetValue,
    ActualYear,
    ActualValue,
    Rate,
}

const HEADERS: &[(&str, Column)] = &[
    ("指标", Column::Name),
    ("指标名称", Column::Name),
    ("名称", Column::Name),
    ("indicator", Column::Name),
    ("name", Column::Name),
    ("单位", Column::Unit),
    ("计量单位", Column::Unit),
    ("unit", Column::Unit),
    ("基期年份", Column::BaseYear),
    ("基年", Column::BaseYear),
    ("基期", Column::BaseYear),
    ("base year", Column::BaseYear),
    ("base_year", Column::BaseYear),
    ("基期值", Column::BaseValue),
    ("基期数", Column::BaseValue),
    ("基数", Column::BaseValue),
    ("base value", Column::BaseValue),
    ("base_value", Column::BaseValue),
    ("base", Column::BaseValue),
    ("目标年份", Column::TargetYear),
    ("目标年", Column::TargetYear),
    ("target year", Column::TargetYear),
    ("target_year", Column::TargetYear),
    ("目标值", Column::TargetValue),
    ("目标", Column::TargetValue),
    ("target value", Column::TargetValue),
    ("target_value", Column::TargetValue),
    ("target", Column::TargetValue),
    ("实际年份", Column::ActualYear),
    ("actual year", Column::ActualYear),
    ("actual_year", Column::ActualYear),
    ("实际值", Column::ActualValue),
    ("实际", Column::ActualValue),
    ("actual value", Column::ActualValue),
    ("actual_value", Column::ActualValue),
    ("actual", Column::ActualValue),
    ("年均增长", Column::Rate),
    ("年均增长率", Column::Rate),
    ("年均增速", Column::Rate),
    ("annual growth", Column::Rate),
    ("annual_growth", Column::Rate),
    ("growth", Column::Rate),
    ("rate", Column::Rate),
];

fn column(cell: &str) -> Option<Column> {
    let c = cell.trim_matches(|c: char| is_space(c) || c == '"');
    let c =
        c.trim_end_matches("(%)").trim_end_matches("（%）").trim_end_matches("(％)").trim_end_matches("（％）").trim();
    HEADERS.iter().find(|(h, _)| h.eq_ignore_ascii_case(c)).map(|&(_, col)| col)
}

/// The delimiter of a header line: tab, else comma, else a full-width comma.
fn delimiter(line: &str) -> char {
    ['\t', ',', '，'].into_iter().find(|d| line.contains(*d)).unwrap_or('\t')
}

/// Splits a line into cells with their spans (relative to `base`), honouring double quotes
/// for the ASCII comma. Quotes are kept in the span and trimmed by readers.
fn cells(line: &str, base: usize, delim: char) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == delim && !quoted {
            out.push(Span::new(base + start, base + i));
            start = i + c.len_utf8();
        }
    }
    out.push(Span::new(base + start, base + line.len()));
    out
}

/// True when `line` is a header with a name column and at least one other known column.
pub(super) fn is_header(line: &str) -> bool {
    let d = delimiter(line);
    let cols: Vec<Option<Column>> = line.split(d).map(column).collect();
    cols.len() >= 2 && cols.contains(&Some(Column::Name)) && cols.iter().flatten().count() >= 2
}

/// The trimmed span of a cell: without surrounding spaces and quotes.
fn trimmed(text: &str, s: Span) -> Span {
    let cell = &text[s.start..s.end];
    let lead = cell.len() - cell.trim_start_matches(|c: char| is_space(c) || c == '"').len();
    let body = cell.trim_matches(|c: char| is_space(c) || c == '"');
    Span::new(s.start + lead, s.start + lead + body.len())
}

pub(super) fn read(text: &str) -> Extraction {
    let mut ex = Extraction::default();
    let mut lines = line_spans(text).filter(|(_, l)| !l.trim().is_empty());
    let Some((hspan, header)) = lines.next() else {
        return ex;
    };
    let delim = delimiter(header);
    let columns: Vec<Option<Column>> = cells(header, hspan.start, delim)
        .into_iter()
        .map(|s| {
            let col = column(&text[s.start..s.end]);
            let shown = text[s.start..s.end].trim();
            if col.is_none() && !shown.is_empty() {
                ex.diag("unknown_column", s, messages::UNKNOWN_COLUMN.fill(&[&excerpt(shown)]));
            }
            col
        })
        .collect();
    for (span, line) in lines {
        let row: Vec<Span> = cells(line, span.start, delim).into_iter().map(|s| trimmed(text, s)).collect();
        read_row(text, span, &columns, &row, &mut ex);
    }
    ex
}

fn read_row(text: &str, line: Span, columns: &[Option<Column>], row: &[Span], ex: &mut Extraction) {
    let cell = |col: Column| -> Option<Span> {
        let i = columns.iter().position(|c| *c == Some(col))?;
        row.get(i).copied().filter(|s| !s.is_empty())
    };
    let Some(name_span) = cell(Column::Name) else {
        ex.diag("row_without_name", line, messages::ROW_WITHOUT_NAME.fill(&[]));
        return;
    };
    let name = text[name_span.start..name_span.end].to_string();
    let bad_cell = |ex: &mut Extraction, s: Span, zh: &str, en: &str| {
        ex.diag(
            "cell_not_understood",
            s,
            messages::CELL_NOT_UNDERSTOOD.fill(&[&excerpt(&text[s.start..s.end]), &zh, &en]),
        );
    };

    let unit = match cell(Column::Unit) {
        Some(s) => match Unit::parse(&text[s.start..s.end]) {
            Some(u) => u,
            None => {
                bad_cell(ex, s, "单位，如 亿元、万人、%", "a unit such as 亿元, 万人 or %");
                Unit::none()
            }
        },
        None => Unit::none(),
    };
    let year = |ex: &mut Extraction, col: Column| -> Option<i32> {
        let s = cell(col)?;
        let mut cur = Cursor::new(text, s.start, s.end);
        match cur.year() {
            Some((y, ys)) if cur.at_end() => valid_year(ex, y, ys).then_some(y),
            _ => {
                bad_cell(ex, s, "四位数年份，如 2015", "a four-digit year such as 2015");
                None
            }
        }
    };
    let base_year = year(ex, Column::BaseYear);
    let target_year = year(ex, Column::TargetYear);
    let actual_year = year(ex, Column::ActualYear);

    for (ycol, vcol, y) in [
        (Column::BaseYear, Column::BaseValue, base_year),
        (Column::ActualYear, Column::ActualValue, actual_year),
        (Column::TargetYear, Column::TargetValue, target_year),
    ] {
        let Some(s) = cell(vcol) else { continue };
        let mut cur = Cursor::new(text, s.start, s.end);
        let value = read_value(&mut cur);
        cur.skip_spaces();
        let value = match value {
            Some(Ok(v)) if cur.at_end() => v,
            Some(Err(span)) => {
                number_too_long(ex, text, span);
                continue;
            }
            _ => {
                bad_cell(
                    ex,
                    s,
                    "数值，可带单位和“以上/以内/左右”",
                    "a number, optionally with a unit and 以上/以内/左右",
                );
                continue;
            }
        };
        let Some(year) = y else {
            if cell(ycol).is_none() {
                bad_cell(ex, s, "数值所在的年份（年份列为空）", "a year for this value (the year column is empty)");
            }
            continue;
        };
        match value {
            Value::Level(figure, own) => {
                let unit = if own == Unit::none() { unit.clone() } else { own };
                if valid_level(ex, text, &figure, &unit) {
                    ex.facts.push(Fact {
                        name: name.clone(),
                        kind: FactKind::Level { year, figure, unit },
                        span: line,
                    });
                }
            }
            Value::Structure(parts) => {
                ex.facts.push(Fact { name: name.clone(), kind: FactKind::Structure { year, parts }, span: line })
            }
        }
    }

    if let Some(s) = cell(Column::Rate) {
        let mut cur = Cursor::new(text, s.start, s.end);
        let fig = cur.figure();
        cur.skip_spaces();
        match fig {
            Some(Ok((figure, u))) if cur.at_end() && (u.kind == UnitKind::Percent || u == Unit::none()) => {
                let (Some(from), Some(to)) = (base_year, target_year) else {
                    ex.diag("rate_without_period", s, messages::RATE_WITHOUT_PERIOD.fill(&[&name]));
                    return;
                };
                if valid_rate(ex, &figure) && valid_period(ex, from, to, line) {
                    ex.facts.push(Fact { name, kind: FactKind::Rate { from, to, figure }, span: line });
                }
            }
            Some(Err(span)) => number_too_long(ex, text, span),
            _ => bad_cell(ex, s, "年均增长率（%），如 24.6", "an annual rate in per cent such as 24.6"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert!(is_header("指标\t单位\t基期年份\t基期值\t目标年份\t目标值\t年均增长(%)"));
        assert!(is_header("Indicator,Unit,Base year,Base value,Target year,Target value,Annual growth (%)"));
        assert!(is_header("目标值，指标"));
        assert!(!is_header("地区生产总值 2010=47.6亿元"));
        assert!(!is_header("指标"));
    }

    #[test]
    fn quoted_cells() {
        let line = "GDP,\"1,234\",x";
        let spans = cells(line, 0, ',');
        assert_eq!(spans.len(), 3);
        assert_eq!(&line[spans[1].start..spans[1].end], "\"1,234\"");
    }
}
