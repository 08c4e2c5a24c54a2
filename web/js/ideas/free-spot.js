// Where notes are and where a new one may go without covering another (mixed into the BoardView).

import { NOTE_W, NOTE_H, GAP, heightOf } from './note-element.js';

export class FreeSpots {
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

}
