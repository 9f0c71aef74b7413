//! Spans, UTF-16 offsets and the character classes every reader shares.
//!
//! Inside the core a [`Span`] is a pair of UTF-8 byte offsets into the input, which is what
//! Rust slices by. The Report speaks UTF-16 code units, which is what JavaScript strings
//! index by; [`Utf16Map`] converts once, at the edge, in time linear in the input.
//!
//! | input    | byte span | UTF-16 span |
//! |----------|-----------|-------------|
//! | `GDP 47` | `[4, 6)`  | `[4, 6)`    |
//! | `总值47`  | `[6, 8)`  | `[2, 4)`    |
//! | `𠀀47`    | `[4, 6)`  | `[2, 4)`    |

/// `[start, end)` in UTF-8 bytes of the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// `s[start..end]`, or "" where that would panic. Every caller slices at char boundaries it
/// found itself, so this never differs from indexing; it exists so that the wasm links no
/// string-slicing panic (whose message prints chars with the Unicode tables).
pub fn sub(s: &str, start: usize, end: usize) -> &str {
    s.get(start..end).unwrap_or("")
}

/// `i` clamped to `s` and moved down to a char boundary: the end of a slice cut at a byte
/// count ("the next 90 bytes").
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `s[start..]`, as [`sub`].
pub fn sub_from(s: &str, start: usize) -> &str {
    s.get(start..).unwrap_or("")
}

/// `s[..end]`, as [`sub`].
pub fn sub_to(s: &str, end: usize) -> &str {
    s.get(..end).unwrap_or("")
}

