// The iframe embed (embed.html): reads the text and options from the URL fragment (the share
// link format, share.js), shows them in a compact <plan-check>, links to the full page with
// the same fragment, and tells the parent page its height on every change, so that the
// parent can size the iframe to fit (embed-host.js does this; docs/embedding.md).

import { define } from './plan-check.js';
import { decodeShare } from './share.js';
import { t } from './i18n.js';

define();
const widget = document.getElementById('widget');
const note = document.getElementById('embed-note');
const open = document.getElementById('open-link');

async function load() {
  let shared = null, bad = false;
  try { shared = await decodeShare(location.hash); } catch (err) { bad = true; console.warn('plancheck embed:', err); }
  const lang = (shared && shared.lang) || 'zh';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  widget.setAttribute('lang', lang);
  widget.setAttribute('form', shared ? shared.form : 'auto');
  widget.text = shared ? shared.text : '';
  note.hidden = !!(shared && shared.text.trim());
  note.textContent = t(bad ? 'embedBadLink' : 'embedEmpty', lang);
  open.textContent = t('embedOpen', lang);
  open.href = new URL('index.html', location.href).href + (shared ? location.hash : '');
}

// The height of the whole document, posted whenever it changes. '*' because the embed does
// not know who frames it; the message holds nothing but the height.
let last = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'plancheck:height', height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);

window.addEventListener('hashchange', load);
load();
