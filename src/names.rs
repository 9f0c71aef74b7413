//! Indicator names: how two spellings are recognised as one statistic, and how totals split.
//!
//! Plans name the same statistic in several ways, and name different statistics alike. The
//! key of a name drops qualifiers and folds documented synonyms, and nothing else: a merge
//! that is not in these tables does not happen, because merging two different statistics
//! would produce false alarms, which cost users more than a missed link.
//!
//! | written                   | key                    | why                                  |
//! |---------------------------|------------------------|--------------------------------------|
//! | `全市地区生产总值`          | `地区生产总值`          | qualifier 全市 dropped                |
//! | `生产总值`, `GDP`          | `地区生产总值`          | synonym                              |
//! | `城镇居民可支配收入`        | `城镇居民人均可支配收入` | the usual shortening                 |
//! | `工业增加值`, `工业经济`    | `工业`                  | value added of one sector            |
//! | `农牧民人均纯收入`          | `农牧民人均纯收入`       | NOT 可支配收入: another statistic      |
//! | `第二产业增加值`            | `第二产业`              | NOT 工业: 第二产业 adds 建筑业          |

use crate::text::{halfwidth, sub_from, sub_to, words, List};

/// Words that narrow the place or time of a statistic without changing what it measures:
/// dropped from its key and from its displayed name. Only a document's own scope is dropped:
/// 全区, 全省, 全盟 and 全州 usually name the region or province a city plan compares itself
/// with, and merging those figures with the city's would raise false conflicts.
const PLACE_AND_TIME: List =
    words!["全市", "全县", "全旗", "全镇", "本市", "我市", "本县", "全年", "年末", "年底", "公历年度"];

/// Qualifiers the key drops but a displayed name keeps: 地方财政收入 and 全体居民人均可支配收入
/// are the names readers search for, though they are statements of the same statistic.
const KEY_ONLY_QUALIFIERS: List = words!["口岸", "全部", "全体"];

/// Sector words whose "增加值" or "经济" suffix does not change the statistic.
const VALUE_ADDED_SUFFIXES: List = words!["增加值", "经济"];

/// Synonyms, applied to the whole name after qualifiers and suffixes are dropped.
/// 全社会固定资产投资 is not among them: releases since 2011 report 固定资产投资 without rural
/// households' investment, and a text that names both ("全社会固定资产投资增长40.5%，其中固定资产
/// 投资增长6.3%") means two statistics.
const SYNONYMS: &[(&str, &str)] = &[
    ("生产总值", "地区生产总值"),
    ("GDP", "地区生产总值"),
    ("gdp", "地区生产总值"),
    ("国内生产总值", "地区生产总值"),
    ("经济总量", "地区生产总值"),
    // "全省实现地区产值(GDP)…": an older name glossed as GDP.
    ("地区产值", "地区生产总值"),
    // "经济增长7%", "经济平均增速": the economy's growth is its GDP's.
    ("经济", "地区生产总值"),
    // "衣著類": 著 is Simplified too, so the char table leaves the Traditional spelling of 衣着.
    ("衣著", "衣着"),
    ("城镇居民可支配收入", "城镇居民人均可支配收入"),
    ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"),
    ("农村居民可支配收入", "农村居民人均可支配收入"),
    ("农村常住居民人均可支配收入", "农村居民人均可支配收入"),
    ("农牧民可支配收入", "农牧民人均可支配收入"),
    ("农牧民纯收入", "农牧民人均纯收入"),
    ("农民纯收入", "农民人均纯收入"),
    ("进出口贸易总额", "进出口贸易额"),
    ("进出口总额", "进出口贸易额"),
    ("外贸进出口总额", "进出口贸易额"),
    // "进出口值分别占外贸总值35.3%…" after "货物进出口总值…": customs' goods trade, the one
    // trade total a local bulletin gives.
    ("进出口总值", "进出口贸易额"),
    ("外贸进出口总值", "进出口贸易额"),
    ("外贸总值", "进出口贸易额"),
    ("货物进出口总额", "进出口贸易额"),
    ("货物进出口总值", "进出口贸易额"),
    ("进出口货物总量", "进出口货运量"),
    ("过货量", "进出口货运量"),
    ("固定资产投资总额", "固定资产投资"),
    ("常住人口总数", "常住人口"),
    ("户籍人口总数", "户籍总人口"),
    ("社会消费品零售额", "社会消费品零售总额"),
    ("第一产业", "第一产业"),
];

