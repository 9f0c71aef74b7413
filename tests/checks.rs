//! Data-driven tests of the whole pipeline on rows and lines taken from real plans.
//!
//! Each case is `check(source, input, expected)`: `source` records where the figures come from
//! (the seed file and the place in it), and `expected` lists every finding the report must
//! contain, as "kind severity n1 n2 …" with the stated numbers as written, and nothing else.
//! An empty list means the input must come out clean. Sources:
//!
//! | tag          | document                                                               |
//! |--------------|------------------------------------------------------------------------|
//! | `000/基础`    | ../shared/seeds/000_…txt, 第一章 一、发展基础 (end-2010 levels and rates)  |
//! | `000/目标`    | ../shared/seeds/000_…txt, 第一章 三、（四）发展目标 (2015 targets)         |
//! | `000/产业`    | ../shared/seeds/000_…txt, 第二章 产业发展 (sector targets)                |
//! | `constructed`| a figure changed on purpose to make a relation fail                      |

mod common;

use plancheck::{analyze, Options};

const HEADER: &str = "指标\t单位\t基期年份\t基期值\t目标年份\t目标值\t年均增长";

/// Runs the analyzer and compares its findings with `expected`, order aside. Every fixture
/// is meant to be read in full, so any diagnostic fails the check too: a clean result must
/// never come from a line that was not understood.
fn check(source: &str, input: &str, expected: &[&str]) {
    let report = analyze(input, &Options::default());
    assert!(
        report.diagnostics.is_empty(),
        "{source}: unexpected diagnostics {:#?}",
        report.diagnostics.iter().map(|d| &d.message.en).collect::<Vec<_>>()
    );
    common::assert_findings(source, input, &report, expected);
}

/// The diagnostic codes of a report, in order.
fn codes(input: &str) -> Vec<&'static str> {
    analyze(input, &Options::default()).diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn erenhot_rows_are_clean() {
    // The worked figures of domain.md: all hold within the precision written, including
    // 第一产业 0.4 → 0.58 at 9.9%, which only holds because "0.4" means [0.35, 0.45].
    let rows = [
        HEADER,
        "地区生产总值\t亿元\t2010\t47.6\t2015\t143\t24.6",
        "社会消费品零售总额\t亿元\t2010\t16.8\t2015\t42\t20",
        "城镇居民人均可支配收入\t元\t2010\t22281\t2015\t40150\t12.5",
        "农牧民人均纯收入\t元\t2010\t7490\t2015\t15730\t16",
        "第一产业增加值\t亿元\t2010\t0.4\t2015\t0.58\t9.9",
        "服务业增加值\t亿元\t2010\t30.23\t2015\t88.72\t24",
        "进出口贸易额\t亿美元\t2010\t32.8\t2015\t80\t19.5",
        "进出口货物总量\t万吨\t2010\t862\t2015\t2600\t24.7",
    ]
    .join("\n");
    check("000/基础 + 000/目标 + 000/产业", &rows, &[]);
}

#[test]
fn columns_in_any_order_with_empty_cells_and_english_headers() {
    let rows = "Target value,Indicator,Annual growth (%),Unit,Base year,Base value,Target year\n\
                143,地区生产总值,24.6,亿元,2010,47.6,2015\n\
                10,财政总收入,,亿元,,,2015\n\
                42,社会消费品零售总额,20,亿元,2010,16.8,2015";
    check("000/目标, columns shuffled", rows, &[]);
    let report = analyze(rows, &Options::default());
    assert_eq!(report.indicators.len(), 3);
    assert_eq!(report.indicators[1].points.len(), 1, "a row with only a target still counts");
}

