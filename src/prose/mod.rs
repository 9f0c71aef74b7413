//! Plan prose and statistics text, read as a careful analyst reads it.
//!
//! The text has been normalised ([`crate::normalize`]). The reader scans it into tokens
//! ([`token`]), reads the document's genre and year ([`doc`]), and then reads sentence by
//! sentence, clause by clause. Each figure is read with the words right before it, cut from
//! the text by the lexicon ([`atoms`], [`lexicon`]): the last verb or growth word decides what
//! the figure is, the words before it are its name, and a time expression in reach decides its
//! period. A clause without a name takes the subject of the clause before it. Names are cut
//! and completed in [`naming`], lists of parts (其中, 分产业看) kept in [`groups`], and the
//! relations a sentence states between its own figures (structures, pulls, gaps, breadth, a
//! budget's account) read in [`relations`].
//!
//! | prose                                          | facts                                      |
//! |------------------------------------------------|--------------------------------------------|
//! | `到2015年，地区生产总值达到143亿元，年均增长24.6%`  | level 2015; rate 2010→2015 (in a 十二五 plan) |
//! | `第一产业实现增加值41.71亿元，增长3.2%` (公报 2013) | level 2013; rate 2012→2013                  |
//! | `1-4月，全市…投资完成411.4亿元，同比增长13.9%`     | level and rate of the part Jan–Apr           |
//! | `城乡居民人均可支配收入分别达到31889元和13812元`     | two levels, 城镇… and 农村…                   |
//! | `由2005年的681亿元增至2010年的1402.77亿元`         | levels 2005 and 2010                        |
//! | `增速高于全省3.7个百分点`                          | nothing: a comparison (listed as not read)  |
//! | `从28710元增长到40488元，增长41%` (“十三五”期间)     | levels 2015 and 2020; growth 2015→2020      |
//! | `出口占进出口总额的60%`                            | a share of 出口 in 进出口总额                 |
//! | `新增25个项目，其中亿元以上项目8个…`                 | a count of 新增项目 and its parts            |
//! | `…完成12.00亿元。加上…30.00亿元后，收入总计42.00亿元` | a sum: the total is the base plus the items  |
//!
//! Every figure ends in a fact or in a diagnostic that says why it was not read: no year, no
//! name, inside a noun phrase, of another period, of another region, restated, not understood.

use crate::text::{
    cat, char_count, ends_by, has, join, starts_by, sub, sub_from, trim_end_by, trim_start_by, words, List, Span,
};
pub mod atoms;
pub mod doc;
pub mod lexicon;
pub mod table;
pub mod token;

mod groups;
mod naming;
mod relations;

use groups::{completes_partition, same_partition, OpenGroup, Split, GROUP_REACH};
use naming::{
    clean_name, counts_places, ends_with_head, expand_shared, is_place, listed_names, measure_word, split_head,
    split_list, split_relative, split_share, subject_and_verb, subject_root, valid_name, without_respectively,
};

use atoms::Atom;
use doc::{Doc, Genre, When};
use lexicon::Lex;
use token::{Mark, Num, Time, Tok, Token};

use crate::facts::{
    Component, Context, ExchangeRate, Extraction, Fact, FactKind, Group, Link, MultipleWord, PriceBasis, Pull, Status,
    Yuan,
};
use crate::figure::{Bound, Decimal, Figure};
use crate::messages::{self, excerpt, Template};
use crate::period::Part;
use crate::unit::{Unit, UnitKind};

/// The kinds a list of names is counted in ("三个行业", "四大门类").
const COUNTED_KINDS: List = words!["个行业", "大行业", "个门类", "大门类", "个产业", "大产业", "个领域", "大领域"];

/// 一 to 十 and 两: the digits of a count written in characters.
fn is_chinese_digit(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两')
}

/// The time or place before the 与 of a listing ("全年与甲国、乙国…").
const LIST_LEADS: List = words!["全年", "今年", "上半年", "全市", "全县", "全区", "全省", "全州", "全盟", "全旗"];

/// Where the names of a figure-less clause end and what it says of them begins.
const LIST_ENDS: List =
    words!["同比", "增长", "增速", "增势", "保持", "实现", "均", "继续", "持续", "翻一番", "翻两番", "翻番"];

/// The words a release names the breadth of growth with ("增长面80.0%").
const BREADTH: List = words!["增长面", "增长比例"];

/// How many sentences after a pair that names its years a pair that names none takes them.
const PAIR_REACH: u32 = 3;

/// How many bytes of the next line a heading looks at.
const LINE_REACH: usize = 240;

/// How many atoms of the clause so far a time looks back over to tell whether it opens the
/// clause or comes before its name.
const ATOM_REACH: usize = 48;

/// Reads normalised prose into facts.
pub fn read(text: &str) -> Extraction {
    let toks = token::scan(text);
    let doc = doc::read(text, &toks);
    let newline = |k: usize| matches!(toks[k].tok, Tok::Mark(Mark::Newline));
    let paragraph_lines = !(1..toks.len()).any(|k| newline(k) && newline(k - 1));
    let mut r = Reader {
        sole_year: sole_year(text, &toks),
        caliber_note: caliber_note(text),
        own_level: None,
        first_person: first_person(text),
        in_dollars_at_all: DOLLARS.any_in(text),
        text,
        fate: vec![Fate::Unseen; toks.len()],
        toks,
        doc,
        ex: Extraction::default(),
        section: None,
        recent: None,
        recent_sentence: 0,
        last_pair: None,
        line: None,
        target_block: false,
        topic: None,
        topic_block: 0,
        opening_scope: None,
        section_scope: None,
        heading_part: None,
        account_unit: None,
        groups: Vec::new(),
        last_split: None,
        pulls: Default::default(),
        prev_names: Vec::new(),
        prev_listed: false,
        listed_before: None,
        month_on_month_at: 0,
        month_on_month_whole: 0,
        past_years: None,
        before_its_noun: None,
        band: None,
        view_sentence: None,
        semis: 0,
        sentence: 0,
        block: 1,
        paragraph: 1,
        paragraph_lines,
    };
    r.run();
    r.finish()
}

/// What became of a figure token.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fate {
    Unseen,
    Read,
    NotRead(Reason),
}

/// Why a figure was not read.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Reason {
    NoYear,
    NoName,
    NounPhrase,
    /// A count quoted alone ("“15条”"): a name, reported with the noun phrases.
    Quoted,
    OtherPeriod,
    OtherRegion,
    Restated,
    List(usize, usize),
    /// Right after a character the page's encoding lost ("?1.5亿元"), which may have been a digit.
    Garbled,
    /// A level at comparable prices beside the current-price one ("地区生产总值（可比价）…").
    ConstantPrices,
    Unknown,
}

/// A name and whose it is.
#[derive(Clone, Debug, PartialEq)]
struct Subject {
    name: String,
    scope: String,
    link: Link,
    /// The key of the total this is a part of, for a part named without a head noun.
    parent: String,
}

impl Subject {
    /// The same place, link and total under another name.
    fn renamed(&self, name: String) -> Subject {
        Subject { name, scope: self.scope.clone(), link: self.link, parent: self.parent.clone() }
    }

    /// The name, place, link and total of a fact read before.
    fn of_fact(f: &Fact) -> Subject {
        Subject { name: f.name.clone(), scope: f.ctx.scope.clone(), link: f.ctx.link, parent: f.ctx.parent.clone() }
    }

    /// `name` of the place and link of a fact's context, a part of no total.
    fn in_context(name: String, ctx: &Context) -> Subject {
        Subject { name, scope: ctx.scope.clone(), link: ctx.link, parent: String::new() }
    }
}

/// How many chars after "以N亿元的" a rank verb is looked for ("GDP总量位居…").
const RANK_REACH: usize = 14;

/// How far after an amount, in bytes (about 30 chars), a 年均 rate is looked for in its sentence:
/// "…完成300亿元，年均增长9%" writes it next, and a long sentence is not searched again for each
/// amount.
const RATE_REACH: usize = 90;

struct Reader<'a> {
    text: &'a str,
    /// A note that the text's growth is like for like ("注：增速按可比口径计算。"), the note's line.
    caliber_note: Option<&'a str>,
    toks: Vec<Token>,
    fate: Vec<Fate>,
    doc: Doc,
    ex: Extraction,
    /// The time a heading or a "到2020年：" line sets for what follows it.
    section: Option<When>,
    /// The time a sentence opens with, in force until the end of its line.
    line: Option<When>,
    /// The last year a sentence or heading named as its own ("2021年，…全面完成。"): what 全年
    /// refers to, and, in the genres that report what happened, the year of a later figure
    /// with no time in reach (a link by context).
    recent: Option<When>,
    /// The sentence that named [`Reader::recent`]: a figure in the sentence right after it is of
    /// that year as written, not a guess.
    recent_sentence: u32,
    /// The years of the last "由A增至B" pair that named them, its paragraph and the last sentence
    /// that held such a pair: a pair soon after it in the same paragraph that names no years is
    /// over the same years.
    last_pair: Option<((i32, i32), u32, u32)>,
    /// The one year the text names ([`sole_year`]): a figure carried to it is not a guess.
    sole_year: Option<i32>,
    /// The first word the text names its own region by before a figure ("全省经济总量…"): the
    /// level of a share's whole written as "占全省的比重".
    own_level: Option<Span>,
    /// The rank of the region the text calls its own in the first person ("我市", "本县"), which
    /// outranks [`Reader::own_level`]: a city's news may open on its province's figure.
    first_person: Option<u8>,
    /// Inside a list introduced by "主要预期目标是：".
    target_block: bool,
    /// The subject of the last clause that had one.
    topic: Option<Subject>,
    /// The paragraph whose figure named the topic (0 when a lead or a heading named it).
    topic_block: u32,
    /// A sub-unit a sentence opened with in a clause without figures ("甲度假区举办新春市集，
    /// 接待人次和收入分别增长…"), and the sentence: the scope of its names that bring none.
    opening_scope: Option<(u32, String)>,
    /// The zone a numbered heading names ("二、芦汀经开区"): the scope of the names under it that
    /// bring none, up to the next numbered heading.
    section_scope: Option<String>,
    /// A sector alone on its line ("第一产业") and that line's sentence: the sector of the
    /// figures on the next line that name none.
    heading_part: Option<(u32, String)>,
    /// The unit of government or place a sentence's first name was of when it is another than
    /// the text's own (区本级…), and the sentence: an account that goes on in the next
    /// ("加上市级补助收入…") is that unit's.
    account_unit: Option<(u32, String)>,
    groups: Vec<OpenGroup>,
    /// The last group written: a second breakdown of the same total (按阶段划分…，按行业划分…)
    /// starts after the first one's last part.
    last_split: Option<Split>,
    /// Members' pulls on their whole's growth read so far ([`Reader::pull`]): the figures'
    /// tokens, and each as a part.
    pulls: (Vec<usize>, Vec<Component>),
    /// The names of the last clause's figures, in order, for "分别增长3.7%、5.6%".
    prev_names: Vec<Subject>,
    /// Whether the last clause with figures gave them a list of names ("甲、乙分别增长…").
    prev_listed: bool,
    /// The last clause of a sentence without figures, and that sentence, for a list of names
    /// the next sentence's 分别 may take.
    listed_before: Option<(Span, u32)>,
    /// The paragraph whose sentence without figures said 环比 ("八大类价格环比呈“三涨五降”态势。"):
    /// the rates after it in the paragraph are on the month before.
    month_on_month_at: u32,
    /// The sentence whose rates were on the month before and none on the year before ("居民消费
    /// 价格环比上涨0.5%。"): a 其中 sentence right after it breaks those rates down.
    month_on_month_whole: u32,
    /// Whether the text says anywhere that figures are in dollars (以美元计…): only then is the
    /// sentence before each growth looked at ([`Reader::in_dollars`]).
    in_dollars_at_all: bool,
    /// The years a heading looks back over that the text does not date ("过去五年工作回顾" in a
    /// work report with no year of its own): an average growth in a year named under it runs
    /// over those years up to it.
    past_years: Option<u8>,
    /// A count after a verb and before its own noun, not read ("全市共有32.6万人次观看演出"):
    /// its token, its sentence and how many facts had been read then.
    before_its_noun: Option<(usize, u32, usize)>,
    /// A band before its noun ("500万元以上固定资产投资"): its figure's span, so that the name
    /// beginning right after the figure keeps it.
    band: Option<(usize, usize)>,
    /// The sentence the last view of a total opened in ("从三大门类看：…"): its figures are the
    /// view's parts.
    view_sentence: Option<u32>,
    /// The semicolons passed, for the lists a clause chain opened ([`Reader::semicolon`]).
    semis: u32,
    /// The number of the sentence being read.
    sentence: u32,
    /// The number of the paragraph being read: a blank line starts the next.
    block: u32,
    /// The number of the paragraph as statements are compared (`Context::block`): a text
    /// without blank lines (`paragraph_lines`) sets its paragraphs one per line, and there a line
    /// that ends a sentence ends a paragraph too. A topic still reaches over such lines, as it
    /// does over the sentences of one paragraph.
    paragraph: u32,
    paragraph_lines: bool,
}

/// State while reading one sentence.
#[derive(Default)]
struct Sentence {
    /// Where the sentence ends in the text (0 when it is part of a larger one).
    end: usize,
    /// The subject a figure-less clause of the sentence led with ("家具出口增长较快，…"): a
    /// measure it ends with, named again after it ("累计出口85.3亿元"), is its.
    lead: Option<Subject>,
    /// The time the clause in progress has set, and the sentence's.
    when: Option<When>,
    status: Status,
    basis: PriceBasis,
    /// A name was just marked at comparable prices ("地区生产总值（可比价）完成460000万元"): the
    /// level after it is in a base year's prices, not comparable with current-price levels.
    constant_prices: bool,
    /// Years of a "由A…增至B" pair, for a 年均 rate after it.
    pair: Option<(i32, i32)>,
    /// A pair's first level took the start of a stretch not over when the text was written, so
    /// the stretch's end year is a guess for the rest of the sentence.
    pair_guessed: bool,
    pair_from: Option<i32>,
    /// The end year of a pair whose first level took its years from [`Reader::last_pair`]: the
    /// second must fall in it.
    pair_carried_to: Option<i32>,
    /// The first and last of a list of consecutive years whose values were just read in turn
    /// ("2021年、2022年、2023年…分别下降…"): a sum after them (累计下降9.1%) runs over them all.
    listed_years: Option<(i32, i32)>,
    /// The year of a level compared with ("比2012年的13567元"), for the change after it.
    than_base: Option<i32>,
    /// The year a clause that only compares ("与2015年相比") sets as the base of growth after it.
    than_frame: Option<i32>,
    /// The statistics this sentence says double (翻一番), read once the period is known.
    doubling: Option<(Vec<Subject>, u8, Span)>,
    /// The year a doubling is counted from when the text names it ("比2020年翻一番").
    doubling_base: Option<i32>,
    /// The year in force where 翻一番 was read ("到2035年…比2020年翻一番，…；到2025年…"): the
    /// doubling's end, whatever later clauses of the sentence name.
    doubling_to: Option<i32>,
    /// The last clause, when it had no figures: the names it lists ("书报类、文具类和健身用品类
    /// 同比增长较快") take the 分别 values of the clause after it. Read only when those come.
    listed: Option<Span>,
    /// A figure of a wider region than the text's own was just set aside ("同期，全市…"): the
    /// figures after it that name nothing are that region's too.
    wider: bool,
    /// A wider region's figure was set aside in this sentence, and a 其中 list after it
    /// ("同期，全省…8624.6亿元，其中出口…，进口…") is its parts: set aside too.
    wider_set_aside: bool,
    wider_parts: bool,
    /// A time the text names but does not date (目前, 今后五年): the sentence's figures after
    /// it have no year.
    undated: bool,
    /// The first name read in each clause so far, for a 分别 list that names none itself.
    subjects: Vec<Subject>,
    /// A list of times a clause without figures opened ("2016年、2017年，…分别…").
    times: Vec<When>,
    /// Whether a time of the sentence has set the line's, and whether a figure was read.
    line_set: bool,
    read_any: bool,
    /// A share a clause without figures frames for the parts named after it ("三次产业增加值占
    /// 地区生产总值的比重，第一产业为6.2%…"): the parts' measure, the whole and the share word.
    share_frame: Option<(String, String, String)>,
    /// The share the last figure of the sentence stated, for a shift in points after it
    /// ("占全省比重为40.5%，较上年提高1.2个百分点").
    last_share: Option<Subject>,
    /// The part and the whole of the sentence's last share that named its whole, for a share
    /// after it that names none ("…占全行业的40%；其次是乙产业，…所占比重为30%").
    share_whole: Option<(String, String)>,
    /// A ranking of this sentence named the topic ("其次是信息服务业，增加值为…"): a bare
    /// measure after it is of that part as written, not a guess from context.
    ranked: bool,
    /// The time in force before a part of it named after 其中 ("2024年…，其中四季度…；城镇…"), or
    /// before an earlier year named for a base ("…，2022年为292.74亿元；其中…"): the clauses
    /// after the next ； are of it again.
    until_semicolon: Option<Option<When>>,
    /// The sentence opens with 加上, 减去 or 扣除: it goes on with the account of the one before.
    goes_on_account: bool,
    /// The time to go back to after the clause in progress: "2024年，…2541.9亿元，上年…2406.7亿元，
    /// 增加135.2亿元，名义增长5.6%": the change and growth after a base of 上年 are the year's.
    until_clause: Option<Option<When>>,
    /// A clause without figures said 环比: the rates after it in the sentence are on the month
    /// before, unless they say 同比.
    month_on_month: bool,
    /// A change since another period was just passed over ("比年初增加143.37亿元", "当月增加…"):
    /// a growth right after it with no comparison of its own ("，增长3.9%") is since that period.
    after_other_change: bool,
    /// A figure was a stretch goal (力争…): the figures after it up to the next ； are too.
    stretch: bool,
    /// A clause compared with a budget or a plan (比年初预算数减少…): the changes and growth after
    /// it in the sentence are against that, unless they say 同比 or 比上年.
    vs_plan: bool,
    /// The sentence compares with a plan ([`against_plan`]) or holds a word of
    /// [`lexicon::LEADING_PARTS`].
    plan_or_parts: bool,
}

/// State while reading one clause.
#[derive(Default)]
struct Clause {
    subject: Option<Subject>,
    /// A list of names the clause's figures take in turn (分别).
    names: Vec<Subject>,
    next_name: usize,
    each: bool,
    /// The role of the last figure, for figures that continue a list ("3.7%、5.6%").
    last: Option<Role>,
    /// The time of the last figure's own chain and whether a 由 led it, for the values that
    /// continue its list ("由2005年的640亿元和104.55亿元增至…": both at 2005, both first of a pair).
    list_head: (Option<Time>, bool),
    /// Names of the figures read in this clause.
    read: Vec<Subject>,
    /// The whole of the last share read, for "比重由10.9%提高到29.4%".
    whole: Option<String>,
    /// A 分别 list whose names and values do not pair up: (names, values).
    unaligned: Option<(usize, usize)>,
    /// The times the clause opens with: one, or a list ("2016年、2017年").
    times: Vec<When>,
    /// The share word of the clause ("比例", "比重"), for the values of a list after it.
    share_word: Option<String>,
    /// The times a list of values takes in turn, and the next one's index.
    paired: Vec<When>,
    next_time: usize,
    /// A list of pulls ("分别拉动经济增长1.4、2.8和3.5个百分点"): the words before its first value,
    /// how many values were read, and the members the words list before the pull ("第一、二、三
    /// 产业分别拉动…"; else those of the clause before).
    pulls: Option<(String, usize, Vec<String>)>,
}

/// What a figure is, read from the words before it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Level(Bound),
    /// Growth over the previous period (sign of the word).
    Yoy(i8),
    /// Compound annual rate over a range.
    Average(i8),
    TwoYearAverage(i8),
    /// Growth since a base time: × (1 + p/100), or 增长N倍.
    Since {
        base: i32,
        word: MultipleWord,
        sign: i8,
    },
    /// 是…的N倍 of a base time.
    Times {
        base: i32,
    },
    /// An absolute change over the previous period (or since `base`).
    Change {
        sign: i8,
        base: Option<i32>,
    },
    /// A change of a share or rate in percentage points.
    Shift {
        sign: i8,
        base: Option<i32>,
    },
    Share,
    Completion,
    Cumulative,
    /// A plan's or budget's figure ("完成年初预算数60999万元的…"): the target of a completion.
    PlanLevel,
    /// The level of the period before ("比去年同期73.79亿元增加了1.54亿元").
    /// The level of the period compared with: the year before, or the year named ("比2012年的
    /// 13567元").
    Previous {
        base: Option<i32>,
    },
    Comparison,
    OtherPeriod,
}

