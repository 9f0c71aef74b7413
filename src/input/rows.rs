//! Spreadsheet rows and plan tables: tab-, comma- or pipe-separated, a header row in Chinese or
//! English, columns in any order, cells possibly empty. The prose reader uses the same [`Table`]
//! for the 主要指标 tables embedded in plans.
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
//! | 2020年, 2025, 2025年目标 (one year each)               | that year's value |
//! | 属性, 类型, 备注, 序号                                  | ignored       |
//!
//! A "(%)" or "（%）" after a header is ignored. A value cell may carry its own unit ("47.6亿元")
//! and bound ("42以上", "≥42"), which win over the unit column; a value cell may also hold an
//! a:b:c structure. Commas split cells only outside double quotes, so "1,234" survives. With
//! year columns the rate runs from the first year column to the last, or over the years its
//! header names ("“十四五”年均增长", "2021—2022年年均增长"), or over the two year columns or more
//! before it ("2020年 │ 2025年 │ 年均增长 │ 2035年远景目标"). A value in brackets
//! ("〔13.5〕", the 十四五 tables' mark for a five-year total) is a cumulative figure and is not
//! read as a level; "—" and "-" are empty cells. A name's unit may sit in its parenthesis:
//! "地区生产总值（亿元）".

use super::cursor::Cursor;
use super::{line_spans, number_too_long, read_value, valid_level, valid_period, valid_rate, valid_year, Value};
use crate::facts::{Extraction, FactKind, Status};
use crate::messages::{self, excerpt};
use crate::text::{halfwidth, has, is_space, sub, table, trim_by, trim_end_str, trim_start_by, words, Span, WordMap};

fn space_or_quote(c: char) -> bool {
    is_space(c) || c == '"'
}
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
    /// A column of values for one year: "2020年", "2025年目标".
    Year(i32),
    /// A known column with nothing to check: 属性 (预期性/约束性), 备注, 序号.
    Ignore,
}

const HEADERS: WordMap<Column> = table![
    "指标" => Column::Name,
    "指标名称" => Column::Name,
    "名称" => Column::Name,
    "主要指标" => Column::Name,
    "indicator" => Column::Name,
    "name" => Column::Name,
    "单位" => Column::Unit,
    "计量单位" => Column::Unit,
    "unit" => Column::Unit,
    "基期年份" => Column::BaseYear,
    "基年" => Column::BaseYear,
    "基期" => Column::BaseYear,
    "base year" => Column::BaseYear,
    "base_year" => Column::BaseYear,
    "基期值" => Column::BaseValue,
    "基期数" => Column::BaseValue,
    "基数" => Column::BaseValue,
    "base value" => Column::BaseValue,
    "base_value" => Column::BaseValue,
    "base" => Column::BaseValue,
    "目标年份" => Column::TargetYear,
    "目标年" => Column::TargetYear,
    "target year" => Column::TargetYear,
    "target_year" => Column::TargetYear,
    "目标值" => Column::TargetValue,
    "目标" => Column::TargetValue,
    "target value" => Column::TargetValue,
    "target_value" => Column::TargetValue,
    "target" => Column::TargetValue,
    "实际年份" => Column::ActualYear,
    "actual year" => Column::ActualYear,
    "actual_year" => Column::ActualYear,
    "实际值" => Column::ActualValue,
    "实际" => Column::ActualValue,
    "actual value" => Column::ActualValue,
    "actual_value" => Column::ActualValue,
    "actual" => Column::ActualValue,
    "属性" => Column::Ignore,
    "指标属性" => Column::Ignore,
    "类型" => Column::Ignore,
    "备注" => Column::Ignore,
    "序号" => Column::Ignore,
    "年均增长" => Column::Rate,
    "年均增长率" => Column::Rate,
    "年均增速" => Column::Rate,
    "annual growth" => Column::Rate,
    "annual_growth" => Column::Rate,
    "growth" => Column::Rate,
    "rate" => Column::Rate,
];

