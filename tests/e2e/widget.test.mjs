// The <plan-check> widget (www/plan-check.js) on host pages that only this test serves, all
// under the strict CSP header: isolation from a host stylesheet that tries hard to restyle
// it (computed styles compared with the same widget on a plain page) and theming through
// ::part and custom properties; two widgets sharing one wasm download; the plancheck-report
// event and the report / text properties; the src attribute; invalid attributes falling
// back; a failed engine keeping the text; keyboard use and contrast; no side effects at
// import. Screenshots in target/e2e/widget*.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { OUT, TEST, STRICT_CSP, serve, close, launch, watchedPage, contrast } from './harness.mjs';

const GDP = '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%';
const REVENUE = '一般公共预算收入 2010=94亿元 2015=270亿元 年均21.9%';
const FISCAL = '财政总收入 2010=3.7亿元 2015=10亿元 年均40%';

/** A host page: no inline script or style (the CSP forbids them), an icon so that no /favicon.ico is asked for. */
const page = (body, { css = [], scripts = ['/plan-check-define.js'] } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
${css.map((c) => `<link rel="stylesheet" href="${c}">`).join('\n')}
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head><body>
${body}
</body></html>`;

const WIDGETS = `<h1>Host</h1>
<plan-check id="a" lang="en">
  ${GDP}
  ${REVENUE}
</plan-check>
<plan-check id="b" compact>
  ${FISCAL}
</plan-check>`;

const HOSTILE_CSS = `
* { color: red !important; font-size: 40px !important; display: inline !important; font-family: serif !important;
    line-height: 3 !important; letter-spacing: 5px !important; text-transform: uppercase !important;
    background: yellow !important; border: 5px solid lime !important; margin: 20px !important;
    padding: 20px !important; box-sizing: content-box !important; text-align: center !important;
    white-space: nowrap !important; list-style: square inside !important; visibility: visible !important; }
table { display: none !important; } button { all: unset !important; } svg, path { fill: red !important; }
.root, .summary, .finding, .indicators, .chart, .explanation { display: none !important; color: red !important; }
:root { --text: red; --accent: red; --err: red; --muted: red; --font: serif; --bg: black; }
html { font-size: 40px !important; }
plan-check::part(finding) { outline: 3px solid rgb(0, 128, 0); }
plan-check::part(summary) { text-decoration: underline; }
`;
// Theming as the docs describe it, on both the plain and the hostile page.
const THEME_CSS = '#b { --plancheck-accent: rgb(200, 0, 100); --plancheck-font-size: 13px; }';

// Sent by the host page itself (an external script, as the CSP requires): every
// plancheck-report event that reaches the document, with how it got there.
const LISTEN_JS = `
window.__events = [];
document.addEventListener('plancheck-report', (e) => {
  window.__events.push({ id: e.target.id, composed: e.composed, bubbles: e.bubbles,
    same: e.detail === e.target.report, findings: e.detail ? e.detail.findings.length : -1 });
});`;

const IMPORT_ONLY_JS = `
import { PlanCheckElement, define } from '/plan-check.js';
window.__beforeDefine = { defined: !!customElements.get('plan-check'), isClass: typeof PlanCheckElement === 'function' };
window.__define = define;`;

const routes = {
  '/t/plain.html': page(WIDGETS, { css: ['/t/theme.css'] }),
  '/t/hostile.html': page(WIDGETS, { css: ['/t/theme.css', '/t/hostile.css'] }),
  '/t/hostile.css': HOSTILE_CSS,
  '/t/theme.css': THEME_CSS,
  '/t/events.html': page(`<plan-check id="e">${FISCAL}</plan-check>`, { scripts: ['/t/listen.js', '/plan-check-define.js'] }),
  '/t/listen.js': LISTEN_JS,
  '/t/plan.txt': `${FISCAL}\n${REVENUE}\n`,
  '/t/src.html': page(`<plan-check id="ok" src="plan.txt">${GDP}</plan-check>
<plan-check id="missing" src="missing.txt" lang="en">${GDP}</plan-check>`),
  '/t/attrs.html': page(`<plan-check id="fr" lang="fr" height="banana" form="nonsense">${FISCAL}</plan-check>
<plan-check id="gb" lang="en-GB" height="300" compact>${GDP}\n${REVENUE}</plan-check>
<plan-check id="em" height="12em">${GDP}</plan-check>`),
  '/t/import-only.html': page(`<my-check id="m" lang="en">${FISCAL}</my-check><plan-check id="p">${FISCAL}</plan-check>`,
    { scripts: ['/t/import-only.js'] }),
  '/t/import-only.js': IMPORT_ONLY_JS,
};

let server, origin, hits, browser, context;

before(async () => {
  ({ server, origin, hits } = await serve({ routes, headers: { 'content-security-policy': STRICT_CSP } }));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
});

after(async () => {
  await browser?.close();
  await close(server);
});

/** Opens a host page and waits until every widget on it has a report. */
async function open(url, { ready = 'plan-check' } = {}) {
  const { page: p, problems } = await watchedPage(context);
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(origin + url);
  await p.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((e) => e.report), ready);
  return { p, problems, requests };
}

// What a widget's insides look like: computed styles of a few of its elements.
const PROBE = ['.root', '.summary', 'li.finding-item', 'button.finding', '.sev', '.msg', 'button.explain-toggle',
  'table.indicators', 'caption', 'thead th', 'tbody th', 'td.num', '.status-badge', '.chart-panel', 'figcaption',
  'path.c-path', '.credit'];
const PROPS = ['color', 'font-size', 'font-family', 'display', 'line-height', 'letter-spacing', 'text-transform',
  'background-color', 'margin-top', 'padding-top', 'border-top-width', 'box-sizing', 'list-style-type',
  'text-align', 'white-space', 'fill', 'stroke', 'visibility'];

function snapshot(p, id) {
  return p.evaluate(({ id, PROBE, PROPS }) => {
    const root = document.getElementById(id).shadowRoot;
    return Object.fromEntries(PROBE.map((sel) => {
      const e = root.querySelector(sel);
      if (!e) return [sel, null];
      const cs = getComputedStyle(e);
      return [sel, Object.fromEntries(PROPS.map((k) => [k, cs.getPropertyValue(k)]))];
    }));
  }, { id, PROBE, PROPS });
}

test('a host stylesheet cannot restyle the inside; ::part and custom properties can', { timeout: TEST }, async () => {
  const plain = await open('/t/plain.html');
  const hostile = await open('/t/hostile.html');
  for (const id of ['a', 'b']) {
    const want = await snapshot(plain.p, id);
    const got = await snapshot(hostile.p, id);
    for (const sel of PROBE.filter((s) => id === 'a' || !['.status-badge', '.chart-panel', 'figcaption', 'path.c-path', '.credit'].includes(s))) {
      assert.ok(want[sel], `#${id} ${sel} exists`);
      assert.deepEqual(got[sel], want[sel], `#${id} ${sel}: computed style unaffected by the host CSS`);
    }
  }
  const a = await snapshot(plain.p, 'a');
  assert.equal(a['.root']['font-size'], '15px');
  assert.equal(a['table.indicators'].display, 'table');
  assert.equal(a['.msg'].color, 'rgb(27, 34, 48)');
  // ::part reaches exactly the parts it names.
  const part = await hostile.p.evaluate(() => {
    const root = document.getElementById('a').shadowRoot;
    const cs = (sel, prop) => getComputedStyle(root.querySelector(sel)).getPropertyValue(prop);
    return { finding: cs('li.finding-item', 'outline-color'), findingStyle: cs('li.finding-item', 'outline-style'),
      summary: cs('.summary', 'text-decoration-line'), msg: cs('.msg', 'outline-style') };
  });
  assert.deepEqual(part, { finding: 'rgb(0, 128, 0)', findingStyle: 'solid', summary: 'underline', msg: 'none' });
  // Custom properties theme #b (accent and size), and only #b.
  const themed = await hostile.p.evaluate(() => ['a', 'b'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return [getComputedStyle(root.querySelector('button.explain-toggle')).color, getComputedStyle(root.querySelector('.root')).fontSize];
  }));
  assert.deepEqual(themed, [['rgb(29, 79, 145)', '15px'], ['rgb(200, 0, 100)', '13px']]);
  assert.deepEqual(hostile.problems, []);
  await hostile.p.screenshot({ path: path.join(OUT, 'widget-hostile.png'), fullPage: true });
  await plain.p.close();
  await hostile.p.close();
});

