//! Periods: which stretch of time a figure covers.
//!
//! Statistics releases report a part of a year (一季度, 上半年, 1-8月), bulletins a whole year,
//! and a news item without a date still speaks of one current period. Figures of different
//! periods are never compared: the part is part of an indicator's identity, and a year that
//! the text does not give is [`OWN_YEAR`], "the text's own period", whose figures are compared
//! with each other only.
//!
//! | written             | year        | part          |
//! |---------------------|-------------|---------------|
//! | `2015年`, `2015年末` | 2015        | `Year`        |
//! | `2024年上半年`        | 2024        | `Half(1)`     |
//! | `一季度` (no year)    | `OWN_YEAR`  | `Quarters(1)` |
//! | `1-8月`, `截至8月`    | the context | `Months(8)`   |
//! | `前三季度`            | the context | `Quarters(3)` |
//! | `3月`, `3月末`        | the context | `Month(3)`    |
//! | `今年以来` (news)     | the context | `ToDate`      |

/// The years a plan figure may carry. Outside them a "year" is a misread number.
pub const YEAR_MIN: i32 = 1900;
pub const YEAR_MAX: i32 = 2100;
/// The longest period a rate or path may span: long-range visions (2035, 2050) fit easily,
/// and a path never has more than this many points.
pub const MAX_SPAN: i32 = 50;

/// The year of a text's own period when it names none. Rates of that period run from
/// `OWN_YEAR - 1` (the same period a year before). Never shown: the Report writes `null`.
pub const OWN_YEAR: i32 = 0;

/// True for a year that the text gave (or the document implies), as opposed to [`OWN_YEAR`]
/// and the year before it.
pub fn is_known(year: i32) -> bool {
    year > OWN_YEAR
}

/// The part of a year a figure covers. Cumulative parts (quarters, months) run from January.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// A whole year, or the end of it for stocks (年末人口).
    #[default]
    Year,
    /// The first n quarters: 一季度 (1), 上半年 is `Half(1)`, 前三季度 (3).
    Quarters(u32),
    /// 上半年 (1) or 下半年 (2).
    Half(u32),
    /// One quarter other than the first: 二季度 (2), 三季度 (3), 四季度 (4).
    Quarter(u32),
    /// January to month n: 1-8月, 截至8月, 元至8月.
    Months(u32),
    /// One month, or its end: 3月, 3月末.
    Month(u32),
    /// A single day (截至2019年10月31日): a period of its own.
    Day,
    /// A public holiday's days off (国庆假期, 春节长假): an index into [`HOLIDAYS`], or
    /// [`UNNAMED_HOLIDAY`] for 假期 alone where the text names none.
    Holiday(u8),
    /// The first n days of a holiday (国庆假期前3天: `3`) or its last (假期后5天: `-5`): a
    /// period of its own, never the whole holiday.
    HolidayDays(u8, i8),
    /// Days from one date to another (10月4日至7日, 9月29日—10月6日), each as [`day_of`]: a
    /// period of its own, inside a holiday or across one.
    Dates(u16, u16),
    /// Months from one other than January to a later one (2-5月); 4-6月 is read as 二季度 and
    /// 7-12月 as 下半年 ([`Part::canonical`]).
    Span(u32, u32),
    /// The year so far, to a month the text does not name (今年以来 in a news item): a period
    /// of its own, never a whole year.
    ToDate,
}

/// The holiday of 假期 alone ("假期前3天" in a text that names no holiday).
pub const UNNAMED_HOLIDAY: u8 = u8::MAX;

/// The public holidays whose days off releases and news count apart (visitors, sales, trips),
/// and the seasons they count so too (暑期, 春运): the name an indicator shows, and the Report's
/// code.
pub const HOLIDAYS: [(&str, &str); 18] = [
    ("春节假期", "spring-festival"),
    ("国庆假期", "national-day"),
    ("五一假期", "may-day"),
    ("中秋国庆假期", "mid-autumn-national-day"),
    ("中秋假期", "mid-autumn"),
    ("端午假期", "dragon-boat"),
    ("元旦假期", "new-year"),
    ("清明假期", "qingming"),
    ("暑期", "summer"),
    ("春运", "spring-travel"),
    // Days of the Spring Festival that news counts apart from its holiday and from each other.
    ("除夕", "new-years-eve"),
    ("大年初一", "lunar-new-year-day"),
    ("大年初二", "lunar-new-year-day-2"),
    ("大年初三", "lunar-new-year-day-3"),
    ("大年初四", "lunar-new-year-day-4"),
    ("大年初五", "lunar-new-year-day-5"),
    ("大年初六", "lunar-new-year-day-6"),
    ("大年初七", "lunar-new-year-day-7"),
];