fn column(cell: &str) -> Option<Column> {
    let c = trim_by(cell, |c| is_space(c) || c == '"' || c == '*');
    let c = words!["(%)", "（%）", "(％)", "（％）"].iter().fold(c, trim_end_str);
    let c = crate::text::trim(c);
    if let Some((_, col)) = HEADERS.iter().find(|(h, _)| h.eq_ignore_ascii_case(c)) {
        return Some(col);
    }
    // 年均增长（%）, 年均增长率(2021-2025年): any header that opens as a rate header; and
    // "2023年比上年增长（%）", "2023年增速": a year's growth, the rate between the year columns
    // before it, not a value of that year.
    if crate::text::words!["年均增长", "年均增速"].any_starts(c) || crate::text::words!["增长", "增速"].any_in(c)
    {
        return Some(Column::Rate);
    }
    // "2023年占比（%）": a share, no value of the year's.
    if crate::text::words!["占比", "比重"].any_in(c) {
        return None;
    }
    year_column(c)
}

/// A header naming one year: "2020年", "2025", "2020年（基期）", "2025年目标". It holds
/// exactly one run of digits, a year in range.
fn year_column(c: &str) -> Option<Column> {
    let digits_at = crate::text::find_by(c, |d| halfwidth(d).is_ascii_digit())?;
    let mut cur = Cursor::new(c, digits_at, c.len());
    let (y, _) = cur.year()?;
    let more_digits = crate::text::any_by(cur.rest(), |d| halfwidth(d).is_ascii_digit());
    ((super::YEAR_MIN..=super::YEAR_MAX).contains(&y) && !more_digits).then_some(Column::Year(y))
}

/// The delimiter of a header line: a pipe (Markdown tables), tab, comma or full-width comma.
fn delimiter(line: &str) -> char {
    if line.bytes().filter(|&b| b == b'|').count() >= 2 {
        return '|';
    }
    ['\t', ',', '，'].into_iter().find(|d| crate::text::has_char(line, *d)).unwrap_or('\t')
}

/// Splits a line into cells with their spans, honouring double quotes for the ASCII comma.
/// Quotes are kept in the span and trimmed by readers.
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
    let (mut cells, mut known, mut name) = (0, 0, false);
    for cell in crate::text::split_str(line, d.encode_utf8(&mut [0; 4])) {
        let col = column(cell);
        cells += 1;
        known += usize::from(col.is_some());
        name |= col == Some(Column::Name);
    }
    cells >= 2 && name && known >= 2
}

/// True for a Markdown separator row: "|---|:---:|".
fn is_separator(line: &str) -> bool {
    let t = crate::text::trim(line);
    crate::text::has_char(t, '-') && crate::text::all_by(t, |c| matches!(c, '|' | '-' | ':' | ' ' | '\t' | '+'))
}

/// An empty cell as tables write it.
fn is_blank(cell: &str) -> bool {
    matches!(crate::text::trim(cell), "" | "—" | "-" | "–" | "——" | "/" | "…" | "／")
}

/// A value in brackets: the 十四五 tables' mark for a five-year total.
fn is_bracketed(cell: &str) -> bool {
    let t = crate::text::trim(cell);
    crate::text::words!["〔", "[", "［", "【"].any_starts(t)
}

/// The trimmed span of a cell: without surrounding spaces and quotes.
fn trimmed(text: &str, s: Span) -> Span {
    let cell = sub(text, s.start, s.end);
    let lead = cell.len() - trim_start_by(cell, space_or_quote).len();
    let body = trim_by(cell, space_or_quote);
    Span::new(s.start + lead, s.start + lead + body.len())
}

/// A table's header, read once and then applied to each of its rows.
pub(crate) struct Table {
    delim: char,
    /// Where each named column sits, found once per table: a row then looks its cells up in
    /// O(1), however wide the header.
    positions: Positions,
}

/// The index of each named column in the header.
#[derive(Default)]
struct Positions {
    name: Option<usize>,
    unit: Option<usize>,
    base_year: Option<usize>,
    base_value: Option<usize>,
    target_year: Option<usize>,
    target_value: Option<usize>,
    actual_year: Option<usize>,
    actual_value: Option<usize>,
    rate: Option<usize>,
    /// The years the rate column's header names ("“十四五”年均增长(%)", "2021—2023年年均增长"):
    /// the rate runs over them rather than from the first year column to the last.
    rate_years: Option<(i32, i32)>,
    /// The one-year columns, in header order, with what their values are.
    years: Vec<(usize, i32, Status)>,
}

