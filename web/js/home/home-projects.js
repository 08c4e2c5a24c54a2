// The home page's projects: start an innovation project (the first thing offered), and the
// projects this browser made or opened, newest activity first, with search by title (issue 16).
import { t, lang, onLangChange } from '../core/i18n.js';
import { csrfHeaders, me, mayCreate } from '../core/staff.js';
import '../project/strings.js';
import { recentProjects, rememberProject } from '../project/recent.js';

const $ = (id) => document.getElementById(id);
let busy = false;

function formatDate(ms) {
  const locale = lang() === 'en' ? 'en-GB' : 'nb-NO'; // nn-NO dates are written the same way, and not every browser has nn data
  try { return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(ms)); } catch { return ''; }
}

function renderList() {
  const q = $('projects-search').value.trim().toLocaleLowerCase();
  const all = recentProjects().sort((a, b) => (b.updatedAt || 0) - (a.updatedAt || 0));
  const list = all.filter((p) => !q || String(p.title || '').toLocaleLowerCase().includes(q));
  const items = list.map((p) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/pr/${encodeURIComponent(p.id)}#t=${encodeURIComponent(p.token)}`;
    a.textContent = p.title || p.id;
    const meta = document.createElement('span');
    meta.className = 'hint';
    meta.textContent = p.phase ? ` – ${t('projects.line', { n: p.phase, name: t(`project.phase.${p.phase}`), date: formatDate(p.updatedAt) })}` : '';
    li.append(a, meta);
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement('li');
    li.textContent = t(all.length ? 'projects.noMatch' : 'projects.none');
    items.push(li);
  }
  $('projects-list').replaceChildren(...items);
}

/** Asks the server for each remembered project's title, phase and last activity (the token opens it). */
async function refresh() {
  await Promise.all(recentProjects().slice(0, 50).map(async (p) => {
    try {
      const res = await fetch(`/api/projects/${encodeURIComponent(p.id)}`, { headers: { Authorization: `Bearer ${p.token}`, Accept: 'application/json' } });
      if (!res.ok) return;
      const body = await res.json();
      rememberProject({ id: p.id, token: p.token, title: body.project.title, phase: body.project.phase, updatedAt: body.project.updatedAt });
    } catch { /* keep what is remembered */ }
  }));
  renderList();
}

// Staff sign-in (S5): with it on, only signed-in staff may start a project; the home page's notice says why.
me().then((m) => { if (!mayCreate(m)) $('project-create').disabled = true; });

$('project-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (busy) return;
  const title = $('project-title').value.trim();
  const error = $('project-error');
  if (!title) {
    error.textContent = t('projects.create.empty');
    $('project-title').setAttribute('aria-invalid', 'true');
    $('project-title').focus();
    return;
  }
  error.textContent = '';
  $('project-title').setAttribute('aria-invalid', 'false');
  busy = true;
  $('project-create').textContent = t('projects.create.busy');
  try {
    const res = await fetch('/api/projects', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() }, // S7, when signed in
      body: JSON.stringify({ title, problem: $('project-problem').value, goal: $('project-goal').value,
        owner: $('project-owner').value, unit: $('project-unit').value }),
    });
    const body = await res.json().catch(() => ({}));
    if (res.status !== 201) {
      error.textContent = t('projects.create.failed', { message: body.message || `HTTP ${res.status}` });
      return;
    }
    rememberProject({ id: body.id, token: body.token, title: body.title, phase: 1, updatedAt: Date.now() });
    window.location.assign(body.link);
  } catch {
    error.textContent = t('projects.create.failed', { message: t('project.network') });
  } finally {
    busy = false;
    $('project-create').textContent = t('projects.create.button');
  }
});

$('projects-search').addEventListener('input', renderList);
onLangChange(renderList);
renderList();
refresh();
