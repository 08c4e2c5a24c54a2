// The live idea board page: the page shell (../core/page.js) with the idea board's model, and
// the view, forms and dialogs of notes and clusters, facilitation, dot voting, link polls and
// other people's pointers.

import './strings.js';
import { startBoardPage } from '../core/page.js';
import { t } from '../core/i18n.js';
import { limits } from '../core/limits.js';
import * as model from './ideas-state.js';
import { length } from './ideas-state.js';
import { COLORS, notesIn } from './ideas-state.js';
import { BoardView, short, colorName } from './ideas-view.js';
import { Camera, KEY_PAN, typing } from './camera.js';
import { Picker } from './picker.js';
import { Lasso } from './lasso.js';
import { setupDrawer } from './drawer.js';
import { tempId } from '../core/outbox.js';
import { openDialog, confirmDialog, promptDialog } from '../core/dialogs.js';
import { setupCounter } from '../core/counter.js';
import { SessionPanel } from '../session/session-panel.js';
import { FacilitatorPanel } from '../session/facilitator-panel.js';
import { PollPanel } from '../vote/poll-panel.js';
import { BoardGate, EDIT_TYPES } from './ideas-gate.js';
import { CursorLayer } from './cursors.js';
import { Minimap } from './minimap.js';
import { clusterActions, commonCluster } from './cluster-actions.js';

