// Shared set-up of the browser tests (not a test file itself: node --test only runs
// *.test.mjs): a static server for www/ on 127.0.0.1 with an ephemeral port, extra in-memory
// routes for host pages that only tests need, optional response headers (a strict CSP), and
// headless Chromium through playwright-core.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = path.join(ROOT, 'www');
export const OUT = path.join(ROOT, 'target', 'e2e');
export const CHROMIUM = '/usr/bin/chromium';
export const WAIT = 30_000;   // per wait: generous for a slow 2-core machine, finite so a broken page fails
export const TEST = 120_000;  // per test

/** The policy the brief asks every page and widget to run under (README, Embedding the widget). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** playwright-core lives in .tools/node_modules; NODE_PATH usually points there, else look directly. */
export function loadPlaywright() {
  const require = createRequire(import.meta.url);
  try { return require('playwright-core'); } catch { /* fall through */ }
  return createRequire(path.join(ROOT, '.tools', 'node_modules', 'x.js'))('playwright-core');
}

/**
 * Serves www/ (GET/HEAD only, no directory escapes, no caching). `routes` maps a path such as
 * "/test/host.html" to a string body (its type from the extension) and wins over www/;
 * `headers` go on every response. Resolves to {server, origin, hits}: hits counts requests
 * per path.
 */
export function serve({ routes = {}, headers = {} } = {}) {
  const hits = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    hits.set(rel, (hits.get(rel) || 0) + 1);
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') { send(405, 'method not allowed', 'text/plain'); return; }
    if (Object.hasOwn(routes, rel)) {
      send(200, routes[rel], MIME[path.extname(rel).toLowerCase()] || 'application/octet-stream');
      return;
    }
    const file = path.join(WWW, path.normalize(rel));
    if (!file.startsWith(WWW + path.sep)) { send(400, 'bad path', 'text/plain'); return; }
    fs.readFile(file, (err, body) => {
      if (err) send(404, 'not found', 'text/plain');
      else send(200, body, MIME[path.extname(file).toLowerCase()] || 'application/octet-stream');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}`, hits }));
  });
}

export const close = (server) => new Promise((r) => (server ? server.close(r) : r()));

/**
 * Chromium's flags for the tests and for scripts/bench-wasm.mjs, which imports them: no
 * sandbox (containers), no GPU, and none of the browser's own network or background work.
 *
 * Chromium 156 builds its own omnibox popup (a WebUI page of a few hundred chrome://
 * resources) in a renderer of its own while the first pages load, even headless, where nothing
 * ever shows it. On two cores it took a core from the page: a trace showed it running beside
 * every frame of the page's first load. A user's browser built it at start-up, long before they
 * opened the page, so the tests and the benchmark leave it out.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxAimPopup,WebUIOmniboxPopup,WebUIOmniboxFullPopup'];

/** Headless Debian Chromium, as the page test launches it. */
export async function launch() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!fs.existsSync(path.join(WWW, 'pkg', 'plancheck.js'))) throw new Error('www/pkg/plancheck.js is missing: build the wasm first');
  fs.mkdirSync(OUT, { recursive: true });
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A new page that records what went wrong: uncaught exceptions, console errors, HTTP errors
 * and CSP violations (reported by the page itself through a binding, so those inside
 * iframes and shadow roots count too). Returns {page, problems}.
 */
export async function watchedPage(context, { ignoreHttp = [] } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => {
    if (r.status() >= 400 && !ignoreHttp.some((re) => re.test(r.url()))) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.exposeBinding('__cspViolation', (_src, v) => problems.push(`CSP: ${v}`)).catch(() => {});
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      globalThis.__cspViolation?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return { page, problems };
}

/** A minimal RFC 4180 parser: quoted fields, doubled quotes, CR LF or LF rows. Enough to read the exports back. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * WCAG AA text contrast: every visible element with its own text, inside the elements that
 * `roots` select (and their shadow roots), against the first opaque background up its tree
 * (through shadow hosts). Returns {checked, out}: out lists those under 4.5:1.
 */
export function contrast(page, roots) {
  return page.evaluate((roots) => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const bg = (e) => {
      for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out = [];
    let checked = 0;
    for (const sel of roots) {
      for (const host of document.querySelectorAll(sel)) {
        const scope = host.shadowRoot || host;
        for (const e of scope.querySelectorAll('*')) {
          if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') continue;
          if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
          if (e.closest('.visually-hidden, [aria-hidden="true"]')) continue;
          const [l1, l2] = [lum(rgb(getComputedStyle(e).color)), lum(bg(e))].sort((x, y) => y - x);
          const ratio = (l1 + 0.05) / (l2 + 0.05);
          checked++;
          if (ratio < 4.5) out.push(`${sel} ${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 24)}" ${ratio.toFixed(2)}`);
        }
      }
    }
    return { checked, out };
  }, roots);
}
