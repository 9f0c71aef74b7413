// The editable table of extracted targets, without the DOM: turning a Report's facts into
// rows, writing (possibly corrected) rows back as "one target per line" text (README, Input),
// mapping spans of that generated text back to the prose they came from, and finding the
// sentence around a span. Plain ES module with no imports, so node can test it directly.
//
// Row = {
//   index:  number,                         // position in the table; data-row in the page
//   type:   'point' | 'rate' | 'structure' | 'statement',
//   id:     string,                         // indicator or structure id in the ORIGINAL report
//   spans:  [[start, end]],                 // where the fact was read, in the ORIGINAL input
//   partSpans: [[start, end]] | undefined,  // structures: one span per part
//   role:   'actual' | undefined,           // points: an actual value inside the period (review mode)
//   kind:   string | undefined,             // rates: 'annual' | 'yoy'; statements: see below
//   before: boolean | undefined,            // statements: the base of a text that names no year
//   orig:   {field: string},                // the fields as read (see FIELDS)
//   cur:    {field: string},                // the fields as the user left them
//   deleted: boolean,
// }
//
// Which facts the table can rewrite. "One target per line" (README, Input) writes a level of a
// named year, a growth rate between two named years, and a structure of a named year. So:
//   - points of role base / target / actual / point with a year        -> 'point' rows
//   - rates of kind annual or yoy with both years                      -> 'rate' rows
//   - structures with a year                                           -> 'structure' rows
//   - everything else the Report lists is a 'statement' row, shown but never written, its
//     `kind` saying what it is: 'level' (a level of the text's own period: year null),
//     'change' (增加X), 'sum' (累计), 'plan' (the plan figure of a completion), 'yoy' (growth
//     over the same period a year before, year null), 'total' (比2015年增长X%), 'multiple'
//     (增长N倍, 翻k番), 'points' (个百分点), 'completion' (完成…的X%), 'structure' (year null).
// On a corrected table, findings that rest on a statement are not re-checked: the page keeps
// the text's own (tableBlind).

/** The editable fields of each row type, in table order. */
export const FIELDS = {
  point: ['name', 'year', 'value', 'unit', 'bound'],
  rate: ['name', 'from', 'to', 'percent', 'bound'],
  structure: ['name', 'year', 'parts'],
  statement: [],
};

/** Point roles that are levels: the ones paths, charts and the table's point rows use. */
export const LEVEL_ROLES = ['base', 'target', 'actual', 'point'];
/** Rate kinds that are growth rates: the ones paths and the table's rate rows use. */
export const GROWTH_KINDS = ['annual', 'yoy'];

export const BOUNDS = ['eq', 'ge', 'le', 'approx'];
export const BOUND_SYMBOL = { eq: '=', ge: '≥', le: '≤', approx: '≈' };
const BOUND_SUFFIX = { eq: '', ge: '以上', le: '以内', approx: '左右' };

// Magnitude prefixes the core understands in front of any base unit (src/unit.rs), used to
// write a coarse figure ("1.5万元" inside an indicator kept in 元) without inventing precision.
const PREFIXES = [['万亿', 12], ['亿', 8], ['万', 4]];

const list = (a) => (Array.isArray(a) ? a : []);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Decimals of the shortest decimal text of v (47.6 -> 1, 143 -> 0). */
function shortestDecimals(v) {
  const s = String(Math.abs(v));
  if (/e/i.test(s)) return Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(v))) + 6));
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** The width of one unit of the last written digit, as the core's interval shows it; null if unknown. */
function writtenWidth(value, lo, hi, bound) {
  if (bound === 'eq' && finite(lo) && finite(hi)) return hi - lo;
  if (bound === 'ge' && finite(lo)) return 2 * (value - lo);
  if (bound === 'le' && finite(hi)) return 2 * (hi - value);
  return null;
}

