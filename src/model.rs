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

use std::collections::HashMap;

use crate::facts::{Extraction, FactKind, MultipleWord};
use crate::figure::Figure;
use crate::interval::Interval;
use crate::messages::{self, Message};
use crate::names;
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

/// A figure with its own unit attached to an indicator over a period: a cumulative sum or a
/// change. `shift` converts it to the indicator's unit once the indicator has one.
#[derive(Clone, Debug)]
pub struct Amount {
    pub from: i32,
    pub to: i32,
    pub figure: Figure,
    pub unit: Unit,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct MultipleStmt {
    pub from: i32,
    pub to: i32,
    pub word: MultipleWord,
    pub figure: Figure,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CompletionStmt {
    pub year: i32,
    pub target: Figure,
    pub unit: Unit,
    pub percent: Figure,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Indicator {
    pub key: String,
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
    pub fn unit_text(&self) -> &str {
        self.unit.as_ref().map_or("", |u| u.text.as_str())
    }

    /// True for shares, rates and other per-cent levels, which do not compound.
    pub fn is_percent(&self) -> bool {
        self.unit.as_ref().is_some_and(|u| u.kind != UnitKind::Amount)
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
    pub year: i32,
    pub parts: Vec<Figure>,
    pub span: Span,
}

/// Indicators by key while the model is built: the first under each key, and for each
/// indicator the next one under the same key (a chain; more than one only on unit clashes).
/// The map has the same type as [`Model::find`]'s and the findings' dedupe map, so the wasm
/// holds one copy of the hash map code.
#[derive(Default)]
struct Chains {
    first: HashMap<String, usize>,
    next: Vec<usize>,
}

impl Chains {
    const END: usize = usize::MAX;

    /// Records indicator `i` (the next index) under `key`, after those already there.
    fn push(&mut self, key: String, i: usize) {
        self.next.push(Self::END);
        match self.first.get(&key) {
            Some(&head) => {
                let mut j = head;
                while let Some(&n) = self.next.get(j).filter(|&&n| n != Self::END) {
                    j = n;
                }
                if let Some(slot) = self.next.get_mut(j) {
                    *slot = i;
                }
            }
            None => {
                self.first.insert(key, i);
            }
        }
    }

    /// The indicators of the chain that starts at `head`, in order.
    fn from(&self, head: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(head, |&j| self.next.get(j).copied().filter(|&n| n != Self::END))
    }
}

#[derive(Debug, Default)]
pub struct Model {
    pub indicators: Vec<Indicator>,
    pub structures: Vec<Structure>,
    /// Totals with their stated components, checked figure by figure.
    pub groups: Vec<crate::facts::Group>,
    /// The first indicator with a unit under each key, for [`Model::find`].
    by_key: HashMap<String, usize>,
}

impl Model {
    /// Links the facts of an extraction. Unit clashes under one name become diagnostics.
    pub fn build(ex: &mut Extraction) -> Model {
        let mut model = Model::default();
        // key → indicators under that key (more than one only on unit clashes).
        let mut by_key = Chains::default();
        let mut notes: Vec<(Span, Message)> = Vec::new();
        model.groups = std::mem::take(&mut ex.groups);
        for fact in ex.facts.drain(..) {
            let key = names::key(&fact.name);
            match fact.kind {
                FactKind::Structure { year, parts } => model.structures.push(Structure {
                    key,
                    name: names::display(&fact.name),
                    year,
                    parts,
                    span: fact.span,
                }),
                FactKind::Rate { from, to, figure } => {
                    let i = model.first_or_add(&mut by_key, key, &fact.name);
                    model.indicators[i].rates.push(Rate { from, to, figure, span: fact.span });
                }
                FactKind::Cumulative { from, to, figure, unit } => {
                    let i = model.first_or_add(&mut by_key, key, &fact.name);
                    model.indicators[i].cumulatives.push(Amount { from, to, figure, unit, span: fact.span });
                }
                FactKind::Change { from, to, figure, unit } => {
                    let i = model.first_or_add(&mut by_key, key, &fact.name);
                    model.indicators[i].changes.push(Amount { from, to, figure, unit, span: fact.span });
                }
                FactKind::Multiple { from, to, word, figure } => {
                    let i = model.first_or_add(&mut by_key, key, &fact.name);
                    model.indicators[i].multiples.push(MultipleStmt { from, to, word, figure, span: fact.span });
                }
                FactKind::Completion { year, target, unit, percent } => {
                    let i = model.first_or_add(&mut by_key, key, &fact.name);
                    model.indicators[i].completions.push(CompletionStmt {
                        year,
                        target,
                        unit,
                        percent,
                        span: fact.span,
                    });
                }
                FactKind::Level { year, figure, unit } => {
                    let head = by_key.first.get(&key).copied();
                    let fits = by_key
                        .from(head)
                        .find(|&i| model.indicators[i].unit.as_ref().is_none_or(|u| u.compatible(&unit)));
                    let i = match fits {
                        Some(i) => i,
                        None => {
                            if let Some(other) = head {
                                let ind = &model.indicators[other];
                                notes.push((
                                    figure.span,
                                    messages::UNIT_MISMATCH.fill(&[&ind.name, &unit.text, &ind.unit_text()]),
                                ));
                            }
                            model.add(&mut by_key, key, &fact.name, None)
                        }
                    };
                    let ind = &mut model.indicators[i];
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
                    ind.points.push(Point { year, figure, shift, span: fact.span });
                }
            }
        }
        for (span, message) in notes {
            ex.diag("unit_mismatch", span, message);
        }
        for ind in &mut model.indicators {
            crate::sort::by_key(&mut ind.points, |p| (p.year, 0));
        }
        for (i, ind) in model.indicators.iter().enumerate() {
            if ind.unit.is_some() {
                model.by_key.entry(ind.key.clone()).or_insert(i);
            }
        }
        model
    }

    /// The first indicator under `key`, created (without a unit) when there is none.
    fn first_or_add(&mut self, by_key: &mut Chains, key: String, name: &str) -> usize {
        match by_key.first.get(&key) {
            Some(&i) => i,
            None => self.add(by_key, key, name, None),
        }
    }

    fn add(&mut self, by_key: &mut Chains, key: String, name: &str, unit: Option<Unit>) -> usize {
        let i = self.indicators.len();
        self.indicators.push(Indicator {
            key: key.clone(),
            name: names::display(name),
            unit,
            points: Vec::new(),
            rates: Vec::new(),
            cumulatives: Vec::new(),
            changes: Vec::new(),
            multiples: Vec::new(),
            completions: Vec::new(),
        });
        by_key.push(key, i);
        i
    }

    /// The first indicator with this key and a unit, if any.
    pub fn find(&self, key: &str) -> Option<(usize, &Indicator)> {
        self.by_key.get(key).map(|&i| (i, &self.indicators[i]))
    }
}