/// What the values of a one-year column are, when two columns name the same year ("2020年
/// 目标值", "2020年预计值"): a completion table's target and outcome, two statements that must
/// not be set against each other as one stated twice.
fn year_status(header: &str) -> Status {
    if has(header, "目标") || has(header, "规划") || has(header, "计划") {
        Status::Target
    } else if has(header, "预计") {
        Status::Estimate
    } else {
        Status::Actual
    }
}

impl Positions {
    fn of(columns: &[Option<Column>]) -> Positions {
        let mut p = Positions::default();
        for (i, c) in columns.iter().enumerate() {
            let slot = match c {
                Some(Column::Name) => &mut p.name,
                Some(Column::Unit) => &mut p.unit,
                Some(Column::BaseYear) => &mut p.base_year,
                Some(Column::BaseValue) => &mut p.base_value,
                Some(Column::TargetYear) => &mut p.target_year,
                Some(Column::TargetValue) => &mut p.target_value,
                Some(Column::ActualYear) => &mut p.actual_year,
                Some(Column::ActualValue) => &mut p.actual_value,
                Some(Column::Rate) => &mut p.rate,
                Some(Column::Year(y)) => {
                    p.years.push((i, *y, Status::Actual));
                    continue;
                }
                Some(Column::Ignore) | None => continue,
            };
            slot.get_or_insert(i);
        }
        p
    }

    fn get(&self, col: Column) -> Option<usize> {
        match col {
            Column::Name => self.name,
            Column::Unit => self.unit,
            Column::BaseYear => self.base_year,
            Column::BaseValue => self.base_value,
            Column::TargetYear => self.target_year,
            Column::TargetValue => self.target_value,
            Column::ActualYear => self.actual_year,
            Column::ActualValue => self.actual_value,
            Column::Rate => self.rate,
            Column::Year(_) | Column::Ignore => None,
        }
    }
}

impl Table {
    /// Reads a header line, reporting unknown columns; `None` unless it is a header.
    pub(crate) fn header(text: &str, span: Span, ex: &mut Extraction) -> Option<Table> {
        let line = sub(text, span.start, span.end);
        if !is_header(line) {
            return None;
        }
        let delim = delimiter(line);
        let spans = cells(line, span.start, delim);
        let mut columns: Vec<Option<Column>> = Vec::with_capacity(spans.len());
        for &s in &spans {
            let col = column(sub(text, s.start, s.end));
            let shown = crate::text::trim(sub(text, s.start, s.end));
            if col.is_none() && !shown.is_empty() {
                ex.diag("unknown_column", s, messages::UNKNOWN_COLUMN.fill(&[&excerpt(shown)]));
            }
            columns.push(col);
        }
        let mut positions = Positions::of(&columns);
        positions.rate_years = positions
            .rate
            .and_then(|i| spans.get(i))
            .and_then(|s| crate::period::rate_years_in(sub(text, s.start, s.end)));
        // Sorted, so that a header of many year columns stays n log n: a year is repeated when
        // the one after its first place is the same.
        let mut years = Vec::with_capacity(positions.years.len());
        for &(_, y, _) in &positions.years {
            years.push(y);
        }
        crate::order::sort(&mut years);
        for (i, y, status) in &mut positions.years {
            if years.get(years.partition_point(|x| x < y) + 1) == Some(y) {
                let header = spans.get(*i).map_or("", |s| sub(text, s.start, s.end));
                *status = year_status(header);
            }
        }
        Some(Table { delim, positions })
    }

    /// Reads one row; separator rows and blank lines are skipped.
    pub(crate) fn row(&self, text: &str, span: Span, ex: &mut Extraction) {
        let line = sub(text, span.start, span.end);
        if crate::text::trim(line).is_empty() || is_separator(line) {
            return;
        }
        let mut row = cells(line, span.start, self.delim);
        for s in &mut row {
            *s = trimmed(text, *s);
        }
        read_row(text, span, &self.positions, &row, ex);
    }
}

pub(super) fn read(text: &str) -> Extraction {
    let mut ex = Extraction::default();
    let mut lines = line_spans(text).filter(|(_, l)| !crate::text::trim(l).is_empty());
    let Some((hspan, _)) = lines.next() else {
        return ex;
    };
    let Some(mut table) = Table::header(text, hspan, &mut ex) else {
        return ex;
    };
    // "注：年均增长为2021—2022年实际年均增速。" under the rows: the years of a rate column whose
    // header names none.
    if table.positions.rate_years.is_none() {
        table.positions.rate_years = line_spans(text).find_map(|(_, l)| crate::period::rate_years_noted(l));
    }
    for (span, _) in lines {
        table.row(text, span, &mut ex);
    }
    name_sub_rows(&mut ex);
    ex
}

