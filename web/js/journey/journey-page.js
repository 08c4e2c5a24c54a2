// The live journey board page: reads the board id (/b/<id>) and token (#t=<token>), asks for a
// name, and wires the sync engine (with the journey model) to the view and the dialogs.

import './strings.js';
import { boardIdFromPath, readToken, loadName, saveName, announce, alertError, joinWithName, setConn } from '../core/page.js';
import { initI18n, onLangChange, t, translate } from '../core/i18n.js';
import { Bus } from '../core/bus.js';
import { Outbox } from '../core/outbox.js';
import { BoardSync } from '../core/sync.js';
import { promptDialog, confirmDialog } from '../core/dialogs.js';
import * as model from './journey-state.js';
import { JourneyView } from './journey-view.js';
import { openCardDialog, openLaneDialog } from './journey-dialogs.js';
import { laneName, stageName } from './journey-grid.js';
import { short } from './dom.js';
import { ACTION_OPS, applyJourneyGate } from './journey-gate.js';
import { PageGate } from '../session/session-gate-view.js';
import { sessionOf } from '../session/session-state.js';
import { plainFacilitation, fatalKey } from '../session/facilitation.js';

const $ = (id) => document.getElementById(id);
const boardId = boardIdFromPath();
const token = readToken(boardId);

function reasonText(reason) {
  for (const key of [`journey.err.${reason}`, `err.${reason}`]) {
    const s = t(key, { max: model.MAX_CARD_CHARS });
    if (s !== key) return s;
  }
  return t('err.unknown', { reason: String(reason) });
}

let renderQueued = false;
const sync = new BoardSync({
  boardId,
  token,
  bus: new Bus(),
  outbox: new Outbox(boardId),
  name: loadName() || '',
  model,
  hooks: {
    change: scheduleRender,
    joined: () => { $('gate').hidden = true; $('board').hidden = false; },
    conn: setConn,
    reconnected: () => announce(t('conn.online')),
    confirmed: (op) => announce(facilitation.confirmedText(op) || t('journey.saved')),
    retrying: (op, reason, attempt) => { if (reason === 'unavailable' || attempt === 0) announce(reasonText(reason)); },
    refused: (op, reason) => alertError(t('err.prefix', { message: reasonText(reason) })),
    fatal: (reason) => showFatal(fatalKey(reason)),
  },
});

const realId = (id) => sync.realId(id);
// Phase, lock, timer, people (docs/PROTOCOL.md F1-F4, F8, F9): the session bar and the facilitator's card.
const facilitation = plainFacilitation(sync, { token, boardId });
// What a participant may do now (docs/PROTOCOL.md F2, F3): greyed-out controls and a notice.
const gate = new PageGate($('gate-notice'), (m) => announce(m));
const view = new JourneyView(document, { action: (a, d) => act(a, d), select: (a, d, value) => choose(a, d, value) }, realId);

function render() {
  renderQueued = false;
  if (!sync.joined) return;
  const v = sync.view();
  view.render(v, { role: sync.role, sessionId: sync.sessionId });
  applyJourneyGate($('board'), gate.update(sessionOf(v), sync.role), $('gate-notice'));
  facilitation.render(v);
  const n = sync.pendingCount;
  $('sync-status').textContent = n ? t('sync.pending', { count: n }) : t('sync.saved');
}

function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  queueMicrotask(render);
}

onLangChange(() => render());

function showFatal(key) {
  $('board').hidden = true;
  $('gate').hidden = false;
  $('join-form').hidden = true;
  $('gate-message').textContent = t(key);
  $('gate-message').hidden = false;
  $('gate-home').hidden = false;
  alertError(t(key));
}

// ---- actions ----

const journey = (version) => sync.view().journeys[version];
// Every op passes the gate: a dialog left open while the facilitator locked sends nothing refused.
const queue = (op) => { if (!gate.blocked(op.type)) sync.queue(op); };

function focusKey(key) {
  requestAnimationFrame(() => view.refocus(key));
}