/// A completion table gives a year's target and its outcome in two columns of the same year:
/// two statements, not one stated twice. (field test 11: a district's yearbook table of its
/// plan targets; figures ours.)
#[test]
fn a_years_target_and_outcome_columns_are_no_conflict() {
    let rows =
        "指标名称\t2020年目标值\t2020年预计值\n地区生产总值(亿元)\t650\t671.3\n一般公共预算收入(亿元)\t48.0\t46.2";
    check("genre", rows, &[]);
    let report = analyze(rows, &Options::default());
    assert_eq!(report.indicators[0].points.len(), 2, "{:?}", report.indicators[0]);
    // Two columns of one year with nothing to tell them apart remain one statistic stated twice.
    let twice = "指标名称\t2020年\t2020年\n地区生产总值(亿元)\t650\t671.3";
    assert!(analyze(twice, &Options::default())
        .findings
        .iter()
        .any(|f| f.kind == plancheck::checks::Kind::ConflictingStatements));
}

/// Search 35a (plan tables of our own): a rate column whose header names its years ("“十四五”年均
/// 增长", "2021—2022年年均增长") runs over them, not from the first year column to the last (a
/// 2035 vision, a mid-term year); a rate that misses its own years is still flagged.
#[test]
fn a_rate_column_runs_over_the_years_its_header_names() {
    check(
        "search 35a",
        "指标\t单位\t2020年\t2025年\t2035年\t“十四五”年均增长（%）\n一般公共预算收入\t亿元\t30.2\t38.54\t70.0\t5.0",
        &[],
    );
    check(
        "search 35a",
        "指标\t2020年\t2022年\t2025年目标\t2021—2022年年均增长（%）\n一般公共预算收入（亿元）\t30.2\t32.4\t38.54\t3.6",
        &[],
    );
    check(
        "search 35a",
        "指标\t2020年基期值\t2025年目标值\t年均增长（%）\t2035年远景目标\n外贸进出口总额（亿元）\t629.4\t1009.1\t9.9\t2274.9",
        &[],
    );
    check(
        "search 35a",
        "指标名称\t基期值（2020年）\t目标值（2025年）\t2022年完成值\t年均增长（%）\n一般公共预算收入（亿元）\t30.2\t38.54\t32.4\t3.6\n注：年均增长为2021—2022年实际年均增速。",
        &[],
    );
    check(
        "search 35a, the rate pushed off",
        "指标\t单位\t2020年\t2025年\t2035年\t“十四五”年均增长（%）\n一般公共预算收入\t亿元\t30.2\t38.54\t70.0\t6.5",
        &["rate_vs_endpoints error 30.2 38.54 6.5"],
    );
}

#[test]
fn an_impossible_rate_is_an_error() {
    // 3.7 → 10 in five years needs about 22% a year, not 40%.
    let rows = format!("{HEADER}\n财政总收入\t亿元\t2010\t3.7\t2015\t10\t40");
    check("constructed from 000/目标 (财政总收入 10亿元)", &rows, &["rate_vs_endpoints error 3.7 10 40"]);
}

#[test]
fn the_example_of_the_brief() {
    // "到2015年…年均增长21.9%，达到270亿元" from a base of 94亿元: the endpoints imply 23.5% a
    // year, and 21.9% reaches only 253.0亿元, 6.3% short. For a nominal indicator that is an
    // error; for GDP, whose rate is at comparable prices, it is a 1.3% a year price effect.
    let nominal = "一般公共预算收入 2010=94亿元 2015=270亿元 年均21.9%";
    check("the brief's example, nominal", nominal, &["rate_vs_endpoints error 94 270 21.9"]);
    let gdp = "地区生产总值 2010=94亿元 2015=270亿元 年均21.9%";
    check("the brief's example, GDP", gdp, &["rate_vs_endpoints info 94 270 21.9"]);
    for input in [nominal, gdp] {
        let f = &analyze(input, &Options::default()).findings[0];
        assert!(f.message.en.contains("imply 23.5"), "{}", f.message.en);
        assert!(f.message.en.contains("253.0亿元, 6.3% below 270亿元"), "{}", f.message.en);
        assert!(f.message.zh.contains("253.0亿元") && f.message.zh.contains("低6.3%"), "{}", f.message.zh);
        assert!(f.explanation.len() >= 4, "the arithmetic is explained step by step");
    }
    let f = &analyze(gdp, &Options::default()).findings[0];
    assert!(f.message.en.contains("price change of 1.31% a year"), "{}", f.message.en);
}

