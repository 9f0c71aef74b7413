//! Tables inside prose: rows of cells separated by `|`, as web pages and PDF extraction leave
//! them, either one row per line or one cell per line with a `|`-only line between rows; and
//! tables that PDF extraction leaves one cell per line with no `|` at all, found by a header that
//! opens with a first-column label (`指标`, `项目`…) and rows of one name and as many figures as
//! the header has columns after it.
//!
//! The header row says what each column is: a year (`2015年 完成`), an annual rate
//! (`“十三五”年均增长(%)`), a level with its unit (`绝对数(万人)`), a share
//! (`占年末常住人口比重(%)`), the unit of each row (`单位`) or something to skip (`指标属性`).
//! Each data row is a name (with its unit in parentheses, or in the unit column, or the
//! column's) and one figure per column. Growth and shares are of the table's one year column
//! when it has one, else of the period around the table.
//!
//! | header                    | row                          | facts                              |
//! |---------------------------|------------------------------|------------------------------------|
//! | `指标 │ 2015年 │ 2020年 │ 年均增长(%)` | `地区生产总值(亿元) │ 300.41 │ 469.5 │ 9.3` | levels 2015, 2020; rate 2015→2020 |
//! | `指标名称 │ 绝对数(万人) │ 占年末常住人口比重(%)` | `城镇 │ 2114 │ 54.81` | level 2114万人; share 54.81% |
//! | `品种 │ 单位 │ 2021年 │ 增长(%)` | `猪肉产量 │ 万吨 │ 5.10 │ 30.0` | level 2021 5.10万吨; growth 2020→2021 |
//! | `指标⏎绝对数(亿元)⏎比上年增长(%)` | `第一产业⏎40.00⏎6.0` | level 40.00亿元; growth |
//! | `指 标 │ 年末数 │ 比重(%)` under `单位：万人` | `其中：城镇 │ 20.00 │ 40.00` | level 20.00万人; share (of the row the reader makes its total) |
//! | `指标 │ 本月 │ 同比±% │ 1-本月 │ 同比±%` in a 10月 release | `社零(亿元) │ 91.35 │ 6.1 │ 846.20 │ 5.2` | 10月: level, growth; 1-10月: level, growth |
//! | `指标 │ 本期 │ 上年同期 │ 增减(%)` | `社零(亿元) │ 815.40 │ 778.12 │ 4.8` | level; growth; the year before not read |
//! | `指标 │ 单位 │ 2023年 │ 比上年增减` | `常住人口 │ 万人 │ 52.36 │ -0.25` | level 2023; the change in 万人 not read |
//! | `指标 │ 全体居民 │ 城镇居民 │ 农村居民` | `人均可支配收入(元) │ 38562 │ 48236 │ 24518` | 人均可支配收入, 城镇居民人均可支配收入, 农村居民人均可支配收入 |
//! | `指标 │ 2020年 │ 2023年 │ 2025年目标 │ 规划年均增长(%) │ 2021-2023年年均增长(%)` | `收入(亿元) │ 180.2 │ 206.4 │ 230 │ 5 │ 4.6` | levels; 5% a year 2020→2025; 4.6% a year 2020→2023 |
//! | `品名 │ 播种面积(亩) │ 增减(%) │ 产量(吨) │ 增减(%)` | `稻谷 │ 607056 │ -0.32 │ 267838 │ 1.05` | 稻谷播种面积 and its growth; 稻谷产量 and its growth |
//!
//! A table extracted one cell per line (`指 标 |⏎年末数(万人) |⏎…`) with no row breaks is cut
//! into rows by its header: the labels before the first figure, less the first row's name. A
//! caption line that opens the table (`表1 2023年…|`) dates what no column dates.
//!
//! A line just above the table that says `单位：…` gives the unit of every figure no column
//! or row gives one; a note just under it (`注：年均增长为2021—2022年实际年均增速。`) the years
//! of a rate column whose header names none. Rows that open with `其中` are left named so: the prose reader makes them
//! parts of the row before.

use super::lexicon::{self, Lex};
use crate::figure::{Bound, Decimal, Figure};
use crate::period::{range_in, year_in};
use crate::text::{char_count, find_str, has, sub, trim_by, trim_end_by, trim_start_by, words, Span};
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
    /// Indices of the previous year as 100 (`上年=100`): growth, less the hundred.
    Index,
    /// Shares of a whole (`占年末常住人口比重(%)`).
    Share(String),
    /// The unit of each row's figures (`单位`).
    Unit,
    /// A column this reader does not use (`指标属性`).
    Skip,
}

/// Which stretch of a release's period a column holds, when a monthly table gives both:
/// `本月 │ 比上年同月±% │ 本月止累计 │ 比上年同期±%`. A growth column is of the level column
/// before it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stretch {
    /// 本月, 当月: the month the period ends with.
    Month,
    /// 累计, 1-本月, 本月止累计, 本年: January to that month.
    ToDate,
}

/// Header words of each [`Stretch`], the cumulative first: "本月止累计" is to date.
const STRETCH_WORDS: [(crate::text::List, Stretch); 2] =
    [(words!["累计", "1-本月", "1—本月", "本年", "止"], Stretch::ToDate), (words!["本月", "当月"], Stretch::Month)];