impl<'t> Reader<'t> {
    /// The text at `span`.
    fn at(&self, span: &Span) -> &'t str {
        sub(self.text, span.start, span.end)
    }

    /// The last `n` facts read, the latest last: the reader's look-backs are bounded, so that a
    /// text of many statements stays linear. A slice rather than `iter().rev().take(n)`, whose
    /// adapter is copied into every look-back in the wasm.
    fn recent(&self, n: usize) -> &[Fact] {
        let facts = &self.ex.facts;
        &facts[facts.len().saturating_sub(n)..]
    }

    /// The text of `atoms`, cues and cores alike, joined.
    fn atoms_text(&self, atoms: &[(Atom, Option<Time>)]) -> String {
        let mut text = String::new();
        for (a, _) in atoms {
            let (Atom::Core(sp) | Atom::Cue(_, sp)) = a;
            text.push_str(self.at(sp));
        }
        text
    }

    fn run(&mut self) {
        let tables = table::find(self.text, self.doc.plan);
        let mut next_table = 0;
        let mut i = 0;
        let n = self.toks.len();
        while i < n {
            // A table is read whole when the reader reaches it.
            if let Some(t) = tables.get(next_table).filter(|t| self.toks[i].span.start >= t.span.start) {
                next_table += 1;
                self.table(t);
                while i < n && self.toks[i].span.start < t.span.end {
                    i += 1;
                }
                continue;
            }
            // A sentence runs to a full stop or a line break that ends a line; a line a PDF
            // wrapped in mid-sentence goes on in the next.
            let mut j = i;
            while j < n {
                match self.toks[j].tok {
                    Tok::Mark(Mark::Stop) => break,
                    Tok::Mark(Mark::Newline) if !self.wrapped(j) => break,
                    _ => j += 1,
                }
            }
            let end_mark = self.toks.get(j).map(|t| t.tok.clone());
            self.sentence(i, j);
            // A line break ends what a sentence's opening time set, unless the line was a
            // heading that introduces what follows.
            if matches!(end_mark, Some(Tok::Mark(Mark::Newline))) {
                self.line = None;
                // A headline is a paragraph of its own: the body that repeats its figures is
                // compared with it.
                // A news item's "原标题：…" under its source line is a headline too.
                let title = self.toks[j].span.end <= self.doc.title_end
                    || headline(line_of(self.text, self.toks[j].span.start));
                // So is a numbered section ("二、工业和建筑业"): a bulletin's summary and the
                // section that restates a figure are compared.
                let next = sub_from(self.text, self.toks[j].span.end);
                let section = section_heading(next) || headline(next);
                if title || section || matches!(self.toks.get(j + 1).map(|t| &t.tok), Some(Tok::Mark(Mark::Newline))) {
                    self.new_block();
                } else if self.paragraph_lines && j > 0 && matches!(self.toks[j - 1].tok, Tok::Mark(Mark::Stop)) {
                    self.paragraph += 1;
                }
                // An item of a dashed list ("——年计划…") names its own subject: the item before
                // names nothing in it.
                if self.toks.get(j + 1).is_some_and(|t| self.at(&t.span).starts_with('—')) {
                    self.topic = None;
                }
            }
            // Lists of parts end with their sentence; a line that ends in "；" or "：" goes on
            // in the next ("分主要税种看：⏎增值税…；⏎企业所得税…；").
            let continues = j > i && matches!(self.toks[j - 1].tok, Tok::Mark(Mark::Semi | Mark::Colon));
            if !(matches!(end_mark, Some(Tok::Mark(Mark::Newline))) && continues) {
                self.close_groups(false);
            }
            i = j + 1;
        }
        self.close_groups(false);
    }

    /// True for a line break at token `k` that a PDF put in mid-sentence: the line before it is
    /// a full line (at least [`WRAPPED_LINE_CHARS`]) that ends without a sentence mark, and the
    /// line after it does not start a numbered item.
    fn wrapped(&self, k: usize) -> bool {
        let at = self.toks[k].span.start;
        // The last line with text: PDF extraction puts a blank line between pages, but a run of
        // blank lines is no wrap (and is passed over in constant time per line break).
        let bytes = self.text.as_bytes();
        let mut end = at;
        while end > 0 && matches!(bytes[end - 1], b'\n' | b'\r' | b' ' | b'\t') {
            end -= 1;
            if at - end > 4 {
                return false;
            }
        }
        let mut from = end.saturating_sub(WRAP_LOOKBACK);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let line_start = from + crate::text::rfind_ascii(sub(self.text, from, end), b'\n').map_or(0, |i| i + 1);
        let line = sub(self.text, line_start, end);
        if char_count(line) < WRAPPED_LINE_CHARS {
            return false;
        }
        if lexicon::NUMBERED_HEADINGS.any_starts(line) || headline(line) || caption(line) {
            return false;
        }
        if ends_by(line, |c| matches!(c, '。' | '；' | '！' | '？' | '：' | '.' | ';' | '!' | '?' | ':' | '|')) {
            return false;
        }
        // A chart's or table's caption ends on its unit ("…增长速度 单位:亿元、%").
        let unit_note = words!["单位:", "单位："].split_first(line).map(|(_, note)| note);
        if unit_note.is_some_and(|t| char_count(t) <= 8) {
            return false;
        }
        // The title, the lines above it and a dateline line are lines of their own.
        if line_start < self.doc.title_end || crate::text::trim(sub(self.text, 0, line_start)).is_empty() {
            return false;
        }
        // A dateline line: a date among the line's tokens before this one.
        for t in self.toks[..k].iter().rev() {
            if t.span.start < line_start {
                break;
            }
            if matches!(t.tok, Tok::Time(Time::Date { .. })) {
                return false;
            }
        }
        let rest = crate::text::sub_from(self.text, self.toks[k].span.end);
        let after = trim_start_by(rest.get(..rest.len().min(WRAP_LOOKBACK)).unwrap_or(rest), |c| c == '\n');
        // A page's date or source line ("日期：2022年01月18日", "来源：…") is no sentence's end.
        if lexicon::PAGE_META.any_starts(after) {
            return false;
        }
        let numbered = starts_by(after, opens_numbered)
            || starts_by(after, |c| c.is_ascii_digit())
                && crate::text::nth_char(after, 1).is_some_and(|c| matches!(c, '.' | '、' | '）' | ')'));
        // "…减少2.10万人⏎⏎工业⏎⏎从业人员…": after a blank line, a short label alone on its line
        // (a chart flattened to text) starts a line of its own; a page break's continuation
        // carries the sentence's figures or marks.
        let blank = rest.starts_with('\n') || sub(self.text, end, at).contains('\n');
        let next_line = sub(after, 0, after.find('\n').unwrap_or(after.len()));
        let label = blank
            && after.contains('\n')
            && (1..=8).contains(&char_count(next_line))
            && crate::text::all_by(next_line, crate::text::is_letter);
        // "云溪县：364.5亿元，增长3.9%⏎南苇区：…": a line of a table of places.
        !numbered && !label && !after.is_empty() && !crate::normalize::place_label(after)
    }

    fn sentence(&mut self, a: usize, b: usize) {
        if a >= b {
            return;
        }
        self.sentence += 1;
        let has_figure = self.toks[a..b].iter().any(|t| matches!(t.tok, Tok::Num(_) | Tok::Ratio(_)));
        let span = Span::new(self.toks[a].span.start, self.toks[b - 1].span.end);
        let raw = self.at(&span);
        if self.doc.year.is_none() {
            self.doc.year = year_of_the_plan(&self.toks[a..b], raw);
        }
        // A heading or an introducing line ("到2020年，全县要实现四大具体目标：") sets the
        // time and status of what follows.
        if !has_figure {
            let line_end = |k: usize| matches!(self.toks.get(k).map(|t| &t.tok), Some(Tok::Mark(Mark::Newline)) | None);
            // "一、1-3月份主要经济指标完成情况。": a numbered heading is one with its full stop too.
            let stopped = matches!(self.toks[b..], [Token { tok: Tok::Mark(Mark::Stop), .. }, ..])
                && line_end(b + 1)
                && lexicon::NUMBERED_HEADINGS.any_starts(crate::text::trim_start(raw));
            let own_line =
                (line_end(b) || stopped) && (a == 0 || matches!(self.toks[a - 1].tok, Tok::Mark(Mark::Newline)));
            self.heading(a, b, raw, own_line);
            if has(raw, "环比") {
                self.month_on_month_at = self.paragraph;
            }
            return;
        }
        let mut s = Sentence { when: self.line, end: span.end, ..Sentence::default() };
        s.goes_on_account = words!["加上", "减去", "扣除"].any_starts(crate::text::trim_start(raw));
        // "从环比看，…": a price release's paragraph on the month before.
        if lexicon::MONTH_ON_MONTH_VIEWS.any_starts(crate::text::trim_start(raw)) {
            self.month_on_month_at = self.paragraph;
        }
        s.month_on_month = self.month_on_month_at == self.paragraph
            || self.month_on_month_whole + 1 == self.sentence && crate::text::trim_start(raw).starts_with("其中");
        if has(raw, "环比") && !has(raw, "同比") {
            self.month_on_month_whole = self.sentence;
        }
        s.plan_or_parts = against_plan(raw) || lexicon::LEADING_PARTS.any_in(raw);
        s.status = if self.target_block || is_target_text(raw) { Status::Target } else { Status::Actual };
        // "预计目标" names a plan, not an estimate.
        if estimate_word(raw) {
            s.status = Status::Estimate;
        }
        let facts_at_start = self.ex.facts.len();
        let (mut account_start, mut account_facts) = (span.start, facts_at_start);
        // Clauses: split at commas, semicolons and colons outside parentheses.
        let mut start = a;
        let mut depth = 0;
        let mut first = true;
        let mut k = a;
        while k <= b {
            let boundary = k == b
                || match self.toks[k].tok {
                    Tok::Mark(Mark::Open) => {
                        depth += 1;
                        false
                    }
                    Tok::Mark(Mark::Close) => {
                        depth = (depth - 1).max(0);
                        false
                    }
                    // "结构比例为：15.5:24.5:60.0": a colon between a verb and its value ends no
                    // clause.
                    Tok::Mark(Mark::Colon) => depth == 0 && !self.value_after_verb(k),
                    Tok::Mark(Mark::Comma | Mark::Semi) => depth == 0,
                    _ => false,
                };
            if boundary {
                if k > start {
                    self.clause(start, k, &mut s, first);
                    first = false;
                }
                if let Some(w) = s.until_clause.take() {
                    s.when = w;
                    s.until_semicolon = None;
                }
                if k < b && matches!(self.toks[k].tok, Tok::Mark(Mark::Semi)) {
                    // "收入…，加上级补助收入…，收入总计…；支出…，加上解支出…，支出总计…": each
                    // account ends at its ；.
                    let account = Span::new(account_start, self.toks[k].span.start);
                    self.added_to_a_total(account_facts, self.at(&account));
                    (account_start, account_facts) = (self.toks[k].span.end, self.ex.facts.len());
                    self.semicolon();
                    if let Some(w) = s.until_semicolon.take() {
                        s.when = w;
                    }
                    s.stretch = false;
                    // "…，扣除价格因素，实际增长4.2%；农村居民…增长7.0%": a basis told for one
                    // figure ends at its ；.
                    s.basis = PriceBasis::Unstated;
                    s.constant_prices = false;
                }
                start = k + 1;
            }
            k += 1;
        }
        self.sentence_shares(facts_at_start, &s);
        // Few sentences state a breadth of growth: the word is looked for before the figures.
        if BREADTH.any_in(raw) {
            self.breadth(a, b, &s);
        }
        self.added_to_a_total(account_facts, self.at(&Span::new(account_start, span.end)));
        // "区本级一般公共预算收入200.0亿元。加上…": the unit an account opens with, for the
        // sentences that go on with it; an account continued keeps it.
        let unit = s.subjects.first().map(|f| &f.scope).filter(|u| u.ends_with("本级"));
        if let Some(unit) = unit {
            self.account_unit = Some((self.sentence, unit.clone()));
        } else if let Some((at, _)) = self.account_unit.as_mut().filter(|_| s.goes_on_account) {
            *at = self.sentence;
        }
        self.finish_sentence(&mut s);
        if s.when.is_some() && self.line.is_none() {
            self.line = s.when.filter(|w| w.link == Link::Explicit);
        }
    }

    /// A blank line, a heading or a table: a new paragraph, and the end of what the one before
    /// set as its topic.
    fn new_block(&mut self) {
        self.block += 1;
        self.paragraph += 1;
    }

    /// Whether the colon at token `k` stands between a level verb and the figure it introduces.
    fn value_after_verb(&self, k: usize) -> bool {
        let value = matches!(self.toks.get(k + 1).map(|t| &t.tok), Some(Tok::Num(_) | Tok::Ratio(_)));
        value && ends_by(sub(self.text, 0, self.toks[k].span.start), |c| matches!(c, '为' | '是' | '达'))
    }

    /// Reads a table: its entries become facts; the rows under a "按城乡分" row are parts of
    /// the row before it.
    fn table(&mut self, t: &table::Table) {
        self.sentence += 1;
        // A table is a paragraph of its own: the prose that states its figures is compared
        // with it.
        self.new_block();
        // With no year of its own, a table restates the year the paragraph before it reported.
        let when = self.section.or(self.line).or_else(|| self.default_when()).or(self.recent);
        let s = Sentence { when, ..Sentence::default() };
        let mut read: Vec<Span> = Vec::new();
        // "其中：城镇 | 20.00" under "年末户籍人口 | 50.00": a part of the row before, and so
        // are the rows after it of the same partition (乡村); another row ends the parts. A
        // 其中 row right after parts breaks the same total down again (by age after 城乡); after
        // two totals in a row (户籍人口, 常住人口) its total is not known, and it is no part.
        let groups_before = self.groups.len();
        let mut first_part: Option<String> = None;
        let mut last_row = String::new();
        let mut totals_run = 0;
        let mut row_total: Option<usize> = None;
        let mut part_total: Option<usize> = None;
        // "地区生产总值 | 10000 | 5.0 | 100" in a 构成 column: the whole of the rows below it.
        let mut whole_row: Option<String> = None;
        for e in &t.entries {
            let raw = match e {
                table::Entry::Level { name, .. }
                | table::Entry::Rate { name, .. }
                | table::Entry::Shift { name, .. }
                | table::Entry::Average { name, .. }
                | table::Entry::Yoy { name, .. }
                | table::Entry::Share { name, .. } => name,
            };
            let among = words!["其中：", "其中:", "其中"].strip_any_prefix(raw);
            if *raw != last_row {
                last_row = raw.clone();
                match among {
                    Some(part) => {
                        let total = match totals_run {
                            0 => part_total,
                            1 => row_total,
                            _ => None,
                        };
                        self.close_table_groups(groups_before);
                        if let Some(total) = total {
                            self.push_group(total, false, true);
                        }
                        part_total = total;
                        first_part = Some(part.to_string());
                        totals_run = 0;
                    }
                    None if first_part.as_deref().is_some_and(|p| same_partition(p, raw)) => {}
                    None => {
                        self.close_table_groups(groups_before);
                        first_part = None;
                        totals_run += 1;
                    }
                }
            }
            // A 其中 row's name without its 其中.
            let part_name = among.map(str::to_string);
            // "本月 │ … │ 本月止累计 │ …" under a release of 1-11月 or of 11月: the month, or
            // January to it; a month no period in force names is not read.
            let in_force = when.map_or(Part::Year, |w| w.part);
            let part = match e {
                table::Entry::Level { stretch: Some(st), .. } | table::Entry::Yoy { stretch: Some(st), .. } => {
                    match (st, in_force.last_month()) {
                        (table::Stretch::Month, Some(n)) => Part::Month(n),
                        (table::Stretch::ToDate, Some(n)) => Part::Months(n).canonical(),
                        (table::Stretch::ToDate, None) => in_force,
                        (table::Stretch::Month, None) => continue,
                    }
                }
                _ => in_force,
            };
            let (name, kind, span) = match e.clone() {
                table::Entry::Level { name, year, figure, unit, .. } => {
                    let Some(year) = year.or(when.map(|w| w.year)) else { continue };
                    (part_name.unwrap_or(name), FactKind::Level { year, figure, unit }, figure.span)
                }
                table::Entry::Rate { name, from, to, figure } => {
                    (part_name.unwrap_or(name), FactKind::Rate { from, to, figure }, figure.span)
                }
                table::Entry::Shift { name, from, to, figure, unit } => {
                    (part_name.unwrap_or(name), FactKind::Change { from, to, figure, unit }, figure.span)
                }
                table::Entry::Yoy { name, year, figure, .. } => {
                    let Some(year) = year.or(when.map(|w| w.year)) else { continue };
                    (part_name.unwrap_or(name), FactKind::Rate { from: year - 1, to: year, figure }, figure.span)
                }
                table::Entry::Share { name, year, whole, figure } => {
                    let Some(year) = year.or(when.map(|w| w.year)) else { continue };
                    if whole.is_empty() && part_name.is_none() && figure.number.to_f64() == 100.0 {
                        let cell = sub(self.text, figure.span.start, figure.span.end);
                        self.ex.diag("whole_share", figure.span, messages::WHOLE_SHARE.fill(&[&cell, &name]));
                        read.push(figure.span);
                        whole_row = Some(name);
                        continue;
                    }
                    // A 比重 column names no whole: a part's is the total it is listed under, else
                    // the row whose share is 100.
                    let whole = match self.groups.last().filter(|_| whole.is_empty()) {
                        Some(g) if self.groups.len() > groups_before => self.ex.facts[g.total].name.clone(),
                        _ if whole.is_empty() => whole_row.clone().unwrap_or_default(),
                        _ => whole,
                    };
                    if whole.is_empty() {
                        continue;
                    }
                    let name = cat(&[&part_name.unwrap_or(name), "占", &whole, "比重"]);
                    (name, FactKind::Level { year, figure, unit: Unit::percent() }, figure.span)
                }
                table::Entry::Average { .. } => continue,
            };
            let mut subject = self.subject_from(&name);
            if self.groups.len() > groups_before && subject.parent.is_empty() {
                subject.parent = self.parent_for(&subject.name);
            }
            let ctx = Context { scope: subject.scope.clone(), part, ..Context::default() };
            let level = matches!(kind, FactKind::Level { .. });
            let i = self.push(&subject, kind, span, &s, Some(ctx));
            if level && self.groups.len() > groups_before {
                self.add_part(i);
            }
            // A row outside any 其中 list is a total the next 其中 row may break down.
            if level && first_part.is_none() {
                row_total = Some(i);
            }
            read.push(span);
        }
        self.close_table_groups(groups_before);
        for &b in &t.bracketed {
            let cell = self.at(&b);
            self.ex.diag("cumulative_not_checked", b, messages::CUMULATIVE_NOT_CHECKED.fill(&[&excerpt(cell)]));
        }
        let first = token::first_from(&self.toks, t.span.start);
        for k in first..self.toks.len() {
            let tk = &self.toks[k];
            if tk.span.start >= t.span.end {
                break;
            }
            if t.bracketed.iter().any(|b| b.start <= tk.span.start && tk.span.end <= b.end) {
                if let Tok::Num(n) = &tk.tok {
                    if counts_as_figure(n) {
                        self.ex.figures.push(n.digits);
                    }
                }
                self.fate[k] = Fate::Read;
                continue;
            }
            if let Tok::Num(n) = &tk.tok {
                // A figure in a cell counts though its unit is in the header ("300.00" under
                // "绝对数(亿元)").
                // A cell's figure holds its sign ("-0.2"), which the scanner may leave out of
                // the digits: the two meet where the digits end.
                let ends_cell = |r: &Span| r.end == n.digits.end;
                let in_cell = read.iter().any(ends_cell) || t.unread.iter().any(ends_cell);
                if counts_as_figure(n) || in_cell {
                    self.ex.figures.push(n.digits);
                }
                if read.iter().any(|r| r.start <= n.digits.start && n.digits.end == r.end) {
                    self.fate[k] = Fate::Read;
                } else {
                    self.not_read(k, Reason::Unknown);
                }
            }
        }
        self.new_block();
    }

    /// A line or sentence without figures: its time, if it names one alone, holds for what
    /// follows; "目标" in it makes what follows targets; a name in it is a topic.
    fn heading(&mut self, a: usize, b: usize, raw: &str, own_line: bool) {
        // A time compared with ("较上年增长(%)", a table's column label) sets no period.
        let mut times: Vec<Time> = Vec::new();
        for t in &self.toks[a..b] {
            // Nor does one things are counted from ("打破了2011年5月以来…的局面").
            if let Tok::Time(tm) = t.tok {
                if !doc::compared_with(self.text, t.span) && !doc::since(self.text, t.span.end) {
                    times.push(tm);
                }
            }
        }
        let introduces = matches!(self.toks[b - 1].tok, Tok::Mark(Mark::Colon));
        let short = char_count(raw) <= 30;
        // A dateline ("（2023年5月17日）", "(2023年4月)" under a bulletin's title) dates the
        // text; it does not set a period.
        let bracketed = starts_by(crate::text::trim(raw), |c| matches!(c, '(' | '（'))
            && ends_by(crate::text::trim(raw), |c| matches!(c, ')' | '）'));
        // So does a month alone on its line before the text's first figure ("…统计公报⏎乙县统计局⏎
        // 2024年5月"), or ending the issuer's line ("乙县统计局 2024年5月").
        let alone = own_line && matches!(self.toks[b - 1].tok, Tok::Time(_)) && self.ex.facts.is_empty();
        let month_dateline =
            (bracketed || alone) && matches!(times.first(), Some(Time::Part { year: Some(_), part: Part::Month(_) }));
        if month_dateline && times.len() == 1 {
            return;
        }
        // "2017-2021年全县地区生产总值构成": a chart's caption names the years it draws, not the
        // period of the text after it.
        let period = times.len() == 1 && !matches!(times[0], Time::Date { .. }) && !month_dateline && !caption(raw);
        // "2018年政府工作报告" names when the report was given, not the year its results are of,
        // in the title or repeated under it.
        let report_title = self.doc.genre == Genre::WorkReport && has(raw, "工作报告");
        if let [t @ Time::Year { .. }, rest @ ..] = times.as_slice() {
            if rest.iter().all(|r| r == t) && !report_title {
                self.recent = self.doc.resolve(*t, None);
                self.recent_sentence = self.sentence;
            }
        }
        // "2018年是我县充满挑战的一年。": a sentence about a year opens the account of it.
        let about_year = matches!(self.toks[a].tok, Tok::Time(Time::Year { .. })) && has(raw, "一年");
        if period && ((own_line && (short || introduces)) || about_year) && !report_title {
            // A period without a year ("一、1-3月份主要经济指标") is of the section's year, else
            // of the year a line before named ("紧扣2025年重点工作目标…").
            self.past_years = None;
            match (self.doc.resolve(times[0], self.section.or(self.recent)), times[0]) {
                (Some(w), _) => self.section = Some(w),
                (None, Time::Rel(token::Rel::PastYears(n))) => self.past_years = Some(n),
                _ => {}
            }
        }
        // "一、2023年主要预期目标" on a line of its own heads a section of targets, up to the
        // next numbered heading ("二、2023年计划执行情况").
        let numbered = own_line && lexicon::NUMBERED_HEADINGS.any_starts(crate::text::trim_start(raw));
        // A numbered section ("一、综合") opens a new subject: the one of the text before it
        // names nothing after it.
        if numbered {
            self.topic = None;
            // "二、芦汀经开区": a section of a zone; the figures under it that name no place are
            // the zone's, up to the next numbered heading.
            let title = lexicon::NUMBERED_HEADINGS.strip_any_prefix(crate::text::trim(raw)).unwrap_or("");
            let zone = (2..=12).contains(&char_count(title))
                && SITES.any_ends(title)
                && crate::text::all_by(title, crate::text::is_letter);
            self.section_scope = zone.then(|| title.to_string());
        }
        if is_target_text(raw) && (introduces || numbered) {
            self.target_block = true;
        } else if introduces || b - a > 3 || numbered {
            self.target_block = self.target_block && introduces;
        }
        // A figure-less clause ending in an indicator's head noun names what comes next
        // ("一是生产总值翻一番" → 生产总值).
        let mut s = Sentence { when: self.section, ..Sentence::default() };
        let mut start = a;
        for k in a..=b {
            let end = k == b || matches!(self.toks[k].tok, Tok::Mark(Mark::Comma | Mark::Semi | Mark::Colon));
            if end {
                if k > start {
                    self.clause(start, k, &mut s, start == a);
                }
                start = k + 1;
            }
        }
        self.finish_sentence(&mut s);
        self.listed_before = s.listed.map(|sp| (sp, self.sentence));
        // "第一产业⏎⏎就业人员366.16万人 较2012年减少…": a sector alone on its line, in a chart
        // flattened to text, is of the figures on the line under it, a line of figures without
        // clause marks ("农业⏎全年粮食总产量…，比上年增长1.4%。" is a bulletin's section).
        if own_line {
            let line = crate::text::trim(raw);
            let after = crate::text::trim_start(sub_from(self.text, self.toks[b - 1].span.end));
            let next = sub(
                after,
                0,
                crate::text::floor_boundary(after, after.find('\n').unwrap_or(after.len()).min(LINE_REACH)),
            );
            let chart_line = !crate::text::any_by(next, |c| matches!(c, '，' | '。' | '；' | ',' | ';'));
            let sector = (2..=8).contains(&char_count(line))
                && line.ends_with('业')
                && crate::text::all_by(line, crate::text::is_letter)
                && !numbered
                && chart_line;
            self.heading_part = sector.then(|| (self.sentence, line.to_string()));
        }
        // "其中：长绒棉" on a line of its own, in a table flattened one cell per line: the part
        // the figures under it are of, not the total named above it.
        if own_line {
            let part = crate::text::trim(raw)
                .strip_prefix("其中")
                .map(|p| trim_start_by(p, |c| matches!(c, ':' | '：' | ' ')));
            if let Some(part) = part.filter(|p| (2..=10).contains(&char_count(p)) && valid_name(p)) {
                self.topic = Some(self.subject_from(part));
                self.topic_block = self.block;
            }
        }
    }

    /// "…，其中出口…，出口中机电产品…，其中高新技术产品…；进口…": the lists a clause chain nested
    /// inside the first it opened end at its semicolon; that first list goes on. (A 其中 list
    /// nested in a breakdown opened before ends when the next part is a sibling of the
    /// breakdown's; that is decided as parts arrive, in `add_part`.)
    fn semicolon(&mut self) {
        while let [.., below, top] = self.groups.as_slice() {
            if top.semis != self.semis || below.semis != self.semis {
                break;
            }
            self.close_last();
        }
        self.semis += 1;
    }

    fn finish_sentence(&mut self, s: &mut Sentence) {
        if let Some((subjects, k, span)) = s.doubling.take() {
            // "到2025年…比2020年翻一番": from the year compared with to the year in force.
            let named = s.doubling_base.and_then(|from| {
                let to = s.doubling_to.or_else(|| Some(s.when.or(self.line).or(self.section)?.year))?;
                (to > from).then_some((from, to))
            });
            let range =
                named.or(s.pair).or(s.when.and_then(|w| w.range)).or(self.section.and_then(|w| w.range)).or_else(
                    || self.doc.plan.filter(|_| self.doc.genre == Genre::FiveYearPlan).map(|(a, b)| (a - 1, b)),
                );
            if let Some((from, to)) = range {
                let figure = Figure::new(Decimal { mantissa: i64::from(k), exp: 0 }, Bound::Ge, span);
                for subject in &subjects {
                    let kind = FactKind::Multiple { from, to, word: MultipleWord::Doubling, figure };
                    self.push(subject, kind, span, s, None);
                }
            }
        }
    }

    /// A time that opens a sentence, or the first one a sentence names before any of its
    /// figures ("记者从27日召开的会上获悉，“十二五”期间，…"), holds for the rest of the line.
    /// A date does not: it says when something was published or held, not what period the
    /// figures after it cover.
    fn set_line(&mut self, t: Time, w: When, first: bool, s: &mut Sentence) {
        if matches!(t, Time::Date { .. }) || !(first || (!s.line_set && !s.read_any)) {
            return;
        }
        // "2023年，全市地区生产总值…。上年全市地区生产总值为2705.8亿元。全市人均…": a sentence
        // that goes back to the year before the line's restates a base; it dates itself, not the
        // rest of the line.
        let base = matches!(t, Time::Rel(token::Rel::PrevYear | token::Rel::YearStart))
            || self.line.is_some_and(|l| l.part == Part::Year && w.part == Part::Year && w.year + 1 == l.year);
        if base && self.line.is_some() {
            return;
        }
        // "“十三五”时期，…取得新突破。" before a paragraph of results: the period they report,
        // unless a year named before falls in it ("2021年，…实现了“十四五”良好开局" reports 2021).
        // A whole period that holds that year ("2021年是不平凡的一年。…实现了“十四五”良好开局。
        // 全县生产总值…") sets no time for the rest of the line either; "“十四五”末" still does.
        let holds_recent = match t {
            Time::Plan { start, end, .. } => self.recent.is_some_and(|r| (start..=end).contains(&r.year)),
            _ => false,
        };
        if holds_recent && matches!(t, Time::Plan { at: token::PlanAt::Whole | token::PlanAt::Since, .. }) {
            return;
        }
        self.line = Some(w);
        s.line_set = true;
        if !holds_recent && matches!(t, Time::Year { .. } | Time::Part { year: Some(_), .. } | Time::Plan { .. }) {
            self.recent = Some(w);
            self.recent_sentence = self.sentence;
        }
        // "过去一年，…。⏎1.经济运行稳中有进。全年完成…": the year a work report reviews is what
        // its 全年 means after it.
        if t == Time::Rel(token::Rel::LastYear) && self.doc.genre == Genre::WorkReport {
            self.recent = Some(w);
            self.recent_sentence = self.sentence;
        }
    }

    /// Reads one clause: tokens `a..b`.
    fn clause(&mut self, a: usize, b: usize, s: &mut Sentence, first: bool) {
        // "决算数286.4万元，比年初预算数减少42.6万元，下降12.9%": what follows in the sentence is
        // set against the budget, not the year before.
        // The two lists are looked for in the clause only when its sentence holds one of them.
        if s.plan_or_parts && a < b {
            let raw = sub(self.text, self.toks[a].span.start, self.toks[b - 1].span.end);
            s.vs_plan |= against_plan(raw);
            // "按行业分，…居前三位的行业是：", "主要集中在…": the leading parts of a breakdown, not
            // all of them.
            if lexicon::LEADING_PARTS.any_in(raw) {
                if let Some(g) = self.groups.last_mut() {
                    g.exhaustive = false;
                }
            }
        }
        self.clause_at(a, b, s, first, false);
    }

    /// True when the name before a number without a unit is a ratio or an index, which has
    /// such values ("城乡居民收入比2.5"); "“5+2”专项行动" and a title's trailing "2022" are no
    /// figures. With no name of its own, a value continues the ratio the clause read last
    /// ("收入比由上年的2.02:1缩小为2.00:1") or the one the clause just before names ("城乡收入比
    /// 持续缩小，由上年的2.05:1下降为2.02:1"), not a topic named further back (a table of
    /// indexes one cell per line names each value on the line before it).
    fn takes_unitless(&self, atoms: &[(Atom, Option<Time>)], c: &Clause, s: &Sentence) -> bool {
        for (a, _) in atoms.iter().rev() {
            if let Atom::Core(sp) = a {
                return lexicon::UNITLESS_HEADS.any_ends(self.at(sp));
            }
        }
        let lead = s.listed.zip(self.topic.as_ref()).filter(|(sp, t)| has(self.at(sp), &t.name)).map(|(_, t)| t);
        c.read.last().or(lead).is_some_and(|s| lexicon::UNITLESS_HEADS.any_ends(&s.name))
    }

    /// True when token `k` is the 电 or 讯 of a wire's dateline ("…8月2日电", "东北网7月27日讯"):
    /// text after a date.
    fn dateline_at(&self, k: usize) -> bool {
        k > 0
            && matches!(self.toks[k - 1].tok, Tok::Time(Time::Date { .. }))
            && starts_by(self.at(&self.toks[k].span), |c| matches!(c, '电' | '讯'))
    }

    /// Reads a clause; `nested` for the inside of a parenthesis, where a further parenthesis
    /// is not read (the reader never recurses deeper than one level, whatever the input).
    fn clause_at(&mut self, a: usize, b: usize, s: &mut Sentence, first: bool, nested: bool) {
        // "5月份，…87.3亿元…；累计352.6亿元，同比增长5.8%": a running total in a month's
        // release is of the year to that month, and so is what follows it in the sentence.
        if let Some(w @ When { part: Part::Month(n), .. }) = s.when {
            if self.toks.get(a).is_some_and(|t| t.tok == Tok::Text && self.at(&t.span).starts_with("累计")) {
                s.when = Some(When { part: Part::Months(n).canonical(), ..w });
            }
        }
        let facts_before = self.ex.facts.len();
        let mut c = Clause::default();
        let mut atoms: Vec<(Atom, Option<Time>)> = Vec::new();
        let mut k = a;
        let mut clause_time_set = false;
        // The years of the plan period that opened the clause ("“十四五”…").
        let mut clause_plan: Option<(i32, i32)> = None;
        // A list of times after the name is being read ("…增加值上半年、前三季度分别增长…").
        let mut times_after_name = false;
        while k < b {
            let tok = self.toks[k].clone();
            match &tok.tok {
                Tok::Text => {
                    let mut out = Vec::new();
                    let span = if self.dateline_at(k) {
                        // "新华网青禾8月2日电（记者…）", "东北网7月27日讯": the wire's dateline
                        // names no indicator (电 and 讯 are both three bytes).
                        atoms.clear();
                        Span::new(tok.span.start + '电'.len_utf8(), tok.span.end)
                    } else {
                        tok.span
                    };
                    atoms::split(self.text, span, &mut out);
                    for x in out {
                        atoms.push((x, None));
                    }
                }
                // "7月20日，青禾市经济半年报公布…": a news item's event date opens the sentence;
                // it is when the figures were told, not the period they are of.
                // In a holiday's news ("国庆假期，…。10月3日，全市接待游客…") such a date is one day
                // of the holiday, a period of its own.
                Tok::Time(Time::Date { .. })
                    if first
                        && atoms.is_empty()
                        && !self.at(&tok.span).starts_with('截')
                        && matches!(self.toks.get(k + 1).map(|t| &t.tok), Some(Tok::Mark(Mark::Comma)))
                        && !self.line.is_some_and(|w| matches!(w.part, Part::Holiday(_))) => {}
                // "东北网7月27日讯（记者…）": when the item was filed, not a period.
                Tok::Time(Time::Date { .. }) if self.toks.get(k + 1).is_some() && self.dateline_at(k + 1) => {}
                // "按照2019年工作部署，…", "批准的2007年国民经济和社会发展计划": a year that names a
                // plan or a report, not the period of a figure.
                Tok::Time(_) if lexicon::DOCUMENTS_AFTER_TIME.any_starts(sub_from(self.text, tok.span.end)) => {}
                // "在去年较快增长的基础上，…实现地区生产总值…": what the figures build on, not
                // their period.
                Tok::Time(_) if on_a_base(self.text, tok.span) => {}
                // "…增长41.2%，延续2023年以来的较快增长态势": a time things are counted from, after a
                // verb, is no period of the clause's figures.
                Tok::Time(_) if !atoms.is_empty() && doc::since(self.text, tok.span.end) => {}
                // "，完成“十四五”规划目标的88.6%；…": a plan a figure is set against, named after
                // a verb, is no period of the clauses after it.
                Tok::Time(_)
                    if !atoms.is_empty()
                        && lexicon::PLAN_OR_RECORD_AFTER_TIME
                            .any_starts(trim_start_by(sub_from(self.text, tok.span.end), |c| {
                                matches!(c, '”' | '"' | '」')
                            })) => {}
                Tok::Time(t) => {
                    // A time before any name opens the clause (and, first in the sentence,
                    // the sentence): it applies to every figure after it.
                    // "到2025年地区生产总值…", "预计到2025年…", "在2025年…": a 到 or a lead word
                    // before the time only opens the clause; it is no "提高到2010年的" of a figure.
                    // So does "青禾市提出到2025年地区生产总值…": a 到 before a time that a name,
                    // not a figure, follows; what came before it is the teller, not the name.
                    // "同比2015年增长50%": 同比 before a year is 比 that year, not the year before.
                    if let (Time::Year { .. }, Some((Atom::Cue(lex @ Lex::VsPrevious, _), _))) = (t, atoms.last_mut()) {
                        *lex = Lex::Than;
                    }
                    let to = matches!(atoms.last(), Some((Atom::Cue(Lex::Level(_), _), _)));
                    // "通报2024年前三季度青禾市生产总值…": a part of the year may come between.
                    let next = match self.toks.get(k + 1) {
                        Some(t) if matches!(t.tok, Tok::Time(Time::Part { year: None, .. })) => self.toks.get(k + 2),
                        t => t,
                    };
                    let names_follow = match next.map(|t| (&t.tok, t.span)) {
                        Some((Tok::Text, sp)) => {
                            !starts_by(self.at(&sp), |c| matches!(c, '的' | '末' | '底'))
                                && !self.at(&sp).starts_with("同期")
                        }
                        _ => false,
                    };
                    // "青禾县提出“十四五”期末地区生产总值…": a verb of telling before the time.
                    let teller = matches!(atoms.last(), Some((Atom::Core(sp), _))
                        if lexicon::TELLING_VERBS.any_ends(self.at(sp)));
                    // "…提前2个月超2023年全年水平": a year passed, compared with.
                    let passed = doc::passed(crate::text::sub_to(self.text, tok.span.start))
                        || self.at(&tok.span).starts_with('超');
                    let told = (to || teller) && names_follow && c.last.is_none() && !clause_time_set && !passed;
                    if told {
                        atoms.clear();
                    }
                    // Both looks at the clause so far stop at ATOM_REACH atoms back, so that a
                    // clause of thousands of times stays linear.
                    let opens = told
                        || !atoms.is_empty()
                            && atoms.len() <= ATOM_REACH
                            && atoms.iter().all(|(x, _)| match x {
                                Atom::Core(sp) => {
                                    let w = self.at(sp);
                                    lexicon::LEADING.contains(w) || is_place(w) || self.doc.place.as_deref() == Some(w)
                                }
                                Atom::Cue(Lex::Level(_) | Lex::Target | Lex::Stretch | Lex::Estimate, _) => true,
                                _ => false,
                            });
                    // "恢复至2019年同期水平的95.3%": the same period of a year compared with.
                    let compared_period =
                        next.is_some_and(|t| t.tok == Tok::Text && self.at(&t.span).starts_with("同期"));
                    let before_name = !compared_period
                        && (opens || !atoms.iter().rev().take(ATOM_REACH).any(|(x, _)| matches!(x, Atom::Core(_))));
                    // "高于去年同期0.6个百分点": a time after a comparison is compared with.
                    // So is a year passed.
                    let local = !opens
                        && (atoms.last().is_some_and(|(x, _)| {
                            matches!(
                                x,
                                Atom::Cue(Lex::Than | Lex::From | Lex::Is | Lex::Level(_) | Lex::And | Lex::Compare, _)
                            )
                        }) || passed);
                    // "今年1-7月", "2024年上半年" written as two: the second narrows the first.
                    // So does a year of the plan period the clause opened with ("“十四五”…
                    // 良好开局 2021年县域地区生产总值…", a headline): the words between tell, not
                    // name.
                    let in_plan = matches!((clause_plan, t), (Some((from, to)), Time::Year { year, .. }) if (from..=to).contains(year));
                    if in_plan {
                        atoms.clear();
                    }
                    let narrows = clause_time_set && atoms.is_empty();
                    // "2016年、2017年、2018年上半年…分别为…": a list of times before the name.
                    let listed = clause_time_set
                        && before_name
                        && matches!(atoms.last(), Some((Atom::Cue(Lex::And, _), _)))
                        && atoms.iter().all(|(x, _)| matches!(x, Atom::Cue(Lex::And, _)));
                    if listed {
                        if let Some(w) = self.doc.resolve(*t, s.when) {
                            self.doubt_listed_years(k, t, &mut c.times);
                            c.times.push(w);
                        }
                        atoms.clear();
                    } else if narrows {
                        if let Some(w) = self.doc.resolve(*t, s.when) {
                            s.when = Some(w);
                            // "2024年一、二季度…分别增长…": the narrowed time heads a list too.
                            if let Some(last) = c.times.last_mut() {
                                *last = w;
                            }
                            // "初步核算，今年一季度，…": the line the first time opened is narrowed too.
                            if s.line_set && !s.read_any {
                                self.line = Some(w);
                            }
                            // "其中，5月份当月增长8.9%": a narrowing of a time that holds only
                            // for its sentence holds only there too.
                            if s.until_semicolon.is_none() {
                                self.set_line(*t, w, first, s);
                            }
                        }
                    } else if before_name && !local && !clause_time_set {
                        // 全年 is the whole of the year last named.
                        let whole_year = matches!(t, Time::Part { year: None, part: Part::Year });
                        // "2022年，全区经济运行总体平稳。⏎1-11月，全区…": a part of the year takes
                        // the year last named.
                        // So does the holiday named with its year for the holiday named again, or
                        // a span of its days ("2021年元旦假日期间…。元旦假日期间，…；1月1日-3日，…").
                        let year_named = |w: &When| {
                            (w.part == Part::Year
                                || matches!(w.part, Part::Holiday(_))
                                    && matches!(t, Time::Part { part: Part::Dates(..) | Part::Holiday(_), .. }))
                                && !w.stretch
                        };
                        let outer = s
                            .when
                            .or(self.recent.filter(|_| whole_year))
                            .or(self.section)
                            .or(self.recent.filter(|w| !whole_year && year_named(w) && !s.undated));
                        match self.doc.resolve(*t, outer) {
                            Some(w) => {
                                let in_force = s.when;
                                s.when = Some(w);
                                s.undated = false;
                                clause_time_set = true;
                                if let Time::Plan { start, end, .. } = t {
                                    clause_plan = Some((*start, *end));
                                }
                                c.times = vec![w];
                                // "前三季度…。其中，第三季度增长6.1%。分产业看，…": a part of the
                                // period in force, named after 其中, is its sentence's only.
                                let before = trim_end_by(crate::text::sub_to(self.text, tok.span.start), |c| {
                                    matches!(c, '，' | '：' | ',' | ':' | ' ')
                                });
                                // "…312.65亿元，增长6.8%，2022年为292.74亿元；其中…": so does
                                // an earlier year a later clause names for a base value.
                                // "注：…3126.8亿元，…，上年分别为…；年末常住人口…": so does 上年
                                // in a later clause.
                                let base = !first
                                    && (in_force.is_some_and(|b| w.year < b.year && !b.stretch)
                                        || matches!(t, Time::Rel(token::Rel::PrevYear)));
                                if before.ends_with("其中") || base {
                                    s.until_semicolon.get_or_insert(in_force);
                                }
                                if base && matches!(t, Time::Rel(token::Rel::PrevYear)) {
                                    s.until_clause = Some(in_force);
                                }
                                // "分季度看，一季度…；二季度…。分产业看，…": the periods of a
                                // by-period view are its sentence's only.
                                // Looked for in the last few hundred bytes only, so that a text
                                // without full stops stays linear.
                                let near = sub_from(
                                    before,
                                    crate::text::floor_boundary(before, before.len().saturating_sub(VIEW_REACH)),
                                );
                                let sentence_from = crate::text::rfind_by(near, |c| matches!(c, '。' | '\n'))
                                    .map_or(0, |i| {
                                        i + crate::text::sub_from(near, i).chars().next().map_or(1, char::len_utf8)
                                    });
                                let by_period = lexicon::PERIOD_VIEWS.any_starts(sub_from(near, sentence_from));
                                if !before.ends_with("其中") && !by_period {
                                    self.set_line(*t, w, first, s);
                                }
                            }
                            // "2011年、2012年…，今年上半年…" in a text that names no year of its
                            // own: 今年 is none of the years before it, nor is its half-year. A
                            // day ("在19日开幕的…会议上") says when something happened, and leaves
                            // the period to what follows.
                            None if matches!(t, Time::Date { .. }) => {}
                            None => {
                                s.undated = true;
                                s.when = None;
                            }
                        }
                    } else if times_after_name && matches!(atoms.last(), Some((Atom::Cue(Lex::And, _), _))) {
                        atoms.pop();
                        if let Some(w) = self.doc.resolve(*t, s.when) {
                            self.doubt_listed_years(k, t, &mut c.times);
                            c.times.push(w);
                        }
                    } else if !times_after_name && !local && self.times_listed_after(k) {
                        // "全市地区生产总值2022年、2023年分别为…": the values after 分别 take the
                        // times in turn, as when the list opens the clause.
                        if let Some(w) = self.doc.resolve(*t, s.when) {
                            c.times = vec![w];
                            times_after_name = true;
                        }
                    } else {
                        atoms.push((Atom::Cue(Lex::Of, tok.span), Some(*t)));
                    }
                }
                Tok::Mark(Mark::Enum) => atoms.push((Atom::Cue(Lex::And, tok.span), None)),
                Tok::Mark(Mark::Open) => {
                    // A parenthesis: read apart, after the figure before it.
                    let close = (k + 1..b).find(|&j| matches!(self.toks[j].tok, Tok::Mark(Mark::Close))).unwrap_or(b);
                    // "按年平均汇率（6.1927）计算": the rate the sentence converts by.
                    if close == k + 2 && self.exchange_rate(k + 1) {
                        k = close + 1;
                        continue;
                    }
                    // "一般公共预算收入（同口径）完成…": a caliber after a name is part of it; the
                    // same revenue by another caliber is another statistic.
                    let inner = self
                        .toks
                        .get(k + 1)
                        .filter(|_| close == k + 2 && matches!(atoms.last(), Some((Atom::Core(_), _))));
                    if let Some(t) = inner.filter(|t| CALIBERS.contains(self.at(&t.span))) {
                        atoms.push((Atom::Core(t.span), None));
                        k = close + 1;
                        continue;
                    }
                    if nested {
                        for j in k + 1..close {
                            if let Tok::Num(n) = &self.toks[j].tok {
                                if counts_as_figure(n) {
                                    self.ex.figures.push(n.digits);
                                }
                                self.not_read(j, Reason::Unknown);
                            }
                        }
                    } else {
                        self.parenthesis(k + 1, close, s, &c);
                    }
                    k = close + 1;
                    continue;
                }
                Tok::Num(_) | Tok::Ratio(_) if self.exchange_rate(k) => {}
                // "PM2.5年均浓度", "5G基站": a number without a unit is part of the name, unless
                // the name is a ratio or an index that takes such values.
                Tok::Num(n)
                    if n.unit == Unit::none() && !self.takes_unitless(ratio_name(self.text, &mut atoms), &c, s) =>
                {
                    // "同比增长7.9。": a growth whose % was lost is a figure, not read, and said so.
                    if matches!(atoms.last(), Some((Atom::Cue(Lex::Growth { .. }, _), _)))
                        && n.number.to_f64().abs() < 1000.0
                    {
                        self.ex.figures.push(n.digits);
                        self.not_read(k, Reason::Unknown);
                    }
                    atoms.push((Atom::Core(tok.span), None));
                }
                Tok::Num(_) | Tok::Ratio(_) => {
                    // "存贷比达70.00%": so is a ratio's 比 before a percentage.
                    if matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Percent) {
                        ratio_name(self.text, &mut atoms);
                    }
                    let next = self.after_figure(k, b);
                    self.figure(k, &atoms, next, s, &mut c);
                    atoms.clear();
                    k = next.0;
                    continue;
                }
                _ => {}
            }
            k += 1;
        }
        // A clause without figures that names a time ("报告提出的2021年…指标为：") sets it for
        // the rest of the sentence.
        if c.read.is_empty() && c.last.is_none() && c.times.len() > 1 {
            s.times = std::mem::take(&mut c.times);
        }
        // A time compared with ("比2020年翻一番") is no time of the clause; alone in its clause
        // ("与2020年相比，…") it is the base of the changes after it.
        let compared = than_time(&atoms);
        if c.read.is_empty() && c.last.is_none() {
            // "与上年相比，…" is the year before each figure's, which needs no base of its own.
            let relative = matches!(compared, Some(Time::Rel(token::Rel::PrevYear | token::Rel::LastYear)));
            if let Some(w) = compared.filter(|_| !relative).and_then(|t| self.doc.resolve(t, s.when.or(self.section))) {
                s.than_base = Some(w.year);
                // "与2015年相比，…": a clause that only compares frames the growth after it.
                let frame = self.clause_text(&atoms).is_some_and(|t| words!["相比", "比较"].any_ends(t));
                s.than_frame = frame.then_some(w.year);
            }
        }
        let mut times: Vec<Time> = Vec::new();
        for &(_, t) in atoms.iter() {
            if let Some(t) = t.filter(|&t| Some(t) != compared) {
                times.push(t);
            }
        }
        if c.read.is_empty() && c.last.is_none() && times.len() == 1 && !clause_time_set {
            if let Some(w) = self.doc.resolve(times[0], s.when.or(self.section)) {
                s.when = Some(w);
                self.set_line(times[0], w, first, s);
            }
        }
        self.tail(ratio_name(self.text, &mut atoms), s, &mut c);
        s.listed = (c.read.is_empty() && c.last.is_none() && a < b)
            .then(|| Span::new(self.toks[a].span.start, self.toks[b - 1].span.end));
        // "八大类价格环比“三涨五降”，其中衣着、居住…分别上涨…": the rates after it are on the
        // month before.
        s.month_on_month |= s.listed.is_some_and(|sp| has(self.at(&sp), "环比"));
        self.sector_structure(facts_before, s);
        self.share_structure(facts_before, s);
        s.read_any |= !c.read.is_empty();
        if let Some(first) = c.read.first() {
            if s.subjects.last().is_none_or(|l| l.name != first.name) {
                s.subjects.push(first.clone());
            }
        }
        if !c.read.is_empty() {
            self.prev_names = std::mem::take(&mut c.read);
            self.prev_listed = c.names.len() > 1;
        }
    }

    /// Whether the time at `k` opens a list of times that 分别 follows ("上半年、前三季度分别
    /// 增长…", "2022年和2023年分别为…").
    fn times_listed_after(&self, k: usize) -> bool {
        let mut j = k + 1;
        let mut times = 1;
        // A list of a few times; a longer run is no list to pair (and each time asks again).
        while times <= MAX_LISTED_TIMES {
            match self.toks.get(j) {
                Some(t) if t.tok == Tok::Mark(Mark::Enum) => {}
                Some(t) if t.tok == Tok::Text && matches!(self.at(&t.span), "和" | "及" | "与") => {}
                _ => break,
            }
            match self.toks.get(j + 1) {
                Some(t) if matches!(t.tok, Tok::Time(_)) => times += 1,
                _ => return false,
            }
            j += 2;
        }
        times > 1 && self.toks.get(j).is_some_and(|t| t.tok == Tok::Text && self.at(&t.span).starts_with("分别"))
    }

    /// Whether the sentence before `at` (at most [`VIEW_REACH`] bytes of it) says its figures are
    /// in dollars ("以美元计，…") and has read no level in dollars since.
    fn in_dollars(&self, at: usize) -> bool {
        let before = crate::text::sub_to(self.text, at);
        let near = sub_from(before, crate::text::floor_boundary(before, before.len().saturating_sub(VIEW_REACH)));
        let from = crate::text::rfind_by(near, |c| matches!(c, '。' | '\n'))
            .map_or(0, |i| i + sub_from(near, i).chars().next().map_or(1, char::len_utf8));
        let sentence = sub_from(near, from);
        let Some(said) = DOLLARS.earliest_in(sentence) else { return false };
        let said_at = at - sentence.len() + said;
        !self
            .ex
            .facts
            .iter()
            .rev()
            .take(DOLLAR_REACH)
            .any(|f| f.span.start > said_at && matches!(&f.kind, FactKind::Level { unit, .. } if unit.base == "美元"))
    }

    /// "存款余额2486.3亿元，同比增长8.7%，当月增加21.4亿元" (or 本月新增): the change at `k` is
    /// the month's flow, a change since the month before, not since the year before.
    fn month_flow(&self, k: usize) -> bool {
        let Some(verb) = k.checked_sub(1).and_then(|i| self.toks.get(i)).filter(|t| t.tok == Tok::Text) else {
            return false;
        };
        let text = self.at(&verb.span);
        let Some(rest) = MONTH_FLOW_VERBS.strip_any_suffix(text) else { return false };
        words!["当月", "本月"].any_ends(rest)
            || rest.is_empty()
                && k.checked_sub(2)
                    .and_then(|i| self.toks.get(i))
                    .is_some_and(|t| t.tok == Tok::Time(Time::Rel(token::Rel::ThisMonth)))
    }

    /// "2016年、2017年、2018年上半年…分别为…": a list of bare years whose last, the time at `k`,
    /// names a part of the year. A review lists whole years and the current half so; a release
    /// may mean the same half of each year ("2022年和2023年上半年…分别增长…"). The years listed
    /// before are read as whole years, with their period only likely (`Link::Context`), so that
    /// no alarm rests on that reading.
    fn doubt_listed_years(&self, k: usize, t: &Time, times: &mut [When]) {
        let Time::Part { year: Some(_), part } = t else { return };
        if *part != Part::Year && self.bare_years_listed_before(k, times.len()) {
            for w in times.iter_mut().filter(|w| w.part == Part::Year && !w.stretch) {
                w.link = Link::Context;
            }
        }
    }

    /// Whether the `n` times listed before the time at `k` are all bare years ("2022年和2023年
    /// 上半年", "2021年、2022年、2023年1-6月"). A year with a part of its own (2022年全年) is not
    /// bare.
    fn bare_years_listed_before(&self, k: usize, n: usize) -> bool {
        // A list of a few times; a longer run is no list to pair, and each time asks again.
        if n > MAX_LISTED_TIMES {
            return false;
        }
        let mut j = k;
        for _ in 0..n {
            match j.checked_sub(1).and_then(|i| self.toks.get(i)) {
                Some(t) if t.tok == Tok::Mark(Mark::Enum) => {}
                Some(t) if t.tok == Tok::Text && matches!(self.at(&t.span), "和" | "及" | "与") => {}
                _ => return false,
            }
            match j.checked_sub(2).and_then(|i| self.toks.get(i)) {
                Some(t) if matches!(t.tok, Tok::Time(Time::Year { end: false, .. })) => {}
                _ => return false,
            }
            j -= 2;
        }
        n > 0
    }

    /// The bound words and 余/多 after a figure, and the index of the token after them.
    fn after_figure(&self, k: usize, b: usize) -> (usize, Option<Bound>, Option<Span>) {
        let Some(next) = self.toks.get(k + 1).filter(|_| k + 1 < b) else { return (k + 1, None, None) };
        if !matches!(next.tok, Tok::Text) {
            return (k + 1, None, None);
        }
        let s = self.at(&next.span);
        if let Some((Lex::After(bound), len)) = lexicon::lookup(s) {
            let rest = Span::new(next.span.start + len, next.span.end);
            return (k + 1, Some(bound), Some(rest));
        }
        (k + 1, None, Some(next.span))
    }

    /// Reads the figure at token `k` with the atoms before it.
    fn figure(
        &mut self,
        k: usize,
        atoms: &[(Atom, Option<Time>)],
        after: (usize, Option<Bound>, Option<Span>),
        s: &mut Sentence,
        c: &mut Clause,
    ) {
        let tok = self.toks[k].clone();
        // "作者： 点击:1680次": a page's hit counter, no statistic of the text.
        let before =
            sub(self.text, crate::text::floor_boundary(self.text, tok.span.start.saturating_sub(9)), tok.span.start);
        if ends_by(before, |c| matches!(c, ':' | '：'))
            && words!["点击:", "点击：", "浏览:", "浏览：", "阅读:", "阅读：", "浏览次数："].any_ends(before)
        {
            self.not_read(k, Reason::NoName);
            return;
        }
        // "发展质效提升?!八男隆苯洕黾又?1.5亿元": a character a page's encoding lost, right before
        // the digits, may have been one of them.
        if ends_by(before, |c| matches!(c, '?' | '\u{FFFD}')) {
            self.not_read(k, Reason::Garbled);
            return;
        }
        if self.own_level.is_none() {
            self.own_level = atoms.iter().find_map(|(a, _)| match a {
                Atom::Cue(Lex::Own, sp) if self.at(sp) != "全国" => Some(*sp),
                _ => None,
            });
        }
        // "全县社会消费品零售总额…。同期，全市社会消费品零售总额增长7.6%": a text that calls
        // itself by one level's word (全县) quotes a wider one (全市, 全省) for comparison.
        // A text that calls itself 全区 (a district, or an autonomous region) quotes any ranked
        // region beside it as another: a district's city, province or nation, or a region's city.
        let own_rank = self.own_rank();
        // Not in a comparison ("高于全省平均增速0.5个百分点"), which the gap reader takes, nor in
        // a share of it ("占全市规上工业总产值的比重为69.3%"), which names it as its whole.
        let compared = atoms.iter().any(|(a, _)| matches!(a, Atom::Cue(Lex::Compare | Lex::Share | Lex::ShareWord, _)));
        let wider_word = |w: &str| level_rank(w).zip(own_rank).is_some_and(|(r, own)| r > own);
        // "同期全市社会消费品零售总额增长7.6%": a time word before the region's.
        let after_period = self.clause_text(atoms).and_then(|t| t.strip_prefix("同期")).is_some_and(
            |rest| matches!(lexicon::lookup(rest), Some((Lex::Own, len)) if wider_word(sub(rest, 0, len))),
        );
        let wider = !compared
            && (after_period
                || atoms.iter().any(|(a, _)| match a {
                    Atom::Cue(Lex::Own, sp) => wider_word(self.at(sp)),
                    _ => false,
                }));
        // "同期，全市社会消费品零售总额812.4亿元，增长7.6%": so are the figures after it in its
        // sentence that name no statistic or region of their own.
        let unnamed = !atoms.iter().any(|(a, _)| matches!(a, Atom::Core(_) | Atom::Cue(Lex::Own, _)));
        if s.wider && !unnamed {
            s.wider = false;
        }
        if s.wider_set_aside && atoms.iter().any(|(a, _)| matches!(a, Atom::Cue(Lex::Among, _))) {
            s.wider_parts = true;
        }
        if (wider || s.wider || s.wider_parts) && matches!(&tok.tok, Tok::Num(_) | Tok::Ratio(_)) {
            s.wider = true;
            s.wider_set_aside = true;
            self.not_read(k, Reason::OtherRegion);
            // "与全国的差距从7.1个百分点缩小为5.4个百分点": the figure after it is compared too.
            c.last = Some(Role::Comparison);
            return;
        }
        match &tok.tok {
            Tok::Num(n) if counts_as_figure(n) => self.ex.figures.push(n.digits),
            // A ratio (8.5:37.0:54.5, 2.06:1) is one figure, counted at its first term.
            Tok::Ratio(parts) => {
                if let Some(p) = parts.first() {
                    self.ex.figures.push(p.span);
                }
            }
            _ => {}
        }
        // A number without a unit is read only with a name of its own in its clause ("城乡居民
        // 收入比1.64"); elsewhere it is a date, a clock time, a code or a footnote.
        let unitless = matches!(&tok.tok, Tok::Num(n) if n.unit == Unit::none());
        if unitless && !self.takes_unitless(atoms, c, s) {
            return;
        }
        // A bound word after the figure is eaten here; the text after it starts the next
        // figure's atoms, so it is split there again.
        let (_, post_bound, rest) = after;
        if self.before_a_noun(k, &tok, atoms, post_bound, rest, s, c) {
            return;
        }
        // Split the atoms: leading cues and times, the name, and the chain of cues next to
        // the figure.
        let chain_start = atoms.iter().rposition(|(a, _)| matches!(a, Atom::Core(_))).map_or(0, |i| i + 1);
        let first_core = atoms.iter().position(|(a, _)| matches!(a, Atom::Core(_)));
        let lead = &atoms[..first_core.unwrap_or(0)];
        let chain = &atoms[chain_start..];
        let name_region = &atoms[first_core.unwrap_or(chain_start)..chain_start];
        // "…2021年、2022年、2023年…分别增长8.1%、4.2%和5.8%，三年累计增长19.2%": the years a sum
        // runs over, as many as were listed, are no name; the sum is of the subject before.
        let listed_count = s.listed_years.map(|(from, to)| to - from + 1).unwrap_or(0);
        let name_region = match name_region {
            [(Atom::Core(sp), _)]
                if YEAR_SPANS.iter().find(|&(w, _)| w == self.at(sp)).is_some_and(|(_, n)| n == listed_count)
                    && cues_of(chain).contains(&Lex::Cumulative) =>
            {
                &name_region[..0]
            }
            _ => name_region,
        };
        let cues = cues_of(atoms);
        let chain_cues = cues_of(chain);
        let lead_cues = cues_of(lead);

        for l in &cues {
            match l {
                Lex::Among => self.open_group(true, false),
                Lex::Frame => self.open_group_of(true, false, None, true),
                Lex::Breakdown => self.open_group(false, true),
                Lex::View => self.open_view_of_some(),
                Lex::Real => s.basis = PriceBasis::Real,
                Lex::Nominal => s.basis = PriceBasis::Nominal,
                _ => {}
            }
        }
        // "年均实际增长", "年均名义增长": one growth word that also states its basis.
        for (a, _) in atoms {
            if let Atom::Cue(Lex::Growth { .. }, span) = a {
                let word = self.at(span);
                if has(word, "实际") || has(word, "可比") || has(word, "实质") {
                    s.basis = PriceBasis::Real;
                } else if has(word, "名义") || has(word, "现价") {
                    s.basis = PriceBasis::Nominal;
                }
            }
        }
        let plan_lead = matches!(atoms.first(), Some((Atom::Cue(Lex::Plan, _), _)));
        // "力争增长10%，达到1415亿元": what follows a stretch goal up to the next ； is of it too.
        let status = if s.stretch { Status::Stretch } else { status_of(&cues, plan_lead, s.status) };
        s.stretch |= status == Status::Stretch;

        // A continuation of a list: "分别为67.35%、56.47%", "增长3.7%、5.6%", "5%左右、8%左右"
        // (the bound word of the value before).
        // "分别增长4.1%6.2%5.5%": or a rate glued to the one before, a scraped page's list.
        let rate_at = |i: usize| matches!(&self.toks[i].tok, Tok::Num(n) if matches!(n.unit.kind, UnitKind::Percent | UnitKind::Points));
        let glued =
            atoms.is_empty() && k > 0 && rate_at(k) && rate_at(k - 1) && self.toks[k - 1].span.end == tok.span.start;
        let only_list = glued
            || !atoms.is_empty()
                && atoms.iter().any(|(a, _)| matches!(a, Atom::Cue(Lex::And, _)))
                && atoms.iter().all(|(a, _)| matches!(a, Atom::Cue(Lex::And | Lex::After(_), _)));
        // "分别增长6.8%和下降2.5%": the next value of the list, in its own direction.
        let turn = matches!(atoms, [(Atom::Cue(Lex::And, _), _), (Atom::Cue(l, _), _)] if lexicon::directs(*l))
            && c.next_name > 0
            && c.next_name < c.names.len()
            && matches!(c.last, Some(Role::Yoy(_) | Role::Shift { .. } | Role::Change { .. }));
        let mut cues = cues;
        if only_list && c.list_head.1 && !cues.contains(&Lex::From) {
            cues.push(Lex::From);
        }
        let mut core_text = String::new();
        for (a, _) in atoms {
            if let Atom::Core(sp) = a {
                core_text.push_str(self.at(sp));
            }
        }
        let percent = matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Percent);
        let only_verb = !chain_cues.is_empty()
            && chain_cues.iter().all(|l| matches!(l, Lex::Level(_) | Lex::Of))
            && name_region.is_empty();
        let role = if only_list && c.last.is_some() {
            c.last
        } else if matches!(c.last, Some(Role::Share)) && percent && only_verb {
            // "比重由10.9%提高到29.4%": the second figure of the pair is the same share.
            Some(Role::Share)
        } else if matches!(c.last, Some(Role::Comparison)) && name_region.is_empty() {
            // "与全国的差距从7.1个百分点缩小为5.4个百分点": so is a gap's second figure.
            Some(Role::Comparison)
        } else if matches!(c.last, Some(Role::PlanLevel))
            && percent
            && chain_cues.iter().all(|l| matches!(l, Lex::Of | Lex::Level(_)))
        {
            // "完成年初预算数60999万元的40.4%"
            Some(Role::Completion)
        } else if percent
            && chain_cues == [Lex::Of]
            && chain.iter().all(|(_, t)| t.is_none())
            && (atoms[..chain_start].iter().any(|(a, _)| matches!(a, Atom::Cue(Lex::Is, _)))
                || crate::text::has_char(&core_text, '是'))
        {
            // "中位数是平均数的82.2%", "相当于城镇居民的45.1%": a share of the whole named
            // between 是 and 的. Not "是上年同期的95%", two periods compared.
            Some(Role::Share)
        } else if percent
            && chain_cues.iter().all(|l| matches!(l, Lex::Of | Lex::Level(_)))
            && chain.iter().all(|(_, t)| t.is_none())
            && split_share(&core_text).is_some_and(|(part, whole)| {
                valid_name(without_respectively(part))
                    && !whole.is_empty()
                    && !lexicon::begins_name_with_lead(&cat(&["占", whole]))
                    && !SHARE_LOOKALIKES.any_in(&core_text)
            })
        {
            // "出口占进出口总额的75%": part, 占 and whole written as one name before the figure.
            Some(Role::Share)
        } else {
            self.role(&tok, &chain_cues, &lead_cues, chain, s, &core_text)
        };
        // "恢复至2019年同期水平的95.3%", "为2019年同期的88%": a level against the same period of
        // another year, which the text does not give.
        let same_period_of = atoms.windows(2).any(|w| match w {
            [(Atom::Cue(Lex::Of, _), Some(_)), (Atom::Core(sp), _)] => self.at(sp).starts_with("同期"),
            _ => false,
        });
        // "分别恢复至2019年的130.3%和132.5%": so is a level restored to a share of a year's.
        let restored = chain.iter().any(|(a, t)| matches!(a, Atom::Cue(Lex::Of, _)) && t.is_some())
            && self.clause_text(atoms).is_some_and(|t| has(t, "恢复"));
        if percent && (same_period_of || restored) && matches!(role, Some(Role::Level(_) | Role::Share)) {
            self.not_read(k, Reason::OtherPeriod);
            c.last = Some(Role::OtherPeriod);
            return;
        }
        if s.month_on_month && matches!(role, Some(Role::Yoy(_))) && !cues.contains(&Lex::VsPrevious) {
            self.not_read(k, Reason::OtherPeriod);
            c.last = Some(Role::OtherPeriod);
            return;
        }
        // "以美元计，出口增长4.0%": the growth of the series in dollars, of which the sentence
        // gives no level, is the yuan series' growth restated.
        if percent && self.in_dollars_at_all && matches!(role, Some(Role::Yoy(_))) && self.in_dollars(tok.span.start) {
            self.not_read(k, Reason::Restated);
            c.last = Some(Role::OtherPeriod);
            return;
        }
        let after_other_change = std::mem::take(&mut s.after_other_change);
        let amount = matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Amount);
        if amount && matches!(role, Some(Role::Level(_))) && std::mem::take(&mut s.constant_prices) {
            self.not_read(k, Reason::ConstantPrices);
            c.last = Some(Role::OtherPeriod);
            return;
        }
        if matches!(role, Some(Role::Change { base: None, .. })) && self.month_flow(k)
            || after_other_change
                && matches!(role, Some(Role::Yoy(_)))
                && !cues.contains(&Lex::VsPrevious)
                && core_text.is_empty()
        {
            self.not_read(k, Reason::OtherPeriod);
            c.last = Some(Role::OtherPeriod);
            s.after_other_change = amount;
            return;
        }
        let previous = cues.contains(&Lex::VsPrevious)
            || chain.iter().any(|(_, t)| matches!(t, Some(Time::Rel(token::Rel::PrevYear) | Time::Year { .. })));
        if s.vs_plan && matches!(role, Some(Role::Yoy(_) | Role::Change { .. })) && !previous {
            self.not_read(k, Reason::OtherRegion);
            c.last = Some(Role::Comparison);
            return;
        }
        let Some(role) = role else {
            self.not_read(k, Reason::Unknown);
            let Tok::Num(n) = &tok.tok else { return };
            // "三次产业贡献率分别为…，分别拉动经济增长1.4、2.8和3.5个百分点": a list of pulls takes
            // the names of the clause before in turn, and the words of its first value.
            // "第一、二、三产业分别拉动…": the members listed before 分别, as written.
            let raw = self.clause_text(atoms).unwrap_or("");
            let listed = crate::text::find_str(raw, "分别").map(|i| split_list(sub(raw, 0, i)));
            if (cues.contains(&Lex::Respectively) || listed.is_some()) && PULLS.iter().any(|(w, _)| has(&core_text, w))
            {
                let mut members = listed.filter(|l| l.len() > 1).unwrap_or_default();
                // "…、工业、建筑业对经济增长贡献较大，分别拉动经济增长1.5、0.9、0.6和0.4个百分点": the
                // names the clause before listed; with as many names nowhere, none is read.
                let values = list_values(self.text, &self.toks, k);
                if members.is_empty() && values > 1 {
                    let before = s.listed.map(|sp| listed_names(self.at(&sp), values)).unwrap_or_default();
                    if before.len() == values {
                        members = before;
                    } else if self.prev_names.len() != values {
                        c.unaligned = Some((self.prev_names.len(), values));
                        self.not_read(k, Reason::List(self.prev_names.len(), values));
                        return;
                    }
                }
                c.pulls = Some((core_text.clone(), 0, members));
            }
            match c.pulls.take() {
                Some((core, i, members)) => {
                    let member = if members.is_empty() {
                        self.prev_names.get(i).map(|m| m.name.clone())
                    } else {
                        members.get(i).cloned()
                    };
                    if let Some(member) = member {
                        self.pull(k, &member, n, &core);
                        c.pulls = Some((core, i + 1, members));
                    }
                }
                None => {
                    // "…的贡献率为40.0%，较去年同期提高5.0个百分点。拉动GDP增长3.2个百分点": a pull
                    // that opens its sentence is of the contribution stated last, in the sentence
                    // before.
                    let before = || {
                        let f = self.ex.facts.last().filter(|f| has(&f.name, "贡献率"))?;
                        (f.ctx.sentence + 1 >= self.sentence).then(|| f.name.clone())
                    };
                    if let Some(member) = s.subjects.last().map(|m| m.name.clone()) {
                        self.pull(k, &member, n, &core_text);
                    } else if let Some(member) = before() {
                        // Carried from the sentence before: the pull is tied by context only.
                        let from = self.ex.facts.len();
                        self.pull(k, &member, n, &core_text);
                        for f in &mut self.ex.facts[from..] {
                            f.ctx.link = Link::Context;
                        }
                    }
                }
            }
            return;
        };
        // "6个市县城镇固定资产投资增速超过40%": a figure of the places just counted, each of
        // them, not of the text's own place.
        let mut places_sum = false;
        if let Some(Atom::Core(first)) = atoms.get(first_core.unwrap_or(usize::MAX)).map(|(a, _)| *a) {
            let before = self.toks[..k].iter().rposition(|t| t.span.end <= first.start);
            let counted = before.is_some_and(|j| {
                matches!(&self.toks[j].tok, Tok::Num(n) if n.unit.base == "个" && n.unit.exp == 0)
                    && self.toks[j].span.end == first.start
            });
            // "其中：市本级…；5个县(市)一般公共预算收入共完成500000万元": an amount the places
            // make together (共, 合计), or beside the unit's own share (本级) in a list of parts, is
            // the places' sum, a part of the whole.
            if counted && counts_places(self.at(&first)) {
                // Asked of counted places only: a list of thousands of parts stays linear.
                let together = self.clause_text(atoms).is_some_and(|t| words!["共", "合计", "总计"].any_in(t));
                let beside_own = || {
                    self.groups.last().is_some_and(|g| {
                        g.among
                            && g.parts
                                .iter()
                                .rev()
                                .take(GROUP_REACH)
                                .any(|&p| self.ex.facts[p].ctx.scope.ends_with("本级"))
                    })
                };
                let amount = matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Amount);
                if !(amount && (together || beside_own())) {
                    self.not_read(k, Reason::OtherRegion);
                    return;
                }
                places_sum = true;
            }
        }
        // "比2020年的118.4亿元增长19.3%", "比2020年末的58.2%提高3.3个百分点": growth right after
        // the level compared with runs from that level's year.
        let role = match (role, c.last) {
            (Role::Yoy(sign), Some(Role::Previous { base: Some(base) })) => {
                Role::Since { base, word: MultipleWord::Percent, sign }
            }
            (Role::Shift { sign, base: None }, Some(Role::Previous { base: Some(base) })) => {
                Role::Shift { sign, base: Some(base) }
            }
            (role, _) => role,
        };
        c.last = Some(role);
        // "比2017年(下同)增长38.5%；固定资产投资…增长104.2%": the base said to hold below is the
        // base of the sentence's later growth.
        if let Role::Since { base, word: MultipleWord::Percent, .. } = role {
            if self.clause_text(atoms).is_some_and(|t| has(t, "下同")) {
                s.than_frame = Some(base);
            }
        }
        let share_before = std::mem::take(&mut s.last_share);
        // A fall of 100% or more is no rate: reported wherever it stands, known year or not.
        if let (Role::Yoy(sign) | Role::Average(sign) | Role::TwoYearAverage(sign), Tok::Num(n)) = (role, &tok.tok) {
            let figure = Figure::new(if sign < 0 { n.number.negated() } else { n.number }, Bound::Eq, n.digits);
            if !crate::input::valid_rate(&mut self.ex, &figure, matches!(role, Role::Yoy(_))) {
                self.fate[k] = Fate::Read;
                return;
            }
        }
        match role {
            Role::Comparison => {
                // "比一季度加快0.2个百分点": a comparison with another period of the clause;
                // "环比下降0.5%": with the period just before.
                let sequential =
                    chain.iter().any(|(a, _)| matches!(a, Atom::Cue(Lex::Compare, sp) if self.at(sp) == "环比"));
                let period = sequential || matches!(than_time(atoms), Some(Time::Part { .. } | Time::Date { .. }));
                // "高技术工业增加值增长23.3%，快于规上工业16.5个百分点": a gap to another of the
                // text's own statistics is a sum of their growth rates.
                let subject = c.subject.clone().or_else(|| self.topic.clone());
                if let (false, Tok::Num(n), Some(subject)) = (period, &tok.tok, subject) {
                    let clause = self.clause_text(atoms).unwrap_or("");
                    if n.unit.kind == UnitKind::Points && self.gap(k, n, &core_text, clause, &subject) {
                        return;
                    }
                }
                self.not_read(k, if period { Reason::OtherPeriod } else { Reason::OtherRegion });
                // "工业增加值环比下降0.5%，同比增长6.2%": the indicator is the subject of the
                // 同比 clause after it.
                let span = |a: &(Atom, Option<Time>)| match a.0 {
                    Atom::Core(sp) | Atom::Cue(_, sp) => sp,
                };
                // The measure a name ends in ("工业增加值") is a cue of the chain.
                let measures = chain.iter().take_while(|(a, _)| matches!(a, Atom::Cue(Lex::Measure, _)));
                let last = measures.last().or(name_region.last());
                let region = name_region.first().zip(last).map(|(f, l)| (span(f).start, span(l).end));
                if let Some((from, to)) = region.filter(|_| sequential) {
                    let subject = self.subject_from(sub(self.text, from, to));
                    if ends_with_head(&subject.name) {
                        self.set_subject(c, subject);
                    }
                }
                return;
            }
            Role::OtherPeriod => {
                self.not_read(k, Reason::OtherPeriod);
                // "比年初增加143.37亿元，增长3.9%" (a balance since January); "比上年末增加3.79万
                // 人、增长1.58%" is read as the year's growth, as annotators read it.
                let since_january = (k.saturating_sub(3)..k).any(|j| {
                    self.toks.get(j).is_some_and(|t| {
                        t.tok == Tok::Time(Time::Rel(token::Rel::YearStart)) && self.at(&t.span) == "年初"
                    })
                });
                s.after_other_change =
                    since_january && matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Amount);
                return;
            }
            _ => {}
        }

        // The name: the core before the chain, or the clause's list, or the subject carried.
        // "城乡居民收入达到26896元和7732元": a name that splits into as many as the values
        // that follow is a list without the word 分别.
        let values = if only_list || turn { 1 } else { list_values(self.text, &self.toks, k) };
        let implied_list = values > 1 && split_list(&core_text).len() == values;
        // "…分别达到42000元、21000元，增长5.5%、6.5%": a list of values with no name of its own
        // takes the names of the clause before, as after 分别; one name cannot take them all.
        let bare_list = values > 1 && name_region.is_empty();
        // "工业、建筑业增加值分别占…的": 分别 inside the name region of a share.
        let inner =
            matches!(role, Role::Share) && split_share(&core_text).is_some_and(|(p, _)| without_respectively(p) != p);
        // "三次产业占比分别为10.0:40.0:50.0": a structure is one figure of the whole list.
        let respectively = !matches!(tok.tok, Tok::Ratio(_))
            && (cues.contains(&Lex::Respectively) || cues.contains(&Lex::Each) || implied_list || bare_list || inner);
        let mut names: Vec<Subject> = Vec::new();
        let mut whole: Option<String> = None;
        if !name_region.is_empty() {
            let mut region_text = String::new();
            let mut pieces: Vec<String> = Vec::new();
            // "500万元以上固定资产投资": the figure of the band the name opens with (its 以上
            // read as the name's first word) is part of it.
            if let (Some((from, to)), Some((Atom::Core(sp), _))) = (self.band, name_region.first()) {
                if sp.start == to {
                    let band = sub(self.text, from, to);
                    region_text.push_str(band);
                    pieces.push(band.to_string());
                }
            }
            for (a, _) in name_region {
                match a {
                    Atom::Core(sp) => {
                        let t = self.at(sp);
                        region_text.push_str(t);
                        if let Some(last) = pieces.last_mut().filter(|_| !region_text.is_empty()) {
                            last.push_str(t);
                        } else {
                            pieces.push(t.to_string());
                        }
                    }
                    Atom::Cue(Lex::And, sp) => {
                        region_text.push_str(self.at(sp));
                        pieces.push(String::new());
                    }
                    Atom::Cue(_, sp) => {
                        region_text.push_str(self.at(sp));
                        if let Some(last) = pieces.last_mut() {
                            last.push_str(self.at(sp));
                        }
                    }
                }
            }
            // "对美国、欧盟、东盟分别进出口…": 分别 between the names and their measure is neither's.
            if pieces.len() > 1 {
                if let Some(last) = pieces.last_mut() {
                    if let Some(i) = crate::text::find_str(last, "分别").filter(|&i| i > 0) {
                        *last = cat(&[sub(last, 0, i), sub_from(last, i + "分别".len())]);
                    }
                }
            }
            // "占…的比重": the region after 占 is the whole.
            // "…，相当于城镇居民的45.1%": the subject in force is the part.
            let share_lead =
                lead_cues.contains(&Lex::Share) || (matches!(role, Role::Share) && lead_cues.contains(&Lex::Is));
            let _ = &region_text;
            if matches!(role, Role::Share | Role::Completion) {
                if share_lead {
                    // "占全省粮食总产量的3.5%": a wider region's word before the whole keeps it
                    // that region's.
                    let wider = lead.iter().find_map(|(a, _)| match a {
                        Atom::Cue(Lex::Own, sp) if self.wider_than_own(self.at(sp)) => Some(self.at(sp)),
                        _ => None,
                    });
                    whole = Some(cat(&[wider.unwrap_or(""), &clean_name(&region_text)]));
                } else if let Some((part, w)) = split_share(&region_text)
                    .or_else(|| split_relative(&region_text).filter(|_| matches!(role, Role::Share)))
                {
                    whole = Some(clean_name(self.without_own_scope(part, w)));
                    // "工业、建筑业增加值分别占…": the names of the list, without its 分别.
                    pieces = vec![without_respectively(part).to_string()];
                }
            }
            if whole.is_none() || !share_lead {
                let listed = respectively || (pieces.len() > 1 && list_follows(self.text, &self.toks, k));
                // "松川县城镇、农村居民人均可支配收入": the place before a list is every item's.
                let mut lead_scope = String::new();
                if let Some(first) = pieces.first_mut().filter(|_| listed) {
                    let (scope, rest) = self.scope_of(without_ranking(first));
                    if rest.len() < first.len() {
                        *first = rest;
                        lead_scope = scope;
                    }
                }
                let list = if respectively && pieces.len() == 1 {
                    split_list(&pieces[0])
                } else if listed && respectively && pieces.len() < values {
                    // "服装类、家电类和家具类零售额分别增长…": a 和 inside the last piece lists too.
                    let mut split: Vec<String> = Vec::new();
                    for p in &pieces {
                        for x in crate::text::split_chars(p, &['和', '及']) {
                            if !x.is_empty() {
                                split.push(x.to_string());
                            }
                        }
                    }
                    expand_shared(if split.len() == values { &split } else { &pieces })
                } else if listed {
                    expand_shared(&pieces)
                } else if whole.is_some() {
                    vec![join(&pieces, "")]
                } else {
                    vec![region_text.clone()]
                };
                for p in list {
                    // "而白水市…", "其次是清河市…": a ranking's words go before the place is looked for.
                    let (scope, name) = self.scope_of(without_ranking(&p));
                    // "兵团实现生产总值", "青川完成固定资产投资": a short subject, then the verb, then
                    // the statistic; the subject is who it is of.
                    // An industry's ("冶金工业完成总产值") names the statistic with the measure.
                    let (scope, name) = match subject_and_verb(&name).filter(|_| scope.is_empty()) {
                        Some((subject, rest)) if subject.ends_with('业') => (scope, cat(&[subject, rest])),
                        Some((subject, rest)) => (subject.to_string(), rest.to_string()),
                        None => (scope, name),
                    };
                    let mut scope = if scope.is_empty() { lead_scope.clone() } else { scope };
                    let mut opened = false;
                    // "区本级地区生产总值211.5亿元，…，一、二、三产业对经济的贡献率分别为…": a
                    // sentence that opens on a statistic of another unit goes on about that unit,
                    // unless a name says whose it is (全县, 我县, 5个县(市)).
                    if scope.is_empty() && !lead_cues.contains(&Lex::Own) && !places_sum {
                        if let Some(unit) = self.unit_before(atoms) {
                            scope = unit;
                        } else if let Some(first) = s.subjects.first().filter(|f| opens_on_another_unit(&f.scope)) {
                            scope = first.scope.clone();
                        } else if let Some((_, unit)) =
                            self.opening_scope.as_ref().filter(|(at, _)| *at == self.sentence)
                        {
                            // "甲度假区举办新春市集，接待人次和收入分别增长…": the unit the
                            // sentence opened with, in a clause without figures.
                            scope = unit.clone();
                            opened = true;
                        } else if let Some(zone) = &self.section_scope {
                            scope = zone.clone();
                            opened = true;
                        } else if let Some((_, unit)) =
                            self.account_unit.as_ref().filter(|(at, _)| s.goes_on_account && *at + 1 == self.sentence)
                        {
                            // "区本级…收入200.0亿元。加上市级补助收入50.0亿元…": the account of
                            // the unit the sentence before opened with.
                            scope = unit.clone();
                            opened = true;
                        }
                    }
                    // "青岩县实现地区生产总值…。其中：第一产业…" with no title: the place of the
                    // text's first figure is the text's own, as a title's would be. A province
                    // named first is more often quoted for comparison, and an aggregate (县域,
                    // 区本级) is a part of a place, which the text may set beside the whole.
                    let first_figure = self.ex.facts.is_empty() && self.doc.place.is_none() && !opened;
                    // Nor is a zone ("经开区完成地区生产总值…。全市第一、二、三产业…"), which a
                    // city's or county's text reports first as often as its own figures.
                    let aggregate = scope.ends_with('域') || scope.ends_with("本级") || SITES.any_ends(&scope);
                    if first_figure && !scope.is_empty() && !aggregate && !lexicon::PROVINCES.contains(scope.as_str()) {
                        if lead_scope == scope {
                            lead_scope.clear();
                        }
                        self.doc.place = Some(std::mem::take(&mut scope));
                    }
                    // "芦芽山景区…，景区累计接待游客": the site's own word names it once.
                    let name = match SITES.first_ending(&scope).and_then(|w| name.strip_prefix(w)) {
                        Some(rest) if !rest.is_empty() => rest.to_string(),
                        _ => name,
                    };
                    let name = clean_name(&name);
                    // A sector on the line above, by layout alone: a link made by context.
                    let heading = self.heading_part.as_ref().filter(|(at, h)| {
                        *at + 1 == self.sentence
                            && scope.is_empty()
                            && !has(&name, h)
                            && !lexicon::SECTOR_NAMES.any_in(&name)
                    });
                    if let Some((_, h)) = heading {
                        names.push(Subject {
                            name: cat(&[h, &name]),
                            scope,
                            link: Link::Context,
                            parent: String::new(),
                        });
                    } else if !name.is_empty() {
                        names.push(Subject { name, scope, link: Link::Explicit, parent: String::new() });
                    }
                }
            }
            // "外贸进出口总额、森林覆盖率等20项目标": a count after examples ending in 等 counts the
            // things they are examples of, and is no value of theirs.
            let counted = matches!(&tok.tok, Tok::Num(n) if n.unit.is_exact_count());
            // "20项预期性指标中已有6项超过目标": how many of the things just counted, no value of
            // a statistic.
            let among_counted = words!["中已有", "中有", "中共有"].any_ends(&region_text);
            if counted && (region_text.ends_with('等') || among_counted) && !respectively {
                self.not_read(k, Reason::NounPhrase);
                return;
            }
            // "工业增加值增长6.1%，对经济增长的贡献率为31.2%": an effect written from 对 is
            // the effect of the subject the sentence named last, a link made by context; with
            // no such subject it is nobody's, and is not read.
            let effect = trim_start_by(&region_text, |c| !crate::text::is_alnum(c));
            if names.len() == 1 && effect.starts_with('对') && lexicon::EFFECT_HEADS.any_ends(effect) {
                // "三次产业结构为…，对经济增长贡献率分别为a%、b%和c%": the effects of the parts of
                // the whole the sentence named last, one value each.
                let split = s.subjects.last().and_then(|l| {
                    let (_, parts) = lexicon::SPLIT_HEADS.iter().find(|(h, _)| l.name.starts_with(h))?;
                    (respectively && parts.iter().count() == values).then_some((*parts, l))
                });
                match s.subjects.last().and_then(|l| subject_root(&l.name).map(|r| (r, l))) {
                    _ if let Some((parts, l)) = split => {
                        names.clear();
                        for p in parts {
                            let name = clean_name(&cat(&[p, effect]));
                            names.push(Subject {
                                name,
                                scope: l.scope.clone(),
                                link: Link::Context,
                                parent: String::new(),
                            });
                        }
                    }
                    Some((root, l)) => {
                        let name = clean_name(&cat(&[root, effect]));
                        // The sentence's only subject so far ("第三产业增长8.0%，对经济增长贡献率为
                        // 60.0%") leaves no doubt whose effect it is.
                        let link = if s.subjects.len() == 1 { Link::Explicit } else { Link::Context };
                        names[0] = Subject { name, scope: l.scope.clone(), link, parent: String::new() };
                    }
                    None => {
                        // The values listed after this one are nobody's either.
                        c.unaligned = Some((0, list_values(self.text, &self.toks, k)));
                        self.not_read(k, Reason::NoName);
                        return;
                    }
                }
            }
        }
        // A measure named after the verb ("实现增加值", "完成投资") joins the name.
        let measure = cue_span(chain, Lex::Measure, false).map(|sp| self.at(&sp));
        // A share whose whole is all cue words ("占全省的份额为61.3%"): the whole is the text
        // between 占 and the share word, and the share word as written names the measure.
        if matches!(role, Role::Share) {
            let share_at = atoms.iter().position(|(a, _)| matches!(a, Atom::Cue(Lex::Share, _)));
            let word_at = atoms.iter().rposition(|(a, _)| matches!(a, Atom::Cue(Lex::ShareWord | Lex::Of, _)));
            if let (Some(a), Some(b)) = (share_at, word_at) {
                if whole.as_deref().is_none_or(str::is_empty) && a + 1 < b {
                    whole = Some(clean_name(&self.atoms_text(&atoms[a + 1..b])));
                }
            }
        }
        let plan_word = cue_span(chain, Lex::Plan, true).map(|sp| self.at(&sp).to_string());
        let share_word = cue_span(atoms, Lex::ShareWord, false).map(|sp| self.at(&sp).to_string());
        // "比例分别为4.4%、4.4%": the values after the first are shares of the same word.
        let share_word = match share_word {
            Some(w) => {
                c.share_word = Some(w.clone());
                Some(w)
            }
            None if only_list || turn => c.share_word.clone(),
            None => None,
        };
        if matches!(role, Role::Share) {
            if whole.is_some() {
                c.whole = whole.clone();
            } else {
                whole = c.whole.clone();
            }
        }
        // "完成区人大常委会批准的调整预算37.5亿元的104.3%": a budget named by who approved it
        // is the plan of what the sentence reported before it.
        if matches!(role, Role::PlanLevel) && names.len() == 1 && APPROVALS.any_in(&names[0].name) {
            if let Some(l) = s.subjects.last() {
                names[0] = l.clone();
            }
        }
        // "家具出口增长较快，1-6月累计出口85.3亿元": the measure the sentence's lead ended with,
        // named again, is the lead's.
        if let (Some(lead), [n]) = (s.lead.as_ref(), names.as_mut_slice()) {
            // Two chars or more before it: "进出口" is no lead of 出口. "出口额", "进出口总值" are
            // the measure's total.
            let measure = words!["总值", "总额", "金额", "额"].strip_any_suffix(&n.name).unwrap_or(&n.name);
            // "全市进出口稳步增长": the text's own word names no owner.
            let bare = match lexicon::lookup(&lead.name) {
                Some((Lex::Own, len)) => sub_from(&lead.name, len),
                _ => lead.name.as_str(),
            };
            let before = bare.strip_suffix(measure).map_or(0, char_count);
            if n.scope.is_empty() && before >= 2 {
                *n = lead.clone();
            }
        }
        // "对东盟进出口320.5亿元、出口210.3亿元、进口110.2亿元": a measure written bare right
        // after an item that qualifies its own is of what that item qualifies.
        if let ([n], Some(prev)) = (names.as_mut_slice(), c.read.last().or(s.subjects.last())) {
            let core_at = atoms.iter().find_map(|(a, _)| match a {
                Atom::Core(sp) => Some(sp.start),
                _ => None,
            });
            let after_item = core_at.is_some_and(|at| crate::text::sub_to(self.text, at).ends_with('、'));
            let measure = lexicon::LISTED_MEASURES.first_ending(&prev.name).filter(|m| *m != n.name);
            if let Some(m) =
                measure.filter(|_| after_item && n.scope.is_empty() && lexicon::LISTED_MEASURES.contains(&n.name))
            {
                let qualifier = sub(&prev.name, 0, prev.name.len() - m.len());
                if !qualifier.is_empty() {
                    n.name = cat(&[qualifier, &n.name]);
                    n.scope = prev.scope.clone();
                }
            }
        }
        // "总量突破700亿元": the total of the subject in force.
        if names.len() == 1 && GENERIC_NAMES.contains(names[0].name.as_str()) {
            match c.subject.clone().or_else(|| self.topic.clone()) {
                Some(mut t) => {
                    // "新增规模以上工业企业31家，总数达到412家": the total of what is new is the
                    // stock it joined.
                    if let Some(stock) = words!["新增", "新登记", "新设立"].strip_any_prefix(&t.name) {
                        t.name = stock.to_string();
                    }
                    names[0] = t;
                }
                None => names.clear(),
            }
        }
        // "蔬菜种植面积8.0千公顷；产量20.0万吨": a bare measure is of the crop or product the
        // sentence named last ("粮食播种面积150万亩、产量60万吨": in its own clause, if there);
        // with none named it is a guess, a link by context.
        if names.len() == 1 && lexicon::BARE_MEASURES.contains(names[0].name.as_str()) {
            let root = c.read.last().or(s.subjects.last()).and_then(|l| {
                let tail = lexicon::MEASURE_TAILS.first_tail(&l.name)?;
                Some((sub(&l.name, 0, l.name.len() - tail.len()).to_string(), l.scope.clone()))
            });
            // "新兴产业加速成长，产值增长45%": else of the sector the clause before led with.
            // The name is then carried over from that clause: a link by context.
            match root {
                Some((root, scope)) => {
                    names[0].name = cat(&[&root, &names[0].name]);
                    names[0].scope = scope;
                }
                None => {
                    // A topic that is itself of the measure ("…实现营业收入") is a total, not the
                    // part's subject: the measure stays bare.
                    let measure = names[0].name.clone();
                    if let Some(t) = self.topic.as_ref().filter(|t| c.read.is_empty() && !t.name.ends_with(&measure)) {
                        names[0].name.insert_str(0, &t.name);
                    }
                    if !s.ranked {
                        names[0].link = Link::Context;
                    }
                }
            }
        }
        // "生猪存栏40.0万头、牛10.0万头": one char listed after a name that ends in a measure
        // names that measure of its own (牛存栏).
        if let ([n], Some(prev)) = (names.as_mut_slice(), c.read.last()) {
            if char_count(&n.name) == 1 && !n.name.is_ascii() {
                let tail = lexicon::MEASURE_TAILS.first_tail(&prev.name);
                if let Some(t) = tail.or_else(|| lexicon::HERD_MEASURES.first_tail(&prev.name)) {
                    n.name.push_str(t);
                }
            }
        }
        // "地方一般公共预算收入中税收收入150亿元": a part named within a total stated just before.
        if let [n] = names.as_mut_slice() {
            let split = crate::text::find_char(&n.name, '中')
                .map(|i| (sub(&n.name, 0, i), sub_from(&n.name, i + '中'.len_utf8())));
            // Not a word that 中 begins (中位数, 中小企业, 中长期贷款).
            let word = |p: &str| {
                starts_by(p, |c| matches!(c, '位' | '小' | '心' | '长' | '央' | '等' | '型' | '部' | '间' | '期'))
            };
            let split = split.filter(|(w, p)| ends_with_head(w) && ends_with_head(p) && valid_name(p) && !word(p));
            if let Some((total, part)) = split.and_then(|(w, p)| Some((self.stated_level(w)?, p.to_string()))) {
                self.push_group(total, false, true);
                n.name = part;
            }
        }
        // "第一、二、三产业增加值分别为…": a measure after a list of names is every name's.
        if let Some(m) = measure.map(measure_word).filter(|_| names.len() > 1) {
            for n in names.iter_mut().filter(|n| !n.name.ends_with(m) && !ends_with_head(&n.name)) {
                n.name.push_str(m);
            }
        }
        let subject = if let Some(first) = names.first().cloned() {
            let named = names.len() == 1 && !respectively;
            // "完成“十一五”指标的120.5%，年均增长14.87%": the plan a figure is set against leaves
            // the topic to the clauses after it.
            if named && !names[0].name.is_empty() && !lexicon::PLAN_REFERENCES.contains(&names[0].name) {
                self.set_subject(c, names[0].clone());
                // "甲和乙均下降3.5%、丙下降4%": a figure with a name of its own is that name's
                // alone, not each of the names before.
                c.each = false;
                c.names.clear();
            }
            if names.len() > 1 || respectively {
                c.names = names.clone();
                c.next_name = 0;
                c.each = cues.contains(&Lex::Each);
            }
            Some(first)
        } else if respectively || (only_list && !c.names.is_empty()) {
            // "…；印刷业、造纸业两个行业增幅回落，分别下降…": a figure-less clause just before that
            // lists as many names as there are values names them, not the clause before it.
            // (Asked of the list's first value only: the next find its names set.)
            let listed = || {
                let values = list_values(self.text, &self.toks, k);
                s.listed.is_some_and(|sp| listed_names(self.at(&sp), values).len() == values)
            };
            if c.names.is_empty() && !(respectively && listed()) {
                // "分别增长3.7%、5.6%": the names of the clause before.
                c.names = self.subject_list();
                c.each = cues.contains(&Lex::Each);
                c.next_name = 0;
            }
            None
        } else {
            c.subject.clone().or_else(|| {
                // "甲投资、乙投资分别增长…，占全部投资的比重为12.0%": a figure that names none
                // right after a list's, in its sentence, is the list's together, no one name's.
                let joint = self.prev_listed
                    && c.read.is_empty()
                    && self.ex.facts.last().is_some_and(|f| f.ctx.sentence == self.sentence);
                if joint {
                    return None;
                }
                // "第一产业⏎80.0亿元": a figure under a sector alone on its line is that sector's,
                // by layout alone.
                if let Some((_, h)) = self.heading_part.as_ref().filter(|(at, _)| *at + 1 == self.sentence) {
                    return Some(Subject {
                        name: h.clone(),
                        scope: String::new(),
                        link: Link::Context,
                        parent: String::new(),
                    });
                }
                // "…汽车制造业增长9.0%。⏎⏎上半年，同比下降10.0%": the subject of a figure in an
                // earlier paragraph is only a guess for a figure that names none.
                let mut topic = self.topic.clone()?;
                if self.topic_block != 0 && self.topic_block != self.block {
                    topic.link = Link::Context;
                }
                Some(topic)
            })
        };
        // "A…，B…，分别增长12%和15%": a 分别 list's values take its names in order, and only
        // when there are as many of each: else none is read, so that no value lands on the
        // wrong name.
        // "2016年、2017年…分别为21787元、23757元": one name, and values that take the times.
        let times = if c.times.is_empty() { &s.times } else { &c.times };
        // The names a clause carries from a list just paired with times are one name, once per
        // time ("2021年、2022年…分别达到A、B，分别增长x%、y%").
        let one_name = c.names.len() <= 1
            || c.names.len() <= MAX_PAIRED_NAMES && c.names.windows(2).all(|w| w[0].name == w[1].name);
        if times.len() > 1 && !only_list && one_name && names.len() <= 1 {
            let values = list_values(self.text, &self.toks, k);
            if values == times.len() {
                c.paired = times.clone();
                let years = times.iter().all(|w| w.part == Part::Year && w.range.is_none())
                    && times.windows(2).all(|p| p[1].year == p[0].year + 1);
                s.listed_years = years.then(|| (times[0].year, times[times.len() - 1].year));
                c.next_time = 0;
                c.names.clear();
            } else if values > 1 {
                c.unaligned = Some((times.len(), values));
            }
        }
        if !c.paired.is_empty() {
            // The name is the clause's own, or the one in force, for every value.
        } else if respectively && !only_list && !turn && !c.each {
            let values = list_values(self.text, &self.toks, k);
            if values > 1 && c.names.len() != values {
                let earlier = s.subjects.len().checked_sub(values).map(|from| &s.subjects[from..]);
                // "全年与甲国、乙国为主要贸易伙伴。进出口值分别为…": or the names a figure-less
                // sentence just before listed.
                let before = self.listed_before.filter(|&(_, at)| at + 1 == self.sentence && !s.read_any);
                // The clause just before, if it listed as many names ("…；印刷业、造纸业两个行业增幅
                // 回落，分别下降…"), before the names used earlier in the sentence.
                let listed = match s.listed.take().or(before.map(|(sp, _)| sp)) {
                    Some(sp) if c.names.len() <= 1 => listed_names(self.at(&sp), values),
                    _ => Vec::new(),
                };
                let earlier = earlier.filter(|_| listed.len() != values);
                // "牛、羊出栏分别达到…，存栏分别达到…": another measure of the list just read.
                let measure_of = |n: &Subject| {
                    let tail = lexicon::HERD_MEASURES.first_tail(&n.name)?;
                    Some(Subject { name: cat(&[sub(&n.name, 0, n.name.len() - tail.len()), &core_text]), ..n.clone() })
                };
                let again = lexicon::HERD_MEASURES.contains(core_text.as_str()) && self.prev_names.len() == values;
                let again: Vec<Subject> =
                    if again { self.prev_names.iter().filter_map(measure_of).collect() } else { Vec::new() };
                if again.len() == values && c.names.len() <= 1 {
                    c.names = again;
                    c.next_name = 0;
                } else {
                    match earlier {
                        Some(earlier) if c.names.len() <= 1 => {
                            c.names = earlier.to_vec();
                            c.next_name = 0;
                        }
                        // "书报类、文具类和健身用品类同比增长较快，零售额增速分别为…": the names the
                        // clause before listed, each with the measure this one names.
                        _ if listed.len() == values => {
                            // "…保持较快增长，增速分别达…": a growth word names no measure, and the
                            // subject in force is no measure of the names listed.
                            let growth =
                                core_text.is_empty() || words!["增速", "增幅", "增长速度"].contains(core_text.as_str());
                            let measure = c
                                .names
                                .first()
                                .filter(|n| !growth && valid_name(&n.name))
                                .map(|n| n.name.clone())
                                .unwrap_or_default();
                            c.names.clear();
                            for n in listed {
                                let n = without_ranking(&n).to_string();
                                // "城乡居民收入增长较快，人均可支配收入分别达…": 城镇居民 and the
                                // measure, not 城镇居民收入 and the measure again.
                                let tail = crate::text::nth_char_back_at(&n, 1).unwrap_or(0);
                                let head = if same_measure(&n, &measure) && tail > 0 { sub(&n, 0, tail) } else { &n };
                                let name =
                                    if n.ends_with(measure.as_str()) { n.clone() } else { cat(&[head, &measure]) };
                                c.names.push(self.subject_from(&name));
                            }
                            c.next_name = 0;
                        }
                        _ => c.unaligned = Some((c.names.len(), values)),
                    }
                }
            }
        }
        // "贡献率达到30.2%、9.9%": one name and a list of levels cannot pair up either.
        if !respectively && !only_list && names.len() == 1 && matches!(role, Role::Level(_) | Role::Share) {
            let values = list_values(self.text, &self.toks, k);
            if values > 1 {
                c.unaligned = Some((1, values));
                c.names.clear();
                self.not_read(k, Reason::List(1, values));
                return;
            }
        }
        if let Some((names, values)) = c.unaligned.filter(|_| respectively || only_list) {
            self.not_read(k, Reason::List(names, values));
            return;
        }
        // Which name this figure takes.
        let subject = if !c.paired.is_empty() {
            match names.first() {
                Some(n) => {
                    self.set_subject(c, n.clone());
                    subject
                }
                None => c.subject.clone().or_else(|| self.topic.clone()),
            }
        } else if !c.names.is_empty() && (respectively || only_list || c.names.len() > 1) {
            if !only_list && !turn {
                c.next_name = 0;
            }
            let i = c.next_name;
            c.next_name += 1;
            match c.names.get(i) {
                Some(n) => Some(n.clone()),
                None => {
                    self.not_read(k, Reason::List(c.names.len(), i + 1));
                    return;
                }
            }
        } else {
            subject
        };
        // "占全省比重为40.5%，较上年提高1.2个百分点": points with no name of their own, just
        // after a share, move that share.
        let subject = match share_before {
            Some(share) if names.is_empty() && matches!(role, Role::Shift { .. }) => Some(share),
            _ => subject,
        };
        // "全市共有32.6万人次观看演出，同比增长20.5%": a rate with no name of its own right after
        // a count before its own noun is that noun's, which was not read.
        let rate = matches!(&tok.tok, Tok::Num(n) if matches!(n.unit.kind, UnitKind::Percent | UnitKind::Points));
        let after_count = rate
            && names.is_empty()
            && c.subject.is_none()
            && self.before_its_noun.is_some_and(|(j, sentence, read)| {
                (sentence, read) == (self.sentence, self.ex.facts.len()) && j == self.figure_before(k)
            });
        let Some(mut subject) = subject.filter(|_| !after_count) else {
            self.not_read(k, Reason::NoName);
            return;
        };
        // "云溪县：364.5亿元，增长3.9%": a figure that names nothing after the place its sentence
        // opened with is that place's, of the statistic in force: a link by context.
        if names.is_empty() && subject.scope.is_empty() {
            if let Some((_, unit)) = self.opening_scope.as_ref().filter(|(at, _)| *at == self.sentence) {
                subject.scope = unit.clone();
                subject.link = Link::Context;
            }
        }
        // "新增就业年均50万人": the yearly average is a statistic of its own.
        // "年均提高1.07个百分点": so are the points a share or rate moves by a year on average,
        // named after the measure is settled (below).
        let mut yearly_points = None;
        if matches!(role, Role::Level(_)) && chain_cues.iter().any(|l| matches!(l, Lex::Growth { avg: true, .. })) {
            match &tok.tok {
                Tok::Num(n) if n.unit.kind == UnitKind::Points => {
                    let down = last_shift(&chain_cues) == Some(-1)
                        || chain_cues.iter().any(|l| matches!(l, Lex::Growth { sign: -1, .. }));
                    yearly_points = Some(if down { "年均下降" } else { "年均提高" });
                }
                _ => subject.name.insert_str(0, "年均"),
            }
        }
        // "三次产业比重分别为…。第二产业提高0.8个百分点": points are no change of an amount; they
        // move the share of it stated just before.
        if matches!((role, &tok.tok), (Role::Shift { .. }, Tok::Num(n)) if n.unit.kind == UnitKind::Points) {
            if let Some(share) = self.share_stated_of(&subject.name) {
                subject.name = share;
            }
        }
        // In a list, a name with a measure of its own keeps it (固定资产投资、…、规模工业增加值).
        let own_measure = names.len() > 1 && ends_with_head(&subject.name);
        if measure == Some("人均") {
            if !has(&subject.name, "人均") {
                subject.name.insert_str(0, "人均");
            }
        } else if let Some(written) = measure.filter(|_| !own_measure) {
            let m = measure_word(written);
            // "固定资产投资项目已开工162项，完成投资75.33亿元": the projects counted are the
            // measure's own, so the amount done is the measure the name began with.
            let projects = crate::text::find_str(&subject.name, &cat(&[m, "项目"]));
            if let Some(i) = projects.filter(|&i| i > 0) {
                subject.name.truncate(i + m.len());
            } else if !subject.name.ends_with(m) {
                // "农林牧渔业总产值50亿元，…，增加值30亿元": another measure of the same sector,
                // not a part of the first one's name.
                let tail = lexicon::MEASURE_TAILS.first_tail(&subject.name);
                if let Some(t) = tail {
                    subject.name.truncate(subject.name.len() - t.len());
                    for verb in words!["完成", "实现"] {
                        if subject.name.len() > verb.len() && subject.name.ends_with(verb) {
                            subject.name.truncate(subject.name.len() - verb.len());
                        }
                    }
                }
                subject.name.push_str(m);
            } else if names.is_empty()
                && m != written
                && (cues.contains(&Lex::Plan) || !self.targeted(&subject.name))
                && !(subject.link == Link::Context && s.subjects.is_empty() && !s.read_any)
            {
                // "当年计划投资63.27亿元。完成投资77.57亿元": the verb makes a new measure
                // of the subject in force, not a restatement of it; after a target of it
                // ("投资目标为1300亿元") it is the same investment, done. A sector its sentence led
                // with ("固定资产投资增势强劲，累计完成投资180.6亿元") is what was done.
                subject.name = written.to_string();
            }
            // "…工业增加值上半年、前三季度分别增长…": the later values of a list paired with
            // times take the name with its measure.
            if !c.paired.is_empty() && names.len() == 1 {
                self.set_subject(c, subject.clone());
            }
        }
        if let Some(words) = yearly_points {
            // "服务业增加值占比年均提高1.2个百分点": of its share, when the clause says so.
            if share_word.is_some() && !crate::names::SHARE_SUFFIXES.any_ends(&subject.name) {
                subject.name.push_str("比重");
            }
            subject.name.push_str(words);
        }
        // "私营企业20310户，从业人员9.85万人", "个体工商户3.2万户，注册资金40亿元": the people
        // employed by, or the capital of, the units just counted.
        if names.len() == 1 && lexicon::ATTRIBUTES.contains(subject.name.as_str()) {
            // The count is the subject of the clause before, or of this one when the comma was
            // left out ("专项债项目37个总投资86.52亿元").
            let counted = self.ex.facts.last().filter(|f| {
                c.read.last().or(s.subjects.last()).is_some_and(|l| l.name == f.name)
                    && matches!(&f.kind, FactKind::Level { unit, .. } if unit.is_count())
            });
            if let Some(f) = counted {
                subject.name = cat(&[&f.name, &subject.name]);
            }
        }
        // "…的比重，第一产业为6.2%": the part's share of the whole the sentence framed.
        let percent = matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Percent);
        if let Some((measure, whole, word)) = s
            .share_frame
            .as_ref()
            .filter(|_| percent && names.len() == 1 && matches!(role, Role::Level(_)) && !has(&subject.name, "占"))
        {
            let part = if subject.name.ends_with(measure.as_str()) {
                subject.name.clone()
            } else {
                cat(&[&subject.name, measure])
            };
            subject.name = cat(&[&part, "占", whole, word]);
        }
        if subject.parent.is_empty() && subject.link == Link::Explicit {
            subject.parent = self.parent_for(&subject.name);
        }
        // The clause's subject and the topic become the name as completed, so that "增长3.2%"
        // after "第一产业实现增加值41.71亿元" is the growth of 第一产业增加值, and after "工业项目
        // 50项，完成投资26.77亿元" the growth of 工业项目投资, the measure the verb named.
        let completed = names.is_empty() && measure.is_some() && matches!(role, Role::Level(_));
        if (names.len() == 1 || completed) && !respectively && !lexicon::PLAN_REFERENCES.contains(&subject.name) {
            self.set_subject(c, subject.clone());
        }
        // "其中柑橘1200吨…；桃4900吨": a crop or a beast of one char, listed among the parts of a
        // total in the same unit, is a part's name.
        let one_char_part = || {
            let mut cs = subject.name.chars();
            let letter = cs.next().is_some_and(|c| crate::text::is_letter(c) && !c.is_ascii()) && cs.next().is_none();
            let group = self.groups.last().filter(|g| g.among).map(|g| &self.ex.facts[g.total].kind);
            // Its growth after it ("桃4900吨，增长1.0%") is of the part just read.
            let just_read =
                self.ex.facts.last().is_some_and(|f| f.name == subject.name && f.ctx.sentence == self.sentence);
            // "水泥同比增长3.5%，砖同比增长18.2%": a product of one char in a list of products'
            // growth, after one of a short name in the same sentence.
            let listed_growth = matches!(role, Role::Yoy(_))
                && self.ex.facts.last().is_some_and(|f| {
                    f.ctx.sentence == self.sentence
                        && matches!(f.kind, FactKind::Rate { .. })
                        && (1..=4).contains(&char_count(&f.name))
                });
            letter
                && !lexicon::NOT_NAMES.contains(&subject.name)
                && (just_read
                    || listed_growth
                    || matches!((group, &tok.tok), (Some(FactKind::Level { unit, .. }), Tok::Num(n))
                        if unit.base == n.unit.base && !unit.base.is_empty()))
        };
        if !valid_name(&subject.name) && !one_char_part() {
            self.not_read(k, Reason::NoName);
            return;
        }
        // "投入扶贫资金12.5亿元，全县1520户…", "已完成12项" after an amount: a level with no name
        // of its own in a unit its subject's levels cannot have counts something else.
        if names.is_empty() && measure.is_none() && !respectively && matches!(role, Role::Level(_)) {
            if let Tok::Num(n) = &tok.tok {
                let mut stated = None;
                for f in self.recent(16).iter().rev() {
                    if let FactKind::Level { unit, .. } = &f.kind {
                        if f.name == subject.name && f.ctx.scope == subject.scope {
                            stated = Some(unit);
                            break;
                        }
                    }
                }
                // A sum in another currency ("折合5791美元") is the same level, and so is one after
                // a bare magnitude ("突破150亿，达到162.4亿元").
                let money = |u: &Unit| u.base.ends_with('元');
                let other = |u: &Unit| !(u.fits(&n.unit) || money(u) && money(&n.unit));
                // "贫困人口减至3018户5703人": a count in a second unit written right after the
                // first is the same subject counted again.
                let recount = atoms.is_empty()
                    && (n.unit.is_count() || n.unit.base.ends_with('人'))
                    && k > 0
                    && matches!(&self.toks[k - 1].tok, Tok::Num(m) if m.unit.is_count() && self.toks[k - 1].span.end == tok.span.start);
                if stated.is_some_and(other) && n.unit.kind == UnitKind::Amount && !recount {
                    self.not_read(k, Reason::NoName);
                    return;
                }
            }
        }
        c.read.push(subject.clone());

        // The figure's own time (由2005年的…), else the clause's, the line's, the section's,
        // the document's.
        let (local, than_time) = chain_times(chain);
        let local = if only_list { local.or(c.list_head.0) } else { local };
        c.list_head = (local.filter(|t| Some(*t) != than_time), cues.contains(&Lex::From));
        // "“十四五”以来，…地区生产总值三年累计增长19.2%，年均增长6.0%": the years a sum is
        // counted over name its stretch, the first of the period in force or those up to the
        // year in force, for the rest of the sentence.
        if let Some((n, rest)) = years_counted(&subject.name).filter(|_| cues.contains(&Lex::Cumulative)) {
            subject.name.truncate(rest);
            self.set_subject(c, subject.clone());
            s.when = self.in_force(s).map(|w| match w.range {
                Some((from, to)) if w.stretch && from + n <= to => {
                    When { year: from + n, range: Some((from, from + n)), range_guessed: false, ..w }
                }
                _ => When { range: Some((w.year - n, w.year)), stretch: true, ..w },
            });
        }
        let context = self.time_in_force(s, status, &subject.name);
        let when = match local.filter(|t| Some(*t) != than_time) {
            Some(t) => self.doc.resolve(t, context),
            // "由10.9%提高到29.4%": the first of a pair with no time of its own is at the start
            // of the period in context, or unknown.
            None if cues.contains(&Lex::From) && matches!(role, Role::Level(_) | Role::Share) => {
                let at_start = |year: i32, link: Link| When {
                    year,
                    part: Part::Year,
                    range: None,
                    link,
                    range_guessed: false,
                    stretch: false,
                };
                context.and_then(|w| w.range).map(|(from, _)| at_start(from, w_link(context))).or_else(|| {
                    // "从2016年的400亿元增加到2021年的600亿元…。规上工业总产值从500亿元增加到
                    // 900亿元": a pair in a series of pairs is over the years the first named.
                    let ((from, to), _, _) =
                        self.last_pair.filter(|p| p.1 == self.block && self.sentence <= p.2 + PAIR_REACH)?;
                    s.pair_carried_to = Some(to);
                    Some(at_start(from, Link::Explicit))
                })
            }
            None => context,
        };
        // "“十三五”时期，…由300亿元增加到1200亿元，年均增长41.4%": the first of a pair with
        // no year, in a stretch not over when the text was written, which is told to its latest
        // year and does not name it: the span of a 年均 rate over the stretch is a guess (a
        // five-year plan reviews the stretch before its own, which is over).
        if local.is_none() && cues.contains(&Lex::From) && matches!(role, Role::Level(_) | Role::Share) {
            s.pair_guessed |= context.is_some_and(|w| {
                w.stretch
                    && status == Status::Actual
                    && self.doc.genre != Genre::FiveYearPlan
                    && self.doc.year.is_none_or(|y| y <= w.year)
            });
        }
        // A value of a list that takes a list of times takes the next one.
        let when = match c.paired.get(c.next_time) {
            Some(w) => {
                c.next_time += 1;
                Some(*w)
            }
            None if !c.paired.is_empty() => {
                self.not_read(k, Reason::List(c.paired.len(), c.next_time + 1));
                return;
            }
            None => when,
        };
        // A 年均 rate after a "由A增至B" pair runs over the pair's years, whatever else is known.
        let when = when.or_else(|| {
            let (_, to) = s.pair?;
            matches!(role, Role::Average(_)).then(|| When::year(to, Link::Explicit))
        });
        // "2021年、2022年、2023年…分别下降3.1%、2.9%和3.4%，累计下降9.1%": a sum after the values
        // of a list of years runs over them all.
        let summed = s.listed_years.filter(|_| {
            matches!(role, Role::Yoy(_)) && local.is_none() && c.paired.is_empty() && cues.contains(&Lex::Cumulative)
        });
        let when = when.or_else(|| summed.map(|(_, to)| When::year(to, Link::Explicit)));
        let Some(when) = when else {
            self.not_read(k, Reason::NoYear);
            return;
        };
        // "2012-2016年…累计增长48.2%": growth summed over a stretch of years is the change
        // from its first year to its last.
        // "…由2020年的186.3亿元增加到2023年的206.95亿元，2023年增长2.9%": a clause that opens on
        // a year of its own, or takes one of a list, states that year's growth, not the pair's.
        let own_time = c.times.first().filter(|_| c.times.len() == 1).or(c.paired.first());
        // "…，2023年比上年增加1726元": so is its change, over the year before.
        let role = match role {
            Role::Change { sign, base: None } if own_time.is_some_and(|w| !w.stretch && w.year == when.year) => {
                // The growth after it is over the year before too, not over the pair.
                s.pair = None;
                Role::Change { sign, base: Some(when.year - 1) }
            }
            _ => role,
        };
        let role = match (role, when.range) {
            (Role::Yoy(sign), Some((from, to))) if when.stretch && from < to && cues.contains(&Lex::Cumulative) => {
                Role::Since { base: from, word: MultipleWord::Summed, sign }
            }
            // "比2018年末增加26825个，增长64.5%": growth after a change since a year, in its
            // sentence and with no base of its own, is since that year too.
            (Role::Yoy(sign), _)
                if s.pair.is_some_and(|(from, to)| to == when.year && from + 1 < to)
                    && !cues.contains(&Lex::Than)
                    && !cues.contains(&Lex::VsPrevious)
                    && own_time.is_none() =>
            {
                Role::Since { base: s.pair.map_or(when.year - 1, |p| p.0), word: MultipleWord::Percent, sign }
            }
            // "“十二五”时期，全县固定资产投资完成55亿元": an amount done in a stretch of years
            // (完成, 实现; not 达到, 增加到, nor a per-capita level) is the stretch's sum; the
            // stretch's last year has a level of its own ("2015年完成16.2亿元"). One that a 年均
            // rate follows ("…完成300亿元，年均增长9%") is the level the rate led to.
            (Role::Level(Bound::Eq), Some((from, to)))
                if when.stretch
                    && to - from > 1
                    && matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Amount)
                    && !cues.contains(&Lex::From)
                    && !has(&subject.name, "人均")
                    // "2011至2012年，全省新增高速公路300公里": what is new in the stretch is a flow.
                    && (self.done_in(atoms) || words!["新增", "新建"].any_starts(&subject.name))
                    && !has(
                        sub(
                            self.text,
                            tok.span.end,
                            crate::text::floor_boundary(self.text, s.end.min(tok.span.end + RATE_REACH)),
                        ),
                        "年均",
                    ) =>
            {
                Role::Cumulative
            }
            _ => role,
        };
        // "从28710元增长到40488元，增长41%", "由2015年的…增加到2020年的…，累计增长41%": growth
        // with no time of its own right after a pair of the subject's levels is over the pair;
        // growth that takes a list of times in turn ("2021年、2022年…分别达到A、B，分别增长
        // x%、y%") is each time's own.
        let (role, when) = match (role, summed) {
            (Role::Yoy(sign), Some((from, to))) => (
                Role::Since { base: from - 1, word: MultipleWord::Summed, sign },
                When { year: to, part: Part::Year, range: None, ..when },
            ),
            _ => (role, when),
        };
        let pair = self.pair_just_read(&subject.name).filter(|_| own_time.is_none());
        let (role, when) = match (role, pair) {
            (Role::Yoy(sign), Some((from, to))) if local.is_none() => {
                (Role::Since { base: from, word: MultipleWord::Percent, sign }, When { year: to, ..when })
            }
            // "由2015年的30.2%提高到2020年的43.6%，提高13.4个百分点": so are points.
            (Role::Shift { sign, base: None }, Some((from, to))) if local.is_none() => {
                (Role::Shift { sign, base: Some(from) }, When { year: to, ..when })
            }
            _ => (role, when),
        };
        // The second level of a pair over carried years ("由4.00万元提升至5.10万元") is at the
        // end year carried, not the year an aside named last ("其中2023年突破…").
        let when = match s.pair_carried_to {
            Some(to) if local.is_none() && s.pair_from.is_some() && !cues.contains(&Lex::From) => {
                When { year: to, ..when }
            }
            _ => when,
        };
        // "…增长20%，去年同期到位资金1000亿元，完成全年目标任务的60%": a completion is of the
        // period in force before the base year a later clause named (held until the ；).
        let when = match s.until_semicolon {
            Some(Some(w))
                if matches!(role, Role::Completion | Role::PlanLevel) && local.is_none() && w.year > when.year =>
            {
                When { year: w.year, ..when }
            }
            _ => when,
        };
        let carried = s.pair_carried_to.is_some() && local.is_none() && cues.contains(&Lex::From);
        if matches!(role, Role::Level(_)) && (local.is_some() || carried) && cues.contains(&Lex::From) {
            s.pair_from = Some(when.year);
        } else if matches!(role, Role::Level(_)) && (local.is_some() || chain_cues.contains(&Lex::Level(Bound::Eq))) {
            // The second of the pair names its year in the figure ("到2017年的…") or in the
            // verb that leads to it ("增加到2017年的…", whose 到 holds the clause's time).
            let carried_to = s.pair_carried_to.take();
            if let Some(from) = s.pair_from.take().filter(|&from| from < when.year) {
                if carried_to.is_none_or(|to| to == when.year) {
                    s.pair = Some((from, when.year));
                    self.last_pair = Some(((from, when.year), self.block, self.sentence));
                }
            }
        }
        let link =
            if subject.link == Link::Context || when.link == Link::Context { Link::Context } else { Link::Explicit };
        let ctx = Context {
            scope: subject.scope.clone(),
            parent: subject.parent.clone(),
            part: when.part,
            status,
            basis: s.basis,
            link,
            sentence: self.sentence,
            block: self.paragraph,
            shown: String::new(),
        };
        let chain_bound = last_bound(&chain_cues).unwrap_or(Bound::Eq);
        let mut names_all = vec![subject];
        if c.each && c.names.len() > 1 && !only_list {
            names_all = c.names.clone();
        }
        for subject in names_all {
            // A completion names the plan or budget it is of ("完成年初预算的102%", "完成调整预算的
            // 99.5%": two statistics).
            let word = if matches!(role, Role::PlanLevel | Role::Completion) {
                plan_word.as_deref()
            } else {
                share_word.as_deref()
            };
            // The growth a year's plan sets is named as its plan, as a planned level is.
            let planned = plan_lead && matches!(role, Role::Yoy(_));
            let subject = if planned { subject.renamed(cat(&[&subject.name, "计划"])) } else { subject };
            // "新增规上工业企业30家、达到210家": the level reached after what is new is the stock.
            let reached = matches!(role, Role::Level(_))
                && matches!(&tok.tok, Tok::Num(n) if n.unit.kind == UnitKind::Amount && n.unit != Unit::none())
                && name_region.is_empty()
                && chain_cues.iter().any(|l| matches!(l, Lex::Level(_)));
            let subject = match subject.name.strip_prefix("新增").filter(|n| reached && char_count(n) >= 2) {
                Some(stock) => subject.renamed(stock.to_string()),
                None => subject,
            };
            self.emit(k, role, &tok, post_bound, &subject, when, &ctx, whole.as_deref(), word, chain_bound, s);
        }
    }

    /// The time a figure with no time of its own is of: the one in force (a heading's, the
    /// line's, the clause's), else by the genre (an annual plan's or a work report's targets are
    /// of its year; a work report's results of the year it reviews), else the year last named.
    /// None in an undated stretch, or when no time is known.
    fn time_in_force(&self, s: &Sentence, status: Status, name: &str) -> Option<When> {
        // "本次大会应到362人，实到336人": a congress's own counts, in its report or the news of
        // it, are of the day it sat, no period's.
        // The name keeps 应 or 实 of 应到 and 实到; a name with 会议 alone is the count of
        // something held ("会议会展、研学交流…260项").
        let attendance = || words!["应", "实", "出席", "列席"].any_ends(name) || words!["应到", "实到"].any_in(name);
        let meeting = matches!(self.doc.genre, Genre::WorkReport | Genre::News)
            && lexicon::MEETING_COUNTS.any_in(name)
            && attendance();
        if s.undated || meeting {
            return None;
        }
        self.in_force(s)
            .or_else(|| {
                // An annual plan's or a work report's targets with no time of their own are the
                // targets of its year ("主要预期目标是：生产总值增长6%左右").
                let plans_its_year = matches!(self.doc.genre, Genre::AnnualPlan | Genre::WorkReport);
                let target = matches!(status, Status::Target | Status::Stretch);
                self.doc.year.filter(|_| plans_its_year && target).map(|y| When::year(y, Link::Explicit))
            })
            .or_else(|| {
                // "2022年，果洛州实现地区生产总值…。果洛州划定发展预期目标，地区生产总值增长3%": a
                // work report that names its own year nowhere sets its targets for the year after
                // the results it gave; a year it named with no results is the targets' own
                // ("2024年，…主要预期目标是：⏎力争固定资产投资增长14%以上"). Links by context.
                let report = self.doc.genre == Genre::WorkReport && self.doc.year.is_none();
                let target = matches!(status, Status::Target | Status::Stretch);
                let reported = |year: i32| {
                    self.recent(RESULTS_REACH).iter().any(|f| {
                        let of_year = match f.kind {
                            FactKind::Level { year: y, .. } => y == year,
                            FactKind::Rate { to, .. } | FactKind::Change { to, .. } => to == year,
                            _ => false,
                        };
                        of_year && f.ctx.status == Status::Actual && f.ctx.part == Part::Year
                    })
                };
                let named = self.recent.filter(|w| w.part == Part::Year && w.range.is_none());
                let year = |w: When| if reported(w.year) { w.year + 1 } else { w.year };
                named.filter(|_| report && target).map(|w| When::year(year(w), Link::Context))
            })
            .or_else(|| {
                // What happened, told with no time in reach, happened in the year last named;
                // in a five-year plan, or news of one, what is told after its period is named
                // ("“十四五”时期…。在“民生”方面，提出…达到3.6万元") is of that period. An
                // annual plan tells last year's results and this year's plan side by side:
                // outside a section of targets, what was done is of the year last named
                // ("2022年，全旗地区生产总值…。⏎(一)农牧业⏎全旗农作物播种面积…").
                let reports = !matches!(self.doc.genre, Genre::AnnualPlan) || !self.target_block;
                let actual = matches!(status, Status::Actual | Status::Estimate);
                // A work report is given early in the year its title or dateline names and
                // tells the year before ("预计地区生产总值超过900亿元"): with no other year
                // named, that is the results' year, a link by context. The meeting's own
                // counts ("本次大会应到代表319名") are of the day it was held.
                let given = self.doc.genre == Genre::WorkReport
                    && self.recent.is_none_or(|w| Some(w.year) == self.doc.year && w.part == Part::Year)
                    && !lexicon::MEETING_COUNTS.any_in(name);
                if given && actual {
                    return self.doc.reviewed.map(|y| When::year(y, Link::Context));
                }
                // In a text that names no other year, the year is the text's own; so is the
                // year of the sentence just before ("2021年，各项目标任务全面完成。全县
                // 地区生产总值增长8%…").
                let named = |w: When| Some(w.year) == self.sole_year || self.sentence <= self.recent_sentence + 1;
                let link = |w: When| if named(w) { Link::Explicit } else { Link::Context };
                self.recent.filter(|_| reports && actual).map(|w| When { link: link(w), ..w })
            })
    }

    /// A figure followed directly by a noun qualifies that noun ("150个重点项目", "年产5000万吨以上
    /// 规模的企业"), as does a band listed before its noun, and a count quoted alone names a policy.
    /// Such a figure is a count of the noun, a rank, or not read: returns true when it is no figure
    /// of a statistic. `post_bound` is the bound word right after the figure, `rest` the text after.
    #[allow(clippy::too_many_arguments)]
    fn before_a_noun(
        &mut self,
        k: usize,
        tok: &Token,
        atoms: &[(Atom, Option<Time>)],
        post_bound: Option<Bound>,
        rest: Option<Span>,
        s: &mut Sentence,
        c: &mut Clause,
    ) -> bool {
        let (Tok::Num(n), Some(rest)) = (&tok.tok, rest) else { return false };
        let after_all = crate::text::sub_from(self.text, rest.start);
        let follows = after_all.get(..after_all.len().min(24)).unwrap_or(after_all);
        // "政府投资3000万元以上、企业投资亿元以上重大项目35项": bands listed before the noun
        // they qualify (the next band within 16 chars).
        let bands = post_bound.is_some() && n.unit.kind == UnitKind::Amount && follows.starts_with('、') && {
            let next = crate::text::nth_char_at(after_all, 16).map_or(after_all, |i| sub(after_all, 0, i));
            lexicon::BANDS.any_in(next)
        };
        let tenths = crate::text::has_char(self.at(&tok.span), '成');
        // "“15条”政策已为企业减负…": a count quoted alone before a noun names the policy, as
        // a title does; at a clause's end ("出台助企纾困“16条”") it counts the measures.
        let quoted = ends_by(crate::text::sub_to(self.text, tok.span.start), |c| matches!(c, '“' | '"' | '「'))
            && starts_by(follows, |c| matches!(c, '”' | '"' | '」'))
            && crate::text::nth_char(follows, 1).is_some_and(|c| crate::text::is_letter(c) && !c.is_ascii());
        if quoted {
            self.not_read(k, Reason::Quoted);
            return true;
        }
        if bands || qualifies_noun(follows, n, tenths) {
            if post_bound.is_none() && self.count_of_a_noun(k, n, atoms, follows, s, c) {
                return true;
            }
            if post_bound.is_none() && self.ranked_by(k, n, atoms, after_all, s) {
                return true;
            }
            self.not_read(k, Reason::NounPhrase);
            if lexicon::COUNTING_VERBS.any_ends(crate::text::sub_to(self.text, tok.span.start)) {
                self.before_its_noun = Some((k, self.sentence, self.ex.facts.len()));
            }
            if post_bound.is_some() && n.unit.kind == UnitKind::Amount {
                self.band = Some((tok.span.start, tok.span.end));
            }
            // "；52个收尾项目…": a count that opens a clause introduces a new subject, which
            // ends a list of parts; counted places ("(二)21个地市…收入") are a part of the list.
            if atoms.is_empty() && !counts_places(follows) {
                while self.groups.last().is_some_and(|g| g.among) {
                    self.close_last();
                }
            }
            return true;
        }
        false
    }

    /// "新增25个项目，其中…", "120个市重点项目完成投资…": a count before the noun it counts,
    /// which ends the clause or is all the clause names besides a verb, is the level of that
    /// noun, and the subject of what follows. Returns false, reading nothing, for any other
    /// figure before a noun ("150个重点项目中的…" aside, "5000万元以下项目" is a band).
    fn count_of_a_noun(
        &mut self,
        k: usize,
        n: &Num,
        atoms: &[(Atom, Option<Time>)],
        follows: &str,
        s: &mut Sentence,
        c: &mut Clause,
    ) -> bool {
        if !n.unit.is_exact_count() {
            return false;
        }
        let end =
            crate::text::find_by(follows, |c| matches!(c, '，' | '。' | '；' | '、' | '（' | '(' | ',' | ';' | '\n'))
                .unwrap_or(follows.len());
        let noun = sub(follows, 0, end);
        let noun = noun.strip_suffix('中').unwrap_or(noun);
        // "52个重点项目完成投资38.76亿元": the projects or firms counted, then what they did (not
        // "32个行业增加值实现增长", where what follows the count is a measure).
        let done = DONE_VERBS.earliest_in(noun).filter(|&at| at > 0 && DOERS.any_ends(sub(noun, 0, at)));
        let noun = done.map_or(noun, |at| sub(noun, 0, at));
        let mut verb = String::new();
        for (a, _) in atoms {
            // "新增25个项目": the count of new projects.
            if let Atom::Core(sp) | Atom::Cue(Lex::Change(_), sp) = a {
                verb.push_str(self.at(sp));
            }
        }
        let short = |w: &str, max: usize| char_count(w) <= max;
        let delimited = end < follows.len() || done.is_some();
        if !delimited || !short(noun, 8) || !short(&verb, 4) || !ends_with_head(noun) || !valid_name(noun) {
            return false;
        }
        let Some(when) = self.in_force(s) else { return false };
        let subject = self.subject_from(&cat(&[&verb, noun]));
        let figure = Figure::new(n.number, Bound::Eq, n.digits);
        let ctx = Context { scope: subject.scope.clone(), part: when.part, link: when.link, ..Context::default() };
        let kind = FactKind::Level { year: when.year, figure, unit: n.unit.clone() };
        let i = self.read_as(k, &subject, kind, n.digits, s, ctx);
        self.add_part(i);
        self.set_subject(c, subject);
        true
    }

    /// "甲县以215.30亿元的GDP总量位居各县第一": a value the subject ranks by is the level of the
    /// statistic after 的, of the subject before 以. True when the figure was read so.
    fn ranked_by(&mut self, k: usize, n: &Num, atoms: &[(Atom, Option<Time>)], after: &str, s: &mut Sentence) -> bool {
        let Some(rest) = after.strip_prefix('的') else { return false };
        // The statistic is a few words: the verb is looked for near, not in the rest of the text.
        let rest = crate::text::nth_char_at(rest, RANK_REACH).map_or(rest, |i| sub(rest, 0, i));
        let Some(at) = lexicon::RANK_VERBS.earliest_in(rest) else {
            return false;
        };
        let noun = sub(rest, 0, at);
        let before = self.atoms_text(atoms);
        let Some(who) = before.strip_suffix('以') else { return false };
        // "则是珠晖区以…": the words that lead into the subject are not its name.
        let who = words!["则是", "而是", "则", "是", "其中"].strip_any_prefix(who).unwrap_or(who);
        if n.unit.kind != UnitKind::Amount || !(2..=10).contains(&char_count(noun)) || !ends_with_head(noun) {
            return false;
        }
        let Some(when) = self.in_force(s) else { return false };
        let subject = self.subject_from(&cat(&[who, noun]));
        let figure = Figure::new(n.number, Bound::Eq, n.digits);
        let ctx = Context { scope: subject.scope.clone(), part: when.part, link: when.link, ..Context::default() };
        let kind = FactKind::Level { year: when.year, figure, unit: n.unit.clone() };
        self.read_as(k, &subject, kind, n.digits, s, ctx);
        true
    }

    /// The subjects of the previous clause's figures, or the topic split at 和/、.
    fn subject_list(&self) -> Vec<Subject> {
        // "男性…，女性…，分别占总人口的51.3%和48.7%": the parts listed so far.
        // Plain loops rather than `map().collect()`: each is its own copy in the wasm.
        let mut subjects = Vec::new();
        if let Some(g) = self.groups.last().filter(|g| g.parts.len() > 1) {
            for &p in &g.parts {
                subjects.push(Subject::of_fact(&self.ex.facts[p]));
            }
            return subjects;
        }
        if self.prev_names.len() > 1 {
            // "分别由…32亿元和560万人次增至…65.3亿元和1415万人次，…分别增长1倍和1.5倍": names
            // that come round again in the same order (a base, then a target, of each) are one
            // list, named once; one name stated twice ("税收收入由2.90亿元增加到4.25亿元") is one.
            let names = &self.prev_names;
            let round = (1..names.len())
                .find(|&n| {
                    let same = |a: &Subject, b: &Subject| a.name == b.name && a.scope == b.scope;
                    names.len().is_multiple_of(n) && (n..names.len()).all(|i| same(&names[i], &names[i % n]))
                })
                .unwrap_or(names.len());
            return names[..round].to_vec();
        }
        if let Some(t) = &self.topic {
            for name in split_list(&t.name) {
                subjects.push(Subject { name, scope: t.scope.clone(), link: t.link, parent: t.parent.clone() });
            }
        }
        subjects
    }

    /// The role of a figure from the cues before it and its unit.
    fn role(
        &self,
        tok: &Token,
        chain: &[Lex],
        lead: &[Lex],
        atoms: &[(Atom, Option<Time>)],
        s: &Sentence,
        core: &str,
    ) -> Option<Role> {
        let (unit, is_ratio) = match &tok.tok {
            Tok::Num(n) => (n.unit.clone(), false),
            Tok::Ratio(_) => (Unit::percent(), true),
            _ => return None,
        };
        let than_time = atoms.iter().find_map(|(a, t)| match (a, t) {
            (Atom::Cue(Lex::Of, _), Some(t)) => Some(*t),
            _ => None,
        });
        if is_ratio {
            // "与上年的15.7:29.6:54.7相比", "比2020年的…": the structure compared with is of
            // the year before or the year named.
            // Only right after 与 or 比: "由去年同期的…" is the figure's own time, already its
            // period's.
            let compared = atoms.windows(2).find_map(|w| match (w[0].0, w[1]) {
                (Atom::Cue(Lex::Than | Lex::And, _), (Atom::Cue(Lex::Of, _), Some(t))) => Some(t),
                _ => None,
            });
            return Some(match compared {
                Some(Time::Rel(token::Rel::PrevYear)) => Role::Previous { base: None },
                Some(t @ Time::Year { .. }) => Role::Previous { base: self.doc.resolve(t, s.when).map(|w| w.year) },
                _ => Role::Level(Bound::Eq),
            });
        }
        let has = |l: Lex| chain.contains(&l);
        // "年均分别增长5.0%和7.5%": the sign of the last growth word, annual if any is.
        let annual = chain.contains(&Lex::Growth { sign: 1, avg: true });
        let growth = chain.iter().rev().find_map(|l| match l {
            Lex::Growth { sign, avg } => Some((*sign, *avg || annual)),
            _ => None,
        });
        let percent = unit.kind == UnitKind::Percent;
        let points = unit.kind == UnitKind::Points;
        let times = unit.base == "倍";
        if has(Lex::Compare) || (lead.contains(&Lex::Compare) && points) {
            // "比重达到54.6%，同比高4.6个百分点", "比上年低0.5个百分点": the subject's own change
            // since the year before, as after 提高 and 降低.
            // "占比…，高于去年同期0.6个百分点": so is a difference from the same time last year.
            let (compare, last_year) = match atoms {
                [.., (Atom::Cue(Lex::Compare, sp), _), (_, Some(Time::Rel(token::Rel::PrevYear)))] => (Some(sp), true),
                [.., (Atom::Cue(Lex::Compare, sp), _)] => (Some(sp), false),
                _ => (None, false),
            };
            let previous =
                has(Lex::VsPrevious) || matches!(than_time, Some(Time::Rel(token::Rel::PrevYear))) || last_year;
            let higher = match compare {
                Some(sp) => match self.at(sp) {
                    "高" | "高出" => 1,
                    "高于" | "快于" if last_year => 1,
                    "低" => -1,
                    "低于" | "慢于" if last_year => -1,
                    _ => 0,
                },
                _ => 0,
            };
            if points && previous && higher != 0 {
                return Some(Role::Shift { sign: higher, base: None });
            }
            // "城镇登记失业率低于4%": with nothing compared between the word and the figure, a
            // bound of the subject's own value.
            if let (false, None, Some((Atom::Cue(Lex::Compare, sp), _))) = (points, growth, atoms.last()) {
                match self.at(sp) {
                    "低于" => return Some(Role::Level(Bound::Le)),
                    "高于" => return Some(Role::Level(Bound::Ge)),
                    _ => {}
                }
            }
            return Some(Role::Comparison);
        }
        // "拉动经济增长1.6个百分点", "拉低GDP增速0.8个百分点": a member's pull on its whole's
        // growth, read by `pull`.
        if points && PULLS.iter().any(|(w, _)| has_word(core, w)) {
            return None;
        }
        // "增幅高出绍兴平均0.5个百分点": a comparison verb inside the words before the figure.
        // "超全省同期增速2.0个百分点": 超 before the word for a wider region, which is no core.
        let exceeds = || self.clause_text(atoms).is_some_and(|t| words!["超全", "超过全"].any_in(t));
        if (points || percent) && (COMPARE_VERBS.iter().any(|w| has_word(core, w)) || points && exceeds()) {
            return Some(Role::Comparison);
        }
        // 比/较 + a time: growth or change since that time, or a comparison with another
        // period of the same year.
        // "超“十五”计划目标3.73亿元": the margin over a target, not a level.
        let over = chain.iter().position(|l| matches!(l, Lex::Level(Bound::Ge)));
        let target = chain.iter().rposition(|l| matches!(l, Lex::Target | Lex::Plan));
        if matches!((over, target), (Some(o), Some(t)) if o < t) {
            return Some(Role::Comparison);
        }
        let than = has(Lex::Than) || has(Lex::Is) && times || chain.contains(&Lex::And) && than_time.is_some();
        let base = if than {
            match than_time {
                // "1-8月份…比2019年1-8月份增长13.3%": the same part of an earlier year, as 比2019年
                // 同期.
                Some(Time::Part { year: Some(y), part })
                    if self.in_force(s).is_some_and(|w| w.part == part.canonical() && y < w.year) =>
                {
                    Some(y)
                }
                Some(Time::Part { .. }) | Some(Time::Date { .. }) => return Some(Role::OtherPeriod),
                // "是“十一五”时期的2.6倍", "比“十一五”期间增长50%", "比2018—2020年累计增长25.3%":
                // the totals of two stretches compared, not the levels of two years.
                Some(Time::Plan { at: token::PlanAt::Whole | token::PlanAt::Since, .. } | Time::Range { .. }) => {
                    return Some(Role::OtherPeriod)
                }
                // "与去年增长10.9%": the year before the figure's, whatever the text's date.
                Some(Time::Rel(token::Rel::PrevYear | token::Rel::LastYear)) => None,
                // "截至9月底…比年初增长5%": growth since January of a part of the year is
                // neither 同比 nor of the year; at the year's end it is the year's change.
                Some(Time::Rel(token::Rel::YearStart)) => {
                    if self.in_force(s).is_some_and(|w| w.part != Part::Year) {
                        return Some(Role::OtherPeriod);
                    }
                    None
                }
                Some(t) => self.doc.resolve(t, s.when).map(|w| w.year),
                None if has(Lex::Than) => {
                    // 比全国, 比全省平均: a comparison with another region.
                    return Some(Role::Comparison);
                }
                None => None,
            }
        } else {
            None
        };
        if has(Lex::TwoYearAverage) && percent {
            // "两年平均下降5.0%": the growth word after 两年平均 gives the sign.
            return Some(Role::TwoYearAverage(growth.map_or(1, |(sign, _)| sign)));
        }
        // "保持8%以上较快增长", "实现7%的增长": a rate named by the growth word after it.
        // Over a plan's years ("到2025年…保持7%左右的增速") it is the yearly average.
        if percent && growth.is_none() && !than && growth_follows(sub_from(self.text, tok.span.end)) {
            let over_years = self.in_force(s).and_then(|w| w.range).is_some_and(|(from, to)| to - from > 1);
            return Some(if over_years { Role::Average(1) } else { Role::Yoy(1) });
        }
        let verbs = chain
            .iter()
            .any(|l| matches!(l, Lex::Growth { .. } | Lex::Change(_) | Lex::Shift(_) | Lex::TwoYearAverage));
        // "比2020年末的58.2%提高3.3个百分点": a share of a year named is that year's too.
        let year_named = matches!(than_time, Some(Time::Year { .. }));
        if than && !verbs && (!percent || year_named) && !points && !times {
            match than_time {
                Some(Time::Rel(token::Rel::PrevYear | token::Rel::YearStart)) => {
                    return Some(Role::Previous { base: None })
                }
                Some(Time::Year { .. }) if base.is_some() => return Some(Role::Previous { base }),
                _ => {}
            }
        }
        // "年度计划1300亿元"; "年计划完成投资585.3亿元": the plan, named before the verb and the
        // measure it plans.
        // "年计划完成地区生产总值617亿元以上": or before the name it plans.
        let plan_then = |cues: &[Lex]| {
            cues.iter()
                .rposition(|l| *l == Lex::Plan)
                .is_some_and(|i| cues[i + 1..].iter().all(|l| matches!(l, Lex::Level(Bound::Eq) | Lex::Measure)))
        };
        let planned = plan_then(chain)
            || plan_then(lead) && chain.iter().all(|l| matches!(l, Lex::Level(Bound::Eq) | Lex::Measure));
        // "完成全年300亿元目标任务的105.3%": the plan named after its figure, then the share done.
        let plan_after = || {
            let after = crate::text::sub_from(self.text, tok.span.end);
            PLANS_OF
                .first_starting(after)
                .is_some_and(|w| starts_by(crate::text::sub_from(after, w.len()), |c| c.is_ascii_digit()))
        };
        if unit.kind == UnitKind::Amount && (planned || plan_after()) {
            return Some(Role::PlanLevel);
        }
        if times {
            if has(Lex::Is) || (has(Lex::Of) && growth.is_none()) {
                return base.map(|b| Role::Times { base: b });
            }
            if growth.is_some() {
                // "同比增长1.1倍", "比上年增长1.1倍": the year before is the base; so it is of a
                // bare "增长2.0倍" where bare growth is over the year before (a bulletin's, a
                // release's, a year's report or plan), not over a plan period.
                let yearly =
                    matches!(self.doc.genre, Genre::Bulletin | Genre::Release | Genre::WorkReport | Genre::AnnualPlan)
                        && than_time.is_none();
                let previous = has(Lex::VsPrevious) || matches!(than_time, Some(Time::Rel(token::Rel::PrevYear)));
                // Not in a time that spans years ("“九五”时期增长1.5倍").
                let base = base.or_else(|| {
                    self.in_force(s).filter(|w| previous || yearly && w.range.is_none()).map(|w| w.year - 1)
                });
                return base.map(|b| Role::Since { base: b, word: MultipleWord::Increase, sign: 1 });
            }
            return None;
        }
        if let Some((sign, avg)) = growth {
            // "年均提高1.07个百分点": a yearly average of points over a span is a statistic of its
            // own, read under a name that says so (below), not the change over the span.
            if points && avg {
                return Some(Role::Level(Bound::Eq));
            }
            if points {
                // "涨幅比上年同期收窄1.2个百分点": the growth word names what moved, the shift
                // word after it which way.
                let shift = last_shift(chain);
                let after_growth = chain.iter().rposition(|l| matches!(l, Lex::Shift(_)))
                    > chain.iter().rposition(|l| matches!(l, Lex::Growth { .. }));
                let sign = shift.filter(|_| after_growth).unwrap_or(sign);
                return Some(Role::Shift { sign, base });
            }
            if percent || unit.kind == UnitKind::Permille {
                if avg {
                    return Some(Role::Average(sign));
                }
                // "与2015年相比，…增长40.5%": the growth since the time the sentence compares with.
                if let Some(b) = base.or(s.than_frame) {
                    return Some(Role::Since { base: b, word: MultipleWord::Percent, sign });
                }
                return Some(Role::Yoy(sign));
            }
            // "城镇新增就业年均50万人": a flow's yearly average over the period, no level of a year
            // and no change over it; read under a name that says so.
            if avg && base.is_none() && !times && unit.kind == UnitKind::Amount {
                return Some(Role::Level(Bound::Eq));
            }
            // "增长3000亿元": an increase.
            return Some(Role::Change { sign, base });
        }
        if let Some(sign) = chain.iter().rev().find_map(|l| if let Lex::Change(x) = l { Some(*x) } else { None }) {
            if points {
                return Some(Role::Shift { sign, base });
            }
            if percent {
                // "增加2.5%" reads as growth.
                return Some(if base.is_some() {
                    Role::Since { base: base.unwrap_or(0), word: MultipleWord::Percent, sign }
                } else {
                    Role::Yoy(sign)
                });
            }
            // "比2012年的13567元增加6543元": the change since the year the level before it is of.
            return Some(Role::Change { sign, base: base.or(s.than_base) });
        }
        if let Some(sign) = last_shift(chain) {
            if points {
                return Some(Role::Shift { sign, base });
            }
            if percent && base.is_none() {
                return Some(Role::Yoy(sign));
            }
        }
        if points {
            // Percentage points with no verb: a difference this reader cannot place.
            return None;
        }
        // "完成年度计划的98%", "占调整预算98%": a share of a plan is the completion of it.
        if (has(Lex::Plan) || lead.contains(&Lex::Plan))
            && percent
            && (has(Lex::Of) || has(Lex::Level(Bound::Eq)) || has(Lex::Share) || lead.contains(&Lex::Share))
        {
            return Some(Role::Completion);
        }
        // "投资完成率122.6%": the actual over the plan, both stated just before.
        if percent && COMPLETION_RATES.any_ends(core) && growth.is_none() {
            return Some(Role::Completion);
        }
        if (has(Lex::ShareWord) || lead.contains(&Lex::Share) || has(Lex::Share)) && percent {
            return Some(Role::Share);
        }
        // "五年实际利用外资16.8亿美元": a sum over the years named, as after 累计; so is a name
        // with 累计 inside it ("省外项目累计到位资金300亿元").
        let summed = !percent && (years_summed(core).is_some() || crate::text::find_str(core, "累计").is_some());
        if has(Lex::Cumulative) || lead.contains(&Lex::Cumulative) || summed {
            return Some(Role::Cumulative);
        }
        // "规上工业增加值达7%": an amount is never a percentage, so a percentage it reaches is
        // its growth.
        let amount = lexicon::AMOUNT_HEADS.any_ends(core)
            || atoms
                .iter()
                .any(|(a, _)| matches!(a, Atom::Cue(Lex::Measure, sp) if lexicon::AMOUNT_HEADS.any_ends(self.at(sp))));
        if percent && amount && chain.iter().all(|l| matches!(l, Lex::Level(Bound::Eq) | Lex::Measure)) {
            return Some(Role::Yoy(1));
        }
        Some(Role::Level(last_bound(chain).unwrap_or(Bound::Eq)))
    }

    /// Writes the facts of one figure. `share_word` is the word a share is named by, or, for a
    /// completion or a planned level, the plan or budget the figure is of.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        k: usize,
        role: Role,
        tok: &Token,
        post_bound: Option<Bound>,
        subject: &Subject,
        when: When,
        ctx: &Context,
        whole: Option<&str>,
        share_word: Option<&str>,
        chain_bound: Bound,
        s: &mut Sentence,
    ) {
        let span = tok.span;
        let year = when.year;
        let mut ctx = ctx.clone();
        let (figure, unit) = match &tok.tok {
            Tok::Num(n) => {
                let bound = post_bound.unwrap_or(if n.more { Bound::Ge } else { Bound::Eq });
                let bound = match role {
                    Role::Level(b) if b != Bound::Eq && post_bound.is_none() => b,
                    Role::Share if post_bound.is_none() && chain_bound != Bound::Eq => chain_bound,
                    // "增幅均超过28%": a rate bounded by the verb before it.
                    Role::Yoy(_) | Role::Average(_) if post_bound.is_none() && chain_bound != Bound::Eq => chain_bound,
                    _ => bound,
                };
                // "国庆假期接待游客48万人次", "…近600万人次" over a body's 48.7万 and 586.3万: a
                // headline's whole amount may be rounded or cut short to its last digit that is
                // not a zero (`Bound::Cut`); one with decimals, or a rate, is as the body's.
                let amount = !matches!(n.unit.kind, UnitKind::Percent | UnitKind::Points);
                let cut = amount
                    && n.number.exp >= 0
                    && span.end <= self.doc.title_end
                    && matches!(bound, Bound::Eq | Bound::Approx);
                let (number, bound) =
                    if cut { (n.number.without_trailing_zeros(), Bound::Cut) } else { (n.number, bound) };
                (Figure::new(number, bound, n.digits), n.unit.clone())
            }
            Tok::Ratio(parts) => {
                let year = match role {
                    Role::Previous { base } => base.unwrap_or(year - 1),
                    _ => year,
                };
                if matches!(role, Role::Previous { .. }) && year >= when.year {
                    self.not_read(k, Reason::Unknown);
                    return;
                }
                self.read_as(k, subject, FactKind::Structure { year, parts: parts.clone() }, span, s, ctx);
                return;
            }
            _ => return,
        };
        // "常住人口年均增长5‰": growth in per mille is a tenth of as many per cent.
        let growth = matches!(
            role,
            Role::Yoy(_) | Role::Average(_) | Role::TwoYearAverage(_) | Role::Since { word: MultipleWord::Percent, .. }
        );
        let (figure, unit) = if growth && unit.kind == UnitKind::Permille {
            (Figure { number: figure.number.shift(-1), ..figure }, Unit::percent())
        } else {
            (figure, unit)
        };
        // "下降5%以上": a fall of at least 5% is growth of at most −5%.
        let flipped = match figure.bound {
            Bound::Ge => Bound::Le,
            Bound::Le => Bound::Ge,
            b => b,
        };
        let signed = |sign: i8| {
            if sign < 0 {
                Figure { number: figure.number.negated(), bound: flipped, ..figure }
            } else {
                figure
            }
        };
        let kind = match role {
            Role::Level(_) => FactKind::Level { year, figure, unit },
            Role::Cumulative => {
                if when.part != Part::Year || matches!(self.doc.genre, Genre::Release | Genre::Bulletin) {
                    FactKind::Level { year, figure, unit }
                } else if let Some((from, to)) = when.range {
                    // "2012-2016年累计…": a sum over years written out includes its first year,
                    // and is written from the year before, as a plan period's is.
                    let written = self.toks[k.saturating_sub(SUM_RANGE_REACH)..k].iter().any(|t| {
                        matches!(t.tok, Tok::Time(Time::Range { from: f, to: t, dash: false }) if (f, t) == (from, to))
                    });
                    let from = if written { from - 1 } else { from };
                    FactKind::Cumulative { from, to, figure, unit }
                } else if let Some((n, rest)) = years_summed(&subject.name) {
                    // "五年实际利用外资" in 2016: 实际利用外资 summed over 2012–2016, from the
                    // base year 2011 as a plan period is.
                    let subject = subject.renamed(rest.to_string());
                    // "…，年均增长28.6%" after it is the same statistic's.
                    self.topic = Some(subject.clone());
                    let kind = FactKind::Cumulative { from: year - n, to: year, figure, unit };
                    self.read_as(k, &subject, kind, span, s, ctx);
                    return;
                } else if yoy_follows(sub_from(self.text, span.end)) {
                    // "一年来…累计完成固定资产投资40亿元，增长20%": growth over the year before
                    // makes it the year's total.
                    FactKind::Level { year, figure, unit }
                } else {
                    self.not_read(k, Reason::NoYear);
                    return;
                }
            }
            Role::Yoy(sign) => {
                ctx.basis = s.basis;
                // "到2020年，单位生产总值能耗下降15%": a five-year plan's target for its last
                // year that is not an annual average is the change over the whole plan.
                let plan_genre = matches!(self.doc.genre, Genre::FiveYearPlan | Genre::Review);
                let over_plan = when
                    .range
                    .filter(|&(from, to)| to == year && to - from > 1 && !when.range_guessed)
                    .filter(|_| plan_genre && self.doc.plan.is_some_and(|(_, end)| end == year))
                    .filter(|_| self.is_target(&ctx, s, year));
                match over_plan {
                    Some((from, to)) => {
                        FactKind::Multiple { from, to, word: MultipleWord::Percent, figure: signed(sign) }
                    }
                    // "“十四五”…目标：地区生产总值增长6%以上": growth in a time that names a
                    // stretch of years is neither that stretch's last year's nor the whole's.
                    None if when.stretch => {
                        self.not_read(k, Reason::Unknown);
                        return;
                    }
                    None => FactKind::Rate { from: year - 1, to: year, figure: signed(sign) },
                }
            }
            Role::TwoYearAverage(sign) => FactKind::Rate { from: year - 2, to: year, figure: signed(sign) },
            Role::Average(sign) => {
                // "由2020年的30.2亿元增加到2022年的32.4亿元…；预计到2025年达到38.54亿元，年均增长
                // 5%": a pair's years are not the rate's when the rate is of a later year.
                let pair = s.pair.filter(|p| year <= p.1);
                if pair.is_none() && when.range.is_some() && (when.range_guessed || s.pair_guessed) {
                    ctx.link = Link::Context;
                }
                let range = pair.or(when.range).or_else(|| self.plan_range(year));
                // "过去五年工作回顾⏎…2016年，全市生产总值…，年均增长7.5%": the years the heading
                // looks back over, up to the year named: those it resolved to when they end in
                // that year, else as many years up to it, a guess when the heading is undated.
                let section = self.section.filter(|w| w.stretch && w.year == year).and_then(|w| w.range);
                let guessed = self.past_years.map(|n| (year - i32::from(n), year));
                let looked_back = section.or(guessed).filter(|_| range.is_none());
                if looked_back.is_some() && section.is_none() {
                    ctx.link = Link::Context;
                }
                let range = range.or(looked_back);
                // "2011~2012年…平均年增速11.0%": an average over a range of two years is over both
                // of their growths, from the year before the first (no pair names its years).
                let range = match range {
                    Some((from, to)) if to == from + 1 && pair.is_none() => Some((from - 1, to)),
                    r => r,
                };
                match range {
                    Some((from, to)) if to > from => FactKind::Rate { from, to, figure: signed(sign) },
                    _ => {
                        self.not_read(k, Reason::NoYear);
                        return;
                    }
                }
            }
            Role::Since { base, word, sign } => {
                if base >= year {
                    self.not_read(k, Reason::Unknown);
                    return;
                }
                // "“十四五”以来累计增长19.1%" mid-plan: its last year is a guess.
                if word == MultipleWord::Summed && when.range_guessed {
                    ctx.link = Link::Context;
                }
                // "比2021年增长25%，年均增长5.7%": so does the average after a growth since a year.
                s.pair = s.pair.or(Some((base, year)));
                FactKind::Multiple { from: base, to: year, word, figure: signed(sign) }
            }
            Role::Times { base } => {
                if base >= year {
                    self.not_read(k, Reason::Unknown);
                    return;
                }
                // "是2013年的1.3倍，年均增长11%": the average runs over the multiple's years.
                s.pair = s.pair.or(Some((base, year)));
                FactKind::Multiple { from: base, to: year, word: MultipleWord::Times, figure }
            }
            Role::Change { sign, base } => {
                // "过去五年…净增1.43万亿元": a change under a stretch of years runs over it.
                let stretch = when.range.filter(|_| when.stretch).map(|(from, _)| from);
                // "到2015年，等级公路增加30.7公里": a target's change runs over its plan, not a year.
                let from = match base.or(stretch) {
                    Some(from) => {
                        // "比2021年增加6.0亿元，年均增速8.0%": and after a change since a year.
                        if base.is_some_and(|b| b < year) {
                            s.pair = s.pair.or(Some((from, year)));
                        }
                        from
                    }
                    None if self.is_target(&ctx, s, year) => {
                        if when.range_guessed {
                            ctx.link = Link::Context;
                        }
                        match when.range.or_else(|| self.plan_range(year)) {
                            Some((from, to)) if to > from => from,
                            _ => {
                                self.not_read(k, Reason::NoYear);
                                return;
                            }
                        }
                    }
                    // "比2018年末增长64.5%，增加26825个": after growth since a year, the change
                    // with no base of its own is since that year too.
                    None => s.pair.filter(|p| p.1 == year).map_or(year - 1, |p| p.0),
                };
                FactKind::Change { from, to: year, figure: signed(sign), unit }
            }
            Role::Shift { sign, base } => {
                let from = base.or(s.than_base).filter(|&b| b < year).unwrap_or(year - 1);
                // "一产、三产占比均提高0.3个百分点": the points move the parts' shares, not
                // their values.
                if let Some(word) = share_word.filter(|_| !crate::names::SHARE_SUFFIXES.any_ends(&subject.name)) {
                    let word = if word == "占比" { "比重" } else { word };
                    let subject = subject.renamed(cat(&[&subject.name, word]));
                    let kind = FactKind::Change { from, to: year, figure: signed(sign), unit };
                    self.read_as(k, &subject, kind, span, s, ctx);
                    return;
                }
                FactKind::Change { from, to: year, figure: signed(sign), unit }
            }
            Role::Share => {
                // "成都市经济总量…，占全省的比重": a place's share of its level's total, the text's
                // own when the text names itself so ("全省经济总量…"); else a wider region's,
                // whose total the text does not give, which the parent says.
                // "占全省粮食总产量的3.5%": so is a whole named after a wider region's word.
                let level = whole.and_then(|w| match lexicon::lookup(w) {
                    Some((Lex::Own, len)) if len == w.len() || level_rank(sub(w, 0, len)).is_some() => {
                        Some(sub(w, 0, len))
                    }
                    _ => None,
                });
                let level = level.filter(|w| *w != "全国");
                let own = self.own_level.map(|sp| self.at(&sp));
                let wider = level.filter(|w| !subject.scope.is_empty() && own != Some(*w));
                let mut whole = whole.map(|w| self.scope_of(w).1).unwrap_or_default();
                // "分别占总人口的51.3%": the whole is the total the parts were listed under.
                // "其中民间投资…，占全部投资的60%": the total named by its head noun alone.
                // A part that heads a list of its own ("其中民生支出…，占比78.5%") is a share of the
                // list around it.
                let mut total = None;
                for g in self.groups.iter().rev() {
                    let name = &self.ex.facts[g.total].name;
                    if *name != subject.name {
                        total = Some(name.clone());
                        break;
                    }
                }
                let head = words!["全部", "全社会", "总"].strip_any_prefix(&whole).filter(|h| char_count(h) >= 2);
                if GENERIC_WHOLES.contains(whole.as_str()) {
                    // "其中农村人口占全省总人口的62%" under a count of counties: 总人口 is of people.
                    if let Some(t) = total.clone().filter(|t| whole != "总人口" || has(t, "人口")) {
                        whole = t;
                    }
                } else if let (Some(h), Some(t)) = (head, total.as_ref()) {
                    // "第二产业用电量…，其中工业用电量…，占全社会用电量的59.4%": a total that is
                    // itself a member of a partition is no 全社会 one.
                    let member = whole.starts_with("全社会") && lexicon::PARTITIONS.iter().any(|p| p.any_in(t));
                    if t.ends_with(h) && !member {
                        whole = t.clone();
                    }
                } else if let (true, Some(t)) = (whole.is_empty(), total.as_ref()) {
                    // "分产业看，第一产业投资10亿元，占比10%": a share with no whole, in a
                    // breakdown, is of the breakdown's total; but "60岁及以上人口…，占20.0%，其中
                    // 65岁及以上人口…，占14.0%": under a total stated with a share of its own, it
                    // is of the same whole as that share.
                    // From the total's sentence on: "…1561.7亿元，占56.9%。其中，对东盟…，占19.3%".
                    let sentence = self.groups.last().map_or(self.sentence, |g| self.ex.facts[g.total].ctx.sentence);
                    let mut parallel = false;
                    for f in self.recent(GROUP_REACH).iter().rev() {
                        if f.ctx.sentence < sentence {
                            break;
                        }
                        if f.name.len() > t.len() && f.name.starts_with(t.as_str()) && f.name.ends_with("比重") {
                            parallel = true;
                            break;
                        }
                    }
                    // "0—15岁人口…，占常住人口的比重为17.2%；16—59岁人口…，占60.5%": a share
                    // after a sibling's that named its whole, in the same sentence, is of that
                    // whole, not of the breakdown's total.
                    // A share under a 其中 that opened under that sibling ("外埠游客…，占比60.0%，其中
                    // 甲市游客…，占比50.0%") is of the sibling, the list's total.
                    let sibling = s
                        .share_whole
                        .as_ref()
                        .filter(|(p, _)| *p != subject.name && p != t && same_measure(p, &subject.name));
                    if parallel {
                        match s.share_whole.as_ref().filter(|(p, _)| p == t) {
                            // "外埠游客300.0万人次，占比60.0%，其中甲市游客150.0万人次，占比50.0%":
                            // of the total listed under, when the figures say so and not the other.
                            Some((_, of))
                                if !self.share_fits(&subject.name, of, &figure)
                                    && self.share_fits(&subject.name, t, &figure) =>
                            {
                                whole = t.clone()
                            }
                            Some((_, of)) => whole = of.clone(),
                            // Of a whole nobody named: not of the total it is listed under.
                            None => ctx.parent.clear(),
                        }
                    } else if let Some((_, of)) = sibling {
                        whole = of.clone();
                    } else if *t != subject.name {
                        whole = t.clone();
                    }
                } else if let Some(w) = whole_against(&whole, &subject.name) {
                    whole = w;
                } else if whole.is_empty() {
                    // "甲产业增加值…占全行业增加值的40%；其次是乙产业，增加值…，所占比重为30%": a
                    // share with no whole after one with a whole in the same sentence, of a part of
                    // the same measure, is of that whole.
                    if let Some((_, of)) =
                        s.share_whole.as_ref().filter(|(p, _)| *p != subject.name && same_measure(p, &subject.name))
                    {
                        whole = of.clone();
                    } else if let Some(total) = self.total_of_the_measure(&subject.name, year) {
                        // "进出口总值500亿元。…民营企业进出口200亿元，…，占40.0%": the total of
                        // the part's measure stated just before, a link by context.
                        whole = total;
                        ctx.link = Link::Context;
                    }
                }
                // "城镇居民人均消费支出…，占人均可支配收入的64.8%": a whole per head named without
                // its group is the part's group's; under a list's total of that group ("城镇居民
                // 人均可支配收入…，其中人均工资性收入…"), the total.
                if whole.starts_with("人均") || whole == "可支配收入" {
                    let per_head = if whole.starts_with("人均") { whole.clone() } else { cat(&["人均", &whole]) };
                    if let Some(group) = RESIDENT_GROUPS.first_starting(&subject.name) {
                        whole = cat(&[group, &per_head]);
                    } else {
                        let sentence = self.sentence;
                        let of_group = self.recent(TOTAL_REACH).iter().rev().find(|f| {
                            f.ctx.sentence == sentence
                                && matches!(f.kind, FactKind::Level { .. })
                                && f.name.ends_with(per_head.as_str())
                                && f.name != per_head
                        });
                        if let Some(f) = of_group {
                            whole = f.name.clone();
                        }
                    }
                }
                if !whole.is_empty() {
                    s.share_whole = Some((subject.name.clone(), whole.clone()));
                }
                let word = share_word.filter(|w| *w != "占比").unwrap_or("比重");
                let name = if whole.is_empty() {
                    cat(&[&subject.name, word])
                } else {
                    cat(&[&subject.name, "占", &whole, word])
                };
                let subject = subject.renamed(name);
                if let Some(w) = wider {
                    ctx.parent = w.to_string();
                }
                self.read_as(k, &subject, FactKind::Level { year, figure, unit }, span, s, ctx);
                s.last_share = Some(subject);
                return;
            }
            Role::Previous { base } => {
                let of = base.unwrap_or(year - 1);
                if of >= year {
                    self.not_read(k, Reason::Unknown);
                    return;
                }
                s.than_base = base;
                FactKind::Level { year: of, figure, unit }
            }
            Role::PlanLevel => {
                let name = cat(&[&subject.name, share_word.unwrap_or("计划")]);
                let subject = subject.renamed(name);
                ctx.status = Status::Target;
                self.read_as(k, &subject, FactKind::Level { year, figure, unit }, span, s, ctx);
                return;
            }
            Role::Completion => {
                // "完成投资77.57亿元，投资完成率122.6%": a completion rate named as such is
                // the completion of the actual ("完成…") stated just before it.
                let original = subject;
                let named_rate = COMPLETION_RATES.any_ends(&subject.name);
                // "完成投资44.24亿元，占年度计划的47.2%": the actual is the level just stated
                // under the same name, even when the indicator has others in the year.
                let actual = if named_rate {
                    self.recent_actual(year)
                } else {
                    self.recent_actual(year).filter(|a| a.0.name == subject.name)
                };
                if named_rate && actual.is_none() {
                    self.read_as(k, original, FactKind::Level { year, figure, unit }, span, s, ctx);
                    return;
                }
                let subject = actual.as_ref().map_or(subject, |a| &a.0);
                // The plan or budget figure of the same statistic stated before: a target, or a
                // figure named as a plan, of the same year, in the last few statements.
                // "计划投资93.68亿元，完成投资44.24亿元": the plan and the actual are one measure.
                let key = crate::names::key(measure_word(&subject.name));
                // "为年度目标的68.2%" after "投资目标为1300亿元": the year's target of the same
                // statistic, stated in an earlier sentence.
                // With no whole written ("完成预计目标的87.69%") the target is the year's too.
                let yearly = whole.is_none_or(|w| words!["年度", "全年", "年初", "预计", "计划"].any_in(w));
                let sentence = self.sentence;
                // A plan in the actual's own sentence must come before a distinct actual
                // ("计划投资93.68亿元，完成投资44.24亿元"), never be the actual itself.
                let actual_at = actual.as_ref().map(|a| a.1);
                // "年初预算30.1亿元，调整预算30.8亿元。…为年初预算的105.1%": a plan the whole
                // names is that one of the plans stated.
                // The words before it in its clause, at most a few dozen bytes back.
                let from = crate::text::floor_boundary(self.text, span.start.saturating_sub(COMPLETION_LEAD));
                let before = sub(self.text, from, span.start);
                let lead = sub_from(
                    before,
                    crate::text::rfind_by(before, |c| matches!(c, '，' | '。' | '；' | '、')).map_or(0, |i| i + 3),
                );
                let named = |plan: &str| {
                    PLAN_KINDS.iter().all(|q| !has(lead, q) || has(plan, q))
                        && ADJUSTED_PLANS.iter().all(|q| !has(plan, q) || has(lead, q))
                };
                // "重点项目312个，年度计划投资648.2亿元。其中，新开工项目144个，年度计划投资
                // 261.7亿元。…重点项目累计完成投资…": a plan right after a count is the counted
                // projects', not those the actual names.
                let head = lexicon::HEAD_NOUNS.first_ending(&key).unwrap_or("");
                let named_subject = sub(&key, 0, key.len() - head.len());
                let recent = self.recent(12);
                let counted_other = |j: usize| {
                    j.checked_sub(1).and_then(|p| recent.get(p)).is_some_and(|c| {
                        matches!(&c.kind, FactKind::Level { unit, .. } if unit.is_count())
                            && !named_subject.is_empty()
                            && !has(named_subject, &c.name)
                            && !has(&c.name, named_subject)
                    })
                };
                let mut target = None;
                for (j, f) in recent.iter().enumerate().rev() {
                    let FactKind::Level { figure: t, unit: u, year: y } = &f.kind else { continue };
                    if counted_other(j) {
                        continue;
                    }
                    if *y == year
                        && u.kind == UnitKind::Amount
                        && named(&f.name)
                        && ((names_a_plan(&f.name)
                            && crate::names::key(&f.name) != key
                            && !plan_of_another(&f.name, &key))
                            || (yearly
                                && f.ctx.status == Status::Target
                                && (f.ctx.part == Part::Year && f.ctx.sentence < sentence
                                    || f.ctx.sentence == sentence
                                        && f.ctx.part == ctx.part
                                        && !has(&f.name, "完成")
                                        && actual_at.is_some_and(|a| t.span.start < a.start))
                                && crate::names::key(measure_word(&f.name)) == key))
                    {
                        target = Some((*t, u.clone()));
                        break;
                    }
                }
                match target {
                    Some((target, tunit)) => {
                        let actual = actual.as_ref().map(|a| a.1);
                        let kind = FactKind::Completion { year, target, unit: tunit, percent: figure, actual };
                        self.read_as(k, subject, kind, span, s, ctx);
                        return;
                    }
                    None if named_rate => {
                        // No plan figure to divide by: the rate stays a level of its own name.
                        self.read_as(k, original, FactKind::Level { year, figure, unit }, span, s, ctx);
                        return;
                    }
                    None => {
                        let name = cat(&[&subject.name, "完成", whole.or(share_word).unwrap_or("计划"), "进度"]);
                        let subject = subject.renamed(name);
                        self.read_as(k, &subject, FactKind::Level { year, figure, unit }, span, s, ctx);
                        return;
                    }
                }
            }
            Role::Comparison | Role::OtherPeriod => return,
        };
        if matches!(role, Role::Previous { .. }) {
            ctx.status = Status::Actual;
        }
        // "同口径增长3.1%", "可比口径年均增长10.8%": the growth of a like-for-like figure the text
        // does not state, a statistic of its own: set against the levels, or against the growth
        // as stated, it would raise false alarms. The words may stand anywhere between the figure
        // before and the rate, in its sentence ("…2865.3亿元，按可比口径计算，比上年增长6.2%"), in
        // an aside right after it ("增长6.2%（按可比口径计算）"), or in a note of the text's.
        let renamed;
        let caliber = || {
            // Back to the figure before, within the sentence.
            let before = chars_before(self.text, span.start, CALIBER_REACH);
            let end = crate::text::rfind_by(before, |c| matches!(c, '。' | '；' | '\n'));
            let from = end.map_or(0, |i| i + sub_from(before, i).chars().next().map_or(0, char::len_utf8));
            let figure_before =
                self.toks[..k].iter().rev().find(|t| matches!(t.tok, Tok::Num(_) | Tok::Ratio(_))).map(|t| t.span.end);
            let start = span.start - before.len() + from;
            let start = figure_before.map_or(start, |e| e.max(start));
            let before = sub(self.text, start, span.start);
            // An aside of no figure of its own ("（按可比口径计算）", not "（按同口径计算增长12.8%）").
            let after = sub_from(self.text, span.end);
            let after = crate::text::nth_char_at(after, CALIBER_AFTER).map_or(after, |i| sub(after, 0, i));
            let inside = crate::text::find_by(after, |c| matches!(c, '）' | ')')).map_or(after, |i| sub(after, 0, i));
            let aside =
                starts_by(after, |c| matches!(c, '（' | '(')) && !crate::text::any_by(inside, |c| c.is_ascii_digit());
            let named = |note: &str| has(note, &subject.name) || char_count(note) <= GENERIC_NOTE_CHARS;
            CALIBERS
                .first_in(before)
                .or_else(|| CALIBERS.first_in(inside).filter(|_| aside))
                .or_else(|| CALIBERS.first_in(self.caliber_note.filter(|n| named(n))?))
        };
        let subject = match matches!(kind, FactKind::Rate { .. }).then(caliber).flatten() {
            Some(caliber) => {
                renamed = subject.renamed(cat(&[caliber, &subject.name]));
                &renamed
            }
            None => subject,
        };
        self.fate[k] = Fate::Read;
        let level = matches!(kind, FactKind::Level { .. });
        let i = self.push(subject, kind, span, s, Some(ctx));
        if level {
            self.add_part(i);
        }
    }

    /// The time in force for a figure with none of its own: its sentence's, its line's, its
    /// section's, or the document's default.
    fn in_force(&self, s: &Sentence) -> Option<When> {
        s.when.or(self.line).or(self.section).or_else(|| self.default_when())
    }

    /// [`Doc::default_when`], by context only in a later sentence than the first figure's when
    /// the part of the year is a guess ([`Doc::part_guessed`]).
    fn default_when(&self) -> Option<When> {
        let w = self.doc.default_when()?;
        let later = self.ex.facts.first().is_some_and(|f| f.ctx.sentence != self.sentence);
        Some(if self.doc.part_guessed && later { When { link: Link::Context, ..w } } else { w })
    }

    /// Whether the verbs before a figure say it was done (完成, 实现), and none says where
    /// it arrived (达到, 为, 增加到).
    fn done_in(&self, atoms: &[(Atom, Option<Time>)]) -> bool {
        let mut any = false;
        for (a, _) in atoms {
            let done = match a {
                Atom::Cue(Lex::Level(_) | Lex::Is, sp) => lexicon::FLOW_VERBS.contains(self.at(sp)),
                // "完成投资": a measure its verb introduces.
                Atom::Cue(Lex::Measure, sp) if lexicon::FLOW_VERBS.any_starts(self.at(sp)) => true,
                _ => continue,
            };
            if !done {
                return false;
            }
            any = true;
        }
        any
    }

    /// Whether the last statement of `name` is a target ("全社会固定资产投资目标为1300亿元").
    fn targeted(&self, name: &str) -> bool {
        let last = self.recent(8).iter().rev().find(|f| f.name == name);
        last.is_some_and(|f| matches!(f.ctx.status, Status::Target | Status::Stretch) && !names_a_plan(name))
    }

    /// A five-year plan's own period, for a 年均 rate whose sentence names only its end year.
    fn plan_range(&self, year: i32) -> Option<(i32, i32)> {
        self.doc.plan.filter(|p| p.1 == year).map(|p| (p.0 - 1, p.1))
    }

    /// The actual ("完成投资77.57亿元") stated in the last few statements for `year`: an
    /// amount whose name says it was done, not planned, with its figure's span.
    fn recent_actual(&self, year: i32) -> Option<(Subject, Span)> {
        for f in self.recent(4).iter().rev() {
            let FactKind::Level { year: y, unit, figure } = &f.kind else { continue };
            if *y == year
                && unit.kind == UnitKind::Amount
                && (has(&f.name, "完成") || done_just_before(self.text, figure.span.start))
                && !names_a_plan(&f.name)
            {
                return Some((Subject::of_fact(f), figure.span));
            }
        }
        None
    }

    /// Whether a figure of `year` is a target: by its own cue, its sentence's, by lying inside
    /// a five-year plan's period, or by lying after the document's year.
    fn is_target(&self, ctx: &Context, s: &Sentence, year: i32) -> bool {
        let status = if ctx.status == Status::Actual { s.status } else { ctx.status };
        let in_plan = self.doc.genre == Genre::FiveYearPlan && self.doc.plan.is_some_and(|(first, _)| year >= first);
        matches!(status, Status::Target | Status::Stretch) || in_plan || self.doc.year.is_some_and(|y| year > y)
    }

    /// Reads the figure at token `k` as `kind` of `subject`: marks it read and pushes the fact.
    /// The figure token nearest before token `k` (`k` itself when there is none within
    /// [`FIGURE_BEFORE_REACH`] tokens).
    fn figure_before(&self, k: usize) -> usize {
        let from = k.saturating_sub(FIGURE_BEFORE_REACH);
        (from..k).rev().find(|&j| matches!(self.toks[j].tok, Tok::Num(_) | Tok::Ratio(_))).unwrap_or(k)
    }

    fn read_as(
        &mut self,
        k: usize,
        subject: &Subject,
        kind: FactKind,
        span: Span,
        s: &Sentence,
        ctx: Context,
    ) -> usize {
        self.fate[k] = Fate::Read;
        self.push(subject, kind, span, s, Some(ctx))
    }

    fn push(&mut self, subject: &Subject, kind: FactKind, span: Span, s: &Sentence, ctx: Option<Context>) -> usize {
        let mut ctx = ctx.unwrap_or_default();
        // Figures no statistic can have are reported and not read ("下降120%", 10^20元).
        let valid = match &kind {
            FactKind::Rate { from, to, figure } => crate::input::valid_rate(&mut self.ex, figure, to - from == 1),
            FactKind::Level { figure, unit, .. } => crate::input::valid_level(&mut self.ex, self.text, figure, unit),
            _ => true,
        };
        if !valid {
            return usize::MAX;
        }
        if ctx.status == Status::Actual {
            ctx.status = s.status;
        }
        ctx.sentence = self.sentence;
        ctx.block = self.paragraph;
        // A year after the document's own is a target, whatever the verb.
        if let (Some(y), FactKind::Level { year, .. }) = (self.doc.year, &kind) {
            if *year > y && ctx.status == Status::Actual {
                ctx.status = Status::Target;
            }
        }
        // "加工贸易进出口总额…。其中，出口额…": the exports and imports of a mode of trade, or of
        // a kind of firm, are that mode's, not the exports and imports of all trade.
        let total = self.groups.last().map(|g| self.ex.facts[g.total].name.as_str());
        let mode = total
            .and_then(|t| TRADE_MODES.first_starting(t))
            .filter(|m| words!["出口", "进口"].any_starts(&subject.name) && !has(&subject.name, m));
        let name = match mode {
            Some(m) => cat(&[m, &subject.name]),
            None => subject.name.clone(),
        };
        self.ex.facts.push(Fact { name, kind, span, ctx });
        self.ex.facts.len() - 1
    }

    /// The words after the last figure of a clause: a subject for the next clause, 其中, a
    /// breakdown, 翻一番.
    fn tail(&mut self, atoms: &[(Atom, Option<Time>)], s: &mut Sentence, c: &mut Clause) {
        let mut core = String::new();
        let mut hedged = false;
        for (a, _) in atoms {
            match a {
                // "几近翻番", "接近翻一番": nearly doubled says no bound.
                Atom::Cue(Lex::Before(Bound::Approx), _) => hedged = true,
                Atom::Cue(Lex::Doubling(_), _) if hedged => {}
                Atom::Cue(Lex::Among, _) => self.open_group(true, false),
                Atom::Cue(Lex::Frame, _) => self.open_group_of(true, false, None, true),
                Atom::Cue(Lex::Breakdown, _) => self.open_group(false, true),
                Atom::Cue(Lex::View, _) => self.open_view_of_some(),
                Atom::Cue(Lex::Real, _) => s.basis = PriceBasis::Real,
                Atom::Cue(Lex::Nominal, _) => s.basis = PriceBasis::Nominal,
                Atom::Cue(Lex::Doubling(k), sp) => {
                    // "地区生产总值和城乡居民人均收入比2020年翻一番": each statistic doubles.
                    let listed = crate::text::split_chars(&core, &['和', '、']);
                    let mut subjects = Vec::new();
                    if core.is_empty() {
                        if let Some(t) = &self.topic {
                            subjects.push(t.clone());
                        }
                    } else if listed.len() > 1 && listed.iter().all(|n| ends_with_head(n)) {
                        // "城乡居民人均收入": each of the two groups' in turn.
                        for n in &listed {
                            match split_head(n) {
                                Some(names) => {
                                    for name in names {
                                        subjects.push(self.subject_from(&name));
                                    }
                                }
                                None => subjects.push(self.subject_from(n)),
                            }
                        }
                    } else {
                        subjects.push(self.subject_from(&core));
                    }
                    if !subjects.is_empty() {
                        s.doubling = Some((subjects, *k, *sp));
                        s.doubling_base = than_time(atoms).and_then(|t| self.doc.resolve(t, s.when)).map(|w| w.year);
                        s.doubling_to = s.when.map(|w| w.year);
                    }
                }
                // "规模以上工业增加值：同比增长9.2%": a measure word ends the name of a clause
                // that only names.
                Atom::Core(sp) | Atom::Cue(Lex::And | Lex::Measure, sp) => core.push_str(self.at(sp)),
                // "新增城镇就业：完成0.62万人": so does a change word it opens with.
                Atom::Cue(Lex::Change(_), sp) if core.is_empty() => core.push_str(self.at(sp)),
                _ => {}
            }
        }
        if c.read.is_empty() {
            if let Some(frame) = self.share_frame(atoms) {
                s.share_frame = Some(frame);
                return;
            }
        }
        let breakdown =
            core.starts_with('分') && core.ends_with('看') || core.starts_with('按') && core.ends_with('分');
        // "从征收部门来看", "从收入结构看": a view by a dimension lists parts, though not always
        // all of them; "从全年看" is no breakdown.
        let viewpoint = self
            .clause_text(atoms)
            .is_some_and(|t| t.starts_with('从') && t.ends_with('看') && lexicon::BREAKDOWN_DIMENSIONS.any_in(t));
        if breakdown || viewpoint {
            // "其中：按资金来源划分，甲…，乙…；按财力性质划分，丙…，丁…": a second view of the total
            // the first view of its sentence split.
            let again = self
                .groups
                .last()
                .filter(|g| g.parts.first().is_some_and(|&p| self.ex.facts[p].ctx.sentence == self.sentence));
            if let Some(total) = again.map(|g| g.total) {
                self.close_last();
                self.push_group(total, breakdown, false);
                return;
            }
            // "从投资结构看": the breakdown of an investment, not of whatever was stated last.
            let measure = viewpoint.then(|| self.clause_text(atoms)).flatten().and_then(|t| {
                let at = lexicon::BREAKDOWN_DIMENSIONS.earliest_in(t)?;
                // "从临泉县上半年投资结构看": the head noun alone.
                let head = lexicon::HEAD_NOUNS.first_ending(sub(t, '从'.len_utf8(), at)).map(str::to_string);
                // "从三次产业看": the three sectors split the economy's output, whatever was
                // stated just before.
                head.or_else(|| has(t, "三次产业").then(|| "生产总值".to_string()))
            });
            self.open_group_of(false, breakdown && !has(&core, "主要"), measure.as_deref(), true);
            return;
        }
        // A clause with figures names its own; the leads below are looked for in the others only.
        if !c.read.is_empty() {
            return;
        }
        // "地方一般公共预算收入中，税收收入…": the parts of a total stated just before, as after 其中.
        let within = core.strip_suffix('中').map(|n| n.strip_prefix('在').unwrap_or(n)).filter(|n| ends_with_head(n));
        if let Some(total) = within.and_then(|name| self.stated_level(name)) {
            self.push_group(total, false, true);
            return;
        }
        // Only a core that ends in a head noun can name a topic: most figure-less clauses of a
        // plan are narrative, and are passed over without building a name.
        // "地区生产总值首次迈入千亿大关，达1050亿元": the indicator before a milestone verb.
        // "食品价格上涨是拉动价格总水平上涨的主要因素，上涨4.0%": so is the indicator before a
        // growth word that a remark follows.
        let milestone = || {
            let at = lexicon::MILESTONES.earliest_in(&core)?;
            Some(sub(&core, 0, at)).filter(|name| ends_with_head(name))
        };
        // "城乡收入比持续缩小，由…": a ratio of two statistics is a topic too.
        let topic =
            |n: &str| ends_with_head(n) || lexicon::UNITLESS_HEADS.strip_any_suffix(n).is_some_and(ends_with_head);
        // "新增市场主体：8.62万户": a name a colon ends labels what follows, whatever it ends in.
        let labelled = self.clause_text(atoms).is_some_and(|t| {
            let end = t.as_ptr() as usize - self.text.as_ptr() as usize + t.len();
            starts_by(sub_from(self.text, end), |c| matches!(c, '：' | ':'))
                && char_count(&core) <= LABEL_CHARS
                && !lexicon::TELLING_VERBS.any_ends(&core)
        });
        // "石桥县：地区生产总值2251.0亿元，增长4.0%。": a place a colon ends is whose the
        // sentence's figures are, as in a table of places set as lines; the text's own place
        // (全市：) names nobody else. A caption above the lines without a mark of its own
        // ("2024年各县（区）地区生产总值⏎石桥县：…") is no part of the place.
        let span = |a: &Atom| match a {
            Atom::Core(sp) | Atom::Cue(_, sp) => *sp,
        };
        let (line, labelled_line) = match (atoms.first(), atoms.last()) {
            (Some((first, _)), Some((last, _))) => {
                let (start, end) = (span(first).start, span(last).end);
                let text = sub(self.text, start, end);
                let from = crate::text::rfind_char(text, '\n').map_or(0, |i| i + 1);
                let line = crate::text::trim(sub_from(text, from));
                (line, labelled || starts_by(sub_from(self.text, end), |c| matches!(c, '：' | ':')))
            }
            _ => ("", false),
        };
        let place =
            labelled_line && crate::normalize::is_place_label(line) && line != "合计" && !lexicon::not_a_place(line);
        if place {
            if !line.starts_with('全') && !line.starts_with('本') && self.doc.place.as_deref() != Some(line) {
                self.opening_scope = Some((self.sentence, line.to_string()));
            }
            return;
        }
        if !core.is_empty() && (labelled && valid_name(&core) || topic(trim_end_by(&core, |c| matches!(c, '”' | '"'))))
        {
            let subject = self.subject_from(&core);
            // "家具出口增长较快，…": a statistic whose state the clause tells leads the sentence.
            if self.clause_text(atoms).and_then(status_lead).is_some() {
                s.lead = Some(subject.clone());
            }
            if labelled || topic(&subject.name) {
                self.topic_block = 0;
                self.topic = Some(subject);
            }
        } else if let Some(name) = milestone() {
            self.topic = Some(self.subject_from(name));
            self.topic_block = 0;
        } else if let Some(part) = self.clause_text(atoms).and_then(rank_lead) {
            self.topic = Some(self.subject_from(part));
            self.topic_block = 0;
            s.ranked = true;
        } else if let Some(sector) = self.clause_text(atoms).and_then(status_lead) {
            // "农业生产稳中有升，增加值21.40亿元": the sector is the subject of what follows.
            let mut subject = self.subject_from(sector);
            s.lead = Some(subject.clone());
            subject.link = Link::Context;
            self.topic_block = 0;
            self.topic = Some(subject);
        } else if !s.read_any && s.subjects.is_empty() && {
            // Every site's word ends in one of these chars: most clauses have none of them.
            let head = sub(&core, 0, crate::text::floor_boundary(&core, SITE_REACH + 9));
            crate::text::any_by(head, |c| matches!(c, '区' | '园' | '场' | '馆')) && SITES.any_in(head)
        } {
            // "甲度假区举办新春市集，接待人次和收入同比分别增长…": a unit that opens a sentence
            // and does something is the subject of the measures named bare after it.
            // Only a zone or a site, which a text tells about beside its own place; a place may be
            // the text's own, and the words before it may lead the sentence in (据, 中共).
            let (scope, rest) = self.scope_of(&core);
            let zone = SITES.any_ends(&scope) && crate::text::all_by(&scope, crate::text::is_letter);
            if zone
                && !rest.is_empty()
                && self.doc.place.as_deref() != Some(scope.as_str())
                && !LEADS_IN.any_starts(&scope)
            {
                self.opening_scope = Some((self.sentence, scope));
            }
        }
    }

    /// "…；乙县接待游客120万人次，…，实现旅游收入9亿元；丙县…": a clause after a comma that opens
    /// with its verb (实现, 完成) goes on about the place the figure before it named, in its
    /// sentence, in a list of units. One that opens with a name ("区本级工业投资增长4.7%，规上工业
    /// 总产值增长6.7%") names its own statistic.
    fn unit_before(&self, atoms: &[(Atom, Option<Time>)]) -> Option<String> {
        let (Atom::Cue(_, first), _) = atoms.first()? else { return None };
        let after_comma =
            ends_by(crate::text::trim_end(crate::text::sub_to(self.text, first.start)), |c| matches!(c, '，' | ','));
        let f = self.ex.facts.last().filter(|f| {
            after_comma
                && f.ctx.sentence == self.sentence
                && opens_on_another_unit(&f.ctx.scope)
                && !f.ctx.scope.ends_with("本级")
        })?;
        Some(f.ctx.scope.clone())
    }

    /// The total of the measure `part` ends with ("进出口总值" for "民营企业进出口"), stated as a
    /// level of `year` in this sentence or the one before, among the last few facts.
    fn total_of_the_measure(&self, part: &str, year: i32) -> Option<String> {
        for f in self.recent(TOTAL_REACH).iter().rev() {
            if f.ctx.sentence + 1 < self.sentence {
                break;
            }
            let Some(measure) = TOTAL_WORDS.strip_any_suffix(&f.name) else { continue };
            let of_year =
                matches!(&f.kind, FactKind::Level { year: y, unit, .. } if *y == year && unit.kind == UnitKind::Amount);
            if of_year && char_count(measure) >= 2 && part.len() > measure.len() && part.ends_with(measure) {
                return Some(f.name.clone());
            }
        }
        None
    }

    /// The clause as written from its first atom to its last, cues too ("工业投资快速增长" ends in a
    /// growth word), without building a string.
    fn clause_text(&self, atoms: &[(Atom, Option<Time>)]) -> Option<&'t str> {
        let span = |a: &Atom| match a {
            Atom::Core(sp) | Atom::Cue(_, sp) => *sp,
        };
        let (first, last) = (atoms.first()?, atoms.last()?);
        Some(sub(self.text, span(&first.0).start, span(&last.0).end))
    }

    /// "三次产业增加值占地区生产总值的比重" as a clause of its own, ending in the share word:
    /// (增加值, 地区生产总值, 比重). The parts' measure is the head noun the subject ends with.
    fn share_frame(&self, atoms: &[(Atom, Option<Time>)]) -> Option<(String, String, String)> {
        let (last, _) = atoms.last()?;
        let Atom::Cue(Lex::ShareWord, word) = last else { return None };
        let before = self.atoms_text(&atoms[..atoms.len() - 1]);
        let (subject, whole) = split_share(&before)?;
        let whole = clean_name(trim_end_by(whole, |c| c == '的'));
        let measure = lexicon::HEAD_NOUNS.first_ending(subject).unwrap_or("");
        (!whole.is_empty() && valid_name(&whole)).then(|| (measure.to_string(), whole, self.at(word).to_string()))
    }

    /// The rank of the region the text calls its own: in the first person (我市), else the
    /// place its title or first figure names ("青禾市接待游客…。全省接待游客…": 全省 is wider),
    /// else its own level word (its first 全X), 区 below every ranked word.
    fn own_rank(&self) -> Option<u8> {
        let own_word = self.own_level.map(|sp| self.at(&sp));
        // "贵州" is a province, not a prefecture (州).
        let place = self.doc.place.as_deref().and_then(|p| {
            if lexicon::PROVINCES.contains(p) || p.ends_with("自治区") {
                Some(3)
            } else {
                level_rank(p)
            }
        });
        self.first_person
            .or(place)
            .or_else(|| own_word.and_then(|w| if w.ends_with('区') { Some(0) } else { level_rank(w) }))
    }

    /// True for a level word wider than the text's own (全省 in a text of 全市).
    pub(super) fn wider_than_own(&self, word: &str) -> bool {
        level_rank(word).zip(self.own_rank()).is_some_and(|(r, own)| r > own)
    }

    /// Makes `subject` the clause's subject and the topic of what follows, from this paragraph.
    fn set_subject(&mut self, c: &mut Clause, subject: Subject) {
        c.subject = Some(subject.clone());
        self.topic = Some(subject);
        self.topic_block = self.block;
    }

    fn subject_from(&self, core: &str) -> Subject {
        let (scope, name) = self.scope_of(core);
        let name = clean_name(&name);
        let parent = self.parent_for(&name);
        Subject { name, scope, link: Link::Explicit, parent }
    }

    /// A parenthesis after a figure: another unit, a comparison, a note, or parts.
    fn parenthesis(&mut self, a: usize, b: usize, s: &mut Sentence, c: &Clause) {
        if a >= b {
            return;
        }
        let raw = sub(self.text, self.toks[a].span.start, self.toks[b - 1].span.end).to_string();
        let prev_is_figure = a >= 2 && matches!(self.toks[a - 2].tok, Tok::Num(_));
        let first_is_figure = matches!(self.toks[a].tok, Tok::Num(_));
        // "（全国3.0%）" inside, or "比全国（3.0%）" before it: another region's or period's value.
        const OTHERS: List = words!["全国", "全省", "全市", "全区", "全州", "平均", "同期", "上年"];
        let open = self.toks[a - 1].span.start;
        let before = sub(self.text, open.saturating_sub(12), open);
        // "增速较一季度（4.6%）加快": the value of the period compared with.
        let other_period = a >= 2 && matches!(self.toks[a - 2].tok, Tok::Time(_)) && {
            let at = self.toks[a - 2].span.start;
            words!["较", "比", "同"].any_ends(sub(self.text, at.saturating_sub(3), at))
        };
        // "高于年度目标（增长6%）0.8个百分点": the value of what is compared with.
        let compared = COMPARE_VERBS.any_in(sub(
            self.text,
            crate::text::floor_boundary(self.text, open.saturating_sub(COMPARED_REACH)),
            open,
        ));
        let compare = other_period
            || compared
            || OTHERS.any_starts(&raw)
            || OTHERS.any_ends(before)
            || lexicon::PROVINCES.any_starts(&raw)
            || lexicon::PROVINCES.any_ends(before);
        // "地区生产总值（6.8%）", "东城区（11.0%）": a bare figure in parentheses after a name says
        // neither what it measures nor of which period; it is not read under the name in force.
        let nameless = first_is_figure && !prev_is_figure && !compare && b - a == 1;
        // "52000元（折合7400美元）", "（按年平均汇率折算为8290美元）": the figure before, in
        // another unit.
        let converted = prev_is_figure && (words!["折合", "约合", "折算"].any_in(&raw) || raw.starts_with('合'));
        let basis_word = match lexicon::lookup(&raw) {
            Some((Lex::Nominal, len)) if len == raw.len() => Some(PriceBasis::Nominal),
            Some((Lex::Real, len)) if len == raw.len() => Some(PriceBasis::Real),
            _ => None,
        };
        // "地区生产总值（可比价）完成460000万元，增速5.0%": a series at a base year's prices,
        // whose growth is real. "（现价）" after a name tells the level's basis, not the rate's
        // after it ("（现价）达到883亿元，年均增长7.0%" may be real growth): nothing to set.
        let after_name = a >= 2 && self.toks[a - 2].tok == Tok::Text && ends_with_head(self.at(&self.toks[a - 2].span));
        if let (Some(basis), true, false) = (basis_word, after_name, prev_is_figure) {
            if basis == PriceBasis::Real {
                s.basis = basis;
                s.constant_prices = true;
            }
            return;
        }
        // "比2020年增长28.6%（现价）": the price basis of the growth before it.
        if prev_is_figure {
            let basis = basis_word;
            let before = self.toks[a - 1].span.start;
            let last = self.ex.facts.last_mut().filter(|f| f.span.end <= before && before - f.span.end <= 3);
            if let (Some(basis), Some(f)) = (basis, last) {
                f.ctx.basis = basis;
                return;
            }
        }
        // "45.2亿元（1-11月）": the period of the figure before it (and, as the clause reads it,
        // of what follows in the sentence).
        if let (true, 1, Tok::Time(t)) = (prev_is_figure, b - a, &self.toks[a].tok) {
            let before = self.toks[a - 1].span.start;
            let w = self.doc.resolve(*t, s.when);
            let last = self.ex.facts.last_mut().filter(|f| f.span.end <= before && before - f.span.end <= 3);
            if let (Some(w), Some(f)) = (w, last) {
                if let FactKind::Level { year, .. } = &mut f.kind {
                    *year = w.year;
                    f.ctx.part = w.part;
                }
            }
        }
        // "优良天数329天（全年366天）", "（共监测断面36个）": the whole the figure is of, no part.
        let whole = prev_is_figure && words!["全年", "共", "总", "全部", "合计", "有效监测", "监测"].any_starts(&raw);
        // "120.0亿元（预期目标为125.0亿元）": the target set beside an actual, never a part of it.
        let target = lexicon::lookup(&raw).is_some_and(|(l, _)| matches!(l, Lex::Target | Lex::Plan))
            && (a..b).any(|k| matches!(self.toks[k].tok, Tok::Num(_)));
        if target {
            self.target_aside(a, b, s);
            return;
        }
        for k in a..b {
            if let Tok::Num(n) = &self.toks[k].tok {
                if counts_as_figure(n) {
                    self.ex.figures.push(n.digits);
                }
                let reason = if prev_is_figure && first_is_figure || converted {
                    Reason::Restated
                } else if nameless || whole {
                    Reason::NoName
                } else if other_period {
                    Reason::OtherPeriod
                } else if compare {
                    Reason::OtherRegion
                } else {
                    continue;
                };
                self.not_read(k, reason);
            }
        }
        if !(compare || nameless || converted || whole || prev_is_figure && first_is_figure) {
            // Parts in a parenthesis ("建设项目27项（省级6项、市级5项、县级16项）"): read as a clause,
            // and a list of parts of the figure before it when that was a level.
            let mut sub_sentence = Sentence { when: s.when, status: s.status, basis: s.basis, ..Sentence::default() };
            let _ = c;
            let before = self.toks[a - 1].span.start;
            // "税收收入80.00亿元（剔除留抵退税因素后为84.00亿元）": the same statistic on
            // another caliber, no part of it.
            let caliber = OTHER_CALIBER_LEADS.any_starts(self.at(&self.toks[a].span));
            let total = self.ex.facts.len().checked_sub(1).filter(|&i| {
                let f = &self.ex.facts[i];
                matches!(f.kind, FactKind::Level { .. }) && f.span.end <= before && before - f.span.end <= 3
            });
            if let Some(total) = total.filter(|_| !caliber) {
                self.push_group(total, false, true);
            }
            // "实际使用外资4.20亿美元（含…再投资0.90亿美元），增长20.0%": what follows the bracket
            // is of the figure before it again.
            let head_topic = total.map(|_| self.topic.clone());
            let counted = self.ex.figures.len();
            // A gloss without figures ("占常住人口比重（常住人口城镇化率）为…") names what is
            // already the subject: it does not become the subject of what follows.
            let glossed = (a..b).all(|k| !matches!(self.toks[k].tok, Tok::Num(_))).then(|| self.topic.clone());
            // "地区生产总值（2020年为420.5亿元）年均增长6.5%": figures in a parenthesis right
            // after a name, with none of their own, are that name's.
            if let Some(name) = (a >= 2 && glossed.is_none() && !prev_is_figure)
                .then(|| &self.toks[a - 2])
                .filter(|t| t.tok == Tok::Text)
                .map(|t| self.at(&t.span))
                .filter(|name| ends_with_head(name))
            {
                self.topic = Some(self.subject_from(name));
            }
            let facts_before = self.ex.facts.len();
            self.clause_at(a, b, &mut sub_sentence, false, true);
            if let Some(topic) = glossed.or(head_topic) {
                self.topic = topic;
            }
            // "(一)税务机关征收收入(含代征城建附加税12.00亿元)280.00亿元": the figures of a
            // parenthesis that no level before it heads qualify an item, and are no items of
            // the list open around it.
            if total.is_none() {
                if let Some(g) = self.groups.last_mut() {
                    g.parts.retain(|&p| p < facts_before);
                }
            }
            // The figures were counted above; the clause counted them again.
            self.ex.figures.truncate(counted);
            if total.is_some() && !caliber {
                self.close_last();
            }
        }
    }

    /// Whether `share` (per cent) is, within rounding, the last level of `part` over the last
    /// level of `whole` among the recent facts, of one unit.
    fn share_fits(&self, part: &str, whole: &str, share: &Figure) -> bool {
        let (mut p, mut w) = (None, None);
        for f in self.recent(GROUP_REACH).iter().rev() {
            if let FactKind::Level { figure, unit, .. } = &f.kind {
                if unit.kind != UnitKind::Amount {
                    continue;
                }
                if p.is_none() && f.name == part {
                    p = Some((figure, unit));
                } else if w.is_none() && f.name == whole {
                    w = Some((figure, unit));
                }
            }
        }
        let (Some((pf, pu)), Some((wf, wu))) = (p, w) else { return false };
        let ratio = pf.allowed_shifted(pu.shift_to(wu)).div_pos(&wf.allowed());
        pu.compatible(wu) && ratio.is_some_and(|r| r.scale(100.0).meets(&share.allowed()))
    }

    /// The figures of a parenthesis that gives the target beside an actual ("120.0亿元（预期目标
    /// 为125.0亿元）"): in the actual's unit, the target of the same statistic (its name and
    /// 目标), which no check sets against the actual; a growth target beside a growth rate is
    /// reported as not read.
    fn target_aside(&mut self, a: usize, b: usize, s: &Sentence) {
        let before = self.toks[a - 1].span.start;
        // The actual's name, context, year and unit: a copy of these parts only, not of the fact.
        let actual = self.ex.facts.last().filter(|f| f.span.end <= before && before - f.span.end <= 3).and_then(|f| {
            match &f.kind {
                FactKind::Level { year, unit, .. } => Some((f.name.clone(), f.ctx.clone(), *year, unit.clone())),
                _ => None,
            }
        });
        for k in a..b {
            let Tok::Num(n) = &self.toks[k].tok else { continue };
            if counts_as_figure(n) {
                self.ex.figures.push(n.digits);
            }
            let level = actual.as_ref().filter(|a| a.3.compatible(&n.unit) && n.unit.kind == UnitKind::Amount);
            let Some((name, actual_ctx, year, _)) = level else {
                self.not_read(k, Reason::Unknown);
                continue;
            };
            let subject = Subject {
                name: cat(&[name, "目标"]),
                scope: actual_ctx.scope.clone(),
                link: actual_ctx.link,
                parent: String::new(),
            };
            let ctx = Context { status: Status::Target, ..actual_ctx.clone() };
            let kind = FactKind::Level {
                year: *year,
                figure: Figure::new(n.number, Bound::Eq, n.digits),
                unit: n.unit.clone(),
            };
            self.read_as(k, &subject, kind, n.digits, s, ctx);
        }
    }

    /// "按年平均汇率6.8985计算", "汇率（6.1927）", "汇率(1:6.8985)": the yuan a US dollar buys, which
    /// the sentence converts a figure by, and no statistic of the place.
    fn exchange_rate(&mut self, k: usize) -> bool {
        let start = self.toks[k].span.start;
        let before =
            trim_end_by(chars_before(self.text, start, 4), |c| matches!(c, '（' | '(' | '为' | '是' | ':' | '：'));
        if !before.ends_with("汇率") {
            return false;
        }
        let rate = match &self.toks[k].tok {
            Tok::Num(n) if n.unit == Unit::none() || n.unit.base == "元" => Figure::new(n.number, Bound::Eq, n.digits),
            Tok::Ratio(parts) if parts.len() == 2 && parts[0].number.to_f64() == 1.0 => parts[1],
            _ => return false,
        };
        self.fate[k] = Fate::Read;
        self.ex.figures.push(rate.span);
        // The figure converted is the last in yuan before the rate in its sentence ("户籍人均生产
        // 总值为141647元，…，按…汇率6.8985折算，人均生产总值约合20533美元").
        let sentence = self.sentence;
        let mut yuan = None;
        for f in self.recent(GROUP_REACH).iter().rev() {
            if f.ctx.sentence != sentence {
                break;
            }
            if let FactKind::Level { year, figure, unit } = &f.kind {
                if unit.base == "元" {
                    yuan = Some(Yuan { name: f.name.clone(), year: *year, figure: *figure, unit: unit.clone() });
                    break;
                }
            }
        }
        self.ex.exchange.push(ExchangeRate { rate, sentence, yuan });
        true
    }

    /// The years of the last two facts when they are levels of `name` in this sentence, the
    /// earlier first: a "由A增至B" pair just read.
    fn pair_just_read(&self, name: &str) -> Option<(i32, i32)> {
        let [.., a, b] = self.ex.facts.as_slice() else { return None };
        let level = |f: &Fact| match f.kind {
            FactKind::Level { year, .. } if f.name == name && f.ctx.sentence == self.sentence => Some(year),
            _ => None,
        };
        let (from, to) = (level(a)?, level(b)?);
        (from < to).then_some((from, to))
    }

    fn not_read(&mut self, k: usize, reason: Reason) {
        if matches!(self.fate[k], Fate::Unseen) {
            self.fate[k] = Fate::NotRead(reason);
        }
    }

    /// Every figure token not read gets its diagnostic.
    fn finish(mut self) -> Extraction {
        for t in &self.toks {
            if matches!(t.tok, Tok::TooLong) {
                crate::input::number_too_long(&mut self.ex, self.text, t.span);
            }
        }
        for (k, t) in self.toks.iter().enumerate() {
            // A ratio is counted at its first term, as where it is read.
            let (counts, digits) = match &t.tok {
                Tok::Num(n) => (counts_as_figure(n), n.digits),
                Tok::Ratio(parts) => match parts.first() {
                    Some(p) => (true, p.span),
                    None => continue,
                },
                _ => continue,
            };
            let fate = self.fate[k];
            if matches!(fate, Fate::Read) {
                continue;
            }
            if matches!(fate, Fate::Unseen) && !counts {
                continue;
            }
            // A number this loop names in a diagnostic counts as a figure, whatever its unit:
            // the coverage line never says fewer figures than the notes list.
            self.ex.figures.push(digits);
            let written = self.at(&t.span);
            let context = context_before(self.text, t.span.start);
            let reason = match fate {
                Fate::NotRead(r) => r,
                _ => Reason::Unknown,
            };
            let (code, template, arg): (&'static str, &Template, String) = match reason {
                Reason::NoYear => ("no_year", &messages::NOT_READ_NO_YEAR, String::new()),
                Reason::NoName => ("no_name", &messages::NOT_READ_NO_NAME, context),
                Reason::NounPhrase => {
                    ("noun_phrase", &messages::NOT_READ_NOUN_PHRASE, context_after(self.text, t.span.end))
                }
                Reason::Quoted => ("noun_phrase", &messages::NOT_READ_QUOTED, String::new()),
                Reason::OtherPeriod => ("other_period", &messages::NOT_READ_OTHER_PERIOD, context),
                Reason::OtherRegion => ("other_region", &messages::NOT_READ_OTHER_REGION, context),
                Reason::Restated => ("restated", &messages::NOT_READ_RESTATED, String::new()),
                Reason::Garbled => ("garbled", &messages::NOT_READ_GARBLED, String::new()),
                Reason::ConstantPrices => ("constant_prices", &messages::NOT_READ_CONSTANT_PRICES, String::new()),
                Reason::List(names, values) => {
                    let m = messages::NOT_READ_LIST.fill(&[&written, &names, &values]);
                    self.ex.diag("list_mismatch", t.span, m);
                    continue;
                }
                Reason::Unknown => ("not_understood", &messages::NOT_READ_UNKNOWN, context),
            };
            let m = template.fill(&[&written, &arg]);
            self.ex.diag(code, t.span, m);
        }
        // Figures are reported in text order.
        crate::order::sort(&mut self.ex.figures);
        self.ex.figures.dedup();
        self.ex
    }
}