test('two widgets on one page share one wasm download', { timeout: TEST }, async () => {
  const before = hits.get('/pkg/plancheck_bg.wasm') || 0;
  const { p, problems, requests } = await open('/t/plain.html');
  assert.equal(requests.filter((r) => r === '/pkg/plancheck_bg.wasm').length, 1, 'the page asked for the wasm once');
  assert.equal((hits.get('/pkg/plancheck_bg.wasm') || 0) - before, 1, 'the server sent it once');
  assert.equal(requests.filter((r) => r === '/pkg/plancheck.js').length, 1);
  const info = await p.evaluate(() => ['a', 'b'].map((id) => {
    const el = document.getElementById(id);
    const root = el.shadowRoot;
    return { findings: root.querySelectorAll('li.finding-item').length, rows: root.querySelectorAll('tbody tr[data-id]').length,
      chart: !root.querySelector('.chart').hidden, lang: root.querySelector('.root').lang, kinds: el.report.findings.map((f) => f.severity) };
  }));
  assert.deepEqual(info[0], { findings: 1, rows: 2, chart: true, lang: 'en', kinds: ['error'] });
  assert.deepEqual(info[1], { findings: 1, rows: 1, chart: false, lang: 'zh-CN', kinds: ['error'] }, 'compact: no chart');
  // Review mode inside the widget: status badge in the table and the chart, diamond for the actual value.
  const review = await p.evaluate(() => {
    const root = document.getElementById('a').shadowRoot;
    return { badge: root.querySelector('tbody tr[data-status] .status-badge').textContent,
      panel: root.querySelector('figure[data-status] figcaption').textContent,
      diamond: root.querySelectorAll('g.point[data-role="actual"] path.c-actual').length };
  });
  assert.deepEqual(review, { badge: '▲Acceleration needed', panel: '地区生产总值亿元 ▲Acceleration needed', diamond: 1 });
  assert.deepEqual(problems, []);
  await p.screenshot({ path: path.join(OUT, 'widget.png'), fullPage: true });
  // The same page in Chinese: switching the attribute redraws.
  await p.evaluate(() => document.getElementById('a').setAttribute('lang', 'zh'));
  assert.match(await p.evaluate(() => document.getElementById('a').shadowRoot.querySelector('.summary').textContent),
    /^读取 \d+ 个数字，核查 \d+ 组关系：1 个错误。$/);
  await p.screenshot({ path: path.join(OUT, 'widget-zh.png'), fullPage: true });
  await p.close();
});

