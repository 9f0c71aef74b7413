// The single-file build (scripts/offline.mjs → dist/plancheck.html), opened from file://
// with the network off (context offline, every non-file request aborted): it loads the
// inlined wasm, shows findings, restores a share-link fragment, makes share links and
// exports, all without a request and without breaking its own hash-pinned CSP. A large text
// is analysed on the main thread there (no worker file exists beside the file).
// The test builds the file itself from www/ (www/pkg must exist, as in scripts/test.sh).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT, OUT, TEST, launch, watchedPage, parseCsv } from './harness.mjs';
import { encodeShare } from '../../www/share.js';

const DIST = path.join(ROOT, 'dist', 'plancheck.html');
const FILE = pathToFileURL(DIST).href;
let browser, context;
const requests = [];

before(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'offline.mjs'), '--out', 'dist/plancheck.html'], { cwd: ROOT, stdio: 'inherit' });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', offline: true, acceptDownloads: true });
  // Belt and braces: anything that is not the file itself is aborted and recorded.
  await context.route((url) => url.protocol !== 'file:', (r) => { requests.push(r.request().url()); r.abort(); });
  context.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
});

after(async () => {
  await browser?.close();
});

async function open(url) {
  const { page, problems } = await watchedPage(context);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"], #status[data-state="error"]');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ready', `the engine did not load: ${await page.textContent('#status')}`);
  return { page, problems };
}

test('one self-contained file: no other file is referenced, the wasm is inside', () => {
  const html = fs.readFileSync(DIST, 'utf8');
  console.log(`# dist/plancheck.html: ${Buffer.byteLength(html)} bytes`);
  assert.ok(Buffer.byteLength(html) < 1_000_000, 'under 1 MB');
  assert.doesNotMatch(html.replace(/<script type="module">[\s\S]*<\/script>/, ''), /<(script|link)\b[^>]*\b(src|href)="(?!data:)/, 'no external script or stylesheet');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-[^']+'; img-src data:; connect-src 'none'/);
  assert.ok(html.includes("const WASM_BASE64 = 'AGFzbQ"), 'the wasm, base64 (\\0asm)');
});

test('opened from file:// with the network off, it shows the findings', { timeout: TEST }, async () => {
  const { page, problems } = await open(FILE);
  await page.waitForSelector('#indicator-rows tr[data-id]');
  assert.ok(await page.locator('#findings button.finding').count() >= 1, 'findings on the example');
  assert.equal(await page.isHidden('#embed-menu'), true, 'no embed code from a local file');
  await page.screenshot({ path: path.join(OUT, 'offline.png'), fullPage: true });
  await page.click('#btn-lang');
  await page.screenshot({ path: path.join(OUT, 'offline-en.png') });
  await page.click('#btn-lang');
  assert.deepEqual(problems, [], 'no errors, no CSP violation');
  await page.close();
});

test('a share-link fragment opens in the offline file; it makes links and exports too', { timeout: TEST }, async () => {
  const text = '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%\n财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n';
  const { page, problems } = await open(FILE + await encodeShare({ text, lang: 'en', form: 'lines' }));
  assert.equal(await page.inputValue('#input'), text);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.waitForSelector('#indicator-rows tr[data-status="acceleration_needed"]');
  assert.equal(await page.locator('#findings button.finding[data-severity="error"]', { hasText: '财政总收入' }).count(), 1);
  // Its own share link points at the file, with the fragment.
  await page.click('#btn-share');
  // The link is built asynchronously (CompressionStream): wait for it, not for the click.
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('#'));
  const url = await page.inputValue('#share-url');
  assert.ok(url.startsWith(`${FILE}#v1.`), url);
  const { page: again } = await open(url);
  assert.equal(await again.inputValue('#input'), text);
  await again.close();
  // Exports work from disk as well.
  await page.click('#export-menu > summary');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu [data-export="findings-csv"]')]);
  const rows = parseCsv(fs.readFileSync(await dl.path(), 'utf8').slice(1));
  assert.equal(rows[0][0], 'kind');
  assert.ok(rows.some((r) => r[1] === 'error' && r[2].includes('财政总收入')));
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, [], 'no request left the file');
  await page.close();
});

test('a large text in the offline file is analysed on the page itself (no worker file beside it)', { timeout: TEST }, async () => {
  const { page, problems } = await open(FILE);
  // Over analysis.js LARGE_CHARS (100,000): the page would use a worker if it could.
  const chars = await page.evaluate(() => {
    const line = '地区生产总值 2010=47.6亿元 2015=143亿元 年均24.6%\n';
    const input = document.getElementById('input');
    input.value = line.repeat(Math.ceil(120_000 / line.length));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return input.value.length;
  });
  await page.waitForSelector('#status[data-state="analyzing"]');
  await page.waitForSelector(`body[data-analyzed-chars="${chars}"]`);
  assert.equal(await page.getAttribute('body', 'data-analyze-where'), 'main');
  assert.equal(await page.locator('#indicator-rows tr[data-id]').count(), 1);
  assert.deepEqual(problems, [], 'no error, no CSP violation (no worker was tried)');
  assert.deepEqual(requests, []);
  await page.close();
});
