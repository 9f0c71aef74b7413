//! `plancheck`: the analyzer as a command, for batch use.
//!
//! | invocation                        | prints                                          |
//! |-----------------------------------|-------------------------------------------------|
//! | `plancheck --json plan.txt`       | the Report as JSON (the contract in the README) |
//! | `plancheck < plan.txt`            | a readable table, findings and diagnostics (zh)  |
//! | `plancheck --lang en plan.txt`    | the same in English                              |
//! | `plancheck --form rows data.tsv`  | forces the input form instead of detecting it   |
//!
//! Exit status: 0 when the analysis ran (whatever it found), 2 on a usage or I/O error.

use std::io::{Read, Write};
use std::process::ExitCode;

use plancheck::report::{IndicatorOut, Report};
use plancheck::{analyze, FormChoice, Options};

const USAGE: &str = "usage: plancheck [--json] [--lang zh|en] [--form auto|rows|lines|prose] [FILE]
Reads FILE (or standard input when FILE is absent or '-') and checks its plan targets.
  --json   print the Report as JSON (see README: \"The Report\")
  --lang   language of the readable output (default zh)
  --form   force the input form instead of detecting it";

struct Args {
    json: bool,
    english: bool,
    form: Option<FormChoice>,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { json: false, english: false, form: None, file: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--lang" => match it.next().as_deref() {
                Some("zh") => args.english = false,
                Some("en") => args.english = true,
                other => return Err(format!("--lang: expected zh or en, found {}", other.unwrap_or("nothing"))),
            },
            "--form" => {
                let v = it.next();
                args.form = Some(v.as_deref().and_then(FormChoice::parse).ok_or_else(|| {
                    format!("--form: expected auto, rows, lines or prose, found {}", v.as_deref().unwrap_or("nothing"))
                })?);
            }
            "-h" | "--help" => return Err(String::new()),
            "-" => args.file = None,
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            f => {
                if args.file.replace(f.to_string()).is_some() {
                    return Err("expected at most one FILE".into());
                }
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("plancheck: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut bytes = Vec::new();
    let read = match &args.file {
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
        None => std::io::stdin().read_to_end(&mut bytes),
    };
    if let Err(e) = read {
        eprintln!("plancheck: cannot read {}: {e}", args.file.as_deref().unwrap_or("standard input"));
        return ExitCode::from(2);
    }
    // Invalid UTF-8 is replaced rather than refused: the rest of the text is still worth reading.
    let text = String::from_utf8_lossy(&bytes);
    let report = analyze(&text, &Options { form: args.form });
    let out = if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("plancheck: cannot serialise the report: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        readable(&report, args.english)
    };
    // A closed pipe (plancheck … | head) is not an error worth a message.
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

/// Terminal columns a string takes: CJK and full-width characters take two.
fn width(s: &str) -> usize {
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

fn readable(report: &Report, en: bool) -> String {
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
        out.push_str(&format!("{} {} = {}\n", s.name, s.year, parts.join(":")));
    }
    out.push('\n');
    let pick = |zh: &str, e: &str| if en { e.to_string() } else { zh.to_string() };
    if report.findings.is_empty() {
        out.push_str(&pick("未发现不一致。\n", "No inconsistencies found.\n"));
    }
    for f in &report.findings {
        let sev = match f.severity {
            plancheck::checks::Severity::Error => pick("✖ 错误", "✖ error"),
            plancheck::checks::Severity::Warning => pick("⚠ 警告", "⚠ warning"),
            plancheck::checks::Severity::Info => pick("ℹ 提示", "ℹ info"),
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