test('plancheck-report bubbles out of the shadow root; report and text properties', { timeout: TEST }, async () => {
  const { p, problems } = await open('/t/events.html');
  let events = await p.evaluate(() => window.__events);
  assert.deepEqual(events, [{ id: 'e', composed: true, bubbles: true, same: true, findings: 1 }]);
  const report = await p.evaluate(() => JSON.parse(JSON.stringify(document.getElementById('e').report)));
  assert.equal(report.version, 2);
  assert.equal(report.findings[0].kind, 'rate_vs_endpoints');
  assert.ok(report.findings[0].explanation.length >= 2);
  // The property is read-only.
  assert.equal(await p.evaluate(() => { const e = document.getElementById('e'); try { e.report = null; } catch { /* strict */ } return e.report !== null; }), true);
  // Setting text analyses it and announces the new report.
  await p.evaluate((t) => { document.getElementById('e').text = t; }, `${GDP}\n`);
  events = await p.evaluate(() => window.__events);
  assert.equal(events.length, 2);
  assert.deepEqual(events[1], { id: 'e', composed: true, bubbles: true, same: true, findings: 0 });
  assert.equal(await p.evaluate(() => document.getElementById('e').text), `${GDP}\n`);
  assert.equal(await p.evaluate(() => document.getElementById('e').report.indicators[0].summary.status), 'acceleration_needed');
  // A change of the text inside the tag is picked up once the property is cleared.
  await p.evaluate((t) => { const e = document.getElementById('e'); e.text = null; e.textContent = t; }, REVENUE);
  await p.waitForFunction(() => window.__events.length >= 4 && document.getElementById('e').report.indicators[0].name === '一般公共预算收入');
  // lang and compact only redraw: no new event.
  const n = await p.evaluate(() => window.__events.length);
  await p.evaluate(() => { const e = document.getElementById('e'); e.setAttribute('lang', 'en'); e.toggleAttribute('compact', true); });
  assert.equal(await p.evaluate(() => window.__events.length), n);
  assert.deepEqual(problems, []);
  await p.close();
});

