// Export and history panel (docs/EXPORT.md). Loaded by every board page and the pilot page
// after the page's own module. A board's facilitator (the role the join gave the token, told
// by ../core/sync.js; the server checks it again on every request) gets export buttons and the
// saved versions; a pilot's token holder gets the pilot exports. Downloads are fetched with the token in the Authorization header, with
// progress told in a polite live region, then saved through a temporary object URL.

import './strings.js';
import { t, translate, onLangChange, lang } from '../core/i18n.js';
import { confirmDialog } from '../core/dialogs.js';

const path = window.location.pathname;
const board = /^\/b\/([^/]+)/.exec(path);
const pilot = /^\/p\/([^/]+)/.exec(path);
const id = decodeURIComponent((board || pilot || [])[1] || '');
const api = board ? `/api/boards/${encodeURIComponent(id)}` : `/api/pilots/${encodeURIComponent(id)}`;
const FORMATS = board
  ? [['json', 'export.json'], ['csv', 'export.csv'], ['xlsx', 'export.boardXlsx'], ['svg', 'export.svg'], ['pdf', 'export.pdf']]
  : [['xlsx', 'export.xlsx'], ['pdf', 'export.deck'], ['csv', 'export.csv'], ['json', 'export.json']];

function token() {
  const key = board ? `samskap.token.${id}` : `samskap.pilot.${id}`;
  const m = /(?:^#|&)t=([^&]+)/.exec(window.location.hash || '');
  if (m) return decodeURIComponent(m[1]);
  try { return sessionStorage.getItem(key); } catch { return null; }
}

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function auth() {
  return { Authorization: `Bearer ${token()}` };
}

let status;
let historyList;

function say(message) {
  status.textContent = message;
}

async function problem(r) {
  try { return (await r.json()).message || r.statusText; } catch { return r.statusText || String(r.status); }
}

/**
 * Human-readable formats are written in the page's language (docs/EXPORT.md [X16]). A board's CSV
 * asks for it too, so a Norwegian page gets `;` and decimal commas, what Norwegian Excel opens
 * as columns ([X18]); the pilot CSV does not change with the language.
 */
const READABLE = new Set(board ? ['pdf', 'svg', 'xlsx', 'csv'] : ['pdf', 'svg', 'xlsx']);
function inLang(url, format) {
  return READABLE.has(format) ? `${url}?lang=${encodeURIComponent(lang())}` : url;
}

/** Fetches url and saves it as a file, telling progress in the live region. */
async function download(url, label) {
  say(t('export.busy', { format: label }));
  try {
    const r = await fetch(url, { headers: auth(), cache: 'no-store' });
    if (!r.ok) throw new Error(await problem(r));
    const name = (/filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '') || [])[1] || 'samskap-export';
    const chunks = [];
    let received = 0;
    let told = 0;
    const reader = r.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (received - told > 256 * 1024) { // at most a few updates for a screen reader
        told = received;
        say(t('export.progress', { format: label, kb: Math.round(received / 1024) }));
      }
    }
    const blob = new Blob(chunks, { type: r.headers.get('Content-Type') || 'application/octet-stream' });
    const href = URL.createObjectURL(blob);
    const a = el('a', { href, download: name });
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    say(t('export.done', { file: name }));
  } catch (e) {
    say(t('export.failed', { message: e.message }));
  }
}

async function loadHistory() {
  const r = await fetch(`${api}/history`, { headers: auth(), cache: 'no-store' });
  if (!r.ok) return;
  const { snapshots } = await r.json();
  historyList.replaceChildren();
  if (!snapshots.length) historyList.append(el('li', {}, t('history.none')));
  for (const s of snapshots) {
    const when = new Date(s.at).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'nb-NO');
    const li = el('li', { class: 'history-item' });
    li.append(el('span', {}, `${s.name} (${t(`history.reason.${s.reason}`)}, ${when})`));
    const view = el('button', { type: 'button', class: 'btn btn--small' }, t('history.view', { name: s.name }));
    view.addEventListener('click', () => download(inLang(`${api}/history/${encodeURIComponent(s.id)}/export.pdf`, 'pdf'), 'PDF'));
    const restore = el('button', { type: 'button', class: 'btn btn--small' }, t('history.restore', { name: s.name }));
    restore.addEventListener('click', async () => {
      const question = t('history.confirm', { name: s.name });
      const yes = document.getElementById('confirm-dialog') ? await confirmDialog(question, t('history.restore.yes')) : window.confirm(question);
      if (!yes) return;
      const rr = await fetch(`${api}/history/${encodeURIComponent(s.id)}/restore`, { method: 'POST', headers: auth() });
      if (!rr.ok) { say(t('export.failed', { message: await problem(rr) })); return; }
      const body = await rr.json();
      say(t('history.restored', { name: s.name, undo: body.undo.name }));
      loadHistory();
    });
    li.append(' ', view, ' ', restore);
    historyList.append(li);
  }
}

function historyBlock() {
  const wrap = el('div', { class: 'history' });
  wrap.append(el('h3', { 'data-i18n': 'history.h3' }));
  const form = el('form', { class: 'inline-form', novalidate: '' });
  const field = el('div', { class: 'field field--inline' });
  field.append(el('label', { for: 'history-name', 'data-i18n': 'history.name' }),
    el('input', { id: 'history-name', type: 'text', maxlength: '100', autocomplete: 'off', required: '' }));
  form.append(field, el('button', { type: 'submit', class: 'btn btn--small', 'data-i18n': 'history.take' }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = document.getElementById('history-name').value.trim();
    if (!name) { document.getElementById('history-name').focus(); return; }
    const r = await fetch(`${api}/history`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
    if (!r.ok) { say(t('export.failed', { message: await problem(r) })); return; }
    document.getElementById('history-name').value = '';
    say(t('history.taken', { name }));
    loadHistory();
  });
  historyList = el('ul', { class: 'history-list' });
  wrap.append(form, historyList);
  return wrap;
}

/** The role the board's join gave this token (../core/sync.js announces it). */
function boardRole() {
  const known = document.documentElement.dataset.role;
  if (known) return Promise.resolve(known);
  return new Promise((resolve) => {
    document.addEventListener('samskap:role', (e) => resolve(e.detail.role), { once: true });
  });
}

async function init() {
  if (!id || !token()) return;
  if (board && await boardRole() !== 'facilitator') return; // exports and history are the facilitator's

  const section = el('section', { id: 'export-card', class: 'card export-card', 'aria-labelledby': 'export-h2' });
  section.append(el('h2', { id: 'export-h2', 'data-i18n': 'export.h2' }), el('p', { class: 'hint', 'data-i18n': 'export.intro' }));
  const group = el('div', { class: 'export-buttons', role: 'group', 'aria-labelledby': 'export-h2' });
  for (const [format, key] of FORMATS) {
    const b = el('button', { type: 'button', class: 'btn btn--small', 'data-i18n': key, 'data-format': format });
    b.addEventListener('click', () => download(inLang(`${api}/export.${format}`, format), t(key)));
    group.append(b);
  }
  status = el('p', { id: 'export-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  section.append(group, status);
  if (board) section.append(historyBlock());
  (document.getElementById('main') || document.body).append(section);
  translate(section);
  onLangChange(() => { translate(section); if (board) loadHistory(); });
  if (board) loadHistory();
}

init();
