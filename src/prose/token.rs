//! The prose scanner: normalised text → tokens, in one pass.
//!
//! It finds what has a fixed form: numbers with their units, a:b:c structures, time
//! expressions and the marks that end clauses. Everything else is [`Tok::Text`], name material
//! that the reader cuts with the lexicon. Lexicon words are deliberately not tokens: a word like
//! 高 or 为 acts only next to a figure, and inside a name (高新技术企业) it is part of the name.
//!
//! | text              | tokens                                             |
//! |-------------------|----------------------------------------------------|
//! | `2015年底`         | `Time(Year 2015, end)`                             |
//! | `“十二五”期末`      | `Time(Plan 2011–2015, End)`                        |
//! | `1-8月`, `截至8月`  | `Time(Part Months(8))`                             |
//! | `前11个月`, `首五个月` | `Time(Part Months(11))`, `Time(Part Months(5))`  |
//! | `4-6月`, `2-5月`     | `Time(Part Quarter(2))`, `Time(Part Span(2, 5))`   |
//! | `1-3季度`, `首季`    | `Time(Part Quarters(3))`, `Time(Part Quarters(1))` |
//! | `10月4日至7日`, `1月1-3日` | `Time(Part Dates(10.4, 10.7))`, `Time(Part Dates(1.1, 1.3))` |
//! | `（20241220）`        | `Time(Date 2024)`: bracketed eight digits only      |
//! | `元旦假日期间`        | `Time(Part Holiday(元旦假期))`                       |
//! | `比2024年执行数80亿元` | `Text(比)`, `Time(Year 2024)`: the year's outturn    |
//! | `本年支出合计`        | `Text`: a final account's line, not this year      |
//! | `■ `, `● `          | `Mark(Comma)`: a bullet opens an item              |
//! | `上年结转`           | `Text`: a budget's item, not the year before       |
//! | `47.6亿元`         | `Num(47.6, 亿元)`                                  |
//! | `30余万人`         | `Num(30, 万人, more)`                              |
//! | `6.7:55.1:38.2`   | `Ratio[6.7, 55.1, 38.2]`                           |
//! | `百分之十五点三`     | `Num(15.3, %)`                                     |
//! | `，` `；` `。`       | `Mark(Comma)`, `Mark(Semi)`, `Mark(Stop)`          |
//! | `1.接待…` at a line start | a list marker: no token, the text goes on  |

use crate::figure::{Decimal, Figure};
use crate::input::cursor::Cursor;
use crate::period::Part;
use crate::text::{char_count, sub, sub_from, table, words, List, Span, WordMap, Words};
use crate::unit::{Unit, UnitKind};

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Num(Num),
    Ratio(Vec<Figure>),
    Time(Time),
    Mark(Mark),
    /// A number with more digits than a figure may carry: reported, never read.
    TooLong,
    Text,
}

/// A number as written with the unit after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    pub number: Decimal,
    pub unit: Unit,
    /// "30余万人", "20多个": more than the number written.
    pub more: bool,
    /// The span of the digits alone (the Report highlights the number, not its unit).
    pub digits: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// `，` `,` `——` `…`: a clause boundary.
    Comma,
    /// `、`: a list boundary inside a clause.
    Enum,
    /// `；` `;`: a clause boundary that ends the reach of a verb.
    Semi,
    /// `：` `:` (not between digits).
    Colon,
    /// `。` `！` `？`: a sentence boundary.
    Stop,
    /// A line break.
    Newline,
    /// `(` `（` `[` `【`.
    Open,
    /// `)` `）` `]` `】`.
    Close,
}

