//! Pass two of [`Normalized`](super::Normalized), in prose mode only: the spaces, line breaks
//! and punctuation that PDF extraction and converters scatter through prose. Its input is the
//! output of pass one, so spaces are ` ` or tab and every full-width figure is already folded.
//!
//! | rule                                   | input                                   | output                            |
//! |----------------------------------------|-----------------------------------------|-----------------------------------|
//! | a gap of 8 spaces or more between ideographs (two columns on one line) | `人大        常委会` | `人大。常委会` |
//! | spaces between runs of ideographs in a first line that states a figure (a headline's phrases) | `增势良好 地区生产总值3573.8亿元` | `增势良好，地区生产总值3573.8亿元` |
//! | a space after a numbered heading, or before one after a sentence (a bulletin's sections on one line) | `一、经济总量 全年…。 二、农业 全年…` | `一、经济总量⏎全年…。⏎二、农业⏎全年…` |
//! | spaces between the cells of a table under a header that opens with a first-column label | `产品名称 计量单位 本期累计 增长(%)⏎小麦粉 万吨 12.16 58.07` | `产品名称\|计量单位\|本期累计\|增长(%)⏎小麦粉\|万吨\|12.16\|58.07` |
//! | spaces next to CJK, Chinese punctuation, before % ‰ | `到 2015 年`, `270 亿元`, `增 长`, `14.91 %` | `到2015年`, `270亿元`, `增长`, `14.91%` |
//! | spaces inside numbers                  | `3. 9%`, `2 .7倍`, `28 324元`, `31 642 万元`, `1 098.8万公顷` | `3.9%`, `2.7倍`, `28324元`, `31642万元`, `1098.8万公顷` |
//! | spaces around a ratio's colon or a range's dash | `9.2 : 33.5 : 59.3`, `1 - 11月`  | `9.2:33.5:59.3`, `1-11月`         |
//! | one space between numbers, Latin words | `2010  2015`, `300.41 469.5`, `GDP\tgrowth` | `2010 2015`, `300.41 469.5`, `GDP growth` |
//! | indentation, trailing spaces           | `  地区生产总值  \n`                      | `地区生产总值\n`                    |
//! | line break inside a figure or a span of months | `270\n亿元`, `3.\n9%`, `1-\n5月`        | `270亿元`, `3.9%`, `1-5月`          |
//! | not inside a figure: a line opening with a year or months | `9-12\n2021年…`, `12:20\n1-9月，…` | unchanged              |
//! | a clause a PDF wrapped (lines of one width, with clause marks) | `…实现地区生产总\n值369亿元，增长\n7.6%` | `…实现地区生产总值369亿元，增长7.6%` |
//! | not a wrap: the first line, a numbered item, a table row, a poster's lines | `…总值\n（二）…`, `…369 7.6\n…` | unchanged |
//! | not a wrap: lines that each open on a place and a colon | `云溪县：364.5亿元，增长3.9%\n南苇区：…` | unchanged |
//! | a break inside a growth word, at any line width | `同比增\n长6.0%` | `同比增长6.0%` |
//! | a break after a list's 、, at any line width | `城镇、\n农村居民`, `8.4%\n、\n7.1%` | `城镇、农村居民`, `8.4%、7.1%` |
//! | a figure on a line of its own: after its verb, before its bound word or clause marks | `增长\n5.2%\n左右\n。` | `增长5.2%左右。` |
//! | other line breaks kept, in one form    | `增长\r\n达到`, `增长\r达到`, `段\n\n段`     | `增长\n达到`, `增长\n达到`, `段\n\n段` |
//! | doubled clause marks                   | `，，` `,,` `，。` `,。` `、，` `，、` `； ，`    | `，` `，` `。` `。` `、` `、` `；`        |
//! | half-width marks in Chinese            | `政府,自治区;`                            | `政府，自治区；`                    |
//! | thousands separators                   | `12,300亿元`, `95,400元`, `1,234,567`, `103, 033万元` | `12300亿元`, `95400元`, `1234567`, `103033万元` |
//! | thousands groups a PDF wrapped         | `1 768⏎904万元`, `2 785 25⏎5万元`, `602 000⏎万元` | `1768904万元`, `2785255万元`, `602000万元` |
//! | not thousands                          | `1,2`, `2015,2016`, `0.5,300`, `47 143` at a line end | unchanged               |

use super::{char_at, is_cjk, is_cn_punct, Out};
use crate::text::{sub, sub_from};
use crate::unit::Unit;

/// The most bytes a unit after a figure is looked for in ("万千瓦时" is 12).
const UNIT_BYTES: usize = 24;

/// The most thousands groups one number is read with, so that a look-ahead stays short.
const MAX_GROUPS: usize = 6;

pub(super) fn prose(src: &str) -> Out {
    let first_line_end = crate::text::find_char(crate::text::trim_start(src), '\n')
        .map_or(usize::MAX, |i| i + src.len() - crate::text::trim_start(src).len());
    let (spaced, stretched) = spaced_tables(src);
    let mut p = Prose {
        src,
        out: Out::with_capacity(src.len()),
        group_end: usize::MAX,
        full_line: full_line_width(src),
        first_line_end,
        headline_figures: crate::text::any_by(sub(src, 0, first_line_end.min(src.len())), |c| c.is_ascii_digit()),
        first_line_start: src.len() - crate::text::trim_start(src).len(),
        spaced,
        next_spaced: 0,
        stretched,
        lettered: letter_spaced(src),
        next_lettered: 0,
    };
    let mut at = 0;
    while let Some(c) = char_at(src, at) {
        at = match c {
            ' ' | '\t' | '\n' | '\r' => p.gap(at),
            ',' | ';' | '，' | '；' | '。' | '、' => p.marks(at, c),
            _ => {
                let end = plain_end(src.as_bytes(), at);
                p.out.push_str(sub(src, at, end), at);
                end
            }
        };
    }
    p.out
}

