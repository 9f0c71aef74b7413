// End-to-end test of the static page (www/) in headless Chromium, driven by playwright-core.
// It serves www/ itself on 127.0.0.1 (ephemeral port), opens the page, checks the worked
// example, pastes spreadsheet rows with one impossible rate, checks the findings and their
// highlighting, the language toggle, then pastes whole plans as prose (the seeds in
// ../shared/seeds, beside the repository): the table of extracted targets, the sentence
// highlights, the figures not checked, a corrected figure and its revert. It checks that no
// request leaves the local origin, and saves screenshots to target/e2e/.
// Run: NODE_PATH=.tools/node_modules node --test tests/e2e/
//
// It also checks the arithmetic behind each finding and review mode (status, required rate,
// the actual value in the chart), and that every request is one of the page's own files.
// It relies on the stable hooks documented at the top of www/app.js; the server and browser
// set-up is in harness.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, WWW, OUT, WAIT, TEST, serve, close, launch, contrast } from './harness.mjs';

// The seed plans sit beside the repository (../shared/seeds), not inside it.
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const SEED_PLAN = path.join(SEEDS, '000_0a4f00c585880ffc.txt');   // 二连浩特 “十二五” plan, 57 KB
const SEED_ANNUAL = path.join(SEEDS, '001_ab682828fb602c16.txt'); // an annual plan (2026)
const NO_SEEDS = !fs.existsSync(SEED_PLAN) || !fs.existsSync(SEED_ANNUAL)
  ? `seed plans not found in ${SEEDS}` : false;

const ROWS = [
  '指标\t单位\t基期年份\t基期值\t目标年份\t目标值\t年均增长',
  '地区生产总值\t亿元\t2010\t47.6\t2015\t143\t24.6',
  '社会消费品零售总额\t亿元\t2010\t16.8\t2015\t42\t20',
  '城镇居民人均可支配收入\t元\t2010\t22281\t2015\t40150\t12.5',
  '农牧民人均纯收入\t元\t2010\t7490\t2015\t15730\t16',
  '财政总收入\t亿元\t2010\t3.7\t2015\t10\t40',
].join('\n') + '\n';

let server, origin, browser, page;
const requests = [];   // every URL the page asked for
const pageErrors = []; // uncaught exceptions and console errors

before(async () => {
  ({ server, origin } = await serve());
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`); });
});

after(async () => {
  await browser?.close();
  await close(server);
});

const count = (sel) => page.locator(sel).count();

test('the worked example renders on first open: the plan\'s own prose', { timeout: TEST }, async () => {
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  // Either the first report renders or the page reports that the engine failed: fail fast then.
  await page.waitForSelector('body[data-ready="true"], #status[data-state="error"]');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ready',
    `the engine did not load: ${await page.textContent('#status')}`);
  await page.waitForSelector('#indicator-rows tr[data-id]');
  assert.match(await page.inputValue('#input'), /^——经济增长。“十二五”期末，地区生产总值年均增长24\.6%，达143 亿元。/);
  assert.equal(await page.getAttribute('#form-badge', 'data-form'), 'prose');
  assert.ok(await count('#indicator-rows tr[data-id]') >= 8, 'table has indicator rows');
  assert.ok(await count('#chart svg path[data-series]') >= 6, 'chart has paths');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  // The honest summary: every figure read (17 numbers with a unit and the structure
  // 0.4：37.6：62, counted once), two relations checked (the five-year sum, the structure),
  // nothing failed: the green mark.
  assert.match(await page.textContent('#findings-summary'), /^✓ 读取 18 个数字，核查 2 组关系：未发现问题（另有 1 条提示）。$/);
  assert.equal(await page.getAttribute('#findings-summary', 'data-state'), 'ok');
  assert.equal(await page.textContent('#coverage-note'), '文中 18 个数字全部读取。');
  assert.ok(await page.isVisible('#example-note'));
  // The sum over 2010–2015 is listed with the indicator, read only, and not charted.
  const sum = page.locator('#target-rows tr[data-type="statement"][data-kind="sum"]');
  assert.equal(await sum.count(), 1);
  assert.match(await sum.innerText(), /^固定资产投资\s+累计数[^]*\s2010→2015\s+200\s/);
  assert.equal(await count('#chart g.point[data-role="sum"]'), 0);
});

test('the other two examples are one click away', { timeout: TEST }, async () => {
  for (const [button, form, start] of [['#btn-example-lines', 'lines', /^地区生产总值 2010=47\.6亿元/], ['#btn-example-rows', 'rows', /^指标\t单位/]]) {
    await page.click(button);
    await page.waitForSelector(`#form-badge[data-form="${form}"]`);
    assert.match(await page.inputValue('#input'), start);
    assert.ok(await page.isVisible('#example-note'), 'the source of the example is named');
    await page.waitForSelector('#findings button.finding[data-kind="rate_vs_endpoints"]');
  }
  await page.click('#btn-example');
  await page.waitForSelector('#form-badge[data-form="prose"]');
});

