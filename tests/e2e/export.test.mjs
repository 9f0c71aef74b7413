// Export from the page (www/export.js), under the strict CSP header: CSV of the paths and of
// the findings (BOM, quoting; parsed back and compared with the JSON Report), the Report as
// JSON, the table as TSV on the clipboard, the chart as SVG and PNG, and the print
// stylesheet (target/e2e/print.pdf, print.png).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OUT, TEST, STRICT_CSP, serve, close, launch, watchedPage, parseCsv } from './harness.mjs';

const TEXT = [
  '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%',
  '一般公共预算收入 2010=94亿元 2015=270亿元 年均21.9%',
  '社会消费品零售总额 2010=16.8亿元 2015=42亿元 年均20%',
  '三次产业结构 2015=0.4:37.6:62',
].join('\n') + '\n';

let server, origin, browser, page, problems;

before(async () => {
  ({ server, origin } = await serve({ headers: { 'content-security-policy': STRICT_CSP } }));
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  ({ page, problems } = await watchedPage(context));
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#input', TEXT);
  await page.waitForSelector('#indicator-rows tr[data-status]');
});

after(async () => {
  await browser?.close();
  await close(server);
});

/** Clicks an export button and returns {name, bytes} of the file it downloads. */
async function exported(kind) {
  if (!(await page.$eval('#export-menu', (d) => d.open))) await page.click('#export-menu > summary');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`#export-menu [data-export="${kind}"]`)]);
  const file = path.join(OUT, `export-${kind}`);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

let report;

test('the Report as JSON', { timeout: TEST }, async () => {
  const { name, bytes } = await exported('json');
  assert.match(name, /^plancheck-\d{8}-\d{4}\.json$/);
  report = JSON.parse(bytes.toString('utf8'));
  assert.equal(report.version, 2);
  assert.equal(report.coverage.unaccounted, 0);
  assert.ok(report.coverage.relations > 0);
  assert.equal(report.indicators.length, 3);
  assert.equal(report.findings.length, await page.locator('#findings button.finding').count());
  assert.equal(report.indicators[0].review.status, 'acceleration_needed');
  assert.match(await page.textContent('#action-status'), new RegExp(`已下载 ${name}`));
});

test('CSV of the paths: BOM, one row per indicator and year, both paths', { timeout: TEST }, async () => {
  const { name, bytes } = await exported('paths-csv');
  assert.match(name, /-paths\.csv$/);
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM');
  assert.ok(text.includes('\r\n'), 'CRLF rows');
  const rows = parseCsv(text.slice(1));
  assert.deepEqual(rows[0], ['指标', '单位', '时期', '范围', '年份', '按所述增速', '连接基期与目标']);
  const want = report.indicators.flatMap((ind) => ind.path.map((p, i) => [ind.name, ind.unit, '全年', '', String(p.year), String(p.value), String(ind.implied_path[i].value)]));
  assert.deepEqual(rows.slice(1), want);
});

test('CSV of the findings: quoted messages and multi-line arithmetic read back exactly', { timeout: TEST }, async () => {
  const { bytes } = await exported('findings-csv');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0], ['类型', '级别', '说明（中文）', '说明（英文）', '涉及数字', '算式（中文）', '算式（英文）',
    '关联', '关联依据（中文）', '关联依据（英文）']);
  assert.equal(rows.length, report.findings.length + 1);
  report.findings.forEach((f, i) => {
    assert.deepEqual(rows[i + 1], [f.kind, f.severity, f.message.zh, f.message.en, f.numbers.join('; '),
      f.explanation.map((s) => s.zh).join('\n'), f.explanation.map((s) => s.en).join('\n'),
      f.confidence, f.basis ? f.basis.zh : '', f.basis ? f.basis.en : '']);
  });
  assert.ok(rows.slice(1).every((r) => r[7] === 'certain' && r[8].startsWith('关联依据')), 'the confidence and its basis');
  assert.ok(rows.slice(1).some((r) => r[3].includes(',') && r[6].includes('\n')), 'commas and line breaks survived quoting');
});

test('"Copy the table" puts TSV on the clipboard', { timeout: TEST }, async () => {
  await page.click('#export-menu > summary');
  await page.click('#export-menu [data-export="tsv"]');
  assert.equal(await page.$eval('#export-menu', (d) => d.open), false, 'the menu closes once an item is chosen');
  await page.waitForFunction(() => /已复制/.test(document.getElementById('action-status').textContent));
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(lines[0], ['指标', '单位', '基期', '基期值', '目标年', '目标值', '所述增速 %', '隐含增速 %', '按所述增速推算', '偏差 %', '所需增速 %', '进度']);
  assert.equal(lines.length, 4);
  assert.deepEqual(lines[1], ['地区生产总值', '亿元', '2010', '47.6', '2015', '143', '24.6', '24.61', '142.95', '-0.03', '33.7', '需要加快']);
});

test('the chart as SVG and PNG', { timeout: TEST }, async () => {
  const svg = await exported('svg');
  assert.match(svg.name, /-chart\.svg$/);
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/);
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(text).map(Number);
  const panels = await page.locator('#chart figure.chart-panel').count();
  assert.equal((text.match(/<svg /g) || []).length - 1 - (text.match(/aria-hidden="true"/g) || []).length, panels, 'one nested svg per panel');
  for (const ind of report.indicators) assert.ok(text.includes(ind.name), ind.name);
  assert.match(text, /stroke-dasharray="5, ?4"/, 'styles are written into the file');
  assert.ok(text.includes('需要加快'), 'the review status in the panel title');
  const png = await exported('png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
  assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [w * 2, h * 2], 'twice the SVG size');
  assert.ok(png.bytes.length > 20_000, 'with something drawn');
});

test('print: input, table, chart and findings with their arithmetic; no controls', { timeout: TEST }, async () => {
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const vis = (sel) => [...document.querySelectorAll(sel)].every((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0);
    return { backdrop: vis('#backdrop'), table: vis('#indicators'), chart: vis('#chart svg'), findings: vis('#findings li'),
      steps: vis('#findings ol.explanation'), actions: vis('.actions'), textarea: vis('#input'), toggles: vis('.explain-toggle') };
  });
  assert.deepEqual(shown, { backdrop: true, table: true, chart: true, findings: true, steps: true, actions: false, textarea: false, toggles: false });
  // The printed input is the backdrop's mirror of the text (the textarea is hidden).
  await page.waitForFunction(() => document.getElementById('backdrop').textContent.includes(document.getElementById('input').value.trim()));
  await page.screenshot({ path: path.join(OUT, 'print.png'), fullPage: true });
  await page.pdf({ path: path.join(OUT, 'print.pdf'), format: 'A4', printBackground: true });
  assert.ok(fs.statSync(path.join(OUT, 'print.pdf')).size > 20_000);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
});
