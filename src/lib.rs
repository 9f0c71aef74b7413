//! plancheck: reads the targets of Chinese development plans and checks that their numbers
//! agree, with rounding-aware interval arithmetic.
//!
//! The crate is a pure core that knows nothing of JavaScript. One function, [`analyze`], turns
//! text into a [`Report`]; the wasm boundary (`wasm.rs`, only in wasm builds) and the native
//! command (`src/bin/plancheck/`) are its two thin callers.
//!
//! ```text
//! text ──detect──▶ input::read ──Extraction──▶ Model::build ──Model──▶ checks::run
//!                     (facts + diagnostics)        (linked)              (findings)
//!                                                         └──────────▶ Report::build
//! ```
//!
//! | input                                            | result                               |
//! |--------------------------------------------------|--------------------------------------|
//! | `地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%` | no finding: 24.49%–24.72% meets 24.6% |
//! | `地区生产总值 2010=47.6亿元 2015=270亿元 年均21.9%` | `rate_vs_endpoints` error             |
//! | `` (empty)                                       | diagnostic `empty_input`             |

/// Names the unit variants of an enum and serialises each by its name, as
/// `#[derive(Serialize)]` with `#[serde(rename_all = "snake_case")]` does: `snake_case!(Kind {
/// Share => "share", … })` gives `Kind::code` and `impl Serialize`. The derive makes a
/// serializer call per variant (400 bytes of wasm for the 11 kinds), where one call reads the
/// name from the match's table.
macro_rules! snake_case {
    ($t:ident { $($v:ident => $name:literal),* $(,)? }) => {
        impl $t {
            /// The variant's name in the report.
            pub fn code(self) -> &'static str {
                match self {
                    $($t::$v => $name,)*
                }
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_unit_variant(stringify!($t), *self as u32, self.code())
            }
        }

        #[cfg(test)]
        impl $t {
            /// Every variant with its name, for the test that the names are the variants'.
            pub(crate) const NAMED: &'static [($t, &'static str)] = &[$(($t::$v, $name),)*];
        }
    };
}

pub mod checks;
pub mod facts;
pub mod figure;
pub mod growth;
pub mod index;
pub mod input;
pub mod interval;
pub mod messages;
pub mod model;
pub mod names;
pub mod normalize;
pub mod order;
pub mod period;
pub mod prose;
pub mod report;
pub mod text;
pub mod unit;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use facts::{Diagnostic, Form};
use model::Model;
pub use report::Report;
use text::Span;

/// The largest input analysed, in UTF-8 bytes. Larger input is refused with a diagnostic,
/// which bounds the time and memory of one call.
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// The most findings a report lists; past it a diagnostic says how many were cut.
pub const MAX_FINDINGS: usize = 1000;

/// Options of one analysis. Every field has a default, so `{}` is valid.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Force an input form instead of detecting it. `None` means detect.
    pub form: Option<FormChoice>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormChoice {
    Auto,
    Rows,
    Lines,
    Prose,
}

impl FormChoice {
    /// Reads the option's name as the README spells it: auto, rows, lines or prose.
    pub fn parse(s: &str) -> Option<FormChoice> {
        match s {
            "auto" => Some(FormChoice::Auto),
            "rows" => Some(FormChoice::Rows),
            "lines" => Some(FormChoice::Lines),
            "prose" => Some(FormChoice::Prose),
            _ => None,
        }
    }
}

/// Analyses `text`: reads its targets, links them, runs every check and builds the Report.
/// It never panics and never fails: whatever it cannot read becomes a diagnostic.
pub fn analyze(text: &str, options: &Options) -> Report {
    analyze_with(text, options, Vec::new())
}

/// As [`analyze`], with diagnostics already raised by the caller (about its options, say)
/// placed first in the report.
pub fn analyze_with(text: &str, options: &Options, mut diagnostics: Vec<Diagnostic>) -> Report {
    if text.len() > MAX_INPUT_BYTES {
        diagnostics.push(Diagnostic {
            code: "input_too_large",
            span: Span::new(0, 0),
            message: messages::INPUT_TOO_LARGE.fill(&[&MAX_INPUT_BYTES, &text.len()]),
        });
        return Report::build("", Form::Empty, &Model::default(), Vec::new(), diagnostics, Default::default());
    }
    let detected = input::detect(text);
    let form = match (detected, options.form) {
        (Form::Empty, _) => Form::Empty,
        (_, Some(FormChoice::Rows)) => Form::Rows,
        (_, Some(FormChoice::Lines)) => Form::Lines,
        (_, Some(FormChoice::Prose)) => Form::Prose,
        (d, _) => d,
    };
    // Readers read normalised text (Simplified characters, half-width digits, no spaces inside
    // figures in prose); every span they give is mapped back to what the user wrote.
    let norm = normalize::Normalized::new(text, form == Form::Prose);
    let mut ex = input::read(&norm.text, form);
    for fact in &mut ex.facts {
        let shown = norm.shown(text, &fact.name, fact.span);
        if shown != fact.name {
            fact.ctx.shown = shown;
        }
    }
    ex.map_spans(|s| norm.span_to_original(s));
    let mut figures = std::mem::take(&mut ex.figures);
    if form != Form::Prose {
        // Tables and target lines put each figure in a cell of its own: the figures are those
        // read; a cell that could not be read has its own diagnostic.
        figures.clear();
        for fact in &ex.facts {
            figures.append(&mut fact.figure_spans());
        }
    }
    diagnostics.append(&mut ex.diagnostics);
    if form == Form::Empty {
        diagnostics.push(Diagnostic {
            code: "empty_input",
            span: Span::new(0, 0),
            message: messages::EMPTY_INPUT.fill(&[]),
        });
    } else if ex.facts.is_empty() {
        diagnostics.push(Diagnostic {
            code: "no_figures",
            span: Span::new(0, text.len()),
            message: messages::NO_FIGURES.fill(&[]),
        });
    }
    let model = Model::build(&mut ex);
    diagnostics.append(&mut ex.diagnostics);
    let mut outcome = checks::run(&model);
    diagnostics.append(&mut outcome.diagnostics);
    if outcome.findings.len() > MAX_FINDINGS {
        outcome.findings.truncate(MAX_FINDINGS);
        diagnostics.push(Diagnostic {
            code: "too_many_findings",
            span: Span::new(0, 0),
            message: messages::TOO_MANY_FINDINGS.fill(&[&MAX_FINDINGS]),
        });
    }
    let coverage = report::Coverage::count(&figures, &model, outcome.checked, outcome.relations, &diagnostics);
    Report::build(text, form, &model, outcome.findings, diagnostics, coverage)
}

#[cfg(test)]
mod tests {
    /// The snake case of a variant's name: "RateVsEndpoints" → "rate_vs_endpoints".
    fn snake(name: &str) -> String {
        let mut out = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    fn check<T: std::fmt::Debug>(named: &[(T, &str)]) {
        for (v, name) in named {
            assert_eq!(snake(&format!("{v:?}")), *name);
        }
    }

    #[test]
    fn snake_case_names_are_the_variants() {
        check(crate::checks::Kind::NAMED);
        check(crate::checks::Severity::NAMED);
        check(crate::checks::Confidence::NAMED);
        check(crate::figure::Bound::NAMED);
        check(crate::facts::Form::NAMED);
    }
}