/// "各项存款余额…⏎人民币…⏎各项贷款余额…⏎人民币…": a label that two rows of one table give for
/// the same year names a sub-row of each row above it, not one statistic stated twice. Each such
/// row is named with the nearest row above it whose label is its own.
fn name_sub_rows(ex: &mut Extraction) {
    // (label, year, row) of every value, sorted: the rows of one label and year are then one
    // run, and a table of many rows stays n log n.
    let mut stated: Vec<(&str, i32, usize)> = Vec::with_capacity(ex.facts.len());
    for f in &ex.facts {
        if let FactKind::Level { year, .. } | FactKind::Structure { year, .. } = f.kind {
            stated.push((f.name.as_str(), year, f.span.start));
        }
    }
    crate::order::sort(&mut stated);
    // The rows of every run of two rows or more.
    let mut sub_rows: Vec<usize> = Vec::new();
    for run in stated.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        if run.first().map(|s| s.2) != run.last().map(|s| s.2) {
            for s in run {
                sub_rows.push(s.2);
            }
        }
    }
    crate::order::sort(&mut sub_rows);
    let mut above: Option<usize> = None;
    for i in 0..ex.facts.len() {
        if sub_rows.binary_search(&ex.facts[i].span.start).is_err() {
            above = Some(i);
        } else if let Some(a) = above {
            let parent = ex.facts[a].name.clone();
            ex.facts[i].ctx.parent = parent;
        }
    }
}