async function act(action, d) {
  if (ACTION_OPS[action] && gate.blocked(...ACTION_OPS[action])) return;
  const version = d.version;
  const j = journey(version);
  if (!j) return;
  const id = realId(d.id || '');
  const si = j.stages.findIndex((s) => s.id === id);
  const li = j.lanes.findIndex((l) => l.id === id);
  const back = d.key;
  switch (action) {
    case 'stage-add': {
      const label = await promptDialog({ title: t('journey.stage.add'), label: t('journey.stage.name'), max: model.MAX_LABEL_CHARS, emptyMessage: t('journey.name.empty') });
      if (label) queue({ type: 'stage.create', version, label });
      break;
    }
    case 'lane-add': {
      const lane = await openLaneDialog();
      if (lane) queue({ type: 'lane.create', version, kind: lane.kind, ...(lane.label ? { label: lane.label } : {}) });
      break;
    }
    case 'role-add': {
      const name = await promptDialog({ title: t('journey.role.add'), label: t('journey.role.name'), max: model.MAX_LABEL_CHARS, emptyMessage: t('journey.name.empty') });
      if (name) queue({ type: 'role.create', version, name });
      break;
    }
    case 'copy':
      if (await confirmDialog(t('journey.copy.confirm'))) queue({ type: 'version.copy', version: 'future', from: 'current' });
      break;
    case 'stage-rename': await rename('stage.rename', 'stageId', version, id, si >= 0 ? j.stages[si].label : '', t('journey.stage.name')); break;
    case 'lane-rename': await rename('lane.rename', 'laneId', version, id, li >= 0 ? laneName(j.lanes[li]) : '', t('journey.lane.name')); break;
    case 'role-rename': {
      const r = j.roles.find((x) => x.id === id);
      if (r) await rename('role.rename', 'roleId', version, id, r.name, t('journey.role.name'));
      break;
    }
    case 'stage-left': case 'stage-right':
      if (si >= 0) queue({ type: 'stage.move', version, stageId: id, index: si + (action === 'stage-left' ? -1 : 1) });
      break;
    case 'lane-up': case 'lane-down':
      if (li >= 0) queue({ type: 'lane.move', version, laneId: id, index: li + (action === 'lane-up' ? -1 : 1) });
      break;
    case 'stage-delete':
      if (si >= 0 && await confirmDialog(t('journey.stage.delete.confirm', { name: stageName(j.stages[si], si) }))) {
        queue({ type: 'stage.delete', version, stageId: id });
      }
      break;
    case 'lane-delete':
      if (li >= 0 && await confirmDialog(t('journey.lane.delete.confirm', { name: laneName(j.lanes[li]) }))) {
        queue({ type: 'lane.delete', version, laneId: id });
      }
      break;
    case 'role-delete': {
      const r = j.roles.find((x) => x.id === id);
      if (r && await confirmDialog(t('journey.role.delete.confirm', { name: r.name }))) queue({ type: 'role.delete', version, roleId: id });
      break;
    }
    case 'card-add': await addCard(version, realId(d.laneId), realId(d.stageId)); break;
    case 'card-open': await editCard(version, id); break;
    case 'card-left': case 'card-right': moveCard(version, id, action === 'card-left' ? -1 : 1); break;
    case 'card-delete': {
      const c = j.cards.get(id);
      if (c && await confirmDialog(t('journey.card.delete.confirm', { text: short(c.text, 80) }))) {
        queue({ type: 'card.delete', version, cardId: id });
        return;
      }
      break;
    }
    default:
  }
  if (back) focusKey(back);
}

async function rename(type, field, version, id, current, label) {
  const value = await promptDialog({ title: t('journey.rename.h2'), label, value: current, max: model.MAX_LABEL_CHARS, emptyMessage: t('journey.name.empty') });
  if (value !== null && value !== current) queue({ type, version, [field]: id, ...(type === 'role.rename' ? { name: value } : { label: value }) });
}

