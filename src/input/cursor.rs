//! A hand-written cursor over input text, shared by every reader.
//!
//! It reads numbers, units, years and the bound words around figures, always reporting byte
//! offsets into the original text, and it folds full-width characters on the fly so that
//! "２０１５＝４７．６" reads like "2015=47.6" while spans still point at what the user wrote.
//! It never allocates per character and never looks back, so every reader built on it is
//! linear in its input.
//!
//! | at                    | call              | gives                          |
//! |-----------------------|-------------------|--------------------------------|
//! | `47.6亿元以上`          | `number()`        | 47.6, span of `47.6`           |
//! | `亿元以上`              | `unit()`          | 亿元                            |
//! | `以上`                 | `suffix_bound()`  | `Ge`                           |
//! | `约143`                | `prefix_bound()`  | `Approx`                       |
//! | `２０１５年`            | `year()`          | 2015                           |
//! | `1,234.5`             | `number()`        | 1234.5                         |

use crate::figure::{Bound, Decimal, Figure};
use crate::text::{char_code_at, halfwidth, is_space, sub, utf8_len, Span, Words};
use crate::unit::Unit;

/// Words before a figure that bound it: "约143亿元", "突破20亿元", "控制在2.4%".
pub const PREFIX_BOUNDS: Words<Bound> = Words::new(&[
    ("<=", Bound::Le),
    ("<", Bound::Le),
    (">=", Bound::Ge),
    (">", Bound::Ge),
    ("~", Bound::Approx),
    ("≈", Bound::Approx),
    ("≤", Bound::Le),
    ("≥", Bound::Ge),
    ("不低于", Bound::Ge),
    ("不少于", Bound::Ge),
    ("不超过", Bound::Le),
    ("不高于", Bound::Le),
    ("低于", Bound::Le),
    ("大于", Bound::Ge),
    ("小于", Bound::Le),
    ("控制在", Bound::Le),
    ("突破", Bound::Ge),
    ("约", Bound::Approx),
    ("超过", Bound::Ge),
    ("超", Bound::Ge),
    ("近", Bound::Approx),
    ("逾", Bound::Ge),
    ("高于", Bound::Ge),
]);

/// True for the first chars of [`PREFIX_BOUNDS`] (the test `prefix_bound_starts` keeps them
/// in step): one match instead of a search through the words.
#[rustfmt::skip]
fn starts_prefix_bound(c: char) -> bool {
    matches!(c, '不' | '控' | '超' | '突' | '大' | '高' | '低' | '小' | '逾' | '约' | '近' | '>' | '<' | '≥' | '≤' | '~' | '≈')
}

/// True for the chars a signed number can start with: a digit or one of the signs that
/// [`Cursor::figure`] eats (folded to half width).
fn starts_number(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '-' | '−' | '负')
}

/// Words after a figure that bound it: "42亿元以上", "2.4%以内", "6%左右".
pub const SUFFIX_BOUNDS: &[(&str, Bound)] =
    &[("以上", Bound::Ge), ("以内", Bound::Le), ("以下", Bound::Le), ("左右", Bound::Approx), ("上下", Bound::Approx)];