/// Short forms written at the start of a name: "规上工业" is 规模以上工业, "二产比重" is
/// 第二产业比重.
/// "一产业增加值" (from "一、二、三产业增加值") before "一产".
/// "规模工业增加值" (Hunan's wording) is 规模以上工业's.
const SHORT_FORMS: &[(&str, &str)] = &[
    ("规上", "规模以上"),
    ("规模工业", "规模以上工业"),
    ("一产业", "第一产业"),
    ("二产业", "第二产业"),
    ("一产", "第一产业"),
    ("二产", "第二产业"),
];

/// What may follow 三产 when it is 第三产业: before other words it may be the three sectors
/// ("三产投资比例", "三产结构"). 三产业 is the third sector only before 增加值 or 投资 ("一、二、三产业
/// 增加值分别为…"); alone it is the three ("三产业比由…调整到…").
const THIRD_SECTOR_TAILS: List = words!["", "比重", "占比", "增加值", "增加值比重", "增加值占比"];

/// A sum that a plan states as a total of named parts.
pub struct Decomposition {
    pub total: &'static str,
    /// Each part lists the keys that may stand for it, first choice first.
    pub parts: &'static [List],
}

/// The eight categories of the consumer price index: its change is their changes weighted, so
/// it lies within their range once all eight are stated ("分类别看，食品烟酒类上涨…"). Keys, so
/// without the 类 a name may end in ([`key`]).
const CPI_CATEGORIES: &[List] = &[
    words!["食品烟酒"],
    words!["衣着"],
    words!["居住"],
    words!["生活用品及服务", "生活用品和服务"],
    words!["交通通信", "交通和通信"],
    words!["教育文化娱乐", "教育文化和娱乐"],
    words!["医疗保健"],
    words!["其他用品及服务", "其他用品和服务"],
];

