// The page's controller: loads the wasm core, re-analyses the input while the user types,
// and renders the Report (contract v2, see README.md and the types in src/wasm.rs) as an honest
// summary (figures read, relations checked, figures not read), findings with their confidence,
// an editable table of the extracted targets, the figures left unchecked, a summary table,
// charts and highlights in the input; it also makes share links, embed code and exports. Plain ES module, no
// framework, no build step. The pieces the <plan-check> widget shares live in render.js,
// chart.js, engine.js, share.js and export.js.
//
// Security rule for this file and every other one in www/: text from the user or from the
// Report enters the DOM only through textContent, createTextNode or setAttribute.
//
// Two sources of results. Normally the results describe the textarea (state.source). Once the
// user edits the table of extracted targets, every row is written back as "one target per
// line" text (extract.js generateLines) and that text is analysed instead (state.corrected);
// the textarea is left untouched. Spans in a corrected report index into the generated text,
// so everything shown in the input goes through proseSpans(), which maps them back to where
// the rows were read (see extract.js mapSpans). Editing the textarea, or "revert", drops the
// edits.
//
// Stable hooks (tests/e2e/page.test.mjs relies on these; keep them when restyling):
//   #input                      the textarea
//   #backdrop                   highlight layer behind it; holds <mark data-span="start-end"
//                               data-kind="sentence|figure">: a sentence mark (light; data-hover
//                               ="true" when it comes from a hovered/focused row) contains the
//                               figure marks (strong; data-selected="true" when they belong to
//                               the selected finding or diagnostic). A large text's marks sit in
//                               div.mirror-block children (see paintLarge)
//   #btn-clear #btn-lang
//   #btn-example #btn-example-lines #btn-example-rows   the examples (example.js): the plan's own
//                               prose (shown on first open), one target per line, rows
//   #form-badge[data-form]      rows | lines | prose | empty (what the textarea holds); data-stale
//                               while a large text is analysed (it still describes the last one)
//   #source-badge               shown while results come from the corrected table
//   #status[data-state]         loading | analyzing | ready | error | analyze-error | too-large
//                               (analyzing: a large text is being analysed, see below; too-large:
//                               over 5 MiB, refused with a message in both languages)
//   #results[aria-busy="true"]  while a large text is analysed; the results then still show
//                               the previous text, veiled (table edits are ignored meanwhile)
//   #timing                     characters and milliseconds of the last analysis; body also
//                               gets data-analyze-ms / data-render-ms (the text),
//                               data-analyzed-chars (length of the text the results describe),
//                               data-analyze-where="main|worker" and data-corrected-ms (the
//                               last analysis of the corrected table)
//   #corrected[data-edits]      banner while results come from the corrected table;
//     #btn-revert               drops the edits and analyses the text again
//                               (#btn-revert-table, in #targets-edits above the table, too)
//     #generated-text           the generated "one target per line" text
//   #findings-summary[data-state]  aria-live; the honest summary (render.js coverageSummary):
//                               "读取 N 个数字，核查 M 组关系：…"; data-state ok | unchecked |
//                               warning | error | empty | refused; span.ok-mark (the green ✓)
//                               only in the ok state; data-errors / data-warnings / data-infos
//                               = counts; data-relations / data-read / data-figures = coverage
//   #coverage-note              the share of figures not read ("另有 X 个数字（P%）未读取"), with
//     #btn-see-why              which moves to #skipped-block (its heading takes the focus)
//   #confidence-filter          shown when some finding is likely: input[name="confidence"]
//                               [value="all|certain"]; "certain" hides li[data-confidence="likely"]
//                               (#confidence-hidden says how many)
//   #findings > li.finding-item[data-confidence="certain|likely"]
//     > button.finding[data-index][data-severity][data-kind][data-confidence][aria-pressed]
//       (span.conf: the confidence in words; span.basis: why the figures were linked)
//     + button.explain-toggle[aria-expanded] + ol.explanation   the arithmetic, step by step
//                               (open while the finding is selected, or when toggled)
//   #stale-block, #findings-stale > li > button.finding[data-stale="true"]   on a corrected
//                               table: the text's own findings of kinds the table cannot
//                               re-check (cumulative, multiple, …), listed apart
//   #targets-block              table of extracted targets (hidden when there are none)
//   #target-rows > tr[data-row][data-type="point|rate|structure|statement"][data-id]
//       statement rows (data-kind: change, sum, plan, level, yoy, total, multiple, points,
//       completion, structure) are read only: text cells, no delete button (extract.js)
//       data-edited / data-deleted / data-invalid / data-highlight = "true" when so
//     input[data-field="name|year|from|to|value|percent|unit|parts"], select[data-field="bound"]
//       the value ATTRIBUTE keeps the figure as read; the value property is the current one
//     button[data-action="delete"][aria-pressed]   delete / restore the row
//   #targets-skipped            note counting rows left out for invalid cells
//   #targets-more               "show more rows": the table builds ROWS_PAGE rows at a time
//   #skipped-block, #skipped-count        "Figures not checked" and its count
//   #diagnostics .diag-group[data-group="no_year|no_name|noun_phrase|…|unitless|other"] (render.js DIAG_GROUPS)
//     > ul > li > button.diagnostic[data-index][data-code][data-origin="text|table"]
//     > button.diag-more        shown when a group holds more than DIAG_PAGE items
//   #indicators thead th[data-col]         columns; "required" and "status" in review mode
//   #indicator-rows > tr[data-id][data-status]  one per indicator; data-highlight="true" when the
//   #structures > li[data-id]              selected finding concerns it; data-severity = the
//   #chart figure.chart-panel[data-id]     worst finding about it (rows only)
//   #chart path[data-series="path"|"implied"], #chart g.point[data-role]  (diamond for "actual")
//   #form-select                auto | rows | lines | prose (the `form` option)
//   #btn-share, #share-url      "Copy share link" and the link it made (see share.js); #share-box
//                               is hidden and emptied again as soon as the text, the form or the
//                               language changes (it would restore another analysis)
//   #embed-menu (details), #embed-widget-code, #embed-iframe-code, #btn-copy-widget, #btn-copy-iframe
//   #export-menu (details) > button[data-export="paths-csv|findings-csv|json|tsv|svg|png|print"]
//   #action-status              aria-live; says what was copied or downloaded
//   #input-label                the textarea's label (changes with the language)
//   body[data-ready="true"]     set after the first Report has been rendered, together with
//                               performance.mark('plancheck:first-result')
// Hovering or focusing a row of #target-rows, #indicator-rows or #structures marks its
// sentences in the backdrop; mouseleave / blur removes the marks.
//
// Large inputs (analysis.js). Text under LARGE_CHARS (100,000 code units) is analysed on this
// thread, synchronously: a whole five-year plan takes a few ms. Longer text goes to a module
// Worker (analyze-worker.js); meanwhile #status says "analysing", the previous results stay,
// veiled, and a newer keystroke supersedes the request (the worker is terminated and only the
// latest text's Report is ever rendered). Without a worker (the single-file
// build, a browser that cannot start one) the same path runs here after the status has been
// painted. Text over 5 MiB of UTF-8 is refused before the wasm sees it. Rendering is bounded
// too: a large Report is rendered in steps, a task each (renderPhased); the targets table
// and each diagnostics group are built a page at a time; and the backdrop mirrors a large
// text in blocks built ahead a few per frame (prebuildMirror), so that a hover re-lays out
// one block, not a megabyte (which costs the browser about as much as the analysis).

import { t, pick, fmt } from './i18n.js';
import { EXAMPLE, EXAMPLE_LINES, EXAMPLE_ROWS, EXAMPLES } from './example.js';
import { renderChart } from './chart.js';
import { loadEngine, analyzeWith } from './engine.js';
import { WorkerAnalyzer, LARGE_CHARS, MAX_INPUT_BYTES, utf8Length } from './analysis.js';
import { encodeShare, decodeShare, FORMS } from './share.js';
import {
  h, list, worstSeverityById, coverageSummary, summaryNodes, notReadShare, DIAG_GROUPS, diagGroup,
  findingItem, setFindingSelected, renderIndicatorTable, structureItems,
} from './render.js';
import {
  toCsv, toTsv, pathRows, findingRows, tableRows, fileStem, download, chartSvg, svgToPng,
} from './export.js';
import {
  BOUNDS, BOUND_SYMBOL, tableBlind, lineName, rowsFromReport, validate, isEdited, generateLines,
  mapSpans, rowsOfGeneratedSpans, rowsOfSpans, sentenceAround, excerpt,
} from './extract.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const backdrop = $('backdrop');

const DEBOUNCE_MS = 120;
const HOVER_REVEAL_MS = 220; // a hovered row scrolls the input only after the pointer rests
const LANG_KEY = 'plancheck.lang';
const ROWS_PAGE = 200; // rows of the targets table built at most, until "show more" (a whole plan has ~120)
const ROWS_STEP = 50;  // rows built per task when a large Report is rendered in steps (~6 form controls each)
const DIAG_PAGE = 200; // items of a diagnostics group built before "show all"
const DIAG_PAGE_UNITLESS = 20; // numbers without a unit (page numbers): noise for most readers, a few suffice