/// A byte cursor over `text[start..end]`.
pub struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, start: usize, end: usize) -> Cursor<'a> {
        let end = end.min(text.len());
        Cursor { text, pos: start.min(end), end }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    // Not inlined: one copy of the clamp serves the readers' many jumps back and forth.
    #[inline(never)]
    pub fn set_pos(&mut self, pos: usize) {
        self.pos = pos.min(self.end);
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    pub fn rest(&self) -> &'a str {
        sub(self.text, self.pos, self.end)
    }

    /// The next char as written, decoded straight from the bytes: the reader calls this for
    /// every char, and most are three-byte CJK.
    #[inline(always)]
    fn next_raw(&self) -> Option<char> {
        let b = self.text.as_bytes().get(self.pos..self.end)?;
        match *b {
            [] => None,
            [x, ..] if x < 0x80 => Some(char::from(x)),
            [x, y, z, ..] if x & 0xF0 == 0xE0 => {
                char::from_u32(u32::from(x & 0x0F) << 12 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F))
            }
            _ => self.text.get(self.pos..self.end)?.chars().next(),
        }
    }

    /// The next char, folded to half width.
    #[inline]
    pub fn peek(&self) -> Option<char> {
        self.next_raw().map(halfwidth)
    }

    /// The char after the next one, folded to half width.
    pub fn peek_second(&self) -> Option<char> {
        let first = self.next_raw()?;
        let next = Cursor { text: self.text, pos: self.pos + first.len_utf8(), end: self.end };
        next.peek()
    }

    #[inline]
    pub fn bump(&mut self) -> Option<char> {
        let c = self.next_raw()?;
        self.pos += c.len_utf8();
        Some(halfwidth(c))
    }

    /// Moves to the next char whose first byte passes `lead` and where the bytes from there
    /// satisfy `stop`, or to the end, without decoding the chars in between. It steps from
    /// char to char by the length that each first byte gives (a third of the steps of a byte
    /// loop on CJK text), so `lead` only ever sees first bytes and `stop` starts at a char.
    pub fn skip_to_bytes(&mut self, lead: impl Fn(u8) -> bool, stop: impl Fn(&[u8]) -> bool) {
        let bytes = self.text.as_bytes().get(..self.end).unwrap_or(&[]);
        let mut pos = self.pos;
        while let Some(&b) = bytes.get(pos) {
            if lead(b) && stop(bytes.get(pos..).unwrap_or(&[])) {
                break;
            }
            pos += utf8_len(b);
        }
        self.pos = pos.min(self.end);
    }

    /// Moves to the next char that `stop` accepts after folding to half width, or to the end;
    /// true if it moved. `may_stop` is a cheap filter on the code point as written, which must
    /// accept every char that `stop` accepts: the loop decodes straight from the bytes and
    /// only folds and tests the chars the filter lets through. It is the reader's inner loop,
    /// run over every char that is not part of a figure.
    pub fn skip_until(&mut self, may_stop: impl Fn(u32) -> bool, stop: impl Fn(char) -> bool) -> bool {
        let start = self.pos;
        let bytes = self.text.as_bytes().get(..self.end).unwrap_or(&[]);
        let mut pos = self.pos;
        while let Some(&b) = bytes.get(pos) {
            // ASCII and three-byte chars (all of CJK) inline; the rest through `char_code_at`.
            let (u, len) = match bytes.get(pos..pos + 3) {
                _ if b < 0x80 => (u32::from(b), 1),
                Some(&[x, y, z]) if x & 0xF0 == 0xE0 => {
                    (u32::from(x & 0x0F) << 12 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F), 3)
                }
                _ => char_code_at(bytes, pos),
            };
            if may_stop(u) && char::from_u32(u).is_some_and(|c| stop(halfwidth(c))) {
                break;
            }
            pos += len;
        }
        self.pos = pos.min(self.end);
        self.pos > start
    }

    pub fn skip_spaces(&mut self) {
        while let Some(c) = self.next_raw() {
            if !is_space(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    /// Consumes `word` if the text continues with it, comparing after half-width folding.
    pub fn eat(&mut self, word: &str) -> bool {
        let rest = &self.text.as_bytes()[self.pos..self.end];
        let w = word.as_bytes();
        // Folding turns a three-byte full-width char into one ASCII byte, never the reverse, so
        // a match needs at least as many bytes as the word has.
        if rest.len() < w.len() {
            return false;
        }
        // The fast path compares bytes inline: most calls fail on the first byte.
        let Some(i) = w.iter().zip(rest).position(|(a, b)| a != b) else {
            self.pos += w.len();
            return true;
        };
        // Bytes before `i` are equal, so both sides are at a char boundary where the first
        // differing char starts. Folding can only help if that char of the word is ASCII (so
        // it starts at `i`) and the text's char there is full width: U+FF01–FF5E (lead byte
        // EF) or the ideographic space U+3000 (lead byte E3).
        if !w[i].is_ascii() || !matches!(rest[i], 0xEF | 0xE3) {
            return false;
        }
        let mut p = self.pos;
        let mut src = sub(self.text, self.pos, self.end).chars();
        for w in word.chars() {
            match src.next() {
                Some(c) if halfwidth(c) == w => p += c.len_utf8(),
                _ => return false,
            }
        }
        self.pos = p;
        true
    }

    /// Consumes the first of `words` the text continues with, and gives its value. Only the
    /// loop is generic; the test of each word is [`Cursor::try_eat`], one copy for every table.
    pub fn eat_any<T: Copy>(&mut self, words: &[(&str, T)]) -> Option<T> {
        words.iter().find(|(w, _)| self.try_eat(w)).map(|&(_, t)| t)
    }

    /// [`Cursor::eat`] behind an inline test of the first char. Only a word whose first char
    /// is the next one, or (folded) an ASCII word after a full-width char, can match; nothing
    /// matches at the end.
    fn try_eat(&mut self, word: &str) -> bool {
        let rest = self.text.as_bytes().get(self.pos..self.end).unwrap_or(&[]);
        let Some(&first) = rest.first() else { return false };
        let folded = matches!(first, 0xEF | 0xE3);
        let at = |i: usize| rest.get(i).copied();
        let may_match = match *word.as_bytes() {
            [] => true,
            [a, ..] if a.is_ascii() => a == first || folded,
            // A non-ASCII first char matches only byte for byte: its lead and (for a
            // three- or four-byte char) its next two bytes, or (two-byte) its next one.
            [a, b, ..] if a < 0xE0 => a == first && at(1) == Some(b),
            [a, b, c, ..] => a == first && at(1) == Some(b) && at(2) == Some(c),
            _ => false,
        };
        may_match && self.eat(word)
    }

    /// As [`Cursor::eat_any`], trying only the words that start with the (folded) next char.
    pub fn eat_word<T: Copy>(&mut self, words: &Words<T>) -> Option<T> {
        let group = words.starting_with(self.peek()?);
        if group.is_empty() {
            return None;
        }
        self.eat_any(group)
    }

    pub fn prefix_bound(&mut self) -> Option<Bound> {
        self.eat_word(&PREFIX_BOUNDS)
    }

    pub fn suffix_bound(&mut self) -> Option<Bound> {
        self.eat_any(SUFFIX_BOUNDS)
    }

    /// Reads a plain decimal number (digits, one point, `,` thousands groups) and its span.
    /// On failure the cursor does not move. A number with more than the digits a figure may
    /// carry comes back as `Err(span)`, so callers can say so instead of misreading it.
    pub fn number(&mut self) -> Option<Result<(Decimal, Span), Span>> {
        let start = self.pos;
        let mut buf = [0u8; 64];
        let mut n = 0usize;
        let mut overflow = false;
        let mut seen_point = false;
        while let Some(c) = self.peek() {
            let accept = match c {
                '0'..='9' => true,
                '.' if !seen_point && n > 0 => {
                    // A point must be followed by a digit, or it ends a sentence.
                    let mut look = self.rest().chars();
                    look.next();
                    let next_is_digit = look.next().map(halfwidth).is_some_and(|d| d.is_ascii_digit());
                    seen_point = next_is_digit;
                    next_is_digit
                }
                ',' if !seen_point && n > 0 => {
                    // Thousands separators group exactly three digits.
                    let mut look = crate::text::skip_chars(self.rest(), 1).chars().map(halfwidth);
                    let three = (0..3).all(|_| look.next().is_some_and(|d| d.is_ascii_digit()));
                    three && !look.next().is_some_and(|d| d.is_ascii_digit())
                }
                _ => false,
            };
            if !accept {
                break;
            }
            if n < buf.len() {
                buf[n] = c as u8;
                n += 1;
            } else {
                overflow = true;
            }
            self.bump();
        }
        if n == 0 {
            self.pos = start;
            return None;
        }
        let span = Span::new(start, self.pos);
        let parsed = if overflow { None } else { Decimal::parse_bytes(&buf[..n]) };
        Some(parsed.map(|d| (d, span)).ok_or(span))
    }

    /// Reads a four-digit year (1000–9999 as digits; range checks are the caller's) and an
    /// optional 年. The cursor does not move unless a year was read.
    pub fn year(&mut self) -> Option<(i32, Span)> {
        let start = self.pos;
        let mut y = 0i32;
        for _ in 0..4 {
            match self.peek() {
                Some(c @ '0'..='9') => {
                    y = y * 10 + (c as i32 - '0' as i32);
                    self.bump();
                }
                _ => {
                    self.pos = start;
                    return None;
                }
            }
        }
        if self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos = start;
            return None;
        }
        let span = Span::new(start, self.pos);
        // The 年 of a year, but not the 年 of 年均 ("2011-2015年均…").
        if !self.rest().starts_with("年均") {
            self.eat("年");
        }
        Some((y, span))
    }

    /// Reads a number in Chinese numerals (一万五千, 两, 三十, 一百零五) and its span. The last
    /// place named sets the precision: "一万五千" is 15000 to the thousand, "三十" is 30 to the
    /// unit. Nothing moves unless a numeral was read.
    pub fn chinese_number(&mut self) -> Option<(Decimal, Span)> {
        let start = self.pos;
        let (mut total, mut section, mut digit) = (0i64, 0i64, None::<i64>);
        let mut last_place = 0i32;
        let mut count = 0usize;
        while let Some(c) = self.peek() {
            let d = match c {
                '零' | '〇' => Some(0),
                '一' => Some(1),
                '二' | '两' => Some(2),
                '三' => Some(3),
                '四' => Some(4),
                '五' => Some(5),
                '六' => Some(6),
                '七' => Some(7),
                '八' => Some(8),
                '九' => Some(9),
                _ => None,
            };
            let place = match c {
                '十' => Some(1),
                '百' => Some(2),
                '千' => Some(3),
                '万' => Some(4),
                '亿' => Some(8),
                _ => None,
            };
            match (d, place) {
                // 零 inside a number only marks a skipped place: 一百零五.
                (Some(0), _) if count > 0 => {}
                (Some(d), _) => {
                    if digit.is_some() {
                        break; // "二五" is not a number
                    }
                    digit = Some(d);
                    last_place = 0;
                }
                (None, Some(p)) if p < 4 => {
                    section = section.saturating_add(digit.unwrap_or(1).saturating_mul(10i64.pow(p as u32)));
                    digit = None;
                    last_place = p;
                }
                (None, Some(p)) => {
                    if count == 0 {
                        // "万亿" with no numeral before it is one 万亿 ("突破万亿元").
                        if !(p == 4 && self.rest().starts_with("万亿")) {
                            break;
                        }
                        digit = Some(1);
                    }
                    let k = 10i64.pow(p as u32);
                    let here = section.saturating_add(digit.unwrap_or(0));
                    total = if p == 8 {
                        // 亿 multiplies all before it: 三十万亿 is 30 × 10^12.
                        total.saturating_add(here).saturating_mul(k)
                    } else {
                        total.saturating_add(here.saturating_mul(k))
                    };
                    section = 0;
                    digit = None;
                    last_place = p;
                }
                (None, None) => break,
            }
            count += 1;
            self.bump();
            if count > 12 {
                break;
            }
        }
        let value = total.saturating_add(section).saturating_add(digit.unwrap_or(0));
        if count == 0 || (value == 0 && count > 1) {
            self.pos = start;
            return None;
        }
        // "三十" and "二百" are exact counts; "一万五千" and "三万" name a rounded place.
        let exp = if last_place >= 3 && digit.is_none() { last_place } else { 0 };
        let mantissa = value / 10i64.pow(exp as u32);
        Some((Decimal { mantissa, exp }, Span::new(start, self.pos)))
    }

    /// Reads the longest unit here; `Unit::none()` when there is none.
    pub fn unit(&mut self) -> Unit {
        let (u, n) = Unit::parse_prefix(self.rest());
        self.pos += n;
        u
    }

    /// True when a figure can start here: a digit, a sign, or the first char of a bound word.
    /// Readers test this before [`Cursor::figure`] to skip text that holds no number.
    pub fn may_start_figure(&self) -> bool {
        self.peek().is_some_and(|c| starts_number(c) || starts_prefix_bound(c))
    }

    /// Reads `[prefix bound] number [unit] [suffix bound]` as a figure with its unit.
    pub fn figure(&mut self) -> Option<Result<(Figure, Unit), Span>> {
        let start = self.pos;
        if !self.may_start_figure() {
            return None;
        }
        let pre = self.prefix_bound();
        // Without a bound word, the figure starts here with a sign or a digit, or not at all:
        // most calls come from the reader trying a char such as 大 (of 大于) at 大力发展.
        if pre.is_none() && !self.peek().is_some_and(starts_number) {
            return None;
        }
        self.skip_spaces();
        // A sign: plans write net exports, balances and falls as negative figures.
        let negative = self.eat("-") || self.eat("−") || self.eat("负");
        let (number, nspan) = match self.number() {
            Some(Ok(x)) => x,
            Some(Err(span)) => return Some(Err(span)),
            None => {
                self.pos = start;
                return None;
            }
        };
        let number = if negative { number.negated() } else { number };
        // "30余万人", "20多个": more than the number written.
        let more = self.eat("余") || self.eat("多");
        // Plans sometimes put a space before the unit ("达143 亿元"); take it only if a unit follows.
        let before_unit = self.pos;
        self.skip_spaces();
        let mut unit = self.unit();
        if unit == Unit::none() {
            self.pos = before_unit;
            unit = self.unit();
        }
        let post = self.suffix_bound();
        let bound = post.or(pre).or(more.then_some(Bound::Ge)).unwrap_or(Bound::Eq);
        Some(Ok((Figure::new(number, bound, nspan), unit)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(s: &str) -> Cursor<'_> {
        Cursor::new(s, 0, s.len())
    }

    #[test]
    fn word_filters_accept_every_first_char() {
        const W: Words<u8> =
            Words::new(&[(">", 3), ("x", 6), ("é", 4), ("≥", 2), ("年均增长", 7), ("年均", 1), ("年", 8), ("𠀀", 5)]);
        for (w, _) in W.iter() {
            let c = w.chars().next().unwrap();
            assert!(W.may_start(c), "{w}");
        }
        assert_eq!(cur("＞5").eat_word(&W), Some(3));
        assert_eq!(cur("年均5").eat_word(&W), Some(1));
        assert_eq!(cur("年均增长5").eat_word(&W), Some(7));
        assert_eq!(cur("年5").eat_word(&W), Some(8));
        assert_eq!(cur("月5").eat_word(&W), None);
        assert_eq!(cur("").eat_word(&W), None);
    }

    /// `skip_to_bytes` steps by char length: it must stop at exactly the char a char-by-char
    /// search finds, over chars of every UTF-8 length, and stop at the cursor's end.
    #[test]
    fn skip_to_bytes_stops_where_a_char_search_does() {
        let text = "aé年𠀀b２0é𠀀年年均x9";
        let is_target = |c: char| c.is_ascii_digit() || c == '年' || c == '２';
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let mut c = Cursor::new(text, start, end);
                c.skip_to_bytes(
                    |b| b.is_ascii_digit() || b == 0xEF || b == 0xE5,
                    |b| matches!(b, [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..] | [0xE5, 0xB9, 0xB4, ..]),
                );
                let want = crate::text::sub(text, start, end)
                    .char_indices()
                    .find(|&(_, ch)| is_target(ch))
                    .map_or(end, |(i, _)| start + i);
                assert_eq!(c.pos(), want, "{start}..{end}");
            }
        }
    }

    #[test]
    fn prefix_bound_starts() {
        let firsts: Vec<char> = PREFIX_BOUNDS.iter().filter_map(|(w, _)| w.chars().next()).collect();
        for c in &firsts {
            assert!(starts_prefix_bound(*c), "{c}");
        }
        for c in ['不', '控', '超', '突', '大', '高', '低', '小', '逾', '约', '近', '>', '<', '≥', '≤', '~', '≈']
        {
            assert!(firsts.contains(&c), "{c} starts no prefix bound");
        }
    }

    #[test]
    fn eat_folds_full_width() {
        let mut c = cur("＞＝42");
        assert!(c.eat(">="));
        assert_eq!(c.rest(), "42");
        let mut c = cur("　1");
        assert!(c.eat(" "));
        assert!(!cur("超").eat("超过"));
        assert!(!cur("＞").eat(">="));
        assert_eq!(cur("≥5").eat_word(&PREFIX_BOUNDS), Some(Bound::Ge));
        assert_eq!(cur("～5").eat_word(&PREFIX_BOUNDS), Some(Bound::Approx));
    }

    #[test]
    fn numbers() {
        for (s, want, rest) in [
            ("47.6亿元", 47.6, "亿元"),
            ("１２３．５", 123.5, ""),
            ("1,234.5万", 1234.5, "万"),
            ("12,34", 12.0, ",34"),
            ("2015。", 2015.0, "。"),
            ("3.", 3.0, "."),
        ] {
            let mut c = cur(s);
            let (d, _) = c.number().unwrap().unwrap();
            assert_eq!(d.to_f64(), want, "{s}");
            assert_eq!(c.rest(), rest, "{s}");
        }
        assert!(cur("abc").number().is_none());
        assert!(cur(&"9".repeat(500)).number().unwrap().is_err());
    }

    #[test]
    fn figures_with_bounds() {
        let mut c = cur("约143亿元");
        let (f, u) = c.figure().unwrap().unwrap();
        assert_eq!((f.bound, u.text.as_str(), f.written()), (Bound::Approx, "亿元", 143.0));
        let mut c = cur("42亿元以上");
        let (f, _) = c.figure().unwrap().unwrap();
        assert_eq!(f.bound, Bound::Ge);
        let mut c = cur(">=42亿元");
        assert_eq!(c.figure().unwrap().unwrap().0.bound, Bound::Ge);
        let mut c = cur("控制在2.4%以内");
        let (f, u) = c.figure().unwrap().unwrap();
        assert_eq!((f.bound, u.text.as_str()), (Bound::Le, "%"));
    }

    #[test]
    fn chinese_numerals() {
        for (s, value, exp) in [
            ("一万五千人", 15000.0, 3),
            ("两所", 2.0, 0),
            ("三十余", 30.0, 0),
            ("一百零五", 105.0, 0),
            ("十二", 12.0, 0),
            ("三万", 30000.0, 4),
            ("二百", 200.0, 0),
        ] {
            let (d, _) = cur(s).chinese_number().unwrap_or_else(|| panic!("{s}"));
            assert_eq!((d.to_f64(), d.exp), (value, exp), "{s}");
        }
        assert!(cur("万").chinese_number().is_none());
        assert!(cur("产业").chinese_number().is_none());
    }

    #[test]
    fn years() {
        let mut c = cur("２０１５年=");
        assert_eq!(c.year().map(|y| y.0), Some(2015));
        assert_eq!(c.rest(), "=");
        assert!(cur("20151").year().is_none());
        let mut c = cur("2015年均24.6%");
        assert_eq!(c.year().map(|y| y.0), Some(2015));
        assert_eq!(c.rest(), "年均24.6%");
        assert!(cur("201").year().is_none());
    }
}
