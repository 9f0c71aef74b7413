//! Relations a sentence states between its own figures, read as statements the checks can
//! test: shares of a partition as a structure, pulls (拉动) against contributions (贡献率) and the
//! whole's growth, a gap (快于…个百分点) to another growth, the breadth of growth (增长面), and a
//! budget's account (加上…收入总计).
//!
//! | prose                                                           | read as                                   |
//! |-----------------------------------------------------------------|-------------------------------------------|
//! | `三次产业贡献率分别为2.3%、64.5%和33.2%`                           | a structure: the three add up to 100       |
//! | `男性…女性…分别占总人口的51.3%和48.7%`                              | a structure of 总人口                       |
//! | `第一产业拉动GDP增长0.2个百分点；第二产业…2.6…；第三产业…0.8…`       | pulls summed against GDP's growth           |
//! | `工业增长9.1%，快于GDP增速2.3个百分点`                              | 工业's growth = GDP's growth + 2.3 points   |
//! | `35个行业中，28个实现增长，增长面80.0%`                              | 28 / 35 = 80.0%                            |
//! | `…收入完成12.00亿元。加上…30.00亿元…后，收入总计42.00亿元`           | the total is the base plus the items       |

use super::*;

/// A part's contribution rate to its whole's growth, the growth, its year, and the contexts of
/// the contribution and of the growth ([`Reader::contribution_of`]).
struct Contribution {
    share: Figure,
    growth: Figure,
    year: i32,
    ctx: Context,
    growth_ctx: Context,
}

impl<'t> Reader<'t> {
    /// Three shares of the three sectors in one list ("贡献率分别为2.3%、64.5%和33.2%", "第一、
    /// 二、三产业增加值所占比重分别为…") are also a structure: they must add up to 100.
    pub(super) fn sector_structure(&mut self, from: usize, s: &Sentence) {
        let facts = &self.ex.facts[from..];
        if facts.len() != 3 {
            return;
        }
        let mut parts = Vec::new();
        let mut year = None;
        for (f, sector) in facts.iter().zip(["第一", "第二", "第三"]) {
            let FactKind::Level { year: y, figure, unit } = &f.kind else { return };
            let measure = words!["贡献率", "比重", "结构", "构成", "占比"].any_in(&f.name);
            if unit.kind != UnitKind::Percent
                || !f.name.starts_with(sector)
                || !measure
                || year.is_some_and(|x| x != *y)
            {
                return;
            }
            year = Some(*y);
            parts.push(*figure);
        }
        let (Some(year), Some(first)) = (year, facts.first()) else { return };
        let name = cat(&["三次产业", first.name.strip_prefix("第一产业").unwrap_or(&first.name)]);
        let subject = Subject::in_context(name, &first.ctx);
        let span = Span::new(facts[0].span.start, facts[2].span.end);
        let ctx = first.ctx.clone();
        self.push(&subject, FactKind::Structure { year, parts }, span, s, Some(ctx));
    }

    /// Shares of one whole whose parts exhaust it ("男性…女性…分别占总人口的51.3%和48.7%")
    /// must add up to 100: they are also a structure.
    pub(super) fn share_structure(&mut self, from: usize, s: &Sentence) {
        let facts = &self.ex.facts[from..];
        if facts.len() < 2 {
            return;
        }
        let mut parts = Vec::new();
        let mut names = Vec::new();
        let mut whole = None;
        let mut year = None;
        for f in facts {
            let FactKind::Level { year: y, figure, unit } = &f.kind else { return };
            let Some((part, w)) = split_share(&f.name) else { return };
            if unit.kind != UnitKind::Percent || whole.is_some_and(|x| x != w) || year.is_some_and(|x| x != *y) {
                return;
            }
            whole = Some(w);
            year = Some(*y);
            names.push(part);
            parts.push(*figure);
        }
        if !completes_partition(&names, whole.unwrap_or("")) {
            return;
        }
        let (Some(year), Some(whole), Some(first)) = (year, whole, facts.first()) else { return };
        let name = cat(&[whole, "构成"]);
        let subject = Subject::in_context(name, &first.ctx);
        let span = Span::new(facts[0].span.start, facts[facts.len() - 1].span.end);
        let ctx = first.ctx.clone();
        self.push(&subject, FactKind::Structure { year, parts }, span, s, Some(ctx));
    }

