// Small-multiple SVG charts of each indicator's year-by-year path, drawn by hand (no library).
//
// Data contract (what renderChart reads; everything else in an indicator is ignored):
//
//   renderChart(container: Element, indicators: Indicator[], lang: 'zh' | 'en') -> void
//
//   Indicator = {
//     id:           string,                       // becomes data-id on the panel (<figure>)
//     name, unit:   string,                       // panel title, as text only
//     path:         [{year: int, value: number}]  // at the stated rate   -> solid line
//     implied_path: [{year: int, value: number}]  // through the endpoints -> dashed line
//     points:       [{year, value, lo, hi, bound, role}] // stated levels   -> dots
//                   (only roles base / target / actual / point with a year: a change, a sum
//                   over years or a plan figure is not a level of its year, and a figure of the
//                   text's own period, year null, has no place on a time axis)
//     review:       {status, …} | null            // review mode -> status badge in the title
//   }                                              //   bound 'eq' filled; 'ge'/'le'/'approx'/'cut' hollow;
//                                                  //   role 'actual' -> a diamond (the outcome so far);
//                                                  //   lo..hi (both non-null) -> vertical whisker
//
// One panel per indicator that has a path or an implied path with at least two years (units
// differ, so indicators never share an axis). Each panel: integer year ticks on x, 4–6 "nice"
// value ticks on y, title "name (unit)". One shared legend above the panels, naming only what
// some panel draws. Missing or null
// arrays are treated as empty; non-finite values are skipped.
//
// Output: container's children are replaced by a legend <ul> and a grid of
// <figure data-id part="chart-panel"> elements, each holding a <figcaption> and an
// <svg role="img">; every stated figure is a <g class="point" data-role>. The panels carry
// only classes, so exportChartSvg (export.js) copies their computed styles when saving.
// Every node is made with document.createElementNS and every string from the Report enters
// via textContent or setAttribute, never as HTML, so pasted text cannot inject markup.
// Colours come from CSS classes (style.css: .c-path, .c-implied, .c-point …).

import { t, fmt, fmtCompact } from './i18n.js';
import { statusBadge } from './render.js';

const SVG = 'http://www.w3.org/2000/svg';
const HTML = 'http://www.w3.org/1999/xhtml';
const W = 300, H = 176;                          // viewBox; CSS scales the panel to its cell
const M = { top: 12, right: 12, bottom: 24, left: 46 };

function el(ns, name, attrs = {}, text) {
  const e = document.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}
const svg = (name, attrs, text) => el(SVG, name, attrs, text);

const finite = (v) => typeof v === 'number' && Number.isFinite(v);
const series = (a) => (Array.isArray(a) ? a.filter((p) => p && finite(p.year) && finite(p.value)) : []);
const LEVEL_ROLES = ['base', 'target', 'actual', 'point'];
/** The stated levels of an indicator (see the data contract above). */
const levels = (ind) => series(ind.points).filter((p) => p.role === undefined || LEVEL_ROLES.includes(p.role));

