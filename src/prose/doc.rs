//! The document model: what kind of text this is, which year it speaks from, whose figures it
//! gives, and what its time words therefore mean.
//!
//! The genre is read from the title, the dateline and cue words near the top. Each genre has
//! its own conventions: a bulletin's figures are of its title's year, a release's of the part
//! of the year its title names, a work report's 今年 is the year it is delivered and 过去五年
//! ends the year before.
//!
//! | opening                                        | genre        | year | part        |
//! |------------------------------------------------|--------------|------|-------------|
//! | `2013年上虞区国民经济和社会发展统计公报`             | `Bulletin`   | 2013 | year        |
//! | `1-4月全市投资运行情况`                            | `Release`    | none | `Months(4)` |
//! | `2024年上半年全市财政收支情况`                      | `Release`    | 2024 | `Half(1)`   |
//! | `湖北今年经济增长预期目标定为7.5%` / `（2018年1月24日）` | `WorkReport` | 2018 | year        |
//! | `…2021年国民经济和社会发展计划…`                    | `AnnualPlan` | 2021 | year        |
//! | `…第十四个五年规划…纲要`                            | `FiveYearPlan` | 2021 | year      |

use super::token::{PlanAt, Rel, Time, Tok, Token};
use crate::facts::Link;
use crate::period::{Part, OWN_YEAR};
use crate::text::{ends_by, find_str, has, sub, sub_from, sub_to, table, words, WordMap};
use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Genre {
    FiveYearPlan,
    AnnualPlan,
    WorkReport,
    Review,
    Bulletin,
    Release,
    News,
}

#[derive(Clone, Debug)]
pub struct Doc {
    pub genre: Genre,
    /// The year 今年 means: a report's or news item's dateline, a plan's or bulletin's year.
    pub year: Option<i32>,
    /// The part of the year a release reports (from its title).
    pub part: Option<Part>,
    /// The five-year plan period the document is about.
    pub plan: Option<(i32, i32)>,
    /// The plan periods the text names anywhere, when it names one (twice here) or two: the
    /// past one a review looks back over and the next one it looks ahead to.
    pub named_plans: Option<((i32, i32), (i32, i32))>,
    /// True when the text names no year at all: its figures are of one period of its own.
    pub yearless: bool,
    /// The jurisdiction named in the title, when it can be told ("上虞区", "湖北").
    pub place: Option<String>,
    /// The years the text writes out, sorted: a plan period read by convention ("到2025年…年均")
    /// is confirmed when its first year is among them.
    pub years: Vec<i32>,
    /// Where the title line ends (0 when there is none): it and the lines above it (a site's
    /// header, a post's date) are lines of their own.
    pub title_end: usize,
    /// The last year a report looks back over: the year before its date, or, for a report
    /// given in its year's last two months ("（2021年12月26日）…本届政府和2021年工作回顾"), that
    /// year.
    pub reviewed: Option<i32>,
    /// The part of the year is the one the text's first sentence names, in a text that names
    /// others too (2月份…。1—2月…): a figure that names none, in a later sentence than the
    /// first figure's, is of it by context only.
    pub part_guessed: bool,
}

/// A resolved time: the year (and part) a level is at, and the period an annual average
/// covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    pub year: i32,
    pub part: Part,
    /// First and last year of a compound annual rate ("年均"), when the context gives them.
    pub range: Option<(i32, i32)>,
    pub link: Link,
    /// True when `range` comes from a convention rather than the text (a year ending in 0 or
    /// 5 read as a plan period's end outside a plan): a rate over it is only likely.
    pub range_guessed: bool,
    /// True when the time names a stretch of years (2013-2017年, “十三五”时期, 过去五年): a
    /// change stated under it ("净增1.43万亿元") runs over the whole stretch.
    pub stretch: bool,
}

impl When {
    pub fn year(year: i32, link: Link) -> When {
        When { year, part: Part::Year, range: None, link, range_guessed: false, stretch: false }
    }
}

/// Title words that name a genre, checked in order.
const GENRE_WORDS: WordMap<Genre> = table![
    "统计公报" => Genre::Bulletin,
    "国民经济和社会发展公报" => Genre::Bulletin,
    "统计年鉴" => Genre::Bulletin,
    "政府工作报告" => Genre::WorkReport,
    "计划执行情况" => Genre::AnnualPlan,
    "计划草案" => Genre::AnnualPlan,
    "国民经济和社会发展计划" => Genre::AnnualPlan,
    "五年规划" => Genre::FiveYearPlan,
    "规划纲要" => Genre::FiveYearPlan,
    "远景目标纲要" => Genre::FiveYearPlan,
    "中期评估" => Genre::Review,
    "完成情况" => Genre::Review,
    "成就" => Genre::Review,
    "成绩单" => Genre::Review,
    "回眸" => Genre::Review,
];

/// The longest title, in chars: 关于…年国民经济和社会发展计划执行情况与…计划草案的报告 runs to
/// about 60; a line of more is a paragraph.
const TITLE_CHARS: usize = 100;

/// How far into the text the opening reaches, in bytes.
const OPENING: usize = 1200;

/// How far after a year, in bytes, the words of a target are looked for (a sentence of 60
/// chars).
const AIM_REACH: usize = 180;

/// How far either side of a number, in bytes, its line is looked at for a page's stamp.
const STAMP_REACH: usize = 120;

/// How far after a plan period, in bytes, the word for its document may come ("“十四五”制造业
/// 规划" is 18).
const PLAN_NAME_BYTES: usize = 24;

/// How far after a date the meeting it names may be, in bytes ("…日在某县第十五届人民代表大会第五次
/// 会议上" is 60).
const MEETING_REACH: usize = 120;

