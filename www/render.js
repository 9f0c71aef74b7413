// DOM pieces of the results that the page (app.js) and the <plan-check> widget share: a
// finding with its confidence, its link basis and its step-by-step arithmetic behind a
// disclosure button; the honest summary (what was read and checked, not only what failed) and
// the figures not read, grouped by reason; the indicator table (with the period, scope and
// review-mode columns when needed), the structures, the review status badge.
// Builders only: they return elements and never look anything up in the document, so the
// same code renders into the page and into a shadow root. Styles live in results.css.
//
// Like every file in www/, text from the user or the Report enters the DOM only through
// textContent, createTextNode or setAttribute.

import { t, fmt, pick, periodLabel } from './i18n.js';
import { excerpt } from './extract.js';

export const ICON = { error: '✖', warning: '⚠', info: 'ℹ' };
export const RANK = { error: 3, warning: 2, info: 1 };
/** Review status (README, Review mode): an icon as well as a colour, never colour alone. */
export const STATUS_ICON = { on_track: '✔', acceleration_needed: '▲', limited_progress: '●', deteriorating: '▼' };

export const list = (a) => (Array.isArray(a) ? a : []);

/** createElement with attributes (null/undefined skipped) and children (strings become text nodes). */
export function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** The worst severity of the findings about each indicator or structure id. */
export function worstSeverityById(report) {
  const worst = new Map();
  for (const f of list(report && report.findings)) {
    for (const id of list(f.indicators)) {
      if ((RANK[f.severity] || 0) > (RANK[worst.get(id)] || 0)) worst.set(id, f.severity);
    }
  }
  return worst;
}

/** A year of the Report: the number, or "本期" / "this period" for null (a text that names no year). */
export const yearText = (y, lang) => (Number.isFinite(y) ? String(y) : t('thisPeriod', lang));

/**
 * The share of the text's figures that were not read, from the Report's coverage:
 * {count, figures, share} with share as shown ("26%", "<1%"), or null without coverage.
 */
export function notReadShare(report) {
  const c = report && report.coverage;
  if (!c || !Number.isFinite(c.figures)) return null;
  const count = Math.max(0, c.figures - c.read);
  const p = c.figures ? count / c.figures : 0;
  return { count, figures: c.figures, share: count && p < 0.005 ? '<1%' : `${Math.round(p * 100)}%` };
}

/**
 * The honest summary of a Report (issue 13): how many figures were read and how many relations
 * checked, then what failed. "No problems" is said only when relations were checked; with none
 * it says that nothing could be checked. Returns {text, state, counts}: state is empty | ok
 * (relations checked, no warning or error: the only state with the green ✓) | unchecked (no
 * relation checked, nothing failed) | warning | error. `findings` are those to count (the
 * page leaves out the text's own findings it lists apart).
 */
export function coverageSummary(report, findings, lang, empty) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  if (empty) return { text: t('nothingYet', lang), state: 'empty', counts };
  const c = (report && report.coverage) || { figures: 0, read: 0, relations: 0 };
  const problems = counts.error + counts.warning;
  const parts = ['error', 'warning', 'info'].filter((s) => counts[s]).map((s) => t('count_' + s, lang, counts[s]));
  let text;
  if (problems) {
    text = (c.relations > 0 ? t('summaryChecked', lang, c.read, c.relations) : t('summaryReadOnly', lang, c.read))
      + parts.join(t('listSep', lang));
  } else {
    const notes = counts.info ? t('summaryNotes', lang, counts.info) : '';
    if (c.relations > 0) text = t('summaryChecked', lang, c.read, c.relations) + t('summaryNoProblems', lang) + notes;
    else text = (c.figures || c.read ? t('summaryUnchecked', lang, c.read) : t('summaryNoFigures', lang)) + notes;
  }
  const state = counts.error ? 'error' : counts.warning ? 'warning' : c.relations > 0 ? 'ok' : 'unchecked';
  return { text: text + t('summaryEnd', lang), state, counts };
}

/** The summary's nodes: the green ✓ (only in the ok state), then the words. */
export function summaryNodes(sum) {
  return [sum.state === 'ok' ? h('span', { class: 'ok-mark', 'aria-hidden': 'true' }, '✓ ') : null, sum.text].filter(Boolean);
}

