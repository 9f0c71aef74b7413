//! Units with magnitudes: 亿元 is the unit 元 at 10^8, 万人次 is 人次 at 10^4.
//!
//! Units that share a base convert exactly by shifting the decimal exponent of a figure; units
//! with different bases never mix. Percentages, per-mille and percentage points are kinds of
//! their own, because "提高2个百分点" is not "增长2%".
//!
//! | written     | base     | exp | kind      |
//! |-------------|----------|-----|-----------|
//! | `亿元`       | `元`      | 8   | `Amount`  |
//! | `万元`       | `元`      | 4   | `Amount`  |
//! | `亿美元`     | `美元`    | 8   | `Amount`  |
//! | `万千瓦`     | `千瓦`    | 4   | `Amount`  |
//! | `万元/人`    | `元/人`   | 4   | `Amount`  |
//! | `万`         | ``       | 4   | `Amount`  |
//! | `%`         | `%`      | 0   | `Percent` |
//! | `‰`         | `‰`      | 0   | `Permille`|
//! | `个百分点`   | `个百分点` | 0   | `Points`  |
//! | `个千分点`   | `个千分点` | 0   | `Points` (of a ‰ rate) |

use crate::text::{sub_to, table, WordMap, Words};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// A quantity with a base unit (possibly none, for bare counts such as "15万").
    Amount,
    Percent,
    Permille,
    Points,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// As written, normalised to half width: "亿元".
    pub text: String,
    /// The base unit without magnitude: "元". Synonyms are folded (吨标煤 → 吨标准煤).
    pub base: &'static str,
    /// The power of ten of the magnitude prefix.
    pub exp: i32,
    pub kind: UnitKind,
}

/// Magnitude prefixes, longest first so that 万亿 wins over 万.
const MAGNITUDES: WordMap<i32> = table!["万亿" => 12, "千亿" => 11, "百亿" => 10, "亿" => 8, "千万" => 7, "百万" => 6, "十万" => 5, "万" => 4, "千" => 3, "百" => 2];

/// Base units, with the canonical spelling each folds to, grouped by first char (see
/// [`Words`]). Longest first within a group, so that 千瓦时 is not read as 千瓦, and so that 千瓦
/// is a base of its own rather than 千 × 瓦.
const BASES: Words<&str> = Words::new(&[
    ("%", "%"),
    // "PM2.5平均浓度28μg/m3": micrograms per cubic metre written in symbols.
    ("ug/m3", "微克/立方米"),
    ("μg/m3", "微克/立方米"),
    ("μg/m³", "微克/立方米"),
    ("‰", "‰"),
    // Kilometre and square-metre signs as PDFs and web editors write them.
    ("㎞", "公里"),
    ("㎡", "平方米"),
    ("㎥", "立方米"),
    ("个百分点", "个百分点"),
    ("个千分点", "个千分点"),
    ("个", "个"),
    ("亩", "亩"),
    // Passenger and freight turnover ("旅客周转量18000万人公里", "货物周转量52000万吨公里").
    ("人公里", "人公里"),
    ("人次", "人次"),
    ("人", "人"),
    ("件", "件"),
    ("倍", "倍"),
    ("元/平方米", "元/平方米"),
    ("元/人", "元/人"),
    ("元/吨", "元/吨"),
    ("元", "元"),
    ("兆瓦", "兆瓦"),
    ("克", "克"),
    ("公里", "公里"),
    ("公顷", "公顷"),
    ("公斤/公顷", "千克/公顷"),
    ("公斤/亩", "千克/亩"),
    ("公斤", "千克"),
    ("册", "册"),
    // Trains are counted in 列 ("开行中欧班列1862列") and trips in 趟.
    ("列", "列"),
    // Horses and mules, in a livestock count's units ("(头、只、匹)").
    ("匹", "匹"),
    ("千分点", "个千分点"),
    ("千瓦小时", "千瓦时"),
    ("千瓦时", "千瓦时"),
    ("千瓦", "千瓦"),
    ("千米", "公里"),
    ("千克/公顷", "千克/公顷"),
    ("千克/亩", "千克/亩"),
    ("千克", "千克"),
    // Pigs are counted in 口 in some provinces' bulletins ("生猪4.73万口").
    ("口", "口"),
    ("只", "只"),
    ("台", "台"),
    ("吉瓦", "吉瓦"),
    // People counted one by one ("应到代表250名"): a head count, the same as 人.
    ("名", "人"),
    ("吨标准煤/万元", "吨标准煤/万元"),
    ("吨标煤/万元", "吨标准煤/万元"),
    ("吨标准煤", "吨标准煤"),
    ("吨标煤", "吨标准煤"),
    ("吨公里", "吨公里"),
    // A capacity ("总产能从2000万吨/年核增至3000万吨/年").
    ("吨/年", "吨/年"),
    ("吨", "吨"),
    // Events and sites are counted in 场 and 处 ("举办招聘会32场", "建成示范园区15处").
    ("场", "场"),
    ("处", "处"),
    // "空气质量优良天数300天": days, as a statistic counts them.
    ("天", "天"),
    ("头只", "头只"),
    ("头（只）", "头"),
    ("头(只)", "头"),
    ("头", "头"),
    ("套", "套"),
    // Projects are counted in 宗 in Guangdong's reports ("重点项目60宗").
    ("宗", "宗"),
    ("家", "家"),
    ("岁", "岁"),
    ("平方公里", "平方公里"),
    ("平方米", "平方米"),
    ("床", "床"),
    ("度", "度"),
    ("座", "座"),
    ("张", "张"),
    ("微克/立方米", "微克/立方米"),
    ("户", "户"),
    ("所", "所"),
    ("把", "把"),
    ("担", "担"),
    ("斤", "斤"),
    // Policy measures are counted in 条 ("出台稳就业20条").
    ("条", "条"),
    ("架次", "架次"),
    ("标准箱", "标准箱"),
    ("标箱", "标准箱"),
    ("株", "株"),
    // Trees and bamboo poles are counted one by one ("植树120万棵", "大径竹150万根").
    ("根", "根"),
    ("棵", "棵"),
    ("次", "次"),
    ("片", "片"),
    ("百分点", "个百分点"),
    ("种", "种"),
    ("立方米", "立方米"),
    ("箱", "箱"),
    ("米", "米"),
    ("美元", "美元"),
    ("羽", "羽"),
    ("艘", "艘"),
    ("趟", "趟"),
    // Ships are counted by their deadweight ("民用钢质船舶 万载重吨 156.86").
    ("载重吨", "载重吨"),
    ("辆", "辆"),
    // Telephones and films are counted in 部 ("移动电话30.5万部"); "12部门" counts departments.
    ("部门", "部门"),
    ("部", "部"),
    ("项", "项"),
    ("颗", "颗"),
    ("％", "%"),
]);

