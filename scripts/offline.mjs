#!/usr/bin/env node
// Builds dist/plancheck.html: the page (www/index.html) as ONE file that works from file://
// with no network. Run through scripts/offline.sh (which builds the wasm first), or directly
// once www/pkg exists:   node scripts/offline.mjs [--out dist/plancheck.html]
//
// What it does, with no dependencies:
//   - CSS: style.css with its @import url("…") rules replaced by the files, in one <style>;
//   - JS: the ES module graph from app.js (static imports and import('…') of fixed paths) in
//     one inline <script type="module">. Each module becomes a function scope returning its
//     exports as getters (live bindings), evaluated in dependency order; imports become
//     destructuring of those objects. This holds for the code in www/ and wasm-bindgen's
//     glue, which keep to: imports and exports at the start of a line, no top-level await,
//     no `export default <expression>` needing hoisting, no import cycles. Anything else
//     fails the build rather than producing a broken file;
//   - wasm: base64 inside the bundle, handed to the glue's initSync (engine.js's INLINE_WASM
//     hook) since a file:// page cannot fetch it; the page's preload links are dropped, and
//     large inputs are analysed on the main thread (analysis.js: no worker file, engine.js
//     INLINE), after the "analysing" status has been painted;
//   - CSP: the page's meta policy is replaced by one pinning the inline script and style by
//     their sha256, allowing wasm and data: images, and no connections at all.
// An inline module script is inline script: fine for a file opened locally, not for a site
// served with script-src 'self' (serve www/ there instead; README, Offline single file).

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const args = process.argv.slice(2);
const OUT = path.resolve(ROOT, args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist/plancheck.html');

const read = (rel) => fs.readFileSync(path.join(WWW, rel), 'utf8');
const fail = (msg) => { throw new Error(`offline.mjs: ${msg}`); };
const once = (s, needle, replacement, what) => {
  const n = s.split(needle).length - 1;
  if (n !== 1) fail(`expected ${what} exactly once, found ${n}`);
  return s.replace(needle, () => replacement);
};

// ---------------------------------------------------------------- CSS

/** A stylesheet with its @import rules inlined (recursively, each file once). */
function inlineCss(rel, seen = new Set()) {
  if (seen.has(rel)) return '';
  seen.add(rel);
  return read(rel).replace(/@import\s+url\(\s*["']?([^"')]+)["']?\s*\)\s*;/g, (_, dep) => {
    const file = path.posix.join(path.posix.dirname(rel), dep);
    return `/* ${file} */\n${inlineCss(file, seen)}`;
  });
}

// ---------------------------------------------------------------- JS modules

const IMPORT_RE = /^import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*(?:from\s*)?['"]([^'"]+)['"]\s*;?[ \t]*$/gm;
const DYNAMIC_RE = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module's dependencies: static and fixed dynamic imports, as www-relative paths. */
function depsOf(rel, src) {
  const deps = [];
  for (const m of src.matchAll(IMPORT_RE)) deps.push(m[4]);
  for (const m of src.matchAll(DYNAMIC_RE)) deps.push(m[1]);
  return deps.map((d) => {
    if (!d.startsWith('./') && !d.startsWith('../')) fail(`${rel}: bare import "${d}" is not supported`);
    return path.posix.normalize(path.posix.join(path.posix.dirname(rel), d));
  });
}

/** Module paths in evaluation order (dependencies first), from the entry module. */
function graph(entry, sources) {
  const order = [], state = new Map();
  const visit = (rel) => {
    if (state.get(rel) === 'done') return;
    if (state.get(rel) === 'active') fail(`import cycle through ${rel}`);
    state.set(rel, 'active');
    if (!sources.has(rel)) sources.set(rel, read(rel));
    for (const d of depsOf(rel, sources.get(rel))) visit(d);
    state.set(rel, 'done');
    order.push(rel);
  };
  visit(entry);
  return order;
}

/** One module as a function scope: imports read from earlier modules, exports returned as getters. */
function wrap(rel, src, varOf) {
  const target = (spec) => varOf.get(path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)));
  const exports = []; // [exported name, local name]
  let body = src.replace(IMPORT_RE, (_, def, named, ns, spec) => {
    const v = target(spec);
    const out = [];
    if (def) out.push(`const ${def} = ${v}.default;`);
    if (ns) out.push(`const ${ns} = ${v};`);
    if (named && named.trim()) {
      const names = named.split(',').map((x) => x.trim()).filter(Boolean).map((x) => x.replace(/\s+as\s+/, ': '));
      out.push(`const { ${names.join(', ')} } = ${v};`);
    }
    return out.join(' ');
  });
  body = body.replace(DYNAMIC_RE, (_, spec) => `Promise.resolve(${target(spec)})`);
  body = body.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, kw, name) => {
    exports.push([name, name]);
    return `${kw} ${name}`;
  });
  body = body.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (_, list) => {
    for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const [local, as] = item.split(/\s+as\s+/);
      exports.push([as || local, local]);
    }
    return '';
  });
  const left = /^(?:import|export)\b.*$/m.exec(body);
  if (left) fail(`${rel}: cannot rewrite "${left[0].slice(0, 80)}"`);
  const getters = exports.map(([name, local]) => `get ${JSON.stringify(name)}() { return ${local}; }`).join(', ');
  return `// ---- ${rel}\nconst ${varOf.get(rel)} = (() => {\n${body}\nreturn Object.freeze({ ${getters} });\n})();\n`;
}

