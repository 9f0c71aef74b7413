//! `plancheck`: the analyzer as a command, for batch use, following the conventions of
//! linters such as ruff and eslint (many files in, one report per file, a summary, an exit
//! status that a CI job can act on).
//!
//! | invocation                                | prints                                                   |
//! |-------------------------------------------|----------------------------------------------------------|
//! | `plancheck plan.txt`                      | a readable table, findings and diagnostics (zh), summary |
//! | `plancheck --lang en plans/`              | the same in English for each .txt/.csv/.tsv, `==> file <==` before each |
//! | `plancheck --json a.txt b.csv`            | JSON Lines: `{"file": "a.txt", "version": 2, …}` per file |
//! | `cat plan.txt \| plancheck --json`         | one line, `"file": "-"`                                  |
//! | `plancheck --form rows data.tsv`          | forces the input form instead of detecting it            |
//! | `plancheck --fail-on warning plans/`      | exit status 1 on a warning or an error                   |
//!
//! Exit status: 2 when an input could not be read (or on a usage error), else 1 when a finding
//! is at least as severe as `--fail-on` (default `error`; `never` never fails), else 0. An
//! unreadable input does not stop the run: the others are still analysed.

mod args;
mod input;
mod progress;
mod readable;

use std::io::Write;
use std::process::ExitCode;

use plancheck::messages::Message;
use plancheck::{analyze, Options, Report};
use serde::Serialize;

use args::{Args, Command};
use input::Input;
use progress::Progress;
use readable::Tally;

/// One JSON line of a readable input: the Report with the file's name first.
#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// One JSON line of an unreadable input.
#[derive(Serialize)]
struct FileError<'a> {
    file: &'a str,
    error: &'a Message,
}

fn main() -> ExitCode {
    let args = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Check(a)) => a,
        Ok(Command::Help) => {
            println!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("plancheck {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("plancheck: {e}\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let inputs = input::expand(&args.paths);
    let tally = run(&args, &inputs);
    ExitCode::from(status(&args, &tally))
}

/// Reads, analyses and prints every input in turn, holding one input's text at a time.
fn run(args: &Args, inputs: &[Input]) -> Tally {
    let options = Options { form: args.form };
    let several = inputs.len() > 1;
    let mut tally = Tally::default();
    let mut progress = Progress::new(inputs.len());
    let mut stdout = std::io::stdout().lock();
    let mut printed = false;
    for (i, input) in inputs.iter().enumerate() {
        progress.show(i, &input.name);
        let out = match input.read() {
            Ok(text) => {
                let report = analyze(&text, &options);
                drop(text);
                tally.add(&report);
                if args.json {
                    json_line(&FileReport { file: &input.name, report: &report })
                } else {
                    let gap = if printed { "\n" } else { "" };
                    let head = if several { readable::header(&input.name) } else { String::new() };
                    format!("{gap}{head}{}", readable::report(&report, args.english))
                }
            }
            Err(message) => {
                tally.unreadable += 1;
                progress.clear_for(true);
                let m = if args.english { &message.en } else { &message.zh };
                eprintln!("plancheck: {}: {m}", input.name);
                if args.json {
                    json_line(&FileError { file: &input.name, error: &message })
                } else {
                    String::new()
                }
            }
        };
        progress.clear_for(false);
        printed |= !out.is_empty();
        // A closed pipe (plancheck … | head) ends the run quietly: no one reads the rest.
        if stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()).is_err() {
            progress.clear();
            return tally;
        }
    }
    progress.clear();
    if !args.json {
        let gap = if printed { "\n" } else { "" };
        let _ = write!(stdout, "{gap}{}", readable::summary(&tally, args.english));
    }
    tally
}

/// One value as a line of JSON.
fn json_line<T: Serialize>(value: &T) -> String {
    // Structs, strings, numbers and sequences only, and numbers that are not finite become
    // null: serde_json has no error to raise on them.
    serde_json::to_string(value).expect("a Report serialises to JSON") + "\n"
}

/// The exit status. An unreadable input outweighs any finding: the files that were read may
/// be clean, but the run has not checked everything it was asked to.
fn status(args: &Args, tally: &Tally) -> u8 {
    if tally.unreadable > 0 {
        2
    } else if args.fail_on.threshold().is_some_and(|t| tally.worst().is_some_and(|w| w >= t)) {
        1
    } else {
        0
    }
}
