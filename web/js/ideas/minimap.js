// The overview map of a large board: every note (a dot in its colour) and cluster (an
// outline) and the part of the board the window shows. A press or drag on the map moves the
// view there; with focus on it, arrow keys move the view (Shift: further) and Enter centres
// the view on the board. The drawing is aria-hidden; the map itself is a focusable group with
// an accessible name and a hint. Hidden on narrow screens and in presenter mode (canvas.css).

import { t } from '../core/i18n.js';
import { NOTE_W, NOTE_H } from './note-element.js';

const W = 200;
const H = 140;
const KEY_STEP = 0.1; // of the board's width or height per key press
const COLOURS = {
  yellow: '#e6c200', pink: '#d9468f', blue: '#2f7fd1', green: '#2e9b4f', orange: '#e07b1a', purple: '#8a55c9',
};

export class Minimap {
  /** camera: ./camera.js; boxes(): the clusters' boxes (board coordinates). */
  constructor(doc, camera, boxes) {
    this.doc = doc;
    this.camera = camera;
    this.boxes = boxes;
    this.view = null;
    this.world = null; // {x, y, w, h}: the board part the map shows
    this.el = doc.getElementById('minimap');
    this.el.tabIndex = 0;
    this.el.setAttribute('role', 'group');
    this.el.setAttribute('aria-describedby', 'minimap-hint');
    this.canvas = doc.createElement('canvas');
    this.canvas.className = 'minimap__canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.width = W * 2; // sharp on dense screens
    this.canvas.height = H * 2;
    this.hint = doc.createElement('span');
    this.hint.id = 'minimap-hint';
    this.hint.className = 'visually-hidden';
    this.el.append(this.canvas, this.hint);
    this.content = doc.createElement('canvas'); // the notes and clusters, drawn once per render
    this.content.width = W * 2;
    this.content.height = H * 2;
    this.frame = 0;
    this.el.addEventListener('pointerdown', (e) => this.onPointer(e));
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    this.langChanged();
  }

  langChanged() {
    this.el.setAttribute('aria-label', t('minimap.label'));
    this.hint.textContent = t('minimap.hint');
  }

  /** Redraws the notes and clusters (after a board render that changed them). */
  render(v) {
    this.view = v;
    const b = this.bounds(v);
    this.world = b;
    const g = this.content.getContext('2d');
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, this.content.width, this.content.height);
    if (!b) {
      this.drawViewport();
      return;
    }
    const s = this.scale();
    g.setTransform(s, 0, 0, s, -b.x * s, -b.y * s);
    g.lineWidth = 2 / s;
    g.strokeStyle = '#5b6b7a';
    for (const box of this.boxes().values()) g.strokeRect(box.x, box.y, box.w, box.h);
    for (const n of v.notes.values()) {
      g.fillStyle = COLOURS[n.color] || COLOURS.yellow;
      g.fillRect(n.x, n.y, NOTE_W, NOTE_H);
    }
    this.drawViewport();
  }

  /** Redraws the window's rectangle (after the view moved); at most once a frame. */
  moved() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawViewport();
    });
  }

  drawViewport() {
    const g = this.canvas.getContext('2d');
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, this.canvas.width, this.canvas.height);
    g.drawImage(this.content, 0, 0);
    const b = this.world;
    if (!b) return;
    const s = this.scale();
    const r = this.camera.visible();
    g.setTransform(s, 0, 0, s, -b.x * s, -b.y * s);
    g.lineWidth = 3 / s;
    g.strokeStyle = '#1a4f8b';
    g.fillStyle = 'rgba(26, 79, 139, 0.12)';
    g.fillRect(r.x, r.y, r.w, r.h);
    g.strokeRect(r.x, r.y, r.w, r.h);
  }

  /** The board part to show: the notes and clusters with a margin, at the map's aspect ratio. */
  bounds(v) {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const n of v.notes.values()) {
      x1 = Math.min(x1, n.x);
      y1 = Math.min(y1, n.y);
      x2 = Math.max(x2, n.x + NOTE_W);
      y2 = Math.max(y2, n.y + NOTE_H);
    }
    for (const b of this.boxes().values()) {
      x1 = Math.min(x1, b.x);
      y1 = Math.min(y1, b.y);
      x2 = Math.max(x2, b.x + b.w);
      y2 = Math.max(y2, b.y + b.h);
    }
    if (!Number.isFinite(x1)) return null;
    const m = 60;
    let w = x2 - x1 + 2 * m;
    let h = y2 - y1 + 2 * m;
    if (w / h > W / H) h = (w * H) / W;
    else w = (h * W) / H;
    const cx = (x1 + x2) / 2;
    const cy = (y1 + y2) / 2;
    return { x: cx - w / 2, y: cy - h / 2, w, h };
  }

  /** Canvas pixels per board unit. */
  scale() {
    return this.world ? this.canvas.width / this.world.w : 1;
  }

  /** The board point under a client point on the map. */
  toBoard(clientX, clientY) {
    const r = this.canvas.getBoundingClientRect();
    const b = this.world;
    return { x: b.x + ((clientX - r.left) / r.width) * b.w, y: b.y + ((clientY - r.top) / r.height) * b.h };
  }

  onPointer(e) {
    if (e.button !== 0 || !this.world) return;
    e.preventDefault();
    this.el.focus({ preventScroll: true });
    const go = (ev) => {
      const p = this.toBoard(ev.clientX, ev.clientY);
      this.camera.centerOn(p.x, p.y);
    };
    go(e);
    try { this.el.setPointerCapture(e.pointerId); } catch { /* synthetic pointer */ }
    const move = (ev) => { if (ev.pointerId === e.pointerId) go(ev); };
    const up = (ev) => {
      if (ev.pointerId !== e.pointerId) return;
      this.el.removeEventListener('pointermove', move);
      this.el.removeEventListener('pointerup', up);
      this.el.removeEventListener('pointercancel', up);
    };
    this.el.addEventListener('pointermove', move);
    this.el.addEventListener('pointerup', up);
    this.el.addEventListener('pointercancel', up);
  }

  onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || !this.world) return;
    const c = this.camera.center();
    const k = (e.shiftKey ? 3 : 1) * KEY_STEP;
    const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
    if (d) {
      e.preventDefault();
      e.stopPropagation();
      this.camera.centerOn(c.x + d[0] * k * this.world.w, c.y + d[1] * k * this.world.h);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      this.camera.centerOn(this.world.x + this.world.w / 2, this.world.y + this.world.h / 2);
    }
  }
}
