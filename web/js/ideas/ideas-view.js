// Renders the idea board into the DOM and turns pointer and keyboard input on notes into
// calls on the page's handlers. User text is only ever set with textContent or value.
// Notes sit on a board plane at their board coordinates (left/top = x/y); the camera
// (./camera.js) zooms and pans the plane. A render only touches the elements of notes that
// changed, so a live move from someone else moves one element.

import { t } from '../core/i18n.js';
import { presenceItem } from '../core/presence.js';
import { COLORS, notesIn } from './ideas-state.js';
import { sessionOf } from '../session/session-state.js';
import { ClusterAreas } from './cluster-areas.js';

export const NOTE_W = 180;
export const NOTE_H = 120;
const GAP = 16;
const DRAG_THRESHOLD = 4;
export const STEP = 10;
export const BIG_STEP = 50;

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(className, icon) {
  const b = el('button', `note__btn ${className}`);
  b.type = 'button';
  const i = el('span', 'note__icon', icon);
  i.setAttribute('aria-hidden', 'true');
  const label = el('span', 'visually-hidden');
  b.append(i, label);
  return b;
}

/** Shortens user text for use inside a label. */
export function short(text, max = 60) {
  const s = (text || '').replace(/\s+/g, ' ').trim();
  if (!s) return t('note.empty');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function colorName(color) {
  return t(`color.${color}`);
}

/** The height a note takes on the board (its element, else the default). */
function heightOf(e) {
  return e ? Math.max(NOTE_H, e.offsetHeight) : NOTE_H;
}

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
    for (const n of v.notes.values()) {
      let e = this.noteEls.get(n.id);
      if (!e) {
        e = this.createNote(n.id);
        this.noteEls.set(n.id, e);
        this.notesLayer.append(e);
      }
      this.updateNote(e, n, v, voting);
    }
    this.empty.hidden = v.notes.size > 0 || !!this.draft;
  }

  createNote(id) {
    const e = el('div', 'note');
    e.dataset.id = id;
    e.tabIndex = 0;
    e.setAttribute('role', 'group');
    const cue = el('span', 'note__cue');
    cue.setAttribute('aria-hidden', 'true');
    const text = el('p', 'note__text');
    const meta = el('p', 'note__meta');
    const pending = el('span', 'note__pending');
    meta.append(pending);
    const menu = el('div', 'note__menu');
    menu.append(
      button('note__edit', '✎'),
      button('note__colour', '◐'),
      button('note__group', '▦'),
      button('note__vote', '+1'),
      button('note__delete', '×'),
    );
    e.append(cue, text, meta, menu);
    return e;
  }

  updateNote(e, n, v, voting) {
    const cl = n.clusterId ? v.clusters.get(n.clusterId) : null;
    const dragging = this.drag && this.drag.moved && this.drag.items.some((i) => i.id === n.id);
    const selected = this.selected.has(n.id);
    const editing = this.editor && this.editor.id === n.id;
    e.className = `note note--${n.color}${n.pending ? ' note--pending' : ''}${cl ? ' note--clustered' : ''}`
      + (dragging ? ' note--dragging' : '') + (selected ? ' note--selected' : '') + (editing ? ' note--editing' : '');
    e.setAttribute('aria-roledescription', t('note.role'));
    const label = t('note.label', {
      text: short(n.text, 200),
      color: colorName(n.color),
      cluster: cl ? t('note.label.cluster', { label: cl.label }) : '',
      author: '',
    }) + (selected ? t('note.label.selected') : '') + (n.pending ? t('note.label.pending') : '');
    if (e.getAttribute('aria-label') !== label) e.setAttribute('aria-label', label);
    e.dataset.x = String(n.x);
    e.dataset.y = String(n.y);
    e.dataset.color = n.color;
    e.dataset.clusterId = n.clusterId || '';
    if (!dragging) this.place(e, n.x, n.y);
    const text = e.querySelector('.note__text');
    setText(text, n.text || t('note.empty'));
    text.classList.toggle('note__text--empty', !n.text);
    const pending = e.querySelector('.note__pending');
    setText(pending, n.pending ? t('note.pending') : '');
    pending.hidden = !n.pending;
    const name = short(n.text, 40);
    labelButton(e.querySelector('.note__edit'), t('note.edit'), t('note.edit.label', { text: name }));
    labelButton(e.querySelector('.note__colour'), t('note.colour'), t('note.colour.label', { text: name, color: colorName(n.color) }));
    // The cluster button names the note's cluster (shown with the menu); else it just says "Cluster".
    const group = e.querySelector('.note__group');
    labelButton(group, cl ? short(cl.label, 22) : t('note.group'), t('note.group.label', { text: name }));
    group.lastChild.className = cl ? 'note__btn-text' : 'visually-hidden';
    const vote = e.querySelector('.note__vote');
    labelButton(vote, t('note.vote'), t('note.vote.label', { text: name }));
    vote.hidden = !voting;
    labelButton(e.querySelector('.note__delete'), t('note.delete'), t('note.delete.label', { text: name }));
  }

  place(e, x, y) {
    e.style.left = `${Math.round(x)}px`;
    e.style.top = `${Math.round(y)}px`;
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

  /** The box around every note (board coordinates), or null on an empty board. */
  bounds() {
    if (!this.last || !this.last.notes.size) return null;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const n of this.last.notes.values()) {
      minX = Math.min(minX, n.x);
      minY = Math.min(minY, n.y);
      maxX = Math.max(maxX, n.x + NOTE_W);
      maxY = Math.max(maxY, n.y + heightOf(this.noteEls.get(n.id)));
    }
    return { x: minX - 24, y: minY - 60, w: maxX - minX + 48, h: maxY - minY + 84 };
  }

  /**
   * The free spot nearest to (x, y) (board coordinates, the top left corner of a new note)
   * where a note does not overlap any other, nor any spot taken already in `taken`.
   */
  freeSpot(x, y, taken = []) {
    const boxes = [...taken];
    if (this.last) {
      for (const n of this.last.notes.values()) boxes.push({ x: n.x, y: n.y, w: NOTE_W, h: heightOf(this.noteEls.get(n.id)) });
    }
    if (this.draft) boxes.push({ x: this.draft.x, y: this.draft.y, w: NOTE_W, h: NOTE_H });
    const free = (px, py) => px >= 0 && py >= 0 && !boxes.some((b) => px < b.x + b.w + GAP && px + NOTE_W + GAP > b.x
      && py < b.y + b.h + GAP && py + NOTE_H + GAP > b.y);
    const sx = Math.max(0, Math.round(x));
    const sy = Math.max(0, Math.round(y));
    if (free(sx, sy)) return { x: sx, y: sy };
    // Rings of candidate spots around the wanted one, nearest first.
    const dx = NOTE_W + GAP;
    const dy = NOTE_H + GAP;
    for (let r = 1; r < 60; r++) {
      let best = null;
      for (let i = -r; i <= r; i++) {
        for (let j = -r; j <= r; j++) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
          const px = sx + i * dx;
          const py = sy + j * dy;
          if (!free(px, py)) continue;
          const d = Math.hypot(i * dx, j * dy);
          if (!best || d < best.d) best = { x: px, y: py, d };
        }
      }
      if (best) return { x: best.x, y: best.y };
    }
    return { x: sx, y: sy };
  }

  /** A spot for a new note near the centre of the window. */
  spawnPoint() {
    const c = this.camera ? this.camera.center() : { x: 0, y: 0 };
    return this.freeSpot(c.x - NOTE_W / 2, c.y - NOTE_H / 2);
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

  // ---- dragging (pointer events: mouse, pen and touch) ----

  onPointerDown(e) {
    if (e.button !== 0 || e.target.closest('button, textarea, .note--draft')) return;
    if (this.camera && this.camera.busy()) return;
    const note = e.target.closest('.note');
    if (!note || !note.dataset.id) return;
    const n = this.last && this.last.notes.get(note.dataset.id);
    if (!n) return;
    e.stopPropagation(); // not a pan of the board
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      this.toggle(n.id);
      return;
    }
    if (!this.selected.has(n.id)) this.select([n.id]);
    this.startDrag(this.targets(n.id), note, e);
  }

  /** A press on a cluster's label: its notes move together. */
  grabCluster(clusterId, e) {
    if (!this.last || (this.camera && this.camera.busy())) return;
    const ids = notesIn(this.last, clusterId).map((n) => n.id);
    if (!ids.length) return;
    this.select(ids);
    this.startDrag(ids, e.target, e);
  }

  startDrag(ids, captureEl, e) {
    const items = ids.map((id) => {
      const m = this.last.notes.get(id);
      return m && this.noteEls.get(id) ? { id, el: this.noteEls.get(id), x: m.x, y: m.y, nx: m.x, ny: m.y } : null;
    }).filter(Boolean);
    if (!items.length) return;
    this.drag = { items, pointerId: e.pointerId, sx: e.clientX, sy: e.clientY, moved: false };
    try { captureEl.setPointerCapture(e.pointerId); } catch { /* synthetic pointer */ }
    const move = (ev) => this.onPointerMove(ev);
    const up = (ev) => {
      captureEl.removeEventListener('pointermove', move);
      captureEl.removeEventListener('pointerup', up);
      captureEl.removeEventListener('pointercancel', up);
      this.onPointerUp(ev);
    };
    captureEl.addEventListener('pointermove', move);
    captureEl.addEventListener('pointerup', up);
    captureEl.addEventListener('pointercancel', up);
  }

  cancelDrag() {
    const d = this.drag;
    if (!d) return;
    this.drag = null;
    for (const i of d.items) {
      i.el.classList.remove('note--dragging');
      this.place(i.el, i.x, i.y);
    }
  }

  onPointerMove(e) {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    const z = this.camera ? this.camera.z : 1;
    const dx = (e.clientX - d.sx) / z;
    const dy = (e.clientY - d.sy) / z;
    if (!d.moved && Math.hypot(e.clientX - d.sx, e.clientY - d.sy) < DRAG_THRESHOLD) return;
    if (!d.moved && this.h.blocked && this.h.blocked('note.move')) {
      this.drag = null; // the session gate refuses moves now (F2, F3); the page said why
      return;
    }
    d.moved = true;
    for (const i of d.items) {
      i.el.classList.add('note--dragging');
      i.nx = Math.max(Math.min(0, i.x), Math.round(i.x + dx));
      i.ny = Math.max(Math.min(0, i.y), Math.round(i.y + dy));
      this.place(i.el, i.nx, i.ny);
    }
  }

  onPointerUp(e) {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = null;
    for (const i of d.items) i.el.classList.remove('note--dragging');
    if (!d.moved) return;
    if (e.type === 'pointercancel') {
      for (const i of d.items) this.place(i.el, i.x, i.y);
      return;
    }
    const moving = new Set(d.items.map((i) => i.id));
    const joins = [];
    for (const i of d.items) {
      const n = this.last.notes.get(i.id);
      const h = heightOf(i.el);
      const target = this.areas.dropTarget(i.nx + NOTE_W / 2, i.ny + h / 2, moving, n ? n.clusterId : null);
      if (n && target !== undefined && target !== (n.clusterId || null)) joins.push({ id: i.id, clusterId: target });
    }
    this.h.moveMany(d.items.map((i) => ({ id: i.id, x: i.nx, y: i.ny })), 'pointer');
    if (joins.length) this.h.joinMany(joins);
  }

  // ---- writing in place ----

  /** Opens the in-place editor on a note; save(text) / cancel() are called once. */
  startEdit(id, { readOnly = false, save, cancel }) {
    this.stopEdit();
    const e = this.noteEls.get(id);
    const n = this.last && this.last.notes.get(id);
    if (!e || !n) return false;
    const box = this.editorBox('note-editor', n.text, readOnly, (text) => { this.stopEdit(); save(text); }, () => { this.stopEdit(); cancel(); });
    this.editor = { id, el: box.el, textarea: box.textarea };
    e.classList.add('note--editing');
    e.append(box.el);
    box.textarea.focus();
    box.textarea.select();
    return true;
  }

  stopEdit() {
    const ed = this.editor;
    if (!ed) return;
    this.editor = null;
    const e = ed.el.closest('.note');
    ed.el.remove();
    if (e) e.classList.remove('note--editing');
  }

  /** A new, unsaved note at (x, y) with the cursor in it. */
  startDraft(x, y, { clusterId = null, color = 'yellow', save, cancel, paste }) {
    this.stopDraft();
    const e = el('div', `note note--draft note--${color}`);
    e.setAttribute('role', 'group');
    e.setAttribute('aria-label', t('draft.label'));
    this.place(e, x, y);
    const box = this.editorBox('note-draft', '', false, (text) => { this.stopDraft(); save(text); }, () => { this.stopDraft(); cancel(); });
    box.textarea.addEventListener('paste', (ev) => {
      const text = ev.clipboardData ? ev.clipboardData.getData('text') : '';
      if (paste && text.split(/\r?\n/).filter((l) => l.trim()).length > 1) {
        ev.preventDefault();
        const at = { x: this.draft.x, y: this.draft.y };
        this.stopDraft();
        paste(text, at);
      }
    });
    e.append(box.el);
    this.notesLayer.append(e);
    this.draft = { el: e, textarea: box.textarea, x, y, clusterId };
    this.empty.hidden = true;
    if (this.camera) this.camera.reveal({ x, y, w: NOTE_W, h: NOTE_H });
    box.textarea.focus({ preventScroll: true });
    return this.draft;
  }

  stopDraft() {
    const d = this.draft;
    if (!d) return;
    this.draft = null;
    d.el.remove();
    if (this.last) this.empty.hidden = this.last.notes.size > 0;
  }

  editorBox(id, value, readOnly, save, cancel) {
    const box = el('div', 'note__editor');
    const label = el('label', 'visually-hidden', t('editor.label'));
    const textarea = el('textarea', 'note__input');
    textarea.value = value;
    textarea.rows = 4;
    textarea.readOnly = readOnly;
    textarea.setAttribute('aria-describedby', 'editor-hint');
    label.htmlFor = id;
    textarea.id = id;
    const hint = el('p', 'note__hint', t('editor.hint'));
    hint.id = 'editor-hint';
    const buttons = el('div', 'note__editor-buttons');
    const ok = el('button', 'btn btn--small btn--primary note__save', t('save'));
    ok.type = 'button';
    const no = el('button', 'btn btn--small note__cancel', t('cancel'));
    no.type = 'button';
    buttons.append(ok, no);
    box.append(label, textarea, hint, buttons);
    let done = false;
    const finish = (fn, arg) => {
      if (done) return;
      done = true;
      fn(arg);
    };
    textarea.addEventListener('keydown', (ev) => {
      ev.stopPropagation();
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        finish(save, textarea.value);
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        finish(cancel);
      }
    });
    ok.addEventListener('click', () => finish(save, textarea.value));
    no.addEventListener('click', () => finish(cancel));
    box.addEventListener('focusout', (ev) => {
      // Clicking elsewhere keeps what was written (as on a whiteboard); an empty note goes away.
      if (ev.relatedTarget && box.contains(ev.relatedTarget)) return;
      setTimeout(() => {
        if (done || box.contains(this.doc.activeElement) || !box.isConnected) return;
        if (this.doc.activeElement && this.doc.activeElement.closest('dialog')) return;
        if (textarea.value.trim() && !readOnly) finish(save, textarea.value);
        else finish(cancel);
      }, 0);
    });
    box.addEventListener('pointerdown', (ev) => ev.stopPropagation());
    box.addEventListener('dblclick', (ev) => ev.stopPropagation());
    return { el: box, textarea };
  }

  // ---- clusters ----

  renderClusters(v, facilitator) {
    const items = [];
    for (const c of v.clusters.values()) {
      const li = el('li', `cluster${c.pending ? ' cluster--pending' : ''}`);
      li.dataset.id = c.id;
      const head = el('div', 'cluster__head');
      const label = el('span', 'cluster__label', c.label);
      const notes = notesIn(v, c.id);
      const count = el('span', 'cluster__count', t('cluster.count', { count: notes.length }));
      head.append(label, count);
      const buttons = el('div', 'cluster__buttons');
      const show = el('button', 'btn btn--small cluster__show', t('cluster.show'));
      show.type = 'button';
      show.setAttribute('aria-label', t('cluster.show.label', { label: short(c.label, 40) }));
      show.disabled = !notes.length;
      const rename = el('button', 'btn btn--small cluster__rename', t('cluster.rename'));
      rename.type = 'button';
      rename.setAttribute('aria-label', t('cluster.rename.label', { label: short(c.label, 40) }));
      buttons.append(show, rename);
      if (facilitator) {
        const del = el('button', 'btn btn--small btn--danger cluster__delete', t('cluster.delete'));
        del.type = 'button';
        del.setAttribute('aria-label', t('cluster.delete.label', { label: short(c.label, 40) }));
        buttons.append(del);
      }
      li.append(head, buttons);
      if (notes.length) {
        const ul = el('ul', 'cluster__notes');
        ul.setAttribute('aria-label', t('cluster.notes', { label: short(c.label, 40) }));
        for (const n of notes) ul.append(el('li', '', short(n.text, 80)));
        li.append(ul);
      }
      items.push(li);
    }
    // Keep focus on a cluster button across re-renders.
    const active = this.doc.activeElement;
    const focusKey = active && this.clusterList.contains(active) && active.closest('.cluster')
      ? { id: active.closest('.cluster').dataset.id, cls: [...active.classList].find((c) => c.startsWith('cluster__')) }
      : null;
    this.clusterList.replaceChildren(...items);
    this.clusterNone.hidden = items.length > 0;
    if (focusKey) {
      const li = [...this.clusterList.children].find((x) => x.dataset.id === focusKey.id);
      const b = li && li.querySelector(`.${focusKey.cls}`);
      if (b) b.focus();
    }
  }

  onClusterClick(e) {
    const btn = e.target.closest('button');
    const li = e.target.closest('.cluster');
    if (!btn || !li) return;
    if (btn.classList.contains('cluster__rename')) this.h.renameCluster(li.dataset.id);
    else if (btn.classList.contains('cluster__delete')) this.h.deleteCluster(li.dataset.id);
    else if (btn.classList.contains('cluster__show')) this.h.showCluster(li.dataset.id);
  }

  focusCluster(id, cls = 'cluster__rename') {
    const li = [...this.clusterList.children].find((x) => x.dataset.id === id);
    const b = li && li.querySelector(`.${cls}`);
    if (b) b.focus();
    return !!b;
  }

  // ---- presence ----

  renderPresence(v, ctx) {
    const members = Array.isArray(v.presence) ? v.presence : [];
    this.presenceH2.textContent = t('presence.h2', { count: members.length });
    this.presenceList.replaceChildren(...members.map((m) => presenceItem(this.presenceList.ownerDocument, m, ctx)));
  }
}

function setText(node, s) {
  if (node.textContent !== s) node.textContent = s;
}

function labelButton(b, text, aria) {
  setText(b.lastChild, text);
  if (b.getAttribute('aria-label') !== aria) b.setAttribute('aria-label', aria);
  if (b.title !== text) b.title = text;
}
