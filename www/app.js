// The page's controller: loads the wasm core, re-analyses the input while the user types,
// and renders the Report (contract v1, see README.md) as findings, a table, charts and
// diagnostics. Plain ES module, no framework, no build step.
//
// Security rule for this file and every other one in www/: text from the user or from the
// Report enters the DOM only through textContent, createTextNode or setAttribute.
//
// Stable hooks (tests/e2e/page.test.mjs relies on these; keep them when restyling):
//   #input                      the textarea
//   #backdrop                   highlight layer behind it; holds <mark data-span="start-end">
//   #btn-clear #btn-example #btn-lang
//   #form-badge[data-form]      rows | lines | prose | empty
//   #status[data-state]         loading | ready | error
//   #findings-summary           aria-live; data-errors / data-warnings / data-infos = counts
//   #findings > li > button.finding[data-index][data-severity][data-kind][aria-pressed]
//   #diagnostics > li > button.diagnostic[data-index][data-code]
//   #indicator-rows > tr[data-id]          one per indicator; data-highlight="true" when the
//   #structures > li[data-id]              selected finding concerns it; data-severity = the
//   #chart figure.chart-panel[data-id]     worst finding about it (rows only)
//   #chart path[data-series="path"|"implied"]
//   #input-label                the textarea's label (changes with the language)
//   body[data-ready="true"]     set after the first Report has been rendered

import { t, pick, fmt } from './i18n.js';
import { EXAMPLE } from './example.js';
import { renderChart } from './chart.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const backdrop = $('backdrop');

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' };
const RANK = { error: 3, warning: 2, info: 1 };
const DEBOUNCE_MS = 120;
const LANG_KEY = 'plancheck.lang';

const state = {
  lang: 'zh',
  analyze: null,      // the wasm export, once loaded
  report: null,       // the last Report
  text: '',           // the text that report describes (spans index into it)
  selected: null,     // {kind: 'finding' | 'diagnostic', index}
};

// ---------------------------------------------------------------- small DOM helpers

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) e.append(c); // strings become text nodes
  return e;
}

/** serde-wasm-bindgen may hand back Maps for map-typed fields; the page wants plain objects. */
function plain(x) {
  if (x instanceof Map) return Object.fromEntries([...x].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object') {
    for (const k of Object.keys(x)) x[k] = plain(x[k]);
  }
  return x;
}

const list = (a) => (Array.isArray(a) ? a : []);

// ---------------------------------------------------------------- language

function loadLang() {
  try {
    const v = localStorage.getItem(LANG_KEY);
    if (v === 'zh' || v === 'en') return v;
  } catch { /* storage blocked (private mode, file://): use the default */ }
  return 'zh';
}

function saveLang(lang) {
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* not fatal */ }
}

/** Static chrome: every [data-i18n] element gets its string; the toggle names the other language. */
function applyStaticText() {
  const { lang } = state;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `plancheck · ${t('title', lang)}`;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n, lang);
  const btn = $('btn-lang');
  btn.textContent = t('langButton', lang);
  btn.setAttribute('aria-label', t('langButtonLabel', lang));
  btn.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
  renderStatus();
}

// ---------------------------------------------------------------- status (loading / errors)

let statusState = { state: 'loading', detail: '' };

function setStatus(s, detail = '') {
  statusState = { state: s, detail };
  renderStatus();
}

function renderStatus() {
  const el = $('status');
  const { state: s, detail } = statusState;
  el.dataset.state = s;
  el.hidden = s === 'ready';
  if (s === 'loading') el.replaceChildren(t('loading', state.lang));
  else if (s === 'analyze-error') el.replaceChildren(t('analyzeFailed', state.lang) + detail);
  else if (s === 'error') {
    // Shown in both languages: the reader may not find the toggle useful on a broken page.
    el.replaceChildren(
      h('strong', { lang: 'zh-CN' }, t('loadFailed', 'zh')),
      h('span', { lang: 'en' }, t('loadFailed', 'en')),
      detail ? h('code', {}, detail) : null,
    );
  } else el.replaceChildren();
}