pub fn read(text: &str, toks: &[Token]) -> Doc {
    let end = crate::text::floor_boundary(text, OPENING);
    let opening = sub_to(text, end);
    let genre_in = |s: &str| GENRE_WORDS.iter().find(|&(w, _)| has(s, w)).map(|(_, g)| g);
    // The title: the first line of some length (a mirror site's header, "tibet.cn", can come
    // before it) that reads as a title: not a sentence ("2020年是极不平凡的一年。"), an
    // address ("各位代表："), a numbered heading ("一、2012年工作回顾") or a site's navigation
    // line, nor a line after the first sentence of the body. A text may have none.
    let mut title_span = (0, 0);
    let mut pos = 0;
    for line in crate::text::lines_inclusive(opening).take(6) {
        let span = (pos, pos + line.len());
        pos += line.len();
        let trimmed = crate::text::trim_end(line);
        // The body has begun: a line after it ("责任编辑：…", an unfinished last line) is none.
        if trimmed.ends_with('。') {
            break;
        }
        let sentence = ends_by(trimmed, |c| matches!(c, '：' | ':' | '；'));
        let numbered = super::lexicon::NUMBERED_HEADINGS.any_starts(trimmed);
        let navigation = super::lexicon::NAVIGATION.any_in(trimmed);
        // A title is a line, not a paragraph a page left unbroken.
        let long = crate::text::nth_char(trimmed, TITLE_CHARS).is_some();
        if trimmed.chars().filter(|c| !c.is_ascii()).count() >= 6 && !sentence && !numbered && !navigation && !long {
            // "经济社会发展⏎保山市2023年…计划执行情况": a site's section name before the title;
            // a line that names a year or a genre is the title, over one before it that does not.
            // A later line takes over only if it reads as a title: no clause marks, no dateline.
            let year = crate::text::any_by(trimmed, |c| c.is_ascii_digit()) && has(trimmed, "年");
            let names = year || genre_in(trimmed).is_some();
            let first = title_span == (0, 0);
            let clauses = crate::text::any_by(trimmed, |c| matches!(c, '，' | ',' | '；' | '：' | ':'));
            if first || names && !clauses && !super::lexicon::PAGE_META.any_in(trimmed) {
                title_span = span;
                if names {
                    break;
                }
            }
        }
    }
    let (title_start, title_end) = title_span;
    let title = sub(opening, title_start, title_end);
    // A text that names no year has one period of its own when it reports statistics or sets
    // this year's targets: a part of a year, growth over the same period a year before, or 今年.
    // A plan's task list without a year has no such period: its figures are targets of unknown
    // years.
    // A year that dates no figure does not count: one compared with ("对比2020年全年数据"),
    // and one after the last figure outside the opening (a footer's "2022年统计月报 2022-11-20").
    let last_figure = toks.iter().rev().find(|t| matches!(t.tok, Tok::Num(_))).map_or(0, |t| t.span.start);
    // A plan period that names a document ("该市“十四五”制造业规划已印发") or a record of it
    // ("实现“十三五”开门红") is no period of the text's figures, where "“十四五”以来，…" is.
    let plan_of_figures = |t: &Token| {
        let rest = sub_from(text, t.span.end);
        let near = sub_to(rest, crate::text::floor_boundary(rest, PLAN_NAME_BYTES));
        let phrase = sub_to(near, near.find(['，', '。', '；', '、', '\n']).unwrap_or(near.len()));
        // "实现“十三五”开门红": a record of the plan's first year, no period either.
        let record = super::lexicon::PLAN_OR_RECORD_AFTER_TIME
            .any_starts(crate::text::trim_start_by(rest, |c| matches!(c, '”' | '"' | '」')));
        !words!["规划", "纲要", "计划"].any_in(phrase) && !record
    };
    let dated = toks.iter().any(|t| {
        matches!(
            t.tok,
            Tok::Time(Time::Year { .. } | Time::Range { .. } | Time::Plan { .. })
                | Tok::Time(Time::Part { year: Some(_), .. } | Time::Date { year: Some(_) })
        ) && t.span.start < end.max(last_figure)
            && !compared_with(text, t.span)
            && !since(text, t.span.end)
            && !in_history(text, t.span.start)
            && (!matches!(t.tok, Tok::Time(Time::Plan { .. })) || plan_of_figures(t))
    });
    // A dated text is never yearless, so the whole text is searched only for one that is not.
    let yearless = !dated
        && (toks.iter().any(|t| {
            matches!(
                t.tok,
                Tok::Time(
                    Time::Part { .. } | Time::Rel(Rel::PrevYear | Rel::YearStart | Rel::ThisYear | Rel::YearToDate)
                )
            )
        }) || crate::text::words!["同比", "比上年", "比去年"].any_in(text));

    // Times in the title, and the first dateline-like time of the opening.
    let in_title = |t: &&Token| t.span.start >= title_start && t.span.end <= title_end;
    let opening_toks = toks.iter().take_while(|t| t.span.start < end);
    let mut title_year = None;
    let mut title_part = None;
    let mut title_plan = None;
    let mut dateline = None;
    // The month of the dateline, when it is a day or a month ("（2018年3月20日）").
    let mut dateline_month = None;
    for t in opening_toks {
        match t.tok {
            // "…比2015年增长40.5%": a year compared with is not the text's.
            Tok::Time(Time::Year { year, .. })
                if in_title(&t) && !compared_with(text, t.span) && !since(text, t.span.end) =>
            {
                title_year.get_or_insert(year);
            }
            Tok::Time(Time::Part { year, part }) if in_title(&t) && !since(text, t.span.end) => {
                title_part.get_or_insert(part);
                if let Some(y) = year {
                    title_year.get_or_insert(y);
                }
            }
            Tok::Time(Time::Plan { start, end, .. }) if in_title(&t) => {
                title_plan.get_or_insert((start, end));
            }
            // "2019-5-20 星期一 09:12:40 设为首页 加入收藏": a site's clock in its header is no
            // dateline.
            Tok::Time(Time::Date { year: Some(y) }) if !since(text, t.span.end) && !site_header(text, t.span.start) => {
                if dateline.is_none() {
                    dateline_month = month_of(sub(text, t.span.start, t.span.end));
                }
                dateline.get_or_insert(y);
            }
            // "（2006年第9期）", "（2018年）": a year in parentheses under the title.
            Tok::Time(Time::Year { year, .. }) if !in_title(&t) && prev_open(toks, t) => {
                dateline.get_or_insert(year);
            }
            // "打破了2009年6月以来…的局面": a month things are counted from dates nothing; nor
            // does one in a sentence ("历史上…只有2014年11月…"): a dateline is bracketed or
            // alone on its line.
            Tok::Time(Time::Part { year: Some(y), part: Part::Month(m) })
                if !in_title(&t) && !since(text, t.span.end) && (prev_open(toks, t) || alone_on_line(text, t.span)) =>
            {
                // "（2018年1月24日）" without the day, or "（2016年1月）".
                if dateline.is_none() {
                    dateline_month = Some(m);
                }
                dateline.get_or_insert(y);
            }
            _ => {}
        }
    }
    // "2021年5月20日在…代表大会…会议上": a report is dated by the meeting it was given at, not by
    // a site's posting stamp above it ("公文搜 2022-07-27 17:49"). The meeting is named within
    // a line or two of its date, which a PDF may wrap.
    let meeting = toks.iter().take_while(|t| t.span.start < end).find_map(|t| match t.tok {
        Tok::Time(Time::Date { year: Some(y) }) => {
            let after = sub_from(text, t.span.end);
            let near = sub_to(after, crate::text::floor_boundary(after, MEETING_REACH));
            // A meeting late in the year ("2020年12月29日") reviews that year and plans the next;
            // its report's 过去五年 and 今年 do not follow its date, so it dates nothing here.
            let written = sub(text, t.span.start, t.span.end);
            let late = crate::text::words!["年11月", "年12月"].any_in(written);
            (after.starts_with('在') && has(near, "会议") && !late).then_some(y)
        }
        _ => None,
    });
    let dateline = meeting.or(dateline);
    // "淄博前三季度GDP…" over "2023年前三季度，…": a title that names a part of the year but
    // not the year takes the year the opening gives that part, or the opening's first year.
    // A year the opening compares with ("恢复至2019年同期的102.7%", "比2019年同期增长", "比2019年
    // 一季度增长") is not the year of the part it names ("2019年国庆假期，全市接待…" then states the base).
    let compared_year = |y: i32| {
        toks.iter().take_while(|t| t.span.start < end).any(|t| {
            matches!(t.tok, Tok::Time(Time::Year { year, .. } | Time::Part { year: Some(year), .. }) if year == y)
                && compared_with(text, t.span)
        })
    };
    if let (Some(part), None) = (title_part, title_year) {
        for t in &toks[super::token::first_from(toks, title_end)..] {
            if t.span.start >= end {
                break;
            }
            title_year = match t.tok {
                Tok::Time(Time::Part { year: Some(y), part: p }) if p == part && !compared_year(y) => Some(y),
                Tok::Time(Time::Year { year, .. }) if !compared_with(text, t.span) => Some(year),
                _ => continue,
            };
            break;
        }
    }
    // A text with no title of its kind that opens on a part of the year ("一季度，全国居民…",
    // "2025年1-4月，…") is a release of that part: its first sentence is its title.
    // The opening's cue words ("一、主要经济指标完成情况") do not outweigh a part of the year the
    // text opens on: such a text is a release of that part.
    let genre = genre_in(title);
    let mut part_guessed = false;
    if title_part.is_none() && genre.is_none() {
        // A day ("记者10月23日从市统计局获悉，前三季度…") says when the news was told; 今年 in
        // "今年前三季度" is the part's year.
        // A page's stamp ("发布时间:07-18", "浏览次数：362") is neither.
        let stamp = |t: &Token| line_has(text, t.span.start, super::lexicon::PAGE_META);
        let first = toks.iter().skip_while(|t| t.span.start < title_end).find(|t| {
            matches!(t.tok, Tok::Time(_) | Tok::Num(_))
                && !matches!(t.tok, Tok::Time(Time::Date { .. } | Time::Rel(Rel::ThisYear | Rel::YearToDate)))
                && !since(text, t.span.end)
                && !stamp(t)
        });
        // A bracketed "(2024年3月)" under a heading is a dateline, not the text's period.
        if let Some(Token { tok: Tok::Time(Time::Part { year, part }), .. }) = first.filter(|t| !prev_open(toks, t)) {
            title_part = Some(*part);
            part_guessed = toks.iter().any(|t| {
                matches!(t.tok, Tok::Time(Time::Part { part: p, .. }) if p.canonical() != part.canonical())
                    && !compared_with(text, t.span)
            });
            // "前三季度，…" and later "2020年前三季度，…": the year the opening gives the part.
            // "全年完成地区生产总值…" and later "2023年全区…": the whole year is the year named.
            let later = || {
                toks.iter().take_while(|t| t.span.start < end).find_map(|t| match t.tok {
                    Tok::Time(Time::Part { year: Some(y), part: p }) if p == *part && !compared_year(y) => Some(y),
                    Tok::Time(Time::Year { year, .. })
                        if *part == Part::Year && !compared_with(text, t.span) && !aimed_at(text, t.span) =>
                    {
                        Some(year)
                    }
                    _ => None,
                })
            };
            if let Some(y) = year.or_else(later) {
                title_year.get_or_insert(y);
            }
        }
    }
    // A text that names no year, opens on neither, and reports only one part of the year
    // ("今年以来，…" and then only "上半年，…") reports that part; a part it compares with
    // ("比一季度加快…") is not one it reports.
    if title_part.is_none() && genre.is_none() && yearless {
        let mut parts = toks.iter().filter_map(|t| match t.tok {
            Tok::Time(Time::Part { part, .. }) if !compared_with(text, t.span) => Some(part),
            _ => None,
        });
        if let Some(first) = parts.next() {
            if parts.all(|p| p == first) {
                title_part = Some(first);
            }
        }
    }
    let genre = match genre {
        Some(g) => g,
        None if title_part.is_some() => Genre::Release,
        None if let Some(g) = genre_in(opening) => g,
        // "…州长代表州人民政府作工作报告": news of a work report gives the report's figures.
        None if words!["政府工作报告", "作工作报告"].any_in(opening) => Genre::WorkReport,
        // "某旗统计局⏎(2024年3月28日)⏎一、综合": a bulletin's first section, under a title lost.
        None if has(opening, "一、综合") => Genre::Bulletin,
        None => Genre::News,
    };
    let genre = if genre == Genre::News && title_part.is_some() { Genre::Release } else { genre };
    // A bulletin of the whole year dated only by its issue early in the next ("光泽县统计局
    // （2018年3月20日）…全年实现地区生产总值…") reports the year before its date.
    let whole_year = genre == Genre::Bulletin || genre == Genre::Release && title_part == Some(Part::Year);
    // One that says 今年 ("岚江日报 2023年2月17日 星期五⏎今年1月，…") tells its own year.
    let this_year_told = has(opening, "今年");
    let issued = dateline_month.filter(|&m| m <= 6 && whole_year && !this_year_told).and(dateline).map(|y| y - 1);
    let year = match genre {
        Genre::Bulletin | Genre::AnnualPlan | Genre::Release => title_year.or(issued).or(dateline),
        Genre::WorkReport | Genre::News | Genre::Review => dateline.or(title_year),
        Genre::FiveYearPlan => title_year.or(dateline),
    };
    let plan = title_plan.or_else(|| five_year_plan_ordinal(opening));
    let mut years = Vec::new();
    for t in toks {
        if let Tok::Time(Time::Year { year, .. }) = t.tok {
            years.push(year);
        }
    }
    crate::order::sort(&mut years);
    years.dedup();
    // "淄博前三季度GDP…", "天津上半年…": a headline that opens on two or three chars and then a
    // time names its place with them, suffix or not. So does one that opens on them and a colon
    // ("肇庆：今年…") when the text names them again ("2024年肇庆完成GDP…"): a word a headline
    // puts before a colon and does not repeat ("图解：") is a label.
    // A text without a title opens on a sentence, whose place may be any it compares.
    let headline_place = || {
        if title_end == title_start {
            return None;
        }
        let i = super::token::first_from(toks, title_start);
        let (first, next) = (toks.get(i)?, toks.get(i + 1)?);
        let word = sub(text, first.span.start, first.span.end);
        let short = (6..=9).contains(&word.len()) && !word.is_ascii();
        let timed = matches!(next.tok, Tok::Time(Time::Part { .. } | Time::Year { .. }))
            || matches!(next.tok, Tok::Mark(super::token::Mark::Colon)) && has(sub_from(text, next.span.end), word);
        (matches!(first.tok, Tok::Text) && short && timed && super::lexicon::lookup(word).is_none())
            .then(|| word.to_string())
    };
    let place = place_in(title).or_else(|| headline_place().map(|w| with_suffix(sub_from(text, title_end), w)));
    // The plan periods a text names: one, or a past one and the next ("“十四五”成绩单…今年是
    // “十五五”开局之年"); more are a history, and name neither.
    let mut named: Vec<(i32, i32)> = Vec::new();
    for t in toks {
        if let Tok::Time(Time::Plan { start, end, .. }) = t.tok {
            if !named.contains(&(start, end)) {
                named.push((start, end));
            }
            if named.len() > 2 {
                break;
            }
        }
    }
    crate::order::sort(&mut named);
    let named_plans = match named.as_slice() {
        [one] => Some((*one, *one)),
        [past, next] => Some((*past, *next)),
        _ => None,
    };
    let late = genre == Genre::WorkReport && dateline_month.is_some_and(|m| m >= 11) && year == dateline;
    // "关于2024年计划执行情况与2025年计划草案的报告": a plan's report named by the year it
    // carried out reviews that year.
    let carried_out = genre == Genre::AnnualPlan && has(title, "执行") && year == title_year;
    let reviewed = year.map(|y| if late || carried_out { y } else { y - 1 });
    Doc { genre, year, part: title_part, plan, named_plans, yearless, place, years, title_end, reviewed, part_guessed }
}