#[test]
fn price_basis_separates_value_added_from_nominal() {
    // A deflator far outside −2%..6% is not an ordinary price effect: a warning.
    check("constructed", "地区生产总值 2010=47.6亿元 2015=143亿元 年均10%", &["rate_vs_endpoints warning 47.6 143 10"]);
    // Several value-added indicators with price gaps get one summary note as well.
    let lines = "地区生产总值 2010=47.6亿元 2015=143亿元 年均23%\n服务业增加值 2010=30.23亿元 2015=88.72亿元 年均22.5%";
    check(
        "constructed from 000",
        lines,
        &["rate_vs_endpoints info 47.6 143 23", "rate_vs_endpoints info 30.23 88.72 22.5", "rate_vs_endpoints info "],
    );
}

#[test]
fn lines_from_the_erenhot_plan() {
    check("000/目标", "地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%", &[]);
    check("000/产业", "第一产业增加值 2010=0.4亿元 2015=0.58亿元 2011-2015年均9.9%", &[]);
    // 13.9 → 45.7 implies 26.76%–27.0%: the stated 26.7% misses by 0.01pp, within one more
    // rounding unit, so a warning and not an error.
    check("000/产业", "工业增加值 2010=13.9亿元 2015=45.7亿元 年均26.7%", &["rate_vs_endpoints info 13.9 45.7 26.7"]);
    // A lone plan-end year: the rate runs over the five years before it; nothing to compare.
    check("000/目标", "财政总收入 2015=10亿元 年均22%", &[]);
    check("000/目标", "城镇登记失业率 2015=2.4%以内", &[]);
    // An exact period: 2013→2015 is two years, so 10 → 12.1 at 10% a year is exact.
    check("constructed", "固定资产投资 2013=10亿元 2015=12.1亿元 2013→2015年均10%", &[]);
    check(
        "constructed",
        "固定资产投资 2013=10亿元 2015=14亿元 2013→2015年均10%",
        &["rate_vs_endpoints error 10 14 10"],
    );
}

#[test]
fn bounds_and_approximations() {
    // 以上 turns the target into [41.5, ∞): any rate high enough fits.
    check("constructed", "社会消费品零售总额 2010=16.8亿元 2015=42亿元以上 年均25%", &[]);
    check("constructed", "社会消费品零售总额 2010=16.8亿元 2015>=42亿元 年均15%", &["approx_word error 16.8 42 15"]);
    // 左右 on the rate: 19.5%左右 allows about 19.1%–19.9%.
    check("000/服务业 贸易业", "进出口贸易额 2010=32.8亿美元 2015=80亿美元 年均19.5%左右", &[]);
}

#[test]
fn structures() {
    check("000/基础", "三次产业结构 2005=1.0:18.2:80.8 2010=0.8:35.7:63.5", &[]);
    check("000/目标", "三次产业结构 2015=0.4：37.6：62", &[]);
    check("constructed", "三次产业结构 2015=1:30:60", &["structure_ratio error 1 30 60"]);
    // With the sector values known, each share is checked against value / GDP.
    let lines = "地区生产总值 2010=47.6亿元\n服务业增加值 2010=30.23亿元\n三次产业结构 2010=0.8:35.7:63.5";
    check("000/基础", lines, &[]);
    let wrong = "地区生产总值 2010=47.6亿元\n服务业增加值 2010=30.23亿元\n三次产业结构 2010=0.8:39.7:59.5";
    check("constructed from 000/基础", wrong, &["structure_ratio error 30.23 47.6 59.5"]);
}

#[test]
fn shares() {
    // 工业 13.9 / 47.6 = 29.07%–29.34%, but the plan says 29.4%.
    let lines = "地区生产总值 2010=47.6亿元\n工业增加值 2010=13.9亿元\n工业增加值占地区生产总值比重 2010=29.4%";
    check("000/基础", lines, &["share warning 13.9 47.6 29.4"]);
    let lines = "地区生产总值 2010=47.6亿元\n服务业增加值 2010=30.23亿元\n服务业增加值比重 2010=63.5%";
    check("000/基础", lines, &[]);
}

