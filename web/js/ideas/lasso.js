// Lasso selection on the idea board: Shift + drag on the empty background draws a rectangle,
// and the notes it touches are selected (added to the selection). The keyboard path is
// Space / Shift + click on a note and Ctrl + A (see the help dialog).

export class Lasso {
  /** wrap: the board's window; hooks.isBackground(target); hooks.select(elements). */
  constructor(wrap, hooks) {
    this.wrap = wrap;
    this.h = hooks;
    this.box = null;
    this.rect = wrap.ownerDocument.createElement('div');
    this.rect.className = 'lasso';
    this.rect.hidden = true;
    this.rect.setAttribute('aria-hidden', 'true');
    wrap.append(this.rect);
    wrap.addEventListener('pointerdown', (e) => this.down(e));
    wrap.addEventListener('pointermove', (e) => this.move(e));
    wrap.addEventListener('pointerup', (e) => this.up(e));
    wrap.addEventListener('pointercancel', () => this.stop());
  }

  down(e) {
    if (e.button !== 0 || !e.shiftKey || !this.h.isBackground(e.target)) return;
    e.preventDefault();
    try { this.wrap.setPointerCapture(e.pointerId); } catch { /* synthetic pointer */ }
    this.box = { id: e.pointerId, x: e.clientX, y: e.clientY, x2: e.clientX, y2: e.clientY };
    this.draw();
    this.rect.hidden = false;
  }

  move(e) {
    if (!this.box || e.pointerId !== this.box.id) return;
    this.box.x2 = e.clientX;
    this.box.y2 = e.clientY;
    this.draw();
  }

  up(e) {
    const b = this.box;
    if (!b || e.pointerId !== b.id) return;
    this.stop();
    const l = Math.min(b.x, b.x2);
    const r = Math.max(b.x, b.x2);
    const t = Math.min(b.y, b.y2);
    const btm = Math.max(b.y, b.y2);
    if (r - l < 4 && btm - t < 4) return;
    const hit = [...this.wrap.querySelectorAll('#canvas .note[data-id]')].filter((n) => {
      const q = n.getBoundingClientRect();
      return q.left < r && q.right > l && q.top < btm && q.bottom > t;
    });
    this.h.select(hit);
  }

  stop() {
    this.box = null;
    this.rect.hidden = true;
  }

  draw() {
    const w = this.wrap.getBoundingClientRect();
    const b = this.box;
    this.rect.style.left = `${Math.min(b.x, b.x2) - w.left}px`;
    this.rect.style.top = `${Math.min(b.y, b.y2) - w.top}px`;
    this.rect.style.width = `${Math.abs(b.x2 - b.x)}px`;
    this.rect.style.height = `${Math.abs(b.y2 - b.y)}px`;
  }
}
