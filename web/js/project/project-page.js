// The project page (/pr/<id>#t=<token>): the six phases of the roadmap as a track, the chosen
// phase's boards, pilots and checklist, the decisions (veivalg) with a form to record one, and the
// owner link. Changes go to the REST API (docs/API.md, "Projects"); changes by others arrive live
// on project.<id>.events (docs/PROTOCOL.md PJ10) and reload the project.
import { initI18n, onLangChange, t, lang, msg, show } from '../core/i18n.js';
import { mountHeader } from '../core/header.js';
import { Bus } from '../core/bus.js';
import { confirmDialog } from '../core/dialogs.js';
import '../core/strings.js';
import './strings.js';
import { rememberProject, tokenOf, boardLinks, rememberBoardLinks } from './recent.js';
import { mountProjectLifecycle } from './delete-project.js';
import { authHeaders, sessionBlock, mountMembers } from './members.js'; // PM1-PM9
import { openBoardButton } from './board-open.js'; // PM10

const $ = (id) => document.getElementById(id);
const projectId = decodeURIComponent(window.location.pathname.split('/').pop());
let token = readToken();
let view = null; // {rev, role, project, checklists}
let shown = null; // the phase whose details are shown
let kinds = [];
let templates = [];
const NAME_KEY = 'samskap.name';

function readToken() {
  const m = /[#&]t=([^&]+)/.exec(window.location.hash);
  if (!m) return tokenOf(projectId);
  history.replaceState(null, '', window.location.pathname);
  return decodeURIComponent(m[1]);
}

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

// Changes this page made and has not yet reloaded: their live events are not announced again as
// "the project was updated", which would replace the page's own message (e.g. "template saved").
let ownChanges = 0;

async function api(method, path, body) {
  if (method !== 'GET') ownChanges++;
  const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders(token) }, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, json };
}

// A msg() keeps its key on the live region, so it switches language with the page (PROTOCOL W6).
function announce(text) { show($('status'), text); }
function alertError(text) { show($('alert'), text); }

function phaseName(n) { return t(`project.phase.${n}`); }

function formatDate(ms) {
  const locale = lang() === 'en' ? 'en-GB' : 'nb-NO'; // nn-NO dates are written the same way, and not every browser has nn data
  try { return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms)); } catch { return new Date(ms).toISOString(); }
}

function checklist(phase) {
  const p = view.checklists.phases.find((x) => x.phase === phase);
  return p ? p.items : [];
}

function tickOf(phase, itemId) {
  return view.project.ticks.find((x) => x.phase === phase && x.itemId === itemId);
}

function progress(phase) {
  const items = checklist(phase);
  return { done: items.filter((i) => (tickOf(phase, i.id) || {}).ticked).length, total: items.length };
}

function myName() { return $('my-name').value.trim(); }

async function load() {
  const blocked = token ? null : await sessionBlock(); // PM2: a signed-in member needs no token
  if (blocked) { alertError(blocked); $('project-title').textContent = t('app.name'); return; }
  let r;
  try { r = await api('GET', ''); } catch { alertError(msg('project.network')); return; }
  if (r.status !== 200) {
    if (lifecycle.gone(r)) return; // D10: a deleted project
    alertError(msg('project.badToken'));
    $('project-title').textContent = t('app.name');
    return;
  }
  view = r.json;
  ownChanges = 0;
  const p = view.project;
  if (token) rememberProject({ id: p.id, token, title: p.title, phase: p.phase, updatedAt: p.updatedAt });
  if (shown === null) shown = p.phase;
  alertError('');
  render(); mountMembers(view, api, token); // PM2: forms by role, the members panel
}

function render() {
  if (!view) return;
  const p = view.project;
  document.title = `${p.title} – Samskap`;
  $('project-title').textContent = p.title;
  $('project').hidden = false;
  const facts = [['project.problem', p.problem], ['project.goal', p.goal], ['project.unit', p.unit], ['project.owner', p.owner]];
  $('facts').replaceChildren(...facts.flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v || t('project.none') })]));
  renderTrack();
  renderPhase();
  renderDecisions();
  renderDecideForm();
  lifecycle.render(view); // D10-D12: delete, retention, audit (delete-project.js)
}