/// The one year a text names, when it names no other ("2023年，全县…" and then only 上年 and
/// 同比): every figure it reports is of that year. A range that ends at it ("图1 2018-2022年
/// 地区生产总值", a chart's caption) names no other, nor does a plan period that holds it
/// ("2021年是“十四五”开局之年"). A dated day does not count, since a dateline says when the
/// text was issued.
fn sole_year(text: &str, toks: &[Token]) -> Option<i32> {
    let mut sole = None;
    // The ranges and plan periods named, as (first, last) years: each must end at the year or
    // hold it.
    let mut spans: Vec<(i32, i32, bool)> = Vec::new();
    for t in toks {
        let Tok::Time(time) = t.tok else { continue };
        // "增速比2022年回落1.5个百分点", "与2022年相比": a time compared with is no period the
        // text's figures are of.
        let before = crate::text::sub_to(text, t.span.start);
        let after = sub_from(text, t.span.end);
        if words!["比", "较"].any_ends(before) || words!["与", "同", "和"].any_ends(before) && after.starts_with("相比")
        {
            continue;
        }
        let year = match time {
            Time::Year { year, .. } | Time::Part { year: Some(year), .. } => year,
            Time::Range { from, to, .. } => {
                spans.push((from, to, false));
                continue;
            }
            Time::Plan { start, end, .. } => {
                spans.push((start, end, true));
                continue;
            }
            _ => continue,
        };
        if *sole.get_or_insert(year) != year {
            return None;
        }
    }
    sole.filter(|&y| spans.iter().all(|&(from, to, plan)| to == y || plan && (from..=to).contains(&y)))
}