/// `hay.find(needle)` for a string needle, without the standard two-way searcher (which links
/// the slicing panic). The needles are short words, so a scan and a compare is linear in the
/// haystack. A match of valid UTF-8 in valid UTF-8 starts at a char boundary.
///
/// The scan tests the needle's last and first bytes before comparing it: in Chinese text the
/// lead bytes (0xE4–0xE9) match almost everywhere, a char's last byte rarely.
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (Some(&first), Some(&end)) = (n.first(), n.last()) else { return Some(0) };
    let last = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last {
        if h[i + n.len() - 1] == end && h[i] == first && h[i..i + n.len()] == *n {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `hay.contains(needle)` for a string needle, as [`find_str`].
pub fn has(hay: &str, needle: &str) -> bool {
    find_str(hay, needle).is_some()
}

/// `s.find(c)`, as [`find_str`] of the char's bytes: the standard char search is a searcher
/// and a `memchr` of its own.
pub fn find_char(s: &str, c: char) -> Option<usize> {
    find_str(s, c.encode_utf8(&mut [0; 4]))
}

/// `s.rfind(c)`, as [`find_char`] from the end: the standard reverse search brings `memrchr`.
pub fn rfind_char(s: &str, c: char) -> Option<usize> {
    let mut buf = [0; 4];
    let (h, n) = (s.as_bytes(), c.encode_utf8(&mut buf).as_bytes());
    let mut i = h.len().checked_sub(n.len())?;
    loop {
        if h[i..i + n.len()] == *n {
            return Some(i);
        }
        i = i.checked_sub(1)?;
    }
}

/// `s.contains(c)`, as [`find_char`].
pub fn has_char(s: &str, c: char) -> bool {
    find_char(s, c).is_some()
}

/// `s.split(sep)`, as [`find_str`]: the pieces between the separators, an empty piece
/// where two separators meet or one ends the string.
pub fn split_str<'a>(s: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_str(r, sep) {
            Some(i) => {
                rest = Some(sub_from(r, i + sep.len()));
                Some(sub_to(r, i))
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s.split(seps)` for a few chars, as a list: the pieces between them, an empty piece where
/// two meet or one ends the string. The standard split by an array of chars is a searcher of
/// its own.
pub fn split_chars<'a>(s: &'a str, seps: &[char]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if seps.contains(&c) {
            out.push(sub(s, start, i));
            start = i + c.len_utf8();
        }
    }
    out.push(sub_from(s, start));
    out
}

/// `s.split_whitespace()` as a list: the pieces between runs of white space, none empty. The
/// standard iterator is a routine of its own, and its `collect` another.
pub fn split_whitespace(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                out.push(sub(s, a, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push(sub_from(s, a));
    }
    out
}

/// `s.split_inclusive('\n')`: the lines of `s`, each with its line break (the last without
/// one when `s` does not end in a line break).
pub fn lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').map_or(rest.len(), |i| i + 1);
        let line = sub_to(rest, end);
        rest = sub_from(rest, end);
        Some(line)
    })
}

/// `s.rfind(c)` for an ASCII char `c`, a byte that only ever stands for itself in UTF-8: one
/// loop from the end, where the standard search links its own `memrchr`.
pub fn rfind_ascii(s: &str, c: u8) -> Option<usize> {
    s.bytes().rposition(|b| b == c)
}

/// `s.chars().count()` for valid UTF-8 (every string here): the bytes that start a char.
/// The standard count is an unrolled routine of its own; this is a few bytes of loop.
pub fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// `parts.join(sep)`: one small loop for both `&str` and `String` parts, where the standard
/// join links a large copy per element type.
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

/// `s.parse::<u32>().ok()`: one loop for every number read from digits, where each integer
/// type parsed is a copy of the standard parser.
pub fn parse_u32(s: &str) -> Option<u32> {
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty() {
        return None;
    }
    let mut n: u32 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some(n)
}

/// `s.chars().nth(n)`, through [`nth_char_at`].
pub fn nth_char(s: &str, n: usize) -> Option<char> {
    nth_char_at(s, n).and_then(|i| sub_from(s, i).chars().next())
}

/// Where the `n`th char of `s` starts: `s.char_indices().nth(n)`'s offset, as a plain loop
/// (the standard `nth` of `Chars` skips ahead by a routine of its own).
pub fn nth_char_at(s: &str, n: usize) -> Option<usize> {
    let mut left = n;
    for (i, _) in s.char_indices() {
        if left == 0 {
            return Some(i);
        }
        left -= 1;
    }
    None
}

/// Where the `n`th char from the end of `s` starts (0: the last char):
/// `s.char_indices().rev().nth(n)`'s offset, as [`nth_char_at`] does it from the start.
pub fn nth_char_back_at(s: &str, n: usize) -> Option<usize> {
    let mut left = n;
    for (i, _) in s.char_indices().rev() {
        if left == 0 {
            return Some(i);
        }
        left -= 1;
    }
    None
}

/// `s.char_indices().collect()` as a plain loop: the standard collect is a routine of its own
/// for the iterator. The room for a char per byte, an upper bound, is small for the short
/// names and titles read this way.
pub fn char_table(s: &str) -> Vec<(usize, char)> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.char_indices() {
        out.push(c);
    }
    out
}

/// `s` after its first `n` chars (empty when it has no more): what `s.chars().skip(n)` reads,
/// without the standard `nth` of `Chars` that `skip` calls.
pub fn skip_chars(s: &str, n: usize) -> &str {
    sub_from(s, nth_char_at(s, n).unwrap_or(s.len()))
}

/// The parts written one after another: what `format!("{a}{b}")` does for strings, without the
/// formatting machinery (padding, width counting) that `{}` of a `str` brings into the wasm.
pub fn cat(parts: &[&str]) -> String {
    join(parts, "")
}

/// Appends the decimal digits of `n`: what `write!(out, "{n}")` does, without core's printing of
/// integers, a copy of its own for each integer type printed.
pub fn push_uint(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[k..] {
        out.push(char::from(d));
    }
}

/// [`push_uint`] with a minus sign before a negative `n`.
pub fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs());
}

/// `n.to_string()`, through [`push_int`].
pub fn int(n: i64) -> String {
    let mut out = String::new();
    push_int(&mut out, n);
    out
}

/// `s.trim_start_matches(pred)`. The predicate is a function pointer, so that every caller
/// shares one copy (the standard trims are instantiated once per closure).
pub fn trim_start_by(s: &str, pred: fn(char) -> bool) -> &str {
    let start = s.char_indices().find(|&(_, c)| !pred(c)).map_or(s.len(), |(i, _)| i);
    sub_from(s, start)
}

/// `s.trim_end_matches(pred)`, as [`trim_start_by`].
pub fn trim_end_by(s: &str, pred: fn(char) -> bool) -> &str {
    let end = s.char_indices().rev().find(|&(_, c)| !pred(c)).map_or(0, |(i, c)| i + c.len_utf8());
    sub_to(s, end)
}

/// `s.starts_with(pred)`, as [`trim_start_by`]: whether the first char passes `pred`.
pub fn starts_by(s: &str, pred: fn(char) -> bool) -> bool {
    s.chars().next().is_some_and(pred)
}

/// `s.ends_with(pred)`, as [`trim_start_by`]: whether the last char passes `pred`.
pub fn ends_by(s: &str, pred: fn(char) -> bool) -> bool {
    s.chars().next_back().is_some_and(pred)
}

/// `s.find(pred)`, as [`trim_start_by`]: where the first char that passes `pred` starts.
pub fn find_by(s: &str, pred: fn(char) -> bool) -> Option<usize> {
    s.char_indices().find(|&(_, c)| pred(c)).map(|(i, _)| i)
}

/// `s.chars().any(pred)`, as [`trim_start_by`]: each `any` and `all` over chars with a
/// closure of its own is a loop of its own in the wasm.
pub fn any_by(s: &str, pred: fn(char) -> bool) -> bool {
    find_by(s, pred).is_some()
}

/// `s.chars().all(pred)`, as [`any_by`]: nothing is left when the chars that pass are trimmed.
pub fn all_by(s: &str, pred: fn(char) -> bool) -> bool {
    trim_start_by(s, pred).is_empty()
}

/// `s.rfind(pred)`, as [`trim_start_by`]: where the last char that passes `pred` starts.
pub fn rfind_by(s: &str, pred: fn(char) -> bool) -> Option<usize> {
    s.char_indices().rev().find(|&(_, c)| pred(c)).map(|(i, _)| i)
}

/// `s.trim()`, as [`trim_by`]: the standard trims of white space are a searcher of their own.
pub fn trim(s: &str) -> &str {
    trim_by(s, char::is_whitespace)
}

/// `s.trim_start()`, as [`trim`].
pub fn trim_start(s: &str) -> &str {
    trim_start_by(s, char::is_whitespace)
}

/// `s.trim_end()`, as [`trim`].
pub fn trim_end(s: &str) -> &str {
    trim_end_by(s, char::is_whitespace)
}

/// `s.trim_matches(pred)`, as [`trim_start_by`].
pub fn trim_by(s: &str, pred: fn(char) -> bool) -> &str {
    trim_end_by(trim_start_by(s, pred), pred)
}

/// `s.replace(word, by)` for a word that is not empty (an empty word replaces nothing), as
/// [`find_str`]: the standard replace of a char searches with a `memchr` of its own.
pub fn replace_all(s: &str, word: &str, by: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    if !word.is_empty() {
        while let Some(i) = find_str(rest, word) {
            out.push_str(sub_to(rest, i));
            out.push_str(by);
            rest = sub_from(rest, i + word.len());
        }
    }
    out.push_str(rest);
    out
}

/// `s.trim_end_matches(word)` for a string word, as [`find_str`].
pub fn trim_end_str<'a>(mut s: &'a str, word: &str) -> &'a str {
    if word.is_empty() {
        return s;
    }
    while let Some(rest) = s.strip_suffix(word) {
        s = rest;
    }
    s
}

/// Converts UTF-8 byte offsets to UTF-16 offsets. It records the UTF-16 offset at every
/// [`Utf16Map::STRIDE`]-th byte, so a lookup scans at most one stride (eight words) and the table costs
/// a quarter of the input's size.
pub struct Utf16Map<'a> {
    text: &'a str,
    checkpoints: Vec<(usize, u32)>,
}

impl<'a> Utf16Map<'a> {
    const STRIDE: usize = 64;

    pub fn new(text: &'a str) -> Utf16Map<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 2);
        let (mut at, mut units) = (0usize, 0u32);
        // A checkpoint at the first char boundary at or after every STRIDE bytes from the last.
        while at < bytes.len() {
            checkpoints.push((at, units));
            let mut next = (at + Self::STRIDE).min(bytes.len());
            while !text.is_char_boundary(next) {
                next += 1;
            }
            units += utf16_len(&bytes[at..next]);
            at = next;
        }
        checkpoints.push((text.len(), units));
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `b` (clamped to the text and to a char boundary below).
    pub fn offset(&self, b: usize) -> u32 {
        let b = floor_boundary(self.text, b);
        let k = self.checkpoints.partition_point(|&(at, _)| at <= b).saturating_sub(1);
        let (at, units) = self.checkpoints[k];
        units + utf16_len(self.text.as_bytes().get(at..b).unwrap_or_default())
    }

    pub fn span(&self, s: Span) -> [u32; 2] {
        [self.offset(s.start), self.offset(s.end)]
    }
}

/// The UTF-16 length of whole chars in UTF-8 `bytes`: one unit per byte that starts a char
/// (anything but a continuation byte 10xxxxxx), two for a four-byte char (lead byte 11110xxx).
/// Eight bytes at a time: in each byte, bit 7 of `x & !(x << 1)` marks a continuation byte
/// and bit 7 of `x & x<<1 & x<<2 & x<<3` a four-byte lead.
fn utf16_len(bytes: &[u8]) -> u32 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut units = 0u32;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // Bit 7 of each byte moved to bit 0, then the eight bytes summed by one multiplication
        // (count_ones has no instruction on baseline x86-64).
        let continuation = (x & !(x << 1) & HIGH) >> 7;
        let four = (x & (x << 1) & (x << 2) & (x << 3) & HIGH) >> 7;
        let sum = |m: u64| (m.wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32;
        units += 8 - sum(continuation) + sum(four);
    }
    for &b in words.remainder() {
        units += u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0);
    }
    units
}

/// Maps full-width ASCII (０-９, ．, ％, ＝, ：…) to its half-width form; other chars pass.
// Not inlined: one copy of the range tests serves the cursor's and the readers' callers.
#[inline(never)]
pub const fn halfwidth(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => match char::from_u32(c as u32 - 0xFEE0) {
            Some(h) => h,
            None => c,
        },
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// White space as plan text uses it: ASCII, the ideographic space, and the invisible marks
/// (zero-width, byte-order, bidi) that copy-paste from PDFs and web pages brings along.
/// The Unicode White_Space set (what `char::is_whitespace` tests) is spelled out, so that the
/// common case, a CJK char, is rejected by two comparisons instead of a table look-up.
pub const fn is_space(c: char) -> bool {
    // Above U+3000 only the byte-order mark is a space: CJK text leaves at the first test.
    if c as u32 > 0x3000 {
        return c == '\u{FEFF}';
    }
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200F}'
            | '\u{2028}'..='\u{202F}'
            | '\u{205F}'..='\u{2060}'
            | '\u{3000}'
            | '\u{FEFF}'
    )
}

/// Whether `c` can carry the meaning of a name: a letter or an ideograph, as opposed to a digit,
/// a punctuation mark, a symbol, a space or a control char.
///
/// Written out rather than `char::is_alphabetic`, whose Unicode table cost the wasm 1.5 KB
/// gzipped for this one test. The blocks plan text is written in agree with `is_alphabetic`
/// exactly (tested): ASCII, Latin-1 and Latin Extended, the CJK ideographs, CJK symbols and
/// punctuation, kana, Hangul and the full-width forms. Elsewhere the test is by block: the
/// punctuation, symbol, digit and private blocks below say "no", everything else "yes". So a
/// name in any other script still counts as a name, and the few letter-like symbols among the
/// blocks said "no" (Ⅻ, ℃, Ⓐ) do not make one on their own.
pub const fn is_letter(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic();
    }
    !matches!(
        u,
        // Controls, Latin-1 punctuation and signs (ª µ º are letters), × and ÷.
        0x80..=0xA9 | 0xAB..=0xB4 | 0xB6..=0xB9 | 0xBB..=0xBF | 0xD7 | 0xF7
            // Combining diacritics; Arabic-Indic digits.
            | 0x300..=0x36F | 0x660..=0x669 | 0x6F0..=0x6F9
            // Punctuation, sub- and superscripts, currency, letter-like and number forms, arrows,
            // mathematics, technical symbols, enclosed alphanumerics, box drawing, shapes, dingbats.
            | 0x2000..=0x2BFF
            // CJK symbols and punctuation, except 々 〆 〇 and the Hangzhou numerals and kana marks.
            | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x302A..=0x3030 | 0x3036..=0x3037 | 0x303D..=0x303F
            // Kana marks that are not letters (voicing marks, ・) and the unassigned kana.
            | 0x3040 | 0x3097..=0x309C | 0x30A0 | 0x30FB
            // Surrogates and private use; variation selectors, vertical and small forms.
            | 0xD800..=0xF8FF | 0xFE00..=0xFE6F
            // Full-width digits, punctuation and signs (Ａ-Ｚ ａ-ｚ and half-width kana are letters), specials.
            | 0xFF00..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0xFFE0..=0xFFFF
            // Mahjong, dominoes, cards, enclosed alphanumerics, emoji and pictographs; the
            // unassigned planes 4 to 13; tags; the private planes 15 and 16.
            | 0x1F000..=0x1FAFF | 0x323B0..=0xDFFFF | 0xE0000..=0xE0FFF | 0xF0000..=0x10FFFF
    )
}

/// Whether `c` is a letter (as [`is_letter`] says) or a number char: what
/// `char::is_alphanumeric` tests, without its two Unicode tables (2 KB of the wasm gzipped).
/// It agrees with `is_alphanumeric` on the blocks where `is_letter` agrees with `is_alphabetic`
/// and on the symbol blocks U+2000–U+2BFF (tested). The number chars are those of the blocks
/// `is_letter` says "no" to: digits (ASCII, Arabic-Indic, full-width), Latin-1's superscripts
/// and fractions, and among the symbols the super- and subscripts, the letter-like symbols
/// (ℂ Ω Å), the number forms (½ Ⅻ) and the circled numbers and letters (① ❶ Ⓐ).
pub const fn is_alnum(c: char) -> bool {
    is_letter(c)
        || matches!(
            c as u32,
            0x30..=0x39 | 0xB2..=0xB3 | 0xB9 | 0xBC..=0xBE | 0x660..=0x669 | 0x6F0..=0x6F9 | 0xFF10..=0xFF19
                // Super- and subscripts.
                | 0x2070..=0x2071 | 0x2074..=0x2079 | 0x207F..=0x2089 | 0x2090..=0x209C
                // Letter-like symbols.
                | 0x2102 | 0x2107 | 0x210A..=0x2113 | 0x2115 | 0x2119..=0x211D | 0x2124 | 0x2126 | 0x2128
                | 0x212A..=0x212D | 0x212F..=0x2139 | 0x213C..=0x213F | 0x2145..=0x2149 | 0x214E
                // Number forms; circled and parenthesised numbers and letters; dingbat digits.
                | 0x2150..=0x2189 | 0x2460..=0x249B | 0x24B6..=0x24FF | 0x2776..=0x2793
        )
}

/// A word list kept as one string, each word followed by a NUL: `words!["总量", "规模"]` is
/// `List("总量\0规模\0")`. A `&[&str]` costs a pointer and a length for every word, 8 bytes
/// that compress poorly, on top of its text; the lexicon's 1,600 words paid 13 KB for them in
/// the wasm. A list is read in order, like the slice it replaces.
///
/// | written                  | iterates          | `contains("规模")` |
/// |--------------------------|-------------------|-------------------|
/// | `words!["总量", "规模"]`    | `"总量"`, `"规模"`   | true              |
/// | `words![]`               | nothing           | false             |
#[derive(Clone, Copy, Debug)]
pub struct List(&'static str);

/// Builds a [`List`] from string literals (no literal may hold a NUL).
macro_rules! words {
    ($($w:literal),* $(,)?) => { $crate::text::List::packed(concat!($($w, "\0"),*)) };
}
pub(crate) use words;

impl List {
    /// The list of `packed`, every word followed by a NUL; see [`words!`].
    pub const fn packed(packed: &'static str) -> List {
        List(packed)
    }

    pub fn iter(self) -> ListIter {
        ListIter(self.0)
    }

    /// The last bytes of the words as a set (bit `b & 63` for each last byte `b`), computed at
    /// compile time: [`may_end_in`] rules out most strings before the words are scanned.
    pub const fn end_mask(self) -> u64 {
        let b = self.0.as_bytes();
        let mut mask = 0u64;
        let mut i = 1;
        while i < b.len() {
            if b[i] == 0 {
                mask |= 1 << (b[i - 1] & 63);
            }
            i += 1;
        }
        mask
    }

    /// True when `word` is one of the words.
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// True when one of the words occurs in `s`.
    pub fn any_in(self, s: &str) -> bool {
        self.iter().any(|w| has(s, w))
    }

    /// True when `s` begins with one of the words.
    pub fn any_starts(self, s: &str) -> bool {
        self.first_starting(s).is_some()
    }

    /// True when `s` ends with one of the words.
    pub fn any_ends(self, s: &str) -> bool {
        self.first_ending(s).is_some()
    }

    /// The first of the words that occurs in `s`.
    pub fn first_in(self, s: &str) -> Option<&'static str> {
        self.iter().find(|w| has(s, w))
    }

    /// The first of the words that `s` begins with.
    pub fn first_starting(self, s: &str) -> Option<&'static str> {
        // A word starts the list or follows a NUL. It is compared with `s` only where its third
        // byte, the last of a Chinese char's (the lead bytes are shared by thousands of chars),
        // is `s`'s.
        let (p, s) = (self.0.as_bytes(), s.as_bytes());
        let mut start = 0;
        while start < p.len() {
            let end = start + p[start..].iter().position(|&b| b == 0)?;
            let w = &p[start..end];
            let probe = w.len().min(3).saturating_sub(1);
            if (w.is_empty() || s.get(probe) == w.get(probe)) && s.starts_with(w) {
                return Some(sub(self.0, start, end));
            }
            start = end + 1;
        }
        None
    }

    /// The first of the words that `s` ends with.
    pub fn first_ending(self, s: &str) -> Option<&'static str> {
        // Every word ends before a NUL: the list is scanned once for `s`'s last byte followed
        // by a NUL, and only there is the word cut out and compared. An empty word (a NUL
        // that opens the list or follows a NUL) ends anything.
        let (p, last) = (self.0.as_bytes(), s.as_bytes().last().copied().unwrap_or(0));
        if p.first() == Some(&0) {
            return Some("");
        }
        let mut i = 0;
        while i + 1 < p.len() {
            if p[i + 1] == 0 && p[i] == 0 {
                return Some("");
            }
            if p[i + 1] == 0 && p[i] == last {
                let start = p[..i].iter().rposition(|&b| b == 0).map_or(0, |z| z + 1);
                if s.as_bytes().ends_with(&p[start..=i]) {
                    return Some(sub(self.0, start, i + 1));
                }
            }
            i += 1;
        }
        None
    }

    /// The first of the words that `s` begins with before something else: a word that is all
    /// of `s` is passed over.
    pub fn first_head(self, s: &str) -> Option<&'static str> {
        self.iter().find(|w| s.len() > w.len() && s.starts_with(w))
    }

    /// The first of the words that `s` ends with after something else: a word that is all of
    /// `s` is passed over.
    pub fn first_tail(self, s: &str) -> Option<&'static str> {
        self.iter().find(|w| s.len() > w.len() && s.ends_with(w))
    }

    /// Where in `s` the earliest occurrence of any of the words begins.
    pub fn earliest_in(self, s: &str) -> Option<usize> {
        let mut at: Option<usize> = None;
        for w in self {
            if let Some(i) = find_str(s, w) {
                at = Some(at.map_or(i, |a| a.min(i)));
            }
        }
        at
    }

    /// What comes before and after, in `s`, the first of the words that occurs in it (at its
    /// first occurrence).
    pub fn split_first(self, s: &str) -> Option<(&str, &str)> {
        let w = self.first_in(s)?;
        find_str(s, w).map(|i| (sub_to(s, i), sub_from(s, i + w.len())))
    }

    /// `s` without the first of the words that it begins with, if it begins with one.
    pub fn strip_any_prefix(self, s: &str) -> Option<&str> {
        self.first_starting(s).map(|w| sub_from(s, w.len()))
    }

    /// `s` without the first of the words that it ends with, if it ends with one.
    pub fn strip_any_suffix(self, s: &str) -> Option<&str> {
        self.first_ending(s).map(|w| sub_to(s, s.len() - w.len()))
    }
}

impl IntoIterator for List {
    type Item = &'static str;
    type IntoIter = ListIter;
    fn into_iter(self) -> ListIter {
        self.iter()
    }
}

/// False when `s` cannot end with any word of the list `mask` was made from
/// ([`List::end_mask`]); true when it may.
pub fn may_end_in(s: &str, mask: u64) -> bool {
    s.as_bytes().last().is_some_and(|&b| mask >> (b & 63) & 1 == 1)
}

/// The words of a [`List`], in order.
#[derive(Clone, Debug)]
pub struct ListIter(&'static str);

impl Iterator for ListIter {
    type Item = &'static str;

    // Not inlined: one copy serves every list, where each call site would carry the scan.
    #[inline(never)]
    fn next(&mut self) -> Option<&'static str> {
        let end = self.0.bytes().position(|b| b == 0)?;
        let word = sub(self.0, 0, end);
        self.0 = sub_from(self.0, end + 1);
        Some(word)
    }
}

/// Words with a value each, kept as a [`List`] and a slice of the values:
/// `table!["达到" => Bound::Eq, "超过" => Bound::Ge]`. It iterates `(word, value)` pairs in
/// order, like the `&[(&str, T)]` it replaces, without a pointer and a length per word.
#[derive(Clone, Copy, Debug)]
pub struct WordMap<T: 'static> {
    words: List,
    values: &'static [T],
}

/// Builds a [`WordMap`] from `"word" => value` rows.
macro_rules! table {
    ($($w:literal => $v:expr),* $(,)?) => {
        $crate::text::WordMap::new($crate::text::List::packed(concat!($($w, "\0"),*)), &[$($v),*])
    };
}
pub(crate) use table;

impl<T: Copy> WordMap<T> {
    /// Refuses, at compile time, a table with fewer or more values than words.
    pub const fn new(words: List, values: &'static [T]) -> WordMap<T> {
        let bytes = words.0.as_bytes();
        let (mut i, mut n) = (0, 0);
        while i < bytes.len() {
            if bytes[i] == 0 {
                n += 1;
            }
            i += 1;
        }
        assert!(n == values.len(), "a table needs one value for every word");
        WordMap { words, values }
    }

    pub fn iter(self) -> std::iter::Zip<ListIter, std::iter::Copied<std::slice::Iter<'static, T>>> {
        self.words.iter().zip(self.values.iter().copied())
    }

    /// `s` without the first of the words that it ends with, and that word's value.
    pub fn strip_any_suffix(self, s: &str) -> Option<(&str, T)> {
        self.iter().find_map(|(w, v)| Some((s.strip_suffix(w)?, v)))
    }
}

impl<T: Copy> IntoIterator for WordMap<T> {
    type Item = (&'static str, T);
    type IntoIter = std::iter::Zip<ListIter, std::iter::Copied<std::slice::Iter<'static, T>>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A word list grouped by first char, with a filter of those chars: a position no word can
/// start at is rejected with one bit test, and otherwise only the words that start with the
/// char there are tried, found by binary search. It derefs to the list.
///
/// A word can only match where its first char is the (folded) next char, so grouping keeps
/// the first match of a scan of the whole list as long as each group keeps its order, longest
/// first. `Words::new` refuses, at compile time, a list whose groups are not sorted by char.
pub struct Words<T: 'static> {
    list: &'static [(&'static str, T)],
    /// Bit `c % 256` is set for the first char `c` of every word.
    starts: [u64; 4],
}

impl<T> Words<T> {
    pub const fn new(list: &'static [(&'static str, T)]) -> Words<T> {
        let mut starts = [0u64; 4];
        let mut i = 0;
        while i < list.len() {
            let c = first_char_code(list[i].0);
            if i > 0 && first_char_code(list[i - 1].0) > c {
                panic!("a Words list must be sorted by first char");
            }
            let k = (c % 256) as usize;
            starts[k / 64] |= 1 << (k % 64);
            i += 1;
        }
        Words { list, starts }
    }

    /// False when no word starts with `c` (a char already folded to half width).
    pub(crate) fn may_start(&self, c: char) -> bool {
        let k = c as usize % 256;
        self.starts[k / 64] >> (k % 64) & 1 == 1
    }

    /// The words that start with `c`, in list order.
    pub(crate) fn starting_with(&self, c: char) -> &'static [(&'static str, T)] {
        if !self.may_start(c) {
            return &[];
        }
        let list = self.list;
        let (from, to) = group(list.len(), &|i| list.get(i).map_or("", |(w, _)| w), char_head(c));
        list.get(from..to).unwrap_or(&[])
    }
}

/// The range of the words (`word(0)`…`word(len - 1)`, grouped by [`head`]) whose head is
/// `c`: a binary search for the start, then a scan to the group's end. Not generic, so every
/// [`Words`] table shares it.
fn group(len: usize, word: &dyn Fn(usize) -> &'static str, c: u32) -> (usize, usize) {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if head(word(mid).as_bytes()) < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let mut to = lo;
    while to < len && head(word(to).as_bytes()) == c {
        to += 1;
    }
    (lo, to)
}

/// [`head`] of the UTF-8 encoding of `c`, computed from the code point.
fn char_head(c: char) -> u32 {
    let u = c as u32;
    let cont = |x: u32| 0x80 | x & 0x3F;
    match u {
        0..=0x7F => u << 16,
        0x80..=0x7FF => (0xC0 | u >> 6) << 16 | cont(u) << 8,
        0x800..=0xFFFF => (0xE0 | u >> 12) << 16 | cont(u >> 6) << 8 | cont(u),
        _ => (0xF0 | u >> 18) << 16 | cont(u >> 12) << 8 | cont(u >> 6),
    }
}

/// Up to three bytes of the first char of UTF-8 `b`, big-endian: UTF-8 orders bytes as code
/// points, so these keys order words as [`first_char_code`] does, at the cost of a few shifts.
/// (Four-byte chars that share three bytes get one key; the words of such a group are then
/// all tried, and only those that match can be eaten.)
fn head(b: &[u8]) -> u32 {
    match *b {
        [a, ..] if a < 0x80 => u32::from(a) << 16,
        [a, x, ..] if a < 0xE0 => u32::from(a) << 16 | u32::from(x) << 8,
        [a, x, y, ..] => u32::from(a) << 16 | u32::from(x) << 8 | u32::from(y),
        _ => 0,
    }
}

impl<T> std::ops::Deref for Words<T> {
    type Target = [(&'static str, T)];
    fn deref(&self) -> &Self::Target {
        self.list
    }
}

/// The code point of the first char of `s` (0 for an empty string), in a const context.
const fn first_char_code(s: &str) -> u32 {
    char_code_at(s.as_bytes(), 0).0
}

/// The length of a UTF-8 char by its first byte, read from the high nibble. A continuation
/// byte (10xxxxxx), where no char starts, counts 1.
pub(crate) const fn utf8_len(first: u8) -> usize {
    const LEN: [usize; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
    LEN[(first >> 4) as usize]
}

/// The code point and UTF-8 length of the char of `b` that starts at byte `at`, in a const
/// context; (0, 0) past the end. `b` is valid UTF-8 and `at` a char boundary.
pub(crate) const fn char_code_at(b: &[u8], at: usize) -> (u32, usize) {
    if at >= b.len() {
        return (0, 0);
    }
    let x = b[at] as u32;
    let n = utf8_len(b[at]);
    let mut c = if n == 1 { x } else { x & (0x7F >> n) };
    let mut i = 1;
    while i < n && at + i < b.len() {
        c = c << 6 | (b[at + i] & 0x3F) as u32;
        i += 1;
    }
    (c, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_print_as_display_prints_them() {
        for n in [0, 7, -7, 10, 2024, -100, i64::MAX, i64::MIN] {
            assert_eq!(int(n), n.to_string());
        }
        let mut out = String::from("x");
        push_uint(&mut out, u64::MAX);
        assert_eq!(out, format!("x{}", u64::MAX));
    }

    #[test]
    fn packed_lists_read_as_the_slices_they_replace() {
        const L: List = words!["总量", "规模", "GDP"];
        assert_eq!(L.iter().collect::<Vec<_>>(), ["总量", "规模", "GDP"]);
        assert!(L.contains("规模") && !L.contains("规") && !L.contains(""));
        const NONE: List = words![];
        assert_eq!(NONE.iter().count(), 0);
        const M: WordMap<i32> = table!["十二五" => 2011, "十三五" => 2016];
        assert_eq!(M.iter().collect::<Vec<_>>(), [("十二五", 2011), ("十三五", 2016)]);
    }

    #[test]
    fn panic_free_search_matches_std() {
        let hays = ["", "a", "五年规划纲要", "规划规划", "x（%）（%）", "aaa", "同比增长比上年"];
        let needles = ["", "a", "aa", "规划", "（%）", "比上年", "增长比", "要"];
        for h in hays {
            for n in needles {
                assert_eq!(join(&[h, n, h], n), [h, n, h].join(n));
                let padded = format!("{n} {h}\u{3000}{n}");
                let p: fn(char) -> bool = |c| is_space(c) || c == 'a' || c == '）';
                assert_eq!(trim_by(&padded, p), padded.trim_matches(p));
                assert_eq!(trim(&padded), padded.trim());
                assert_eq!(trim_start(&padded), padded.trim_start());
                assert_eq!(trim_end(&padded), padded.trim_end());
                assert_eq!(trim_start_by(&padded, p), padded.trim_start_matches(p));
                assert_eq!(trim_end_by(&padded, p), padded.trim_end_matches(p));
                assert_eq!(starts_by(h, p), h.starts_with(p));
                assert_eq!(find_by(&padded, p), padded.find(p));
                assert_eq!(rfind_by(&padded, p), padded.rfind(p));
                assert_eq!(ends_by(h, p), h.ends_with(p));
                assert_eq!(find_str(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(has(h, n), h.contains(n));
                assert_eq!(replace_all(h, n, ""), h.replace(n, ""), "{h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(replace_all(h, n, "％"), h.replace(n, "％"), "{h:?} {n:?}");
                }
                assert_eq!(trim_end_str(h, n), h.trim_end_matches(n), "{h:?} {n:?}");
            }
            assert_eq!(char_count(h), h.chars().count());
            for n in 0..4 {
                assert_eq!(nth_char(h, n), h.chars().nth(n));
                assert_eq!(nth_char_at(h, n), h.char_indices().nth(n).map(|(i, _)| i));
                assert!(skip_chars(h, n).chars().eq(h.chars().skip(n)));
                assert_eq!(char_table(h), h.char_indices().collect::<Vec<_>>());
                assert_eq!(nth_char_back_at(h, n), h.char_indices().rev().nth(n).map(|(i, _)| i));
            }
            assert_eq!(parse_u32(h), h.parse().ok());

            for c in ['a', '规', '%', '）'] {
                assert_eq!(has_char(h, c), h.contains(c));
                assert_eq!(find_char(h, c), h.find(c));
                assert_eq!(rfind_char(h, c), h.rfind(c));
            }
            for i in 0..=h.len() + 1 {
                assert_eq!(sub_from(h, i), h.get(i..).unwrap_or(""));
                assert_eq!(sub_to(h, i), h.get(..i).unwrap_or(""));
            }
        }
        for t in ["", " ", "a", " 小麦粉  万吨\t12.16\u{3000}58.07 ", "a\u{a0}b\u{200b}c", "规划 x"] {
            assert_eq!(split_whitespace(t), t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
        }
        for t in ["", "\n", "a", "a\n", "\n\na\r\n规划\n", "规划|x||y|", "a\nb"] {
            assert_eq!(lines_inclusive(t).collect::<Vec<_>>(), t.split_inclusive('\n').collect::<Vec<_>>(), "{t:?}");
            for sep in ["\n", "|", "，"] {
                assert_eq!(split_str(t, sep).collect::<Vec<_>>(), t.split(sep).collect::<Vec<_>>(), "{t:?}");
            }
        }
        for t in ["0", "+12", "2024", "4294967295", "4294967296", "-1", "+", "1a", "１２"] {
            assert_eq!(parse_u32(t), t.parse().ok(), "{t:?}");
        }
        for t in ["", "和", "甲和乙、丙", "甲、、乙和", "规划|x"] {
            assert_eq!(split_chars(t, &['和', '、']), t.split(['和', '、']).collect::<Vec<_>>(), "{t:?}");
        }
    }

    #[test]
    fn utf16_offsets() {
        let t = "总值47，𠀀GDP";
        let m = Utf16Map::new(t);
        assert_eq!(m.offset(0), 0);
        assert_eq!(m.offset(6), 2); // after 总值
        assert_eq!(m.offset(8), 4); // after 47
        assert_eq!(m.offset(11), 5); // after ，
        assert_eq!(m.offset(15), 7); // after the astral char, two units
        assert_eq!(m.offset(t.len()), 10);
        assert_eq!(m.offset(t.len() + 5), 10);
    }

    #[test]
    fn utf16_offsets_inside_chars_round_down() {
        let t = "a总𠀀b";
        let m = Utf16Map::new(t);
        let want = [0, 1, 1, 1, 2, 2, 2, 2, 4, 5];
        for (b, w) in want.iter().enumerate() {
            assert_eq!(m.offset(b), *w, "byte {b}");
        }
    }

    #[test]
    fn utf16_len_counts_like_chars() {
        let t = "aé总𠀀b，２０１５😀 GDP 47.6亿元𠀀𠀀".repeat(3);
        for a in (0..=t.len()).filter(|&a| t.is_char_boundary(a)) {
            for b in (a..=t.len()).filter(|&b| t.is_char_boundary(b)) {
                let want: usize = t[a..b].chars().map(char::len_utf16).sum();
                assert_eq!(utf16_len(&t.as_bytes()[a..b]) as usize, want, "{a}..{b}");
            }
        }
    }

    #[test]
    fn utf16_offsets_across_checkpoints() {
        let t = "增长".repeat(1000);
        let m = Utf16Map::new(&t);
        for k in [0, 1, 85, 86, 500, 1999, 2000] {
            assert_eq!(m.offset(k * 3), k as u32);
        }
    }

    #[test]
    fn spaces_are_white_space_and_invisible_marks() {
        let invisible =
            |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{FEFF}');
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace() || invisible(c), "U+{:04X}", c as u32);
        }
    }

    /// `is_letter` agrees with `is_alphabetic` on every char of the blocks plan text is written
    /// in, and says "no" to the digits, punctuation and symbols elsewhere that plans use.
    #[test]
    fn letters_are_alphabetic_where_plans_write() {
        let blocks = [
            0x0..=0x24F,       // ASCII, Latin-1, Latin Extended-A and -B
            0x3000..=0x30FF,   // CJK symbols and punctuation, hiragana, katakana
            0x3400..=0x4DBF,   // CJK extension A
            0x4E00..=0x9FFF,   // CJK unified ideographs
            0xAC00..=0xD7A3,   // Hangul syllables
            0xF900..=0xFA6D,   // CJK compatibility ideographs
            0xFF00..=0xFFBE,   // full-width forms, half-width kana and Hangul
            0x20000..=0x2A6DF, // CJK extension B
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X} {c}", c as u32);
        }
        for c in "①％‰℃±×÷→—…·•★■□▲€￥¥©®™٣۵０９．，！？🙂\u{200B}\u{FE0F}\u{E000}".chars()
        {
            assert!(!is_letter(c), "U+{:04X} {c}", c as u32);
        }
        for c in "GDPéßωЖمᠮབꆈ가あア々〇𠀀".chars() {
            assert!(is_letter(c), "U+{:04X} {c}", c as u32);
        }
    }

    /// `is_alnum` agrees with `is_alphanumeric` where `is_letter` agrees with `is_alphabetic`,
    /// and on the symbol blocks, where plans write ①, Ⅻ and ℃.
    #[test]
    fn alnum_is_alphanumeric_where_plans_write() {
        let blocks = [
            0x0..=0x24F,
            0x2000..=0x2BFF,
            0x3000..=0x30FF,
            0x3400..=0x4DBF,
            0x4E00..=0x9FFF,
            0xAC00..=0xD7A3,
            0xF900..=0xFA6D,
            0xFF00..=0xFFBE,
            0x20000..=0x2A6DF,
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{:04X} {c}", c as u32);
        }
        for c in "٣۵".chars() {
            assert!(is_alnum(c), "U+{:04X} {c}", c as u32);
        }
    }

    #[test]
    fn char_heads_are_heads_of_the_encoding() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut b = [0u8; 4];
            assert_eq!(char_head(c), head(c.encode_utf8(&mut b).as_bytes()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn heads_order_as_code_points() {
        let chars = ['\0', 'a', '~', '\u{80}', 'é', '\u{7FF}', '\u{800}', '≥', '年', '\u{FFFF}', '𠀀', '\u{10FFFF}'];
        for a in chars {
            for b in chars {
                let (mut x, mut y) = ([0u8; 4], [0u8; 4]);
                let (ha, hb) = (head(a.encode_utf8(&mut x).as_bytes()), head(b.encode_utf8(&mut y).as_bytes()));
                assert_eq!(ha.cmp(&hb), a.cmp(&b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn first_chars_of_words() {
        for w in ["年均", "≥", ">", "é", "𠀀", "x"] {
            assert_eq!(first_char_code(w), w.chars().next().unwrap() as u32, "{w}");
        }
        assert_eq!(first_char_code(""), 0);
    }

    #[test]
    fn widths() {
        assert_eq!("２０１５＝４７．６％".chars().map(halfwidth).collect::<String>(), "2015=47.6%");
        assert!(is_space('\u{3000}') && is_space('\u{200B}') && !is_space('a'));
    }

    /// The mask of a list's last bytes never rules out a string that ends with one of its
    /// words, and rules out one that ends otherwise only by chance of the low six bits.
    #[test]
    fn list_scans_agree_with_the_plain_definitions() {
        // The scans look at one byte before comparing a word; they must find what
        // `starts_with`/`ends_with` over the words in order find, empty words included.
        const LISTS: [List; 4] = [
            words!["增加值", "加值", "值", "产业", "GDP", "%"],
            words!["", "生产总值", "总值"],
            words!["总值", "", "值"],
            words![],
        ];
        let texts = ["", "值", "增加值", "工业增加值", "产业", "二产业结构", "GDP", "总值%", "生产", "a", "值值"];
        for list in LISTS {
            for t in texts {
                assert_eq!(list.first_starting(t), list.iter().find(|w| t.starts_with(w)), "{list:?} starts {t}");
                assert_eq!(list.first_ending(t), list.iter().find(|w| t.ends_with(w)), "{list:?} ends {t}");
                assert_eq!(list.strip_any_suffix(t), list.iter().find_map(|w| t.strip_suffix(w)));
                assert_eq!(list.strip_any_prefix(t), list.iter().find_map(|w| t.strip_prefix(w)));
                assert_eq!(list.earliest_in(t), list.iter().filter_map(|w| t.find(w)).min(), "{list:?} in {t}");
                let split = list.iter().find_map(|w| t.split_once(w));
                assert_eq!(list.split_first(t), split, "{list:?} split {t}");
            }
        }
    }

    #[test]
    fn end_masks_keep_every_word() {
        const LIST: List = words!["稳中有升", "增长强劲", "产值", "GDP", "%"];
        const MASK: u64 = LIST.end_mask();
        for w in LIST {
            assert!(may_end_in(&format!("甲乙{w}"), MASK), "{w}");
        }
        assert!(!may_end_in("", MASK));
        assert!(!may_end_in("abc", MASK), "c (0x63 & 63 = 35) is no last byte of the list");
    }
}
