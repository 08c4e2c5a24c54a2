// The live prioritisation matrix page: the page shell (../core/page.js) with the matrix model
// (./matrix-state.js), and the matrix's view, forms, drag and dialogs.

import './strings.js';
import { startBoardPage } from '../core/page.js';
import { t } from '../core/i18n.js';
import { limits } from '../core/limits.js';
import { confirmDialog, promptDialog } from '../core/dialogs.js';
import * as model from './matrix-state.js';
import { MatrixView, short } from './matrix-view.js';
import { mt } from './strings.js';
import { MatrixForms } from './matrix-forms.js';
import { enableDrag } from './matrix-drag.js';
import { makePilot } from './matrix-pilot.js';
import { PageGate, setAllowed } from '../session/session-gate-view.js';
import { sessionOf } from '../session/session-state.js';
import { plainFacilitation } from '../session/facilitation.js';

const $ = (id) => document.getElementById(id);

const CONFIRMED = {
  'item.create': 'add.added',
  'item.edit': 'edited',
  'scale.set': 'settings.saved',
  'placement.set': 'settings.saved',
  'scores.reveal': 'reveal.done',
  'axis.rename': 'settings.saved',
  'quadrant.rename': 'settings.saved',
  'item.delete': 'deleted',
  'item.score': 'score.saved',
  'item.decide': 'decided',
  'board.rename': 'board.renamed',
};

// A refusal the matrix words its own way (matrix.err.*) comes before the shared text.
startBoardPage({ model, view: matrixBoard, features: { errors: ['matrix.'] } });

/** The matrix's part of the page; returns its hooks for the shell. */
function matrixBoard({ sync, token, boardId, announce, alert: alertError, realId }) {
  // Phase, lock, timer, people (docs/PROTOCOL.md F1-F4, F8, F9): the session bar and the facilitator's card.
  const facilitation = plainFacilitation(sync, { token, boardId });
  const itemOf = (id) => sync.view().items.get(realId(id)) || null;

  // What a participant may do now (docs/PROTOCOL.md F2, F3): a score is a vote-phase op.
  const gate = new PageGate($('gate-notice'), announce);

  // Rule M11: the facilitator shows every aggregate to everyone, or hides those below the threshold again.
  $('reveal-scores').addEventListener('click', () => {
    sync.queue({ type: 'scores.reveal', revealed: !sync.view().matrix.revealed });
  });

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
    pilot: (id) => makePilot(boardId, token, realId(id), (m) => alertError(mt('pilot.failed', { message: m })),
      (itemOf(id) || {}).text || ''),
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

  function render(v) {
    view.render(v, { role: sync.role, sessionId: sync.sessionId });
    applyGate(v);
    facilitation.render(v);
    // Show settings someone else changed, unless the facilitator is editing the form right now.
    if (v.matrix !== filledMatrix && !$('settings-form').contains(document.activeElement)) {
      forms.fillSettings(v);
      filledMatrix = v.matrix;
    }
  }

  /** Greys out scoring when the gate refuses it; plot items stay focusable (they carry the item's details). */
  function applyGate(v) {
    const g = gate.update(sessionOf(v), sync.gateRole);
    const score = g.allows('item.score');
    for (const b of document.querySelectorAll('#items-body button[data-action="score"]')) setAllowed(b, score, { fallback: $('gate-notice') });
    if (sync.role === 'facilitator') return;
    for (const b of document.querySelectorAll('#plot-items .matrix-item')) setAllowed(b, score, { keepFocusable: true });
  }

  // ---- actions ----

  async function editItem(id) {
    const i = itemOf(id);
    if (!i) return;
    const text = await promptDialog({
      title: mt('edit.h2'), label: mt('add.text'), value: i.text, max: limits.noteChars, emptyMessage: mt('add.empty'),
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

  return {
    setup: () => forms.setup(),
    joined: () => {
      forms.fillSettings(sync.view());
      forms.counter(); // the limits of the join reply (J7)
    },
    render,
    langChanged: () => forms.onLangChange(sync.joined ? sync.view() : null),
    confirmedText: (op) => {
      if (op.type === 'item.score') model.confirmOwnScore(sync.state, op);
      return CONFIRMED[op.type] ? mt(CONFIRMED[op.type]) : facilitation.confirmedText(op);
    },
    idLearned: (temp, real) => view.rekey(temp, real),
    blocked: (type) => gate.blocked(type),
  };
}
