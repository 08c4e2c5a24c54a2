// The project page's members part (docs/API.md PM1-PM9), mounted by project-page.js: with sign-in
// on, the members panel (owners invite by email, make one-time join links, change roles, remove),
// a signed-in member's session in place of the owner link, the join link (/pr/<id>#j=<token>)
// taken once the person is signed in, and the page's forms shown by role (PM2). With sign-in
// off nothing here shows and the page works by owner link as before.
import { t, msg, show, onLangChange } from '../core/i18n.js';
import { me, mountStaffArea, csrfHeaders } from '../core/staff.js';
import './strings.js';

const $ = (id) => document.getElementById(id);
const projectId = decodeURIComponent(window.location.pathname.split('/').pop());
const JOIN_KEY = `samskap.join.${projectId}`;
const ROLES = ['owner', 'facilitator', 'member', 'readonly'];

// A join link's token is kept for this tab only until the person is back from signing in.
(() => {
  const m = /[#&]j=([^&]+)/.exec(window.location.hash);
  if (!m) return;
  try { sessionStorage.setItem(JOIN_KEY, decodeURIComponent(m[1])); } catch { /* private mode: joins only if signed in now */ }
  history.replaceState(null, '', window.location.pathname);
})();

let staff = null;
function staffArea() {
  if (!staff) staff = mountStaffArea();
  return staff;
}

/** The headers that authorise a request: the owner token, else the session's CSRF token (S7). */
export function authHeaders(token) {
  return token ? { Authorization: `Bearer ${token}` } : csrfHeaders();
}

/**
 * Without an owner token: null when the session may open the project (after taking a waiting
 * join link, PM5), else the message to show.
 */
export async function sessionBlock() {
  const m = await staffArea();
  let pending = null;
  try { pending = sessionStorage.getItem(JOIN_KEY); } catch { /* none */ }
  if (!m.signIn) return msg('project.badToken');
  if (m.kind === 'anonymous') return msg(pending ? 'members.signInToJoin' : 'project.badToken');
  if (!pending) return null;
  try { sessionStorage.removeItem(JOIN_KEY); } catch { /* ignore */ }
  const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/join`, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ token: pending }),
  }).catch(() => null);
  if (res && res.ok) { show($('status'), msg('members.joined')); return null; }
  const body = res ? await res.json().catch(() => ({})) : {};
  if (body.error === 'conflict') return null; // a member already: open it
  return msg('members.joinFailed', { message: body.message || t('project.network') });
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

let api = null;
let data = null; // GET /members
let person = null; // GET /api/me
let madeLink = '';

/** Shows the page's forms by role (PM2); with sign-in on, fills the members panel. */
export async function mountMembers(view, projectApi, token) {
  api = projectApi;
  const root = $('project');
  const role = view.role;
  root.dataset.mayEdit = String(role === 'owner' || role === 'facilitator');
  root.dataset.mayTick = String(role === 'owner' || role === 'facilitator' || role === 'member');
  root.dataset.mayOwner = String(role === 'owner');
  root.dataset.token = String(!!token);
  lockTicks();
  person = await staffArea();
  if (!person.signIn) return;
  await refresh();
}

// The checklist is drawn again on every change; a role that may not tick gets it read-only.
const observer = new MutationObserver(() => lockTicks());
function lockTicks() {
  const off = $('project').dataset.mayTick === 'false';
  for (const i of $('checklist').querySelectorAll('input, button')) if (off && !i.disabled) i.disabled = true;
  observer.disconnect();
  observer.observe($('checklist'), { childList: true });
}

async function refresh() {
  const r = await api('GET', '/members').catch(() => null);
  if (!r || r.status !== 200) return;
  data = r.json;
  render();
}

function panel() {
  let p = $('members');
  if (!p) {
    p = el('section', { id: 'members', class: 'card', 'aria-labelledby': 'members-h2' });
    $('project').append(p);
  }
  return p;
}

function roleSelect(id, value, label, choices = ROLES) {
  const s = el('select', { id, 'aria-label': label });
  s.append(...choices.map((r) => el('option', { value: r, text: t(`members.role.${r}`) })));
  s.value = value;
  return s;
}

function render() {
  if (!data) return;
  const manage = Array.isArray(data.invites);
  const focused = document.activeElement ? document.activeElement.id : null;
  const typed = $('invite-email') ? $('invite-email').value : '';
  const list = el('ul', { id: 'members-list', class: 'project-list' }, ...data.members.map((m, i) => {
    const mine = person && m.subject === person.subject;
    const who = `${m.name || m.email}${m.email && m.name ? ` <${m.email}>` : ''}${mine ? ` ${t('members.you')}` : ''}`;
    if (!manage) return el('li', {}, el('span', { text: `${who} – ${t(`members.role.${m.role}`)}` }));
    const sel = roleSelect(`member-role-${i}`, m.role, t('members.role', { name: m.name || m.email }));
    sel.addEventListener('change', () => change('PATCH', `/members/${encodeURIComponent(m.subject)}`, { role: sel.value }));
    const rm = el('button', { type: 'button', class: 'btn btn--small', id: `member-remove-${i}`, text: t('members.remove', { name: m.name || m.email }) });
    rm.addEventListener('click', () => change('DELETE', `/members/${encodeURIComponent(m.subject)}`));
    return el('li', { class: 'member-row' }, el('span', { text: who }), sel, rm);
  }));
  const parts = [el('h2', { id: 'members-h2', text: t('members.h2') }), el('p', { class: 'hint', text: t('members.hint') }),
    el('p', { id: 'members-your-role', text: t('members.yourRole', { role: t(`members.role.${data.role}`) }) }), list];
  if (manage) {
    parts.push(el('h3', { text: t('members.invites.h3') }));
    parts.push(el('ul', { id: 'invites-list', class: 'project-list' }, ...(data.invites.length ? data.invites.map((x, i) => {
      const b = el('button', { type: 'button', class: 'btn btn--small', id: `invite-withdraw-${i}`, text: t('members.invite.withdraw', { email: x.email }) });
      b.addEventListener('click', () => change('DELETE', `/invites/${encodeURIComponent(x.email)}`));
      return el('li', { class: 'member-row' }, el('span', { text: `${x.email} – ${t(`members.role.${x.role}`)}` }), b);
    }) : [el('li', { text: t('members.invites.none') })])));
    const form = el('form', { id: 'invite-form', class: 'project-form', novalidate: true },
      el('h3', { text: t('members.invite.h3') }),
      el('div', { class: 'field' }, el('label', { for: 'invite-email', text: t('members.invite.email') }),
        el('input', { id: 'invite-email', type: 'text', inputmode: 'email', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'invite-error' })),
      el('div', { class: 'field' }, el('label', { for: 'invite-role', text: t('members.invite.roleLabel') }), roleSelect('invite-role', 'member', null)),
      el('p', { id: 'invite-error', class: 'error', role: 'alert' }),
      el('button', { type: 'submit', class: 'btn btn--primary', id: 'invite-submit', text: t('members.invite.submit') }));
    form.querySelector('#invite-role').removeAttribute('aria-label');
    form.querySelector('#invite-email').value = typed;
    form.addEventListener('submit', (e) => { e.preventDefault(); invite(); });
    const link = el('div', { id: 'link-part', class: 'project-form' },
      el('h3', { text: t('members.link.h3') }), el('p', { class: 'hint', id: 'link-hint', text: t('members.link.hint') }),
      el('div', { class: 'field' }, el('label', { for: 'link-role', text: t('members.invite.roleLabel') }),
        roleSelect('link-role', 'member', null, ROLES.slice(1))),
      el('button', { type: 'button', class: 'btn', id: 'link-make', text: t('members.link.submit') }),
      madeLink ? el('div', { class: 'field' }, el('label', { for: 'join-link', text: t('members.link.label') }),
        el('input', { id: 'join-link', type: 'text', readonly: true, value: madeLink, 'aria-describedby': 'link-hint' })) : null);
    link.querySelector('#link-role').removeAttribute('aria-label');
    link.querySelector('#link-make').addEventListener('click', makeLink);
    parts.push(form, link);
  }
  const p = panel();
  const status = $('members-status') || el('p', { id: 'members-status', class: 'notice', 'aria-live': 'polite' });
  p.replaceChildren(...parts, status); // the status keeps its message (and its language, W6) across redraws
  if (focused && $(focused) && p.contains($(focused))) $(focused).focus();
}

async function change(method, path, body) {
  const r = await api(method, path, body).catch(() => null);
  const ok = r && r.status >= 200 && r.status < 300;
  await refresh();
  show($('members-status'), ok ? msg('members.saved') : msg('members.failed', { message: (r && r.json.message) || t('project.network') }));
  return ok;
}

async function invite() {
  const email = $('invite-email').value.trim();
  if (!email) { $('invite-error').textContent = t('members.invite.empty'); $('invite-email').focus(); return; }
  const r = await api('POST', '/invites', { email, role: $('invite-role').value }).catch(() => null);
  if (!r || r.status !== 201) {
    $('invite-error').textContent = t('members.failed', { message: (r && r.json.message) || t('project.network') });
    $('invite-email').focus();
    return;
  }
  $('invite-email').value = '';
  await refresh();
  show($('members-status'), msg('members.invite.done', { email }));
}

async function makeLink() {
  const r = await api('POST', '/join-links', { role: $('link-role').value }).catch(() => null);
  if (!r || r.status !== 201) {
    show($('members-status'), msg('members.failed', { message: (r && r.json.message) || t('project.network') }));
    return;
  }
  madeLink = r.json.link;
  await refresh();
  $('join-link').focus();
  $('join-link').select();
}

onLangChange(render);
