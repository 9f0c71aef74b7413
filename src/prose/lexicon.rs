//! The words the prose reader knows, as data: each row is a word and what it does to the
//! figure after it or to the clause around it.
//!
//! A new phrasing of the genre is a row here plus a test in `tests/prose.rs`, not a
//! new branch in the reader. Rows are grouped by meaning, not sorted: [`lookup`] builds its
//! index once, longest word first, so "年均增长" wins over "年均" and "增长".
//!
//! | word        | entry                         | reads                                        |
//! |-------------|-------------------------------|----------------------------------------------|
//! | `达到`       | `Level(Eq)`                   | the figure after it is a level               |
//! | `突破`       | `Level(Ge)`                   | a level, at least                            |
//! | `年均增长`    | `Growth { sign: 1, avg: true }` | a compound annual rate over the context's period |
//! | `比上年`     | `VsPrevious`                  | the growth after it is over the previous year |
//! | `增加`       | `Change(1)`                   | the amount after it is a change, not a level |
//! | `占`         | `Share`                       | the figure ends "part 占 whole (的比重) X%"     |
//! | `其中`       | `Among`                       | the levels after it are parts of a total     |
//! | `以上`       | `After(Ge)`                   | bounds the figure before it                  |
//! | `全市`       | `Own`                         | the document's own jurisdiction              |
//! | `高于`       | `Compare`                     | the figure after it compares with another    |

use crate::text::{table, words, List, WordMap};
use std::sync::OnceLock;

use crate::figure::Bound;

/// What a word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    /// A verb that introduces a level ("达到", "为"), with the bound it implies.
    Level(Bound),
    /// A growth word: the % after it is growth over a period ("增长", "下降", "年均增长").
    /// `sign` is −1 for falls; `avg` for compound annual averages.
    Growth { sign: i8, avg: bool },
    /// "两年平均": the growth after it is the two-year geometric mean.
    TwoYearAverage,
    /// "比上年", "同比": growth or change over the same period a year before.
    VsPrevious,
    /// "比": growth or change since the time that follows ("比2015年增长43.1%").
    Than,
    /// A change in absolute terms ("增加30万人", "减收1070万元"); `sign` as for growth.
    Change(i8),
    /// A verb that raises or lowers a share or rate ("提高", "下降") when percentage points follow.
    Shift(i8),
    /// "占": part 占 whole (的比重) X%.
    Share,
    /// "比重", "比例", "占比": closes the whole of a share.
    ShareWord,
    /// "其中": the figures after it are parts of the last total.
    Among,
    /// A view the lexicon does not list, by its frame ("按规模分", "分税种看"): a list of parts as
    /// after 其中, which a view after them splits again.
    Frame,
    /// "分别": zips a list of names with a list of figures.
    Respectively,
    /// "均", "都": one figure for every name of a list.
    Each,
    /// "累计": a sum over a period (or year to date in a release).
    Cumulative,
    /// "由", "从": the first figure of a "由A增至B" pair.
    From,
    /// "是", "为" before "…的N倍".
    Is,
    /// "的": joins a time or a whole to what follows.
    Of,
    /// "翻一番" (k = 1), "翻两番" (k = 2), "翻番" (k = 1).
    Doubling(u8),
    /// A bound word after the figure ("以上", "左右").
    After(Bound),
    /// A bound word before the figure that is not a verb ("约", "近").
    Before(Bound),
    /// A word that marks a target: the figures of its sentence are plans, not results.
    Target,
    /// "力争", "争取": a stretch target, never set against the floor stated beside it.
    Stretch,
    /// "预计", "预估": an estimate.
    Estimate,
    /// Price basis: growth at comparable prices ("按可比价计算", "实际增长").
    Real,
    /// Price basis: growth at current prices ("名义增长").
    Nominal,
    /// The document's own jurisdiction ("全市", "全省", "我县").
    Own,
    /// A comparison with another figure ("高于", "低于", "快于"): what follows is not a level.
    Compare,
    /// "完成…的": with a plan or budget as the whole, a completion rate.
    Complete,
    /// A word that names a plan, a budget or a target as a whole ("年初预算", "年度计划").
    Plan,
    /// A conjunction inside a list of names ("和", "及", "与").
    And,
    /// Words that start the name of a breakdown ("分产业看", "按城乡分"): the parts that
    /// follow are exhaustive.
    Breakdown,
    /// "分行业看": a view by a dimension of many members, which lists some of them: parts of the
    /// total before it that need not add up to it.
    View,
    /// A list marker at a clause start ("一是", "二是").
    ListMarker,
    /// Words that end a name without being part of it ("实现", "完成" as auxiliaries).
    Filler,
    /// A measure noun that a verb introduces and that belongs to the name
    /// ("实现增加值", "完成投资"): it is appended to the subject.
    Measure,
}

/// Level verbs, with the bound each implies.
const LEVEL_VERBS: WordMap<Lex> = table![
    "达到" => Lex::Level(Bound::Eq),
    "达" => Lex::Level(Bound::Eq),
    "为" => Lex::Level(Bound::Eq),
    "设定为" => Lex::Level(Bound::Eq),
    "定为" => Lex::Level(Bound::Eq),
    "是" => Lex::Is,
    "相当于" => Lex::Is,
    "实现" => Lex::Level(Bound::Eq),
    "完成" => Lex::Level(Bound::Eq),
    "累计完成" => Lex::Cumulative,
    "五年累计完成" => Lex::Cumulative,
    "五年累计实现" => Lex::Cumulative,
    "五年累计" => Lex::Cumulative,
    "五年共" => Lex::Cumulative,
    "累计实现" => Lex::Cumulative,
    "累计" => Lex::Cumulative,
    "合计" => Lex::Level(Bound::Eq),
    "共计" => Lex::Level(Bound::Eq),
    "总计" => Lex::Level(Bound::Eq),
    "增加到" => Lex::Level(Bound::Eq),
    "增加至" => Lex::Level(Bound::Eq),
    "增长到" => Lex::Level(Bound::Eq),
    "增长至" => Lex::Level(Bound::Eq),
    "增至" => Lex::Level(Bound::Eq),
    "提高到" => Lex::Level(Bound::Eq),
    "提高至" => Lex::Level(Bound::Eq),
    "提升到" => Lex::Level(Bound::Eq),
    "提升至" => Lex::Level(Bound::Eq),
    "跃升至" => Lex::Level(Bound::Eq),
    "跃升到" => Lex::Level(Bound::Eq),
    "攀升至" => Lex::Level(Bound::Eq),
    "攀升到" => Lex::Level(Bound::Eq),
    "上涨至" => Lex::Level(Bound::Eq),
    "上涨到" => Lex::Level(Bound::Eq),
    "上升到" => Lex::Level(Bound::Eq),
    "上升至" => Lex::Level(Bound::Eq),
    "下降到" => Lex::Level(Bound::Eq),
    "下降至" => Lex::Level(Bound::Eq),
    "降低到" => Lex::Level(Bound::Eq),
    "降低至" => Lex::Level(Bound::Eq),
    "降至" => Lex::Level(Bound::Eq),
    // Not 减 (a fall) and 至: "减至15家" is the new level, as 降至 is.
    "降到" => Lex::Level(Bound::Eq),
    "降为" => Lex::Level(Bound::Eq),
    // Read from the end, "下降为" would be 下 and 降为, leaving 下 in the name.
    "下降为" => Lex::Level(Bound::Eq),
    "降低为" => Lex::Level(Bound::Eq),
    "减至" => Lex::Level(Bound::Eq),
    "减到" => Lex::Level(Bound::Eq),
    "减为" => Lex::Level(Bound::Eq),
    "压减至" => Lex::Level(Bound::Eq),
    // A capacity approved up or down ("产能从2000万吨/年核增至3000万吨/年").
    "核增至" => Lex::Level(Bound::Eq),
    "核减至" => Lex::Level(Bound::Eq),
    "压减到" => Lex::Level(Bound::Eq),
    "缩减至" => Lex::Level(Bound::Eq),
    "缩减到" => Lex::Level(Bound::Eq),
    "增到" => Lex::Level(Bound::Eq),
    "增为" => Lex::Level(Bound::Eq),
    "减少到" => Lex::Level(Bound::Eq),
    "减少至" => Lex::Level(Bound::Eq),
    "扩大到" => Lex::Level(Bound::Eq),
    "扩大至" => Lex::Level(Bound::Eq),
    "缩小到" => Lex::Level(Bound::Eq),
    "缩小至" => Lex::Level(Bound::Eq),
    // "规上企业从141家发展到255家", "壮大到": what a count grew to.
    "发展到" => Lex::Level(Bound::Eq),
    "发展至" => Lex::Level(Bound::Eq),
    "壮大到" => Lex::Level(Bound::Eq),
    "壮大至" => Lex::Level(Bound::Eq),
    "演变为" => Lex::Level(Bound::Eq),
    "演进为" => Lex::Level(Bound::Eq),
    "优化为" => Lex::Level(Bound::Eq),
    "调整为" => Lex::Level(Bound::Eq),
    "调整到" => Lex::Level(Bound::Eq),
    "调整至" => Lex::Level(Bound::Eq),
    "变化为" => Lex::Level(Bound::Eq),
    "变化到" => Lex::Level(Bound::Eq),
    "变为" => Lex::Level(Bound::Eq),
    "转为" => Lex::Level(Bound::Eq),
    "保持在" => Lex::Level(Bound::Eq),
    "稳定在" => Lex::Level(Bound::Eq),
    "控制在" => Lex::Level(Bound::Le),
    "突破" => Lex::Level(Bound::Ge),
    "超过" => Lex::Level(Bound::Ge),
    "超" => Lex::Level(Bound::Ge),
    "逾" => Lex::Level(Bound::Ge),
    "跃上" => Lex::Level(Bound::Ge),
    "迈上" => Lex::Level(Bound::Ge),
    "跨越" => Lex::Level(Bound::Ge),
    "不低于" => Lex::Level(Bound::Ge),
    "不少于" => Lex::Level(Bound::Ge),
    "不超过" => Lex::Level(Bound::Le),
    "不高于" => Lex::Level(Bound::Le),
    // "人均不到4000元", "不足10%": below the figure.
    "不到" => Lex::Level(Bound::Le),
    "不足" => Lex::Level(Bound::Le),
    // "每万人拥有社会组织数大于15个": a target's bound written as in mathematics.
    "大于" => Lex::Level(Bound::Ge),
    "小于" => Lex::Level(Bound::Le),
    "到" => Lex::Level(Bound::Eq),
    "至" => Lex::Level(Bound::Eq),
];