/** A 1-2-5 step giving about `n` intervals over [lo, hi]. */
function niceStep(lo, hi, n) {
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

/** y-axis tick label: compact on axes reaching 10 000 (2万 / 20K), else as many decimals as the step needs. */
function tickLabel(v, step, lang, compact) {
  if (compact) return fmtCompact(v, lang);
  let d = 0; // as many decimals as the step has (0.25 -> 2), so ticks never round to duplicates
  while (d < 6 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-6) d++;
  return fmt(v, lang, d, true);
}

function boundWord(bound, lang) {
  if (bound === 'cut') return t('bound_approx', lang); // a headline's rounded figure reads as "about"
  return bound === 'ge' || bound === 'le' || bound === 'approx' ? t('bound_' + bound, lang) : '';
}

/**
 * The shared legend: one row of swatches, drawn with the same classes as the panels, for what
 * the panels show (`has`: {path, implied, point, hollow, actual, whisker}); a swatch for a
 * series no panel draws would only make the reader look for it.
 */
function legend(lang, has) {
  const items = [
    has.path && ['line', 'c-path', t('legendPath', lang)],
    has.implied && ['line', 'c-implied', t('legendImplied', lang)],
    has.point && ['dot', 'c-point', t('legendPoint', lang)],
    has.hollow && ['dot', 'c-point hollow', t('legendBound', lang)],
    has.actual && ['diamond', 'c-actual', t('legendActual', lang)],
    has.whisker && ['whisker', 'c-whisker', t('legendInterval', lang)],
  ].filter(Boolean);
  const box = el(HTML, 'ul', { class: 'chart-legend' });
  for (const [kind, cls, label] of items) {
    const li = el(HTML, 'li');
    const s = svg('svg', { width: 26, height: 14, viewBox: '0 0 26 14', 'aria-hidden': 'true', focusable: 'false' });
    if (kind === 'line') s.append(svg('line', { x1: 1, y1: 7, x2: 25, y2: 7, class: cls }));
    else if (kind === 'dot') s.append(svg('circle', { cx: 13, cy: 7, r: 4, class: cls }));
    else if (kind === 'diamond') s.append(svg('path', { d: diamond(13, 7, 5), class: cls }));
    else s.append(svg('path', { d: 'M13 1V13M10 1H16M10 13H16', class: cls }));
    li.append(s, el(HTML, 'span', {}, label));
    box.append(li);
  }
  return box;
}

/** A diamond centred on (x, y): the actual value, told apart from stated figures by shape. */
const diamond = (x, y, r) => `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;

function panel(ind, lang) {
  const path = series(ind.path), implied = series(ind.implied_path), points = levels(ind);
  const years = [...path, ...implied, ...points].map((p) => p.year);
  const values = [...path, ...implied, ...points].map((p) => p.value);
  for (const p of points) for (const b of [p.lo, p.hi]) if (finite(b)) values.push(b);

  // Domains, padded so that a flat or one-year series still has some extent.
  let x0 = Math.min(...years), x1 = Math.max(...years);
  if (x0 === x1) { x0 -= 1; x1 += 1; }
  let v0 = Math.min(...values), v1 = Math.max(...values);
  if (v0 === v1) { const d = Math.abs(v0) * 0.1 || 1; v0 -= d; v1 += d; }
  const pad = (v1 - v0) * 0.06;
  const step = niceStep(v0 - pad, v1 + pad, 4);
  const y0 = Math.floor((v0 - pad) / step) * step, y1 = Math.ceil((v1 + pad) / step) * step;

  const pw = W - M.left - M.right, ph = H - M.top - M.bottom;
  const X = (yr) => M.left + ((yr - x0) / (x1 - x0)) * pw;
  const Y = (v) => M.top + (1 - (v - y0) / (y1 - y0)) * ph;
  const r = (n) => Math.round(n * 10) / 10;       // keeps the SVG source short

  const caption = el(HTML, 'figcaption');
  caption.append(el(HTML, 'span', { class: 'chart-name' }, ind.name || ind.id));
  if (ind.unit) caption.append(el(HTML, 'span', { class: 'chart-unit' }, ind.unit));
  const status = ind.review && ind.review.status;
  const badge = status ? statusBadge(status, lang) : null;
  if (badge) caption.append(' ', badge);

  const label = `${ind.name || ''}${ind.unit ? ` (${ind.unit})` : ''}, ${x0}–${x1}${status ? `, ${t('status_' + status, lang)}` : ''}`;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'chart-svg' });

  // Grid and y ticks.
  const grid = svg('g', { class: 'grid' });
  const compact = Math.max(Math.abs(y0), Math.abs(y1)) >= 1e4; // one style per axis, not 7,500 next to 1万
  for (let i = 0; i <= Math.round((y1 - y0) / step) && i < 20; i++) {
    const v = y0 + i * step, y = r(Y(v));
    grid.append(svg('line', { x1: M.left, x2: W - M.right, y1: y, y2: y }));
    grid.append(svg('text', { x: M.left - 6, y: y + 3.5, 'text-anchor': 'end', class: 'tick' }, tickLabel(v, step, lang, compact)));
  }
  // x ticks: every year when few, otherwise a whole-number stride.
  const stride = Math.max(1, Math.ceil((x1 - x0) / 6));
  for (let yr = Math.ceil(x0); yr <= x1; yr += stride) {
    const x = r(X(yr));
    grid.append(svg('line', { x1: x, x2: x, y1: M.top + ph, y2: M.top + ph + 4, class: 'tickmark' }));
    grid.append(svg('text', { x, y: H - 8, 'text-anchor': 'middle', class: 'tick' }, String(yr)));
  }
  grid.append(svg('line', { x1: M.left, x2: W - M.right, y1: M.top + ph, y2: M.top + ph, class: 'axis' }));
  root.append(grid);

  const line = (pts, cls) => {
    if (pts.length < 2) return;
    const d = pts.map((p, i) => `${i ? 'L' : 'M'}${r(X(p.year))} ${r(Y(p.value))}`).join('');
    root.append(svg('path', { d, class: cls, 'data-series': cls.replace('c-', '') }));
  };
  line(implied, 'c-implied');
  line(path, 'c-path');

  // The actual value last, so that it is drawn over the paths and the stated figures.
  const ordered = [...points.filter((p) => p.role !== 'actual'), ...points.filter((p) => p.role === 'actual')];
  for (const p of ordered) {
    const actual = p.role === 'actual';
    const g = svg('g', { class: actual ? 'point actual' : 'point', 'data-role': p.role || 'point' });
    const x = r(X(p.year));
    if (finite(p.lo) && finite(p.hi)) {
      const a = r(Y(p.hi)), b = r(Y(p.lo));
      g.append(svg('path', { d: `M${x} ${a}V${b}M${x - 3} ${a}H${x + 3}M${x - 3} ${b}H${x + 3}`, class: 'c-whisker' }));
    }
    const hollow = p.bound === 'ge' || p.bound === 'le' || p.bound === 'approx' || p.bound === 'cut';
    const cy = r(Y(p.value));
    if (actual) g.append(svg('path', { d: diamond(x, cy, 5.2), class: 'c-actual' }));
    else g.append(svg('circle', { cx: x, cy, r: 3.6, class: hollow ? 'c-point hollow' : 'c-point' }));
    const range = finite(p.lo) || finite(p.hi) ? ` [${fmt(p.lo, lang)} – ${fmt(p.hi, lang)}]` : '';
    const word = actual ? t('legendActual', lang) : boundWord(p.bound, lang);
    g.append(svg('title', {}, `${p.year}: ${word ? word + ' ' : ''}${fmt(p.value, lang)} ${ind.unit || ''}${range}`));
    root.append(g);
  }

  const fig = el(HTML, 'figure', { class: 'chart-panel', 'data-id': ind.id, part: 'chart-panel', 'data-status': status || null });
  fig.append(caption, root);
  return fig;
}

export function renderChart(container, indicators, lang) {
  const drawable = (indicators || []).filter(
    (ind) => series(ind.path).length >= 2 || series(ind.implied_path).length >= 2,
  );
  if (!drawable.length) {
    container.replaceChildren(el(HTML, 'p', { class: 'empty' }, t('noChart', lang)));
    return;
  }
  const grid = el(HTML, 'div', { class: 'chart-grid' });
  for (const ind of drawable) grid.append(panel(ind, lang));
  const points = drawable.flatMap(levels);
  const has = {
    path: drawable.some((ind) => series(ind.path).length >= 2),
    implied: drawable.some((ind) => series(ind.implied_path).length >= 2),
    point: points.some((p) => p.role !== 'actual' && !['ge', 'le', 'approx', 'cut'].includes(p.bound)),
    hollow: points.some((p) => p.role !== 'actual' && ['ge', 'le', 'approx', 'cut'].includes(p.bound)),
    actual: points.some((p) => p.role === 'actual'),
    whisker: points.some((p) => finite(p.lo) && finite(p.hi)),
  };
  container.replaceChildren(legend(lang, has), grid);
}
