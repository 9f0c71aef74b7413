//! Lists of parts: which total a 其中 list or a breakdown (分产业看, 按经营地分) is of, which
//! facts are its parts, and when the list is written as a [`Group`] for the sum check.
//!
//! | prose                                                    | group                                        |
//! |----------------------------------------------------------|----------------------------------------------|
//! | `全年固定资产投资286.4亿元，其中民间投资162.8亿元`           | 固定资产投资 ⊇ 民间投资 (not exhaustive)         |
//! | `地区生产总值520亿元。分产业看，第一产业…，第二产业…，第三产业…` | a complete partition: the parts sum to the total |
//! | `…，其中县域地区生产总值…。分产业看，…`                      | the breakdown splits the whole, not 县域          |
//! | `出口12亿元，进口8亿元，贸易顺差4亿元` (under 其中)            | a balance: 出口 = 进口 + 顺差, not a part         |
//!
//! A total is looked for among the last [`GROUP_REACH`] facts of three sentences, and a new part
//! is compared with at most [`PARTITION_REACH`] of the group's parts, so that a text of many
//! lists stays linear.

use super::*;

/// A total whose parts are being listed (其中, 分产业看).
pub(super) struct OpenGroup {
    /// Index of the total in `ex.facts`.
    pub(super) total: usize,
    pub(super) parts: Vec<usize>,
    pub(super) exhaustive: bool,
    /// Opened by 其中 (closes at the sentence's end) rather than by a breakdown.
    pub(super) among: bool,
    /// Opened by a breakdown or its frame ("分产业看", "按规模分"), not by 其中.
    pub(super) view: bool,
    /// A view of some of many members ("分行业看"): its parts add up to no level.
    pub(super) some: bool,
    /// The semicolons the reader had passed when the list opened ([`Reader::semicolon`]).
    pub(super) semis: u32,
    /// The first fact written after the group opened: the facts from it to the group's close
    /// are its members, rates too.
    pub(super) start: usize,
}

/// A group once written: its total, the parts summed under it, and the facts written while it
/// was open (its members, rates too).
pub(super) struct Split {
    pub(super) total: usize,
    pub(super) parts: Vec<usize>,
    pub(super) members: std::ops::Range<usize>,
}

/// How many facts back a group's total is looked for; a total further back than this in its
/// three sentences is one no reader would link.
pub(super) const GROUP_REACH: usize = 48;

/// How far back, in bytes, the start of a part's sentence is looked for (a sentence of 100
/// chars).
const SENTENCE_REACH: usize = 300;

/// How far a group's first part may exceed a total taken from an earlier sentence before the
/// total is looked for further back ([`Reader::larger_total`]).
const FAR_EXCESS: f64 = 0.25;

/// How many sentences before a breakdown's first part the level its parts add up to is looked
/// for ([`Reader::total_the_parts_make`]): a bulletin's population paragraph runs to six.
const SUM_REACH_SENTENCES: u32 = 6;

/// How many of a group's last parts are compared with a new one for a partition.
const PARTITION_REACH: usize = 16;

/// True when two names are members of one partition (第一产业 and 第三产业).
pub(super) fn same_partition(a: &str, b: &str) -> bool {
    lexicon::PARTITIONS.iter().any(|set| {
        let ia = set.iter().position(|w| has(a, w));
        let ib = set.iter().position(|w| has(b, w));
        matches!((ia, ib), (Some(x), Some(y)) if x != y)
    })
}

/// Words of an average or a yield ("日均接待游客", "夏粮单产"), which no part listed after it is
/// a part of.
const AVERAGES: List = words!["人均", "平均", "均价", "日均", "月均", "年均", "单产", "生产率", "每百元"];

/// A level's value in `to`, when its unit converts.
fn level_in(f: &Fact, to: &Unit) -> Option<f64> {
    match &f.kind {
        FactKind::Level { figure, unit, .. } if unit.compatible(to) => {
            Some(figure.number.shift(unit.shift_to(to)).to_f64())
        }
        _ => None,
    }
}

/// How many parts before it a part's whole is looked for among ([`nests`]).
const NEST_REACH: usize = 6;

/// Whether `inner` names some of `outer`: the same measure with more words before it (制造业投资
/// and 制造业技术改造投资), or a kind the lexicon puts under it (技改投资 under 工业投资, 增值税
/// under 税收收入: [`lexicon::SUBSUMED`]).
fn nests(outer: &str, inner: &str) -> bool {
    if outer == inner {
        return false;
    }
    // Not a whole that names kinds itself ("契税、土地增值税等地方税收").
    let subsumed = lexicon::SUBSUMED.iter().any(|(kinds, wholes)| {
        kinds.any_in(inner) && wholes.any_starts(outer) && !wholes.any_in(inner) && !kinds.any_in(outer)
    });
    // The measure is the tail they share, of two chars at least.
    let mut shared = 0;
    for (a, b) in outer.chars().rev().zip(inner.chars().rev()) {
        if a != b {
            break;
        }
        shared += a.len_utf8();
    }
    let head = sub(outer, 0, outer.len() - shared);
    // Two chars between at least: "美国进出口" holds "美国出口" (进 makes another measure).
    let between = inner.len().saturating_sub(outer.len());
    subsumed || shared >= 6 && !head.is_empty() && between >= 6 && inner.starts_with(head)
}

/// True when the names include every member of some partition of `total`: the three sectors
/// are not all of a use that households share ([`lexicon::HOUSEHOLDS_USE`]).
pub(super) fn completes_partition(names: &[&str], total: &str) -> bool {
    partition_completed(names, total).is_some()
}