/// A level column's stretch: by its words, or by its months ("1-11月" to date, "11月" the
/// month).
fn stretch_of(label: &str) -> Option<Stretch> {
    if let Some((_, s)) = STRETCH_WORDS.iter().find(|(w, _)| w.any_in(label)) {
        return Some(*s);
    }
    let months = crate::text::find_char(label, '月').map(|i| sub(label, 0, i))?;
    if words!["-", "—", "至", "~"].any_in(months) {
        Some(Stretch::ToDate)
    } else {
        crate::text::any_by(months, |c| c.is_ascii_digit()).then_some(Stretch::Month)
    }
}

/// One figure a table states.
#[derive(Clone, Debug)]
pub enum Entry {
    Level {
        name: String,
        year: Option<i32>,
        figure: Figure,
        unit: Unit,
        /// The column's stretch of the period in force, when it names one.
        stretch: Option<Stretch>,
    },
    Rate {
        name: String,
        from: i32,
        to: i32,
        figure: Figure,
    },
    Average {
        name: String,
        figure: Figure,
    },
    Yoy {
        name: String,
        year: Option<i32>,
        figure: Figure,
        stretch: Option<Stretch>,
    },
    Share {
        name: String,
        year: Option<i32>,
        whole: String,
        figure: Figure,
    },
    /// A change in percentage points over the year columns' span ("提高13.4个百分点" in the
    /// growth column of a share's row); the figure carries the verb's sign.
    Shift {
        name: String,
        from: i32,
        to: i32,
        figure: Figure,
        unit: Unit,
    },
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
    // The unit a line just above the table gives all its figures ("单位：万人").
    let mut above: Option<Unit> = None;
    // Lines without a pipe inside a header whose cells wrapped ("| 指 标 | 绝对数⏎(亿元) |⏎比上年
    // 增长⏎(%) |"): how many of the last lines are held, kept only if a line with pipes shows
    // the table goes on.
    let mut held = 0;
    // Whether a line of the run so far has two pipes or more: a row, not one cell per line.
    let mut wide = false;
    // An empty line after the last one ends the last table: one place reads a table.
    for line in crate::text::lines_inclusive(text).chain([""]) {
        let span = Span::new(pos, pos + trim_end_by(line, |c| c == '\n').len());
        pos += line.len();
        if crate::text::has_char(line, '|') {
            held = 0;
            lines.push(span);
            wide |= line.bytes().filter(|&b| b == b'|').count() >= 2;
            continue;
        }
        let short = (1..=WRAPPED_CELL_CHARS).contains(&char_count(crate::text::trim(line)))
            && !crate::text::any_by(line, |c| c.is_ascii_digit());
        if short && held < MAX_WRAPPED_LINES && wide {
            lines.push(span);
            held += 1;
            continue;
        }
        lines.truncate(lines.len() - held);
        held = 0;
        wide = false;
        if lines.len() >= 3 {
            if let Some(t) = read(text, &lines, plan, &above, crate::period::rate_years_noted(line)) {
                tables.push(t);
            }
        }
        lines.clear();
        if !crate::text::trim(line).is_empty() {
            above = unit_line(line);
        }
    }
    for t in vertical(text, plan) {
        let at = tables.partition_point(|x| x.span.start < t.span.start);
        tables.insert(at, t);
    }
    tables
}

/// The most pipes a row is counted with when the rows' usual width is looked for.
const MAX_PIPES: usize = 32;

/// The longest line without a pipe taken for the rest of a wrapped header cell, in chars.
const WRAPPED_CELL_CHARS: usize = 12;
/// The most such lines in a row.
const MAX_WRAPPED_LINES: usize = 2;

/// Lines of a table whose cells wrapped onto lines of their own, joined: where most rows have
/// `n` pipes, lines with fewer are joined with the lines after them until they have `n`. A
/// table whose lines have one pipe each (one cell per line) is left as it is; so are lines of
/// pipes alone, which break rows.
fn logical_lines(text: &str, lines: &[Span]) -> Vec<Span> {
    let pipes = |l: &Span| sub(text, l.start, l.end).bytes().filter(|&b| b == b'|').count();
    let alone = |l: &Span| row_break(sub(text, l.start, l.end));
    // How many lines have each count of pipes (a wider row than MAX_PIPES is not counted).
    let mut lines_with = [0usize; MAX_PIPES + 1];
    for l in lines {
        if let Some(k) = lines_with.get_mut(pipes(l)).filter(|_| !alone(l)) {
            *k += 1;
        }
    }
    // The most frequent count, the largest of equals.
    let (mut n, mut most) = (0, 0);
    for (count, &k) in lines_with.iter().enumerate().skip(1) {
        if k > 0 && k >= most {
            (n, most) = (count, k);
        }
    }
    if n < 2 {
        return lines.to_vec();
    }
    let mut out: Vec<Span> = Vec::with_capacity(lines.len());
    let mut open: Option<(Span, usize)> = None;
    // Only the header's cells wrap; a row short of cells once figures begin ("万吨 | 3.18 |
    // -7.2" that lost its name) is a row of its own.
    let mut figures = false;
    for l in lines {
        figures = figures || sub(text, l.start, l.end).bytes().any(|b| b.is_ascii_digit());
        if figures && open.is_none() {
            out.push(*l);
            continue;
        }
        let (span, count) = match open.take() {
            Some((o, c)) => (Span::new(o.start, l.end), c + pipes(l)),
            None => (*l, pipes(l)),
        };
        if count == 0 && span == *l {
            // A line without a pipe that continues no cell is no row.
        } else if count >= n || alone(l) && span == *l {
            out.push(span);
        } else {
            open = Some((span, count));
        }
    }
    if let Some((o, _)) = open {
        out.push(o);
    }
    out
}

