//! Plan prose: five-year plans, annual plans, work reports and statistics news, read as a
//! careful analyst reads them.
//!
//! One pass over the text with a [`Cursor`]. The reader keeps a *year context* set by markers
//! such as "到2015年", "“十二五”期末" or "2010年底" and holds it until a heading or another
//! marker. In each clause it looks for *anchors*: a level verb and its figure (达143亿元), a
//! rate word and its percentage (年均增长24.6%), a figure right after a name (货运量862万吨),
//! a 由…到… pair, or an a:b:c structure. The name is the text between the previous anchor
//! and this one, cleaned of fillers; a clause that starts with a verb ("，达143亿元") takes the
//! subject of the clause before it.
//!
//! | prose                                              | facts                                      |
//! |----------------------------------------------------|--------------------------------------------|
//! | `“十二五”期末，地区生产总值年均增长24.6%，达143 亿元。` | rate 2010→2015 24.6; level 2015 143亿元      |
//! | `到2010年底，工业增加值达13.9亿元，年均递增53.5%。`     | level 2010; rate 2005→2010                 |
//! | `2010年口岸进出口货运量完成862万吨，进出口贸易额32.8亿美元` | two levels in 2010                          |
//! | `三次产业结构由“十五”期末的1.0：18.2：80.8演进为0.8：35.7：63.5` | structures 2005 and 2010         |
//! | `工业经济占地区生产总值的比重由10.9%提高到29.4%`       | share levels 2005 and 2010                 |
//! | `2026年…目标是：地区生产总值增长6%左右；`               | rate 2025→2026 (an annual plan)            |
//! | `培育年产5000万吨以上规模的企业`                        | nothing: the figure qualifies a noun       |
//!
//! A figure with no year in reach is not guessed: it becomes a `year_unknown` diagnostic, so the
//! user sees what was found but not attached.

use super::cursor::{Cursor, PREFIX_BOUNDS};
use super::rows::Table;
use super::{valid_level, valid_rate, Value};
use crate::facts::{Extraction, Fact, FactKind, Group, MultipleWord, Part};
use crate::figure::{Bound, Figure};
use crate::messages::{self, excerpt};
use crate::text::{
    char_code_at, char_count, find_str, halfwidth, has, has_char, is_letter, is_space, remove_all, sub, sub_from,
    sub_to, trim_by, trim_end_by, trim_start_by, Span, Words,
};
use crate::unit::{Unit, UnitKind};

/// Five-year plan periods by name, longest first so that 十五五 is not read as 十五.
const PERIODS: &[(&str, i32, i32)] = &[
    ("十一五", 2006, 2010),
    ("十二五", 2011, 2015),
    ("十三五", 2016, 2020),
    ("十四五", 2021, 2025),
    ("十五五", 2026, 2030),
    ("十六五", 2031, 2035),
    ("十五", 2001, 2005),
    ("十", 0, 0),
];

/// Verbs that introduce a level, grouped by first char and longest first in a group (see
/// [`Words`]).
const LEVEL_VERBS: Words<Bound> = Words::new(&[
    ("下降到", Bound::Eq),
    ("下降至", Bound::Eq),
    ("不低于", Bound::Ge),
    ("不少于", Bound::Ge),
    ("不超过", Bound::Le),
    ("不高于", Bound::Le),
    ("为", Bound::Eq),
    ("保持在", Bound::Eq),
    ("增加到", Bound::Eq),
    ("增加至", Bound::Eq),
    ("增长到", Bound::Eq),
    ("增长至", Bound::Eq),
    ("增至", Bound::Eq),
    ("完成", Bound::Eq),
    ("实现", Bound::Eq),
    ("扩大到", Bound::Eq),
    ("扩大至", Bound::Eq),
    ("拓展到", Bound::Eq),
    ("拓展至", Bound::Eq),
    ("控制在", Bound::Le),
    ("提高到", Bound::Eq),
    ("提高至", Bound::Eq),
    ("提升到", Bound::Eq),
    ("提升至", Bound::Eq),
    ("是", Bound::Eq),
    ("稳定在", Bound::Eq),
    ("突破", Bound::Ge),
    ("约", Bound::Approx),
    ("调整为", Bound::Eq),
    ("超过", Bound::Ge),
    ("超", Bound::Ge),
    ("达到", Bound::Eq),
    ("达", Bound::Eq),
    ("近", Bound::Approx),
    ("逾", Bound::Ge),
    ("降低到", Bound::Eq),
    ("降低至", Bound::Eq),
    ("降至", Bound::Eq),
]);

/// Words that introduce a compound annual rate over the context's period.
const PERIOD_RATE_WORDS: Words<f64> = Words::new(&[
    ("年均增长", 1.0),
    ("年均递增", 1.0),
    ("年均增速", 1.0),
    ("年均提高", 1.0),
    ("年均下降", -1.0),
    ("年均降低", -1.0),
    ("年均减少", -1.0),
]);

/// Words that introduce one year's growth over the previous one (annual plans, reports, news).
const YEAR_RATE_WORDS: Words<f64> = Words::new(&[
    ("下降", -1.0),
    ("同比增长", 1.0),
    ("同比增加", 1.0),
    ("同比下降", -1.0),
    ("同比减少", -1.0),
    ("增长", 1.0),
    ("增速", 1.0),
    ("比上年增长", 1.0),
    ("比上年下降", -1.0),
    ("较同期增长", 1.0),
    ("较上年增长", 1.0),
]);

/// The verb between the two figures of "由A…到B".
const CHANGE_VERBS: &[&str] = &[
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "上升到",
    "上升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "减少至",
    "扩大到",
    "扩大至",
    "缩小到",
    "缩小至",
    "调整为",
    "调整到",
    "演进为",
    "演变为",
    "优化为",
    "变为",
    "到",
    "至",
    "为",
];

/// Filler words dropped from the front of a name.
const LEADING_FILLERS: &[&str] = &[
    "到", "至", "力争", "争取", "确保", "全年", "计划", "预计", "其中", "使", "将", "并", "和", "及", "以及", "同时",
    "年末", "年底", "底", "末", "期末", "时期", "期间", "全部", "实现", "完成", "努力", "，", "、", "——", "—", "**",
    "“", "”", "的", "要", "共", "总计", "合计",
];

/// Verbs and particles dropped from the end of a name.
const TRAILING_FILLERS: &[&str] = &[
    "达到", "达", "实现", "完成", "为", "是", "均", "分别", "共", "总计", "合计", "保持", "控制", "突破", "超过", "超",
    "逾", "约", "近", "力争", "争取", "确保", "，", "、", "**",
];

/// Words that make the figure after them a change, not a level: "增加30.7公里" says how much
/// was added. Changes are checked with year-on-year figures (a later version), never as levels.
const CHANGE_WORDS: &[&str] = &["增加", "新增", "减少", "增长", "下降", "降低", "提高", "提升", "降", "增", "减"];

/// Words that make the figure after them a sum over years ("五年累计完成200亿元").
const CUMULATIVE_WORDS: &[&str] = &["累计"];

/// Words that only say "over the period"; dropped from the name of a sum or a change.
const PERIOD_WORDS: &[&str] = &["五年累计", "累计", "五年", "期间", "同比", "比上年", "较上年", "共计", "总共"];

/// Words of "完成…目标任务X的Y%" that are not the indicator's name.
const COMPLETION_WORDS: &[&str] = &["完成", "规划", "年度", "全年", "目标", "任务", "计划", "的"];

/// Words that stand for the subject of the sentence rather than name a statistic.
const GENERIC_NAMES: &[&str] = &["总量", "规模", "总额", "总值", "总规模", "总体规模", "其总量"];