// ---------------------------------------------------------------- figures not read

/** Codes of the diagnostics that name a figure the reader did not read (README, coverage.not_read). */
export const NOT_READ_CODES = ['no_year', 'no_name', 'noun_phrase', 'other_period', 'other_region', 'restated', 'constant_prices', 'garbled', 'list_mismatch', 'not_understood'];
/**
 * The groups of diagnostics, in the order they are listed: the not-read reasons, sums over
 * years, a table's total's own share (the 100 of a 构成 column), lines not understood, numbers
 * without a unit, the rest. A not-read diagnostic on a bare number (a page number of a table of
 * contents, "3" in 第3条) is grouped apart: the coverage counts figures, numbers with a unit, a
 * magnitude or a percent sign, and those are not.
 */
export const DIAG_GROUPS = [...NOT_READ_CODES, 'cumulative_not_checked', 'whole_share', 'line_not_understood', 'unitless', 'other'];

/** The group of a diagnostic with `code` whose span holds `hit`. */
export function diagGroup(code, hit) {
  if (NOT_READ_CODES.includes(code) && /^[0-9.,，]+$/.test(String(hit).trim())) return 'unitless';
  return DIAG_GROUPS.includes(code) ? code : 'other';
}

/**
 * The figures not read, for the widget: a <details> whose summary says how many (and what
 * share) were not read, holding them grouped by reason, each an excerpt of `text` and the
 * diagnostic's message. Null when every figure was read.
 */
export function notReadDetails(report, text, lang, max = 50) {
  const share = notReadShare(report);
  if (!share || !share.count) return null;
  const groups = new Map();
  for (const d of list(report.diagnostics)) {
    const span = Array.isArray(d.span) ? d.span : [0, 0];
    const ex = excerpt(text, span[0], span[1]);
    const g = diagGroup(d.code, ex.hit);
    if (!NOT_READ_CODES.includes(g)) continue;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push({ d, ex });
  }
  const body = [...groups].map(([g, items]) => h('section', { class: 'not-read-group', 'data-group': g },
    h('h4', {}, t('group_' + g, lang), h('span', { class: 'count' }, t('countParen', lang, items.length))),
    h('ul', {}, ...items.slice(0, max).map(({ d, ex }) => h('li', { 'data-code': d.code },
      h('span', { class: 'excerpt' }, ex.before, h('strong', { class: 'hit' }, ex.hit || '\u00a0'), ex.after),
      h('span', { class: 'msg' }, pick(d.message, lang)))))));
  return h('details', { class: 'not-read', part: 'not-read' },
    h('summary', {}, t('notReadSummary', lang, share.count, share.share)), ...body);
}

// ---------------------------------------------------------------- findings

/**
 * One finding: <li class="finding-item"> holding the selectable button.finding and, when the
 * Report gives an explanation, a disclosure button ("Show the arithmetic") controlling an
 * <ol class="explanation">. The two buttons are siblings (a button cannot hold a button).
 * `idPrefix` keeps the aria-controls ids unique within the document or shadow root.
 */
export function findingItem(f, index, lang, { idPrefix = 'finding', stale = false } = {}) {
  const sev = f.severity in ICON ? f.severity : 'info';
  const conf = f.confidence === 'likely' ? 'likely' : 'certain';
  const suggestion = f.suggestion ? pick(f.suggestion, lang) : '';
  const basis = f.basis ? pick(f.basis, lang) : '';
  const btn = h('button', {
    type: 'button', class: 'finding', 'data-index': index, 'data-severity': sev, 'data-kind': f.kind,
    'data-confidence': conf, 'aria-pressed': 'false', 'data-stale': stale ? 'true' : null,
  },
  h('span', { class: 'sev' },
    h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, ICON[sev]),
    h('span', { class: 'sev-label' }, t('sev_' + sev, lang))),
  h('span', { class: 'conf', 'data-confidence': conf }, t('conf_' + conf, lang)),
  h('span', { class: 'msg' }, pick(f.message, lang)),
  suggestion ? h('span', { class: 'sugg' }, h('span', { class: 'sugg-key' }, t('suggestion', lang)), suggestion) : null,
  basis ? h('span', { class: 'basis' }, basis) : null);
  const li = h('li', {
    class: 'finding-item', part: 'finding', 'data-severity': sev, 'data-confidence': conf, 'data-stale': stale ? 'true' : null,
  }, btn);
  const steps = list(f.explanation).map((s) => pick(s, lang)).filter(Boolean);
  if (steps.length) {
    const id = `${idPrefix}-steps-${index}`;
    const toggle = h('button', { type: 'button', class: 'explain-toggle', 'aria-expanded': 'false', 'aria-controls': id },
      h('span', { class: 'chev', 'aria-hidden': 'true' }, '▸'), t('showArithmetic', lang));
    const ol = h('ol', { class: 'explanation', id, part: 'explanation', hidden: '' }, ...steps.map((s) => h('li', {}, s)));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      li.dataset.userOpen = String(open); // the reader's choice outlasts selection changes
      setOpen(li, open);
    });
    li.append(toggle, ol);
  }
  return li;
}

