//! Pasted text in the one form the readers expect, with a map back to what was pasted.
//!
//! Plan text reaches plancheck from PDF extraction, web pages, Traditional-character pages and
//! machine conversion. [`Normalized::new`] rewrites it in two passes, each one scan of its input:
//!
//! - [`fold`], in both modes: char-level folds (Traditional → Simplified, full width, ratio
//!   signs, pinyin glosses, footnote marks, invisible chars). It never removes a space or a line
//!   break, so tables and one-target-per-line input keep their shape.
//! - [`prose`], in prose mode only: spaces, line breaks inside figures and inside clauses a PDF
//!   wrapped, doubled punctuation, thousands separators.
//!
//! | original                          | prose mode               | `prose == false`            |
//! |-----------------------------------|--------------------------|-----------------------------|
//! | `地區生產總值增長８．５％`          | `地区生产总值增长8.5%`     | `地区生产总值增长8.5%`        |
//! | `生產(chǎn)總值[2] 達 270 億元`    | `生产总值达270亿元`        | `生产总值 达 270 亿元`        |
//! | `收入12,300亿元,，增长3.\n9%`      | `收入12300亿元，增长3.9%`  | `收入12,300亿元,，增长3.\n9%` |
//! | `结构为6.0︰64.3︰29.7`             | `结构为6.0:64.3:29.7`      | `结构为6.0:64.3:29.7`         |
//!
//! Every span a reader finds in [`Normalized::text`] maps back to the original, in UTF-8 bytes
//! and on the original's char boundaries, so that the page can highlight what the user pasted:
//!
//! | original       | span in the text  | span in the original |
//! |----------------|-------------------|----------------------|
//! | `收入 270 亿元` | `270亿元`          | `270 亿元`: the space inside is covered |
//! | `收入 270 亿元` | `270`             | `270`: the spaces around are not |
//! | `生產(chǎn)總值` | `生产总值`         | `生產(chǎn)總值`       |
//! | `２０１５年`    | `2015`            | `２０１５`             |
//!
//! Each pass records where the chars it writes came from as [`Piece`]s, runs of chars that map
//! by one rule, so an unchanged stretch costs one piece whatever its length; lookups are binary
//! searches. Each pass copies a run of chars that none of its rules reads in one go, and looks at
//! the chars one by one only where a rule may apply. Building is linear in the input, and no
//! input panics.

mod fold;
mod prose;

pub(crate) use prose::{is_place_label, place_label, FIRST_HEADERS};

use crate::text::{sub_from, Span};

/// Text normalised for the readers, and where each of its chars came from.
pub struct Normalized {
    pub text: String,
    /// True when some char was folded from Traditional to Simplified: then names are shown as
    /// the original writes them ([`Normalized::shown`]).
    simplified: bool,
    /// Pass one: its output (the text itself when not in prose mode) → the original.
    folded: Map,
    /// Pass two, in prose mode: the text → the output of pass one.
    spaced: Option<Map>,
}

impl Normalized {
    /// Prose mode applies all rules; `prose == false` applies only the char-level folds
    /// (T2S, width, ratio signs, pinyin artefacts, footnote marks) and never removes whitespace
    /// or line breaks (tables and one-target-per-line input rely on them).
    pub fn new(original: &str, prose: bool) -> Normalized {
        let (out, simplified) = fold::fold(original);
        let (folded_text, folded) = out.finish(original.len());
        if !prose {
            return Normalized { text: folded_text, simplified, folded, spaced: None };
        }
        let (text, spaced) = prose::prose(&folded_text).finish(folded_text.len());
        Normalized { text, simplified, folded, spaced: Some(spaced) }
    }

