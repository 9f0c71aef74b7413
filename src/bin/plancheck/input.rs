//! What to read: the paths of the command line expanded into inputs, and each input read into
//! text, at most `MAX_INPUT_BYTES + 1` bytes of it.
//!
//! | argument                 | inputs                                                          |
//! |--------------------------|-----------------------------------------------------------------|
//! | (none) or `-`            | standard input, named `-`                                        |
//! | `plan.txt`               | that file, whatever its extension                                |
//! | `plans/`                 | `plans/a.csv`, `plans/b.txt`, `plans/c.tsv`: sorted, not subfolders |
//! | `notes/` (only `.md`)    | one unreadable input: expected .txt, .csv or .tsv files, found none |
//!
//! | bytes read                              | result                                             |
//! |-----------------------------------------|----------------------------------------------------|
//! | UTF-8, at most the limit                | the text                                           |
//! | over the limit (limit + 1 read)         | the text, which the core then refuses with a diagnostic |
//! | GBK `B5 D8 …` (地区)                    | unreadable: expected a UTF-8 text file, found invalid UTF-8 at byte 0 … |
//! | UTF-16 `FF FE …`                        | unreadable: expected a UTF-8 text file, found UTF-16 … |
//!
//! Unreadable inputs become messages rather than stopping the run, so that one bad file in a
//! folder does not hide the findings of the others.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use plancheck::messages::{Message, Template};
use plancheck::MAX_INPUT_BYTES;

/// The extensions read from a folder, matched without regard to ASCII case.
pub const FOLDER_EXTENSIONS: [&str; 3] = ["txt", "csv", "tsv"];

/// One input of a run.
#[derive(Debug)]
pub struct Input {
    /// As given, or the folder joined with the file name; `-` for standard input.
    pub name: String,
    pub source: Source,
}

#[derive(Debug)]
pub enum Source {
    Stdin,
    File(PathBuf),
    /// Known to be unreadable before any reading: a folder that cannot be listed or holds no
    /// file to read.
    Unreadable(Message),
}

const NOT_FOUND: Template = Template {
    zh: "无法读取：应为文件或文件夹，实际此路径不存在",
    en: "unreadable: expected a file or folder, found nothing at this path",
};

const READ_FAILED: Template = Template {
    zh: "无法读取：应为可读的文件，实际读取出错：{0}",
    en: "unreadable: expected a readable file, found an error: {0}",
};

const LIST_FAILED: Template = Template {
    zh: "无法读取：应为可列出的文件夹，实际列出时出错：{0}",
    en: "unreadable: expected a folder that can be listed, found an error: {0}",
};

const NO_TEXT_FILES: Template = Template {
    zh: "无法读取：文件夹中应有 .txt、.csv 或 .tsv 文件，实际一个也没有（子文件夹不读）",
    en: "unreadable: expected .txt, .csv or .tsv files in the folder, found none (subfolders are not read)",
};

const NOT_UTF8: Template = Template {
    zh: "无法读取：应为 UTF-8 文本文件，实际第 {0} 字节起不是 UTF-8（{1}）；如为 GBK/GB18030 编码，请先转换：iconv -f GB18030 -t UTF-8",
    en: "unreadable: expected a UTF-8 text file, found invalid UTF-8 at byte {0} ({1}); if it is GBK or GB18030, convert it first: iconv -f GB18030 -t UTF-8",
};

const UTF16: Template = Template {
    zh: "无法读取：应为 UTF-8 文本文件，实际为 UTF-16（字节顺序标记 {0}）；请先转换：iconv -f UTF-16 -t UTF-8",
    en: "unreadable: expected a UTF-8 text file, found UTF-16 (byte-order mark {0}); convert it first: iconv -f UTF-16 -t UTF-8",
};

/// The inputs named by the command line, in its order; a folder's files sorted by path.
pub fn expand(paths: &[OsString]) -> Vec<Input> {
    if paths.is_empty() {
        return vec![Input { name: "-".into(), source: Source::Stdin }];
    }
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Input { name: "-".into(), source: Source::Stdin });
            continue;
        }
        let path = PathBuf::from(p);
        if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            folder(&path, &mut out);
        } else {
            // A missing or unopenable path is reported when its turn comes, in order.
            out.push(Input { name: path.display().to_string(), source: Source::File(path) });
        }
    }
    out
}

/// The folder's files with a listed extension, not descending into subfolders: a plan folder
/// often holds drafts or sources in subfolders that were not meant to be checked together.
fn folder(dir: &Path, out: &mut Vec<Input>) {
    let name = dir.display().to_string();
    let entries = match fs::read_dir(dir).and_then(|it| it.map(|e| e.map(|e| e.path())).collect::<io::Result<Vec<_>>>())
    {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Input { name, source: Source::Unreadable(LIST_FAILED.fill(&[&e.to_string()])) });
            return;
        }
    };
    let mut files: Vec<PathBuf> = entries
        .into_iter()
        .filter(|p| {
            let text_ext = p.extension().is_some_and(|x| FOLDER_EXTENSIONS.iter().any(|e| x.eq_ignore_ascii_case(e)));
            // A broken link named .txt stays in, to be reported as unreadable.
            text_ext && !fs::metadata(p).is_ok_and(|m| m.is_dir())
        })
        .collect();
    if files.is_empty() {
        out.push(Input { name, source: Source::Unreadable(NO_TEXT_FILES.fill(&[])) });
        return;
    }
    // By path, that is by the file name's bytes: the same order on every machine and locale.
    files.sort();
    out.extend(files.into_iter().map(|p| Input { name: p.display().to_string(), source: Source::File(p) }));
}