function setOpen(li, open) {
  const toggle = li.querySelector(':scope > .explain-toggle');
  if (!toggle) return;
  toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  li.querySelector(':scope > .explanation').hidden = !open;
}

/**
 * Marks a finding selected or not. Selecting it opens its arithmetic (even if the reader had
 * closed it before); deselecting closes it again unless the reader opened it by hand.
 */
export function setFindingSelected(li, on) {
  const btn = li.querySelector(':scope > button.finding');
  const was = btn.getAttribute('aria-pressed') === 'true';
  btn.setAttribute('aria-pressed', on ? 'true' : 'false');
  li.toggleAttribute('data-selected', on);
  if (on && !was && li.dataset.userOpen === 'false') delete li.dataset.userOpen;
  const user = li.dataset.userOpen;
  setOpen(li, user === undefined ? on : user === 'true');
}

// ---------------------------------------------------------------- review status

/** The review status as a badge: icon and words, coloured by data-status (results.css). */
export function statusBadge(status, lang) {
  if (!(status in STATUS_ICON)) return null;
  return h('span', { class: 'status-badge', 'data-status': status, part: 'status' },
    h('span', { class: 'status-icon', 'aria-hidden': 'true' }, STATUS_ICON[status]),
    h('span', {}, t('status_' + status, lang)));
}

// ---------------------------------------------------------------- indicator table

/**
 * A name as nodes: a trailing qualifier in parentheses (the period and parent the core adds,
 * "地区生产总值（前三季度）") in a span that does not wrap, so that a narrow column breaks
 * before it rather than inside it.
 */
export function nameNodes(name) {
  const m = /^(.+?)([（(][^（）()]*[）)])$/.exec(String(name));
  return m ? [m[1], h('span', { class: 'name-qual' }, m[2])] : [String(name)];
}

/**
 * A year cell: the year (no thousands separator), "本期" when the value it dates has none (the
 * base of such a text: "上年同期"), else —.
 */
const yearCell = (y, v, lang, base = false) =>
  Number.isFinite(y) ? String(y) : Number.isFinite(v) ? t(base ? 'yearBefore' : 'thisPeriod', lang) : '—';

/** A computed value carries no written precision: keep about five significant digits, at most four decimals. */
export function computedDecimals(v) {
  if (!Number.isFinite(v) || v === 0) return 4;
  return Math.max(0, Math.min(4, 4 - Math.floor(Math.log10(Math.abs(v)))));
}

/**
 * Column keys of the indicator table: the period and scope columns only when some indicator
 * is of a part of the year or of another place, the review columns only when some indicator
 * has a review.
 */
export function tableColumns(indicators) {
  const cols = ['name', 'unit'];
  if (indicators.some((i) => i.period && i.period !== 'year')) cols.push('period');
  if (indicators.some((i) => i.scope)) cols.push('scope');
  cols.push('base_year', 'base', 'target_year', 'target', 'rate', 'implied', 'projected', 'gap');
  if (indicators.some((i) => i.review || (i.summary && i.summary.status))) cols.push('required', 'status');
  return cols;
}

