//! The command as a user runs it: the built binary on files, folders and standard input.
//!
//! The fixtures are in `tests/cli/`, each with its source in `tests/cli/README.md`; the runs
//! use paths relative to the crate, which is also what the output names.
//!
//! | run                                      | expected                                              |
//! |------------------------------------------|-------------------------------------------------------|
//! | `--json tests/cli/batch`                 | 5 JSON lines in path order, `file` first; the GBK file an `error` line; status 2 |
//! | `tests/cli/warning.txt --fail-on warning`| status 1 (0 with `--fail-on error`)                   |
//! | `-` with text on standard input          | one line with `"file": "-"`                           |
//! | `--lang en tests/cli/batch`              | `files read: 4; findings: error 1, warning 0, info 0; files unreadable: 1` |
//! | a 5 MiB + 1 byte file                    | analysed: the core's `input_too_large` diagnostic      |
//! | `../shared/seeds`                        | the three seed plans, read as prose                   |

// Native only: it runs a process, which the wasm test runner cannot.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const BATCH: &str = "tests/cli/batch";
const CLEAN: &str = "tests/cli/batch/01_gdp.txt";
const ERROR: &str = "tests/cli/batch/03_revenue.txt";
const WARNING: &str = "tests/cli/warning.txt";
const INFO: &str = "tests/cli/info.txt";
/// The files of `BATCH` that the command reads, in the order it must read them.
const BATCH_FILES: [&str; 5] = [
    "tests/cli/batch/01_gdp.txt",
    "tests/cli/batch/02_retail.tsv",
    "tests/cli/batch/03_revenue.txt",
    "tests/cli/batch/04_gbk.csv",
    "tests/cli/batch/05_empty.txt",
];
const REPORT_FIELDS: [&str; 8] =
    ["file", "version", "form", "indicators", "structures", "findings", "diagnostics", "coverage"];

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs the command from the crate's directory, with `stdin` as its standard input, and
/// kills it if it has not finished within a minute (a run that reads without bound would
/// otherwise hang the test suite).
fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plancheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // A separate writer, so that a command that stops reading early cannot block the test, and
    // separate readers, so that a command writing more than a pipe holds cannot either.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out_pipe, &mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err_pipe, &mut v);
        v
    });
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("{args:?}: expected the command to finish within 60 s, found it still running");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = child.wait().unwrap();
    writer.join().unwrap();
    let out = std::process::Output { status, stdout: out_reader.join().unwrap(), stderr: err_reader.join().unwrap() };
    Run {
        status: out.status.code().expect("an exit status, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// The JSON lines of a run, each parsed, after checking its fields: `file` first, then either
/// the Report's fields in the Report's order or `error`.
fn json_lines(r: &Run) -> Vec<Value> {
    r.stdout
        .lines()
        .map(|line| {
            let v =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("expected a JSON line, found {e}: {line:.80}"));
            let keys = keys_in_order(line);
            let report = REPORT_FIELDS.map(String::from);
            let error = ["file", "error"].map(String::from);
            assert!(keys == report || keys == error, "expected {REPORT_FIELDS:?} or file, error; found {keys:?}");
            v
        })
        .collect()
}

/// The top-level keys of a JSON object in the order written (serde_json's `Value` sorts them).
fn keys_in_order(line: &str) -> Vec<String> {
    struct Keys(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
            struct Visit;
            impl<'de> serde::de::Visitor<'de> for Visit {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some((k, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                        keys.push(k);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Visit)
        }
    }
    serde_json::from_str::<Keys>(line).expect("a JSON object").0
}

fn severities(v: &Value) -> Vec<&str> {
    v["findings"].as_array().unwrap().iter().map(|f| f["severity"].as_str().unwrap()).collect()
}

#[test]
fn json_lines_one_per_file_in_path_order() {
    let r = run(&["--json", BATCH], b"");
    assert_eq!(r.status, 2, "the GBK file is unreadable\n{}", r.stderr);
    let lines = json_lines(&r);
    let files: Vec<&str> = lines.iter().map(|v| v["file"].as_str().unwrap()).collect();
    assert_eq!(files, BATCH_FILES, "only .txt/.csv/.tsv, not notes.md nor sub.txt/inner.txt, sorted");
    for (v, want) in lines.iter().zip([Some(vec![]), Some(vec![]), Some(vec!["error"]), None, Some(vec![])]) {
        match want {
            Some(sev) => assert_eq!(severities(v), sev, "{}", v["file"]),
            None => {
                assert_eq!(v["error"].as_object().unwrap().len(), 2, "zh and en: {v}");
                assert!(v["error"]["en"].as_str().unwrap().contains("expected a UTF-8 text file, found"), "{v}");
                assert!(v["error"]["zh"].as_str().unwrap().contains("应为 UTF-8 文本文件"), "{v}");
            }
        }
    }
    assert_eq!(lines[4]["diagnostics"][0]["code"], "empty_input");
}

/// What the eval scorer (../shared/eval/score.py) does: one file, stdout parsed as one JSON
/// document, exit status 0 or 1.
#[test]
fn one_file_is_one_json_document_with_every_report_field() {
    for (file, status) in [(CLEAN, 0), (ERROR, 1)] {
        let r = run(&["--json", file], b"");
        assert_eq!(r.status, status, "{file}: {}", r.stderr);
        assert_eq!(r.stdout.lines().count(), 1, "{file}");
        let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
        assert_eq!(keys_in_order(r.stdout.trim()), REPORT_FIELDS, "{file}: `file` first, then the Report in its order");
        assert_eq!(v["file"], file);
        assert_eq!(v["form"], "lines");
    }
}

#[test]
fn exit_status_for_each_fail_on() {
    let missing = "tests/cli/no_such_file.txt";
    // (inputs, status with --fail-on error, warning, never)
    for (inputs, want) in [
        (&[CLEAN][..], [0, 0, 0]),
        (&[INFO], [0, 0, 0]),
        (&[WARNING], [0, 1, 0]),
        (&[ERROR], [1, 1, 0]),
        (&[CLEAN, WARNING], [0, 1, 0]),
        (&[CLEAN, ERROR], [1, 1, 0]),
        (&[missing], [2, 2, 2]),
        (&[ERROR, missing], [2, 2, 2]),
        (&[BATCH], [2, 2, 2]),
        (&["tests/cli/no_text"], [2, 2, 2]),
    ] {
        for (fail_on, want) in ["error", "warning", "never"].into_iter().zip(want) {
            for json in [false, true] {
                let mut args = vec!["--fail-on", fail_on];
                args.extend(json.then_some("--json"));
                args.extend(inputs);
                let r = run(&args, b"");
                assert_eq!(r.status, want, "{args:?}\n{}", r.stderr);
            }
        }
        // The default is --fail-on error.
        assert_eq!(run(inputs, b"").status, want[0], "{inputs:?}");
    }
}

#[test]
fn standard_input() {
    let text = std::fs::read(ERROR).unwrap();
    for args in [&["--json"][..], &["--json", "-"]] {
        let r = run(args, &text);
        let lines = json_lines(&r);
        assert_eq!(lines.len(), 1, "{args:?}");
        assert_eq!(lines[0]["file"], "-");
        assert_eq!(severities(&lines[0]), ["error"]);
        assert_eq!(r.status, 1);
    }
    // `-` in its place among the files.
    let r = run(&["--json", CLEAN, "-", INFO], &text);
    let files: Vec<Value> = json_lines(&r).into_iter().map(|v| v["file"].clone()).collect();
    assert_eq!(files, [CLEAN, "-", INFO]);
    // Not UTF-8 on standard input is as unreadable as in a file.
    let r = run(&["--json", "--lang", "en"], &std::fs::read("tests/cli/batch/04_gbk.csv").unwrap());
    assert_eq!(r.status, 2);
    assert!(json_lines(&r)[0]["error"].is_object());
    assert!(r.stderr.starts_with("plancheck: -: unreadable: expected a UTF-8 text file, found"), "{}", r.stderr);
}

#[test]
fn unreadable_inputs_are_reported_and_the_others_still_analysed() {
    let missing = "tests/cli/no_such_file.txt";
    // (language, stderr lines, in input order)
    for (lang, want) in [
        (
            "en",
            [
                "plancheck: tests/cli/batch/04_gbk.csv: unreadable: expected a UTF-8 text file, found invalid UTF-8 at byte 0 (B5); if it is GBK or GB18030, convert it first: iconv -f GB18030 -t UTF-8",
                "plancheck: tests/cli/no_such_file.txt: unreadable: expected a file or folder, found nothing at this path",
                "plancheck: tests/cli/no_text: unreadable: expected .txt, .csv or .tsv files in the folder, found none (subfolders are not read)",
            ],
        ),
        (
            "zh",
            [
                "plancheck: tests/cli/batch/04_gbk.csv: 无法读取：应为 UTF-8 文本文件，实际第 0 字节起不是 UTF-8（B5）；如为 GBK/GB18030 编码，请先转换：iconv -f GB18030 -t UTF-8",
                "plancheck: tests/cli/no_such_file.txt: 无法读取：应为文件或文件夹，实际此路径不存在",
                "plancheck: tests/cli/no_text: 无法读取：文件夹中应有 .txt、.csv 或 .tsv 文件，实际一个也没有（子文件夹不读）",
            ],
        ),
    ] {
        for json in [false, true] {
            let mut args = vec!["--lang", lang, BATCH, missing, "tests/cli/no_text", WARNING];
            args.extend(json.then_some("--json"));
            let r = run(&args, b"");
            assert_eq!(r.status, 2, "{args:?}");
            assert_eq!(r.stderr.lines().collect::<Vec<_>>(), want, "{args:?}");
            if json {
                let lines = json_lines(&r);
                let errors: Vec<&str> =
                    lines.iter().filter(|v| v.get("error").is_some()).map(|v| v["file"].as_str().unwrap()).collect();
                assert_eq!(errors, ["tests/cli/batch/04_gbk.csv", missing, "tests/cli/no_text"]);
                let last = lines.last().unwrap();
                assert_eq!((last["file"].as_str(), severities(last)), (Some(WARNING), vec!["warning"]));
            } else {
                assert!(r.stdout.contains("==> tests/cli/warning.txt <=="), "{}", r.stdout);
            }
        }
    }
}

#[test]
fn readable_reports_with_headers_and_a_summary() {
    // (arguments, the headers in order, the summary line)
    for (args, headers, summary) in [
        (
            &["--lang", "en", BATCH][..],
            &[
                "tests/cli/batch/01_gdp.txt",
                "tests/cli/batch/02_retail.tsv",
                "tests/cli/batch/03_revenue.txt",
                "tests/cli/batch/05_empty.txt",
            ][..],
            "files read: 4; findings: error 1, warning 0, info 0; files unreadable: 1",
        ),
        (&[BATCH], &[][..], "已读文件：4；发现：错误 1，警告 0，提示 0；无法读取的文件：1"),
        (
            &["--lang", "en", WARNING, INFO, ERROR],
            &[WARNING, INFO, ERROR],
            "files read: 3; findings: error 1, warning 1, info 1; files unreadable: 0",
        ),
        (&[WARNING, INFO, ERROR], &[], "已读文件：3；发现：错误 1，警告 1，提示 1；无法读取的文件：0"),
        (
            &["--lang", "en", "tests/cli/no_text"],
            &[],
            "files read: 0; findings: error 0, warning 0, info 0; files unreadable: 1",
        ),
    ] {
        let r = run(args, b"");
        let found: Vec<&str> = r.stdout.lines().filter_map(|l| l.strip_prefix("==> ")?.strip_suffix(" <==")).collect();
        if !headers.is_empty() {
            assert_eq!(found, headers, "{args:?}");
        }
        assert_eq!(r.stdout.lines().last(), Some(summary), "{args:?}\n{}", r.stdout);
    }
}

/// One file reads as it always has: the table first, no header, the summary last.
#[test]
fn one_file_readable_is_the_table_then_the_summary() {
    // (language, the table's two lines, a finding's start, the summary's start)
    for (lang, table, finding, summary) in [
        (
            "en",
            [
                "indicator         unit  base yr  base  target yr  target  rate %  implied %  projected  gap %",
                "一般公共预算收入  亿元  2010     94    2015       270     21.9    23.49      253.02     -6.29",
            ],
            "✖ error: 一般公共预算收入: the endpoints 94亿元 (2010) and 270亿元 (2015)",
            "files read: 1;",
        ),
        (
            "zh",
            [
                "指标              单位  基期  基期值  目标年  目标值  年均%  隐含%  推算值  差距%",
                "一般公共预算收入  亿元  2010  94      2015    270     21.9   23.49  253.02  -6.29",
            ],
            "✖ 错误: 一般公共预算收入",
            "已读文件：1；",
        ),
    ] {
        let r = run(&["--lang", lang, ERROR], b"");
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines[..2], table, "{}", r.stdout);
        assert!(lines.iter().any(|l| l.starts_with(finding)), "{}", r.stdout);
        assert!(!r.stdout.contains("==>"));
        assert_eq!(lines[lines.len() - 2], "");
        assert!(lines[lines.len() - 1].starts_with(summary), "{}", r.stdout);
    }
}

/// A fresh directory in Cargo's temporary directory for tests.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn over_the_limit_is_passed_to_the_core_which_refuses_it() {
    let dir = scratch("cli_large");
    let line = std::fs::read_to_string(CLEAN).unwrap();
    // (file, text): a whole number of lines; and one whose cut at the limit falls inside 地.
    for (name, text) in [
        ("lines.txt", line.repeat(plancheck::MAX_INPUT_BYTES / line.len() + 1)),
        ("cut_in_a_char.txt", "a".to_string() + &"地".repeat(plancheck::MAX_INPUT_BYTES / 3 + 100)),
    ] {
        assert!(text.len() > plancheck::MAX_INPUT_BYTES);
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let r = run(&["--json", path.to_str().unwrap()], b"");
        assert_eq!(r.status, 0, "{name}: {}", r.stderr);
        let v = &json_lines(&r)[0];
        assert_eq!(v["diagnostics"][0]["code"], "input_too_large", "{name}");
        assert_eq!(v["form"], "empty", "{name}");
    }
}

