// The live prioritisation matrix page: reads the board id (from /b/<id>) and token (from
// #t=<token>, kept in sessionStorage for reloads), asks for a name, and wires the board's sync
// engine (../board-sync.js with ./matrix-state.js as its model) to the view and the forms.

import { boardIdFromPath, readToken, loadName, saveName, announce, alertError, joinWithName, setConn } from '../core/page.js';
import { initI18n, onLangChange, t, translate } from '../core/i18n.js';
import { Bus } from '../core/bus.js';
import { Outbox } from '../core/outbox.js';
import { BoardSync } from '../core/sync.js';
import { confirmDialog, promptDialog } from '../core/dialogs.js';
import * as model from './matrix-state.js';
import { MatrixView, short } from './matrix-view.js';
import { mt, hasMt, translateMatrix } from './strings.js';
import { MatrixForms } from './matrix-forms.js';
import { enableDrag } from './matrix-drag.js';
import { makePilot } from './matrix-pilot.js';
import { PageGate, setAllowed } from '../session/session-gate-view.js';
import { sessionOf } from '../session/session-state.js';
import { plainFacilitation, fatalKey } from '../session/facilitation.js';

const $ = (id) => document.getElementById(id);

const boardId = boardIdFromPath();
const token = readToken(boardId);

// ---- status, announcements ----

function reasonText(reason) {
  const key = `err.${reason}`;
  if (hasMt(key)) return mt(key);
  const s = t(key, { max: model.MAX_TEXT_CHARS });
  return s === key ? t('err.unknown', { reason: String(reason) }) : s;
}

const CONFIRMED = {
  'item.create': 'add.added',
  'item.edit': 'edited',
  'scale.set': 'settings.saved',
  'placement.set': 'settings.saved',
  'axis.rename': 'settings.saved',
  'quadrant.rename': 'settings.saved',
  'item.delete': 'deleted',
  'item.score': 'score.saved',
  'item.decide': 'decided',
  'board.rename': 'board.renamed',
};

// ---- the board ----

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
    joined: () => {
      $('gate').hidden = true;
      $('board').hidden = false;
      forms.fillSettings(sync.view());
    },
    conn: setConn,
    reconnected: () => announce(t('conn.online')),
    confirmed: (op) => {
      if (op.type === 'item.score') model.confirmOwnScore(sync.state, op);
      const message = CONFIRMED[op.type] ? mt(CONFIRMED[op.type]) : facilitation.confirmedText(op);
      if (message) announce(message);
    },
    retrying: (op, reason, attempt) => { if (reason === 'unavailable' || attempt === 0) announce(reasonText(reason)); },
    refused: (op, reason) => alertError(t('err.prefix', { message: reasonText(reason) })),
    idLearned: (temp, realId) => view.rekey(temp, realId),
    fatal: (reason) => showFatal(fatalKey(reason)),
  },
});

const realId = (id) => sync.realId(id);
// Phase, lock, timer, people (docs/PROTOCOL.md F1-F4, F8, F9): the session bar and the facilitator's card.
const facilitation = plainFacilitation(sync, { token, boardId });
const itemOf = (id) => sync.view().items.get(realId(id)) || null;

// What a participant may do now (docs/PROTOCOL.md F2, F3): a score is a vote-phase op.
const gate = new PageGate($('gate-notice'), announce);

const view = new MatrixView(document, {
  open: (id) => {
    const v = sync.view();
    if (sync.role === 'facilitator' && v.matrix.placement === 'facilitator') forms.place(id);
    else if (!gate.blocked('item.score')) forms.score(id);
  },
  move: (id, x, y) => {
    const i = itemOf(id);
    if (!i) return;
    sync.queue({ type: 'item.place', itemId: i.id, x, y });
    announce(mt('placed', { x, y }));
  },
  score: (id) => { if (!gate.blocked('item.score')) forms.score(id); },
  place: (id) => forms.place(id),
  decide: (id) => forms.decide(id),
  pilot: (id) => makePilot(boardId, token, realId(id), (m) => alertError(mt('pilot.failed', { message: m }))),
  edit: (id) => editItem(id),
  remove: (id) => deleteItem(id),
});