/**
 * Fills `table` (which keeps its own <caption>) with a header row and one row per indicator:
 * <tr data-id data-severity tabindex=0>, the name in a <th scope=row> with the worst
 * finding's icon and (for screen readers) its word.
 */
export function renderIndicatorTable(table, indicators, worst, lang) {
  const cols = tableColumns(indicators);
  const head = table.tHead || table.createTHead();
  head.replaceChildren(h('tr', {}, ...cols.map((c) => h('th', {
    scope: 'col', class: ['name', 'unit', 'period', 'scope', 'status'].includes(c) ? null : 'num', 'data-col': c,
  }, t('col_' + c, lang)))));
  const body = table.tBodies[0] || table.createTBody();
  if (!indicators.length) {
    body.replaceChildren(h('tr', { class: 'empty-row' }, h('td', { colspan: cols.length }, t('noIndicators', lang))));
    return;
  }
  const shown = (v) => (Number.isFinite(v) ? Math.round(v * 100) : 0); // sign what is displayed: no '+0.00'
  const signed = (v) => (shown(v) > 0 ? '+' : '') + fmt(shown(v) === 0 && Number.isFinite(v) ? 0 : v, lang, 2, true);
  body.replaceChildren(...indicators.map((ind) => {
    const s = ind.summary || {};
    const sev = worst.get(ind.id);
    const name = h('th', { scope: 'row' });
    if (sev) {
      name.append(h('span', { class: 'row-flag', 'data-severity': sev, 'aria-hidden': 'true' }, ICON[sev]),
        h('span', { class: 'visually-hidden' }, `${t('sev_' + sev, lang)}: `));
    }
    name.append(...nameNodes(ind.name || ind.id));
    const gap = h('td', { class: 'num gap' }, signed(s.gap_percent));
    if (shown(s.gap_percent) !== 0) gap.dataset.sign = s.gap_percent > 0 ? 'pos' : 'neg';
    const cells = {
      name,
      unit: h('td', { class: 'unit' }, ind.unit || ''),
      period: h('td', { class: 'period' }, ind.period ? periodLabel(ind.period, lang) : '—'),
      scope: h('td', { class: 'scope' }, ind.scope || '—'),
      base_year: h('td', { class: 'num' }, yearCell(s.base_year, s.base, lang, true)),
      base: h('td', { class: 'num' }, fmt(s.base, lang)),
      target_year: h('td', { class: 'num' }, yearCell(s.target_year, s.target, lang)),
      target: h('td', { class: 'num' }, fmt(s.target, lang)),
      rate: h('td', { class: 'num' }, fmt(s.rate, lang, 2, true)),
      implied: h('td', { class: 'num' }, fmt(s.implied_rate, lang, 2, true)),
      projected: h('td', { class: 'num' }, fmt(s.projected, lang, computedDecimals(s.projected))),
      gap,
      required: h('td', { class: 'num required' }, fmt(s.required_rate ?? (ind.review && ind.review.required_rate), lang, 2, true)),
      status: statusCell(ind, s, lang),
    };
    // Focusable so that keyboard users can reach what hovering shows on the page.
    return h('tr', { 'data-id': ind.id, 'data-severity': sev || null, 'data-status': s.status || null, tabindex: '0' },
      ...cols.map((c) => cells[c]));
  }));
}

function statusCell(ind, s, lang) {
  const td = h('td', { class: 'review-status' });
  const r = ind.review;
  const badge = statusBadge(s.status || (r && r.status), lang);
  if (!badge) { td.textContent = '—'; return td; }
  td.append(badge);
  if (r && Number.isFinite(r.year)) {
    td.append(h('span', { class: 'review-note' },
      t('reviewNote', lang, String(r.year), fmt(r.actual, lang), ind.unit || '', fmt(r.actual_rate, lang, 2, true))));
  }
  return td;
}

/** The structures (a:b:c) as list items <li data-id tabindex=0>. */
export function structureItems(structures, lang) {
  return structures.map((s) => h('li', { 'data-id': s.id, tabindex: '0' },
    h('span', { class: 'st-name' }, s.name || s.id),
    h('span', { class: 'st-year' }, yearText(s.year, lang)),
    h('span', { class: 'st-parts' }, list(s.parts).map((p) => fmt(p.value, lang)).join(':'))));
}
