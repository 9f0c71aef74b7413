//! Imports flow one way: a module imports its own layer and the layers below it in
//! ARCHITECTURE.md ("Layers"), never a higher one.
//!
//! The test reads the sources (paths relative to `CARGO_MANIFEST_DIR`) and looks for paths that
//! reach a higher layer: `crate::m`, a `use crate::{…}` group naming `m`, a glob of the crate
//! root, and `super::` paths that climb out of the file's module to the crate root. Comments,
//! strings and char literals are blanked first, so a doc link to a higher layer is no import.
//!
//! | in `src/figure.rs` (layer "text and numbers")         | found                          |
//! |-------------------------------------------------------|--------------------------------|
//! | `use crate::report::Report;`                          | `crate::report`                |
//! | `use crate::{text::Span, checks::Kind};`              | `crate::checks`                |
//! | `crate::input::YEAR_MIN` in an expression             | `crate::input`                 |
//! | `use super::model::Indicator;`                        | `crate::model` (`super` is the root) |
//! | `use crate::*;`                                       | `crate::*`                     |
//! | `mod tests { use super::*; }`                         | nothing: that `super` is figure |
//! | `/// like crate::report`, `"crate::report"`            | nothing: a comment, a string   |

// Native only: it reads the source tree, which the wasm test runner cannot.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// A layer: its files (a path ending in `/` is every `.rs` file under that folder) and the
/// modules above it, which none of them may name.
struct Layer {
    name: &'static str,
    files: &'static [&'static str],
    forbidden: &'static [&'static str],
}

/// The layers from the bottom up; each forbids every module above it. `lib.rs` (the pipeline)
/// and the command sit on top and may import anything.
const LAYERS: &[Layer] = &[
    Layer {
        name: "text and numbers",
        files: &[
            "src/text.rs",
            "src/order.rs",
            "src/figure.rs",
            "src/unit.rs",
            "src/interval.rs",
            "src/period.rs",
            "src/normalize/",
        ],
        forbidden: &["facts", "messages", "growth", "names", "input", "prose", "model", "checks", "report", "wasm"],
    },
    Layer {
        name: "facts",
        files: &["src/facts.rs", "src/messages.rs", "src/growth.rs", "src/names.rs"],
        forbidden: &["input", "prose", "model", "checks", "report", "wasm"],
    },
    Layer { name: "readers", files: &["src/input/", "src/prose/"], forbidden: &["model", "checks", "report", "wasm"] },
    Layer { name: "model", files: &["src/model.rs"], forbidden: &["checks", "report", "wasm"] },
    Layer { name: "checks", files: &["src/checks/"], forbidden: &["report", "wasm"] },
    Layer { name: "report", files: &["src/report.rs"], forbidden: &["wasm"] },
];