// ---------------------------------------------------------------- analysis

let timer = 0;

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

function run() {
  clearTimeout(timer);
  if (!state.analyze) return;
  const text = input.value;
  let report;
  try {
    const out = state.analyze(text, { form: 'auto' });
    report = plain(typeof out === 'string' ? JSON.parse(out) : out); // tolerate a JSON-string export
  } catch (err) {
    console.error(err);
    setStatus('analyze-error', String(err && err.message ? err.message : err));
    return;
  }
  if (statusState.state !== 'ready') setStatus('ready');
  state.report = report;
  state.text = text;
  state.selected = null;
  render();
}

// ---------------------------------------------------------------- rendering

function render() {
  const r = state.report;
  if (!r) return;
  const worst = worstSeverityById(r);
  renderBadge(r.form);
  renderFindings(list(r.findings));
  renderDiagnostics(list(r.diagnostics));
  renderTable(list(r.indicators), worst);
  renderStructures(list(r.structures));
  renderChart($('chart'), list(r.indicators), state.lang);
  applySelection(false);
  document.body.dataset.ready = 'true';
}

function worstSeverityById(r) {
  const worst = new Map();
  for (const f of list(r.findings)) {
    for (const id of list(f.indicators)) {
      if ((RANK[f.severity] || 0) > (RANK[worst.get(id)] || 0)) worst.set(id, f.severity);
    }
  }
  return worst;
}

function renderBadge(form) {
  const b = $('form-badge');
  const known = ['rows', 'lines', 'prose', 'empty'].includes(form) ? form : 'empty';
  b.dataset.form = known;
  b.hidden = false;
  b.replaceChildren(h('span', { class: 'badge-key' }, t('formLabel', state.lang)), ' ', t('form_' + known, state.lang));
}

function renderFindings(findings) {
  const { lang } = state;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;

  const sum = $('findings-summary');
  sum.dataset.errors = counts.error;
  sum.dataset.warnings = counts.warning;
  sum.dataset.infos = counts.info;
  const empty = !state.text.trim();
  let text;
  if (empty) text = t('nothingYet', lang);
  else if (!findings.length) text = t('noFindings', lang);
  else {
    const parts = ['error', 'warning', 'info'].filter((s) => counts[s]).map((s) => t('count_' + s, lang, counts[s]));
    text = t('findingsCount', lang, findings.length) + parts.join(t('listSep', lang));
  }
  if (sum.textContent !== text) sum.textContent = text; // aria-live: only announce real changes
  sum.dataset.state = empty ? 'empty' : findings.length ? (counts.error ? 'error' : counts.warning ? 'warning' : 'info') : 'ok';
  $('findings-hint').hidden = !findings.length;

  const ul = $('findings');
  ul.replaceChildren(...findings.map((f, i) => {
    const sev = f.severity in ICON ? f.severity : 'info';
    const suggestion = f.suggestion ? pick(f.suggestion, lang) : '';
    const btn = h('button', {
      type: 'button', class: 'finding', 'data-index': i, 'data-severity': sev, 'data-kind': f.kind, 'aria-pressed': 'false',
    },
    h('span', { class: 'sev' },
      h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, ICON[sev]),
      h('span', { class: 'sev-label' }, t('sev_' + sev, lang))),
    h('span', { class: 'msg' }, pick(f.message, lang)),
    suggestion ? h('span', { class: 'sugg' }, h('span', { class: 'sugg-key' }, t('suggestion', lang)), suggestion) : null);
    btn.addEventListener('click', () => select('finding', i));
    return h('li', {}, btn);
  }));
}