/// A figure's status from the cues before it (力争 a stretch, 预计 an estimate, 目标 a
/// target), and from the sentence's: "年计划固定资产投资增长9%以上" (`plan_lead`, a plan's word
/// opening the clause) sets a target.
fn status_of(cues: &[Lex], plan_lead: bool, sentence: Status) -> Status {
    if cues.contains(&Lex::Stretch) {
        Status::Stretch
    } else if cues.contains(&Lex::Estimate) {
        Status::Estimate
    } else if (cues.contains(&Lex::Target) || plan_lead) && sentence == Status::Actual {
        Status::Target
    } else {
        sentence
    }
}

/// A figure's own time in the chain of cues next to it ("由2005年的…", "到2017年的…": a time
/// after 的), and the time it is compared with ("比2020年的…", "与2015年相比", "高于去年同期"),
/// which is not its own.
fn chain_times(chain: &[(Atom, Option<Time>)]) -> (Option<Time>, Option<Time>) {
    let local = chain.iter().find_map(|(a, t)| match (a, t) {
        (Atom::Cue(Lex::Of, _), Some(t)) => Some(*t),
        _ => None,
    });
    let than = chain
        .windows(2)
        .find_map(|w| match (w[0].0, w[1].1) {
            (Atom::Cue(Lex::Than | Lex::And | Lex::Is | Lex::Compare, _), Some(t)) => Some(t),
            _ => None,
        })
        .or_else(|| {
            chain.windows(2).find_map(|w| match (w[0].1, w[1].0) {
                (Some(t), Atom::Cue(Lex::Than, _)) => Some(t),
                _ => None,
            })
        });
    (local, than)
}