/// A time expression as written; the reader resolves it against the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Time {
    /// 2015年 (end: 2015年底, 2015年末).
    Year { year: i32, end: bool },
    /// 2013-2017年, 2020年至2024年. `dash` for a range written with a dash before 年均, which
    /// follows the plan-period convention (2006—2009年年均 runs from 2005).
    Range { from: i32, to: i32, dash: bool },
    /// A five-year plan period and where in it.
    Plan { start: i32, end: i32, at: PlanAt },
    /// Relative to the document's year.
    Rel(Rel),
    /// A part of a year, with the year when written (2024年上半年).
    Part { year: Option<i32>, part: Part },
    /// A day (2023年2月21日, 7月24日): a dateline, or a period of its own.
    Date { year: Option<i32> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanAt {
    /// 时期, 期间: the whole period (rates run from the year before it).
    Whole,
    /// 末, 期末: its last year.
    End,
    /// 以来: from its start to when the text was written, which is its end only once it is over.
    Since,
    /// The first n years (前四年).
    First(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    /// 今年, 本年, 全年 in a plan for the year.
    ThisYear,
    /// 今年以来: the year so far, which a release of a part of the year reports.
    YearToDate,
    /// 当月: the last month of the part of the year in force ("一季度…；其中，当月…": March).
    ThisMonth,
    /// 去年, 过去一年.
    LastYear,
    /// 明年.
    NextYear,
    /// 上年, 上年末, 上年同期, 去年同期: the year before the figure's own.
    PrevYear,
    /// (比)年初: the start of the figure's year, which is the end of the year before. For a
    /// year-end figure that is the year before; for a part of the year it is another period.
    /// 上年末, and 上年全年 or 上年度, the whole year before, are that year too.
    YearStart,
    /// 过去五年, 这五年, 五年来, 近五年: the n years up to last year.
    PastYears(u8),
    /// 今后五年, 未来五年.
    NextYears(u8),
    /// 前四年 (of the plan period in context).
    FirstYears(u8),
    /// 目前, 当前, 现在: the time of writing, which a plan does not date.
    Now,
    /// 规划期末, 计划期末: the last year of the plan the document is about.
    PlanEnd,
}

/// Plan periods by their names; the bare two-char names need quotes or a suffix.
const PLANS: WordMap<i32> = table![
    "十一五" => 2006,
    "十二五" => 2011,
    "十三五" => 2016,
    "十四五" => 2021,
    "十五五" => 2026,
    "十六五" => 2031,
    "十五" => 2001,
    "九五" => 1996,
    "八五" => 1991,
];

/// The national censuses, by name: their figures are of the census year (its standard time is
/// 1 November).
const CENSUSES: WordMap<i32> = table![
    "第七次全国人口普查" => 2020,
    "第七次人口普查" => 2020,
    "第六次全国人口普查" => 2010,
    "第六次人口普查" => 2010,
    "第五次全国人口普查" => 2000,
    "第五次人口普查" => 2000,
];

/// Where in a plan period, by the word after its name.
const PLAN_SUFFIXES: WordMap<PlanAt> = table![
    "期末" => PlanAt::End,
    "末期" => PlanAt::End,
    "末" => PlanAt::End,
    "时期" => PlanAt::Whole,
    "期间" => PlanAt::Whole,
    "以来" => PlanAt::Since,
    "计划期间" => PlanAt::Whole,
    "规划期间" => PlanAt::Whole,
    "前四年" => PlanAt::First(4),
    "前三年" => PlanAt::First(3),
    "前两年" => PlanAt::First(2),
    "头两年" => PlanAt::First(2),
    "前二年" => PlanAt::First(2),
];

/// A budget's accounts of a year, written after it ("2024年执行数", "2023年决算数").
const ACCOUNTS: List = words!["执行数", "决算数", "完成数", "实际数", "快报数"];

/// Relative time words, grouped by first char (a [`Words`] list), longest first in a group.
const RELATIVE: Words<Rel> = Words::new(&[
    ("上年同期", Rel::PrevYear),
    ("上年同月", Rel::PrevYear),
    // "比上年决算数增长8.4%": a budget's growth over last year's outturn, as written in its
    // accounts, is growth over the year before.
    ("上年决算数", Rel::PrevYear),
    ("上年执行数", Rel::PrevYear),
    ("上年完成数", Rel::PrevYear),
    ("上年实际数", Rel::PrevYear),
    ("上年快报数", Rel::PrevYear),
    // "6月末…比上年末增加103.0亿元": the end of last year is the start of this one, no 同比.
    ("上年末", Rel::YearStart),
    ("上年底", Rel::YearStart),
    // "上年全年，全市…" in a release of a part of the year: the whole year before, as at its end.
    ("上年全年", Rel::YearStart),
    ("上年度同期", Rel::PrevYear),
    ("上年度", Rel::YearStart),
    ("上年", Rel::PrevYear),
    ("上一年度", Rel::YearStart),
    ("上一年", Rel::PrevYear),
    ("五年来", Rel::PastYears(5)),
    ("五年间", Rel::PastYears(5)),
    ("今年以来", Rel::YearToDate),
    ("今年", Rel::ThisYear),
    ("今后五年", Rel::NextYears(5)),
    // "元旦以来", "年初以来，全市累计…": the year so far too (search 36b).
    ("元旦以来", Rel::YearToDate),
    ("前四年", Rel::FirstYears(4)),
    ("前三年", Rel::FirstYears(3)),
    ("前两年", Rel::FirstYears(2)),
    ("去年同期", Rel::PrevYear),
    ("去年同月", Rel::PrevYear),
    ("去年", Rel::LastYear),
    ("年初以来", Rel::YearToDate),
    ("当前", Rel::Now),
    ("当月", Rel::ThisMonth),
    ("明年", Rel::NextYear),
    ("未来五年", Rel::NextYears(5)),
    ("本年", Rel::ThisYear),
    ("现阶段", Rel::Now),
    ("目前", Rel::Now),
    // "节前一周，重点零售企业销售额…", "节后首周": days around a holiday, which the text does
    // not date: no whole holiday's, nor any period's the checks know (search 36b).
    ("节前一周", Rel::Now),
    ("节前两周", Rel::Now),
    ("节后一周", Rel::Now),
    ("节后首周", Rel::Now),
    ("节后两周", Rel::Now),
    ("规划期末", Rel::PlanEnd),
    ("规划末", Rel::PlanEnd),
    ("计划期末", Rel::PlanEnd),
    ("过去一年", Rel::LastYear),
    ("过去的一年", Rel::LastYear),
    ("过去五年", Rel::PastYears(5)),
    ("近五年", Rel::PastYears(5)),
    ("这五年", Rel::PastYears(5)),
]);

/// Parts of a year written in words, and the days off of a holiday (国庆假期 …, see
/// [`crate::period::HOLIDAYS`]), grouped by first char (a [`Words`] list), longest first in a
/// group.
const PARTS: Words<Part> = Words::new(&[
    // "一至十一月": months from January, in Chinese numerals.
    ("一至十一月", Part::Months(11)),
    ("一至十二月", Part::Year),
    ("一至二月", Part::Months(2)),
    ("一至三月", Part::Quarters(1)),
    ("一至四月", Part::Months(4)),
    ("一至五月", Part::Months(5)),
    ("一至六月", Part::Half(1)),
    ("一至七月", Part::Months(7)),
    ("一至八月", Part::Months(8)),
    ("一至九月", Part::Quarters(3)),
    ("一至十月", Part::Months(10)),
    // "一至三季度": the quarters from the first.
    ("一至三季度", Part::Quarters(3)),
    ("一至二季度", Part::Half(1)),
    ("一季度", Part::Quarters(1)),
    ("三季度末", Part::Quarters(3)),
    ("三季度", Part::Quarter(3)),
    ("上半年", Part::Half(1)),
    ("下半年", Part::Half(2)),
    ("中秋国庆假期", Part::Holiday(3)),
    ("中秋国庆长假", Part::Holiday(3)),
    ("中秋国庆双节", Part::Holiday(3)),
    ("中秋国庆期间", Part::Holiday(3)),
    ("中秋假期", Part::Holiday(4)),
    // "二季度末，全省货运量…": the end of a quarter closes the year to date, not the quarter alone.
    ("二季度末", Part::Quarters(2)),
    ("二季度", Part::Quarter(2)),
    ("五一假期", Part::Holiday(2)),
    ("五一长假", Part::Holiday(2)),
    ("五一期间", Part::Holiday(2)),
    // "假期首日，全市接待游客…": one day of the holiday in force.
    ("假期第一天", Part::Day),
    ("假期首日", Part::Day),
    // "假期期间", "假期全程": the whole of the holiday in force (search 35c).
    ("假期期间", Part::Holiday(crate::period::UNNAMED_HOLIDAY)),
    ("假期全程", Part::Holiday(crate::period::UNNAMED_HOLIDAY)),
    ("元旦假期", Part::Holiday(6)),
    ("元旦期间", Part::Holiday(6)),
    ("全年", Part::Year),
    ("前三季度", Part::Quarters(3)),
    ("前3季度", Part::Quarters(3)),
    // "前三季", "首季", "第一季": Hong Kong's, Macao's and Taiwan's quarters, without 度.
    ("前三季", Part::Quarters(3)),
    ("前3季", Part::Quarters(3)),
    ("劳动节假期", Part::Holiday(2)),
    ("四季度末", Part::Year),
    ("四季度", Part::Quarter(4)),
    ("国庆黄金周", Part::Holiday(1)),
    ("国庆节假期", Part::Holiday(1)),
    ("国庆节期间", Part::Holiday(1)),
    ("国庆假期", Part::Holiday(1)),
    ("国庆长假", Part::Holiday(1)),
    ("国庆期间", Part::Holiday(1)),
    // "大年初一，全市接待游客…": the first day of the Spring Festival, a period of its own.
    ("大年初一", Part::Holiday(11)),
    ("大年初二", Part::Holiday(12)),
    ("大年初三", Part::Holiday(13)),
    ("大年初四", Part::Holiday(14)),
    ("大年初五", Part::Holiday(15)),
    ("大年初六", Part::Holiday(16)),
    ("大年初七", Part::Holiday(17)),
    // "整个假期，全市累计接待…": the whole of the holiday in force (search 35c).
    ("整个假期", Part::Holiday(crate::period::UNNAMED_HOLIDAY)),
    ("春节黄金周", Part::Holiday(0)),
    ("春节假期", Part::Holiday(0)),
    ("春节长假", Part::Holiday(0)),
    ("春节期间", Part::Holiday(0)),
    // "春运期间，全市发送旅客…", "2024年暑期，全市接待游客…": a season counted apart.
    ("春运期间", Part::Holiday(9)),
    ("春运", Part::Holiday(9)),
    ("暑假期间", Part::Holiday(8)),
    ("暑期", Part::Holiday(8)),
    ("正月初一", Part::Holiday(11)),
    ("正月初二", Part::Holiday(12)),
    ("正月初三", Part::Holiday(13)),
    ("正月初四", Part::Holiday(14)),
    ("正月初五", Part::Holiday(15)),
    ("正月初六", Part::Holiday(16)),
    ("正月初七", Part::Holiday(17)),
    ("清明节假期", Part::Holiday(7)),
    ("清明假期", Part::Holiday(7)),
    ("清明期间", Part::Holiday(7)),
    ("端午节假期", Part::Holiday(5)),
    ("端午假期", Part::Holiday(5)),
    ("端午期间", Part::Holiday(5)),
    ("第二季度末", Part::Quarters(2)),
    ("第三季度末", Part::Quarters(3)),
    ("第一季度", Part::Quarters(1)),
    ("第二季度", Part::Quarter(2)),
    ("第三季度", Part::Quarter(3)),
    ("第四季度", Part::Quarter(4)),
    ("第一季", Part::Quarters(1)),
    ("第二季", Part::Quarter(2)),
    ("第三季", Part::Quarter(3)),
    ("第四季", Part::Quarter(4)),
    // "除夕当天", "大年初一": days of the Spring Festival holiday, each a period of its own.
    ("除夕当天", Part::Holiday(10)),
    ("除夕", Part::Holiday(10)),
    ("首三季度", Part::Quarters(3)),
    ("首三季", Part::Quarters(3)),
    ("首季度", Part::Quarters(1)),
    ("首季", Part::Quarters(1)),
    ("黄金周期间", Part::Holiday(crate::period::UNNAMED_HOLIDAY)),
]);

/// Holidays by the short names news quotes them with ("“五一”节", "“十一”黄金周", "国庆节"), an
/// index into [`crate::period::HOLIDAYS`]; [`HOLIDAY_DAYS`] follows the name. 十一 is read only
/// in quotes: bare, it is a number.
const HOLIDAY_NAMES: Words<u8> = Words::new(&[
    ("中秋", 4),
    ("五一", 2),
    ("元旦", 6),
    ("劳动", 2),
    ("十一", 1),
    ("国庆", 1),
    ("春节", 0),
    ("清明", 7),
    ("端午", 5),
]);
const HOLIDAY_DAYS: List =
    words!["小长假", "长假", "假期", "假日期间", "假日", "黄金周", "节假日", "节期间", "期间", "节"];

/// How long, in bytes, a bracket of count units after a number may be ("(头、只、匹)").
const BRACKETED_UNITS_BYTES: usize = 24;

/// Words that say a ratio after them is a structure, and how far before it, in chars, they are
/// looked for.
const STRUCTURE_WORDS: List = words!["比例", "结构", "构成", "之比"];
const STRUCTURE_WORD_REACH: usize = 16;

/// Separators of a month range (1-8月) or a year range (2013-2017年).
pub(super) const DASHES: List = words!["-", "—", "–", "~", "～", "至", "到", "－", "——"];

/// Whether `s` opens with a span of months from January written in digits ("1-3月", "1—11月"):
/// at most two digits, a dash, at most two digits and 月.
fn months_span(s: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(s);
    if !(1..=2).contains(&first) {
        return false;
    }
    let rest = sub_from(s, first);
    let Some(dash) = DASHES.first_starting(rest) else { return false };
    let rest = sub_from(rest, dash.len());
    let last = digits(rest);
    (1..=2).contains(&last) && sub_from(rest, last).starts_with('月')
}

/// The index of the first of `toks` (in text order) that starts at or after byte `at`. One
/// search for the reader's look-ups by position: each `partition_point` call is a copy of it.
pub fn first_from(toks: &[Token], at: usize) -> usize {
    toks.partition_point(|t| t.span.start < at)
}

pub fn scan(text: &str) -> Vec<Token> {
    let mut s = Scanner { text, cur: Cursor::new(text, 0, text.len()), out: Vec::new(), text_start: None };
    s.run();
    share_list_units(text, &mut s.out);
    s.out
}

/// What follows the year of a price base or an index base: "按2020年不变价计算",
/// "以2015年为基期", "（2010年=100）". That year dates no figure.
const PRICE_BASES: List = words!["不变价", "可比价", "价格", "为基期", "为基年", "基期", "=100"];

fn price_base(tok: &Tok, rest: &str) -> bool {
    matches!(tok, Tok::Time(Time::Year { .. })) && PRICE_BASES.any_starts(rest)
}

/// True for an age band: years of age followed by the count or the people it names.
fn age_band(tok: &Tok, rest: &str) -> bool {
    let Tok::Num(n) = tok else { return false };
    let rest = words!["及以上", "以上", "及以下", "以下"].strip_any_prefix(rest).unwrap_or(rest);
    n.unit.text == "岁" && (crate::text::starts_by(rest, |c| c.is_ascii_digit()) || rest.starts_with("人口"))
}

/// "拉动2.0、2.5、3.5个百分点", "分别为50、60亿元", "回落1.2和0.9个百分点": the bare numbers of a
/// list take the unit written after its last value, when that unit cannot be mistaken for a
/// count (a per cent, points, or an amount with a magnitude); "上升1.5个和0.8个百分点" shares
/// the points too, and "85.6亿、64.2亿、51.9亿元" the currency.
fn share_list_units(text: &str, toks: &mut [Token]) {
    for i in (0..toks.len().saturating_sub(2)).rev() {
        // "下降0.3个、下降0.9个、提高0.8个百分点": a value's own direction word may stand
        // between the mark and the value.
        let turn = toks.get(i + 3).is_some_and(|t| matches!(t.tok, Tok::Num(_)))
            && matches!(toks[i + 2].tok, Tok::Text)
            && super::lexicon::is_direction(sub(text, toks[i + 2].span.start, toks[i + 2].span.end));
        let at = if turn { i + 3 } else { i + 2 };
        let Tok::Num(next) = &toks[at].tok else { continue };
        // "分别达到31200、16500元": a currency is shared by a value written too long, or too
        // finely, to be a list's number.
        let written = sub(text, toks[i].span.start, toks[i].span.end);
        let money = matches!(next.unit.base, "元" | "美元")
            && (written.len() >= 3 || crate::text::has_char(written, '.'))
            && crate::text::all_by(written, |c| c.is_ascii_digit() || c == '.');
        let shared = matches!(next.unit.kind, UnitKind::Percent | UnitKind::Points | UnitKind::Permille)
            || next.unit.exp != 0
            || money;
        let sep = &toks[i + 1];
        let joins = matches!(sep.tok, Tok::Mark(Mark::Enum))
            || matches!(sep.tok, Tok::Text) && matches!(sub(text, sep.span.start, sep.span.end), "和" | "及" | "与");
        if !shared || !joins {
            continue;
        }
        let unit = next.unit.clone();
        let points = unit.kind == UnitKind::Points;
        if let Tok::Num(n) = &mut toks[i].tok {
            // "85.6亿、64.2亿、51.9亿元": a bare magnitude takes the list's unit of that magnitude.
            let bare = n.unit.base.is_empty() && n.unit.exp != 0 && n.unit.exp == unit.exp && !unit.base.is_empty();
            if (n.unit == Unit::none() || points && n.unit.text == "个" || bare) && !n.more {
                n.unit = unit;
            }
        }
    }
}

struct Scanner<'a> {
    text: &'a str,
    cur: Cursor<'a>,
    out: Vec<Token>,
    /// Where the Text token being gathered started.
    text_start: Option<usize>,
}

impl Scanner<'_> {
    fn run(&mut self) {
        let mut line_start = true;
        while let Some(c) = self.cur.peek() {
            let start = self.cur.pos();
            if line_start && self.list_marker() {
                line_start = false;
                continue;
            }
            line_start = false;
            if let Some(tok) = self.token(c) {
                let end = self.cur.pos();
                // "0-17岁36000人", "60岁及以上人口…": an age band names the people counted after
                // it; "第5次", "第3批" are ordinals; "按2020年不变价" is a price base. None is a
                // figure or a time.
                let ordinal = || sub(self.text, 0, start).ends_with('第') && matches!(tok, Tok::Num(_));
                if end > start && (age_band(&tok, self.rest()) || ordinal() || price_base(&tok, self.rest())) {
                    self.text_start.get_or_insert(start);
                    continue;
                }
                if end > start {
                    self.flush(start);
                    line_start = matches!(tok, Tok::Mark(Mark::Newline));
                    self.out.push(Token { tok, span: Span::new(start, end) });
                    continue;
                }
            }
            self.cur.set_pos(start);
            self.cur.bump();
            if self.text_start.is_none() {
                self.text_start = Some(start);
            }
            // So are the chars up to the next one that may start a token.
            self.cur.skip_until(may_start_token, starts_token);
        }
        self.flush(self.cur.pos());
    }

    /// Ends the Text token being gathered at `end`.
    fn flush(&mut self, end: usize) {
        if let Some(start) = self.text_start.take() {
            if end > start {
                self.out.push(Token { tok: Tok::Text, span: Span::new(start, end) });
            }
        }
    }

    fn rest(&self) -> &str {
        self.cur.rest()
    }

    /// "1." "2、" "（1）" "(一)" at a line start: list numbering, not a figure.
    fn list_marker(&mut self) -> bool {
        let start = self.cur.pos();
        let r = self.rest();
        let mut n = 0;
        for ch in r.chars() {
            if ch.is_ascii_digit() {
                n += ch.len_utf8();
            } else {
                break;
            }
        }
        if n > 0 && n <= 2 {
            let after = sub_from(r, n);
            let mark = after.chars().next();
            let next = crate::text::nth_char(after, 1);
            // "2.1-3月，全市…": an item's number glued to the span of months it opens with.
            let months = mark == Some('.') && months_span(sub_from(after, 1));
            if matches!(mark, Some('.' | '、' | ')' | '）')) && (!next.is_some_and(|d| d.is_ascii_digit()) || months)
            {
                let len = n + mark.map_or(0, char::len_utf8);
                self.cur.set_pos(start + len);
                return true;
            }
        }
        false
    }

    /// The token at the cursor, which it passes; `None` when the char there starts no token.
    fn token(&mut self, c: char) -> Option<Tok> {
        match c {
            '，' | ',' | '…' | '—' => {
                self.eat_run(c);
                Some(Tok::Mark(Mark::Comma))
            }
            '、' => {
                self.cur.bump();
                Some(Tok::Mark(Mark::Enum))
            }
            // "■ 全省县均地区生产总值…": a bullet opens an item, as a comma would.
            _ if is_bullet(c) => {
                self.eat_run(c);
                Some(Tok::Mark(Mark::Comma))
            }
            '；' | ';' => {
                self.cur.bump();
                Some(Tok::Mark(Mark::Semi))
            }
            '：' | ':' => {
                // "分别拉动0.3:1.4:3.3个百分点": the colons of a list of points, not a structure.
                let points =
                    matches!(self.out.last(), Some(Token { tok: Tok::Num(n), .. }) if n.unit.kind == UnitKind::Points);
                let listed = points
                    && self.prev_char().is_some_and(|p| p.is_ascii_digit())
                    && crate::text::nth_char(self.rest(), 1).is_some_and(|d| d.is_ascii_digit());
                self.cur.bump();
                Some(Tok::Mark(if listed { Mark::Enum } else { Mark::Colon }))
            }
            '。' | '！' | '？' | '!' | '?' => {
                self.cur.bump();
                Some(Tok::Mark(Mark::Stop))
            }
            // The point of a name's number (PM2.5): the digits around it are text.
            '.' if self.prev_char().is_some_and(|p| p.is_ascii_digit())
                && crate::text::starts_by(sub_from(self.rest(), 1), |d| d.is_ascii_digit()) =>
            {
                None
            }
            '.' => {
                // A stray full stop written half width ("负增长0.94%."), not a decimal point.
                self.cur.bump();
                Some(Tok::Mark(Mark::Stop))
            }
            '\n' => {
                self.cur.bump();
                Some(Tok::Mark(Mark::Newline))
            }
            '(' | '（' | '[' | '【' => {
                self.cur.bump();
                Some(Tok::Mark(Mark::Open))
            }
            ')' | '）' | ']' | '】' => {
                self.cur.bump();
                Some(Tok::Mark(Mark::Close))
            }
            // Digits glued to Latin letters name something (PM2.5, CO2, 5G): part of the text,
            // unless a unit follows them ("GDP2917.85亿元") or the letters name a statistic
            // whose value they are ("分别拉动GDP0.3、2.5、2.2个百分点").
            '0'..='9' if self.prev_char().is_some_and(|p| p.is_ascii_alphabetic()) => {
                let at = self.cur.pos();
                let statistic = words!["GDP", "CPI", "PPI"].any_ends(crate::text::sub_to(self.text, at));
                // "GDP2023年…": a year after the statistic's name is still a time.
                if statistic {
                    if let Some(time) = self.time_digits() {
                        return Some(time);
                    }
                }
                match self.number(false) {
                    Some(Tok::Num(n)) if n.unit != Unit::none() || statistic => Some(Tok::Num(n)),
                    _ => {
                        self.cur.set_pos(at);
                        None
                    }
                }
            }
            // "居全市第3名", "第7位": a rank, not a figure.
            '0'..='9' => {
                if self.rank() {
                    return Some(Tok::Text);
                }
                self.time_digits().or_else(|| self.number(false))
            }
            '-' | '−' => {
                let after = crate::text::nth_char(self.rest(), 1);
                let prev_digit = self.prev_char().is_some_and(|p| p.is_ascii_digit());
                if after.is_some_and(|d| d.is_ascii_digit()) && !prev_digit {
                    self.cur.bump();
                    self.number(true)
                } else {
                    None
                }
            }
            '“' | '"' | '「' => self.plan(),
            // A document's title in 《》 names another document: its years and figures are
            // not this text's (《…规划(2012—2020年)》). The whole title is text. Its 》 is looked
            // for in the next 300 bytes only: a longer title is not one, and k unclosed 《 each
            // searched to the end of the text cost O(k × text).
            '《' => {
                let rest = self.rest();
                let rest = crate::text::sub_to(rest, crate::text::floor_boundary(rest, 300));
                let len = crate::text::find_char(rest, '》').map_or(0, |i| i + '》'.len_utf8());
                if len == 0 || len > 300 {
                    return None;
                }
                self.cur.set_pos(self.cur.pos() + len);
                Some(Tok::Text)
            }
            // "突破千亿元", "迈上万亿元": a round magnitude passed, with no numeral before it.
            '千' | '百' | '万'
                if matches!(self.prev_char(), Some('破' | '过' | '上' | '越' | '超'))
                    && words!["千亿", "百亿", "万亿", "千万"].any_starts(self.rest()) =>
            {
                self.chinese_figure()
            }
            '百' => self.percent_words(),
            _ if is_chinese_numeral(c) => self
                .time_words()
                .or_else(|| self.plan())
                .or_else(|| self.chinese_year())
                .or_else(|| self.chinese_figure()),
            _ if starts_time_word(c) => self.time_words(),
            // "长假期间", "长假7天": 长 alone is in every 增长, so the look-up waits for 假.
            '长' if self.rest().starts_with("长假") => self.time_words(),
            _ => None,
        }
    }

    /// Passes "3名" or "7位" after 第, a rank; else moves nothing and returns false.
    fn rank(&mut self) -> bool {
        if self.prev_char() != Some('第') {
            return false;
        }
        let at = self.cur.pos();
        while self.cur.peek().is_some_and(|d| d.is_ascii_digit()) {
            self.cur.bump();
        }
        if self.eat_any(words!["名", "位"]) {
            return true;
        }
        self.cur.set_pos(at);
        false
    }

    fn prev_char(&self) -> Option<char> {
        crate::text::sub_to(self.text, self.cur.pos()).chars().next_back()
    }

    fn eat_run(&mut self, c: char) {
        while self.cur.peek() == Some(c) {
            self.cur.bump();
        }
    }

    /// Reads up to `max` ASCII digits as a number; the cursor moves past them.
    fn digits(&mut self, max: usize) -> Option<u32> {
        let start = self.cur.pos();
        let mut v: u32 = 0;
        let mut n = 0;
        while let Some(c) = self.cur.peek().filter(char::is_ascii_digit) {
            if n == max {
                self.cur.set_pos(start);
                return None;
            }
            v = v * 10 + (c as u32 - '0' as u32);
            n += 1;
            self.cur.bump();
        }
        if n == 0 {
            return None;
        }
        Some(v)
    }

    fn eat_any(&mut self, words: List) -> bool {
        for w in words {
            if self.cur.eat(w) {
                return true;
            }
        }
        false
    }

    /// Years, year ranges, dates and month periods written in digits. Leaves the cursor
    /// where it was and returns `None` when the digits are a plain number.
    fn time_digits(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        let tok = self.time_digits_inner();
        if tok.is_none() {
            self.cur.set_pos(start);
        }
        tok
    }

    fn time_digits_inner(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        // "（20241220）": a day as eight digits, as a report's heading may date it; bracketed only,
        // for eight digits in running text are a figure.
        if matches!(self.prev_char(), Some('(' | '（')) {
            if let Some(year) = crate::period::compact_date(self.cur.rest()) {
                self.cur.set_pos(start + 8);
                return Some(Tok::Time(Time::Date { year: Some(year) }));
            }
        }
        let n = self.digits(4)?;
        let four = self.cur.pos() - start == 4;
        if !(four && (1900..=2100).contains(&n)) {
            if (1..=31).contains(&n) && self.cur.pos() - start <= 2 {
                self.cur.set_pos(start);
                return self.months(None);
            }
            return None;
        }
        let year = n as i32;
        let after_digits = self.cur.pos();
        let with_year_word = self.cur.eat("年");
        // A range: 2013-2017年, 2013—2017年年均, 2020年至2024年(间).
        let before_dash = self.cur.pos();
        if self.eat_any(DASHES) {
            let p = self.cur.pos();
            let to = self.digits(4).filter(|&t| self.cur.pos() - p == 4 && (1900..=2100).contains(&t));
            if let Some(to) = to {
                if self.cur.eat("年") {
                    let dash = !with_year_word && self.rest().starts_with("年均");
                    self.eat_any(words!["间", "期间"]);
                    return Some(Tok::Time(Time::Range { from: year, to: to as i32, dash }));
                }
            }
            self.cur.set_pos(before_dash);
        }
        if !with_year_word {
            // "由2005的6620万吨": a year without 年 before 的.
            if self.rest().starts_with("的") && (1949..=2100).contains(&year) {
                return Some(Tok::Time(Time::Year { year, end: false }));
            }
            // "2019-11-15": a date.
            if self.cur.eat("-") && self.digits(2).is_some() && self.cur.eat("-") && self.digits(2).is_some() {
                return Some(Tok::Time(Time::Date { year: Some(year) }));
            }
            // "2023上半年", "2024一季度": a part of a year written without 年.
            self.cur.set_pos(after_digits);
            if let Some(part) = self.part_words() {
                return Some(Tok::Time(Time::Part { year: Some(year), part }));
            }
            return None;
        }
        // "2015年均增长": the 年 belongs to the rate word.
        if self.rest().starts_with("均") {
            self.cur.set_pos(after_digits);
            return Some(Tok::Time(Time::Year { year, end: false }));
        }
        if self.eat_any(words!["年底", "年末", "底", "末"]) {
            return Some(Tok::Time(Time::Year { year, end: true }));
        }
        // "2023年度一般公共预算收入": the year of a budget or an account, not a word of its name.
        if self.rest().starts_with("度") && !self.rest().starts_with("度电") {
            self.cur.eat("度");
            return Some(Tok::Time(Time::Year { year, end: false }));
        }
        if let Some(part) = self.part_words() {
            return Some(Tok::Time(Time::Part { year: Some(year), part }));
        }
        let before_month = self.cur.pos();
        if let Some(tok) = self.months(Some(year)) {
            return Some(tok);
        }
        self.cur.set_pos(before_month);
        // "比2019年同期增长21.0%": the same period of the year, before the growth over it.
        let same_period =
            self.rest().strip_prefix("同期").is_some_and(|r| words!["增长", "下降", "增加", "减少"].any_starts(r));
        if same_period {
            self.cur.eat("同期");
        }
        // "比2024年执行数80.00亿元增长5.0%", "比2024年执行数增长4.8%": a year's outturn as its
        // accounts write it, with its figure or the growth over it right after, is that year's
        // (as 上年执行数 is the year before). "2024年决算数为45亿元" names its account.
        let p = self.cur.pos();
        if self.eat_any(ACCOUNTS) {
            let next = crate::text::trim_start(self.rest());
            let base = crate::text::starts_by(next, |c| c.is_ascii_digit())
                || words!["增长", "下降", "增加", "减少", "持平"].any_starts(next);
            if !base {
                self.cur.set_pos(p);
            }
        }
        // "与2010年第六次全国人口普查的190315人相比": the census of the year named is that year.
        if let Some((name, _)) = CENSUSES.iter().find(|&(name, y)| y == year && self.rest().starts_with(name)) {
            self.cur.eat(name);
        }
        Some(Tok::Time(Time::Year { year, end: false }))
    }

    /// "1-8月", "8月", "8月末", "7月24日", "1至5月份", "4-6月", "2季度", "1-3季度" at the cursor
    /// (a month or a quarter number first).
    fn months(&mut self, year: Option<i32>) -> Option<Tok> {
        let first = self.digits(2)?;
        if !(1..=31).contains(&first) {
            return None;
        }
        if let Some(part) = self.quarters(first, false) {
            return Some(Tok::Time(Time::Part { year, part }));
        }
        if first > 12 {
            let day = self.cur.eat("日") || self.cur.eat("号");
            return day.then_some(Tok::Time(Time::Date { year: None }));
        }
        // "1-8月", and "1月至4月" with 月 after both: the months from January; "4-6月", "2-5月":
        // months from another.
        let before = self.cur.pos();
        if first <= 12 {
            self.cur.eat("月");
            if self.eat_any(DASHES) {
                // "2022年1月至2022年12月": the same year again before the last month.
                let p = self.cur.pos();
                let again = year.is_some_and(|y| self.digits(4) == Some(y as u32));
                if !(again && self.cur.eat("年")) {
                    self.cur.set_pos(p);
                }
                if let Some(last) = self.digits(2).filter(|m| (first + 1..=12).contains(m)) {
                    if self.cur.eat("月") {
                        self.eat_any(words!["份", "末", "底"]);
                        return Some(Tok::Time(Time::Part { year, part: Part::Span(first, last).canonical() }));
                    }
                }
            }
            self.cur.set_pos(before);
        }
        if !self.cur.eat("月") {
            // "13日，…": a day of the dateline's month.
            if year.is_none() && (self.cur.eat("日") || self.cur.eat("号")) {
                return Some(Tok::Time(Time::Date { year }));
            }
            return None;
        }
        if let Some(day) = self.digits(2) {
            let dated = self.cur.eat("日") || self.cur.eat("号");
            // "10月4日至7日", "9月29日—10月6日", "1月1-3日": days from one date to another, a
            // period of their own.
            if let Some((part, end_year)) = self.days_after(first, day) {
                // "国庆假期（10月1日至7日）": the dates of the holiday just named are that
                // holiday's, no period of their own.
                let holiday = match self.out.as_slice() {
                    [.., h, open] => {
                        open.tok == Tok::Mark(Mark::Open)
                            && matches!(h.tok, Tok::Time(Time::Part { part: Part::Holiday(_), .. }))
                    }
                    _ => false,
                };
                // Days across a year's turn are of the year they end in.
                let year = end_year.or(year);
                return Some(if holiday { Tok::Text } else { Tok::Time(Time::Part { year, part }) });
            }
            return dated.then_some(Tok::Time(Time::Date { year }));
        }
        self.eat_any(words!["份", "末", "底"]);
        Some(Tok::Time(Time::Part { year, part: Part::Month(first) }))
    }

    /// The end of a span of days after the date `month`月`day`日 (already read): "至7日",
    /// "-10月6日", "至2021年1月2日" (the turn of a year, with that later year), as
    /// [`Part::Dates`]. None, with the cursor unmoved, when no later date follows.
    fn days_after(&mut self, month: u32, day: u32) -> Option<(Part, Option<i32>)> {
        let start = self.cur.pos();
        let to = self.eat_any(DASHES).then(|| {
            let p = self.cur.pos();
            // "至2021年1月2日": a later year before the date, the year the days are of.
            let year = self.digits(4).filter(|_| self.cur.eat("年"));
            if year.is_none() {
                self.cur.set_pos(p);
            }
            let first = self.digits(2)?;
            let (m, d) = if self.cur.eat("月") { (first, self.digits(2)?) } else { (month, first) };
            (self.cur.eat("日") || self.cur.eat("号")).then_some((m, d, year.map(|y| y as i32)))
        });
        match to.flatten() {
            Some((m, d, year)) if (1..=12).contains(&m) && (1..=31).contains(&d) && (m, d) != (month, day) => {
                Some((Part::Dates(crate::period::day_of(month, day), crate::period::day_of(m, d)), year))
            }
            _ => {
                self.cur.set_pos(start);
                None
            }
        }
    }

    /// "2季度", "1-3季度", "1至2季度" after the quarter number `first` (already read), and
    /// "第1季" when `numbered`.
    fn quarters(&mut self, first: u32, numbered: bool) -> Option<Part> {
        let start = self.cur.pos();
        let range = self.eat_any(DASHES);
        let last = if range { self.digits(1) } else { Some(first) };
        let quarter = last.filter(|&l| (first..=4).contains(&l) && first >= 1);
        // "1-3季" in Hong Kong's and Taiwan's wording; a single number before 季 alone counts
        // seasons of a crop.
        let word = if range || numbered { words!["季度", "季"] } else { words!["季度"] };
        if let Some(last) = quarter.filter(|_| self.eat_any(word)) {
            return Some(
                if first == last { Part::Quarter(first) } else { Part::Span(3 * first - 2, 3 * last) }.canonical(),
            );
        }
        self.cur.set_pos(start);
        None
    }

    fn part_words(&mut self) -> Option<Part> {
        // "第2季度", "第1季": a quarter by its number.
        let start = self.cur.pos();
        if self.cur.eat("第") {
            if let Some(part) = self.digits(1).and_then(|n| self.quarters(n, true)) {
                return Some(part);
            }
            self.cur.set_pos(start);
        }
        let part = match self.cur.eat_word(&PARTS) {
            // "10月1日至5日假期期间": the days just named are the holiday's, and the period.
            Some(Part::Holiday(crate::period::UNNAMED_HOLIDAY))
                if crate::text::sub_to(self.text, start).ends_with('日') =>
            {
                self.cur.set_pos(start);
                return None;
            }
            Some(part) => part,
            None => self.holiday_named().or_else(|| self.unnamed_holiday())?,
        };
        // "春节假期首日": one day of the holiday, a period of its own.
        if matches!(part, Part::Holiday(_)) && self.eat_any(words!["首日", "第一天"]) {
            return Some(Part::Day);
        }
        if let Part::Holiday(h) = part {
            return Some(self.holiday_days(h));
        }
        Some(part)
    }

    /// What follows a holiday's name: its first or last days ("国庆假期前3天", "假期后五天"), a
    /// period of their own; or its length ("春节假期8天", "黄金周7天"), no figure but the whole
    /// holiday's. The holiday itself when neither follows.
    fn holiday_days(&mut self, h: u8) -> Part {
        let start = self.cur.pos();
        let side: i8 = if self.cur.eat("前") {
            1
        } else if self.cur.eat("后") || self.cur.eat("最后") {
            -1
        } else {
            0
        };
        let n = self.digits(2).or_else(|| {
            let (d, _) = self.cur.chinese_number()?;
            u32::try_from(d.mantissa).ok().filter(|_| d.exp == 0)
        });
        match n.and_then(|n| i8::try_from(n).ok()).filter(|n| (1..=30).contains(n)) {
            Some(n) if self.cur.eat("天") => {
                if side == 0 {
                    Part::Holiday(h)
                } else {
                    Part::HolidayDays(h, side * n)
                }
            }
            _ => {
                self.cur.set_pos(start);
                Part::Holiday(h)
            }
        }
    }

    /// "假期前3天", "黄金周7天": the days off of a holiday the text names elsewhere, only when
    /// their first or last days or their length follow, which make the words a time.
    fn unnamed_holiday(&mut self) -> Option<Part> {
        let start = self.cur.pos();
        if self.eat_any(words!["假期", "黄金周", "长假"]) {
            // "截至假期结束，8天累计…": the whole holiday.
            let until = words!["截至", "截止"].any_ends(crate::text::sub_to(self.text, start));
            // "长假期间": the whole holiday too.
            if until && self.cur.eat("结束") || self.cur.eat("期间") {
                return Some(Part::Holiday(crate::period::UNNAMED_HOLIDAY));
            }
            let word_end = self.cur.pos();
            let part = self.holiday_days(crate::period::UNNAMED_HOLIDAY);
            if self.cur.pos() > word_end {
                return Some(part);
            }
        }
        self.cur.set_pos(start);
        None
    }

    /// "“五一”节三天", "“十一”黄金周", "国庆节期间": a holiday's days off by its short name,
    /// quoted or not.
    fn holiday_named(&mut self) -> Option<Part> {
        let start = self.cur.pos();
        // "2024年“五一”假期": the opening quote right after the year.
        let opened = self.eat_any(words!["“", "\"", "「"]);
        if let Some(h) = self.cur.eat_word(&HOLIDAY_NAMES) {
            let quoted = self.eat_any(words!["”", "\"", "」"]) || opened;
            // "十一黄金周": bare 十一 before the words of a holiday's days off alone.
            let bare_number = h == 1
                && crate::text::sub(self.text, start, self.cur.pos()).starts_with('十')
                && !words!["黄金周", "长假", "小长假", "假期"].any_starts(self.rest());
            if (quoted || !bare_number) && self.eat_any(HOLIDAY_DAYS) {
                return Some(Part::Holiday(h));
            }
        }
        self.cur.set_pos(start);
        None
    }

    /// Time expressions that start with a word: parts of a year, 截至8月, 元至5月, relative years.
    fn time_words(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        // "全年" opens a clause ("全年城镇化率提高…"); inside one it is part of a name ("完成全年
        // 目标的70%").
        // So it does after a word of estimate or aim ("预计全年为企业减负…", "力争全年…").
        let opens = self.prev_char().is_none_or(|p| !crate::text::is_alnum(p))
            || words!["预计", "力争", "确保", "争取"].any_ends(crate::text::sub_to(self.text, start));
        if let Some(part) = self.part_words() {
            if part != Part::Year || opens {
                return Some(Tok::Time(Time::Part { year: None, part }));
            }
            self.cur.set_pos(start);
        }
        // "一、二、三、四季度分别增长…": each numeral of the list is its quarter, the last read
        // with its 季度 as any quarter is.
        if let Some(part) = quarter_list_head(self.rest()) {
            self.cur.bump();
            return Some(Tok::Time(Time::Part { year: None, part }));
        }
        // "前11个月", "前两个月", "头5个月", "首五个月": the months from January.
        if self.eat_any(words!["前", "头", "首"]) {
            let n = self.digits(2).or_else(|| {
                let (d, _) = self.cur.chinese_number()?;
                u32::try_from(d.mantissa).ok().filter(|_| d.exp == 0)
            });
            if let Some(n) = n.filter(|n| (2..=12).contains(n)) {
                if self.cur.eat("个月") || self.cur.eat("月") {
                    return Some(Tok::Time(Time::Part { year: None, part: Part::Months(n).canonical() }));
                }
            }
            self.cur.set_pos(start);
        }
        // "根据第七次全国人口普查结果，全市常住人口…": a census names its year.
        if self.cur.peek() == Some('第') {
            for (name, year) in CENSUSES.iter() {
                if self.cur.eat(name) {
                    return Some(Tok::Time(Time::Year { year, end: false }));
                }
            }
        }
        // Each lead is tried in turn: 截止到 after 截止 fails to read on.
        // "止9月末": 截至 written short, only where a clause opens (not 防止, 停止).
        let leads = match self.cur.peek() {
            Some('截') => words!["截至", "截止", "截止到"],
            Some('止') if self.prev_char().is_none_or(|p| !crate::text::is_alnum(p)) => words!["止"],
            Some('元') => words!["元至", "元—", "元-"],
            // "年初至5月": from the start of the year.
            Some('年') => words!["年初至", "年初到"],
            Some('1') => words!["1至"],
            _ => words![],
        };
        for lead in leads {
            if self.cur.eat(lead) {
                // "年初至今": the year so far.
                if lead.starts_with('年') && self.cur.eat("今") {
                    return Some(Tok::Time(Time::Rel(Rel::YearToDate)));
                }
                let year = self.year_prefix();
                if let Some(m) = self.digits(2).filter(|m| (1..=12).contains(m)) {
                    if self.cur.eat("月") {
                        if self.digits(2).is_some() {
                            self.cur.eat("日");
                            return Some(Tok::Time(Time::Date { year }));
                        }
                        self.eat_any(words!["份", "底", "末"]);
                        return Some(Tok::Time(Time::Part { year, part: Part::Months(m).canonical() }));
                    }
                }
                if let Some(y) = year {
                    // 截至2020年底
                    self.eat_any(words!["底", "末"]);
                    return Some(Tok::Time(Time::Year { year: y, end: true }));
                }
                self.cur.set_pos(start);
            }
        }
        // "本年支出合计" in a department's final accounts: the year's own line, which 支出总计 (with
        // the balances carried over) is not, so its 本年 stays in the name.
        let account_line = self.rest().strip_prefix("本年").is_some_and(|r| words!["收入", "支出"].any_starts(r));
        if let Some(rel) = self.cur.eat_word(&RELATIVE).filter(|_| !account_line) {
            // "上年结转13000万元": a budget's item, the balance carried over, not a time.
            if words!["结转", "结余"].any_starts(self.rest()) {
                self.cur.set_pos(start);
                return None;
            }
            return Some(Tok::Time(Time::Rel(rel)));
        }
        // 比年初, 较年初: the start of the year is the end of the year before.
        if matches!(self.prev_char(), Some('比' | '较')) && self.cur.eat("年初") {
            return Some(Tok::Time(Time::Rel(Rel::YearStart)));
        }
        None
    }

    /// "2024年" before a month in 截至2024年4月.
    fn year_prefix(&mut self) -> Option<i32> {
        let start = self.cur.pos();
        if let Some(y) = self.digits(4).filter(|y| (1900..=2100).contains(y)) {
            if self.cur.pos() - start == 4 && self.cur.eat("年") {
                return Some(y as i32);
            }
        }
        self.cur.set_pos(start);
        None
    }

    /// A plan period: “十二五”期末, 十三五时期, “十五”计划.
    fn plan(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        let quoted = self.eat_any(words!["“", "\"", "「"]);
        for (name, first) in PLANS.iter() {
            if !self.cur.eat(name) {
                continue;
            }
            let closed = self.eat_any(words!["”", "\"", "」"]);
            let short = char_count(name) == 2;
            let mut at = None;
            for (w, a) in PLAN_SUFFIXES.iter() {
                if self.cur.eat(w) {
                    at = Some(a);
                    break;
                }
            }
            let plan_word = at.is_none() && (self.rest().starts_with("规划") || self.rest().starts_with("计划"));
            if short && !(quoted && closed) && at.is_none() && !plan_word {
                break;
            }
            return Some(Tok::Time(Time::Plan { start: first, end: first + 4, at: at.unwrap_or(PlanAt::Whole) }));
        }
        self.cur.set_pos(start);
        None
    }

    /// 二○○五年, 二〇一〇年, and 二00五年 with the zeros typed as digits.
    fn chinese_year(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        let mut y = 0i32;
        for _ in 0..4 {
            // Zeros typed as a letter O or a digit too; never 两, which no year is written with.
            let d = match self.cur.peek()? {
                'О' | 'O' | '0' => Some(0),
                '两' => None,
                c => numeral_digit(c),
            };
            let Some(d) = d else {
                self.cur.set_pos(start);
                return None;
            };
            y = y * 10 + d as i32;
            self.cur.bump();
        }
        if (1900..=2100).contains(&y) && self.cur.eat("年") {
            let end = self.eat_any(words!["底", "末"]);
            // "（二〇二二年三月）", a bulletin's date line: a month of the year, as "2022年3月" is.
            if !end {
                if let Some(month) = self.chinese_month() {
                    return Some(Tok::Time(Time::Part { year: Some(y), part: Part::Month(month) }));
                }
            }
            return Some(Tok::Time(Time::Year { year: y, end }));
        }
        self.cur.set_pos(start);
        None
    }

    /// 一月 … 十二月 at the cursor (with 份), as the month's number; the cursor moves only when
    /// there is one.
    fn chinese_month(&mut self) -> Option<u32> {
        const MONTHS: List =
            words!["十二月", "十一月", "十月", "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月"];
        const NUMBERS: [u32; 12] = [12, 11, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        let i = MONTHS.iter().position(|m| self.cur.eat(m))?;
        self.eat_any(words!["份"]);
        NUMBERS.get(i).copied()
    }

    /// The digits in Chinese numerals after 点 ("一点五"), as the decimals of `number`; `None`
    /// when no digit follows.
    fn decimals_after_point(&mut self, number: Decimal) -> Option<Decimal> {
        let mut frac = 0i64;
        let mut digits = 0u32;
        while let Some(d) = self.cur.peek().and_then(numeral_digit) {
            frac = frac * 10 + d;
            digits += 1;
            self.cur.bump();
        }
        (digits > 0)
            .then(|| Decimal { mantissa: number.to_f64() as i64 * 10i64.pow(digits) + frac, exp: -(digits as i32) })
    }

    /// A figure in Chinese numerals, read only with a unit that makes it one: a magnitude or
    /// 倍 (一千零三十亿元, 三十万人, 一点五倍) or 成 (两成三).
    fn chinese_figure(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        // 第一, 一是: ordinals and list words are not figures.
        if matches!(self.prev_char(), Some('第' | '每' | '前' | '后' | '头' | '初' | '周' | '星')) {
            return None;
        }
        let (mut number, span) = self.cur.chinese_number()?;
        if self.cur.eat("点") {
            if let Some(n) = self.decimals_after_point(number) {
                number = n;
            }
        }
        if self.cur.eat("成") {
            // 两成三 = 23%, 八成 = 80% (held as tenths of per cent: see Unit's 成).
            let mut tenths = number.to_f64() as i64 * 10;
            let mut exp = 1;
            if let Some(d) = self.cur.peek().and_then(numeral_digit) {
                self.cur.bump();
                tenths += d;
                exp = 0;
            }
            let more = self.cur.eat("多");
            let unit = Unit::percent();
            let number = Decimal { mantissa: if exp == 1 { tenths / 10 } else { tenths }, exp };
            let number = if exp == 1 { number } else { Decimal { mantissa: tenths, exp: 0 } };
            let _ = start;
            return Some(Tok::Num(Num { number, unit, more, digits: span }));
        }
        // "三千零五十亿元": the magnitude belongs to the unit, as in "3050亿元".
        let after_number = self.cur.pos();
        // Only a single magnitude at the end here; "五百零一亿九千万元" is read below.
        let written = sub(self.text, span.start, after_number);
        let magnitude = [("万亿", 12), ("亿", 8), ("万", 4)].into_iter().find(|(m, _)| {
            written
                .strip_suffix(m)
                .is_some_and(|before| crate::text::find_by(before, |c| matches!(c, '万' | '亿')).is_none())
        });
        if let Some((m, exp)) = magnitude {
            self.cur.set_pos(after_number - m.len());
            let unit = self.cur.unit();
            if unit.exp == exp && !unit.base.is_empty() {
                let mut number = number.shift(-unit.exp);
                while number.exp < 0 && number.mantissa % 10 == 0 {
                    number = Decimal { mantissa: number.mantissa / 10, exp: number.exp + 1 };
                }
                return Some(Tok::Num(Num { number, unit, more: false, digits: span }));
            }
            self.cur.set_pos(after_number);
        }
        // "五百零一亿九千万元" is 501.9亿元, as a plan in digits would write it: the unit takes
        // 亿 and the number keeps its places.
        if crate::text::has_char(written, '亿') && !crate::text::has(written, "万亿") {
            let rest = self.cur.rest();
            let end = crate::text::nth_char_at(rest, 8).unwrap_or(rest.len());
            let (unit, n) = Unit::parse_prefix(&crate::text::cat(&["亿", crate::text::sub(rest, 0, end)]));
            if unit.exp == 8 && !unit.base.is_empty() && n > '亿'.len_utf8() {
                self.cur.set_pos(after_number + n - '亿'.len_utf8());
                let mut number = number.shift(-8);
                while number.exp < 0 && number.mantissa % 10 == 0 {
                    number = Decimal { mantissa: number.mantissa / 10, exp: number.exp + 1 };
                }
                return Some(Tok::Num(Num { number, unit, more: false, digits: span }));
            }
        }
        let unit = self.cur.unit();
        let counts = unit.base == "倍" || (!unit.base.is_empty() && (unit.exp >= 3 || number.exp >= 3));
        if !counts {
            self.cur.set_pos(start);
            return None;
        }
        Some(Tok::Num(Num { number, unit, more: false, digits: span }))
    }

    /// 百分之十五点三.
    fn percent_words(&mut self) -> Option<Tok> {
        let start = self.cur.pos();
        if !self.cur.eat("百分之") {
            return None;
        }
        let (mut number, mut span) = match self.cur.chinese_number() {
            Some(x) => x,
            None => {
                self.cur.set_pos(start);
                return None;
            }
        };
        if self.cur.eat("点") {
            if let Some(n) = self.decimals_after_point(number) {
                number = n;
                span = Span::new(span.start, self.cur.pos());
            }
        }
        Some(Tok::Num(Num { number, unit: Unit::percent(), more: false, digits: Span::new(start, span.end) }))
    }

    /// "(头、只、匹)" right after a number: two or more count units listed in brackets, read as
    /// the first's, brackets eaten (a bracket left open ends at the next clause mark, which is
    /// kept). None, the cursor unmoved, for anything else.
    fn bracketed_units(&mut self) -> Option<Unit> {
        let start = self.cur.pos();
        let rest = self.rest();
        let open = ['(', '（'].into_iter().find(|&c| rest.starts_with(c))?;
        let inside = crate::text::sub_from(rest, open.len_utf8());
        // Looked for in the next few bytes only: a text of many brackets that never close stays
        // linear.
        let near = crate::text::sub_to(inside, crate::text::floor_boundary(inside, BRACKETED_UNITS_BYTES + 3));
        // A bracket a page left open ends at the clause mark after its units.
        let close = crate::text::find_by(near, |c| matches!(c, ')' | '）' | ',' | '，' | ';' | '；'))?;
        let listed = crate::text::sub(inside, 0, close);
        let mut first = None;
        let mut count = 0;
        for u in listed.split('、') {
            let unit = Unit::parse(u).filter(|u| u.exp == 0 && u.kind == crate::unit::UnitKind::Amount)?;
            first.get_or_insert(unit);
            count += 1;
        }
        let mark = crate::text::sub_from(inside, close).chars().next()?;
        let end = open.len_utf8() + close + if matches!(mark, ')' | '）') { mark.len_utf8() } else { 0 };
        if count < 2 {
            return None;
        }
        self.cur.set_pos(start + end);
        first
    }

    /// A number in digits with its unit, or an a:b:c structure.
    fn number(&mut self, negative: bool) -> Option<Tok> {
        let (number, span) = match self.cur.number()? {
            Ok(x) => x,
            Err(span) => {
                // Too many digits to hold: the reader reports it.
                self.cur.set_pos(span.end);
                return Some(Tok::TooLong);
            }
        };
        let number = if negative { number.negated() } else { number };
        // a:b:c — three parts, or two with a decimal point (15:54 is a clock time); each part
        // may carry its per cent sign ("8.0%:45.0%:47.0%").
        let colon = |cur: &Cursor| matches!(cur.rest().as_bytes(), [b':', ..] | [b'%', b':', ..]);
        if colon(&self.cur) {
            let back = self.cur.pos();
            let mut parts = vec![Figure::new(number, crate::figure::Bound::Eq, span)];
            while colon(&self.cur) {
                let p = self.cur.pos();
                self.cur.eat("%");
                self.cur.bump();
                match self.cur.number() {
                    Some(Ok((d, s))) => parts.push(Figure::new(d, crate::figure::Bound::Eq, s)),
                    _ => {
                        self.cur.set_pos(p);
                        break;
                    }
                }
            }
            let decimal = parts.iter().any(|f| f.number.exp < 0);
            // "分别拉动经济增长0.3:1.4:3.3个百分点": points, one a part, set apart by colons as a
            // structure's are; each is read as a value of a list (the colons as 、).
            if words!["个百分点", "百分点"].any_starts(self.cur.rest()) {
                self.cur.set_pos(back);
                let unit = Unit { text: "个百分点".into(), base: "个百分点", exp: 0, kind: UnitKind::Points };
                return Some(Tok::Num(Num { number, unit, more: false, digits: span }));
            }
            // "2022-07-20 18:46:44": a clock time after a date, not a structure.
            let after_date = matches!(self.out.last(), Some(Token { tok: Tok::Time(Time::Date { .. }), .. }));
            if after_date && !decimal {
                self.cur.set_pos(back);
                for _ in 1..parts.len() {
                    self.cur.bump();
                    let _ = self.cur.number();
                }
                return Some(Tok::Text);
            }
            // "城乡居民收入比为1.54:1": a ratio to one is the number before it, without a unit;
            // so is one to a hundred ("性别比为99.4:100", males per 100 females).
            let to = |m: i64| parts.len() == 2 && parts[1].number == crate::figure::Decimal { mantissa: m, exp: 0 };
            if (to(1) || to(100)) && !crate::text::starts_by(self.cur.rest(), |c| matches!(c, '%' | '％')) {
                return Some(Tok::Num(Num {
                    number: parts[0].number,
                    unit: Unit::none(),
                    more: false,
                    digits: parts[0].span,
                }));
            }
            // "由62:38调整为60.5:39.5": two whole numbers that add up to a hundred are a
            // structure; no clock time reads so (a + b = 100 puts b past 59 when a ≤ 24).
            // After a structure's word ("比例由65:45调整为…") a pair near a hundred is one too,
            // whose sum the structure check judges.
            let sum = match parts.as_slice() {
                [x, y] if x.number.exp == 0 && y.number.exp == 0 => x.number.mantissa.checked_add(y.number.mantissa),
                _ => None,
            };
            let structure_word = || {
                let before = crate::text::sub_to(self.text, span.start);
                let at = crate::text::nth_char_back_at(before, STRUCTURE_WORD_REACH).unwrap_or(0);
                STRUCTURE_WORDS.any_in(crate::text::sub_from(before, at))
            };
            let hundred = sum == Some(100) || sum.is_some_and(|n| (80..=120).contains(&n)) && structure_word();
            if parts.len() >= 3 || (parts.len() == 2 && decimal) || hundred {
                self.cur.eat("%");
                return Some(Tok::Ratio(parts));
            }
            self.cur.set_pos(back);
        }
        let more = self.cur.eat("余") || self.cur.eat("多");
        let mut unit = self.cur.unit();
        if unit == Unit::none() && (self.cur.eat("个千分点") || self.cur.eat("千分点")) {
            unit =
                Unit { text: "个千分点".into(), base: "个千分点", exp: 0, kind: crate::unit::UnitKind::Points };
        }
        // "132650(头、只、匹)": the units of a count of livestock in brackets after it; the
        // first stands for them all.
        if unit == Unit::none() {
            unit = self.bracketed_units().unwrap_or(unit);
        }
        if unit == Unit::none() && self.years_of_a_statistic(number, span) {
            self.cur.eat("年");
            unit = Unit { text: "年".into(), base: "年", exp: 0, kind: crate::unit::UnitKind::Amount };
        }
        // A range, "7.5%—8%" or "7.5-8%": one figure, at least its lower end.
        if let Some((upper, end, u)) = self.range_end(&unit) {
            let _ = upper;
            return Some(Tok::Num(Num { number, unit: u, more: true, digits: Span::new(span.start, end) }));
        }
        Some(Tok::Num(Num { number, unit, more, digits: span }))
    }

    /// "平均受教育年限11.6年", "受教育年限达到12年": a number of years that is a statistic's value,
    /// being a decimal or the value of a 年限, not a year of the calendar nor the length of a
    /// plan ("3年行动", "五年来", "1.5年内").
    fn years_of_a_statistic(&self, number: Decimal, span: Span) -> bool {
        let Some(after) = self.cur.rest().strip_prefix('年') else { return false };
        if words!["内", "来", "间", "后", "前", "均", "度", "底", "末", "以", "中", "的"].any_starts(after)
        {
            return false;
        }
        let before = self.text_start.map_or("", |from| crate::text::sub(self.text, from, span.start));
        let before = words!["达到", "提高到", "提高至", "增至", "达", "为"].strip_any_suffix(before).unwrap_or(before);
        number.exp < 0 || before.ends_with("年限")
    }

    /// The upper end of a range after a figure: a dash or 至 and a number in the same unit
    /// (or, after a figure without one, the unit that ends the range). The cursor moves past
    /// it only when there is one.
    fn range_end(&mut self, unit: &Unit) -> Option<(Decimal, usize, Unit)> {
        let start = self.cur.pos();
        let dash = self.eat_any(words!["—", "-", "–", "~", "～", "至", "到"]);
        if !dash || !self.cur.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.cur.set_pos(start);
            return None;
        }
        let Some(Ok((upper, span))) = self.cur.number() else {
            self.cur.set_pos(start);
            return None;
        };
        let second = self.cur.unit();
        let unit = if *unit == Unit::none() { second.clone() } else { unit.clone() };
        if unit == Unit::none() || second != unit {
            self.cur.set_pos(start);
            return None;
        }
        Some((upper, span.end, unit))
    }
}