/// The place a headline names without its suffix ("青禾上半年财政收入…"), with the suffix of the
/// level the text calls itself by (全市), else the one it first gives the name ("青禾市财政总收入…"):
/// the same name with another suffix (青禾县) is another place. Looked for at the first few
/// mentions only.
fn with_suffix(text: &str, place: String) -> String {
    // "枫林：上半年…⏎上半年，全市…。枫林县…": the level the text calls itself by (全市) names it
    // before any mention does.
    let own = OWN_LEVELS.iter().filter_map(|w| find_str(text, w).map(|at| (at, w))).min();
    if let Some((_, w)) = own {
        return crate::text::cat(&[&place, sub_from(w, "全".len())]);
    }
    let mut from = 0;
    for _ in 0..SUFFIX_MENTIONS {
        let Some(at) = find_str(sub_from(text, from), &place) else { break };
        let after = from + at + place.len();
        if let Some(rest) = super::lexicon::PLACE_SUFFIXES.strip_any_prefix(sub_from(text, after)) {
            let suffix = sub(text, after, text.len() - rest.len());
            return crate::text::cat(&[&place, suffix]);
        }
        from = after;
    }
    place
}

/// Whether the line around `at` (at most [`STAMP_REACH`] bytes either side) has one of `words`.
fn line_has(text: &str, at: usize, words: crate::text::List) -> bool {
    words.any_in(line_around(text, at))
}

