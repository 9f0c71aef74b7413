//! What a reader extracts: statements about named indicators, before any linking.
//!
//! Every input form (rows, lines and prose) produces the same [`Extraction`]: a flat
//! list of [`Fact`]s and the diagnostics met on the way. Readers never fail; what they cannot
//! read becomes a diagnostic that points at it. The model ([`crate::model`]) links facts into
//! indicators, so a new reader needs nothing but to emit facts.
//!
//! | input line                                  | facts                                        |
//! |---------------------------------------------|----------------------------------------------|
//! | `地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%` | Level 2010, Level 2015, Rate 2010→2015    |
//! | `三次产业结构 2015=0.4:37.6:62`                 | Structure 2015                               |
//! | `财政总收入 2015=10亿元以上`                     | Level 2015 (bound ge)                        |

use crate::figure::Figure;
use crate::messages::Message;
use crate::period::Part;
use crate::text::Span;
use crate::unit::Unit;

/// The input forms the analyzer reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Empty,
    Rows,
    Lines,
    Prose,
}

snake_case!(Form {
    Empty => "empty",
    Rows => "rows",
    Lines => "lines",
    Prose => "prose",
});

#[derive(Clone, Debug, PartialEq)]
pub enum FactKind {
    /// The indicator stands at `figure` (in `unit`) in `year`.
    Level { year: i32, figure: Figure, unit: Unit },
    /// The indicator grows `figure` per cent a year, compounded, from `from` to `to`.
    Rate { from: i32, to: i32, figure: Figure },
    /// An a:b:c structure (shares that sum to 100) in `year`.
    Structure { year: i32, parts: Vec<Figure> },
    /// A sum over the years `from + 1 ..= to` ("五年累计完成200亿元").
    Cumulative { from: i32, to: i32, figure: Figure, unit: Unit },
    /// An absolute change from `from` to `to` ("同比增加79.73万吨", "增加30.7公里").
    Change { from: i32, to: i32, figure: Figure, unit: Unit },
    /// A multiple of the `from` level reached in `to` ("比2010年增长2倍", "是2010年的3倍", "翻一番").
    Multiple { from: i32, to: i32, word: MultipleWord, figure: Figure },
    /// "完成…目标任务X的Y%": the level in `year` is `percent` per cent of `target`. `actual`
    /// is the span of the level's figure when the reader knows which statement it is.
    Completion { year: i32, target: Figure, unit: Unit, percent: Figure, actual: Option<Span> },
}

/// How a plan words a multiple; the two common wordings are often confused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MultipleWord {
    /// 增长N倍: new = old × (1 + N).
    Increase,
    /// 比2015年增长43.1%: new = old × (1 + N/100), growth over several years in per cent.
    Percent,
    /// "2021—2023年累计增长19.2%": growth in per cent over a stretch of years the text writes,
    /// which runs from its first year or from the year before, as the text counts (both are
    /// written: 2012-2016 at 10.7% a year is +50%, four years of growth; 2021—2023 at 6.0% a year
    /// is +19.2%, three).
    Summed,
    /// 是…的N倍, 为…的N倍: new = old × N.
    Times,
    /// 翻k番: new ≥ old × 2^k (a doubling target is met by more).
    Doubling,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// The indicator's name as written.
    pub name: String,
    pub kind: FactKind,
    /// The whole statement, for highlighting.
    pub span: Span,
    /// Whose figure it is, of which period, and how sure the reader is of both.
    pub ctx: Context,
}

