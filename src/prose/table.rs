//! Tables inside prose: rows of cells separated by `|`, as web pages and PDF extraction leave
//! them, either one row per line or one cell per line with a `|`-only line between rows.
//!
//! The header row says what each column is: a year (`2015年 完成`), an annual rate
//! (`“十三五”年均增长(%)`), a level with its unit (`绝对数(万人)`), a share
//! (`占年末常住人口比重(%)`) or something to skip (`指标属性`). Each data row is a name (with
//! its unit in parentheses, or the column's) and one figure per column.
//!
//! | header                    | row                          | facts                              |
//! |---------------------------|------------------------------|------------------------------------|
//! | `指标 │ 2015年 │ 2020年 │ 年均增长(%)` | `地区生产总值(亿元) │ 300.41 │ 469.5 │ 9.3` | levels 2015, 2020; rate 2015→2020 |
//! | `指标名称 │ 绝对数(万人) │ 占年末常住人口比重(%)` | `城镇 │ 2114 │ 54.81` | level 2114万人; share 54.81% |

use crate::figure::{Bound, Decimal, Figure};
use crate::text::{find_str, has, sub, Span};
use crate::unit::{Unit, UnitKind};

/// A cell: its text's span (trimmed) in the normalised text.
#[derive(Clone, Copy, Debug)]
pub struct Cell {
    pub span: Span,
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Column {
    /// The row names.
    Name,
    /// Levels of a year (`2015年 完成`, `2020年`).
    Year(i32),
    /// Levels of the table's year, in a unit (`绝对数(万人)`).
    Level(Option<Unit>),
    /// Compound annual growth over the year columns' span, or a plan period's.
    Average(Option<(i32, i32)>),
    /// Growth over the previous year.
    Growth,
    /// Shares of a whole (`占年末常住人口比重(%)`).
    Share(String),
    /// A column this reader does not use (`指标属性`).
    Skip,
}

/// One figure a table states.
#[derive(Clone, Debug)]
pub enum Entry {
    Level { name: String, year: Option<i32>, figure: Figure, unit: Unit },
    Rate { name: String, from: i32, to: i32, figure: Figure },
    Average { name: String, figure: Figure },
    Yoy { name: String, figure: Figure },
    Share { name: String, whole: String, figure: Figure },
}

/// A table found in the text: the byte range of its lines and what was read from it.
pub struct Table {
    pub span: Span,
    pub entries: Vec<Entry>,
    /// Cells holding a number that no column gave a meaning.
    pub unread: Vec<Span>,
    /// Cells in brackets (〔13.5〕): sums over the plan period, not levels or rates.
    pub bracketed: Vec<Span>,
}

/// Finds the tables of `text`: runs of at least three lines that contain `|`.
pub fn find(text: &str, plan: Option<(i32, i32)>) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    let mut pos = 0;
    let flush = |lines: &mut Vec<Span>, tables: &mut Vec<Table>| {
        if lines.len() >= 3 {
            if let Some(t) = read(text, lines, plan) {
                tables.push(t);
            }
        }
        lines.clear();
    };
    for line in text.split_inclusive('\n') {
        let span = Span::new(pos, pos + line.trim_end_matches('\n').len());
        pos += line.len();
        if line.contains('|') {
            lines.push(span);
        } else {
            flush(&mut lines, &mut tables);
        }
    }
    flush(&mut lines, &mut tables);
    tables
}

/// The cells of a line, trimmed; a line of pipes only is a row break (`None`).
fn cells(text: &str, line: Span) -> Option<Vec<Cell>> {
    let s = sub(text, line.start, line.end);
    if s.chars().all(|c| c == '|' || c.is_whitespace()) {
        return None;
    }
    let mut out = Vec::new();
    let mut start = line.start;
    for (i, c) in s.char_indices() {
        if c == '|' {
            out.push(trimmed(text, Span::new(start, line.start + i)));
            start = line.start + i + 1;
        }
    }
    if start < line.end {
        out.push(trimmed(text, Span::new(start, line.end)));
    }
    Some(out)
}

fn trimmed(text: &str, span: Span) -> Cell {
    let s = sub(text, span.start, span.end);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Cell { span: Span::new(span.start + lead, span.end - trail) }
}

