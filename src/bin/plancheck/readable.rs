//! The readable output: one file's table, its honest summary (figures read, relations checked,
//! figures not read and why), findings and diagnostics, the header that names a file when
//! several are read, and the closing summary line.
//!
//! | call                              | prints (en)                                              |
//! |-----------------------------------|----------------------------------------------------------|
//! | `report(&r, true)`                | `indicator  unit  base yr …` rows, `✓ Read 17 figures, checked 2 relations: no problems found.`, then `✖ error: …` lines |
//! | `coverage(&r, true)`              | that summary line, and `4 of the 21 figures (19%) were not read: no year or period 3, …` |
//! | `header("plan/a.txt")`            | `==> plan/a.txt <==` (the convention of `head` and `tail`) |
//! | `summary(&tally, true)`           | `files read: 3; findings: error 1, warning 0, info 2; files unreadable: 1` |
//!
//! Columns are padded by terminal width, a CJK character counting two, so that the table
//! lines up in a terminal whatever the indicator names.

use plancheck::checks::{Confidence, Severity};
use plancheck::messages::Template;
use plancheck::report::{IndicatorOut, Report};

/// Counts over a whole run, for the summary line and the exit status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub read: usize,
    pub unreadable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn add(&mut self, report: &Report) {
        self.read += 1;
        for f in &report.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// The most severe finding of the run, if any.
    pub fn worst(&self) -> Option<Severity> {
        [(self.errors, Severity::Error), (self.warnings, Severity::Warning), (self.infos, Severity::Info)]
            .into_iter()
            .find(|&(n, _)| n > 0)
            .map(|(_, s)| s)
    }
}

const SUMMARY: Template = Template {
    zh: "已读文件：{0}；发现：错误 {1}，警告 {2}，提示 {3}；无法读取的文件：{4}",
    en: "files read: {0}; findings: error {1}, warning {2}, info {3}; files unreadable: {4}",
};

/// The closing line of a readable run, with its newline.
pub fn summary(t: &Tally, en: bool) -> String {
    let m = SUMMARY.fill(&[&t.read, &t.errors, &t.warnings, &t.infos, &t.unreadable]);
    (if en { m.en } else { m.zh }) + "\n"
}

/// The line that names a file before its report when a run reads several.
pub fn header(name: &str) -> String {
    format!("==> {name} <==\n")
}

/// Terminal columns a string takes: CJK and full-width characters take two.
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

fn num(x: Option<f64>, dp: usize) -> String {
    x.map_or_else(
        || "—".to_string(),
        |v| {
            let s = format!("{v:.dp$}");
            if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                s
            }
        },
    )
}

/// A year cell: the year, "本期" / "this period" when the value it dates has none (a text that
/// names no year speaks of its own period), "上年同期" / "a year before" for a base of such a
/// text, else "—".
fn year(x: Option<i32>, value: Option<f64>, en: bool, base: bool) -> String {
    match (x, value) {
        (Some(y), _) => y.to_string(),
        (None, Some(_)) if base => (if en { "a year before" } else { "上年同期" }).to_string(),
        (None, Some(_)) => this_period(en).to_string(),
        (None, None) => "—".to_string(),
    }
}

fn this_period(en: bool) -> &'static str {
    if en {
        "this period"
    } else {
        "本期"
    }
}

fn row(ind: &IndicatorOut, en: bool) -> Vec<String> {
    let s = &ind.summary;
    vec![
        ind.name.clone(),
        ind.unit.clone(),
        year(s.base_year, s.base, en, true),
        num(s.base, 4),
        year(s.target_year, s.target, en, false),
        num(s.target, 4),
        num(s.rate, 2),
        num(s.implied_rate, 2),
        num(s.projected, 2),
        num(s.gap_percent, 2),
    ]
}