/// Growth words. The sign of a fall is in the word; "负增长" is a fall written as growth.
const GROWTH_WORDS: WordMap<Lex> = table![
    "增长" => Lex::Growth { sign: 1, avg: false },
    "增速" => Lex::Growth { sign: 1, avg: false },
    // "名义增长速度为5.26%", "实际增速为4.5%": growth with its price basis in the word.
    "增长速度" => Lex::Growth { sign: 1, avg: false },
    "名义增长速度" => Lex::Growth { sign: 1, avg: false },
    "实际增长速度" => Lex::Growth { sign: 1, avg: false },
    "名义增长" => Lex::Growth { sign: 1, avg: false },
    "实际增长" => Lex::Growth { sign: 1, avg: false },
    "名义增速" => Lex::Growth { sign: 1, avg: false },
    "实际增速" => Lex::Growth { sign: 1, avg: false },
    "实际同比增长" => Lex::Growth { sign: 1, avg: false },
    "名义同比增长" => Lex::Growth { sign: 1, avg: false },
    "同比实际增长" => Lex::Growth { sign: 1, avg: false },
    "同比名义增长" => Lex::Growth { sign: 1, avg: false },
    "增幅" => Lex::Growth { sign: 1, avg: false },
    "涨幅" => Lex::Growth { sign: 1, avg: false },
    "上涨" => Lex::Growth { sign: 1, avg: false },
    "递增" => Lex::Growth { sign: 1, avg: false },
    "下降" => Lex::Growth { sign: -1, avg: false },
    "下跌" => Lex::Growth { sign: -1, avg: false },
    "回落" => Lex::Growth { sign: -1, avg: false },
    "负增长" => Lex::Growth { sign: -1, avg: false },
    // "比增6.5%", "比降2.0%": short for 比上年增长 in some provinces' releases.
    "比增" => Lex::Growth { sign: 1, avg: false },
    "比降" => Lex::Growth { sign: -1, avg: false },
    // "增8%", "同比降2.1%": news and headlines drop 长 and 下. Words act only next to the
    // figure, so 增 inside a name (增值税, 增加值) is not cut.
    "增" => Lex::Growth { sign: 1, avg: false },
    "降" => Lex::Growth { sign: -1, avg: false },
    "减" => Lex::Growth { sign: -1, avg: false },
    // Hong Kong's and Taiwan's words: "按年升6.1%", "按年下跌3.2%", "较上年成长6.1%", "衰退",
    // "上扬", "年增8.2%".
    "升" => Lex::Growth { sign: 1, avg: false },
    "跌" => Lex::Growth { sign: -1, avg: false },
    "成长" => Lex::Growth { sign: 1, avg: false },
    "衰退" => Lex::Growth { sign: -1, avg: false },
    "上扬" => Lex::Growth { sign: 1, avg: false },
    "年增" => Lex::Growth { sign: 1, avg: false },
    "年增率" => Lex::Growth { sign: 1, avg: false },
    "降幅" => Lex::Growth { sign: -1, avg: false },
    // News words for a steep change: "激增45%", "锐减30%".
    "激增" => Lex::Growth { sign: 1, avg: false },
    "猛增" => Lex::Growth { sign: 1, avg: false },
    "大增" => Lex::Growth { sign: 1, avg: false },
    "剧增" => Lex::Growth { sign: 1, avg: false },
    "骤增" => Lex::Growth { sign: 1, avg: false },
    "锐减" => Lex::Growth { sign: -1, avg: false },
    "骤降" => Lex::Growth { sign: -1, avg: false },
    "年均增长" => Lex::Growth { sign: 1, avg: true },
    // "年平均增长率为-0.42%": a census's rate over the years between two censuses.
    "年均增长率" => Lex::Growth { sign: 1, avg: true },
    "年平均增长率" => Lex::Growth { sign: 1, avg: true },
    "年平均增长" => Lex::Growth { sign: 1, avg: true },
    "年均名义增长" => Lex::Growth { sign: 1, avg: true },
    "年均实际增长" => Lex::Growth { sign: 1, avg: true },
    "年均递增" => Lex::Growth { sign: 1, avg: true },
    "年均增速" => Lex::Growth { sign: 1, avg: true },
    "年均增幅" => Lex::Growth { sign: 1, avg: true },
    "年均提高" => Lex::Growth { sign: 1, avg: true },
    "年均下降" => Lex::Growth { sign: -1, avg: true },
    // "年均分别增长5.0%和7.5%", "年均8%".
    "年均" => Lex::Growth { sign: 1, avg: true },
    // "年均在8%以上", "脱贫年均在300万人左右".
    "年均在" => Lex::Growth { sign: 1, avg: true },
    "年均降低" => Lex::Growth { sign: -1, avg: true },
    "年均减少" => Lex::Growth { sign: -1, avg: true },
    "平均每年增长" => Lex::Growth { sign: 1, avg: true },
    "平均增速" => Lex::Growth { sign: 1, avg: true },
    "平均增长" => Lex::Growth { sign: 1, avg: true },
    "平均年增速" => Lex::Growth { sign: 1, avg: true },
    "平均年增长" => Lex::Growth { sign: 1, avg: true },
    "两年平均增长" => Lex::TwoYearAverage,
    "两年平均" => Lex::TwoYearAverage,
    "两年均增长" => Lex::TwoYearAverage,
    "两年年均增长" => Lex::TwoYearAverage,
];

/// Changes in absolute terms, and the verbs that shift a share by percentage points.
const CHANGE_WORDS: WordMap<Lex> = table![
    "增加" => Lex::Change(1),
    "净增" => Lex::Change(1),
    "增收" => Lex::Change(1),
    "增支" => Lex::Change(1),
    "减少" => Lex::Change(-1),
    "减收" => Lex::Change(-1),
    "减支" => Lex::Change(-1),
    "净减" => Lex::Change(-1),
    // "比去年新增3000元"; at the start of a name it is the name's ("新增就业1.2万人",
    // NAMES_WITH_LEADS).
    "新增" => Lex::Change(1),
    // "比上年略增0.12万亩": a small change, written as one word.
    "略增" => Lex::Change(1),
    "略减" => Lex::Change(-1),
    // "粮食产量25.5亿斤，增产1.2亿斤": a harvest's change.
    "增产" => Lex::Change(1),
    "减产" => Lex::Change(-1),
    "提高" => Lex::Shift(1),
    "提升" => Lex::Shift(1),
    // Words that end in 升, which alone is a growth word ("按年升6.1%").
    "回升" => Lex::Shift(1),
    "攀升" => Lex::Shift(1),
    "跃升" => Lex::Shift(1),
    "上升" => Lex::Shift(1),
    "扩大" => Lex::Shift(1),
    "降低" => Lex::Shift(-1),
    "缩小" => Lex::Shift(-1),
    "收窄" => Lex::Shift(-1),
    // "同比增长5.0%，比去年同期加快1.5个百分点": the growth rate's own move.
    "加快" => Lex::Shift(1),
    "放缓" => Lex::Shift(-1),
    "减缓" => Lex::Shift(-1),
];