/// Totals and their parts. 服务业 stands in for 第三产业 only when 第三产业 itself is absent,
/// since the two are close but not always equal.
pub const DECOMPOSITIONS: &[Decomposition] = &[
    Decomposition {
        total: "地区生产总值",
        parts: &[words!["第一产业"], words!["第二产业"], words!["第三产业", "服务业"]],
    },
    // The secondary sector is industry plus construction, in the national accounts exactly.
    Decomposition { total: "第二产业", parts: &[words!["工业"], words!["建筑业"]] },
    // Industry above the size threshold is its three 门类: mining, manufacturing and the
    // utilities, which releases spell several ways.
    Decomposition {
        total: "规模以上工业",
        parts: &[
            words!["采矿业"],
            words!["制造业"],
            words![
                "电力、热力、燃气及水生产和供应业",
                "电力、热力、燃气及水的生产和供应业",
                "电力热力燃气及水生产和供应业",
                "电力热力燃气及水的生产和供应业",
                "电力、燃气及水的生产和供应业",
                "电力、燃气及水生产和供应业",
            ],
        ],
    },
    // Farming, forestry, husbandry, fishery and their support services make up the primary
    // industries' output (总产值) and value added; a text that leaves out the services states
    // part of the whole only.
    Decomposition {
        total: "农林牧渔业总产值",
        parts: &[
            words!["农业产值", "种植业产值"],
            words!["林业产值"],
            words!["牧业产值", "畜牧业产值"],
            words!["渔业产值"],
            words!["农林牧渔服务业产值", "农林牧渔专业及辅助性活动产值"],
        ],
    },
    Decomposition {
        total: "农林牧渔业",
        parts: &[
            words!["农业", "种植业"],
            words!["林业"],
            words!["牧业", "畜牧业"],
            words!["渔业"],
            words!["农林牧渔服务业", "农林牧渔专业及辅助性活动"],
        ],
    },
    // Investment by the three sectors adds up to the whole (固定资产投资 = 一产 + 二产 + 三产),
    // of 全社会固定资产投资 too where a text states that one.
    Decomposition {
        total: "固定资产投资",
        parts: &[words!["第一产业投资"], words!["第二产业投资"], words!["第三产业投资", "服务业投资"]],
    },
    Decomposition {
        total: "全社会固定资产投资",
        parts: &[words!["第一产业投资"], words!["第二产业投资"], words!["第三产业投资", "服务业投资"]],
    },
    // The resident population is its urban plus its rural part, however the bulletin
    // arranges the sentences ("按城乡分（常住人口），城镇人口…、乡村人口…").
    Decomposition {
        total: "常住人口",
        parts: &[words!["城镇人口", "城镇常住人口"], words!["乡村人口", "农村人口", "乡村常住人口", "农村常住人口"]],
    },
    // So is the registered population, which bulletins state beside the resident one.
    Decomposition {
        total: "户籍总人口", parts: &[words!["城镇户籍人口"], words!["乡村户籍人口", "农村户籍人口"]]
    },
    // Trade is exports plus imports; retail sales are urban plus rural. Releases state the parts
    // a sentence or a paragraph after the total. (Taxes and other revenue are not listed: a
    // text that states 财政总收入 and 一般公共预算收入 leaves open which one its 税收收入 is of.)
    Decomposition {
        total: "进出口贸易额",
        parts: &[
            words!["出口", "出口总额", "出口额", "出口总值", "出口值"],
            words!["进口", "进口总额", "进口额", "进口总值", "进口值"],
        ],
    },
    Decomposition {
        total: "社会消费品零售总额",
        parts: &[
            words!["城镇消费品零售额", "城镇零售额", "城市消费品零售总额", "城市消费品零售额"],
            words![
                "乡村消费品零售额",
                "农村消费品零售额",
                "乡村零售额",
                "县及县以下消费品零售总额",
                "县及县以下消费品零售额",
            ],
        ],
    },
    // Retail sales are also the sales of the units above the size threshold plus those below it.
    Decomposition {
        total: "社会消费品零售总额",
        parts: &[
            words!["限额以上单位零售额", "限额以上消费品零售额", "限上消费品零售额", "限额以上单位消费品零售额"],
            words!["限额以下单位零售额", "限额以下消费品零售额", "限下消费品零售额", "限额以下单位消费品零售额"],
        ],
    },
    // And the sales of goods plus the catering's revenue ("按消费形态分").
    Decomposition {
        total: "社会消费品零售总额",
        parts: &[words!["商品零售", "商品零售额"], words!["餐饮收入", "餐饮收入额", "餐饮业收入"]],
    },
    Decomposition { total: "居民消费价格", parts: CPI_CATEGORIES },
    Decomposition { total: "居民消费价格指数", parts: CPI_CATEGORIES },
    Decomposition { total: "居民消费价格总指数", parts: CPI_CATEGORIES },
    // The birth rate is the death rate plus the natural rate of increase (in ‰).
    // Bulletins mix the two spellings in one sentence (出生率…死亡率…人口自然增长率).
    Decomposition {
        total: "出生率", parts: &[words!["死亡率", "人口死亡率"], words!["自然增长率", "人口自然增长率"]]
    },
    Decomposition {
        total: "人口出生率",
        parts: &[words!["人口死亡率", "死亡率"], words!["人口自然增长率", "自然增长率"]],
    },
];

/// Statistics that are one part of another whose other parts texts seldom state: the part
/// must not exceed the whole of the same place and year. Each side lists the keys that may
/// stand for it. 一般公共预算收入 is what a place keeps of 财政总收入 (the rest goes up to the
/// central and provincial budgets); 规上 and 限上 units are some of all units. 税收收入 is not
/// listed: a text may state the taxes of 财政总收入 beside the local 一般公共预算收入.
pub struct Bound {
    pub part: List,
    pub whole: List,
}

