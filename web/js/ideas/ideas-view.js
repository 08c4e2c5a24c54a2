// Renders the idea board into the DOM and turns pointer and keyboard input on notes into
// calls on the page's handlers. User text is only ever set with textContent or value.
// Notes sit on a board plane at their board coordinates (left/top = x/y); the camera
// (./camera.js) zooms and pans the plane. A render only touches the elements of notes that
// changed, so a live move from someone else moves one element.

import { t } from '../core/i18n.js';
import { presenceItem } from '../core/presence.js';
import { COLORS } from './ideas-state.js';
import { sessionOf } from '../session/session-state.js';
import { ClusterAreas } from './cluster-areas.js';
import { mixin } from './mixin.js';
import { NOTE_W, el, short, colorName, heightOf, NoteElements } from './note-element.js';
import { NoteDrag } from './note-drag.js';
import { NoteEditor } from './note-editor.js';
import { ClusterList } from './cluster-list.js';
import { FreeSpots } from './free-spot.js';

export { NOTE_W, NOTE_H, short, colorName } from './note-element.js';
export const STEP = 10;
export const BIG_STEP = 50;

export class BoardView {
  constructor(doc, handlers) {
    this.doc = doc;
    this.h = handlers;
    this.canvas = doc.getElementById('canvas');
    this.wrap = doc.getElementById('canvas-wrap');
    this.empty = doc.getElementById('canvas-empty');
    this.title = doc.getElementById('board-title');
    this.clusterList = doc.getElementById('cluster-list');
    this.clusterNone = doc.getElementById('cluster-none');
    this.presenceList = doc.getElementById('presence-list');
    this.presenceH2 = doc.getElementById('presence-h2');
    this.noteEls = new Map();
    this.selected = new Set();
    this.origin = { x: 0, y: 0 }; // notes are placed at their board coordinates
    this.drag = null;
    this.editor = null; // {id, el, textarea} while a note's text is edited in place
    this.draft = null; // {el, textarea, x, y, clusterId} while a new note is written
    this.last = null;
    this.camera = null;
    this.ctx = { role: 'participant', sessionId: null };
    this.areas = new ClusterAreas(doc, this.canvas, {
      grab: (clusterId, e) => this.grabCluster(clusterId, e),
    });
    this.notesLayer = el('div', 'notes-layer');
    this.canvas.append(this.notesLayer);
    this.canvas.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.canvas.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.canvas.addEventListener('click', (e) => this.onClick(e));
    // On the window, not the plane: a press on the background is captured by the camera's pan.
    this.wrap.addEventListener('dblclick', (e) => this.onDoubleClick(e));
    this.clusterList.addEventListener('click', (e) => this.onClusterClick(e));
  }

  /** Fills the colour selects (and keeps their value). */
  fillColorSelect(select) {
    const value = select.value || 'yellow';
    select.replaceChildren(...COLORS.map((c) => {
      const o = el('option', '', colorName(c));
      o.value = c;
      return o;
    }));
    select.value = value;
  }

  /** Fills a cluster select with "no cluster" and the clusters of the view. */
  fillClusterSelect(select, v, value = select.value) {
    const none = el('option', '', t('edit.cluster.none'));
    none.value = '';
    const opts = [none];
    for (const c of v.clusters.values()) {
      const o = el('option', '', short(c.label, 40));
      o.value = c.id;
      opts.push(o);
    }
    select.replaceChildren(...opts);
    select.value = value && v.clusters.has(value) ? value : '';
  }

  render(v, ctx) {
    this.last = v;
    this.ctx = ctx;
    const facilitator = ctx.role === 'facilitator';
    this.title.textContent = v.board.title || t('app.name');
    this.doc.title = `${v.board.title || ''} – ${t('board.title.suffix')}`;
    this.doc.querySelectorAll('.facilitator-only').forEach((e) => { e.hidden = !facilitator; });
    this.renderNotes(v);
    this.areas.render(v, (id) => this.noteEls.get(id), this.drag ? new Set(this.drag.items.map((i) => i.id)) : null);
    this.renderClusters(v, facilitator);
    this.renderPresence(v, ctx);
  }