/// Words that name the base of a growth or change.
/// (上年, 上年同期, 年初 after 比 are time tokens: "比上年增长" reads 比 + the year before.)
const BASE_WORDS: WordMap<Lex> = table![
    "同比" => Lex::VsPrevious,
    // Hong Kong's 同比: "按年增长6.1%".
    "按年" => Lex::VsPrevious,
    "较同期" => Lex::VsPrevious,
    "比同期" => Lex::VsPrevious,
    "比" => Lex::Than,
    "较" => Lex::Than,
    "相比" => Lex::Than,
    "相较" => Lex::Than,
    "与" => Lex::And,
    // "短收500万元", "超收800万元": the gap to the budget, not a statistic of its own.
    "短收" => Lex::Compare,
    "超收" => Lex::Compare,
    "环比" => Lex::Compare,
    "比上月" => Lex::Compare,
    "较上月" => Lex::Compare,
];

/// Words that build a share, a multiple, a pair or a list.
const STRUCTURE_WORDS: WordMap<Lex> = table![
    "占" => Lex::Share,
    "所占" => Lex::Share,
    "比重" => Lex::ShareWord,
    "比例" => Lex::ShareWord,
    "占比" => Lex::ShareWord,
    "份额" => Lex::ShareWord,
    "其中" => Lex::Among,
    // "特别是煤炭开采和洗选业…": a part singled out, as after 其中.
    "特别是" => Lex::Among,
    "尤其是" => Lex::Among,
    "分别" => Lex::Respectively,
    "均" => Lex::Each,
    "都" => Lex::Each,
    "由" => Lex::From,
    "从" => Lex::From,
    "的" => Lex::Of,
    "翻一番" => Lex::Doubling(1),
    "翻番" => Lex::Doubling(1),
    "翻了一番" => Lex::Doubling(1),
    "翻两番" => Lex::Doubling(2),
    "翻三番" => Lex::Doubling(3),
    "和" => Lex::And,
    "及" => Lex::And,
    "以及" => Lex::And,
    "一是" => Lex::ListMarker,
    "二是" => Lex::ListMarker,
    "三是" => Lex::ListMarker,
    "四是" => Lex::ListMarker,
    "五是" => Lex::ListMarker,
    "六是" => Lex::ListMarker,
    "七是" => Lex::ListMarker,
    "八是" => Lex::ListMarker,
    "九是" => Lex::ListMarker,
    "十是" => Lex::ListMarker,
];

/// Breakdown markers: "分产业看，…" introduces parts that exhaust their total.
const BREAKDOWN_WORDS: WordMap<Lex> = table![
    "分三大产业看" => Lex::Breakdown,
    "分三次产业看" => Lex::Breakdown,
    "分产业看" => Lex::Breakdown,
    "分城乡看" => Lex::Breakdown,
    // "分行业看，汽车制造业…；医药制造业…": a few of many industries, not all of the total
    // (precision search 35b).
    "分行业看" => Lex::View,
    "分三大门类看" => Lex::Breakdown,
    "分门类看" => Lex::Breakdown,
    // "分地区看，柳川县…；桐溪县…": some of the regions, which need not add up (search 37b).
    "分地区看" => Lex::View,
    "按三次产业分" => Lex::Breakdown,
    "按产业分" => Lex::Breakdown,
    "按城乡分" => Lex::Breakdown,
    "按城乡划分" => Lex::Breakdown,
    "按性别分" => Lex::Breakdown,
    // "按行业分，农林牧水项目48项，…": a classification, which lists every industry.
    "按行业分" => Lex::Breakdown,
    "按收入来源分" => Lex::Breakdown,
    "从城乡结构看" => Lex::Breakdown,
];

/// What a "从…看" view breaks a total down by ("从征收部门来看", "从收入结构看"); a view of a
/// time or of the whole ("从全年看", "从总体看") names none of them.
pub const BREAKDOWN_DIMENSIONS: List = words![
    "部门",
    "分类",
    "类别",
    "门类",
    "结构",
    "构成",
    "来源",
    "级次",
    "产业",
    "行业",
    "城乡",
    "地区",
    "区域",
    "性别",
    "所有制",
    "税种",
    "主体",
    "领域",
    "用途",
];

/// Bounds written around a figure.
const BOUND_WORDS: WordMap<Lex> = table![
    "以上" => Lex::After(Bound::Ge),
    // "500万元及以上投资项目": a band's floor, as "500万元以上".
    "及以上" => Lex::After(Bound::Ge),
    "及以下" => Lex::After(Bound::Le),
    "以内" => Lex::After(Bound::Le),
    "以下" => Lex::After(Bound::Le),
    "左右" => Lex::After(Bound::Approx),
    "上下" => Lex::After(Bound::Approx),
    "约" => Lex::Before(Bound::Approx),
    "近" => Lex::Before(Bound::Approx),
    "接近" => Lex::Before(Bound::Approx),
    "大约" => Lex::Before(Bound::Approx),
    "将近" => Lex::Before(Bound::Approx),
    "几近" => Lex::Before(Bound::Approx),
    "仅超" => Lex::Level(Bound::Ge),
    "首次突破" => Lex::Level(Bound::Ge),
    "首破" => Lex::Level(Bound::Ge),
    "≥" => Lex::Before(Bound::Ge),
    ">=" => Lex::Before(Bound::Ge),
    ">" => Lex::Before(Bound::Ge),
    "≤" => Lex::Before(Bound::Le),
    "<=" => Lex::Before(Bound::Le),
    "<" => Lex::Before(Bound::Le),
    "~" => Lex::Before(Bound::Approx),
    "≈" => Lex::Before(Bound::Approx),
];

/// Words of plans, budgets and estimates.
const STATUS_WORDS: WordMap<Lex> = table![
    "目标" => Lex::Target,
    "预期目标" => Lex::Target,
    "主要目标" => Lex::Target,
    "预期" => Lex::Target,
    "确保" => Lex::Target,
    "力争" => Lex::Stretch,
    "争取" => Lex::Stretch,
    "努力" => Lex::Stretch,
    "预计" => Lex::Estimate,
    "预估" => Lex::Estimate,
    "估计" => Lex::Estimate,
    "年初预算" => Lex::Plan,
    // The budget as the congress adjusted it during the year.
    "调整预算" => Lex::Plan,
    "调整后预算" => Lex::Plan,
    "调整预算数" => Lex::Plan,
    "调整后预算数" => Lex::Plan,
    "年初预算数" => Lex::Plan,
    "预算数" => Lex::Plan,
    "预算" => Lex::Plan,
    "年度计划" => Lex::Plan,
    "年度目标" => Lex::Plan,
    "年度任务" => Lex::Plan,
    "全年目标" => Lex::Plan,
    "全年任务" => Lex::Plan,
    "目标任务" => Lex::Plan,
    "年度目标任务" => Lex::Plan,
    "全年目标任务" => Lex::Plan,
    "年度计划任务" => Lex::Plan,
    "年初计划" => Lex::Plan,
    "年度预算" => Lex::Plan,
    // "为年预算的32.3%": the year's budget or plan, written without 度.
    "年预算" => Lex::Plan,
    "年计划" => Lex::Plan,
    // "为年度投资计划的67%": the plan of the measure named inside it.
    "年度投资计划" => Lex::Plan,
    "年度投资目标" => Lex::Plan,
    "全年预算" => Lex::Plan,
    "全年计划" => Lex::Plan,
    "预期目标" => Lex::Target,
    "预计目标" => Lex::Plan,
    "计划目标" => Lex::Plan,
    // "完成“十三五”规划目标的120.5%": the plan's target, as 计划.
    "规划目标" => Lex::Plan,
    "规划指标" => Lex::Plan,
    "计划" => Lex::Plan,
];