const state = {
  lang: 'zh',
  engine: null,       // the wasm module, once loaded (engine.js)
  form: 'auto',       // the `form` option (#form-select)
  source: null,       // {text, report}: the analysis of the textarea
  rows: [],           // the extracted targets (extract.js Row), from source.report
  corrected: null,    // {text, tokens, skipped, report, edits} while the table has edits
  report: null,       // what the results show: corrected.report, else source.report
  text: '',           // the textarea text source.report describes (displayed spans index into it)
  findings: [],       // the findings shown: {f, stale} (stale: the text's own, not re-checked on the table)
  diags: [],          // the diagnostics shown, from both reports: {code, message, spans, excerpt, origin}
  selected: null,     // {kind: 'finding' | 'diagnostic', index}
  selSpans: [],       // the selected item's spans, in the textarea
  hover: null,        // spans (textarea) of the row under the pointer
  focusHover: null,   // spans (textarea) of the row holding keyboard focus
  rowLimit: ROWS_PAGE, // rows of the targets table on screen at most ("show more" raises it)
  diagOpen: new Set(), // diagnostics groups shown whole
  refused: 0,         // UTF-8 bytes of the text refused as too large, else 0
  confidence: 'all',  // the findings shown: 'all', or 'certain' only (#confidence-filter)
};

// ---------------------------------------------------------------- small DOM helpers

const setFlag = (el, name, on) => { if (on) el.dataset[name] = 'true'; else delete el.dataset[name]; };

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
  if (lastSay) say(lastSay.key, ...lastSay.args);
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
  else if (s === 'analyzing') el.replaceChildren(t('analyzing', state.lang, fmt(detail, state.lang)));
  else if (s === 'too-large') {
    // Both languages, like a load failure: it is the one thing on the page that matters now.
    const mb = (detail / 1048576).toFixed(1);
    el.replaceChildren(
      h('strong', { lang: 'zh-CN' }, t('tooLarge', 'zh', mb, fmt(detail, 'zh'))),
      h('span', { lang: 'en' }, t('tooLarge', 'en', mb, fmt(detail, 'en'))),
    );
  } else if (s === 'analyze-error') el.replaceChildren(t('analyzeFailed', state.lang) + detail);
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
let timing = null; // {chars, analyze, render, where} of the last analysis of the textarea
let seq = 0;       // the latest analysis request; an answer to an earlier one is dropped
const background = new WorkerAnalyzer();

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
}

/** Runs the core on this thread; null (and the status line says why) when it throws. */
function analyzeText(text, form) {
  try {
    return analyzeWith(state.engine, text, form);
  } catch (err) {
    console.error(err);
    setStatus('analyze-error', String(err && err.message ? err.message : err));
    return null;
  }
}

/**
 * Analyses a large text without blocking the page: in the worker, or, when there is none, on
 * this thread once the busy state has been painted. Resolves to {report, ms, where}, or null
 * when request `id` has been superseded meanwhile or the core failed (the status says so).
 */
async function analyzeLarge(text, form, id) {
  if (background.usable) {
    try {
      const res = await background.analyze(text, form);
      return res && { report: res.report, ms: res.ms, where: 'worker' };
    } catch (err) {
      console.warn('plancheck: no analysis worker, analysing on the page instead:', err);
    }
  }
  await nextFrame(); // the "analysing" status is painted before this thread is taken
  if (id !== seq) return null;
  const t0 = performance.now();
  const report = analyzeText(text, form);
  return report && { report, ms: performance.now() - t0, where: 'main' };
}

let textPending = false; // a large text is being analysed: its Report will replace the table

/**
 * "Analysing…": the status line says so, and the results (the previous text's, or table's)
 * are veiled. (Not made inert: that restyles every form control of the targets table, a long
 * task of its own; edits to a table that is about to be replaced are ignored instead, see
 * recompute.)
 */
function setBusy(chars) {
  const results = $('results');
  $('form-badge').toggleAttribute('data-stale', !!chars); // it describes the results, not the text being analysed
  if (chars) {
    setStatus('analyzing', chars);
    results.setAttribute('aria-busy', 'true');
  } else {
    results.removeAttribute('aria-busy');
    textPending = false;
  }
}

/**
 * Analyses the textarea; the text is the source again, so any table edits are dropped. Small
 * text is analysed at once, here; large text in the background (analyzeLarge); text over the
 * core's limit is refused without calling it.
 */
function run() {
  clearTimeout(timer);
  clearTimeout(editTimer);
  if (!state.engine) return;
  const text = input.value;
  const form = state.form;
  const id = ++seq;
  const bytes = utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) {
    background.cancel();
    refuse(text, bytes);
    return;
  }
  if (text.length < LARGE_CHARS) {
    background.cancel();
    const t0 = performance.now();
    const report = analyzeText(text, form);
    if (report) showSource(text, report, performance.now() - t0, 'main');
    else setBusy(0);
    return;
  }
  setBusy(text.length);
  textPending = true;
  performance.mark('plancheck:analysis-start');
  analyzeLarge(text, form, id).then((res) => {
    if (id !== seq) return; // a newer request owns the page now
    performance.mark('plancheck:analysis-end');
    if (res) showSource(text, res.report, res.ms, res.where); // clears the busy state once shown
    else { setBusy(0); if (statusState.state === 'analyzing') setStatus('ready'); }
  });
}

/**
 * Shows the Report of the textarea's `text` (analysed in `ms`, `where`): at once, or, for a
 * large text, in steps (renderPhased), the page staying busy until the last one.
 */
function showSource(text, report, ms, where) {
  const id = seq;
  const t1 = performance.now();
  state.refused = 0;
  state.source = { text, report };
  state.rows = rowsFromReport(report);
  state.corrected = null;
  state.report = report;
  state.text = text;
  state.selected = null;
  state.hover = state.focusHover = null;
  const prep = performance.now() - t1;
  const done = (renderMs) => {
    if (id !== seq) return; // a newer analysis is under way: it will clear the busy state
    setBusy(0);
    if (statusState.state !== 'ready') setStatus('ready');
    if (renderMs === null) return; // another render took over (a language switch)
    timing = { chars: text.length, analyze: ms, render: prep + renderMs, where };
    renderTiming();
    performance.mark('plancheck:rendered');
    if (text.length >= LARGE_CHARS && input.value === text) prebuildMirror(text);
  };
  if (text.length >= LARGE_CHARS) renderPhased().then(done);
  else done(render());
}

/**
 * Text over the core's limit: a message in both languages, and empty results (the previous
 * ones would describe another text). The wasm is not called: copying megabytes into its
 * memory only to be told the same would be wasted.
 */
function refuse(text, bytes) {
  setBusy(0);
  setStatus('too-large', bytes);
  const report = {
    version: 2, form: 'empty', indicators: [], structures: [], findings: [], diagnostics: [],
    coverage: { figures: 0, read: 0, checked: 0, relations: 0, not_read: [], unaccounted: 0 },
  };
  state.refused = bytes;
  state.source = { text, report };
  state.rows = [];
  state.corrected = null;
  state.report = report;
  state.text = text;
  state.selected = null;
  state.hover = state.focusHover = null;
  render();
  timing = null;
  renderTiming();
}

// ---------------------------------------------------------------- rendering

let renderGen = 0; // bumped by every render: a phased render still under way then stops

/**
 * Everything, the table of extracted targets included (after a new analysis of the text, or a
 * language switch), at once. Returns the milliseconds it took.
 */
function render(force = false) {
  const t0 = performance.now();
  renderGen++;
  for (const step of renderSteps(force)) step();
  return performance.now() - t0;
}

/**
 * The same as render(), for a large Report: one step per task, with a paint between them, so
 * that the page keeps answering while a long text's results are built (each step costs tens
 * of ms there; the whole, at once, about half a second). Resolves to the milliseconds spent in
 * the steps, or null when a newer render took over. Rendering a small Report this way would
 * only make it flicker in.
 */
async function renderPhased(force = false) {
  const gen = ++renderGen;
  let ms = 0;
  for (const step of renderSteps(force)) {
    await nextFrame();
    if (gen !== renderGen) return null;
    const t0 = performance.now();
    step();
    ms += performance.now() - t0;
  }
  return ms;
}

/** Resolves after the next paint (or 50 ms, if the page is not being painted: a background tab). */
const nextFrame = () => new Promise((resolve) => {
  const timeout = setTimeout(resolve, 50);
  requestAnimationFrame(() => setTimeout(() => { clearTimeout(timeout); resolve(); }, 0));
});

/**
 * render() as a sequence of steps (see renderPhased). A generator: each step is produced
 * after the one before it has run, so later steps see what earlier ones computed.
 */