test('pasted spreadsheet rows are detected, tabulated, charted and checked', { timeout: TEST }, async () => {
  assert.equal(await page.getAttribute('body', 'data-ready'), 'true', 'the page never rendered a report');
  await page.click('#btn-clear');
  assert.equal(await page.inputValue('#input'), '');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'input', 'Clear focuses the input');
  await page.waitForSelector('#form-badge[data-form="empty"]');

  await page.fill('#input', ROWS);
  await page.waitForSelector('#form-badge[data-form="rows"]');
  await page.waitForFunction(() => document.querySelectorAll('#indicator-rows tr[data-id]').length === 5)
    .catch(() => {}); // the assertion below reports the actual count

  const rows = page.locator('#indicator-rows tr[data-id]');
  assert.equal(await rows.count(), 5, 'five indicator rows');
  assert.equal(await rows.filter({ hasText: '地区生产总值' }).count(), 1);

  const panels = page.locator('#chart figure.chart-panel');
  assert.ok(await panels.count() >= 5, `at least 5 chart panels (got ${await panels.count()})`);
  for (let i = 0; i < await panels.count(); i++) {
    assert.ok(await panels.nth(i).locator('path[data-series]').count() >= 1, `panel ${i} has a path`);
  }

  const errors = page.locator('#findings button.finding[data-severity="error"]');
  assert.ok(await errors.count() >= 1, 'at least one error finding');
  assert.ok(Number(await page.getAttribute('#findings-summary', 'data-errors')) >= 1, 'summary counts the error');
  const fiscal = errors.filter({ hasText: '财政总收入' }).first();
  assert.equal(await fiscal.count(), 1, 'an error finding mentions 财政总收入');

  await fiscal.click();
  assert.equal(await fiscal.getAttribute('aria-pressed'), 'true');
  const row = rows.filter({ hasText: '财政总收入' });
  assert.equal(await row.getAttribute('data-highlight'), 'true', 'the 财政总收入 row is highlighted');
  const id = await row.getAttribute('data-id');
  assert.equal(await page.getAttribute(`#chart figure.chart-panel[data-id="${id}"]`, 'data-highlight'), 'true');
  assert.ok(await count('#backdrop mark') >= 1, 'its spans are marked in the input');
  const sel = await page.locator('#input').evaluate((t) => [t.selectionStart, t.selectionEnd]);
  assert.ok(sel[1] > sel[0], 'the first span is selected in the textarea');

  // Keyboard: Enter on the focused finding toggles it off again.
  await fiscal.focus();
  await page.keyboard.press('Enter');
  assert.equal(await fiscal.getAttribute('aria-pressed'), 'false');
  assert.equal(await row.getAttribute('data-highlight'), null);
  await fiscal.click(); // leave it selected for the screenshot
});