function renderTrack() {
  const p = view.project;
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.phase : null;
  $('track').replaceChildren(...[1, 2, 3, 4, 5, 6].map((n) => {
    const state = n === p.phase ? 'current' : n < p.phase ? 'done' : 'later';
    const pr = progress(n);
    const b = h('button', { type: 'button', 'data-phase': String(n), 'aria-pressed': String(n === shown),
      'aria-current': n === p.phase ? 'step' : null, 'aria-label': null },
    h('span', { class: 'phase__n', text: `${n}` }),
    h('span', { class: 'phase__name', text: phaseName(n) }),
    h('span', { class: 'phase__state', text: [state === 'current' ? t('project.track.current') : state === 'done' ? t('project.track.done') : '',
      t('project.track.progress', pr)].filter(Boolean).join(' · ') }));
    return h('li', { class: `phase--${state}` }, b);
  }));
  if (focused) { const again = $('track').querySelector(`button[data-phase="${focused}"]`); if (again) again.focus(); }
}

function renderPhase() {
  const n = shown;
  $('phase-h2').textContent = t('project.phase.h2', { n, name: phaseName(n) });
  $('board-h3').textContent = t('project.board.h3', { n });
  fillTemplates();
  const links = boardLinks(projectId);
  const boards = view.project.boards.filter((b) => b.phase === n);
  $('boards').replaceChildren(...(boards.length ? boards.map((b) => {
    const kind = kinds.find((k) => k.kind === b.kind);
    const kindName = kind ? (kind.names[lang()] || kind.names.nb) : b.kind;
    const link = links[b.boardId];
    return h('li', {}, link
      ? h('a', { href: link.facilitator, text: `${b.title}` })
      : h('span', { text: b.title }), ` (${kindName})`, link ? null
      : openBoardButton(projectId, view.role, b, token) || h('span', { class: 'hint', text: ` – ${t('project.boards.noLink')}` })); // PM10
  }) : [h('li', { text: t('project.boards.none') })]));
  const ideaBoards = boards.filter((b) => b.kind === 'ideas'); // PJ20: save one as a template of this project
  $('save-template-form').hidden = ideaBoards.length === 0;
  const keepBoard = $('save-template-board').value;
  $('save-template-board').replaceChildren(...ideaBoards.map((b) => h('option', { value: b.boardId, text: b.title })));
  if (ideaBoards.some((b) => b.boardId === keepBoard)) $('save-template-board').value = keepBoard;
  const pilots = view.project.pilots.filter((x) => x.phase === n);
  $('pilots').replaceChildren(...(pilots.length ? pilots.map((x) => h('li', { text: `${x.title} – ${t(`project.pilot.status.${x.status || 'unknown'}`)}` }))
    : [h('li', { text: t('project.pilots.none') })]));
  const polls = (view.project.polls || []).filter((x) => x.phase === n); // rule PJ17
  $('polls').replaceChildren(...(polls.length ? polls.map((x) => h('li', { text: t('project.poll.line',
    { title: x.title, status: t(`project.poll.status.${x.status}`), board: x.boardTitle }) }))
    : [h('li', { text: t('project.polls.none') })]));
  $('checklist-intro').textContent = view.checklists.intro[lang()] || view.checklists.intro.nb;
  const active = document.activeElement ? document.activeElement.id : null;
  const drafts = new Map([...$('checklist').querySelectorAll('input[data-note]')].filter((i) => i.dataset.dirty === '1').map((i) => [i.id, i.value]));
  $('checklist').replaceChildren(...checklist(n).map((item) => {
    const tick = tickOf(n, item.id);
    const text = item[lang()] || item.nb;
    const boxId = `tick-${item.id}`;
    const noteId = `note-${item.id}`;
    const box = h('input', { type: 'checkbox', id: boxId, 'data-item': item.id, checked: tick && tick.ticked ? true : null });
    const note = h('input', { type: 'text', id: noteId, maxlength: '500', 'data-note': item.id, 'aria-label': t('project.checklist.note', { item: text }) });
    note.value = drafts.has(noteId) ? drafts.get(noteId) : tick ? tick.note : '';
    if (drafts.has(noteId)) note.dataset.dirty = '1';
    return h('li', {},
      h('label', { class: 'check', for: boxId }, box, h('span', { text })),
      h('div', { class: 'note-row' }, note, h('button', { type: 'button', class: 'btn btn--small', 'data-save': item.id, text: t('project.checklist.saveNote') })),
      tick ? h('p', { class: 'who', text: t(tick.ticked ? 'project.checklist.by' : 'project.checklist.unticked', { by: tick.by, date: formatDate(tick.at) }) }) : null);
  }));
  if (active && $(active) && $('checklist').contains($(active))) $(active).focus();
}