/// The partition `names` state every member of ([`lexicon::PARTITIONS`]), for a `total` they
/// may exhaust.
fn partition_completed(names: &[&str], total: &str) -> Option<List> {
    let households = lexicon::HOUSEHOLDS_USE.any_in(total);
    lexicon::PARTITIONS.iter().copied().find(|set| {
        let sectors_only = set.iter().all(|w| has(w, "产"));
        !(households && sectors_only) && set.iter().all(|w| names.iter().any(|n| has(n, w)))
    })
}

impl<'t> Reader<'t> {
    /// 其中 (`among`) or a breakdown, which may list every part (`exhaustive`), opens a list of
    /// parts of the last level that can be a total: an amount, not a per-capita or average
    /// figure, stated in this sentence or the two before.
    pub(super) fn open_group(&mut self, among: bool, exhaustive: bool) {
        // A breakdown ("分产业看") is a view; 其中 is not.
        self.open_group_of(among, exhaustive, None, exhaustive && !among);
    }

    /// [`Self::open_group`] for a breakdown of the measure `of` ("从投资结构看": 投资), whose
    /// total must be a statement of that measure. `view` for a breakdown or its frame, which
    /// splits a total another view may split again.
    pub(super) fn open_group_of(&mut self, among: bool, exhaustive: bool, of: Option<&str>, view: bool) {
        // "共录得6286.4万人次出入境，其中关闸口岸…": the parts of a count before its own noun,
        // which was not read, are of no total read.
        let unread = self.before_its_noun.is_some_and(|(_, s, n)| (s, n) == (self.sentence, self.ex.facts.len()));
        if among && unread {
            return;
        }
        let recent = self.sentence.saturating_sub(2);
        // Facts are in sentence order: only those of the last three sentences, and at most the
        // last GROUP_REACH of them, are looked at, so that a text of many breakdowns, or one
        // sentence of thousands of 其中, stays linear.
        let len = self.ex.facts.len();
        let reach = len.saturating_sub(GROUP_REACH);
        let mut from = reach;
        for i in (reach..len).rev() {
            if self.ex.facts[i].ctx.sentence < recent {
                from = i + 1;
                break;
            }
        }
        let window = &self.ex.facts[from..];
        let candidate = |f: &Fact| {
            of.is_none_or(|m| has(&f.name, m))
                && !AVERAGES.any_in(&f.name)
                && !lexicon::CHANGE_HEADS.any_ends(&f.name)
                && !names_a_plan(&f.name)
        };
        // "固定资产投资增长9.7%。分产业看，第一产业增长129.2%": a breakdown of a total stated
        // only by its growth still names the parts' parent, though it has no sum to check.
        // So does a view by its frame ("居民消费价格上涨1.2%。分类别看，食品烟酒类…").
        let by_growth = exhaustive && !among || view;
        let level = |f: &Fact| matches!(&f.kind, FactKind::Level { unit, .. } if unit.kind == UnitKind::Amount);
        // The last level; or, for a breakdown, a later total stated by its growth alone, which
        // opens its sentence where a list's items do not ("规模以上工业增加值同比增长7.5%。分三大
        // 门类看，…").
        let mut total = None;
        for (j, f) in window.iter().enumerate().rev() {
            if !candidate(f) {
                continue;
            }
            if level(f) {
                total = Some(from + j);
                break;
            }
            // "从三大门类看：采矿业下降2.5%；…。从重点行业看：…": the first rate of a sentence a view
            // opened is the view's part, not a total of the next view.
            let opens = (j == 0 || window[j - 1].ctx.sentence != f.ctx.sentence || window[j - 1].name == f.name)
                && self.view_sentence != Some(f.ctx.sentence);
            let rate = matches!(f.kind, FactKind::Rate { .. });
            // Asked only of a candidate: the window is looked through again for it.
            let unstated = || !window.iter().any(|l| level(l) && l.name == f.name);
            // "…增长10.6%。其中，轻工业增长14.1%…。分门类看，…": a part after 其中 is no total
            // of the view after it.
            let part = !f.ctx.parent.is_empty() || {
                // Looked for in the few hundred bytes before it only, so that a text without
                // full stops stays linear.
                let from = crate::text::floor_boundary(self.text, f.span.start.saturating_sub(SENTENCE_REACH));
                let before = crate::text::sub(self.text, from, f.span.start);
                let sentence = match crate::text::rfind_by(before, |c| matches!(c, '。' | '\n')) {
                    Some(i) => {
                        let mut rest = crate::text::sub_from(before, i).chars();
                        rest.next();
                        rest.as_str()
                    }
                    None => before,
                };
                sentence.starts_with("其中")
            };
            if by_growth && rate && opens && !part && unstated() {
                total = Some(from + j);
                break;
            }
            // "装机容量增长80万千瓦，其中新能源装机增长20万千瓦": 其中 splits the statistic just
            // stated by its change or growth, not a level of another one stated before it.
            let change = matches!(f.kind, FactKind::Change { .. });
            if among && !exhaustive && change && f.ctx.sentence == self.sentence && unstated() {
                total = Some(from + j);
                break;
            }
        }
        let Some(mut total) = total else {
            // "从投资结构看" with no investment stated: a new view has begun, and the parts
            // after it are of no list opened before it.
            if of.is_some() {
                while !self.groups.is_empty() {
                    self.close_last();
                }
            }
            return;
        };
        // A part of the breakdown just written, or a rate read while it was open, is no total:
        // a breakdown after it splits the same total again ("分三大门类看，…电力…增长4.0%。分行业
        // 看，…"). A lone part ("全社会固定资产投资…，其中固定资产投资…") narrows the total, and
        // the breakdown after it splits the narrower one.
        // "按规模分，限额以上…，限额以下…；按经营地分，城镇…": a view right after the parts of
        // another, still open, splits the same total again; it is no breakdown of its last part,
        // even its only one ("从贸易伙伴看，对东盟…。从经营主体看，民营企业…").
        let open = self.groups.last().filter(|g| view && g.view && g.parts.contains(&total));
        if let Some(g) = open {
            total = g.total;
            self.close_last();
        }
        if let Some(split) = &self.last_split {
            let rate = matches!(self.ex.facts[total].kind, FactKind::Rate { .. });
            let member = rate && split.members.contains(&total) && !self.groups.iter().any(|g| g.total == split.total);
            // A lone part narrows its total only when it is the total under a narrower count
            // (全社会固定资产投资, 其中固定资产投资). A sub-region ("地区生产总值…，其中县域地区生产总值…"),
            // a sub-group ("常住人口…，其中城镇人口…", "…，其中限额以上单位消费品零售额…") or a
            // sub-period ("…，其中12月份零售额…") is not the whole the breakdown after it splits.
            let facts = &self.ex.facts;
            let (part, whole) = (&facts[total], &facts[split.total]);
            let narrower =
                part.ctx.scope == whole.ctx.scope && part.ctx.part == whole.ctx.part && has(&whole.name, &part.name);
            let lone = split.parts == [total] && !narrower;
            if member || split.parts.len() > 1 && split.parts.contains(&total) || lone {
                total = split.total;
            }
        }
        if self.groups.last().is_some_and(|g| g.total == total) {
            return;
        }
        self.push_group(total, exhaustive, among);
        if let Some(g) = self.groups.last_mut() {
            g.view = view;
        }
        if view {
            self.view_sentence = Some(self.sentence);
        }
    }

