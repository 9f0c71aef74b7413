// The wasm core, loaded once per page and shared by everything on it (the page, any number of
// <plan-check> widgets, the embed); the page's analysis worker (analyze-worker.js) imports this
// module too and gets its own instance, in its own thread. Nothing happens at import: the first
// loadEngine() call starts the download, later calls get the same promise. Paths are relative
// to this file (import.meta.url), not to the document, so the widget works from any folder or
// origin.
//
// The single-file build (scripts/offline.mjs) replaces the INLINE_WASM line below with a
// function returning the wasm bytes, which are then instantiated synchronously (initSync)
// instead of fetched: a file:// page cannot fetch anything.

const INLINE_WASM = null; // offline.mjs: () => Uint8Array

/** True in the single-file build: the wasm is inline, and no other file (no worker) exists beside the page. */
export const INLINE = INLINE_WASM !== null;

let engine = null; // Promise<module>; reset after a failure so that a later call can retry

/** Resolves to the wasm-bindgen module ({analyze, version, …}) once instantiated. */
export function loadEngine() {
  if (!engine) {
    engine = (async () => {
      // The page's boot.js may have started compiling the wasm already; the glue is imported
      // meanwhile. A failed early compilation (a server sending the wrong MIME type, say) is
      // not final: the glue then fetches the file itself, with its own fallbacks.
      const early = INLINE_WASM ? null : globalThis[Symbol.for('plancheck:wasm')];
      const [mod, compiled] = await Promise.all([
        import('./pkg/plancheck.js'),
        early ? early.catch(() => null) : null,
      ]);
      if (INLINE_WASM) mod.initSync({ module: INLINE_WASM() });
      else await mod.default({ module_or_path: compiled ?? new URL('./pkg/plancheck_bg.wasm', import.meta.url) });
      if (typeof mod.analyze !== 'function') throw new Error('pkg/plancheck.js has no analyze export');
      return mod;
    })();
    engine.catch(() => { engine = null; });
  }
  return engine;
}

/** serde-wasm-bindgen may hand back Maps for map-typed fields; callers want plain objects. */
export function plain(x) {
  if (x instanceof Map) return Object.fromEntries([...x].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object') for (const k of Object.keys(x)) x[k] = plain(x[k]);
  return x;
}

/** The Report for `text` (throws what the core throws). A JSON-string export is tolerated. */
export function analyzeWith(mod, text, form = 'auto') {
  const out = mod.analyze(text, { form });
  return plain(typeof out === 'string' ? JSON.parse(out) : out);
}