impl Part {
    /// The period's name as an indicator's name shows it ("" for a year): "一季度", "1-8月".
    pub fn label(self) -> String {
        match self {
            Part::Year => String::new(),
            Part::Quarters(1) => "一季度".into(),
            Part::Quarters(3) => "前三季度".into(),
            Part::Quarters(n) => format!("前{n}季度"),
            Part::Half(1) => "上半年".into(),
            Part::Half(_) => "下半年".into(),
            Part::Quarter(n) => {
                let zh = ["一", "二", "三", "四"].get(n.wrapping_sub(1) as usize).copied();
                zh.map_or_else(|| format!("{n}季度"), |z| crate::text::cat(&[z, "季度"]))
            }
            Part::Months(n) => format!("1-{n}月"),
            Part::Span(a, b) => format!("{a}-{b}月"),
            Part::Month(n) => format!("{n}月"),
            Part::Day => "当日".into(),
            Part::Dates(a, b) => {
                let ((m, d), (n, e)) = (month_day(a), month_day(b));
                if m == n {
                    format!("{m}月{d}日-{e}日")
                } else {
                    format!("{m}月{d}日-{n}月{e}日")
                }
            }
            Part::Holiday(h) => HOLIDAYS.get(usize::from(h)).map_or("假期", |(zh, _)| zh).into(),
            Part::HolidayDays(h, n) => {
                let holiday = HOLIDAYS.get(usize::from(h)).map_or("假期", |(zh, _)| zh);
                format!("{holiday}{}{}天", if n > 0 { "前" } else { "后" }, n.unsigned_abs())
            }
            Part::ToDate => "今年以来".into(),
        }
    }

    /// A short machine name for the Report: "year", "q1", "h1", "m1-8", "m3", "day",
    /// "national-day".
    pub fn code(self) -> String {
        match self {
            Part::Year => "year".into(),
            Part::Quarters(n) => format!("q1-{n}"),
            Part::Half(n) => format!("h{n}"),
            Part::Quarter(n) => format!("q{n}"),
            Part::Months(n) => format!("m1-{n}"),
            Part::Span(a, b) => format!("m{a}-{b}"),
            Part::Month(n) => format!("m{n}"),
            Part::Day => "day".into(),
            Part::Dates(a, b) => {
                let ((m, d), (n, e)) = (month_day(a), month_day(b));
                format!("d{m}.{d}-{n}.{e}")
            }
            Part::Holiday(h) => HOLIDAYS.get(usize::from(h)).map_or("holiday", |(_, code)| code).into(),
            Part::HolidayDays(h, n) => {
                let holiday = HOLIDAYS.get(usize::from(h)).map_or("holiday", |(_, code)| code);
                format!("{holiday}-{}{}", if n > 0 { "first" } else { "last" }, n.unsigned_abs())
            }
            Part::ToDate => "ytd".into(),
        }
    }

    /// The month the period ends with: 一季度 3, 上半年 6, 1-8月 8, 3月 3; none for a year,
    /// a day, a holiday or the year so far.
    pub fn last_month(self) -> Option<u32> {
        match self {
            Part::Quarters(n) | Part::Quarter(n) => Some(3 * n),
            Part::Half(h) => Some(6 * h),
            Part::Months(n) | Part::Month(n) | Part::Span(_, n) => Some(n),
            Part::Year | Part::Day | Part::Dates(..) | Part::Holiday(_) | Part::HolidayDays(..) | Part::ToDate => None,
        }
    }

    /// The same stretch of months written two ways is one period: 1-3月 is 一季度, 1-6月 is
    /// 上半年, 1-9月 is 前三季度, 1-12月 is the year, 4-6月 is 二季度, 7-12月 is 下半年.
    pub fn canonical(self) -> Part {
        match self {
            Part::Months(3) => Part::Quarters(1),
            Part::Months(6) | Part::Quarters(2) => Part::Half(1),
            Part::Months(9) => Part::Quarters(3),
            Part::Months(12) | Part::Quarters(4) => Part::Year,
            Part::Quarter(1) => Part::Quarters(1),
            Part::Span(1, b) => Part::Months(b).canonical(),
            Part::Span(a, b) if a == b => Part::Month(a),
            Part::Span(a, b) if a % 3 == 1 && b == a + 2 => Part::Quarter(b / 3),
            Part::Span(7, 12) => Part::Half(2),
            p => p,
        }
    }
}

