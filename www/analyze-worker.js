// The analysis of large inputs, off the page's main thread (analysis.js WorkerAnalyzer starts
// it as a module Worker). It loads the same wasm package as the page, through engine.js, and
// answers each message {id, text, options} with {id, report, ms} (ms: time spent in the core
// and in converting its Report), or {id, error} if the wasm cannot be loaded here (a policy
// without 'wasm-unsafe-eval' for this file, say) or the core throws; the page then analyses
// on its own thread instead. The Report is converted to plain objects here (engine.js plain),
// so that the page receives it by structured clone with nothing left to do.

import { loadEngine, plain } from './engine.js';

loadEngine().catch(() => { /* reported with the first answer */ }); // compile while the page sends the text

self.addEventListener('message', async (e) => {
  const { id, text, options } = e.data || {};
  try {
    const mod = await loadEngine();
    const t0 = performance.now();
    const out = mod.analyze(String(text ?? ''), options && typeof options === 'object' ? options : {});
    const report = plain(typeof out === 'string' ? JSON.parse(out) : out);
    self.postMessage({ id, report, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
});