/// True for the chars (folded to half width) that [`Scanner::token`] may start a token at: the
/// scanner passes the others as text without trying. The test
/// `no_token_starts_where_the_filter_says_none_does` keeps it in step with `token`.
const fn starts_token(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '…'
            | '—'
            | '、'
            | '；'
            | ';'
            | '：'
            | ':'
            | '。'
            | '！'
            | '？'
            | '!'
            | '?'
            | '.'
            | '\n'
            | '('
            | '（'
            | '['
            | '【'
            | ')'
            | '）'
            | ']'
            | '】'
            | '0'..='9' | '-' | '−' | '“' | '"' | '「' | '《' | '百' | '千' | '万'
    ) || is_chinese_numeral(c)
        || is_bullet(c)
        || starts_time_word(c)
        || c == '长'
}

/// Glyphs that mark the items of a list or a digest ("■", "●", "◆"). Not the middle dot,
/// which extraction leaves as a decimal point ("1·8%").
const fn is_bullet(c: char) -> bool {
    matches!(c, '■' | '□' | '●' | '○' | '◆' | '◇' | '▪' | '▶' | '►' | '•' | '★' | '☆' | '※' | '◎' | '◉')
}

/// [`starts_token`] of the char's half-width form, for every code point below U+10000, as one
/// bit per code point folded onto 512 bits by its low nine bits. A char whose bit is clear
/// starts no token, so the scanner passes it without the full test: most CJK chars.
const MAY_START: [u32; 16] = {
    let mut bits = [0u32; 16];
    let mut u = 0;
    while u < 0x1_0000 {
        if let Some(c) = char::from_u32(u) {
            if starts_token(crate::text::halfwidth(c)) {
                bits[(u as usize & 0x1FF) >> 5] |= 1 << (u & 31);
            }
        }
        u += 1;
    }
    bits
};