fn w_link(w: Option<When>) -> Link {
    w.map_or(Link::Context, |w| w.link)
}

/// The opening a part shares with its total, in chars, from which (with the same head noun) it
/// is taken as the total's sibling ("金融机构本外币各项贷款余额" after "金融机构本外币各项存款
/// 余额"): real parts are narrower names that do not restate the total's frame (住户存款, 规上工业).
const SIBLING_PREFIX_CHARS: usize = 4;

/// How far back, in bytes, the line before a line break is looked for.
const WRAP_LOOKBACK: usize = 600;

/// The shortest line, in chars, that a line break in mid-sentence is taken as a wrap after:
/// shorter lines without a sentence mark are headings or infographic labels.
const WRAPPED_LINE_CHARS: usize = 16;

/// Words that stand for the subject's own total ("总量突破700亿元" after 地区生产总值).
const GENERIC_NAMES: List = words!["总量", "规模", "总额", "总值", "总规模", "总体规模", "其总量", "总数", "总计"];

/// Words that make a name a plan's or a budget's figure rather than a result ("计划投资",
/// "年初预算数"); 一般公共预算收入 is a result, so 预算 alone is not one of them.
const PLAN_NAME_WORDS: List =
    words!["计划", "目标", "任务", "年初预算", "预算数", "年度预算", "年预算", "调整预算", "调整后预算"];