/// What grain is sown on and harvests, for the crops that are some of it.
const GRAIN_AREA: List = words!["粮食种植面积", "粮食播种面积", "粮食作物播种面积", "粮食作物种植面积"];
const GRAIN_OUTPUT: List = words!["粮食总产量", "粮食产量"];

/// The three sectors in the order a structure of them lists its parts ("三次产业结构为
/// 6.0:55.1:38.9", "三次产业…贡献率分别为30:30:40").
pub const SECTORS: [&str; 3] = ["第一产业", "第二产业", "第三产业"];

/// The balance of exports and imports: exports less imports (顺差) or imports less exports (逆差).
pub const TRADE_BALANCES: List = words!["顺差", "逆差"];

/// Categories that cut across a total's other breakdowns: by owner (民间投资 holds industrial and
/// infrastructure investment alike), by technology or trade class (装备制造业 and 高技术制造业
/// overlap, as 机电产品 and 高新技术产品 exports do). Parts listed under 其中 with one of them may
/// overlap, so together they may exceed their total.
pub const CROSS_CUTTING: List = words![
    "民间",
    "民营",
    "国有控股",
    "国有企业",
    "国有投资",
    "外商",
    "港澳台",
    "高技术",
    "高新技术",
    "装备制造",
    "战略性新兴",
    "机电",
    "劳动密集型",
    "高耗能",
    "数字经济",
    // "其中，轿车…；SUV…；新能源汽车…": a car of any body is new-energy or not (field round 35).
    "新能源",
    // Search 37c: trade by mode beside trade by direction, sales above the size threshold
    // beside sales by residence, people by ethnicity or registration beside people by sex, roads
    // by administration beside roads by grade, and a development zone beside the districts it
    // lies in.
    "一般贸易",
    "加工贸易",
    "限额以上",
    "限上",
    "少数民族",
    "农业户籍",
    "非农业户籍",
    "国道",
    "省道",
    "农村公路",
    "高新区",
    "开发区",
    "经开区"
];

pub const BOUNDS: &[Bound] = &[
    // Wheat, maize and rice are grain crops: each is some of the grain sown and harvested.
    Bound { part: words!["小麦种植面积", "小麦播种面积"], whole: GRAIN_AREA },
    Bound { part: words!["玉米种植面积", "玉米播种面积"], whole: GRAIN_AREA },
    Bound {
        part: words!["稻谷种植面积", "稻谷播种面积", "水稻种植面积", "水稻播种面积"], whole: GRAIN_AREA
    },
    // Grain is some of all the crops sown.
    Bound {
        part: GRAIN_AREA, whole: words!["农作物总播种面积", "农作物播种面积", "农作物种植面积"]
    },
    Bound { part: words!["小麦产量", "小麦总产量"], whole: GRAIN_OUTPUT },
    Bound { part: words!["玉米产量", "玉米总产量"], whole: GRAIN_OUTPUT },
    Bound { part: words!["稻谷产量", "稻谷总产量", "水稻产量", "水稻总产量"], whole: GRAIN_OUTPUT },
    Bound {
        part: words!["地方一般公共预算收入", "一般公共预算收入"],
        whole: words!["财政总收入", "地方财政总收入", "一般公共预算总收入"],
    },
    Bound { part: words!["规模以上工业"], whole: words!["工业"] },
    // The people employed, or newly employed, are some of the people who live there: a count
    // in 人 written as 万人 exceeds them many times over.
    Bound {
        part: words![
            "城镇新增就业",
            "城镇新增就业人员",
            "城镇新增就业人数",
            "新增就业",
            "新增就业人员",
            "新增城镇就业",
            "就业人员",
            "从业人员"
        ],
        whole: words!["常住人口"],
    },
    // Industry is some of the secondary sector (which adds construction), and so is the part of
    // it above the size threshold.
    Bound { part: words!["规模以上工业", "工业"], whole: words!["第二产业"] },
    Bound {
        part: words![
            "限额以上消费品零售额",
            "限上消费品零售额",
            "限额以上单位消费品零售额",
            "限额以上社会消费品零售额"
        ],
        whole: words!["社会消费品零售总额"],
    },
];