function choose(action, d, value) {
  if (ACTION_OPS[action] && gate.blocked(...ACTION_OPS[action])) return;
  const version = d.version;
  if (action === 'emotion') {
    queue({ type: 'stage.emotion', version, stageId: realId(d.id), emotion: value === '' ? null : Number(value) });
  } else if (action === 'huki') {
    queue({ type: 'huki.set', version, cardId: realId(d.id), roleId: realId(d.roleId), value: value || null });
  }
}

function moveCard(version, id, step) {
  const j = journey(version);
  const c = j.cards.get(id);
  if (!c) return;
  const i = j.stages.findIndex((s) => s.id === c.stageId) + step;
  if (i < 0 || i >= j.stages.length) return;
  queue({ type: 'card.move', version, cardId: id, stageId: j.stages[i].id });
  announce(t('journey.card.moved', { stage: stageName(j.stages[i], i) }));
  focusKey(`card-open|${version}|${id}||`);
}

async function addCard(version, laneId, stageId) {
  const j = journey(version);
  const lane = j.lanes.find((l) => l.id === laneId);
  const si = j.stages.findIndex((s) => s.id === stageId);
  if (!lane || si < 0) return;
  const r = await openCardDialog({ j, lane, stage: j.stages[si], stageIndex: si, card: null });
  if (!r || r.result !== 'save') return;
  queue({ type: 'card.create', version, laneId, stageId, text: r.text, ...(lane.kind === 'touchpoints' ? { touchpoint: r.touchpoint } : {}) });
}

async function editCard(version, id) {
  const j = journey(version);
  const c = j.cards.get(id);
  if (!c) return;
  const lane = j.lanes.find((l) => l.id === c.laneId);
  const si = j.stages.findIndex((s) => s.id === c.stageId);
  const r = await openCardDialog({ j, lane, stage: j.stages[si], stageIndex: si, card: c });
  if (!r) return;
  const cardId = realId(c.id);
  if (r.result === 'delete') {
    if (await confirmDialog(t('journey.card.delete.confirm', { text: short(c.text, 80) }))) queue({ type: 'card.delete', version, cardId });
    return;
  }
  if (r.result.startsWith('unlink:')) {
    const link = c.links[Number(r.result.slice(7))];
    if (link) queue({ type: 'card.unlink', version, cardId, boardId: link.boardId, noteId: link.noteId });
    return;
  }
  if (r.result !== 'save') return;
  if (r.text !== c.text) queue({ type: 'card.edit', version, cardId, text: r.text });
  if (lane && lane.kind === 'touchpoints' && r.touchpoint !== c.touchpoint) queue({ type: 'card.touchpoint', version, cardId, touchpoint: r.touchpoint });
  if (r.stageId && r.stageId !== c.stageId) queue({ type: 'card.move', version, cardId, stageId: realId(r.stageId) });
  if (r.link) queue({ type: 'card.link', version, cardId, boardId: r.link.boardId, noteId: r.link.noteId });
}

async function changeName() {
  const name = await promptDialog({ title: t('name.dialog.h2'), label: t('join.name'), value: sync.name || '', max: 60, allowEmpty: true });
  if (name !== null) {
    saveName(name);
    sync.setName(name);
  }
  $('change-name').focus();
}

async function renameBoard() {
  const current = sync.view().board.title;
  const title = await promptDialog({ title: t('board.rename.h2'), label: t('board.rename.label'), value: current, max: model.MAX_LABEL_CHARS, emptyMessage: t('home.create.empty') });
  if (title !== null && title !== current) queue({ type: 'board.rename', title });
  $('rename-board').focus();
}

$('rename-board').addEventListener('click', renameBoard);
$('change-name').addEventListener('click', changeName);

function start() {
  initI18n($('lang-switch'));
  setConn('connecting');
  if (!boardId || !token) {
    setConn('offline');
    showFatal('board.missingToken');
    return;
  }
  joinWithName(sync, translate);
}

start();