  // ---- notes ----

  renderNotes(v) {
    for (const [id, e] of this.noteEls) {
      if (!v.notes.has(id)) {
        if (this.drag && this.drag.items.some((i) => i.id === id)) this.drag = null;
        if (this.editor && this.editor.id === id) this.editor = null;
        this.selected.delete(id);
        e.remove();
        this.noteEls.delete(id);
      }
    }
    const voting = !!sessionOf(v).vote;
    // What a note's look depends on besides the note itself; a note whose object and context
    // are the same as last time is not touched (a live move from someone re-renders one note).
    const context = `${voting}|${!!v.namesShown}|${this.doc.documentElement.lang}|${this.dragKey()}`;
    for (const n of v.notes.values()) {
      let e = this.noteEls.get(n.id);
      if (!e) {
        e = this.createNote(n.id);
        this.noteEls.set(n.id, e);
        this.notesLayer.append(e);
      }
      const cl = n.clusterId ? v.clusters.get(n.clusterId) : null;
      const key = `${context}|${cl ? cl.label : ''}|${this.selected.has(n.id)}|${this.editor && this.editor.id === n.id}`;
      if (e.drawnNote === n && e.drawnKey === key) continue;
      this.updateNote(e, n, v, voting);
      e.drawnNote = n;
      e.drawnKey = key;
    }
    this.empty.hidden = v.notes.size > 0 || !!this.draft;
  }

  /** Changes while notes are being dragged (which are dragging is part of a note's look). */
  dragKey() {
    return this.drag && this.drag.moved ? this.drag.items.map((i) => i.id).join(',') : '';
  }

  noteEl(id) {
    return this.noteEls.get(id) || null;
  }

  /** A create was confirmed: the element of the temporary id now belongs to the real id. */
  rekey(temp, realId) {
    const e = this.noteEls.get(temp);
    if (this.selected.delete(temp)) this.selected.add(realId);
    if (this.editor && this.editor.id === temp) this.editor.id = realId;
    if (!e) return;
    this.noteEls.delete(temp);
    const existing = this.noteEls.get(realId);
    if (existing) {
      // The real note was already drawn; keep focus on it if the temporary one had it.
      if (this.doc.activeElement === e) existing.focus();
      e.remove();
      return;
    }
    e.dataset.id = realId;
    this.noteEls.set(realId, e);
    if (this.drag) for (const i of this.drag.items) if (i.id === temp) i.id = realId;
  }

  focusNote(id) {
    const e = this.noteEls.get(id);
    if (e) {
      e.focus({ preventScroll: true });
      this.revealNote(id);
      return true;
    }
    return false;
  }

  revealNote(id) {
    const e = this.noteEls.get(id);
    const n = this.last && this.last.notes.get(id);
    if (e && n && this.camera) this.camera.reveal({ x: n.x, y: n.y, w: NOTE_W, h: heightOf(e) });
  }

  /** The note after (or else before) id in tab order, for moving focus after a delete. */
  neighbour(id) {
    const ids = [...this.noteEls.keys()];
    const i = ids.indexOf(id);
    if (i < 0) return null;
    return ids[i + 1] || ids[i - 1] || null;
  }

  // ---- selection ----

  select(ids, add = false) {
    if (!add) this.selected.clear();
    for (const id of ids) this.selected.add(id);
    this.paintSelection();
  }

  toggle(id) {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
    this.paintSelection();
  }

  clearSelection() {
    if (!this.selected.size) return;
    this.selected.clear();
    this.paintSelection();
  }

  paintSelection() {
    if (!this.last) return;
    const voting = !!sessionOf(this.last).vote;
    for (const [id, e] of this.noteEls) {
      const n = this.last.notes.get(id);
      if (n && e.classList.contains('note--selected') !== this.selected.has(id)) this.updateNote(e, n, this.last, voting);
    }
    if (this.h.selectionChanged) this.h.selectionChanged([...this.selected]);
  }