/// Statistics that are the average of their parts weighted by the parts' people: the whole lies
/// between its smallest and its largest part. (Its growth need not: people moving from the
/// lower part to the higher raise the average faster than either.)
pub struct Average {
    pub whole: List,
    pub parts: &'static [List],
}

pub const AVERAGES: &[Average] = &[
    // 全体居民人均可支配收入 (its key drops 全体) between the urban and the rural.
    Average { whole: words!["居民人均可支配收入"], parts: &[URBAN_INCOME, RURAL_INCOME] },
    Average {
        whole: words!["居民人均消费支出"],
        parts: &[
            words!["城镇居民人均消费支出", "城镇常住居民人均消费支出"],
            words!["农村居民人均消费支出", "农村常住居民人均消费支出"],
        ],
    },
];

/// Ratios defined by two other statistics, × `scale`: 城镇化率 is 城镇人口 ÷ 常住人口 × 100.
/// Each part and whole lists the keys that may stand for it, first choice first.
pub struct Ratio {
    pub key: &'static str,
    pub part: List,
    pub whole: List,
    pub scale: f64,
}

/// The incomes whose quotient is 城乡居民收入比 (urban ÷ rural).
const URBAN_INCOME: List = words!["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"];
const RURAL_INCOME: List = words![
    "农村居民人均可支配收入",
    "农村常住居民人均可支配收入",
    // Inner Mongolia's statistics name its rural households 农村牧区.
    "农村牧区居民人均可支配收入",
    "农村牧区常住居民人均可支配收入",
];

pub const RATIOS: &[Ratio] = &[
    Ratio {
        key: "城镇化率",
        part: words!["城镇人口", "城镇常住人口", "城镇"],
        whole: words!["常住人口", "总人口", "常住总人口"],
        scale: 100.0,
    },
    Ratio {
        key: "常住人口城镇化率",
        part: words!["城镇人口", "城镇常住人口", "城镇"],
        whole: words!["常住人口", "总人口", "常住总人口"],
        scale: 100.0,
    },
    Ratio { key: "城乡居民收入比", part: URBAN_INCOME, whole: RURAL_INCOME, scale: 1.0 },
    Ratio { key: "城乡居民人均可支配收入比", part: URBAN_INCOME, whole: RURAL_INCOME, scale: 1.0 },
    Ratio { key: "城乡收入比", part: URBAN_INCOME, whole: RURAL_INCOME, scale: 1.0 },
    Ratio {
        key: "性别比",
        part: words!["男性人口", "男性", "男"],
        whole: words!["女性人口", "女性", "女"],
        scale: 100.0,
    },
    Ratio {
        key: "总人口性别比",
        part: words!["男性人口", "男性", "男"],
        whole: words!["女性人口", "女性", "女"],
        scale: 100.0,
    },
    Ratio {
        key: "人口性别比",
        part: words!["男性人口", "男性", "男"],
        whole: words!["女性人口", "女性", "女"],
        scale: 100.0,
    },
];

/// Rates per thousand people: 出生率 is 出生人口 ÷ population × 1000.
pub const PER_THOUSAND: &[(&str, &str)] =
    &[("出生率", "出生人口"), ("人口出生率", "出生人口"), ("死亡率", "死亡人口"), ("人口死亡率", "死亡人口")];

/// The industries whose shares make up 三次产业结构, in the order a:b:c lists them.
pub const THREE_SECTORS: Decomposition = Decomposition {
    total: "地区生产总值",
    parts: &[words!["第一产业"], words!["第二产业"], words!["第三产业", "服务业"]],
};