    /// Shares stated clause by clause in one sentence whose parts exhaust a whole ("采矿业增加值
    /// 占比60.0%，制造业…35.0%，电力…4.9%"; "轻工业占比30.0%，重工业占比70.0%") must add up
    /// to 100: they are a structure. The whole may go unnamed; the other figures of the
    /// sentence are passed over, as are shares of a whole other than the first one named.
    /// Members' contributions to their whole's growth ("第一产业对经济增长的贡献率为6.6%；第二
    /// 产业…") make such a structure too. A sentence whose clauses already gave a structure
    /// gives none.
    pub(super) fn sentence_shares(&mut self, from: usize, s: &Sentence) {
        let facts = &self.ex.facts[from..];
        if facts.iter().any(|f| matches!(f.kind, FactKind::Structure { .. })) {
            return;
        }
        let (mut parts, mut names, mut spans) = (Vec::new(), Vec::new(), Vec::new());
        let (mut whole, mut year, mut first) = (None, None, None);
        for (i, f) in facts.iter().enumerate() {
            let FactKind::Level { year: y, figure, unit } = &f.kind else { continue };
            if unit.kind != UnitKind::Percent {
                continue;
            }
            let Some((part, w)) = split_share(&f.name)
                .or_else(|| crate::names::SHARE_SUFFIXES.strip_any_suffix(&f.name).map(|p| (p, "")))
                // "第一产业对经济增长的贡献率为6.6%；第二产业…": the members' contributions to
                // their whole's growth add up to 100 as well.
                .or_else(|| f.name.strip_suffix("贡献率").map(|p| (p, "贡献率")))
            else {
                continue;
            };
            // The first whole named is the structure's; shares of another are passed over.
            if whole.is_some_and(|x| x != w) {
                continue;
            }
            if year.is_some_and(|x| x != *y) {
                return;
            }
            whole = Some(w);
            year = Some(*y);
            first.get_or_insert(from + i);
            names.push(part);
            parts.push(*figure);
            spans.push(f.span);
        }
        // Only the partition's members, one each, in text order: "特别是煤炭开采和洗选业占比…"
        // is a part of a part.
        let Some(set) = lexicon::PARTITIONS.iter().find(|set| set.iter().all(|w| names.iter().any(|n| has(n, w))))
        else {
            return;
        };
        let member = |n: &str| set.iter().filter(|w| has(n, w)).count() == 1;
        if set.iter().any(|w| names.iter().filter(|n| has(n, w)).count() != 1) {
            return;
        }
        let (mut kept, mut kept_spans) = (Vec::new(), Vec::new());
        for (i, n) in names.iter().enumerate() {
            if member(n) {
                kept.push(parts[i]);
                kept_spans.push(spans[i]);
            }
        }
        let (parts, spans) = (kept, kept_spans);
        let (Some(year), Some(whole), Some(first)) = (year, whole, first) else { return };
        let first = &self.ex.facts[first];
        // An unnamed whole is the total of the breakdown in force, if any.
        let whole = match self.groups.last() {
            Some(g) if whole.is_empty() => self.ex.facts[g.total].name.as_str(),
            _ => whole,
        };
        let name = if whole.is_empty() { "比重构成".to_string() } else { cat(&[whole, "构成"]) };
        let subject = Subject::in_context(name, &first.ctx);
        let span = Span::new(spans[0].start, spans[spans.len() - 1].end);
        let ctx = first.ctx.clone();
        self.push(&subject, FactKind::Structure { year, parts }, span, s, Some(ctx));
    }

