// Share links: the input text and options travel in the URL fragment, which browsers never
// send to a server. The format (README, "Share links") is public, so that other sites and
// scripts can build links:
//
//   #v1.<base64url(deflate-raw(UTF-8 JSON {"t": text, "l": "zh"|"en", "f": form}))>
//   #t=<encodeURIComponent(text)>[&l=zh|en][&f=auto|rows|lines|prose]     (uncompressed)
//
// base64url is RFC 4648 §5 without padding; deflate-raw is RFC 1951 with no zlib header
// (Python: zlib wbits=-15). Unknown or invalid l / f fall back to the defaults; unknown JSON
// keys are ignored, so later versions of v1 may add some. Plain ES module with no DOM use:
// node runs it too (tests/e2e/share.test.mjs).

export const FORMS = ['auto', 'rows', 'lines', 'prose'];
export const LANGS = ['zh', 'en'];
// The core refuses more than 5 MiB of input; a link that inflates past this is refused
// before it is held in memory whole (a small link can inflate to gigabytes).
export const MAX_BYTES = 5 * 1024 * 1024;

function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s) {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Reads a byte stream whole, failing once it passes `max` bytes. */
async function readAll(stream, max) {
  const reader = stream.getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > max) { await reader.cancel(); throw new Error('share link too large'); }
    parts.push(value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Options as given, or the defaults: {lang: null when absent or invalid, form: 'auto'}. */
function clean(text, lang, form) {
  return { text, lang: LANGS.includes(lang) ? lang : null, form: FORMS.includes(form) ? form : 'auto' };
}

/** The fragment ("#v1.…") for a text and its options. */
export async function encodeShare({ text, lang = 'zh', form = 'auto' }) {
  const json = new TextEncoder().encode(JSON.stringify({ t: String(text), l: lang, f: form }));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return '#v1.' + toBase64url(await readAll(stream, Infinity));
}

/**
 * The text and options in a fragment (with or without its "#"): {text, lang, form}, or null
 * when the fragment holds no share data at all. Throws when it does but cannot be read.
 */
export async function decodeShare(hash) {
  const frag = String(hash || '').replace(/^#/, '');
  if (frag.startsWith('v1.')) {
    const packed = fromBase64url(frag.slice(3));
    const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readAll(stream, MAX_BYTES)));
    if (!data || typeof data.t !== 'string') throw new Error('share link without text');
    return clean(data.t, data.l, data.f);
  }
  if (/^t=/.test(frag)) {
    // Split by hand: URLSearchParams would turn a literal "+" into a space.
    const params = {};
    for (const part of frag.split('&')) {
      const i = part.indexOf('=');
      if (i > 0) params[part.slice(0, i)] = decodeURIComponent(part.slice(i + 1));
    }
    if (params.t.length > MAX_BYTES) throw new Error('share link too large');
    return clean(params.t, params.l, params.f);
  }
  return null;
}
