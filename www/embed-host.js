// Optional helper for pages that embed plancheck in an iframe (docs/embedding.md):
//   <iframe src="…/embed.html#v1.…" data-plancheck-embed title="plancheck"></iframe>
//   <script src="…/embed-host.js" defer></script>
// Each embed posts {type: 'plancheck:height', height} when its content changes size; this
// sets the height of the iframe that sent it. Only iframes marked data-plancheck-embed are
// touched, a message counts only from that iframe's own window (and origin, for http(s)
// sources), and the height is clamped. No imports or exports, so it works as a classic
// script or as a module; it sets element.style, which a CSP allows (CSSOM, not inline style).
(() => {
  const MAX = 100000;
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.type !== 'plancheck:height' || typeof d.height !== 'number' || !Number.isFinite(d.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-plancheck-embed]')) {
      if (frame.contentWindow !== e.source) continue;
      const src = new URL(frame.src, location.href);
      if (/^https?:$/.test(src.protocol) && src.origin !== e.origin) continue;
      frame.style.height = `${Math.min(MAX, Math.max(0, Math.ceil(d.height)))}px`;
    }
  });
})();
