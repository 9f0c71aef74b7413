//! Fuzz target `structured`: the fuzz bytes drive a generator of text that looks like the two
//! tabular forms, spreadsheet rows and one target per line, so that the fuzzer spends its time
//! deep in the readers, the model and the checks rather than being rejected at detection.
//!
//! The bytes choose, one decision per byte: the form, the header and its column order, the
//! delimiter, and for each row or line the name, years, numbers (short, long, negative,
//! full-width, with thousands separators), units (亿元 万元 元 万吨 % ‰ 个百分点 成 …), bound
//! words (以上 以内 左右 >= ≈ …), rate wordings (年均, 2011-2015年均, 2013→2015年均, 2026增长),
//! structures (a:b:c), separators (tab, comma, ideographic space, zero-width marks), and slices
//! of raw fuzz bytes (lossy UTF-8) spliced in anywhere. (An earlier version repeated some bodies
//! up to 16 times; libFuzzer then filled the corpus with repeated inputs, whose higher hit counts
//! count as new features, at a third of the speed. Size and repetition are tests/hostile.rs's
//! business.)
//!
//! Each text is analysed with the form detected and with one form forced (rows, lines, prose or
//! none, chosen by the first byte), and every Report is checked against `fuzz/invariants.rs`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use plancheck::{analyze, FormChoice, Options};

#[path = "../invariants.rs"]
mod invariants;

/// Reads decisions from the fuzz bytes; past the end every decision is 0.
struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Bytes<'a> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }
    fn done(&self) -> bool {
        self.pos >= self.data.len()
    }
    fn below(&mut self, n: usize) -> usize {
        self.byte() as usize % n.max(1)
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, in_256: u8) -> bool {
        self.byte() < in_256
    }
    /// A slice of raw fuzz bytes as lossy UTF-8.
    fn raw(&mut self) -> String {
        let n = self.below(16);
        let end = (self.pos + n).min(self.data.len());
        let s = String::from_utf8_lossy(&self.data[self.pos.min(end)..end]).into_owned();
        self.pos = end;
        s
    }
}

const NAMES: &[&str] = &[
    "地区生产总值",
    "生产总值",
    "GDP",
    "工业增加值",
    "第一产业增加值",
    "第二产业增加值",
    "第三产业增加值",
    "社会消费品零售总额",
    "一般公共预算收入",
    "财政总收入",
    "城镇居民人均可支配收入",
    "农牧民人均纯收入",
    "人均地区生产总值",
    "常住人口",
    "总人口",
    "进出口贸易额",
    "口岸进出口货运量",
    "固定资产投资",
    "万元GDP能耗",
    "三次产业结构",
    "工业增加值占地区生产总值比重",
    "服务业比重",
    "城镇化率",
    "全市地区生产总值",
    "地区生产总值（亿元）",
    "全市全市全市",
    "",
    " ",
    "\"",
    "“",
    "名称",
    "指标",
];

const YEARS: &[&str] = &[
    "2010",
    "2015",
    "2011",
    "2013",
    "2020",
    "2025",
    "2026",
    "2030",
    "2035",
    "2050",
    "1900",
    "2100",
    "1899",
    "2101",
    "0",
    "0000",
    "99999",
    "9999",
    "1000",
    "２０１５",
    "201",
    "20155",
];

const NUMBERS: &[&str] = &[
    "47.6",
    "143",
    "24.6",
    "0",
    "0.0",
    "-5",
    "−3.2",
    "负2",
    "100",
    "-100",
    "1,234",
    "1,234.5",
    "12,34",
    "0.4",
    "37.6",
    "62",
    "１４３",
    "４７．６",
    "1e400",
    "0.000000000000000000000000000000001",
    "99999999999999999999",
    "18446744073709551616",
    "9223372036854775807",
    "1.",
    ".5",
    "1..2",
    "3.3",
    "45000",
];

