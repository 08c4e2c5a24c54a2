// The live idea board page: the page shell (../core/page.js) with the idea board's model, and
// the view, forms and dialogs of notes and clusters, facilitation, dot voting, link polls and
// other people's pointers.

import './strings.js';
import { startBoardPage } from '../core/page.js';
import { t } from '../core/i18n.js';
import { limits } from '../core/limits.js';
import * as model from './ideas-state.js';
import { length } from './ideas-state.js';
import { BoardView, short } from './ideas-view.js';
import { openDialog, confirmDialog, promptDialog } from '../core/dialogs.js';
import { setupCounter } from '../core/counter.js';
import { SessionPanel } from '../session/session-panel.js';
import { FacilitatorPanel } from '../session/facilitator-panel.js';
import { PollPanel } from '../vote/poll-panel.js';
import { BoardGate, EDIT_TYPES } from './ideas-gate.js';
import { CursorLayer } from './cursors.js';

const $ = (id) => document.getElementById(id);

startBoardPage({
  model,
  view: ideaBoard,
  features: {
    // A too long cluster or board name is a label, not a note.
    reasonKey: (reason, op) => (reason === 'text_too_long' && op && op.type !== 'note.create' && op.type !== 'note.edit'
      ? 'err.label_too_long' : null),
  },
});

