// Starts loading the wasm core as early as the page can: this module, with engine.js alone as
// its graph, runs (async) while app.js's dozen modules are still arriving, so the wasm is
// compiled by the time app.js asks for it. Same engine.js instance, same promise: app.js's
// loadEngine() gets this one. Not part of the widget or the single-file build (offline.mjs
// drops it; there the wasm is inline and app.js starts it).

import { loadEngine } from './engine.js';

loadEngine().catch(() => { /* app.js reports the failure */ });