    /// The last level stated under `name` (by key, "全县常住人口" for 常住人口) among the last
    /// [`GROUP_REACH`] facts: the total a part named within it ("常住人口中，男性人口…") is of.
    pub(super) fn stated_level(&self, name: &str) -> Option<usize> {
        // "临江区常住人口…。全市常住人口中，男性…": the level of the place the name is of.
        let (scope, name) = self.scope_of(name);
        let key = crate::names::key(&name);
        let from = self.ex.facts.len().saturating_sub(GROUP_REACH);
        for i in (from..self.ex.facts.len()).rev() {
            let f = &self.ex.facts[i];
            if matches!(f.kind, FactKind::Level { .. }) && crate::names::key(&f.name) == key && f.ctx.scope == scope {
                return Some(i);
            }
        }
        None
    }

    /// The level just before `total`, within a few facts and one sentence, in a unit the part
    /// `part` can be a part of, when `total`'s unit is not: `None` when there is no such level
    /// or `total` fits.
    fn total_in_the_parts_unit(&self, total: usize, part: usize) -> Option<usize> {
        let FactKind::Level { unit: pu, year: py, .. } = &self.ex.facts[part].kind else { return None };
        let fits = |j: usize| {
            let f = &self.ex.facts[j];
            matches!(&f.kind, FactKind::Level { unit, year, .. } if unit.compatible(pu) && year == py)
        };
        if fits(total) {
            return None;
        }
        let sentence = self.ex.facts[total].ctx.sentence;
        let mut found = None;
        for j in (total.saturating_sub(4)..total).rev() {
            if self.ex.facts[j].ctx.sentence + 1 < sentence {
                break;
            }
            if fits(j) && !AVERAGES.any_in(&self.ex.facts[j].name) {
                found = Some(j);
                break;
            }
        }
        let found = found?;
        // "…24个…。新增25个项目，其中…8个": a figure left unread between may be the total.
        let (from, to) = (self.ex.facts[found].span.end, self.ex.facts[part].span.start);
        let first = token::first_from(&self.toks, from);
        for k in first..self.toks.len() {
            let t = &self.toks[k];
            if t.span.start >= to {
                break;
            }
            if matches!(&t.tok, Tok::Num(n) if counts_as_figure(n)) && !matches!(self.fate[k], Fate::Read) {
                return None;
            }
        }
        Some(found)
    }

    /// "年末常住人口412.6万人。全年死亡人口3.45万人。从性别构成看，男性人口208.4万人…": the
    /// total of a breakdown, taken from an earlier sentence, that its first part exceeds by far is
    /// a guess gone wrong; the whole is the latest level before it, in the last
    /// [`SUM_REACH_SENTENCES`] sentences, of the part's unit, period and place, that holds the part.
    fn larger_total(&self, total: usize, part: usize) -> Option<usize> {
        let facts = &self.ex.facts;
        let (t, p) = (&facts[total], &facts[part]);
        let FactKind::Level { unit, year, .. } = &p.kind else { return None };
        let part_value = level_in(p, unit)?;
        let far = level_in(t, unit).is_some_and(|v| part_value > v * (1.0 + FAR_EXCESS));
        if t.ctx.sentence >= p.ctx.sentence || !far {
            return None;
        }
        let from = total.saturating_sub(GROUP_REACH);
        (from..total).rev().take_while(|&j| facts[j].ctx.sentence + SUM_REACH_SENTENCES >= p.ctx.sentence).find(|&j| {
            let f = &facts[j];
            matches!(&f.kind, FactKind::Level { year: y, .. } if y == year)
                && f.ctx.scope == p.ctx.scope
                && f.ctx.part == p.ctx.part
                && level_in(f, unit).is_some_and(|v| v >= part_value)
        })
    }

