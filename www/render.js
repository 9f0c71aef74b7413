// DOM pieces of the results that the page (app.js) and the <plan-check> widget share: a
// finding with its step-by-step arithmetic behind a disclosure button, the summary line, the
// indicator table (with the review-mode columns), the structures, the review status badge.
// Builders only: they return elements and never look anything up in the document, so the
// same code renders into the page and into a shadow root. Styles live in results.css.
//
// Like every file in www/, text from the user or the Report enters the DOM only through
// textContent, createTextNode or setAttribute.

import { t, fmt, pick } from './i18n.js';

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

/** The one-line summary of a list of findings: {text, state, counts}; state names the worst. */
export function findingsSummary(findings, lang, empty) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  let text;
  if (empty) text = t('nothingYet', lang);
  else if (!findings.length) text = t('noFindings', lang);
  else {
    const parts = ['error', 'warning', 'info'].filter((s) => counts[s]).map((s) => t('count_' + s, lang, counts[s]));
    text = t('findingsCount', lang, findings.length) + parts.join(t('listSep', lang));
  }
  const state = empty ? 'empty' : findings.length ? (counts.error ? 'error' : counts.warning ? 'warning' : 'info') : 'ok';
  return { text, state, counts };
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
  const suggestion = f.suggestion ? pick(f.suggestion, lang) : '';
  const btn = h('button', {
    type: 'button', class: 'finding', 'data-index': index, 'data-severity': sev, 'data-kind': f.kind,
    'aria-pressed': 'false', 'data-stale': stale ? 'true' : null,
  },
  h('span', { class: 'sev' },
    h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, ICON[sev]),
    h('span', { class: 'sev-label' }, t('sev_' + sev, lang))),
  h('span', { class: 'msg' }, pick(f.message, lang)),
  suggestion ? h('span', { class: 'sugg' }, h('span', { class: 'sugg-key' }, t('suggestion', lang)), suggestion) : null);
  const li = h('li', { class: 'finding-item', part: 'finding', 'data-severity': sev, 'data-stale': stale ? 'true' : null }, btn);
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

const year = (y) => (Number.isFinite(y) ? String(y) : '—'); // no thousands separator in years

/** A computed value carries no written precision: keep about five significant digits, at most four decimals. */
export function computedDecimals(v) {
  if (!Number.isFinite(v) || v === 0) return 4;
  return Math.max(0, Math.min(4, 4 - Math.floor(Math.log10(Math.abs(v)))));
}

/** Column keys of the indicator table; the review columns only when some indicator has a review. */
export function tableColumns(indicators) {
  const cols = ['name', 'unit', 'base_year', 'base', 'target_year', 'target', 'rate', 'implied', 'projected', 'gap'];
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
    scope: 'col', class: ['name', 'unit', 'status'].includes(c) ? null : 'num', 'data-col': c,
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
    name.append(ind.name || ind.id);
    const gap = h('td', { class: 'num gap' }, signed(s.gap_percent));
    if (shown(s.gap_percent) !== 0) gap.dataset.sign = s.gap_percent > 0 ? 'pos' : 'neg';
    const cells = {
      name,
      unit: h('td', { class: 'unit' }, ind.unit || ''),
      base_year: h('td', { class: 'num' }, year(s.base_year)),
      base: h('td', { class: 'num' }, fmt(s.base, lang)),
      target_year: h('td', { class: 'num' }, year(s.target_year)),
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
    h('span', { class: 'st-year' }, Number.isFinite(s.year) ? String(s.year) : ''),
    h('span', { class: 'st-parts' }, list(s.parts).map((p) => fmt(p.value, lang)).join(':'))));
}