/// The three sectors' shares of fixed-asset investment (三次产业投资构成): of 固定资产投资, or of
/// 全社会固定资产投资 in a text that states that one only.
pub const SECTOR_INVESTMENT: [Decomposition; 2] = [
    Decomposition {
        total: "固定资产投资",
        parts: &[words!["第一产业投资"], words!["第二产业投资"], words!["第三产业投资"]],
    },
    Decomposition {
        total: "全社会固定资产投资",
        parts: &[words!["第一产业投资"], words!["第二产业投资"], words!["第三产业投资"]],
    },
];

/// The statistics whose growth plans state at comparable (constant) prices while their
/// levels are in current prices: GDP and the value added of sectors.
const VALUE_ADDED_KEYS: List = words!["地区生产总值", "第一产业", "第二产业", "第三产业", "服务业", "工业", "建筑业"];

/// The price basis of an indicator's growth rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Constant prices (value added): a rate below what the current-price levels imply is
    /// usually a price effect, not an error.
    Real,
    /// Current prices (investment, retail sales, revenue, trade).
    Nominal,
    /// Stated either way, often without saying which: per-capita incomes grow "名义" or
    /// "扣除价格因素实际", and reviews and reports give one of the two unnamed.
    Either,
    /// Neither can be told (physical quantities, shares, unnamed series).
    Unknown,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Real => "real",
            Basis::Nominal => "nominal",
            Basis::Either => "either",
            Basis::Unknown => "unknown",
        }
    }
}

/// Producers' output, by a word of its key: its prices are producer prices (工业生产者出厂价格,
/// 农产品生产者价格), which swing further than the economy's.
pub const PRODUCER_OUTPUT: List =
    words!["工业", "采矿", "制造", "第一产业", "第二产业", "农林牧渔", "农业", "林业", "牧业", "渔业", "畜牧"];

/// The basis of an indicator from its key and the base of its unit ("元", "吨"…).
pub fn basis(key: &str, unit_base: &str) -> Basis {
    // Keys have lost their 增加值 suffix, so 规上工业增加值 arrives as 规上工业. Labour
    // productivity is value added per worker, and grows at comparable prices too, as gross
    // output does (农林牧渔业总产值, 工业总产值: statistics publish its growth at comparable prices).
    // A sector's amount in yuan ("金融业", "批发和零售业") is its value added.
    let value_added = VALUE_ADDED_KEYS.contains(key)
        || words!["增加值", "生产总值", "总产值", "劳动生产率"].any_in(key)
        || words!["工业", "产业", "服务业", "建筑业"].any_ends(key)
        || matches!(unit_base, "元" | "美元") && key.ends_with('业');
    if value_added {
        Basis::Real
    } else if matches!(unit_base, "元" | "美元") && words!["人均可支配收入", "人均纯收入"].any_in(key) {
        Basis::Either
    } else if matches!(unit_base, "元" | "美元") {
        Basis::Nominal
    } else {
        Basis::Unknown
    }
}

/// The key under which statements about the same statistic are gathered.
pub fn key(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    // No char above U+3000 is white space: CJK skips the Unicode table.
    let white = |c: char| c as u32 <= 0x3000 && c.is_whitespace();
    for c in name.chars() {
        let c = halfwidth(c);
        if !white(c) && !matches!(c, '“' | '”' | '"' | '\'' | '‘' | '’') {
            s.push(c);
        }
    }
    strip_unit_parenthesis(&mut s);
    // Find where the qualifiers end, then cut once: draining each one would move the rest of
    // the string every time, which is quadratic on a name of many qualifiers.
    let mut from = 0;
    loop {
        let rest = sub_from(&s, from);
        match PLACE_AND_TIME.first_head(rest).or_else(|| KEY_ONLY_QUALIFIERS.first_head(rest)) {
            Some(q) => from += q.len(),
            None => break,
        }
    }
    s.drain(..from);
    if let Some((long, rest)) = SHORT_FORMS.iter().find_map(|(short, long)| Some((long, s.strip_prefix(short)?))) {
        s = crate::text::cat(&[long, rest]);
    } else if let Some(rest) = s
        .strip_prefix("三产业")
        .filter(|r| r.starts_with("增加值") || *r == "投资")
        .or(s.strip_prefix("三产").filter(|r| THIRD_SECTOR_TAILS.contains(r)))
    {
        s = crate::text::cat(&["第三产业", rest]);
    }
    if let Some(suf) = VALUE_ADDED_SUFFIXES.first_tail(&s) {
        s.truncate(s.len() - suf.len());
    }
    // "食品烟酒类" and "食品烟酒": a category is the same with its 类 or without.
    if s.ends_with('类') && crate::text::char_count(&s) >= 3 && !s.ends_with("大类") {
        s.truncate(s.len() - '类'.len_utf8());
    }
    match SYNONYMS.iter().find(|(from, _)| *from == s) {
        Some((_, to)) => (*to).to_string(),
        None => s,
    }
}