fn read(text: &str, lines: &[Span], plan: Option<(i32, i32)>) -> Option<Table> {
    // One row per line, or one cell per line with pipe-only lines between rows.
    let per_line: Vec<Option<Vec<Cell>>> = lines.iter().map(|&l| cells(text, l)).collect();
    let filled = |c: &[Cell]| c.iter().filter(|c| !c.span.is_empty()).count();
    let wide = per_line.iter().flatten().filter(|c| filled(c) >= 2).count();
    let narrow = per_line.iter().flatten().filter(|c| filled(c) == 1).count();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    if wide >= narrow {
        for c in per_line.into_iter().flatten() {
            rows.push(c.into_iter().filter(|c| !c.span.is_empty()).collect());
        }
    } else {
        let mut row = Vec::new();
        for c in per_line {
            match c {
                Some(c) => row.extend(c.into_iter().filter(|c| !c.span.is_empty())),
                None => {
                    if !row.is_empty() {
                        rows.push(std::mem::take(&mut row));
                    }
                }
            }
        }
        if !row.is_empty() {
            rows.push(row);
        }
    }
    let cell = |c: &Cell| sub(text, c.span.start, c.span.end);
    // The header: the first row with no number in its cells after the first.
    let header_at = rows.iter().position(|r| r.len() >= 2 && r.iter().skip(1).all(|c| number(cell(c)).is_none()))?;
    let header: Vec<Column> = rows[header_at].iter().enumerate().map(|(i, c)| column(cell(c), i, plan)).collect();
    let years: Vec<i32> = header.iter().filter_map(|c| if let Column::Year(y) = c { Some(*y) } else { None }).collect();
    let span = Span::new(lines.first()?.start, lines.last()?.end);
    let mut entries = Vec::new();
    let mut unread = Vec::new();
    let mut bracketed = Vec::new();
    for row in &rows[header_at + 1..] {
        if row.len() < 2 {
            continue;
        }
        let raw_name = cell(&row[0]);
        let (name, row_unit) = split_unit(raw_name);
        if name.is_empty() || number(raw_name).is_some() {
            continue;
        }
        for (i, c) in row.iter().enumerate().skip(1) {
            let t = cell(c);
            if (t.starts_with('〔') && t.ends_with('〕')) || (t.starts_with('[') && t.ends_with(']')) {
                bracketed.push(c.span);
                continue;
            }
            let Some((number, digits)) = number(t) else { continue };
            let figure =
                Figure::new(number, Bound::Eq, Span::new(c.span.start + digits.start, c.span.start + digits.end));
            let unit_after = Unit::parse_prefix(sub(t, digits.end, t.len())).0;
            match header.get(i) {
                Some(Column::Year(y)) => {
                    let unit = if unit_after != Unit::none() {
                        unit_after
                    } else {
                        row_unit.clone().unwrap_or_else(Unit::none)
                    };
                    entries.push(Entry::Level { name: name.clone(), year: Some(*y), figure, unit });
                }
                Some(Column::Level(u)) => {
                    let unit = row_unit.clone().or_else(|| u.clone()).unwrap_or_else(Unit::none);
                    entries.push(Entry::Level { name: name.clone(), year: None, figure, unit });
                }
                Some(Column::Average(period)) => {
                    let first = years.iter().min().copied();
                    let last = years.iter().max().copied();
                    // "提高13.4个百分点" in a rate column is a change of a share, not a rate.
                    if has(t, "百分点") || row_unit.as_ref().is_some_and(|u| u.kind == UnitKind::Percent) {
                        unread.push(figure.span);
                        continue;
                    }
                    match period.or(first.zip(last).filter(|(a, b)| a < b)) {
                        Some((from, to)) => entries.push(Entry::Rate { name: name.clone(), from, to, figure }),
                        None => entries.push(Entry::Average { name: name.clone(), figure }),
                    }
                }
                Some(Column::Growth) => entries.push(Entry::Yoy { name: name.clone(), figure }),
                Some(Column::Share(whole)) => {
                    entries.push(Entry::Share { name: name.clone(), whole: whole.clone(), figure })
                }
                _ => unread.push(figure.span),
            }
        }
    }
    Some(Table { span, entries, unread, bracketed })
}