/// The line around `at`, up to [`STAMP_REACH`] bytes each side.
fn line_around(text: &str, at: usize) -> &str {
    let lo = crate::text::floor_boundary(text, at.saturating_sub(STAMP_REACH));
    let hi = crate::text::floor_boundary(text, at + STAMP_REACH);
    let from = sub(text, lo, at).rfind('\n').map_or(lo, |i| lo + i + 1);
    let to = sub(text, at, hi).find('\n').map_or(hi, |i| at + i);
    sub(text, from, to)
}

/// Whether the line around `at` is a site's header: its words ("设为首页"), or a weekday with a
/// clock ("2019-5-20 星期一 09:12:40"). A newspaper's dateline has a weekday and no clock
/// ("2024年3月7日 星期四"), a post's stamp a clock and no weekday ("2021-09-22 17:39:52").
fn site_header(text: &str, at: usize) -> bool {
    let line = line_around(text, at);
    let clock = line.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    super::lexicon::SITE_CHROME.any_in(line) || clock && crate::text::has(line, "星期")
}

/// The words a text calls its own place by, whose last char is the place's suffix.
const OWN_LEVELS: [&str; 6] = ["全省", "全市", "全县", "全区", "全旗", "全州"];

/// The mentions of a headline's place looked at for its suffix ([`with_suffix`]).
const SUFFIX_MENTIONS: usize = 8;

