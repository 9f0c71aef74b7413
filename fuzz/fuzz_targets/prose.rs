//! Fuzz target `prose`: arbitrary bytes, read as lossy UTF-8, analysed as pasted. The seed
//! corpus holds sentences and paragraphs cut from the three seed plans and genre phrases
//! ("到2015年，地区生产总值达143亿元，年均增长24.6%"), so mutations stay close to real plan
//! prose. Each text is analysed with the form detected and with one form forced (prose, lines,
//! rows or none, chosen by the input's length), and every Report is checked against
//! `fuzz/invariants.rs`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use plancheck::{analyze, FormChoice, Options};

#[path = "../invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text, None);
    // One forced form besides detection, chosen by the input's length, so that every reader
    // meets arbitrary text at half the cost of forcing all three.
    let forced = [None, Some(FormChoice::Prose), Some(FormChoice::Lines), Some(FormChoice::Rows)];
    if let Some(form) = forced[data.len() % 4] {
        check(&text, Some(form));
    }
});

fn check(text: &str, form: Option<FormChoice>) {
    let report = analyze(text, &Options { form });
    if let Err(e) = invariants::check(text, &report) {
        panic!("invariant broken (form {form:?}): {e}\ninput: {text:?}");
    }
}
