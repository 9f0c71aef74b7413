// Export of a Report without a server: CSV of the year-by-year paths and of the findings
// (UTF-8 with a BOM so that Excel reads the Chinese, RFC 4180 quoting, CRLF rows), the Report
// as JSON, the indicator table as TSV for the clipboard, and the chart as one standalone SVG
// or PNG. The builders of text are pure (node can test them); download() and the chart
// functions need a document. Files are handed over as Blob + object URL + <a download>.

import { t, pick, periodLabel } from './i18n.js';
import { list, tableColumns, computedDecimals } from './render.js';

const finite = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * One CSV field. Numbers are written in full; text is quoted when it holds a comma, quote or
 * line break, and text that a spreadsheet would run as a formula (= + - @ first) gets a
 * leading apostrophe: the CSV may carry pasted text into someone's Excel.
 */
export function csvField(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return finite(v) ? String(v) : '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows (arrays of fields) as CSV text, with the BOM. */
export function toCsv(rows) {
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Rows as TSV (what spreadsheets take from the clipboard): tabs and breaks inside a cell become spaces. */
export function toTsv(rows) {
  const cell = (v) => (v === null || v === undefined || (typeof v === 'number' && !finite(v)) ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  return rows.map((r) => r.map(cell).join('\t')).join('\n') + '\n';
}

/**
 * indicator, unit, period, scope, year, value on the stated-rate path, value on the implied
 * path: one row per year. Paths hold levels of named years only (the core builds them from
 * growth rates, never from changes, sums or multiples), so every row has a year.
 */
export function pathRows(report, lang) {
  const rows = [['csv_indicator', 'csv_unit', 'csv_period', 'csv_scope', 'csv_year', 'csv_path', 'csv_implied'].map((k) => t(k, lang))];
  for (const ind of list(report && report.indicators)) {
    const path = new Map(list(ind.path).map((p) => [p.year, p.value]));
    const implied = new Map(list(ind.implied_path).map((p) => [p.year, p.value]));
    const years = [...new Set([...path.keys(), ...implied.keys()])].filter(finite).sort((a, b) => a - b);
    const period = ind.period ? periodLabel(ind.period, lang) : '';
    for (const y of years) rows.push([ind.name, ind.unit, period, ind.scope || '', y, path.get(y) ?? null, implied.get(y) ?? null]);
  }
  return rows;
}

/**
 * kind, severity, message zh, message en, numbers (";"-separated), the arithmetic in zh and en,
 * then (Report v2) the confidence and why the figures were linked, in zh and en: appended, so
 * that the columns of v1 keep their places.
 */
export function findingRows(report, lang) {
  const keys = ['csv_kind', 'csv_severity', 'csv_message_zh', 'csv_message_en', 'csv_numbers', 'csv_explanation_zh', 'csv_explanation_en',
    'csv_confidence', 'csv_basis_zh', 'csv_basis_en'];
  const rows = [keys.map((k) => t(k, lang))];
  for (const f of list(report && report.findings)) {
    const steps = list(f.explanation);
    rows.push([f.kind, f.severity, pick(f.message, 'zh'), pick(f.message, 'en'),
      list(f.numbers).filter(finite).join('; '),
      steps.map((s) => pick(s, 'zh')).join('\n'), steps.map((s) => pick(s, 'en')).join('\n'),
      f.confidence || '', f.basis ? pick(f.basis, 'zh') : '', f.basis ? pick(f.basis, 'en') : '']);
  }
  return rows;
}

/** The indicator table as shown (same columns), numbers unformatted so that spreadsheets take them as numbers. */
export function tableRows(report, lang) {
  const inds = list(report && report.indicators);
  const cols = tableColumns(inds);
  const round = (v, d) => (finite(v) ? Number(v.toFixed(d)) : null);
  const rows = [cols.map((c) => t('col_' + c, lang).replace(/\u00a0/g, ' ').replace(/\u200b/g, ''))];
  for (const ind of inds) {
    const s = ind.summary || {};
    const status = s.status || (ind.review && ind.review.status);
    // A year of the text's own period (null) is written as the page shows it: 本期 / this period,
    // and the base of such a text 上年同期 / a year before.
    const yr = (y, value, base) => (finite(y) ? y : finite(value) ? t(base ? 'yearBefore' : 'thisPeriod', lang) : null);
    const v = {
      name: ind.name, unit: ind.unit, period: ind.period ? periodLabel(ind.period, lang) : null, scope: ind.scope || null,
      base_year: yr(s.base_year, s.base, true), base: s.base, target_year: yr(s.target_year, s.target),
      target: s.target, rate: round(s.rate, 2), implied: round(s.implied_rate, 2),
      projected: round(s.projected, computedDecimals(s.projected)), gap: round(s.gap_percent, 2),
      required: round(s.required_rate, 2), status: status ? t('status_' + status, lang) : null,
    };
    rows.push(cols.map((c) => v[c] ?? null));
  }
  return rows;
}

/** "plancheck-20260314-0930": a file name that sorts by time and says what made it. */
export function fileStem(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `plancheck-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

// ---------------------------------------------------------------- DOM

/** Saves a Blob under `name` through a temporary <a download> (no server, no navigation). */
export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000); // the download has started long before
}

const SVGNS = 'http://www.w3.org/2000/svg';
// Computed styles written onto the copy as presentation attributes, so that the file looks
// the same without the page's stylesheet (an SVG file or an <img> cannot see it).
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity',
  'font-size', 'font-family', 'font-weight'];

function inlineStyles(live, copy) {
  const cs = getComputedStyle(live);
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v) copy.setAttribute(p, p === 'stroke-dasharray' || p === 'stroke-width' ? v.replace(/px/g, '') : v);
  }
  const a = live.children, b = copy.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i], b[i]);
}

/**
 * The chart panels of `container` (chart.js output) as one standalone SVG document: a title,
 * the legend, and the panels in a grid of up to three columns, each captioned with its name,
 * unit and review status. Returns {svg, width, height}, or null when nothing is drawn.
 */
export function chartSvg(container, lang) {
  const panels = [...container.querySelectorAll('figure.chart-panel')];
  if (!panels.length) return null;
  const PW = 300, PH = 176, CAP = 26, GAP = 16, PAD = 16, HEAD = 30, LEG = 26;
  const cols = Math.min(3, panels.length), rows = Math.ceil(panels.length / cols);
  const width = PAD * 2 + cols * PW + (cols - 1) * GAP;
  const height = PAD + HEAD + LEG + rows * (CAP + PH) + (rows - 1) * GAP + PAD;
  const font = getComputedStyle(container).fontFamily;
  const mk = (name, attrs = {}, text) => {
    const e = document.createElementNS(SVGNS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const root = mk('svg', { xmlns: SVGNS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': font });
  root.append(mk('rect', { width, height, fill: '#ffffff' }));
  root.append(mk('text', { x: PAD, y: PAD + 16, 'font-size': 16, 'font-weight': 700, fill: '#1b2230' }, `plancheck · ${t('chartExportTitle', lang)}`));
  // Legend: each swatch of the live legend, followed by its words.
  let x = PAD;
  for (const li of container.querySelectorAll('.chart-legend li')) {
    const sw = li.querySelector('svg'), label = li.textContent.trim();
    if (sw) {
      const copy = sw.cloneNode(true);
      inlineStyles(sw, copy);
      copy.setAttribute('x', x);
      copy.setAttribute('y', PAD + HEAD);
      root.append(copy);
    }
    root.append(mk('text', { x: x + 30, y: PAD + HEAD + 11, 'font-size': 11.5, fill: '#545e6e' }, label));
    // No layout engine here: estimate the label's width (CJK and full-width forms are square).
    x += 30 + [...label].reduce((w, c) => w + (/[\u2e80-\uffef]/.test(c) ? 11.5 : 6.3), 0) + 18;
  }
  panels.forEach((fig, i) => {
    const px = PAD + (i % cols) * (PW + GAP), py = PAD + HEAD + LEG + Math.floor(i / cols) * (CAP + PH + GAP);
    const name = fig.querySelector('.chart-name')?.textContent || '';
    const unit = fig.querySelector('.chart-unit')?.textContent || '';
    const badge = fig.querySelector('.status-badge');
    const status = badge ? [...badge.children].map((c) => c.textContent).join(' ') : '';
    root.append(mk('text', { x: px, y: py + 16, 'font-size': 13, 'font-weight': 650, fill: '#1b2230' },
      `${name}${unit ? ` (${unit})` : ''}${status ? `  ${status}` : ''}`));
    const live = fig.querySelector('svg');
    const copy = live.cloneNode(true);
    inlineStyles(live, copy);
    for (const [k, v] of Object.entries({ x: px, y: py + CAP, width: PW, height: PH })) copy.setAttribute(k, v);
    copy.removeAttribute('class');
    root.append(copy);
  });
  const svg = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
  return { svg, width, height };
}

/**
 * Draws an SVG document into a canvas and returns a PNG Blob (`scale` × its size). The SVG is
 * loaded as a data: URL because the page's CSP allows data: images but not blob: ones.
 */
export async function svgToPng({ svg, width, height }, scale = 2) {
  const bytes = new TextEncoder().encode(svg);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const img = new Image();
  img.src = 'data:image/svg+xml;base64,' + btoa(bin);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'));
}