/// The words for the year a plan is of ("年度计划", "全年目标").
const PLAN_YEAR_WORDS: List = words!["年度", "全年"];

/// Words that say who approved a budget ("区人大常委会批准的"): a name with one describes the
/// plan, it does not name the statistic.
const APPROVALS: List = words!["批准", "审议", "人大"];

/// Names of a completion rate: the actual over the plan, in per cent.
const COMPLETION_RATES: List = words!["完成率"];

/// Plans of one year that differ by when they were set: a completion that names one is of that
/// one ("为年初预算的105.1%，为调整预算的102.7%").
const PLAN_KINDS: List = words!["年初", "调整", "变动"];
/// The plans set again during the year: a completion that names none is of the first one.
const ADJUSTED_PLANS: List = words!["调整", "变动"];
/// How far back, in bytes, the words that name a completion's plan are looked for.
const COMPLETION_LEAD: usize = 36;

fn names_a_plan(name: &str) -> bool {
    PLAN_NAME_WORDS.any_in(name)
}

/// "社会消费品零售总额计划" is the plan of a statistic named in full, of no actual with another
/// head noun (`key`, "城乡居民人均可支配收入"), nor of another statistic named in full
/// ("固定资产投资年度计划" is not 工业投资's); "计划投资", "投资年度计划" and "年度计划" plan
/// whatever actual of their measure comes with them.
fn plan_of_another(plan: &str, key: &str) -> bool {
    let head = |name: &str| lexicon::HEAD_NOUNS.first_ending(name);
    // "招商引资到位资金年度目标任务" → 招商引资到位资金: the plan's words and the year's, from its end.
    let mut of = plan;
    while let Some(rest) = PLAN_NAME_WORDS.strip_any_suffix(of).or_else(|| PLAN_YEAR_WORDS.strip_any_suffix(of)) {
        of = rest;
    }
    // "年度投资计划" after the subject it is of ("重点项目总投资年度投资计划"): the plan's own
    // words follow its year.
    let (before, of) = PLAN_YEAR_WORDS.split_first(of).unwrap_or(("", of));
    // "项目累计完成投资": what was done is the measure after 完成.
    let key = crate::text::find_str(key, "完成").map_or(key, |i| sub_from(key, i + "完成".len()));
    let (Some(plans), Some(measures)) = (head(of), head(key)) else { return false };
    // "新开工项目年度投资计划" is not 重点项目投资's: the subjects before the year differ.
    let subject = sub(key, 0, key.len() - measures.len());
    if !has(before, subject) && !has(subject, before) {
        return true;
    }
    plans != measures || of != plans && key != measures && crate::names::key(of) != crate::names::key(key)
}