function renderDecisions() {
  const list = [...view.project.decisions].reverse();
  $('decisions').replaceChildren(...(list.length ? list.map((d) => h('li', {},
    h('p', { text: t('project.decision.line', { date: formatDate(d.at), by: d.by, kind: t(`project.kind.${d.kind}`), from: d.fromPhase, to: d.toPhase }) }),
    h('p', { text: d.recommendation }),
    d.evidence.length ? h('p', {}, `${t('project.decision.evidence')}: `, ...d.evidence.flatMap((l, i) => [i ? ', ' : '', h('a', { href: l, text: l })])) : null))
    : [h('li', { text: t('project.decisions.none') })]));
}

/** Offers only the ways out the rules allow from the current phase (PJ3). */
function renderDecideForm() {
  const phase = view.project.phase;
  const allowed = ['next', 'round', 'back', 'halt'].filter((k) => (k === 'next' ? phase < 6 : k === 'round' ? phase === 3 || phase === 4
    : k === 'back' ? phase > 1 : phase >= 2));
  const current = ($('decide-kinds').querySelector('input:checked') || {}).value;
  const keep = allowed.includes(current) ? current : allowed[0];
  $('decide-kinds').replaceChildren(...allowed.map((k) => h('label', { for: `kind-${k}` },
    h('input', { type: 'radio', name: 'kind', id: `kind-${k}`, value: k, checked: k === keep ? true : null }), h('span', { text: t(`project.kind.${k}`) }))));
  const back = $('decide-back');
  const was = back.value;
  back.replaceChildren(...Array.from({ length: Math.max(0, phase - 1) }, (_, i) => h('option', { value: String(i + 1), text: t('project.phase.h2', { n: i + 1, name: phaseName(i + 1) }) })));
  if (was) back.value = was;
  $('back-field').hidden = keep !== 'back';
}

async function change(path, body, okText) {
  let r;
  try { r = await api('POST', path, body); } catch { alertError(msg('project.network')); return false; }
  if (r.status === 200 || r.status === 201) { announce(okText || msg('project.saved')); await load(); return true; }
  alertError(msg('project.failed', { message: r.json.message || `HTTP ${r.status}` }));
  return false;
}

$('track').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-phase]');
  if (!b) return;
  shown = Number(b.dataset.phase);
  renderTrack();
  renderPhase();
  $('board-made').hidden = true;
});

$('checklist').addEventListener('change', async (e) => {
  const box = e.target.closest('input[data-item]');
  if (!box) return;
  if (!myName()) { box.checked = !box.checked; alertError(msg('project.name.missing')); $('my-name').focus(); return; }
  const note = $(`note-${box.dataset.item}`);
  await change('/ticks', { phase: shown, itemId: box.dataset.item, ticked: box.checked, note: note ? note.value : '', by: myName() });
});

$('checklist').addEventListener('input', (e) => { if (e.target.dataset.note) e.target.dataset.dirty = '1'; });

$('checklist').addEventListener('click', async (e) => {
  const b = e.target.closest('button[data-save]');
  if (!b) return;
  if (!myName()) { alertError(msg('project.name.missing')); $('my-name').focus(); return; }
  const id = b.dataset.save;
  const tick = tickOf(shown, id);
  const note = $(`note-${id}`);
  if (await change('/ticks', { phase: shown, itemId: id, ticked: !!(tick && tick.ticked), note: note.value, by: myName() })) {
    const again = $(`note-${id}`);
    if (again) delete again.dataset.dirty;
  }
});

$('decide-kinds').addEventListener('change', () => {
  $('back-field').hidden = ($('decide-kinds').querySelector('input:checked') || {}).value !== 'back';
});

