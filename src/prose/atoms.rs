//! Cutting a run of text into the words that act on a figure and the name between them.
//!
//! The lexicon's words act only at the edges of a run: at its end, next to the figure or time
//! that follows ("第一产业实现增加值|41.71亿元"), and at its start, after a clause mark
//! ("，其中农业…"). Read from the end, then from the start, what is left is the name. Inside a
//! name a word is part of the name: 高 in 高新技术企业, 比 in 比重 are never cut out of it.
//!
//! | run                              | atoms                                            |
//! |----------------------------------|--------------------------------------------------|
//! | `第一产业实现增加值`                | `Core(第一产业) Cue(Measure 实现增加值)`            |
//! | `全市地区生产总值比`                | `Cue(Own 全市) Core(地区生产总值) Cue(Than)`        |
//! | `占全社会固定资产投资的`             | `Cue(Share) Core(全社会固定资产投资) Cue(Of)`        |
//! | `其中农业`                         | `Cue(Among) Core(农业)`                            |
//! | `增长`                             | `Cue(Growth)`                                    |

use super::lexicon::{self, Lex};
use crate::text::{sub, words, Span};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Atom {
    Cue(Lex, Span),
    Core(Span),
}

/// Single-char words that may be cut from the start of a run followed by more text: function
/// words that rarely begin a name. Other single-char words (到, 比, 达, 约…) are cut only when
/// they are the whole run ("达|143亿元", "比|上年"), since 到位资金, 比重, 达标率 begin with them.
const SHORT_LEADS: &[char] =
    &['占', '由', '从', '和', '及', '与', '将', '已', '均', '为', '共', '是', '要', '都', '的'];

/// Words cut from the start of a run, by kind: a level verb or growth word at the start of a
/// run is a verb whose subject came before ("，实现增加值…", "，增长8%").
fn leads(lex: Lex) -> bool {
    !matches!(lex, Lex::Measure | Lex::ShareWord | Lex::After(_) | Lex::Compare | Lex::Plan)
}

/// Cuts `span` of `text` into atoms, in text order.
pub fn split(text: &str, span: Span, out: &mut Vec<Atom>) {
    let mut end = span.end;
    let mut tail: Vec<Atom> = Vec::new();
    // From the end: the words next to what follows.
    while end > span.start {
        let s = sub(text, span.start, end);
        let Some((lex, mut len)) = lexicon::lookup_suffix(s).or_else(|| breakdown_suffix(s)) else { break };
        // "同比降2.1%" is 同比 and 降, not 同 and 比降 ("比降2.0%", short for 比上年下降); so is
        // "环比降" 环比 and 降.
        if words!["同比增", "同比降", "环比增", "环比降"].any_ends(s) {
            len = '增'.len_utf8();
        }
        tail.push(Atom::Cue(lex, Span::new(end - len, end)));
        end -= len;
    }
    // From the start: the words after a clause mark.
    let mut start = span.start;
    while start < end {
        let s = sub(text, start, end);
        let Some((lex, len)) = lexicon::lookup(s) else { break };
        let single = s.chars().next().is_some_and(|c| c.len_utf8() == len);
        let whole = len == s.len();
        // A lead that begins a name ("从业人员") is part of the name; so is any single-char cue
        // but the short leads ("在", "对") before more words. The year's plan before a name is
        // no part of it ("年计划完成地区生产总值…", "年计划固定资产投资增长9%以上").
        let year_plan = lex == Lex::Plan && !whole && (s.starts_with('年') || s.starts_with("全年"));
        if !(leads(lex) || year_plan) || !whole && lexicon::begins_name_with_lead(s) {
            break;
        }
        if single && !whole && !crate::text::starts_by(s, |c| SHORT_LEADS.contains(&c)) {
            break;
        }
        out.push(Atom::Cue(lex, Span::new(start, start + len)));
        start += len;
    }
    if start < end {
        out.push(Atom::Core(Span::new(start, end)));
    }
    while let Some(a) = tail.pop() {
        out.push(a);
    }
}

/// A breakdown marker the lexicon does not list, by its frame: "按构成分", "按级次分", "分税种看"
/// (a 按 or 分 and at most six chars before the closing 分 or 看), with its length in bytes. It
/// opens a list of parts as 其中 does: such lists often name only the main items ("分税种看，增值
/// 税…"), so they are bounded by their total, not taken as complete.
fn breakdown_suffix(s: &str) -> Option<(Lex, usize)> {
    // "按行业划分" breakdowns are of the lexicon's kind or of the text's own listing; not taken here.
    if s.ends_with("划分") {
        return None;
    }
    let (open, close) = if s.ends_with('分') {
        ('按', '分')
    } else if s.ends_with('看') {
        ('分', '看')
    } else {
        return None;
    };
    // At least one char between the two ("部分", "按分" are no frames).
    // The last `open` among the seven chars before the closing one.
    let head = sub(s, 0, s.len() - close.len_utf8());
    let from = crate::text::nth_char_back_at(head, 6).unwrap_or(0);
    let i = from + crate::text::rfind_char(sub(head, from, head.len()), open)?;
    (s.len() - i > 2 * close.len_utf8()).then_some((Lex::Frame, s.len() - i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::Bound;

    fn atoms(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        split(s, Span::new(0, s.len()), &mut out);
        out.into_iter()
            .map(|a| match a {
                Atom::Cue(l, sp) => format!("{:?}:{}", l, &s[sp.start..sp.end]),
                Atom::Core(sp) => format!("[{}]", &s[sp.start..sp.end]),
            })
            .collect()
    }

    #[test]
    fn examples() {
        assert_eq!(atoms("第一产业实现增加值"), ["[第一产业]", "Measure:实现增加值"]);
        assert_eq!(atoms("全市地区生产总值比"), ["Own:全市", "[地区生产总值]", "Than:比"]);
        assert_eq!(atoms("占全社会固定资产投资的"), ["Share:占", "[全社会固定资产投资]", "Of:的"]);
        assert_eq!(atoms("其中农业"), ["Among:其中", "[农业]"]);
        assert_eq!(atoms("高新技术企业"), ["[高新技术企业]"]);
        assert_eq!(atoms("可支配收入达"), ["[可支配收入]", format!("{:?}:达", Lex::Level(Bound::Eq)).as_str()]);
        assert_eq!(atoms("增速高于全国"), ["Growth { sign: 1, avg: false }:增速", "Compare:高于", "Own:全国"]);
        assert_eq!(atoms("地方收入按构成分"), ["[地方收入]", "Frame:按构成分"]);
        assert_eq!(atoms("分税种看"), ["Frame:分税种看"]);
        assert_eq!(atoms("按户籍人口计算"), ["[按户籍人口计算]"]);
        assert_eq!(atoms("部分"), ["[部分]"]);
        let level = format!("{:?}:完成", Lex::Level(Bound::Eq));
        assert_eq!(atoms("年计划完成地区生产总值"), ["Plan:年计划", level.as_str(), "[地区生产总值]"]);
        assert_eq!(atoms("年计划固定资产投资"), ["Plan:年计划", "[固定资产投资]"]);
        assert_eq!(atoms("预算收入"), ["[预算收入]"]);
    }
}