/// One report as a table of indicators, the structures, then findings and diagnostics.
pub fn report(report: &Report, en: bool) -> String {
    let header: Vec<String> = if en {
        ["indicator", "unit", "base yr", "base", "target yr", "target", "rate %", "implied %", "projected", "gap %"]
    } else {
        ["指标", "单位", "基期", "基期值", "目标年", "目标值", "年均%", "隐含%", "推算值", "差距%"]
    }
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rows = vec![header];
    rows.extend(report.indicators.iter().map(|i| row(i, en)));
    let cols = rows[0].len();
    let widths: Vec<usize> = (0..cols).map(|c| rows.iter().map(|r| width(&r[c])).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for r in &rows {
        for (c, cell) in r.iter().enumerate() {
            out.push_str(cell);
            if c + 1 < cols {
                out.push_str(&" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        out.push('\n');
    }
    for s in &report.structures {
        let parts: Vec<String> = s.parts.iter().map(|p| p.value.to_string()).collect();
        let year = s.year.map_or_else(|| this_period(en).to_string(), |y| y.to_string());
        out.push_str(&format!("{} {} = {}\n", s.name, year, parts.join(":")));
    }
    out.push('\n');
    out.push_str(&coverage(report, en));
    let pick = |zh: &str, e: &str| if en { e.to_string() } else { zh.to_string() };
    for f in &report.findings {
        let sev = match f.severity {
            Severity::Error => pick("✖ 错误", "✖ error"),
            Severity::Warning => pick("⚠ 警告", "⚠ warning"),
            Severity::Info => pick("ℹ 提示", "ℹ info"),
        };
        // A link made through the context (a name or period carried over) says so, and why;
        // a certain one's basis is the same sentence every time, so it is not repeated here.
        let likely = f.confidence == Confidence::Likely;
        let mark = if likely { pick("（可能关联）", " (likely link)") } else { String::new() };
        out.push_str(&format!("{sev}{mark}: {}\n", pick(&f.message.zh, &f.message.en)));
        // Warnings and errors show their arithmetic step by step; a note's one line is enough.
        if f.severity != Severity::Info {
            for step in &f.explanation {
                out.push_str(&format!("   · {}\n", pick(&step.zh, &step.en)));
            }
        }
        if let Some(s) = &f.suggestion {
            out.push_str(&format!("   → {}\n", pick(&s.zh, &s.en)));
        }
        if let Some(b) = f.basis.as_ref().filter(|_| likely) {
            out.push_str(&format!("   ≈ {}\n", pick(&b.zh, &b.en)));
        }
    }
    for d in &report.diagnostics {
        out.push_str(&format!(
            "{} [{}–{}]: {}\n",
            pick("注意", "note"),
            d.span[0],
            d.span[1],
            pick(&d.message.zh, &d.message.en)
        ));
    }
    out
}

/// What a not-read reason (a diagnostic code of `coverage.not_read`) is called; an unknown code
/// as written.
fn reason(code: &str, en: bool) -> &str {
    let (zh, e) = match code {
        "no_year" => ("没有年份或时期", "no year or period"),
        "no_name" => ("没有指标名称", "no indicator name"),
        "noun_phrase" => ("修饰名词的数字", "part of a noun phrase"),
        "other_period" => ("与其他时期的比较", "compared with another period"),
        "garbled" => ("紧跟乱码", "after a garbled character"),
        "other_region" => ("与其他地区或指标的比较", "compared with another place or figure"),
        "restated" => ("用另一单位重述", "restated in another unit"),
        "constant_prices" => ("按可比价计算的水平", "a level at comparable prices"),
        "list_mismatch" => ("列举的名称与数值对不上", "names and values of a list do not pair up"),
        "not_understood" => ("句式无法确定", "phrasing not understood"),
        "cumulative_not_checked" => ("累计数", "sum over several years"),
        "whole_share" => ("总量自身的构成", "the whole's own share"),
        "line_not_understood" => ("未能识别的行", "line not understood"),
        "unit_mismatch" => ("单位无法换算", "unit that does not convert"),
        "rate_out_of_range" => ("增速超出可能范围", "rate out of range"),
        "year_out_of_range" => ("年份超出可能范围", "year out of range"),
        "years_reversed" => ("起止年份颠倒", "years reversed"),
        "rate_without_period" => ("增速没有时期", "rate without a period"),
        "row_without_name" => ("表格行没有名称", "table row without a name"),
        "unknown_column" => ("无法识别的表格列", "table column not understood"),
        "nonpositive_value" => ("数值不为正", "value not positive"),
        _ => (code, code),
    };
    if en {
        e
    } else {
        zh
    }
}

/// "1 figure", "2 figures".
fn plural(n: u32, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The honest summary of one report (issue 13), with its newlines: how many figures were read
/// and how many relations checked, then what failed. "No problems found", with its ✓, only
/// when relations were checked and none failed; with none checked it says that nothing could
/// be checked. Then, when some figures were not read, how many, what share, and why.
pub fn coverage(report: &Report, en: bool) -> String {
    let c = &report.coverage;
    let (mut errors, mut warnings, mut infos) = (0u32, 0u32, 0u32);
    for f in &report.findings {
        match f.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Info => infos += 1,
        }
    }
    let mut out = if en {
        let counts: Vec<String> = [(errors, "error"), (warnings, "warning"), (infos, "note")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|&(n, w)| plural(n, w))
            .collect();
        let notes = if infos > 0 { format!(" (and {})", plural(infos, "note")) } else { String::new() };
        let read = plural(c.read, "figure");
        if errors + warnings > 0 && c.relations > 0 {
            format!("Read {read}, checked {}: {}.", plural(c.relations, "relation"), counts.join(", "))
        } else if errors + warnings > 0 {
            format!("Read {read}: {}.", counts.join(", "))
        } else if c.relations > 0 {
            format!("✓ Read {read}, checked {}: no problems found{notes}.", plural(c.relations, "relation"))
        } else if c.figures == 0 && c.read == 0 {
            format!("No figures found; nothing could be checked{notes}.")
        } else {
            format!(
                "Read {read}; nothing could be checked: there is no checkable relation among the figures read{notes}."
            )
        }
    } else {
        let counts: Vec<String> = [(errors, "个错误"), (warnings, "个警告"), (infos, "条提示")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|&(n, w)| format!("{n} {w}"))
            .collect();
        let notes = if infos > 0 { format!("（另有 {infos} 条提示）") } else { String::new() };
        let read = c.read;
        if errors + warnings > 0 && c.relations > 0 {
            format!("读取 {read} 个数字，核查 {} 组关系：{}。", c.relations, counts.join("，"))
        } else if errors + warnings > 0 {
            format!("读取 {read} 个数字：{}。", counts.join("，"))
        } else if c.relations > 0 {
            format!("✓ 读取 {read} 个数字，核查 {} 组关系：未发现问题{notes}。", c.relations)
        } else if c.figures == 0 && c.read == 0 {
            format!("未找到可读取的数字；未能核查{notes}。")
        } else {
            format!("读取 {read} 个数字；未能核查：读到的数字之间没有可核查的关系{notes}。")
        }
    };
    out.push('\n');
    let missing = c.figures.saturating_sub(c.read);
    if missing > 0 {
        let share = f64::from(missing) / f64::from(c.figures) * 100.0;
        let share = if share < 0.5 { "<1%".to_string() } else { format!("{}%", share.round()) };
        let reasons: Vec<String> = c.not_read.iter().map(|r| format!("{} {}", reason(r.reason, en), r.count)).collect();
        out.push_str(&if en {
            format!(
                "{missing} of the {} figures ({share}) {} not read: {}; see the notes below.\n",
                c.figures,
                if missing == 1 { "was" } else { "were" },
                reasons.join(", ")
            )
        } else {
            format!(
                "另有 {missing} 个数字（占全部 {} 个的 {share}）未读取：{}；见下方“注意”。\n",
                c.figures,
                reasons.join("，")
            )
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_in_both_languages() {
        let t = Tally { read: 3, unreadable: 1, errors: 1, warnings: 0, infos: 2 };
        assert_eq!(summary(&t, true), "files read: 3; findings: error 1, warning 0, info 2; files unreadable: 1\n");
        assert_eq!(summary(&t, false), "已读文件：3；发现：错误 1，警告 0，提示 2；无法读取的文件：1\n");
    }

    #[test]
    fn worst_is_the_most_severe_finding_present() {
        for (errors, warnings, infos, worst) in [
            (0, 0, 0, None),
            (0, 0, 4, Some(Severity::Info)),
            (0, 2, 4, Some(Severity::Warning)),
            (1, 0, 0, Some(Severity::Error)),
        ] {
            let t = Tally { errors, warnings, infos, ..Tally::default() };
            assert_eq!(t.worst(), worst, "{t:?}");
        }
    }

    fn analysed(text: &str) -> Report {
        plancheck::analyze(text, &plancheck::Options::default())
    }

    /// A bulletin paragraph whose GDP is the sum of its three sectors, consistent within rounding.
    const CONSISTENT: &str = "2023年，全市地区生产总值达到600.5亿元。其中，第一产业增加值50.2亿元，\
        第二产业增加值250.1亿元，第三产业增加值300.2亿元。";

    #[test]
    fn the_check_mark_needs_checked_relations_and_no_failure() {
        let ok = analysed(CONSISTENT);
        assert!(ok.coverage.relations > 0, "{:?}", ok.coverage);
        let zh = coverage(&ok, false);
        assert!(
            zh.starts_with(&format!(
                "✓ 读取 {} 个数字，核查 {} 组关系：未发现问题",
                ok.coverage.read, ok.coverage.relations
            )),
            "{zh}"
        );
        assert!(coverage(&ok, true).starts_with("✓ Read 4 figures, checked "), "{}", coverage(&ok, true));

        // Figures read but nothing to check them against: said plainly, without the ✓.
        let alone = analysed("2020年，全市常住人口达到50万人。\n");
        assert_eq!(alone.coverage.relations, 0);
        assert_eq!(coverage(&alone, false), "读取 1 个数字；未能核查：读到的数字之间没有可核查的关系。\n");
        assert_eq!(
            coverage(&alone, true),
            "Read 1 figure; nothing could be checked: there is no checkable relation among the figures read.\n"
        );

        // A failure: counted, no ✓.
        let bad = analysed("财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n");
        let zh = coverage(&bad, false);
        assert!(!zh.contains('✓') && zh.contains("1 个错误"), "{zh}");
        assert_eq!(coverage(&analysed(""), true), "No figures found; nothing could be checked.\n");
    }

    #[test]
    fn figures_not_read_are_counted_by_reason() {
        let r = analysed("城镇登记失业率控制在2.4%以内。2020年，全市常住人口达到50万人。\n");
        let zh = coverage(&r, false);
        assert!(zh.ends_with("另有 1 个数字（占全部 2 个的 50%）未读取：没有年份或时期 1；见下方“注意”。\n"), "{zh}");
        let en = coverage(&r, true);
        assert!(
            en.ends_with("1 of the 2 figures (50%) was not read: no year or period 1; see the notes below.\n"),
            "{en}"
        );
        // Every figure read: no second line.
        assert_eq!(coverage(&analysed(CONSISTENT), false).lines().count(), 1);
        // The table dates a figure of the text's own period as 本期, not — or 0.
        let own = report(&analysed("前三季度，全区实现地区生产总值1291.92亿元，同比增长6.2%。\n"), false);
        assert!(own.lines().nth(1).is_some_and(|l| l.contains("本期") && !l.contains(" 0 ")), "{own}");
        // Its base a year before is 上年同期, not 本期 again.
        let based = report(
            &analysed("国庆假期，全市接待游客586.3万人次，同比增长12.4%。去年国庆假期，全市接待游客521.6万人次。\n"),
            false,
        );
        assert!(based.lines().nth(1).is_some_and(|l| l.contains("上年同期") && l.contains("本期")), "{based}");
    }

    #[test]
    fn cjk_takes_two_columns() {
        for (s, w) in [("GDP", 3), ("地区生产总值", 12), ("亿元", 4), ("", 0), ("ａ", 2)] {
            assert_eq!(width(s), w, "{s}");
        }
    }
}