#[test]
fn imports_flow_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for layer in LAYERS {
        for entry in layer.files {
            let files = expand(root, entry);
            assert!(!files.is_empty(), "expected layer {:?} to have files at {entry}, found none", layer.name);
            for rel in files {
                let source = std::fs::read_to_string(root.join(&rel))
                    .unwrap_or_else(|e| panic!("expected to read {rel} (layer {:?}), found {e}", layer.name));
                for hit in back_arrows(&source, module_depth(&rel), layer.forbidden) {
                    failures.push(format!("expected {rel} to import no higher layer, found {hit}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The library sorts through `crate::order` only: each other sort of a new element type or
/// comparator would be another copy of the standard sort in the wasm. The command (`src/bin/`)
/// is native and may sort as it likes.
#[test]
fn the_library_sorts_through_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for rel in expand(root, "src/") {
        if rel.starts_with("src/bin/") || rel == "src/order.rs" {
            continue;
        }
        let source = std::fs::read_to_string(root.join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let code = String::from_utf8_lossy(&blank_comments_and_literals(&source)).into_owned();
        for call in
            [".sort(", ".sort_by(", ".sort_by_key(", ".sort_unstable(", ".sort_unstable_by(", ".sort_unstable_by_key("]
        {
            if code.contains(call) {
                failures.push(format!("expected {rel} to sort through crate::order, found `{call}`"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Calls that link big routines into the wasm for little: `powf` links libm's `pow` (2.1 KB;
/// `interval::root` takes a root through `ln` and `exp`, which are linked anyway), and
/// `rsplit` with a `&str` the two-way searcher and the str slicing panic's formatting (4.9 KB
/// gzipped together with `str::contains(&str)`, which `text::has` replaces), and the standard
/// trims of white space their own searcher (`text::trim` and its kin replace them). Tests
/// beside the code (after `#[cfg(test)]`) may use them.
#[test]
fn the_library_links_no_pow_or_reverse_searcher() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failures = Vec::new();
    for rel in expand(root, "src/") {
        if rel.starts_with("src/bin/") {
            continue;
        }
        let source = std::fs::read_to_string(root.join(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let code = String::from_utf8_lossy(&blank_comments_and_literals(&source)).into_owned();
        let code = code.split("#[cfg(test)]").next().unwrap_or("");
        for call in [".powf(", ".rsplit(", ".rsplitn(", ".rsplit_once(", ".trim()", ".trim_start()", ".trim_end()"] {
            if code.contains(call) {
                failures.push(format!("expected {rel} to call no `{call}` outside its tests, found one"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A re-introduced call into the report, the back-arrow this test was written against, fails
/// the real table's row for `src/figure.rs`.
#[test]
fn a_reintroduced_back_arrow_is_caught() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut source = std::fs::read_to_string(root.join("src/figure.rs")).unwrap();
    let line = source.lines().count() + 1;
    source.push_str("fn name<S: serde::Serializer>(s: S) { crate::report::serialize_word(s, \"eq\") }\n");
    let layer = LAYERS.iter().find(|l| l.files.contains(&"src/figure.rs")).unwrap();
    assert_eq!(back_arrows(&source, module_depth("src/figure.rs"), layer.forbidden), [hit("crate::report", line)]);
}

#[test]
fn scanner_finds_paths_to_higher_layers() {
    let forbidden = &["report", "checks", "input", "prose", "model"];
    let cases: &[(&str, &[(&str, usize)])] = &[
        ("use crate::report::Report;", &[("crate::report", 1)]),
        ("use crate :: report;", &[("crate::report", 1)]),
        ("use crate::{text::Span, checks::Kind};", &[("crate::checks", 1)]),
        (
            "use crate::{\n    text::{sub, Span},\n    checks::{Kind, Severity},\n    model,\n};",
            &[("crate::checks", 3), ("crate::model", 4)],
        ),
        ("fn f() -> i32 {\n    crate::input::YEAR_MIN\n}", &[("crate::input", 2)]),
        ("impl X for Y {\n    fn f(&self) { crate::report::serialize_word(s, \"eq\") }\n}", &[("crate::report", 2)]),
        ("use crate::*;", &[("crate::*", 1)]),
        ("use crate::{text, *};", &[("crate::*", 1)]),
        ("pub(crate) use crate::prose::Reader;", &[("crate::prose", 1)]),
    ];
    for (source, expected) in cases {
        let expected: Vec<String> = expected.iter().map(|&(m, line)| hit(m, line)).collect();
        assert_eq!(back_arrows(source, 1, forbidden), expected, "in {source:?}");
    }
}

#[test]
fn scanner_ignores_comments_strings_and_lower_modules() {
    let forbidden = &["report", "checks", "input", "prose", "model"];
    let sources = [
        "use crate::text::Span;\nuse crate::{interval::Interval, unit};",
        "use crate::reporter::X;\nuse crate::model_free;",
        "// serialised like crate::report::word\n/// see [`crate::model`]\n//! links into [`crate::checks`]",
        "/* crate::report /* nested crate::input */ crate::prose */ use crate::text;",
        "const A: &str = \"crate::report\";\nconst B: &str = \"a \\\" crate::checks\";",
        "const R: &str = r#\"crate::report \" crate::model\"#;\nconst S: &[u8] = br\"crate::input\";",
        "fn f<'a>(x: &'a str) -> char { let _ = '\"'; '{' }\nuse crate::text;",
        "pub(crate) fn f() {}\npub(super) fn g() {}",
    ];
    for source in sources {
        assert_eq!(back_arrows(source, 1, forbidden), Vec::<String>::new(), "in {source:?}");
    }
}

#[test]
fn scanner_resolves_super_by_module_depth() {
    let forbidden = &["report", "model"];
    // In src/figure.rs (depth 1) `super` is the crate root.
    assert_eq!(back_arrows("use super::report;", 1, forbidden), [hit("crate::report (as super::report)", 1)]);
    assert_eq!(back_arrows("use super::{text, model::X};", 1, forbidden), [hit("crate::model (as super::model)", 1)]);
    // In src/normalize/fold.rs (depth 2) it is normalize; two of them are the root.
    assert_eq!(back_arrows("use super::report;", 2, forbidden), Vec::<String>::new());
    assert_eq!(
        back_arrows("use super::super::report::Report;", 2, forbidden),
        [hit("crate::report (as super::super::report)", 1)]
    );
    // A test module inside the file is one level deeper: its `super` is the file's module.
    assert_eq!(back_arrows("mod tests {\n    use super::*;\n}", 1, forbidden), Vec::<String>::new());
    assert_eq!(
        back_arrows("mod tests {\n    fn f() -> char { '}' }\n    use super::super::model;\n}", 1, forbidden),
        [hit("crate::model (as super::super::model)", 3)]
    );
    // After the test module closes, `super` is the root again.
    assert_eq!(
        back_arrows("mod tests {\n}\nuse super::model;", 1, forbidden),
        [hit("crate::model (as super::model)", 3)]
    );
    // A module declared without a body changes nothing.
    assert_eq!(back_arrows("mod tests;\nuse super::model;", 1, forbidden), [hit("crate::model (as super::model)", 2)]);
}

fn hit(module: &str, line: usize) -> String {
    format!("{module} at line {line}")
}

/// The `.rs` files named by a table entry, relative to the crate, sorted.
fn expand(root: &Path, entry: &str) -> Vec<String> {
    if !entry.ends_with('/') {
        return if root.join(entry).is_file() { vec![entry.to_string()] } else { Vec::new() };
    }
    let mut files = Vec::new();
    let mut folders = vec![PathBuf::from(entry)];
    while let Some(folder) = folders.pop() {
        let Ok(read) = std::fs::read_dir(root.join(&folder)) else { continue };
        for item in read.flatten() {
            let rel = folder.join(item.file_name());
            if item.path().is_dir() {
                folders.push(rel);
            } else if rel.extension().is_some_and(|e| e == "rs") {
                files.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files.sort();
    files
}

/// How many `super`s lead from the module of `rel` (a path under `src/`) to the crate root:
/// `src/figure.rs` and `src/normalize/mod.rs` 1, `src/normalize/fold.rs` 2.
fn module_depth(rel: &str) -> usize {
    let parts: Vec<&str> = rel.trim_start_matches("src/").split('/').collect();
    match parts.last() {
        Some(&"lib.rs") if parts.len() == 1 => 0,
        Some(&"mod.rs") => parts.len() - 1,
        _ => parts.len(),
    }
}

/// Every path in `source` that names one of `forbidden` at the crate root, as "crate::m at line
/// N" (with the written form when it came through `super`). `depth` is the file's
/// [`module_depth`].
fn back_arrows(source: &str, depth: usize, forbidden: &[&str]) -> Vec<String> {
    let code = blank_comments_and_literals(source);
    let tokens = tokenize(&code);
    let line = |pos: usize| code[..pos].iter().filter(|&&c| c == b'\n').count() + 1;
    let mut found = Vec::new();
    let mut report = |tok: &Token, written: Option<&str>| {
        let module = if tok.text == "*" { "*" } else { tok.text.as_str() };
        if module == "*" || forbidden.contains(&module) {
            let via = written.map(|w| format!(" (as {w}{module})")).unwrap_or_default();
            found.push(format!("crate::{module}{via} at line {}", line(tok.pos)));
        }
    };
    // Brace levels at which an inline `mod name { … }` body is open: each is one more `super`.
    let mut braces = 0usize;
    let mut inline_mods: Vec<usize> = Vec::new();
    let text = |k: usize| tokens.get(k).map_or("", |t: &Token| t.text.as_str());
    for k in 0..tokens.len() {
        match text(k) {
            "{" => {
                braces += 1;
                if k >= 2 && text(k - 2) == "mod" {
                    inline_mods.push(braces);
                }
            }
            "}" => {
                if inline_mods.last() == Some(&braces) {
                    inline_mods.pop();
                }
                braces = braces.saturating_sub(1);
            }
            _ => {}
        }
        // A path starts here unless it continues one (`a::crate` is not the crate root).
        if k > 0 && text(k - 1) == "::" {
            continue;
        }
        let (after, written) = match text(k) {
            "crate" if text(k + 1) == "::" => (k + 2, None),
            "super" if text(k + 1) == "::" => {
                let mut j = k;
                while text(j) == "super" && text(j + 1) == "::" {
                    j += 2;
                }
                if (j - k) / 2 != depth + inline_mods.len() {
                    continue;
                }
                (j, Some("super::".repeat((j - k) / 2)))
            }
            _ => continue,
        };
        if text(after) != "{" {
            if let Some(tok) = tokens.get(after) {
                report(tok, written.as_deref());
            }
            continue;
        }
        // A group: the first segment of each item at its top level.
        let mut level = 0usize;
        let mut item_starts = true;
        for tok in &tokens[after..] {
            match tok.text.as_str() {
                "{" => {
                    level += 1;
                    item_starts = level == 1;
                    continue;
                }
                "}" => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                "," if level == 1 => {
                    item_starts = true;
                    continue;
                }
                _ if item_starts && level == 1 => report(tok, written.as_deref()),
                _ => {}
            }
            item_starts = false;
        }
    }
    found
}

struct Token {
    text: String,
    pos: usize,
}

/// Identifiers (and numbers), `::`, and every other punctuation byte on its own.
fn tokenize(code: &[u8]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let start = i;
        if is_ident(code[i]) {
            while i < code.len() && is_ident(code[i]) {
                i += 1;
            }
        } else if code[i..].starts_with(b"::") {
            i += 2;
        } else if code[i].is_ascii_whitespace() {
            i += 1;
            continue;
        } else {
            i += 1;
        }
        tokens.push(Token { text: String::from_utf8_lossy(&code[start..i]).into_owned(), pos: start });
    }
    tokens
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// `source` with comments, strings and char literals replaced by spaces, byte for byte, so that
/// positions and lines stay where they were.
fn blank_comments_and_literals(source: &str) -> Vec<u8> {
    let b = source.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let at_word_start = i == 0 || !is_ident(b[i - 1]);
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            let end = rest.iter().position(|&c| c == b'\n').map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let (mut j, mut nesting) = (i + 2, 1);
            while j < b.len() && nesting > 0 {
                if b[j..].starts_with(b"/*") {
                    nesting += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    nesting -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if at_word_start && (rest.starts_with(b"r\"") || rest.starts_with(b"r#") || rest.starts_with(b"br")) {
            // A raw string: r"…", r#"…"#, br"…"; otherwise an identifier starting with r or br.
            let r = if rest[0] == b'b' { i + 1 } else { i };
            let hashes = b[r + 1..].iter().take_while(|&&c| c == b'#').count();
            let open = r + 1 + hashes;
            if b.get(r) != Some(&b'r') || b.get(open) != Some(&b'"') {
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            let end = b[open + 1..]
                .windows(close.len())
                .position(|w| w == close)
                .map_or(b.len(), |p| open + 1 + p + close.len());
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A char literal ('x', '\n', '\u{7f}', '中') or a lifetime ('a, 'static).
            let end = if b.get(i + 1) == Some(&b'\\') {
                b[i + 2..].iter().position(|&c| c == b'\'').map(|p| i + 2 + p + 1)
            } else {
                let len = source[i + 1..].chars().next().map_or(1, char::len_utf8);
                (b.get(i + 1 + len) == Some(&b'\'')).then_some(i + 2 + len)
            };
            match end {
                Some(end) => {
                    blank(&mut out, i, end);
                    i = end;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out
}
