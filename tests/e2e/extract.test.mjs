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
  rowsOfGeneratedSpans, tableBlind, lineName, LEVEL_ROLES, GROWTH_KINDS,
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
 * Everything a check depends on that the table can write back, spans left out: levels of named
 * years, growth rates between named years, structures of named years (extract.js). Names as
 * the generated lines write them (lineName). Indicators left with nothing of that are left out,
 * and the unit counts only with a level to carry it (a sum's unit has no line to go in).
 */
function meaning(report) {
  const levels = (i) => i.points.filter((p) => LEVEL_ROLES.includes(p.role) && p.year !== null);
  const rates = (i) => i.rates.filter((r) => GROWTH_KINDS.includes(r.kind) && r.from !== null && r.to !== null);
  return [
    ...report.indicators.filter((i) => levels(i).length || rates(i).length).map((i) => [lineName(i.name), levels(i).length ? i.unit : '',
      levels(i).map((p) => [p.year, p.value, p.lo, p.hi, p.bound, p.role]),
      rates(i).map((r) => [r.from, r.to, r.percent, r.lo, r.hi, r.basis])]),
    ...report.structures.filter((s) => s.year !== null).map((s) => [lineName(s.name), s.year, s.parts.map((p) => [p.value, p.lo, p.hi])]),
  ];
}

const { EXAMPLE, EXAMPLE_LINES, EXAMPLE_ROWS } = await import('../../www/example.js');

test('writing the rows back as lines keeps every interval (example, edge cases)', () => {
  for (const text of [
    EXAMPLE, EXAMPLE_LINES, EXAMPLE_ROWS,
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
    const checkable = report.findings.filter((f) => !tableBlind(f, rows));
    assert.deepEqual(again.findings.map((f) => [f.kind, f.severity, f.numbers]), checkable.map((f) => [f.kind, f.severity, f.numbers]));
    again.findings.forEach((f, i) => {
      const sorted = (s) => s.map(String).sort();
      assert.deepEqual(sorted(mapSpans(f.spans, gen.tokens)), sorted(checkable[i].spans), `finding ${f.kind} maps back to the prose`);
    });
  }
});

// A bulletin of named years in Traditional characters, and a release of its own period (no
// year): written for these tests.
const TRADITIONAL = '2021年某市國民經濟和社會發展統計公報\n初步核算，全年全市地區生產總值為600.5億元，比上年增長6.2%。'
  + '其中，第一產業增加值為50.2億元，增長5.5%；第二產業增加值為250.1億元，增長3.9%；第三產業增加值為300.2億元，增長8.1%。'
  + '三次產業結構為8.4：41.6：50.0。\n';
const YEARLESS = '前三季度，全区实现地区生产总值1291.92亿元，同比增长6.2%。其中，第一产业实现增加值72.61亿元，同比增长3.8%；'
  + '第二产业实现增加值730.63亿元，同比增长7.2%；第三产业实现增加值488.68亿元，同比增长4.8%。三次产业结构为5.6:56.6:37.8。\n';
const KINDS = '2020年全市地区生产总值500亿元，比上年增长3.5%，增加17亿元。\n'
  + '“十二五”期间，固定资产投资年均增长21%，五年累计完成200亿元。\n';

test('what the lines cannot say is listed as statements and never written', () => {
  // Its own period: every fact is a statement (year null), nothing is written.
  const yearless = rowsFromReport(analyze(YEARLESS));
  assert.ok(yearless.length >= 9);
  assert.deepEqual([...new Set(yearless.map((r) => r.type))], ['statement']);
  assert.deepEqual(yearless.filter((r) => r.orig.name === '地区生产总值（前三季度）').map((r) => [r.kind, r.orig.year, r.orig.value]),
    [['level', '', '1291.92'], ['yoy', '', '6.2']]);
  assert.equal(yearless.find((r) => r.kind === 'structure').orig.value, '5.6:56.6:37.8');
  assert.equal(generateLines(yearless).text, '');
  // A change and a sum over years are listed with the levels and rates, not written.
  const rows = rowsFromReport(analyze(KINDS));
  const kinds = rows.map((r) => `${r.type}:${r.kind || r.role || ''}:${r.orig.name}`);
  assert.ok(kinds.includes('statement:change:地区生产总值'), kinds.join(' '));
  assert.ok(kinds.includes('statement:sum:固定资产投资'), kinds.join(' '));
  const change = rows.find((r) => r.kind === 'change');
  assert.deepEqual([change.orig.from, change.orig.year, change.orig.value], ['2019', '2020', '17']);
  const gen = generateLines(rows);
  assert.doesNotMatch(gen.text, /=17亿元|=200亿元/);
  assert.match(gen.text, /^地区生产总值 2020=500亿元 2019→2020年均3\.5%$/m);
  // A statement's figures are not re-checked on a corrected table: findings on them stay.
  const report = analyze(KINDS);
  for (const f of report.findings) {
    const onStatement = f.spans.some(([a]) => rows.some((r) => r.type === 'statement' && r.spans.some(([x]) => x === a)));
    if (onStatement) assert.ok(tableBlind(f, rows), `${f.kind} rests on a statement`);
  }
});

test('a Traditional bulletin round-trips; names keep their period and parent in brackets', () => {
  const report = analyze(TRADITIONAL);
  const rows = rowsFromReport(report);
  assert.ok(rows.every((r) => r.type !== 'statement'), 'every fact has a named year');
  const gen = generateLines(rows);
  assert.match(gen.text, /^地區生產總值 2021=600\.5亿元 2020→2021年均6\.2%$/m);
  assert.deepEqual(meaning(analyze(gen.text, 'lines')), meaning(report), gen.text);
  assert.equal(lineName('地区生产总值（上半年）'), '地区生产总值〔上半年〕');
  // The period stays part of the name: the half year is not merged with the year.
  const halves = analyze('地区生产总值（上半年） 2022=300亿元\n地区生产总值 2022=620亿元\n', 'lines');
  assert.equal(halves.findings.filter((f) => f.kind === 'conflicting_statements').length, 1, 'written with (…), they merge');
  const kept = analyze(`${lineName('地区生产总值（上半年）')} 2022=300亿元\n地区生产总值 2022=620亿元\n`, 'lines');
  assert.deepEqual(kept.findings, [], 'written with 〔…〕, they stay apart');
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
