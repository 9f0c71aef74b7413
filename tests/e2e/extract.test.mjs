// Tests of www/extract.js (the table of extracted targets without the DOM) against the real
// core, loaded from www/pkg in node: the rows read from a report, written back as "one target
// per line" text, must mean exactly the same intervals again; spans of the generated text must
// map back to the prose; sentences and excerpts. Run: node --test tests/e2e/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  rowsFromReport, generateLines, mapSpans, validate, isEdited, writtenFigure, sentenceAround, excerpt,
  rowsOfGeneratedSpans, TABLE_BLIND_KINDS,
} from '../../www/extract.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'www', 'pkg');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const SEED_PLAN = path.join(SEEDS, '000_0a4f00c585880ffc.txt');
const SEED_ANNUAL = path.join(SEEDS, '001_ab682828fb602c16.txt');
const NO_SEEDS = !fs.existsSync(SEED_PLAN) || !fs.existsSync(SEED_ANNUAL) ? `seed plans not found in ${SEEDS}` : false;

const core = await import(path.join(PKG, 'plancheck.js'));
core.initSync({ module: fs.readFileSync(path.join(PKG, 'plancheck_bg.wasm')) });
const analyze = (text, form = 'auto') => core.analyze(text, { form });

/**
 * Everything a check depends on, spans left out. Indicators with neither points nor rates
 * (a 五年累计 total only) have nothing the table can hold and are left out.
 */
function meaning(report) {
  return [
    ...report.indicators.filter((i) => i.points.length || i.rates.length).map((i) => [i.name, i.unit,
      i.points.map((p) => [p.year, p.value, p.lo, p.hi, p.bound, p.role]),
      i.rates.map((r) => [r.from, r.to, r.percent, r.lo, r.hi, r.basis])]),
    ...report.structures.map((s) => [s.name, s.year, s.parts.map((p) => [p.value, p.lo, p.hi])]),
  ];
}

const EXAMPLE = (await import('../../www/example.js')).EXAMPLE;

test('writing the rows back as lines keeps every interval (example, edge cases)', () => {
  for (const text of [
    EXAMPLE,
    '收入 2010=1.5万元 2015=20000元 年均6%\n比重 2010=24.0% 2015=30%以上\n失业率 2015=4.5%以内\n增速 2025→2026年均6%左右 2020→2025年均-2%\n',
    '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 2010→2015年均24.6%\n',
  ]) {
    const report = analyze(text);
    const gen = generateLines(rowsFromReport(report));
    assert.deepEqual(gen.skipped, []);
    assert.deepEqual(meaning(analyze(gen.text, 'lines')), meaning(report), gen.text);
  }
});

test('the whole plans round-trip: same facts, same findings, spans mapped to the prose', { skip: NO_SEEDS }, () => {
  for (const file of [SEED_PLAN, SEED_ANNUAL]) {
    const text = fs.readFileSync(file, 'utf8');
    const report = analyze(text);
    assert.equal(report.form, 'prose');
    const rows = rowsFromReport(report);
    const gen = generateLines(rows);
    const again = analyze(gen.text, 'lines');
    assert.deepEqual(again.diagnostics, [], 'the generated lines are all understood');
    assert.deepEqual(meaning(again), meaning(report));
    // The same findings, except those resting on facts the table cannot hold.
    const checkable = report.findings.filter((f) => !TABLE_BLIND_KINDS.has(f.kind));
    assert.deepEqual(again.findings.map((f) => [f.kind, f.severity, f.numbers]), checkable.map((f) => [f.kind, f.severity, f.numbers]));
    again.findings.forEach((f, i) => {
      const sorted = (s) => s.map(String).sort();
      assert.deepEqual(sorted(mapSpans(f.spans, gen.tokens)), sorted(checkable[i].spans), `finding ${f.kind} maps back to the prose`);
    });
  }
});