/// False only for a code point that cannot start a token (see [`MAY_START`]).
fn may_start_token(u: u32) -> bool {
    u > 0xFFFF || MAY_START[(u as usize & 0x1FF) >> 5] & (1 << (u & 31)) != 0
}

/// The quarter a numeral names when it opens a list of quarters ("一、二、三、四季度", "二、三季度"):
/// numerals 一 to 四 joined by 、, the last followed by 季度.
fn quarter_list_head(rest: &str) -> Option<Part> {
    let mut chars = rest.chars();
    let first = match chars.next()? {
        '一' => Part::Quarters(1),
        '二' => Part::Quarter(2),
        '三' => Part::Quarter(3),
        '四' => Part::Quarter(4),
        _ => return None,
    };
    // At most three more numerals: the list is looked at only this far.
    for _ in 0..3 {
        if chars.next()? != '、' || !crate::text::has_char("一二三四", chars.next()?) {
            return None;
        }
        if chars.as_str().starts_with("季度") {
            return Some(first);
        }
    }
    None
}

/// True for the first chars of the time words ([`PARTS`], [`RELATIVE`], 截至…, 元至…, 年初): the
/// scanner tries the word lists only there, which keeps it to one comparison for most chars.
/// The test `time_words_start_where_the_filter_says` keeps it in step with the lists.
const fn starts_time_word(c: char) -> bool {
    matches!(
        c,
        '春' | '国'
            | '劳'
            | '中'
            | '端'
            | '清'
            | '止'
            | '第'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '全'
            | '前'
            | '上'
            | '下'
            | '截'
            | '元'
            | '今'
            | '本'
            | '去'
            | '过'
            | '明'
            | '这'
            | '近'
            | '未'
            | '目'
            | '当'
            | '现'
            | '年'
            | '规'
            | '首'
            | '十'
            | '头'
            | '计'
            | '暑'
            | '节'
            | '除'
            | '假'
            | '大'
            | '正'
            | '整'
            | '黄'
            | '1'
    )
}

