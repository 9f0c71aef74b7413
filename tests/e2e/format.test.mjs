// www/i18n.js formats numbers by hand rather than with Intl.NumberFormat, whose first use costs
// the page tens of milliseconds on the way to its first result. These tests hold the hand-written
// formatters to Intl's text (node carries the same ICU data as Chromium) on values drawn the way
// the page meets them: figures of plans, chart ticks on 1-2-2.5-5 steps, and random magnitudes.
// The one intended difference: a value that rounds to zero has no sign ("0", where Intl writes "-0").
// Run: node --test tests/e2e/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fmt, fmtCompact, periodLabel, HOLIDAYS } from '../../www/i18n.js';

/** A small fixed-seed generator (mulberry32), so that a failure names a value that reproduces. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values as the page meets them: ticks (k × a 1-2-2.5-5 step), rounded figures, any magnitude. */
function values(n, seed) {
  const r = rng(seed), out = [];
  const steps = [1, 2, 2.5, 5];
  for (let i = 0; i < n; i++) {
    const mag = 10 ** Math.floor(r() * 34 - 8);      // 1e-8 … 1e25
    const sign = r() < 0.2 ? -1 : 1;
    switch (i % 3) {
      case 0: out.push(sign * Math.round(r() * 20) * steps[Math.floor(r() * 4)] * mag); break;
      case 1: out.push(sign * Number((r() * 10).toFixed(Math.floor(r() * 5))) * mag); break;
      default: out.push(sign * r() * mag);
    }
  }
  return out;
}

// Edges: unit boundaries and values whose rounding reaches the next unit.
const EDGES = [0, 5, 999, 999.995, 1000, 1500, 9999, 9999.995, 10000, 12345, 99999, 99999999, 99995000,
  1e8, 123456789, 999999999999, 1e12, 1.5e12, 1e15, 1e16, 1e17, 1e21, 1e22, -2500, -12345, 0.5, 1234.5,
  0.125, 1.005, 2.675, 1e-7, 123456.785, 7.5e3, 2.5e4, 4e8];

const intl = (lang, opts) => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', opts);
/** Intl's text, with the one intended difference taken out. */
const expected = (f, v) => f.format(v).replace(/^-(0(\.0*)?)$/, '$1');

function check(name, ours, opts, vals) {
  for (const lang of ['zh', 'en']) {
    const f = intl(lang, opts);
    const bad = [];
    for (const v of vals) {
      const want = expected(f, v), got = ours(v, lang);
      if (got !== want) bad.push(`${v} (${lang}): expected ${want}, found ${got}`);
    }
    assert.deepEqual(bad.slice(0, 10), [], `${name}: ${bad.length} of ${vals.length} differ`);
  }
}

test('fmtCompact writes what Intl compact notation writes (edges and 50,000 drawn values)', () => {
  check('fmtCompact', fmtCompact, { notation: 'compact', maximumFractionDigits: 2 }, [...EDGES, ...values(50_000, 7)]);
});

test('fmt writes what Intl writes, with 0 to 4 decimals (edges and 50,000 drawn values)', () => {
  for (const d of [0, 2, 4]) {
    check(`fmt(…, ${d})`, (v, lang) => fmt(v, lang, d), { maximumFractionDigits: d }, [...EDGES, ...values(50_000, 11 + d)]);
  }
});

test('fmtCompact and fmt examples from their documentation', () => {
  const cases = [
    [fmtCompact(12345, 'zh'), '1.23万'], [fmtCompact(12345, 'en'), '12.35K'], [fmtCompact(9999, 'zh'), '9999'],
    [fmtCompact(99999999, 'zh'), '1亿'], [fmtCompact(-2500, 'en'), '-2.5K'],
    [fmt(1234567.891, 'zh', 2), '1,234,567.89'], [fmt(1.005, 'en', 2), '1.01'], [fmt(3, 'en', 2, true), '3.00'],
    [fmt(-0.00001, 'zh', 4), '0'], [fmtCompact(NaN, 'zh'), '—'],
  ];
  for (const [got, want] of cases) assert.equal(got, want);
});

// Spans of days: the code src/period.rs Part::code writes, in the words Part::label gives.
test('spans of days in words', () => {
  assert.equal(periodLabel('d10.4-10.7', 'zh'), '10月4日-7日');
  assert.equal(periodLabel('d9.29-10.6', 'zh'), '9月29日-10月6日');
  assert.equal(periodLabel('d9.29-10.6', 'en'), 'Sep 29 – Oct 6');
  assert.equal(periodLabel('d10.4-10.7', 'en'), 'Oct 4–7');
});

// The first or last days of a holiday: the codes and words of src/period.rs Part::HolidayDays
// (its test `days_of_a_holiday` writes the same four).
test('days of a holiday in words', () => {
  assert.equal(periodLabel('national-day-first3', 'zh'), '国庆假期前3天');
  assert.equal(periodLabel('holiday-last5', 'zh'), '假期后5天');
  assert.equal(periodLabel('national-day-first3', 'en'), 'National Day holiday, first 3 days');
  assert.equal(periodLabel('holiday-last5', 'en'), 'holiday, last 5 days');
  assert.equal(periodLabel('unknown-first3', 'zh'), 'unknown-first3');
});

// The holidays' period codes have one writer, src/period.rs HOLIDAYS: every code it writes has
// the page's words, with the core's Chinese name, and the page names no holiday the core lacks.
test('holiday period codes match the core', () => {
  const src = readFileSync(new URL('../../src/period.rs', import.meta.url), 'utf8');
  const table = src.slice(src.indexOf('pub const HOLIDAYS'), src.indexOf('];', src.indexOf('pub const HOLIDAYS')));
  const rows = [...table.matchAll(/\("([^"]+)", "([^"]+)"\)/g)].map((m) => ({ zh: m[1], code: m[2] }));
  assert.ok(rows.length >= 8, `expected the HOLIDAYS rows of src/period.rs, found ${rows.length}`);
  for (const { zh, code } of rows) {
    assert.equal(periodLabel(code, 'zh'), zh, code);
    assert.notEqual(periodLabel(code, 'en'), code, code);
  }
  assert.deepEqual(Object.keys(HOLIDAYS).sort(), rows.map((r) => r.code).sort());
});