/** Reads a rate's bound from its interval (rates carry no bound field in Report v1). */
function rateBound(r) {
  const lo = finite(r.lo), hi = finite(r.hi);
  if (!lo && !hi) return 'eq';
  if (!lo) return 'le';
  if (!hi) return 'ge';
  const w = r.hi - r.lo, d0 = shortestDecimals(r.percent);
  for (let d = d0; d <= d0 + 6; d++) if (close(w, 10 ** -d)) return 'eq';
  return 'approx'; // wider than any written precision: the 左右/约 band
}

/**
 * A figure as it must be written to mean the same interval again: "24.0" stays "24.0", not
 * "24"; a figure written with a magnitude ("1.5万元" inside an indicator kept in 元) is written
 * with a magnitude again. Returns {text, unit}.
 */
export function writtenFigure(value, lo, hi, bound, unit = '') {
  if (!finite(value)) return { text: '', unit };
  const d0 = shortestDecimals(value);
  const w = writtenWidth(value, lo, hi, bound);
  if (w !== null && w > 0) {
    for (let d = d0; d <= d0 + 8; d++) if (close(w, 10 ** -d)) return { text: value.toFixed(d), unit };
    for (let k = 1; k <= 12; k++) {
      if (!close(w, 10 ** k)) continue;
      const [prefix, mag] = PREFIXES.find(([p]) => unit.startsWith(p) && unit.length > p.length) || ['', 0];
      const base = unit.slice(prefix.length);
      const to = [...PREFIXES].reverse().find(([, m]) => m > mag && m - mag >= k);
      if (!to || base === '%' || base === '‰') break;
      return { text: (value / 10 ** (to[1] - mag)).toFixed(to[1] - mag - k), unit: to[0] + base };
    }
  }
  return { text: value.toFixed(Math.min(20, d0)), unit };
}

const validSpan = (s) => (Array.isArray(s) && finite(s[0]) && finite(s[1]) ? [s[0], s[1]] : null);
const year = (y) => (finite(y) ? String(y) : '');

/** One row per fact of the report: each point, each rate, each structure (see the top of this file). */
export function rowsFromReport(report) {
  const rows = [];
  const push = (row) => rows.push({ ...row, index: rows.length, cur: { ...row.orig }, deleted: false });
  for (const ind of list(report && report.indicators)) {
    const name = ind.name || '';
    for (const p of list(ind.points)) {
      // A headline's figure, rounded or cut short ('cut'), is edited as an approximate one.
      const bound = BOUNDS.includes(p.bound) ? p.bound : p.bound === 'cut' ? 'approx' : 'eq';
      const w = writtenFigure(p.value, p.lo, p.hi, bound, ind.unit || '');
      const spans = [validSpan(p.span)].filter(Boolean);
      if (LEVEL_ROLES.includes(p.role) && finite(p.year)) {
        push({ type: 'point', id: ind.id, spans, role: p.role === 'actual' ? 'actual' : undefined,
          orig: { name, year: year(p.year), value: w.text, unit: w.unit, bound } });
      } else {
        // A base of no year ("去年国庆假期…") is shown as 上年同期, not as the text's own period.
        push({ type: 'statement', id: ind.id, spans, kind: LEVEL_ROLES.includes(p.role) ? 'level' : p.role,
          before: p.role === 'base' && !finite(p.year),
          orig: { name, from: year(p.from), year: year(p.year), value: w.text, unit: w.unit, bound } });
      }
    }
    for (const r of list(ind.rates)) {
      const bound = rateBound(r);
      const w = writtenFigure(r.percent, r.lo, r.hi, bound === 'approx' ? 'approx' : bound);
      const spans = [validSpan(r.span)].filter(Boolean);
      const kind = r.kind || (finite(r.from) && finite(r.to) && r.to - r.from === 1 ? 'yoy' : 'annual');
      if (GROWTH_KINDS.includes(kind) && finite(r.from) && finite(r.to)) {
        push({ type: 'rate', id: ind.id, spans, kind, orig: { name, from: year(r.from), to: year(r.to), percent: w.text, bound } });
      } else {
        push({ type: 'statement', id: ind.id, spans, kind,
          orig: { name, from: year(r.from), year: year(r.to), value: w.text, unit: kind === 'points' || kind === 'multiple' ? '' : '%', bound } });
      }
    }
  }
  for (const s of list(report && report.structures)) {
    const parts = list(s.parts);
    const partSpans = parts.map((p) => validSpan(p.span));
    const spans = partSpans.filter(Boolean);
    if (!spans.length && validSpan(s.span)) spans.push(validSpan(s.span));
    const text = parts.map((p) => writtenFigure(p.value, p.lo, p.hi, 'eq').text).join(':');
    if (finite(s.year)) {
      push({ type: 'structure', id: s.id, spans, partSpans, orig: { name: s.name || '', year: year(s.year), parts: text } });
    } else {
      push({ type: 'statement', id: s.id, spans, partSpans, kind: 'structure',
        orig: { name: s.name || '', from: '', year: '', value: text, unit: '', bound: 'eq' } });
    }
  }
  return rows;
}