function renderDiagnostics(diags) {
  $('diagnostics-block').hidden = !diags.length;
  $('diagnostics').replaceChildren(...diags.map((d, i) => {
    const btn = h('button', { type: 'button', class: 'diagnostic', 'data-index': i, 'data-code': d.code, 'aria-pressed': 'false' },
      h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, '?'),
      h('span', { class: 'msg' }, pick(d.message, state.lang)));
    btn.addEventListener('click', () => select('diagnostic', i));
    return h('li', {}, btn);
  }));
}

function renderTable(indicators, worst) {
  const { lang } = state;
  const tbody = $('indicator-rows');
  if (!indicators.length) {
    tbody.replaceChildren(h('tr', { class: 'empty-row' }, h('td', { colspan: 10 }, t('noIndicators', lang))));
    return;
  }
  const year = (y) => (Number.isFinite(y) ? String(y) : '—'); // no thousands separator in years
  const shown = (v) => (Number.isFinite(v) ? Math.round(v * 100) : 0); // sign what is displayed: no '+0.00'
  const signed = (v) => (shown(v) > 0 ? '+' : '') + fmt(shown(v) === 0 && Number.isFinite(v) ? 0 : v, lang, 2, true);
  tbody.replaceChildren(...indicators.map((ind) => {
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
    return h('tr', { 'data-id': ind.id, 'data-severity': sev || null },
      name,
      h('td', { class: 'unit' }, ind.unit || ''),
      h('td', { class: 'num' }, year(s.base_year)),
      h('td', { class: 'num' }, fmt(s.base, lang)),
      h('td', { class: 'num' }, year(s.target_year)),
      h('td', { class: 'num' }, fmt(s.target, lang)),
      h('td', { class: 'num' }, fmt(s.rate, lang, 2, true)),
      h('td', { class: 'num' }, fmt(s.implied_rate, lang, 2, true)),
      h('td', { class: 'num' }, fmt(s.projected, lang, computedDecimals(s.projected))),
      gap);
  }));
}

/** A computed value carries no written precision: keep about five significant digits, at most four decimals. */
function computedDecimals(v) {
  if (!Number.isFinite(v) || v === 0) return 4;
  return Math.max(0, Math.min(4, 4 - Math.floor(Math.log10(Math.abs(v)))));
}

function renderStructures(structures) {
  $('structures-block').hidden = !structures.length;
  $('structures').replaceChildren(...structures.map((s) => h('li', { 'data-id': s.id },
    h('span', { class: 'st-name' }, s.name || s.id),
    h('span', { class: 'st-year' }, Number.isFinite(s.year) ? String(s.year) : ''),
    h('span', { class: 'st-parts' }, list(s.parts).map((p) => fmt(p.value, state.lang)).join(':')))));
}

// ---------------------------------------------------------------- selection and highlighting

function select(kind, index) {
  const same = state.selected && state.selected.kind === kind && state.selected.index === index;
  state.selected = same ? null : { kind, index };
  applySelection(true);
}

function clearSelection() {
  state.selected = null;
  applySelection(false);
}