/// Two-char words of a figure's clause that no line of prose ends inside: a break between
/// their chars is a wrap, whatever the line's width ("同比增⏎长6.0 %", where a page's pinyin
/// glosses left lines of every width).
const UNBROKEN: [[char; 2]; 19] = [
    ['增', '长'],
    // "两年平⏎均增长", "累⏎计增长": a rate's kind.
    ['平', '均'],
    ['累', '计'],
    ['下', '降'],
    ['增', '加'],
    ['减', '少'],
    ['提', '高'],
    ['降', '低'],
    ['同', '比'],
    ['比', '重'],
    ['总', '值'],
    // "地区生\n产总值", "地区生产\n总值".
    ['生', '产'],
    ['产', '总'],
    // "前三季⏎度", "上半⏎年": a period.
    ['季', '度'],
    ['半', '年'],
    // "城镇居民人⏎均可支配收入", "比上年执⏎行数", "（年⏎度目标…）": a measure's words.
    ['人', '均'],
    ['执', '行'],
    ['年', '度'],
    // "截至假期结⏎束，8天累计…": the holiday's end.
    ['结', '束'],
];

/// Verbs a figure follows, which a PDF that puts each figure on a line of its own leaves at a
/// line's end ("…地区生产总值增长⏎5.2%⏎左右").
const SHREDDED_VERBS: crate::text::List =
    crate::text::words!["增长", "下降", "增加", "减少", "提高", "降低", "上涨", "回落", "达到", "实现", "完成"];