test('each finding shows its arithmetic behind a disclosure button, open while selected', { timeout: TEST }, async () => {
  const item = page.locator('#findings > li.finding-item', { hasText: '财政总收入' }).first();
  const finding = item.locator('button.finding');
  const toggle = item.locator('button.explain-toggle');
  const steps = item.locator('ol.explanation');
  // Left selected by the previous test: its arithmetic is open.
  assert.equal(await finding.getAttribute('aria-pressed'), 'true');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await steps.isVisible());
  assert.equal(await toggle.getAttribute('aria-controls'), await steps.getAttribute('id'));
  assert.ok(await steps.locator('li').count() >= 2, 'several steps');
  assert.match(await steps.innerText(), /\(目标 ÷ 基数\)\^\(1\/5\) − 1/, 'the zh arithmetic');
  await finding.click(); // deselect: closes again
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await steps.isVisible()));
  // Keyboard only: Tab from the finding reaches the disclosure button; Space opens it.
  await finding.focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'explain-toggle');
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await steps.isVisible());
  // Opened by hand, it stays open when the finding is selected and deselected.
  await finding.click();
  await finding.click();
  assert.ok(await steps.isVisible());
  await page.keyboard.press('Enter'); // focus is on the finding after the clicks: select it again
  await toggle.click();
  assert.ok(!(await steps.isVisible()), 'the reader closes it even while selected');
  await toggle.click();
});

test('the language toggle switches the interface to English and back', { timeout: TEST }, async () => {
  const label = () => page.textContent('#input-label');
  const zh = await label();
  await page.click('#btn-lang');
  await page.waitForFunction((before) => document.getElementById('input-label').textContent !== before, zh);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await label(), 'Plan targets');
  assert.equal((await page.textContent('#btn-clear')).trim(), 'Clear');
  await page.screenshot({ path: path.join(OUT, 'page-en.png'), fullPage: true });
  await page.click('#btn-lang');
  await page.waitForFunction((before) => document.getElementById('input-label').textContent === before, zh);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
});

test('a full-page screenshot is saved', { timeout: TEST }, async () => {
  const file = path.join(OUT, 'page.png');
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 10_000);
});

test('review mode: an actual value gives the status, the required rate and a diamond in the chart', { timeout: TEST }, async () => {
  await page.fill('#input', '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%\n');
  const row = page.locator('#indicator-rows tr[data-id][data-status="acceleration_needed"]');
  await row.waitFor();
  const cols = await page.$$eval('#indicators thead th', (ths) => ths.map((th) => th.dataset.col));
  assert.deepEqual(cols.slice(-2), ['required', 'status'], 'review columns at the end');
  assert.equal(await page.locator('#indicators thead th').evaluateAll((ths) => ths.every((th) => th.getAttribute('scope') === 'col')), true);
  assert.equal((await row.locator('td.required').textContent()).trim(), '33.70', 'the rate now required');
  const badge = row.locator('.status-badge[data-status="acceleration_needed"]');
  assert.equal((await badge.textContent()).trim(), '▲需要加快', 'icon and words, not colour alone');
  assert.match(await row.locator('.review-note').textContent(), /2013年实际 80亿元，已实现年均 18\.89%/);
  // The chart marks the actual point as a diamond (role "actual") and names the status.
  const panel = page.locator('#chart figure.chart-panel[data-status="acceleration_needed"]');
  assert.equal(await panel.count(), 1);
  assert.match(await panel.locator('figcaption').textContent(), /需要加快/);
  assert.equal(await panel.locator('g.point[data-role="actual"] path.c-actual').count(), 1, 'a diamond for 2013');
  assert.equal(await panel.locator('g.point[data-role="base"] circle').count(), 1);
  assert.match(await panel.locator('g.point[data-role="actual"] title').textContent(), /2013: 实际值 80/);
  assert.match(await panel.locator('svg').getAttribute('aria-label'), /需要加快/);
  assert.ok(await page.locator('#chart .chart-legend li', { hasText: '实际值' }).count() === 1, 'the legend explains the diamond');
  await page.locator('#results').screenshot({ path: path.join(OUT, 'page-review.png') });
  // WCAG AA for the text of the page, badges and notes included.
  const low = await contrast(page, ['.masthead', '.pane-input', '#results']);
  assert.ok(low.checked > 50);
  assert.deepEqual(low.out, [], 'every text passes 4.5:1');
  // In English too.
  await page.click('#btn-lang');
  assert.equal((await badge.textContent()).trim(), '▲Acceleration needed');
  assert.equal(await page.textContent('#indicators thead th[data-col="required"]'), 'Required rate\u00a0%');
  await page.locator('#results').screenshot({ path: path.join(OUT, 'page-review-en.png') });
  await page.click('#btn-lang');
  // Without an actual value the two columns go away.
  await page.fill('#input', '地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%\n');
  await page.waitForFunction(() => !document.querySelector('#indicators thead th[data-col="status"]'));
});

