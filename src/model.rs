//! The linked model: facts gathered into indicators, each in one unit.
//!
//! Facts whose names share a [`names::key`] and whose units convert into each other become
//! one [`Indicator`]. Its unit is the unit of its first level; later levels in another
//! magnitude (3.3万元 against 33000元) keep their written figure and carry the exact shift
//! that converts them. Structures (a:b:c) are kept apart, since they are not levels.
//!
//! | facts                                             | model                                 |
//! |---------------------------------------------------|---------------------------------------|
//! | `生产总值 2010=47.6亿元`, `GDP 2015=143亿元`       | one indicator, points 2010 and 2015   |
//! | `收入 2010=3.3万元`, `收入 2015=45000元`            | one indicator in 万元, 45000 shifted −4 |
//! | `贸易额 2015=80亿美元`, `贸易额 2015=500亿元`       | two indicators: 美元 ≠ 元 (diagnostic) |

use crate::index::{self, Index};

use crate::facts::{Context, Extraction, FactKind, Link, MultipleWord, PriceBasis, Status};
use crate::figure::{Bound, Figure};
use crate::interval::Interval;
use crate::messages::{self, Message};
use crate::names;
use crate::period::Part;
use crate::text::Span;
use crate::unit::{Unit, UnitKind};

#[derive(Clone, Debug)]
pub struct Point {
    pub year: i32,
    pub figure: Figure,
    /// The exponent shift from the figure's written unit to the indicator's unit.
    pub shift: i32,
    /// The statement the figure came from.
    pub span: Span,
    pub status: Status,
    pub link: Link,
    pub sentence: u32,
    pub block: u32,
}

impl Point {
    pub fn allowed(&self) -> Interval {
        self.figure.allowed_shifted(self.shift)
    }

    pub fn value(&self) -> f64 {
        self.figure.number.shift(self.shift).to_f64()
    }
}

#[derive(Clone, Debug)]
pub struct Rate {
    pub from: i32,
    pub to: i32,
    /// In per cent a year.
    pub figure: Figure,
    pub span: Span,
    pub status: Status,
    pub basis: PriceBasis,
    pub link: Link,
    pub sentence: u32,
    pub block: u32,
}

impl Rate {
    pub fn allowed(&self) -> Interval {
        self.figure.allowed()
    }

    pub fn percent(&self) -> f64 {
        self.figure.written()
    }

    pub fn years(&self) -> i32 {
        self.to - self.from
    }
}

#[derive(Clone, Debug)]
pub struct Amount {
    pub from: i32,
    pub to: i32,
    pub figure: Figure,
    pub unit: Unit,
    pub span: Span,
    pub link: Link,
}

#[derive(Clone, Debug)]
pub struct MultipleStmt {
    pub from: i32,
    pub to: i32,
    pub word: MultipleWord,
    pub figure: Figure,
    pub span: Span,
    pub link: Link,
    pub status: Status,
    pub basis: PriceBasis,
}

#[derive(Clone, Debug)]
pub struct CompletionStmt {
    pub year: i32,
    pub target: Figure,
    pub unit: Unit,
    pub percent: Figure,
    /// The span of the actual level's figure, when the reader tied the completion to it.
    pub actual: Option<Span>,
    pub span: Span,
    pub link: Link,
}

/// What keeps two statistics of one name apart besides the name: whose they are, the total
/// they are a part of, and the part of the year they cover. Checks relate indicators of one
/// family only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Family {
    pub scope: String,
    pub parent: String,
    pub part: Part,
}

impl Family {
    pub(crate) fn of(ctx: &Context) -> Family {
        Family { scope: ctx.scope.clone(), parent: ctx.parent.clone(), part: ctx.part }
    }
}

#[derive(Clone, Debug)]
pub struct Indicator {
    pub key: String,
    pub family: Family,
    pub name: String,
    /// `None` until a level gives the indicator a unit (a rate alone has none).
    pub unit: Option<Unit>,
    pub points: Vec<Point>,
    pub rates: Vec<Rate>,
    pub cumulatives: Vec<Amount>,
    pub changes: Vec<Amount>,
    pub multiples: Vec<MultipleStmt>,
    pub completions: Vec<CompletionStmt>,
}