/**
 * A name as written into a generated line. The lines reader takes "(…)" after a name for its
 * unit and drops it from the name, but the Report's names carry their period and parent there
 * ("地区生产总值（上半年）", "农业（农林牧渔总产值）"); dropped, they would merge with the
 * year's or the parent's own figures. In tortoise-shell brackets they stay part of the name.
 */
export function lineName(name) {
  return String(name).replace(/[(（]/g, '〔').replace(/[)）]/g, '〕');
}

/**
 * True when a finding of the original report rests on something the corrected table cannot
 * re-check: a kind resting on facts the table does not hold (TABLE_BLIND_KINDS), or a figure
 * that is only in a statement row (or in no row at all).
 */
export function tableBlind(f, rows) {
  if (TABLE_BLIND_KINDS.has(f.kind)) return true;
  const writable = rows.filter((r) => r.type !== 'statement').flatMap((r) => r.spans);
  return list(f.spans).some((s) => validSpan(s) && !writable.some(([a, b]) => a <= s[0] && s[1] <= b));
}

// ---------------------------------------------------------------- validation

/** Full-width digits and signs (as an IME types them) to ASCII; spaces and thousands commas out. */
function foldNumber(s) {
  return String(s)
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.').replace(/[－—–−]/g, '-').replace(/[＋]/g, '+').replace(/[：]/g, ':')
    .replace(/[\s,，]/g, '');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const YEAR = /^\d{4}$/;

/**
 * Checks a row's current fields. Returns {ok, bad: [field], norm: {field: string}} where norm
 * holds the fields as they will be written into the generated line.
 */
export function validate(row) {
  const c = row.cur, norm = {}, bad = [];
  norm.name = String(c.name || '').replace(/\s+/g, '');
  if (!norm.name || /[=→]/.test(norm.name)) bad.push('name');
  const yearField = (f) => {
    norm[f] = foldNumber(c[f] || '');
    const y = Number(norm[f]);
    if (!YEAR.test(norm[f]) || y < 1900 || y > 2200) bad.push(f);
  };
  const numberField = (f, signed) => {
    let v = foldNumber(c[f] || '');
    if (v.startsWith('+')) v = v.slice(1);
    if (v.startsWith('.')) v = '0' + v;
    norm[f] = v;
    if (!NUMBER.test(v) || (!signed && v.startsWith('-'))) bad.push(f);
  };
  if (row.type === 'point') {
    yearField('year');
    numberField('value', true);
    norm.unit = String(c.unit || '').replace(/\s+/g, '');
    if (/[0-9０-９=→]/.test(norm.unit)) bad.push('unit');
    norm.bound = BOUNDS.includes(c.bound) ? c.bound : 'eq';
  } else if (row.type === 'statement') {
    return { ok: true, bad, norm }; // never written: nothing to check
  } else if (row.type === 'rate') {
    yearField('from');
    yearField('to');
    if (!bad.includes('from') && !bad.includes('to') && Number(norm.from) >= Number(norm.to)) bad.push('to');
    numberField('percent', true);
    norm.bound = BOUNDS.includes(c.bound) ? c.bound : 'eq';
  } else {
    yearField('year');
    norm.parts = foldNumber(c.parts || '');
    const parts = norm.parts.split(':');
    if (parts.length < 2 || !parts.every((p) => NUMBER.test(p) && !p.startsWith('-'))) bad.push('parts');
  }
  return { ok: bad.length === 0, bad, norm };
}

/** True when the user changed or deleted the row. */
export function isEdited(row) {
  if (row.deleted) return true;
  return FIELDS[row.type].some((f) => String(row.cur[f] ?? '').trim() !== String(row.orig[f] ?? '').trim());
}

// ---------------------------------------------------------------- generating lines

/**
 * Writes every row that is not deleted, with the user's edits, as "one target per line" text,
 * one line per indicator name (rows grouped by their current name, in table order):
 *
 *   地区生产总值 2010=47.6亿元 2015=143亿元 2005→2010年均25.8% 2010→2015年均24.6%
 *   三次产业结构 2005=1.0:18.2:80.8 2010=0.8:35.7:63.5
 *
 * Every rate is written with an exact period (A→B); bounds become 以上 / 以内 / 左右; an
 * actual value inside the period (review mode) is written 实际2013=….
 *
 * What the table cannot hold is not written: statement rows (五年累计 sums, 同比增加 changes,
 * 翻一番 multiples, 完成…的Y%, figures of the text's own period with no year) and facts the
 * Report lists nowhere (words such as 近八成). See tableBlind for the findings that therefore
 * cannot be re-checked from the table. Names go through lineName. Rows with invalid cells are
 * left out and listed in `skipped`.
 *
 * Returns {text, tokens, skipped}. `tokens` is the span map back to the prose: for every piece
 * written ("2015=143亿元", "2010→2015年均24.6%", a structure's "2005=" and each of its parts,
 * and each line's name), its [start, end) in `text` and the ORIGINAL report's spans of the row
 * it came from (points[].span, rates[].span, structures[].parts[].span). Sorted by start,
 * never overlapping. See mapSpans.
 */
export function generateLines(rows) {
  const groups = new Map();
  const skipped = [];
  for (const row of rows) {
    if (row.deleted || row.type === 'statement') continue;
    const v = validate(row);
    if (!v.ok) { skipped.push(row.index); continue; }
    const key = (row.type === 'structure' ? 's\u0000' : 'i\u0000') + v.norm.name;
    if (!groups.has(key)) groups.set(key, { name: v.norm.name, items: [] });
    groups.get(key).items.push({ row, norm: v.norm });
  }
  const order = { point: 0, rate: 1, structure: 2 };
  let text = '';
  const tokens = [];
  const emit = (piece, spans, rowIndex) => {
    const start = text.length;
    text += piece;
    tokens.push({ start, end: text.length, spans, row: rowIndex });
  };
  for (const g of groups.values()) {
    const items = g.items.slice().sort((a, b) => order[a.row.type] - order[b.row.type]);
    const nameStart = text.length;
    text += lineName(g.name);
    tokens.push({ start: nameStart, end: text.length, spans: items.flatMap((it) => it.row.spans), row: -1, name: true });
    for (const { row, norm } of items) {
      text += ' ';
      if (row.type === 'point') {
        const actual = row.role === 'actual' ? '实际' : ''; // README, Input: 实际2013=80亿元
        emit(`${actual}${norm.year}=${norm.value}${norm.unit}${BOUND_SUFFIX[norm.bound]}`, row.spans, row.index);
      } else if (row.type === 'rate') {
        emit(`${norm.from}→${norm.to}年均${norm.percent}%${BOUND_SUFFIX[norm.bound]}`, row.spans, row.index);
      } else {
        emit(`${norm.year}=`, row.spans, row.index);
        norm.parts.split(':').forEach((p, i) => {
          if (i) text += ':';
          const own = row.partSpans && row.partSpans[i];
          emit(p, own ? [own] : row.spans, row.index);
        });
      }
    }
    text += '\n';
  }
  return { text, tokens, skipped };
}

/**
 * Finding kinds that rest on facts the table cannot hold (see generateLines): on a corrected
 * table they are not recomputed, so the page keeps showing the text's own findings of these
 * kinds, marked as not re-checked.
 */
export const TABLE_BLIND_KINDS = new Set(['cumulative', 'multiple', 'completion', 'yoy', 'approx_word']);

/** Index of the first token ending after `a` (tokens sorted, disjoint). */
function firstTokenAfter(tokens, a) {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (tokens[m].end <= a) lo = m + 1; else hi = m;
  }
  return lo;
}