    /// The name of a share of `name` stated in the last few facts, when `name` itself is stated
    /// in none of them as a per cent: "第二产业" → "第二产业比重", "地区生产总值" → "地区生产总值占全省比重".
    pub(super) fn share_stated_of(&self, name: &str) -> Option<String> {
        let key = crate::names::key(name);
        for f in self.recent(GAP_REACH).iter().rev() {
            let FactKind::Level { unit, .. } = &f.kind else { continue };
            if unit.kind != UnitKind::Percent {
                continue;
            }
            if crate::names::key(&f.name) == key {
                return None;
            }
            if crate::names::share_of(&f.name).is_some_and(|(part, _)| part == key) {
                return Some(f.name.clone());
            }
        }
        None
    }

    /// The last growth over the year before of `key` in the last few facts, with its year and
    /// figure; `own_place`: of the text's own place only.
    fn last_growth(&self, key: &str, own_place: bool) -> Option<(i32, Figure, &Fact)> {
        for f in self.recent(GAP_REACH).iter().rev() {
            let FactKind::Rate { from, to, figure } = f.kind else { continue };
            if from + 1 == to && (!own_place || f.ctx.scope.is_empty()) && crate::names::key(&f.name) == key {
                return Some((to, figure, f));
            }
        }
        None
    }