/// Price basis of growth.
const BASIS_WORDS: WordMap<Lex> = table![
    "按可比价计算" => Lex::Real,
    "按可比价格计算" => Lex::Real,
    "可比价" => Lex::Real,
    // "按可比价增长6.4%": the basis without 计算.
    "按可比价" => Lex::Real,
    "按可比价格" => Lex::Real,
    "按不变价" => Lex::Real,
    "按不变价计算" => Lex::Real,
    "按不变价格计算" => Lex::Real,
    "不变价" => Lex::Real,
    "扣除价格因素" => Lex::Real,
    "扣除物价因素" => Lex::Real,
    // Growth words that state their basis; the reader reads the basis from the word itself.
    "实际增长" => Lex::Growth { sign: 1, avg: false },
    "名义增长" => Lex::Growth { sign: 1, avg: false },
    "实际下降" => Lex::Growth { sign: -1, avg: false },
    // Taiwan's 实际增长.
    "实质增长" => Lex::Growth { sign: 1, avg: false },
    // "可比增长3.5%": growth at comparable prices.
    "可比增长" => Lex::Growth { sign: 1, avg: false },
    "可比年均增长" => Lex::Growth { sign: 1, avg: true },
    // "收入70.11亿元，同比下降5.2%，同口径增长3.1%": growth once a change of scope is taken
    // out, a statistic of its own (see the reader's Role::Yoy).
    "同口径增长" => Lex::Growth { sign: 1, avg: false },
    "同口径下降" => Lex::Growth { sign: -1, avg: false },
    "同口径同比增长" => Lex::Growth { sign: 1, avg: false },
    "同口径同比下降" => Lex::Growth { sign: -1, avg: false },
    "可比口径增长" => Lex::Growth { sign: 1, avg: false },
    "可比口径下降" => Lex::Growth { sign: -1, avg: false },
    "可比口径实际增长" => Lex::Growth { sign: 1, avg: false },
    "同口径实际增长" => Lex::Growth { sign: 1, avg: false },
    "同口径年均增长" => Lex::Growth { sign: 1, avg: true },
    "可比口径年均增长" => Lex::Growth { sign: 1, avg: true },
    "可比下降" => Lex::Growth { sign: -1, avg: false },
    "名义下降" => Lex::Growth { sign: -1, avg: false },
    // "规上工业总产值800.5亿元，现价增长4.2%": growth at current prices.
    "现价增长" => Lex::Growth { sign: 1, avg: false },
    "现价下降" => Lex::Growth { sign: -1, avg: false },
    "按现价计算" => Lex::Nominal,
    "按现价" => Lex::Nominal,
    "现价" => Lex::Nominal,
    "按当年价格计算" => Lex::Nominal,
    "按当年价计算" => Lex::Nominal,
    "按当年价格" => Lex::Nominal,
    "当年价格" => Lex::Nominal,
    "按现行价格计算" => Lex::Nominal,
    // "固定资产投资按可比口径计算，同比下降10.0%": a caliber told after the name ends it.
    "按可比口径计算" => Lex::Filler,
    // "是2019年可比口径的1.18倍": the base's comparable caliber, between the year and the multiple.
    "可比口径" => Lex::Filler,
    "按同口径计算" => Lex::Filler,
    // "收入下降2%（剔除减税降费因素，同口径增长9.2%）": the caveat names no statistic.
    "剔除减税降费因素" => Lex::Filler,
    "扣除减税降费因素" => Lex::Filler,
    "剔除减税降费等因素" => Lex::Filler,
    "扣除减税降费等因素" => Lex::Filler,
    "剔除留抵退税因素" => Lex::Filler,
    "扣除留抵退税因素" => Lex::Filler,
    "剔除价格因素" => Lex::Real,
];

/// The document's own jurisdiction.
const OWN_WORDS: WordMap<Lex> = table![
    "全市" => Lex::Own,
    "全省" => Lex::Own,
    "全县" => Lex::Own,
    "全区" => Lex::Own,
    "全旗" => Lex::Own,
    "全州" => Lex::Own,
    "全盟" => Lex::Own,
    "全镇" => Lex::Own,
    "全乡" => Lex::Own,
    "全国" => Lex::Own,
    "全兵团" => Lex::Own,
    "本市" => Lex::Own,
    "本县" => Lex::Own,
    "本区" => Lex::Own,
    "我市" => Lex::Own,
    "我县" => Lex::Own,
    "我区" => Lex::Own,
    "我省" => Lex::Own,
    "我旗" => Lex::Own,
    "我州" => Lex::Own,
    "全年" => Lex::Filler,
    "年末" => Lex::Filler,
    "年底" => Lex::Filler,
    "期末" => Lex::Filler,
];

/// Auxiliaries that stand between a name and its verb ("将达", "已完成").
const AUXILIARIES: WordMap<Lex> = table![
    "将" => Lex::Filler,
    "已" => Lex::Filler,
    "已经" => Lex::Filler,
    "要" => Lex::Filler,
    "有望" => Lex::Filler,
    "继续" => Lex::Filler,
    "持续" => Lex::Filler,
    "进一步" => Lex::Filler,
    // "工业投资由负转正，增长2.7%": the turn is said of the name; the rate follows.
    "由负转正" => Lex::Filler,
    "由降转升" => Lex::Filler,
    "首次" => Lex::Filler,
    "连续" => Lex::Filler,
    "成功" => Lex::Filler,
    // "先后跨越300亿元、400亿元": milestones passed in turn, said of the subject.
    "先后" => Lex::Filler,
    "相继" => Lex::Filler,
    "共" => Lex::Filler,
    "同时" => Lex::Filler,
    "此外" => Lex::Filler,
    "另外" => Lex::Filler,
    "据初步核算" => Lex::Filler,
    "初步核算" => Lex::Filler,
    "经初步核算" => Lex::Filler,
    "据初步统计" => Lex::Filler,
    "初步统计" => Lex::Filler,
    "经初步统计" => Lex::Filler,
    "据统计" => Lex::Filler,
    "据核算" => Lex::Filler,
    "平均" => Lex::Filler,
    "仍" => Lex::Filler,
    "仍然" => Lex::Filler,
    "依然" => Lex::Filler,
    // Adverbs of degree and repetition before the verb ("比上年仅提高0.3个百分点",
    // "大幅增长13%"): said of the subject, as 继续 is.
    "仅" => Lex::Filler,
    "一直" => Lex::Filler,
    "也" => Lex::Filler,
    "又" => Lex::Filler,
    "再" => Lex::Filler,
    "再次" => Lex::Filler,
    "大幅" => Lex::Filler,
    "小幅" => Lex::Filler,
    "略有" => Lex::Filler,
    "明显" => Lex::Filler,
];

/// Comparisons: the figure after one is a difference from another figure, not a level.
const COMPARE_WORDS: WordMap<Lex> = table![
    "高于" => Lex::Compare,
    "低于" => Lex::Compare,
    // "比年初增加286.4亿元，同比少增32.1亿元": this year's increase against last year's, no
    // change of the balance.
    "多增" => Lex::Compare,
    "少增" => Lex::Compare,
    "高出" => Lex::Compare,
    "快于" => Lex::Compare,
    "慢于" => Lex::Compare,
    "超出" => Lex::Compare,
    // "超额完成年度目标0.8亿元": the margin over the target, as 超收.
    "超额完成" => Lex::Compare,
    "领先" => Lex::Compare,
    "落后" => Lex::Compare,
    "快" => Lex::Compare,
    "慢" => Lex::Compare,
    "高" => Lex::Compare,
    "低" => Lex::Compare,
];

/// Auxiliaries and measure nouns around a level.
const NAME_WORDS: WordMap<Lex> = table![
    "实现了" => Lex::Level(Bound::Eq),
    "完成了" => Lex::Level(Bound::Eq),
    "达到了" => Lex::Level(Bound::Eq),
    "增长了" => Lex::Growth { sign: 1, avg: false },
    "下降了" => Lex::Growth { sign: -1, avg: false },
    "提高了" => Lex::Shift(1),
    "提升了" => Lex::Shift(1),
    "上升了" => Lex::Shift(1),
    "扩大了" => Lex::Shift(1),
    "降低了" => Lex::Shift(-1),
    "缩小了" => Lex::Shift(-1),
    "收窄了" => Lex::Shift(-1),
    "增加了" => Lex::Change(1),
    "减少了" => Lex::Change(-1),
    "完成投资" => Lex::Measure,
    // "地区生产总值15074亿元，人均55611元": the subject per head.
    "人均" => Lex::Measure,
    // "累计接待游客58.0万人次。其中，…，日均15.0万人次": the subject per day, not 均 of a list.
    "日均" => Lex::Measure,
    "月均" => Lex::Measure,
    "实现增加值" => Lex::Measure,
    "增加值" => Lex::Measure,
];