/**
 * Maps spans of the generated text (a corrected report's findings and diagnostics) to spans of
 * the original input: each span takes the prose spans of every token it overlaps. A span that
 * only touches a line's name maps to all the rows of that line, and only when no figure
 * matched at all (a finding about an indicator as a whole). O(k log n) for k spans.
 */
export function mapSpans(spans, tokens) {
  const figures = [], names = [];
  for (const s of list(spans)) {
    if (!validSpan(s)) continue;
    const a = s[0], b = Math.max(s[1], s[0] + 1); // an empty span points at the next character
    for (let i = firstTokenAfter(tokens, a); i < tokens.length && tokens[i].start < b; i++) {
      (tokens[i].name ? names : figures).push(...tokens[i].spans);
    }
  }
  return figures.length ? figures : names;
}

/** Row indices whose generated tokens the spans overlap (to mark table rows of a finding). */
export function rowsOfGeneratedSpans(spans, tokens) {
  const out = new Set();
  for (const s of list(spans)) {
    if (!validSpan(s)) continue;
    const a = s[0], b = Math.max(s[1], s[0] + 1);
    for (let i = firstTokenAfter(tokens, a); i < tokens.length && tokens[i].start < b; i++) {
      if (tokens[i].row >= 0) out.add(tokens[i].row);
    }
  }
  return out;
}