/// What a header cell says its column holds.
fn column(h: &str, i: usize, plan: Option<(i32, i32)>) -> Column {
    let compact: String = h.chars().filter(|c| !c.is_whitespace()).collect();
    if i == 0 {
        return Column::Name;
    }
    if has(&compact, "属性") || has(&compact, "备注") || has(&compact, "单位") && !has(&compact, "(") {
        return Column::Skip;
    }
    if has(&compact, "年均") {
        let plan_period = plan_in(&compact).or(plan);
        return Column::Average(plan_period.map(|(s, e)| (s - 1, e)));
    }
    if has(&compact, "增长") || has(&compact, "增速") || has(&compact, "比上年") {
        return Column::Growth;
    }
    if let Some(i) = find_str(&compact, "占") {
        if has(&compact, "比重") || has(&compact, "%") {
            let after = sub(&compact, i + "占".len(), compact.len());
            let end = find_str(after, "比重").or_else(|| find_str(after, "(")).unwrap_or(after.len());
            return Column::Share(sub(after, 0, end).trim_end_matches('的').to_string());
        }
    }
    if let Some(y) = year_in(&compact) {
        return Column::Year(y);
    }
    let (_, unit) = split_unit(&compact);
    Column::Level(unit)
}

fn year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(3) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && !b.get(i + 4).is_some_and(u8::is_ascii_digit) {
            let y: i32 = sub(s, i, i + 4).parse().ok()?;
            if (1949..=2100).contains(&y) {
                return Some(y);
            }
        }
    }
    None
}

fn plan_in(s: &str) -> Option<(i32, i32)> {
    const PLANS: &[(&str, i32)] =
        &[("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026)];
    PLANS.iter().find(|(w, _)| has(s, w)).map(|&(_, start)| (start, start + 4))
}

/// "地区生产总值(亿元)" → ("地区生产总值", 亿元).
fn split_unit(s: &str) -> (String, Option<Unit>) {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(i) = compact.rfind('(') {
        let inside = compact[i + 1..].trim_end_matches(')');
        if let Some(u) = Unit::parse(inside) {
            return (compact[..i].to_string(), Some(u));
        }
    }
    (compact, None)
}

/// A cell that is a number (possibly signed, possibly followed by a unit): its value and the
/// span of its digits within the cell.
fn number(s: &str) -> Option<(Decimal, Span)> {
    let t = s.trim();
    let lead = s.len() - s.trim_start().len();
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let end = body.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(body.len());
    if end == 0 {
        return None;
    }
    // What follows the digits must be a unit or nothing: "13.4个百分点" yes, "2015年" no.
    let after = &body[end..];
    if !after.is_empty() && Unit::parse(after).is_none() && !after.starts_with('%') {
        return None;
    }
    let d = Decimal::parse(&body[..end])?;
    let d = if neg { d.negated() } else { d };
    let sign = usize::from(neg);
    Some((d, Span::new(lead, lead + sign + end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cell_per_line() {
        let t = "指 标 |\n2015年 完成 |\n2020年 完成 |\n“十三五”年均增长(%) |\n指标属性 |\n|\n地区生产总值(亿元) |\n300.41 |\n469.5 |\n9.3 |\n预期性 |\n|\n";
        let tables = find(t, None);
        assert_eq!(tables.len(), 1);
        let e = &tables[0].entries;
        assert!(matches!(&e[0], Entry::Level { name, year: Some(2015), .. } if name == "地区生产总值"));
        assert!(matches!(&e[2], Entry::Rate { from: 2015, to: 2020, .. }));
    }

    #[test]
    fn one_row_per_line() {
        let t =
            "指标名称 | 绝对数(万人) | 占年末常住人口比重(%) |\n年末常住人口 | 3856 | 100 |\n城镇 | 2114 | 54.81 |\n";
        let tables = find(t, None);
        let e = &tables[0].entries;
        assert!(matches!(&e[2], Entry::Level { name, unit, .. } if name == "城镇" && unit.text == "万人"));
        assert!(matches!(&e[3], Entry::Share { whole, .. } if whole == "年末常住人口"));
    }
}