    /// Closes the groups a table opened, leaving those of the prose before it.
    pub(super) fn close_table_groups(&mut self, before: usize) {
        while self.groups.len() > before {
            self.close_last();
        }
    }

    /// A level read while a group is open becomes one of its parts.
    pub(super) fn add_part(&mut self, i: usize) {
        let Some(g) = self.groups.last() else { return };
        if i >= self.ex.facts.len() {
            return;
        }
        if g.total == i {
            return;
        }
        // A total stated only by its growth names its parts' parent; there is no sum to check.
        if !matches!(self.ex.facts[g.total].kind, FactKind::Level { .. }) {
            return;
        }
        // "接待游客500万人次，旅游总收入50亿元。其中国内游客480万人次…": the first part in a
        // unit its total cannot have belongs to the level stated just before that total in
        // its unit, in the same or the sentence before.
        if g.parts.is_empty() {
            let guessed = g.view.then(|| self.larger_total(g.total, i)).flatten();
            let t = self.total_in_the_parts_unit(g.total, i).or(guessed);
            if let Some(t) = t {
                if let Some(g) = self.groups.last_mut() {
                    g.total = t;
                }
            }
        }
        let Some(g) = self.groups.last() else { return };
        let (FactKind::Level { unit: pu, year: py, .. }, FactKind::Level { unit: tu, year: ty, .. }) =
            (&self.ex.facts[i].kind, &self.ex.facts[g.total].kind)
        else {
            return;
        };
        if !pu.compatible(tu) || py != ty || pu.kind != UnitKind::Amount {
            return;
        }
        // "一季度税收收入80亿元，其中增值税32亿元；上半年税收收入170亿元，其中…": a figure of a
        // period that ends after its total's is none of its parts; it closes the list.
        let (whole, part) = (self.ex.facts[g.total].ctx.part, self.ex.facts[i].ctx.part);
        // So is one of other days than a total of some days ("10月4日至7日接待30万人次。其中，
        // 前三天…").
        let beyond = whole != part
            && match (whole.last_month(), part.last_month()) {
                (Some(w), Some(p)) => p > w,
                (Some(_), None) => part == Part::Year,
                (None, _) => matches!(whole, Part::Dates(..)) && part != Part::Day,
            };
        if beyond {
            self.close_last();
            return;
        }
        // "累计接待游客100万人次。其中，前三天共接待70万人次，日均23.3万人次；…": an average
        // among the parts is no part of a sum.
        if AVERAGES.any_in(&self.ex.facts[i].name) && !AVERAGES.any_in(&self.ex.facts[g.total].name) {
            return;
        }
        // "其中，出口…，进口…，贸易顺差…": a balance of two parts is none of them; a trade
        // balance is their difference, the larger the smaller plus the balance.
        let name = &self.ex.facts[i].name;
        let trade = crate::names::TRADE_BALANCES.any_in(name);
        if trade || words!["差额", "净流入", "净流出", "净出口", "净增"].any_in(name) {
            if trade {
                self.balance(i, has(name, "顺差"));
            }
            return;
        }
        let part_name = self.ex.facts[i].name.clone();
        // "利润总额48.6亿元。其中，…，电力…亏损2.4亿元": a loss is taken from the total, not
        // added to it; the list is not summed.
        // "水资源总量…其中，地表水…，地下水…，不重复量…": amounts that overlap, netted by a
        // correction, are not summed either.
        if has(&part_name, "亏损") && !has(&self.ex.facts[g.total].name, "亏损") || has(&part_name, "重复") {
            if let Some(g) = self.groups.last_mut() {
                g.parts.clear();
            }
            self.close_last();
            return;
        }
        // "其中出口563.28亿元，出口中机电产品312.6亿元、…": a part named within another part of
        // the list is that part's, no sibling of it; it opens that part's own list.
        // Not 中央 ("上划中央收入"), a word of its own.
        let within = crate::text::find_char(&part_name, '中')
            .filter(|&at| !sub_from(&part_name, at).starts_with("中央"))
            .map(|at| sub(&part_name, 0, at))
            .filter(|w| !w.is_empty());
        let whole = within.and_then(|w| g.parts.iter().rev().find(|&&p| self.ex.facts[p].name.starts_with(w)).copied());
        if let Some(whole) = whole {
            self.push_group(whole, false, true);
            if let Some(g) = self.groups.last_mut() {
                g.parts.push(i);
            }
            return;
        }
        // "存款余额150亿元，其中住户存款100亿元；金融机构贷款余额80亿元": a name that opens and
        // ends as the total's does, with another word between, is the total's sibling, not its
        // part (农林牧渔服务业 under 农林牧渔总产值 is a part: it ends otherwise). It ends the group.
        let total_name = &self.ex.facts[g.total].name;
        let opening = total_name.chars().zip(part_name.chars()).take_while(|(a, b)| a == b).count();
        let ending = total_name.chars().rev().zip(part_name.chars().rev()).take_while(|(a, b)| a == b).count();
        // "政府性基金收入…；政府性基金支出…": the same frame with the opposite head noun is the
        // sibling too.
        let opposite = lexicon::OPPOSITE_HEADS.iter().any(|(a, b)| total_name.ends_with(a) && part_name.ends_with(b));
        let other_kind =
            lexicon::NOT_PARTS.iter().any(|(t, not)| total_name.starts_with(t) && not.any_starts(&part_name))
                || lexicon::OPPOSED_MEASURES.iter().any(|(a, b)| {
                    has(total_name, a) && !has(total_name, b) && has(&part_name, b) && !has(&part_name, a)
                });
        // "农林牧渔服务业产值" after 农业, 林业…: a member of the parts' partition is a part,
        // though it opens as the total does.
        // Only the last parts are looked at: a partition has at most five members, and a list
        // of thousands stays linear.
        let partitioned = lexicon::PARTITIONS.iter().any(|set| set.any_in(&part_name));
        let recent = &g.parts[g.parts.len().saturating_sub(PARTITION_REACH)..];
        // One that pairs with the total itself ("出口总值…，其中…；进口总值…") is the total's sibling.
        let member = partitioned
            && !same_partition(&self.ex.facts[g.total].name, &part_name)
            && recent.iter().any(|&p| same_partition(&self.ex.facts[p].name, &part_name));
        // "第二产业…，其中工业…；第三产业…": two parts of one decomposition.
        let siblings = sibling_parts(total_name, &part_name);
        if (opening >= SIBLING_PREFIX_CHARS && ending >= 2 || opening >= 2 && opposite || other_kind || siblings)
            && part_name != *total_name
            && !member
        {
            let nested = siblings && self.groups.len() > 1;
            self.close_last();
            // "分三次产业看，…第二产业…，其中工业…；第三产业…": the sibling of a nested list's
            // total is a part of the list around it.
            if nested {
                self.add_part(i);
            }
            return;
        }
        // "收入…，其中税收收入…；社会消费品零售总额…；城乡居民人均可支配收入…": a headline
        // statistic of its own, or a figure per head, is no part of another total; it ends the list.
        let headline = lexicon::HEADLINE_STATISTICS.iter().any(|w| has(&part_name, w) && !has(total_name, w));
        if headline || has(&part_name, "人均") && !has(total_name, "人均") {
            self.close_last();
            return;
        }
        // "常住人口…，其中城镇人口…，乡村人口…；户籍人口…": after parts that make up all of a
        // partition, a name of none of its members is another statistic; it ends the list.
        let complete = || {
            lexicon::PARTITIONS
                .iter()
                .any(|set| set.iter().all(|w| recent.iter().any(|&p| has(&self.ex.facts[p].name, w))))
        };
        if !partitioned && complete() {
            self.close_last();
            return;
        }
        // "原煤产量…；其中，县属企业…；精煤产量…": parts of one list are named alike. After a
        // part named without the total's measure, a name ending in that measure is another
        // statistic beside the total, and ends the list.
        // The longest head noun it ends with (the last of equal length).
        let mut measure: Option<&str> = None;
        for h in lexicon::HEAD_NOUNS.iter() {
            if total_name.ends_with(h) && measure.is_none_or(|m| h.len() >= m.len()) {
                measure = Some(h);
            }
        }
        let first_bare = |m: &str| g.parts.first().is_some_and(|&p| !self.ex.facts[p].name.ends_with(m));
        // A member of the first part's partition is a part however it is named ("其中，过夜旅游者…，
        // 一日游游客…").
        if measure.is_some_and(|m| first_bare(m) && part_name.ends_with(m)) && part_name != *total_name && !member {
            self.close_last();
            return;
        }
        // A sibling of an enclosing breakdown's parts ends a nested 其中, and so does a sibling of
        // the nested list's own total ("其中出口…，出口中机电产品…，其中高新技术产品…；进口…"):
        // as many levels as it climbs.
        while let [.., outer, top] = self.groups.as_slice() {
            let facts = &self.ex.facts;
            // "城乡居民生活用电量…，其中城镇居民生活用电量…": a part that names the nested list's
            // own member word is that list's.
            let total = &facts[top.total].name;
            let own = lexicon::PARTITIONS.iter().any(|set| set.iter().any(|w| has(total, w) && has(&part_name, w)));
            let of_outer = top.among && !own && outer.parts.iter().any(|&p| same_partition(&facts[p].name, &part_name));
            let of_top = outer.parts.contains(&top.total) && same_partition(&facts[top.total].name, &part_name);
            if !(of_outer || of_top) {
                break;
            }
            self.close_last();
        }
        // "其中，城镇…，乡村…；男性…，女性…": a member of another partition after the parts
        // complete one starts a second breakdown of the same total, summed apart.
        // So does any part after them that is none of theirs ("其中，城镇…，乡村…；商品零售…，
        // 餐饮收入…").
        // So does a part of the total's own period after parts of its time, and back ("其中四季度
        // 社会消费品零售总额…；城镇…，乡村…").
        if let Some(g) = self.groups.last().filter(|_| !member) {
            let facts = &self.ex.facts;
            let recent = &g.parts[g.parts.len().saturating_sub(PARTITION_REACH)..];
            let stated = |w: &str| recent.iter().any(|&p| has(&facts[p].name, w));
            let timed = |p: usize| facts[p].ctx.part != facts[g.total].ctx.part;
            let turns = g.parts.last().is_some_and(|&p| timed(p) != timed(i));
            if turns || lexicon::PARTITIONS.iter().any(|set| set.iter().all(stated)) {
                let (total, exhaustive, among) = (g.total, g.exhaustive, g.among);
                self.close_last();
                self.push_group(total, exhaustive, among);
            }
        }
        let Some(g) = self.groups.last_mut() else { return };
        g.parts.push(i);
        // "区本级地区生产总值…，其中，一、二、三产业增加值分别为…": parts that name no scope are
        // of their total's level of government or aggregate (a place's name is read too loosely
        // to pass on).
        let scope = &self.ex.facts[g.total].ctx.scope;
        if self.ex.facts[i].ctx.scope.is_empty() && (scope.ends_with("本级") || scope == "县域") {
            self.ex.facts[i].ctx.scope = scope.clone();
        }
        // "其中民生支出298.0亿元…；教育支出72.4亿元，卫生健康支出38.3亿元": a part that gathers
        // classes of the total (民生) heads the parts after it, a list of its own.
        let among = self.groups.last().is_some_and(|g| g.among);
        let gathers = lexicon::GATHERING_PARTS.any_in(&self.ex.facts[i].name);
        if among && gathers && matches!(self.ex.facts[i].kind, FactKind::Level { .. }) {
            self.push_group(i, false, true);
            // Its list goes on past the ； that ends it in the text, as the classes do.
            let next = self.semis + 1;
            if let Some(g) = self.groups.last_mut() {
                g.semis = next;
            }
        }
    }