function* renderSteps(force) {
  if (!state.report) return;
  const rest = [];
  yield () => { renderBadge(state.source.report.form); rest.push(...renderTargets(force)); };
  yield* rest;
  yield* resultSteps(force);
  yield () => {
    renderTiming();
    if (!document.body.dataset.ready) {
      document.body.dataset.ready = 'true';
      // "First result within 300 ms of load" (tests/e2e/responsive.test.mjs): the Report is in
      // the DOM here; first-paint marks the end of the frame that shows it, which is what the
      // user sees.
      performance.mark('plancheck:first-result');
      requestAnimationFrame(() => setTimeout(() => performance.mark('plancheck:first-paint'), 0));
    }
  };
}

/**
 * Everything that depends on which report is shown; the targets table (and its focus) stays.
 * The indicator table, structures and charts are rebuilt only when what they show changed:
 * typing in a long plan mostly moves spans, and laying out those elements again is the
 * costly part of an analysis.
 */
function renderResults(force = false) {
  renderGen++;
  for (const step of resultSteps(force)) step();
}

/** renderResults() as a sequence of steps (see renderSteps). */
function* resultSteps(force) {
  const r = state.report;
  let worst, key, rebuild;
  yield () => {
    worst = worstSeverityById(r);
    key = state.lang + JSON.stringify([r.indicators, r.structures, [...worst]], (k, v) => (k === 'span' ? undefined : v));
    // (Spans are left out of the key: hovering reads them from state.report, never from the DOM.)
    rebuild = force || key !== renderedKeys.results;
    if (rebuild) renderedKeys.results = null; // until the chart step has run
    renderCorrected();
    renderFindings(findingsShown());
  };
  yield () => renderDiagnostics();
  if (rebuild) {
    yield () => { renderIndicatorTable($('indicators'), list(r.indicators), worst, state.lang); renderStructures(list(r.structures)); };
    yield () => { renderChart($('chart'), list(r.indicators), state.lang); renderedKeys.results = key; };
  }
  yield () => applySelection(false);
}

// What the costly parts of the page were last built from (see renderResults, renderTargets).
const renderedKeys = { results: null, targets: null };

function renderTiming() {
  const el = $('timing');
  el.hidden = !timing;
  if (!timing) {
    if (state.refused) document.body.dataset.analyzedChars = '0';
    return;
  }
  const ms = (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));
  el.textContent = t(timing.where === 'worker' ? 'timingWorker' : 'timing', state.lang,
    fmt(timing.chars, state.lang), ms(timing.analyze), ms(timing.render));
  document.body.dataset.analyzeMs = timing.analyze.toFixed(1);
  document.body.dataset.renderMs = timing.render.toFixed(1);
  document.body.dataset.analyzedChars = String(timing.chars);
  document.body.dataset.analyzeWhere = timing.where;
}

function renderBadge(form) {
  const b = $('form-badge');
  if (state.refused) { b.hidden = true; return; }
  const known = ['rows', 'lines', 'prose', 'empty'].includes(form) ? form : 'empty';
  b.dataset.form = known;
  b.hidden = false;
  b.replaceChildren(h('span', { class: 'badge-key' }, t('formLabel', state.lang)), ' ', t('form_' + known, state.lang));
}

/** The banner and badge saying that results come from the corrected table, not the text. */
function renderCorrected() {
  const c = state.corrected;
  const { lang } = state;
  const banner = $('corrected');
  banner.hidden = !c;
  $('source-badge').hidden = !c;
  $('targets-edits').hidden = !c;
  if (!c) {
    delete banner.dataset.edits;
    $('generated-text').textContent = '';
    return;
  }
  banner.dataset.edits = String(c.edits);
  $('corrected-text').textContent = t('correctedBanner', lang, c.edits);
  $('targets-edits-text').textContent = t('tableEdits', lang, c.edits);
  $('generated-text').textContent = c.text;
}

/**
 * The findings to list: the shown report's, and, on a corrected table, the text's own findings
 * the table cannot re-check (extract.js tableBlind: kinds resting on facts the table does not
 * hold, or figures only in statement rows), unless the corrected report has the same one.
 * Those are listed apart, as not re-checked.
 */
function findingsShown() {
  const shown = list(state.report.findings).map((f) => ({ f, stale: false }));
  if (state.corrected) {
    const key = (f) => `${f.kind}|${list(f.numbers).join(',')}`;
    const have = new Set(shown.map(({ f }) => key(f)));
    for (const f of list(state.source.report.findings)) {
      if (tableBlind(f, state.rows) && !have.has(key(f))) shown.push({ f, stale: true });
    }
  }
  state.findings = shown;
  return shown;
}

/** Ids in the shown report of what a finding of the text's own report concerns (matched by name). */
function shownIds(sourceIds) {
  if (!state.corrected) return list(sourceIds);
  const src = state.source.report, cur = state.report;
  // The generated lines write names through lineName, so the corrected report's names are those.
  const nameOf = new Map([...list(src.indicators), ...list(src.structures)].map((x) => [x.id, lineName(x.name)]));
  const idOf = new Map([...list(cur.indicators), ...list(cur.structures)].map((x) => [x.name, x.id]));
  return list(sourceIds).map((id) => idOf.get(nameOf.get(id))).filter(Boolean);
}

function renderFindings(shown) {
  const { lang } = state;
  const findings = shown.filter((x) => !x.stale).map((x) => x.f);
  const summary = coverageSummary(state.report, findings, lang, !/\S/.test(state.text));
  const { state: worst, counts } = summary;
  const sum = $('findings-summary');
  const c = state.report.coverage || {};
  sum.dataset.errors = counts.error;
  sum.dataset.warnings = counts.warning;
  sum.dataset.infos = counts.info;
  sum.dataset.relations = c.relations ?? 0;
  sum.dataset.read = c.read ?? 0;
  sum.dataset.figures = c.figures ?? 0;
  const text = state.refused ? t('tooLargeSummary', lang) : summary.text;
  const key = `${worst}|${text}`;
  if (sum.dataset.key !== key) { // aria-live: only announce real changes
    sum.dataset.key = key;
    sum.replaceChildren(...(state.refused ? [text] : summaryNodes(summary)));
  }
  sum.dataset.state = state.refused ? 'refused' : worst;
  renderCoverageNote();
  $('findings-hint').hidden = !findings.length;

  const item = ({ f, stale }, i) => {
    const li = findingItem(f, i, lang, { idPrefix: 'finding', stale });
    li.querySelector('button.finding').addEventListener('click', () => select('finding', i));
    return li;
  };
  const items = shown.map((x, i) => [x, i]);
  $('findings').replaceChildren(...items.filter(([x]) => !x.stale).map(([x, i]) => item(x, i)));
  const stale = items.filter(([x]) => x.stale);
  $('stale-block').hidden = !stale.length;
  $('stale-count').textContent = stale.length ? t('countParen', lang, stale.length) : '';
  $('findings-stale').replaceChildren(...stale.map(([x, i]) => item(x, i)));
  renderConfidenceFilter();
}

/**
 * Under the summary: the share of the text's figures that were not read, with a button to
 * their list (the "figures not checked" block, grouped by reason). The text's own coverage,
 * also on a corrected table: the table never holds what the text did not read.
 */
function renderCoverageNote() {
  const { lang } = state;
  const note = $('coverage-note');
  const share = state.refused || !/\S/.test(state.text) ? null : notReadShare(state.source.report);
  note.hidden = !share || !share.figures;
  if (note.hidden) { note.replaceChildren(); return; }
  if (!share.count) { note.replaceChildren(t('allRead', lang, share.figures)); return; }
  const btn = h('button', { type: 'button', id: 'btn-see-why', class: 'btn-link' }, t('seeWhy', lang));
  btn.addEventListener('click', () => {
    const block = $('skipped-block');
    if (block.hidden) return;
    block.scrollIntoView({ block: 'start', behavior: 'smooth' });
    $('skipped-heading').focus({ preventScroll: true });
  });
  note.replaceChildren(t('notReadLine', lang, share.count, share.figures, share.share), ' ', btn);
}

/**
 * "All findings / certain links only": the filter shows when some finding is likely (linked
 * through a name or period carried over from the context: there is then something to filter);
 * "certain" hides those and says how many it hides. It only hides: indices, selection and the
 * summary stay as they are.
 */
function renderConfidenceFilter() {
  const { lang } = state;
  const items = [...document.querySelectorAll('#findings > li.finding-item, #findings-stale > li.finding-item')];
  const likely = items.filter((li) => li.dataset.confidence === 'likely').length;
  const box = $('confidence-filter');
  box.hidden = !likely;
  $('conf-label').textContent = t('confFilterLabel', lang);
  $('conf-all-text').textContent = t('confAll', lang, items.length);
  $('conf-certain-text').textContent = t('confCertain', lang, items.length - likely);
  for (const r of box.querySelectorAll('input[name="confidence"]')) r.checked = r.value === state.confidence;
  const hide = state.confidence === 'certain';
  for (const li of items) li.hidden = hide && li.dataset.confidence === 'likely';
  const hidden = hide ? likely : 0;
  $('confidence-hidden').hidden = !hidden;
  $('confidence-hidden').textContent = hidden ? t('confHidden', lang, hidden) : '';
}