const fn is_chinese_numeral(c: char) -> bool {
    matches!(c, '零' | '〇' | '○' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

fn numeral_digit(c: char) -> Option<i64> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<String> {
        scan(s)
            .into_iter()
            .map(|t| match t.tok {
                Tok::Num(n) => format!("N{}{}", n.number.to_f64(), n.unit.text),
                Tok::Ratio(p) => format!("R{}", p.len()),
                Tok::Time(t) => format!("T{t:?}"),
                Tok::Mark(m) => format!("M{m:?}"),
                Tok::TooLong => "L".into(),
                Tok::Text => format!("X{}", &s[t.span.start..t.span.end]),
            })
            .collect()
    }

    #[test]
    fn time_words_start_where_the_filter_says() {
        let firsts = PARTS.iter().map(|(w, _)| *w).chain(RELATIVE.iter().map(|(w, _)| *w));
        for w in firsts.chain(["截至", "截止", "元至", "年初"]) {
            let c = w.chars().next().unwrap();
            assert!(starts_time_word(c) || c.is_ascii_digit() && c != '1' || is_chinese_numeral(c), "{w}");
        }
    }

    #[test]
    fn the_bitmap_passes_every_char_that_starts_a_token() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if starts_token(crate::text::halfwidth(c)) {
                assert!(may_start_token(c as u32), "{c:?}");
            }
        }
    }

    #[test]
    fn no_token_starts_where_the_filter_says_none_does() {
        let chars = (0..0x1_0000).chain(0x2_0000..0x2_0100).filter_map(char::from_u32);
        for c in chars {
            for tail in ["", "年底", "年初", "1-8月", "十二五”期末", "五年", "2015年", "万元", "分之十", "》", "季度"]
            {
                let text = format!("{c}{tail}");
                let mut s =
                    Scanner { text: &text, cur: Cursor::new(&text, 0, text.len()), out: Vec::new(), text_start: None };
                let Some(folded) = s.cur.peek() else { continue };
                if !starts_token(folded) {
                    assert_eq!(s.token(folded), None, "{text}");
                }
            }
        }
    }

    #[test]
    fn examples() {
        let cases: &[(&str, &[&str])] = &[
            ("2015年底", &["TYear { year: 2015, end: true }"]),
            ("二00五年", &["TYear { year: 2005, end: false }"]),
            ("（二〇二二年三月）", &["MOpen", "TPart { year: Some(2022), part: Month(3) }", "MClose"]),
            ("二〇二二年十二月", &["TPart { year: Some(2022), part: Month(12) }"]),
            ("三十万亿元", &["N30万亿元"]),
            ("三千零五十亿元", &["N3050亿元"]),
            ("一亿三千万人", &["N1.3亿人"]),
            ("1月至4月，", &["TPart { year: None, part: Months(4) }", "MComma"]),
            // Quarters and months in other forms (precision search 32b): a range of quarters,
            // a quarter by its number, Hong Kong's and Taiwan's words, months from another month.
            ("2024年1-3季度", &["TPart { year: Some(2024), part: Quarters(3) }"]),
            ("一至三季度", &["TPart { year: None, part: Quarters(3) }"]),
            ("2024年第2季度", &["TPart { year: Some(2024), part: Quarter(2) }"]),
            ("第1季", &["TPart { year: None, part: Quarters(1) }"]),
            ("首季", &["TPart { year: None, part: Quarters(1) }"]),
            ("首三季", &["TPart { year: None, part: Quarters(3) }"]),
            ("前三季，", &["TPart { year: None, part: Quarters(3) }", "MComma"]),
            ("首五个月", &["TPart { year: None, part: Months(5) }"]),
            ("年初至5月", &["TPart { year: None, part: Months(5) }"]),
            ("年初至今", &["TRel(YearToDate)"]),
            ("年初以来，", &["TRel(YearToDate)", "MComma"]),
            ("春节前一周，", &["X春", "TRel(Now)", "MComma"]),
            ("节后首周", &["TRel(Now)"]),
            ("节能降耗", &["X节能降耗"]),
            ("元旦以来，", &["TRel(YearToDate)", "MComma"]),
            ("2024年4-6月", &["TPart { year: Some(2024), part: Quarter(2) }"]),
            ("2024年7-12月", &["TPart { year: Some(2024), part: Half(2) }"]),
            ("2024年2-5月", &["TPart { year: Some(2024), part: Span(2, 5) }"]),
            ("上年全年，", &["TRel(YearStart)", "MComma"]),
            // Holidays after their year in quotes, bare 十一 before 黄金周, seasons and the
            // Spring Festival's days (field round 33, precision searches 33d and 33e).
            ("2024年“五一”假期", &["TPart { year: Some(2024), part: Holiday(2) }"]),
            ("十一黄金周", &["TPart { year: None, part: Holiday(1) }"]),
            ("2024年暑期", &["TPart { year: Some(2024), part: Holiday(8) }"]),
            ("春运期间", &["TPart { year: None, part: Holiday(9) }"]),
            ("除夕当天", &["TPart { year: None, part: Holiday(10) }"]),
            ("大年初三", &["TPart { year: None, part: Holiday(13) }"]),
            ("假期首日", &["TPart { year: None, part: Day }"]),
            // A holiday's first or last days, and its length (precision search 35b).
            ("国庆假期前3天，", &["TPart { year: None, part: HolidayDays(1, 3) }", "MComma"]),
            ("假期后五天", &["TPart { year: None, part: HolidayDays(255, -5) }"]),
            ("“五一”假期最后两天", &["X“", "TPart { year: None, part: HolidayDays(2, -2) }"]),
            ("黄金周7天", &["TPart { year: None, part: Holiday(255) }"]),
            ("整个假期，", &["TPart { year: None, part: Holiday(255) }", "MComma"]),
            ("春节假期8天", &["TPart { year: None, part: Holiday(0) }"]),
            ("假期8天", &["TPart { year: None, part: Holiday(255) }"]),
            ("截至假期结束", &["X截至", "TPart { year: None, part: Holiday(255) }"]),
            ("假期", &["X假期"]),
            (
                "1.规模以上工业。\n2.1-3月，",
                &["X规模以上工业", "MStop", "MNewline", "TPart { year: None, part: Quarters(1) }", "MComma"],
            ),
            ("比上年决算数", &["X比", "TRel(PrevYear)"]),
            // Spans of days, a holiday by its 假日, a year's outturn before its figure or the
            // growth over it (field round 34, precision searches 34a and 34d).
            ("10月4日至7日", &["TPart { year: None, part: Dates(324, 327) }"]),
            ("1月1-3日", &["TPart { year: None, part: Dates(33, 35) }"]),
            ("2023年12月31日-2024年1月2日", &["TPart { year: Some(2024), part: Dates(415, 34) }"]),
            (
                "国庆假期（10月1日至7日）",
                &["TPart { year: None, part: Holiday(1) }", "MOpen", "X10月1日至7日", "MClose"],
            ),
            ("元旦假日期间", &["TPart { year: None, part: Holiday(6) }"]),
            ("比2024年执行数80亿元", &["X比", "TYear { year: 2024, end: false }", "N80亿元"]),
            ("比2024年执行数增长", &["X比", "TYear { year: 2024, end: false }", "X增长"]),
            ("2024年决算数为", &["TYear { year: 2024, end: false }", "X决算数为"]),
            ("种植2季", &["X种植", "N2", "X季"]),
            ("2023上半年", &["TPart { year: Some(2023), part: Half(1) }"]),
            ("“十二五”期末", &["TPlan { start: 2011, end: 2015, at: End }"]),
            ("1-8月，", &["TPart { year: None, part: Months(8) }", "MComma"]),
            ("截至4月", &["TPart { year: None, part: Months(4) }"]),
            ("2022年1月至2022年12月", &["TPart { year: Some(2022), part: Year }"]),
            ("元至5月", &["TPart { year: None, part: Months(5) }"]),
            ("前11个月，", &["TPart { year: None, part: Months(11) }", "MComma"]),
            ("前两个月", &["TPart { year: None, part: Months(2) }"]),
            ("前三年", &["TRel(FirstYears(3))"]),
            ("上年结转3.52亿元", &["X上年结转", "N3.52亿元"]),
            ("居全市第3名", &["X居全市第", "X3名"]),
            ("代表250名", &["X代表", "N250名"]),
            ("2024年上半年", &["TPart { year: Some(2024), part: Half(1) }"]),
            ("47.6亿元", &["N47.6亿元"]),
            ("30余万人", &["N30万人"]),
            ("6.7:55.1:38.2", &["R3"]),
            ("8.0%:45.0%:47.0%", &["R3"]),
            ("生产总值达", &["X生产总值达"]),
            ("2020年至2024年间", &["TRange { from: 2020, to: 2024, dash: false }"]),
            ("2006—2009年年均", &["TRange { from: 2006, to: 2009, dash: true }", "X年均"]),
            ("由2005的6620万吨", &["X由", "TYear { year: 2005, end: false }", "X的", "N6620万吨"]),
            ("百分之十五点三", &["N15.3%"]),
            ("五百零一亿九千万元", &["N501.9亿元"]),
            ("7月24日，", &["TDate { year: None }", "MComma"]),
            ("（20241220）", &["MOpen", "TDate { year: Some(2024) }", "MClose"]),
            ("收入20241220元", &["X收入", "N20241220元"]),
            ("1.接待游客", &["X接待游客"]),
            ("十五评比", &["X十五评比"]),
            ("增长-5.82", &["X增长", "N-5.82"]),
            ("拉动2.0、3.5个百分点", &["X拉动", "N2个百分点", "MEnum", "N3.5个百分点"]),
            ("拉动-0.1:0.4:4.3个百分点", &["X拉动", "N-0.1个百分点", "MEnum", "N0.4个百分点", "MEnum", "N4.3个百分点"]),
            ("结构为0.3:1.4:3.3，", &["X结构为", "R3", "MComma"]),
            ("回落1.2和0.9个百分点", &["X回落", "N1.2个百分点", "X和", "N0.9个百分点"]),
            ("上升1.5个和0.8个百分点", &["X上升", "N1.5个百分点", "X和", "N0.8个百分点"]),
            ("建成12个和新建30个", &["X建成", "N12个", "X和新建", "N30个"]),
            ("性别比为99.4:100。", &["X性别比为", "N99.4", "MStop"]),
            ("性别比为106:100", &["X性别比为", "N106"]),
        ];
        for (s, want) in cases {
            assert_eq!(kinds(s), *want, "{s}");
        }
    }
}