test('an edited row is written with the edit; its spans still point at the prose', { skip: NO_SEEDS }, () => {
  const text = fs.readFileSync(SEED_PLAN, 'utf8');
  const rows = rowsFromReport(analyze(text));
  const row = rows.find((r) => r.type === 'point' && r.orig.name === '工业增加值' && r.orig.value === '45.7');
  assert.ok(row);
  assert.equal(text.slice(...row.spans[0]), '45.7');
  row.cur.value = '60';
  assert.ok(isEdited(row));
  const gen = generateLines(rows);
  assert.match(gen.text, /^工业增加值 2010=13\.9亿元 2015=60亿元 2005→2010年均53\.5% 2010→2015年均26\.7%$/m);
  const f = analyze(gen.text, 'lines').findings.find((x) => x.kind === 'rate_vs_endpoints' && x.numbers.includes(60));
  assert.ok(f, 'a finding about the corrected figure');
  const prose = mapSpans(f.spans, gen.tokens).map(([a, b]) => text.slice(a, b)).sort();
  assert.deepEqual(prose, ['13.9', '26.7', '45.7']);
  assert.ok(rowsOfGeneratedSpans(f.spans, gen.tokens).has(row.index));

  // Deleting leaves the row out; an invalid cell leaves it out and says so.
  row.deleted = true;
  assert.doesNotMatch(generateLines(rows).text, /2015=60亿元/);
  row.deleted = false;
  row.cur.value = '6x';
  assert.deepEqual(validate(row).bad, ['value']);
  assert.deepEqual(generateLines(rows).skipped, [row.index]);
});

test('figures are written with the precision they were read with', () => {
  assert.deepEqual(writtenFigure(24, 23.95, 24.05, 'eq', '%'), { text: '24.0', unit: '%' });
  assert.deepEqual(writtenFigure(143, 142.5, 143.5, 'eq', '亿元'), { text: '143', unit: '亿元' });
  assert.deepEqual(writtenFigure(15000, 14500, 15500, 'eq', '元'), { text: '1.5', unit: '万元' });
  assert.deepEqual(writtenFigure(400, 399.5, null, 'ge', '万亩'), { text: '400', unit: '万亩' });
  assert.deepEqual(writtenFigure(2.4, null, 2.45, 'le', '%'), { text: '2.4', unit: '%' });
  const [rate] = rowsFromReport(analyze('增速 2025→2026年均6%左右\n')).filter((r) => r.type === 'rate');
  assert.equal(rate.orig.bound, 'approx');
  assert.equal(rate.orig.percent, '6');
});

test('validation folds full-width input and rejects what the lines reader cannot take', () => {
  const row = (type, cur) => ({ type, cur, orig: cur, spans: [], index: 0, deleted: false });
  assert.deepEqual(validate(row('point', { name: '地区 生产总值', year: '２０１５', value: '１,４３０.５', unit: '亿元', bound: 'eq' })).norm,
    { name: '地区生产总值', year: '2015', value: '1430.5', unit: '亿元', bound: 'eq' });
  assert.deepEqual(validate(row('rate', { name: 'x', from: '2015', to: '2010', percent: '5', bound: 'eq' })).bad, ['to']);
  assert.deepEqual(validate(row('rate', { name: 'x', from: '2010', to: '2015', percent: '－5', bound: 'eq' })).norm.percent, '-5');
  assert.deepEqual(validate(row('structure', { name: 'x', year: '2015', parts: '0.4：37.6：62' })).norm.parts, '0.4:37.6:62');
  assert.deepEqual(validate(row('structure', { name: 'x', year: '2015', parts: '62' })).bad, ['parts']);
  assert.deepEqual(validate(row('point', { name: '', year: '15', value: '', unit: '2亿', bound: 'eq' })).bad, ['name', 'year', 'value', 'unit']);
});

test('sentences and excerpts', () => {
  const text = '前言。\n  到2015年，地区生产总值达143亿元，年均增长24.6%。财政总收入达10亿元！\n下一行';
  const at = text.indexOf('143');
  const [s, e] = sentenceAround(text, at, at + 3);
  assert.equal(text.slice(s, e), '到2015年，地区生产总值达143亿元，年均增长24.6%。');
  const last = text.indexOf('下一行');
  assert.equal(text.slice(...sentenceAround(text, last, last + 1)), '下一行');
  assert.deepEqual(excerpt(text, at, at + 3, 4), { before: '…产总值达', hit: '143', after: '亿元，年…' });
});
