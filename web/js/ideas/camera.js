// The idea board's camera: which part of the board the window shows and how large. Notes keep
// their positions in board coordinates (what every client stores and sends); the camera only
// changes one CSS transform on the board plane, so zooming and panning never re-render a note.
// Input: Ctrl/Cmd + wheel or a pinch zooms about the pointer, the wheel and a drag of the empty
// background (or anywhere while Space is held) pan, two fingers pan and pinch; the keyboard
// path (+, -, 0, Ctrl/Alt + arrows, arrows on the empty board) is wired by the page.

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 3;
export const KEY_PAN = 80; // screen pixels per arrow key press
const ZOOM_STEP = 1.2;

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

export class Camera {
  /**
   * wrap: the window onto the board (overflow hidden); plane: the transformed board inside it.
   * hooks.changed() is called (at most once a frame) after the view moved or zoomed;
   * hooks.isBackground(target) says whether a pointer-down there may start a pan.
   */
  constructor(wrap, plane, hooks = {}) {
    this.wrap = wrap;
    this.plane = plane;
    this.h = hooks;
    this.x = 40; // screen position of board point (0, 0), in CSS pixels of the wrap
    this.y = 40;
    this.z = 1;
    this.space = false;
    this.pointers = new Map(); // pointerId -> {x, y} for pans and pinches
    this.pan = null;
    this.frame = 0;
    this.apply();
    wrap.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    wrap.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    wrap.addEventListener('pointermove', (e) => this.onPointerMove(e));
    wrap.addEventListener('pointerup', (e) => this.onPointerUp(e));
    wrap.addEventListener('pointercancel', (e) => this.onPointerUp(e));
    const doc = wrap.ownerDocument;
    doc.addEventListener('keydown', (e) => {
      if (e.code === 'Space' && !typing(e.target) && !e.repeat) {
        this.space = true;
        wrap.classList.add('canvas-wrap--grab');
        if (e.target === wrap) e.preventDefault(); // no page scroll; a button or note keeps its Space
      }
    });
    doc.addEventListener('keyup', (e) => {
      if (e.code === 'Space') {
        this.space = false;
        wrap.classList.remove('canvas-wrap--grab');
      }
    });
  }

