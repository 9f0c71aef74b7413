// Pasted text is never run as code. An XSS payload corpus goes into the page (as lines and as
// prose) and into the widget; each payload would set a flag on `window` if it ever ran, and the
// test asserts that none did and that no element the payloads describe exists. The server
// sends NO Content-Security-Policy here on purpose: the page must be safe by construction
// (text only ever enters the DOM as text nodes and attributes), not only because a CSP would
// block an inline handler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, close, launch, watchedPage, TEST } from './harness.mjs';

// Every payload writes window.__xss = <its index> if executed.
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '"><svg onload=window.__xss=3>',
  "'><img src=x onerror=window.__xss=4>",
  '<iframe srcdoc="<script>parent.__xss=5</script>"></iframe>',
  '<details open ontoggle=window.__xss=6>',
  '<a href="javascript:window.__xss=7">x</a>',
  '<svg><script>window.__xss=8</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=9>',
  '<body onload=window.__xss=10>',
  '<input autofocus onfocus=window.__xss=11>',
  '<video><source onerror="window.__xss=12">',
  '{{constructor.constructor("window.__xss=13")()}}',
  '${window.__xss=14}',
  '<object data="javascript:window.__xss=15">',
  '<marquee onstart=window.__xss=16>',
];

/** Plan lines whose names, units and spans carry the payloads into tables, findings, charts. */
function linesWithPayloads() {
  return PAYLOADS.map((p, i) => `地区生产总值${p} 2010=${40 + i}亿元 2015=${300 + i}亿元 年均${5 + i}%`).join('\n');
}

function proseWithPayloads() {
  return PAYLOADS.map((p, i) => `2010年，${p}工业增加值${i}达10亿元。到2015年，${p}工业增加值${i}达${45 + i}亿元，年均增长${40 + i}%。${p}`).join('\n');
}

const HOST = `<!doctype html><meta charset="utf-8"><title>host</title>
<plan-check id="w">placeholder</plan-check>
<script type="module" src="/plan-check-define.js"></script>`;

let server, origin, browser, context;

before(async () => {
  ({ server, origin } = await serve({ routes: { '/t/xss-host.html': HOST } }));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
  await close(server);
});

async function assertNothingRan(page, where) {
  // Give any deferred handler (onerror of a broken image, autofocus) a chance to fire.
  await page.waitForTimeout(500);
  const ran = await page.evaluate(() => window.__xss ?? null);
  assert.equal(ran, null, `${where}: payload #${ran} ran`);
  const injected = await page.evaluate(() => {
    const inShadow = [...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [...e.shadowRoot.querySelectorAll('*')] : []));
    const all = [...document.querySelectorAll('*'), ...inShadow];
    return all.filter((e) => ['IMG', 'IFRAME', 'VIDEO', 'OBJECT', 'MARQUEE', 'DETAILS', 'INPUT', 'MATH'].includes(e.tagName)
      && (e.getAttribute('src') === 'x' || e.hasAttribute('srcdoc') || e.hasAttribute('onerror') || e.hasAttribute('onload')
        || e.hasAttribute('ontoggle') || e.hasAttribute('onfocus') || e.hasAttribute('onstart') || e.tagName === 'MATH'
        || (e.getAttribute('data') ?? '').startsWith('javascript:'))).map((e) => e.outerHTML.slice(0, 80));
  });
  assert.deepEqual(injected, [], `${where}: elements built from pasted text`);
}

test('XSS payloads pasted into the page as lines and as prose never run', { timeout: TEST }, async () => {
  const { page, problems } = await watchedPage(context);
  await page.goto(`${origin}/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  for (const [form, text] of [['lines', linesWithPayloads()], ['prose', proseWithPayloads()]]) {
    await page.fill('#input', text);
    await page.waitForSelector(`#form-badge[data-form="${form}"]`);
    // Wait for this text's analysis, not the example's: the results describe all of it, and as
    // lines every payload line yields a finding (as prose, the payloads break some sentences up).
    await page.waitForFunction((n) => Number(document.body.dataset.analyzedChars) === n, text.length);
    await page.waitForFunction((n) => document.querySelectorAll('#findings button.finding').length >= n, form === 'lines' ? PAYLOADS.length : 1);
    // The payloads are shown, as text: in the table, the findings and the chart titles (as
    // prose, the reader cuts names at some of their marks, so a part of them may be what shows).
    const shown = await page.evaluate(() => /onerror|<\/script>/.test(document.body.innerText));
    assert.ok(shown, `${form}: the payload text is displayed as text`);
    // Select a finding (highlights spans in the mirrored input) and switch language.
    await page.locator('#findings button.finding').first().click();
    await page.click('#btn-lang');
    await page.click('#btn-lang');
    await assertNothingRan(page, `page, ${form}`);
  }
  assert.deepEqual(problems.filter((p) => !p.startsWith('console')), []);
  await page.close();
});

test('XSS payloads given to the widget never run', { timeout: TEST }, async () => {
  const { page } = await watchedPage(context);
  await page.goto(`${origin}/t/xss-host.html`);
  for (const text of [linesWithPayloads(), proseWithPayloads()]) {
    await page.evaluate((t) => new Promise((resolve) => {
      const w = document.getElementById('w');
      w.addEventListener('plancheck-report', () => resolve(), { once: true });
      w.text = t;
    }), text);
    const report = await page.evaluate(() => document.getElementById('w').report);
    assert.ok(report.indicators.length > 0, 'the widget analysed the text');
    await assertNothingRan(page, 'widget');
  }
  await page.close();
});
