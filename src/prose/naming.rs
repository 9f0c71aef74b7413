//! Names as the reader cuts them: cleaned of verbs and marks, split into the names of a list
//! (城乡居民 → 城镇居民, 农村居民), completed with a shared head, and separated from the place
//! that opens them.
//!
//! | name as written                  | read as                                              |
//! |----------------------------------|------------------------------------------------------|
//! | `城镇和农村居民人均可支配收入`       | 城镇居民人均可支配收入, 农村居民人均可支配收入            |
//! | `第一、二、三产业增加值`             | 第一产业增加值, 第二产业增加值, 第三产业增加值            |
//! | `对欧盟进出口、出口`                 | 对欧盟进出口, 对欧盟出口                                |
//! | `武汉市地区生产总值`                 | 地区生产总值, of 武汉市                                 |
//! | `书报类、文具类和健身用品类同比增长较快` | the names of a clause without figures: 书报类, 文具类, 健身用品类 |

use super::*;

/// The names a clause without figures lists before what it says of them ("书报类、文具类和健身
/// 用品类同比增长较快" → 书报类, 文具类, 健身用品类): two or more, each a name of two to ten chars;
/// else none.
pub(super) fn listed_names(clause: &str, values: usize) -> Vec<String> {
    let mut end = clause.len();
    for w in LIST_ENDS {
        end = end.min(crate::text::find_str(clause, w).unwrap_or(end));
    }
    // "纺织业、家具制造业、造纸业三个行业增加值增势较好": the names end before the count of them.
    for w in COUNTED_KINDS {
        if let Some(i) = crate::text::find_str(sub(clause, 0, end), w) {
            let before = trim_end_by(sub(clause, 0, i), |c| is_chinese_digit(c) || c.is_ascii_digit());
            end = end.min(before.strip_suffix('等').unwrap_or(before).len());
        }
    }
    let head = crate::text::trim_start_by(sub(clause, 0, end), |c| matches!(c, '，' | '；' | '：' | ' '));
    let head = words!["其中", "全市", "全县", "全区"].strip_any_prefix(head).unwrap_or(head);
    // "七是旅游收入和游客人数翻一番": a list marker is no part of the first name.
    let head = match lexicon::lookup(head) {
        Some((Lex::ListMarker, len)) => sub_from(head, len),
        _ => head,
    };
    // "全年与甲国、乙国、丙国为主要贸易伙伴": the names are those between the lead's 与 and
    // the 为 after the last name that says what they are.
    let last = crate::text::rfind_char(head, '、').unwrap_or(0);
    let says = crate::text::find_by(sub_from(head, last), |c| matches!(c, '为' | '是'));
    let head = says.map_or(head, |i| sub(head, 0, last + i));
    let mut names = split_list(head);
    if names.len() > 2 && LIST_LEADS.contains(&names[0]) && has(head, "与") {
        names.remove(0);
    }
    // "纺织业、家具制造业、造纸和纸制品业": an item's own 和, when the values count the items
    // between the 、 only.
    if names.len() != values && !has(head, "与") {
        // A loop, not `map().collect()`: each such chain is a copy of its own in the wasm.
        let mut enumerated: Vec<String> = Vec::new();
        for n in crate::text::split_chars(head, &['、']) {
            enumerated.push(n.to_string());
        }
        if enumerated.len() == values {
            names = enumerated;
        }
    }
    // Industries are named at length ("化学原料和化学制品制造业").
    let named = names.len() >= 2 && names.iter().all(|n| (2..=14).contains(&char_count(n)) && valid_name(n));
    if named {
        names
    } else {
        Vec::new()
    }
}

