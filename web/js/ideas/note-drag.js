// Dragging notes with pointer events (mouse, pen and touch): one note, the selection, or a
// cluster's notes by its label; dropping a note in a cluster's area joins it (mixed into the BoardView).

import { notesIn } from './ideas-state.js';
import { NOTE_W, heightOf } from './note-element.js';

const DRAG_THRESHOLD = 4;

export class NoteDrag {
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

}