/// Words that name "the rest" of a total: with one, the parts must add up exactly.
const REST_WORDS: &[&str] = &["其余", "剩余", "其他", "另有", "余下"];

#[derive(Clone, Copy)]
enum AmountKind {
    Cumulative,
    Change,
}

/// A name longer than this is a sentence fragment; the reader keeps its tail.
const MAX_NAME_CHARS: usize = 30;

/// What kind of document the text is, read from its opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DocKind {
    FiveYear,
    Annual,
    /// Statistics news: dated, with 同比 growth and partial-year (1-7月) figures.
    News,
    Unknown,
}

#[derive(Clone, Copy, Debug)]
struct Doc {
    kind: DocKind,
    /// The five-year plan's period (first and last year), when the document names it.
    plan: Option<(i32, i32)>,
    /// The year an annual plan or report is about.
    annual: Option<i32>,
}

/// The year context: the year levels are at, and where a 年均 rate's period starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct YearCtx {
    year: i32,
    rate_from: Option<i32>,
    /// True when set by a single year ("2026年"), not a plan period: a bare 增长 r% then means
    /// growth over the previous year.
    single: bool,
    /// A part of the year ("1-7月", "上半年"): its figures are kept apart from whole years by
    /// a prefix on their names ("1-7月固定资产投资"), so that they are compared only with each
    /// other.
    partial: Option<&'static str>,
}

struct Reader<'a> {
    text: &'a str,
    doc: Doc,
    ctx: Option<YearCtx>,
    /// A comparison or start year met in the current clause (比2010年, 由“十五”期末).
    from_year: Option<i32>,
    /// Where the name of the next anchor starts.
    name_start: usize,
    /// The last name used in this sentence, for clauses that start with a verb.
    subject: Option<String>,
    /// A comparison phrase ("比2010年") met since `name_start`, left out of the next name.
    cut: Option<(usize, usize)>,
    /// The last level recorded, which a following "其中" makes a total.
    last_level: Option<(Part, i32)>,
    /// A total whose components this sentence is listing.
    group: Option<Group>,
    /// The header of a table embedded in the prose (主要指标表), while its rows last.
    table: Option<Table>,
    /// The context before "目前"/"当前" suspended it for the rest of a sentence.
    suspended: Option<Option<YearCtx>>,
    /// The next '|' and the next tab at or after the line being read (the text's length when
    /// there is none): a line without one is no table line, and each is searched for once
    /// per occurrence rather than on every line.
    next_separator: [usize; 2],
    ex: Extraction,
}

/// The cell separators of a table embedded in prose.
const SEPARATORS: [char; 2] = ['|', '\t'];

/// The offset of the first `c` at or after `start`, or the text's length.
fn find_from(text: &str, start: usize, c: char) -> usize {
    sub_from(text, start).find(c).map_or(text.len(), |i| start + i)
}

pub(super) fn read(text: &str) -> Extraction {
    let mut r = Reader {
        text,
        doc: doc_kind(text),
        ctx: None,
        from_year: None,
        name_start: 0,
        subject: None,
        cut: None,
        last_level: None,
        group: None,
        table: None,
        suspended: None,
        next_separator: [find_from(text, 0, SEPARATORS[0]), find_from(text, 0, SEPARATORS[1])],
        ex: Extraction::default(),
    };
    r.ctx = r.doc.annual.map(|y| YearCtx { year: y, rate_from: Some(y - 1), single: true, partial: None });
    r.run();
    r.ex
}