/// True when a line break falls inside one of the [`UNBROKEN`] words.
fn parts_a_word(left: Option<char>, right: Option<char>) -> bool {
    let (Some(l), Some(r)) = (left, right) else { return false };
    // "前三⏎季度", "第二⏎季度": a quarter. "第⏎三产业": an ordinal.
    UNBROKEN.contains(&[l, r])
        || r == '季' && matches!(l, '一' | '二' | '三' | '四' | '首')
        || l == '第' && matches!(r, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// The end of the run of chars from `at` (a char boundary) that this pass writes as they are:
/// the next space, tab, line break or clause mark. It reads the first byte of each char, which
/// gives the char's length.
fn plain_end(b: &[u8], mut at: usize) -> usize {
    while let Some(&x) = b.get(at) {
        at += match x {
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b';' => break,
            // 、 。 and ， ；
            0xE3 | 0xEF if matches!(b.get(at..at + 3), Some([0xE3, 0x80, 0x81 | 0x82] | [0xEF, 0xBC, 0x8C | 0x9B])) => {
                break
            }
            0x00..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
    }
    at
}

struct Prose<'a> {
    src: &'a str,
    out: Out,
    /// The output length just after the last thousands group joined: the head of the next group
    /// may then be longer than three digits ("12,300,000").
    group_end: usize,
    /// The width of a full line when a PDF wrapped the text ([`full_line_width`]).
    full_line: Option<usize>,
    /// Where the first line with text ends: a title is never joined to the line after it.
    first_line_end: usize,
    /// Whether that line states a figure (holds a digit).
    headline_figures: bool,
    /// Where that line starts.
    first_line_start: usize,
    /// Lines of tables whose cells single spaces part ([`spaced_tables`]), in order, and the
    /// first that may still lie ahead.
    spaced: Vec<(usize, usize)>,
    next_spaced: usize,
    /// Where the spaces inside their stretched labels start, in order ([`spaced_tables`]).
    stretched: Vec<usize>,
    /// Lines whose every char a space follows ([`letter_spaced`]), in order, and the first that
    /// may still lie ahead.
    lettered: Vec<(usize, usize)>,
    next_lettered: usize,
}

impl Prose<'_> {
    /// The run of spaces, tabs and line breaks that starts at `start`: writes what is kept of it
    /// and returns its end.
    fn gap(&mut self, start: usize) -> usize {
        let b = self.src.as_bytes();
        let (mut end, mut breaks) = (start, 0);
        while let Some(&x) = b.get(end) {
            match x {
                b'\n' => breaks += 1,
                b'\r' if b.get(end + 1) != Some(&b'\n') => breaks += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            end += 1;
        }
        let left = self.out.last();
        // "2 0 2 4 年 ， 地 区 生 产 总 值 2 7 6 2 . 8 亿 元": a line set letter by letter.
        if breaks == 0 && end - start == 1 && self.in_lettered_line(start) {
            return end;
        }
        if breaks == 0 && self.in_spaced_table(start) {
            if self.stretched.binary_search(&start).is_err() {
                self.out.push('|', start, end);
            }
            return end;
        }
        if breaks == 0 {
            // "…县第十六届人大                    常委会…": a gap this wide between two ideographs
            // is between the columns of a page, whose lines are not one text.
            let column =
                end - start >= COLUMN_GAP && left.is_some_and(is_cjk) && char_at(self.src, end).is_some_and(is_cjk);
            if column {
                self.out.push('。', start, end);
            } else if self.inline_heading(left, end) {
                self.out.push('\n', start, end);
            } else if self.headline_phrases(start, end) {
                self.out.push('，', start, end);
            } else if self.keeps_space(left, end) {
                self.out.push(' ', start, end);
            }
            return end;
        }
        // The lines of a table whose cells spaces part are lines of their own, and blank lines
        // between them are none: the table reader reads one run of lines.
        let (before, after) = (self.in_spaced_table(start.saturating_sub(1)), self.in_spaced_table(end));
        if before && after && breaks > 1 {
            self.out.push('\n', start, end);
            return end;
        }
        let table = before || after;
        let in_figure = left.is_some_and(|l| l.is_ascii_digit()) || self.after_decimal_point();
        if breaks == 1 && !table && in_figure && figure_continues(sub_from(self.src, end)) {
            return end;
        }
        // "847.4亿⏎元": a figure's magnitude whose unit goes on on the next line.
        if breaks == 1 && !table && self.unit_continues(left, sub_from(self.src, end)) {
            return end;
        }
        // "2024年1-⏎5月，…": a span of months broken after its dash.
        if breaks == 1 && !table && self.after_month_dash() && months_follow(sub_from(self.src, end)) {
            return end;
        }
        if breaks == 1 && !table && self.parts_a_ratio(left, end) {
            return end;
        }
        // "城镇、⏎农村居民人均可支配收入…": a list goes on after its 、, whatever the line width;
        // so does a sentence after its ， ("上年前三季度，⏎全市地区生产总值…"): no paragraph ends
        // on one.
        let listing = matches!(left, Some('、' | '，'))
            && char_at(self.src, end).is_some_and(|r| is_cjk(r) || r.is_ascii_digit());
        if breaks == 1
            && !table
            && (listing
                || self.wraps_clause(left, start, end)
                || parts_a_word(left, char_at(self.src, end))
                || self.shredded(left, end))
        {
            return end;
        }
        // Every line break is kept, the spaces around them are not.
        let mut at = start;
        while at < end {
            let to = if b.get(at..at + 2) == Some(b"\r\n") { at + 2 } else { at + 1 };
            if matches!(b.get(at), Some(b'\n' | b'\r')) {
                self.out.push('\n', at, to);
            }
            at = to;
        }
        end
    }

    /// Whether `at` lies on a line set letter by letter. Asked in the order of the text.
    fn in_lettered_line(&mut self, at: usize) -> bool {
        while self.lettered.get(self.next_lettered).is_some_and(|&(_, end)| end <= at) {
            self.next_lettered += 1;
        }
        self.lettered.get(self.next_lettered).is_some_and(|&(start, _)| start <= at)
    }

    /// Whether `at` lies on a line of a table whose cells single spaces part. Asked in the
    /// order of the text, so the lines behind are passed once.
    fn in_spaced_table(&mut self, at: usize) -> bool {
        while self.spaced.get(self.next_spaced).is_some_and(|&(_, end)| end <= at) {
            self.next_spaced += 1;
        }
        self.spaced.get(self.next_spaced).is_some_and(|&(start, _)| start <= at)
    }

    /// Whether a space parts a numbered heading from the text on its line, as a line break
    /// would: after the heading ("一、经济总量 全年地区生产总值…"), or before it, after a sentence
    /// ("…增长5.0%。 二、农业 全年…").
    fn inline_heading(&self, left: Option<char>, right: usize) -> bool {
        let rest = sub_from(self.src, right);
        if matches!(left, Some('。' | '；')) {
            return heading_words(rest).is_some();
        }
        // The output's current line or sentence, which must be the heading alone: looked for
        // in the last few chars only, so that a long line of spaces stays linear.
        let text = &self.out.text;
        let tail = sub_from(text, crate::text::floor_boundary(text, text.len().saturating_sub(HEADING_BYTES)));
        // A heading glued to the sentence before it ("…下降35.2%。二、农业 全年…") stays on that
        // sentence's line, where a break after it would join it to the next line's text.
        let line = match crate::text::rfind_by(tail, |c| matches!(c, '\n' | '。' | '；')) {
            Some(i) if sub_from(tail, i).starts_with('\n') => sub_from(tail, i + 1),
            None if tail.len() == text.len() => tail,
            _ => return false,
        };
        heading_words(line).is_some_and(|n| n == line.len()) && char_at(self.src, right).is_some_and(is_cjk)
    }

    /// Whether the spaces in `[start, end)` part two phrases of a headline, as a comma would
    /// ("…经济稳定运行增势良好 地区生产总值3573.8亿元 同比增长6.2%"): in the first line, which
    /// states a figure, between runs of at least two ideographs each.
    fn headline_phrases(&self, start: usize, end: usize) -> bool {
        if end > self.first_line_end {
            return false;
        }
        let text = &self.out.text;
        let last = self.out.last();
        let second = last.and_then(|c| crate::text::sub_to(text, text.len() - c.len_utf8()).chars().next_back());
        let next = char_at(self.src, end);
        let then = next.and_then(|c| char_at(self.src, end + c.len_utf8()));
        self.headline_figures
            && start >= self.first_line_start
            && [last, second, next, then].iter().all(|c| c.is_some_and(is_cjk))
    }

    /// Whether the one line break in `[start, end)` is where a PDF wrapped a clause, with no
    /// word or figure ending there: the line before is a full line ([`full_line_width`]) of
    /// prose (with a clause mark; a heading is shorter), not the text's first line or a table
    /// row; it ends on an ideograph and the next goes on with an ideograph or a figure, or it
    /// ends on a per cent and the next goes on with an ideograph; the next opens no numbered
    /// item and no year. "…地区生产总⏎值完成369亿元，增长⏎7.6%" is one clause; a line ending in a
    /// clause mark is left to the reader, which reads a sentence across it.
    fn wraps_clause(&self, left: Option<char>, start: usize, end: usize) -> bool {
        let (Some(l), Some(r)) = (left, char_at(self.src, end)) else { return false };
        // "…分别增长8.5%⏎和9%": a per cent may end the line before a word goes on.
        let goes_on = if l == '%' { is_cjk(r) } else { is_cjk(l) && (is_cjk(r) || r.is_ascii_digit()) };
        if !goes_on || start <= self.first_line_end {
            return false;
        }
        let line = sub(self.src, crate::text::rfind_ascii(sub(self.src, 0, start), b'\n').map_or(0, |i| i + 1), start);
        let width = line_width(line);
        if width < MIN_WRAP_WIDTH
            || self.full_line.is_none_or(|full| width * 20 < full * 17)
            || !has_clause_mark(line)
            || tabular(line)
        {
            return false;
        }
        let next = sub_from(self.src, end);
        let next_line = sub(next, 0, crate::text::find_char(next, '\n').unwrap_or(next.len()));
        let year =
            next.as_bytes().get(..4).is_some_and(|y| y.iter().all(u8::is_ascii_digit)) && next.get(4..5) != Some(".");
        // "云溪县：364.5亿元，增长3.9%⏎南苇区：343.4亿元…": lines that each open on a place and a
        // colon are a table of places, one to a line.
        let places = place_label(line) && place_label(next_line);
        !numbered(next) && !year && !tabular(next_line) && !places
    }

    /// Whether a line break parts a figure from its clause in a text a PDF left a phrase or a
    /// figure to a line, at any line width:
    ///
    /// | before the break | after it      |
    /// |------------------|---------------|
    /// | `增长`            | `5.2%`        |
    /// | `5.2%`           | `左右。`       |
    /// | `8.4%`           | `、` (a line of clause marks) |
    /// | `第二产业`         | `38.65`, when `亿元` opens the line after |
    fn shredded(&self, left: Option<char>, end: usize) -> bool {
        let next = sub_from(self.src, end);
        let line = sub(next, 0, crate::text::find_char(next, '\n').unwrap_or(next.len()));
        let marks = !line.is_empty() && line.chars().all(|c| matches!(c, '、' | '，' | '。' | '；' | ',' | ';'));
        let figure_end = left.is_some_and(|l| l == '%' || l.is_ascii_digit());
        if figure_end && (marks || crate::text::words!["左右", "以上", "以内", "以下"].any_starts(next)) {
            return true;
        }
        // "；第二产业⏎38.65⏎亿元，增长…": a name at a line's end, its figure alone on the next
        // line and the figure's unit opening the line after.
        let digits = line.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
        let (unit, unit_len) = (sub_from(line, digits), Unit::parse_prefix(sub_from(line, digits)).1);
        let after = sub_from(next, (line.len() + 1).min(next.len()));
        // An amount: a rate alone on its line is joined only after its verb.
        let amount = !unit.starts_with(['%', '‰']) && !after.starts_with(['%', '‰']);
        // Its unit on the line after, or a clause mark opening it: a poster's value under its
        // label ("…支出⏎949亿元⏎") stays a line of its own.
        let goes_on = crate::text::starts_by(after, |c| matches!(c, '，' | '；' | '、' | '。'));
        let figure_line = digits > 0
            && amount
            && (unit.is_empty() && Unit::parse_prefix(after).1 > 0
                || !unit.is_empty() && unit_len == unit.len() && goes_on);
        if figure_line && left.is_some_and(is_cjk) {
            return true;
        }
        // A line that opens with a clause mark goes on the sentence before ("4.12亿元⏎，增长…").
        let mark_first = crate::text::starts_by(next, |c| matches!(c, '，' | '；' | '、' | '。'));
        if (figure_end || left.is_some_and(is_cjk)) && mark_first {
            return true;
        }
        // A verb of a figure ends the line and a figure, not a year, opens the next.
        let year = next.as_bytes().get(..4).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
            && sub_from(next, 4).starts_with('年');
        let written = &self.out.text;
        let verb = SHREDDED_VERBS.any_ends(written);
        verb && next.as_bytes().first().is_some_and(u8::is_ascii_digit) && !year
    }

    /// Whether spaces between `left`, the last char written, and the char at `right` leave one
    /// space.
    ///
    /// | left                         | right                                  | space |
    /// |------------------------------|----------------------------------------|-------|
    /// | none (line start)            | any, or none (line end)                | no    |
    /// | CJK, Chinese punctuation     | any (and the reverse)                  | no    |
    /// | `(` `[`                      | any                                    | no    |
    /// | any                          | `%` `‰` `)` `]` `,` `.` `;` `:` `!` `?` | no    |
    /// | digit                        | digit starting a thousands group: `28 324元` | no |
    /// | `.` after digits             | digit: `3. 9%`                         | no, but `1. 2015年` at a line start is a list mark |
    /// | `-` after CJK                | digit: `增长- 12.4%`                    | no    |
    /// | digit, Latin                 | digit, Latin: `2010 2015`, `GDP growth` | one   |
    fn keeps_space(&mut self, left: Option<char>, right: usize) -> bool {
        let (Some(l), Some(r)) = (left, char_at(self.src, right)) else { return false };
        if is_cjk(l)
            || is_cjk(r)
            || is_cn_punct(l)
            || is_cn_punct(r)
            || matches!(l, '(' | '[')
            || matches!(r, '%' | '‰' | ')' | ']' | ',' | '.' | ';' | ':' | '!' | '?')
        {
            return false;
        }
        if l.is_ascii_digit() && r.is_ascii_digit() {
            // "1 4 6 3 . 8亿元": a figure set digit by digit, in a line that is not.
            let before = crate::text::sub_to(self.src, right).trim_end_matches(' ').as_bytes();
            let single = before.len() >= 2 && !before[before.len() - 2].is_ascii_digit();
            if single && single_digits(sub_from(self.src, right)) {
                return false;
            }
            return !self.joins_group(right, true);
        }
        // "1 - 11月", "2021 — 2023年": a range of months or years, its dash spaced apart (a dash
        // between other figures may be a table's empty cell: "12.3 - 15.6" stays).
        let dash = |c: char| matches!(c, '-' | '—' | '–' | '~');
        let range_from = |at: usize| {
            let rest = sub_from(self.src, at).trim_start_matches(' ');
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (1..=4).contains(&digits) && matches!(char_at(rest, digits), Some('月' | '年'))
        };
        if l.is_ascii_digit() && dash(r) && range_from(right + r.len_utf8()) {
            return false;
        }
        // "9.2 : 33.5 : 59.3": a ratio's colon between figures, spaced apart.
        let text = self.out.text.as_bytes();
        let after_digit = text.len() >= 2 && text[text.len() - 2].is_ascii_digit();
        if (l == ':' || dash(l) && range_from(right)) && r.is_ascii_digit() && after_digit {
            return false;
        }
        // "增长- 12.4%": a minus sign after Chinese text is the sign of the figure after it.
        let sign_before = matches!(l, '-' | '−') && self.out.text.chars().rev().nth(1).is_some_and(is_cjk);
        if sign_before && r.is_ascii_digit() {
            return false;
        }
        !(r.is_ascii_digit() && self.after_decimal_point())
    }

    /// Whether the separator just before `right` (a comma, or spaces when `space`) sits between
    /// thousands groups: 1–3 digits before it, not after a decimal point (or a group just
    /// joined), and exactly three digits after it, then no digit. Records the group when it does.
    fn joins_group(&mut self, right: usize, space: bool) -> bool {
        let t = self.out.text.as_bytes();
        let head = trailing_digits(t);
        let before = t.len().checked_sub(head + 1).and_then(|i| t.get(i));
        let head_ok = t.len() == self.group_end || ((1..=3).contains(&head) && !matches!(before, Some(b'.' | b',')));
        if !head_ok || !groups_at(self.src.as_bytes(), right, space) {
            return false;
        }
        self.group_end = t.len() + 3;
        true
    }

    /// Whether a line break at `right` falls inside an a:b:c ratio, next to one of its colons:
    /// "9.3:39.9:⏎50.9", "9.3⏎:39.9:50.9".
    fn parts_a_ratio(&self, left: Option<char>, right: usize) -> bool {
        let colon = |c: char| matches!(c, ':' | '：' | '∶');
        let rest = sub_from(self.src, right);
        let mut next = rest.chars();
        match (left, next.next()) {
            (Some(l), Some(r)) if colon(l) && r.is_ascii_digit() => {
                let before = self.out.text.chars().rev().nth(1);
                before.is_some_and(|c| c.is_ascii_digit())
            }
            (Some(l), Some(r)) if l.is_ascii_digit() && colon(r) => {
                next.find(|c| *c != ' ').is_some_and(|c| c.is_ascii_digit())
            }
            _ => false,
        }
    }

    /// Whether the output ends in a decimal point: `.` after digits, except a list mark of up
    /// to three digits at the start of a line ("1.", "12.").
    /// Whether the output ends in a month's number and a dash ("1-", "1—").
    fn after_month_dash(&self) -> bool {
        let text = &self.out.text;
        let Some(dash) = text.chars().next_back().filter(|c| matches!(c, '-' | '—' | '－')) else { return false };
        let rest = &text.as_bytes()[..text.len() - dash.len_utf8()];
        (1..=2).contains(&trailing_digits(rest))
    }

    /// Whether the text so far ends in a figure and its magnitude (万, 亿) that the unit
    /// opening `rest` completes ("847.4亿" and "元…", "12万" and "吨…"): a base unit, with no
    /// magnitude of its own and no per cent (a magnitude never stands before %).
    fn unit_continues(&self, left: Option<char>, rest: &str) -> bool {
        let Some(m @ ('万' | '亿')) = left else { return false };
        let before = sub(&self.out.text, 0, self.out.text.len() - m.len_utf8());
        let (unit, len) = Unit::parse_prefix(rest);
        crate::text::ends_by(before, |c| c.is_ascii_digit())
            && len > 0
            && unit.exp == 0
            && unit.kind == crate::unit::UnitKind::Amount
    }

    fn after_decimal_point(&self) -> bool {
        let Some((b'.', rest)) = self.out.text.as_bytes().split_last() else { return false };
        let digits = trailing_digits(rest);
        let before = rest.len().checked_sub(digits + 1).and_then(|i| rest.get(i));
        let list_mark = digits <= 3 && matches!(before, None | Some(b'\n'));
        digits > 0 && !list_mark
    }

    /// A clause mark at `at`: a thousands separator is dropped; otherwise the run of marks that
    /// starts here (spaces between them included) becomes one [`merge`]d mark, in its Chinese
    /// form unless neither side of the run is Chinese ("1,2", "tibet, China").
    fn marks(&mut self, at: usize, c: char) -> usize {
        let left = self.out.last();
        if c == ',' && left.is_some_and(|l| l.is_ascii_digit()) {
            if self.joins_group(at + 1, false) {
                return at + 1;
            }
            // "103, 033万元": a PDF's space after the separator, when a unit ends the number.
            if self.src.as_bytes().get(at + 1) == Some(&b' ') && self.joins_group(at + 2, true) {
                return at + 2;
            }
        }
        let (mut mark, mut ascii, mut end) = (chinese_form(c), c.is_ascii(), at + c.len_utf8());
        let right = loop {
            let next = end + sub_from(self.src, end).bytes().take_while(|&b| b == b' ' || b == b'\t').count();
            match char_at(self.src, next) {
                Some(m @ (',' | ';' | '，' | '；' | '。' | '、')) => {
                    mark = merge(mark, chinese_form(m));
                    ascii &= m.is_ascii();
                    end = next + m.len_utf8();
                }
                right => break right,
            }
        };
        let chinese = |c: Option<char>| c.is_some_and(|c| is_cjk(c) || is_cn_punct(c));
        let mark = if ascii && !chinese(left) && !chinese(right) { ascii_form(mark) } else { mark };
        self.out.push(mark, at, end);
        end
    }
}

/// The ASCII digits that end `b`, counted up to 4.
/// Whether `s` opens with digits set one by one ("4 6 3 . 8亿元"): at least two, each followed
/// by a space or a decimal point, and the run ends right before an ideograph or a per cent. A
/// table's row of single-digit cells ends otherwise (a line end, a space before its unit).
fn single_digits(s: &str) -> bool {
    let mut digits = 0;
    let mut last = ' ';
    for c in s.chars().take(SINGLE_DIGITS_REACH) {
        match c {
            '0'..='9' if last.is_ascii_digit() => return false,
            '0'..='9' => digits += 1,
            ' ' | '.' => {}
            _ => return digits >= 2 && last.is_ascii_digit() && (is_cjk(c) || c == '%'),
        }
        last = c;
    }
    false
}

/// How far, in chars, a figure set digit by digit is read.
const SINGLE_DIGITS_REACH: usize = 40;

fn trailing_digits(b: &[u8]) -> usize {
    let mut n = 0;
    while n < 4 && n < b.len() && b[b.len() - 1 - n].is_ascii_digit() {
        n += 1;
    }
    n
}

/// Whether thousands groups start at `at`: three digits, then no digit; after a space separator
/// (`space`) the number must go on right after its last group, with a unit, a point or a mark
/// (`28 324元`, `12 300 000元`), or after one more space with a unit (`31 642 万元`), so that two
/// figures in a row (`47 143`) stay two.
fn groups_at(b: &[u8], mut at: usize, space: bool) -> bool {
    for i in 0..MAX_GROUPS {
        // "2 785 25⏎5万元": a PDF's line break inside a group, after one of its digits.
        let group = three_digits(b, at);
        if group.is_none() {
            if !(space && i > 0 && matches!(b.get(at - 1), Some(b' ' | b'\n'))) {
                return false;
            }
            // A unit is a few chars: only they are decoded, so that a long text stays linear.
            let r = b.get(at..b.len().min(at + UNIT_BYTES)).unwrap_or_default();
            let rest = std::str::from_utf8(r).unwrap_or_else(|e| {
                std::str::from_utf8(r.get(..e.valid_up_to()).unwrap_or_default()).unwrap_or_default()
            });
            return Unit::parse_prefix(rest).1 > 0;
        }
        at = group.unwrap_or(at + 3);
        match b.get(at) {
            Some(x) if x.is_ascii_digit() => return false,
            // "2 785⏎255万元", "602 000⏎万元": a PDF's line break after a group is one more space.
            Some(b' ') if space => at += 1,
            // And the indentation a wrapped line may open with ("2 020⏎ 864万元").
            Some(b'\n') if space => {
                at += 1;
                let indent = b.get(at..b.len().min(at + 4)).map_or(0, |r| r.iter().take_while(|&&c| c == b' ').count());
                at += indent;
            }
            None | Some(b' ' | b'\t' | b'\n' | b'\r') => return !space,
            Some(_) => return true,
        }
    }
    false
}

/// The end of three digits at `at`, one line break among them allowed after a digit.
fn three_digits(b: &[u8], mut at: usize) -> Option<usize> {
    let (mut digits, mut broken) = (0, false);
    while digits < 3 {
        match b.get(at)? {
            d if d.is_ascii_digit() => digits += 1,
            b'\n' if digits > 0 && !broken => broken = true,
            _ => return None,
        }
        at += 1;
    }
    Some(at)
}

/// Whether a figure cut by a line break goes on at the start of `rest`, the next line: with a
/// unit or 年 (`亿元`, `%`, `年`), or with digits and points followed by anything but a space or a
/// line end (`30亿元`, `9%`), so that "…2\n3 二…" stays two lines.
fn figure_continues(rest: &str) -> bool {
    let run = rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    if run == 0 {
        // "1-5⏎月", "5⏎月末", "1-3⏎季度": a period's number before its word; "1⏎-5月": a span
        // of months.
        // A line that opens with a negative number ("-3.2" in a table) goes on no figure.
        let after_dash = crate::text::trim_start_by(rest, |c| matches!(c, '-' | '－' | '—' | '至'));
        let month = crate::text::trim_start_by(after_dash, |c| c.is_ascii_digit());
        let span = after_dash.len() < rest.len() && month.len() < after_dash.len() && month.starts_with('月');
        return crate::text::words!["年", "月", "季度"].any_starts(rest) || span || Unit::parse_prefix(rest).1 > 0;
    }
    // A line that opens with a year ("2021年云岭县…统计公报") starts afresh, whatever digits end
    // the line before (a page's "发表于 2022-9-12").
    let year = matches!(rest.as_bytes().get(..2), Some(b"19" | b"20"));
    if run == 4 && year && sub_from(rest, run).starts_with('年') {
        return false;
    }
    // So does a line that opens with a span of months ("1-9月，全省…", "1至5月"), whatever ends
    // the line before (a repost's "12:20").
    if crate::text::starts_by(sub_from(rest, run), |c| matches!(c, '-' | '－' | '—' | '~' | '～' | '至')) {
        return false;
    }
    !matches!(rest.as_bytes().get(run), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
}

/// Whether a line opens with a place of two to six chars and a colon ("云溪县：", "合计：" too, the
/// row a table of places ends with).
pub(crate) fn place_label(line: &str) -> bool {
    // The colon is looked for where a label of six chars would end, not along the whole line.
    let head = sub(line, 0, crate::text::floor_boundary(line, 7 * 3));
    crate::text::find_by(head, |c| matches!(c, '：' | ':')).is_some_and(|i| is_place_label(sub(line, 0, i)))
}

/// Whether a label before a colon names a place ("云溪县", "南苇区") or a table of places' total
/// row (合计). The prose reader asks it of a figure-less clause a colon ends.
pub(crate) fn is_place_label(label: &str) -> bool {
    (2..=6).contains(&label.chars().count())
        && label.chars().all(is_cjk)
        && (crate::text::words!["省", "县", "区", "市", "旗", "州", "盟", "镇", "乡"].any_ends(label)
            || label == "合计")
}

/// Whether `rest` opens with a month's number and 月 ("5月，全市…").
fn months_follow(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && sub_from(rest, digits).starts_with('月')
}

/// The fewest spaces between two columns of a page on one line; a spaced-out heading ("财    政")
/// has fewer.
const COLUMN_GAP: usize = 8;

/// The fewest columns (an ideograph two, other chars one) of a line a PDF may have wrapped.
const MIN_WRAP_WIDTH: usize = 40;

/// Lines at least this wide are counted as one width: no PDF wraps so wide a line.
const MAX_WRAP_WIDTH: usize = 300;

/// The width of a full line of text a PDF wrapped, or none when the text does not look
/// wrapped: the upper quartile of the widths of its lines at least [`MIN_WRAP_WIDTH`]
/// wide, when at least two lines and half of those lines are within 15% of it. Wrapped lines
/// are nearly all full, so a line at least 85% as wide may go on in the next. The widths of a
/// page that writes each paragraph on one line, or of a poster's short lines, are spread out.
fn full_line_width(src: &str) -> Option<usize> {
    let mut count = [0u32; MAX_WRAP_WIDTH + 1];
    let mut lines = 0;
    for line in crate::text::split_str(src, "\n") {
        let w = line_width(line);
        if w >= MIN_WRAP_WIDTH {
            count[w.min(MAX_WRAP_WIDTH)] += 1;
            lines += 1;
        }
    }
    let mut below = 0;
    let full = (0..MAX_WRAP_WIDTH).find(|&w| {
        below += count[w];
        below * 4 > lines * 3
    })?;
    let mut near = 0;
    for (w, n) in count.iter().enumerate() {
        if w * 20 >= full * 17 && w * 20 <= full * 23 {
            near += n;
        }
    }
    (near >= 2 && near * 2 >= lines).then_some(full)
}

/// A line's width in columns: a char of three or four bytes in UTF-8 (ideographs, Chinese
/// marks) two, other chars one, spaces at its ends not counted.
fn line_width(line: &str) -> usize {
    line.trim_ascii().bytes().map(|b| usize::from(!(0x80..0xC0).contains(&b)) + usize::from(b >= 0xE0)).sum()
}

/// A numbered heading or item opens `s`: "一、", "（二）", "3.", "第四章", a table's or
/// chart's caption, a dash.
fn numbered(s: &str) -> bool {
    let mut cs = s.chars();
    let (Some(a), b) = (cs.next(), cs.next()) else { return false };
    let numeral = matches!(a, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十');
    let decimal = b == Some('.') && cs.next().is_some_and(|c| c.is_ascii_digit());
    matches!(a, '（' | '(' | '第' | '—' | '表' | '图' | '注' | '●' | '■' | '★')
        || numeral && matches!(b, Some('、' | '是' | '要' | '.'))
        || a.is_ascii_digit() && matches!(b, Some('、' | ')' | '）' | '.')) && !decimal
}

/// Labels that open the first column of a table's header ("指标 │ 2015年 │ …", "产品名称 计量单位
/// 本期累计 增长(%)"); the prose reader's tables open with them too.
pub(crate) const FIRST_HEADERS: crate::text::List =
    crate::text::words!["指标", "指标名称", "项目", "品种", "产品名称", "类别", "行业", "分组"];

/// The lines a PDF set letter by letter: at least [`LETTERED_MIN`] chars, ideographs among them,
/// and a single space after nearly every char (all but one in ten), so that the spaces are
/// the font's, not the text's.
fn letter_spaced(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in crate::text::lines_inclusive(src) {
        let (start, text) = (at, crate::text::trim_end(line));
        at += line.len();
        // Most lines have few spaces, and are passed over by a count of bytes.
        if text.bytes().filter(|&b| b == b' ').count() < LETTERED_MIN - 1 {
            continue;
        }
        let (mut chars, mut spaced, mut cjk) = (0usize, 0usize, false);
        let mut it = text.chars().peekable();
        while let Some(c) = it.next() {
            if c == ' ' {
                continue;
            }
            chars += 1;
            cjk |= is_cjk(c);
            if it.peek() == Some(&' ') {
                spaced += 1;
            }
        }
        if chars >= LETTERED_MIN && cjk && spaced * 10 >= (chars - 1) * 9 {
            out.push((start, start + text.len()));
        }
    }
    out
}

/// The fewest chars of a line set letter by letter.
const LETTERED_MIN: usize = 12;

/// The lines of tables whose cells single spaces part, as byte ranges: a header of three labels
/// or more opening with one of [`FIRST_HEADERS`], then rows of two cells or more, up to as many
/// as the header's, at least one a number ("小麦粉 万吨 12.16 58.07"). Their spaces are written
/// as `|`, so that the table reader reads them as any other table; the spaces inside a label a
/// PDF stretched to the column's width ("指 标", "其中:城 镇"; [`stretched`]) are dropped, and
/// where they start is the second list, in order.
fn spaced_tables(src: &str) -> (Vec<(usize, usize)>, Vec<usize>) {
    let number = |t: &str| {
        let t = t.strip_prefix('-').unwrap_or(t);
        !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.') && t.as_bytes()[0] != b'.'
    };
    let (mut out, mut joins) = (Vec::new(), Vec::new());
    let mut columns = 0;
    // Whether the header has a unit column: then a row's one-ideograph cell may be its unit
    // ("煤 吨 12.5"), not a stretched name's letter.
    let mut units = false;
    let mut at = 0;
    let mut cells: Vec<&str> = Vec::new();
    let mut gaps: Vec<usize> = Vec::new();
    for line in crate::text::lines_inclusive(src) {
        let (start, text) = (at, crate::text::trim_end(line));
        at += line.len();
        // A blank line between a table's rows ends nothing.
        if text.is_empty() && columns > 0 {
            continue;
        }
        cells.clear();
        gaps.clear();
        // A table with pipes parts its cells by them ("指 标 | 2020年 |"); its spaces are text.
        if crate::text::has_char(text, '|') {
            columns = 0;
            continue;
        }
        // The cells, with a stretched label's letters joined: (where the cell starts, where the
        // last piece ends).
        let mut cell: Option<(usize, usize)> = None;
        let mut last = "";
        let mut piece_start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_whitespace(), piece_start) {
                (true, Some(a)) => {
                    piece_start = None;
                    let piece = sub(text, a, i);
                    cell = match cell {
                        Some((s, e)) if !(units && columns > 0) && stretched(last, piece) => {
                            gaps.push(start + e);
                            Some((s, i))
                        }
                        Some((s, e)) => {
                            cells.push(sub(text, s, e));
                            Some((a, i))
                        }
                        None => Some((a, i)),
                    };
                    last = piece;
                }
                (false, None) => piece_start = Some(i),
                _ => {}
            }
        }
        if let Some((s, e)) = cell {
            cells.push(sub(text, s, e));
        }
        // "交通运输、仓储和邮政业 28.3 6.0": a row's name may list with 、; a clause mark is prose.
        let row = (2..=columns).contains(&cells.len()) && cells.iter().any(|c| number(c)) && !has_mark(text, false);
        // Compared char by char, a stretched label's spaces skipped.
        let first = || cells[0].chars().filter(|c| !c.is_whitespace());
        let header =
            cells.len() >= 3 && FIRST_HEADERS.iter().any(|h| first().eq(h.chars())) && !cells.iter().any(|c| number(c));
        if row || header {
            if header {
                columns = cells.len();
                units = cells.iter().any(|c| crate::text::has(c, "单位"));
            }
            out.push((start, start + text.len()));
            joins.extend_from_slice(&gaps);
        } else {
            columns = 0;
        }
    }
    (out, joins)
}

/// Whether `next` is the next letter of a label a PDF stretched with spaces, after the piece
/// `last`: one ideograph after one ("乡 村", "总 人 口"), or after a colon and one ("其中:城 镇").
/// Not asked in the rows of a table with a unit column, whose one-ideograph cells may be units
/// ("煤 吨 12.5").
fn stretched(last: &str, next: &str) -> bool {
    let one = |s: &str| {
        let mut c = s.chars();
        c.next().is_some_and(is_cjk) && c.next().is_none()
    };
    let after_colon = |s: &str| {
        let mut c = s.chars().rev();
        c.next().is_some_and(is_cjk) && matches!(c.next(), Some(':' | '：'))
    };
    one(next) && (one(last) || after_colon(last))
}

/// Bytes of output looked back over for a numbered heading: its numeral, 、, twelve ideographs
/// and the 、 between them, and the mark before it.
const HEADING_BYTES: usize = 64;

/// The length in bytes of a numbered heading at the start of `s` ("一、经济总量", "二、农业"): a
/// numeral 一 to 十, 、 and one to twelve ideographs (listed with 、), up to a space or the end.
fn heading_words(s: &str) -> Option<usize> {
    let mut cs = s.char_indices();
    let (_, a) = cs.next()?;
    if !crate::text::has_char("一二三四五六七八九十", a) || cs.next()?.1 != '、' {
        return None;
    }
    // "一、二、三产业 增加值…" lists numerals: no heading.
    if matches!(cs.clone().nth(1), Some((_, '、'))) {
        return None;
    }
    // Up to a space or the end; the loop stops at a thirteenth ideograph.
    let (mut words, mut end) = (0, s.len());
    for (i, c) in cs {
        if c == ' ' || c == '\t' {
            end = i;
            break;
        }
        // "四、交通、仓储和邮政": the heading may list with 、.
        if c == '、' && words > 0 {
            continue;
        }
        if !is_cjk(c) || words == 12 {
            return None;
        }
        words += 1;
    }
    (words > 0).then_some(end)
}

/// A line of running text: it holds a clause mark, where a poster's or a chart's lines hold
/// none.
fn has_clause_mark(line: &str) -> bool {
    has_mark(line, true)
}

/// Whether `line` holds a clause mark (, ; ， ： ； 。), or 、 too when `enumeration`.
fn has_mark(line: &str, enumeration: bool) -> bool {
    line.as_bytes().windows(3).any(|w| match w {
        [b',' | b';', ..] | [0xEF, 0xBC, 0x8C | 0x9A | 0x9B] | [0xE3, 0x80, 0x82] => true,
        [0xE3, 0x80, 0x81] => enumeration,
        _ => false,
    })
}

/// A table row, not prose: cells apart by tabs, bars or runs of spaces.
fn tabular(line: &str) -> bool {
    line.trim_ascii().as_bytes().windows(2).any(|w| matches!(w, [b'\t' | b'|', _] | [b' ', b' ']))
}

/// Two clause marks in a row, as one.
///
/// | first | then | kept | why |
/// |-------|------|------|-----|
/// | `，`   | `，`  | `，`  | doubled |
/// | `，`   | `。`  | `。`  | the stronger: 。 > ； > ， > 、 |
/// | `；`   | `，`  | `；`  | the stronger |
/// | `，`   | `、`  | `、`  | a converter's comma before an enumeration mark (`7%,、8%`) |
/// | `、`   | `，`  | `、`  | a converter's comma after an enumeration mark (`一、，`) |
fn merge(first: char, then: char) -> char {
    let rank = |c| match c {
        '。' => 3,
        '；' => 2,
        '，' => 1,
        _ => 0,
    };
    // A comma next to an enumeration mark is a converter's: the text enumerates.
    if first == '，' && then == '、' || first == '、' && then == '，' {
        '、'
    } else if rank(first) >= rank(then) {
        first
    } else {
        then
    }
}

fn chinese_form(c: char) -> char {
    match c {
        ',' => '，',
        ';' => '；',
        _ => c,
    }
}

fn ascii_form(c: char) -> char {
    match c {
        '，' => ',',
        '；' => ';',
        _ => c,
    }
}