test('src fetches the text relative to the document; a failure keeps the inline text', { timeout: TEST }, async () => {
  const { p, problems } = await open('/t/src.html', { ready: '#ok' });
  await p.waitForFunction(() => document.getElementById('ok').report.indicators.length === 2);
  const ok = await p.evaluate(() => document.getElementById('ok').report.indicators.map((i) => i.name));
  assert.deepEqual(ok, ['财政总收入', '一般公共预算收入'], 'the text of /t/plan.txt');
  await p.waitForFunction(() => document.getElementById('missing').report);
  const missing = await p.evaluate(() => {
    const e = document.getElementById('missing');
    const err = e.shadowRoot.querySelector('[part="error"]');
    return { names: e.report.indicators.map((i) => i.name), error: err.hidden ? '' : err.textContent };
  });
  assert.deepEqual(missing.names, ['地区生产总值'], 'the inline text is analysed');
  assert.match(missing.error, /^Could not read http:\/\/127\.0\.0\.1:\d+\/t\/missing\.txt; the inline text is shown instead\.$/);
  assert.deepEqual(problems.filter((x) => !/missing\.txt|404/.test(x)), []);
  // Changing src fetches again; the error goes away.
  await p.evaluate(() => document.getElementById('missing').setAttribute('src', '/t/plan.txt'));
  await p.waitForFunction(() => document.getElementById('missing').report.indicators.length === 2);
  assert.equal(await p.evaluate(() => document.getElementById('missing').shadowRoot.querySelector('[part="error"]').hidden), true);
  await p.close();
});

test('invalid attribute values fall back to the defaults', { timeout: TEST }, async () => {
  const { p, problems } = await open('/t/attrs.html');
  const info = await p.evaluate(() => ['fr', 'gb', 'em'].map((id) => {
    const e = document.getElementById(id), root = e.shadowRoot.querySelector('.root');
    return { lang: root.lang, height: root.style.height, scrolls: getComputedStyle(root).overflowY, form: e.report.form,
      chart: !e.shadowRoot.querySelector('.chart').hidden };
  }));
  assert.deepEqual(info[0], { lang: 'zh-CN', height: '', scrolls: 'visible', form: 'lines', chart: true }, 'lang=fr → zh, height=banana → auto, form=nonsense → auto');
  assert.deepEqual(info[1], { lang: 'en', height: '300px', scrolls: 'auto', form: 'lines', chart: false }, 'lang=en-GB → en, height=300 → 300px, compact');
  assert.equal(info[2].height, '12em');
  assert.equal(await p.evaluate(() => document.getElementById('gb').getBoundingClientRect().height), 300);
  // Changed later, reflected at once; a valid form is used.
  await p.evaluate(() => { const e = document.getElementById('fr'); e.setAttribute('height', '10vh'); e.setAttribute('form', 'prose'); });
  assert.deepEqual(await p.evaluate(() => { const e = document.getElementById('fr'); return [e.shadowRoot.querySelector('.root').style.height, e.report.form]; }), ['10vh', 'prose']);
  await p.evaluate(() => document.getElementById('fr').setAttribute('height', 'calc(1px + url(x))'));
  assert.equal(await p.evaluate(() => document.getElementById('fr').shadowRoot.querySelector('.root').style.height), '');
  assert.deepEqual(problems, []);
  await p.close();
});