impl Part {
    /// The first and last month the period covers: 一季度 (1, 3), 三季度 (7, 9), 6月 (6, 6);
    /// none for a day, a holiday or the year so far.
    pub fn months(self) -> Option<(u32, u32)> {
        match self {
            Part::Year => Some((1, 12)),
            Part::Quarters(n) => Some((1, 3 * n)),
            Part::Half(h) => Some((6 * h - 5, 6 * h)),
            Part::Quarter(n) => Some((3 * n - 2, 3 * n)),
            Part::Months(n) => Some((1, n)),
            Part::Month(n) => Some((n, n)),
            Part::Span(a, b) => Some((a, b)),
            Part::Day | Part::Holiday(_) | Part::HolidayDays(..) | Part::Dates(..) | Part::ToDate => None,
        }
    }

    /// Whether this period runs over months outside `whole`'s: 上半年 beyond 6月, 1-8月 beyond
    /// 二季度; never a period of days or a holiday, whose months are not known.
    pub fn beyond(self, whole: Part) -> bool {
        matches!((self.months(), whole.months()), (Some((a, b)), Some((c, d))) if a < c || b > d)
    }

    /// The year so far at the end of this period, as 今年以来 in a text of it means: 1-5月 after
    /// 5月 or in a release of 1-5月; the year to an unnamed month after a holiday's or a day's
    /// figures, which are never the year's.
    pub fn so_far(self) -> Part {
        match self {
            Part::Year | Part::Quarters(_) | Part::Half(1) | Part::Months(_) => self,
            Part::Month(n) => Part::Months(n).canonical(),
            Part::Quarter(n) => Part::Quarters(n).canonical(),
            Part::Span(_, b) => Part::Months(b).canonical(),
            Part::Half(_) => Part::Year,
            Part::Day | Part::Holiday(_) | Part::HolidayDays(..) | Part::Dates(..) | Part::ToDate => Part::ToDate,
        }
    }
}

/// A date as one number for [`Part::Dates`]: 32 × month + day, so that dates order as they fall
/// in the year.
pub fn day_of(month: u32, day: u32) -> u16 {
    (month * 32 + day) as u16
}

/// The month and day of a [`day_of`] number.
fn month_day(n: u16) -> (u16, u16) {
    (n / 32, n % 32)
}

/// A year as messages show it: the number, or "本期" / "this period" for [`OWN_YEAR`].
pub fn year_label(year: i32) -> (String, String) {
    if year == OWN_YEAR {
        ("本期".into(), "this period".into())
    } else if year == OWN_YEAR - 1 {
        ("上年同期".into(), "a year before".into())
    } else {
        (format!("{year}年"), year.to_string())
    }
}

/// The first year a label names ("2025年目标" → 2025): four digits not followed by a fifth.
pub fn year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(3) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && !b.get(i + 4).is_some_and(u8::is_ascii_digit) {
            let y = i32::try_from(crate::text::parse_u32(crate::text::sub(s, i, i + 4))?).ok()?;
            if (1949..=2100).contains(&y) {
                return Some(y);
            }
        }
    }
    None
}

/// The year of a day written as eight digits and closed by a bracket ("20241220）"), the way a
/// report's heading may date it: a year from 1949, a month and a day that exist.
pub fn compact_date(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let closed = matches!(b.get(8), Some(b')')) || s.get(8..).is_some_and(|r| r.starts_with('）'));
    if !closed || !b[..8].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |a: usize, z: usize| crate::text::parse_u32(crate::text::sub(s, a, z));
    let (year, month, day) = (n(0, 4)?, n(4, 6)?, n(6, 8)?);
    ((1949..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day)).then_some(year as i32)
}

/// "2021-2023年", "2024—2025年": the first and last year a label names.
pub fn range_in(s: &str) -> Option<(i32, i32)> {
    let from = year_in(s)?;
    let at = crate::text::find_str(s, &from.to_string())? + 4;
    let rest = crate::text::sub_from(s, at);
    let after_dash = crate::text::trim_start_by(rest, |c| matches!(c, '-' | '—' | '–' | '~' | '～' | '至' | '到'));
    let to = (after_dash.len() < rest.len())
        .then(|| year_in(crate::text::sub(after_dash, 0, after_dash.len().min(4))))??;
    (to > from).then_some((from, to))
}

