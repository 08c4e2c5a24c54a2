// The header every app page shares, written once: the skip link, the brand, on board pages the
// connection and save state (#conn-status, #sync-status), and the language choice (#lang-switch).
// A page holds an empty <header class="site-header"> (with data-conn on board pages) so the
// layout does not move; this fills it, then the page's initI18n fills the texts.

import './strings.js';

function el(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Fills the page's site header and puts the skip link before it; returns the language group. */
export function mountHeader(header = document.querySelector('header.site-header')) {
  const parts = [el('a', { class: 'brand', href: '/', 'data-i18n': 'app.name' })];
  if (header.hasAttribute('data-conn')) {
    parts.push(el('p', { class: 'conn' }, [
      el('span', { 'data-i18n': 'conn.label' }),
      ' ',
      el('span', { id: 'conn-status', class: 'conn__state', 'data-state': 'connecting' }),
      ' ',
      el('span', { id: 'sync-status', class: 'conn__sync' }),
    ]));
  }
  const langs = el('div', { class: 'lang-switch', id: 'lang-switch', role: 'group', 'aria-label': 'Språk' });
  parts.push(langs);
  header.replaceChildren(...parts);
  if (!document.querySelector('a.skip-link')) {
    header.before(el('a', { class: 'skip-link', href: '#main', 'data-i18n': 'skip' }));
  }
  return langs;
}