/// The month of a date as written ("2018年3月20日", "2018-03-20", "20180320" → 3).
fn month_of(written: &str) -> Option<u32> {
    let month = match crate::text::find_str(written, "年") {
        Some(i) => {
            let after_year = sub_from(written, i + "年".len());
            sub(after_year, 0, crate::text::find_str(after_year, "月")?)
        }
        // "20241220": a compact date.
        None if written.len() == 8 => crate::text::sub(written, 4, 6),
        // "2007-03-16", "2007/3/16", "2007.03.16".
        None => {
            let after_year = sub_from(written, crate::text::find_by(written, |c| matches!(c, '-' | '/' | '.'))? + 1);
            sub(after_year, 0, crate::text::find_by(after_year, |c| matches!(c, '-' | '/' | '.'))?)
        }
    };
    crate::text::parse_u32(month).filter(|m| (1..=12).contains(m))
}

/// Whether the time at `span` is one the text's figures are compared with, not their own:
///
/// | text                           | the time is              |
/// |--------------------------------|--------------------------|
/// | 比2015年增长40.5%               | compared with (比, 较)    |
/// | 已超过2022年全年水平             | compared with (超过, 高于) |
/// | 恢复至2019年同期水平的95.3%       | the same period of a base |
/// | 三次产业结构由2020年的…调整为…    | the first of a pair       |
pub(super) fn compared_with(text: &str, span: Span) -> bool {
    let (before, after) = (sub_to(text, span.start), sub_from(text, span.end));
    ends_by(before, |c| matches!(c, '比' | '较'))
        || passed(before)
        || after.starts_with("同期")
        || ends_by(before, |c| matches!(c, '由' | '从')) && after.starts_with('的')
}

/// Whether `before`, the text before a time, ends on a word that passes or measures against it
/// ("提前2个月超2023年全年水平", "高于2019年", "相当于2019年同期的95%").
pub(super) fn passed(before: &str) -> bool {
    ends_by(before, |c| c == '超') || words!["超过", "高于", "低于", "相当于"].any_ends(before)
}

/// Whether the time at `span` is one a target is set for ("到2025年…将达到40%", "2025年三次
/// 产业结构目标为…"): a year the text aims at, not one it reports.
fn aimed_at(text: &str, span: Span) -> bool {
    let sentence = sub_from(text, span.end);
    let sentence = sub_to(sentence, crate::text::floor_boundary(sentence, AIM_REACH));
    let sentence = sub_to(sentence, find_str(sentence, "。").unwrap_or(sentence.len()));
    ends_by(sub_to(text, span.start), |c| matches!(c, '到' | '至'))
        || words!["目标", "力争", "预期", "将达", "将提高", "将下降"].any_in(sentence)
}

/// "2015年以来", "2015年起", "2011年5月以来": a year things are counted from, which dates no
/// figure of the text.
pub(super) fn since(text: &str, end: usize) -> bool {
    // "2011年5月以来": the year's month may come between.
    let rest = sub_from(text, end);
    let month = crate::text::trim_start_by(rest, |c| c.is_ascii_digit());
    let rest = month.strip_prefix('月').filter(|_| month.len() < rest.len()).unwrap_or(rest);
    crate::text::words!["以来", "起", "开始"].any_starts(rest)
}

/// True when the token before `t` opens a parenthesis.
/// How far back, in bytes (about 20 chars), a time's sentence is searched for 历史上.
const HISTORY_REACH: usize = 60;

/// Whether the time at `at` is in a sentence about the past ("历史上全省只有2014年11月…"): a
/// record's date, no period of the text's figures.
fn in_history(text: &str, at: usize) -> bool {
    let before = sub(text, crate::text::floor_boundary(text, at.saturating_sub(HISTORY_REACH)), at);
    let sentence = before.rfind(['。', '\n']).map_or(before, |i| sub_from(before, i));
    has(sentence, "历史上")
}

/// Whether `span` is all its line holds but spaces and a closing bracket ("2023年3月" under a
/// bulletin's issuer).
fn alone_on_line(text: &str, span: Span) -> bool {
    let before = sub(text, crate::text::floor_boundary(text, span.start.saturating_sub(STAMP_REACH)), span.start);
    let after = sub(text, span.end, crate::text::floor_boundary(text, span.end + STAMP_REACH));
    let head = before.rfind('\n').map_or(before, |i| sub_from(before, i + 1));
    let tail = sub_to(after, after.find('\n').unwrap_or(after.len()));
    crate::text::trim(head).is_empty() && crate::text::all_by(tail, |c| c.is_whitespace() || matches!(c, ')' | '）'))
}

fn prev_open(toks: &[Token], t: &Token) -> bool {
    let i = super::token::first_from(toks, t.span.start);
    i > 0 && matches!(toks[i - 1].tok, Tok::Mark(super::token::Mark::Open))
}

/// "第十四个五年规划" → 2021–2025.
fn five_year_plan_ordinal(opening: &str) -> Option<(i32, i32)> {
    const ORDINALS: WordMap<i32> =
        table!["十一个" => 2006, "十二个" => 2011, "十三个" => 2016, "十四个" => 2021, "十五个" => 2026];
    let i = find_str(opening, "五年规划")?;
    let before = sub(opening, i.saturating_sub(12), i);
    ORDINALS.iter().find(|&(w, _)| has(before, w)).map(|(_, s)| (s, s + 4))
}

