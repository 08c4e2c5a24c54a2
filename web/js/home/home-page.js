// The landing page: create a board of a chosen kind and show its share links.
import { initI18n, lang, onLangChange, t } from '../core/i18n.js';
import { mountHeader } from '../core/header.js';
import { mountStaffArea, csrfHeaders, mayCreate, refusalText } from '../core/staff.js';
import '../core/strings.js';
import './strings.js';
import '../project/strings.js'; // the project card and list (home-projects.js) are translated with the page

const form = document.getElementById('create-form');
const titleInput = document.getElementById('board-title');
const button = document.getElementById('create-button');
const errorBox = document.getElementById('create-error');
const links = document.getElementById('links');
const done = document.getElementById('links-done');
const fallback = document.getElementById('copy-result'); // visible copy result or fallback
const openLink = document.getElementById('open-board');
const status = document.getElementById('status');
const kindSelect = document.getElementById('board-kind');
const kindField = document.getElementById('kind-field');

/** The kinds one can create, from the server (GET /api/kinds, docs/API.md K1): [{kind, names: {nb, nn, en}}]. */
let kinds = null;
let kindsFailed = false;

/** Shows the select once the list has arrived, each kind under its name in the page language. */
function fillKinds() {
  if (!kinds) return;
  const keep = kindSelect.value || kinds[0].kind;
  kindSelect.replaceChildren(...kinds.map((k) => {
    const o = document.createElement('option');
    o.value = k.kind;
    o.textContent = k.names[lang()] || k.names.nb;
    return o;
  }));
  kindSelect.value = keep;
  kindField.hidden = false;
  button.disabled = busy || !staffOk;
}

async function loadKinds() {
  try {
    const res = await fetch('/api/kinds', { headers: { Accept: 'application/json' } });
    const body = res.ok ? await res.json() : null;
    if (!body || !Array.isArray(body.kinds) || body.kinds.length === 0) throw new Error(`HTTP ${res.status}`);
    kinds = body.kinds;
    fillKinds();
  } catch {
    kindsFailed = true;
    errorBox.textContent = t('home.kinds.failed');
  }
}

let created = null;
let busy = false;

initI18n(mountHeader());
button.disabled = true; // until the kinds have arrived
loadKinds();

// Staff sign-in (S5): with it on, only signed-in staff may create; a refused sign-in comes back with ?signin_error=.
let staffOk = true;
const signinError = new URLSearchParams(location.search).get('signin_error');
const staffError = document.createElement('p'); // a refused sign-in, in the page's language
staffError.id = 'signin-error';
staffError.className = 'error';
staffError.setAttribute('role', 'alert');
const staffNotice = document.createElement('p'); // creating needs sign-in
staffNotice.id = 'staff-needed';
staffNotice.className = 'staff-needed';
staffNotice.hidden = true;
form.before(staffError, staffNotice);
function showStaffNotice() {
  staffError.textContent = signinError ? refusalText(signinError.replace(/[^a-z_]/g, '')) : '';
  staffNotice.textContent = staffOk ? '' : t('staff.needed');
  staffNotice.hidden = staffOk;
}
mountStaffArea().then((m) => {
  staffOk = mayCreate(m);
  button.disabled = busy || !kinds || !staffOk;
  const importCard = document.getElementById('import-card');
  if (importCard && !staffOk) importCard.hidden = true; // importing creates a board too
  showStaffNotice();
});
onLangChange(showStaffNotice);
onLangChange(() => {
  fillKinds();
  if (kindsFailed) errorBox.textContent = t('home.kinds.failed');
  if (created) done.textContent = t('home.create.done', { title: created.title });
  button.textContent = t(busy ? 'home.create.busy' : 'home.create.button');
});

function showError(message) {
  errorBox.textContent = message;
  titleInput.setAttribute('aria-invalid', message ? 'true' : 'false');
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (busy || !kinds) return;
  const title = titleInput.value.trim();
  if (!title) {
    showError(t('home.create.empty'));
    titleInput.focus();
    return;
  }
  showError('');
  busy = true;
  button.disabled = true;
  button.textContent = t('home.create.busy');
  try {
    const res = await fetch('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
      body: JSON.stringify({ kind: kindSelect.value, title }),
    });
    let body = null;
    try { body = await res.json(); } catch { body = null; }
    if (body && ['sign_in_required', 'cross_site', 'csrf_token'].includes(body.error)) {
      staffOk = false; // the session ended meanwhile (S3, S7): say so in the page's language
      showStaffNotice();
      return;
    }
    if (res.status !== 201 || !body || !body.links) {
      const message = body && body.message ? body.message : `HTTP ${res.status}`;
      showError(t('home.create.failed', { message }));
      return;
    }
    showLinks(body);
  } catch {
    showError(t('home.create.network'));
  } finally {
    busy = false;
    button.disabled = !kinds || !staffOk;
    button.textContent = t('home.create.button');
  }
});

function showLinks(board) {
  created = board;
  document.getElementById('link-facilitator').value = board.links.facilitator;
  document.getElementById('link-participant').value = board.links.participant;
  openLink.href = board.links.facilitator;
  fallback.hidden = true;
  done.textContent = t('home.create.done', { title: board.title });
  links.hidden = false;
  const heading = document.getElementById('links-h2');
  heading.tabIndex = -1;
  heading.focus();
  status.textContent = t('home.create.done', { title: board.title });
}

links.addEventListener('click', async (e) => {
  const btn = e.target.closest('button[data-copy]');
  if (!btn) return;
  const input = document.getElementById(btn.dataset.copy);
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText(input.value);
    fallback.textContent = t('home.copied');
    fallback.hidden = false;
    status.textContent = t('home.copied');
  } catch {
    // Visible fallback: select the read-only field so the user can copy it by hand.
    input.focus();
    input.select();
    fallback.textContent = t('home.copy.fallback');
    fallback.hidden = false;
    status.textContent = t('home.copy.fallback');
  }
});