/// Words a share may leave off the name of its whole: "工资性收入占可支配收入的比重" is a share
/// of 居民人均可支配收入. Neither places (占全区…, the wider region's whole) nor 城镇 or 农村 are
/// among them: they name another statistic. A county's 一般公共预算收入 is its 地方 one, so a
/// share of the 地方 revenue is of the revenue stated when no other is.
const WHOLE_QUALIFIERS: List = words!["全体居民", "居民", "人均", "常住", "地方", "金融机构", "人民币", "本外币"];

/// A key with the qualifiers a share may leave off its whole dropped from its start: two keys
/// with the same core may name one whole ("居民人均可支配收入" and "可支配收入" → "可支配收入").
pub fn whole_core(key: &str) -> &str {
    let mut s = key;
    while let Some(q) = WHOLE_QUALIFIERS.first_head(s) {
        s = sub_from(s, q.len());
    }
    s
}

/// Drops a trailing "(亿元)" or "（%）": the unit is not part of the name.
fn strip_unit_parenthesis(s: &mut String) {
    if s.ends_with(')') {
        if let Some(i) = crate::text::rfind_ascii(s, b'(') {
            s.truncate(i);
        }
    }
}

/// The display form of a name: as written, without place or time qualifiers, spaces or a unit
/// parenthesis.
pub fn display(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        if !crate::text::is_space(c) {
            s.push(c);
        }
    }
    if let Some(i) = crate::text::find_by(&s, |c| matches!(c, '(' | '（')) {
        if crate::text::ends_by(&s, |c| matches!(c, ')' | '）')) && i > 0 {
            s.truncate(i);
        }
    }
    if let Some(q) = PLACE_AND_TIME.first_head(&s) {
        s.drain(..q.len());
    }
    s
}

/// The words that end a share's name, longer first.
pub const SHARE_SUFFIXES: List = words!["的比重", "比重", "的比例", "比例", "占比", "的份额", "份额"];

/// Reads a share name such as "工业增加值占地区生产总值比重" into the keys of its part and whole.
/// A bare "服务业比重" is read as a share of GDP, because sector shares always are.
pub fn share_of(name: &str) -> Option<(String, String)> {
    let s = compact(name);
    let s = SHARE_SUFFIXES.strip_any_suffix(&s)?;
    if let Some((part, whole)) = crate::text::find_str(s, "占").map(|i| (sub_to(s, i), sub_from(s, i + "占".len()))) {
        // "工业投资总量占固定资产投资比重": the part itself, not a statistic of its own.
        let part = part.strip_suffix("总量").filter(|p| !p.is_empty()).unwrap_or(part);
        let whole = whole.strip_suffix("总量").filter(|w| !w.is_empty()).unwrap_or(whole);
        return (!part.is_empty() && !whole.is_empty()).then(|| (key(part), key(whole)));
    }
    let part = key(s);
    let mut sector = part == "工业" || part == "建筑业";
    for alternatives in THREE_SECTORS.parts {
        sector |= alternatives.contains(&part);
    }
    sector.then(|| (part, THREE_SECTORS.total.to_string()))
}

