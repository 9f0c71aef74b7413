// End-to-end test of the static page (www/) in headless Chromium, driven by playwright-core.
// It serves www/ itself on 127.0.0.1 (ephemeral port), opens the page, checks the worked
// example, pastes spreadsheet rows with one impossible rate, checks the findings and their
// highlighting, the language toggle and that no request leaves the local origin, and saves
// screenshots to target/e2e/. Run: NODE_PATH=.tools/node_modules node --test tests/e2e/
//
// It relies on the stable hooks documented at the top of www/app.js.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = path.join(ROOT, 'www');
const OUT = path.join(ROOT, 'target', 'e2e');
const CHROMIUM = '/usr/bin/chromium';
const WAIT = 30_000;     // per wait: generous for a slow 2-core machine, finite so a broken page fails
const TEST = 120_000;    // per test

// playwright-core lives in .tools/node_modules; NODE_PATH usually points there, else look directly.
function loadPlaywright() {
  const require = createRequire(import.meta.url);
  try { return require('playwright-core'); } catch { /* fall through */ }
  return createRequire(path.join(ROOT, '.tools', 'node_modules', 'x.js'))('playwright-core');
}

const ROWS = [
  '指标\t单位\t基期年份\t基期值\t目标年份\t目标值\t年均增长',
  '地区生产总值\t亿元\t2010\t47.6\t2015\t143\t24.6',
  '社会消费品零售总额\t亿元\t2010\t16.8\t2015\t42\t20',
  '城镇居民人均可支配收入\t元\t2010\t22281\t2015\t40150\t12.5',
  '农牧民人均纯收入\t元\t2010\t7490\t2015\t15730\t16',
  '财政总收入\t亿元\t2010\t3.7\t2015\t10\t40',
].join('\n') + '\n';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A minimal static server for www/: GET/HEAD only, no directory escapes, no caching. */
function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(WWW, path.normalize(rel));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(WWW + path.sep)) {
      res.writeHead(400).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, {
        'content-type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

let server, origin, browser, page;
const requests = [];   // every URL the page asked for
const pageErrors = []; // uncaught exceptions and console errors

before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  assert.ok(fs.existsSync(path.join(WWW, 'pkg', 'plancheck.js')), 'www/pkg/plancheck.js is missing: build the wasm first');
  server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = loadPlaywright();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`); });
  fs.mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
});

const count = (sel) => page.locator(sel).count();

test('the worked example renders on first open', { timeout: TEST }, async () => {
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  // Either the first report renders or the page reports that the engine failed: fail fast then.
  await page.waitForSelector('body[data-ready="true"], #status[data-state="error"]');
  assert.equal(await page.getAttribute('#status', 'data-state'), 'ready',
    `the engine did not load: ${await page.textContent('#status')}`);
  await page.waitForSelector('#indicator-rows tr[data-id]');
  assert.match(await page.inputValue('#input'), /^地区生产总值 2010=47\.6亿元/);
  assert.equal(await page.getAttribute('#form-badge', 'data-form'), 'lines');
  assert.ok(await count('#indicator-rows tr[data-id]') >= 2, 'table has indicator rows');
  assert.ok(await count('#chart svg path[data-series]') >= 1, 'chart has paths');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
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

test('every request stays on the local origin, without page errors', { timeout: TEST }, async () => {
  assert.ok(requests.length >= 5, `requests were recorded (${requests.length})`);
  const foreign = requests.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], 'no request leaves the local server');
  assert.deepEqual(pageErrors, [], 'no uncaught errors or console errors');
});