// ---------------------------------------------------------------- prose

/** The row of the extracted-targets table whose cells, as read, have these values. */
function targetRow(type, fields) {
  let row = page.locator(`#target-rows tr[data-type="${type}"]`);
  for (const [f, v] of Object.entries(fields)) {
    row = row.filter({ has: page.locator(`[data-field="${f}"][value="${v}"]`) });
  }
  return row;
}

const findingsText = () => page.locator('#findings').innerText();

test('a whole five-year plan pasted as prose is read, tabulated and checked', { timeout: TEST, skip: NO_SEEDS }, async () => {
  const plan = fs.readFileSync(SEED_PLAN, 'utf8');
  await page.fill('#input', plan);
  await page.waitForSelector('#form-badge[data-form="prose"]');
  await page.waitForSelector('#target-rows tr[data-row]');
  assert.equal((await page.inputValue('#input')).length, plan.length, 'the whole plan is in the textarea');

  const gdp = targetRow('point', { name: '地区生产总值', year: '2015', value: '143' });
  assert.equal(await gdp.count(), 1, 'the extracted targets include 地区生产总值 2015 = 143');
  assert.equal(await gdp.locator('[data-field="unit"]').inputValue(), '亿元');

  const share = page.locator('#findings button.finding[data-severity="warning"]', { hasText: '29.4' });
  assert.ok(await share.count() >= 1, `a warning mentions 29.4: ${await findingsText()}`);
  assert.equal(await count('#findings button.finding[data-severity="error"]'), 0, 'no error on the plan as written');

  assert.ok(await page.isVisible('#skipped-block'), 'the figures-not-checked section is shown');
  assert.ok(await count('#diagnostics button.diagnostic') >= 1, 'it lists at least one figure');
  assert.ok(await count('#diagnostics .diag-group[data-group="no_year"] button.diagnostic') >= 1, 'figures without a year are grouped');
  // Every group is counted, and the counts add up to the total.
  const byGroup = Object.fromEntries(await page.$$eval('#diagnostics .diag-group', (gs) => gs.map((g) => [g.dataset.group, Number(g.querySelector('h3 .count').textContent.replace(/\D/g, ''))])));
  const skipped = Object.values(byGroup).reduce((a, b) => a + b, 0);
  assert.match(await page.textContent('#skipped-count'), new RegExp(`\\b${skipped}\\b`), 'and counts them');
  // The groups of figures not read hold as many as the coverage counts for each reason. The
  // page numbers of the table of contents are bare numbers, not figures: none of them is listed.
  assert.equal(byGroup.unitless, undefined, `no bare number is listed as a figure not read (${byGroup.unitless})`);
  assert.equal(await count('#diagnostics .diag-group[data-group="no_year"] button.diagnostic'), byGroup.no_year);
  const figures = Number(await page.getAttribute('#findings-summary', 'data-figures'));
  const read = Number(await page.getAttribute('#findings-summary', 'data-read'));
  const notRead = ['no_year', 'no_name', 'noun_phrase', 'other_period', 'other_region', 'restated', 'list_mismatch', 'not_understood']
    .reduce((n, g) => n + (byGroup[g] || 0), 0);
  assert.equal(notRead, figures - read, 'the not-read groups hold every figure not read, and only those');
  assert.match(await page.textContent('#coverage-note'), new RegExp(`另有 ${figures - read} 个数字（占全部 ${figures} 个的 \\d+%）未读取。`));

  // Clicking a skipped figure selects it in the textarea and marks it.
  const firstSkipped = page.locator('#diagnostics button.diagnostic').first();
  await firstSkipped.click();
  const hit = (await firstSkipped.locator('.hit').textContent()).trim();
  const sel = await page.locator('#input').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(sel, hit, 'the skipped figure is selected in the input');
  assert.ok(await page.locator('#backdrop mark[data-kind="figure"][data-selected="true"]', { hasText: hit }).count() >= 1);
  await firstSkipped.click(); // off again

  // Timing of the analysis is shown (and recorded on body for the log).
  const ms = Number(await page.getAttribute('body', 'data-analyze-ms'));
  const renderMs = Number(await page.getAttribute('body', 'data-render-ms'));
  console.log(`# seed 000 (${plan.length} chars) in the page: analyse ${ms} ms, render ${renderMs} ms`);
  assert.ok(ms >= 0 && ms < 2000, `the analysis of the plan is fast (${ms} ms)`);
});