/// Measures written without the crop, product or enterprise they measure ("…种植面积8.0千公顷；产量
/// 20.0万吨", "城投集团营业收入…，利润总额…"), which take it from the name before them.
pub const BARE_MEASURES: List = words![
    "产量",
    "总产量",
    "单产",
    "产值",
    "总产值",
    "中位数",
    "贡献率",
    "贡献度",
    "营业收入",
    "利润总额",
    "资产总额",
    "负债总额",
    // "第五届…博览会签约项目300个，签约金额1500亿元，…到位率40%": the measures of an
    // investment fair, each of its own edition (到位资金 alone is as often a whole statistic,
    // "全州累计到位资金…").
    "签约金额",
    "签约资金",
    "到位率",
    // "甲口岸进出口货物25.4万吨，货值12.3亿美元": the value of the goods just counted.
    "货值"
];

/// The measures a name before a bare measure may end with: what precedes them is the crop or
/// product ("蔬菜种植面积" → 蔬菜).
pub const MEASURE_TAILS: List = words![
    "种植面积",
    "播种面积",
    "面积",
    "总产量",
    "产量",
    "单产",
    "总产值",
    "产值",
    "中位数",
    "增加值",
    "营业收入",
    "利润总额",
    "资产总额",
    "负债总额",
    "签约项目",
    "签约金额",
    "签约资金",
    "到位资金",
    "货物",
    "货运量"
];

/// Measures of livestock a one-char name after them takes ("生猪存栏…、牛…" → 牛存栏).
pub const HERD_MEASURES: List = words!["存栏", "出栏"];

/// Statistics a report states each for itself, never as a part under another total's 其中.
pub const HEADLINE_STATISTICS: List =
    words!["地区生产总值", "社会消费品零售总额", "固定资产投资", "进出口总额", "存款余额", "贷款余额"];

/// Totals and the words that open a sibling of their parts, not a part: a bulletin's "粮食播种
/// 面积…其中，稻谷…玉米…；油料…蔬菜…" runs from the grains on to the other crops in one list.
pub const NOT_PARTS: &[(&str, List)] = &[
    (
        "粮食",
        words![
            "油料",
            "油菜",
            "花生",
            "棉花",
            "蔬菜",
            "烟叶",
            "糖料",
            "甘蔗",
            "瓜果",
            "药材",
            "中药材",
            "花卉",
            "茶",
            "水果",
            "果园",
            "食用菌",
        ],
    ),
    ("肉类", words!["禽蛋", "蛋", "牛奶", "奶", "水产品"]),
];

/// Head nouns of statistics that come in opposite pairs: a name in a total's frame with the
/// other head ("政府性基金收入…；政府性基金支出") is the total's sibling, not its part.
pub const OPPOSITE_HEADS: &[(&str, &str)] = &[
    ("收入", "支出"),
    ("支出", "收入"),
    ("存款余额", "贷款余额"),
    ("贷款余额", "存款余额"),
    ("进口额", "出口额"),
    ("出口额", "进口额"),
    ("进口", "出口"),
    ("出口", "进口"),
];

/// Measures of which neither is ever a part of the other, wherever they stand in a name:
/// "存款余额…其中，制造业贷款…" lists a loan beside the deposits, not inside them. (进口 and
/// 出口 are not here: 进出口 holds both, and its parts are 进口 and 出口.)
pub const OPPOSED_MEASURES: &[(&str, &str)] = &[("存款", "贷款"), ("贷款", "存款"), ("收入", "支出"), ("支出", "收入")];

/// Every table above, for [`lookup`].
const TABLES: &[WordMap<Lex>] = &[
    LEVEL_VERBS,
    GROWTH_WORDS,
    CHANGE_WORDS,
    BASE_WORDS,
    STRUCTURE_WORDS,
    BREAKDOWN_WORDS,
    BOUND_WORDS,
    STATUS_WORDS,
    BASIS_WORDS,
    OWN_WORDS,
    AUXILIARIES,
    COMPARE_WORDS,
    NAME_WORDS,
];

/// The words by first char, longest first within a char.
struct Index {
    words: Vec<(char, &'static str, Lex)>,
}

impl Index {
    /// Where the words keyed by `c` begin (the words are sorted by their key). One search for
    /// the three look-ups: each `partition_point` call is a copy of the search.
    fn first(&self, c: char) -> usize {
        self.words.partition_point(|w| w.0 < c)
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(|w| w.chars().next()))
}

/// The words by last char, longest first within a char, for reading a clause backwards
/// from its figure.
fn suffix_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(|w| w.chars().next_back()))
}

impl Index {
    /// The words of every table keyed by `key` (their first or last char), longest first
    /// within a char; the first row of a word wins over a repeat.
    fn build(key: fn(&str) -> Option<char>) -> Index {
        let mut words: Vec<(char, &'static str, Lex)> = Vec::new();
        for table in TABLES {
            for (w, lex) in table.iter() {
                if let Some(c) = key(w).filter(|_| !words.iter().any(|x| x.1 == w)) {
                    words.push((c, w, lex));
                }
            }
        }
        // No word is left twice, so the order is total and needs no stable sort.
        crate::order::sort_by(&mut words, |a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())).then(a.1.cmp(b.1)));
        Index { words }
    }
}

/// The longest word at the end of `s`, with its entry and its length in bytes.
pub fn lookup_suffix(s: &str) -> Option<(Lex, usize)> {
    let c = s.chars().next_back()?;
    let idx = suffix_index();
    for &(last, w, lex) in idx.words.get(idx.first(c)..)? {
        if last != c {
            break;
        }
        if s.ends_with(w) {
            return Some((lex, w.len()));
        }
    }
    None
}

/// Whether `lex` says which way one value moves: a growth over the period before, a shift in
/// points or a change ("增长", "下降", "提高", "减少"), which each value of a list may bring
/// ("分别增长6.8%和下降2.5%").
pub fn directs(lex: Lex) -> bool {
    matches!(lex, Lex::Growth { avg: false, .. } | Lex::Shift(_) | Lex::Change(_))
}

/// Whether `w` is a word of [`directs`] and nothing more.
pub fn is_direction(w: &str) -> bool {
    matches!(lookup(w), Some((lex, len)) if len == w.len() && directs(lex))
}

/// The longest word at the start of `s`, with its entry and its length in bytes.
pub fn lookup(s: &str) -> Option<(Lex, usize)> {
    let c = s.chars().next()?;
    let idx = index();
    for &(first, w, lex) in idx.words.get(idx.first(c)..)? {
        if first != c {
            break;
        }
        if s.starts_with(w) {
            return Some((lex, w.len()));
        }
    }
    None
}

/// True when some word starts with `c`: the scanner's fast path skips every other char.
pub fn may_start(c: char) -> bool {
    let idx = index();
    idx.words.get(idx.first(c)).is_some_and(|w| w.0 == c)
}

/// How the caption of a chart or a table in a bulletin ends ("图1 三次产业增加值及其增长速度",
/// "表2 年末常住人口数及其构成"): where a caption run into the next sentence stops.
pub const CAPTION_ENDS: List = words!["及其增长速度", "及其构成", "增长速度", "构成", "情况", "变化", "示意图", "对比"];

/// The plan a figure is set against, left as a clause's name once its verbs are gone ("完成“十四五”
/// 规划目标的88.6%", "完成目标进度的64.6%", "完成“十一五”指标的169.2%"): no name, and no topic for
/// the clauses after it, which stay the subject's.
pub const PLAN_REFERENCES: List = words!["规划", "规划目标", "指标", "进度", "目标进度"];

/// Words that make a name not a name: what is left of a clause once its verbs are gone (and
/// [`PLAN_REFERENCES`]).
pub const NOT_NAMES: List = words![
    // "后两年需年均增长7.2%": the rate the rest of a plan needs, of the subject before.
    "后两年需",
    "后三年需",
    "后两年",
    "后三年",
    "增长",
    "增速",
    "比上年",
    "同比",
    "可比",
    "其中",
    "分别",
    "全年",
    "总量",
    "规模",
    "如果",
    "其",
    "今年",
    "去年",
    "按可比价计算",
    "比",
    "较",
    "上年",
    "同期",
    "当年",
    "年",
    "月",
    "全部",
    "合计",
    "共",
    "累计",
    "本年",
    "总体",
    "这",
    "此",
    "该",
    "已",
    "将",
    "并",
    "同时",
    "另外",
    "此外",
    "以来",
    "期间",
    "时期",
    "平均",
    "年均",
    "实际",
    "名义",
    // "（剔除…因素，可比口径实际增长13%）": a caliber of the subject outside the bracket.
    "可比口径",
    "同口径",
    // "实现较快增长，增长8.5%": the verb of a status, whose subject is the one before.
    "实现",
    "保持",
    "继续保持",
    "呈现",
    "数据显示",
    "统计",
    "初步核算",
    "初步统计",
    "据初步统计",
    "据初步核算",
    "据统计",
    "经初步核算",
    "核算",
];