/**
 * "Figures not checked": the textarea's own diagnostics (figures not read, grouped by the
 * reason: no year, no name, part of a noun phrase…; sums over years; lines not understood),
 * plus, while the table is corrected, the corrected report's
 * (their excerpts come from the generated text; their spans are mapped back to the input).
 * Grouped by code, each group counted.
 */
function renderDiagnostics() {
  const { lang } = state;
  const diags = [];
  for (const d of list(state.source.report.diagnostics)) {
    const span = Array.isArray(d.span) ? d.span : [0, 0];
    diags.push({ code: d.code, message: d.message, spans: [span], excerpt: excerpt(state.text, span[0], span[1]), origin: 'text' });
  }
  if (state.corrected) {
    for (const d of list(state.corrected.report.diagnostics)) {
      const span = Array.isArray(d.span) ? d.span : [0, 0];
      diags.push({ code: d.code, message: d.message, spans: mapSpans([span], state.corrected.tokens),
        excerpt: excerpt(state.corrected.text, span[0], span[1]), origin: 'table' });
    }
  }
  state.diags = diags;

  $('skipped-block').hidden = !diags.length;
  $('skipped-count').textContent = diags.length ? t('countParen', lang, diags.length) : '';
  for (const d of diags) d.group = diagGroup(d.code, d.excerpt.hit);
  $('diagnostics').replaceChildren(...DIAG_GROUPS.map((g) => {
    const items = diags.map((d, i) => [d, i]).filter(([d]) => d.group === g);
    if (!items.length) return null;
    const headId = `diag-group-${g}`;
    // A long text can have a thousand of them: a page at a time, then the rest on request.
    const shown = state.diagOpen.has(g) ? items : items.slice(0, g === 'unitless' ? DIAG_PAGE_UNITLESS : DIAG_PAGE);
    let more = null;
    if (shown.length < items.length) {
      more = h('button', { type: 'button', class: 'btn btn-small diag-more', 'data-group': g },
        t('diagMore', lang, fmt(items.length - shown.length, lang)));
      more.addEventListener('click', () => {
        state.diagOpen.add(g);
        renderDiagnostics();
        applySelection(false);
        const first = $('diagnostics').querySelector(`[data-group="${g}"] li:nth-child(${shown.length + 1}) button`);
        if (first) first.focus();
      });
    }
    return h('section', { class: 'diag-group', 'data-group': g, 'aria-labelledby': headId },
      h('h3', { id: headId }, t('group_' + g, lang), h('span', { class: 'count' }, t('countParen', lang, items.length))),
      h('ul', { class: 'diagnostics' }, ...shown.map(([d, i]) => {
        const btn = h('button', {
          type: 'button', class: 'diagnostic', 'data-index': i, 'data-code': d.code, 'data-origin': d.origin, 'aria-pressed': 'false',
        },
        h('span', { class: 'excerpt' },
          d.excerpt.before,
          h('strong', { class: 'hit' }, d.excerpt.hit || '\u00a0'),
          d.excerpt.after),
        d.origin === 'table' ? h('span', { class: 'origin' }, t('originTable', lang)) : null,
        h('span', { class: 'msg' }, pick(d.message, lang)));
        btn.addEventListener('click', () => select('diagnostic', i));
        return h('li', {}, btn);
      })), more);
  }).filter(Boolean));
}

function renderStructures(structures) {
  $('structures-block').hidden = !structures.length;
  $('structures').replaceChildren(...structureItems(structures, state.lang));
}

// ---------------------------------------------------------------- the table of extracted targets

/**
 * Builds the table from state.rows (current values, edits and deletions included). After a
 * new analysis of the text, only rows that differ from those on screen are replaced (common
 * head and tail kept, their data-row / data-id updated): typing in a long plan usually leaves
 * the facts as they were, or changes one, and ~800 form controls are costly to lay out again.
 * The DOM holds no spans, so the new rows' spans take effect without touching it. A table that
 * holds edits, or a language switch, is rebuilt whole. At most state.rowLimit rows are built
 * (ROWS_PAGE, raised by "show more"); when rebuilt whole, the first ROWS_STEP rows are built
 * now and the returned functions build the rest (render() calls them at once, renderPhased()
 * one per task).
 */