$('decide-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const kind = ($('decide-kinds').querySelector('input:checked') || {}).value;
  const recommendation = $('decide-recommendation').value.trim();
  $('decide-error').textContent = '';
  if (!myName()) { $('decide-error').textContent = t('project.name.missing'); $('my-name').focus(); return; }
  if (!recommendation) { $('decide-error').textContent = t('project.decide.empty'); $('decide-recommendation').focus(); return; }
  const evidence = $('decide-evidence').value.split('\n').map((s) => s.trim()).filter(Boolean);
  const body = { kind, recommendation, by: myName(), evidence };
  if (kind === 'back') body.toPhase = Number($('decide-back').value);
  let r;
  try { r = await api('POST', '/decisions', body); } catch { $('decide-error').textContent = t('project.network'); return; }
  if (r.status !== 201) { $('decide-error').textContent = t('project.failed', { message: r.json.message || `HTTP ${r.status}` }); return; }
  $('decide-recommendation').value = '';
  $('decide-evidence').value = '';
  shown = null;
  await load();
  announce(msg('project.decide.done', { n: view.project.phase }));
});

/** The templates that fit the shown phase (PJ13), with "no template" first. */
function fillTemplates() {
  const keep = $('board-template').value;
  // PJ20: the templates saved in this project are offered after the built-in ones, in their phase
  const saved = (view.project.templates || []).filter((x) => x.phase === shown)
    .map((x) => ({ id: `saved:${x.id}`, phase: x.phase, names: { nb: t('project.saveTemplate.option', { name: x.name }) } }));
  const fit = [...templates.filter((x) => x.phase === shown), ...saved];
  $('board-template').replaceChildren(h('option', { value: '', text: t('project.board.template.none') }),
    ...fit.map((x) => h('option', { value: x.id, text: x.names[lang()] || x.names.nb })));
  $('board-template').value = fit.some((x) => x.id === keep) ? keep : '';
  $('template-field').hidden = fit.length === 0;
  templateUi();
}

/**
 * A guide template (PJ19, phase 4) makes no board: it explains the step and links to where it is
 * done (the pilot action of the project's matrix boards); the name field and button step aside.
 */
function templateUi() {
  const chosen = templates.find((x) => x.id === $('board-template').value);
  const guide = chosen && chosen.guide ? chosen.guide : null;
  $('kind-field').hidden = !!chosen;
  $('name-field').hidden = !!guide;
  $('board-create').hidden = !!guide;
  $('template-guide').hidden = !guide;
  if (!guide) return;
  $('template-guide-text').textContent = guide[lang()] || guide.nb;
  const links = boardLinks(projectId);
  const matrices = view.project.boards.filter((b) => b.kind === 'matrix');
  $('template-guide-links').replaceChildren(...(matrices.length ? matrices.map((b) => h('li', {}, links[b.boardId]
    ? h('a', { href: links[b.boardId].facilitator, text: t('project.guide.openMatrix', { title: b.title }) })
    : h('span', { text: `${b.title} – ${t('project.boards.noLink')}` })))
    : [h('li', { text: t('project.guide.noMatrix') })]));
}

$('board-template').addEventListener('change', templateUi);

$('board-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const title = $('board-name').value.trim();
  $('board-error').textContent = '';
  if (!title) { $('board-error').textContent = t('project.board.empty'); $('board-name').focus(); return; }
  const template = $('board-template').value;
  const body = template ? { template, title, lang: lang(), phase: shown } : { kind: $('board-kind').value, title, phase: shown };
  let r;
  try { r = await api('POST', '/boards', body); } catch { $('board-error').textContent = t('project.network'); return; }
  if (r.status !== 201) { $('board-error').textContent = t('project.failed', { message: r.json.message || `HTTP ${r.status}` }); return; }
  const made = r.json.boards || [r.json];
  made.forEach((b) => rememberBoardLinks(projectId, b.id, b.links));
  $('board-name').value = '';
  await load();
  $('board-made-links').replaceChildren(...made.flatMap((b, i) => ['participant', 'facilitator'].map((role) => {
    const id = `made-${i}-${role}`;
    const input = h('input', { id, type: 'text', readonly: true });
    input.value = b.links[role];
    return h('div', { class: 'field' }, h('label', { for: id, text: t(`project.board.${role}Of`, { title: b.title }) }), input);
  })));
  $('board-made-text').textContent = made.length === 1 ? t('project.board.created', { title: made[0].title, n: shown })
    : t('project.board.madeMany', { count: made.length, n: shown });
  $('board-made').hidden = false;
  $('board-made-text').focus();
});