/// Reads the document's kind and years from its first few thousand bytes.
fn doc_kind(text: &str) -> Doc {
    let mut end = text.len().min(4000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = sub_to(text, end);
    let mut doc = Doc { kind: DocKind::Unknown, plan: None, annual: None };
    if has(head, "五年规划") || has(head, "规划纲要") {
        doc.kind = DocKind::FiveYear;
        // "第十二个五年规划": from the sixth plan (1981–1985) on, periods are regular.
        if let Some(i) = find_str(head, "个五年规划") {
            let before = sub_to(head, i);
            let ordinal = before.rfind('第').map(|j| sub_from(before, j + '第'.len_utf8()));
            if let Some((n, _)) = ordinal.and_then(|o| Cursor::new(o, 0, o.len()).chinese_number()) {
                let n = n.to_f64() as i32;
                if (6..=30).contains(&n) {
                    let start = 1981 + 5 * (n - 6);
                    doc.plan = Some((start, start + 4));
                }
            }
        }
        if doc.plan.is_none() {
            for p in PERIODS {
                if p.1 > 0 && (has(head, &format!("{}”规划", p.0)) || has(head, &format!("{}规划", p.0))) {
                    doc.plan = Some((p.1, p.2));
                    break;
                }
            }
        }
    } else if has(head, "国民经济和社会发展计划") || has(head, "政府工作报告") {
        doc.kind = DocKind::Annual;
        // An annual plan is about the first year followed (soon) by 计划; a work report about
        // the year it is delivered in, which its heading's date gives.
        let report = has(head, "政府工作报告");
        doc.annual = first_year(head, |after| report || has(after, "计划"));
    } else {
        // Statistics news: the dateline ("2023年8月15日") is the year of 今年 and 1-7月.
        doc.annual = first_year(head, |after| after.starts_with(|c: char| c.is_ascii_digit()) && has_char(after, '月'));
        if doc.annual.is_some() {
            doc.kind = DocKind::News;
        }
    }
    doc
}

/// The first year in `head` whose following text (up to 30 chars) satisfies `fits`.
fn first_year(head: &str, fits: impl Fn(&str) -> bool) -> Option<i32> {
    let mut cur = Cursor::new(head, 0, head.len());
    while !cur.at_end() {
        if !cur.peek().is_some_and(|c| c.is_ascii_digit()) {
            cur.bump();
            continue;
        }
        match cur.year() {
            Some((y, _)) => {
                let mut after = String::new();
                for c in sub_from(head, cur.pos()).chars().take(30) {
                    after.push(c);
                }
                if (1949..=2100).contains(&y) && fits(&after) {
                    return Some(y);
                }
            }
            None => {
                cur.bump();
            }
        }
    }
    None
}

/// True for the characters an anchor or year marker can start with: digits and numerals, and
/// the first characters of the verbs, rate words, bound words and markers above. Testing this
/// first lets the reader skip most of the text at the cost of one match per character; the
/// test `every_anchor_word_starts_with_a_candidate` keeps the list in step with the tables.
fn may_start_anchor(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || ANCHOR_STARTS.binary_search(&c).is_ok()
}

/// True for the chars the reader's main loop must stop at: line breaks, spaces, clause
/// delimiters, the thousands comma and anchor starts. Every other char is skipped in one loop.
fn stops_skip(c: char) -> bool {
    c == '\n' || is_space(c) || is_delim(c) || c == ',' || may_start_anchor(c)
}

/// A filter in front of [`stops_skip`], on the code point as written: bit `u % 4096` is set
/// for every char whose half-width form [`stops_skip`] accepts, so most plain chars are
/// rejected by one load. The test `skip_filter_covers_every_stop` checks the filter against
/// [`stops_skip`] over all of Unicode.
fn may_stop_skip(u: u32) -> bool {
    let k = u as usize % 4096;
    STOP_FILTER[k / 32] >> (k % 32) & 1 == 1
}

/// [`ANCHOR_STARTS`] contains `c`, as a `const fn` for [`STOP_FILTER`].
const fn listed_anchor_start(c: char) -> bool {
    let mut i = 0;
    while i < ANCHOR_STARTS.len() {
        if ANCHOR_STARTS[i] == c {
            return true;
        }
        i += 1;
    }
    false
}

const STOP_FILTER: [u32; 128] = {
    const fn set(f: &mut [u32; 128], u: u32) {
        let k = (u % 4096) as usize;
        f[k / 32] |= 1 << (k % 32);
    }
    let mut f = [0u32; 128];
    let mut i = 0;
    while i < ANCHOR_STARTS.len() {
        set(&mut f, ANCHOR_STARTS[i] as u32);
        i += 1;
    }
    // Digits, spaces and delimiters all lie below U+3100 or in U+FE00–FF5F.
    let mut u = 0u32;
    while u < 0x10000 {
        if let Some(c) = char::from_u32(u) {
            // Full-width forms are folded before the test, so a full-width anchor start
            // ("＞" for ">") stops the skip too.
            let h = halfwidth(c);
            if h.is_ascii_digit()
                || matches!(h, '\n' | ',')
                || is_space(h)
                || is_delim(h)
                || (h as u32 != u && listed_anchor_start(h))
            {
                set(&mut f, u);
            }
        }
        u = if u == 0x3100 { 0xFE00 } else { u + 1 };
    }
    f
};

/// Words that anchors look for with a plain `eat` at the char they start at, rather than
/// through one of the tables: 其中 (components), 由/从 (a change), 翻, 增长/增加, 是/为,
/// 相当于 (a multiple), quotes (a period's name), 百分之 and the signs of a figure.
const LITERAL_ANCHOR_WORDS: &[&str] =
    &["其中", "由", "从", "翻", "增长", "增加", "是", "为", "相当于", "“", "\"", "百分之", "-", "−", "负"];

/// A 2048-bit filter on the first two chars (folded to half width) of every word an anchor
/// can start with: bit `pair_bit(a, b)` is set for the first two chars `a b` of each word, and
/// `pair_bit(a, 0)` for a word of one char. See [`may_start_anchor_here`].
const PAIR_FILTER: [u32; 64] = {
    const fn add(f: &mut [u32; 64], word: &str) {
        let b = word.as_bytes();
        let (first, len) = char_code_at(b, 0);
        let (second, _) = char_code_at(b, len);
        let k = pair_bit(first, second);
        f[k / 32] |= 1 << (k % 32);
    }
    const fn add_words<T>(f: &mut [u32; 64], list: &[(&str, T)]) {
        let mut i = 0;
        while i < list.len() {
            add(f, list[i].0);
            i += 1;
        }
    }
    let mut f = [0u32; 64];
    add_words(&mut f, LEVEL_VERBS.list());
    add_words(&mut f, PERIOD_RATE_WORDS.list());
    add_words(&mut f, YEAR_RATE_WORDS.list());
    add_words(&mut f, PREFIX_BOUNDS.list());
    add_words(&mut f, RELATIVE_YEARS.list());
    add_words(&mut f, NOW_WORDS.list());
    add_words(&mut f, PARTIAL_PERIODS);
    let mut i = 0;
    while i < PERIODS.len() {
        add(&mut f, PERIODS[i].0);
        i += 1;
    }
    i = 0;
    while i < LITERAL_ANCHOR_WORDS.len() {
        add(&mut f, LITERAL_ANCHOR_WORDS[i]);
        i += 1;
    }
    f
};

/// The bit of [`PAIR_FILTER`] for the chars `a b` (`b` is 0 after a word of one char).
const fn pair_bit(a: u32, b: u32) -> usize {
    (a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_mul(0x85EB_CA77)) as usize >> 21
}

/// Whether an anchor can start at `c` followed by `next` (both folded to half width), for a
/// char the skip loop stopped at. Digits, numerals and ASCII always may (numbers, years,
/// signs, bounds such as ">="); any other char only if it is a word of one char or the start
/// of a word whose second char is `next`. Most stops in plan prose are chars such as 大 of
/// 大力发展, which starts 大于 but nothing here: this test costs a few instructions where
/// trying the six anchors cost some 3,000 (wasm, measured with wasmtime's fuel).
/// `next` is only read when the answer depends on it.
fn may_start_anchor_here(c: char, next: impl FnOnce() -> Option<char>) -> bool {
    let bit = |b: u32| {
        let k = pair_bit(c as u32, b);
        PAIR_FILTER[k / 32] >> (k % 32) & 1 == 1
    };
    c.is_ascii() || may_start_numeral(c) || bit(0) || next().is_some_and(|n| bit(n as u32))
}

/// The non-digit characters of [`may_start_anchor`], sorted for binary search.
#[rustfmt::skip]
const ANCHOR_STARTS: [char; 70] = ['"', '-', '<', '>', '~', '“', '−', '≈', '≤', '≥', '〇', '一', '七', '三', '上', '下', '不', '两', '为', '九', '二', '五', '今', '从', '低', '保', '八', '六', '其', '十', '千', '去', '同', '四', '增', '大', '完', '实', '小', '年', '当', '截', '扩', '拓', '控', '提', '明', '是', '本', '比', '现', '由', '百', '目', '相', '稳', '突', '约', '翻', '调', '负', '超', '较', '达', '过', '近', '逾', '降', '零', '高'];

/// Words that speak of the present, whose year the text does not give.
const NOW_WORDS: Words<()> = Words::new(&[("当前", ()), ("截至目前", ()), ("现阶段", ()), ("目前", ())]);

/// Verbs between a rate word and its figure.
const RATE_VERBS: Words<()> = Words::new(&[("为", ()), ("保持在", ()), ("在", ()), ("稳定在", ()), ("达到", ())]);

/// Reads "—8%" or "-8%" after a rate, the upper end of a range. The cursor moves only when one
/// was read.
fn read_range_end(cur: &mut Cursor) -> Option<Figure> {
    let back = cur.pos();
    if !(cur.eat("—") || cur.eat("-") || cur.eat("–") || cur.eat("~") || cur.eat("至") || cur.eat("到")) {
        return None;
    }
    match cur.figure() {
        Some(Ok((f, u))) if u.kind == UnitKind::Percent || u == Unit::none() => {
            let _ = cur.eat("%");
            Some(f)
        }
        _ => {
            cur.set_pos(back);
            None
        }
    }
}

/// Years named relative to the document's own year.
const RELATIVE_YEARS: Words<i32> =
    Words::new(&[("上年", -1), ("今年", 0), ("去年", -1), ("当年", 0), ("明年", 1), ("本年", 0), ("过去一年", -1)]);

/// Parts of a year, with the label that keeps their figures apart.
const PARTIAL_PERIODS: &[(&str, &str)] = &[
    ("上半年", "上半年"),
    ("下半年", "下半年"),
    ("一季度", "一季度"),
    ("前三季度", "前三季度"),
    ("第一季度", "一季度"),
];

/// Reads a part of a year after "YYYY年": "1-7月", "1—7月", "上半年", "一季度", "前三季度".
/// Returns the label that keeps its figures apart.
fn partial_period(cur: &mut Cursor) -> Option<&'static str> {
    if let Some(label) = cur.eat_any(PARTIAL_PERIODS) {
        return Some(label);
    }
    let back = cur.pos();
    let months = |cur: &mut Cursor| -> Option<i64> {
        let (d, _) = cur.number()?.ok()?;
        (d.exp == 0 && (1..=12).contains(&d.mantissa)).then_some(d.mantissa)
    };
    if let Some(a) = months(cur) {
        if matches!(cur.peek(), Some('-' | '—' | '–' | '至' | '~')) {
            cur.bump();
            if let Some(b) = months(cur) {
                if cur.eat("月") && a <= b {
                    const LABELS: [&str; 12] = [
                        "1月", "1-2月", "1-3月", "1-4月", "1-5月", "1-6月", "1-7月", "1-8月", "1-9月", "1-10月",
                        "1-11月", "1-12月",
                    ];
                    // Only running totals from January are labelled; other ranges are rare.
                    if a == 1 {
                        return Some(LABELS[(b - 1) as usize]);
                    }
                }
            }
        }
    }
    cur.set_pos(back);
    None
}

