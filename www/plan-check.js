// <plan-check>: the checker as a custom element for any web page (docs/embedding.md).
//
//   <script type="module" src="https://…/plan-check-define.js"></script>
//   <plan-check lang="en">地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%</plan-check>
//
// Importing this module has no side effects: no customElements.define, no fetch, no DOM
// access. define(tagName) registers the element; plan-check-define.js is the one-line module
// that calls it. The wasm core is fetched on the first connectedCallback, relative to this
// file (engine.js), and shared by every widget on the page.
//
// Surface (documented in docs/embedding.md; keep the two in step):
//   attributes  lang     zh | en (a tag such as en-GB counts by its first part); else zh
//               compact  boolean: summary, findings and table, no chart
//               src      URL of a text file, relative to the document; on failure a message
//                        is shown and the inline text is analysed
//               height   px number or CSS length (px, em, rem, vh, %, …); else auto. A fixed
//                        height scrolls inside the widget
//               form     auto | rows | lines | prose (the Report's `form` option); else auto
//   properties  report   (read-only) the last Report, or null
//               text     the text analysed; setting it analyses new text
//   event       plancheck-report  CustomEvent, detail = the Report; bubbles, composed
//   parts       root, error, source, summary, not-read, findings, finding, explanation, table,
//               status, chart, chart-panel, credit
//   CSS custom properties  --plancheck-font, --plancheck-font-size, --plancheck-text,
//               --plancheck-muted, --plancheck-accent, --plancheck-bg, --plancheck-border,
//               --plancheck-radius, --plancheck-error, --plancheck-warning, --plancheck-info
//
// Analysis runs on the main thread, synchronously, whatever the text's size: the widget shows
// a few targets or a page of them (a whole five-year plan takes a few ms), and a worker would
// add a second download of the wasm and a round trip to every change. The page (app.js) moves
// text over 100,000 characters to a worker (analysis.js); a host that feeds the widget text
// that long should expect it to block for the analysis (docs/performance.md gives the
// measured cost per character, then the drawing of the results). Text over 5 MiB is refused by the core itself (a diagnostic,
// no findings).
//
// Isolation: everything lives in an open shadow root styled by plan-check.css (loaded with a
// <link>, which a CSP with style-src 'self' allows). Its root resets every inherited
// property (all: initial), so the host page reaches inside only through ::part and the
// custom properties above.

import { t } from './i18n.js';
import { loadEngine, analyzeWith } from './engine.js';
import { renderChart } from './chart.js';
import {
  h, list, worstSeverityById, coverageSummary, summaryNodes, notReadDetails, findingItem, setFindingSelected,
  renderIndicatorTable, structureItems,
} from './render.js';

// Without a DOM (node, a server-side build step) the module still imports: the base class
// is only needed once define() runs in a browser.
const Base = globalThis.HTMLElement ?? class {};
const FORMS = ['auto', 'rows', 'lines', 'prose'];
const MAX_SRC_BYTES = 5 * 1024 * 1024; // the core's own input limit

/** The `lang` attribute as zh | en: the primary subtag decides ("en-GB" → en), anything else is zh. */
export function parseLang(v) {
  const m = /^\s*(zh|en)(?:[-_][a-z0-9-]*)?\s*$/i.exec(v ?? '');
  return m ? m[1].toLowerCase() : 'zh';
}

/** The `height` attribute as a CSS length: "320" → "320px"; a length or percentage as is; else null (auto). */
export function parseHeight(v) {
  const s = String(v ?? '').trim();
  if (/^\d+(\.\d+)?$/.test(s)) return `${s}px`;
  if (!/^\d*\.?\d+(px|em|rem|ex|ch|lh|vh|vw|vmin|vmax|svh|lvh|dvh|cm|mm|q|in|pt|pc|%)$/i.test(s)) return null;
  return globalThis.CSS && !CSS.supports('height', s) ? null : s;
}

/** The `form` attribute, or auto. */
export function parseForm(v) {
  const s = String(v ?? '').trim().toLowerCase();
  return FORMS.includes(s) ? s : 'auto';
}

/** Text written inside the tag, without the indentation and blank lines that HTML source adds around it. */
export function dedent(s) {
  const lines = String(s).replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const n = indents.length ? Math.min(...indents) : 0;
  return lines.length ? lines.map((l) => l.slice(n)).join('\n') + '\n' : '';
}

export class PlanCheckElement extends Base {
  static get observedAttributes() { return ['lang', 'compact', 'src', 'height', 'form']; }

