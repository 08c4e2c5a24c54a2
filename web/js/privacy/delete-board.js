// Deleting a board (docs/PROTOCOL.md D1-D3) and its retention (D5): a part of the facilitator's
// card that says when the board is deleted for inactivity, with a button to keep it another
// period, and a button
// that opens a dialog in which the facilitator types the board's title to confirm. The dialog
// is a native <dialog> built here (Escape and Cancel close it); the delete button stays usable
// (a disabled button cannot be reached by keyboard and blocks Enter), and a title that does not
// match keeps the dialog open and says so next to the field.
// Once the server answers 204, every page of the board (this one included) is told by the
// board.deleted event (core/sync.js) and shows that the board is deleted.

import { t, translate, onLangChange, lang } from '../core/i18n.js';
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

/** The title as typed and as stored are compared without outer spaces and in Unicode NFC. */
export function titleMatches(typed, title) {
  return String(typed || '').trim().normalize('NFC') === String(title || '').trim().normalize('NFC');
}

/**
 * Adds the delete part to the facilitator's card (section#facilitation). hooks: boardId, token,
 * alert(message), announce(message). Returns {render(v)}, called with the board's view on every
 * render (it keeps the current title for the dialog).
 */
export function mountDeleteBoard(section, hooks) {
  let title = '';
  const open = node('button', { type: 'button', id: 'privacy-delete-open', class: 'btn btn--small btn--danger', 'data-i18n': 'privacy.delete.open' });
  // D5: when the board is deleted for inactivity, and keeping it for another period
  const when = node('p', { id: 'privacy-retention', class: 'hint' });
  const keep = node('button', { type: 'button', id: 'privacy-retention-keep', class: 'btn btn--small', hidden: true });
  const part = node('div', { id: 'privacy-delete', class: 'privacy-delete' }, [
    node('h3', { 'data-i18n': 'privacy.delete.h3' }),
    when,
    keep,
    node('p', { class: 'hint', 'data-i18n': 'privacy.delete.intro' }),
    open,
  ]);
  section.append(part);
  translate(part);

  const label = node('label', { for: 'privacy-delete-title', id: 'privacy-delete-label' });
  const input = node('input', { id: 'privacy-delete-title', type: 'text', autocomplete: 'off', 'aria-describedby': 'privacy-delete-error' });
  const error = node('p', { id: 'privacy-delete-error', class: 'error', role: 'alert' });
  const confirm = node('button', { type: 'submit', id: 'privacy-delete-confirm', class: 'btn btn--danger', 'data-i18n': 'privacy.delete.confirm' });
  const dialog = node('dialog', { id: 'privacy-delete-dialog', class: 'dialog', 'aria-labelledby': 'privacy-delete-h2' }, [
    node('form', { novalidate: true }, [
      node('h2', { id: 'privacy-delete-h2', 'data-i18n': 'privacy.delete.h2' }),
      node('p', { 'data-i18n': 'privacy.delete.warning' }),
      node('div', { class: 'field' }, [label, input, error]),
      node('div', { class: 'dialog__buttons' }, [
        confirm,
        node('button', { type: 'button', class: 'btn', 'data-cancel': true, 'data-i18n': 'cancel' }),
      ]),
    ]),
  ]);
  document.body.append(dialog);

  input.addEventListener('input', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  });

  async function ask() {
    translate(dialog);
    label.textContent = t('privacy.delete.label', { title });
    input.value = '';
    const validate = () => {
      if (titleMatches(input.value, title)) return null;
      input.setAttribute('aria-invalid', 'true');
      return t('privacy.delete.mismatch');
    };
    const result = await openDialog(dialog, input, { validate, errorEl: error });
    if (result !== 'save') {
      open.focus();
      return;
    }
    open.disabled = true;
    hooks.announce(t('privacy.delete.busy'));
    try {
      const r = await fetch(`/api/boards/${encodeURIComponent(hooks.boardId)}`, {
        method: 'DELETE', headers: { Authorization: `Bearer ${hooks.token}` }, cache: 'no-store',
      });
      if (r.status !== 204) {
        const json = await r.json().catch(() => ({}));
        hooks.alert(t('privacy.delete.failed', { message: json.message || r.status }));
        open.disabled = false;
        open.focus();
      }
      // 204: the board.deleted event (or the socket's not_found) turns the page into its notice
    } catch (e) {
      hooks.alert(t('privacy.delete.failed', { message: String(e.message || e) }));
      open.disabled = false;
    }
  }

  let retention = null; // {retentionDays, lastActivity, deletesAt} from GET /retention (D5)
  const dateText = (ms) => new Date(ms).toLocaleDateString(
    { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[lang()] || 'nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
  function showRetention() {
    if (!retention) return;
    const on = retention.deletesAt !== null && retention.deletesAt !== undefined;
    when.textContent = on ? t('privacy.retention.when', { date: dateText(retention.deletesAt) }) : t('privacy.retention.off');
    keep.hidden = !on;
    keep.textContent = t('privacy.retention.keep', { days: retention.retentionDays });
  }
  async function call(method, path) {
    const r = await fetch(`/api/boards/${encodeURIComponent(hooks.boardId)}${path}`, {
      method, headers: { Authorization: `Bearer ${hooks.token}` }, cache: 'no-store',
    });
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(json.message || String(r.status));
    return json;
  }
  keep.addEventListener('click', async () => {
    try {
      retention = await call('POST', '/retention/keep');
      showRetention();
      hooks.announce(t('privacy.retention.kept', { date: dateText(retention.deletesAt) }));
    } catch (e) {
      hooks.alert(t('privacy.retention.failed', { message: e.message }));
    }
  });
  onLangChange(showRetention);

  open.addEventListener('click', ask);
  let asked = false;
  return {
    render(v) {
      title = (v && v.board && v.board.title) || '';
      if (!asked) { // the first render as facilitator: ask once
        asked = true;
        call('GET', '/retention').then((r) => { retention = r; showRetention(); }).catch(() => {});
      }
    },
  };
}