/// Words for "the whole" in a share, which stand for the total the parts were listed under.
const GENERIC_WHOLES: List = words!["总人口", "总数", "总量", "全部", "总额", "总体", "总计"];

/// Words with 占 that name no share: "占用耕地", "市场占有率" (and "占地面积", a name with a
/// lead word).
const SHARE_LOOKALIKES: List = words!["占用", "占有", "占领", "侵占", "挤占"];

/// Words that state a sentence's figures in dollars ([`Reader::in_dollars`]), and how many facts
/// back a level in dollars is looked for.
const DOLLARS: List = words!["以美元计", "按美元计", "以美元计价", "按美元计价", "折合美元"];
const DOLLAR_REACH: usize = 8;

/// The verbs of a balance's change over a month ([`Reader::month_flow`]).
const MONTH_FLOW_VERBS: List = words!["增加", "减少", "新增", "多增", "少增"];

/// The most names a clause carries from a list paired with times that are tested for being one
/// name: a longer list is of several names, and testing it for every value would be quadratic.
const MAX_PAIRED_NAMES: usize = 8;

/// How many of a list's last parts a trade balance looks through for its exports and imports.
const BALANCE_REACH: usize = 8;

/// How many facts back a completed list of pulls looks for its whole's growth.
const MAX_PULL_REACH: usize = 48;