fn read_row(text: &str, line: Span, columns: &Positions, row: &[Span], ex: &mut Extraction) {
    let cell = |col: Column| -> Option<Span> {
        let i = columns.get(col)?;
        row.get(i).copied().filter(|s| !is_blank(sub(text, s.start, s.end)))
    };
    let Some(name_span) = cell(Column::Name) else {
        if row.iter().any(|s| !is_blank(sub(text, s.start, s.end))) {
            ex.diag("row_without_name", line, messages::ROW_WITHOUT_NAME.fill(&[]));
        }
        return;
    };
    // "1.地区生产总值（亿元）": the numbering is not part of the name; "5G移动电话用户",
    // "60周岁及以上人口", "4A级景区" begin with a figure of their own.
    let name = sub(text, name_span.start, name_span.end);
    let after_digits = trim_start_by(name, |c| c.is_ascii_digit());
    let own = after_digits.len() < name.len()
        && (crate::text::starts_by(after_digits, |c| c.is_ascii_alphabetic())
            || crate::unit::Unit::parse_prefix(after_digits).1 > 0
            || crate::text::words!["周岁", "岁", "级", "星"].any_starts(after_digits));
    let name =
        if own { name } else { trim_start_by(name, |c| c.is_ascii_digit() || matches!(c, '.' | '、' | '．' | ' ')) };
    let name = name.to_string();
    let bad_cell = |ex: &mut Extraction, s: Span, zh: &str, en: &str| {
        ex.diag(
            "cell_not_understood",
            s,
            messages::CELL_NOT_UNDERSTOOD.fill(&[&excerpt(sub(text, s.start, s.end)), &zh, &en]),
        );
    };

    let unit = match cell(Column::Unit) {
        Some(s) => match Unit::parse(sub(text, s.start, s.end)) {
            Some(u) => u,
            None => {
                bad_cell(ex, s, "单位，如 亿元、万人、%", "a unit such as 亿元, 万人 or %");
                Unit::none()
            }
        },
        None => super::unit_in_parenthesis(&name).unwrap_or_else(Unit::none),
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

    // Value cells: the named columns with their year columns, then the one-year columns with
    // what their values are.
    let mut values: Vec<(Span, Option<i32>, bool, Status)> = Vec::new();
    for (ycol, vcol, y) in [
        (Column::BaseYear, Column::BaseValue, base_year),
        (Column::ActualYear, Column::ActualValue, actual_year),
        (Column::TargetYear, Column::TargetValue, target_year),
    ] {
        if let Some(s) = cell(vcol) {
            values.push((s, y, cell(ycol).is_none(), Status::Actual));
        }
    }
    // "2020年 │ 2025年 │ 年均增长(%) │ 2035年远景目标": a rate after two year columns or more
    // runs over them, not on to a vision's year after it.
    let before_rate = columns.rate.map_or(0, |r| columns.years.iter().filter(|&&(i, _, _)| i < r).count());
    let mut year_columns: Vec<i32> = Vec::with_capacity(columns.years.len());
    for &(i, y, _) in &columns.years {
        if before_rate < 2 || columns.rate.is_some_and(|r| i < r) {
            year_columns.push(y);
        }
    }
    for &(i, y, status) in &columns.years {
        if let Some(s) = row.get(i).filter(|s| !is_blank(sub(text, s.start, s.end))) {
            values.push((*s, Some(y), false, status));
        }
    }
    for (s, y, year_missing, status) in values {
        let cell_text = sub(text, s.start, s.end);
        if is_bracketed(cell_text) {
            ex.diag("cumulative_not_checked", s, messages::CUMULATIVE_NOT_CHECKED.fill(&[&excerpt(cell_text)]));
            continue;
        }
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
            if year_missing {
                bad_cell(ex, s, "数值所在的年份（年份列为空）", "a year for this value (the year column is empty)");
            }
            continue;
        };
        match value {
            Value::Level(figure, own) => {
                let unit = if own == Unit::none() { unit.clone() } else { own };
                if valid_level(ex, text, &figure, &unit) {
                    ex.push_stated(name.clone(), FactKind::Level { year, figure, unit }, line, status);
                }
            }
            Value::Structure(parts) => {
                ex.push_stated(name.clone(), FactKind::Structure { year, parts }, line, Status::Actual)
            }
        }
    }

    if let Some(s) = cell(Column::Rate) {
        let cell_text = sub(text, s.start, s.end);
        if is_bracketed(cell_text) {
            ex.diag("cumulative_not_checked", s, messages::CUMULATIVE_NOT_CHECKED.fill(&[&excerpt(cell_text)]));
            return;
        }
        let mut cur = Cursor::new(text, s.start, s.end);
        let fig = cur.figure();
        cur.skip_spaces();
        match fig {
            Some(Ok((figure, u))) if cur.at_end() && (u.kind == UnitKind::Percent || u == Unit::none()) => {
                let first = year_columns.iter().min().copied();
                let last = year_columns.iter().max().copied();
                let named = columns.rate_years.filter(|_| base_year.is_none() && target_year.is_none());
                let (Some(from), Some(to)) =
                    named.map_or((base_year.or(first), target_year.or(last)), |(from, to)| (Some(from), Some(to)))
                else {
                    ex.diag("rate_without_period", s, messages::RATE_WITHOUT_PERIOD.fill(&[&name]));
                    return;
                };
                // One year's column and its growth ("2023年末 | 比上年增长（%）"): over the year before.
                let from = if from == to && base_year.is_none() { to - 1 } else { from };
                if valid_rate(ex, &figure, to - from == 1) && valid_period(ex, from, to, line) {
                    ex.push_stated(name, FactKind::Rate { from, to, figure }, line, Status::Actual);
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
    fn year_columns() {
        assert_eq!(column("2020年"), Some(Column::Year(2020)));
        assert_eq!(column("2025年目标"), Some(Column::Year(2025)));
        assert_eq!(column("年均增长（%）"), Some(Column::Rate));
        assert_eq!(column("2021-2025"), None);
        // A year's growth or share is no value of that year (session 24's search for false
        // alarms: "2023年比上年增长（%）" was a second 2023 value, 7.8 against 712.5).
        assert_eq!(column("2023年比上年增长（%）"), Some(Column::Rate));
        assert_eq!(column("2023年增速(%)"), Some(Column::Rate));
        assert_eq!(column("2023年占比（%）"), None);
        assert!(is_header("| 指标 | 2020年 | 2025年 | 年均增长（%） | 属性 |"));
        assert!(is_separator("|---|:---:|---|"));
    }

    #[test]
    fn quoted_cells() {
        let line = "GDP,\"1,234\",x";
        let spans = cells(line, 0, ',');
        assert_eq!(spans.len(), 3);
        assert_eq!(&line[spans[1].start..spans[1].end], "\"1,234\"");
    }
}