/** Marks the selected item's rows, panels and input spans; `reveal` also moves the textarea. */
function applySelection(reveal) {
  const sel = state.selected;
  const r = state.report;
  let spans = [], ids = [];
  if (sel && r) {
    const item = list(sel.kind === 'finding' ? r.findings : r.diagnostics)[sel.index];
    if (item) {
      spans = sel.kind === 'finding' ? list(item.spans) : [item.span];
      ids = list(item.indicators);
    }
  }
  for (const b of document.querySelectorAll('#findings button, #diagnostics button')) {
    const on = !!sel && b.classList.contains(sel.kind) && Number(b.dataset.index) === sel.index;
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  const idSet = new Set(ids);
  for (const e of document.querySelectorAll('#indicator-rows [data-id], #structures [data-id], #chart [data-id]')) {
    if (idSet.has(e.dataset.id)) e.dataset.highlight = 'true';
    else delete e.dataset.highlight;
  }
  const clean = cleanSpans(spans);
  paintBackdrop(clean);
  // Reveal the item's own first span (its order is meaningful), not the earliest in the text.
  const first = clean.length ? cleanSpans(spans.slice(0, 1))[0] || clean[0] : null;
  if (reveal && first) revealSpan(first);
}

/** Valid [start, end) pairs inside the analysed text, sorted and merged (marks cannot nest). */
function cleanSpans(spans) {
  if (input.value !== state.text) return []; // stale report: its offsets no longer fit
  const n = state.text.length;
  const out = list(spans)
    .filter((s) => Array.isArray(s) && Number.isFinite(s[0]) && Number.isFinite(s[1]))
    .map(([a, b]) => [Math.max(0, Math.min(n, a)), Math.max(0, Math.min(n, b))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged;
}

/**
 * The backdrop mirrors the textarea's text (same font, padding and wrapping, see .editor in
 * style.css) with <mark>s around the spans; the textarea above it is transparent, so the marks
 * show through exactly under the characters. Spans are UTF-16 offsets, as are JS strings.
 * It always holds the current text, marks or not, so that print (which hides the textarea
 * and shows the backdrop) gets the whole input.
 */
function paintBackdrop(spans) {
  const text = spans.length ? state.text : input.value;
  const nodes = [];
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) nodes.push(document.createTextNode(text.slice(at, a)));
    const m = document.createElement('mark');
    m.setAttribute('data-span', `${a}-${b}`);
    m.textContent = text.slice(a, b);
    nodes.push(m);
    at = b;
  }
  // A trailing newline needs something after it, or the mirror is one line short of the textarea.
  nodes.push(document.createTextNode(text.slice(at) + '\u200b'));
  backdrop.replaceChildren(...nodes);
  syncScroll();
}

function revealSpan([a, b]) {
  input.setSelectionRange(a, b); // ready for the user's next keystroke; focus stays where it was
  const mark = [...backdrop.querySelectorAll('mark')].find((m) => {
    const [x, y] = m.dataset.span.split('-').map(Number);
    return x <= a && a < y;
  });
  if (!mark) return;
  const top = mark.offsetTop, bottom = top + mark.offsetHeight;
  if (top < input.scrollTop || bottom > input.scrollTop + input.clientHeight) {
    input.scrollTop = Math.max(0, top - input.clientHeight / 3);
  }
  syncScroll();
}

function syncScroll() {
  backdrop.scrollTop = input.scrollTop;
  backdrop.scrollLeft = input.scrollLeft;
}

// ---------------------------------------------------------------- wiring

function setInput(text) {
  input.value = text;
  onInput();
  run(); // no need to wait for the debounce after a button press
}

function onInput() {
  clearSelection();
  $('example-note').hidden = input.value !== EXAMPLE;
  schedule();
}

async function loadEngine() {
  try {
    // Dynamic import, so a missing or broken pkg leaves the rest of the page working.
    const mod = await import('./pkg/plancheck.js');
    await mod.default();
    if (typeof mod.analyze !== 'function') throw new Error('pkg/plancheck.js has no analyze export');
    state.analyze = mod.analyze;
    setStatus('ready');
    run();
  } catch (err) {
    console.error(err);
    setStatus('error', String(err && err.message ? err.message : err));
  }
}

function main() {
  state.lang = loadLang();
  applyStaticText();
  input.value = EXAMPLE;
  $('example-note').hidden = false;
  paintBackdrop([]);

  input.addEventListener('input', onInput);
  input.addEventListener('scroll', syncScroll);
  $('btn-clear').addEventListener('click', () => { setInput(''); input.focus(); });
  $('btn-example').addEventListener('click', () => setInput(EXAMPLE));
  $('btn-lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    saveLang(state.lang);
    applyStaticText();
    render();
  });
  // Escape drops the current highlight, from the input or from the lists.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.selected) clearSelection();
  });

  loadEngine();
}

main();