function renderTargets(force = false) {
  const { lang } = state;
  const all = state.rows;
  const rows = all.length > state.rowLimit ? all.slice(0, state.rowLimit) : all; // see ROWS_PAGE
  const tbody = $('target-rows');
  $('targets-block').hidden = !all.length;
  $('targets-count').textContent = all.length ? t('countParen', lang, all.length) : '';
  const firsts = rows.map((row, i) => i === 0 || rows[i - 1].id !== row.id);
  // A row on screen is what it was built from, edits included (edits made since set targetsTouched).
  const sigs = rows.map((row, i) => JSON.stringify([row.type, row.role, row.kind, row.orig, row.cur, row.deleted, firsts[i]]));
  const prev = renderedKeys.targets;
  const whole = force || targetsTouched || !prev || prev.lang !== lang || tbody.children.length !== prev.sigs.length;
  targetsTouched = false;
  renderedKeys.targets = { lang, sigs };
  const rest = []; // rows built by later steps (a table left half built is rebuilt whole next time)
  const build = (a) => { // rows [a, a + ROWS_STEP)
    const part = document.createDocumentFragment();
    for (let i = a; i < Math.min(rows.length, a + ROWS_STEP); i++) part.append(targetRow(rows[i], firsts[i]));
    return part;
  };
  const append = (from) => { // rows [from, end): the first step now, the others later
    tbody.append(build(from));
    for (let a = from + ROWS_STEP; a < rows.length; a += ROWS_STEP) rest.push(() => tbody.append(build(a)));
  };
  const old = whole ? [] : prev.sigs;
  let head = 0;
  while (head < old.length && head < sigs.length && old[head] === sigs[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < sigs.length - head
    && old[old.length - 1 - tail] === sigs[sigs.length - 1 - tail]) tail++;
  if (whole || sigs.length - head - tail > ROWS_STEP) { // another text: build it in steps
    tbody.replaceChildren();
    append(0);
  } else if (head === old.length) {
    append(head); // rows added at the end only ("show more")
  } else {
    const children = [...tbody.children];
    for (let i = head; i < old.length - tail; i++) children[i].remove();
    const fresh = document.createDocumentFragment();
    for (let i = head; i < sigs.length - tail; i++) fresh.append(targetRow(rows[i], firsts[i]));
    tbody.insertBefore(fresh, tail ? children[old.length - tail] : null);
    // Kept rows: indices after the change shift, and indicator ids may be renumbered.
    [...tbody.children].forEach((tr, i) => {
      if (tr.dataset.row !== String(i)) tr.dataset.row = String(i);
      if (tr.dataset.id !== rows[i].id) tr.dataset.id = rows[i].id;
    });
  }
  const more = $('targets-more');
  more.hidden = rows.length >= all.length;
  if (!more.hidden) {
    more.textContent = t('rowsMore', lang, fmt(Math.min(ROWS_PAGE, all.length - rows.length), lang), fmt(all.length - rows.length, lang));
  }
  renderTargetsNote();
  return rest;
}

/**
 * "Show more rows": the next ROWS_PAGE rows of the targets table (the rows on screen stay),
 * built in steps; or, given `upTo`, as many pages as it takes to build that row. Resolves to
 * true once built, false when the table was rebuilt meanwhile.
 */
async function showMoreRows(upTo = -1) {
  state.rowLimit = Math.max(state.rowLimit + ROWS_PAGE, (Math.floor(upTo / ROWS_PAGE) + 1) * ROWS_PAGE);
  const gen = renderGen;
  const highlight = (from) => {
    const { rowSet } = selectionTargets();
    const trs = $('target-rows').children;
    for (let i = from; i < trs.length; i++) setFlag(trs[i], 'highlight', rowSet.has(Number(trs[i].dataset.row)));
  };
  for (const step of renderTargets()) {
    await nextFrame();
    if (gen !== renderGen) return false; // the table was rebuilt meanwhile
    const from = $('target-rows').children.length;
    step();
    highlight(from);
  }
  highlight(0);
  return true;
}

/** The row's label for screen readers and tooltips: "地区生产总值 2015", "… 2010→2015", "… 本期". */
function rowWhat(row) {
  const { lang } = state;
  const o = row.orig;
  if (row.type === 'rate') return `${o.name} ${o.from}→${o.to}`;
  if (row.type === 'statement') return `${o.name} ${statementYears(row, lang)}`;
  return `${o.name} ${o.year}`;
}

/**
 * A statement's years as shown: "2010→2015", "2015", or for a text that names no year "本期",
 * and "上年同期" for its base.
 */
function statementYears(row, lang) {
  const { from, year } = row.orig;
  if (from && year && from !== year) return `${from}→${year}`;
  return year || t(row.before ? 'yearBefore' : 'thisPeriod', lang);
}

/**
 * A statement's unit: the indicator's for amounts, "%", 个百分点, or for a multiple 倍 or 番
 * as the text wrote it (the Report's `percent` holds N of 增长N倍 and k of 翻k番 alike).
 */
function statementUnit(row, lang) {
  if (row.kind === 'points') return t('unit_points', lang);
  if (row.kind === 'multiple') {
    const [, b] = row.spans[0] || [0, 0];
    return t(/^\s*番/.test(state.text.slice(b, b + 3)) ? 'unit_doubling' : 'unit_multiple', lang);
  }
  return row.orig.unit;
}

/**
 * A statement row: what the Report says of the indicator that the table lists but cannot
 * rewrite (extract.js), as plain text, with no delete button.
 */
function statementRow(row, first) {
  const { lang } = state;
  const o = row.orig;
  const note = t('statementNote', lang);
  const bound = o.bound && o.bound !== 'eq' ? `${BOUND_SYMBOL[o.bound]} ${t('bound_' + o.bound, lang)}` : '';
  return h('tr', {
    'data-row': row.index, 'data-type': 'statement', 'data-kind': row.kind, 'data-id': row.id, 'data-first': first ? 'true' : null,
  },
  h('th', { scope: 'row' }, h('span', { class: 'cell-text name', title: o.name }, o.name)),
  h('td', { class: 'kind' }, h('span', { title: note }, t('kind_' + row.kind, lang)), h('span', { class: 'visually-hidden' }, ` (${note})`)),
  h('td', { class: 'years' }, h('span', { class: 'cell-text year' }, statementYears(row, lang))),
  h('td', { colspan: row.kind === 'structure' ? 2 : null }, h('span', { class: 'cell-text value' }, o.value)),
  row.kind === 'structure' ? null : h('td', {}, h('span', { class: 'cell-text unit' }, statementUnit(row, lang))),
  h('td', {}, h('span', { class: 'cell-text bound' }, bound)),
  h('td', { class: 'action' }));
}

function targetRow(row, first) {
  if (row.type === 'statement') return statementRow(row, first);
  const { lang } = state;
  const what = rowWhat(row);
  const cell = (field, cls, extra = {}) => {
    const e = h('input', {
      type: 'text', class: `cell ${cls}`, 'data-field': field, value: row.orig[field] ?? '',
      'aria-label': `${t('field_' + field, lang)} · ${what}`, spellcheck: 'false', autocomplete: 'off', ...extra,
    });
    e.value = row.cur[field] ?? ''; // the attribute keeps the figure as read
    return e;
  };
  const boundSelect = () => {
    const sel = h('select', { class: 'cell bound', 'data-field': 'bound', 'aria-label': `${t('field_bound', lang)} · ${what}` },
      ...BOUNDS.map((b) => h('option', { value: b, selected: b === row.orig.bound ? '' : null }, `${BOUND_SYMBOL[b]} ${t('bound_' + b, lang)}`)));
    sel.value = row.cur.bound;
    return sel;
  };
  const year = (f) => cell(f, 'year', { inputmode: 'numeric', maxlength: '4' });
  let years, value, unit, bound;
  if (row.type === 'point') {
    years = year('year');
    value = cell('value', 'value');
    unit = cell('unit', 'unit');
    bound = boundSelect();
  } else if (row.type === 'rate') {
    years = h('span', { class: 'period' }, year('from'), h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'), year('to'));
    value = cell('percent', 'value');
    unit = h('span', { class: 'fixed-unit' }, t('rateUnit', lang));
    bound = boundSelect();
  } else {
    years = year('year');
    value = cell('parts', 'parts');
    unit = null;
    bound = null;
  }
  const del = h('button', { type: 'button', class: 'btn btn-row', 'data-action': 'delete', 'aria-pressed': 'false' });
  const tr = h('tr', { 'data-row': row.index, 'data-type': row.type, 'data-id': row.id, 'data-first': first ? 'true' : null },
    h('th', { scope: 'row' }, cell('name', 'name')),
    h('td', { class: 'kind' }, t(row.role === 'actual' ? 'kind_actual' : row.type === 'rate' && row.kind === 'yoy' ? 'kind_yoy' : 'kind_' + row.type, lang)),
    h('td', { class: 'years' }, years),
    h('td', { colspan: row.type === 'structure' ? 2 : null }, value),
    row.type === 'structure' ? null : h('td', {}, unit),
    h('td', {}, bound),
    h('td', { class: 'action' }, del));
  updateTargetRow(tr, row);
  return tr;
}

/** Reflects a row's state (edited cells, invalid cells, deleted) on its <tr>. */
function updateTargetRow(tr, row) {
  if (row.type === 'statement') return; // read only
  const { lang } = state;
  const v = validate(row);
  const bad = new Set(row.deleted ? [] : v.bad);
  for (const e of tr.querySelectorAll('[data-field]')) {
    const f = e.dataset.field;
    setFlag(e, 'changed', String(row.cur[f] ?? '').trim() !== String(row.orig[f] ?? '').trim());
    if (bad.has(f)) {
      e.setAttribute('aria-invalid', 'true');
      e.setAttribute('title', t('invalid_' + f, lang));
    } else {
      e.removeAttribute('aria-invalid');
      e.removeAttribute('title');
    }
    e.disabled = row.deleted;
  }
  setFlag(tr, 'edited', isEdited(row));
  setFlag(tr, 'deleted', row.deleted);
  setFlag(tr, 'invalid', bad.size > 0);
  const del = tr.querySelector('[data-action="delete"]');
  del.textContent = t(row.deleted ? 'restoreRow' : 'deleteRow', lang);
  del.setAttribute('aria-pressed', row.deleted ? 'true' : 'false');
  const what = rowWhat(row);
  del.setAttribute('aria-label', t(row.deleted ? 'restoreRowLabel' : 'deleteRowLabel', lang, what));
}

function renderTargetsNote() {
  const n = state.rows.filter((r) => !r.deleted && !validate(r).ok).length;
  const note = $('targets-skipped');
  note.hidden = n === 0;
  note.textContent = n ? t('invalidRows', state.lang, n) : '';
}

let editTimer = 0;
let targetsTouched = false; // the table on screen holds edits: the next analysis of the text rebuilds it

function onTargetEdit(e) {
  const field = e.target.dataset && e.target.dataset.field;
  const tr = e.target.closest('tr[data-row]');
  if (!field || !tr) return;
  const row = state.rows[Number(tr.dataset.row)];
  if (!row || row.cur[field] === e.target.value) return; // 'change' after 'input': nothing new
  row.cur[field] = e.target.value;
  targetsTouched = true;
  updateTargetRow(tr, row);
  clearTimeout(editTimer);
  editTimer = setTimeout(recompute, DEBOUNCE_MS);
}

function onTargetClick(e) {
  const btn = e.target.closest('button[data-action="delete"]');
  const tr = btn && btn.closest('tr[data-row]');
  if (!tr) return;
  const row = state.rows[Number(tr.dataset.row)];
  row.deleted = !row.deleted;
  targetsTouched = true;
  updateTargetRow(tr, row);
  recompute();
}

/**
 * Results from the table: with edits, the rows are written as "one target per line" text and
 * analysed as such; without (every edit undone by hand), the textarea's own report is shown.
 */
function recompute() {
  clearTimeout(editTimer);
  if (!state.source || textPending) return; // the table on screen is about to be replaced
  const id = ++seq; // supersedes a large table analysis still in flight
  const edits = state.rows.filter(isEdited).length;
  if (!edits) {
    background.cancel();
    setBusy(0);
    showCorrected(null);
    return;
  }
  const gen = generateLines(state.rows);
  if (gen.text.length < LARGE_CHARS) {
    background.cancel();
    const t0 = performance.now();
    const report = analyzeText(gen.text, 'lines');
    if (!report) return;
    document.body.dataset.correctedMs = (performance.now() - t0).toFixed(1);
    setBusy(0);
    showCorrected({ ...gen, report, edits });
    return;
  }
  // The table of a very long text: in the background too (the table stays usable meanwhile).
  setBusy(gen.text.length);
  analyzeLarge(gen.text, 'lines', id).then((res) => {
    if (id !== seq) return;
    setBusy(0);
    if (!res) { if (statusState.state === 'analyzing') setStatus('ready'); return; }
    document.body.dataset.correctedMs = res.ms.toFixed(1);
    showCorrected({ ...gen, report: res.report, edits });
  });
}

/** Shows the Report of the corrected table (`corrected`), or, with null, the text's own again. */
function showCorrected(corrected) {
  if (statusState.state !== 'ready') setStatus('ready');
  state.corrected = corrected;
  state.report = corrected ? corrected.report : state.source.report;
  state.selected = null;
  renderTargetsNote();
  renderResults();
}

/** Drops every table edit: the text is the source again. */
function revert() {
  run();
}

// ---------------------------------------------------------------- selection and highlighting

/** Spans of the shown report, as spans of the textarea (identity unless the table is corrected). */
function proseSpans(spans) {
  return state.corrected ? mapSpans(spans, state.corrected.tokens) : list(spans);
}

function select(kind, index) {
  const same = state.selected && state.selected.kind === kind && state.selected.index === index;
  state.selected = same ? null : { kind, index };
  applySelection(true);
}

function clearSelection() {
  state.selected = null;
  applySelection(false);
}

/** What the selected item concerns: {spans (of the shown report), ids, rowSet (targets table rows)}. */
function selectionTargets() {
  const sel = state.selected;
  const r = state.report;
  let spans = [], ids = [], rowSet = new Set();
  if (sel && r) {
    if (sel.kind === 'finding') {
      const { f, stale } = state.findings[sel.index] || {};
      if (f && stale) { // the text's own finding: spans in the text, ids of the text's report
        spans = list(f.spans);
        ids = shownIds(f.indicators);
        rowSet = rowsOfSpans(f.spans, state.rows);
      } else if (f) {
        spans = proseSpans(f.spans);
        ids = list(f.indicators);
        rowSet = state.corrected ? rowsOfGeneratedSpans(f.spans, state.corrected.tokens) : rowsOfSpans(f.spans, state.rows);
      }
    } else {
      const d = state.diags[sel.index];
      if (d) spans = d.spans;
    }
  }
  return { spans, ids, rowSet };
}

/** Marks the selected item's rows, panels and input spans; `reveal` also moves the textarea. */
function applySelection(reveal) {
  const sel = state.selected;
  const { spans, ids, rowSet } = selectionTargets();
  const firstRow = rowSet.size ? Math.min(...rowSet) : -1;
  for (const li of document.querySelectorAll('#findings > li, #findings-stale > li')) {
    const i = Number(li.querySelector('button.finding').dataset.index);
    setFindingSelected(li, !!sel && sel.kind === 'finding' && i === sel.index);
  }
  for (const b of document.querySelectorAll('#diagnostics button')) {
    b.setAttribute('aria-pressed', !!sel && sel.kind === 'diagnostic' && Number(b.dataset.index) === sel.index ? 'true' : 'false');
  }
  const idSet = new Set(ids);
  for (const e of document.querySelectorAll('#indicator-rows [data-id], #structures [data-id], #chart [data-id]')) {
    setFlag(e, 'highlight', idSet.has(e.dataset.id));
  }
  for (const tr of $('target-rows').children) setFlag(tr, 'highlight', rowSet.has(Number(tr.dataset.row)));
  state.selSpans = cleanSpans(spans);
  paint();
  // Reveal the item's own first span (its order is meaningful), not the earliest in the text.
  const first = state.selSpans.length ? cleanSpans(spans.slice(0, 1))[0] || state.selSpans[0] : null;
  if (reveal && first) {
    input.setSelectionRange(first[0], first[1]); // ready for the next keystroke; focus stays where it was
    revealSpan(first);
  }
  if (reveal && firstRow >= 0) {
    // A row beyond those built ("show more") is built first, then scrolled to, unless another
    // selection took over meanwhile.
    if (firstRow < $('target-rows').children.length) revealTargetRow(firstRow);
    else if (firstRow < state.rows.length) {
      showMoreRows(firstRow).then((built) => { if (built && state.selected === sel) revealTargetRow(firstRow); });
    }
  }
}

/** Scrolls the targets table's own box (not the page) so that the row is in view. */
function revealTargetRow(index) {
  const wrap = $('targets-block').querySelector('.targets-wrap');
  const tr = $('target-rows').children[index];
  if (!wrap || !tr) return;
  const head = $('targets').tHead ? $('targets').tHead.offsetHeight : 0;
  const top = tr.offsetTop, bottom = top + tr.offsetHeight;
  if (top - head < wrap.scrollTop || bottom > wrap.scrollTop + wrap.clientHeight) {
    wrap.scrollTop = Math.max(0, top - head - tr.offsetHeight);
  }
}

/** Valid [start, end) pairs inside the analysed text, sorted and merged (marks cannot overlap). */
function cleanSpans(spans) {
  if (input.value !== state.text) return []; // stale report: its offsets no longer fit
  const n = state.text.length;
  const out = list(spans)
    .filter((s) => Array.isArray(s) && Number.isFinite(s[0]) && Number.isFinite(s[1]))
    .map(([a, b]) => [Math.max(0, Math.min(n, a)), Math.max(0, Math.min(n, b))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return merge(out);
}

/** Merges sorted [start, end) pairs that overlap or touch. */
function merge(sorted) {
  const merged = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** True when some span of `sorted` (sorted, disjoint) overlaps [a, b). */
function overlapsAny(sorted, a, b) {
  return sorted.some(([x, y]) => x < b && a < y);
}

/**
 * Paints the selection and the hovered row into the backdrop: each span's sentence as a light
 * mark, the span itself as a strong mark nested inside it. Sentences containing a hovered
 * span get data-hover; figures of the selected item get data-selected.
 */
function paint() {
  const hov = cleanSpans(state.hover || state.focusHover || []);
  const sel = state.selSpans;
  const figures = merge([...sel, ...hov].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  const sentences = merge(figures.map(([a, b]) => sentenceAround(state.text, a, b)));
  paintBackdrop(sentences, figures, sel, hov);
}

/**
 * The backdrop mirrors the textarea's text (same font, padding and wrapping, see .editor in
 * style.css) with <mark>s around the spans; the textarea above it is transparent, so the marks
 * show through exactly under the characters. Spans are UTF-16 offsets, as are JS strings.
 * It holds the current text, marks or not, so that print (which hides the textarea and shows
 * the backdrop) gets the whole input. One text node per gap: a 57 KB plan costs a handful of
 * nodes, not one per character.
 *
 * A large text (LARGE_CHARS and more) is mirrored only while it shows marks (or prints), and
 * as blocks of MIRROR_LINES lines (paintLarge): laying out a megabyte costs the browser about
 * half a second, so the mirror is built once per text and each hover or selection then
 * rebuilds only the blocks whose marks change.
 */
function paintBackdrop(sentences = [], figures = [], sel = [], hov = []) {
  const text = sentences.length ? state.text : input.value;
  if (text.length >= LARGE_CHARS) {
    if (sentences.length || printing || (mirror && mirror.text === text)) paintLarge(text, sentences, figures, sel, hov);
    else if (mirror || backdrop.querySelector('mark')) { mirror = null; backdrop.replaceChildren(); }
    // (Otherwise an unmarked mirror of an earlier, small text stays: invisible, and replacing
    // it would only cost a repaint under the large text.)
    return;
  }
  mirror = null;
  if (!sentences.length && !printing) {
    // Nothing to mark: an empty backdrop. Mirroring the text anyway would double the cost of
    // laying out the input (a 20,000-character plan is shaped twice), which on first load is a
    // good part of the way to the first result. A hover or a selection builds the mirror.
    if (backdrop.firstChild) backdrop.replaceChildren();
    return;
  }
  // A trailing newline needs something after it, or the mirror is one line short of the textarea.
  backdrop.replaceChildren(...markedNodes(text, 0, text.length, sentences, figures, sel, hov), '\u200b');
  syncScroll();
}

/**
 * Nodes mirroring text[from, to): text, and sentence marks (clipped to the range) holding
 * figure marks. `sentences` and `figures` are sorted, disjoint [start, end) pairs.
 */
function markedNodes(text, from, to, sentences, figures, sel, hov) {
  const mark = (kind, a, b) => {
    const m = document.createElement('mark');
    m.setAttribute('data-span', `${a}-${b}`);
    m.setAttribute('data-kind', kind);
    return m;
  };
  const nodes = [];
  let at = from, fi = 0;
  for (const [s0, s1] of sentences) {
    const sa = Math.max(s0, from), sb = Math.min(s1, to);
    if (sb <= sa) continue;
    if (sa > at) nodes.push(document.createTextNode(text.slice(at, sa)));
    const s = mark('sentence', sa, sb);
    if (overlapsAny(hov, sa, sb)) s.setAttribute('data-hover', 'true');
    let p = sa;
    while (fi < figures.length && figures[fi][1] <= sa) fi++;
    for (; fi < figures.length && figures[fi][0] < sb; fi++) {
      const a = Math.max(figures[fi][0], p), b = Math.min(figures[fi][1], sb);
      if (b <= a) continue;
      if (a > p) s.append(document.createTextNode(text.slice(p, a)));
      const f = mark('figure', a, b);
      if (overlapsAny(sel, a, b)) f.setAttribute('data-selected', 'true');
      f.textContent = text.slice(a, b);
      s.append(f);
      p = b;
    }
    if (fi > 0 && figures[fi - 1][1] > sb) fi--; // a figure running on past this sentence's end
    if (sb > p) s.append(document.createTextNode(text.slice(p, sb)));
    nodes.push(s);
    at = sb;
  }
  if (to > at) nodes.push(document.createTextNode(text.slice(at, to)));
  return nodes;
}

const MIRROR_LINES = 64;
const MIRROR_STEP = 40; // blocks attached per frame when the mirror is built ahead (prebuildMirror)
let mirror = null; // the large text's block mirror: {text, blocks: [{a, b, el, marked}], attached}

/** The block mirror of a large `text`, made (not attached) if it is not the current one. */
function mirrorOf(text) {
  if (mirror && mirror.text === text) return mirror;
  const blocks = [];
  for (let a = 0; a < text.length || !blocks.length;) {
    let b = a;
    for (let n = 0; n < MIRROR_LINES && b < text.length; n++) {
      const nl = text.indexOf('\n', b);
      b = nl < 0 ? text.length : nl + 1;
    }
    const el = document.createElement('div');
    el.className = 'mirror-block';
    el.textContent = text.slice(a, b) + (b === text.length ? '\u200b' : '');
    blocks.push({ a, b, el, marked: false });
    a = b;
  }
  mirror = { text, blocks, attached: 0 };
  backdrop.replaceChildren();
  return mirror;
}

/** Puts the mirror's blocks up to `n` into the backdrop. */
function attachMirror(m, n) {
  if (m.attached >= n) return;
  backdrop.append(...m.blocks.slice(m.attached, n).map((x) => x.el));
  m.attached = n;
}

/**
 * After a large text is shown: its mirror is built ahead, MIRROR_STEP blocks a frame, so that
 * the first hover or selection need not lay out the whole text at once (about half a second
 * for a megabyte; a frame of ~MIRROR_STEP / 500 of that here). Stops when the text changes.
 */
async function prebuildMirror(text) {
  const m = mirrorOf(text);
  while (m.attached < m.blocks.length) {
    await nextFrame();
    if (mirror !== m) return;
    attachMirror(m, Math.min(m.blocks.length, m.attached + MIRROR_STEP));
  }
}

/**
 * The large-text mirror: one <div> per MIRROR_LINES lines, each ending just after a newline.
 * A textarea wraps every line on its own, so blocks cut at newlines wrap exactly as it does
 * (a block's trailing newline adds no line, as in the textarea; a block of only "\n" is one
 * empty line). Only blocks whose marks change are rebuilt: the browser then lays out just those.
 */
function paintLarge(text, sentences, figures, sel, hov) {
  const m = mirrorOf(text);
  if (sentences.length || printing) attachMirror(m, m.blocks.length); // (unmarking needs no more blocks)
  let si = 0, fi = 0;
  for (const block of m.blocks.slice(0, m.attached)) {
    while (si < sentences.length && sentences[si][1] <= block.a) si++;
    while (fi < figures.length && figures[fi][1] <= block.a) fi++;
    const inS = [], inF = [];
    for (let k = si; k < sentences.length && sentences[k][0] < block.b; k++) inS.push(sentences[k]);
    for (let k = fi; k < figures.length && figures[k][0] < block.b; k++) inF.push(figures[k]);
    if (!inS.length && !block.marked) continue;
    block.el.replaceChildren(...markedNodes(text, block.a, block.b, inS, inF, sel, hov), block.b === text.length ? '\u200b' : '');
    block.marked = inS.length > 0;
  }
  syncScroll();
}

let printing = false; // print shows the backdrop instead of the textarea: it must hold the text

/**
 * Scrolls the textarea so that the sentence holding [a, b) is in view, measured on the
 * backdrop's marks (the textarea itself cannot report where a character is).
 */
function revealSpan([a]) {
  let fig = null;
  for (const m of backdrop.querySelectorAll('mark[data-kind="figure"]')) {
    const [x, y] = m.dataset.span.split('-').map(Number);
    if (x <= a && a < y) { fig = m; break; }
  }
  if (!fig) return;
  const sentence = fig.parentElement && fig.parentElement.dataset.kind === 'sentence' ? fig.parentElement : fig;
  const figTop = fig.offsetTop, figBottom = figTop + fig.offsetHeight;
  const view = input.clientHeight;
  // Start of the sentence near the top third, unless that would push the figure out of view.
  let top = sentence.offsetTop;
  if (figBottom - top > view * 0.8) top = figTop - view / 3;
  const visible = top >= input.scrollTop && figBottom <= input.scrollTop + view;
  if (!visible) input.scrollTop = Math.max(0, top - Math.min(view / 4, 48));
  syncScroll();
}

function syncScroll() {
  backdrop.scrollTop = input.scrollTop;
  backdrop.scrollLeft = input.scrollLeft;
}

// ---------------------------------------------------------------- hover: where a row came from

/** The textarea spans a hovered row stands for. */
function spansOfHovered(el) {
  if (!state.report) return [];
  if (el.matches('#target-rows tr[data-row]')) {
    const row = state.rows[Number(el.dataset.row)];
    return row ? row.spans : [];
  }
  const id = el.dataset.id;
  const ind = list(state.report.indicators).find((i) => i.id === id);
  if (ind) return proseSpans([...list(ind.points), ...list(ind.rates)].map((p) => p.span));
  const st = list(state.report.structures).find((s) => s.id === id);
  if (st) return proseSpans(list(st.parts).map((p) => p.span));
  return [];
}

const HOVERABLE = '#target-rows tr[data-row], #indicator-rows tr[data-id], #structures li[data-id]';
let hoverEl = null, focusEl = null, hoverTimer = 0;

function setHover(el) {
  if (el === hoverEl) return;
  hoverEl = el;
  clearTimeout(hoverTimer);
  state.hover = el ? spansOfHovered(el) : null;
  paint();
  if (el && state.hover.length) {
    const spans = state.hover;
    hoverTimer = setTimeout(() => { if (state.hover === spans) revealFirst(spans); }, HOVER_REVEAL_MS);
  }
}

function setFocusHover(el) {
  if (el === focusEl) return;
  focusEl = el;
  state.focusHover = el ? spansOfHovered(el) : null;
  if (!state.hover) {
    paint();
    if (el) revealFirst(state.focusHover);
  }
}

function revealFirst(spans) {
  const first = cleanSpans(spans)[0];
  if (first) revealSpan(first);
}

function wireHover(container) {
  container.addEventListener('mouseover', (e) => setHover(e.target.closest(HOVERABLE)));
  container.addEventListener('mouseleave', () => setHover(null));
  container.addEventListener('focusin', (e) => setFocusHover(e.target.closest(HOVERABLE)));
  container.addEventListener('focusout', (e) => {
    const next = e.relatedTarget && e.relatedTarget.closest ? e.relatedTarget.closest(HOVERABLE) : null;
    if (!next || !container.contains(next)) setFocusHover(null);
  });
}

// ---------------------------------------------------------------- share link, embed code, export

let lastSay = null; // {key, args} of the last action message, re-said on a language switch

/** One line in #action-status (aria-live): what was copied or downloaded. */
function say(key, ...args) {
  lastSay = { key, args };
  $('action-status').textContent = t(key, state.lang, ...args);
}

/**
 * Copies text to the clipboard. Falls back to selecting `field` (a readonly input or
 * textarea showing the same text) and execCommand, and says what happened either way.
 */
async function copyText(text, field = null) {
  try {
    await navigator.clipboard.writeText(text);
    say('copied');
    return;
  } catch { /* no permission, or not a secure context: try the old way */ }
  const el = field || h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true', readonly: '' });
  if (!field) { el.value = text; document.body.append(el); }
  el.focus();
  el.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { /* unsupported */ }
  if (!field) el.remove();
  say(ok ? 'copied' : 'copyFailed');
}

/** The link to this page that restores the current text and options (share.js). */
async function shareUrl() {
  const frag = await encodeShare({ text: input.value, lang: state.lang, form: state.form });
  return location.href.split('#')[0] + frag;
}

/**
 * Empties and hides the share box: once the text (or the form or language the link carries)
 * has changed, the link shown would restore something else. A link still being built for the
 * previous text is dropped too (shareSeq).
 */
function clearShare() {
  shareSeq++;
  if ($('share-box').hidden && !$('share-url').value) return;
  $('share-box').hidden = true;
  $('share-url').value = '';
  $('share-long').hidden = true;
  $('share-long').textContent = '';
  if (lastSay && (lastSay.key === 'copied' || lastSay.key === 'copyFailed')) { lastSay = null; $('action-status').textContent = ''; }
}

let shareSeq = 0; // bumped by clearShare: a link built meanwhile describes an older text

async function onShare() {
  const id = ++shareSeq;
  const url = await shareUrl();
  if (id !== shareSeq) return; // the text changed while the link was built
  const field = $('share-url');
  field.value = url;
  $('share-box').hidden = false;
  $('share-long').hidden = url.length <= 8000;
  $('share-long').textContent = t('shareLong', state.lang, fmt(url.length, state.lang));
  await copyText(url, field);
}

/**
 * Reads text and options from the URL fragment, if it holds share data. The link's language
 * wins over the stored one for this visit (it is what the sender saw), but is not stored.
 */
async function restoreShared() {
  let shared = null;
  try {
    shared = await decodeShare(location.hash);
  } catch (err) {
    console.warn('share link not readable:', err);
    say('shareBad');
    return false;
  }
  if (!shared) return false;
  if (shared.lang && shared.lang !== state.lang) { state.lang = shared.lang; applyStaticText(); }
  state.form = shared.form;
  $('form-select').value = shared.form;
  input.value = shared.text;
  return true;
}

// For the snippets the user copies (strings, never inserted into this page as HTML).
const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/** Both embed snippets for the current text: the widget and the iframe. */
async function renderEmbedCode() {
  const base = new URL('.', location.href).href;
  const text = input.value.replace(/\s+$/, '');
  const attrs = `lang="${state.lang}"${state.form !== 'auto' ? ` form="${state.form}"` : ''}`;
  $('embed-widget-code').value = `<script type="module" src="${base}plan-check-define.js"></script>\n`
    + `<plan-check ${attrs}>\n${escapeText(text)}\n</plan-check>\n`;
  const frag = await encodeShare({ text: input.value, lang: state.lang, form: state.form });
  $('embed-iframe-code').value = `<iframe src="${escapeAttr(base + 'embed.html' + frag)}" title="${escapeAttr(t('widgetLabel', state.lang))}"`
    + ` data-plancheck-embed width="100%" height="480" loading="lazy"></iframe>\n`
    + `<script src="${base}embed-host.js" defer></script>\n`;
}

/** The export menu's actions, on the report shown (the corrected table's, when edited). */
async function onExport(kind) {
  const r = state.report, lang = state.lang, stem = fileStem();
  $('export-menu').open = false; // an item was chosen; its result is said in #action-status
  if (kind === 'print') { window.print(); return; }
  if (!r) { say('nothingToExport'); return; }
  const save = (name, body, type) => { download(name, new Blob([body], { type })); say('downloaded', name); };
  if (kind === 'paths-csv') save(`${stem}-paths.csv`, toCsv(pathRows(r, lang)), 'text/csv;charset=utf-8');
  else if (kind === 'findings-csv') save(`${stem}-findings.csv`, toCsv(findingRows(r, lang)), 'text/csv;charset=utf-8');
  else if (kind === 'json') save(`${stem}.json`, JSON.stringify(r, null, 2) + '\n', 'application/json');
  else if (kind === 'tsv') await copyText(toTsv(tableRows(r, lang)));
  else if (kind === 'svg' || kind === 'png') {
    const chart = chartSvg($('chart'), lang);
    if (!chart) { say('nothingToExport'); return; }
    if (kind === 'svg') save(`${stem}-chart.svg`, chart.svg, 'image/svg+xml');
    else {
      const png = await svgToPng(chart);
      download(`${stem}-chart.png`, png);
      say('downloaded', `${stem}-chart.png`);
    }
  }
}

/** Menus (<details>): one open at a time; Escape or a click elsewhere closes them. */
function wireMenus() {
  const menus = [...document.querySelectorAll('details.menu')];
  for (const m of menus) {
    m.addEventListener('toggle', () => {
      if (!m.open) return;
      for (const other of menus) if (other !== m) other.open = false;
      if (m.id === 'embed-menu') renderEmbedCode();
    });
    m.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && m.open) { e.stopPropagation(); m.open = false; m.querySelector('summary').focus(); }
    });
  }
  document.addEventListener('click', (e) => {
    if (!e.isTrusted) return; // the <a download> of an export clicks too
    for (const m of menus) if (m.open && !m.contains(e.target)) m.open = false;
  });
}

// ---------------------------------------------------------------- wiring

function setInput(text) {
  state.rowLimit = ROWS_PAGE; // a new text: its tables start short again
  state.diagOpen.clear();
  input.value = text;
  onInput();
  run(); // no need to wait for the debounce after a button press
}

/**
 * Per keystroke: drop the selection and hover, and leave the rest to the debounced analysis.
 * The backdrop is repainted now only if it shows marks (they no longer fit the text); its
 * unmarked text is invisible, and run() repaints it anyway. Cheap even for a whole plan.
 */
function onInput() {
  clearShare(); // a link made before would restore the previous text
  // An answer still on its way describes a text that is no longer there: drop it now, not
  // only when the debounced run() starts the next one.
  if (background.busy) { seq++; background.cancel(); }
  const text = input.value;
  if (text.length >= LARGE_CHARS && utf8Length(text) <= MAX_INPUT_BYTES) background.prepare(); // starts during the debounce
  state.hover = state.focusHover = null;
  state.selected = null;
  state.selSpans = [];
  if (backdrop.querySelector('mark')) {
    for (const li of document.querySelectorAll('#findings > li, #findings-stale > li')) setFindingSelected(li, false);
    for (const b of document.querySelectorAll('button.diagnostic[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
    for (const e of document.querySelectorAll('[data-highlight]')) delete e.dataset.highlight;
    paintBackdrop();
  }
  $('example-note').hidden = !EXAMPLES.includes(input.value);
  schedule();
}

async function startEngine() {
  try {
    // A missing or broken pkg leaves the rest of the page working (engine.js imports it lazily).
    state.engine = await loadEngine();
    setStatus('ready');
    run();
  } catch (err) {
    console.error(err);
    setStatus('error', String(err && err.message ? err.message : err));
  }
}

async function main() {
  // The wasm download and compilation start first: they are the longest part of the way to
  // the first result (index.html preloads both files as well).
  loadEngine().catch(() => { /* startEngine reports it */ });
  state.lang = loadLang();
  applyStaticText();
  // Snippets pointing at a file:// copy would not load anywhere else.
  $('embed-menu').hidden = location.protocol === 'file:';
  const shared = await restoreShared();
  if (!shared) input.value = EXAMPLE;
  $('example-note').hidden = !EXAMPLES.includes(input.value);
  paintBackdrop();

  input.addEventListener('input', onInput);
  input.addEventListener('scroll', syncScroll);
  $('btn-clear').addEventListener('click', () => { setInput(''); input.focus(); });
  $('btn-example').addEventListener('click', () => setInput(EXAMPLE));
  $('btn-example-lines').addEventListener('click', () => setInput(EXAMPLE_LINES));
  $('btn-example-rows').addEventListener('click', () => setInput(EXAMPLE_ROWS));
  $('btn-revert').addEventListener('click', revert);
  $('btn-revert-table').addEventListener('click', revert);
  $('targets-more').addEventListener('click', () => showMoreRows());
  $('btn-lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    saveLang(state.lang);
    clearShare();
    applyStaticText();
    if (state.text.length >= LARGE_CHARS) renderPhased(true);
    else render(true);
  });
  $('form-select').addEventListener('change', (e) => {
    state.form = FORMS.includes(e.target.value) ? e.target.value : 'auto';
    clearShare();
    run();
  });
  $('btn-share').addEventListener('click', onShare);
  $('btn-copy-widget').addEventListener('click', () => copyText($('embed-widget-code').value, $('embed-widget-code')));
  $('btn-copy-iframe').addEventListener('click', () => copyText($('embed-iframe-code').value, $('embed-iframe-code')));
  for (const b of document.querySelectorAll('#export-menu [data-export]')) {
    b.addEventListener('click', () => onExport(b.dataset.export).catch((err) => { console.error(err); say('nothingToExport'); }));
  }
  wireMenus();
  // A share link pasted into the address bar of an open page.
  window.addEventListener('hashchange', async () => { if (await restoreShared()) { onInput(); run(); } });
  const targets = $('target-rows');
  targets.addEventListener('input', onTargetEdit);
  targets.addEventListener('change', onTargetEdit);
  targets.addEventListener('click', onTargetClick);
  for (const id of ['target-rows', 'indicator-rows', 'structures']) wireHover($(id));
  $('confidence-filter').addEventListener('change', (e) => {
    if (e.target.name !== 'confidence') return;
    state.confidence = e.target.value === 'certain' ? 'certain' : 'all';
    renderConfidenceFilter();
  });
  // Escape drops the current highlight, from the input or from the lists.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.selected) clearSelection();
  });
  // Print shows the backdrop, which holds the text only while it shows marks (paintBackdrop):
  // it is filled when printing starts. beforeprint covers the print dialog; the print media
  // query also covers print emulation and browsers that fire no beforeprint.
  const setPrinting = (on) => { if (printing !== on) { printing = on; paint(); } };
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(false));
  window.matchMedia?.('print').addEventListener?.('change', (e) => setPrinting(e.matches));

  startEngine();
}

main();