/// Cleans a name: quotes, spaces, a trailing unit parenthesis, leading "按…计算".
pub(super) fn clean_name(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars() {
        if !matches!(c, '“' | '”' | '"' | '‘' | '’' | '「' | '」' | ' ' | '《' | '》' | '*') {
            s.push(c);
        }
    }
    // "按户籍人口计算", "按可比价计算": a basis, not a name.
    if s.starts_with('按') {
        if let Some(i) = crate::text::find_str(&s, "计算") {
            s = sub_from(&s, i + "计算".len()).to_string();
        }
    }
    // Words are cut by position rather than by rebuilding the string each time.
    let (mut from, mut to) = (0, s.len());
    // "稳经济“45条”、助企纾困“18条”": a list mark left before the next name is no part of it;
    // nor is an item's circled number ("⑴一般公共财政收入").
    from += s.len() - trim_start_by(&s, |c| matches!(c, '、' | '，' | '；' | '\u{2460}'..='\u{24FF}')).len();
    // "图1三次产业增加值及其增长速度年末全省常住人口": a chart's or a table's caption that PDF
    // extraction ran into the sentence after it is no part of the name.
    // A caption whose number the extraction lost ("?三次产业增加值及其增长速度 年末…") still
    // ends in "及其增长速度" or "及其构成", which no name has before more words.
    let mut chars = s.chars();
    let numbered = matches!((chars.next(), chars.next()), (Some('图' | '表'), Some('0'..='9')));
    let ends = lexicon::CAPTION_ENDS.iter().filter(|e| numbered || e.starts_with("及其"));
    let end = ends.filter_map(|e| crate::text::find_str(&s, e).map(|i| i + e.len())).max();
    let caption = end.is_some_and(|e| e < s.len());
    if caption {
        from = end.unwrap_or(0);
    }
    // "加上级补助收入": 加 before a word that begins with 上, not 加上 before a broken word.
    if lexicon::PLUS_BEFORE_SHANG.any_starts(sub(&s, from, to)) {
        from += '加'.len_utf8();
    }
    // The sentence's own leading words ("年末全省") follow a caption in either order: two passes.
    for _ in 0..1 + usize::from(caption) {
        // The test changes only when a lead is cut: it is made again then, not for every lead.
        let mut named = lexicon::begins_name_with_lead(sub(&s, from, to));
        for lead in lexicon::LEADING {
            if named {
                break;
            }
            if let Some(rest) = sub(&s, from, to).strip_prefix(lead) {
                if !rest.is_empty() && valid_name(rest) {
                    from += lead.len();
                    named = lexicon::begins_name_with_lead(sub(&s, from, to));
                }
            }
        }
        // "全省", "全盟" after a caption: the text's own jurisdiction, which a clause reads as
        // a cue before the name.
        if caption {
            if let Some((Lex::Own, n)) = lexicon::lookup(sub(&s, from, to)).filter(|&(_, n)| from + n < to) {
                from += n;
            }
        }
    }
    for trail in lexicon::TRAILING {
        if let Some(rest) = sub(&s, from, to).strip_suffix(trail) {
            if !rest.is_empty() {
                to -= trail.len();
            }
        }
    }
    sub(&s, from, to).to_string()
}

/// The measure a verb introduces: "完成投资" → 投资, "实现增加值" → 增加值.
pub(super) fn measure_word(w: &str) -> &str {
    // strip_prefix, not trim_start_matches: a &str pattern links the string searcher.
    let w = w.strip_prefix("完成").unwrap_or(w);
    w.strip_prefix("实现").unwrap_or(w)
}

/// A name is a name when it is more than a function word.
pub(super) fn valid_name(name: &str) -> bool {
    let letters = name.chars().filter(|c| crate::text::is_letter(*c)).count();
    let single_ideograph = char_count(name) == 1 && !name.is_ascii();
    // "香洲、金湾和斗门三个行政区分别实现…": a name that still holds 分别 is a list that did
    // not split, and any figure it took would be another name's.
    let unsplit = has(name, "分别");
    // "万元" left over from "0.82亿万元" names a unit, not a statistic.
    let unit = crate::unit::Unit::parse(name).is_some();
    letters >= 1
        && !lexicon::NOT_NAMES.contains(name)
        && !lexicon::PLAN_REFERENCES.contains(name)
        && !single_ideograph
        && !unsplit
        && !unit
}

