// Other people's pointers on the idea board (docs/PROTOCOL.md E3, F7): sends this member's
// pointer position as `cursor.move` at most every 100 ms, and only while the pointer is over
// the board, and draws every other member's pointer with their name from presence. The layer
// is decoration (aria-hidden): who is here is announced by the presence list. Cursors go away
// when their member leaves, and all of them while the facilitator hides cursors.

const SEND_MS = 100; // at most ten cursor.move per second
const STALE_MS = 60_000; // a pointer that has not moved for a minute is no longer drawn
const COLORS = 5; // .cursor--0 … .cursor--4 in css/cursors.css

function colorOf(sessionId) {
  let h = 0;
  for (const ch of String(sessionId)) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return h % COLORS;
}

export class CursorLayer {
  /**
   * wrap: the scrolling board region; canvas: the board inside it. hooks: send(x, y) sends a
   * cursor.move in board coordinates; origin() the board point at the canvas' top left corner
   * (or toBoard(clientX, clientY) the board point under a zoomed and panned pointer);
   * anonymous() the name shown for a member without one.
   */
  constructor(wrap, canvas, hooks) {
    this.wrap = wrap;
    this.canvas = canvas;
    this.h = hooks;
    this.positions = new Map(); // sessionId -> {x, y, at}
    this.els = new Map(); // sessionId -> element
    this.view = null;
    this.ctx = null;
    this.lastSent = 0;
    this.pending = null;
    this.timer = null;
    this.layer = canvas.ownerDocument.createElement('div');
    this.layer.id = 'cursor-layer';
    this.layer.className = 'cursor-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    canvas.append(this.layer);
    wrap.addEventListener('pointermove', (e) => this.onMove(e), { passive: true });
    wrap.addEventListener('pointerleave', () => this.cancel());
  }

  hidden() {
    return !!(this.view && this.view.session && this.view.session.cursorsHidden);
  }

  onMove(e) {
    if (e.pointerType === 'touch' || this.hidden()) return;
    let p;
    if (this.h.toBoard) p = this.h.toBoard(e.clientX, e.clientY);
    else {
      const r = this.canvas.getBoundingClientRect();
      const o = this.h.origin();
      p = { x: e.clientX - r.left + o.x, y: e.clientY - r.top + o.y };
    }
    this.pending = { x: Math.round(p.x), y: Math.round(p.y) };
    const wait = this.lastSent + SEND_MS - Date.now();
    if (wait <= 0) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => { this.timer = null; this.flush(); }, wait);
  }

  flush() {
    if (!this.pending) return;
    this.lastSent = Date.now();
    this.h.send(this.pending.x, this.pending.y);
    this.pending = null;
  }

  /** The pointer left the board: nothing more is sent until it comes back. */
  cancel() {
    clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  /** A `cursor` event from the board's event stream (ephemeral, E3). */
  onEvent(ev) {
    if (!ev || ev.type !== 'cursor' || typeof ev.sessionId !== 'string') return;
    if (!Number.isFinite(ev.x) || !Number.isFinite(ev.y)) return;
    if (this.ctx && ev.sessionId === this.ctx.sessionId) return;
    this.positions.set(ev.sessionId, { x: ev.x, y: ev.y, at: Date.now() });
    this.draw();
  }

  /** Call after every render of the board: names, leavers, hidden cursors, a moved origin. */
  render(v, ctx) {
    this.view = v;
    this.ctx = ctx;
    this.draw();
  }

  draw() {
    if (!this.view) return;
    const names = new Map();
    for (const m of this.view.presence || []) {
      if (m.sessionId && m.sessionId !== this.ctx.sessionId) names.set(m.sessionId, m.name || this.h.anonymous());
    }
    const now = Date.now();
    const hidden = this.hidden();
    for (const [id, p] of this.positions) {
      if (hidden || !names.has(id) || now - p.at > STALE_MS) this.positions.delete(id);
    }
    for (const [id, e] of this.els) {
      if (!this.positions.has(id)) {
        e.remove();
        this.els.delete(id);
      }
    }
    const o = this.h.origin();
    for (const [id, p] of this.positions) {
      let e = this.els.get(id);
      if (!e) {
        e = this.create(id);
        this.els.set(id, e);
        this.layer.append(e);
      }
      const label = e.lastElementChild;
      if (label.textContent !== names.get(id)) label.textContent = names.get(id);
      e.style.transform = `translate(${Math.round(p.x - o.x)}px, ${Math.round(p.y - o.y)}px)`;
    }
  }

  create(sessionId) {
    const doc = this.canvas.ownerDocument;
    const e = doc.createElement('div');
    e.className = `cursor cursor--${colorOf(sessionId)}`;
    e.dataset.sessionId = sessionId;
    const arrow = doc.createElement('span');
    arrow.className = 'cursor__arrow';
    const name = doc.createElement('span');
    name.className = 'cursor__name';
    e.append(arrow, name);
    return e;
  }
}
