// Share links (www/share.js, docs/embedding.md, "Share links"): the format in node (round trip, the
// uncompressed fallback, a link made by Python's zlib, refusals, and the JS and Python
// examples of docs/embedding.md), then in the page: "Copy share link", the link opened in a new page
// restores the same text, options and findings; links made by other tools open too; a
// broken link falls back to the example.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, TEST, serve, close, launch, watchedPage } from './harness.mjs';
import { encodeShare, decodeShare, MAX_BYTES } from '../../www/share.js';

// Everything a URL or JSON could trip over: quotes, #, &, +, %, tabs, newlines, astral characters.
const TEXT = '财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n地区生产总值 2010=47.6亿元 2015=143亿元 年均23%\n'
  + '# note: "quotes" & ampersands + plus %20 \t tab 🙂\n';

function python(text) {
  const src = [
    'import base64, json, sys, zlib',
    'data = json.dumps({"t": sys.stdin.read(), "l": "en", "f": "lines"}, ensure_ascii=False).encode()',
    'c = zlib.compressobj(9, zlib.DEFLATED, -15)',
    'print("#v1." + base64.urlsafe_b64encode(c.compress(data) + c.flush()).decode().rstrip("="))',
  ].join('\n');
  return execFileSync('python3', ['-c', src], { input: text, encoding: 'utf8' }).trim();
}
let noPython = false;
try { execFileSync('python3', ['-c', 'import zlib'], { stdio: 'ignore' }); } catch { noPython = 'python3 not found'; }

test('the fragment format round-trips and refuses what it cannot read', async () => {
  for (const text of [TEXT, '', 'x'.repeat(100_000), '一'.repeat(3000)]) {
    const frag = await encodeShare({ text, lang: 'en', form: 'prose' });
    assert.match(frag, /^#v1\.[A-Za-z0-9_-]+$/, 'base64url, no padding');
    assert.deepEqual(await decodeShare(frag), { text, lang: 'en', form: 'prose' });
    assert.deepEqual(await decodeShare(frag.slice(1)), { text, lang: 'en', form: 'prose' }, 'the "#" is optional');
  }
  const small = await encodeShare({ text: 'x'.repeat(100_000) });
  assert.ok(small.length < 300, `repetitive text compresses (${small.length})`);
  // Uncompressed fallback; a literal "+" stays a plus.
  assert.deepEqual(await decodeShare(`#t=${encodeURIComponent(TEXT)}&l=en&f=rows`), { text: TEXT, lang: 'en', form: 'rows' });
  assert.deepEqual(await decodeShare('#t=a+b'), { text: 'a+b', lang: null, form: 'auto' });
  // Invalid options fall back; no share data is null; garbage throws.
  assert.deepEqual(await decodeShare('#t=x&l=fr&f=poem'), { text: 'x', lang: null, form: 'auto' });
  assert.equal(await decodeShare(''), null);
  assert.equal(await decodeShare('#results'), null);
  await assert.rejects(decodeShare('#v1.!!!'));
  await assert.rejects(decodeShare('#v1.AAAA'));
  // A small link that inflates past the core's input limit is refused while inflating.
  const bomb = await encodeShare({ text: '0'.repeat(MAX_BYTES + 10) });
  assert.ok(bomb.length < 10_000);
  await assert.rejects(decodeShare(bomb), /too large/);
});

test('a link made with Python\'s zlib (wbits=-15) reads the same', { skip: noPython }, async () => {
  assert.deepEqual(await decodeShare(python(TEXT)), { text: TEXT, lang: 'en', form: 'lines' });
});

// The code blocks of the "Share links" section of docs/embedding.md, as documented.
const doc = fs.readFileSync(path.join(ROOT, 'docs', 'embedding.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Share links'), doc.indexOf('\n## ', doc.indexOf('## Share links') + 3));
const block = (lang) => (new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section) || [])[1];

