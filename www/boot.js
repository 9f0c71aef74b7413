// Starts compiling the wasm core at the top of the page's <head>, before the browser has
// parsed the stylesheet, laid out the page or fetched app.js's modules: a classic async script
// runs as soon as it arrives, where a module would wait for its imports. The compilation
// itself happens off the main thread (WebAssembly.compileStreaming); engine.js picks up the
// promise (under Symbol.for('plancheck:wasm')) and only instantiates. Before this file did
// so, the page's first Report came about 40 ms after app.js had started, waiting for the
// import of the glue and the compilation one after the other.
//
// Not part of the widget (engine.js fetches and compiles by itself there) nor of the
// single-file build (offline.mjs drops it; the wasm is inline). A failure here costs nothing:
// engine.js then loads the wasm itself and reports what went wrong.
'use strict';
(() => {
  try {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.compileStreaming !== 'function') return;
    const url = new URL('pkg/plancheck_bg.wasm', document.currentScript.src);
    const compiled = WebAssembly.compileStreaming(fetch(url));
    compiled.catch(() => { /* engine.js falls back to its own fetch */ });
    globalThis[Symbol.for('plancheck:wasm')] = compiled;
  } catch { /* as above */ }
})();