impl Indicator {
    /// The unit the indicator is shown in: its levels', else its first change's or sum's.
    pub fn shown_unit(&self) -> Option<&Unit> {
        // A move in points beside a growth rate and no level ("上涨1.0%，涨幅收窄1.2个百分点")
        // is the rate's, not in the indicator's unit.
        let amount = self.changes.iter().find(|c| c.unit.kind != UnitKind::Points || self.rates.is_empty());
        self.unit.as_ref().or_else(|| amount.or(self.cumulatives.first()).map(|a| &a.unit))
    }

    pub fn unit_text(&self) -> &str {
        self.unit.as_ref().map_or("", |u| u.text.as_str())
    }

    /// True for shares, rates and other per-cent levels, which do not compound.
    pub fn is_percent(&self) -> bool {
        self.unit.as_ref().is_some_and(|u| u.kind != UnitKind::Amount)
    }

    /// True for levels that grow by compounding: amounts and counts, not per-cent levels nor a
    /// price index on the year before ("居民消费价格总指数（上年=100）为102.1"), which is its
    /// year's rate written as 100 plus it.
    pub fn compounds(&self) -> bool {
        let price_index = self.key.ends_with("指数") && crate::text::has(&self.key, "价格");
        !self.is_percent() && !price_index
    }

    /// The points of one year. Points are sorted by year once the model is built, so this is
    /// a binary search: checks call it for every statement, and a scan would be quadratic.
    pub fn points_in(&self, year: i32) -> impl Iterator<Item = &Point> {
        let lo = self.points.partition_point(|p| p.year < year);
        let hi = lo + self.points[lo..].partition_point(|p| p.year <= year);
        self.points[lo..hi].iter()
    }

    /// The base, target and rate a table row shows. The rate is the one ending latest; the
    /// base and target are the points at its ends when stated, else the earliest and latest.
    pub fn anchors(&self) -> Anchors<'_> {
        // Loops rather than `max_by_key`/`min_by_key` (each its own copy in the wasm), with
        // their ties: the last of the greatest, the first of the least.
        let mut rate: Option<&Rate> = None;
        for r in &self.rates {
            if rate.is_none_or(|b| (r.to, -r.from) >= (b.to, -b.from)) {
                rate = Some(r);
            }
        }
        let first = |y: i32| self.points_in(y).next();
        let (mut earliest, mut latest): (Option<&Point>, Option<&Point>) = (None, None);
        for p in &self.points {
            if earliest.is_none_or(|e| p.year < e.year) {
                earliest = Some(p);
            }
            if latest.is_none_or(|l| p.year >= l.year) {
                latest = Some(p);
            }
        }
        let (base, target) = match rate {
            Some(r) => (
                first(r.from).or_else(|| earliest.filter(|p| p.year < r.to)),
                first(r.to).or_else(|| latest.filter(|p| p.year > r.from)),
            ),
            None => (earliest, latest),
        };
        let (base, target) = match (base, target) {
            (Some(b), Some(t)) if b.year >= t.year => {
                if rate.is_some_and(|r| r.from == b.year) {
                    (Some(b), None)
                } else {
                    (None, Some(t))
                }
            }
            bt => bt,
        };
        Anchors { base, target, rate }
    }
}

pub struct Anchors<'a> {
    pub base: Option<&'a Point>,
    pub target: Option<&'a Point>,
    pub rate: Option<&'a Rate>,
}

#[derive(Clone, Debug)]
pub struct Structure {
    pub key: String,
    pub name: String,
    pub family: Family,
    pub year: i32,
    pub parts: Vec<Figure>,
    pub span: Span,
    pub link: Link,
}