    /// "甲增长23.3%，快于乙16.5个百分点" or "…，比乙增速高16.5个百分点": the subject's growth
    /// is 乙's plus the gap (less it after 慢于, 低于, 慢, 低), when both growths are stated just
    /// before for the same period and the text's own place. A group of the subject's growth and
    /// its two terms; true when read.
    pub(super) fn gap(&mut self, k: usize, n: &Num, core: &str, clause: &str, subject: &Subject) -> bool {
        const GAP_VERBS: crate::text::WordMap<i8> =
            crate::text::table!["快于" => 1, "高于" => 1, "慢于" => -1, "低于" => -1];
        // The comparative after its standard: "比乙快", "较乙高".
        const GAP_ADJECTIVES: crate::text::WordMap<i8> =
            crate::text::table!["快" => 1, "高" => 1, "高出" => 1, "慢" => -1, "低" => -1];
        // (the gap's words, its sign, the other statistic)
        let after_than = || {
            // The later of the two (None, where neither is, is less than any position).
            let at = crate::text::find_str(clause, "比").max(crate::text::find_str(clause, "较"))?;
            let rest = sub_from(clause, at + "比".len());
            let (than, sign) = GAP_ADJECTIVES.strip_any_suffix(rest)?;
            Some((sub_from(clause, at), sign, than))
        };
        // "高于全省平均增速": a name of cues only (全省, 平均, 增速) leaves no core; the clause
        // still says it.
        let named = if core.is_empty() { clause } else { core };
        let Some((words, sign, than)) = GAP_VERBS
            .iter()
            .find_map(|(w, s)| {
                crate::text::find_str(named, w).map(|i| (sub_from(named, i), s, sub_from(named, i + w.len())))
            })
            .or_else(after_than)
        else {
            return false;
        };
        let than = words!["的增速", "增速", "的增长", "增长"].strip_any_suffix(than).unwrap_or(than);
        let than_key = crate::names::key(than);
        let own_key = crate::names::key(&subject.name);
        if char_count(than) < 2 || than_key == own_key {
            return false;
        }
        // The last yoy growth of each, in the last few facts, of the text's own place.
        // "快于规上工业" after 规上工业增加值 and 规上工业总产值: a name without a measure of its own
        // is the one of the subject's measure (产值 for 高技术工业产值); exactly one must fit.
        let measure = if ends_with_head(than) { None } else { lexicon::HEAD_NOUNS.first_ending(&subject.name) };
        let mut other = None;
        for f in self.recent(GAP_REACH).iter().rev() {
            let FactKind::Rate { from, to, figure } = f.kind else { continue };
            if from + 1 != to || !f.ctx.scope.is_empty() {
                continue;
            }
            let key = crate::names::key(&f.name);
            // "高新技术产业产值增长12.0%，增幅低于全市高新技术产业2.1个百分点": the other is
            // never the subject itself, whatever the word for the wider region left of its name.
            if key == own_key {
                continue;
            }
            let named = match measure {
                // "规上工业中食品加工业增加值" is a part of 规上工业, not its own.
                Some(m) => {
                    f.name.ends_with(m)
                        && key.strip_prefix(than_key.as_str()).is_some_and(|rest| !rest.starts_with('中'))
                }
                None => key == than_key,
            };
            if !named {
                continue;
            }
            match &other {
                None => other = Some((to, figure, f.ctx.clone(), f.name.clone(), key)),
                Some(o) if o.4 != key => return false,
                Some(_) => {}
            }
        }
        let own = self.last_growth(&own_key, true).map(|(to, figure, f)| (to, figure, f.ctx.clone(), f.name.clone()));
        // "高于全省平均增速（13.0%）0.5个百分点": another region's growth written in brackets right
        // before the gap, the region named by its word for the whole (全省, 全国).
        let bracketed = match (k.checked_sub(3).map(|j| &self.toks[j..k]), &own) {
            (Some([open, value, close]), Some((year, _, ctx, _))) if other.is_none() => {
                match (&open.tok, &value.tok, &close.tok) {
                    (Tok::Mark(Mark::Open), Tok::Num(o), Tok::Mark(Mark::Close))
                        if o.unit.kind == UnitKind::Percent && matches!(lexicon::lookup(than), Some((Lex::Own, _))) =>
                    {
                        let figure = Figure::new(o.number, Bound::Eq, o.digits);
                        Some((k - 2, (*year, figure, ctx.clone(), than.to_string(), than_key.clone())))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some((j, found)) = bracketed {
            self.fate[j] = Fate::Read;
            other = Some(found);
        }
        let (Some((year, own, ctx, own_name)), Some((other_year, other, other_ctx, other_name, _))) = (own, other)
        else {
            return false;
        };
        if year != other_year || ctx.part != other_ctx.part || ctx.basis != other_ctx.basis {
            return false;
        }
        let number = if sign < 0 { n.number.negated() } else { n.number };
        let points = Figure::new(number, Bound::Eq, n.digits);
        let parts = vec![
            Component { name: cat(&[&other_name, "增速"]), figure: other, unit: Unit::percent() },
            Component { name: words.to_string(), figure: points, unit: n.unit.clone() },
        ];
        let total = Component { name: cat(&[&own_name, "增速"]), figure: own, unit: Unit::percent() };
        self.ex.groups.push(Group { total, parts, exhaustive: true, year, ctx: ctx.clone() });
        // The gap is also a statement of its own, so that the Report shows what was read.
        self.fate[k] = Fate::Read;
        let written = Figure::new(n.number, Bound::Eq, n.digits);
        let kind = FactKind::Level { year, figure: written, unit: n.unit.clone() };
        self.ex.facts.push(Fact { name: cat(&[&own_name, words]), kind, span: self.toks[k].span, ctx });
        true
    }

    /// "第一产业…，拉动GDP增长0.2个百分点；第二产业…2.6…；第三产业…0.8…": what each member
    /// of a partition adds to its whole's growth, in points. Once every member has stated its
    /// pull, the pulls add up to the whole's latest growth over the year before, stated for
    /// the same period: a sum of parts. A member stated again starts the list over.
    pub(super) fn pull(&mut self, k: usize, member: &str, n: &Num, core: &str) {
        let pull = PULLS.iter().find_map(|(w, down)| crate::text::find_str(core, w).map(|at| (down, at)));
        let Some((pulls_down, at)) = pull.filter(|_| n.unit.kind == UnitKind::Points) else { return };
        // Every word is two chars of three bytes. "拉动经济增长", "拉低投资增速": the whole is
        // named before its growth word, by its head noun at least.
        let whole = sub_from(core, at + 6);
        // "拉动全市规上工业下降0.4个百分点": a growth word that falls, just before the figure.
        let falls = PULLED_DOWN.any_ends(crate::text::sub_to(self.text, self.toks[k].span.start));
        let down = pulls_down != falls;
        let number = if down { n.number.negated() } else { n.number };
        let figure = Figure::new(number, Bound::Eq, n.digits);
        let whole = words!["增速", "增长", "的增长"].strip_any_suffix(whole).unwrap_or(whole);
        let whole = crate::names::key(if whole.is_empty() { "经济" } else { whole });
        let Some(word) = lexicon::PARTITIONS.iter().find_map(|set| set.first_in(member)) else {
            // "工业增加值…对经济增长的贡献率为46.0%，拉动经济增长2.3个百分点": one part that
            // states both. The clause's subject may be the contribution itself
            // ("工业对经济增长的贡献率"); a subject that names no part ("对经济增长的贡献率") has no
            // contribution of its own to look for.
            let part = crate::names::key(member);
            let part = sub(&part, 0, crate::text::find_str(&part, "对").unwrap_or(part.len()));
            let part = part.strip_suffix("增加值").unwrap_or(part).to_string();
            if let Some(c) = self.contribution_of(&part, None, &whole).filter(|_| !part.is_empty()) {
                let ctx = c.ctx.clone();
                self.push_pull(k, &part, &whole, figure, c, ctx);
            } else if !part.is_empty() && !words!["合计", "共同", "共拉动"].any_in(core) && !self.prev_listed {
                // "制造业投资增长100.0%，拉动全部投资增长9.0个百分点": with no contribution rate
                // there is nothing to check it against, but it is read, as a statement dated
                // by the member's growth just before. A pull of several members together
                // ("甲、乙分别增长…，合计拉动…") is no one member's.
                let key = crate::names::key(member);
                if let Some((year, _, f)) = self.last_growth(&key, false) {
                    let ctx = f.ctx.clone();
                    self.pull_statement(k, member, &whole, year, figure, ctx);
                }
            }
            return;
        };
        // "第三产业…对经济增长的贡献率为52.0%，拉动经济增长4.2个百分点": a member that states
        // both in its own clauses.
        if let Some(c) = self.contribution_of(word, None, &whole) {
            // Dated by the whole's growth, as a pull read with its list is.
            let ctx = c.growth_ctx.clone();
            self.push_pull(k, word, &whole, figure, c, ctx);
        }
        let name = cat(&[word, "拉动"]);
        if self.pulls.1.iter().any(|c| c.name == name) {
            self.pulls = Default::default();
        }
        self.pulls.0.push(k);
        self.pulls.1.push(Component { name, figure, unit: Unit::percent() });
        let stated = |w: &str| self.pulls.1.iter().any(|c| has(&c.name, w));
        let Some(members) = lexicon::PARTITIONS.iter().find(|set| set.iter().all(stated)) else {
            return;
        };
        let (ks, parts) = std::mem::take(&mut self.pulls);
        let Some(last) = self.ex.facts.last() else { return };
        // The pulls' period is the line's ("全年…。其中，四季度增长7.1%。…分别拉动…"), not that of
        // the last figure, which a 其中 may have narrowed.
        let part = self.line.or(self.section).map_or(last.ctx.part, |w| w.part);
        // The whole's growth opens the account of its members: a few dozen facts back at most,
        // so that a text of pulls with no such growth stays linear.
        for f in self.recent(MAX_PULL_REACH).iter().rev() {
            // Growth over the year before: not a 两年平均 or an annual average stated after it.
            if let FactKind::Rate { from, to, figure } = f.kind {
                let yoy = from + 1 == to;
                let key = crate::names::key(&f.name);
                let member = members.iter().any(|w| has(&key, w));
                // "拉动投资增长" is of 固定资产投资, but "拉动经济增长" is not of 人均地区生产总值:
                // a statistic per head is not the total its name ends with.
                let per_head = key.starts_with("人均") && !whole.starts_with("人均");
                let named =
                    key == whole || char_count(&whole) >= 2 && key.ends_with(whole.as_str()) && !member && !per_head;
                if yoy && f.ctx.part == part && named {
                    // The nearest growth of the whole: one of another scope ("区本级…增长8.3%"
                    // after "全区…增长8.1%") is another whole's, and its pulls are not these.
                    if !f.ctx.scope.is_empty() {
                        return;
                    }
                    let ctx = f.ctx.clone();
                    // Each pull is also a statement of its own ("第一产业拉动地区生产总值增长1.4个
                    // 百分点"), so that the Report shows what was read, and is its contribution
                    // times the growth where the member's contribution was stated.
                    for (&k, part) in ks.iter().zip(&parts) {
                        if matches!(self.fate[k], Fate::Read) {
                            continue;
                        }
                        let word = part.name.strip_suffix("拉动").unwrap_or(&part.name);
                        let at = members.iter().position(|w| w == word);
                        match self.contribution_of(word, at.map(|i| (i, members.iter().count())), &key) {
                            Some(c) => self.push_pull(k, word, &key, part.figure, c, ctx.clone()),
                            None => {
                                self.pull_statement(k, word, &key, to, part.figure, ctx.clone());
                            }
                        }
                    }
                    let total = Component { name: key + "增速", figure, unit: Unit::percent() };
                    self.ex.groups.push(Group { total, parts, exhaustive: true, year: to, ctx });
                    return;
                }
            }
        }
    }

    /// A part's contribution rate to its whole's growth, stated a few facts back (by itself,
    /// "工业对经济增长的贡献率为46.0%", or at its place `at` of a list of `n` members,
    /// "三次产业…贡献率分别为20%、30%和50%"), with the whole's growth over the year before in
    /// the same period.
    fn contribution_of(&self, part: &str, at: Option<(usize, usize)>, whole: &str) -> Option<Contribution> {
        let mut share: Option<(Figure, &Context)> = None;
        // "对全市规上工业贡献率达95.0%，拉动全市工业增长13.3个百分点": the whole the rate names,
        // when the pull names it more briefly.
        let mut named = String::new();
        for f in self.recent(MAX_PULL_REACH).iter().rev() {
            match (&f.kind, share) {
                (FactKind::Level { figure, unit, .. }, None)
                    if unit.kind == UnitKind::Percent && f.name.starts_with(part) && has(&f.name, "贡献率") =>
                {
                    share = Some((*figure, &f.ctx));
                    let of =
                        crate::text::find_char(&f.name, '对').map_or("", |i| sub_from(&f.name, i + '对'.len_utf8()));
                    let of = of.strip_suffix("贡献率").unwrap_or("");
                    named = crate::names::key(trim_end_by(of, |c| c == '的'));
                }
                (FactKind::Structure { parts, .. }, None) if has(&f.name, "贡献率") => {
                    share = at.filter(|&(_, n)| parts.len() == n).map(|(i, _)| (parts[i], &f.ctx));
                }
                // The whole's growth nearest before: one of another scope ("区本级…增长8.3%"
                // after "全区…增长8.1%") is the growth of another whole, and ends the search.
                (&FactKind::Rate { from, to, figure }, Some((share, ctx)))
                    if from + 1 == to && f.ctx.part == ctx.part && {
                        let key = crate::names::key(&f.name);
                        key == whole || !named.is_empty() && key == named && has(&named, whole)
                    } =>
                {
                    if !f.ctx.scope.is_empty() {
                        return None;
                    }
                    let growth_ctx = f.ctx.clone();
                    return Some(Contribution { share, growth: figure, year: to, ctx: ctx.clone(), growth_ctx });
                }
                _ => {}
            }
        }
        None
    }

    /// Writes a part's pull as a statement of its own, in `ctx`, and the relation that it is
    /// its contribution times the whole's growth.
    fn push_pull(&mut self, k: usize, part: &str, whole: &str, points: Figure, c: Contribution, ctx: Context) {
        let name = self.pull_statement(k, part, whole, c.year, points, ctx.clone());
        let (share, growth, year) = (c.share, c.growth, c.year);
        let tied = c.ctx.sentence == ctx.sentence;
        self.ex.pulls.push(Pull { name, whole: whole.to_string(), points, share, growth, year, ctx, tied });
    }

    /// The breadth of growth a release states ("35个工业大类行业中，28个行业增加值实现同比增长，
    /// 增长面80.0%"): the industries counted, those that grew, and the share of the one in the
    /// other, read as three statements so that the share is checked. Only when the clauses left
    /// all three unread.
    pub(super) fn breadth(&mut self, a: usize, b: usize, s: &Sentence) {
        let count =
            |t: &Token| matches!(&t.tok, Tok::Num(n) if n.unit.base == "个" && n.unit.exp == 0 && n.number.exp == 0);
        let mut nums: Vec<usize> = Vec::new();
        for (k, t) in self.toks.iter().enumerate().take(b).skip(a) {
            if matches!(t.tok, Tok::Num(_)) {
                nums.push(k);
            }
        }
        // The text between a figure and the next one.
        let after = |i: usize| {
            let end = nums.get(i + 1).map_or(self.toks[b - 1].span.end, |&j| self.toks[j].span.start);
            sub(self.text, self.toks[nums[i]].span.end, end)
        };
        for i in 0..nums.len().saturating_sub(2) {
            let (all, grew, share) = (nums[i], nums[i + 1], nums[i + 2]);
            let (Tok::Num(n_all), Tok::Num(n_grew), Tok::Num(n_share)) =
                (&self.toks[all].tok, &self.toks[grew].tok, &self.toks[share].tok)
            else {
                continue;
            };
            let shape = count(&self.toks[all])
                && count(&self.toks[grew])
                && n_share.unit.kind == UnitKind::Percent
                && has(after(i), "中")
                && BREADTH.any_in(after(i + 1))
                && n_grew.number.to_f64() <= n_all.number.to_f64();
            let unread = [all, grew, share].iter().all(|&k| matches!(self.fate[k], Fate::NotRead(_)));
            let Some(when) = self.in_force(s).filter(|_| shape && unread) else { continue };
            let ctx = Context {
                part: when.part,
                link: when.link,
                status: s.status,
                sentence: self.sentence,
                block: self.paragraph,
                ..Context::default()
            };
            let (n_all, n_grew, n_share) = (n_all.clone(), n_grew.clone(), n_share.clone());
            for (k, name, n) in
                [(all, "统计行业", n_all), (grew, "增长行业", n_grew), (share, "增长行业占统计行业比重", n_share)]
            {
                let kind = FactKind::Level {
                    year: when.year,
                    figure: Figure::new(n.number, Bound::Eq, n.digits),
                    unit: n.unit,
                };
                self.fate[k] = Fate::Read;
                self.ex.facts.push(Fact { name: name.to_string(), kind, span: n.digits, ctx: ctx.clone() });
            }
            return;
        }
    }

    /// Writes a part's pull as a statement of its own ("第一产业拉动地区生产总值增长1.4个百分点"),
    /// so that the Report shows what was read; returns its name.
    fn pull_statement(&mut self, k: usize, part: &str, whole: &str, year: i32, points: Figure, ctx: Context) -> String {
        self.fate[k] = Fate::Read;
        let name = cat(&[part, "拉动", whole, "增长"]);
        let kind = FactKind::Level { year, figure: points, unit: Unit::parse_prefix("个百分点").0 };
        self.ex.facts.push(Fact { name: name.clone(), kind, span: self.toks[k].span, ctx });
        name
    }

    /// "一般公共预算收入完成12.00亿元。加上上级补助收入30.00亿元、…以及上年结转1.00亿元后，
    /// 收入总计61.00亿元": a budget's account, whose total is the level stated before the
    /// sentence (or the total its 其中 parts were of) plus every amount the sentence adds.
    pub(super) fn added_to_a_total(&mut self, from: usize, raw: &str) {
        let facts = &self.ex.facts;
        if !has(raw, "加上") || from == facts.len() {
            return;
        }
        let amount = |i: usize| match &facts[i].kind {
            FactKind::Level { year, unit, figure } if unit.kind == UnitKind::Amount => Some((*year, unit, *figure)),
            _ => None,
        };
        let Some(last) = (from..facts.len()).rev().find(|&i| amount(i).is_some()) else { return };
        let tail = chars_before(self.text, facts[last].span.start, 6);
        if !words!["总计", "合计", "共计", "总收入", "总支出"].any_in(tail) {
            return;
        }
        let Some((year, unit, _)) = amount(last) else { return };
        // The base: the level the sentence states before 加上 ("收入39.1亿元，加上…"), else the
        // level just before the sentence (its rate aside), or the total its parts were listed
        // under.
        let start = facts[from].span.start;
        let plus = crate::text::find_str(sub_from(self.text, start), "加上")
            .map(|i| start + i)
            .filter(|&p| p < facts[last].span.start)
            .unwrap_or(start);
        // A budget the revenue was completed against ("完成调整预算37.5亿元的104.3%") is no base.
        let actual = |i: usize| amount(i).is_some() && !names_a_plan(&facts[i].name);
        let stated = (from..last).rev().find(|&i| actual(i) && facts[i].span.end <= plus);
        let Some(mut base) = stated.or_else(|| (from.saturating_sub(4)..from).rev().find(|&i| actual(i))) else {
            return;
        };
        if let Some(split) = self.last_split.as_ref().filter(|l| l.parts.contains(&base)) {
            base = split.total;
        }
        // The base, then the items added to it. Plain loops rather than iterator chains: each
        // is its own monomorphised copy in the wasm.
        // "加上上级补助收入186.53亿元（其中一般性转移支付收入115.45亿元）、…": an amount in brackets
        // is some of the item before it, not an item of its own.
        let brackets = bracketed(self.text, Span::new(plus, facts[last].span.start));
        let in_brackets = |at: usize| {
            let k = brackets.partition_point(|b| b.end <= at);
            brackets.get(k).is_some_and(|b| b.start <= at)
        };
        let mut members = vec![base];
        for (i, f) in facts.iter().enumerate().take(last).skip(from) {
            if amount(i).is_some() && f.span.start >= plus && !in_brackets(f.span.start) {
                members.push(i);
            }
        }
        let fits = |i: usize| amount(i).is_some_and(|(y, u, _)| y == year && u.compatible(unit));
        if members.len() == 1 || !members.iter().all(|&i| fits(i)) {
            return;
        }
        // Each is an amount, and so a level.
        let Some(total) = Component::of_level(&facts[last]) else { return };
        let mut parts = Vec::with_capacity(members.len());
        for i in members {
            let Some(part) = Component::of_level(&facts[i]) else { return };
            parts.push(part);
        }
        let ctx = facts[last].ctx.clone();
        self.ex.groups.push(Group { total, parts, exhaustive: true, year, ctx });
    }
}

/// The stretches of `span` in `text` inside brackets, outermost only, in order; a bracket left
/// open runs to the span's end.
fn bracketed(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let (mut depth, mut open) = (0usize, span.start);
    for (i, c) in sub(text, span.start, span.end).char_indices() {
        match c {
            '（' | '(' => {
                if depth == 0 {
                    open = span.start + i;
                }
                depth += 1;
            }
            '）' | ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(Span::new(open, span.start + i + c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        out.push(Span::new(open, span.end));
    }
    out
}