/// A stream without end is read only up to the limit: the run ends, with the core's refusal.
#[cfg(unix)]
#[test]
fn an_endless_stream_is_read_only_to_the_limit() {
    let r = run(&["--json", "/dev/zero"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(json_lines(&r)[0]["diagnostics"][0]["code"], "input_too_large");
}

/// Extensions in any case; the order is by bytes, so upper case sorts before lower case.
#[test]
fn folder_extensions_in_any_case_sorted_by_bytes() {
    let dir = scratch("cli_case");
    for name in ["b.TXT", "a.csv", "C.Tsv", "d.text", "e.txt.bak"] {
        std::fs::write(dir.join(name), std::fs::read(CLEAN).unwrap()).unwrap();
    }
    let r = run(&["--json", dir.to_str().unwrap()], b"");
    let files: Vec<String> = json_lines(&r).iter().map(|v| v["file"].as_str().unwrap().to_string()).collect();
    let want: Vec<String> = ["C.Tsv", "a.csv", "b.TXT"].iter().map(|n| dir.join(n).display().to_string()).collect();
    assert_eq!(files, want);
}

/// The progress line is for a terminal; with stderr a pipe, a long run writes nothing there.
#[test]
fn no_progress_line_unless_stderr_is_a_terminal() {
    let dir = scratch("cli_many");
    let line = std::fs::read_to_string(CLEAN).unwrap();
    for i in 0..25 {
        std::fs::write(dir.join(format!("{i:02}.txt")), &line).unwrap();
    }
    let r = run(&["--json", dir.to_str().unwrap()], b"");
    assert_eq!((r.status, r.stderr.as_str(), r.stdout.lines().count()), (0, "", 25));
}

#[test]
fn usage() {
    // (arguments, status, what stdout or stderr starts with)
    for (args, status, start) in [
        (&["--help"][..], 0, "usage: plancheck [--json]"),
        (&["--version"], 0, "plancheck 0.1"),
        (&["--fail-on", "info", CLEAN], 2, "plancheck: --fail-on: expected error, warning or never, found info"),
        (&["--lang", "fr", CLEAN], 2, "plancheck: --lang: expected zh or en, found fr"),
        (&["--form", "table", CLEAN], 2, "plancheck: --form: expected auto, rows, lines or prose, found table"),
        (&["--jsonl", CLEAN], 2, "plancheck: expected an option of the usage below or a path, found --jsonl"),
    ] {
        let r = run(args, b"");
        assert_eq!(r.status, status, "{args:?}");
        let out = if status == 0 { &r.stdout } else { &r.stderr };
        assert!(out.starts_with(start), "{args:?}: expected {start}…, found {out}");
        if status == 2 {
            assert!(r.stdout.is_empty() && r.stderr.contains("usage: plancheck"), "{args:?}");
        }
    }
}

/// The three seed plans, read from `../shared/seeds` beside the repository (CI clones the
/// shared folder there). Its absence fails the test instead of skipping it.
#[test]
fn the_seed_folder() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(seeds.is_dir(), "expected the seed folder at {}, found nothing", seeds.display());
    let r = run(&["--json", "--fail-on", "never", "../shared/seeds"], b"");
    assert_eq!(r.status, 0, "{}", r.stderr);
    let lines = json_lines(&r);
    let files: Vec<&str> = lines.iter().map(|v| v["file"].as_str().unwrap()).collect();
    assert_eq!(
        files,
        [
            "../shared/seeds/000_0a4f00c585880ffc.txt",
            "../shared/seeds/001_ab682828fb602c16.txt",
            "../shared/seeds/002_e46ce887727e8612.txt"
        ]
    );
    for v in &lines {
        assert_eq!(v["form"], "prose", "{}", v["file"]);
        assert!(v["findings"].is_array(), "{}", v["file"]);
    }
    // The five-year plan's targets (seed 002, a task division, states no figure to check).
    assert!(lines[0]["indicators"].as_array().unwrap().len() > 50);
}