    /// A name built from the normalised text, as the original writes it: each of its chars,
    /// found in the text shortly before `near`, is replaced by the original char it was folded
    /// from (產 for 产), so that names read from a Traditional page stay Traditional. Chars the
    /// reader added itself ("占…比重") are kept as they are.
    pub fn shown(&self, original: &str, name: &str, near: Span) -> String {
        /// How far back a name's chars are looked for, in bytes.
        const WINDOW: usize = 900;
        if !self.simplified {
            return name.to_string();
        }
        let end = near.end.min(self.text.len());
        let mut start = end.saturating_sub(WINDOW);
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        let window = crate::text::sub(&self.text, start, end);
        let mut out = String::with_capacity(name.len() * 2);
        for c in name.chars() {
            let found = crate::text::rfind_char(window, c).map(|i| start + i);
            let original_char = found.and_then(|p| char_at(original, self.to_original(p)));
            match original_char {
                Some(o) if fold::fold_char(o) == c => out.push(o),
                _ => out.push(c),
            }
        }
        out
    }

    /// Byte offset in the original for a byte offset in `text` (start-biased: the first original
    /// byte of the char at `norm`; `text.len()` maps to `original.len()`). An offset inside a
    /// char counts as that char's start; one past the end as the end.
    pub fn to_original(&self, norm: usize) -> usize {
        let mut at = norm.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let at = self.spaced.as_ref().map_or(at, |m| m.start(at));
        self.folded.start(at)
    }

    /// A normalised span `[start, end)` as an original span: the start maps start-biased, the
    /// end maps to the end of the original chars that produced the last normalised char before
    /// `end`, so the original span covers removed chars inside the span (the space in
    /// "270 亿元") but not removed chars around it. An end inside a char covers that char.
    pub fn span_to_original(&self, span: Span) -> Span {
        let start = self.to_original(span.start);
        if span.end <= span.start || span.start >= self.text.len() {
            return Span::new(start, start);
        }
        let mut end = span.end.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        let end = self.spaced.as_ref().map_or(end, |m| m.end(end));
        Span::new(start, self.folded.end(end))
    }
}

/// Where the chars one pass wrote came from in the pass's input.
struct Map {
    /// In output order, the first at output offset 0.
    pieces: Vec<Piece>,
    out_len: usize,
    in_len: usize,
}

/// A run of output chars that map to their sources by one rule: the `k`-th char, output bytes
/// `[out + k·out_step, out + (k+1)·out_step)`, was written for the input bytes
/// `[src + k·stride, src + k·stride + src_len)`. A piece of one char has `stride` 0.
///
/// | stretch                      | out_step | src_len | stride |
/// |------------------------------|----------|---------|--------|
/// | unchanged, any chars         | 1        | 1       | 1      |
/// | `２０１５` → `2015`           | 1        | 3       | 3      |
/// | `地 区 生` → `地区生`          | 3        | 3       | 4      |
/// | `，，，` → `，`                | 3        | 9       | 0      |
#[derive(Clone, Copy, Debug)]
struct Piece {
    out: u32,
    src: u32,
    out_step: u32,
    src_len: u32,
    stride: u32,
}

impl Map {
    /// The input offset where the char at output offset `at` (a char boundary) came from; the
    /// input's end for the output's end.
    fn start(&self, at: usize) -> usize {
        if at >= self.out_len {
            return self.in_len;
        }
        let at = u32_of(at);
        let i = self.pieces.partition_point(|p| p.out <= at);
        let Some(p) = i.checked_sub(1).and_then(|i| self.pieces.get(i)) else { return 0 };
        let k = (at - p.out) / p.out_step;
        p.src as usize + k as usize * p.stride as usize
    }

    /// The input offset just past where the char that ends at output offset `at` (a char
    /// boundary) came from; 0 for 0.
    fn end(&self, at: usize) -> usize {
        let at = u32_of(at.min(self.out_len));
        let i = self.pieces.partition_point(|p| p.out < at);
        let Some(p) = i.checked_sub(1).and_then(|i| self.pieces.get(i)) else { return 0 };
        let k = (at - p.out) / p.out_step;
        p.src as usize + (k as usize).saturating_sub(1) * p.stride as usize + p.src_len as usize
    }
}

