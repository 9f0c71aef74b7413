// Benchmarks the wasm build of plancheck in node and in headless Chromium, on the seed
// documents ×1/×10/×100, and prints one table per environment: chars, median ms per
// analysis, Mchar/s. It asserts nothing; scripts/bench.sh records its output.
//
// usage: node scripts/bench-wasm.mjs SEED_DIR   (run from the repository root, after build)
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname } from 'node:path';
import { createRequire } from 'node:module';

const root = process.cwd();
const seedDir = process.argv[2] ?? join(root, '..', 'shared', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const inputs = [];
for (const f of seeds) {
  const text = readFileSync(join(seedDir, f), 'utf8');
  for (const copies of [1, 10, 100]) {
    const big = text.repeat(copies);
    if (Buffer.byteLength(big) <= 5 * 1024 * 1024) inputs.push({ name: `${f.slice(0, 20)} ×${copies}`, text: big });
  }
}

// The same measuring loop runs in node and, serialised, in the page.
function measure(analyze, inputs) {
  const rows = [];
  for (const { name, text } of inputs) {
    analyze(text, {});
    const times = [];
    const start = performance.now();
    while (times.length < 5 || (performance.now() - start < 300 && times.length < 2000)) {
      const t = performance.now();
      analyze(text, {});
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const ms = times[times.length >> 1];
    rows.push({ name, chars: [...text].length, ms, mchars: [...text].length / ms / 1000 });
  }
  return rows;
}

function print(env, rows) {
  console.log(`\n${env}`);
  console.log('input'.padEnd(28) + 'chars'.padStart(10) + 'ms/analysis'.padStart(13) + 'Mchar/s'.padStart(10));
  for (const r of rows) {
    console.log(r.name.padEnd(28) + String(r.chars).padStart(10) + r.ms.toFixed(3).padStart(13) + r.mchars.toFixed(1).padStart(10));
  }
}

// node: the web-target glue with initSync on the wasm bytes.
const pkg = await import(join(root, 'www', 'pkg', 'plancheck.js'));
pkg.initSync({ module: readFileSync(join(root, 'www', 'pkg', 'plancheck_bg.wasm')) });
print('wasm in node ' + process.version, measure(pkg.analyze, inputs));

// Chromium: serve www/, load the module in a blank page, run the same loop there.
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = join(root, 'www', decodeURIComponent(req.url.split('?')[0]));
  try {
    const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/pkg/plancheck.js`);
  const rows = await page.evaluate(async ({ inputs, measureSrc }) => {
    const pkg = await import('/pkg/plancheck.js');
    await pkg.default();
    const measure = new Function(`return (${measureSrc})`)();
    return measure(pkg.analyze, inputs);
  }, { inputs, measureSrc: measure.toString() });
  const version = await browser.version();
  print(`wasm in Chromium ${version}`, rows);
} finally {
  await browser.close();
  server.close();
}