const UNITS: &[&str] = &[
    "亿元",
    "万元",
    "元",
    "万吨",
    "%",
    "％",
    "‰",
    "个百分点",
    "成",
    "万人",
    "亿美元",
    "千瓦时",
    "",
    "倍",
    "万",
    "亿",
    "万亿元",
    "吨标煤",
];

const BOUNDS: &[&str] = &["以上", "以内", "以下", "左右", "上下", ""];
const PREFIXES: &[&str] = &["约", "突破", "不超过", "控制在", "超过", "不低于", ">=", "≈", "~", "≥", "≤", ""];
const RELATIONS: &[&str] = &["=", ">=", "<=", "≈", "~", ">", "<", "≥", "≤", "＝", " = ", "=="];
const RATE_WORDS: &[&str] = &["年均", "年均增长", "年均递增", "年均增速", "年均下降", "年均减少", "增长", "下降"];
const SEPARATORS: &[&str] = &[" ", "  ", "\t", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{202E}", ""];
const COLUMNS: &[&str] = &[
    "指标",
    "单位",
    "基期年份",
    "基期值",
    "目标年份",
    "目标值",
    "年均增长",
    "年均增长(%)",
    "indicator",
    "unit",
    "base year",
    "base value",
    "target year",
    "target value",
    "annual growth",
    "实际年份",
    "实际值",
    "名称",
    "rate",
    "",
    "\"指标\"",
    "未知列",
];

fn number(b: &mut Bytes) -> String {
    match b.below(4) {
        0 | 1 => b.pick(NUMBERS).to_string(),
        2 => {
            // Digits chosen byte by byte, with an optional point.
            let n = 1 + b.below(12);
            let point = b.below(n + 1);
            let mut s = String::new();
            for i in 0..n {
                if i == point && i > 0 {
                    s.push('.');
                }
                s.push(char::from(b'0' + b.below(10) as u8));
            }
            s
        }
        _ => format!("{}", u32::from(b.byte()) * 7 + u32::from(b.byte())),
    }
}

fn figure(b: &mut Bytes) -> String {
    let mut s = String::new();
    if b.chance(40) {
        s.push_str(b.pick(PREFIXES));
    }
    s.push_str(&number(b));
    if b.chance(200) {
        s.push_str(b.pick(UNITS));
    }
    if b.chance(50) {
        s.push_str(b.pick(BOUNDS));
    }
    if b.chance(10) {
        s.push_str(&b.raw());
    }
    s
}

fn name(b: &mut Bytes) -> String {
    if b.chance(20) {
        b.raw()
    } else {
        let mut s = b.pick(NAMES).to_string();
        if b.chance(15) {
            s.push_str(&b.raw());
        }
        s
    }
}

/// One target per line: `名称 2010=47.6亿元 2015=143亿元 年均24.6%`.
fn line(b: &mut Bytes, out: &mut String) {
    out.push_str(&name(b));
    let tokens = 1 + b.below(5);
    for _ in 0..tokens {
        out.push_str(b.pick(SEPARATORS));
        match b.below(8) {
            0..=2 => {
                out.push_str(b.pick(YEARS));
                out.push_str(b.pick(RELATIONS));
                out.push_str(&figure(b));
            }
            3 => {
                out.push_str(b.pick(RATE_WORDS));
                out.push_str(&number(b));
                out.push_str(if b.chance(230) { "%" } else { b.pick(UNITS) });
                if b.chance(40) {
                    out.push_str(b.pick(BOUNDS));
                }
            }
            4 => {
                out.push_str(b.pick(YEARS));
                out.push_str(b.pick(&["-", "–", "—", "至", "到", "→", "->"]));
                out.push_str(b.pick(YEARS));
                out.push_str(b.pick(RATE_WORDS));
                out.push_str(&number(b));
                out.push('%');
            }
            5 => {
                // A structure a:b:c, with ASCII or full-width colons.
                out.push_str(b.pick(YEARS));
                out.push('=');
                let parts = 1 + b.below(5);
                for i in 0..parts {
                    if i > 0 {
                        out.push_str(b.pick(&[":", "：", "::", ":%"]));
                    }
                    out.push_str(&number(b));
                    if b.chance(30) {
                        out.push('%');
                    }
                }
            }
            6 => {
                out.push_str(b.pick(&["实际", "预计", "actual:", ""]));
                out.push_str(b.pick(YEARS));
                out.push_str(b.pick(&["增长", "下降", "="]));
                out.push_str(&figure(b));
            }
            _ => out.push_str(&b.raw()),
        }
    }
}

/// Spreadsheet rows: a header in a chosen column order, then rows of cells.
fn rows(b: &mut Bytes, out: &mut String) {
    let delim = b.pick(&["\t", ",", "，", "\t\t"]);
    let standard = ["指标", "单位", "基期年份", "基期值", "目标年份", "目标值", "年均增长"];
    let columns: Vec<&str> = if b.chance(128) {
        standard.to_vec()
    } else {
        let n = 1 + b.below(8);
        let mut c: Vec<&str> = (0..n).map(|_| b.pick(COLUMNS)).collect();
        if b.chance(200) {
            c.insert(b.below(c.len() + 1), "指标");
        }
        c
    };
    out.push_str(&columns.join(delim));
    out.push('\n');
    let nrows = 1 + b.below(8);
    for _ in 0..nrows {
        if b.done() {
            break;
        }
        let ncells = if b.chance(220) { columns.len() } else { b.below(columns.len() + 3) };
        let cells: Vec<String> = (0..ncells)
            .map(|i| {
                let col = columns.get(i).copied().unwrap_or("");
                let mut cell = match col {
                    "指标" | "indicator" | "名称" | "\"指标\"" => name(b),
                    "单位" | "unit" => b.pick(UNITS).to_string(),
                    "基期年份" | "目标年份" | "base year" | "target year" | "实际年份" => {
                        b.pick(YEARS).to_string()
                    }
                    "年均增长" | "年均增长(%)" | "annual growth" | "rate" => {
                        let mut s = number(b);
                        if b.chance(60) {
                            s.push('%');
                        }
                        s
                    }
                    _ => figure(b),
                };
                if b.chance(8) {
                    cell = String::new();
                }
                if b.chance(10) {
                    cell = format!("\"{cell}\"");
                }
                if b.chance(8) {
                    cell.push_str(b.pick(SEPARATORS));
                }
                cell
            })
            .collect();
        out.push_str(&cells.join(delim));
        out.push_str(b.pick(&["\n", "\r\n", "\n\n", "\n"]));
    }
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes { data, pos: 0 };
    let mode = b.byte();
    let mut body = String::new();
    if mode & 1 == 0 {
        rows(&mut b, &mut body);
    }
    let lines = if mode & 1 == 1 { 1 + b.below(12) } else { b.below(3) };
    for _ in 0..lines {
        if b.done() && !body.is_empty() {
            break;
        }
        line(&mut b, &mut body);
        body.push_str(b.pick(&["\n", "\r\n", "\n", "\n\n", "。", "\n"]));
    }
    // Whatever bytes are left go in raw, at the end.
    if !b.done() {
        body.push_str(&String::from_utf8_lossy(&data[b.pos.min(data.len())..]));
    }
    let text = body;

    check(&text, None);
    // One forced form besides detection, chosen by the input, so that every reader meets
    // every kind of text at half the cost of forcing all three.
    let forced = [None, Some(FormChoice::Rows), Some(FormChoice::Lines), Some(FormChoice::Prose)];
    if let Some(form) = forced[usize::from(mode >> 1) % 4] {
        check(&text, Some(form));
    }
});

fn check(text: &str, form: Option<FormChoice>) {
    let report = analyze(text, &Options { form });
    if let Err(e) = invariants::check(text, &report) {
        panic!("invariant broken (form {form:?}): {e}\ninput: {text:?}");
    }
}
