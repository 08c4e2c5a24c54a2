// A person's own page (/me.html, docs/API.md PM6, PM7, PM9): with sign-in on, the projects the
// signed-in person is a member of (GET /api/me), the invites waiting for their email with a
// button to accept, every project for an administrator, and their data as a JSON download.
import { initI18n, onLangChange, t, msg, show } from '../core/i18n.js';
import { mountHeader } from '../core/header.js';
import { mountStaffArea, csrfHeaders } from '../core/staff.js';
import '../project/strings.js';

const $ = (id) => document.getElementById(id);
let mine = null;
let all = null;

function li(text, href) {
  const item = document.createElement('li');
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    item.append(a);
  } else item.textContent = text;
  return item;
}

function line(p, role) {
  const item = li(p.title, `/pr/${encodeURIComponent(p.id)}`);
  const meta = document.createElement('span');
  meta.className = 'hint';
  meta.textContent = ` – ${role}`;
  item.append(meta);
  return item;
}

function render() {
  if (!mine) return;
  const projects = mine.projects || [];
  $('me-projects').replaceChildren(...(projects.length ? projects.map((p) => line(p, t('me.line',
    { role: t(`members.role.${p.role}`), n: p.phase, name: t(`project.phase.${p.phase}`) }))) : [li(t('me.none'))]));
  const invites = mine.invites || [];
  $('me-invites-part').hidden = invites.length === 0;
  $('me-invites').replaceChildren(...invites.map((x, i) => {
    const item = li(`${x.title} – ${t(`members.role.${x.role}`)} `);
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn--small';
    b.id = `me-accept-${i}`;
    b.textContent = t('me.accept', { title: x.title });
    b.addEventListener('click', () => accept(x));
    item.append(b);
    return item;
  }));
  $('me-admin-part').hidden = !all;
  if (all) {
    $('me-admin').replaceChildren(...all.map((p) => line(p, t('me.admin.line', { n: p.phase, members: p.members }))));
  }
}

async function load() {
  const m = await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((r) => r.json()).catch(() => null);
  if (!m) { show($('me-alert'), msg('me.failed', { message: t('project.network') })); return; }
  if (!m.signIn) { show($('me-alert'), msg('me.off')); return; }
  if (m.kind === 'anonymous') { show($('me-alert'), msg('me.signIn')); return; }
  mine = m;
  if (m.kind === 'admin') {
    const r = await fetch('/api/admin/projects', { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).catch(() => null);
    all = r && r.ok ? (await r.json()).projects : null;
  }
  $('me').hidden = false;
  render();
}

async function accept(x) {
  const res = await fetch(`/api/projects/${encodeURIComponent(x.projectId)}/accept`, {
    method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', ...csrfHeaders() },
  }).catch(() => null);
  if (!res || !res.ok) {
    const body = res ? await res.json().catch(() => ({})) : {};
    show($('me-status'), msg('me.failed', { message: body.message || t('project.network') }));
    return;
  }
  await load();
  show($('me-status'), msg('me.accepted', { title: x.title }));
  $('me-projects-h2').focus();
}

$('me-data').addEventListener('click', async () => {
  const res = await fetch('/api/me/data', { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).catch(() => null);
  if (!res || !res.ok) { show($('me-status'), msg('me.failed', { message: res ? `HTTP ${res.status}` : t('project.network') })); return; }
  const url = URL.createObjectURL(new Blob([JSON.stringify(await res.json(), null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'samskap-my-data.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

initI18n(mountHeader());
mountStaffArea();
onLangChange(render);
load();
