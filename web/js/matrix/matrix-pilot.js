// "Make pilot" on an accepted matrix item: asks which service-journey steps the idea touches
// (picked by name from the journey's stages, rule L1; optional), then asks the server to copy
// the item into a pilot candidate (POST /api/pilots, docs/API.md) and opens the pilot page. An
// item that already is a pilot is opened with this board's facilitator token, which the server
// accepts for it.

import { onLangChange, t } from '../core/i18n.js';
import './strings.js';
import { openDialog } from '../core/dialogs.js';


const LINK = /\/b\/([A-Za-z0-9_-]{8,64})(?:[?][^#]*)?#(?:.*&)?t=([^&]+)/;
let dialog = null;

function el(tag, props = {}) {
  return Object.assign(document.createElement(tag), props);
}

/** The dialog, made once and mounted at the end of <body>. */
function ensureDialog() {
  if (dialog) return dialog;
  const d = el('dialog', { id: 'pilot-dialog', className: 'dialog' });
  d.setAttribute('aria-labelledby', 'pilot-dialog-h2');
  const form = el('form', { noValidate: true });
  const h2 = el('h2', { id: 'pilot-dialog-h2' });
  const hint = el('p', { className: 'hint', id: 'pilot-dialog-hint' });
  const field = el('div', { className: 'field' });
  const label = el('label', { htmlFor: 'pilot-journey-link' });
  const input = el('input', { id: 'pilot-journey-link', type: 'text', autocomplete: 'off' });
  input.setAttribute('aria-describedby', 'pilot-dialog-hint pilot-dialog-error');
  const load = el('button', { type: 'button', id: 'pilot-journey-load', className: 'btn btn--small' });
  field.append(label, input, load);
  const fs = el('fieldset', { className: 'field' });
  const legend = el('legend');
  const none = el('p', { className: 'hint', id: 'pilot-steps-none' });
  const list = el('ul', { id: 'pilot-steps', className: 'import-notes' });
  fs.append(legend, none, list);
  const error = el('p', { className: 'error', id: 'pilot-dialog-error' });
  error.setAttribute('role', 'alert');
  const buttons = el('div', { className: 'dialog__buttons' });
  const go = el('button', { type: 'submit', className: 'btn btn--primary', id: 'pilot-dialog-go' });
  const cancel = el('button', { type: 'button', className: 'btn' });
  cancel.setAttribute('data-cancel', '');
  buttons.append(go, cancel);
  form.append(h2, hint, field, fs, error, buttons);
  d.appendChild(form);
  document.body.appendChild(d);
  const relabel = () => {
    hint.textContent = t('matrix.mkpilot.hint');
    label.textContent = t('matrix.mkpilot.link');
    load.textContent = t('matrix.mkpilot.load');
    legend.textContent = t('matrix.mkpilot.steps');
    none.textContent = t('matrix.mkpilot.none');
    go.textContent = t('matrix.mkpilot.go');
    cancel.textContent = t('matrix.mkpilot.cancel');
  };
  relabel();
  onLangChange(relabel);
  load.addEventListener('click', () => loadSteps());
  dialog = d;
  return d;
}

/** Rule L1: the journey's stages by name, as checkboxes. */
async function loadSteps() {
  const m = LINK.exec(document.getElementById('pilot-journey-link').value.trim());
  const error = document.getElementById('pilot-dialog-error');
  const list = document.getElementById('pilot-steps');
  if (!m) {
    error.textContent = t('matrix.mkpilot.bad');
    return;
  }
  error.textContent = '';
  let res;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(m[1])}/pickable`, {
      headers: { Authorization: `Bearer ${decodeURIComponent(m[2])}`, Accept: 'application/json' }, cache: 'no-store',
    });
  } catch (e) {
    error.textContent = String(e.message || e);
    return;
  }
  const body = await res.json().catch(() => ({}));
  if (res.status !== 200 || body.kind !== 'journey') {
    error.textContent = body.message || t('matrix.mkpilot.bad');
    return;
  }
  list.replaceChildren(...(body.items || []).map((s, i) => {
    const name = `${s.text || t('matrix.mkpilot.step', { n: s.index })} (${t(`matrix.mkpilot.${s.journey === 'future' ? 'future' : 'current'}`)})`;
    const li = el('li');
    const cb = el('input', { type: 'checkbox', id: `pilot-step-${i}`, value: name.slice(0, 200) });
    const l = el('label', { htmlFor: cb.id, textContent: name });
    li.append(cb, l);
    return li;
  }));
  document.getElementById('pilot-steps-none').hidden = (body.items || []).length > 0;
}

/** Asks for the journey steps, converts the item and navigates to the pilot; calls fail(message) when the server refuses. */
export async function makePilot(boardId, token, itemId, fail, itemText = '') {
  const d = ensureDialog();
  document.getElementById('pilot-dialog-h2').textContent = t('matrix.mkpilot.h2', { text: itemText });
  if (await openDialog(d, document.getElementById('pilot-journey-link'), { errorEl: document.getElementById('pilot-dialog-error') }) !== 'save') return;
  const journeySteps = [...document.querySelectorAll('#pilot-steps input:checked')].map((c) => c.value);
  let res;
  try {
    res = await fetch('/api/pilots', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ matrixBoardId: boardId, itemId, journeySteps }),
    });
  } catch (e) {
    fail(String(e.message || e));
    return;
  }
  const body = await res.json().catch(() => ({}));
  if (res.status === 201) {
    // A14: the reading link is handed out once; the pilot page shows it in this tab's session.
    try { sessionStorage.setItem(`samskap.pilot.${body.id}.viewer`, body.links.viewer); } catch { /* ignore */ }
    window.location.assign(body.links.editor);
  } else if (res.status === 409 && body.pilotId) {
    window.location.assign(`/p/${encodeURIComponent(body.pilotId)}#t=${encodeURIComponent(token)}`);
  } else {
    fail(body.message || String(res.status));
  }
}
