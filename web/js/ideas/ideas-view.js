// Renders the idea board into the DOM and turns pointer and keyboard input on notes into
// calls on the page's handlers. User text is only ever set with textContent or value.

import { t } from '../core/i18n.js';
import { COLORS, notesIn } from './ideas-state.js';

const NOTE_W = 180;
const NOTE_H = 120;
const MARGIN = 320;
const DRAG_THRESHOLD = 4;
export const STEP = 10;
export const BIG_STEP = 50;

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
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
    this.origin = { x: 0, y: 0 };
    this.drag = null;
    this.last = null;
    this.ctx = { role: 'participant', sessionId: null };
    this.canvas.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    this.canvas.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.canvas.addEventListener('click', (e) => this.onClick(e));
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
    this.renderClusters(v, facilitator);
    this.renderPresence(v, ctx);
  }

  // ---- notes ----

  renderNotes(v) {
    let minX = 0;
    let minY = 0;
    let maxX = 0;
    let maxY = 0;
    for (const n of v.notes.values()) {
      minX = Math.min(minX, n.x);
      minY = Math.min(minY, n.y);
      maxX = Math.max(maxX, n.x);
      maxY = Math.max(maxY, n.y);
    }
    this.origin = { x: minX, y: minY };
    this.canvas.style.width = `${Math.ceil(maxX - minX + NOTE_W + MARGIN)}px`;
    this.canvas.style.height = `${Math.ceil(maxY - minY + NOTE_H + MARGIN)}px`;

    for (const [id, e] of this.noteEls) {
      if (!v.notes.has(id)) {
        if (this.drag && this.drag.id === id) this.drag = null;
        e.remove();
        this.noteEls.delete(id);
      }
    }
    for (const n of v.notes.values()) {
      let e = this.noteEls.get(n.id);
      if (!e) {
        e = this.createNote(n.id);
        this.noteEls.set(n.id, e);
        this.canvas.append(e);
      }
      this.updateNote(e, n, v);
    }
    this.empty.hidden = v.notes.size > 0;
  }

  createNote(id) {
    const e = el('div', 'note');
    e.dataset.id = id;
    e.tabIndex = 0;
    e.setAttribute('role', 'group');
    const text = el('p', 'note__text');
    const meta = el('p', 'note__meta');
    const color = el('span', 'note__color');
    const cluster = el('span', 'note__cluster');
    const author = el('span', 'note__author');
    const pending = el('span', 'note__pending');
    meta.append(color, cluster, author, pending);
    const actions = el('div', 'note__actions');
    const edit = el('button', 'btn btn--small note__edit');
    edit.type = 'button';
    const del = el('button', 'btn btn--small note__delete');
    del.type = 'button';
    actions.append(edit, del);
    e.append(text, meta, actions);
    return e;
  }

  updateNote(e, n, v) {
    const cl = n.clusterId ? v.clusters.get(n.clusterId) : null;
    const dragging = this.drag && this.drag.id === n.id && this.drag.moved;
    e.className = `note note--${n.color}${n.pending ? ' note--pending' : ''}${cl ? ' note--clustered' : ''}`
      + (dragging ? ' note--dragging' : '');
    e.setAttribute('aria-roledescription', t('note.role'));
    const label = t('note.label', {
      text: short(n.text, 200),
      color: colorName(n.color),
      cluster: cl ? t('note.label.cluster', { label: cl.label }) : '',
      author: n.author ? t('note.label.author', { author: n.author }) : '',
    }) + (n.pending ? t('note.label.pending') : '');
    e.setAttribute('aria-label', label);
    e.dataset.x = String(n.x);
    e.dataset.y = String(n.y);
    e.dataset.color = n.color;
    e.dataset.clusterId = n.clusterId || '';
    if (!dragging) this.place(e, n.x, n.y);
    const [text, meta, actions] = e.children;
    setText(text, n.text || t('note.empty'));
    text.classList.toggle('note__text--empty', !n.text);
    const [color, cluster, author, pending] = meta.children;
    setText(color, t('note.color', { color: colorName(n.color) }));
    setText(cluster, cl ? t('note.cluster', { label: cl.label }) : '');
    cluster.hidden = !cl;
    setText(author, n.author ? t('note.author', { author: n.author }) : '');
    author.hidden = !n.author;
    setText(pending, n.pending ? t('note.pending') : '');
    pending.hidden = !n.pending;
    const [edit, del] = actions.children;
    setText(edit, t('note.edit'));
    edit.setAttribute('aria-label', t('note.edit.label', { text: short(n.text, 40) }));
    setText(del, t('note.delete'));
    del.setAttribute('aria-label', t('note.delete.label', { text: short(n.text, 40) }));
  }

  place(e, x, y) {
    e.style.left = `${Math.round(x - this.origin.x)}px`;
    e.style.top = `${Math.round(y - this.origin.y)}px`;
  }

  noteEl(id) {
    return this.noteEls.get(id) || null;
  }

  /** A create was confirmed: the element of the temporary id now belongs to the real id. */
  rekey(temp, realId) {
    const e = this.noteEls.get(temp);
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
    if (this.drag && this.drag.id === temp) this.drag.id = realId;
  }

  focusNote(id) {
    const e = this.noteEls.get(id);
    if (e) {
      e.focus();
      e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return true;
    }
    return false;
  }

  /** The note after (or else before) id in tab order, for moving focus after a delete. */
  neighbour(id) {
    const ids = [...this.noteEls.keys()];
    const i = ids.indexOf(id);
    if (i < 0) return null;
    return ids[i + 1] || ids[i - 1] || null;
  }

  /** A free-ish spot in the visible part of the canvas for a new note. */
  spawnPoint(count) {
    const k = count % 8;
    return {
      x: Math.round(this.wrap.scrollLeft + this.origin.x + 16 + k * 24),
      y: Math.round(this.wrap.scrollTop + this.origin.y + 16 + k * 24),
    };
  }

  onClick(e) {
    const btn = e.target.closest('button');
    const note = e.target.closest('.note');
    if (!btn || !note) return;
    const id = note.dataset.id;
    if (btn.classList.contains('note__edit')) this.h.edit(id);
    else if (btn.classList.contains('note__delete')) this.h.remove(id);
  }

  onKeyDown(e) {
    const note = e.target;
    if (!note.classList || !note.classList.contains('note')) return;
    const id = note.dataset.id;
    const n = this.last && this.last.notes.get(id);
    if (!n) return;
    const step = e.shiftKey ? BIG_STEP : STEP;
    let dx = 0;
    let dy = 0;
    switch (e.key) {
      case 'ArrowLeft': dx = -step; break;
      case 'ArrowRight': dx = step; break;
      case 'ArrowUp': dy = -step; break;
      case 'ArrowDown': dy = step; break;
      case 'Enter':
        e.preventDefault();
        this.h.edit(id);
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        this.h.remove(id);
        return;
      default:
        return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const x = dx < 0 ? Math.max(Math.min(0, n.x), n.x + dx) : n.x + dx;
    const y = dy < 0 ? Math.max(Math.min(0, n.y), n.y + dy) : n.y + dy;
    if (x === n.x && y === n.y) return;
    this.h.move(id, x, y, 'keyboard');
    note.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  // ---- dragging (pointer events: mouse, pen and touch) ----

  onPointerDown(e) {
    if (e.button !== 0 || e.target.closest('button')) return;
    const note = e.target.closest('.note');
    if (!note) return;
    const n = this.last && this.last.notes.get(note.dataset.id);
    if (!n) return;
    this.drag = { id: n.id, el: note, pointerId: e.pointerId, sx: e.clientX, sy: e.clientY, x: n.x, y: n.y, moved: false };
    note.setPointerCapture(e.pointerId);
    const move = (ev) => this.onPointerMove(ev);
    const up = (ev) => {
      note.removeEventListener('pointermove', move);
      note.removeEventListener('pointerup', up);
      note.removeEventListener('pointercancel', up);
      this.onPointerUp(ev);
    };
    note.addEventListener('pointermove', move);
    note.addEventListener('pointerup', up);
    note.addEventListener('pointercancel', up);
  }

  onPointerMove(e) {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    const dx = e.clientX - d.sx;
    const dy = e.clientY - d.sy;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!d.moved && this.h.blocked && this.h.blocked('note.move')) {
      this.drag = null; // the session gate refuses moves now (F2, F3); the page said why
      return;
    }
    d.moved = true;
    d.el.classList.add('note--dragging');
    d.nx = Math.max(Math.min(0, d.x), Math.round(d.x + dx));
    d.ny = Math.max(Math.min(0, d.y), Math.round(d.y + dy));
    this.place(d.el, d.nx, d.ny);
  }

  onPointerUp(e) {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointerId) return;
    this.drag = null;
    d.el.classList.remove('note--dragging');
    if (!d.moved) return;
    if (e.type === 'pointercancel') {
      this.place(d.el, d.x, d.y);
      return;
    }
    this.h.move(d.id, d.nx, d.ny, 'pointer');
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
      const rename = el('button', 'btn btn--small cluster__rename', t('cluster.rename'));
      rename.type = 'button';
      rename.setAttribute('aria-label', t('cluster.rename.label', { label: short(c.label, 40) }));
      buttons.append(rename);
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
      ? { id: active.closest('.cluster').dataset.id, cls: active.classList.contains('cluster__rename') ? 'cluster__rename' : 'cluster__delete' }
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
    this.presenceList.replaceChildren(...members.map((m) => {
      const name = m.name || t('presence.anon');
      const shown = m.sessionId === ctx.sessionId ? t('presence.you', { name }) : name;
      const li = el('li', 'presence', t('presence.member', { name: shown, role: t(`role.${m.role}`) }));
      li.dataset.sessionId = m.sessionId || '';
      return li;
    }));
  }
}

function setText(node, s) {
  if (node.textContent !== s) node.textContent = s;
}
