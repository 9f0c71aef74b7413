// The page, the widget and the embed served with the strict Content-Security-Policy header
// (harness.mjs STRICT_CSP; README "Embedding the widget"): each works and, while it is used
// (findings, arithmetic, language, share link, embed code, PNG export, a large text analysed
// in the module worker), raises no CSP violation and no console error. A deliberately bad page first proves that violations,
// including those inside a shadow root or an iframe, are caught by the watcher.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TEST, STRICT_CSP, serve, close, launch, watchedPage } from './harness.mjs';
import { encodeShare } from '../../www/share.js';

const TEXT = '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%\n财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n';
const head = '<meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">';
const routes = {
  '/t/bad.html': `<!doctype html><html><head>${head}<script type="module" src="/t/bad.js"></script></head><body>
<p style="color: red">inline style attribute</p><script>window.inline = 1;</script><iframe src="/t/bad-frame.html"></iframe></body></html>`,
  '/t/bad.js': `const host = document.createElement('div'); document.body.append(host);
host.attachShadow({ mode: 'open' }).innerHTML = '<img src="https://example.invalid/x.png">';`,
  '/t/bad-frame.html': `<!doctype html><html><head>${head}</head><body><script>1</script></body></html>`,
  '/t/widget.html': `<!doctype html><html><head>${head}<script type="module" src="/plan-check-define.js"></script></head>
<body><plan-check lang="en">${TEXT}</plan-check><plan-check compact src="/t/plan.txt"></plan-check></body></html>`,
  '/t/plan.txt': TEXT,
};
let server, origin, browser, context;

before(async () => {
  routes['/t/embed.html'] = `<!doctype html><html><head>${head}<script src="/embed-host.js" defer></script></head>
<body><iframe src="/embed.html${await encodeShare({ text: TEXT })}" data-plancheck-embed title="plancheck"></iframe></body></html>`;
  ({ server, origin } = await serve({ routes, headers: { 'content-security-policy': STRICT_CSP } }));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', acceptDownloads: true });
});

after(async () => {
  await browser?.close();
  await close(server);
});

test('the watcher catches violations in the page, a shadow root and an iframe', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  const res = await page.goto(`${origin}/t/bad.html`);
  assert.equal(res.headers()['content-security-policy'], STRICT_CSP, 'the header is sent');
  await page.waitForTimeout(300);
  const csp = problems.filter((p) => p.startsWith('CSP:'));
  for (const directive of ['style-src-attr', 'script-src-elem', 'img-src']) {
    assert.ok(csp.some((p) => p.includes(directive)), `${directive} caught: ${csp.join(' | ')}`);
  }
  assert.ok(csp.filter((p) => p.includes('script-src-elem')).length >= 2, 'in the iframe too');
  await page.close();
});

test('the page under the strict CSP: used all over, no violation', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#input', TEXT);
  await page.waitForSelector('#indicator-rows tr[data-status]');
  await page.locator('#findings button.finding').first().click();
  await page.locator('#findings button.explain-toggle').first().click();
  await page.click('#btn-lang');
  await page.click('#btn-share');
  await page.click('#embed-menu > summary');
  await page.waitForFunction(() => document.getElementById('embed-iframe-code').value.includes('#v1.'));
  await page.click('#export-menu > summary');
  await Promise.all([page.waitForEvent('download'), page.click('#export-menu [data-export="png"]')]);
  // A large text goes to the module worker (analysis.js), which the policy allows: worker-src
  // falls back to script-src 'self', and the worker's own wasm needs the header's 'wasm-unsafe-eval'.
  const chars = await page.evaluate(() => {
    const input = document.getElementById('input');
    input.value = '财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n'.repeat(4000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return input.value.length;
  });
  await page.waitForSelector(`body[data-analyzed-chars="${chars}"]`);
  assert.equal(await page.getAttribute('body', 'data-analyze-where'), 'worker');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the widget and the embed under the strict CSP: no violation', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/t/widget.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('plan-check')].every((w) => w.report && w.report.indicators.length === 2));
  await page.evaluate(() => document.querySelector('plan-check').shadowRoot.querySelector('button.explain-toggle').click());
  await page.goto(`${origin}/t/embed.html`);
  await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 200);
  assert.deepEqual(problems, []);
  await page.close();
});