test('when the engine cannot load, the text stays visible with a bilingual message', { timeout: TEST }, async () => {
  const { page: p } = await watchedPage(context);
  await p.route('**/pkg/plancheck_bg.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
  await p.goto(origin + '/t/plain.html');
  await p.waitForFunction(() => !document.getElementById('a').shadowRoot.querySelector('[part="error"]').hidden);
  const state = await p.evaluate(() => {
    const root = document.getElementById('a').shadowRoot;
    const source = root.querySelector('[part="source"]');
    return { error: root.querySelector('[part="error"]').textContent, source: source.textContent, visible: source.offsetHeight > 0,
      results: root.querySelector('.results').hidden, report: document.getElementById('a').report };
  });
  assert.match(state.error, /分析引擎未能加载/);
  assert.match(state.error, /could not be loaded/);
  assert.ok(state.source.startsWith('地区生产总值 2010=47.6亿元'), 'the text, dedented');
  assert.deepEqual([state.visible, state.results, state.report], [true, true, null]);
  await p.screenshot({ path: path.join(OUT, 'widget-failed.png') });
  await p.close();
});

test('keyboard use, labelled table and text contrast inside the widget', { timeout: TEST }, async () => {
  const { p } = await open('/t/plain.html');
  // Tab from the top of the page into the first widget's first finding.
  await p.keyboard.press('Tab');
  const focused = () => p.evaluate(() => {
    const a = document.activeElement;
    const inner = a && a.shadowRoot ? a.shadowRoot.activeElement : null;
    return inner ? `${a.id} ${inner.tagName.toLowerCase()}.${inner.className}` : a && a.tagName;
  });
  assert.equal(await focused(), 'a button.finding');
  await p.keyboard.press('Enter');
  const sel = await p.evaluate(() => {
    const root = document.getElementById('a').shadowRoot;
    return { pressed: root.querySelector('button.finding').getAttribute('aria-pressed'),
      open: !root.querySelector('ol.explanation').hidden,
      row: root.querySelector('tbody tr[data-highlight="true"] th').textContent,
      panel: !!root.querySelector('figure[data-highlight="true"]') };
  });
  assert.deepEqual(sel, { pressed: 'true', open: true, row: '✖Error: 一般公共预算收入', panel: true });
  await p.keyboard.press('Escape');
  assert.equal(await p.evaluate(() => document.getElementById('a').shadowRoot.querySelector('button.finding').getAttribute('aria-pressed')), 'false');
  await p.keyboard.press('Tab');
  assert.equal(await focused(), 'a button.explain-toggle');
  // The table: a caption and scoped headers; the region is named.
  const table = await p.evaluate(() => {
    const root = document.getElementById('a').shadowRoot;
    return { caption: root.querySelector('caption').textContent, scopes: [...root.querySelectorAll('th')].map((th) => th.scope),
      label: root.querySelector('.root').getAttribute('aria-label'), role: root.querySelector('.root').getAttribute('role') };
  });
  assert.equal(table.caption, 'Base, target and annual growth of each indicator');
  assert.ok(table.scopes.every((s) => s === 'col' || s === 'row'));
  assert.deepEqual([table.label, table.role], ['plancheck: plan target check', 'region']);
  // WCAG AA: every text element inside the widget against its background, 4.5:1.
  const low = await contrast(p, ['#a', '#b']);
  assert.ok(low.checked > 60, `text elements checked: ${low.checked}`);
  assert.deepEqual(low.out, [], 'every text passes 4.5:1');
  await p.close();
});

test('importing plan-check.js defines nothing; define() takes a tag name', { timeout: TEST }, async () => {
  // In node, with no DOM at all, the module imports.
  const mod = await import('../../www/plan-check.js');
  assert.equal(typeof mod.define, 'function');
  assert.equal(mod.parseLang('EN-us'), 'en');
  assert.equal(mod.parseHeight('12.5'), '12.5px');
  assert.equal(mod.parseHeight('auto'), null);
  assert.equal(mod.dedent('\n    a\n      b\n  '), 'a\n  b\n');
  // In the browser: imported without define(), nothing happens; no wasm is fetched.
  const { page: p, problems } = await watchedPage(context);
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(origin + '/t/import-only.html');
  await p.waitForFunction(() => window.__beforeDefine);
  assert.deepEqual(await p.evaluate(() => window.__beforeDefine), { defined: false, isClass: true });
  assert.ok(!requests.includes('/pkg/plancheck_bg.wasm'), 'no wasm before a widget connects');
  assert.equal(await p.evaluate(() => document.getElementById('p').textContent), FISCAL, 'an undefined tag shows its text');
  await p.evaluate(() => window.__define('my-check'));
  await p.waitForFunction(() => document.getElementById('m').report);
  assert.equal(await p.evaluate(() => document.getElementById('m').report.findings.length), 1);
  assert.equal(await p.evaluate(() => window.__define('my-check') === customElements.get('my-check')), true, 'define twice is harmless');
  assert.deepEqual(problems, []);
  await p.close();
});