  apply() {
    this.plane.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.z})`;
    this.wrap.style.backgroundPosition = `${this.x}px ${this.y}px`;
    // What depends on the zoom alone is written only when it changed: a custom property or an
    // attribute on the window makes the browser restyle every note under it (2 000 on a big board).
    if (this.z !== this.shownZ) {
      this.shownZ = this.z;
      this.wrap.style.backgroundSize = `${24 * this.z}px ${24 * this.z}px`;
      const labels = this.plane.querySelector('.cluster-layer'); // --inv is read by the cluster labels only
      (labels || this.wrap).style.setProperty('--inv', String(1 / this.z));
      this.wrap.dataset.zoom = String(Math.round(this.z * 100));
    }

    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.h.changed) this.h.changed();
      });
    }
  }

  /** The board point under a client (viewport) point. */
  toBoard(clientX, clientY) {
    const r = this.wrap.getBoundingClientRect();
    return { x: (clientX - r.left - this.wrap.clientLeft - this.x) / this.z, y: (clientY - r.top - this.wrap.clientTop - this.y) / this.z };
  }

  /** The board point at the centre of the window. */
  center() {
    return { x: (this.wrap.clientWidth / 2 - this.x) / this.z, y: (this.wrap.clientHeight / 2 - this.y) / this.z };
  }

  /** The part of the board the window shows, in board coordinates. */
  visible() {
    return { x: -this.x / this.z, y: -this.y / this.z, w: this.wrap.clientWidth / this.z, h: this.wrap.clientHeight / this.z };
  }

  /** Zooms to z keeping the board point under (sx, sy) (wrap pixels; default the centre) still. */
  zoomTo(z, sx = this.wrap.clientWidth / 2, sy = this.wrap.clientHeight / 2) {
    const nz = clamp(z, MIN_ZOOM, MAX_ZOOM);
    const bx = (sx - this.x) / this.z;
    const by = (sy - this.y) / this.z;
    this.z = nz;
    this.x = sx - bx * nz;
    this.y = sy - by * nz;
    this.apply();
  }

  zoomIn() { this.zoomTo(this.z * ZOOM_STEP); }

  zoomOut() { this.zoomTo(this.z / ZOOM_STEP); }

  panBy(dx, dy) {
    this.x += dx;
    this.y += dy;
    this.apply();
  }

  /** Puts the board point (bx, by) at the centre of the window. */
  centerOn(bx, by, z = this.z) {
    this.z = clamp(z, MIN_ZOOM, MAX_ZOOM);
    this.x = this.wrap.clientWidth / 2 - bx * this.z;
    this.y = this.wrap.clientHeight / 2 - by * this.z;
    this.apply();
  }

  /** Shows the whole box {x, y, w, h} (board coordinates), never larger than 100 %. */
  fit(box, pad = 32) {
    if (!box || box.w <= 0 || box.h <= 0) {
      this.centerOn(0, 0, 1);
      return;
    }
    const W = Math.max(1, this.wrap.clientWidth - 2 * pad);
    const H = Math.max(1, this.wrap.clientHeight - 2 * pad);
    const z = clamp(Math.min(W / box.w, H / box.h, 1), MIN_ZOOM, MAX_ZOOM);
    this.centerOn(box.x + box.w / 2, box.y + box.h / 2, z);
  }

  /**
   * The first view of a board: all of it when that stays readable (at least `least`), else
   * its top left corner at `least` (a phone shows the first notes legibly, "fit all" shows all).
   */
  start(box, least = 0.5, pad = 16) {
    if (!box) {
      // An empty board: its corner (notes never go above or left of it) near the window's.
      this.z = 1;
      this.x = 40;
      this.y = 40;
      this.apply();
      return;
    }
    this.fit(box);
    if (this.z >= least) return;
    this.z = least;
    this.x = pad - box.x * least;
    this.y = pad - box.y * least;
    this.apply();
  }

  /** Pans just enough that the box (board coordinates) is in the window. */
  reveal(box, pad = 24) {
    const W = this.wrap.clientWidth;
    const H = this.wrap.clientHeight;
    const l = box.x * this.z + this.x;
    const t = box.y * this.z + this.y;
    const r = l + box.w * this.z;
    const b = t + box.h * this.z;
    let dx = 0;
    let dy = 0;
    if (r > W - pad) dx = W - pad - r;
    if (l + dx < pad) dx = pad - l;
    if (b > H - pad) dy = H - pad - b;
    if (t + dy < pad) dy = pad - t;
    if (dx || dy) this.panBy(dx, dy);
  }

  // ---- pointer input ----

  onWheel(e) {
    e.preventDefault();
    const r = this.wrap.getBoundingClientRect();
    if (e.ctrlKey || e.metaKey) {
      // Ctrl + wheel, and a trackpad pinch (which the browser reports as Ctrl + wheel).
      const factor = Math.exp(-clamp(e.deltaY, -50, 50) / 100);
      this.zoomTo(this.z * factor, e.clientX - r.left, e.clientY - r.top);
    } else {
      const k = e.deltaMode === 1 ? 16 : 1;
      this.panBy(-(e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX) * k, -(e.shiftKey && !e.deltaX ? 0 : e.deltaY) * k);
    }
  }

  onPointerDown(e) {
    const touch = e.pointerType === 'touch';
    const background = this.h.isBackground ? this.h.isBackground(e.target) : true;
    if (touch && this.pointers.size === 1) {
      // A second finger: pinch and pan, whatever the first one started.
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      this.startPinch();
      return;
    }
    if (e.button !== 0 && e.button !== 1) return;
    if (!(this.space || e.button === 1 || (background && !e.shiftKey))) return;
    e.preventDefault();
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    try { this.wrap.setPointerCapture(e.pointerId); } catch { /* synthetic pointer */ }
    this.pan = { id: e.pointerId, sx: e.clientX, sy: e.clientY, x: this.x, y: this.y };
    this.wrap.classList.add('canvas-wrap--panning');
    if (background) this.wrap.focus({ preventScroll: true });
  }

  startPinch() {
    const [a, b] = [...this.pointers.values()];
    const r = this.wrap.getBoundingClientRect();
    this.pan = null;
    this.pinch = {
      d: Math.hypot(a.x - b.x, a.y - b.y) || 1,
      cx: (a.x + b.x) / 2 - r.left,
      cy: (a.y + b.y) / 2 - r.top,
      x: this.x, y: this.y, z: this.z,
    };
    if (this.h.cancelDrag) this.h.cancelDrag();
  }

  onPointerMove(e) {
    if (!this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pinch && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()];
      const r = this.wrap.getBoundingClientRect();
      const p = this.pinch;
      const z = clamp(p.z * (Math.hypot(a.x - b.x, a.y - b.y) / p.d), MIN_ZOOM, MAX_ZOOM);
      const cx = (a.x + b.x) / 2 - r.left;
      const cy = (a.y + b.y) / 2 - r.top;
      const bx = (p.cx - p.x) / p.z;
      const by = (p.cy - p.y) / p.z;
      this.z = z;
      this.x = cx - bx * z;
      this.y = cy - by * z;
      this.apply();
      return;
    }
    if (this.pan && this.pan.id === e.pointerId) {
      this.x = this.pan.x + e.clientX - this.pan.sx;
      this.y = this.pan.y + e.clientY - this.pan.sy;
      this.apply();
    }
  }

  onPointerUp(e) {
    this.pointers.delete(e.pointerId);
    if (this.pinch && this.pointers.size < 2) this.pinch = null;
    if (this.pan && this.pan.id === e.pointerId) {
      this.pan = null;
      this.wrap.classList.remove('canvas-wrap--panning');
    }
  }

  /** True while a pan or pinch is under way (a note drag must not start then). */
  busy() {
    return !!(this.pan || this.pinch || this.space);
  }
}

/** Whether a key press goes to a text field (then board shortcuts stay out of the way). */
export function typing(target) {
  if (!target || !target.closest) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"], dialog');
}