test('hovering an extracted row marks its sentence in the input', { timeout: TEST, skip: NO_SEEDS }, async () => {
  const gdp = targetRow('point', { name: '地区生产总值', year: '2015', value: '143' });
  await gdp.locator('td.kind').hover();
  const sentence = page.locator('#backdrop mark[data-kind="sentence"][data-hover="true"]', { hasText: '143' });
  await sentence.waitFor({ state: 'attached' });
  assert.ok((await sentence.textContent()).includes('地区生产总值'), 'the whole sentence is marked, name included');
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => !document.querySelector('#backdrop mark[data-hover]'));

  // The same from the keyboard: focusing a cell of the row.
  await gdp.locator('[data-field="value"]').focus();
  await sentence.waitFor({ state: 'attached' });
  await page.locator('#input').focus(); // blur
  await page.waitForFunction(() => !document.querySelector('#backdrop mark[data-hover]'));

  // Rows of the indicator table do the same.
  const indRow = page.locator('#indicator-rows tr[data-id]', { hasText: '地区生产总值' }).first();
  await indRow.hover();
  await page.locator('#backdrop mark[data-kind="sentence"][data-hover="true"]', { hasText: '143' }).waitFor({ state: 'attached' });
  await page.mouse.move(5, 5);
});

test('clicking a finding scrolls the long input to its sentences', { timeout: TEST, skip: NO_SEEDS }, async () => {
  await page.evaluate(() => { const t = document.getElementById('input'); t.scrollTop = 0; });
  const share = page.locator('#findings button.finding[data-kind="share"]').first();
  await share.click();
  assert.equal(await share.getAttribute('aria-pressed'), 'true');
  const mark = page.locator('#backdrop mark[data-kind="figure"][data-selected="true"]', { hasText: '29.4' });
  assert.equal(await mark.count(), 1, 'a mark holds 29.4');
  assert.ok(await count('#backdrop mark[data-kind="sentence"]') >= 1, 'its sentences are marked lightly');
  const { scrollTop, backdropTop, markTop, height } = await page.evaluate(() => {
    const t = document.getElementById('input'), b = document.getElementById('backdrop');
    const m = [...b.querySelectorAll('mark[data-selected]')].find((x) => x.textContent === '29.4');
    return { scrollTop: t.scrollTop, backdropTop: b.scrollTop, markTop: m.offsetTop, height: t.clientHeight };
  });
  assert.ok(scrollTop > 0, 'the textarea scrolled');
  assert.equal(backdropTop, scrollTop, 'the backdrop scrolls with it');
  assert.ok(markTop >= scrollTop && markTop < scrollTop + height, `29.4 is in view (${markTop} in ${scrollTop}..${scrollTop + height})`);
  // The rows it concerns are marked in the extracted-targets table.
  assert.ok(await targetRow('point', { name: '工业经济占地区生产总值比重', value: '29.4' }).getAttribute('data-highlight') === 'true');
  await page.screenshot({ path: path.join(OUT, 'prose.png') });
  await page.screenshot({ path: path.join(OUT, 'prose-full.png'), fullPage: true });
});