/// The place a title names: a province, or a run of CJK ending in a place suffix, at the
/// title's start or after its year ("2013年上虞区国民经济…"); of a chain of places, the last
/// ("石嘴山市大武口区…" is the district's, "湖南省长沙市…" the city's).
fn place_in(title: &str) -> Option<String> {
    let chars = crate::text::char_table(title);
    // Where a name may start: the title's first letter, and the first letter after a year.
    let mut starts = Vec::new();
    if let Some(k) = chars.iter().position(|&(_, c)| crate::text::is_letter(c) && !c.is_ascii()) {
        starts.push(k);
    }
    if let Some(k) = chars.iter().position(|&(_, c)| c == '年') {
        starts.push(k + 1);
    }
    for k in starts {
        let Some((mut name, mut end)) = place_at(title, &chars, k, false) else { continue };
        while let Some((next, after)) = place_at(title, &chars, end, true) {
            (name, end) = (next, after);
        }
        return Some(name);
    }
    None
}

/// The place that starts at char `k` of `title` (`chars` its char indices), and the char after it.
/// `chained` right after another place: a name of three chars or more that ends like a kind of
/// area ("惠农区" like 农区) is then a place in it.
fn place_at(title: &str, chars: &[(usize, char)], k: usize, chained: bool) -> Option<(String, usize)> {
    use super::lexicon::{PLACE_SUFFIXES, PROVINCES};
    let &(i, _) = chars.get(k)?;
    let rest = sub(title, i, title.len());
    for p in PROVINCES {
        if rest.starts_with(p) {
            let after = k + crate::text::char_count(p);
            let after = after + usize::from(chars.get(after).is_some_and(|&(_, c)| c == '省'));
            return Some(((*p).to_string(), after));
        }
    }
    for len in (2..=6).rev() {
        if k + len > chars.len() {
            continue;
        }
        let end = chars.get(k + len).map_or(title.len(), |&(j, _)| j);
        let name = sub(title, i, end);
        let ends_place = PLACE_SUFFIXES.any_ends(name);
        // "衡阳市实现地区生产总值…": 地区 after a verb is the statistic's, no place in the city.
        let excluded = super::lexicon::not_a_place(name) && !(chained && len >= 3 && !name.ends_with("地区"));
        if ends_place && !excluded && !crate::text::has_char(name, '年') {
            return Some((name.to_string(), k + len));
        }
    }
    None
}

impl Doc {
    /// The year of 今年, or the text's own period when the text names no year.
    pub fn this_year(&self) -> Option<i32> {
        self.year.or(if self.yearless { Some(OWN_YEAR) } else { None })
    }

    /// The time a figure has when nothing near it says: the title's year in a bulletin, the
    /// title's part of the year in a release, the text's own period when it names no year.
    pub fn default_when(&self) -> Option<When> {
        let part = self.part.unwrap_or_default();
        let explicit =
            |y: i32| When { year: y, part, range: None, link: Link::Explicit, range_guessed: false, stretch: false };
        match self.genre {
            _ if self.yearless => Some(explicit(OWN_YEAR)),
            Genre::Bulletin | Genre::Release => self.this_year().map(explicit),
            Genre::News if self.part.is_some() => self.this_year().map(explicit),
            // Elsewhere a figure with no time in reach is not dated by the dateline: a notice's
            // targets and an interview's "人口37万" are of no year the text gives.
            _ => None,
        }
    }

    /// "假期8天", "假期后5天" after "国庆假期…": the days of the holiday in force, or of the
    /// text's own; of 假期 alone when neither names one.
    fn holiday_named(&self, part: Part, outer: Option<When>) -> Part {
        const UNNAMED: u8 = crate::period::UNNAMED_HOLIDAY;
        let named = outer.map(|o| o.part).into_iter().chain(self.part).find_map(|p| match p {
            Part::Holiday(h) | Part::HolidayDays(h, _) if h != UNNAMED => Some(h),
            _ => None,
        });
        match (part, named) {
            (Part::Holiday(UNNAMED), Some(h)) => Part::Holiday(h),
            (Part::HolidayDays(UNNAMED, n), Some(h)) => Part::HolidayDays(h, n),
            _ => part,
        }
    }