test('the JavaScript and Python examples of docs/embedding.md make links that read back', async () => {
  const js = block('js');
  assert.ok(js && js.includes('deflate-raw'), 'a js block in "Share links"');
  // Test code, not shipped: the documented function, evaluated as written.
  const plancheckLink = new Function(`${js}; return plancheckLink;`)();
  const link = await plancheckLink(TEXT, 'en', 'lines', 'https://example.org/plancheck/');
  assert.ok(link.startsWith('https://example.org/plancheck/#v1.'));
  assert.deepEqual(await decodeShare(new URL(link).hash), { text: TEXT, lang: 'en', form: 'lines' });
  assert.equal(link, 'https://example.org/plancheck/' + await encodeShare({ text: TEXT, lang: 'en', form: 'lines' }), 'the same bytes as the page makes');
  if (noPython) return;
  const py = block('python');
  assert.ok(py && py.includes('wbits=-15'));
  const out = execFileSync('python3', ['-c', py], { encoding: 'utf8' }).trim();
  assert.deepEqual(await decodeShare(new URL(out).hash), { text: '一般公共预算收入 2010=94亿元 2015=270亿元 年均21.9%', lang: 'zh', form: 'auto' });
});

let server, origin, browser, context;

before(async () => {
  ({ server, origin } = await serve());
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  await browser?.close();
  await close(server);
});

async function openPage(url) {
  const { page, problems } = await watchedPage(context);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

const findings = (page) => page.$$eval('#findings button.finding', (bs) => bs.map((b) => [b.dataset.severity, b.dataset.kind, b.querySelector('.msg').textContent]));

test('"Copy share link" makes a link that restores text, language, form and findings', { timeout: TEST }, async () => {
  const { page: a, problems } = await openPage(`${origin}/`);
  await a.fill('#input', TEXT);
  await a.selectOption('#form-select', 'lines');
  await a.click('#btn-lang');
  await a.waitForFunction(() => document.querySelectorAll('#findings button.finding').length >= 1);
  const want = await findings(a);
  assert.ok(want.some(([s, , m]) => s === 'error' && /财政总收入/.test(m)));
  await a.click('#btn-share');
  await a.waitForSelector('#share-box:not([hidden])');
  // The link is built asynchronously (CompressionStream): wait for it, not for the click.
  await a.waitForFunction(() => document.querySelector('#share-url')?.value.includes('#'));
  const url = await a.inputValue('#share-url');
  assert.ok(url.startsWith(`${origin}/#v1.`), url);
  assert.match(await a.textContent('#action-status'), /Copied|clipboard/);
  // The clipboard holds the same link (Chromium with the permission granted).
  assert.equal(await a.evaluate(() => navigator.clipboard.readText()), url);

  const { page: b, problems: pb } = await openPage(url);
  assert.equal(await b.inputValue('#input'), TEXT, 'the same text, to the character');
  assert.equal(await b.getAttribute('html', 'lang'), 'en');
  assert.equal(await b.inputValue('#form-select'), 'lines');
  assert.equal(await b.getAttribute('#form-badge', 'data-form'), 'lines');
  assert.deepEqual(await findings(b), want, 'the same findings');
  assert.deepEqual([...problems, ...pb], []);
  await a.close();
  await b.close();
});

test('links made without the page open it too; a broken link shows the example', { timeout: TEST }, async () => {
  const plain = `${origin}/#t=${encodeURIComponent(TEXT)}&l=en`;
  const { page, problems } = await openPage(plain);
  assert.equal(await page.inputValue('#input'), TEXT);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  if (!noPython) {
    // A link pasted into an open page (hashchange) replaces the text.
    await page.evaluate((h) => { location.hash = h; }, python('三次产业结构 2015=0.4:37.6:62\n'));
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('三次产业结构'));
    await page.waitForSelector('#structures li[data-id]');
  }
  assert.deepEqual(problems, []);
  await page.close();

  const { page: broken } = await openPage(`${origin}/#v1.not-a-link`);
  assert.match(await broken.inputValue('#input'), /^——经济增长。“十二五”期末，地区生产总值年均增长24\.6%/);
  assert.match(await broken.textContent('#action-status'), /分享链接无法读取|share link could not be read/);
  await broken.close();
});