$('save-template-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const name = $('save-template-name').value.trim();
  $('save-template-error').textContent = '';
  if (!name) { $('save-template-error').textContent = t('project.saveTemplate.empty'); $('save-template-name').focus(); return; }
  let r;
  try { r = await api('POST', '/templates', { boardId: $('save-template-board').value, name }); } catch { $('save-template-error').textContent = t('project.network'); return; }
  if (r.status !== 201) {
    $('save-template-error').textContent = r.status === 409 ? t('project.saveTemplate.taken')
      : t('project.failed', { message: r.json.message || `HTTP ${r.status}` });
    return;
  }
  $('save-template-name').value = '';
  announce(msg('project.saveTemplate.saved', { name }));
  await load();
});

async function showOwnerLink(link, message) {
  $('owner-link').value = link;
  $('owner-field').hidden = false;
  $('owner-result').hidden = !message;
  $('owner-result').textContent = message || '';
  $('owner-link').focus();
  $('owner-link').select();
}

$('owner-show').addEventListener('click', async () => {
  const r = await api('GET', '/owner-link').catch(() => null);
  if (!r || r.status !== 200) { alertError(msg('project.network')); return; }
  showOwnerLink(r.json.link, '');
});

$('owner-rotate').addEventListener('click', async () => {
  if (!(await confirmDialog(t('project.owner.rotate.confirm')))) return;
  const r = await api('POST', '/owner-link').catch(() => null);
  if (!r || r.status !== 201) { alertError(msg('project.failed', { message: (r && r.json.message) || '' })); return; }
  token = r.json.token;
  rememberProject({ id: projectId, token });
  bus.stop();
  startBus();
  showOwnerLink(r.json.link, t('project.owner.rotated'));
  announce(msg('project.owner.rotated'));
});

$('owner-copy').addEventListener('click', async () => {
  const out = $('owner-result');
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText($('owner-link').value);
    out.textContent = t('project.copied');
  } catch {
    $('owner-link').focus();
    $('owner-link').select();
    out.textContent = t('project.copy.fallback');
  }
  out.hidden = false;
  announce(out.textContent);
});

// PJ14: the project archive, fetched with the token (a link cannot carry the Authorization header).
$('export-zip').addEventListener('click', async () => {
  try {
    const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/export.zip`, { headers: authHeaders(token) });
    if (!res.ok) { const j = await res.json().catch(() => ({})); alertError(msg('project.failed', { message: j.message || `HTTP ${res.status}` })); return; }
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: 'samskap-project.zip' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch {
    alertError(msg('project.network'));
  }
});

$('my-name').addEventListener('change', () => { try { localStorage.setItem(NAME_KEY, myName()); } catch { /* ignore */ } });

async function loadKinds() {
  try {
    const res = await fetch('/api/kinds', { headers: { Accept: 'application/json' } });
    kinds = (await res.json()).kinds || [];
  } catch { kinds = []; }
  try {
    const res = await fetch('/api/project-templates', { headers: { Accept: 'application/json' } });
    templates = (await res.json()).templates || [];
  } catch { templates = []; }
  fillKinds();
}

function fillKinds() {
  const keep = $('board-kind').value;
  $('board-kind').replaceChildren(...kinds.map((k) => h('option', { value: k.kind, text: k.names[lang()] || k.names.nb })));
  if (keep) $('board-kind').value = keep;
}

let bus = null;
function startBus() {
  bus = new Bus();
  bus.register(`project.${projectId}.events`, { token }, (ev) => {
    if (ev && ev.type === 'project.deleted') { lifecycle.deleted(); return; }
    const rev = ev && typeof ev.rev === 'number' ? ev.rev : null;
    const mine = ownChanges > 0 || (rev !== null && view && rev <= view.rev);
    load().then(() => { if (!mine) announce(msg('project.updated')); });
  });
  bus.start();
}

const lifecycle = mountProjectLifecycle({ projectId, token: () => token, announce, alert: alertError });
initI18n(mountHeader());
try { $('my-name').value = localStorage.getItem(NAME_KEY) || ''; } catch { /* ignore */ }
onLangChange(() => { fillKinds(); render(); });
loadKinds().then(load).then(() => { if (view && token) startBus(); });