    /// "分行业看": a view of some of many members, parts of the last total that need not add
    /// up to it.
    pub(super) fn open_view_of_some(&mut self) {
        let open = self.groups.len();
        self.open_group_of(false, false, None, true);
        if self.groups.len() > open {
            if let Some(g) = self.groups.last_mut() {
                g.some = true;
            }
        }
    }

    /// Opens a group under `total`; its members are the facts written from now on.
    pub(super) fn push_group(&mut self, total: usize, exhaustive: bool, among: bool) {
        self.groups.push(OpenGroup {
            total,
            parts: Vec::new(),
            exhaustive,
            among,
            view: false,
            some: false,
            semis: self.semis,
            start: self.ex.facts.len(),
        });
    }

    /// "出口1398.7亿元…；进口757.6亿元…；贸易顺差641.1亿元": exports are imports plus the
    /// surplus (imports are exports plus a deficit), written as a sum of the open list's parts.
    pub(super) fn balance(&mut self, i: usize, surplus: bool) {
        let Some(g) = self.groups.last() else { return };
        // The parts just listed: a list of thousands with a balance after each stays linear.
        let of = |w: &str| g.parts.iter().rev().take(BALANCE_REACH).copied().find(|&p| has(&self.ex.facts[p].name, w));
        let (Some(exports), Some(imports)) = (of("出口"), of("进口")) else { return };
        let (larger, smaller) = if surplus { (exports, imports) } else { (imports, exports) };
        let facts = &self.ex.facts;
        let (Some(total), Some(other), Some(balance)) =
            (Component::of_level(&facts[larger]), Component::of_level(&facts[smaller]), Component::of_level(&facts[i]))
        else {
            return;
        };
        let FactKind::Level { year, .. } = facts[larger].kind else { return };
        let ctx = facts[larger].ctx.clone();
        self.ex.groups.push(Group { total, parts: vec![other, balance], exhaustive: true, year, ctx });
    }

