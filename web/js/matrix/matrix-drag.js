// Dragging an item on the plot with a mouse, pen or finger (the facilitator, when the
// facilitator places). The keyboard alternative is the arrow keys and the Place dialog.

import { MIN, MAX } from './matrix-state.js';

const THRESHOLD = 4; // pixels before a press becomes a drag

/** The scale value of a fraction (0 = left/bottom edge, 1 = right/top) of the plot; the ends keep a 6 % margin. */
function valueAt(fraction, continuous) {
  const v = MIN + ((fraction * 100 - 6) / 88) * (MAX - MIN);
  const clamped = Math.min(MAX, Math.max(MIN, v));
  return continuous ? Math.round(clamped * 100) / 100 : Math.round(clamped);
}

/**
 * Wires dragging on the plot. canDrag() says whether dragging is allowed now, continuous()
 * whether the scale is continuous, and drop(id, x, y) places the item.
 */
export function enableDrag(plot, { canDrag, continuous, drop }) {
  let drag = null;
  plot.addEventListener('pointerdown', (e) => {
    const b = e.target.closest('.matrix-item');
    if (!b || !canDrag() || e.button !== 0) return;
    drag = { b, id: b.dataset.itemId, x0: e.clientX, y0: e.clientY, moved: false, pointer: e.pointerId };
  });
  plot.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    if (!drag.moved && Math.hypot(e.clientX - drag.x0, e.clientY - drag.y0) < THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      drag.b.setPointerCapture(e.pointerId);
      drag.b.classList.add('matrix-item--dragging');
      // While dragged, the item sits under the pointer, not where the layout moved it aside.
      drag.b.style.removeProperty('--dx');
      drag.b.style.removeProperty('--dy');
    }
    const r = plot.getBoundingClientRect();
    drag.b.style.left = `${Math.min(r.width, Math.max(0, e.clientX - r.left))}px`;
    drag.b.style.bottom = `${Math.min(r.height, Math.max(0, r.bottom - e.clientY))}px`;
  });
  const end = (e, cancelled) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    const d = drag;
    drag = null;
    if (!d.moved) return;
    d.b.classList.remove('matrix-item--dragging');
    // The click that follows a drag must not open the dialog.
    d.b.addEventListener('click', (c) => { c.stopImmediatePropagation(); c.preventDefault(); }, { capture: true, once: true });
    if (cancelled) return;
    const r = plot.getBoundingClientRect();
    const fx = (e.clientX - r.left) / r.width;
    const fy = (r.bottom - e.clientY) / r.height;
    drop(d.id, valueAt(fx, continuous()), valueAt(fy, continuous()));
  };
  plot.addEventListener('pointerup', (e) => end(e, false));
  plot.addEventListener('pointercancel', (e) => end(e, true));
}