/// The words of a member's pull on its whole's growth, each with whether it pulls down ("上拉",
/// "下拉" are a release's shorter words).
const PULLS: crate::text::WordMap<bool> =
    crate::text::table!["拉动" => false, "拉低" => true, "上拉" => false, "下拉" => true];

/// Growth words after a pull's whole that make the pull a fall ("拉动全市规上工业下降0.4个百分点").
const PULLED_DOWN: List = words!["下降", "回落", "减少"];

/// Modes of trade and kinds of firm whose trade a text splits into exports and imports, as it
/// does all trade ("加工贸易进出口总额…。其中，出口额…").
const TRADE_MODES: List = words![
    "一般贸易",
    "加工贸易",
    "边境小额贸易",
    "边境贸易",
    "跨境电商",
    "保税物流",
    "民营企业",
    "国有企业",
    "外商投资企业",
    "外资企业",
];

/// A plan named after its figure and before the share of it done ("300亿元目标任务的105.3%").
const PLANS_OF: List = words!["目标任务的", "年度目标的", "年度计划的", "目标的", "计划的", "任务的", "预算的"];

/// How many facts back a share with no whole looks for the total of its measure.
const TOTAL_REACH: usize = 8;

/// Words that end the name of a total ("进出口总值", "零售总额").
const TOTAL_WORDS: List = words!["总值", "总额", "总量"];

/// A name without the words of a ranking before it ("其次是清河市", "而白水市").
fn without_ranking(name: &str) -> &str {
    lexicon::RANKING_WORDS.strip_any_prefix(name).filter(|r| !r.is_empty()).unwrap_or(name)
}

/// The level of a word a text calls a region by, from the county up: 全县, 我旗 1; 全市, 全州,
/// 全盟 2; 全省 3; 全国 4 (never the level a text calls itself by). 区 is a
/// district's or an autonomous region's: it is not ranked.
/// The rank of the region a text first calls its own in the first person ("其中，我市进出口
/// 总值…" after the province's), a district's 0.
fn first_person(text: &str) -> Option<u8> {
    const OWN: List =
        words!["我市", "本市", "我县", "本县", "我旗", "本旗", "我州", "本州", "我区", "本区", "我省", "本省"];
    let at = text.char_indices().find(|&(i, c)| matches!(c, '我' | '本') && OWN.any_starts(sub_from(text, i)))?.0;
    let word = sub(text, at, at + "我市".len());
    if word.ends_with('区') {
        Some(0)
    } else {
        level_rank(word)
    }
}

fn level_rank(word: &str) -> Option<u8> {
    match word.chars().next_back()? {
        '县' | '旗' => Some(1),
        '市' | '州' | '盟' => Some(2),
        '省' => Some(3),
        '国' => Some(4),
        _ => None,
    }
}

/// Groups of residents a statistic per head is of ("城镇居民人均消费支出").
const RESIDENT_GROUPS: List =
    words!["城镇常住居民", "农村常住居民", "城镇居民", "农村居民", "城乡居民", "全体居民", "居民"];

/// Sites a sentence may open with as the unit it tells about ("甲度假区举办新春市集，接待人次…").
const SITES: List = words![
    "度假区",
    "景区",
    "园区",
    "开发区",
    "经开区",
    "高新区",
    "产业园",
    "工业园",
    "示范区",
    "保税区",
    "博物馆",
    "滑雪场"
];

/// How far into a clause, in bytes (eight chars), a site's word may start: a site that opens a
/// sentence is named first. Only the clause's first bytes are searched, and cores that name
/// no site there are passed over without a look-up.
const SITE_REACH: usize = 24;

/// Words that lead a sentence into what it tells and are no part of a site's name.
const LEADS_IN: List = words!["据", "根据", "中共", "以", "在", "对", "由"];

/// What a count before a verb of doing may count ("52个重点项目完成投资…").
const DOERS: List = words!["项目", "企业", "工程", "单位"];

/// Verbs that follow the things a count counts and say what they did ("52个重点项目完成投资…").
const DONE_VERBS: List = words!["完成", "实现", "累计完成", "共完成"];

/// How many facts back a work report's results of a year are looked for, to date the targets
/// after them.
const RESULTS_REACH: usize = 64;

/// A count restated for comparison, written in parentheses after a name ("收入（同口径）").
/// 新口径 is not among them: it marks the only count a text gives of a statistic.
const CALIBERS: List = words!["同口径", "可比口径"];

/// How a bracket after a figure opens that gives the figure on another caliber ("（剔除留抵退税
/// 因素后为84.00亿元）"), not some of it.
const OTHER_CALIBER_LEADS: List = words!["剔除", "扣除", "不含", "按", "同口径", "可比口径"];

/// A note of the text that its growth is like for like ("注：增速按可比口径计算。", "注：规模以上工业
/// 企业营业收入、利润增速均按可比口径计算。"): the first such sentence.
fn caliber_note(text: &str) -> Option<&str> {
    let sentences = crate::text::lines_inclusive(text).flat_map(|line| line.split_inclusive('。'));
    sentences.map(crate::text::trim_start).find(|s| NOTE_LEADS.any_starts(s) && CALIBERS.any_in(s))
}

/// How a note opens.
const NOTE_LEADS: List = words!["注：", "注:", "说明：", "附注"];

/// A note this short names no statistic: it is about every growth of the text.
const GENERIC_NOTE_CHARS: usize = 24;

/// How far before a rate, in chars, its clauses are searched for [`CALIBERS`], and how far after
/// it a parenthesis is.
const CALIBER_REACH: usize = 48;
const CALIBER_AFTER: usize = 12;

/// Verbs of comparison that make a percentage or points figure a difference from another
/// region or indicator wherever they stand in its clause.
/// How far before a sum, in tokens, the years it runs over are looked for ("2012-2016年，全市累计…").
const SUM_RANGE_REACH: usize = 12;

/// How many values of a list [`growth_follows`] passes over to the growth word after them.
const LIST_LOOKAHEAD: usize = 12;

/// How many tokens back [`Reader::figure_before`] looks for a figure.
const FIGURE_BEFORE_REACH: usize = 32;

/// How many facts back [`Reader::gap`] looks for the two growths a gap compares.
const GAP_REACH: usize = 16;

/// Comparisons with a budget or a plan rather than with the year before ("比年初预算",
/// "较调整预算数", "比2023年年初预算", "比计划"): 比 or 较, maybe a year, and the plan.
fn against_plan(raw: &str) -> bool {
    const PLANS: List = words!["年初预算", "调整预算", "预算", "计划"];
    let after = |(i, c): (usize, char)| matches!(c, '比' | '较').then(|| sub_from(raw, i + c.len_utf8()));
    let plan = |r: &str| {
        let year = r.trim_start_matches(|c: char| c.is_ascii_digit());
        let r = if year.len() < r.len() { year.strip_prefix('年').unwrap_or(r) } else { r };
        PLANS.any_starts(r)
    };
    raw.char_indices().filter_map(after).any(plan) || has(raw, "超年初预算")
}

/// The longest name, in chars, that a colon after it makes the label of what follows.
const LABEL_CHARS: usize = 12;

/// How far before a parenthesis, in bytes, a verb of comparison makes its figures the compared
/// value's: "高于全市平均水平（增长5.9%）" (eight chars between).
const COMPARED_REACH: usize = 30;

const COMPARE_VERBS: List =
    words!["高于", "低于", "高出", "快于", "慢于", "超出", "领先", "落后", "低出", "拉动", "差距"];

fn has_word(s: &str, w: &str) -> bool {
    has(s, w)
}

/// True when the figure at `k` is followed, after a list mark, by another figure: a list of
/// values ("医疗保健、食品烟酒…类上涨7.2%、6.3%…") that a list of names before it pairs with.
/// How many values a list starting with the figure at `k` has: "12%和15%" 2, "5%左右、8%左右"
/// 2, "3.7%、5.6%、4.1%" 3.
fn list_values(text: &str, toks: &[Token], k: usize) -> usize {
    let word = |t: &Token| sub(text, t.span.start, t.span.end);
    let rate = |t: Option<&Token>| matches!(t.map(|t| &t.tok), Some(Tok::Num(n)) if matches!(n.unit.kind, UnitKind::Percent | UnitKind::Points));
    let mut n = 1;
    let mut value = k;
    let mut i = k + 1;
    loop {
        // A bound word after the value ("左右", "以上").
        if let Some(t) = toks.get(i).filter(|t| matches!(t.tok, Tok::Text)) {
            if matches!(lexicon::lookup(word(t)), Some((Lex::After(_), len)) if len == word(t).len()) {
                i += 1;
            }
        }
        let sep = toks.get(i).is_some_and(|t| match &t.tok {
            Tok::Mark(Mark::Enum) => true,
            // "3%左右和4%": a bound word and 和 in one run of text.
            Tok::Text => {
                let w = word(t);
                let w = match lexicon::lookup(w) {
                    Some((Lex::After(_), len)) => sub_from(w, len),
                    _ => w,
                };
                words!["和", "及", "与"].contains(w) || turns(w)
            }
            _ => false,
        });
        // "分别增长6.8%和下降2.5%", "分别增长3%、下降1%": each rate of a list may bring its own
        // direction ("800亿元、增长5%" is a level and its growth, no list).
        let enum_turn = matches!(toks.get(i).map(|t| &t.tok), Some(Tok::Mark(Mark::Enum)))
            && toks.get(i + 1).is_some_and(|t| matches!(t.tok, Tok::Text) && lexicon::is_direction(word(t)));
        let turn = enum_turn || toks.get(i).is_some_and(|t| matches!(t.tok, Tok::Text) && turns(word(t)));
        // "分别增长1.5%6.0%": rates a scraped page left with no mark between them.
        let glued = rate(toks.get(value))
            && rate(toks.get(i))
            && toks.get(value).zip(toks.get(i)).is_some_and(|(a, b)| a.span.end == b.span.start);
        if glued {
            n += 1;
            value = i;
            i += 1;
            continue;
        }
        let next = if enum_turn { i + 2 } else { i + 1 };
        if !sep || !toks.get(next).is_some_and(|t| matches!(t.tok, Tok::Num(_))) {
            return n;
        }
        if turn && !(rate(toks.get(value)) && rate(toks.get(next))) {
            return n;
        }
        n += 1;
        value = next;
        i = next + 1;
    }
}

/// "和下降": a list's joining word, then the next value's own direction.
fn turns(w: &str) -> bool {
    words!["和", "及", "与"].strip_any_prefix(w).is_some_and(lexicon::is_direction)
}

fn list_follows(text: &str, toks: &[Token], k: usize) -> bool {
    let (Some(a), Some(b)) = (toks.get(k + 1), toks.get(k + 2)) else { return false };
    let and = match &a.tok {
        Tok::Mark(Mark::Enum) => true,
        Tok::Text => words!["和", "及", "与"].contains(sub(text, a.span.start, a.span.end)),
        _ => false,
    };
    and && matches!(b.tok, Tok::Num(_))
}

/// A char that opens a numbered or captioned line: a bracket, 第, a numeral up to 十, a dash,
/// 表, 图 or 注.
fn opens_numbered(c: char) -> bool {
    let numeral = matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十');
    numeral || matches!(c, '（' | '(' | '第' | '—' | '表' | '图' | '注')
}

/// True for a number the coverage counts: one with a unit, a magnitude or a percent sign.
fn counts_as_figure(n: &Num) -> bool {
    n.unit != Unit::none()
}

/// True when a growth word follows a per cent, past its bound and its manner: "8%以上较快增长",
/// "7%的增长", "10%左右的增速".
fn growth_follows(after: &str) -> bool {
    // "分别以15%、13.6%的增速": the growth word after the last of a list names every value.
    // A bounded look: every value of a long list asks.
    let mut after = after;
    for _ in 0..LIST_LOOKAHEAD {
        let Some(rest) = words!["、", "和"].strip_any_prefix(after) else { break };
        let digits = trim_start_by(rest, |c| c.is_ascii_digit() || c == '.');
        match digits.strip_prefix('%') {
            Some(next) if digits.len() < rest.len() => after = next,
            _ => break,
        }
    }
    let after = words!["以上", "以下", "左右", "上下"].strip_any_prefix(after).unwrap_or(after);
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = words!["较快", "快速", "高速", "稳定", "平稳", "稳步", "持续"].strip_any_prefix(after).unwrap_or(after);
    words!["增长", "的增长", "增速"].any_starts(after)
}

/// True when the text after a figure makes it qualify a noun rather than state a value.
/// Whether growth over the year before follows a figure: "，增长20%", "，同比增长…", "，比上年下降…".
fn yoy_follows(after: &str) -> bool {
    let after = after.strip_prefix('，').unwrap_or(after);
    words!["增长", "同比", "比上年", "下降"].any_starts(after)
}

fn qualifies_noun(after: &str, n: &Num, tenths: bool) -> bool {
    // "实现7%的增长": the growth is the figure's, no noun it qualifies.
    if n.unit.kind == UnitKind::Percent && growth_follows(after) {
        return false;
    }
    // "150项“同事同标”事项": a quoted name of the things counted.
    let after = after.strip_prefix('“').filter(|_| n.unit.is_exact_count()).unwrap_or(after);
    let Some(c) = after.chars().next() else { return false };
    if !crate::text::is_letter(c) || c.is_ascii() {
        return false;
    }
    // "专项债项目37个总投资86.52亿元": a count followed by a measure of what it counts, the comma
    // left out, is the count's own value.
    if n.unit.is_exact_count() && lexicon::ATTRIBUTES.any_starts(after) {
        return false;
    }
    // Words that may follow a value: its verb, bound, rate or a new clause's words. A one-char
    // comparison before a letter begins a noun ("12个高新技术企业", "320项高频事项"); so do a
    // plan indicator's attributes ("10项约束性指标", "20项预期性指标"), which open with a cue.
    if let Some((lex, len)) = lexicon::lookup(after).filter(|_| !words!["约束性", "预期性"].any_starts(after)) {
        let adjective = lex == Lex::Compare && len == c.len_utf8();
        if !adjective && !matches!(lex, Lex::Of | Lex::Measure | Lex::ShareWord | Lex::Filler) {
            return false;
        }
        if lex == Lex::Of {
            // "55亿元的120%": the figure is the whole of a share or a completion. "300万吨的企业"
            // qualifies a noun.
            return !starts_by(trim_start_by(after, |c| c == '的'), |c| c.is_ascii_digit());
        }
    }
    // "超五成行业实现正增长": a share in tenths right before a noun says how many of the things
    // the noun names, not a value of the indicator before it.
    if tenths {
        return true;
    }
    if n.unit.kind != UnitKind::Amount {
        return false;
    }
    // "2770人。其中" — a count followed by a clause opener is a value; so is a level followed
    // by the word for the mark it passes ("跃上3万亿元台阶", "突破10亿美元大关").
    const OPENERS: List = words![
        // "3050亿元人民币": the currency named after the unit.
        "人民币",
        "台阶",
        "大关",
        "关口",
        "水平",
        "其中",
        "同比",
        "比上年",
        "比",
        "较",
        "增长",
        "下降",
        "占",
        "分别",
        "全年",
        "同时",
        "居",
        "位居",
        "排",
        // "上年结转3.52亿元后，收入总计…": the sum once the figure is added.
        "后",
    ];
    !OPENERS.any_starts(after)
}

/// The span of the first cue `lex` among `atoms`, or of the last when `last`. One function
/// for the reader's look-ups of a cue, rather than a `find_map` (its own copy in the wasm) at each.
fn cue_span(atoms: &[(Atom, Option<Time>)], lex: Lex, last: bool) -> Option<Span> {
    let mut found = None;
    for (a, _) in atoms {
        if let Atom::Cue(l, sp) = a {
            if *l == lex {
                found = Some(*sp);
                if !last {
                    break;
                }
            }
        }
    }
    found
}

/// The bound of the last level word (达到, 为) or bound word before the figure (约, 近) among `cues`.
fn last_bound(cues: &[Lex]) -> Option<Bound> {
    for l in cues.iter().rev() {
        if let Lex::Level(b) | Lex::Before(b) = l {
            return Some(*b);
        }
    }
    None
}

/// The sign of the last shift word (提高, 降低) among `cues`.
fn last_shift(cues: &[Lex]) -> Option<i8> {
    for l in cues.iter().rev() {
        if let Lex::Shift(x) = l {
            return Some(*x);
        }
    }
    None
}

/// The cue words among `atoms`, in order. One function for the reader's three lists, rather
/// than a `filter_map().collect()` (its own copy in the wasm) at each.
fn cues_of(atoms: &[(Atom, Option<Time>)]) -> Vec<Lex> {
    let mut cues = Vec::new();
    for (a, _) in atoms {
        if let Atom::Cue(l, _) = a {
            cues.push(*l);
        }
    }
    cues
}

/// The clause text before a byte offset, for messages.
fn context_before(text: &str, at: usize) -> String {
    let before = crate::text::sub_to(text, at);
    // The last 16 chars, from the last sentence or line break among them.
    let mut start = before.len();
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if n == 16 || matches!(c, '。' | '\n' | '；') {
            break;
        }
        start = i;
    }
    excerpt(crate::text::sub_from(before, start))
}

fn context_after(text: &str, at: usize) -> String {
    let after = crate::text::sub_from(text, at);
    // The first 12 chars, up to the clause's end.
    let mut end = 0;
    for (n, (i, c)) in after.char_indices().enumerate() {
        if n == 12 || matches!(c, '，' | '。' | '；' | '\n') {
            break;
        }
        end = i + c.len_utf8();
    }
    excerpt(crate::text::sub_to(after, end))
}

/// A sentence that states targets: 目标, 预期, 确保, 力争 and the like.
///
/// A target word that only names the whole of a completion ("为年度目标的68.2%", "完成计划的
/// 67%") does not make the sentence's figures targets: they are results measured against one.
fn is_target_text(s: &str) -> bool {
    const WORDS: List = words!["目标", "预期", "确保", "力争", "争取", "计划", "规划期末"];
    // "完成年计划600亿元的90.0%": a result set against its plan.
    const RESULTS: List =
        words!["完成情况", "执行情况", "超计划", "超额完成", "完成年计划", "完成全年计划", "完成年度计划", "完成计划"];
    // Words that hold a target word and name no target: a statistic, an epoch, a policy.
    const NOT_TARGETS: List = words!["预期寿命", "计划经济", "计划生育", "计划单列"];
    let mut target = false;
    for (i, c) in s.char_indices() {
        if !matches!(c, '目' | '预' | '确' | '力' | '争' | '计' | '规' | '完' | '执' | '超') {
            continue;
        }
        let rest = crate::text::sub_from(s, i);
        if RESULTS.any_starts(rest) {
            return false;
        }
        if NOT_TARGETS.any_starts(rest) {
            continue;
        }
        if let Some(w) = WORDS.first_starting(rest) {
            let after = crate::text::sub_from(rest, w.len());
            // A target word that only names the whole of a completion ("为年度目标的68.2%").
            let completion = after.starts_with('的') || after.starts_with("任务的") || after.starts_with("数的");
            target |= !completion;
        }
    }
    target
}

/// A scope a sentence's later names take from its first: a unit of the text's own place (区本级,
/// a county of a city), not a province or the country quoted for comparison.
fn opens_on_another_unit(scope: &str) -> bool {
    // 区 ends 城区, 建成区 and 园区 too, which are parts of no unit's accounts.
    let named = is_place(scope)
        && words!["县", "市", "旗", "镇", "乡"].any_ends(scope)
        && !scope.starts_with('全')
        && !has(scope, "省")
        && !has(scope, "城");
    (scope.ends_with("本级") || named) && !lexicon::PROVINCES.contains(scope)
}

/// "第二产业…，其中工业…，建筑业…；第三产业…": two different parts of one decomposition are
/// siblings, and neither is a part of the other.
fn sibling_parts(a: &str, b: &str) -> bool {
    let (ka, kb) = (crate::names::key(a), crate::names::key(b));
    crate::names::DECOMPOSITIONS.iter().any(|d| {
        let at = |k: &str| d.parts.iter().position(|keys| keys.contains(k));
        matches!((at(&ka), at(&kb)), (Some(x), Some(y)) if x != y)
    })
}

/// The whole of a share named against its part: "平均数" of a 中位数 is the statistic itself
/// (居民人均可支配收入中位数 → 居民人均可支配收入); "城镇居民" against 农村居民人均可支配收入
/// is the other group's 城镇居民人均可支配收入, the two groups ending in the same word.
fn whole_against(whole: &str, part: &str) -> Option<String> {
    if whole == "平均数" {
        return part.strip_suffix("中位数").map(str::to_string);
    }
    // "粮食产量…占总产量的25.1%", "占总产的33.5%": the total of the part's own measure.
    if let Some(measure) = whole.strip_prefix('总').filter(|m| !m.is_empty()) {
        let i = crate::text::find_str(part, measure).filter(|&i| i > 0)?;
        return Some(cat(&[sub(part, 0, i), "总", sub_from(part, i)]));
    }
    let n = char_count(whole);
    let tail = sub(whole, crate::text::nth_char_at(whole, n.checked_sub(2)?)?, whole.len());
    let (i, _) = part.char_indices().skip(2).take(5).find(|&(i, _)| sub(part, 0, i).ends_with(tail))?;
    let group = sub(part, 0, i);
    (n <= 6 && group != whole && i < part.len()).then(|| cat(&[whole, sub(part, i, part.len())]))
}

/// True when `name` is a kind of producer ("县属企业") listed under a total that measures
/// something else ("铁矿石产量"): it names the producers' part of that total, not a statistic of
/// its own, so the same producers under another total are another part.
fn producer_of(name: &str, total: &str) -> bool {
    lexicon::PRODUCERS.iter().any(|w| name.ends_with(w) && !total.ends_with(w))
}

/// True when 完成 stands in the few characters before byte `at` ("累计完成投资90亿元"): the
/// figure is an actual, though its name dropped the verb.
fn done_just_before(text: &str, at: usize) -> bool {
    has(chars_before(text, at, 6), "完成")
}

/// True when the time at `span` stands inside "在…基础上" (within a few chars).
fn on_a_base(text: &str, span: Span) -> bool {
    let after = sub_from(text, span.end);
    let reach = crate::text::nth_char_at(after, ON_A_BASE_REACH).unwrap_or(after.len());
    ends_by(crate::text::sub_to(text, span.start), |c| c == '在') && has(sub(after, 0, reach), "基础上")
}

/// How many chars after a time its 基础上 is looked for ("在去年较快增长的基础上": 8).
const ON_A_BASE_REACH: usize = 12;

/// The `n` chars of `text` before byte `at` (fewer at its start).
fn chars_before(text: &str, at: usize, n: usize) -> &str {
    let before = crate::text::sub_to(text, at);
    let from = n.checked_sub(1).and_then(|m| crate::text::nth_char_back_at(before, m)).unwrap_or(0);
    sub_from(before, from)
}

/// A name that opens on a number of years ("五年实际利用外资"): the number, and the name after
/// it. A sum over those years, ending in the year in force.
fn years_summed(name: &str) -> Option<(i32, &str)> {
    let (n, rest) = YEAR_SPANS.iter().find_map(|(w, n)| name.strip_prefix(w).map(|r| (n, r)))?;
    // "五年来", "三年内", "两年平均": a time, not a sum.
    (char_count(rest) >= 2 && !starts_by(rest, |c| matches!(c, '来' | '内' | '间' | '平' | '前' | '后' | '的')))
        .then_some((n, rest))
}

/// Spans of years written before or after a name ("五年实际利用外资", "地区生产总值三年累计增长").
/// How far back, in bytes, the start of a by-period view's sentence is looked for.
const VIEW_REACH: usize = 300;

/// The most times a list of them before 分别 is read with ("2019年、2020年…").
const MAX_LISTED_TIMES: usize = 12;

const YEAR_SPANS: crate::text::WordMap<i32> = crate::text::table!["五年" => 5, "三年" => 3, "两年" => 2, "十年" => 10];

/// The years a name ends in that count a sum ("地区生产总值三年" before 累计增长): the count and
/// the length of the name before them.
fn years_counted(name: &str) -> Option<(i32, usize)> {
    YEAR_SPANS.iter().find_map(|(w, n)| name.strip_suffix(w).filter(|r| char_count(r) >= 2).map(|r| (n, r.len())))
}

/// The sector a release's lead names before its status: "农业生产稳中有升" → 农业,
/// "固定资产投资稳步增长" → 固定资产投资. `None` when the clause is no such lead.
fn status_lead(core: &str) -> Option<&str> {
    const ENDS: u64 = lexicon::STATUS_TAILS.end_mask();
    if !crate::text::may_end_in(core, ENDS) {
        return None;
    }
    let rest = lexicon::STATUS_TAILS.strip_any_suffix(core)?;
    let rest = lexicon::ACTIVITY_TAILS.strip_any_suffix(rest).unwrap_or(rest);
    let n = char_count(rest);
    ((2..=10).contains(&n) && valid_name(rest)).then_some(rest)
}

/// True for a sector listed under the value added of an aggregate other than the economy
/// ("民营经济增加值…其中，第一产业增加值…"): the aggregate's sector, not the economy's.
fn sector_of_an_aggregate(part: &str, total: &str) -> bool {
    use crate::names::{key, THREE_SECTORS};
    // The test of the total's words first: it is the rare one, and the keys are built only then.
    total.ends_with("增加值")
        && key(total) != THREE_SECTORS.total
        && THREE_SECTORS.parts.iter().any(|alts| alts.contains(&key(part)))
}

/// True when two names end in the same two chars, the mark of one measure ("甲产业增加值",
/// "乙产业增加值").
fn same_measure(a: &str, b: &str) -> bool {
    fn tail(s: &str) -> Option<&str> {
        crate::text::nth_char_back_at(s, 1).map(|i| sub_from(s, i))
    }
    tail(a).is_some_and(|t| tail(b) == Some(t))
}

/// The part a ranking names before the part's figures: "其次是信息服务业" → 信息服务业,
/// "新装备制造业规模最大" → 新装备制造业. `None` when the clause is no such lead.
fn rank_lead(core: &str) -> Option<&str> {
    const ENDS: u64 = lexicon::RANK_TAILS.end_mask();
    let rest = lexicon::RANK_LEADS.strip_any_prefix(core).or_else(|| {
        crate::text::may_end_in(core, ENDS).then(|| lexicon::RANK_TAILS.strip_any_suffix(core)).flatten()
    })?;
    // Industries are named at length ("交通运输、仓储和邮政业").
    ((2..=16).contains(&char_count(rest)) && valid_name(rest)).then_some(rest)
}

/// "城乡居民收入比(为)1.64": before a number without a unit, the 比 cut off as "than" ends the
/// name of a ratio, and becomes part of the name again. Returns the atoms.
fn ratio_name<'a>(text: &str, atoms: &'a mut [(Atom, Option<Time>)]) -> &'a [(Atom, Option<Time>)] {
    let end = atoms.iter().rposition(|(a, _)| !matches!(a, Atom::Cue(Lex::Level(_), _)));
    // "城乡居民收入比由上年的2.02:1缩小为…", "城乡收入比持续缩小": 比 before 由, an adverb or
    // a verb of change is no comparison either, which names what it compares with first. It
    // stands a few words before the figure ("比|由|上年|的"); looking no further keeps a clause
    // of many unread numbers linear.
    let near = atoms.len().saturating_sub(6);
    let before_from = atoms[near..]
        .windows(2)
        .position(|w| {
            matches!((w[0].0, w[1].0), (Atom::Cue(Lex::Than, _), Atom::Cue(Lex::From | Lex::Filler | Lex::Shift(_), _)))
        })
        .map(|i| near + i);
    if let Some(i) = before_from.or(end).filter(|&i| i > 0 && matches!(atoms[i - 1].0, Atom::Core(_))) {
        if let (Atom::Cue(Lex::Than, sp), None) = atoms[i] {
            if sub(text, sp.start, sp.end) == "比" {
                atoms[i].0 = Atom::Core(sp);
            }
        }
    }
    atoms
}

/// The time after 比 in a clause ("比2020年"), which a change or a doubling is counted from.
fn than_time(atoms: &[(Atom, Option<Time>)]) -> Option<Time> {
    let than = atoms.windows(2).find_map(|w| match (w[0].0, w[1]) {
        // "由上年第三位上升到第二位": the time a change starts from is compared with too.
        (Atom::Cue(Lex::Than | Lex::From, _), (Atom::Cue(Lex::Of, _), Some(t))) => Some(t),
        _ => None,
    });
    // "降幅与1-5月基本持平": a word that is no time, 与, a time is a comparison too ("2016年与
    // 2017年" is a list of times).
    than.or_else(|| {
        atoms.windows(3).find_map(|w| match (w[0], w[1].0, w[2]) {
            ((_, None), Atom::Cue(Lex::And, _), (Atom::Cue(Lex::Of, _), Some(t))) => Some(t),
            _ => None,
        })
    })
    // "与2022年相比，第一产业占比下降0.5个百分点": a clause that opens with 与 and a time
    // names the base of the changes after it, not their period.
    .or(match atoms {
        [(Atom::Cue(Lex::And, _), _), (Atom::Cue(Lex::Of, _), Some(t)), ..] => Some(*t),
        _ => None,
    })
}

/// The year 今年 is when a sentence says which year of a plan it is: "今年是“十四五”开局之年"
/// → 2021, "今年是“十三五”收官之年" → 2020. `None` for any other sentence.
fn year_of_the_plan(toks: &[Token], raw: &str) -> Option<i32> {
    let this = toks.iter().position(|t| matches!(t.tok, Tok::Time(Time::Rel(token::Rel::ThisYear))))?;
    let (start, end) = toks[this..].iter().find_map(|t| match t.tok {
        Tok::Time(Time::Plan { start, end, .. }) => Some((start, end)),
        _ => None,
    })?;
    if !has(raw, "今年是") {
        return None;
    }
    if words!["开局之年", "开局年", "第一年", "起步之年"].any_in(raw) {
        Some(start)
    } else if words!["收官之年", "最后一年", "决胜之年"].any_in(raw) {
        Some(end)
    } else {
        None
    }
}

/// True when `raw` says 预计 other than in "预计目标", which names a plan, not an estimate.
fn estimate_word(raw: &str) -> bool {
    let mut from = 0;
    while let Some(i) = crate::text::find_str(sub_from(raw, from), "预计") {
        if !sub_from(raw, from + i).starts_with("预计目标") {
            return true;
        }
        from += i + "预计".len();
    }
    false
}

/// True when `line` opens with a numbered section: 一、 to 十九、, or (一) to (十九).
/// The text from the start of the line that holds byte `at`.
fn line_of(text: &str, at: usize) -> &str {
    let before = text.as_bytes().get(..at).unwrap_or_default();
    sub_from(text, before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1))
}

/// True for the line of a news item that quotes its original headline ("原标题：…").
fn headline(line: &str) -> bool {
    // A bounded look: every line break asks, and a run of blank lines must not be read again
    // at each of its breaks.
    crate::text::trim_start(sub(line, 0, crate::text::floor_boundary(line, 32))).starts_with("原标题")
}

/// "2017-2021年全县地区生产总值构成", "图2 …": a chart's caption, a line that opens on a range of
/// years or a chart's number and has no clause mark, is a line of its own (a wrapped sentence of that length has a comma). A
/// line that opens on one year ("2023年计划执行情况") is a heading that sets its period.
fn caption(line: &str) -> bool {
    let line = crate::text::trim_start(line);
    let year = |s: &str| s.as_bytes().get(..4).is_some_and(|y| y.iter().all(u8::is_ascii_digit));
    // The four digits are ASCII: the fifth byte starts a char.
    let range = year(line) && token::DASHES.strip_any_prefix(sub_from(line, 4)).is_some_and(year);
    // "图2  2019-2023年三次产业结构", "表1 …": a numbered chart or table.
    let mut cs = line.chars();
    let numbered = matches!(cs.next(), Some('图' | '表'))
        && cs.next().is_some_and(|c| c.is_ascii_digit() || crate::text::has_char("一二三四五六七八九十", c));
    (range || numbered) && !crate::text::any_by(line, |c| matches!(c, '，' | '、' | '；' | ',' | ';'))
}

fn section_heading(line: &str) -> bool {
    let line = trim_start_by(line, |c| matches!(c, '(' | '（'));
    let numeral = line.chars().take_while(|c| crate::text::has_char("一二三四五六七八九十", *c)).count();
    (1..=3).contains(&numeral) && crate::text::nth_char(line, numeral).is_some_and(|c| matches!(c, '、' | ')' | '）'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_expand_shared_tails() {
        assert_eq!(split_list("城镇和农村居民人均可支配收入"), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
        assert_eq!(split_list("城乡居民人均可支配收入"), ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
        assert_eq!(split_list("常住和户籍人口城镇化率"), ["常住人口城镇化率", "户籍人口城镇化率"]);
        assert_eq!(split_list("存、贷款余额"), ["存款余额", "贷款余额"]);
        assert_eq!(split_list("金融机构存、贷款余额"), ["金融机构存款余额", "金融机构贷款余额"]);
        assert_eq!(split_list("对欧盟进出口、出口"), ["对欧盟进出口", "对欧盟出口"]);
        assert_eq!(split_list("规模以上工业总产值、增加值"), ["规模以上工业总产值", "规模以上工业增加值"]);
        assert_eq!(split_list("出口、进口"), ["出口", "进口"]);
        assert_eq!(
            split_list("饮料类、烟酒类、金银珠宝类零售额"),
            ["饮料类零售额", "烟酒类零售额", "金银珠宝类零售额"]
        );
        assert_eq!(split_list("粮食、油料产量"), ["粮食产量", "油料产量"]);
        assert_eq!(split_list("农业、工业增加值"), ["农业增加值", "工业增加值"]);
        assert_eq!(split_list("存贷款余额"), ["存款余额", "贷款余额"]);
        assert_eq!(split_list("第一、二、三产业增加值"), ["第一产业增加值", "第二产业增加值", "第三产业增加值"]);
        assert_eq!(
            split_list("城镇基本养老保险、基本医疗保险和失业保险覆盖率"),
            ["城镇基本养老保险覆盖率", "基本医疗保险覆盖率", "失业保险覆盖率"]
        );
    }

    #[test]
    fn shares_split_at_zhan() {
        assert_eq!(split_share("第一产业增加值占地区生产总值"), Some(("第一产业增加值", "地区生产总值")));
    }
}