  /** The notes an action on `id` applies to: the selection when id is in it, else id alone. */
  targets(id) {
    return this.selected.has(id) && this.selected.size > 1 ? [...this.selected] : [id];
  }

  // ---- clicks and keys ----

  onClick(e) {
    const btn = e.target.closest('button');
    const note = e.target.closest('.note');
    if (!note || !note.dataset.id) return;
    const id = note.dataset.id;
    if (!btn) return;
    if (btn.disabled || btn.getAttribute('aria-disabled') === 'true') return;
    if (btn.classList.contains('note__edit')) this.h.edit(id);
    else if (btn.classList.contains('note__delete')) this.h.remove(id);
    else if (btn.classList.contains('note__colour')) this.h.pickColour(id, btn);
    else if (btn.classList.contains('note__group')) this.h.pickCluster(id, btn);
    else if (btn.classList.contains('note__vote')) this.h.vote(id);
  }

  onDoubleClick(e) {
    if (e.target.closest('.note__editor, .note--draft, button')) return;
    const note = e.target.closest('.note');
    if (note && note.dataset.id) {
      this.h.edit(note.dataset.id);
      return;
    }
    if (!this.camera) return;
    const p = this.camera.toBoard(e.clientX, e.clientY);
    this.h.createAt(p.x - NOTE_W / 2, p.y - 20);
  }

  onKeyDown(e) {
    const note = e.target;
    if (!note.classList || !note.classList.contains('note') || !note.dataset.id) return;
    const id = note.dataset.id;
    const n = this.last && this.last.notes.get(id);
    if (!n) return;
    const step = e.shiftKey ? BIG_STEP : STEP;
    let dx = 0;
    let dy = 0;
    const plain = !(e.altKey || e.ctrlKey || e.metaKey);
    switch (e.key) {
      case 'ArrowLeft': dx = -step; break;
      case 'ArrowRight': dx = step; break;
      case 'ArrowUp': dy = -step; break;
      case 'ArrowDown': dy = step; break;
      case 'Enter':
      case 'F2':
        e.preventDefault();
        this.h.edit(id);
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        this.h.remove(id);
        return;
      case ' ':
        if (!plain) return;
        e.preventDefault();
        this.toggle(id);
        return;
      case 'c':
      case 'C':
        if (!plain) return;
        e.preventDefault();
        this.h.pickColour(id, note.querySelector('.note__colour'));
        return;
      case 'g':
      case 'G':
        if (!plain) return;
        e.preventDefault();
        this.h.pickCluster(id, note.querySelector('.note__group'));
        return;
      case 'v':
      case 'V':
        if (!plain || !sessionOf(this.last).vote) return;
        e.preventDefault();
        this.h.vote(id);
        return;
      case 'Escape':
        if (this.selected.size) {
          e.preventDefault();
          this.clearSelection();
        }
        return;
      default:
        return;
    }
    if (!plain) return; // Ctrl/Alt + arrows pan the board (the page's camera keys)
    e.preventDefault();
    const moves = [];
    for (const tid of this.targets(id)) {
      const m = this.last.notes.get(tid);
      if (!m) continue;
      const x = dx < 0 ? Math.max(Math.min(0, m.x), m.x + dx) : m.x + dx;
      const y = dy < 0 ? Math.max(Math.min(0, m.y), m.y + dy) : m.y + dy;
      if (x !== m.x || y !== m.y) moves.push({ id: tid, x, y });
    }
    if (!moves.length) return;
    this.h.moveMany(moves, 'keyboard');
    this.revealNote(id);
  }

  // ---- presence ----

  renderPresence(v, ctx) {
    const members = Array.isArray(v.presence) ? v.presence : [];
    this.presenceH2.textContent = t('presence.h2', { count: members.length });
    this.presenceList.replaceChildren(...members.map((m) => presenceItem(this.presenceList.ownerDocument, m, ctx)));
  }
}

mixin(BoardView, NoteElements);
mixin(BoardView, FreeSpots);
mixin(BoardView, NoteDrag);
mixin(BoardView, NoteEditor);
mixin(BoardView, ClusterList);
