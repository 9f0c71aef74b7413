//! The command line: options first or anywhere, then the files, folders or `-` to read.
//!
//! | arguments                                 | parsed                                          |
//! |-------------------------------------------|-------------------------------------------------|
//! | (none)                                    | read standard input, readable zh, fail on error |
//! | `--json --lang en plan.txt`               | JSON Lines, English, one path                   |
//! | `--fail-on=warning plans/ extra.csv`      | a folder and a file; `--opt=value` works too    |
//! | `-- -odd-name.txt`                        | after `--` every argument is a path             |
//! | `--lang fr`                               | usage error: expected zh or en, found fr        |
//!
//! Paths are kept as `OsString`s, so a file name that is not UTF-8 is still read.

use std::ffi::OsString;

use plancheck::checks::Severity;
use plancheck::FormChoice;

pub const USAGE: &str = "\
usage: plancheck [--json] [--lang zh|en] [--form auto|rows|lines|prose] [--fail-on error|warning|never] [FILE|DIR|-]...
Checks the plan targets in each FILE, in the .txt, .csv and .tsv files of each DIR (not its
subfolders), or in standard input when no FILE is given or FILE is '-'.
  --json      print one JSON object per file per line (JSON Lines): {\"file\": …, …the Report}
  --lang      language of the readable output and of the messages (default zh)
  --form      force the input form instead of detecting it (default auto)
  --fail-on   exit with status 1 when a finding is at least this severe (default error)
Exit status: 0 no finding at or above --fail-on, 1 some, 2 an input could not be read or a
usage error.";

/// How severe a finding must be to make the exit status 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

impl FailOn {
    /// The least severe finding that fails the run, or `None` when none does.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Args {
    pub json: bool,
    pub english: bool,
    pub form: Option<FormChoice>,
    pub fail_on: FailOn,
    /// As given; `-` is standard input. Empty means standard input.
    pub paths: Vec<OsString>,
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Check(Args),
    Help,
    Version,
}

/// Reads the arguments after the program name. An `Err` is the usage error to print.
pub fn parse<I: IntoIterator<Item = OsString>>(args: I) -> Result<Command, String> {
    let mut out = Args { json: false, english: false, form: None, fail_on: FailOn::Error, paths: Vec::new() };
    let mut it = args.into_iter();
    let mut only_paths = false;
    while let Some(arg) = it.next() {
        let Some(s) = arg.to_str().filter(|s| !only_paths && s.starts_with('-') && *s != "-") else {
            out.paths.push(arg);
            continue;
        };
        let (name, inline) = match s.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (s, None),
        };
        let takes_value = matches!(name, "--lang" | "--form" | "--fail-on");
        if inline.is_some() && !takes_value {
            return Err(format!("{name}: expected no value, found {s}"));
        }
        let mut value =
            || -> Option<String> { inline.clone().or_else(|| it.next().map(|v| v.to_string_lossy().into_owned())) };
        match name {
            "--json" => out.json = true,
            "--lang" => match value().as_deref() {
                Some("zh") => out.english = false,
                Some("en") => out.english = true,
                other => return Err(format!("--lang: expected zh or en, found {}", other.unwrap_or("nothing"))),
            },
            "--form" => {
                let v = value();
                out.form = Some(v.as_deref().and_then(FormChoice::parse).ok_or_else(|| {
                    format!("--form: expected auto, rows, lines or prose, found {}", v.as_deref().unwrap_or("nothing"))
                })?);
            }
            "--fail-on" => {
                out.fail_on = match value().as_deref() {
                    Some("error") => FailOn::Error,
                    Some("warning") => FailOn::Warning,
                    Some("never") => FailOn::Never,
                    other => {
                        return Err(format!(
                            "--fail-on: expected error, warning or never, found {}",
                            other.unwrap_or("nothing")
                        ))
                    }
                }
            }
            "--" => only_paths = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            _ => return Err(format!("expected an option of the usage below or a path, found {s}")),
        }
    }
    Ok(Command::Check(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    fn check(args: &[&str]) -> Args {
        match parse_str(args) {
            Ok(Command::Check(a)) => a,
            other => panic!("{args:?}: expected a check, found {other:?}"),
        }
    }

    #[test]
    fn options_and_paths() {
        let a = check(&[]);
        assert_eq!((a.json, a.english, a.form, a.fail_on, a.paths.len()), (false, false, None, FailOn::Error, 0));
        let a = check(&["--json", "a.txt", "--lang", "en", "dir", "-", "--fail-on=never", "--form=rows"]);
        assert!(a.json && a.english);
        assert_eq!((a.form, a.fail_on), (Some(FormChoice::Rows), FailOn::Never));
        assert_eq!(a.paths, ["a.txt", "dir", "-"].map(OsString::from));
        let a = check(&["--fail-on", "warning", "--", "--json", "-x.txt"]);
        assert!(!a.json);
        assert_eq!(a.fail_on, FailOn::Warning);
        assert_eq!(a.paths, ["--json", "-x.txt"].map(OsString::from));
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse_str(&["a.txt", "--help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["-h"]), Ok(Command::Help));
        assert_eq!(parse_str(&["--version"]), Ok(Command::Version));
    }

    #[test]
    fn usage_errors_say_what_was_expected() {
        for (args, message) in [
            (&["--lang", "fr"][..], "--lang: expected zh or en, found fr"),
            (&["--lang"], "--lang: expected zh or en, found nothing"),
            (&["--form=table"], "--form: expected auto, rows, lines or prose, found table"),
            (&["--fail-on", "info"], "--fail-on: expected error, warning or never, found info"),
            (&["--json=yes"], "--json: expected no value, found --json=yes"),
            (&["--jsn"], "expected an option of the usage below or a path, found --jsn"),
            (&["-x"], "expected an option of the usage below or a path, found -x"),
        ] {
            assert_eq!(parse_str(args), Err(message.to_string()), "{args:?}");
        }
    }
}