/** Row indices whose own (original) spans overlap the spans. */
export function rowsOfSpans(spans, rows) {
  const want = list(spans).filter(validSpan);
  const out = new Set();
  if (!want.length) return out;
  for (const row of rows) {
    if (row.spans.some(([a, b]) => want.some(([x, y]) => a < Math.max(y, x + 1) && x < Math.max(b, a + 1)))) out.add(row.index);
  }
  return out;
}

// ---------------------------------------------------------------- sentences

const STOPS = '。！？；\n';
const MAX_REACH = 600; // a "sentence" without punctuation is cut here, so a mark never floods the input

/**
 * The sentence around [a, b): back to just after the previous 。！？；or newline (or the start),
 * skipping leading blanks, and forward through the next 。！？； (or up to the newline, or the end).
 */
export function sentenceAround(text, a, b) {
  const n = text.length;
  a = Math.max(0, Math.min(n, a));
  b = Math.max(a, Math.min(n, b));
  let s = a;
  const lo = Math.max(0, a - MAX_REACH);
  while (s > lo && !STOPS.includes(text[s - 1])) s--;
  while (s < a && /[\s\u3000]/.test(text[s])) s++;
  let e = b;
  const hi = Math.min(n, b + MAX_REACH);
  while (e < hi && !STOPS.includes(text[e])) e++;
  if (e < hi && text[e] !== '\n') e++; // keep the full stop with its sentence
  return [s, Math.max(e, b)];
}

/**
 * A short excerpt around [a, b) for a list item: up to `reach` characters of its sentence on
 * either side, newlines as spaces. Returns {before, hit, after}, with … where text was cut.
 */
export function excerpt(text, a, b, reach = 22) {
  const n = text.length;
  a = Math.max(0, Math.min(n, a));
  b = Math.max(a, Math.min(n, b));
  const [s, e] = sentenceAround(text, a, b);
  const flat = (x) => x.replace(/\s+/g, ' ');
  const from = Math.max(s, a - reach), to = Math.min(e, b + reach);
  return {
    before: (from > s ? '…' : '') + flat(text.slice(from, a)).trimStart(),
    hit: flat(text.slice(a, b)),
    after: flat(text.slice(b, to)).trimEnd() + (to < e ? '…' : ''),
  };
}