/// Words that end a name without being part of it, cut from its end.
pub const TRAILING: List = words![
    // "天数比例在72%以上", "年均在300万人左右": the bound comes after the figure.
    "在",
    "累计完成",
    "累计实现",
    "共完成",
    "共实现",
    "完成了",
    "实现了",
    "达到了",
    "总计",
    "合计",
    "共计",
    "累计",
    "实现",
    "完成",
    "达到",
    "达",
    "为",
    "是",
    "共",
    "均",
    "分别",
    "已",
    "将",
    "要",
    "的",
    "了",
    "继续",
    "持续",
    // "地区生产总值接连跨越…两个台阶": adverbs of a run of milestones.
    "接连",
    "相继",
    "先后",
    "首次",
    "再",
    "稳定",
    "保持",
    "进一步",
    "全年",
    "当年",
    "年末",
    "年底",
    "末",
    "底",
    "则分别以",
    "分别以",
    "则",
    "以",
    // "一直保持8%以上": after 保持 is cut.
    "一直",
];

/// Budget items after 加 that begin with 上 ("加上级补助收入", "加上解上级支出"): the lead is 加
/// alone, not [`LEADING`]'s 加上.
pub const PLUS_BEFORE_SHANG: List = words!["加上级", "加上解"];

/// The eight classes of consumer prices, each a complete name in a list ("衣着、居住、交通通信
/// 分别上涨…").
pub const PRICE_CLASSES: List = words![
    "食品烟酒",
    "衣着",
    "居住",
    "生活用品及服务",
    "交通通信",
    "交通和通信",
    "教育文化娱乐",
    "教育文化和娱乐",
    "医疗保健",
    "其他用品及服务",
    "其他用品和服务"
];

/// Words of a ranking before the places it lists ("其次是清河市、石泉市", "而白水市").
pub const RANKING_WORDS: List = words!["其次是", "其次为", "其次", "而"];

/// Words that list the leading parts of a breakdown, not all of them ("居前三位的行业是：").
pub const LEADING_PARTS: List =
    words!["居前", "前三位", "前五位", "前十位", "排名前", "主要集中在", "较多的", "最多的"];

/// How a release opens a sentence that splits its period ("分季度看，一季度…；二季度…"): the
/// parts it names hold for that sentence only.
pub const PERIOD_VIEWS: List =
    words!["分季度看", "分季度来看", "从季度看", "从季度来看", "分月份看", "分月看", "分月度看", "从月度看"];

/// How a price release opens its paragraph on the month before ("从环比看，…").
pub const MONTH_ON_MONTH_VIEWS: List = words!["从环比看", "从环比来看", "环比看", "环比来看"];

/// Words cut from the start of a name.
pub const LEADING: List = words![
    // "占比最大的农业（种植业）产值": a description of the statistic, not its name.
    "占比最大的",
    "占比最高的",
    "比重最大的",
    "比重最高的",
    "其中",
    "同时",
    "另外",
    "此外",
    "并且",
    "并",
    "且",
    "和",
    "及",
    "以及",
    // "加上上级补助收入45.54亿元": a budget's items added to its revenue.
    "加上",
    // "提出居民人均可支配收入达到…", "包括法治建设满意度…": the verb of a list of targets.
    "提出",
    "包括",
    "而",
    // "主要集中在批发和零售业84162个": where most of a breakdown lies.
    "主要集中在",
    "集中在",
    // "其次是清河市、石泉市，…分别…": a ranking's words before the names.
    "其次是",
    "其次为",
    "其次",
    "但",
    "使",
    "让",
    "将",
    "把",
    "要",
    "力争",
    "争取",
    "确保",
    "努力",
    "预计",
    "计划",
    "共",
    "总计",
    "合计",
    "全年",
    // "实现当年价生产总值": at current prices, before 当年 alone.
    "当年价",
    "当年",
    "年末",
    "年底",
    // "全市年内人口出生率": the year the rate is of, not its name.
    "年内",
    "末",
    "底",
    "期末",
    "累计",
    "实现",
    "完成",
    "据初步核算",
    "初步核算",
    "经初步核算",
    "据初步统计",
    "初步统计",
    "经初步统计",
    "据统计",
    "据核算",
    "根据",
    "据",
    "按",
    "从",
    "由",
    "在",
    "对",
    "其",
    "是",
    "的",
    "有",
    "已",
    "达",
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "主要",
    "经济",
    "方面",
];

/// Heads of names that are measures of something else: a part named without one (农业, 男性,
/// 第一产业 in an investment release) is named with the total it belongs to.
pub const HEAD_NOUNS: List = words![
    "增加值",
    "产值",
    "总值",
    "收入",
    "支出",
    "投资",
    "人口",
    "产量",
    "总额",
    "余额",
    "零售额",
    "销售额",
    "营业额",
    "价格",
    "指数",
    "率",
    "数",
    "量",
    "面积",
    "规模",
    "利润",
    "税",
    "额",
    "费",
    "消费",
    "贷款",
    "存款",
    "游客",
    "人次",
    "项目",
    "企业",
    "GDP",
    "收益",
    "成本",
    "缺口",
    "资金",
    "产出",
    "出口",
    "进口",
    "消耗",
    "排放",
];

/// Heads that name who produced a figure ("县属企业完成510万吨"), not what it measures.
pub const PRODUCERS: List = words!["企业", "单位"];

/// Bases of an intensity that the names of a list share when only the first name writes it
/// ("万元地区生产总值能耗、水耗和二氧化碳排放": each per 万元 of GDP).
pub const SHARED_LEADS: List = words![
    "万元地区生产总值",
    "单位地区生产总值",
    "万元生产总值",
    "单位生产总值",
    "万元GDP",
    "单位GDP",
    "万元工业增加值",
    "单位工业增加值",
];

/// Parts of a budget's spending that gather several of its classes ("其中民生支出…；教育支出…，
/// 卫生健康支出…"): the classes listed after one are its parts.
pub const GATHERING_PARTS: List = words!["民生"];

/// Measures a list may write bare after a first name that qualifies its own ("对欧盟进出口、
/// 出口", "规模以上工业总产值、增加值"), longest first: the first name's qualifier is theirs.
pub const LISTED_MEASURES: List =
    words!["主营业务收入", "营业收入", "利润总额", "进出口", "总产值", "增加值", "出口", "进口", "产值", "利润",];

/// Measures that the names of a list share when only the last name writes it, longest first
/// ("养老保险、医疗保险和失业保险覆盖率").
pub const SHARED_TAILS: List = words![
    "人均可支配收入",
    "可支配收入",
    "覆盖率",
    "参保率",
    "普及率",
    "达标率",
    "处理率",
    "利用率",
    "合格率",
    "入学率",
    "增加值",
    // "无纺布、食品制造业、服装产值分别增长…".
    "产值",
    // "高端装备、高技术、战略性新兴产业制造业分别增长…": 高端装备制造业, 高技术制造业.
    "制造业",
    "纯收入",
    "收入",
    "余额",
    "总额",
    "产量",
    "投资",
    "比重",
    "增速",
    "人数",
    "面积",
    // "船舶、汽车零配件、汽车分别出口…": 汽车零配件出口.
    "进出口",
    "出口",
    "进口",
];

/// Qualifiers that make a total a variant of a statistic the text may also state plainly:
/// the parts listed under "户籍总人口" (城镇人口, 乡村人口) are the registered population's, not
/// the resident population's the same bulletin gives next.
pub const VARIANT_TOTALS: List = words!["户籍"];

/// Lists of names that exhaust a total when all are present (the parts must then add up).
pub const PARTITIONS: &[List] = &[
    words!["第一产业", "第二产业", "第三产业"],
    // Energy, power and water used: the three sectors' and the households' (see
    // [`HOUSEHOLDS_USE`]).
    words!["第一产业", "第二产业", "第三产业", "居民生活"],
    words!["一产", "二产", "三产"],
    words!["城镇", "乡村"],
    words!["城镇", "农村"],
    words!["男", "女"],
    words!["出口", "进口"],
    words!["税收收入", "非税收入"],
    words!["农业", "林业", "牧业", "渔业", "服务业"],
    words!["工资性", "经营", "财产", "转移"],
    words!["省级", "市级", "县级"],
    words!["轻工业", "重工业"],
    // The three 门类 of industry.
    words!["采矿业", "制造业", "电力"],
    words!["过夜", "一日游"],
    // Students of 普通本专科: the undergraduate and the vocational ones.
    words!["本科", "专科"],
    // Retail sales by how they are consumed.
    words!["商品零售", "餐饮"],
    // Grain as statistics defines it: cereals, pulses and tubers, nothing else.
    words!["谷物", "豆类", "薯类"],
    words!["地方财政收入", "上划中央", "上划省"],
    words!["市本级", "市辖区", "县"],
];

