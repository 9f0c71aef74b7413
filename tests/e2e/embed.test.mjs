// The iframe embed (www/embed.html + embed-host.js) and the page's "Copy embed code", under
// the strict CSP header: the iframe is resized to its content and follows it when it grows;
// only marked iframes, and only messages from their own window, count; the two snippets the
// page hands out, pasted into a fresh host page, show the same findings as the page.
// Screenshots in target/e2e/embed*.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { OUT, TEST, STRICT_CSP, serve, close, launch, watchedPage } from './harness.mjs';
import { encodeShare } from '../../www/share.js';

const TEXT = '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%\n一般公共预算收入 2010=94亿元 2015=270亿元 年均21.9%\n';
const MORE = TEXT + '财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n社会消费品零售总额 2010=16.8亿元 2015=42亿元 年均25%\n';

const host = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>embed host</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/t/host.css"></head><body>
<h1>An article</h1>
${body}
<p>After the embed.</p>
</body></html>`;

const routes = { '/t/host.css': 'body { font: 16px Georgia, serif; max-width: 760px; margin: 2rem auto; } iframe { border: 1px solid #ccc; width: 100%; }' };
let server, origin, browser, context;

before(async () => {
  ({ server, origin } = await serve({ routes, headers: { 'content-security-policy': STRICT_CSP } }));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  await browser?.close();
  await close(server);
});

const frameHeight = (page, sel) => page.$eval(sel, (f) => f.clientHeight); // without the host's border

test('the embed reports its height and embed-host.js sizes the iframe to fit', { timeout: TEST }, async () => {
  const frag = await encodeShare({ text: TEXT, lang: 'zh' });
  routes['/t/iframe.html'] = host(`<iframe id="e" src="/embed.html${frag}" data-plancheck-embed title="plancheck" height="150"></iframe>
<iframe id="other" src="/embed.html${frag}" title="not marked" height="150"></iframe>
<script src="/embed-host.js" defer></script>`);
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/t/iframe.html`);
  const frame = page.frameLocator('#e');
  await frame.locator('plan-check').evaluate((w) => new Promise((r) => (w.report ? r() : w.addEventListener('plancheck-report', r, { once: true }))));
  await page.waitForFunction(() => parseFloat(document.getElementById('e').style.height) > 150);
  const content = () => page.frame({ url: /embed\.html/ }).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const h1 = await frameHeight(page, '#e');
  assert.ok(Math.abs(h1 - await content()) <= 1, `the iframe (${h1}) fits its content (${await content()})`);
  assert.equal(await frameHeight(page, '#other'), 150, 'an iframe without data-plancheck-embed is left alone');
  // A message from anyone else (here the host page itself) is ignored.
  await page.evaluate(() => window.postMessage({ type: 'plancheck:height', height: 5 }, '*'));
  await page.waitForTimeout(100);
  assert.equal(await frameHeight(page, '#e'), h1);
  // The content grows (a new link in the same iframe): the iframe follows.
  const more = await encodeShare({ text: MORE, lang: 'en' });
  await page.$eval('#e', (f, h) => { f.contentWindow.location.hash = h; }, more);
  await page.waitForFunction((h) => parseFloat(document.getElementById('e').style.height) > h + 40, h1);
  const h2 = await frameHeight(page, '#e');
  assert.ok(Math.abs(h2 - await content()) <= 1, `grown to ${h2}`);
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
  assert.match(await frame.locator('#open-link').getAttribute('href'), /\/index\.html#v1\./, 'links to the full page with the same text');
  assert.equal(await frame.locator('#open-link').getAttribute('rel'), 'noopener noreferrer');
  await page.screenshot({ path: path.join(OUT, 'embed-en.png'), fullPage: true });
  await page.$eval('#e', (f, h) => { f.contentWindow.location.hash = h; }, frag);
  await page.waitForFunction((h) => Math.abs(parseFloat(document.getElementById('e').style.height) - h) <= 1, h1);
  await page.screenshot({ path: path.join(OUT, 'embed.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('an embed link without text says so', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/embed.html`);
  await page.waitForSelector('#embed-note:not([hidden])');
  assert.equal(await page.textContent('#embed-note'), '链接中没有可核查的文本。');
  await page.goto(`${origin}/embed.html#v1.broken!`);
  await page.waitForFunction(() => document.getElementById('embed-note').textContent.includes('无法读取'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Copy embed code": both snippets, pasted into another page, show the same findings', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  const pasted = TEXT + 'a <b>tag</b> & "quotes"\n';
  await page.fill('#input', pasted);
  // This text's findings, not the example's (which has one too).
  await page.waitForFunction((n) => Number(document.body.dataset.analyzedChars) === n, pasted.length);
  await page.waitForFunction(() => document.querySelectorAll('#findings button.finding').length === 1);
  const want = await page.$$eval('#findings button.finding .msg', (ms) => ms.map((m) => m.textContent));
  await page.click('#embed-menu > summary');
  await page.waitForFunction(() => document.getElementById('embed-iframe-code').value.includes('#v1.'));
  const widget = await page.inputValue('#embed-widget-code');
  const iframe = await page.inputValue('#embed-iframe-code');
  assert.match(widget, new RegExp(`^<script type="module" src="${origin}/plan-check-define\\.js"></script>\\n<plan-check lang="zh">\\n`));
  assert.ok(widget.includes('a &lt;b&gt;tag&lt;/b&gt; &amp; "quotes"'), 'the text is escaped for HTML');
  assert.match(iframe, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#v1\.[\w-]+" title="[^"]+" data-plancheck-embed/);
  assert.ok(iframe.includes(`<script src="${origin}/embed-host.js" defer></script>`));
  await page.click('#btn-copy-widget');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), widget);
  // Keyboard: Escape closes the menu and gives focus back to its button.
  await page.focus('#btn-copy-iframe');
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('#embed-menu', (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '复制嵌入代码');

  routes['/t/pasted.html'] = host(widget + '\n' + iframe);
  const { page: other, problems: p2 } = await watchedPage(context);
  await other.goto(`${origin}/t/pasted.html`);
  await other.waitForFunction(() => document.querySelector('plan-check')?.report);
  const got = await other.evaluate(() => document.querySelector('plan-check').report.findings.map((f) => f.message.zh));
  assert.deepEqual(got, want, 'the widget snippet: same findings');
  const frame = other.frameLocator('iframe[data-plancheck-embed]');
  await frame.locator('plan-check').evaluate((w) => new Promise((r) => (w.report ? r() : w.addEventListener('plancheck-report', r, { once: true }))));
  assert.deepEqual(await frame.locator('plan-check').evaluate((w) => w.report.findings.map((f) => f.message.zh)), want, 'the iframe snippet: same findings');
  await other.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 200);
  await other.screenshot({ path: path.join(OUT, 'embed-pasted.png'), fullPage: true });
  assert.deepEqual([...problems, ...p2], []);
  await page.close();
  await other.close();
});