/// The key of the part of a share that names no whole ("税收收入占比" → 税收收入); `None` for
/// a name that is no share or names its whole.
pub fn share_part(name: &str) -> Option<String> {
    let s = compact(name);
    let part = SHARE_SUFFIXES.strip_any_suffix(&s)?;
    (!part.is_empty() && !crate::text::has_char(part, '占')).then(|| key(part))
}

/// The name in half-width forms, without white space.
fn compact(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().map(halfwidth) {
        if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_synonyms_and_qualifiers() {
        for (a, b) in [
            ("地区生产总值", "生产总值"),
            ("全市地区生产总值", "GDP"),
            ("城镇居民人均可支配收入", "城镇居民可支配收入"),
            ("工业增加值", "工业经济"),
            ("口岸进出口贸易总额", "进出口贸易额"),
            ("进出口货物总量", "口岸进出口货运量"),
            ("地区生产总值（亿元）", "地区生产总值"),
            ("经济", "地区生产总值"),
            ("全县规上工业增加值", "规模以上工业增加值"),
            ("地区产值", "地区生产总值"),
            ("外贸总值", "进出口总额"),
            ("货物进出口总值", "进出口贸易额"),
            // "一、二、三产业增加值分别为…", "一产业投资同比下降…".
            ("一产业增加值", "第一产业增加值"),
            ("三产业增加值", "第三产业增加值"),
            ("一产业投资", "第一产业投资"),
            ("三产业投资", "第三产业投资"),
        ] {
            assert_eq!(key(a), key(b), "{a} = {b}");
        }
    }

    #[test]
    fn keys_keep_different_statistics_apart() {
        for (a, b) in [
            ("农牧民人均纯收入", "农牧民人均可支配收入"),
            ("工业增加值", "第二产业增加值"),
            ("全区地区生产总值", "全市地区生产总值"),
            ("规上工业增加值", "工业增加值"),
            ("服务业增加值", "第三产业增加值"),
        ] {
            assert_ne!(key(a), key(b), "{a} ≠ {b}");
        }
    }

    #[test]
    fn price_basis() {
        assert_eq!(basis(&key("地区生产总值"), "元"), Basis::Real);
        assert_eq!(basis(&key("工业增加值"), "元"), Basis::Real);
        assert_eq!(basis(&key("规上工业增加值"), ""), Basis::Real);
        assert_eq!(basis(&key("社会消费品零售总额"), "元"), Basis::Nominal);
        assert_eq!(basis(&key("进出口贸易额"), "美元"), Basis::Nominal);
        assert_eq!(basis(&key("进出口货物总量"), "吨"), Basis::Unknown);
    }

    #[test]
    fn shares() {
        assert_eq!(share_of("工业增加值占地区生产总值比重"), Some(("工业".to_string(), "地区生产总值".to_string())));
        assert_eq!(share_of("工业经济占地区生产总值的比重"), Some(("工业".to_string(), "地区生产总值".to_string())));
        assert_eq!(share_of("服务业增加值比重"), Some(("服务业".to_string(), "地区生产总值".to_string())));
        assert_eq!(share_of("研发投入比重"), None);
        assert_eq!(share_of("地区生产总值"), None);
        assert_eq!(share_part("税收收入占比"), Some("税收收入".to_string()));
        assert_eq!(
            share_of("工业投资总量占固定资产投资总量比重"),
            Some(("工业投资".to_string(), "固定资产投资".to_string()))
        );
        assert_eq!(share_part("出口占进出口总额比重"), None);
        assert_eq!(share_part("税收收入"), None);
    }

    #[test]
    fn display_drops_unit_and_place_qualifier() {
        assert_eq!(display("全市地区生产总值（亿元）"), "地区生产总值");
        assert_eq!(display("社会消费品零售总额"), "社会消费品零售总额");
        // Qualifiers that name a statistic of their own stay on screen, though the key drops them.
        assert_eq!(display("地方财政收入"), "地方财政收入");
        assert_eq!(display("全体居民人均可支配收入"), "全体居民人均可支配收入");
    }
}
