//! Bilingual messages and the diagnostics' wording.
//!
//! Every message the analyzer emits is a [`Template`]: a named constant with a Chinese and an
//! English text, filled with positional arguments. Diagnostics are worded "expected X, found Y"
//! so that a user sees both what the analyzer wanted and what it got. A constant's name is
//! the handle to find the code: search for it to reach every site that emits it.
//!
//! | template              | filled with              | en                                              |
//! |-----------------------|--------------------------|-------------------------------------------------|
//! | `YEAR_OUT_OF_RANGE`   | `1900, 2100, 99999`      | year out of range: expected 1900–2100, found 99999 |
//! | `INPUT_TOO_LARGE`     | `5242880, 6000000`       | input too large: expected at most 5242880 bytes, … |

use crate::period::OWN_YEAR;
use crate::text::{sub_from, sub_to};
use std::fmt::Write as _;

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

impl Message {
    /// Appends a sentence: joined as written in Chinese, after a space in English.
    pub fn append(&mut self, more: &Message) {
        self.zh.push_str(&more.zh);
        self.en.push(' ');
        self.en.push_str(&more.en);
    }
}

/// A message in both languages with `{0}`, `{1}`… placeholders.
pub struct Template {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Template {
    pub fn fill(&self, args: &[&dyn Arg]) -> Message {
        Message { zh: fill(self.zh, Lang::Zh, args), en: fill(self.en, Lang::En, args) }
    }
}

/// The language a template is being filled in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

/// A template argument. Most are shown the same in both languages; a [`Year`] is not.
pub trait Arg {
    fn write_to(&self, lang: Lang, out: &mut String);
    /// True when the argument already says which period it is, so a "年" after its
    /// placeholder in the zh template ("{1}年") is dropped: "本期", not "本期年".
    fn names_its_period(&self) -> bool {
        false
    }
}

// Each type an argument can be, written out: a blanket impl over `Display` would print
// integers through core's formatting, a copy for each integer type.
impl Arg for str {
    fn write_to(&self, _: Lang, out: &mut String) {
        out.push_str(self);
    }
}

impl Arg for String {
    fn write_to(&self, _: Lang, out: &mut String) {
        out.push_str(self);
    }
}

impl Arg for crate::figure::Decimal {
    fn write_to(&self, _: Lang, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Arg for i32 {
    fn write_to(&self, _: Lang, out: &mut String) {
        crate::text::push_int(out, i64::from(*self));
    }
}

impl Arg for usize {
    fn write_to(&self, _: Lang, out: &mut String) {
        crate::text::push_uint(out, *self as u64);
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn write_to(&self, lang: Lang, out: &mut String) {
        (**self).write_to(lang, out);
    }

    fn names_its_period(&self) -> bool {
        (**self).names_its_period()
    }
}

/// A year in a message: the number, or the text's own period ([`OWN_YEAR`]) and the one
/// before it in words, since a yearless text's figures have no year to print.
pub struct Year(pub i32);

impl Arg for Year {
    fn write_to(&self, lang: Lang, out: &mut String) {
        match (self.0 - OWN_YEAR, lang) {
            (0, Lang::Zh) => out.push_str("本期"),
            (0, Lang::En) => out.push_str("this period"),
            (-1, Lang::Zh) => out.push_str("上年同期"),
            (-1, Lang::En) => out.push_str("the year before"),
            _ => crate::text::push_int(out, i64::from(self.0)),
        }
    }

    fn names_its_period(&self) -> bool {
        matches!(self.0 - OWN_YEAR, 0 | -1)
    }
}

fn fill(t: &str, lang: Lang, args: &[&dyn Arg]) -> String {
    let mut out = String::with_capacity(t.len() + 16 * args.len());
    let mut rest = t;
    while let Some(i) = crate::text::find_char(rest, '{') {
        out.push_str(sub_to(rest, i));
        let after = sub_from(rest, i + 1);
        let idx = crate::text::find_char(after, '}')
            .and_then(|j| crate::text::parse_u32(sub_to(after, j)).map(|k| (k as usize, j)));
        match idx.and_then(|(k, j)| args.get(k).map(|a| (a, j))) {
            Some((a, j)) => {
                a.write_to(lang, &mut out);
                rest = sub_from(after, j + 1);
                if a.names_its_period() {
                    rest = rest.strip_prefix('年').unwrap_or(rest);
                }
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Quotes user text inside a message, cut to a readable length on a char boundary.
pub fn excerpt(s: &str) -> String {
    const MAX_CHARS: usize = 40;
    let mut out = String::new();
    for c in s.chars().take(MAX_CHARS) {
        out.push(c);
    }
    if crate::text::nth_char(s, MAX_CHARS).is_some() {
        out.push('…');
    }
    out
}

pub const EMPTY_INPUT: Template = Template {
    zh: "输入为空：应为规划文本、表格行或每行一个目标，实际没有内容。",
    en: "empty input: expected plan text, spreadsheet rows or one target per line, found nothing",
};

pub const INPUT_TOO_LARGE: Template = Template {
    zh: "输入过大：应不超过 {0} 字节，实际为 {1} 字节；未作分析。",
    en: "input too large: expected at most {0} bytes, found {1}; nothing was analysed",
};

pub const NO_FIGURES: Template = Template {
    zh: "未找到指标数值：应有年份和数值，如“地区生产总值 2015=143亿元”，实际一个也没有。",
    en: "no figures: expected years and values such as “地区生产总值 2015=143亿元”, found none",
};

pub const LINE_NOT_UNDERSTOOD: Template = Template {
    zh: "无法理解此行：应为“指标 年份=数值 … 年均增长率”，实际为“{0}”。",
    en: "line not understood: expected “name year=value … annual rate”, found “{0}”",
};

pub const TOKEN_NOT_UNDERSTOOD: Template = Template {
    zh: "无法理解“{0}”：应为 年份=数值、年均增长率（如 年均24.6%）或结构（如 2015=0.4:37.6:62）。",
    en: "could not read “{0}”: expected year=value, an annual rate (年均24.6%) or a structure (2015=0.4:37.6:62)",
};

pub const YEAR_OUT_OF_RANGE: Template = Template {
    zh: "年份超出范围：应在 {0}–{1} 之间，实际为 {2}。",
    en: "year out of range: expected {0}–{1}, found {2}",
};

pub const YEARS_REVERSED: Template = Template {
    zh: "年份顺序颠倒：期初应早于期末，实际为 {0}–{1}。",
    en: "years in reverse order: expected the start before the end, found {0}–{1}",
};

pub const SPAN_TOO_LONG: Template = Template {
    zh: "期间过长：应不超过 {0} 年，实际为 {1} 年（{2}–{3}）。",
    en: "period too long: expected at most {0} years, found {1} ({2}–{3})",
};

pub const NONPOSITIVE_VALUE: Template = Template {
    zh: "{0}：增长计算需要正数，实际为 {1}；未计算该指标的增长路径。",
    en: "{0}: expected a positive value to compute growth from, found {1}; no growth path was computed",
};

pub const RATE_TOO_LOW: Template = Template {
    zh: "增长率不合理：应不低于 −100%，实际为 {0}%。",
    en: "impossible rate: expected −100% or more, found {0}%",
};

pub const NUMBER_TOO_LONG: Template = Template {
    zh: "数字过长：应不超过 15 位有效数字，实际为“{0}”。",
    en: "number too long: expected at most 15 significant digits, found “{0}”",
};

pub const ABSURD_MAGNITUDE: Template = Template {
    zh: "数值大得不合理：应小于 10^16（以基本单位计），实际为“{0}”。",
    en: "absurd magnitude: expected less than 10^16 in base units, found “{0}”",
};

pub const UNIT_MISMATCH: Template = Template {
    zh: "{0}：单位“{1}”与此前的“{2}”不能换算，已作为另一指标处理。",
    en: "{0}: expected a unit convertible to “{2}”, found “{1}”; treated as a separate indicator",
};

pub const UNKNOWN_COLUMN: Template = Template {
    zh: "未知列“{0}”：应为 指标、单位、基期年份、基期值、目标年份、目标值 或 年均增长；已忽略此列。",
    en: "unknown column “{0}”: expected indicator, unit, base year, base value, target year, target value or annual growth; the column is ignored",
};

pub const CELL_NOT_UNDERSTOOD: Template =
    Template { zh: "无法理解单元格“{0}”：应为{1}。", en: "could not read cell “{0}”: expected {2}" };

pub const ROW_WITHOUT_NAME: Template = Template {
    zh: "此行缺少指标名称：应在“指标”列填写名称，实际为空；已跳过。",
    en: "row without a name: expected an indicator name in the indicator column, found none; the row is skipped",
};

pub const RATE_WITHOUT_PERIOD: Template = Template {
    zh: "{0}：年均增长率需要期间，应有基期年份和目标年份，实际缺少。",
    en: "{0}: an annual rate needs a period, expected a base year and a target year, found them missing",
};

pub const WHOLE_SHARE: Template = Template {
    zh: "“{0}”是{1}自身的构成（100%），下面各行的比重以它为分母。",
    en: "“{0}” is the share of {1} in itself (100%), the whole the rows below are shares of.",
};

pub const CUMULATIVE_NOT_CHECKED: Template = Template {
    zh: "“{0}”是期间累计数，不是某一年的数值；本版本暂不核查累计数。",
    en: "“{0}” is a sum over the period, not one year's value; this version does not check cumulative sums yet",
};

pub const NOT_READ_NO_YEAR: Template = Template {
    zh: "未读取“{0}”：应有年份或时期（如“到2015年”“一季度”），在本句、本段和文首都没有找到；此数未参与核查。",
    en: "not read “{0}”: expected a year or period (such as 到2015年 or 一季度) in its sentence, paragraph or title, found none; the figure is not checked",
};

pub const NOT_READ_NO_NAME: Template = Template {
    zh: "未读取“{0}”：应有指标名称（如“地区生产总值”），实际在它之前只有“{1}”；此数未参与核查。",
    en: "not read “{0}”: expected an indicator name (such as 地区生产总值) before it, found only “{1}”; the figure is not checked",
};

pub const NOT_READ_NOUN_PHRASE: Template = Template {
    zh: "未读取“{0}”：它修饰后面的名词（“{1}”），不是指标的取值。",
    en: "not read “{0}”: it qualifies the noun after it (“{1}”), not an indicator's value",
};

pub const NOT_READ_QUOTED: Template = Template {
    zh: "未读取“{0}”：它在引号中，是政策或文件的简称，不是指标的取值。",
    en: "not read “{0}”: it is quoted, the short name of a policy or a document, not an indicator's value",
};

pub const NOT_READ_OTHER_PERIOD: Template = Template {
    zh: "未读取“{0}”：它是与另一时期（{1}）的比较，不属于本文的任何时期。",
    en: "not read “{0}”: expected a figure of the text's own period, found a comparison with another period ({1})",
};

pub const NOT_READ_OTHER_REGION: Template = Template {
    zh: "未读取“{0}”：它是与其他地区或指标的比较数（“{1}”），不是本地区的取值。",
    en: "not read “{0}”: expected a figure of the document's own region, found a comparison with another region or figure (“{1}”)",
};

pub const NOT_READ_RESTATED: Template = Template {
    zh: "未单独读取“{0}”：它用另一单位重述了前一个数字。",
    en: "not read separately “{0}”: it restates the figure before it in another unit",
};

pub const NOT_READ_LIST: Template = Template {
    zh: "未读取“{0}”：列举的名称有 {1} 个、数值有 {2} 个，无法一一对应。",
    en: "not read “{0}”: expected as many values as names in the list, found {1} names and {2} values",
};

pub const NOT_READ_GARBLED: Template = Template {
    zh: "未读取“{0}”：应为完整的数字，实际紧跟在乱码（“?”或“\u{FFFD}”）之后，可能缺了数字。",
    en: "not read “{0}”: expected a figure written whole, found it right after a garbled character (“?” or “\u{FFFD}”), which may have been one of its digits",
};

pub const NOT_READ_CONSTANT_PRICES: Template = Template {
    zh: "未单独读取“{0}”：应为现价水平值，实际是按可比价（不变价）计算的水平，不与现价数字相比。",
    en: "not read separately “{0}”: expected a level at current prices, found one at comparable (constant) prices, which is not set against current-price figures",
};

pub const NOT_READ_UNKNOWN: Template = Template {
    zh: "未读取“{0}”：应为水平值、增速、比重或增减量，实际句式无法确定（“{1}”）。",
    en: "not read “{0}”: expected a level, a rate, a share or a change, found a phrasing this reader cannot place (“{1}”)",
};

pub const BAD_OPTION: Template = Template {
    zh: "选项 {0} 无效：应为 {1}，实际为 {2}；已使用默认值。",
    en: "invalid option {0}: expected {1}, found {2}; the default is used",
};

pub const TOO_MANY_FINDINGS: Template =
    Template { zh: "发现过多：只列出前 {0} 条。", en: "too many findings: only the first {0} are listed" };

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_positional_arguments() {
        let m = YEAR_OUT_OF_RANGE.fill(&[&1900, &2100, &99999]);
        assert_eq!(m.en, "year out of range: expected 1900–2100, found 99999");
        assert_eq!(m.zh, "年份超出范围：应在 1900–2100 之间，实际为 99999。");
        let m = Template { zh: "{1}{0}{9}{", en: "" }.fill(&[&"a", &"b"]);
        assert_eq!(m.zh, "ba{9}{");
    }

    #[test]
    fn excerpts_cut_on_char_boundaries() {
        assert_eq!(excerpt("短"), "短");
        assert_eq!(excerpt(&"长".repeat(50)).chars().count(), 41);
    }
}
