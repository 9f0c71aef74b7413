//! `multiple`: 增长N倍, 是…的N倍 and 翻k番 against the levels they relate.
//!
//! 增长N倍 means new = old × (1 + N); 是…的N倍 means new = old × N; 翻k番 means at least ×2^k.
//! Plans often write one wording for the other, so when a figure fails under its own wording
//! but fits the other, the finding says which reading fits and is a `warning`, not an error.
//!
//! | statement                          | levels        | ratio | finding                        |
//! |------------------------------------|---------------|-------|--------------------------------|
//! | 比2010年增长2倍                      | 47.6 → 143    | 3.00  | none (× 3)                     |
//! | 比2010年增长3倍                      | 47.6 → 143    | 3.00  | warning: reads as 是…的3倍      |
//! | 翻一番 (2010–2015)                  | 47.6 → 143    | 3.00  | info: more than meets ×2        |
//! | 翻两番 (2010–2015)                  | 47.6 → 143    | 3.00  | error: ×4 needs 190.4           |

use super::{fixed, range, Finding, Kind, Outcome, Ref, Severity, SuggestedValue, Suggestion};
use crate::facts::MultipleWord;
use crate::interval::Interval;
use crate::messages::{Template, Year};
use crate::model::Model;

const OWN_READING: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}是{6}倍（{7}），与“{8}”不符：按字面应为{9}倍。",
    en: "{0}: {2}{3} ({1}) to {5}{3} ({4}) is ×{6} ({7}), which does not fit “{8}”: read literally that is ×{9}.",
};

const OTHER_READING: Template = Template {
    zh: "但按“{0}”理解（{1}倍）则相符：这是“增长N倍”与“是…的N倍”的常见混用。",
    en: "It fits if read as “{0}” (×{1}): the usual mix-up of 增长N倍 (×(1+N)) and 是…的N倍 (×N).",
};

const DOUBLING_MET: Template = Template {
    zh: "{0}：{1}年{2}{3}到{4}年{5}{3}是{6}倍，超过“翻{7}番”所需的{8}倍。",
    en: "{0}: {2}{3} ({1}) to {5}{3} ({4}) is ×{6}, more than the ×{8} that doubling {7} time(s) needs.",
};

const NEAREST: Template = Template {
    zh: "与倍数一致的{0}年目标：{1}{2}。",
    en: "Target for {0} consistent with the multiple: {1}{2}.",
};

const STEP: Template = Template {
    zh: "倍数 = 目标 ÷ 基数 = {0}；增长N倍 = ×(1+N)，是…的N倍 = ×N，翻k番 = ×2^k。",
    en: "Ratio = target ÷ base = {0}; 增长N倍 = ×(1+N), 是…的N倍 = ×N, 翻k番 = ×2^k.",
};

pub(super) fn check(model: &Model, out: &mut Outcome) {
    for (i, ind) in model.indicators.iter().enumerate() {
        for m in &ind.multiples {
            let (Some(b), Some(t)) = (ind.points_in(m.from).next(), ind.points_in(m.to).next()) else { continue };
            out.relation(&[b.figure.span, t.figure.span, m.figure.span]);
            let Some(ratio) = t.allowed().div_pos(&b.allowed()) else { continue };
            let n = m.figure.allowed();
            let factor = |word: MultipleWord| match word {
                MultipleWord::Increase => n.add(&Interval::point(1.0)),
                MultipleWord::Percent => n.scale(0.01).add(&Interval::point(1.0)),
                MultipleWord::Times => n,
                MultipleWord::Doubling => {
                    Interval::at_least(crate::growth::doubling_factor(m.figure.number.mantissa.max(0) as u32))
                }
            };
            let own = factor(m.word);
            let mid = t.value() / b.value();
            let unit = ind.unit_text();
            let numbers = vec![b.figure.written(), t.figure.written(), m.figure.written()];
            let spans = vec![b.figure.span, t.figure.span, m.figure.span];
            let explanation = vec![STEP.fill(&[&range(&ratio, 3)])];
            if own.meets(&ratio) {
                if m.word == MultipleWord::Doubling && ratio.lo > own.lo * 1.05 {
                    out.findings.push(Finding {
                        confidence: super::Confidence::Certain,
                        basis: None,
                        kind: Kind::Multiple,
                        severity: Severity::Info,
                        refs: vec![Ref::Indicator(i)],
                        numbers,
                        message: DOUBLING_MET.fill(&[
                            &ind.name,
                            &Year(b.year),
                            &b.figure.number.shift(b.shift),
                            &unit,
                            &Year(t.year),
                            &t.figure.number.shift(t.shift),
                            &fixed(mid, 2),
                            &m.figure.number,
                            &fixed(own.lo, 0),
                        ]),
                        explanation,
                        suggestion: None,
                        spans,
                    });
                }
                continue;
            }
            let other = match m.word {
                MultipleWord::Increase => Some((MultipleWord::Times, "是…的N倍")),
                MultipleWord::Times => Some((MultipleWord::Increase, "增长N倍")),
                MultipleWord::Doubling | MultipleWord::Percent => None,
            };
            let wording = match m.word {
                MultipleWord::Increase => "增长N倍",
                MultipleWord::Times => "是…的N倍",
                MultipleWord::Doubling => "翻k番",
                MultipleWord::Percent => "比…增长N%",
            };
            let mut message = OWN_READING.fill(&[
                &ind.name,
                &Year(b.year),
                &b.figure.number.shift(b.shift),
                &unit,
                &Year(t.year),
                &t.figure.number.shift(t.shift),
                &fixed(mid, 2),
                &range(&ratio, 3),
                &wording,
                &fixed(own.mid(), 2),
            ]);
            let fits_other = other.filter(|(w, _)| factor(*w).meets(&ratio));
            let severity = match fits_other {
                Some((w, name)) => {
                    let note = OTHER_READING.fill(&[&name, &fixed(factor(w).mid(), 2)]);
                    message.zh.push_str(&note.zh);
                    message.en.push(' ');
                    message.en.push_str(&note.en);
                    Severity::Warning
                }
                None => Severity::Error,
            };
            let target = b.allowed().mul_pos(&own).map_or(f64::NAN, |x| x.nearest(t.value()));
            out.findings.push(Finding {
                confidence: super::Confidence::Certain,
                basis: None,
                kind: Kind::Multiple,
                severity,
                refs: vec![Ref::Indicator(i)],
                numbers,
                message,
                explanation,
                suggestion: target.is_finite().then(|| Suggestion {
                    message: NEAREST.fill(&[&Year(t.year), &fixed(target, 2), &unit]),
                    values: vec![SuggestedValue {
                        field: "target",
                        year: Some(t.year),
                        value: target,
                        unit: unit.into(),
                    }],
                }),
                spans,
            });
        }
    }
}