function bundleJs(entry) {
  const sources = new Map();
  // The wasm, inlined through engine.js's hook (see engine.js).
  const wasm = fs.readFileSync(path.join(WWW, 'pkg', 'plancheck_bg.wasm')).toString('base64');
  sources.set('engine.js', once(read('engine.js'), 'const INLINE_WASM = null;',
    'const INLINE_WASM = () => { const s = atob(WASM_BASE64); const b = new Uint8Array(s.length); '
    + 'for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; };\n'
    + `const WASM_BASE64 = '${wasm}';`, 'the INLINE_WASM hook in engine.js'));
  const order = graph(entry, sources);
  const varOf = new Map(order.map((rel, i) => [rel, `__m${i}_${rel.replace(/\W+/g, '_')}`]));
  return `// plancheck, single-file build of www/ (scripts/offline.mjs): ${order.join(', ')}\n`
    + order.map((rel) => wrap(rel, sources.get(rel), varOf)).join('\n');
}

// ---------------------------------------------------------------- HTML

const sha256 = (s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;
// Text inside <script> / <style> must not close the element early.
const safeIn = (tag, s) => s.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

function build() {
  let html = read('index.html');
  // Hashes cover the element's text exactly, leading newline included.
  const js = '\n' + safeIn('script', bundleJs('app.js'));
  const css = '\n' + safeIn('style', inlineCss('style.css'));
  const csp = ["default-src 'none'", `script-src ${sha256(js)} 'wasm-unsafe-eval'`, `style-src ${sha256(css)}`,
    'img-src data:', "connect-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
  html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  if (!html.includes(csp)) fail('no CSP meta tag found in index.html');
  html = once(html, '<link rel="stylesheet" href="style.css">', '<!--STYLE-->', 'the style.css link');
  html = once(html, '<script type="module" src="app.js"></script>', '<!--SCRIPT-->', 'the app.js script');
  // Preloads of the wasm and its glue (and their comment): both are inside the one script here.
  html = html.replace(/^<!--[^\n]*preload[^\n]*-->\n/gim, '').replace(/^<link rel="(?:module)?preload"[^>]*>\n/gm, '');
  // boot.js only starts compiling the wasm early; here the wasm is inline and app.js starts it.
  html = once(html, '<!-- First: starts compiling the wasm while the rest of the page is parsed and laid out. -->\n<script src="boot.js" async></script>\n', '', 'the boot.js script');
  html = html.replace('<!-- Everything comes from this folder: no CDN, no fonts, no analytics. The wasm needs \'wasm-unsafe-eval\'. -->',
    '<!-- plancheck as one file (scripts/offline.mjs): everything is inline; the policy below pins the script and style by hash and allows no connections. -->');
  const ref = /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?!data:)[^"]*"[^>]*>/i.exec(html);
  if (ref) fail(`a reference to another file is left: ${ref[0]}`);
  html = html.replace('<!--STYLE-->', () => `<style>${css}</style>`).replace('<!--SCRIPT-->', () => `<script type="module">${js}</script>`);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, html);
  return { out: OUT, bytes: Buffer.byteLength(html) };
}

const { out, bytes } = build();
console.log(`offline.mjs: wrote ${path.relative(process.cwd(), out) || out} (${bytes} bytes)`);
