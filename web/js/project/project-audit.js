// The project's audit log for its owner (docs/PROTOCOL.md D12): a part of the project page that,
// on request, lists who did which sensitive action on the project and when
// (GET /api/projects/<id>/audit). It shows the action, the role, the client address and the time,
// never content; the list is fetched only when the owner asks for it.

import { t, translate, onLangChange, lang } from '../core/i18n.js';
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

/** A translated name of an action or role, or the wire name when this page does not know it. */
function named(prefix, value) {
  const s = t(`${prefix}${value}`);
  return s === `${prefix}${value}` ? value : s;
}

/** Adds the audit part to {@code parent}. hooks: projectId, token(). Returns the part. */
export function mountProjectAudit(parent, hooks) {
  const show = node('button', { type: 'button', id: 'project-audit-show', class: 'btn', 'data-i18n': 'project.audit.show' });
  const status = node('p', { id: 'project-audit-status', class: 'hint', role: 'status' });
  const table = node('table', { id: 'project-audit-table', class: 'audit-table', hidden: true });
  const part = node('section', { id: 'project-audit', class: 'card', 'aria-labelledby': 'project-audit-h2' }, [
    node('h2', { id: 'project-audit-h2', 'data-i18n': 'project.audit.h2' }),
    node('p', { class: 'hint', 'data-i18n': 'project.audit.intro' }),
    node('p', { class: 'button-row' }, [show]), status, node('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'project-audit-h2' }, [table]),
  ]);
  parent.append(part);
  translate(part);

  let entries = null;
  const when = (ms) => new Date(ms).toLocaleString(lang() === 'en' ? 'en-GB' : 'nb-NO',
    { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  function render() {
    if (!entries) return;
    status.textContent = entries.length ? '' : t('project.audit.empty');
    table.hidden = entries.length === 0;
    const head = node('tr', {}, ['when', 'action', 'role', 'address'].map((k) => node('th', { scope: 'col' }, [t(`project.audit.${k}`)])));
    const rows = entries.map((e) => node('tr', {}, [
      node('td', {}, [when(e.at)]),
      node('td', {}, [named('project.audit.a.', e.action)]),
      node('td', {}, [named('project.audit.r.', e.role)]),
      node('td', {}, [e.address || '–']),
    ]));
    table.replaceChildren(node('caption', { class: 'visually-hidden' }, [t('project.audit.h2')]), node('thead', {}, [head]), node('tbody', {}, rows));
  }
  show.addEventListener('click', async () => {
    try {
      const r = await fetch(`/api/projects/${encodeURIComponent(hooks.projectId)}/audit`, {
        headers: { ...authHeaders(hooks.token()), Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store',
      });
      const json = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(json.message || String(r.status));
      entries = json.entries || [];
      render();
    } catch (e) {
      status.textContent = t('project.audit.failed', { message: String(e.message || e) });
    }
  });
  onLangChange(render);
  return part;
}