#[derive(Debug, Default)]
pub struct Model {
    pub indicators: Vec<Indicator>,
    pub structures: Vec<Structure>,
    /// Totals with their stated components, checked figure by figure.
    pub groups: Vec<crate::facts::Group>,
    /// Parts' pulls on their whole's growth, with their contribution rates.
    pub pulls: Vec<crate::facts::Pull>,
    /// Exchange rates the text converts yuan to dollars by.
    pub exchange: Vec<crate::facts::ExchangeRate>,
    /// The indicators under each key and family, in order (more than one only on unit clashes).
    index: Index,
}

impl Model {
    /// Links the facts of an extraction. Unit clashes under one name become diagnostics.
    pub fn build(ex: &mut Extraction) -> Model {
        let mut model = Model::default();
        let mut notes: Vec<(Span, Message)> = Vec::new();
        model.groups = std::mem::take(&mut ex.groups);
        model.pulls = std::mem::take(&mut ex.pulls);
        model.exchange = std::mem::take(&mut ex.exchange);
        // Statements that use the statistic's own name ("地区生产总值", not "经济" or "GDP"):
        // the first of them names the indicator.
        let mut canonical: Vec<(String, Family, String)> = Vec::new();
        for fact in ex.facts.drain(..) {
            let key = names::key(&fact.name);
            let family = Family::of(&fact.ctx);
            let (status, link, sentence, block) = (fact.ctx.status, fact.ctx.link, fact.ctx.sentence, fact.ctx.block);
            let shown = if fact.ctx.shown.is_empty() { fact.name.clone() } else { fact.ctx.shown.clone() };
            if names::display(&fact.name) == key {
                canonical.push((key.clone(), family.clone(), shown.clone()));
            }
            match fact.kind {
                FactKind::Structure { year, parts } => model.structures.push(Structure {
                    key,
                    name: display(&shown, &family),
                    family,
                    year,
                    parts,
                    span: fact.span,
                    link,
                }),
                FactKind::Rate { from, to, figure } => {
                    // "以美元计，…进出口总额121.4亿美元，增长4.1%": beside a level of the name in
                    // another unit (another currency), a rate is that level's. Not when the
                    // sentence states the figure in both ("…39102元，按平均汇率计算为5791美元，
                    // 增长0.2%"): the rate is the first unit's.
                    let chain = model.chain(&key, &family);
                    let here = |i: &usize| {
                        model.indicators[*i].points.last().is_some_and(|p| p.sentence == sentence && p.block == block)
                    };
                    let mut beside = chain.iter().copied().filter(here);
                    let i = match (beside.next(), beside.next()) {
                        (Some(i), None) if chain.len() > 1 => i,
                        _ => model.first_or_add(key, family, &shown),
                    };
                    let basis = fact.ctx.basis;
                    model.indicators[i].rates.push(Rate {
                        from,
                        to,
                        figure,
                        span: fact.span,
                        status,
                        basis,
                        link,
                        sentence,
                        block,
                    });
                }
                FactKind::Cumulative { from, to, figure, unit } => {
                    let i = model.first_or_add(key, family, &shown);
                    model.indicators[i].cumulatives.push(Amount { from, to, figure, unit, span: fact.span, link });
                }
                FactKind::Change { from, to, figure, unit } => {
                    let i = model.first_or_add(key, family, &shown);
                    model.indicators[i].changes.push(Amount { from, to, figure, unit, span: fact.span, link });
                }
                FactKind::Multiple { from, to, word, figure } => {
                    let i = model.first_or_add(key, family, &shown);
                    let basis = fact.ctx.basis;
                    let m = MultipleStmt { from, to, word, figure, span: fact.span, link, status, basis };
                    model.indicators[i].multiples.push(m);
                }
                FactKind::Completion { year, target, unit, percent, actual } => {
                    let i = model.first_or_add(key, family, &shown);
                    model.indicators[i].completions.push(CompletionStmt {
                        year,
                        target,
                        unit,
                        percent,
                        actual,
                        span: fact.span,
                        link,
                    });
                }
                FactKind::Level { year, figure, unit } => {
                    let chain = model.chain(&key, &family);
                    let mut fits = None;
                    for &i in &chain {
                        if model.indicators[i].unit.as_ref().is_none_or(|u| unit.fits(u)) {
                            fits = Some(i);
                            break;
                        }
                    }
                    let i = match fits {
                        Some(i) => i,
                        None => {
                            // A figure in dollars in a sentence that names its exchange rate is
                            // the yuan figure converted, which the currency check sets against it.
                            // Rates are in text order, so sorted by sentence.
                            let at = model.exchange.partition_point(|x| x.sentence < sentence);
                            let converted =
                                unit.base == "美元" && model.exchange.get(at).is_some_and(|x| x.sentence == sentence);
                            if let Some(&other) = chain.first().filter(|_| !converted) {
                                let ind = &model.indicators[other];
                                notes.push((
                                    figure.span,
                                    messages::UNIT_MISMATCH.fill(&[&ind.name, &unit.text, &ind.unit_text()]),
                                ));
                            }
                            model.add(key, family, &shown)
                        }
                    };
                    let ind = &mut model.indicators[i];
                    // An indicator first stated as a bare magnitude takes the unit written in
                    // full when one comes: its points keep their values.
                    if let Some(old) = ind.unit.as_ref().filter(|u| u.is_bare_magnitude() && !unit.is_bare_magnitude())
                    {
                        let moved = old.exp - unit.exp;
                        for p in &mut ind.points {
                            p.shift += moved;
                        }
                        ind.unit = Some(unit.clone());
                    }
                    let shift = match &ind.unit {
                        Some(u) => unit.shift_to(u),
                        None => {
                            // Shares keep per cent as their unit even when first written in 成.
                            let canonical = if unit.kind == UnitKind::Percent { Unit::percent() } else { unit.clone() };
                            let shift = unit.shift_to(&canonical);
                            ind.unit = Some(canonical);
                            shift
                        }
                    };
                    ind.points.push(Point { year, figure, shift, span: fact.span, status, link, sentence, block });
                }
            }
        }
        // Last to first, so that the first statement's name is the one that stays.
        for (key, family, shown) in canonical.into_iter().rev() {
            let name = display(&shown, &family);
            for i in model.chain(&key, &family) {
                model.indicators[i].name.clone_from(&name);
            }
        }
        model.place_amounts(&mut notes);
        for (span, message) in notes {
            ex.diag("unit_mismatch", span, message);
        }
        for ind in &mut model.indicators {
            // By year, results before plans, exact figures before bounds, then where the figure
            // stands. The checks that take a year's first point take what was done ("全年完成
            // 286.4亿元") before what was planned ("2023年计划…300亿元"), and the value of
            // "突破1000亿元，达1036.2亿元", not its threshold.
            crate::order::sort_by_key(&mut ind.points, |p| {
                let planned = matches!(p.status, Status::Target | Status::Stretch);
                (p.year, planned, p.figure.bound != Bound::Eq, p.figure.span.start, p.span.start)
            });
        }
        model
    }

