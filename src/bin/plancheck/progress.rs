//! A progress line on standard error for long runs, overwritten in place with `\r` and
//! cleared before anything else is printed and at the end.
//!
//! | run                                         | progress line                        |
//! |---------------------------------------------|--------------------------------------|
//! | 3 files, stderr a terminal, done in 0.1 s   | none                                 |
//! | 340 files, stderr a terminal                | `[12/340] plans/012.txt`             |
//! | 5 files, stderr a terminal, past 2 s        | `[4/5] …/very/long/path/to/plan.txt` |
//! | any run, stderr a file or a pipe            | none: logs and CI stay clean         |

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use crate::readable::width;

/// More files than this make a run long from its start.
pub const MANY_FILES: usize = 20;
/// A run that has taken this long is long, however many files it has.
pub const LONG_RUN: Duration = Duration::from_secs(2);
/// Columns the file name may take, so that the line stays on one row of a narrow terminal.
const NAME_COLUMNS: usize = 60;

/// Whether a run at this point deserves a progress line (on a terminal).
pub fn is_long(total: usize, elapsed: Duration) -> bool {
    total > MANY_FILES || elapsed > LONG_RUN
}

pub struct Progress {
    on: bool,
    stdout_is_terminal: bool,
    total: usize,
    start: Instant,
    /// Columns of the line now shown; 0 when none is.
    shown: usize,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress {
            on: std::io::stderr().is_terminal(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            total,
            start: Instant::now(),
            shown: 0,
        }
    }

    /// Shows that input `index` (from 0) is being read.
    pub fn show(&mut self, index: usize, name: &str) {
        if !self.on || !is_long(self.total, self.start.elapsed()) {
            return;
        }
        let line = format!("[{}/{}] {}", index + 1, self.total, tail(name, NAME_COLUMNS));
        let w = width(&line);
        let pad = " ".repeat(self.shown.saturating_sub(w));
        let _ = write!(std::io::stderr().lock(), "\r{line}{pad}");
        self.shown = w;
    }

    /// Clears the line before a message on standard error, or before output on standard
    /// output when that is a terminal too (most likely the same one).
    pub fn clear_for(&mut self, stderr: bool) {
        if self.shown > 0 && (stderr || self.stdout_is_terminal) {
            self.clear();
        }
    }

    pub fn clear(&mut self) {
        if self.shown > 0 {
            let _ = write!(std::io::stderr().lock(), "\r{}\r", " ".repeat(self.shown));
            self.shown = 0;
        }
    }
}

/// The end of `s` in at most `columns` terminal columns, with `…` where it was cut: the file
/// name is the part that tells files apart.
fn tail(s: &str, columns: usize) -> String {
    if width(s) <= columns {
        return s.to_string();
    }
    let mut kept = Vec::new();
    let mut w = 1;
    for c in s.chars().rev() {
        w += width(c.encode_utf8(&mut [0; 4]));
        if w > columns {
            break;
        }
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_runs() {
        for (total, secs, long) in [(1, 0, false), (20, 1, false), (21, 0, true), (3, 3, true)] {
            assert_eq!(is_long(total, Duration::from_secs(secs)), long, "{total} files, {secs} s");
        }
    }

    #[test]
    fn names_keep_their_end() {
        for (name, columns, shown) in [
            ("plans/a.txt", 60, "plans/a.txt"),
            ("plans/2026/annual.txt", 12, "…/annual.txt"),
            ("规划/二连浩特.txt", 10, "…浩特.txt"),
        ] {
            assert_eq!(tail(name, columns), shown);
            assert!(width(&tail(name, columns)) <= columns);
        }
    }
}