#[test]
fn sums() {
    let ok = "地区生产总值 2015=143亿元\n第一产业增加值 2015=0.58亿元\n第二产业增加值 2015=53.7亿元\n服务业增加值 2015=88.72亿元";
    check("constructed from 000/产业", ok, &[]);
    let bad = "地区生产总值 2015=143亿元\n第一产业增加值 2015=0.58亿元\n第二产业增加值 2015=40亿元\n服务业增加值 2015=88.72亿元";
    check("constructed from 000/产业", bad, &["sum_vs_total error 0.58 40 88.72 143"]);
    // 工业 is not 第二产业: no sum is formed from it.
    let industry = "地区生产总值 2015=143亿元\n第一产业增加值 2015=0.58亿元\n工业增加值 2015=45.7亿元\n服务业增加值 2015=88.72亿元";
    check("000/产业", industry, &[]);
}

#[test]
fn conflicting_statements() {
    // 000 states 城镇居民可支配收入 40150元 twice (发展目标 and 就业与增收), and 进出口 19.5% once
    // with 左右: none of this conflicts.
    let same = "城镇居民人均可支配收入 2010=22281元 2015=40150元 年均12.5%\n城镇居民可支配收入 2015=40150元 年均12.5%";
    check("000/目标 + 000/和谐社会", same, &[]);
    let units = "城镇居民人均可支配收入 2015=4.015万元\n城镇居民可支配收入 2015=40150元";
    check("constructed: the same figure in 万元 and 元", units, &[]);
    let clash = "地区生产总值 2015=143亿元\n生产总值 2015=150亿元";
    check("constructed", clash, &["conflicting_statements error 143 150"]);
}

#[test]
fn bad_input_yields_diagnostics_not_panics() {
    assert_eq!(codes(""), ["empty_input"]);
    assert_eq!(codes(" \n\t\u{3000} "), ["empty_input"]);
    assert_eq!(codes("这里没有任何数字。"), ["no_figures"]);
    assert_eq!(codes("地区生产总值 2010=47.6亿元\n这一行不是目标"), ["line_not_understood"]);
    assert!(codes(&"a".repeat(plancheck::MAX_INPUT_BYTES + 1)).contains(&"input_too_large"));
    assert!(codes("地区生产总值 2010=0亿元 2015=143亿元 年均24.6%").contains(&"nonpositive_value"));
    assert!(codes("地区生产总值 2010=-5亿元 2015=143亿元 年均24.6%").contains(&"nonpositive_value"));
    assert!(codes("地区生产总值 2010=47.6亿元 2015=143亿元 年均下降100%").contains(&"rate_out_of_range"));
    assert!(codes("地区生产总值 2015-2011年均24.6%").contains(&"years_reversed"));
    assert!(codes("地区生产总值 1600=1亿元 2100=143亿元 年均1%").contains(&"year_out_of_range"));
    assert!(codes("地区生产总值 2000=1亿元 2100=143亿元 年均1%").contains(&"span_too_long"));
    assert!(codes("地区生产总值 2010=99999999999亿元").contains(&"absurd_magnitude"));
    assert!(codes(&format!("地区生产总值 2010={}亿元", "9".repeat(500))).contains(&"number_too_long"));
    let rows = format!("{HEADER}\n地区生产总值\t亿元\t2015\t47.6\t2010\t143\t24.6");
    assert!(codes(&rows).contains(&"years_reversed"));
}

#[test]
fn a_line_not_understood_does_not_stop_the_others() {
    let input = "地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%\n这一行没有目标\n社会消费品零售总额 2010=16.8亿元 2015=42亿元 年均20%";
    let report = analyze(input, &Options::default());
    assert_eq!(report.indicators.len(), 2);
    assert_eq!(report.diagnostics.len(), 1);
    let d = &report.diagnostics[0];
    assert_eq!(d.code, "line_not_understood");
    // The span points at the bad line, in UTF-16 units: line 1 is 38 units plus its newline.
    let first_line_units = input.lines().next().unwrap().encode_utf16().count() as u32 + 1;
    assert_eq!(d.span[0], first_line_units);
    assert_eq!(d.span[1], first_line_units + "这一行没有目标".encode_utf16().count() as u32);
    // A bad token on a good line is pointed at, and the rest of the line is used.
    let report = analyze("地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6% 2016=abc", &Options::default());
    assert_eq!(report.indicators[0].points.len(), 2);
    assert_eq!(report.diagnostics[0].code, "token_not_understood");
}