impl Input {
    /// The input's text, or why it cannot be analysed.
    pub fn read(&self) -> Result<String, Message> {
        let limit = MAX_INPUT_BYTES as u64 + 1;
        let mut bytes = Vec::new();
        let read = match &self.source {
            Source::Unreadable(m) => return Err(m.clone()),
            Source::Stdin => io::stdin().lock().take(limit).read_to_end(&mut bytes),
            Source::File(path) => fs::File::open(path).and_then(|f| {
                // One allocation of the right size for a regular file; a stream grows as it comes.
                let size = f.metadata().map_or(0, |m| m.len().min(limit));
                bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
                f.take(limit).read_to_end(&mut bytes)
            }),
        };
        match read {
            Ok(_) => decode(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(NOT_FOUND.fill(&[])),
            Err(e) => Err(READ_FAILED.fill(&[&e.to_string()])),
        }
    }
}

/// The text of at most `MAX_INPUT_BYTES + 1` bytes, which must be UTF-8.
///
/// More than the limit means the input was cut where the reading stopped, possibly inside a
/// character. The cut character is then replaced by U+FFFD, which keeps the text over the
/// limit: the core refuses such text before reading a character of it, so only its length
/// matters.
pub fn decode(bytes: Vec<u8>) -> Result<String, Message> {
    let cut = bytes.len() > MAX_INPUT_BYTES;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let u = e.utf8_error();
            let mut bytes = e.into_bytes();
            if cut && u.error_len().is_none() {
                bytes.truncate(u.valid_up_to());
                let mut text = String::from_utf8(bytes).unwrap_or_default();
                text.push(char::REPLACEMENT_CHARACTER);
                return Ok(text);
            }
            if let Some(bom @ ([0xFF, 0xFE] | [0xFE, 0xFF])) = bytes.get(..2) {
                return Err(UTF16.fill(&[&hex(bom)]));
            }
            let at = u.valid_up_to();
            let len = u.error_len().unwrap_or(bytes.len() - at).min(4);
            Err(NOT_UTF8.fill(&[&at, &hex(&bytes[at..at + len])]))
        }
    }
}

/// Bytes as the hex dumps write them: `D2 BB`.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_cases() {
        let big = |prefix: &str, fill: &str| {
            let mut s = prefix.to_string();
            while s.len() <= MAX_INPUT_BYTES {
                s.push_str(fill);
            }
            s.into_bytes()[..=MAX_INPUT_BYTES].to_vec()
        };
        // (case, bytes, Ok(text length) or Err(the English message's start))
        let cases: Vec<(&str, Vec<u8>, Result<usize, &str>)> = vec![
            ("empty", vec![], Ok(0)),
            ("UTF-8 line", "地区生产总值 2015=143亿元".as_bytes().to_vec(), Ok(33)),
            ("cut after a whole char", big("", "地"), Ok(MAX_INPUT_BYTES + 1)),
            // 'a' shifts the 3-byte chars so that the cut falls one byte into 地.
            ("cut inside a char", big("a", "地"), Ok(MAX_INPUT_BYTES + 2)),
            (
                "GBK 地区",
                vec![0xB5, 0xD8, 0xC7, 0xF8],
                Err("unreadable: expected a UTF-8 text file, found invalid UTF-8 at byte 0 (B5)"),
            ),
            (
                "truncated char, not cut",
                vec![b'a', 0xE5, 0x9C],
                Err("unreadable: expected a UTF-8 text file, found invalid UTF-8 at byte 1 (E5 9C)"),
            ),
            (
                "UTF-16LE",
                vec![0xFF, 0xFE, 0x30, 0x57],
                Err("unreadable: expected a UTF-8 text file, found UTF-16 (byte-order mark FF FE)"),
            ),
            (
                "UTF-16BE",
                vec![0xFE, 0xFF, 0x57, 0x30],
                Err("unreadable: expected a UTF-8 text file, found UTF-16 (byte-order mark FE FF)"),
            ),
        ];
        for (case, bytes, want) in cases {
            match (decode(bytes), want) {
                (Ok(text), Ok(len)) => assert_eq!(text.len(), len, "{case}"),
                (Err(m), Err(start)) => {
                    assert!(m.en.starts_with(start), "{case}: expected {start}…, found {}", m.en);
                    assert!(m.zh.starts_with("无法读取：应为 UTF-8 文本文件"), "{case}: {}", m.zh);
                }
                (got, want) => panic!("{case}: expected {want:?}, found {got:?}"),
            }
        }
    }
}
