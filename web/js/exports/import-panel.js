// Import on the home page (docs/EXPORT.md X3, X4): a Samskap JSON export or a CSV of notes
// becomes a new board. The upload shows its progress in a polite status region (XMLHttpRequest,
// since fetch reports no upload progress); a refusal shows the server's message, which names
// the line or field.

import './strings.js';
import { t, translate, onLangChange } from '../core/i18n.js';
import { csrfHeaders } from '../core/staff.js';


function el(tag, attrs = {}) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

const section = el('section', { id: 'import-card', class: 'card', 'aria-labelledby': 'import-h2' });
const form = el('form', { id: 'import-form', novalidate: '' });
const field = el('div', { class: 'field' });
const file = el('input', { id: 'import-file', type: 'file', accept: '.json,.csv,application/json,text/csv', 'aria-describedby': 'import-hint import-error' });
field.append(el('label', { for: 'import-file', 'data-i18n': 'import.file' }), file,
  el('p', { id: 'import-hint', class: 'hint', 'data-i18n': 'import.hint' }));
const error = el('p', { id: 'import-error', class: 'error', role: 'alert' });
const status = el('p', { id: 'import-status', class: 'status', role: 'status', 'aria-live': 'polite' });
const result = el('div', { id: 'import-result' });
result.hidden = true;
form.append(field, error, el('button', { type: 'submit', class: 'btn', 'data-i18n': 'import.button' }), status);
section.append(el('h2', { id: 'import-h2', 'data-i18n': 'import.h2' }), form, result);

function showResult(board) {
  result.replaceChildren();
  const done = el('p', { class: 'done' });
  done.textContent = t('import.done', { title: board.title });
  const open = el('a', { class: 'btn btn--primary btn--link', href: board.links.facilitator, id: 'import-open' });
  open.textContent = t('import.open');
  const lf = el('div', { class: 'field' });
  const label = el('label', { for: 'import-participant' });
  label.textContent = t('import.participant');
  const input = el('input', { id: 'import-participant', type: 'text', readonly: '' });
  input.value = board.links.participant;
  lf.append(label, input);
  result.append(done, lf, el('p'));
  result.lastChild.append(open);
  result.hidden = false;
  status.textContent = done.textContent;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  error.textContent = '';
  result.hidden = true;
  const f = file.files && file.files[0];
  if (!f) {
    error.textContent = t('import.choose');
    file.focus();
    return;
  }
  const csv = /\.csv$/i.test(f.name) || f.type === 'text/csv';
  const title = f.name.replace(/\.(samskap\.)?(json|csv)$/i, '') || 'Import';
  const url = csv ? `/api/boards/import.csv?title=${encodeURIComponent(title)}` : '/api/boards/import';
  const xhr = new XMLHttpRequest();
  xhr.open('POST', url);
  xhr.setRequestHeader('Content-Type', csv ? 'text/csv' : 'application/json');
  for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v); // rule S7, when signed in
  let told = -1;
  xhr.upload.onprogress = (ev) => {
    if (!ev.lengthComputable) return;
    const pct = Math.floor((ev.loaded / ev.total) * 100);
    if (pct - told >= 25 || pct === 100) { // a few updates, not a flood for a screen reader
      told = pct;
      status.textContent = t('import.progress', { pct });
    }
  };
  xhr.upload.onload = () => { status.textContent = t('import.checking'); };
  xhr.onload = () => {
    let body = null;
    try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
    if (xhr.status === 201 && body && body.links) {
      showResult(body);
      return;
    }
    status.textContent = '';
    error.textContent = t('import.failed', { message: (body && body.message) || xhr.statusText || String(xhr.status) });
    file.focus();
  };
  xhr.onerror = () => {
    status.textContent = '';
    error.textContent = t('import.failed', { message: xhr.statusText || 'network' });
  };
  xhr.send(f);
});

(document.getElementById('main') || document.body).append(section);
translate(section);
onLangChange(() => translate(section));