    pub(super) fn close_last(&mut self) {
        if let Some(g) = self.groups.pop() {
            self.write_group(g);
        }
    }

    /// Closes the open groups: those opened by 其中 at a sentence's end, all at a paragraph's.
    pub(super) fn close_groups(&mut self, sentence_end: bool) {
        while let Some(g) = self.groups.last() {
            if sentence_end && !g.among {
                break;
            }
            self.close_last();
        }
    }

    fn write_group(&mut self, mut g: OpenGroup) {
        if let Some(total) = self.total_of_the_parts_measure(&g) {
            g.total = total;
        }
        // A view of some of many members (分行业看) says nothing of which level its parts make.
        if let Some(total) = (g.view && !g.some).then(|| self.total_the_parts_make(&g)).flatten() {
            g.total = total;
        }
        self.last_split = Some(Split { total: g.total, parts: g.parts.clone(), members: g.start..self.ex.facts.len() });
        // "5000万元及以上项目1677个，亿元及以上项目1198个": nested bands, not a partition.
        let bands = g.parts.iter().filter(|&&p| lexicon::BANDS.any_in(&self.ex.facts[p].name)).count();
        if bands >= 2 {
            return;
        }
        if g.parts.len() < 2 && !(g.parts.len() == 1 && g.exhaustive) {
            if g.parts.len() == 1 {
                // One part under 其中 must not exceed its total: still worth checking.
            } else {
                return;
            }
        }
        let Some(total) = Component::of_level(&self.ex.facts[g.total]) else { return };
        let year = match self.ex.facts[g.total].kind {
            FactKind::Level { year, .. } => year,
            _ => return,
        };
        // "1-6月份…120.00亿千瓦时；6月当月…21.00亿千瓦时。其中，工业用电量100.00亿千瓦时": a part
        // of a period beyond its total's is none of its parts; one within it ("前三季度…，其中
        // 三季度…") is a part of it in time.
        let period = self.ex.facts[g.total].ctx.part;
        if g.parts.iter().any(|&p| self.ex.facts[p].ctx.part.beyond(period)) {
            return;
        }
        // "其中，制造业投资…；制造业技术改造投资…": a part that is some of another part listed is
        // that part's, not a sibling: it is checked under that part.
        let listed: Vec<&str> = g.parts.iter().map(|&p| self.ex.facts[p].name.as_str()).collect();
        let mut nested: Vec<(usize, usize)> = Vec::new();
        let mut is_nested = vec![false; listed.len()];
        // The part it is some of is listed shortly before it: a list of thousands stays linear.
        for (i, inner) in listed.iter().enumerate() {
            let from = i.saturating_sub(NEST_REACH);
            if let Some(j) = listed[from..i].iter().position(|outer| nests(outer, inner)) {
                nested.push((i, from + j));
                is_nested[i] = true;
            }
        }
        let mut names: Vec<&str> = Vec::with_capacity(g.parts.len());
        let mut parts: Vec<Component> = Vec::with_capacity(g.parts.len());
        for (i, &p) in g.parts.iter().enumerate() {
            let f = &self.ex.facts[p];
            // "另有…开发区完成12.00亿元（已计入所在县区）": what is stated besides is no part.
            if is_nested[i] || f.name.starts_with("另有") {
                continue;
            }
            names.push(&f.name);
            if let Some(part) = Component::of_level(f) {
                parts.push(part);
            }
        }
        let mut under: Vec<Group> = Vec::new();
        for &(i, j) in &nested {
            let (inner, outer) = (&self.ex.facts[g.parts[i]], &self.ex.facts[g.parts[j]]);
            let (Some(part), Some(whole), FactKind::Level { year, .. }) =
                (Component::of_level(inner), Component::of_level(outer), &outer.kind)
            else {
                continue;
            };
            under.push(Group {
                total: whole,
                parts: vec![part],
                exhaustive: false,
                year: *year,
                ctx: outer.ctx.clone(),
            });
        }
        self.ex.groups.append(&mut under);
        let rest = names.iter().any(|n| words!["其余", "其他", "剩余"].any_starts(n));
        // A breakdown that lists one part ("按级次分：上划中省收入…。") left the others out: that
        // part is only bounded by its total.
        // "全社会用电量…。分产业看，第一产业…，第二产业…，第三产业…": a use that households share
        // is not all the sectors' ([`lexicon::HOUSEHOLDS_USE`]).
        let total_name = &self.ex.facts[g.total].name;
        let sectors_only = lexicon::HOUSEHOLDS_USE.any_in(total_name) && !names.iter().any(|n| has(n, "居民"));
        // "分产业看，第二产业税收…；第三产业税收…": members of a partition that leave some of it
        // out are some of the total, however the breakdown is worded.
        let completed = partition_completed(&names, total_name);
        let complete = completed.is_some();
        let partial =
            !complete && lexicon::PARTITIONS.iter().any(|set| names.iter().all(|n| set.iter().any(|w| has(n, w))));
        let exhaustive = g.exhaustive && names.len() > 1 && !sectors_only && !partial || rest || complete;
        let ctx = self.ex.facts[g.total].ctx.clone();
        // "其中，城镇人口…；60岁及以上人口…；0—14岁人口…": parts of different classifications
        // overlap; each classification's parts are some of the total on their own.
        // The dimension a part is of ([`lexicon::CROSS_DIMENSIONS`]: residence, sex, age).
        let class = |n: &str| {
            let mut mask = 0u64;
            for (i, dim) in lexicon::CROSS_DIMENSIONS.iter().enumerate() {
                if dim.any_in(n) {
                    mask |= 1 << i;
                }
            }
            mask
        };
        let classes: Vec<u64> = names.iter().map(|n| class(n)).collect();
        // Mixed when no classification holds them all (a loop, not pairs: a list of thousands
        // stays linear).
        let (mut shared, mut classified) = (u64::MAX, 0);
        for &c in classes.iter().filter(|&&c| c != 0) {
            shared &= c;
            classified += 1;
        }
        let mixed = classified > 1 && shared == 0;
        if mixed && names.len() == parts.len() && !complete {
            let mut buckets: Vec<(u64, Vec<Component>)> = Vec::new();
            for (&c, part) in classes.iter().zip(parts) {
                match buckets.iter_mut().find(|(k, _)| if c == 0 { *k == 0 } else { *k & c != 0 }) {
                    Some((k, b)) => {
                        *k &= c;
                        b.push(part);
                    }
                    None => buckets.push((c, vec![part])),
                }
            }
            for (_, parts) in buckets {
                self.ex.groups.push(Group { total: total.clone(), parts, exhaustive: false, year, ctx: ctx.clone() });
            }
            return;
        }
        // "其中出口380.0亿元，进口220.0亿元；一般贸易进出口400.0亿元…": a partition stated beside
        // parts of another breakdown, and those parts, are each some of the total (that the
        // partition is whole is in doubt where the list mixes breakdowns).
        let outside = |n: &&str| {
            completed.is_some_and(|set| !set.iter().any(|w| has(n, w)) || crate::names::CROSS_CUTTING.any_in(n))
        };
        if names.len() == parts.len() && names.iter().any(&outside) {
            let (mut members, mut others) = (Vec::new(), Vec::new());
            for (n, part) in names.iter().zip(parts) {
                if outside(n) {
                    others.push(part);
                } else {
                    members.push(part);
                }
            }
            self.ex.groups.push(Group {
                total: total.clone(),
                parts: members,
                exhaustive: false,
                year,
                ctx: ctx.clone(),
            });
            self.ex.groups.push(Group { total, parts: others, exhaustive: false, year, ctx });
            return;
        }
        self.ex.groups.push(Group { total, parts, exhaustive, year, ctx });
    }