/// Totals of use that statistics split into the three sectors' use and the households'
/// (全社会用电量 = 第一产业 + 第二产业 + 第三产业 + 城乡居民生活用电): the three sectors alone
/// are not all of them.
/// Kinds that are some of a whole a list may name beside them: a part of one kind listed with
/// a part of the whole is that part's, not a sibling ([`super::groups`]).
pub const SUBSUMED: &[(List, List)] = &[
    // "其中，工业投资…；技改投资…": renovation is industry's (field round 37 set D); so is
    // manufacturing (search 37c).
    (words!["技术改造", "技改"], words!["工业", "制造业"]),
    (words!["制造业"], words!["工业"]),
    // "其中，农业产值…，粮食作物产值…": crops are farming's (search 37c).
    (words!["粮食", "经济作物", "蔬菜", "瓜果"], words!["农业"]),
    // "其中，税收收入…，主体税种增值税…、企业所得税…": each tax is some of the taxes (search 37b).
    (
        words![
            "增值税",
            "企业所得税",
            "个人所得税",
            "资源税",
            "契税",
            "房产税",
            "印花税",
            "城市维护建设税",
            "土地增值税"
        ],
        words!["税收收入", "税收"],
    ),
];

/// Dimensions a population is split by that cut across each other: parts of two of them listed
/// under one total ("城镇人口…；60岁及以上人口…") overlap ([`super::groups`]).
pub const CROSS_DIMENSIONS: &[List] = &[words!["城镇", "乡村", "农村"], words!["男", "女"], words!["岁"]];

/// Words that name a sector or an industry in a statistic's name ("工业增加值", "第一产业就业人员").
pub const SECTOR_NAMES: List =
    words!["产业", "工业", "农业", "服务业", "建筑业", "制造业", "商业", "林业", "牧业", "渔业", "采矿业"];

pub const HOUSEHOLDS_USE: List = words!["用电量", "用电", "能源消费", "能耗", "用能", "用水", "耗电", "用气"];

/// Words that name two or more indicators at once, with what each stands for.
pub const SPLIT_HEADS: &[(&str, List)] = &[
    ("城乡居民", words!["城镇居民", "农村居民"]),
    ("城乡", words!["城镇", "农村"]),
    ("存贷款", words!["存款", "贷款"]),
    ("存、贷款", words!["存款", "贷款"]),
    ("男女", words!["男性", "女性"]),
    ("三次产业", words!["第一产业", "第二产业", "第三产业"]),
    ("三大产业", words!["第一产业", "第二产业", "第三产业"]),
    // "农林牧渔及其服务业产值分别为…": the five trades of farm output, in the order written.
    ("农林牧渔及其服务业", words!["农业", "林业", "牧业", "渔业", "农林牧渔服务业"]),
    ("农林牧渔及服务业", words!["农业", "林业", "牧业", "渔业", "农林牧渔服务业"]),
];

/// Openings of a numbered heading: never a title, and a line of its own.
pub const NUMBERED_HEADINGS: List = words![
    "一、",
    "二、",
    "三、",
    "四、",
    "五、",
    "六、",
    "七、",
    "八、",
    "九、",
    "十、",
    "（一）",
    "(一)",
    "1.",
    "1、"
];

/// Heads of names whose values are written without a unit: "城乡居民收入比1.64",
/// "基尼系数0.46", "居民消费价格指数102.3".
pub const UNITLESS_HEADS: List = words!["比", "系数", "指数", "比值", "倍数", "比例"];

/// Heads of names that state a change, not a level ("GDP增量697亿元"): never a total whose
/// parts are listed after it.
pub const CHANGE_HEADS: List = words!["增量", "增加额", "增长额", "增加量", "净增额"];

/// How a release's paragraph lead says a sector fared ("农业生产稳中有升，增加值21.40亿元…"):
/// the words before them name the sector the figures after are of.
pub const STATUS_TAILS: List = words![
    "表现亮眼",
    "表现突出",
    "尤为突出",
    "增势强劲",
    "势头强劲",
    "增长强劲",
    "大幅增长",
    "持续增长",
    "加快增长",
    "稳步提升",
    "稳中有升",
    "稳中有进",
    "稳中向好",
    "加快回升",
    "稳步回升",
    "明显回升",
    "持续回升",
    "持续恢复",
    "稳定恢复",
    "稳步恢复",
    "逐步恢复",
    "加快恢复",
    "较快增长",
    // "家具出口增长较快，1-6月累计出口605.4亿元": the product's, then its figures.
    "增长较快",
    "保持增长",
    "实现增长",
    "小幅增长",
    "小幅下降",
    "有所下降",
    "稳步增长",
    "平稳增长",
    "稳定增长",
    "快速增长",
    "增势良好",
    "总体平稳",
    "保持平稳",
    "保持稳定",
    "平稳运行",
    "运行平稳",
    "持续向好",
    "持续改善",
    "持续回暖",
    "加速成长",
    "稳步发展",
    "加快发展",
    "快速发展",
    "增速加快",
    "增长加快",
    "增速回升",
    "增速提升",
    "增速回落",
    "增速放缓",
    "降幅收窄",
    "降幅扩大",
    "增幅扩大",
    "增幅回落",
    // "第一产业取得明显成效，实现增加值30亿元": the sector's results, then its figures.
    "取得明显成效",
    "取得显著成效",
    "取得新成效",
    "成效明显",
    "成效显著",
    "取得新进展",
    "取得积极进展",
    "取得新突破",
    "实现新突破",
    "发展良好",
    "势头良好",
    "形势良好",
    // "造纸工业出现回暖迹象，6月份完成总产值…", "机械制造业生产略有下降，完成总产值…".
    "出现回暖迹象",
    "企稳回升",
    "止跌回升",
    "略有下降",
    "有所下降",
    "有所回落",
    "扭转亏损局面",
    "扭亏为盈",
];

/// How a ranking names a part before its figures ("其次是信息服务业，增加值为…", "规模最小的是
/// 环保产业，…"): the words after them name the part the figures after are of.
pub const RANK_LEADS: List =
    words!["其次是", "其次为", "再次是", "再次为", "然后是", "规模最小的是", "规模最大的是", "增长最快的是"];

/// Head nouns of amounts, which are never percentages: a percentage after one with a level
/// verb alone ("规上工业增加值达7%") is its growth.
pub const AMOUNT_HEADS: List = words![
    "增加值",
    "生产总值",
    "产值",
    "固定资产投资",
    "零售总额",
    "零售额",
    "销售额",
    "营业收入",
    "进出口总额",
    "出口总额",
    "进口总额",
];

/// The four trades of retail statistics by their one-char abbreviations ("批零住餐").
pub const TRADES: [(char, &str); 4] = [('批', "批发业"), ('零', "零售业"), ('住', "住宿业"), ('餐', "餐饮业")];

/// Verbs of a rank a value is the measure of ("以215.30亿元的GDP总量位居各县第一").
pub const RANK_VERBS: List = words!["位居", "位列", "稳居", "居于", "排名", "排在", "领跑", "夺魁", "拿下"];

/// The same, after the part: "新装备制造业规模最大，增加值为…".
pub const RANK_TAILS: List =
    words!["规模最大", "规模最小", "总量最大", "增长最快", "增速最快", "占比最大", "占比最高", "比重最大", "比重最高"];

/// Verbs of a milestone passed or of a growth remarked on, after the indicator they are said of
/// ("地区生产总值首次迈入千亿大关", "食品价格上涨是…的主要因素"): the figure after them is that
/// indicator's.
pub const MILESTONES: List =
    words!["首次", "历史性", "迈入", "迈上", "跨入", "跨上", "跃上", "站上", "突破", "上涨", "增长", "下降"];

/// Words between a sector and its status that name an activity, not the sector ("农业生产",
/// Level verbs that tell an amount done over a time, not the level it arrived at: with them (or
/// with no verb) an amount of a stretch of years is the stretch's sum ("“十二五”时期完成投资55亿元").
pub const FLOW_VERBS: List = words!["实现", "完成", "共", "合计", "共计", "总计"];

/// "工业经济", "消费市场").
pub const ACTIVITY_TAILS: List = words!["生产", "经济", "市场", "运行", "形势", "总体", "整体"];

