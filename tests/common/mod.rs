//! The one comparison the data-driven tests share: a report's findings, as
//! "kind severity n1 n2 …" with the stated numbers as written, against the expected list,
//! order aside. Used by tests/checks.rs (rows and lines) and tests/relations.rs (prose).

use plancheck::Report;

/// Asserts that `report`'s findings are exactly `expected`; the message lists the findings'
/// English text and the diagnostics, so a failure says what the analyzer saw.
pub fn assert_findings(source: &str, input: &str, report: &Report, expected: &[&str]) {
    let mut got: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let v = serde_json::to_value(f).unwrap();
            let nums: Vec<String> = f.numbers.iter().map(|n| n.to_string()).collect();
            format!("{} {} {}", v["kind"].as_str().unwrap(), v["severity"].as_str().unwrap(), nums.join(" "))
        })
        .collect();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    got.sort();
    want.sort();
    assert_eq!(
        got,
        want,
        "\nsource: {source}\ninput:\n{input}\nmessages: {:#?}\ndiagnostics: {:#?}",
        report.findings.iter().map(|f| &f.message.en).collect::<Vec<_>>(),
        report.diagnostics.iter().map(|d| &d.message.en).collect::<Vec<_>>()
    );
}