/// "兵团实现生产总值" → ("兵团", "生产总值"): a subject of two to four ideographs, 实现 or 完成,
/// and a statistic named by a head noun. Words that only open a clause ("全年", "今年") are no
/// subject.
pub(super) fn subject_and_verb(name: &str) -> Option<(&str, &str)> {
    let verb = words!["实现", "完成"].first_in(name)?;
    let at = crate::text::find_str(name, verb)?;
    let subject = sub(name, 0, at);
    let rest = sub_from(name, at + verb.len());
    // "五年完成…", "上半年实现…": a time is no subject.
    let ideographs = crate::text::all_by(subject, |c| {
        crate::text::is_letter(c) && !c.is_ascii() && !matches!(c, '年' | '月' | '季' | '期')
    });
    let words = lexicon::lookup(subject).is_some_and(|(_, n)| n == subject.len()) || lexicon::LEADING.contains(subject);
    ((2..=4).contains(&char_count(subject)) && ideographs && !words && valid_name(rest) && ends_with_head(rest))
        .then_some((subject, rest))
}

/// True when a name ends in a measure (收入, 人口, 增加值…). Every clause asks, so a head is
/// compared only when its last byte is the name's.
pub(super) fn ends_with_head(name: &str) -> bool {
    // Asked of every figure-less clause: most end in no head noun's last byte.
    const ENDS: u64 = lexicon::HEAD_NOUNS.end_mask();
    crate::text::may_end_in(name, ENDS) && lexicon::HEAD_NOUNS.any_ends(name)
}

/// "中位数是平均数", "相当于城镇居民": the part (maybe empty, the subject in force) and the
/// whole of a share written with 是 or 相当于.
pub(super) fn split_relative(region: &str) -> Option<(&str, &str)> {
    words!["相当于", "是"].split_first(region)
}

/// True when a name after a count opens with the kind of place or unit counted ("6个市县…", "48个
/// 县(市)…", "12个乡镇…", "11个行业…增速超过25%"), not with a name that begins with a place word
/// ("137个市重点项目"): what it says of them is a threshold, no figure of the text's place.
pub(super) fn counts_places(name: &str) -> bool {
    const PLACES: List = words![
        "市县",
        "县市",
        "县(市)",
        "县（市）",
        "县区",
        "区县",
        "乡镇",
        "镇街",
        "街镇",
        "城市",
        "地市",
        "省份",
        "园区",
        "行业",
        "企业"
    ];
    PLACES.any_starts(name)
        || name
            .strip_prefix('县')
            .is_some_and(|rest| !starts_by(rest, |c| matches!(c, '级' | '属' | '域' | '城' | '直')))
}

/// "工业、建筑业增加值分别" → "工业、建筑业增加值": the names of a list before its 分别.
pub(super) fn without_respectively(names: &str) -> &str {
    words!["分别", "依次"].strip_any_suffix(names).unwrap_or(names)
}

/// "第一产业增加值占地区生产总值" → ("第一产业增加值", "地区生产总值").
pub(super) fn split_share(region: &str) -> Option<(&str, &str)> {
    for w in words!["所占", "占", "佔"] {
        if let Some(i) = crate::text::find_str(region, w) {
            let part = sub(region, 0, i);
            let whole = sub(region, i + w.len(), region.len());
            return Some((part, whole));
        }
    }
    // "服务业在全区经济中的比重": the part, then the whole it is in.
    let i = crate::text::find_str(region, "在")?;
    let whole = words!["中的", "中"].strip_any_suffix(sub_from(region, i + "在".len()))?;
    (i > 0).then(|| (sub(region, 0, i), whole))
}

/// True for a place named alone: "青禾市", "全省", "西夏区" ("青禾市上半年实现…" opens with
/// its place, then its time).
pub(super) fn is_place(w: &str) -> bool {
    let n = char_count(w);
    let whole = n == 2 && w.starts_with('全') && lexicon::PLACE_SUFFIXES.any_ends(w);
    let named = (2..=8).contains(&n) && lexicon::PLACE_SUFFIXES.any_ends(w) && !lexicon::not_a_place(w);
    whole || named || lexicon::PROVINCES.contains(w)
}