const $ = (id) => document.getElementById(id);
const PASTE_ASK = 20; // more pasted lines than this: ask first

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
    'cluster.merge': 'cluster.merged',
    'cluster.split': 'cluster.split.done',
  };

  // What a participant may do now (docs/PROTOCOL.md F2, F3): greyed-out controls and a notice.
  const gate = new BoardGate(document, (m) => announce(m));
  const picker = new Picker(document);

  const view = new BoardView(document, {
    blocked: (type) => gate.blocked(type),
    moveMany: (moves, how) => moveNotes(moves, how),
    joinMany: (joins) => joinClusters(joins),
    edit: (id) => editNote(id),
    remove: (id) => deleteNotes(id),
    pickColour: (id, anchor) => pickColour(id, anchor),
    pickCluster: (id, anchor) => pickCluster(id, anchor),
    vote: (id) => vote(id),
    createAt: (x, y) => createAt(x, y),
    renameCluster: (id) => renameCluster(id),
    deleteCluster: (id) => deleteCluster(id),
    showCluster: (id) => showCluster(id),
    mergeCluster: (id, anchor) => actions.merge(id, anchor),
    selectionChanged: (ids) => {
      $('selection-count').textContent = ids.length > 1 ? t('select.count', { n: ids.length }) : '';
      $('split-selection').hidden = !commonCluster(sync.view(), ids);
    },
  });

  // The camera: zoom and pan; notes keep their board coordinates (docs/ARCHITECTURE.md, web client).
  const canvasWrap = $('canvas-wrap');
  const moved = [];
  const camera = new Camera(canvasWrap, $('canvas'), {
    isBackground: (target) => !target.closest('.note, .cluster-area__label, button, textarea'),
    cancelDrag: () => view.cancelDrag(),
    changed: () => {
      $('zoom-level').textContent = `${Math.round(camera.z * 100)} %`;
      for (const fn of moved) fn();
      minimap.moved();
    },
  });
  view.camera = camera;
  const minimap = new Minimap(document, camera, () => view.areas.boxes());
  const actions = clusterActions({ sync, view, gate, picker, realId, announce, alert: alertError });
  $('split-selection').addEventListener('click', () => actions.split());
  $('names-toggle').addEventListener('click', () => actions.toggleNames());
  new Lasso(canvasWrap, {
    isBackground: (target) => !target.closest('.note, .cluster-area__label, button, textarea'),
    select: (els) => {
      view.select(els.map((e) => e.dataset.id), true);
      if (els.length) announce(t('select.count', { n: view.selected.size }));
    },
  });

  // Facilitation, dot voting and polls (docs/PROTOCOL.md F1-F9, V1-V7, P1-P8).
  const session = new SessionPanel({
    queue: (op) => sync.queue(op),
    announce: (m) => announce(m),
    follow: (at) => camera.centerOn(at.x, at.y),
  });
  const facilitation = new FacilitatorPanel({
    queue: (op) => sync.queue(op),
    announce: (m) => announce(m),
    alert: (m) => alertError(m),
    confirm: confirmDialog,
    request: (body) => sync.request(body), // D8a: erasing a participant
    viewCenter: () => camera.center(),
    onScroll: (fn) => moved.push(fn),
    token,
    boardId,
  });
  // Other people's pointers (E3, F7): decoration over the canvas, sent at most ten times a second.
  const cursors = new CursorLayer(canvasWrap, $('canvas'), {
    send: (x, y) => sync.sendEphemeral({ type: 'cursor.move', x, y }),
    origin: () => ({ x: 0, y: 0 }),
    toBoard: (cx, cy) => camera.toBoard(cx, cy),
    anonymous: () => t('presence.anon'),
  });
  const polls = new PollPanel({ token, boardId, announce: (m) => announce(m), alert: (m) => alertError(m) });
  let fitted = false;

  function render(v) {
    const namesWere = view.last ? view.last.namesShown : null;
    view.render(v, { role: sync.role, sessionId: sync.sessionId });
    minimap.render(v);
    $('minimap').hidden = v.notes.size === 0;
    $('names-toggle').setAttribute('aria-pressed', String(v.namesShown === true));
    $('split-selection').hidden = !commonCluster(v, [...view.selected]);
    if (namesWere !== null && namesWere !== v.namesShown) announce(t(v.namesShown ? 'names.on' : 'names.off'));
    gate.update(v, sync.gateRole);
    const ctx = { role: sync.role, sessionId: sync.sessionId };
    session.render(v, ctx);
    facilitation.render(v, ctx);
    polls.render(v, ctx);
    cursors.render(v, ctx);
    view.fillClusterSelect($('note-cluster'), v, realId($('note-cluster').value));
    if (!fitted && !$('board').hidden) {
      // The first view shows every note (at most 100 %).
      fitted = true;
      requestAnimationFrame(() => camera.start(view.bounds()));
    }
  }

  function langChanged() {
    view.fillColorSelect($('note-color'));
    minimap.langChanged();
    $('present-toggle').textContent = document.body.classList.contains('presenting') ? t('tool.present.stop') : t('tool.present');
    renderCounters();
  }

  // ---- actions ----

  function noteOf(id) {
    return sync.view().notes.get(realId(id)) || null;
  }

  function moveNotes(moves, how) {
    if (gate.blocked('note.move')) {
      scheduleRender(); // puts a dragged note back where it was
      return;
    }
    let last = null;
    for (const m of moves) {
      const n = noteOf(m.id);
      if (!n) continue;
      sync.queue({ type: 'note.move', noteId: n.id, x: m.x, y: m.y });
      last = m;
    }
    if (how === 'keyboard' && last) {
      announce(moves.length > 1 ? t('notes.moved', { n: moves.length }) : t('note.moved', { x: Math.round(last.x), y: Math.round(last.y) }));
    }
  }

  function joinClusters(joins) {
    if (gate.blocked('note.cluster')) return;
    for (const j of joins) {
      const n = noteOf(j.id);
      if (n) sync.queue({ type: 'note.cluster', noteId: n.id, clusterId: j.clusterId ? realId(j.clusterId) : null });
    }
    const c = joins[0].clusterId && sync.view().clusters.get(realId(joins[0].clusterId));
    announce(c ? t('note.joined', { label: c.label }) : t('note.left'));
  }

  function editNote(id) {
    const n = noteOf(id);
    if (!n || gate.blocked(...EDIT_TYPES)) return;
    const target = n.id;
    view.startEdit(target, {
      readOnly: !gate.allows('note.edit'),
      save: (text) => {
        const now = noteOf(target);
        if (!now) {
          alertError(t('err.prefix', { message: t('err.not_found') }));
          return;
        }
        if (length(text) > limits.noteChars) {
          alertError(t('err.text_too_long', { max: limits.noteChars }));
        } else if (text !== now.text && !gate.blocked('note.edit')) {
          sync.queue({ type: 'note.edit', noteId: now.id, text });
        }
        view.focusNote(realId(target));
      },
      cancel: () => view.focusNote(realId(target)),
    });
  }

  async function deleteNotes(id) {
    const n = noteOf(id);
    if (!n || gate.blocked('note.delete')) return;
    const ids = view.targets(n.id).map((x) => noteOf(x)).filter(Boolean).map((x) => x.id);
    const ok = await confirmDialog(ids.length > 1 ? t('notes.delete.confirm', { n: ids.length })
      : t('note.delete.confirm', { text: short(n.text, 80) }));
    const target = realId(n.id);
    if (!ok) {
      view.focusNote(target);
      return;
    }
    const gone = new Set(ids.map((x) => realId(x)));
    let next = view.neighbour(target);
    while (next && gone.has(next)) {
      const after = view.neighbour(next);
      if (after === next) break;
      next = gone.has(after) ? null : after;
    }
    for (const x of gone) sync.queue({ type: 'note.delete', noteId: x });
    view.clearSelection();
    if (!(next && view.focusNote(next))) canvasWrap.focus();
  }

  function pickColour(id, anchor) {
    const n = noteOf(id);
    if (!n || gate.blocked('note.color')) return;
    const ids = view.targets(n.id);
    picker.open(anchor || view.noteEl(n.id), t('pick.colour', { n: ids.length }),
      COLORS.map((c) => ({ value: c, label: colorName(c), swatch: c, current: c === n.color })), (color) => {
        for (const x of ids) {
          const m = noteOf(x);
          if (m && m.color !== color) sync.queue({ type: 'note.color', noteId: m.id, color });
        }
        view.focusNote(realId(n.id));
      });
  }

  function pickCluster(id, anchor) {
    const n = noteOf(id);
    if (!n || gate.blocked('note.cluster')) return;
    const ids = view.targets(n.id);
    const items = [{ value: '', label: t('edit.cluster.none'), current: !n.clusterId }];
    for (const c of sync.view().clusters.values()) items.push({ value: c.id, label: short(c.label, 40), current: c.id === n.clusterId });
    picker.open(anchor || view.noteEl(n.id), t('pick.cluster', { n: ids.length }), items, (value) => {
      const clusterId = value ? realId(value) : null;
      for (const x of ids) {
        const m = noteOf(x);
        if (m && (m.clusterId || null) !== clusterId) sync.queue({ type: 'note.cluster', noteId: m.id, clusterId });
      }
      view.focusNote(realId(n.id));
    });
  }

  function vote(id) {
    const n = noteOf(id);
    if (!n || gate.blocked('vote.cast')) return;
    sync.queue({ type: 'vote.cast', targetId: realId(n.id) });
  }

  /** Starts a new note at (x, y) (board coordinates) with the cursor in it. */
  function createAt(x, y) {
    if (gate.blocked('note.create')) return;
    const at = view.freeSpot(x, y);
    const clusterId = view.areas.at(at.x + 90, at.y + 60);
    view.startDraft(at.x, at.y, {
      clusterId,
      color: $('note-color').value || 'yellow',
      save: (text) => {
        if (!text.trim()) return;
        if (length(text) > limits.noteChars) {
          alertError(t('err.text_too_long', { max: limits.noteChars }));
          return;
        }
        const op = { type: 'note.create', text, x: at.x, y: at.y, color: $('note-color').value || 'yellow' };
        if (clusterId) op.clusterId = realId(clusterId);
        const body = sync.queue(op);
        const temp = body && body.clientOpId ? tempId(body.clientOpId) : null;
        requestAnimationFrame(() => { if (!(temp && view.focusNote(realId(temp)))) canvasWrap.focus(); });
      },
      cancel: () => canvasWrap.focus(),
      paste: (text, spot) => pasteNotes(text, spot),
    });
  }

  /** Several lines pasted: one note a line, asking first above 20, never past the note limit. */
  async function pasteNotes(text, spot = null) {
    if (gate.blocked('note.create')) return;
    let lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) return;
    if (lines.length > PASTE_ASK && !(await confirmDialog(t('paste.confirm', { n: lines.length })))) {
      canvasWrap.focus();
      return;
    }
    const room = Math.max(0, limits.notes - sync.view().notes.size);
    if (lines.length > room) {
      alertError(t('paste.full', { n: room, max: limits.notes }));
      lines = lines.slice(0, room);
    }
    const start = spot || view.spawnPoint();
    const taken = [];
    const color = $('note-color').value || 'yellow';
    lines.forEach((line, i) => {
      const want = { x: start.x + (i % 5) * 196, y: start.y + Math.floor(i / 5) * 136 };
      const at = view.freeSpot(want.x, want.y, taken);
      taken.push({ x: at.x, y: at.y, w: 180, h: 120 });
      sync.queue({ type: 'note.create', text: line.slice(0, limits.noteChars), x: at.x, y: at.y, color });
    });
    if (lines.length) announce(t('paste.made', { n: lines.length }));
    canvasWrap.focus();
  }

  function showCluster(id) {
    const notes = notesIn(sync.view(), realId(id));
    if (!notes.length) return;
    const b = view.areas.boxes().get(realId(id));
    if (b) camera.fit(b);
    view.select(notes.map((n) => n.id));
    view.focusNote(notes[0].id);
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

  // ---- the board's keys, zoom buttons, drawer and help ----

  let pointer = null; // the last pointer position over the board, for N
  canvasWrap.addEventListener('pointermove', (e) => { pointer = { x: e.clientX, y: e.clientY }; }, { passive: true });
  canvasWrap.addEventListener('pointerleave', () => { pointer = null; });

  function newNoteHere() {
    if (pointer) {
      const p = camera.toBoard(pointer.x, pointer.y);
      createAt(p.x - 90, p.y - 20);
    } else {
      const c = camera.center();
      createAt(c.x - 90, c.y - 60);
    }
  }

  $('new-note').addEventListener('click', () => {
    const c = camera.center();
    createAt(c.x - 90, c.y - 60);
  });
  $('zoom-in').addEventListener('click', () => camera.zoomIn());
  $('zoom-out').addEventListener('click', () => camera.zoomOut());
  $('zoom-level').addEventListener('click', () => camera.zoomTo(1));
  $('zoom-fit').addEventListener('click', () => camera.fit(view.bounds()));
  setupDrawer();
  // The export and history panel (../exports/export-panel.js) mounts itself at the end of the
  // page once the role is known; on the idea board it belongs in the drawer.
  const intoDrawer = () => {
    const card = $('export-card');
    if (card && card.parentElement !== $('drawer-exports')) $('drawer-exports').append(card);
  };
  new MutationObserver(intoDrawer).observe($('main'), { childList: true });
  intoDrawer();
  // Presenter mode for a wall screen: large text, no controls, and the view follows the
  // facilitator (F6) while the facilitator shares their view.
  function present(on) {
    document.body.classList.toggle('presenting', on);
    const b = $('present-toggle');
    b.setAttribute('aria-pressed', String(on));
    b.textContent = on ? t('tool.present.stop') : t('tool.present');
    const follow = document.getElementById('session-follow');
    if (on && follow && !follow.checked) follow.click();
    requestAnimationFrame(() => camera.fit(view.bounds()));
    if (on) {
      b.focus();
      announce(t('present.on'));
    }
  }
  $('present-toggle').addEventListener('click', () => present(!document.body.classList.contains('presenting')));
  $('help-open').addEventListener('click', () => openHelp());
  $('help-more').addEventListener('click', () => openHelp());

  async function openHelp() {
    const back = document.activeElement;
    await openDialog($('help-dialog'), $('help-close'));
    if (back && back.isConnected && back !== document.body) back.focus();
    else canvasWrap.focus();
  }

  document.addEventListener('keydown', (e) => {
    if ($('board').hidden || e.defaultPrevented || typing(e.target) || document.querySelector('dialog[open]')) return;
    const mod = e.ctrlKey || e.metaKey;
    const onBoard = canvasWrap.contains(e.target) || e.target === document.body || e.target === $('main');
    if (e.key === '?') {
      e.preventDefault();
      openHelp();
      return;
    }
    if (mod && (e.key === 'a' || e.key === 'A') && onBoard) {
      e.preventDefault();
      view.select([...sync.view().notes.keys()]);
      announce(t('select.all', { n: sync.view().notes.size }));
      return;
    }
    if (mod || e.altKey) {
      const pan = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
      if (pan && onBoard) {
        e.preventDefault();
        camera.panBy(pan[0] * KEY_PAN, pan[1] * KEY_PAN);
      }
      return;
    }
    if (e.target === canvasWrap) {
      const pan = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
      if (pan) {
        e.preventDefault();
        const k = e.shiftKey ? 4 : 1;
        camera.panBy(pan[0] * KEY_PAN * k, pan[1] * KEY_PAN * k);
        return;
      }
    }
    if (!onBoard && !(e.target.closest && e.target.closest('.board-toolbar, .zoom-controls'))) return;
    if (document.body.classList.contains('presenting') && !['Escape', 'p', 'P', '+', '=', '-', '0', '1'].includes(e.key)) return;
    switch (e.key) {
      case 'n':
      case 'N':
        e.preventDefault();
        newNoteHere();
        break;
      case '+':
      case '=':
        e.preventDefault();
        camera.zoomIn();
        break;
      case '-':
        e.preventDefault();
        camera.zoomOut();
        break;
      case '0':
        e.preventDefault();
        camera.zoomTo(1);
        break;
      case '1':
        e.preventDefault();
        camera.fit(view.bounds());
        break;
      case 'p':
      case 'P':
        e.preventDefault();
        present(!document.body.classList.contains('presenting'));
        break;
      case 's':
      case 'S':
        if (!view.selected.size) break;
        e.preventDefault();
        actions.split();
        break;
      case 'Escape':
        if (document.body.classList.contains('presenting')) present(false);
        else view.clearSelection();
        break;
      default:
    }
  });

  document.addEventListener('paste', (e) => {
    if ($('board').hidden || typing(e.target) || document.querySelector('dialog[open]')) return;
    if (!(canvasWrap.contains(e.target) || e.target === document.body)) return;
    const text = e.clipboardData ? e.clipboardData.getData('text') : '';
    if (!text.trim()) return;
    e.preventDefault();
    if (text.split(/\r?\n/).filter((l) => l.trim()).length > 1) pasteNotes(text, pointer ? camera.toBoard(pointer.x, pointer.y) : null);
    else {
      const c = pointer ? camera.toBoard(pointer.x, pointer.y) : camera.center();
      pasteNotes(text, view.freeSpot(c.x - 90, c.y - 60));
    }
  });

  // ---- forms ----

  const addCounter = setupCounter($('note-text'), $('note-count'), () => limits.noteChars);
  function renderCounters() {
    addCounter();
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
    const at = view.spawnPoint();
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
      renderCounters();
    },
    joined: renderCounters, // the limits of the join reply (J7)
    render,
    langChanged,
    confirmedText: (op) => (CONFIRMED[op.type] ? t(CONFIRMED[op.type]) : facilitation.confirmedText(op)),
    idLearned: (temp, real) => view.rekey(temp, real),
    ephemeral: (ev) => {
      polls.onEvent(ev);
      cursors.onEvent(ev);
    },
    blocked: (type) => gate.blocked(type),
  };
}