test('correcting an extracted figure re-checks the corrected table; revert restores the text', { timeout: TEST, skip: NO_SEEDS }, async () => {
  const before = await findingsText();
  const blind = await count('#findings button.finding[data-kind="multiple"], #findings button.finding[data-kind="cumulative"]');
  const row = targetRow('point', { name: '工业增加值', year: '2015', value: '45.7' });
  assert.equal(await row.count(), 1, 'the extracted targets include 工业增加值 2015 = 45.7');
  await row.locator('[data-field="value"]').fill('60');
  await page.waitForSelector('#corrected:not([hidden])');
  assert.ok(await page.isVisible('#source-badge'), 'the input pane says results come from the table');
  assert.equal(await row.getAttribute('data-edited'), 'true');
  assert.equal(await page.getAttribute('#form-badge', 'data-form'), 'prose', 'the text itself is still prose');
  assert.match(await page.textContent('#generated-text'), /工业增加值 2010=13\.9亿元 2015=60亿元/);
  // The text's findings that rest on figures the table cannot hold (翻一番, 五年累计) stay
  // visible, apart, marked as not re-checked.
  assert.equal(await count('#findings-stale button.finding[data-stale="true"]'), blind, 'the text\'s 翻一番 / 累计 findings are kept apart');
  assert.equal(await page.isVisible('#stale-block'), blind > 0);
  if (blind) {
    const stale = page.locator('#findings-stale button.finding').first();
    await stale.click();
    assert.ok(await count('#backdrop mark[data-kind="figure"][data-selected="true"]') >= 1, 'its figures are marked in the text');
    await stale.click();
  }

  // The corrected analysis: 13.9 → 60 implies 34.0% a year against the stated 26.7%. 工业增加值
  // growth is at comparable prices, so the core grades the gap by the deflator it implies
  // (5.7% a year: plausible, so info; src/checks/rate.rs), not as an error.
  const industry = page.locator('#findings button.finding[data-kind="rate_vs_endpoints"]', { hasText: '60亿元' })
    .filter({ hasText: '工业增加值' });
  await industry.first().waitFor();
  assert.match(await industry.first().textContent(), /34\.0%/);

  // A nominal figure misread: 城镇居民人均可支配收入 2010 = 12281 cannot reach 40150 at 12.5%.
  const income = targetRow('point', { name: '城镇居民人均可支配收入', year: '2010', value: '22281' });
  await income.locator('[data-field="value"]').fill('12281');
  const error = page.locator('#findings button.finding[data-kind="rate_vs_endpoints"][data-severity="error"]', { hasText: '城镇居民人均可支配收入' });
  await error.first().waitFor();
  assert.equal(await page.getAttribute('#corrected', 'data-edits'), '2');

  // Its spans refer to the generated lines; the marks must land on the prose figures it came from.
  await error.first().click();
  for (const figure of ['22281', '40150', '12.5']) {
    assert.ok(await page.locator('#backdrop mark[data-kind="figure"][data-selected="true"]', { hasText: figure }).count() >= 1,
      `the prose figure ${figure} is marked`);
  }
  assert.equal(await income.getAttribute('data-highlight'), 'true', 'the edited row is marked as concerned');
  const sel = await page.locator('#input').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(sel, '22281', 'the finding\'s first figure is selected in the prose');
  await page.evaluate(() => window.scrollTo(0, 0)); // the banner, the findings and the input in view
  await page.screenshot({ path: path.join(OUT, 'prose-edited.png') });

  // Deleting a row also counts as an edit.
  const shareRow = targetRow('point', { name: '工业经济占地区生产总值比重', year: '2010' });
  await shareRow.locator('[data-action="delete"]').click();
  assert.equal(await shareRow.getAttribute('data-deleted'), 'true');
  await page.waitForFunction(() => !/29\.4/.test(document.getElementById('findings').textContent));
  assert.equal(await page.getAttribute('#corrected', 'data-edits'), '3');

  await page.click('#btn-revert');
  await page.waitForSelector('#corrected', { state: 'hidden' });
  assert.equal(await count('#findings button.finding[data-severity="error"]'), 0, 'no error once reverted');
  assert.equal(await findingsText(), before, 'the original findings are back');
  assert.equal(await row.locator('[data-field="value"]').inputValue(), '45.7');
  assert.equal(await count('#target-rows tr[data-edited], #target-rows tr[data-deleted]'), 0);
});

