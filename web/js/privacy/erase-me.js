// Erasing a participant (docs/PROTOCOL.md D8, D8a): "Slett meg" below "my data" in the presence
// card of every board page, and the confirm dialog the facilitator's per-participant erase
// button opens too. The dialog says what happens and has a checkbox for the public notes; it is
// a native <dialog> (Escape and Cancel close it). The request goes over this tab's own socket;
// once the server answers ok the member key is forgotten and the page stops sending and says so.

import { t, translate } from '../core/i18n.js';
import { openDialog } from '../core/dialogs.js';
import './strings.js';

function node(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) e.setAttribute(k, '');
    else if (v !== false && v !== undefined) e.setAttribute(k, String(v));
  }
  e.append(...children);
  return e;
}

let dialog = null;

function build() {
  if (dialog) return dialog;
  const check = node('input', { type: 'checkbox', id: 'privacy-erase-public' });
  dialog = node('dialog', { id: 'privacy-erase-dialog', class: 'dialog', 'aria-labelledby': 'privacy-erase-h2' }, [
    node('form', { novalidate: true }, [
      node('h2', { id: 'privacy-erase-h2' }),
      node('p', { id: 'privacy-erase-what' }),
      node('div', { class: 'field field--check' }, [
        check,
        node('label', { for: 'privacy-erase-public', id: 'privacy-erase-public-label' }),
      ]),
      node('div', { class: 'dialog__buttons' }, [
        node('button', { type: 'submit', id: 'privacy-erase-confirm', class: 'btn btn--danger' }),
        node('button', { type: 'button', class: 'btn', 'data-cancel': true, 'data-i18n': 'cancel' }),
      ]),
    ]),
  ]);
  document.body.append(dialog);
  return dialog;
}

/**
 * Asks before an erasure. self: true for "Slett meg", else the facilitator erases {name}.
 * Resolves {publicNotes} when confirmed, or null.
 */
export async function askErase({ self, name = '' }) {
  const d = build();
  translate(d);
  const who = self ? 'self' : 'other';
  d.querySelector('#privacy-erase-h2').textContent = t(`privacy.erase.${who}.h2`, { name });
  d.querySelector('#privacy-erase-what').textContent = t(`privacy.erase.${who}.what`, { name });
  d.querySelector('#privacy-erase-public-label').textContent = t(`privacy.erase.${who}.public`, { name });
  d.querySelector('#privacy-erase-confirm').textContent = t('privacy.erase.confirm');
  const check = d.querySelector('#privacy-erase-public');
  check.checked = false;
  const result = await openDialog(d, check);
  return result === 'save' ? { publicNotes: check.checked } : null;
}

/** Adds "Slett meg" below "my data". page: {sync, announce(msg), alert(msg)}. */
export function mountEraseMe(page) {
  const mine = document.getElementById('privacy-mine-hint');
  if (!mine || document.getElementById('privacy-erase-me')) return;
  const button = node('button', { type: 'button', id: 'privacy-erase-me', class: 'btn btn--danger', 'data-i18n': 'privacy.erase.button',
    'aria-describedby': 'privacy-erase-hint' });
  const hint = node('p', { id: 'privacy-erase-hint', class: 'hint', 'data-i18n': 'privacy.erase.hint' });
  mine.after(button, hint);
  translate(button.parentElement);

  button.addEventListener('click', async () => {
    const asked = await askErase({ self: true });
    if (!asked) {
      button.focus();
      return;
    }
    if (!page.sync.joined) {
      page.alert(t('privacy.erase.failed'));
      return;
    }
    button.setAttribute('aria-busy', 'true');
    try {
      const reply = await page.sync.request({ type: 'member.erase', publicNotes: asked.publicNotes });
      if (!reply || !reply.ok) throw new Error(reply && reply.reason);
      page.sync.erased();
    } catch {
      page.alert(t('privacy.erase.failed'));
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}