#[test]
fn report_shape_paths_and_spans() {
    let input = "地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%";
    let r = analyze(input, &Options::default());
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["version"], 2);
    assert_eq!(v["indicators"][0]["period"], "year");
    assert_eq!(v["form"], "lines");
    let ind = &v["indicators"][0];
    assert_eq!(ind["name"], "地区生产总值");
    assert_eq!(ind["unit"], "亿元");
    assert_eq!(ind["points"][0]["role"], "base");
    assert_eq!(ind["points"][1]["role"], "target");
    assert_eq!(ind["points"][0]["lo"], 47.55);
    assert_eq!(ind["rates"][0]["from"], 2010);
    assert_eq!(ind["rates"][0]["basis"], "real", "GDP growth is at comparable prices");
    let path = ind["path"].as_array().unwrap();
    assert_eq!(path.len(), 6);
    assert!((path[5]["value"].as_f64().unwrap() - 142.95).abs() < 0.01);
    assert!((ind["implied_rate"].as_f64().unwrap() - 24.61).abs() < 0.01);
    assert!((ind["summary"]["projected"].as_f64().unwrap() - 142.95).abs() < 0.01);
    // "47.6" sits after "地区生产总值 2010=": 6 CJK units + 1 space + 5.
    assert_eq!(ind["points"][0]["span"], serde_json::json!([12, 16]));
    let units: Vec<u16> = input.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[12..16]).unwrap(), "47.6");
}

#[test]
fn a_target_without_base_shows_the_base_it_implies() {
    let r = analyze("财政总收入 2015=10亿元 年均22%", &Options::default());
    let path = &r.indicators[0].path;
    assert_eq!((path[0].year, path.last().unwrap().year), (2010, 2015));
    assert!((path[0].value - 3.70).abs() < 0.01, "{:?}", path[0]);
}

/// Precision search 32c (a bulletin's telecom, tourism and age rows; figures ours): a row's
/// numbering is cut from its name, but a figure that is part of the name ("5G", "4A级",
/// "60周岁") is not.
#[test]
fn row_names_that_begin_with_a_figure() {
    let rows = "指标\t单位\t2023年\n5G移动电话用户\t万户\t28.62\n4G移动电话用户\t万户\t33.73\n\
                4A级景区\t个\t6\n3A级景区\t个\t12\n60周岁及以上人口\t万人\t11.2\n65周岁及以上人口\t万人\t8.4\n\
                1.地区生产总值\t亿元\t300.5";
    let r = analyze(rows, &Options::default());
    let names: Vec<_> = r.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "5G移动电话用户",
            "4G移动电话用户",
            "4A级景区",
            "3A级景区",
            "60周岁及以上人口",
            "65周岁及以上人口",
            "地区生产总值"
        ]
    );
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

/// Search 36c (a bulletin of our own): the points each sector adds to growth, set side by side
/// as a ratio (拉动之比为0.4:1.6:2.8), add up to the growth, not to 100; the contributions
/// (贡献率) beside them still must.
#[test]
fn pulls_side_by_side_are_no_structure_of_a_hundred() {
    use plancheck::checks::Severity;
    let r = analyze(
        "2024年全市地区生产总值2358.0亿元，增长4.8%。三次产业对经济增长的拉动之比为0.4:1.6:2.8。",
        &Options::default(),
    );
    assert!(r.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", r.findings);
    let r = analyze(
        "2024年全市地区生产总值2358.0亿元，增长4.8%。三次产业对经济增长的贡献率之比为8.3:33.3:48.4。",
        &Options::default(),
    );
    assert!(r.findings.iter().any(|f| f.severity == Severity::Error), "{:#?}", r.findings);
}