test('editing the text drops the table edits', { timeout: TEST, skip: NO_SEEDS }, async () => {
  const row = targetRow('point', { name: '工业增加值', year: '2015', value: '45.7' });
  await row.locator('[data-field="value"]').fill('60');
  await page.waitForSelector('#corrected:not([hidden])');
  // A language switch rebuilds the table with the edits kept.
  await page.click('#btn-lang');
  await page.click('#btn-lang');
  assert.equal(await row.locator('[data-field="value"]').inputValue(), '60');
  assert.equal(await row.getAttribute('data-edited'), 'true');
  assert.ok(await page.isVisible('#corrected'));
  await page.focus('#input');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('。');
  await page.waitForSelector('#corrected', { state: 'hidden' });
  assert.equal(await row.locator('[data-field="value"]').inputValue(), '45.7');
  assert.equal(await row.getAttribute('data-edited'), null);
});

test('the prose page in English', { timeout: TEST, skip: NO_SEEDS }, async () => {
  await page.click('#btn-lang');
  await page.waitForSelector('html[lang="en"]');
  assert.equal((await page.textContent('#skipped-heading')).replace(/\s*\(\d+\)$/, ''), 'Figures not checked');
  await page.locator('#findings button.finding[data-kind="share"]').first().click();
  const row = targetRow('point', { name: '工业增加值', year: '2015', value: '45.7' });
  await row.locator('[data-field="value"]').fill('60');
  await page.waitForSelector('#corrected:not([hidden])');
  assert.match(await page.textContent('#corrected-text'), /corrected table/);
  await page.screenshot({ path: path.join(OUT, 'prose-edited-en.png') });
  await page.click('#btn-revert-table'); // the one above the table does the same
  await page.waitForSelector('#corrected', { state: 'hidden' });
  await page.click('#btn-lang');
  await page.waitForSelector('html[lang="zh-CN"]');
});

test('an annual plan: one year of growth is read as 2025→2026', { timeout: TEST, skip: NO_SEEDS }, async () => {
  await page.fill('#input', fs.readFileSync(SEED_ANNUAL, 'utf8'));
  await page.waitForFunction(() => document.getElementById('input').value.includes('2026'));
  await page.waitForSelector('#form-badge[data-form="prose"]');
  const rate = targetRow('rate', { name: '地区生产总值', from: '2025', to: '2026', percent: '6' });
  await rate.waitFor();
  assert.equal(await rate.count(), 1, 'a rate row 地区生产总值 2025→2026 6%');
});

test('every request is one of the page\'s own files, without page errors', { timeout: TEST }, async () => {
  assert.ok(requests.length >= 5, `requests were recorded (${requests.length})`);
  const foreign = requests.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], 'no request leaves the local server');
  // The page's own files: the top level of www/ and the wasm package, nothing else.
  const allowed = new Set(['/', ...fs.readdirSync(WWW).filter((f) => /\.(html|js|css)$/.test(f)).map((f) => `/${f}`),
    '/pkg/plancheck.js', '/pkg/plancheck_bg.wasm']);
  const unknown = requests.map((u) => new URL(u).pathname).filter((p) => !allowed.has(p));
  assert.deepEqual(unknown, [], 'every request is in the allow-list of www files');
  assert.deepEqual(pageErrors, [], 'no uncaught errors or console errors');
});