/// Names that begin with a lead word, which is then part of the name: "从业人员" is no
/// "从…到…" pair, "占地面积" no share, "新增就业" no change.
const NAMES_WITH_LEADS: List = words![
    "从业",
    // "从事农业人员": people engaged in farming, no "从…到…" pair.
    "从事",
    // "按时办结率", "按期答复率": rates of what is done on time.
    "按时",
    "按期",
    "占地",
    "均衡",
    "要素",
    "都市",
    "共享",
    "和谐",
    "及时",
    "其他",
    "其它",
    "其余",
    "新增",
    "经济作物",
    "经济林",
    // "有色金属产业", "有效发明专利", "有机农产品": 有 is the word's, not a verb.
    "有色",
    "有效",
    "有机",
    // People and works counted where they are: "在校学生", "在岗职工", "在建项目".
    "在校",
    "在园",
    "在岗",
    "在职",
    "在册",
    "在建",
    "在读",
    "在院",
    // "在线新经济", "在线文娱": the online economy.
    "在线",
];

/// Wholes after 占 that begin like a name in [`NAMES_WITH_LEADS`]: "占地区生产总值的8.1%" is
/// a share, "占地面积" is none.
const SHARES_LIKE_NAMES: List = words!["占地区", "占地方"];

/// True when `s` begins with a name whose first word is also a lead word.
pub fn begins_name_with_lead(s: &str) -> bool {
    NAMES_WITH_LEADS.any_starts(s) && !SHARES_LIKE_NAMES.any_starts(s)
}

/// Measures of the units counted just before them ("私营企业20310户，从业人员9.85万人"): they
/// take the counted subject as their own.
pub const ATTRIBUTES: List = words![
    "从业人员",
    "注册资本",
    "注册资金",
    "资产总额",
    "营业收入",
    "利润总额",
    "就业人数",
    "职工人数",
    // "引进重点项目40个，总投资260亿元": the investment of the projects just counted.
    "总投资",
    "计划总投资",
    "协议总投资",
    "签约总额",
    "合同金额",
];

/// Verbs of telling that may stand right before the time of what is told ("青禾县提出“十四五”
/// 期末地区生产总值达到…"): the words before them are the teller, not a name.
pub const TELLING_VERBS: List = words![
    "提出", "明确", "指出", "表示", "强调", "要求", "确定", "通报", "公布", "发布", "获悉", "介绍", "透露", "说"
];

/// Words that make a part a size band ("5000万元及以上项目", "亿元以上项目"): bands may nest,
/// so parts named with them are never added up to their total.
pub const BANDS: List = words!["以上", "以下"];

/// Words that open a web page's metadata line (its date, source, author or hit counter).
pub const PAGE_META: List = words![
    "日期",
    "发布日期",
    "发布时间",
    "时间：",
    "时间:",
    "发表于",
    "来源",
    "作者",
    "编辑",
    "责任编辑",
    "浏览",
    "点击",
    "字号",
];

/// Words of a site's header, whose clock ("2019-5-20 星期一 09:12:40 设为首页") dates no text.
pub const SITE_CHROME: List = words!["设为首页", "加入收藏", "欢迎访问"];

/// Marks of a site's navigation line ("当前位置：首页 > 经济 > 正文"), which is never a title.
pub const NAVIGATION: List = words![
    "当前位置",
    "您的位置",
    "您现在的位置",
    "所在位置",
    "所在的位置",
    ">",
    "＞",
    "»",
    "›",
    // A government site's switches for its reading modes ("关怀版 无障碍").
    "关怀版",
    "无障碍",
    "适老化",
    "长者模式",
];

/// Measures of a subject's effect on a whole, written after 对 ("对经济增长的贡献率"): without
/// the subject before 对 they belong to whatever the sentence named last.
pub const EFFECT_HEADS: List = words!["贡献率", "贡献度"];

/// Provincial-level names, which a subject may start with and which are places.
pub const PROVINCES: List = words![
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
    "台湾",
];

/// Suffixes of place names, longest first.
pub const PLACE_SUFFIXES: List = words!["自治区", "自治州", "自治县", "新区", "省", "市", "县", "区", "旗", "州", "盟"];

/// Words that end like a place but are not places.
/// True when `name` ends in a word of [`NOT_PLACES`] with at most one char before it ("山区",
/// "深山区", "园区"), or in 地区 at any length: an area, not a place. A mountain district's name
/// is a place ("崂山区", "宝山区") unless its one char is a generic one ("深山区", "高山区").
pub fn not_a_place(name: &str) -> bool {
    const GENERIC_MOUNTAINS: List = words!["深", "高", "浅", "石", "大", "后", "前", "老", "荒", "群", "该"];
    NOT_PLACES.iter().any(|n| {
        let short = name.len() <= n.len() + 3;
        let mountain = n == "山区" && name.len() == n.len() + 3 && !GENERIC_MOUNTAINS.any_starts(name);
        name.ends_with(n) && (short && !mountain || n == "地区")
    })
}

pub const NOT_PLACES: List = words![
    "地区",
    "城区",
    "市区",
    "县区",
    "辖区",
    "社区",
    "园区",
    "景区",
    "库区",
    "山区",
    "牧区",
    // Inner Mongolia's "rural": 农村牧区常住居民人均可支配收入.
    "农村牧区",
    "农区",
    "矿区",
    "老区",
    "片区",
    "新区",
    "开发区",
    "城市",
    "超市",
    "股市",
    "楼市",
    "上市",
    "市场",
    "门市",
    "各市",
    "各县",
    "各区",
    "全市",
    "全县",
    "全区",
    "全省",
    "本市",
    "本县",
    "我市",
    "我县",
    "我区",
    "我省",
    "农牧区",
    // Trading blocs, whose 盟 is no league's ("对东盟进出口").
    "东盟",
    "欧盟",
    "城乡",
    "市本级",
    "市辖区",
    "省级",
    "市级",
    "县级",
    "区级",
    "外省",
    "外市",
    "全州",
    "州",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
    "县域",
    "市域",
    "区域",
    "省直管县",
];

/// Words after a time that make it the name of a document ("2019年工作部署", "2007年国民经济和
/// 社会发展计划"), not the period of the figures around it.
pub const DOCUMENTS_AFTER_TIME: List =
    words!["工作部署", "工作安排", "工作要点", "政府工作报告", "国民经济和社会发展计划", "计划报告", "计划草案"];

/// Words after a time inside a clause that make it the plan a figure is set against, or the
/// stretch a record is of, not the figure's period ("完成“十四五”规划目标的88.6%", "为“十四五”以来
/// 最高", "实现“十四五”良好开局", "完成2025年目标的…").
pub const PLAN_OR_RECORD_AFTER_TIME: List = words!["规划目标", "目标", "良好开局", "开局", "开门红", "最", "新高"];

/// Verbs of a count that comes before its own noun ("共有32.6万人次观看演出", "共录得6286.4万
/// 人次出入境", "共开行1862列中欧班列"): what follows it in the sentence is of that noun.
pub const COUNTING_VERBS: List = words!["共有", "录得", "售出", "发送", "吸引", "开行", "迎来"];

/// Words of a meeting's own counts ("本次大会应到代表319名，实到301名"), which are of the day it
/// was held, not of the year a report given at it looks back on.
pub const MEETING_COUNTS: List = words!["应到", "实到", "出席", "列席", "大会", "会议"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_word_wins() {
        assert_eq!(lookup("年均增长5%"), Some((Lex::Growth { sign: 1, avg: true }, "年均增长".len())));
        assert_eq!(lookup("增长5%"), Some((Lex::Growth { sign: 1, avg: false }, "增长".len())));
        assert_eq!(lookup("同比增长"), Some((Lex::VsPrevious, "同比".len())));
        assert_eq!(lookup("比增6.5%"), Some((Lex::Growth { sign: 1, avg: false }, "比增".len())));
        assert_eq!(lookup("可比增长3.5%"), Some((Lex::Growth { sign: 1, avg: false }, "可比增长".len())));
        assert_eq!(lookup("比2015年"), Some((Lex::Than, "比".len())));
        assert_eq!(lookup("增加值41.71亿元"), Some((Lex::Measure, "增加值".len())));
        assert_eq!(lookup("生产总值"), None);
    }

    #[test]
    fn every_word_is_found_by_its_first_char() {
        for table in TABLES {
            for (w, _) in table.iter() {
                let c = w.chars().next().unwrap();
                assert!(may_start(c), "{w}");
                assert!(lookup(w).is_some(), "{w}");
            }
        }
    }

    #[test]
    fn a_word_has_one_meaning() {
        let mut seen: Vec<(&str, Lex)> = Vec::new();
        for table in TABLES {
            for (w, lex) in table.iter() {
                if let Some(&(_, other)) = seen.iter().find(|(x, _)| *x == w) {
                    assert_eq!(other, lex, "{w} is listed twice with different meanings");
                }
                seen.push((w, lex));
            }
        }
    }
}
