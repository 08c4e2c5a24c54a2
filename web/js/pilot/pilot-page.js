// The pilot page (/p/<id>#t=<token>): provenance, plan, gains in money, measurements with a
// chart per indicator, evaluation and decision. Changes go to the REST API (docs/API.md) with
// the pilot's revision; changes by others arrive live on pilot.<id>.events and reload the page data.
import { linkRow } from '../session/share-dialog.js';
import { evidenceList, votesText } from '../core/evidence.js';
import { initI18n, onLangChange, t, show, scopedMsg } from '../core/i18n.js';
import { mountHeader } from '../core/header.js';
import { Bus } from '../core/bus.js';
import { pt, num } from './strings.js';
import { buildForm } from './pilot-forms.js';
import { indicatorFigure } from './pilot-chart.js';
import { GainsEditor } from './pilot-gains.js';
import { confirmDialog } from '../core/dialogs.js';

const $ = (id) => document.getElementById(id);
const pilotId = decodeURIComponent(window.location.pathname.split('/').pop());
let token = readToken();
let pilot = null;

function readToken() {
  const key = `samskap.pilot.${pilotId}`;
  const m = /[#&]t=([^&]+)/.exec(window.location.hash);
  if (m) {
    const t = decodeURIComponent(m[1]);
    try { sessionStorage.setItem(key, t); } catch { /* ignore */ }
    history.replaceState(null, '', window.location.pathname);
    return t;
  }
  try { return sessionStorage.getItem(key); } catch { return null; }
}

async function api(method, path, body) {
  const res = await fetch(`/api/pilots/${encodeURIComponent(pilotId)}${path}`, {
    method, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = res.status === 204 ? {} : await res.json().catch(() => ({}));
  return { status: res.status, json };
}

// A msg() keeps its key on the live region, so it switches language with the page (PROTOCOL W6).
const pm = scopedMsg('pilot.');
function announce(text) { show($('status'), text); }
function alertError(text) { show($('alert'), text); }

async function load() {
  const r = await api('GET', '');
  if (r.status !== 200) { alertError(pm('badToken')); return; }
  pilot = r.json;
  render();
}

/** Sends a change with the current revision; a conflict reloads and says so. */
async function change(method, path, body, focus) {
  alertError('');
  const r = await api(method, path, { rev: pilot.rev, ...body });
  if (r.status === 200 || r.status === 201) {
    if (r.json.rev) { pilot = r.json; render(); } else await load();
    announce(pm('saved'));
    return true;
  }
  if (r.json.error === 'conflict') { await load(); alertError(pm('conflict')); return false; }
  alertError(r.json.message || String(r.status));
  if (r.json.field && focus) focus(r.json.field.replace(/^(plan|gain|cost|evaluation|economics)\./, '$1.'));
  return false;
}

const sections = $('sections');
const info = document.createElement('div');
const money = document.createElement('section');
const indicators = document.createElement('section');

const planForm = buildForm(pt('plan.h2'), ['goals', 'touchpoints', 'processes', 'installations', 'start', 'end', 'participants',
  'recruitment', 'information', 'training', 'errorHandling', 'measurement', 'observation', 'documentation', 'responsible'].map((n) => ({
  name: `plan.${n}`, type: ['start', 'end'].includes(n) ? 'date' : n === 'installations' ? 'number' : n === 'responsible' ? 'text' : 'textarea',
})), 'plan.save', (v, focus) => change('PUT', '/plan', { plan: { ...v.plan, installations: v.plan.installations ?? 0 } }, focus));

const econForm = buildForm(pt('econ.h2'), [
  { name: 'hourlyCost', key: 'econ.hourlyCost', type: 'number' }, { name: 'horizonYears', key: 'econ.horizonYears', type: 'number' },
  { name: 'discountRate', key: 'econ.discountRate', type: 'number' },
], 'econ.save', (v, focus) => change('PUT', '/economics', { economics: {
  hourlyCost: v.hourlyCost, horizonYears: v.horizonYears,
  discountRate: typeof v.discountRate === 'number' ? v.discountRate / 100 : v.discountRate,
} }, (f) => focus(f.replace('economics.', ''))));

const gainForm = buildForm(pt('gain.h2'), [
  { name: 'gain.kind', type: 'select', options: ['time', 'cost', 'quality'].map((k) => [k, pt(`kind.${k}`)]) },
  ...['indicator', 'unit', 'description'].map((n) => ({ name: `gain.${n}`, type: 'text' })),
  { name: 'gain.baseline', type: 'number' }, { name: 'gain.baselineDate', type: 'date' },
  { name: 'gain.target', type: 'number' }, { name: 'gain.targetDate', type: 'date' },
  { name: 'gain.expectedPerYear', type: 'number' }, { name: 'gain.qualityScore', type: 'number' },
  ...['owner', 'method', 'frequency'].map((n) => ({ name: `gain.${n}`, type: 'text' })),
  ...['specific', 'measurable', 'accepted', 'realistic', 'timeBound', 'evaluable'].map((n) => ({ name: `gain.smarte.${n}`, key: `smarte.${n}`, type: 'checkbox' })),
], 'gain.save', (v, focus) => gains.submit(v, focus));
// The list of gains with Edit (fills the form above) and Delete (after a confirmation).
const gains = new GainsEditor(gainForm, {
  change, confirm: confirmDialog, announce: (m) => announce(m), alert: (m) => alertError(m),
});

const costForm = buildForm(pt('cost.h2'), [
  { name: 'cost.description', type: 'text' }, { name: 'cost.oneOff', type: 'number' }, { name: 'cost.yearly', type: 'number' },
], 'cost.save', async (v, focus) => { if (await change('POST', '/costs', v, focus)) costForm.fill({}); });

const mForm = buildForm(pt('m.h2'), [
  { name: 'gainId', key: 'm.gainId', type: 'select', options: [] }, { name: 'date', key: 'm.date', type: 'date' },
  { name: 'value', key: 'm.value', type: 'number' },
  { name: 'group', key: 'm.group', type: 'select', options: ['all', 'test', 'control'].map((g) => [g, pt(`group.${g}`)]) },
  { name: 'gapReason', key: 'm.gapReason', type: 'text' },
], 'm.save', async (v, focus) => {
  alertError('');
  const r = await api('POST', '/measurements', v);
  if (r.status === 201) { mForm.inputs.value.input.value = ''; announce(pm('saved')); await load(); mForm.inputs.value.input.focus(); return; }
  alertError(r.json.message || String(r.status));
  if (r.json.field) focus(r.json.field);
});

const evalForm = buildForm(pt('eval.h2'), [
  ...['people', 'organisation', 'technology'].map((n) => ({ name: `evaluation.${n}`, key: `eval.${n}`, type: 'textarea' })),
  { name: 'evaluation.gainsRealised', key: 'eval.gainsRealised', type: 'select', options: ['yes', 'partly', 'no', 'too_early'].map((k) => [k, pt(`realised.${k}`)]) },
  ...['gainsComment', 'newGains', 'lessons'].map((n) => ({ name: `evaluation.${n}`, key: `eval.${n}`, type: 'textarea' })),
  { name: 'evaluation.by', key: 'eval.by', type: 'text' },
], 'eval.save', (v, focus) => change('POST', '/evaluation', v, focus));

const decForm = buildForm(pt('dec.h2'), [
  { name: 'route', key: 'dec.route', type: 'select', options: ['operations', 'another_round', 'halt'].map((k) => [k, pt(`route.${k}`)]) },
  { name: 'rationale', key: 'dec.rationale', type: 'textarea' }, { name: 'decidedBy', key: 'dec.decidedBy', type: 'text' },
], 'dec.save', (v, focus) => change('POST', '/decision', v, focus));

const advance = document.createElement('button');
advance.type = 'button';
advance.className = 'btn';
const NEXT = { candidate: 'planned', planned: 'running', running: 'evaluating' };
advance.addEventListener('click', () => change('POST', '/status', { status: NEXT[pilot.status] }));

for (const part of [info, planForm.section, econForm.section, money, gains.section, gainForm.section, costForm.section, mForm.section,
  indicators, evalForm.section, decForm.section]) sections.appendChild(part);

function dl(parent, pairs) {
  const d = document.createElement('dl');
  d.className = 'pilot-money';
  for (const [k, v] of pairs) {
    const dt = document.createElement('dt'); dt.textContent = k; d.appendChild(dt);
    const dd = document.createElement('dd'); dd.textContent = v; d.appendChild(dd);
  }
  parent.appendChild(d);
  return d;
}

function heading(parent, text) {
  const h = document.createElement('h2');
  h.textContent = text;
  parent.appendChild(h);
}

/** Rule A14: the pilot's links this page knows, with Copy and QR (the server keeps only hashes). */
function shareCard(parent) {
  const box = document.createElement('div');
  box.className = 'pilot-share';
  const h = document.createElement('h3');
  h.textContent = pt('share.h3');
  box.appendChild(h);
  const abs = (u) => new URL(u, window.location.origin).href;
  const own = `${window.location.origin}/p/${encodeURIComponent(pilotId)}#t=${encodeURIComponent(token)}`;
  if (pilot.role !== 'editor') {
    box.appendChild(linkRow(t('share.link.viewer'), own, announce));
    parent.appendChild(box);
    return;
  }
  // Rule PL8: an editor sees the editor and the viewer link (the viewer link where this tab
  // knows it), each with Copy, QR and Replace.
  const known = (role) => { try { return sessionStorage.getItem(`samskap.pilot.${pilotId}.${role}`); } catch { return null; } };
  for (const role of ['editor', 'viewer']) {
    const url = known(role) ? abs(known(role)) : role === 'editor' ? own : null;
    const name = t(`share.link.${role}`);
    const rotate = document.createElement('button');
    rotate.type = 'button';
    rotate.className = 'btn btn--small';
    rotate.dataset.rotate = role;
    rotate.textContent = url ? pt('share.rotate') : pt('share.make', { name: name.toLocaleLowerCase() });
    rotate.setAttribute('aria-label', pt('share.rotate.label', { name }));
    rotate.addEventListener('click', () => rotateLink(role, name));
    if (url) {
      const row = linkRow(name, url, announce);
      row.querySelector('.share-link__line').append(rotate);
      box.appendChild(row);
    } else {
      box.appendChild(rotate);
    }
  }
  parent.appendChild(box);
}

/** Rule PL8: replaces a pilot link after asking; the old link stops working, the other keeps working. */
async function rotateLink(role, name) {
  if (!(await confirmDialog(pt('share.rotate.confirm', { name }), pt('share.rotate.yes')))) return;
  alertError('');
  let r;
  try { r = await api('POST', `/links/${role}/rotate`); } catch { alertError(pm('network')); return; }
  if (r.status !== 201) { alertError(r.json.message || String(r.status)); return; }
  try {
    sessionStorage.setItem(`samskap.pilot.${pilotId}.${role}`, r.json.link);
    if (r.json.self) {
      token = r.json.token;
      sessionStorage.setItem(`samskap.pilot.${pilotId}`, token);
    }
  } catch { /* storage blocked: the link is still shown below */ }
  if (r.json.self) token = r.json.token;
  render();
  announce(pm('share.rotated', { name }));
  const again = document.querySelector(`[data-rotate="${role}"]`);
  if (again) again.focus();
}

function render() {
  if (!pilot) return;
  document.title = `${pilot.title} – Samskap`;
  $('pilot-title').textContent = pilot.title;
  $('pilot-state').textContent = pt('state', { status: pt(`status.${pilot.status}`), round: pilot.round, rev: pilot.rev });
  info.replaceChildren();
  info.className = 'card';
  heading(info, pt('prov.h2'));
  const p = pilot.provenance;
  const a = p.aggregate || {};
  dl(info, [
    [pt('prov.text'), p.text],
    [pt('prov.cluster'), (p.source && p.source.clusterLabel) || pt('prov.none')],
    [pt('prov.votes'), votesText(p.source)],
    [pt('prov.scores'), a.count ? `${num(a.x.median)} / ${num(a.y.median)} (${a.count})` : pt('prov.none')],
    [pt('prov.decision'), p.decision && p.decision.status ? `${pt(`verdict.${p.decision.status}`)}: ${p.decision.reason || ''}` : pt('prov.none')],
    [pt('prov.steps'), (p.journeySteps || []).join(', ') || pt('prov.none')],
  ]);
  const ev = evidenceList(document, p.source); // rule PL1a: every session and poll the idea came with
  if (ev) info.appendChild(ev);
  shareCard(info);
  const link = document.createElement('a');
  link.href = pilot.links.currentBoard;
  link.textContent = pt('prov.current');
  info.appendChild(link);
  if (NEXT[pilot.status] && pilot.role === 'editor') {
    advance.textContent = pt('advance', { status: pt(`status.${NEXT[pilot.status]}`) });
    info.appendChild(document.createElement('p')).appendChild(advance);
  }
  if (pilot.decision) {
    info.appendChild(document.createElement('p')).textContent = pt('dec.latest', { route: pt(`route.${pilot.decision.route}`), rationale: pilot.decision.rationale });
  }
  if (pilot.rounds.length) info.appendChild(document.createElement('p')).textContent = pt('rounds', { n: pilot.rounds.length });
  if (!planForm.section.contains(document.activeElement)) planForm.fill({ plan: pilot.plan });
  if (!econForm.section.contains(document.activeElement)) {
    econForm.fill({ ...pilot.economics, discountRate: Math.round(pilot.economics.discountRate * 10000) / 100 });
  }
  const m = pilot.money;
  money.replaceChildren();
  money.className = 'card';
  heading(money, pt('econ.h2'));
  dl(money, [
    ...m.lines.map((l) => [l.indicator, `${num(l.yearlyValue)} kr`]),
    [pt('money.benefit'), `${num(m.yearlyBenefit)} kr`], [pt('money.costs'), `${num(m.yearlyCosts)} kr`],
    [pt('money.oneOff'), `${num(m.oneOffCosts)} kr`], [pt('money.net'), `${num(m.yearlyNet)} kr`],
    [pt('money.payback'), m.paybackYears === null ? pt('money.never') : pt('money.years', { n: num(m.paybackYears) })],
    [pt('money.npv', { years: m.horizonYears, rate: num(m.discountRate * 100) }), `${num(m.npv)} kr`],
    ...m.unpriced.map((u) => [`${pt('money.unpriced')}: ${u.indicator}`, u.score == null ? '–' : `${u.score} / 5`]),
  ]);
  gains.render(pilot);
  const select = mForm.inputs.gainId.input;
  const chosen = select.value;
  select.replaceChildren(...pilot.gains.map((g) => { const o = document.createElement('option'); o.value = g.id; o.textContent = g.indicator; return o; }));
  if (chosen) select.value = chosen;
  indicators.replaceChildren();
  for (const ind of pilot.indicators) {
    const gain = pilot.gains.find((g) => g.id === ind.gainId);
    const card = document.createElement('section');
    card.className = 'card';
    heading(card, pt('ind.h2', { name: gain.indicator }));
    card.appendChild(indicatorFigure(gain, ind));
    indicators.appendChild(card);
  }
  const editor = pilot.role === 'editor';
  for (const f of [planForm, econForm, gainForm, costForm, mForm, evalForm, decForm]) f.section.hidden = !editor;
  evalForm.section.hidden = !editor || pilot.status !== 'evaluating';
  decForm.section.hidden = !editor || pilot.status !== 'evaluating';
}

// The page builds its forms in one language, so another language reloads it. Unsaved input
// (and which gain was being edited) is kept for the reload in sessionStorage and put back, and
// the chosen language's button gets the focus back, so a keyboard user is not sent to the top.
const FOCUS_LANG = 'samskap.pilot.focusLang';
const DRAFT = `samskap.pilot.${pilotId}.draft`;
initI18n(mountHeader());
let focusLang = false;
try {
  focusLang = !!sessionStorage.getItem(FOCUS_LANG);
  sessionStorage.removeItem(FOCUS_LANG);
} catch { /* no storage: focus starts at the top */ }
const focusLangButton = () => { if (focusLang) $('lang-switch').querySelector('[aria-pressed="true"]')?.focus(); };
focusLangButton();

function saveDraft() {
  const values = {};
  for (const el of document.querySelectorAll('form input[id], form textarea[id], form select[id]')) {
    values[el.id] = el.type === 'checkbox' ? el.checked : el.value;
  }
  try { sessionStorage.setItem(DRAFT, JSON.stringify({ values, editing: gains.editing })); } catch { /* ignore */ }
}

function restoreDraft() {
  let draft = null;
  try {
    draft = JSON.parse(sessionStorage.getItem(DRAFT) || 'null');
    sessionStorage.removeItem(DRAFT);
  } catch { return; }
  if (!draft || !pilot) return;
  const editing = draft.editing && pilot.gains.find((g) => g.id === draft.editing);
  if (editing) gains.startEditing(editing);
  for (const [id, v] of Object.entries(draft.values || {})) {
    const el = document.getElementById(id);
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = !!v; else el.value = v;
  }
  focusLangButton();
}

onLangChange(() => {
  saveDraft();
  try { sessionStorage.setItem(FOCUS_LANG, '1'); } catch { /* ignore */ }
  window.location.reload();
});
if (!token) {
  alertError(pm('badToken'));
} else {
  load().then(() => {
    restoreDraft();
    const bus = new Bus();
    let timer = null;
    bus.register(`pilot.${pilotId}.events`, { token }, (ev) => {
      if (pilot && ev.rev <= pilot.rev && ev.type !== 'measurement.add' && ev.type !== 'measurement.delete') return;
      clearTimeout(timer);
      timer = setTimeout(() => load().then(() => announce(pm('live'))), 150);
    });
    bus.start();
  });
}
