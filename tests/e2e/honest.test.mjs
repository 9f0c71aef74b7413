// The honest summary and the confidence of findings (issue 13), in the page and the widget:
// "读取 N 个数字，核查 M 组关系：未发现问题" and its green ✓ only when relations were checked
// and none failed; "未能核查" when none could be; the share of figures not read with a way to
// their list; each finding's confidence and link basis, and the certain-only filter; figures of
// a text's own period shown as 本期; the share box emptied when the text changes. Screenshots
// of the Erenhot example and a Traditional-character bulletin, zh and en, in target/e2e/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { OUT, TEST, serve, close, launch, watchedPage } from './harness.mjs';

/** Figures with nothing to check them against, and one without a year. */
const UNCHECKABLE = '城镇登记失业率控制在2.4%以内。2020年，全市常住人口达到50万人。\n';
/** A bulletin paragraph written for this test: GDP is the sum of its three sectors, within rounding. */
const CONSISTENT = '2023年，全市地区生产总值达到600.5亿元。其中，第一产业增加值50.2亿元，第二产业增加值250.1亿元，第三产业增加值300.2亿元。\n';
/** The same in Traditional characters, with rates and a structure (a bulletin's own wording). */
const TRADITIONAL = '2021年某市國民經濟和社會發展統計公報\n初步核算，全年全市地區生產總值為600.5億元，比上年增長6.2%。'
  + '其中，第一產業增加值為50.2億元，增長5.5%；第二產業增加值為250.1億元，增長3.9%；第三產業增加值為300.2億元，增長8.1%。'
  + '三次產業結構為8.4：41.6：50.0。全年一般公共預算收入42.3億元，增長3.1%。\n';
/** News whose incomes take their period from the context: likely links; nothing checkable. */
const CONTEXT = '某市晒出“十三五”成绩单\n（2021年1月20日）\n这五年，全市GDP连续迈上5000亿元、6000亿元两大台阶；'
  + '城乡居民人均可支配收入分别达4.71万元和2.47万元。2020年，全市地区生产总值突破6000亿元、增长3.5%，'
  + '城乡居民人均可支配收入分别增长3.5%、6%。\n';
/** A release that names no year: its figures are of its own period. */
const YEARLESS = '前三季度，全区实现地区生产总值1291.92亿元，同比增长6.2%。其中，第一产业实现增加值72.61亿元，同比增长3.8%；'
  + '第二产业实现增加值730.63亿元，同比增长7.2%；第三产业实现增加值488.68亿元，同比增长4.8%。三次产业结构为5.6:56.6:37.8。'
  + '全区规模以上工业企业3120个，比上年同期增加105个。\n';