/// True for the chars a Chinese numeral can start with: a digit or 十/百/千 (万 and 亿 cannot
/// lead), which also covers the 百 of 百分之.
#[rustfmt::skip]
fn may_start_numeral(c: char) -> bool {
    matches!(c, '零' | '〇' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千')
}

/// True for the characters that end a clause.
const fn is_delim(c: char) -> bool {
    matches!(
        c,
        '，' | '；' | ';' | '。' | '：' | ':' | '！' | '？' | '!' | '?' | '\n' | '（' | '）' | '(' | ')' | '【' | '】'
    )
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

impl<'a> Reader<'a> {
    fn run(&mut self) {
        let mut cur = Cursor::new(self.text, 0, self.text.len());
        let mut line_start = true;
        // Just after the last visible character read, so that a line end can tell in O(1)
        // whether the sentence runs on: trimming back over blank lines would be quadratic.
        let mut visible_end = 0usize;
        while !cur.at_end() {
            if line_start {
                line_start = false;
                let at = cur.pos();
                let line_end = sub_from(self.text, at).find('\n').map_or(self.text.len(), |i| at + i);
                if self.table_line(&mut cur, line_end) || self.heading(&mut cur, line_end) {
                    continue;
                }
            }
            // Most chars are none of what the cases below look for: skip them in one loop.
            if cur.skip_until(may_stop_skip, stops_skip) {
                visible_end = cur.pos();
                continue;
            }
            let here = cur.pos();
            let Some(c) = cur.peek() else { break };
            if c == '\n' {
                cur.bump();
                line_start = true;
                // A line that ends without punctuation is a sentence broken across lines (or
                // pages): its name continues on the next line. Otherwise the line ends a clause.
                let before = sub_to(self.text, visible_end);
                let broken = before.chars().next_back().is_some_and(|p| !is_delim(p) && !matches!(p, '、' | ','));
                if !broken {
                    self.clause_break(cur.pos(), false);
                }
                continue;
            }
            if is_space(c) {
                cur.bump();
                continue;
            }
            // An ASCII comma between digits is a thousands separator, read with its number.
            if is_delim(c) || c == ',' {
                cur.bump();
                visible_end = cur.pos();
                self.clause_break(cur.pos(), is_sentence_end(c));
                continue;
            }
            // `skip_until` stopped here, so `stops_skip` accepted the char, and of its cases only
            // "may start an anchor" is left. Most such chars start no anchor with the char that
            // follows them; the anchors are tried only where one might.
            if may_start_anchor_here(c, || cur.peek_second()) {
                if self.anchor(&mut cur) {
                    visible_end = cur.pos();
                    continue;
                }
            } else if cfg!(debug_assertions) {
                // Debug builds (the tests, the fuzzers) check the filter: the anchors must fail
                // here. A failing anchor leaves the reader as it was, so trying them is harmless.
                let mut probe = Cursor::new(self.text, here, self.text.len());
                assert!(
                    !self.anchor(&mut probe),
                    "an anchor starts at {c}{:?}, which the pair filter rejects",
                    cur.peek_second()
                );
            }
            cur.set_pos(here);
            cur.bump();
            visible_end = cur.pos();
        }
    }

    /// Tries every anchor at the cursor, in order; true if one read something.
    fn anchor(&mut self, cur: &mut Cursor) -> bool {
        self.year_marker(cur)
            || self.components(cur)
            || self.change_pair(cur)
            || self.multiple(cur)
            || self.rate(cur)
            || self.level(cur)
    }

    fn clause_break(&mut self, at: usize, sentence_end: bool) {
        self.name_start = at;
        self.from_year = None;
        self.cut = None;
        if sentence_end {
            self.subject = None;
            self.close_group();
            if let Some(ctx) = self.suspended.take() {
                self.ctx = ctx;
            }
        }
    }

    /// Ends the components list of the sentence, keeping it if it named any part.
    fn close_group(&mut self) {
        if let Some(g) = self.group.take() {
            if !g.parts.is_empty() {
                self.ex.groups.push(g);
            }
        }
    }

    /// "其中" opens a list of components of the last level stated.
    fn components(&mut self, cur: &mut Cursor) -> bool {
        if !cur.eat("其中") {
            return false;
        }
        let _ = cur.eat("，") || cur.eat(",") || cur.eat("：") || cur.eat(":");
        if let Some((total, year)) = self.last_level.clone() {
            self.close_group();
            self.group = Some(Group { total, parts: Vec::new(), exhaustive: false, year });
        }
        self.name_start = cur.pos();
        true
    }

    /// A line of a table embedded in the prose: its header is kept, its rows are read by the
    /// rows reader, and the first line that does not fit ends the table.
    fn table_line(&mut self, cur: &mut Cursor, end: usize) -> bool {
        let start = cur.pos();
        let line = sub(self.text, start, end);
        let span = Span::new(start, end);
        // A table line has at least two cell separators of one kind; finding two is enough.
        let mut twice = false;
        for (i, sep) in SEPARATORS.into_iter().enumerate() {
            let next = &mut self.next_separator[i];
            if *next < start {
                *next = find_from(self.text, start, sep);
            }
            twice = twice || *next < end && has_char(sub(self.text, *next + 1, end), sep);
        }
        if !twice {
            self.table = None;
            return false;
        }
        if let Some(t) = Table::header(self.text, span, &mut self.ex) {
            self.table = Some(t);
        } else if let Some(t) = self.table.as_ref().filter(|t| t.fits(line)) {
            t.row(self.text, span, &mut self.ex);
        } else {
            return false;
        }
        cur.set_pos(end);
        self.name_start = end;
        true
    }

    /// A heading line ("## 第二章 产业发展", "三、服务业", "（二）社会发展") resets the context.
    fn heading(&mut self, cur: &mut Cursor, line_end: usize) -> bool {
        let start = cur.pos();
        // Only this line's leading spaces: skipping newlines too would rescan blank lines.
        while cur.peek().is_some_and(|c| c != '\n' && is_space(c)) {
            cur.bump();
        }
        let line = sub(self.text, cur.pos(), line_end).trim();
        let body = line.trim_start_matches('#').trim_start();
        let numbered = |s: &str| {
            let s = s.trim_start_matches(['（', '(']);
            let n = s.chars().take_while(|c| has_char("一二三四五六七八九十", *c)).count();
            n > 0 && s.chars().nth(n).is_some_and(|c| matches!(c, '、' | '）' | ')'))
        };
        let chapter = body.starts_with('第') && body.chars().take(6).any(|c| matches!(c, '章' | '节' | '篇'));
        // A heading is short and has no sentence end in it; a numbered paragraph is not.
        // (Tested last: counting the chars of every line costs more than the other tests.)
        let short = || char_count(body) <= 40 && !has_char(body, '。');
        if (line.starts_with('#') || chapter || numbered(body)) && short() {
            self.ctx =
                self.doc.annual.map(|y| YearCtx { year: y, rate_from: Some(y - 1), single: true, partial: None });
            self.subject = None;
            self.from_year = None;
            cur.set_pos(line_end);
            self.name_start = line_end;
            return true;
        }
        cur.set_pos(start);
        false
    }

    /// Year markers: "到2015年(底)", "2010年", "“十二五”期末", "“十一五”期间", and the
    /// comparison forms "比2010年", "由“十五”期末的" that set only the clause's start year.
    fn year_marker(&mut self, cur: &mut Cursor) -> bool {
        let start = cur.pos();
        // "目前城镇化率为58%" in a paragraph of 2025 targets is not a 2025 figure: the year is
        // unknown until the sentence ends, and the paragraph's year comes back after it.
        if cur.eat_word(&NOW_WORDS).is_some() {
            if self.suspended.is_none() {
                self.suspended = Some(self.ctx);
            }
            self.ctx = None;
            self.name_start = cur.pos();
            return true;
        }
        let Some(m) = self.marker(cur) else { return false };
        let before = sub(self.text, self.name_start.min(start), start);
        if let Some(w) = ["比", "较", "由", "从", "与"].iter().find(|w| before.ends_with(*w)) {
            self.from_year = Some(m.year);
            let _ = cur.eat("的");
            self.cut = Some((start - w.len(), cur.pos()));
        } else {
            self.ctx = Some(m);
            let _ = cur.eat("的");
            self.name_start = cur.pos();
        }
        true
    }

    /// Reads one year marker at the cursor, without changing the reader's state.
    fn marker(&self, cur: &mut Cursor) -> Option<YearCtx> {
        let start = cur.pos();
        // Outside an annual document a marker starts with a quote, 十 (a period) or a digit (a
        // year): elsewhere there is nothing to look for.
        let c = cur.peek()?;
        if self.doc.annual.is_none() && !matches!(c, '“' | '"' | '十' | '0'..='9') {
            return None;
        }
        // Years relative to the document's own: 今年 and 全年 in an annual plan, report or
        // news item; 去年, 上年, 过去一年 the year before.
        if let Some(y) = self.doc.annual {
            if let Some(offset) = cur.eat_word(&RELATIVE_YEARS) {
                let partial = partial_period(cur);
                return Some(YearCtx { year: y + offset, rate_from: Some(y + offset - 1), single: true, partial });
            }
            // "1-7月，全市…" in a dated news item: this year's running total.
            if let Some(partial) = partial_period(cur) {
                return Some(YearCtx { year: y, rate_from: Some(y - 1), single: true, partial: Some(partial) });
            }
        }
        let quoted = cur.eat("“") || cur.eat("\"");
        let mut marker = None;
        // Every period's name starts with 十 (the test `periods_start_with_shi` says so).
        let period = if cur.peek() == Some('十') { PERIODS.iter().find(|(n, ..)| cur.eat(n)) } else { None };
        if let Some(&(_, first, last)) = period {
            let _ = cur.eat("”") || cur.eat("\"");
            let end_words = ["规划期末", "期末", "末期", "末", "时期", "期间", "以来"];
            if first > 0 && end_words.iter().any(|w| cur.eat(w)) {
                marker = Some(YearCtx { year: last, rate_from: Some(first - 1), single: false, partial: None });
            }
        } else if !quoted {
            if let Some((y, _)) = cur.year() {
                let in_range = (super::YEAR_MIN..=super::YEAR_MAX).contains(&y);
                let is_year = sub(self.text, start, cur.pos()).ends_with('年') && !cur.rest().starts_with(['月', '度']);
                if is_year && in_range {
                    let _ = cur.eat("年底") || cur.eat("年末") || cur.eat("底") || cur.eat("末") || cur.eat("全年");
                    // "2023年1-7月", "2023年上半年": figures of part of the year.
                    let partial = partial_period(cur);
                    let mut m = self.single_year(y);
                    m.partial = partial;
                    // "到2025年" names a horizon, as five-year targets do: a bare "下降13.5%"
                    // after it is a total over the period, not growth over the year before.
                    let before = sub_to(self.text, start);
                    if before.ends_with('到') || before.ends_with('至') {
                        m.single = false;
                    }
                    marker = Some(m);
                } else if in_range && matches!(cur.peek(), Some('—' | '-' | '–' | '至' | '到')) {
                    // A range "2012—2020年" is a period; its end is the year.
                    cur.bump();
                    if let Some((y2, _)) = cur.year() {
                        if y2 > y && y2 - y <= super::MAX_SPAN && y2 <= super::YEAR_MAX {
                            let from = if y.rem_euclid(5) == 1 { y - 1 } else { y };
                            marker = Some(YearCtx { year: y2, rate_from: Some(from), single: false, partial: None });
                        }
                    }
                }
            }
        }
        if marker.is_none() {
            cur.set_pos(start);
        }
        marker
    }

    /// The context a single year sets: 年均 rates run over the plan period it closes, or the
    /// five years a plan-end year closes; 增长 runs from the year before.
    fn single_year(&self, y: i32) -> YearCtx {
        let rate_from = match (self.doc.kind, self.doc.plan) {
            (_, Some((first, last))) if y == last => Some(first - 1),
            (DocKind::Annual, _) => Some(y - 1),
            _ if y.rem_euclid(5) == 0 => Some(y - 5),
            _ => None,
        };
        YearCtx { year: y, rate_from, single: true, partial: None }
    }

    /// "由A(提高)到B": two levels, or two structures, at the start and end of the period.
    fn change_pair(&mut self, cur: &mut Cursor) -> bool {
        let start = cur.pos();
        if !cur.eat("由") && !cur.eat("从") {
            return false;
        }
        let name_end = start;
        // An optional start marker: 由“十五”期末的.
        let start_year = self.marker(cur).map(|m| m.year);
        let _ = cur.eat("的");
        let a_pos = cur.pos();
        let Some(Ok(a)) = super::read_value(cur) else {
            cur.set_pos(start);
            return false;
        };
        if !CHANGE_VERBS.iter().any(|v| cur.eat(v)) {
            cur.set_pos(start);
            return false;
        }
        let Some(Ok(b)) = super::read_value(cur) else {
            cur.set_pos(start);
            return false;
        };
        let span = Span::new(a_pos, cur.pos());
        let Some(name) = self.name(self.name_start, name_end, true) else {
            self.name_start = cur.pos();
            return true;
        };
        let end_ctx = self.ctx;
        let from = start_year.or(end_ctx.and_then(|c| c.rate_from));
        self.emit(&name, from, a, span);
        self.emit(&name, end_ctx.map(|c| c.year), b, span);
        self.name_start = cur.pos();
        true
    }

    /// "年均增长24.6%", "增长6%左右", "同比增长3.12%".
    fn rate(&mut self, cur: &mut Cursor) -> bool {
        let start = cur.pos();
        let (sign, periodic) = match cur.eat_word(&PERIOD_RATE_WORDS) {
            Some(s) => (s, true),
            None => match cur.eat_word(&YEAR_RATE_WORDS) {
                Some(s) => (s, false),
                None => return false,
            },
        };
        let _ = cur.eat("了");
        // "年均增速保持在7%左右", "年均增长达到8%": a verb may sit between word and figure.
        let _ = cur.eat_word(&RATE_VERBS);
        let fig = match cur.figure() {
            Some(Ok((f, u))) if u.kind == UnitKind::Percent => f,
            // "7.5—8%": the first end of a range carries no % of its own.
            Some(Ok((f, u))) if u == Unit::none() && read_range_end(cur).is_some() => Figure { bound: Bound::Ge, ..f },
            _ => {
                cur.set_pos(start);
                return false;
            }
        };
        // "7.5%—8%" or "7.5—8%": a range of rates. It is read as at least its lower end, which
        // can only make a check more lenient, and the upper end is consumed so that it is not
        // misread as a level of its own.
        let fig = match read_range_end(cur) {
            Some(_) => Figure { bound: Bound::Ge, ..fig },
            None => fig,
        };
        let figure = if sign < 0.0 { Figure { number: fig.number.negated(), ..fig } } else { fig };
        let Some(name) = self.name(self.name_start, start, true) else {
            self.name_start = cur.pos();
            return true;
        };
        if !valid_rate(&mut self.ex, &figure) {
            self.name_start = cur.pos();
            return true;
        }
        let period = match (periodic, self.ctx, self.from_year) {
            // Growth "比2010年增长49.6%" is a total over the years since, not an annual rate:
            // it is left to the multiple check (a later version) rather than misread here.
            (false, _, Some(_)) => None,
            (true, Some(c), _) => c.rate_from.map(|f| (f, c.year)),
            (false, Some(c), None)
                if self.doc.kind != DocKind::FiveYear && (c.single || self.doc.kind == DocKind::Annual) =>
            {
                Some((c.year - 1, c.year))
            }
            _ => None,
        };
        let span = Span::new(start, cur.pos());
        match period {
            Some((from, to)) if from < to => {
                self.ex.facts.push(Fact { name, kind: FactKind::Rate { from, to, figure }, span });
            }
            // A year is known, but "下降13.5%" in a plan's horizon is a change over the whole
            // period (or since a compared year), not one year's growth.
            _ if self.ctx.is_some() => {
                let shown = excerpt(sub(self.text, figure.span.start, figure.span.end));
                self.ex.diag("change_over_period", figure.span, messages::CHANGE_OVER_PERIOD.fill(&[&shown]));
            }
            _ => self.unattached(figure.span),
        }
        self.name_start = cur.pos();
        true
    }

    /// A level: a verb and a figure ("达143亿元"), or a figure right after a name ("862万吨").
    fn level(&mut self, cur: &mut Cursor) -> bool {
        let start = cur.pos();
        let verb = cur.eat_word(&LEVEL_VERBS);
        let value_start = cur.pos();
        let value = match super::read_value(cur) {
            Some(Ok(v)) => Some(v),
            Some(Err(span)) => {
                super::number_too_long(&mut self.ex, self.text, span);
                self.name_start = cur.pos();
                return true;
            }
            None => self.chinese_figure(cur),
        };
        let Some(mut value) = value else {
            cur.set_pos(start);
            return false;
        };
        // "完成年度目标任务55亿元的109.1%": a completion ratio against a target.
        if let Value::Level(target, unit) = &value {
            let back = cur.pos();
            if cur.eat("的") {
                if let Some(Ok((percent, pu))) = cur.figure() {
                    if pu.kind == UnitKind::Percent {
                        let span = Span::new(value_start, cur.pos());
                        self.completion(start, *target, unit.clone(), percent, span);
                        self.name_start = cur.pos();
                        return true;
                    }
                }
            }
            cur.set_pos(back);
        }
        // "城镇、农村居民人均可支配收入分别达到4.2万元和1.8万元": one value per name, in order.
        if let Some(done) = self.respectively(cur, start, &value) {
            return done;
        }
        // "其余10个为前期项目": the rest of a total is a part whatever follows it.
        let rest_part = self.group.is_some()
            && REST_WORDS.iter().any(|w| sub(self.text, self.name_start.min(start), start).trim_start().starts_with(w));
        // Without a verb, a figure must start at a digit: "GDP47.6" yes, "第一产业" no.
        if !rest_part && !self.accept(cur, &value, verb.is_some()) {
            cur.set_pos(start);
            if verb.is_some() {
                return false;
            }
            // Skip the whole number so its digits are not re-read one by one ("47.6" must not
            // be retried as "7.6"); a numeral in Chinese is skipped one char at a time.
            cur.set_pos(value_start);
            while cur.peek().is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
                cur.bump();
            }
            if cur.pos() == start {
                cur.bump();
            }
            return true;
        }
        if let (Some(b), Value::Level(f, _)) = (verb, &mut value) {
            if f.bound == Bound::Eq {
                f.bound = b;
            }
        }
        let span = Span::new(value_start, cur.pos());
        let name_end = start;
        let raw = trim_end_by(sub(self.text, self.name_start.min(name_end), name_end), is_space);
        if let (None, Some(word)) = (verb, CHANGE_WORDS.iter().find(|w| raw.ends_with(*w))) {
            // A change, not a level: "增加30.7公里" says how much was added.
            let name_raw = sub_to(raw, raw.len() - word.len());
            self.amount(name_raw, value, span, AmountKind::Change);
            self.name_start = cur.pos();
            return true;
        }
        if CUMULATIVE_WORDS.iter().any(|w| has(raw, w)) {
            // A sum over the period is not a level of any one year.
            self.amount(raw, value, span, AmountKind::Cumulative);
            self.name_start = cur.pos();
            return true;
        }
        let Some(name) = self.name(self.name_start, name_end, verb.is_some()) else {
            self.name_start = cur.pos();
            return true;
        };
        let year = self.ctx.map(|c| c.year);
        let opens_group = cur.rest().starts_with('中');
        self.emit(&name, year, value, span);
        if opens_group && self.group.is_none() {
            cur.eat("中");
            if let Some((total, year)) = self.last_level.clone() {
                self.group = Some(Group { total, parts: Vec::new(), exhaustive: false, year });
            }
        }
        self.name_start = cur.pos();
        true
    }

    /// "A、B…分别达到X和Y": reads the further values and emits one level per name. `None`
    /// when the clause is not of that form, leaving the cursor where it was.
    fn respectively(&mut self, cur: &mut Cursor, verb_start: usize, first: &Value) -> Option<bool> {
        let raw = trim_end_by(sub(self.text, self.name_start.min(verb_start), verb_start), is_space);
        let names_raw = raw.strip_suffix("分别")?;
        let Value::Level(f0, u0) = first else { return None };
        let back = cur.pos();
        let mut values = vec![(*f0, u0.clone())];
        while ["和", "、", "及", "与", ","].iter().any(|w| cur.eat(w)) {
            match super::read_value(cur) {
                Some(Ok(Value::Level(f, u))) => values.push((f, if u == Unit::none() { u0.clone() } else { u })),
                _ => break,
            }
        }
        let names = split_names(&clean_name(names_raw));
        if values.len() < 2 || names.len() != values.len() {
            cur.set_pos(back);
            return None;
        }
        let year = self.ctx.map(|c| c.year);
        let span = Span::new(values[0].0.span.start, cur.pos());
        for (name, (figure, unit)) in names.iter().zip(values) {
            self.emit(name, year, Value::Level(figure, unit), span);
        }
        self.subject = None;
        self.name_start = cur.pos();
        Some(true)
    }

    /// A Chinese-numeral figure with a unit: "两所", "一万五千人", "百分之六十".
    fn chinese_figure(&mut self, cur: &mut Cursor) -> Option<Value> {
        if !cur.peek().is_some_and(may_start_numeral) {
            return None;
        }
        let percent = cur.eat("百分之");
        let (number, span) = match cur.chinese_number() {
            Some(x) => x,
            None if percent => match cur.number() {
                Some(Ok(x)) => x,
                _ => return None,
            },
            None => return None,
        };
        let unit = if percent { Unit::percent() } else { cur.unit() };
        if unit == Unit::none() || unit.base.is_empty() && unit.kind == UnitKind::Amount {
            return None;
        }
        let bound = if cur.eat("余") || cur.eat("多") { Bound::Ge } else { cur.suffix_bound().unwrap_or(Bound::Eq) };
        Some(Value::Level(Figure::new(number, bound, span), unit))
    }

    /// Whether a figure just read is a statement rather than part of a noun phrase: it needs a
    /// unit we know (or a verb before it), and a clause boundary after it.
    fn accept(&self, cur: &Cursor, value: &Value, has_verb: bool) -> bool {
        if let Value::Level(_, unit) = value {
            let known = !unit.base.is_empty() || unit.kind != UnitKind::Amount;
            let magnitude_only = unit.base.is_empty() && unit.exp != 0;
            if !(known || (has_verb && (magnitude_only || *unit == Unit::none()))) {
                return false;
            }
        }
        let mut look = Cursor::new(self.text, cur.pos(), self.text.len());
        look.skip_spaces();
        match look.peek() {
            None => true,
            Some(c) if is_delim(c) || matches!(c, ',' | '、' | '和' | '及' | '与' | '。') => true,
            // "30个项目中，12个…": a total whose parts follow.
            Some('中') => {
                look.bump();
                look.peek().is_some_and(|c| is_delim(c) || c == ',')
            }
            // A rate may follow a level in the same clause: "达42亿元年均增长20%".
            Some(_) => PERIOD_RATE_WORDS.iter().any(|(w, _)| look.rest().starts_with(w)),
        }
    }

    /// The cleaned name between `from` and `to`, or the sentence's subject for a clause that
    /// starts with a verb. `None` (with nothing recorded) when there is neither.
    fn name(&mut self, from: usize, to: usize, may_inherit: bool) -> Option<String> {
        let from = to - self.text.get(from.min(to)..to).map_or(0, |r| name_window(r).len());
        let raw = if from < to { sub(self.text, from, to) } else { "" };
        // Leave out a comparison phrase inside the name's text: "GDP比2010年增长2倍".
        let cleaned = match self.cut.take() {
            Some((a, b)) if from <= a && b <= to => {
                clean_name(&format!("{}{}", sub(self.text, from, a), sub(self.text, b, to)))
            }
            _ => clean_name(raw),
        };
        // "总量突破700亿元" after "地区生产总值年均增长7%": a generic word names the subject.
        if cleaned.is_empty() || (GENERIC_NAMES.contains(&cleaned.as_str()) && self.subject.is_some()) {
            return if may_inherit || !cleaned.is_empty() { self.subject.clone() } else { None };
        }
        // "占…的比重" and "…的X%": shares keep their whole; a bare "占…" takes the subject.
        let cleaned = if cleaned.starts_with('占') {
            match &self.subject {
                Some(s) => format!("{s}{cleaned}"),
                None => cleaned,
            }
        } else {
            cleaned
        };
        let cleaned = if has_char(&cleaned, '占') && cleaned.ends_with('的') {
            format!("{}比重", cleaned.trim_end_matches('的'))
        } else {
            cleaned
        };
        let cleaned = match self.ctx.and_then(|c| c.partial) {
            Some(label) if !cleaned.starts_with(label) => format!("{label}{}", crate::names::display(&cleaned)),
            _ => cleaned,
        };
        if !has_char(&cleaned, '占') {
            self.subject = Some(cleaned.clone());
        }
        Some(cleaned)
    }

    /// Records a level or structure at `year`, or a diagnostic when the year is unknown.
    fn emit(&mut self, name: &str, year: Option<i32>, value: Value, span: Span) {
        let Some(year) = year else {
            let at = match &value {
                Value::Level(f, _) => f.span,
                Value::Structure(parts) => parts.first().map_or(span, |f| f.span),
            };
            self.unattached(at);
            return;
        };
        match value {
            Value::Level(figure, unit) => {
                if valid_level(&mut self.ex, self.text, &figure, &unit) {
                    let part = Part { name: name.to_string(), figure, unit: unit.clone() };
                    match &mut self.group {
                        Some(g) if g.year == year && g.total.unit.compatible(&unit) => {
                            g.exhaustive |= REST_WORDS.iter().any(|w| name.starts_with(w));
                            g.parts.push(part);
                        }
                        _ => self.last_level = Some((part, year)),
                    }
                    let kind = FactKind::Level { year, figure, unit };
                    self.ex.facts.push(Fact { name: name.to_string(), kind, span });
                }
            }
            Value::Structure(parts) => {
                self.ex.facts.push(Fact { name: name.to_string(), kind: FactKind::Structure { year, parts }, span });
            }
        }
    }

    /// Records a cumulative sum or a change over the context's period. The name drops the
    /// words that only say "over the period" (五年累计, 期间); what is left, or the subject.
    fn amount(&mut self, raw: &str, value: Value, span: Span, kind: AmountKind) {
        let Value::Level(figure, unit) = value else { return };
        let raw = name_window(raw);
        let stripped: String = PERIOD_WORDS.iter().fold(raw.to_string(), |acc, w| remove_all(&acc, w));
        let cleaned = clean_name(&stripped);
        let name = if cleaned.is_empty() { self.subject.clone() } else { Some(cleaned) };
        let Some(name) = name else {
            self.unattached(figure.span);
            return;
        };
        self.subject = Some(name.clone());
        let yearly = has(raw, "同比") || has(raw, "比上年") || has(raw, "较上年");
        let period = match (kind, self.ctx) {
            (AmountKind::Change, Some(c)) if yearly || (c.single && self.doc.kind != DocKind::FiveYear) => {
                Some((c.year - 1, c.year))
            }
            (_, Some(c)) => c.rate_from.map(|f| (f, c.year)),
            (_, None) => None,
        };
        let Some((from, to)) = period.filter(|(f, t)| f < t) else {
            self.unattached(figure.span);
            return;
        };
        let fact = match kind {
            AmountKind::Cumulative => FactKind::Cumulative { from, to, figure, unit },
            AmountKind::Change => FactKind::Change { from, to, figure, unit },
        };
        self.ex.facts.push(Fact { name, kind: fact, span });
    }

    /// Records "完成…目标X的Y%" for the name before it, or the subject.
    fn completion(&mut self, name_end: usize, target: Figure, unit: Unit, percent: Figure, span: Span) {
        let raw = name_window(sub(self.text, self.name_start.min(name_end), name_end));
        let stripped: String = COMPLETION_WORDS.iter().fold(raw.to_string(), |acc, w| remove_all(&acc, w));
        let cleaned = clean_name(&stripped);
        let name = if cleaned.is_empty() { self.subject.clone() } else { Some(cleaned) };
        match (name, self.ctx) {
            (Some(name), Some(c)) => {
                let kind = FactKind::Completion { year: c.year, target, unit, percent };
                self.ex.facts.push(Fact { name, kind, span });
            }
            _ => self.unattached(percent.span),
        }
    }

    /// Multiples: "增长2倍", "是2010年的3倍", "翻一番", "翻两番". The base year is the one the
    /// clause compares with (比2010年), else the start of the context's period.
    fn multiple(&mut self, cur: &mut Cursor) -> bool {
        let start = cur.pos();
        // A multiple starts with 翻, 增长/增加, 是, 为 or 相当于: elsewhere there is nothing to
        // look for.
        if !matches!(cur.peek(), Some('翻' | '增' | '是' | '为' | '相')) {
            return false;
        }
        // Every multiple but 翻番 ends in 倍 within a few characters; look before trying.
        let near = &cur.rest().as_bytes()[..cur.rest().len().min(36)];
        let times = "倍".as_bytes();
        let has_times = near.windows(3).any(|w| w[0] == times[0] && w[1] == times[1] && w[2] == times[2]);
        if !has_times && !cur.rest().starts_with('翻') {
            return false;
        }
        let (word, figure) = if cur.eat("翻") {
            let k = if cur.eat("番") {
                Some(1)
            } else {
                cur.chinese_number().filter(|_| cur.eat("番")).map(|(d, _)| d.mantissa)
            };
            let Some(k) = k.filter(|k| (1..=10).contains(k)) else {
                cur.set_pos(start);
                return false;
            };
            let number = crate::figure::Decimal { mantissa: k, exp: 0 };
            (MultipleWord::Doubling, Figure::new(number, Bound::Eq, Span::new(start, cur.pos())))
        } else {
            let word = if cur.eat("增长") || cur.eat("增加") {
                MultipleWord::Increase
            } else if cur.eat("是") || cur.eat("为") || cur.eat("相当于") {
                // 是2010年的3倍: the comparison year sits inside.
                if let Some(m) = self.marker(cur) {
                    self.from_year = Some(m.year);
                }
                let _ = cur.eat("的");
                MultipleWord::Times
            } else {
                return false;
            };
            let number = match cur.figure() {
                Some(Ok((f, u))) if u.base == "倍" => f,
                _ => match cur.chinese_number() {
                    Some((d, sp)) if cur.eat("倍") => Figure::new(d, Bound::Eq, sp),
                    _ => {
                        cur.set_pos(start);
                        return false;
                    }
                },
            };
            (word, number)
        };
        let span = Span::new(start, cur.pos());
        let Some(name) = self.name(self.name_start, start, true) else {
            self.name_start = cur.pos();
            return true;
        };
        let to = self.ctx.map(|c| c.year).or(self.doc.plan.map(|p| p.1));
        let from = self.from_year.or(self.ctx.and_then(|c| c.rate_from)).or(self.doc.plan.map(|p| p.0 - 1));
        match (from, to) {
            (Some(from), Some(to)) if from < to => {
                self.ex.facts.push(Fact { name, kind: FactKind::Multiple { from, to, word, figure }, span });
            }
            _ => self.unattached(figure.span),
        }
        self.name_start = cur.pos();
        true
    }

    fn unattached(&mut self, span: Span) {
        let shown = excerpt(sub(self.text, span.start, span.end));
        self.ex.diag("year_unknown", span, messages::YEAR_UNKNOWN.fill(&[&shown]));
    }
}

/// Splits "城镇、农村居民人均可支配收入" into its names. The parts before the last usually
/// share the last one's suffix: when a part is shorter than the last, it takes the last part's
/// tail after as many characters as the part has ("城镇" + "居民人均可支配收入").
fn split_names(names: &str) -> Vec<String> {
    let mut parts: Vec<&str> = Vec::new();
    for p in names.split(['、', '和', '及', '与', ',', '，']) {
        if !p.is_empty() {
            parts.push(p);
        }
    }
    let Some(last) = parts.last() else { return Vec::new() };
    let mut last_chars: Vec<char> = Vec::with_capacity(last.len());
    for c in last.chars() {
        last_chars.push(c);
    }
    let mut out = Vec::with_capacity(parts.len());
    for p in &parts {
        let n = char_count(p);
        if n < last_chars.len() && n <= 4 {
            let mut joined = p.to_string();
            for &c in &last_chars[n..] {
                joined.push(c);
            }
            out.push(joined);
        } else {
            out.push(p.to_string());
        }
    }
    out
}

/// Drops fillers, quotes and markup around a name, and keeps the tail of a long fragment.
/// How much of the text before an anchor a name is cut from, in bytes (about 170 CJK chars).
///
/// A name is short (`MAX_NAME_CHARS`), but the text it is cut from runs from the clause start to
/// the anchor. In text with no clause breaks (binary, a fuzzer's input) that is everything read
/// so far, and every anchor would clean it again: quadratic (a 200 KB input of the fuzz corpus
/// took 0.66 s, 20 KB 5 ms). Only the last `NAME_WINDOW` bytes are looked at; a real name with
/// its fillers, or a 分别 list of names, is far shorter.
const NAME_WINDOW: usize = 512;

/// The end of `s` that a name can come from: at most `NAME_WINDOW` bytes, on a char boundary.
fn name_window(s: &str) -> &str {
    let mut i = s.len().saturating_sub(NAME_WINDOW);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    sub_from(s, i)
}

fn clean_name(raw: &str) -> String {
    let raw = name_window(raw);
    let mut s: &str = trim_by(raw, |c| is_space(c) || matches!(c, '*' | '#' | '—' | '-' | '“' | '”' | '"'));
    let mut changed = true;
    while changed && !s.is_empty() {
        changed = false;
        // The byte tests only skip the calls that cannot strip.
        for w in LEADING_FILLERS {
            if s.as_bytes().first() != w.as_bytes().first() {
                continue;
            }
            if let Some(rest) = s.strip_prefix(w) {
                s = trim_start_by(rest, is_space);
                changed = true;
            }
        }
        for w in TRAILING_FILLERS {
            if s.as_bytes().last() != w.as_bytes().last() {
                continue;
            }
            if let Some(rest) = s.strip_suffix(w) {
                s = trim_end_by(rest, is_space);
                changed = true;
            }
        }
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !is_space(c) && !matches!(c, '“' | '”' | '"' | '*') {
            out.push(c);
        }
    }
    if char_count(&out) > MAX_NAME_CHARS {
        // Keep what follows the last enumeration or verb-like break.
        let tail_from =
            out.rfind(['，', '、', ',']).map(|i| i + sub_from(&out, i).chars().next().map_or(1, char::len_utf8));
        out = match tail_from {
            Some(i) if i < out.len() => sub_from(&out, i).to_string(),
            _ => {
                // The last MAX_NAME_CHARS chars, sliced where they start.
                let start = out.char_indices().rev().take(MAX_NAME_CHARS).last().map_or(0, |(i, _)| i);
                sub_from(&out, start).to_string()
            }
        };
    }
    // A name must say something: digits or symbols alone are not a statistic.
    if !out.chars().any(is_letter) {
        return String::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::cursor::PREFIX_BOUNDS;

    #[test]
    fn chinese_numerals_start_where_chinese_figure_looks() {
        for c in ['万', '亿', '年', '的', 'a', '1'] {
            let s = format!("{c}五千人");
            assert!(Cursor::new(&s, 0, s.len()).chinese_number().is_none(), "{c}");
        }
    }

    #[test]
    fn long_names_keep_their_last_chars() {
        for raw in ["甲乙丙丁戊己庚辛壬癸".repeat(8), "a地区生产总值𠀀".repeat(9)] {
            let kept: String = raw.chars().rev().take(MAX_NAME_CHARS).collect::<Vec<_>>().into_iter().rev().collect();
            assert_eq!(clean_name(&raw), kept);
        }
    }

    #[test]
    fn periods_start_with_shi() {
        assert!(PERIODS.iter().all(|p| p.0.starts_with('十')));
    }

    #[test]
    fn skip_filter_covers_every_stop() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let stops = stops_skip(halfwidth(c));
            assert!(!stops || may_stop_skip(c as u32), "U+{:04X} stops the skip but fails the filter", c as u32);
        }
    }

    /// The words PAIR_FILTER is built from (but PARTIAL_PERIODS: 前三季度 and 第一季度 are
    /// read after a year, "2023年前三季度", not at a stop of the main loop).
    #[test]
    fn every_anchor_word_starts_with_a_candidate() {
        let words = LEVEL_VERBS
            .iter()
            .map(|w| w.0)
            .chain(PERIOD_RATE_WORDS.iter().map(|w| w.0))
            .chain(YEAR_RATE_WORDS.iter().map(|w| w.0))
            .chain(PREFIX_BOUNDS.iter().map(|w| w.0))
            .chain(PERIODS.iter().map(|w| w.0))
            .chain(LITERAL_ANCHOR_WORDS.iter().copied())
            .chain(RELATIVE_YEARS.iter().map(|w| w.0))
            .chain(NOW_WORDS.iter().map(|w| w.0));
        for w in words {
            let mut chars = w.chars();
            let c = chars.next().unwrap();
            assert!(may_start_anchor(c), "{w} starts with {c}, which may_start_anchor rejects");
            assert!(may_start_anchor_here(c, || chars.next()), "{w}: its first two chars fail PAIR_FILTER");
        }
        // And the filter says no where nothing starts: 大 starts only 大于.
        assert!(!may_start_anchor_here('大', || Some('力')) && may_start_anchor_here('大', || Some('于')));
    }
}