impl Unit {
    /// The dimensionless unit of a bare number.
    // Not inlined: one copy of the four fields' stores serves the many callers.
    #[inline(never)]
    pub fn none() -> Unit {
        Unit { text: String::new(), base: "", exp: 0, kind: UnitKind::Amount }
    }

    pub fn percent() -> Unit {
        Unit { text: "%".into(), base: "%", exp: 0, kind: UnitKind::Percent }
    }

    /// Reads the longest unit at the start of `s`. Returns the unit and the bytes it took.
    /// A string that starts with no unit gives `(Unit::none(), 0)`.
    pub fn parse_prefix(s: &str) -> (Unit, usize) {
        // 成 is tenths: "八成" is 80%, held as 8 at 10^1 of a per cent.
        if s.starts_with('成') {
            return (Unit { text: "成".into(), base: "%", exp: 1, kind: UnitKind::Percent }, '成'.len_utf8());
        }
        if let Some((base, len)) = match_base(s) {
            return (Unit::from_parts(sub_to(s, len), base, 0), len);
        }
        for (m, exp) in MAGNITUDES.iter() {
            if s.as_bytes().get(..2) != m.as_bytes().get(..2) {
                continue;
            }
            if let Some(rest) = s.strip_prefix(m) {
                let (base, len) = match_base(rest).unwrap_or(("", 0));
                // A magnitude may not sit before %, ‰ or points: "万%" is not a unit.
                if matches!(base, "%" | "‰" | "个百分点" | "个千分点") {
                    continue;
                }
                let total = m.len() + len;
                return (Unit::from_parts(sub_to(s, total), base, exp), total);
            }
        }
        (Unit::none(), 0)
    }

    /// Parses a whole unit cell ("亿元", "万人", "%"). `None` when text is left over.
    pub fn parse(s: &str) -> Option<Unit> {
        let s = crate::text::trim(s);
        let (u, n) = Unit::parse_prefix(s);
        (n == s.len()).then_some(u)
    }

    fn from_parts(text: &str, base: &'static str, exp: i32) -> Unit {
        let kind = match base {
            "%" => UnitKind::Percent,
            "‰" => UnitKind::Permille,
            "个百分点" | "个千分点" => UnitKind::Points,
            _ => UnitKind::Amount,
        };
        let text = crate::text::replace_all(text, "％", "%");
        Unit { text, base, exp, kind }
    }

