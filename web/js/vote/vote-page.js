// The voter page (/v/<pollId>#t=<token> or #s=<shared key>), docs/PROTOCOL.md P2-P9.
// Phone first, keyboard and screen reader friendly; status is announced in a live region.
// All data is rendered with textContent.

import '../core/strings.js';
import './strings.js';
import { initI18n, onLangChange, scoped } from '../core/i18n.js';

const $ = (id) => document.getElementById(id);

let poll = null;
let token = null;
let finished = null; // key of the final message, once there is one
let statusKey = null;
let statusParams = {};
let alertKey = null;
let alertParams = {};

/** A voter page string (voter.<key>) in the chosen language (the shared choice of ../core/i18n.js). */
const t = scoped('voter.');

function setStatus(key, params = {}) {
  statusKey = key;
  statusParams = params;
  $('vote-status').textContent = key ? t(key, params) : '';
}

function setAlert(key, params = {}) {
  alertKey = key;
  alertParams = params;
  $('vote-alert').textContent = key ? t(key, params) : '';
}

function translate() {
  document.title = poll ? `${poll.title} – ${t('page.title')}` : t('page.title');
  if (poll) renderPoll();
  if (statusKey) $('vote-status').textContent = t(statusKey, statusParams);
  if (alertKey) $('vote-alert').textContent = t(alertKey, alertParams);
  if (finished) $('done-text').textContent = t(finished);
}

// ---- rendering ----

function renderPoll() {
  $('poll-title').textContent = poll.title;
  const groups = $('groups');
  const chosenGroup = groups.querySelector('input:checked')?.value;
  groups.replaceChildren(...poll.groups.map((g) => option('radio', 'group', g, t(`group.${g}`), null, g === chosenGroup)));
  const choices = $('choices');
  const chosen = new Set([...choices.querySelectorAll('input:checked')].map((i) => i.value));
  const type = poll.maxChoices === 1 ? 'radio' : 'checkbox';
  choices.replaceChildren(...poll.items.map((it) => option(type, 'choice', it.id, it.text, it.description, chosen.has(it.id))));
  $('choice-hint').textContent = poll.maxChoices === 1 ? t('choice.hint.one') : t('choice.hint.many', { n: poll.maxChoices });
}

function option(type, name, value, label, description, checked) {
  const wrap = document.createElement('div');
  wrap.className = 'vote-option';
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.value = value;
  input.id = `${name}-${value}`;
  input.checked = checked;
  const l = document.createElement('label');
  l.htmlFor = input.id;
  l.textContent = label;
  wrap.append(input, l);
  if (description) {
    const d = document.createElement('p');
    d.className = 'vote-desc';
    d.id = `${input.id}-desc`;
    d.textContent = description;
    input.setAttribute('aria-describedby', d.id);
    wrap.append(d);
  }
  return wrap;
}

function finish(key) {
  finished = key;
  $('ballot').hidden = true;
  $('done').hidden = false;
  $('done-text').textContent = t(key);
  setStatus(key);
}

function fail(key, params) {
  setStatus(null);
  setAlert(key, params);
}

// ---- network ----

async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${token}` };
  if (body) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
  let json = {};
  try { json = await r.json(); } catch { /* empty */ }
  return { status: r.status, json };
}

function errorKey(res) {
  switch (res.json.error) {
    case 'invalid_token': return 'err.invalid';
    case 'missing_token': return 'err.missing';
    case 'link_revoked': return 'err.revoked';
    case 'rate_limited': return 'err.limited';
    default: return null;
  }
}

async function deviceToken(pollId, sharedKey) {
  const storeKey = `samskap.poll.${pollId}.token`;
  try {
    const saved = localStorage.getItem(storeKey);
    if (saved) return saved;
  } catch { /* no storage: one token for this page view */ }
  token = sharedKey;
  const res = await api('POST', `/api/polls/${encodeURIComponent(pollId)}/tokens`);
  if (res.status === 409) { finish('done.closed'); return null; }
  if (res.status !== 201) { fail(errorKey(res) || 'err.other', { message: res.json.message || res.status }); return null; }
  try { localStorage.setItem(storeKey, res.json.token); } catch { /* fine */ }
  return res.json.token;
}

async function load() {
  const pollId = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
  const hash = new URLSearchParams(location.hash.slice(1));
  setStatus('loading');
  try {
    if (hash.get('s')) {
      token = await deviceToken(pollId, hash.get('s'));
      if (!token) return;
    } else {
      token = hash.get('t');
    }
    if (!token || !pollId) { fail('err.missing'); return; }
    const res = await api('GET', `/api/polls/${encodeURIComponent(pollId)}`);
    if (res.status !== 200) { fail(errorKey(res) || 'err.other', { message: res.json.message || res.status }); return; }
    poll = res.json;
    delete $('poll-title').dataset.i18n; // the heading is the poll's title from now on
    translate();
    setStatus(null);
    if (poll.voted) { finish('done.already'); return; }
    if (!poll.open) { finish('done.closed'); return; }
    $('ballot').hidden = false;
  } catch {
    fail('err.network');
  }
}

async function submit(e) {
  e.preventDefault();
  setAlert(null);
  const group = $('groups').querySelector('input:checked')?.value;
  const choices = [...$('choices').querySelectorAll('input:checked')].map((i) => i.value);
  if (!group) { fail('err.noGroup'); $('groups').querySelector('input')?.focus(); return; }
  if (choices.length === 0) { fail('err.noChoice'); $('choices').querySelector('input')?.focus(); return; }
  if (choices.length > poll.maxChoices) { fail('err.tooMany', { n: poll.maxChoices }); return; }
  const send = $('send');
  send.disabled = true;
  setStatus('sending');
  try {
    const res = await api('POST', `/api/polls/${encodeURIComponent(poll.pollId)}/ballots`, { group, choices });
    if (res.status === 201) finish('done.registered');
    else if (res.json.error === 'already_voted') finish('done.already');
    else if (res.json.error === 'poll_closed') finish('done.closed');
    else fail(errorKey(res) || 'err.other', { message: res.json.message || res.status });
  } catch {
    fail('err.network');
  } finally {
    send.disabled = false;
    if (finished) $('done-h2').focus();
  }
}

$('done-h2').tabIndex = -1;
$('ballot').addEventListener('submit', submit);
initI18n($('lang-switch'));
onLangChange(translate);
translate();
load();