/// What a pass writes: its text and the pieces of its map, built together.
struct Out {
    text: String,
    pieces: Vec<Piece>,
}

impl Out {
    fn with_capacity(bytes: usize) -> Out {
        Out { text: String::with_capacity(bytes), pieces: Vec::new() }
    }

    fn last(&self) -> Option<char> {
        self.text.chars().next_back()
    }

    /// Writes `c` for the input bytes `[from, to)`, which follow those of the char before.
    fn push(&mut self, c: char, from: usize, to: usize) {
        if c.len_utf8() == to.saturating_sub(from) && self.continues_at(from) {
            self.text.push(c);
            return;
        }
        let out = u32_of(self.text.len());
        self.text.push(c);
        let (len, from, src_len) = (c.len_utf8() as u32, u32_of(from), u32_of(to.saturating_sub(from)));
        if let Some(p) = self.pieces.last_mut() {
            let done = out.saturating_sub(p.out);
            // Byte for byte, like the piece so far: it becomes (or stays) a piece of steps 1.
            let unchanged = p.out_step == p.src_len && (p.stride == 0 || p.stride == p.src_len);
            if unchanged && len == src_len && Some(from) == p.src.checked_add(done) {
                *p = Piece { out_step: 1, src_len: 1, stride: 1, ..*p };
                return;
            }
            if len == p.out_step && src_len == p.src_len {
                let k = done / p.out_step;
                if p.stride == 0 && from >= p.src.saturating_add(p.src_len) {
                    p.stride = from - p.src;
                    return;
                }
                if p.stride != 0 && Some(from) == p.stride.checked_mul(k).and_then(|d| p.src.checked_add(d)) {
                    return;
                }
            }
        }
        self.pieces.push(Piece { out, src: from, out_step: len, src_len, stride: 0 });
    }

    /// Writes `s` unchanged for the input bytes from `from` on, as [`Out::push`] would char by
    /// char: at most the first two chars start or turn a piece into one that maps byte for byte,
    /// and the rest extends it, so they are copied at once.
    fn push_str(&mut self, s: &str, from: usize) {
        let (mut rest, mut from) = (s, from);
        while !self.continues_at(from) {
            let Some(c) = rest.chars().next() else { return };
            let to = from + c.len_utf8();
            self.push(c, from, to);
            rest = sub_from(rest, c.len_utf8());
            from = to;
        }
        self.text.push_str(rest);
    }

    /// Whether the last piece maps byte for byte and its input ends at `from`: then a char
    /// written for as many bytes from there extends the piece, which stays as it is.
    fn continues_at(&self, from: usize) -> bool {
        let Some(p) = self.pieces.last() else { return false };
        let done = u32_of(self.text.len()).saturating_sub(p.out);
        (p.out_step, p.src_len, p.stride) == (1, 1, 1) && Some(u32_of(from)) == p.src.checked_add(done)
    }

    fn finish(self, in_len: usize) -> (String, Map) {
        let map = Map { pieces: self.pieces, out_len: self.text.len(), in_len };
        (self.text, map)
    }
}

/// Offsets are held in 32 bits: inputs are at most `MAX_INPUT_BYTES`; past 4 GiB they saturate
/// (wrong offsets, no panic).
fn u32_of(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

fn char_at(s: &str, at: usize) -> Option<char> {
    sub_from(s, at).chars().next()
}

/// An ideograph: extension A, the unified block, the compatibility block, planes 2 and 3
/// (extensions B and up), and 〇.
const fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Punctuation of Chinese text: the CJK symbols and punctuation block (、。《》【】), general
/// punctuation (“” — … ‰), the full-width clause marks that pass one keeps (，；：！？), vertical
/// and small forms, and the middle dot.
const fn is_cn_punct(c: char) -> bool {
    matches!(c as u32, 0xB7 | 0x2010..=0x205E | 0x3000..=0x303F | 0xFE10..=0xFE1F | 0xFE30..=0xFE6F | 0xFF01..=0xFF65)
}

#[cfg(test)]
mod tests;