    /// True for counts of discrete things (个, 项, 家…), at any magnitude ("3.2万户").
    pub fn is_count(&self) -> bool {
        matches!(
            self.base,
            "个" | "项"
                | "宗"
                | "家"
                | "户"
                | "所"
                | "座"
                | "台"
                | "套"
                | "件"
                | "辆"
                | "张"
                | "床"
                | "种"
                | "条"
                | "处"
                | "场"
        )
    }

    /// True for counts written without a magnitude: "12个" is exactly twelve, not anything in
    /// [11.5, 12.5].
    pub fn is_exact_count(&self) -> bool {
        self.exp == 0 && self.is_count()
    }

    /// True when figures in the two units can be compared after an exact shift.
    pub fn compatible(&self, other: &Unit) -> bool {
        self.kind == other.kind && self.base == other.base
    }

    /// True for a bare magnitude ("1500亿", "37万"): a number of whatever its name measures.
    pub fn is_bare_magnitude(&self) -> bool {
        self.kind == UnitKind::Amount && self.base.is_empty() && self.exp > 0
    }

    /// True when a figure in `self` may be a statement of an indicator kept in `other`: the
    /// units convert, or one of them is a bare magnitude of an amount ("GDP达1500亿" and
    /// "地区生产总值1500亿元").
    pub fn fits(&self, other: &Unit) -> bool {
        self.compatible(other)
            || self.kind == UnitKind::Amount
                && other.kind == UnitKind::Amount
                && (self.is_bare_magnitude() || other.is_bare_magnitude())
    }

    /// The exponent shift that converts a figure written in `self` into `to`.
    pub fn shift_to(&self, to: &Unit) -> i32 {
        self.exp - to.exp
    }
}

fn match_base(s: &str) -> Option<(&'static str, usize)> {
    // Only the bases that start with the text's first char, longest first.
    BASES.starting_with(s.chars().next()?).iter().find(|(w, _)| s.starts_with(w)).map(|&(w, canon)| (canon, w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_units_of_the_seeds() {
        for (s, base, exp, kind) in [
            ("亿元", "元", 8, UnitKind::Amount),
            ("万元", "元", 4, UnitKind::Amount),
            ("元", "元", 0, UnitKind::Amount),
            ("亿美元", "美元", 8, UnitKind::Amount),
            ("万吨", "吨", 4, UnitKind::Amount),
            ("万人次", "人次", 4, UnitKind::Amount),
            ("万千瓦", "千瓦", 4, UnitKind::Amount),
            ("千瓦", "千瓦", 0, UnitKind::Amount),
            ("万平方米", "平方米", 4, UnitKind::Amount),
            ("万亩", "亩", 4, UnitKind::Amount),
            ("吨标煤", "吨标准煤", 0, UnitKind::Amount),
            ("万", "", 4, UnitKind::Amount),
            ("%", "%", 0, UnitKind::Percent),
            ("％", "%", 0, UnitKind::Percent),
            ("‰", "‰", 0, UnitKind::Permille),
            ("个百分点", "个百分点", 0, UnitKind::Points),
            ("个千分点", "个千分点", 0, UnitKind::Points),
            ("千分点", "个千分点", 0, UnitKind::Points),
            ("成", "%", 1, UnitKind::Percent),
            // "40种工业产品": a count of kinds.
            ("种", "种", 0, UnitKind::Amount),
            // Per-unit measures (labour productivity, yields, energy intensity) are units of
            // their own, never 元 with a stray "/人".
            ("万元/人", "元/人", 4, UnitKind::Amount),
            ("公斤/亩", "千克/亩", 0, UnitKind::Amount),
            ("吨标准煤/万元", "吨标准煤/万元", 0, UnitKind::Amount),
        ] {
            let u = Unit::parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((u.base, u.exp, u.kind), (base, exp, kind), "{s}");
        }
        assert_eq!(Unit::parse("万%"), None);
        assert_eq!(Unit::parse("亿元以上"), None);
        assert_eq!(Unit::parse_prefix("亿元以上").1, "亿元".len());
    }

    #[test]
    fn conversions_shift_exponents() {
        let yi = Unit::parse("亿元").unwrap();
        let wan = Unit::parse("万元").unwrap();
        assert!(yi.compatible(&wan));
        assert_eq!(yi.shift_to(&wan), 4);
        assert!(!yi.compatible(&Unit::parse("亿美元").unwrap()));
        assert!(!Unit::percent().compatible(&Unit::parse("个百分点").unwrap()));
    }
}