const HOST = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script type="module" src="/plan-check-define.js"></script></head><body>
<plan-check id="w">${UNCHECKABLE}</plan-check>
<plan-check id="c" lang="en">${CONSISTENT}</plan-check>
</body></html>`;

let server, origin, browser, context;

before(async () => {
  ({ server, origin } = await serve({ routes: { '/t/honest.html': HOST } }));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  await browser?.close();
  await close(server);
});

async function openPage() {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

/** Fills the input and waits until the results describe this text (each analysis shown marks 'plancheck:rendered'). */
async function paste(page, text) {
  const before = await page.evaluate(() => performance.getEntriesByName('plancheck:rendered').length);
  await page.fill('#input', text);
  await page.waitForFunction(([n, k]) => performance.getEntriesByName('plancheck:rendered').length > k
    && Number(document.body.dataset.analyzedChars) === n && document.getElementById('input').value.length === n, [text.length, before]);
}

const summary = (page) => page.textContent('#findings-summary');

test('figures with no checkable relation: "未能核查", no green ✓, and the figure not read one click away', { timeout: TEST }, async () => {
  const { page, problems } = await openPage();
  await paste(page, UNCHECKABLE);
  assert.equal(await summary(page), '读取 1 个数字；未能核查：读到的数字之间没有可核查的关系。');
  assert.equal(await page.getAttribute('#findings-summary', 'data-state'), 'unchecked');
  assert.equal(await page.locator('#findings-summary .ok-mark').count(), 0, 'no ✓');
  assert.doesNotMatch(await summary(page), /✓|✔|未发现问题/);
  // One figure of two was not read; "see why" leads to it, grouped by the reason.
  assert.match(await page.textContent('#coverage-note'), /^另有 1 个数字（占全部 2 个的 50%）未读取。 查看原因$/);
  await page.click('#btn-see-why');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skipped-heading');
  const group = page.locator('#diagnostics .diag-group[data-group="no_year"]');
  assert.match(await group.locator('h3').textContent(), /^没有年份或时期（1）$/);
  assert.equal((await group.locator('button.diagnostic .hit').textContent()).trim(), '2.4%');
  // Findings that only derive a figure (同比: the change from the level and the rate) are
  // notes, not checks: still "未能核查", still no ✓.
  await paste(page, CONTEXT);
  assert.match(await summary(page), /^读取 \d+ 个数字；未能核查：读到的数字之间没有可核查的关系（另有 3 条提示）。$/);
  assert.equal(await page.locator('#findings-summary .ok-mark').count(), 0);
  // In English.
  await page.click('#btn-lang');
  await page.waitForSelector('html[lang="en"]');
  assert.match(await summary(page), /^Read \d+ figures; nothing could be checked: there is no checkable relation among the figures read \(and 3 notes\)\.$/);
  await page.click('#btn-lang');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a consistent bulletin paragraph: "核查 M 组关系：未发现问题" with M > 0 and the green ✓', { timeout: TEST }, async () => {
  const { page, problems } = await openPage();
  await paste(page, CONSISTENT);
  const m = /^✓ 读取 4 个数字，核查 (\d+) 组关系：未发现问题。$/.exec(await summary(page));
  assert.ok(m, await summary(page));
  assert.ok(Number(m[1]) > 0);
  assert.equal(Number(await page.getAttribute('#findings-summary', 'data-relations')), Number(m[1]));
  assert.equal(await page.getAttribute('#findings-summary', 'data-state'), 'ok');
  assert.equal(await page.locator('#findings-summary .ok-mark').count(), 1);
  assert.equal(await page.textContent('#coverage-note'), '文中 4 个数字全部读取。');
  assert.equal(await page.locator('#findings button.finding').count(), 0);
  await page.click('#btn-lang');
  assert.match(await summary(page), /^✓ Read 4 figures, checked \d+ relations?: no problems found\.$/);
  await page.click('#btn-lang');
  // One figure off by far more than its rounding: an error, and no ✓.
  await paste(page, CONSISTENT.replace('300.2亿元', '320.2亿元'));
  assert.match(await summary(page), /^读取 4 个数字，核查 \d+ 组关系：\d+ 个错误。$/);
  assert.equal(await page.locator('#findings-summary .ok-mark').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('each finding shows its confidence and why its figures were linked; the filter keeps certain ones only', { timeout: TEST }, async () => {
  const { page, problems } = await openPage();
  await paste(page, CONTEXT);
  const likely = page.locator('#findings li.finding-item[data-confidence="likely"]');
  const certain = page.locator('#findings li.finding-item[data-confidence="certain"]');
  assert.equal(await likely.count(), 2);
  assert.equal(await certain.count(), 1);
  for (let i = 0; i < 2; i++) {
    const li = likely.nth(i);
    assert.equal(await li.getAttribute('data-severity'), 'info', 'a likely link is a note at most');
    assert.equal(await li.locator('.conf').textContent(), '可能关联');
    assert.match(await li.locator('.basis').textContent(), /^关联依据：.*承接自前文.*因此仅作提示。$/);
    assert.ok(await li.locator('.basis').isVisible());
  }
  assert.equal(await certain.locator('.conf').textContent(), '确定关联');
  assert.equal(await certain.locator('.basis').textContent(), '关联依据：各数字在原句中点名，地区和时期相同。');

  // The filter: shown since some finding is likely; "certain only" hides the two and says so.
  assert.ok(await page.isVisible('#confidence-filter'));
  assert.equal(await page.textContent('#conf-all-text'), '全部发现（3）');
  assert.equal(await page.textContent('#conf-certain-text'), '仅确定关联（1）');
  await page.check('#confidence-filter input[value="certain"]');
  assert.equal(await likely.first().isVisible(), false);
  assert.equal(await likely.nth(1).isVisible(), false);
  assert.ok(await certain.isVisible());
  assert.equal(await page.textContent('#confidence-hidden'), '已隐藏 2 项仅凭上下文关联的发现。');
  // The choice holds across a language switch and a new analysis.
  await page.click('#btn-lang');
  await page.waitForSelector('html[lang="en"]');
  assert.equal(await likely.first().isVisible(), false);
  assert.equal(await page.textContent('#confidence-hidden'), '2 findings linked by context only are hidden.');
  assert.equal(await certain.locator('.conf').textContent(), 'Certain link');
  await page.click('#btn-lang');
  await page.waitForSelector('html[lang="zh-CN"]');
  await paste(page, CONTEXT + '\n');
  assert.equal(await likely.first().isVisible(), false);
  await page.check('#confidence-filter input[value="all"]');
  assert.ok(await likely.first().isVisible());
  assert.ok(await page.isHidden('#confidence-hidden'));
  // Without a likely finding there is nothing to filter: no filter.
  await paste(page, CONSISTENT.replace('300.2亿元', '320.2亿元'));
  assert.ok(await page.isHidden('#confidence-filter'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the share box empties as soon as the text changes', { timeout: TEST }, async () => {
  const { page, problems } = await openPage();
  await paste(page, CONSISTENT);
  await page.click('#btn-share');
  await page.waitForFunction(() => document.getElementById('share-url').value.includes('#v1.'));
  assert.ok(await page.isVisible('#share-box'));
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.keyboard.type('。');
  assert.ok(await page.isHidden('#share-box'), 'the link of the previous text is gone');
  assert.equal(await page.inputValue('#share-url'), '');
  // A new link describes the new text; so does one after the form or the language changes.
  await page.click('#btn-share');
  await page.waitForFunction(() => document.getElementById('share-url').value.includes('#v1.'));
  await page.selectOption('#form-select', 'prose');
  assert.ok(await page.isHidden('#share-box'));
  await page.click('#btn-share');
  await page.waitForFunction(() => document.getElementById('share-url').value.includes('#v1.'));
  await page.click('#btn-example-lines');
  assert.ok(await page.isHidden('#share-box'));
  assert.equal(await page.inputValue('#share-url'), '');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a text that names no year: its figures are of 本期, listed, never "null" or 0', { timeout: TEST }, async () => {
  const { page, problems } = await openPage();
  await paste(page, YEARLESS);
  const rows = page.locator('#target-rows tr[data-type="statement"]');
  assert.ok(await rows.count() >= 11);
  assert.equal(await page.locator('#target-rows tr[data-type="point"], #target-rows tr[data-type="rate"]').count(), 0,
    'nothing the lines could write back');
  assert.equal(await page.locator('#target-rows tr[data-kind="change"]').count(), 1, 'the change is listed');
  const years = await page.$$eval('#target-rows tr[data-type="statement"] td.years', (ts) => [...new Set(ts.map((t) => t.textContent))]);
  assert.deepEqual(years, ['本期']);
  const gdp = page.locator('#indicator-rows tr', { hasText: '地区生产总值' });
  assert.match(await gdp.innerText(), /地区生产总值\s*（前三季度）\s+亿元\s+前三季度\s+—\s+—\s+本期\s+1,291\.92\s+6\.20/);
  assert.match(await page.textContent('#structures'), /三次产业结构（前三季度）本期5\.6:56\.6:37\.8/);
  for (const sel of ['#targets', '#indicators', '#structures', '#chart']) {
    assert.doesNotMatch(await page.locator(sel).innerText(), /null|undefined|NaN/, sel);
  }
  assert.equal(await page.locator('#chart figure.chart-panel').count(), 0, 'no time axis for figures of no year');
  await page.click('#btn-lang');
  await page.waitForSelector('html[lang="en"]');
  assert.deepEqual(await page.$$eval('#target-rows td.years', (ts) => [...new Set(ts.map((t) => t.textContent))]), ['this period']);
  assert.match(await page.textContent('#indicators thead'), /Period/);
  await page.click('#btn-lang');
  // A base a year before, in such a text, is 上年同期 in the indicator table, not 本期 again.
  await paste(page, '国庆假期，全市接待游客586.3万人次，同比增长12.4%。去年国庆假期，全市接待游客521.6万人次。');
  const visitors = page.locator('#indicator-rows tr', { hasText: '接待游客' });
  assert.match(await visitors.innerText(), /上年同期\s+521\.6\s+本期\s+586\.3/);
  // And so it is in the table of what was read, beside the level of the text's own period.
  const listed = await page.$$eval('#target-rows tr[data-type="statement"]',
    (trs) => trs.map((tr) => [tr.querySelector('td.years').textContent, tr.textContent.match(/\d+\.\d/)?.[0]]));
  assert.deepEqual(listed.filter(([, v]) => v === '521.6' || v === '586.3').sort(), [['上年同期', '521.6'], ['本期', '586.3']]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the widget: the same honest summary, and the figures not read behind a disclosure', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/t/honest.html`);
  await page.waitForFunction(() => ['w', 'c'].every((id) => document.getElementById(id).report));
  const read = (id) => page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const s = root.querySelector('.summary');
    const d = root.querySelector('details.not-read');
    return { text: s.textContent, state: s.dataset.state, ok: s.querySelectorAll('.ok-mark').length,
      notRead: d ? d.querySelector('summary').textContent : null, hits: d ? [...d.querySelectorAll('.hit')].map((x) => x.textContent) : [] };
  }, id);
  assert.deepEqual(await read('w'), { text: '读取 1 个数字；未能核查：读到的数字之间没有可核查的关系。', state: 'unchecked', ok: 0,
    notRead: '另有 1 个数字（50%）未读取：查看原因', hits: ['2.4%'] });
  const c = await read('c');
  assert.match(c.text, /^✓ Read 4 figures, checked \d+ relations?: no problems found\.$/);
  assert.deepEqual([c.state, c.ok, c.notRead], ['ok', 1, null]);
  await page.screenshot({ path: path.join(OUT, 'honest-widget.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('screenshots: the Erenhot example and a Traditional bulletin, zh and en', { timeout: TEST }, async () => {
  const { page, problems } = await openPage();
  for (const [name, text] of [['erenhot', null], ['traditional', TRADITIONAL]]) {
    if (text) await paste(page, text);
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') { await page.click('#btn-lang'); await page.waitForSelector('html[lang="en"]'); }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(OUT, `${name}-${lang}.png`) });
      await page.screenshot({ path: path.join(OUT, `${name}-${lang}-full.png`), fullPage: true });
      if (lang === 'en') { await page.click('#btn-lang'); await page.waitForSelector('html[lang="zh-CN"]'); }
    }
  }
  // The Traditional bulletin reads in Traditional characters, and checks: a ✓ with relations.
  // 11 figures: ten numbers with a unit and the structure 8.4：41.6：50.0, counted once.
  assert.match(await summary(page), /^✓ 读取 11 个数字，核查 \d+ 组关系：未发现问题（另有 5 条提示）。$/);
  assert.ok(await page.locator('#indicator-rows th', { hasText: '地區生產總值' }).count() === 1);
  assert.deepEqual(problems, []);
  await page.close();
});