/// What a figure belongs to besides its name. Tables and target lines state it all on the
/// line (the default); prose leaves much of it to the context, which the reader records.
impl Fact {
    /// The spans of the figures the statement states.
    pub fn figure_spans(&self) -> Vec<Span> {
        match &self.kind {
            FactKind::Level { figure, .. }
            | FactKind::Rate { figure, .. }
            | FactKind::Cumulative { figure, .. }
            | FactKind::Change { figure, .. }
            | FactKind::Multiple { figure, .. } => vec![figure.span],
            FactKind::Structure { parts, .. } => {
                let mut spans = Vec::with_capacity(parts.len());
                for p in parts {
                    spans.push(p.span);
                }
                spans
            }
            FactKind::Completion { target, percent, .. } => vec![target.span, percent.span],
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    /// A place or unit other than the document's own ("武汉市", "县域"); "" for the document's.
    pub scope: String,
    /// The total whose part this is, when the part's name alone names no statistic
    /// ("农业" under 农林牧渔总产值): part of the indicator's identity.
    pub parent: String,
    /// The part of the year the figure covers.
    pub part: Part,
    /// A result, a target or an estimate: only statements of one status are set against each other.
    pub status: Status,
    /// For growth: at comparable prices, current prices, or not said.
    pub basis: PriceBasis,
    /// How the name and the period were found.
    pub link: Link,
    /// The sentence the statement is in, counted from 1 (0 for tables and target lines, where
    /// each line is its own statement).
    pub sentence: u32,
    /// The paragraph (a run of lines without a blank line between them) the statement is in,
    /// counted from 1; 0 where the form has none.
    pub block: u32,
    /// The name as the original writes it, when that differs from `name` (a Traditional page).
    pub shown: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Actual,
    /// A plan's target or a floor (确保).
    Target,
    /// A stretch target (力争, 争取), never set against the target beside it.
    Stretch,
    /// An estimate (预计).
    Estimate,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PriceBasis {
    #[default]
    Unstated,
    /// 按可比价计算, 实际增长, 扣除价格因素.
    Real,
    /// 名义增长, 按现价计算.
    Nominal,
}

/// How a statement was tied to its name and period, weakest last. A finding is as sure as the
/// weakest link among its statements.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Link {
    /// Name and period written with the figure, in its clause or sentence, or on its line.
    #[default]
    Explicit,
    /// The name or the period carried over from an earlier sentence, a heading or the genre.
    Context,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// A stable machine-readable code such as `line_not_understood`.
    pub code: &'static str,
    pub span: Span,
    pub message: Message,
}

/// A total and parts stated as its components ("…30个，其中续建12个、新建8个、其余10个").
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub total: Component,
    pub parts: Vec<Component>,
    /// True when a part is "the rest" (其余, 剩余): then the parts must add up to the total;
    /// otherwise they are some of its components and must not exceed it.
    pub exhaustive: bool,
    pub year: i32,
    /// The total's context: the parts share it.
    pub ctx: Context,
}

/// What a part adds to its whole's growth ("工业对经济增长的贡献率为46.0%，拉动经济增长2.3个
/// 百分点"): `points` is `share` per cent of the whole's `growth`. `name` is the pull's
/// statement ("工业拉动地区生产总值增长"), `whole` the key of the whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Pull {
    pub name: String,
    pub whole: String,
    pub points: Figure,
    pub share: Figure,
    pub growth: Figure,
    pub year: i32,
    pub ctx: Context,
    /// The pull follows its contribution rate in one sentence ("…的贡献率为41.3%，拉动经济增长
    /// 1.9个百分点"): the two are one subject's, whoever the subject is.
    pub tied: bool,
}

/// An exchange rate a sentence converts by ("按年平均汇率6.8985计算", "汇率（1:6.8985）"): yuan
/// to the US dollar, with the figure in yuan stated before it in the sentence, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct ExchangeRate {
    pub rate: Figure,
    pub sentence: u32,
    pub yuan: Option<Yuan>,
}

/// The figure in yuan an exchange rate converts.
#[derive(Clone, Debug, PartialEq)]
pub struct Yuan {
    pub name: String,
    pub year: i32,
    pub figure: Figure,
    pub unit: Unit,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Component {
    pub name: String,
    pub figure: Figure,
    pub unit: Unit,
}

impl Component {
    /// A level statement as a member of a group; none for any other statement.
    pub fn of_level(f: &Fact) -> Option<Component> {
        match &f.kind {
            FactKind::Level { figure, unit, .. } => {
                Some(Component { name: f.name.clone(), figure: *figure, unit: unit.clone() })
            }
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct Extraction {
    pub facts: Vec<Fact>,
    pub groups: Vec<Group>,
    pub pulls: Vec<Pull>,
    pub exchange: Vec<ExchangeRate>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every figure the reader met (a number with a unit, a magnitude or a percent sign),
    /// read or not: the coverage counts start from these.
    pub figures: Vec<Span>,
}

impl Extraction {
    /// Adds a fact of a table row or a target line, which names each figure where it stands:
    /// no context beyond its status.
    pub(crate) fn push_stated(&mut self, name: String, kind: FactKind, span: Span, status: Status) {
        self.facts.push(Fact { name, kind, span, ctx: Context { status, ..Context::default() } });
    }

    /// Rewrites every span (of facts, figures, components and diagnostics) with `f`: the
    /// pipeline maps the normalised text's spans back to the input's.
    pub fn map_spans(&mut self, f: impl Fn(Span) -> Span) {
        let fig = |x: &mut Figure| x.span = f(x.span);
        for fact in &mut self.facts {
            fact.span = f(fact.span);
            match &mut fact.kind {
                FactKind::Level { figure, .. }
                | FactKind::Rate { figure, .. }
                | FactKind::Cumulative { figure, .. }
                | FactKind::Change { figure, .. }
                | FactKind::Multiple { figure, .. } => fig(figure),
                FactKind::Structure { parts, .. } => parts.iter_mut().for_each(fig),
                FactKind::Completion { target, percent, actual, .. } => {
                    fig(target);
                    fig(percent);
                    if let Some(a) = actual {
                        *a = f(*a);
                    }
                }
            }
        }
        for g in &mut self.groups {
            fig(&mut g.total.figure);
            g.parts.iter_mut().for_each(|p| fig(&mut p.figure));
        }
        for p in &mut self.pulls {
            fig(&mut p.points);
            fig(&mut p.share);
            fig(&mut p.growth);
        }
        for x in &mut self.exchange {
            fig(&mut x.rate);
            if let Some(y) = &mut x.yuan {
                fig(&mut y.figure);
            }
        }
        for d in &mut self.diagnostics {
            d.span = f(d.span);
        }
        for s in &mut self.figures {
            *s = f(*s);
        }
    }

    pub fn diag(&mut self, code: &'static str, span: Span, message: Message) {
        self.diagnostics.push(Diagnostic { code, span, message });
    }
}