    /// Moves each change and sum over years to the indicator of its name whose unit it converts
    /// into ("增加了1.54亿元" to the 亿元 one, not the 项 one of the same name). One that fits
    /// none is noted as a unit mismatch, as a level would be. An indicator without levels is
    /// shown in the unit of its first amount, so the others must convert into that one.
    fn place_amounts(&mut self, notes: &mut Vec<(Span, Message)>) {
        // Indicator by indicator, in the order they were made, so that the notes come out the
        // same every run; only one with an amount that does not fit looks up its name's others.
        for i in 0..self.indicators.len() {
            let ind = &mut self.indicators[i];
            let Some(u) = ind.shown_unit().cloned() else { continue };
            let fits = |a: &Amount| a.unit.kind != UnitKind::Amount || a.unit.compatible(&u);
            let mut stray: Vec<(bool, Amount)> = Vec::new();
            for (sum, amounts) in [(false, &ind.changes), (true, &ind.cumulatives)] {
                for a in amounts {
                    if !fits(a) {
                        stray.push((sum, a.clone()));
                    }
                }
            }
            if stray.is_empty() {
                continue;
            }
            ind.changes.retain(fits);
            ind.cumulatives.retain(fits);
            let ind = &self.indicators[i];
            let chain = self.chain(&ind.key, &ind.family);
            for (sum, a) in stray {
                let mut home = None;
                for &j in &chain {
                    if self.indicators[j].shown_unit().is_some_and(|u| a.unit.compatible(u)) {
                        home = Some(j);
                        break;
                    }
                }
                match home {
                    Some(j) if sum => self.indicators[j].cumulatives.push(a),
                    Some(j) => self.indicators[j].changes.push(a),
                    None => {
                        let ind = &self.indicators[i];
                        notes.push((
                            a.figure.span,
                            messages::UNIT_MISMATCH.fill(&[&ind.name, &a.unit.text, &ind.unit_text()]),
                        ));
                    }
                }
            }
        }
    }