/// "“十四五”年均增长": the first and last year of the plan period a label names.
pub fn plan_in(s: &str) -> Option<(i32, i32)> {
    const PLANS: crate::text::WordMap<i32> = crate::text::table![
        "十一五" => 2006, "十二五" => 2011, "十三五" => 2016, "十四五" => 2021, "十五五" => 2026
    ];
    PLANS.iter().find(|&(w, _)| crate::text::has(s, w)).map(|(_, start)| (start, start + 4))
}

/// The years an annual rate's label runs over, from the year before the first it names to the
/// last: "2021—2023年年均增长(%)" → 2020 to 2023, "“十四五”年均增长(%)" → 2020 to 2025.
pub fn rate_years_in(s: &str) -> Option<(i32, i32)> {
    range_in(s).or_else(|| plan_in(s)).map(|(from, to)| (from - 1, to))
}

/// The years a note under a table says its rate column runs over ("注：年均增长为2021—2022年实际
/// 年均增速。" → 2020 to 2022): a mid-term table's rate done so far, not the plan's.
pub fn rate_years_noted(line: &str) -> Option<(i32, i32)> {
    let line = crate::text::trim(line);
    (line.starts_with('注') && crate::text::has(line, "年均")).then(|| rate_years_in(line)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_beyond_others() {
        assert!(!Part::Quarter(3).beyond(Part::Quarters(3)));
        assert!(!Part::Month(12).beyond(Part::Year));
        assert!(Part::Half(1).beyond(Part::Month(6)));
        assert!(Part::Months(8).beyond(Part::Quarters(2)));
        assert!(!Part::Day.beyond(Part::Dates(day_of(5, 1), day_of(5, 5))));
    }

    #[test]
    fn the_year_so_far() {
        assert_eq!(Part::Month(5).so_far(), Part::Months(5));
        assert_eq!(Part::Month(6).so_far(), Part::Half(1));
        assert_eq!(Part::Quarter(3).so_far(), Part::Quarters(3));
        assert_eq!(Part::Months(8).so_far(), Part::Months(8));
        assert_eq!(Part::Holiday(0).so_far(), Part::ToDate);
        assert_eq!(Part::Dates(day_of(10, 1), day_of(10, 7)).so_far(), Part::ToDate);
    }

    #[test]
    fn compact_dates() {
        assert_eq!(compact_date("20241220)"), Some(2024));
        assert_eq!(compact_date("20241220）各位代表"), Some(2024));
        // Open, a month that does not exist, too many digits, or a figure's digits.
        assert_eq!(compact_date("20241220"), None);
        assert_eq!(compact_date("20241320)"), None);
        assert_eq!(compact_date("202412201)"), None);
        assert_eq!(compact_date("12345678)"), None);
    }

    #[test]
    fn the_years_a_label_names() {
        assert_eq!(year_in("2025年目标"), Some(2025));
        assert_eq!(year_in("12345"), None);
        assert_eq!(range_in("2021—2023年年均增长(%)"), Some((2021, 2023)));
        assert_eq!(rate_years_in("2021—2023年年均增长(%)"), Some((2020, 2023)));
        assert_eq!(rate_years_in("“十四五”年均增长（%）"), Some((2020, 2025)));
        assert_eq!(rate_years_in("年均增长（%）"), None);
        assert_eq!(rate_years_noted("注：年均增长为2021—2022年实际年均增速。"), Some((2020, 2022)));
        assert_eq!(rate_years_noted("2021—2022年年均增长"), None);
    }

    #[test]
    fn months_that_name_a_quarter_are_that_quarter() {
        assert_eq!(Part::Months(3).canonical(), Part::Quarters(1));
        assert_eq!(Part::Months(6).canonical(), Part::Half(1));
        assert_eq!(Part::Months(9).canonical(), Part::Quarters(3));
        assert_eq!(Part::Months(12).canonical(), Part::Year);
        assert_eq!(Part::Months(8).canonical(), Part::Months(8));
    }

    #[test]
    fn days_of_a_holiday() {
        assert_eq!(Part::HolidayDays(1, 3).label(), "国庆假期前3天");
        assert_eq!(Part::HolidayDays(UNNAMED_HOLIDAY, -5).label(), "假期后5天");
        assert_eq!(Part::HolidayDays(1, 3).code(), format!("{}-first3", HOLIDAYS[1].1));
        assert_eq!(Part::HolidayDays(UNNAMED_HOLIDAY, -5).code(), "holiday-last5");
    }

    #[test]
    fn labels() {
        assert_eq!(Part::Months(8).label(), "1-8月");
        assert_eq!(Part::Quarters(3).label(), "前三季度");
        assert_eq!(year_label(OWN_YEAR).1, "this period");
        assert_eq!(year_label(2015).0, "2015年");
    }
}