/// The unit a line such as "单位：万人" or "(单位：亿元)" gives the table below it.
fn unit_line(line: &str) -> Option<Unit> {
    let at = find_str(line, "单位")?;
    let rest = sub(line, at + "单位".len(), line.len());
    let rest = trim_start_by(rest, |c| matches!(c, ':' | '：' | ' ' | '\u{3000}'));
    let (unit, len) = Unit::parse_prefix(rest);
    let after = trim_by(rest.get(len..).unwrap_or(""), |c| matches!(c, ')' | '）' | ' ' | '\u{3000}' | '\r' | '\n'));
    (unit != Unit::none() && after.is_empty()).then_some(unit)
}

use crate::normalize::FIRST_HEADERS;

/// The most columns a pipe-less table is read with: a longer run of labels is no header.
const MAX_COLUMNS: usize = 8;

/// Tables with one cell per line and no `|` (PDF extraction): a first-column label, the other
/// column labels, then rows of a name and one figure per column. A run that breaks the pattern
/// ends the table; fewer than two rows is no table. Tables with `|` in their cells are left to [`find`]; a `|`
/// alone on its line between every two cells is read here, as no separator at all.
fn vertical(text: &str, plan: Option<(i32, i32)>) -> Vec<Table> {
    let mut lines: Vec<Cell> = Vec::new();
    let mut pos = 0;
    for line in crate::text::lines_inclusive(text) {
        let span = Span::new(pos, pos + trim_end_by(line, |c| c == '\n').len());
        pos += line.len();
        let c = trimmed(text, span);
        // A pipe alone on its line separates two cells ("生产总值⏎|⏎150.0⏎|"): with every
        // cell on a line of its own, it is the same table without its pipes.
        if !c.span.is_empty() && sub(text, c.span.start, c.span.end) != "|" {
            lines.push(c);
        }
    }
    let cell = |c: &Cell| sub(text, c.span.start, c.span.end);
    let is_label = |c: &Cell| {
        let t = cell(c);
        number(t).is_none() && !crate::text::has_char(t, '|') && char_count(t) <= 20
    };
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // Compared char by char, spaces skipped ("指    标"): no string is built per line.
        let first = || cell(&lines[i]).chars().filter(|c| !c.is_whitespace());
        if !FIRST_HEADERS.iter().any(|h| first().eq(h.chars())) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len() && j - i < MAX_COLUMNS && is_label(&lines[j]) {
            j += 1;
        }
        // The header ends where the first row's name starts: the last label before a figure.
        let k = j.saturating_sub(1) - i;
        if k < 2 {
            i += 1;
            continue;
        }
        let mut rows: Vec<Vec<Cell>> = vec![lines[i..i + k].to_vec()];
        let mut p = i + k;
        while p + k <= lines.len()
            && is_label(&lines[p])
            && lines[p + 1..p + k].iter().all(|c| number(cell(c)).is_some())
        {
            rows.push(lines[p..p + k].to_vec());
            p += k;
        }
        if rows.len() >= 3 {
            let span = Span::new(lines[i].span.start, lines[p - 1].span.end);
            let above = i.checked_sub(1).and_then(|a| unit_line(cell(&lines[a])));
            if let Some(t) = read_rows(text, &rows, span, plan, &above, None) {
                tables.push(t);
            }
            i = p;
        } else {
            i += 1;
        }
    }
    tables
}

/// The cells of the longest run of lines between pipe-only lines.
fn longest_run(per_line: &[Option<Vec<Cell>>]) -> Option<Vec<Cell>> {
    // The last of the longest, as `max_by_key` would give.
    let mut run: Option<&[Option<Vec<Cell>>]> = None;
    for r in per_line.split(Option::is_none) {
        if run.is_none_or(|x| r.len() >= x.len()) {
            run = Some(r);
        }
    }
    let run = run?;
    let mut cells = Vec::new();
    for c in run.iter().flatten() {
        push_filled(&mut cells, c);
    }
    Some(cells)
}

/// Pushes the cells of `cells` that hold text: one loop for the table readers, rather than a
/// `filter().collect()` (its own copy in the wasm) at each.
fn push_filled(out: &mut Vec<Cell>, cells: &[Cell]) {
    for c in cells {
        if !c.span.is_empty() {
            out.push(*c);
        }
    }
}