enableDrag($('plot'), {
  canDrag: () => sync.joined && sync.role === 'facilitator' && sync.view().matrix.placement === 'facilitator',
  continuous: () => sync.view().matrix.scale === 'continuous',
  drop: (id, x, y) => {
    const i = itemOf(id);
    if (!i) return;
    sync.queue({ type: 'item.place', itemId: i.id, x, y });
    announce(mt('placed', { x, y }));
  },
});

const forms = new MatrixForms(document, {
  sync, itemOf, announce, alertError, token, boardId,
  focusAfter: (id) => { if (!view.focusItem(realId(id))) focusRow(id); },
});

function focusRow(id) {
  const b = document.querySelector(`#items-body tr[data-item-id="${realId(id)}"] button[data-action="score"]`);
  if (b) b.focus();
}

let filledMatrix = null; // the settings the settings form last showed

function render() {
  renderQueued = false;
  if (!sync.joined) return;
  const v = sync.view();
  view.render(v, { role: sync.role, sessionId: sync.sessionId });
  applyGate(v);
  facilitation.render(v);
  // Show settings someone else changed, unless the facilitator is editing the form right now.
  if (v.matrix !== filledMatrix && !$('settings-form').contains(document.activeElement)) {
    forms.fillSettings(v);
    filledMatrix = v.matrix;
  }
  const n = sync.pendingCount;
  $('sync-status').textContent = n ? t('sync.pending', { count: n }) : t('sync.saved');
}

/** Greys out scoring when the gate refuses it; plot items stay focusable (they carry the item's details). */
function applyGate(v) {
  const g = gate.update(sessionOf(v), sync.role);
  const score = g.allows('item.score');
  for (const b of document.querySelectorAll('#items-body button[data-action="score"]')) setAllowed(b, score, { fallback: $('gate-notice') });
  if (sync.role === 'facilitator') return;
  for (const b of document.querySelectorAll('#plot-items .matrix-item')) setAllowed(b, score, { keepFocusable: true });
}

function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  queueMicrotask(render);
}

onLangChange(() => {
  translateMatrix(document);
  forms.onLangChange(sync.joined ? sync.view() : null);
  render();
});

function showFatal(key) {
  $('board').hidden = true;
  $('gate').hidden = false;
  $('join-form').hidden = true;
  const message = $('gate-message');
  message.dataset.i18n = key;
  message.textContent = t(key);
  message.hidden = false;
  $('gate-home').hidden = false;
  alertError(t(key));
}

// ---- actions ----

async function editItem(id) {
  const i = itemOf(id);
  if (!i) return;
  const text = await promptDialog({
    title: mt('edit.h2'), label: mt('add.text'), value: i.text, max: model.MAX_TEXT_CHARS, emptyMessage: mt('add.empty'),
  });
  if (text !== null && text !== i.text) sync.queue({ type: 'item.edit', itemId: realId(i.id), text });
  focusRow(i.id);
}

async function deleteItem(id) {
  const i = itemOf(id);
  if (!i) return;
  const ok = await confirmDialog(mt('delete.confirm', { text: short(i.text, 80) }));
  if (!ok) {
    focusRow(i.id);
    return;
  }
  sync.queue({ type: 'item.delete', itemId: realId(i.id) });
  $('items-h2').tabIndex = -1;
  $('items-h2').focus();
}

async function renameBoard() {
  const current = sync.view().board.title;
  const title = await promptDialog({
    title: t('board.rename.h2'), label: t('board.rename.label'), value: current,
    max: model.MAX_LABEL_CHARS, emptyMessage: t('home.create.empty'),
  });
  if (title !== null && title !== current) sync.queue({ type: 'board.rename', title });
  $('rename-board').focus();
}

async function changeName() {
  const name = await promptDialog({
    title: t('name.dialog.h2'), label: t('join.name'), value: sync.name || '', max: 60, allowEmpty: true,
  });
  if (name !== null) {
    saveName(name);
    sync.setName(name);
  }
  $('change-name').focus();
}

$('rename-board').addEventListener('click', renameBoard);
$('change-name').addEventListener('click', changeName);

// ---- start ----

function start() {
  initI18n($('lang-switch'));
  translateMatrix(document);
  setConn('connecting');
  forms.setup();
  if (!boardId || !token) {
    setConn('offline');
    showFatal('board.missingToken');
    return;
  }
  joinWithName(sync, translate);
}

start();