/** The idea board's part of the page; returns its hooks for the shell. */
function ideaBoard({ sync, token, boardId, announce, alert: alertError, realId, render: scheduleRender }) {
  const CONFIRMED = {
    'note.create': 'add.added',
    'note.edit': 'note.saved',
    'note.color': 'note.saved',
    'note.cluster': 'note.saved',
    'note.delete': 'note.deleted',
    'cluster.create': 'cluster.created',
    'cluster.rename': 'cluster.renamed',
    'cluster.delete': 'cluster.deleted',
    'board.rename': 'board.renamed',
  };
  let editing = null; // the id of the note in the edit dialog

  // What a participant may do now (docs/PROTOCOL.md F2, F3): greyed-out controls and a notice.
  const gate = new BoardGate(document, (m) => announce(m));

  const view = new BoardView(document, {
    blocked: (type) => gate.blocked(type),
    move: (id, x, y, how) => moveNote(id, x, y, how),
    edit: (id) => editNote(id),
    remove: (id) => deleteNote(id),
    renameCluster: (id) => renameCluster(id),
    deleteCluster: (id) => deleteCluster(id),
  });

  // Facilitation, dot voting and polls (docs/PROTOCOL.md F1-F9, V1-V7, P1-P8).
  const canvasWrap = $('canvas-wrap');
  const session = new SessionPanel({
    queue: (op) => sync.queue(op),
    announce: (m) => announce(m),
    follow: (at) => {
      const o = view.origin || { x: 0, y: 0 };
      canvasWrap.scrollTo({ left: at.x - o.x - canvasWrap.clientWidth / 2, top: at.y - o.y - canvasWrap.clientHeight / 2 });
    },
  });
  const facilitation = new FacilitatorPanel({
    queue: (op) => sync.queue(op),
    announce: (m) => announce(m),
    alert: (m) => alertError(m),
    confirm: confirmDialog,
    viewCenter: () => {
      const o = view.origin || { x: 0, y: 0 };
      return { x: canvasWrap.scrollLeft + canvasWrap.clientWidth / 2 + o.x, y: canvasWrap.scrollTop + canvasWrap.clientHeight / 2 + o.y };
    },
    onScroll: (fn) => canvasWrap.addEventListener('scroll', fn, { passive: true }),
    token,
    boardId,
  });
  // Other people's pointers (E3, F7): decoration over the canvas, sent at most ten times a second.
  const cursors = new CursorLayer(canvasWrap, $('canvas'), {
    send: (x, y) => sync.sendEphemeral({ type: 'cursor.move', x, y }),
    origin: () => view.origin || { x: 0, y: 0 },
    anonymous: () => t('presence.anon'),
  });
  const polls = new PollPanel({ token, boardId, announce: (m) => announce(m), alert: (m) => alertError(m) });

  function render(v) {
    view.render(v, { role: sync.role, sessionId: sync.sessionId });
    gate.update(v, sync.role);
    const ctx = { role: sync.role, sessionId: sync.sessionId };
    session.render(v, ctx);
    facilitation.render(v, ctx);
    polls.render(v, ctx);
    cursors.render(v, ctx);
    view.fillClusterSelect($('note-cluster'), v, realId($('note-cluster').value));
  }

  function langChanged() {
    view.fillColorSelect($('note-color'));
    view.fillColorSelect($('edit-color'));
    renderCounters();
  }

  // ---- actions ----

  function noteOf(id) {
    return sync.view().notes.get(realId(id)) || null;
  }

  function moveNote(id, x, y, how) {
    const n = noteOf(id);
    if (!n) return;
    if (gate.blocked('note.move')) {
      scheduleRender(); // puts a dragged note back where it was
      return;
    }
    sync.queue({ type: 'note.move', noteId: n.id, x, y });
    if (how === 'keyboard') announce(t('note.moved', { x: Math.round(x), y: Math.round(y) }));
  }

  async function editNote(id) {
    const n = noteOf(id);
    if (!n || gate.blocked(...EDIT_TYPES)) return;
    editing = n.id;
    $('edit-text').value = n.text;
    view.fillColorSelect($('edit-color'));
    $('edit-color').value = n.color;
    view.fillClusterSelect($('edit-cluster'), sync.view(), n.clusterId || '');
    renderCounters();
    gate.fitEditDialog();
    const result = await openDialog($('edit-dialog'), $('edit-text'), {
      errorEl: $('edit-error'),
      validate: () => (length($('edit-text').value) > limits.noteChars ? t('err.text_too_long', { max: limits.noteChars }) : null),
    });
    const target = editing;
    editing = null;
    if (result === 'delete') {
      await deleteNote(target);
      return;
    }
    if (result === 'save') {
      const now = noteOf(target);
      if (now) {
        const text = $('edit-text').value;
        const color = $('edit-color').value;
        const clusterId = realId($('edit-cluster').value) || null;
        // The gate may have closed while the dialog was open: send only what it still allows.
        if (text !== now.text && !gate.blocked('note.edit')) sync.queue({ type: 'note.edit', noteId: now.id, text });
        if (color !== now.color && !gate.blocked('note.color')) sync.queue({ type: 'note.color', noteId: now.id, color });
        if (clusterId !== (now.clusterId || null) && !gate.blocked('note.cluster')) {
          sync.queue({ type: 'note.cluster', noteId: now.id, clusterId });
        }
      } else {
        alertError(t('err.prefix', { message: t('err.not_found') }));
      }
    }
    view.focusNote(realId(target));
  }

  async function deleteNote(id) {
    const n = noteOf(id);
    if (!n || gate.blocked('note.delete')) return;
    const ok = await confirmDialog(t('note.delete.confirm', { text: short(n.text, 80) }));
    const target = realId(n.id);
    if (!ok) {
      view.focusNote(target);
      return;
    }
    const next = view.neighbour(target);
    sync.queue({ type: 'note.delete', noteId: target });
    if (!(next && view.focusNote(next))) $('canvas-wrap').focus();
  }

  async function renameCluster(id) {
    const c = sync.view().clusters.get(realId(id));
    if (!c || gate.blocked('cluster.rename')) return;
    const label = await promptDialog({
      title: t('cluster.rename.h2'), label: t('cluster.rename.field'), value: c.label,
      max: limits.labelChars, emptyMessage: t('cluster.empty'),
    });
    if (label !== null && label !== c.label) sync.queue({ type: 'cluster.rename', clusterId: realId(c.id), label });
    view.focusCluster(realId(c.id));
  }

  async function deleteCluster(id) {
    const c = sync.view().clusters.get(realId(id));
    if (!c || gate.blocked('cluster.delete')) return;
    const ok = await confirmDialog(t('cluster.delete.confirm', { label: short(c.label, 80) }));
    if (ok) {
      sync.queue({ type: 'cluster.delete', clusterId: realId(c.id) });
      $('cluster-label').focus();
    } else {
      view.focusCluster(realId(c.id), 'cluster__delete');
    }
  }

  // ---- forms ----

  const addCounter = setupCounter($('note-text'), $('note-count'), () => limits.noteChars);
  const editCounter = setupCounter($('edit-text'), $('edit-count'), () => limits.noteChars);
  function renderCounters() {
    addCounter();
    editCounter();
  }

  $('add-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (gate.blocked('note.create')) return;
    const textEl = $('note-text');
    const text = textEl.value;
    if (length(text) > limits.noteChars) {
      $('note-error').textContent = t('err.text_too_long', { max: limits.noteChars });
      textEl.focus();
      return;
    }
    $('note-error').textContent = '';
    const at = view.spawnPoint(sync.view().notes.size);
    const op = { type: 'note.create', text, x: at.x, y: at.y, color: $('note-color').value || 'yellow' };
    const clusterId = $('note-cluster').value;
    if (clusterId) op.clusterId = realId(clusterId);
    sync.queue(op);
    textEl.value = '';
    renderCounters();
    textEl.focus();
  });

  $('cluster-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (gate.blocked('cluster.create')) return;
    const input = $('cluster-label');
    const label = input.value.trim();
    const error = !label ? t('cluster.empty') : (length(label) > limits.labelChars ? t('err.label_too_long') : '');
    $('cluster-error').textContent = error;
    if (error) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    sync.queue({ type: 'cluster.create', label, x: 0, y: sync.view().clusters.size * 10 });
    input.value = '';
  });

  return {
    setup() {
      view.fillColorSelect($('note-color'));
      view.fillColorSelect($('edit-color'));
      renderCounters();
    },
    joined: renderCounters, // the limits of the join reply (J7)
    render,
    langChanged,
    confirmedText: (op) => (CONFIRMED[op.type] ? t(CONFIRMED[op.type]) : facilitation.confirmedText(op)),
    idLearned: (temp, real) => {
      view.rekey(temp, real);
      if (editing === temp) editing = real;
    },
    ephemeral: (ev) => {
      polls.onEvent(ev);
      cursors.onEvent(ev);
    },
    blocked: (type) => gate.blocked(type),
  };
}