    /// "年末常住人口412.6万人。年末城镇常住人口258.3万人。⏎从性别构成看，男性人口211.5万人，女性
    /// 人口201.1万人": a breakdown's total taken from an earlier sentence that its parts do not
    /// add up to, when they add up, within their rounding, to exactly one other level of their
    /// unit and period (or of the total's statistic at another period) and of the total's place
    /// in the last [`SUM_REACH_SENTENCES`] sentences, is that level. The parts' sum decides only
    /// between levels the text states: one that meets none, far from the total as read, takes
    /// the level it comes nearest within [`FAR_EXCESS`]; else the total stays as read.
    fn total_the_parts_make(&self, g: &OpenGroup) -> Option<usize> {
        let facts = &self.ex.facts;
        let t = &facts[g.total];
        let first = facts.get(*g.parts.first()?)?;
        if g.parts.len() < 2 || t.ctx.sentence >= first.ctx.sentence {
            return None;
        }
        let FactKind::Level { unit: tu, .. } = &t.kind else { return None };
        // The parts' period: "累计35.26亿元…。分经营地看，5月份，城镇…" splits the month's total.
        let (FactKind::Level { year, .. }, part) = (&first.kind, first.ctx.part) else { return None };
        let mut sum = crate::interval::Interval::point(0.0);
        for &p in &g.parts {
            match &facts[p].kind {
                FactKind::Level { figure, unit, .. } if unit.compatible(tu) => {
                    sum = sum.add(&figure.allowed_shifted(unit.shift_to(tu)));
                }
                _ => return None,
            }
        }
        // "1—7月，…社会消费品零售总额3219.6亿元…。7月当月，社会消费品零售总额522.3亿元…。
        // 城镇消费品零售额2491.1亿元…；乡村…728.5亿元": the same statistic at another period
        // of the year, which the parts add up to exactly, is the one they split.
        let meets = |j: usize| match &facts[j].kind {
            FactKind::Level { figure, unit, year: y, .. } => {
                y == year
                    && unit.compatible(tu)
                    && facts[j].ctx.scope == t.ctx.scope
                    && (facts[j].ctx.part == part || facts[j].name == t.name && facts[j].ctx.part != t.ctx.part)
                    && figure.allowed_shifted(unit.shift_to(tu)).meets(&sum)
            }
            _ => false,
        };
        if meets(g.total) {
            return None;
        }
        let from = g.total.saturating_sub(GROUP_REACH);
        let near = |j: usize| facts[j].ctx.sentence + SUM_REACH_SENTENCES >= first.ctx.sentence;
        let candidates = || (from..g.total).rev().take_while(|&j| near(j));
        let mut found = None;
        for j in candidates().filter(|&j| meets(j)) {
            if found.is_some() {
                return None;
            }
            found = Some(j);
        }
        if found.is_some() {
            return found;
        }
        // A sum far from the total as read, but near another level, is that level's with a
        // part gone wrong: the error is told against the whole the parts come near.
        let value = |j: usize| {
            let f = &facts[j];
            let same = matches!(f.kind, FactKind::Level { year: y, .. } if y == *year)
                && f.ctx.scope == t.ctx.scope
                && f.ctx.part == part;
            level_in(f, tu).filter(|_| same)
        };
        let off = |v: f64| (sum.mid() - v).abs() / v.abs().max(f64::MIN_POSITIVE);
        if value(g.total).is_none_or(|v| off(v) <= FAR_EXCESS) {
            return None;
        }
        let mut nearest: Option<(usize, f64)> = None;
        // A level of another measure (一般公共预算收入 for parts of 增加值) is no total they come near.
        for j in candidates().filter(|&j| super::same_measure(&facts[j].name, &t.name)) {
            if let Some(d) = value(j).map(off).filter(|&d| d <= FAR_EXCESS) {
                if nearest.is_none_or(|(_, best)| d < best) {
                    nearest = Some((j, d));
                }
            }
        }
        nearest.map(|(j, _)| j)
    }