/// Rows of a table written one cell per line with no row breaks: the labels before the first
/// figure, less the last (the first row's name), are the header; then each row is a name and
/// one figure per column. `None` when the cells do not fall into such rows.
fn chunk_rows(text: &str, cells: &[Cell]) -> Option<Vec<Vec<Cell>>> {
    let is_figure = |c: &Cell| number(sub(text, c.span.start, c.span.end)).is_some();
    let first_figure = cells.iter().position(is_figure)?;
    let k = first_figure.checked_sub(1).filter(|&k| k >= 2)?;
    if !(cells.len() - k).is_multiple_of(k) {
        return None;
    }
    let mut rows = vec![cells[..k].to_vec()];
    for row in cells[k..].chunks(k) {
        if is_figure(&row[0]) || !row[1..].iter().all(is_figure) {
            return None;
        }
        rows.push(row.to_vec());
    }
    Some(rows)
}

/// A line of pipes alone, and white space: a break between rows. One function for the rows and
/// the wrapped lines' joins.
fn row_break(line: &str) -> bool {
    crate::text::all_by(line, |c| c == '|' || c.is_whitespace())
}

/// The cells of a line, trimmed; a line of pipes only is a row break (`None`).
fn cells(text: &str, line: Span) -> Option<Vec<Cell>> {
    let s = sub(text, line.start, line.end);
    if row_break(s) {
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
    let lead = s.len() - crate::text::trim_start(s).len();
    let trail = s.len() - crate::text::trim_end(s).len();
    Cell { span: Span::new(span.start + lead, span.end - trail) }
}

fn read(
    text: &str,
    lines: &[Span],
    plan: Option<(i32, i32)>,
    unit: &Option<Unit>,
    note: Option<(i32, i32)>,
) -> Option<Table> {
    let joined = logical_lines(text, lines);
    let lines = joined.as_slice();
    // One row per line, or one cell per line with pipe-only lines between rows.
    let mut per_line: Vec<Option<Vec<Cell>>> = Vec::with_capacity(lines.len());
    for &l in lines {
        per_line.push(cells(text, l));
    }
    let filled = |c: &[Cell]| c.iter().filter(|c| !c.span.is_empty()).count();
    let wide = per_line.iter().flatten().filter(|c| filled(c) >= 2).count();
    let narrow = per_line.iter().flatten().filter(|c| filled(c) == 1).count();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    if wide >= narrow {
        for c in per_line.iter().flatten() {
            let mut row = Vec::new();
            push_filled(&mut row, c);
            rows.push(row);
        }
    } else if let Some(chunked) = longest_run(&per_line).and_then(|cells| chunk_rows(text, &cells)) {
        // One cell per line and no row breaks ("指 标 |⏎年末数(万人) |⏎比重(%) |⏎全市常住人口 |⏎
        // 120.50 |⏎…"), under a caption line: the header is the labels before the first
        // figure but the row name just before it, and every row as many cells.
        rows = chunked;
    } else {
        let mut row = Vec::new();
        for c in per_line {
            match c {
                Some(c) => push_filled(&mut row, &c),
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
    let span = Span::new(lines.first()?.start, lines.last()?.end);
    let mut table = read_rows(text, &rows, span, plan, unit, note)?;
    // "表1 2023年年末常住人口数及其构成 |" over the table: its caption dates the figures that
    // no column dates.
    let one_cell = |l: &Span| cells(text, *l).is_some_and(|c| c.iter().filter(|c| !c.span.is_empty()).count() == 1);
    let caption =
        lines.first().filter(|l| one_cell(l)).map(|l| sub(text, l.start, l.end)).filter(|l| l.starts_with('表'));
    if let Some(y) = caption.and_then(year_in) {
        for e in &mut table.entries {
            match e {
                Entry::Level { year, .. } | Entry::Yoy { year, .. } | Entry::Share { year, .. } if year.is_none() => {
                    *year = Some(y);
                }
                _ => {}
            }
        }
    }
    Some(table)
}

/// Reads rows of cells, the header first among them; `above` is the unit a line above the
/// table gives the figures no column or row gives one.
fn read_rows(
    text: &str,
    rows: &[Vec<Cell>],
    span: Span,
    plan: Option<(i32, i32)>,
    above: &Option<Unit>,
    note: Option<(i32, i32)>,
) -> Option<Table> {
    let cell = |c: &Cell| sub(text, c.span.start, c.span.end);
    // The header: the first row with no number in its cells after the first.
    let header_at = rows.iter().position(|r| r.len() >= 2 && r.iter().skip(1).all(|c| number(cell(c)).is_none()))?;
    // "| 绝对数(亿元) | 比上年增长(%) |" over "地区生产总值 | 500.00 | 6.0 |": a header that leaves
    // the name column's label blank has one cell fewer than its rows; its cells are the columns
    // after the names.
    let data = &rows[header_at + 1..];
    let wider = data.iter().filter(|r| r.len() == rows[header_at].len() + 1).count();
    let blank_name = wider * 2 > data.len() && number(cell(&rows[header_at][0])).is_none();
    let shift = usize::from(blank_name);
    let mut header: Vec<Column> = Vec::with_capacity(rows[header_at].len() + shift);
    if blank_name {
        header.push(Column::Name);
    }
    for (i, c) in rows[header_at].iter().enumerate() {
        header.push(column(cell(c), i + shift, plan, note));
    }
    // "2023年计划 │ 2023年完成 │ 完成计划（%）": a year's plan beside what was done is no second
    // level of the year; the share done is the two's ratio. Both are set aside.
    for (i, c) in rows[header_at].iter().enumerate() {
        let label = without_spaces(cell(c));
        let planned = matches!(header[i + shift], Column::Year(y)
            if PLAN_COLUMNS.any_in(&label) && header.iter().enumerate().any(|(j, h)| j != i + shift && *h == Column::Year(y)));
        if planned || COMPLETION_COLUMNS.any_in(&label) {
            header[i + shift] = Column::Skip;
        }
    }
    // "规划年均增长 │ 实际年均增长": the rate done so far, beside the plan's and naming no years
    // of its own, runs over years the table does not say.
    let averages = header.iter().filter(|c| matches!(c, Column::Average(_))).count();
    for (i, c) in rows[header_at].iter().enumerate() {
        let label = without_spaces(cell(c));
        if averages > 1 && words!["实际", "完成"].any_in(&label) && range_in(&label).is_none() {
            if let Some(h @ Column::Average(_)) = header.get_mut(i + shift) {
                *h = Column::Skip;
            }
        }
    }
    let mut years: Vec<i32> = Vec::new();
    for c in &header {
        if let Column::Year(y) = c {
            years.push(*y);
        }
    }
    // Each level column's stretch, and each growth column's, from the level column before it;
    // kept only when the header names both.
    let mut stretches: Vec<Option<Stretch>> = Vec::with_capacity(header.len());
    let mut last = None;
    for (i, c) in header.iter().enumerate() {
        if let Column::Level(_) = c {
            let label = rows[header_at].get(i.wrapping_sub(shift)).map(|c| without_spaces(cell(c))).unwrap_or_default();
            last = stretch_of(&label);
        }
        stretches.push(if matches!(c, Column::Level(_) | Column::Growth) { last } else { None });
    }
    if !(stretches.contains(&Some(Stretch::Month)) && stretches.contains(&Some(Stretch::ToDate))) {
        stretches.iter_mut().for_each(|s| *s = None);
    }

    // "指标 │ 单位 │ 全体居民 │ 城镇居民 │ 农村居民": level columns that name groups of the
    // row's measure, each its own statistic ("城镇居民人均可支配收入"), or measures of the
    // row's item ("品名 │ 播种面积(亩) │ 产量(吨)": "稻谷产量"); the whole's column is the
    // row's own.
    let plain = |i: usize| matches!(header[i], Column::Level(_)) && stretches[i].is_none();
    let label = |i: usize| {
        let raw = rows[header_at].get(i.wrapping_sub(shift)).map(&cell).unwrap_or_default();
        let name = split_unit(raw).0;
        let end = crate::text::find_by(&name, |c| matches!(c, '(' | '（' | '﹙')).unwrap_or(name.len());
        sub(&name, 0, end).to_string()
    };
    // A growth column is of the group before it ("城镇居民 │ 增长(%)").
    let mut groups: Vec<Option<String>> = vec![None; header.len()];
    if (0..header.len()).filter(|&i| plain(i)).count() >= 2 {
        let mut last = None;
        for (i, group) in groups.iter_mut().enumerate() {
            if plain(i) {
                last = Some(label(i)).filter(|l| !l.is_empty() && !WHOLE_GROUPS.contains(l.as_str()));
            }
            if plain(i) || header[i] == Column::Growth {
                group.clone_from(&last);
            }
        }
    }
    let only_year = if let [y] = years.as_slice() { Some(*y) } else { None };
    // The span of the year columns, first to last, when there are two years or more.
    let first_to_last = years.iter().min().copied().zip(years.iter().max().copied()).filter(|(a, b)| a < b);
    // Per column, the first and last of the two year columns or more before it: a rate column
    // after them runs over them, not on to a vision's year after it ("2020年 │ 2025年 │ 年均
    // 增长(%) │ 2035年远景目标").
    let mut years_before: Vec<Option<(i32, i32)>> = Vec::with_capacity(header.len());
    let (mut lo, mut hi, mut seen) = (i32::MAX, i32::MIN, 0);
    for c in &header {
        years_before.push((seen >= 2).then_some((lo, hi)));
        if let Column::Year(y) = c {
            (lo, hi, seen) = (lo.min(*y), hi.max(*y), seen + 1);
        }
    }
    let unit_column = header.iter().position(|c| *c == Column::Unit);
    let mut entries = Vec::new();
    let mut unread = Vec::new();
    let mut bracketed = Vec::new();
    // The names' column: the first, or the one after a category column.
    let name_at = header.iter().position(|c| *c == Column::Name).unwrap_or(0);
    for row in &rows[header_at + 1..] {
        // A row under a category written once ("│ 常住人口城镇化率 │ 58.2 │ …") may have lost the
        // category's blank cell.
        let padded: Vec<Cell>;
        let row = if name_at > 0 && row.len() + name_at == header.len() {
            padded = std::iter::repeat_n(Cell { span: Span::new(0, 0) }, name_at).chain(row.iter().copied()).collect();
            &padded
        } else {
            row
        };
        if row.len() < name_at + 2 {
            continue;
        }
        // "万吨 3.18 -7.2" under "产品名称 计量单位 本期累计 增长(%)": a row that lost its name
        // cannot say which column is which; its figures are listed as not read.
        if unit_column.is_some() && row.len() < header.len() {
            for c in row {
                if let Some((_, digits)) = number(cell(c)) {
                    unread.push(digits);
                }
            }
            continue;
        }
        let raw_name = cell(&row[name_at]);
        let (name, row_unit) = split_unit(raw_name);
        // "一、食品烟酒": a row numbered as a heading is named without its number.
        let name = match lexicon::NUMBERED_HEADINGS.first_head(&name) {
            Some(mark) if name.len() > mark.len() => crate::text::sub_from(&name, mark.len()).to_string(),
            _ => name,
        };
        // "#区级一般公共预算收入": a statistics table's mark of a row that is some of the one above.
        let name = match name.strip_prefix('#') {
            Some(rest) if !rest.is_empty() => rest.to_string(),
            _ => name,
        };
        let row_unit = row_unit.or_else(|| unit_column.and_then(|i| row.get(i)).and_then(|c| Unit::parse(cell(c))));
        if name.is_empty() || number(raw_name).is_some() {
            continue;
        }
        for (i, c) in row.iter().enumerate().skip(name_at + 1) {
            let t = cell(c);
            if (t.starts_with('〔') && t.ends_with('〕')) || (t.starts_with('[') && t.ends_with(']')) {
                bracketed.push(c.span);
                continue;
            }
            // "提高13.4个百分点" under 年均增长 in a share's row: the share's change over the
            // columns' years, as a sentence would say it.
            // The verb is the lexicon's, with its sign: 提高/上升 shift, 增加/减少 change, 下降 growth.
            let verb = lexicon::lookup(crate::text::trim_start(t)).and_then(|(lex, len)| match lex {
                Lex::Shift(sign) | Lex::Change(sign) | Lex::Growth { sign, avg: false } => Some((sign, len)),
                _ => None,
            });
            if let (Some((sign, len)), Some(Column::Average(_))) = (verb, header.get(i)) {
                let lead = t.len() - crate::text::trim_start(t).len() + len;
                let rest = sub(t, lead, t.len());
                if let (Some((n, digits)), Some((from, to))) = (number(rest), first_to_last) {
                    let unit = Unit::parse_prefix(sub(rest, digits.end, rest.len())).0;
                    if unit.kind == UnitKind::Points {
                        let n = if sign < 0 { n.negated() } else { n };
                        let at = c.span.start + lead;
                        let figure = Figure::new(n, Bound::Eq, Span::new(at + digits.start, at + digits.end));
                        entries.push(Entry::Shift { name: name.clone(), from, to, figure, unit });
                        continue;
                    }
                }
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
                        row_unit.clone().or_else(|| above.clone()).unwrap_or_else(Unit::none)
                    };
                    entries.push(Entry::Level { name: name.clone(), year: Some(*y), figure, unit, stretch: None });
                }
                Some(Column::Level(u)) => {
                    let unit =
                        row_unit.clone().or_else(|| u.clone()).or_else(|| above.clone()).unwrap_or_else(Unit::none);
                    let name = grouped(&groups[i], &name);
                    entries.push(Entry::Level { name, year: None, figure, unit, stretch: stretches[i] });
                }
                Some(Column::Average(period)) => {
                    // "提高13.4个百分点" in a rate column is a change of a share, not a rate.
                    if has(t, "百分点") || row_unit.as_ref().is_some_and(|u| u.kind == UnitKind::Percent) {
                        unread.push(figure.span);
                        continue;
                    }
                    match period.or(years_before[i]).or(first_to_last) {
                        Some((from, to)) => entries.push(Entry::Rate { name: name.clone(), from, to, figure }),
                        None => entries.push(Entry::Average { name: name.clone(), figure }),
                    }
                }
                Some(Column::Growth) => {
                    let name = grouped(&groups[i], &name);
                    entries.push(Entry::Yoy { name, year: only_year, figure, stretch: stretches[i] })
                }
                Some(Column::Index) => {
                    // 106.8 on 上年=100 is growth of 6.8%, to the digits written.
                    let n = figure.number;
                    let hundred = u32::try_from(-n.exp).ok().and_then(|k| 10i64.checked_pow(k)?.checked_mul(100));
                    match hundred.and_then(|h| n.mantissa.checked_sub(h)) {
                        Some(m) => {
                            let growth = Figure { number: Decimal { mantissa: m, exp: n.exp }, ..figure };
                            entries.push(Entry::Yoy {
                                name: name.clone(),
                                year: only_year,
                                figure: growth,
                                stretch: None,
                            });
                        }
                        None => unread.push(figure.span),
                    }
                }
                Some(Column::Share(whole)) => {
                    entries.push(Entry::Share { name: name.clone(), year: only_year, whole: whole.clone(), figure })
                }
                _ => unread.push(figure.span),
            }
        }
    }
    Some(Table { span, entries, unread, bracketed })
}

/// `s` without its whitespace, as a header or label is compared.
fn without_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// Columns of the rows' levels a year before, named by no year.
const PRIOR_COLUMNS: crate::text::List = words!["上年", "去年", "同期", "同月", "上期"];

/// Words of a year's column that give its plan or budget rather than what was done.
const PLAN_COLUMNS: crate::text::List = words!["计划", "预算", "目标"];

/// Columns of the share of a plan or budget done ("完成计划（%）", "为预算%", "完成率").
const COMPLETION_COLUMNS: crate::text::List =
    words!["完成计划", "完成预算", "为计划", "为预算", "完成率", "完成比例", "进度"];

/// First-column labels of a plan table's groups of indicators ("类别 │ 指标 │ 2020年 │ …"): the
/// names are in the column after.
const CATEGORY_COLUMNS: crate::text::List = words!["类别", "类型", "分类", "领域", "方面"];

/// What a header cell says its column holds.
fn column(h: &str, i: usize, plan: Option<(i32, i32)>, note: Option<(i32, i32)>) -> Column {
    let compact = without_spaces(h);
    if i == 0 {
        return if CATEGORY_COLUMNS.contains(compact.as_str()) { Column::Skip } else { Column::Name };
    }
    if i == 1 && words!["指标", "指标名称", "项目", "名称"].contains(compact.as_str()) {
        return Column::Name;
    }
    if has(&compact, "属性") || has(&compact, "备注") {
        return Column::Skip;
    }
    if has(&compact, "单位") && !has(&compact, "(") {
        return Column::Unit;
    }
    // "上年=100", "上年同期=100": an index on the year before, a growth once 100 is taken off.
    if has(&compact, "=100") && words!["上年", "去年", "同期"].any_in(&compact) {
        return Column::Index;
    }
    if has(&compact, "年均") {
        // "2021-2023年年均增长(%)" beside the plan's own rate: the years the header names.
        let plan = plan.map(|(s, e)| (s - 1, e));
        return Column::Average(crate::period::rate_years_in(&compact).or(note).or(plan));
    }
    // "比上年增减", "比上年增加(万人)", "增长量": a change in the row's own unit, not read.
    let change = words!["增减", "增加", "减少", "增量", "增长量"].any_in(&compact) && !has(&compact, "增加值");
    if change && !has(&compact, "%") {
        return Column::Skip;
    }
    // "增减(%)", "同比±%": growth.
    if words!["增长", "增速", "增幅", "比上年", "同比"].any_in(&compact)
        || words!["增减", "±"].any_in(&compact) && has(&compact, "%")
    {
        return Column::Growth;
    }
    // "上年同期", "去年同月" beside "本期": the same rows a year before, whose year the table
    // does not say; not read.
    if PRIOR_COLUMNS.any_in(&compact) {
        return Column::Skip;
    }
    // "不变价(万元)" beside "现价(万元)": levels at another year's prices, another measure than
    // the prose's; set aside rather than taken for a second level of the year.
    if has(&compact, "不变价") || has(&compact, "可比价") {
        return Column::Skip;
    }
    if let Some(i) = find_str(&compact, "占") {
        if has(&compact, "比重") || has(&compact, "%") {
            let after = sub(&compact, i + "占".len(), compact.len());
            let end = find_str(after, "比重").or_else(|| find_str(after, "(")).unwrap_or(after.len());
            return Column::Share(trim_end_by(sub(after, 0, end), |c| c == '的').to_string());
        }
    }
    // "比重(%)", "构成(%)": each row's share of the total it is listed under.
    if words!["比重", "构成", "占比"].any_starts(&compact) {
        return Column::Share(String::new());
    }
    if let Some(y) = year_in(&compact) {
        return Column::Year(y);
    }
    let (_, unit) = split_unit(&compact);
    Column::Level(unit)
}

/// A row's name under a column that names a group (城镇居民 + 人均可支配收入) or a measure
/// (稻谷 + 产量).
fn grouped(column: &Option<String>, row: &str) -> String {
    match column {
        Some(measure) if lexicon::HEAD_NOUNS.any_ends(measure) => crate::text::cat(&[row, measure]),
        Some(group) => crate::text::cat(&[group, row]),
        None => row.to_string(),
    }
}

/// Column labels for the whole of a table's groups ("全体居民 │ 城镇居民 │ 农村居民").
const WHOLE_GROUPS: crate::text::List =
    words!["全体居民", "全体", "合计", "总计", "全部", "总体", "全市", "全县", "全省", "全区", "绝对数", "数值"];

/// "地区生产总值(亿元)" → ("地区生产总值", 亿元).
fn split_unit(s: &str) -> (String, Option<Unit>) {
    let compact = without_spaces(s);
    if let Some(i) = crate::text::rfind_ascii(&compact, b'(') {
        let inside = trim_end_by(crate::text::sub_from(&compact, i + 1), |c| c == ')');
        if let Some(u) = Unit::parse(inside) {
            return (sub(&compact, 0, i).to_string(), Some(u));
        }
    }
    (compact, None)
}

/// A cell that is a number (possibly signed, possibly followed by a unit): its value and the
/// span of its digits within the cell.
fn number(s: &str) -> Option<(Decimal, Span)> {
    let t = crate::text::trim(s);
    let lead = s.len() - crate::text::trim_start(s).len();
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let end = crate::text::find_by(body, |c| !(c.is_ascii_digit() || c == '.')).unwrap_or(body.len());
    if end == 0 {
        return None;
    }
    // What follows the digits must be a unit or nothing: "13.4个百分点" yes, "2015年" no.
    let after = crate::text::sub_from(body, end);
    if !after.is_empty() && Unit::parse(after).is_none() && !after.starts_with('%') {
        return None;
    }
    let d = Decimal::parse(sub(body, 0, end))?;
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
    fn a_unit_column_and_one_year_date_the_growth_column() {
        let t = "品种|单位|2021年|增长(%)|\n猪肉产量|万吨|5.10|30.0|\n牛肉产量|万吨|0.40|2.0|\n";
        let e = &find(t, None)[0].entries;
        assert!(
            matches!(&e[0], Entry::Level { name, year: Some(2021), unit, .. } if name == "猪肉产量" && unit.text == "万吨")
        );
        assert!(matches!(&e[1], Entry::Yoy { year: Some(2021), .. }));
    }

    /// Precision search 32c (a county bulletin's population table; figures ours): a column of
    /// changes in the row's unit is no growth.
    #[test]
    fn a_column_of_changes_is_no_growth() {
        for header in ["比上年增减", "比上年增加(万人)", "增长量"] {
            let t = format!("指标|单位|2023年|{header}|\n常住人口|万人|52.36|-0.25|\n城镇人口|万人|29.84|0.31|\n");
            let e = &find(&t, None)[0].entries;
            assert!(e.iter().all(|e| !matches!(e, Entry::Yoy { .. })), "{header}: {e:?}");
            assert!(matches!(&e[0], Entry::Level { year: Some(2023), .. }), "{header}: {e:?}");
        }
        let t = "指标|单位|2023年|比上年增减(%)|\n常住人口|万人|52.36|-0.48|\n城镇人口|万人|29.84|1.05|\n";
        assert!(find(t, None)[0].entries.iter().any(|e| matches!(e, Entry::Yoy { .. })));
    }

    /// Precision search 32c and field round 31 set A (bulletins' income and crop tables;
    /// figures ours): level columns that name groups or measures make a statistic each.
    #[test]
    fn columns_of_groups_and_of_measures() {
        let names = |t: &str| -> Vec<String> {
            find(t, None)[0]
                .entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Level { name, .. } | Entry::Yoy { name, .. } => Some(name.clone()),
                    _ => None,
                })
                .collect()
        };
        let t = "指标|全体居民|城镇居民|农村居民|\n人均可支配收入(元)|38562|48236|24518|\n人均消费支出(元)|26854|31256|18520|\n";
        assert_eq!(
            names(t),
            [
                "人均可支配收入",
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入",
                "人均消费支出",
                "城镇居民人均消费支出",
                "农村居民人均消费支出"
            ]
        );
        let t = "品名|播种面积(亩)|增减(%)|产量(吨)|增减(%)|\n稻谷|607056|-0.32|267838|1.05|\n薯类|29698|-5.50|16015|3.76|\n";
        assert_eq!(names(t)[..4], ["稻谷播种面积", "稻谷播种面积", "稻谷产量", "稻谷产量"]);
    }

    /// Precision search 32 (a mid-term review's table; figures ours): a rate column naming its
    /// own years is over them; an actual rate beside the plan's, naming none, is not read.
    #[test]
    fn rate_columns_of_other_years() {
        let rates = |t: &str| -> Vec<(i32, i32)> {
            find(t, None)[0]
                .entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Rate { from, to, .. } => Some((*from, *to)),
                    _ => None,
                })
                .collect()
        };
        let t = "指标|2020年|2023年|2025年目标|规划年均增长(%)|2021-2023年年均增长(%)|\n\
                 一般公共预算收入(亿元)|180.2|206.4|230|5|4.6|\n城镇居民人均可支配收入(元)|42180|50230|56400|6|6.0|\n";
        assert_eq!(rates(t), [(2020, 2025), (2020, 2023), (2020, 2025), (2020, 2023)]);
        let t = "指标|2020年|2025年|规划年均增长|实际年均增长|\n一般公共预算收入(亿元)|180.2|230|5|4.6|\n\
                 城镇居民人均可支配收入(元)|42180|56400|6|6.0|\n";
        assert_eq!(rates(t), [(2020, 2025), (2020, 2025)]);
    }

    #[test]
    fn a_table_one_cell_per_line_without_pipes() {
        let t = "2021年青禾市生产总值\n指    标\n绝对数(亿元)\n比上年增长(%)\n地区生产总值\n300.00\n7.5\n第一产业\n40.00\n6.0\n\
                 第二产业\n110.00\n8.1\n第三产业\n150.00\n7.4\n注：按可比价计算。\n";
        let tables = find(t, None);
        assert_eq!(tables.len(), 1);
        let e = &tables[0].entries;
        assert_eq!(e.len(), 8);
        assert!(matches!(&e[6], Entry::Level { name, unit, .. } if name == "第三产业" && unit.text == "亿元"));
        assert!(matches!(&e[7], Entry::Yoy { year: None, .. }));
        // A label that opens no table, and lines that do not keep the pattern, give none.
        assert!(find("指标\n说明\n全年完成情况良好\n", None).is_empty());
        assert!(find("项目\n金额(万元)\n道路\n300\n桥梁\n", None).is_empty());
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