    /// The first indicator under `key` in `family`, created (without a unit) when there is none.
    fn first_or_add(&mut self, key: String, family: Family, name: &str) -> usize {
        match self.chain(&key, &family).first() {
            Some(&i) => i,
            None => self.add(key, family, name),
        }
    }

    fn add(&mut self, key: String, family: Family, name: &str) -> usize {
        let i = self.indicators.len();
        self.indicators.push(Indicator {
            key: key.clone(),
            name: display(name, &family),
            family: family.clone(),
            unit: None,
            points: Vec::new(),
            rates: Vec::new(),
            cumulatives: Vec::new(),
            changes: Vec::new(),
            multiples: Vec::new(),
            completions: Vec::new(),
        });
        self.index.insert(key_hash(&key, &family), i);
        i
    }

    /// The indicators under `key` in `family`, in order (more than one only on unit clashes).
    pub fn chain(&self, key: &str, family: &Family) -> Vec<usize> {
        let mut chain = Vec::new();
        for i in self.index.candidates(key_hash(key, family)) {
            if self.indicators[i].key == key && self.indicators[i].family == *family {
                chain.push(i);
            }
        }
        chain
    }

    /// Every indicator with this key, place and parent, of any period of the year: the same
    /// statistic at other periods than `family`'s among them. One look-up in the index.
    pub fn periods_of(&self, key: &str, family: &Family) -> Vec<usize> {
        let mut out = Vec::new();
        for i in self.index.candidates(key_hash(key, family)) {
            let f = &self.indicators[i].family;
            if self.indicators[i].key == key && f.scope == family.scope && f.parent == family.parent {
                out.push(i);
            }
        }
        out
    }

    /// The first indicator with this key and a unit in `family`, if any.
    pub fn find(&self, key: &str, family: &Family) -> Option<(usize, &Indicator)> {
        for i in self.chain(key, family) {
            if self.indicators[i].unit.is_some() {
                return Some((i, &self.indicators[i]));
            }
        }
        None
    }
}

/// The hash of an indicator's key and family for [`Model`]'s index (the part of the year is
/// left to the equality test).
pub fn key_hash(key: &str, family: &Family) -> u64 {
    index::hash(&[key, &family.scope, &family.parent])
}

/// An indicator's name as shown: its scope, the name, the part of the year, the total it is a
/// part of: "武汉市地区生产总值", "地区生产总值（一季度）", "农业（农林牧渔总产值）".
fn display(name: &str, family: &Family) -> String {
    let mut s = family.scope.clone();
    s.push_str(&names::display(name));
    let part = family.part.label();
    let mut notes: Vec<String> = Vec::new();
    if !part.is_empty() {
        notes.push(part);
    }
    // "女性人口占户籍人口比重" names its whole already.
    if !family.parent.is_empty() && !crate::text::has(name, &family.parent) {
        notes.push(family.parent.clone());
    }
    if !notes.is_empty() {
        s.push('（');
        s.push_str(&crate::text::join(&notes, "，"));
        s.push('）');
    }
    s
}
