// Where the page analyses its text: small inputs on the main thread, synchronously (a few
// milliseconds, less than a worker round trip), large ones in a module Worker
// (analyze-worker.js), so that typing, scrolling and the rest of the page stay responsive
// while the core works; and nothing at all over the core's input limit.
//
// Importing this module has no side effects (the <plan-check> widget may import it too): the
// worker starts on the first WorkerAnalyzer.analyze() call.
//
// The worker is not used, and the caller analyses on the main thread instead, when
//   - the page is the single-file build (engine.js INLINE): there is no worker file beside
//     it, and a file:// page may not start one anyway;
//   - Worker is missing, or creating one throws (a browser without module workers may also
//     fail later, with an `error` event: same outcome);
//   - the worker answers with an error (its wasm could not be loaded, e.g. a server policy
//     giving the worker script no 'wasm-unsafe-eval').
// After the first failure the worker is not tried again on this page.
//
// Under `script-src 'self'` a same-origin module worker is allowed: `worker-src` falls back
// to `child-src`, then `script-src`, then `default-src`. The worker fetches engine.js, the
// glue and the wasm from this folder, as the page does (connect-src 'self').

import { INLINE } from './engine.js';

/** Inputs at least this long (UTF-16 code units, JS string length) are analysed in the worker. */
export const LARGE_CHARS = 100_000;

/** The core's input limit (src/lib.rs MAX_INPUT_BYTES): larger inputs are refused before the wasm sees them. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * The UTF-8 length of `s` as the wasm glue will encode it (TextEncoder: a lone surrogate
 * becomes U+FFFD, 3 bytes). Strings short enough that they cannot exceed `limit` even at 3
 * bytes per code unit are not counted: the answer is then a lower bound, `s.length`.
 */
export function utf8Length(s, limit = MAX_INPUT_BYTES) {
  if (s.length * 3 <= limit) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** True when a worker may be tried at all here. */
function workerPossible() {
  return !INLINE && typeof Worker === 'function' && globalThis.location?.protocol !== 'file:';
}

/**
 * One background analysis at a time. analyze() resolves to {report, ms} (ms: in the core),
 * or to null when a later analyze() or cancel() superseded it (the worker is then
 * terminated, so the superseded work stops at once); it rejects when the worker is unusable,
 * and the caller should analyse on the main thread.
 */
export class WorkerAnalyzer {
  #worker = null;
  #pending = null;   // {id, resolve, reject} of the analysis in flight
  #id = 0;
  #broken = !workerPossible();

  /** False once the worker has failed (or was never possible): analyse on the main thread. */
  get usable() { return !this.#broken; }

  /** True while an analysis is in flight. */
  get busy() { return !!this.#pending; }

  analyze(text, form = 'auto') {
    this.cancel();
    if (this.#broken) return Promise.reject(new Error('no worker'));
    let w;
    try {
      w = this.#spawn();
    } catch (err) {
      this.#broken = true;
      return Promise.reject(err);
    }
    const id = ++this.#id;
    return new Promise((resolve, reject) => {
      this.#pending = { id, resolve, reject };
      w.postMessage({ id, text, options: { form } });
    });
  }

  /** Starts the worker (it loads the wasm) ahead of a first analyze() that is coming. */
  prepare() {
    if (this.#broken || this.#worker) return;
    try { this.#spawn(); } catch { this.#broken = true; }
  }

  /** Drops the analysis in flight, if any: its promise resolves to null. */
  cancel() {
    const p = this.#pending;
    if (!p) return;
    this.#pending = null;
    this.#worker?.terminate();
    this.#worker = null;
    p.resolve(null);
  }

  #spawn() {
    if (this.#worker) return this.#worker;
    const w = new Worker(new URL('./analyze-worker.js', import.meta.url), { type: 'module', name: 'plancheck-analysis' });
    w.addEventListener('message', (e) => {
      const d = e.data || {};
      const p = this.#pending;
      if (!p || d.id !== p.id) return; // an answer to a request already dropped
      this.#pending = null;
      if (d.error !== undefined || !d.report) this.#fail(p, new Error(`worker: ${d.error ?? 'no report'}`));
      else p.resolve({ report: d.report, ms: d.ms });
    });
    const onError = (e) => {
      e.preventDefault?.();
      const p = this.#pending;
      this.#pending = null;
      this.#fail(p, new Error(`worker: ${e.message || e.type}`));
    };
    w.addEventListener('error', onError);         // the module could not be loaded or run
    w.addEventListener('messageerror', onError);  // the Report could not be received
    this.#worker = w;
    return w;
  }

  #fail(p, err) {
    this.#broken = true;
    this.#worker?.terminate();
    this.#worker = null;
    p?.reject(err);
  }
}