    /// Resolves a time expression; `outer` is the time in force around it (for 前四年 of a
    /// plan period named earlier).
    pub fn resolve(&self, time: Time, outer: Option<When>) -> Option<When> {
        let explicit = Link::Explicit;
        let w = match time {
            Time::Year { year, .. } => {
                // In a five-year plan or a review, "到2015年…年均增长" runs over the plan period
                // that ends that year: the document's own, or the one before it, which its
                // 发展基础 reviews (plan periods end in years ending in 0 and 5).
                let own = self.plan.filter(|p| p.1 == year).map(|p| (p.0 - 1, year));
                let plan_end = (year % 5 == 0).then_some((year - 5, year));
                let plan_genre = matches!(self.genre, Genre::FiveYearPlan | Genre::Review);
                // In other genres the convention is a guess, and a rate read by it says so.
                let confirmed = self.years.binary_search(&(year - 5)).is_ok();
                let range_guessed = own.is_none() && !plan_genre && !confirmed && plan_end.is_some();
                When { year, part: Part::Year, range: own.or(plan_end), link: explicit, range_guessed, stretch: false }
            }
            Time::Range { from, to, dash } => {
                let from = if dash { from - 1 } else { from };
                When {
                    year: to,
                    part: Part::Year,
                    range: Some((from, to)),
                    link: explicit,
                    range_guessed: false,
                    stretch: true,
                }
            }
            Time::Plan { start, end, at } => match at {
                // "“十四五”以来" before the plan is over runs to a year the text does not say.
                PlanAt::Whole | PlanAt::End | PlanAt::Since => When {
                    year: end,
                    part: Part::Year,
                    range: Some((start - 1, end)),
                    link: explicit,
                    range_guessed: at == PlanAt::Since && self.year.is_none_or(|y| y <= end),
                    stretch: at != PlanAt::End,
                },
                PlanAt::First(n) => {
                    let last = start - 1 + i32::from(n);
                    When {
                        year: last,
                        part: Part::Year,
                        range: Some((start - 1, last)),
                        link: explicit,
                        range_guessed: false,
                        stretch: true,
                    }
                }
            },
            Time::Rel(Rel::FirstYears(n)) => {
                // The first years of the period in context, else of the document's plan.
                let plan = self.plan.map(|(start, end)| (start - 1, end));
                let (from, _) = outer.and_then(|o| o.range).or(plan)?;
                let last = from + i32::from(n);
                When {
                    year: last,
                    part: Part::Year,
                    range: Some((from, last)),
                    link: explicit,
                    range_guessed: false,
                    stretch: true,
                }
            }
            Time::Rel(Rel::PlanEnd) => {
                let (start, end) = self.plan?;
                When {
                    year: end,
                    part: Part::Year,
                    range: Some((start - 1, end)),
                    link: explicit,
                    range_guessed: false,
                    stretch: false,
                }
            }
            // "今后五年的主要目标" in a text about a five-year plan runs over the plan; in a dated
            // report, over the years from its own (a convention, so a rate over it is only likely).
            Time::Rel(Rel::NextYears(n)) => {
                let n = i32::from(n);
                let (range, guessed) = match (self.plan, self.year) {
                    (Some((s, e)), _) if e - s + 1 == n => ((s - 1, e), false),
                    (_, Some(y)) => ((y - 1, y + n - 1), true),
                    // "在谈到“十五五”时期规划时，…今后五年…" in an undated text: the plan it names.
                    _ => match self.named_plans.map(|(_, next)| next) {
                        Some((s, e)) if e - s + 1 == n => ((s - 1, e), true),
                        _ => return None,
                    },
                };
                When {
                    year: range.1,
                    part: Part::Year,
                    range: Some(range),
                    link: explicit,
                    range_guessed: guessed,
                    stretch: true,
                }
            }
            // A review of a plan period looks back over that period, dated or not ("“十三五”…
            // 成就综述" and "这五年，…").
            Time::Rel(Rel::PastYears(_)) if self.genre == Genre::Review && self.plan.is_some() => {
                let (s, e) = self.plan?;
                When {
                    year: e,
                    part: Part::Year,
                    range: Some((s - 1, e)),
                    link: Link::Context,
                    range_guessed: false,
                    stretch: true,
                }
            }
            // "交出了“十四五”成绩单。…这五年，…": in an undated text that names one plan period
            // only, the years looked back over are that period's (a guess: the text may be dated
            // in its last year or the one after).
            Time::Rel(Rel::PastYears(n)) if self.year.is_none() && self.plan.is_none() => {
                let (s, e) = self.named_plans.map(|(past, _)| past).filter(|(s, e)| e - s + 1 == i32::from(n))?;
                When {
                    year: e,
                    part: Part::Year,
                    range: Some((s - 1, e)),
                    link: Link::Context,
                    range_guessed: true,
                    stretch: true,
                }
            }
            // "比上年", "由上年的…": the year before the one in force, which a text with no year
            // of its own still names.
            // "2024年一季度，…；其中，当月…": March of the quarter in force; a year names no month.
            Time::Rel(Rel::ThisMonth) => {
                let o = outer.or_else(|| self.default_when())?;
                let month = o.part.last_month()?;
                When {
                    year: o.year,
                    part: Part::Month(month),
                    range: None,
                    link: explicit,
                    range_guessed: false,
                    stretch: false,
                }
            }
            Time::Rel(Rel::PrevYear | Rel::YearStart) if self.this_year().is_none() => {
                let o = outer?;
                When {
                    year: o.year - 1,
                    part: o.part,
                    range: None,
                    link: explicit,
                    range_guessed: false,
                    stretch: false,
                }
            }
            Time::Rel(rel) => {
                // "2024年今年以来，…" in a text with no dateline: 今年 is the year just named.
                let this = match (self.this_year(), outer) {
                    (Some(y), _) => y,
                    (None, Some(o)) if rel == Rel::YearToDate => o.year,
                    // "去年全县接待游客520万人次…。2015年落成的湿地公园…": a text with no date of
                    // its own, whose years may be of other things, calls its own period 今年.
                    (None, _) if matches!(rel, Rel::ThisYear | Rel::LastYear) => OWN_YEAR,
                    (None, _) => return None,
                };
                // An annual plan's section of a year ("一、2022年…计划执行情况") calls that year
                // 今年, whenever the report is read out.
                let this = match outer {
                    Some(o) if self.genre == Genre::AnnualPlan && matches!(rel, Rel::ThisYear | Rel::YearToDate) => {
                        o.year
                    }
                    _ => this,
                };
                match rel {
                    Rel::ThisYear => When {
                        year: this,
                        part: Part::Year,
                        range: None,
                        link: explicit,
                        range_guessed: false,
                        stretch: false,
                    },
                    // "今年以来" in a release of a part of the year is that part so far, and
                    // after a month's figures the year to that month; in news that names no
                    // part, the year so far is no whole year.
                    Rel::YearToDate => When {
                        year: this,
                        part: match outer.map(|o| o.part) {
                            Some(Part::Month(n)) => Part::Months(n).canonical(),
                            _ if matches!(self.genre, Genre::Release | Genre::News) => {
                                self.part.map_or(Part::ToDate, Part::so_far)
                            }
                            _ => Part::Year,
                        },
                        range: None,
                        link: explicit,
                        range_guessed: false,
                        stretch: false,
                    },
                    // "过去一年" in a report is the year it reviews, which a report given late in
                    // the year is that year.
                    Rel::LastYear => match self.reviewed {
                        Some(y) if matches!(self.genre, Genre::WorkReport | Genre::AnnualPlan) => {
                            When::year(y, explicit)
                        }
                        _ => When::year(this - 1, explicit),
                    },
                    Rel::NextYear => When::year(this + 1, explicit),
                    Rel::PrevYear | Rel::YearStart => {
                        let base = outer.map_or(this, |o| o.year);
                        // The end of last year ("上年末…1862.3亿元") closes that whole year.
                        let part =
                            if rel == Rel::YearStart { Part::Year } else { outer.map_or(Part::Year, |o| o.part) };
                        When { year: base - 1, part, range: None, link: explicit, range_guessed: false, stretch: false }
                    }
                    Rel::PastYears(n) => {
                        if let Some(last) = self.reviewed {
                            When {
                                year: last,
                                part: Part::Year,
                                range: Some((last - i32::from(n), last)),
                                link: explicit,
                                range_guessed: false,
                                stretch: true,
                            }
                        } else {
                            return None;
                        }
                    }
                    Rel::NextYears(_) | Rel::Now | Rel::PlanEnd | Rel::FirstYears(_) | Rel::ThisMonth => return None,
                }
            }
            Time::Part { year, part } => {
                let year = year.or(outer.map(|o| o.year)).or_else(|| self.this_year())?;
                let part = self.holiday_named(part, outer);
                When { year, part: part.canonical(), range: None, link: explicit, range_guessed: false, stretch: false }
            }
            Time::Date { year } => {
                let year = year.or(outer.map(|o| o.year)).or_else(|| self.this_year())?;
                When { year, part: Part::Day, range: None, link: explicit, range_guessed: false, stretch: false }
            }
        };
        Some(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::token::scan;

    fn doc(s: &str) -> Doc {
        read(s, &scan(s))
    }

    #[test]
    fn genres_from_the_opening() {
        let d = doc("2013年上虞区国民经济和社会发展统计公报\n一、综合\n全区生产总值624.98亿元。");
        assert_eq!((d.genre, d.year, d.place.as_deref()), (Genre::Bulletin, Some(2013), Some("上虞区")));
        // A chain of places: the last is the text's own.
        let d = doc("2022年石嘴山市大武口区国民经济和社会发展统计公报\n大武口区完成地区生产总值100亿元。");
        assert_eq!(d.place.as_deref(), Some("大武口区"));
        let d = doc("2022年石嘴山市惠农区国民经济和社会发展统计公报\n惠农区完成地区生产总值100亿元。");
        assert_eq!(d.place.as_deref(), Some("惠农区"));
        let d = doc("2023年湖南省长沙市国民经济和社会发展统计公报\n全市地区生产总值100亿元。");
        assert_eq!(d.place.as_deref(), Some("长沙市"));
        // A page left as one unbroken line opens on no title, and 地区 after a verb is the
        // statistic's, no place in the city.
        let body = "初步核算，2020年青禾市实现地区生产总值3000.00亿元，比上年增长4.0%，".repeat(4);
        let d = doc(&format!("{body}其中…"));
        assert_eq!((d.title_end, d.place.as_deref()), (0, None));
        let d = doc("2020年青禾市实现地区生产总值3000亿元");
        assert_eq!(d.place.as_deref(), Some("青禾市"));
        // A bulletin of the whole year dated only by its issue early in the next reports the year
        // before its date; a release of a quarter dated in the next month reports its own year.
        let d =
            doc("青禾县统计局\n（2018年3月20日）\n一、综合\n初步核算，全年实现地区生产总值91.10亿元，比上年增长8.5%。");
        assert_eq!(d.year, Some(2017));
        let d = doc("青禾县统计局\n（2018年4月20日）\n一季度，全县实现地区生产总值21.10亿元，同比增长5.5%。");
        assert_eq!(d.year, Some(2018));
        let d = doc("1-4月全市投资运行情况\n1-4月，全市全社会固定资产投资完成411.4亿元。");
        assert_eq!((d.genre, d.year, d.part, d.yearless), (Genre::Release, None, Some(Part::Months(4)), true));
        let d = doc("湖北今年经济增长预期目标定为7.5%\n（2018年1月24日）\n省长在政府工作报告中提出");
        assert_eq!((d.genre, d.year, d.place.as_deref()), (Genre::WorkReport, Some(2018), Some("湖北")));
        let d = doc("2024年上半年全市财政收支情况\n上半年，全市一般公共预算收入1144.4亿元");
        assert_eq!((d.genre, d.year, d.part), (Genre::Release, Some(2024), Some(Part::Half(1))));
        // No title: a text that opens on a part of the year is a release of it.
        let d = doc("一季度，全国居民人均可支配收入10345元。\n按收入来源分，人均工资性收入5871元。");
        assert_eq!((d.genre, d.year, d.part, d.yearless), (Genre::Release, None, Some(Part::Quarters(1)), true));
        let d = doc("2025年1-4月，全区规上工业增加值同比增长9.0%。\n从行业看，装备制造业增长4.0%。");
        assert_eq!((d.genre, d.year, d.part), (Genre::Release, Some(2025), Some(Part::Months(4))));
        // A text that opens on a year does not become a release of a later part it names.
        let d = doc("2023年，全县地区生产总值增长5%。一季度，工业增加值增长6%。");
        assert_eq!((d.genre, d.part), (Genre::News, None));
    }

    #[test]
    fn relative_years_follow_the_genre() {
        let d = doc("湖北省政府工作报告\n（2018年1月24日）\n");
        assert_eq!(d.resolve(Time::Rel(Rel::ThisYear), None).map(|w| w.year), Some(2018));
        let past = d.resolve(Time::Rel(Rel::PastYears(5)), None).unwrap();
        assert_eq!((past.year, past.range), (2017, Some((2012, 2017))));
        let plan = d.resolve(Time::Plan { start: 2011, end: 2015, at: PlanAt::First(4) }, None).unwrap();
        assert_eq!((plan.year, plan.range), (2014, Some((2010, 2014))));
    }
}