/// The subject of a measure's name, for an effect the subject has on a whole: "工业占地区
/// 生产总值比重" → 工业, "规模以上工业增加值" → 规模以上工业. The whole itself (地区生产总值)
/// has no effect on its own growth, so it is no subject.
pub(super) fn subject_root(name: &str) -> Option<&str> {
    if has(name, "生产总值") || has(name, "GDP") {
        return None;
    }
    let root = match split_share(name) {
        Some((part, _)) => part,
        None => {
            let head = lexicon::HEAD_NOUNS.strip_any_suffix(name);
            head.or_else(|| words!["增速", "增长"].strip_any_suffix(name)).unwrap_or(name)
        }
    };
    (!root.is_empty()).then_some(root)
}

/// "城镇和农村居民人均可支配收入" → both names in full; "城乡居民…" → 城镇居民…, 农村居民….
pub(super) fn split_list(name: &str) -> Vec<String> {
    if let Some(names) = split_head(name) {
        return names;
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut rest = name;
    while let Some(c) = rest.chars().next() {
        let sep = words!["和", "及", "与", "、"].first_starting(rest);
        if let Some(w) = sep {
            pieces.push(std::mem::take(&mut cur));
            rest = sub_from(rest, w.len());
            continue;
        }
        cur.push(c);
        rest = sub_from(rest, c.len_utf8());
    }
    pieces.push(cur);
    pieces.retain(|p| !p.is_empty());
    if pieces.len() < 2 {
        return vec![name.to_string()];
    }
    expand_shared(&pieces)
}

/// A name holding a head of [`lexicon::SPLIT_HEADS`], in full for each of its parts.
pub(super) fn split_head(name: &str) -> Option<Vec<String>> {
    lexicon::SPLIT_HEADS.iter().find_map(|(head, parts)| {
        let i = crate::text::find_str(name, head)?;
        let before = sub(name, 0, i);
        let after = sub(name, i + head.len(), name.len());
        let mut names = Vec::new();
        for p in *parts {
            names.push(cat(&[before, p, after]));
        }
        Some(names)
    })
}

/// Names of a list that share a tail: 常住、户籍人口城镇化率 → 常住人口城镇化率, 户籍人口城镇化率;
/// 存、贷款余额 → 存款余额, 贷款余额; 养老保险、医疗保险覆盖率 → 养老保险覆盖率, 医疗保险覆盖率.
pub(super) fn expand_shared(pieces: &[String]) -> Vec<String> {
    let Some(last) = pieces.last() else { return Vec::new() };
    // "限上批、零、住、餐四行业": trades abbreviated to a char, counted by a collective.
    if let Some(trades) = abbreviated_trades(pieces) {
        return trades;
    }
    // "对欧盟进出口、出口", "规模以上工业总产值、增加值": measures written bare after a first
    // name that qualifies its own are of what it qualifies.
    if let Some(measure) = lexicon::LISTED_MEASURES.first_ending(&pieces[0]) {
        let qualifier = sub(&pieces[0], 0, pieces[0].len() - measure.len());
        let bare = |p: &String| lexicon::LISTED_MEASURES.contains(p) && p != measure;
        if !qualifier.is_empty() && pieces[1..].iter().all(bare) {
            let mut out = vec![pieces[0].clone()];
            for p in &pieces[1..] {
                out.push(cat(&[qualifier, p]));
            }
            return out;
        }
    }
    // "万元地区生产总值能耗、水耗和二氧化碳排放": the base the first name opens with is every name's.
    if let Some(lead) = lexicon::SHARED_LEADS.first_starting(&pieces[0]) {
        if pieces[1..].iter().all(|p| !p.starts_with(lead) && !p.is_empty()) {
            // Plain loops rather than iterator chains: each is its own copy in the wasm.
            let mut out = vec![pieces[0].clone()];
            for p in &pieces[1..] {
                out.push(cat(&[lead, p]));
            }
            return out;
        }
    }
    if pieces.len() == 2 {
        if let Some(names) = split_head(&join(pieces, "、")) {
            return names;
        }
    }
    // "第一、二、三产业增加值": ordinals sharing what follows the last one's numeral.
    let numeral = |c: char| crate::text::has_char("一二三四五六七八九十", c);
    let ordinal = |p: &str| {
        let p = p.strip_prefix('第').unwrap_or(p);
        !p.is_empty() && crate::text::all_by(p, numeral)
    };
    // "其第一、二、三产业增加值": the words before the first ordinal stay before its name.
    let lead_len = crate::text::find_str(&pieces[0], "第").unwrap_or(0);
    let first = sub_from(&pieces[0], lead_len);
    if ordinal(first) && pieces[1..pieces.len() - 1].iter().all(|p| ordinal(p)) {
        let body = last.strip_prefix('第').unwrap_or(last);
        let numeral_len = body.len() - crate::text::trim_start_by(body, numeral).len();
        if numeral_len > 0 && numeral_len < body.len() {
            let tail = sub_from(body, numeral_len);
            let prefix =
                if first.starts_with('第') || pieces.iter().any(|p| p.starts_with('第')) { "第" } else { "" };
            let mut out = Vec::with_capacity(pieces.len());
            for (i, p) in pieces.iter().enumerate() {
                let n = if i == 0 { first } else { p };
                let n = n.strip_prefix('第').unwrap_or(n);
                let n = if p == last { sub(body, 0, numeral_len) } else { n };
                let lead = if i == 0 { sub(&pieces[0], 0, lead_len) } else { "" };
                out.push(cat(&[lead, prefix, n, tail]));
            }
            return out;
        }
    }
    let last_len = char_count(last);
    let tail = lexicon::SHARED_TAILS.first_tail(last);
    let mut out = Vec::new();
    for (i, p) in pieces[..pieces.len() - 1].iter().enumerate() {
        // "对美国、欧盟、东盟进出口": the 对 before the first name is the whole list's, no char of
        // the name to set against the last one's.
        let p = match p.strip_prefix('对') {
            Some(rest) if i == 0 && !rest.is_empty() && !pieces[1..].iter().any(|q| q.starts_with('对')) => rest,
            _ => p.as_str(),
        };
        let n = char_count(p);
        // A name ending as the last one's head ends ("饮料类、金银珠宝类零售额") shares what
        // follows that head: 饮料类 → 饮料类零售额.
        // (`same_end`: where that head ends in the last name, in bytes.)
        let same_end = p.chars().last().and_then(|c| crate::text::rfind_char(last, c).map(|j| j + c.len_utf8()));
        if let Some(tail) = same_end.map(|j| sub_from(last, j)).filter(|t| char_count(t) >= 2) {
            if !p.ends_with(tail) {
                out.push(cat(&[p, tail]));
                continue;
            }
        }
        // "工业和建筑业": a name that ends as the last one ends is complete; so is a class of
        // consumer prices ("衣着、居住、交通通信").
        if same_end == Some(last.len()) || lexicon::PRICE_CLASSES.contains(p) {
            out.push(p.to_string());
            continue;
        }
        let shared = tail.filter(|t| !p.ends_with(t) && !ends_with_head(p));
        // "蔬菜、园林水果产量": a name of two chars or more shares the measure the list names
        // (产量), not what follows the last name's first chars (水果产量), unless the two are
        // members of one partition (城镇和农村居民…).
        let parallel = n == 1 || shared.is_none() || same_partition(p, last);
        if n < last_len && n <= 3 && !ends_with_head(p) && parallel {
            // A short head shares what follows the head of the last name: 存 → 存款余额.
            let at = crate::text::nth_char_at(last, n).unwrap_or(last.len());
            out.push(cat(&[p, sub_from(last, at)]));
        } else if let Some(t) = shared {
            // A longer name shares the last name's measure: …保险 → …保险覆盖率; not one that
            // names a measure of its own (固定资产投资、…、规模工业增加值).
            out.push(cat(&[p, t]));
        } else {
            out.push(p.to_string());
        }
    }
    out.push(last.clone());
    out
}

/// "限上批、零、住、餐四行业" → 限上批发业, 限上零售业, 限上住宿业, 限上餐饮业: each piece ends in a
/// trade's one-char abbreviation ([`lexicon::TRADES`]), the last with the collective that counts
/// them (四行业), and what the first writes before its char qualifies them all. `None` for any
/// other list.
fn abbreviated_trades(pieces: &[String]) -> Option<Vec<String>> {
    let last = pieces.last()?;
    let collective = words!["四行业", "四大行业", "4个行业", "4大行业", "四个行业"].first_ending(last)?;
    let bare = sub(last, 0, last.len() - collective.len());
    let mut out = Vec::with_capacity(pieces.len());
    let mut qualifier = "";
    for (i, p) in pieces.iter().enumerate() {
        let p = if i + 1 == pieces.len() { bare } else { p.as_str() };
        let c = p.chars().last()?;
        let (_, trade) = lexicon::TRADES.iter().find(|(a, _)| *a == c)?;
        let before = sub(p, 0, p.len() - c.len_utf8());
        if i == 0 {
            qualifier = before;
        } else if !before.is_empty() {
            return None;
        }
        out.push(cat(&[qualifier, trade]));
    }
    (out.len() == 4).then_some(out)
}

impl<'t> Reader<'t> {
    /// Separates a place at the start of a name: "武汉市地区生产总值" → (武汉市, 地区生产总值).
    pub(super) fn scope_of(&self, name: &str) -> (String, String) {
        let name = trim_start_by(name, |c| matches!(c, '“' | '”' | '"'));
        // "区本级地区生产总值": a government's own level, apart from its whole jurisdiction.
        if let Some(at) = crate::text::find_str(name, "本级").filter(|&at| at == 3 && name.len() > 9) {
            return (sub(name, 0, at + 6).to_string(), sub_from(name, at + 6).to_string());
        }
        let own = self.doc.place.as_deref();
        let own_short = own.map(|p| {
            let mut p = p;
            for s in lexicon::PLACE_SUFFIXES {
                if let Some(x) = p.strip_suffix(s) {
                    if char_count(x) >= 2 {
                        p = x;
                    }
                    break;
                }
            }
            p
        });
        // "城区户籍总人口" in a district's bulletin: a district calls itself 城区, as it calls itself
        // 全区 (in a county's text 城区 is the county town, a part of it).
        if let Some(rest) =
            name.strip_prefix("城区").filter(|r| !r.is_empty() && own.is_some_and(|o| o.ends_with('区')))
        {
            return (String::new(), rest.to_string());
        }
        for o in [own, own_short].into_iter().flatten() {
            if let Some(rest) = name.strip_prefix(o) {
                // A place a headline named without its suffix ("成都2016年…") is written with it
                // in the text ("成都市…"); with another suffix than the text's own it is another
                // place of that name (衡阳县 in 衡阳市's text).
                let bare = !lexicon::PLACE_SUFFIXES.any_ends(o);
                let rest = match lexicon::PLACE_SUFFIXES.strip_any_prefix(rest) {
                    Some(r) if bare && !r.is_empty() => {
                        let suffix = sub(rest, 0, rest.len() - r.len());
                        if own.is_some_and(|p| p != o && !p.ends_with(suffix)) {
                            return (cat(&[o, suffix]), r.to_string());
                        }
                        r
                    }
                    _ => rest,
                };
                if !rest.is_empty() {
                    return (String::new(), rest.to_string());
                }
            }
        }
        for p in lexicon::PROVINCES {
            if let Some(rest) = name.strip_prefix(p) {
                let rest = rest.strip_prefix('省').unwrap_or(rest);
                if !rest.is_empty() && !rest.starts_with('市') {
                    return (p.to_string(), rest.to_string());
                }
            }
        }
        // A place: 2–6 chars ending in 市, 县, 区, 旗…, at the start (most names have none of
        // those chars there, and are passed over at once).
        if !crate::text::skip_chars(name, 1)
            .chars()
            .take(6)
            .any(|c| matches!(c, '省' | '市' | '县' | '区' | '旗' | '州' | '盟'))
        {
            return match name.strip_prefix("县域") {
                Some(rest) if !rest.is_empty() => ("县域".to_string(), rest.to_string()),
                _ => (String::new(), name.to_string()),
            };
        }
        let chars = crate::text::char_table(name);
        for len in (2..=6).rev() {
            let Some(&(end, _)) = chars.get(len) else { continue };
            let place = sub(name, 0, end);
            let rest = sub(name, end, name.len());
            // "省级", "县域", "市本级", "县及县以下": a level of government or an aggregate,
            // not a place; "实有市场主体": 市 begins a word (市场), and ends no place.
            // "区内外": a place's inside or outside, not the place's figure.
            let level = starts_by(rest, |c| matches!(c, '级' | '域' | '属' | '直' | '本' | '辖' | '以' | '内' | '外'))
                || lexicon::NOT_PLACES.iter().any(|n| {
                    // A two-char word across the cut, as 市|场.
                    let mut cs = n.chars();
                    matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some(b), None) if place.ends_with(a) && rest.starts_with(b))
                });
            // "带动全市工业投资…": a verb before the text's own word is no place; the name
            // follows the own word.
            let suffixed = lexicon::PLACE_SUFFIXES.any_ends(place);
            let own = suffixed && crate::text::sub_to(place, place.len() - 3).ends_with('全') && !has(place, "占");
            // "一、二、三产业对全区经济增长的贡献率": the own word after 对 is what the name is
            // of, inside it; it cuts off neither a verb nor a place.
            if own && crate::text::sub_to(place, place.len() - 6).ends_with('对') {
                return (String::new(), name.to_string());
            }
            if own && char_count(place) > 2 && !rest.is_empty() {
                return (String::new(), rest.to_string());
            }
            if suffixed && !lexicon::not_a_place(place) && char_count(place) >= 2 && !level && !rest.is_empty() {
                return (place.to_string(), rest.to_string());
            }
        }
        if let Some(rest) = name.strip_prefix("县域") {
            return ("县域".to_string(), rest.to_string());
        }
        (String::new(), name.to_string())
    }

    /// Inside a list of parts, a part named without a head noun ("农业", "男性") is that part
    /// of the total: its key goes with the name.
    pub(super) fn parent_for(&self, name: &str) -> String {
        // A sibling of the last list's total is of the list around it, if any: the one before
        // it in the stack of open lists.
        let sibling = self.groups.last().is_some_and(|g| sibling_parts(&self.ex.facts[g.total].name, name));
        let last = self.groups.iter().rev().nth(usize::from(sibling));
        match last {
            // 税收收入 and the like name a part of whichever total they are listed under.
            Some(g)
                if !ends_with_head(name)
                    || producer_of(name, &self.ex.facts[g.total].name)
                    || lexicon::PARTITIONS.iter().any(|set| set.contains(name))
                    || lexicon::VARIANT_TOTALS.any_in(&self.ex.facts[g.total].name)
                    || sector_of_an_aggregate(name, &self.ex.facts[g.total].name) =>
            {
                crate::names::key(&self.ex.facts[g.total].name)
            }
            _ => String::new(),
        }
    }

    /// "全省固定资产投资" inside one name ("制造业投资占全省固定资产投资的比重") without the
    /// word for the text's own jurisdiction, as the cue "占全省…" is read. The word must be of the
    /// text's own level (全省 in a province's text), and a part named with its own word must be
    /// of the same level: in a city's text, or after "全县…占", "全省" is another region.
    pub(super) fn without_own_scope<'a>(&self, part: &str, whole: &'a str) -> &'a str {
        let Some((Lex::Own, n)) = lexicon::lookup(whole) else { return whole };
        let word = sub(whole, 0, n);
        let level = word.chars().last();
        let part_level = match lexicon::lookup(part) {
            Some((Lex::Own, m)) => sub(part, 0, m).chars().last(),
            _ => None,
        };
        let own = match self.doc.place.as_deref() {
            // "全市…。青禾县…，占全省粮食总产量的3.5%": a word wider than the text's own is another's.
            None => word != "全国" && !self.wider_than_own(word),
            Some(place) => level.is_some_and(|c| place.ends_with(c)),
        } && part_level.is_none_or(|c| Some(c) == level);
        let rest = sub_from(whole, n);
        if own && !rest.is_empty() && crate::names::key(rest) != crate::names::key(self.scope_of(part).1.as_str()) {
            sub_from(whole, n)
        } else {
            whole
        }
    }
}