  #report = null;
  #inline = '';          // the text inside the tag (dedented)
  #fromSrc = null;       // the text fetched from `src`, once loaded
  #assigned = null;      // the text set through the `text` property
  #engine = null;        // the wasm module, once loaded
  #failed = false;       // the engine could not be loaded
  #srcError = null;      // the URL that could not be read
  #selected = -1;        // index of the selected finding
  #styled = null;        // resolves once plan-check.css has loaded (or failed)
  #fetching = null;      // AbortController of the running `src` fetch
  #observer = null;
  #el = {};              // the shadow root's fixed elements

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const link = h('link', { rel: 'stylesheet', href: new URL('./plan-check.css', import.meta.url).href });
    this.#styled = new Promise((resolve) => {
      link.addEventListener('load', resolve);
      link.addEventListener('error', resolve); // unstyled beats nothing
    });
    const e = this.#el;
    e.error = h('p', { class: 'error', part: 'error', role: 'alert', hidden: '' });
    e.source = h('pre', { class: 'source-plain', part: 'source' });
    e.summary = h('p', { class: 'summary', part: 'summary', 'aria-live': 'polite' });
    e.notRead = h('div', { class: 'not-read-slot' });
    e.findings = h('ul', { class: 'findings', part: 'findings' });
    e.caption = h('caption');
    e.table = h('table', { class: 'indicators', part: 'table' }, e.caption);
    e.structures = h('ul', { class: 'structures', hidden: '' });
    e.chart = h('div', { class: 'chart', part: 'chart' });
    e.sourceText = h('pre');
    e.sourceSummary = h('summary');
    e.details = h('details', { class: 'source' }, e.sourceSummary, e.sourceText);
    e.credit = h('p', { class: 'credit', part: 'credit' });
    e.results = h('div', { class: 'results', hidden: '' },
      e.summary, e.notRead, e.findings, h('div', { class: 'table-wrap' }, e.table), e.structures, e.chart, e.details, e.credit);
    e.root = h('div', { class: 'root', part: 'root', role: 'region' }, e.error, e.source, e.results);
    root.append(link, e.root);
    e.findings.addEventListener('click', (ev) => {
      const btn = ev.target.closest('button.finding');
      if (btn) this.#select(Number(btn.dataset.index));
    });
    e.root.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && this.#selected >= 0) this.#select(this.#selected); });
  }

  connectedCallback() {
    this.#inline = dedent(this.textContent);
    if (!this.#observer) {
      // Text inside the tag may be changed later, or arrive after the upgrade while parsing.
      this.#observer = new MutationObserver(() => {
        const next = dedent(this.textContent);
        if (next === this.#inline) return;
        this.#inline = next;
        if (this.#assigned === null && this.#fromSrc === null) this.#analyze();
      });
    }
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#applyHeight();
    this.#paint();
    if (this.hasAttribute('src') && this.#fromSrc === null && !this.#fetching) this.#loadSrc();
    if (!this.#engine && !this.#failed) {
      Promise.all([loadEngine(), this.#styled]).then(([mod]) => {
        this.#engine = mod;
        this.#analyze();
      }, (err) => {
        console.error('plancheck: the analysis engine could not be loaded', err);
        this.#failed = true;
        this.#paint();
      });
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#fetching?.abort();
    this.#fetching = null;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'src') {
      this.#fetching?.abort();
      this.#fetching = null;
      this.#fromSrc = null;
      this.#srcError = null;
      if (value !== null && this.isConnected) this.#loadSrc();
      else this.#analyze();
    } else if (name === 'form') this.#analyze();
    else if (name === 'height') this.#applyHeight();
    else this.#paint(); // lang, compact: the same Report, drawn again
  }

  /** The last Report (contract v2, README "The Report"), or null before the first analysis. */
  get report() { return this.#report; }

  /** The text analysed: set through this property, else fetched from `src`, else written inside the tag. */
  get text() { return this.#assigned ?? this.#fromSrc ?? this.#inline; }
  set text(v) {
    this.#assigned = v === null || v === undefined ? null : String(v);
    this.#analyze();
  }

  get #lang() { return parseLang(this.getAttribute('lang')); }

  async #loadSrc() {
    this.#fetching?.abort();
    const ctl = new AbortController();
    this.#fetching = ctl;
    const raw = this.getAttribute('src');
    let url;
    try {
      url = new URL(raw, document.baseURI);
      const res = await fetch(url, { signal: ctl.signal, credentials: 'same-origin' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = await res.text();
      if (body.length > MAX_SRC_BYTES) throw new Error('file too large');
      if (ctl.signal.aborted) return;
      this.#fromSrc = body;
      this.#assigned = null; // the newer source wins
      this.#srcError = null;
    } catch (err) {
      if (ctl.signal.aborted) return;
      console.warn(`plancheck: src ${raw} not read:`, err);
      this.#srcError = url ? url.href : String(raw);
    }
    if (this.#fetching === ctl) this.#fetching = null;
    this.#analyze();
  }

  #applyHeight() {
    const height = parseHeight(this.getAttribute('height'));
    this.#el.root.style.height = height || ''; // CSSOM, which CSP allows
    this.#el.root.toggleAttribute('data-fixed-height', !!height);
  }

  /** Runs the core on the current text; announces the new Report. */
  #analyze() {
    // While `src` is being fetched, the inline text is only its fallback: wait for the file.
    if (!this.#engine || (this.#fetching && this.#assigned === null)) { this.#paint(); return; }
    try {
      this.#report = analyzeWith(this.#engine, this.text, parseForm(this.getAttribute('form')));
    } catch (err) {
      console.error('plancheck: analysis failed', err);
      this.#report = null;
    }
    this.#selected = -1;
    this.#paint();
    this.dispatchEvent(new CustomEvent('plancheck-report', { detail: this.#report, bubbles: true, composed: true }));
  }

  /** Draws everything from the current state: before the engine, the plain text; after, the results. */
  #paint() {
    const e = this.#el, lang = this.#lang, r = this.#report;
    e.root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    e.root.setAttribute('aria-label', t('widgetLabel', lang));
    const msgs = [];
    if (this.#failed) {
      // Both languages: the failure may come before anyone could pick one.
      msgs.push(h('span', { lang: 'zh-CN' }, t('widgetLoadFailed', 'zh')), ' ', h('span', { lang: 'en' }, t('widgetLoadFailed', 'en')));
    }
    if (this.#srcError) msgs.push(h('span', {}, t('srcFailed', lang, this.#srcError)));
    e.error.replaceChildren(...msgs);
    e.error.hidden = !msgs.length;
    const ready = !!(this.#engine && r);
    e.source.hidden = ready;
    e.source.textContent = this.text;
    e.results.hidden = !ready;
    if (!ready) return;

    const findings = list(r.findings);
    // The honest summary: figures read, relations checked; the ✓ only when relations were checked.
    const sum = coverageSummary(r, findings, lang, !this.text.trim());
    const key = `${sum.state}|${sum.text}`;
    if (e.summary.dataset.key !== key) { // aria-live: only announce real changes
      e.summary.dataset.key = key;
      e.summary.replaceChildren(...summaryNodes(sum));
    }
    e.summary.dataset.state = sum.state;
    const open = e.notRead.querySelector('details[open]') !== null;
    const notRead = this.text.trim() ? notReadDetails(r, this.text, lang) : null;
    if (notRead && open) notRead.open = true;
    e.notRead.replaceChildren(...(notRead ? [notRead] : []));
    e.notRead.hidden = !notRead;
    e.findings.replaceChildren(...findings.map((f, i) => findingItem(f, i, lang, { idPrefix: 'pc' })));
    e.findings.hidden = !findings.length;
    const inds = list(r.indicators);
    e.caption.textContent = t('tableCaption', lang);
    renderIndicatorTable(e.table, inds, worstSeverityById(r), lang);
    e.table.parentElement.hidden = !inds.length;
    const structures = list(r.structures);
    e.structures.replaceChildren(...structureItems(structures, lang));
    e.structures.hidden = !structures.length;
    const compact = this.hasAttribute('compact');
    e.chart.hidden = compact || !inds.length;
    if (!e.chart.hidden) renderChart(e.chart, inds, lang);
    e.details.hidden = compact;
    e.sourceSummary.textContent = t('sourceSummary', lang);
    e.sourceText.textContent = this.text;
    e.credit.textContent = t('poweredBy', lang);
    this.#applySelection();
  }

  #select(i) {
    this.#selected = this.#selected === i ? -1 : i;
    this.#applySelection();
  }

  /** The selected finding opens its arithmetic and marks its rows and chart panels. */
  #applySelection() {
    const f = this.#report && list(this.#report.findings)[this.#selected];
    const ids = new Set(f ? list(f.indicators) : []);
    for (const li of this.#el.findings.children) {
      setFindingSelected(li, Number(li.querySelector('button.finding').dataset.index) === this.#selected);
    }
    for (const x of this.#el.results.querySelectorAll('tr[data-id], li[data-id], figure[data-id]')) {
      if (ids.has(x.dataset.id)) x.dataset.highlight = 'true';
      else delete x.dataset.highlight;
    }
  }
}

/**
 * Registers the element under `tagName` (once; later calls return the registered class).
 * Each name gets its own subclass, since one class cannot be registered twice.
 */
export function define(tagName = 'plan-check') {
  const known = customElements.get(tagName);
  if (known) return known;
  const cls = class extends PlanCheckElement {};
  customElements.define(tagName, cls);
  return cls;
}