    /// "总产值50亿元，…，增加值30亿元。其中，农业产值20亿元…": parts that all name one measure
    /// (产值) are of the level of that measure stated with the total, not of the level stated
    /// last. None when the total already names the parts' measure, or no such level was stated.
    fn total_of_the_parts_measure(&self, g: &OpenGroup) -> Option<usize> {
        let facts = &self.ex.facts;
        let head = |name: &str| lexicon::HEAD_NOUNS.first_ending(name);
        let first = facts.get(*g.parts.first()?)?;
        let measure = head(&first.name)?;
        if !g.parts.iter().all(|&p| facts.get(p).is_some_and(|f| head(&f.name) == Some(measure))) {
            return None;
        }
        let total = facts.get(g.total)?;
        if head(&total.name) == Some(measure) {
            return None;
        }
        let FactKind::Level { year, unit, .. } = &total.kind else { return None };
        for i in (0..g.total).rev() {
            let f = &facts[i];
            if f.ctx.sentence != total.ctx.sentence {
                break;
            }
            // Of the total's own period: "一季度…，其中增值税32亿元；上半年…，其中增值税70亿元"
            // does not set the half-year's parts under the quarter's.
            if head(&f.name) == Some(measure)
                && f.ctx.part == total.ctx.part
                && matches!(&f.kind, FactKind::Level { year: y, unit: u, .. } if y == year && u.kind == unit.kind)
            {
                return Some(i);
            }
        }
        None
    }
}
