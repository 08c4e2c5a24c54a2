// A project's life cycle on the project page (docs/PROTOCOL.md D10-D12), for its owner: when the
// project is deleted for inactivity with a button to keep it another period (D11), a button that
// opens a dialog in which the owner types the project's title to delete it for good (D10), and the
// audit log (D12, project-audit.js). The dialog is a native <dialog> (Escape and Cancel close
// it); the delete button stays usable (a disabled button cannot be reached by keyboard), and a
// title that does not match keeps the dialog open and says so next to the field. Once deleted
// (this page's 204, or the project.deleted event every open page hears), the page says so and this
// browser forgets the project's link.

import { t, msg, translate, onLangChange, lang } from '../core/i18n.js';
import { openDialog } from '../core/dialogs.js';
import { forgetProject } from './recent.js';
import { titleMatches } from '../privacy/delete-board.js'; // the same comparison as a board's delete (D1)
import { mountProjectAudit } from './project-audit.js';
import './lifecycle-strings.js';
import { authHeaders } from './members.js'; // PM2: the owner token, or a signed-in owner's session

function node(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) e.setAttribute(k, '');
    else if (v !== false && v !== undefined && v !== null) e.setAttribute(k, String(v));
  }
  e.append(...children);
  return e;
}

/**
 * Mounts the owner's life-cycle parts at the end of #project. hooks: projectId, token(),
 * announce(message), alert(message). Returns {render(view), gone(response), deleted()}.
 */
export function mountProjectLifecycle(hooks) {
  const root = document.getElementById('project');
  let title = '';
  let done = false;
  const open = node('button', { type: 'button', id: 'project-delete-open', class: 'btn btn--danger', 'data-i18n': 'project.delete.open' });
  const when = node('p', { id: 'project-retention' });
  const keep = node('button', { type: 'button', id: 'project-retention-keep', class: 'btn', hidden: true });
  const card = node('section', { id: 'project-delete', class: 'card', 'aria-labelledby': 'project-delete-h2', hidden: true }, [
    node('h2', { id: 'project-delete-h2', 'data-i18n': 'project.delete.h2' }),
    when,
    node('p', { class: 'button-row' }, [keep]),
    node('p', { class: 'hint', 'data-i18n': 'project.delete.intro' }),
    node('p', { class: 'button-row' }, [open]),
  ]);
  root.append(card);
  translate(card);
  const audit = mountProjectAudit(root, hooks);
  audit.hidden = true;

  const label = node('label', { for: 'project-delete-title', id: 'project-delete-label' });
  const input = node('input', { id: 'project-delete-title', type: 'text', autocomplete: 'off', 'aria-describedby': 'project-delete-error' });
  const error = node('p', { id: 'project-delete-error', class: 'error', role: 'alert' });
  const dialog = node('dialog', { id: 'project-delete-dialog', class: 'dialog', 'aria-labelledby': 'project-delete-dialog-h2' }, [
    node('form', { novalidate: true }, [
      node('h2', { id: 'project-delete-dialog-h2', 'data-i18n': 'project.delete.dialogH2' }),
      node('p', { 'data-i18n': 'project.delete.warning' }),
      node('div', { class: 'field' }, [label, input, error]),
      node('div', { class: 'dialog__buttons' }, [
        node('button', { type: 'submit', id: 'project-delete-confirm', class: 'btn btn--danger', 'data-i18n': 'project.delete.confirm' }),
        node('button', { type: 'button', class: 'btn', 'data-cancel': true, 'data-i18n': 'cancel' }),
      ]),
    ]),
  ]);
  document.body.append(dialog);
  input.addEventListener('input', () => { error.textContent = ''; input.removeAttribute('aria-invalid'); });

  async function call(method, path) {
    const r = await fetch(`/api/projects/${encodeURIComponent(hooks.projectId)}${path}`, {
      method, headers: { ...authHeaders(hooks.token()), Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store',
    });
    if (r.status === 204) return null;
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(json.message || String(r.status));
    return json;
  }

  function deleted() {
    if (done) return;
    done = true;
    forgetProject(hooks.projectId); // this browser's saved link and board links of the project
    if (dialog.open) dialog.close('cancel');
    root.hidden = true;
    document.getElementById('project-title').textContent = t('project.deleted.h1');
    document.title = `${t('project.deleted.h1')} – Samskap`;
    hooks.alert(msg('project.deleted.text'));
    document.getElementById('main').focus();
  }

  async function ask() {
    translate(dialog);
    label.textContent = t('project.delete.label', { title });
    input.value = '';
    const validate = () => {
      if (titleMatches(input.value, title)) return null;
      input.setAttribute('aria-invalid', 'true');
      return t('project.delete.mismatch');
    };
    const result = await openDialog(dialog, input, { validate, errorEl: error });
    if (result !== 'save') { open.focus(); return; }
    hooks.announce(msg('project.delete.busy'));
    try {
      await call('DELETE', '');
      deleted();
    } catch (e) {
      hooks.alert(msg('project.delete.failed', { message: String(e.message || e) }));
      open.focus();
    }
  }
  open.addEventListener('click', ask);

  let retention = null; // {retentionDays, lastActivity, deletesAt} (D11)
  const dateText = (ms) => new Date(ms).toLocaleDateString(lang() === 'en' ? 'en-GB' : 'nb-NO',
    { day: 'numeric', month: 'long', year: 'numeric' });
  function showRetention() {
    if (!retention) return;
    const on = retention.deletesAt !== null && retention.deletesAt !== undefined;
    when.textContent = on ? t('project.retention.when', { date: dateText(retention.deletesAt) }) : t('project.retention.off');
    keep.hidden = !on;
    keep.textContent = t('project.retention.keep', { days: retention.retentionDays });
  }
  keep.addEventListener('click', async () => {
    try {
      retention = await call('POST', '/retention/keep');
      showRetention();
      hooks.announce(msg('project.retention.kept', { date: dateText(retention.deletesAt) }));
    } catch (e) {
      hooks.alert(msg('project.retention.failed', { message: String(e.message || e) }));
    }
  });
  onLangChange(showRetention);

  return {
    render(view) {
      title = (view && view.project && view.project.title) || '';
      const owner = view && view.role === 'owner';
      card.hidden = !owner;
      audit.hidden = !owner;
      if (owner) call('GET', '/retention').then((r) => { retention = r; showRetention(); }).catch(() => {});
    },
    /** True (and the page says the project is deleted) when a response is the deleted project's not_found. */
    gone(r) {
      if (r.status !== 404 || !r.json || r.json.error !== 'not_found') return false;
      deleted();
      return true;
    },
    deleted,
  };
}
