// Benchmarks the wasm build of plancheck in node and in headless Chromium, on the seed
// documents ×1/×10/×100, and prints one table per environment: chars, median ms per
// analysis, Mchar/s. It asserts nothing; scripts/bench.sh records its output.
//
// usage: node scripts/bench-wasm.mjs SEED_DIR   (run from the repository root, after build)
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname } from 'node:path';
import { CHROMIUM_ARGS, loadPlaywright } from '../tests/e2e/harness.mjs';

const root = process.cwd();
const seedDir = process.argv[2] ?? join(root, '..', 'shared', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const inputs = [];
// Seeds 000 and 002 joined, cut at the last line end before 31,000 chars: the hardening issue's
// "whole 31,000-character plan" (the same text as examples/bench.rs builds).
{
  const [a, , b] = seeds.map((f) => readFileSync(join(seedDir, f), 'utf8'));
  if (a && b) {
    const joined = [...`${a}\n${b}`];
    const head = joined.slice(0, 31_000).join('');
    const end = joined.length > 31_000 ? head.lastIndexOf('\n') : head.length;
    inputs.push({ name: 'plan 31k (000+002)', text: head.slice(0, end < 0 ? head.length : end) });
  }
}
for (const f of seeds) {
  const text = readFileSync(join(seedDir, f), 'utf8');
  for (const copies of [1, 10, 100]) {
    const big = text.repeat(copies);
    if (Buffer.byteLength(big) <= 5 * 1024 * 1024) inputs.push({ name: `${f.slice(0, 20)} ×${copies}`, text: big });
  }
}

// The same measuring loop runs in node and, serialised, in the page.
function measure(analyze, inputs) {
  // Warm-up: V8 first runs wasm through its baseline compiler and tiers hot functions up to
  // the optimising one in the background; half a second of analyses lets that finish, so the
  // first input measured is not charged for it (it was: 8 ms instead of 3 for the 31k plan).
  const warm = performance.now();
  while (performance.now() - warm < 500) for (const { text } of inputs.slice(0, 4)) analyze(text, {});
  const rows = [];
  for (const { name, text } of inputs) {
    // Each sample times a batch of calls lasting about 5 ms: the browser's clock is coarsened
    // (0.1 ms without cross-origin isolation), too coarse for one call on a small seed.
    let t = performance.now();
    analyze(text, {});
    const batch = Math.max(1, Math.min(200, Math.ceil(5 / Math.max(performance.now() - t, 0.01))));
    const times = [];
    const start = performance.now();
    while (times.length < 5 || (performance.now() - start < 300 && times.length < 2000)) {
      t = performance.now();
      for (let i = 0; i < batch; i++) analyze(text, {});
      times.push((performance.now() - t) / batch);
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
const { chromium } = loadPlaywright();
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
  args: CHROMIUM_ARGS,
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
