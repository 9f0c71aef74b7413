//! The readable output: one file's table, findings and diagnostics, the header that names a
//! file when several are read, and the closing summary line.
//!
//! | call                              | prints (en)                                              |
//! |-----------------------------------|----------------------------------------------------------|
//! | `report(&r, true)`                | `indicator  unit  base yr …` rows, then `✖ error: …` lines |
//! | `header("plan/a.txt")`            | `==> plan/a.txt <==` (the convention of `head` and `tail`) |
//! | `summary(&tally, true)`           | `files read: 3; findings: error 1, warning 0, info 2; files unreadable: 1` |
//!
//! Columns are padded by terminal width, a CJK character counting two, so that the table
//! lines up in a terminal whatever the indicator names.

use plancheck::checks::Severity;
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

fn year(x: Option<i32>) -> String {
    x.map_or_else(|| "—".to_string(), |y| y.to_string())
}

fn row(ind: &IndicatorOut) -> Vec<String> {
    let s = &ind.summary;
    vec![
        ind.name.clone(),
        ind.unit.clone(),
        year(s.base_year),
        num(s.base, 4),
        year(s.target_year),
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
    rows.extend(report.indicators.iter().map(row));
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
        let year = s.year.map_or_else(|| "—".to_string(), |y| y.to_string());
        out.push_str(&format!("{} {} = {}\n", s.name, year, parts.join(":")));
    }
    out.push('\n');
    let pick = |zh: &str, e: &str| if en { e.to_string() } else { zh.to_string() };
    if report.findings.is_empty() {
        out.push_str(&pick("未发现不一致。\n", "No inconsistencies found.\n"));
    }
    for f in &report.findings {
        let sev = match f.severity {
            Severity::Error => pick("✖ 错误", "✖ error"),
            Severity::Warning => pick("⚠ 警告", "⚠ warning"),
            Severity::Info => pick("ℹ 提示", "ℹ info"),
        };
        out.push_str(&format!("{sev}: {}\n", pick(&f.message.zh, &f.message.en)));
        if let Some(s) = &f.suggestion {
            out.push_str(&format!("   → {}\n", pick(&s.zh, &s.en)));
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

    #[test]
    fn cjk_takes_two_columns() {
        for (s, w) in [("GDP", 3), ("地区生产总值", 12), ("亿元", 4), ("", 0), ("ａ", 2)] {
            assert_eq!(width(s), w, "{s}");
        }
    }
}
