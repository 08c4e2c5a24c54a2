// Clusters as labelled areas on the board: each cluster is drawn as the box around its notes
// (an empty cluster waits as an empty box beside the notes). Dropping a note inside an area
// joins that cluster; dropping it well outside its own cluster's area takes it out. A press on
// an area's label moves the whole cluster. The areas are decoration for pointer users
// (aria-hidden): the keyboard path is the note's "Group" choice (G) and the drawer's list.

const PAD = 20;
const HEAD = 40; // room for the label, which grows up to 1.6rem when zoomed out
const NOTE_W = 180;
const NOTE_H = 120;
const EMPTY_W = 240;
const EMPTY_H = 160;

export class ClusterAreas {
  constructor(doc, canvas, hooks) {
    this.doc = doc;
    this.h = hooks;
    this.layer = doc.createElement('div');
    this.layer.className = 'cluster-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    canvas.prepend(this.layer);
    this.els = new Map();
    this.view = null;
    this.noteEl = () => null;
    this.layer.addEventListener('pointerdown', (e) => {
      const label = e.target.closest('.cluster-area__label');
      if (!label || e.button !== 0) return;
      e.stopPropagation();
      this.h.grab(label.parentElement.dataset.id, e);
    });
  }

  /** Boxes of the clusters (board coordinates), leaving out the notes in `skip`. */
  boxes(skip = null) {
    const v = this.view;
    const out = new Map();
    if (!v) return out;
    let maxX = 0;
    let minY = Infinity;
    for (const n of v.notes.values()) {
      maxX = Math.max(maxX, n.x + NOTE_W);
      minY = Math.min(minY, n.y);
      if (!n.clusterId || !v.clusters.has(n.clusterId) || (skip && skip.has(n.id))) continue;
      const e = this.noteEl(n.id);
      const h = e ? Math.max(NOTE_H, e.offsetHeight) : NOTE_H;
      const b = out.get(n.clusterId);
      if (!b) out.set(n.clusterId, { x1: n.x, y1: n.y, x2: n.x + NOTE_W, y2: n.y + h });
      else {
        b.x1 = Math.min(b.x1, n.x);
        b.y1 = Math.min(b.y1, n.y);
        b.x2 = Math.max(b.x2, n.x + NOTE_W);
        b.y2 = Math.max(b.y2, n.y + h);
      }
    }
    const boxes = new Map();
    for (const [id, b] of out) {
      boxes.set(id, { x: b.x1 - PAD, y: b.y1 - PAD - HEAD, w: b.x2 - b.x1 + 2 * PAD, h: b.y2 - b.y1 + 2 * PAD + HEAD });
    }
    // Empty clusters wait in a column to the right of the notes.
    let y = Number.isFinite(minY) ? minY : 0;
    for (const c of v.clusters.values()) {
      if (boxes.has(c.id) || (skip && hasNotes(v, c.id))) continue;
      boxes.set(c.id, { x: maxX + 80, y, w: EMPTY_W, h: EMPTY_H, empty: true });
      y += EMPTY_H + 24;
    }
    return boxes;
  }

  render(v, noteEl, dragging) {
    this.view = v;
    this.noteEl = noteEl;
    if (dragging) return; // the areas stay put while notes are being dragged
    const boxes = this.boxes();
    for (const [id, e] of this.els) {
      if (!boxes.has(id)) {
        e.remove();
        this.els.delete(id);
      }
    }
    let i = 0;
    for (const [id, b] of boxes) {
      let e = this.els.get(id);
      if (!e) {
        e = this.doc.createElement('div');
        e.dataset.id = id;
        const label = this.doc.createElement('div');
        label.className = 'cluster-area__label';
        e.append(label);
        this.els.set(id, e);
        this.layer.append(e);
      }
      const c = v.clusters.get(id);
      e.className = `cluster-area cluster-area--${i % 4}${b.empty ? ' cluster-area--empty' : ''}`;
      // Through the CSSOM: the page's content security policy refuses style attributes.
      const key = `${Math.round(b.x)},${Math.round(b.y)},${Math.round(b.w)},${Math.round(b.h)}`;
      if (e.dataset.box !== key) {
        e.dataset.box = key;
        e.style.left = `${Math.round(b.x)}px`;
        e.style.top = `${Math.round(b.y)}px`;
        e.style.width = `${Math.round(b.w)}px`;
        e.style.height = `${Math.round(b.h)}px`;
      }
      const text = c ? c.label : '';
      if (e.firstChild.textContent !== text) e.firstChild.textContent = text;
      i += 1;
    }
  }

  /**
   * Where a note whose centre lands at (cx, cy) belongs: a cluster id, null (out of its
   * cluster), or undefined (no change). `moving` are the notes being dragged.
   */
  dropTarget(cx, cy, moving, current) {
    const boxes = this.boxes(moving);
    for (const [id, b] of boxes) {
      if (cx >= b.x && cx <= b.x + b.w && cy >= b.y && cy <= b.y + b.h) return id;
    }
    if (current && boxes.has(current) && !boxes.get(current).empty) return null;
    return undefined;
  }

  /** The cluster whose area holds the board point, or null. */
  at(x, y) {
    for (const [id, b] of this.boxes()) {
      if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return id;
    }
    return null;
  }
}

function hasNotes(v, clusterId) {
  for (const n of v.notes.values()) if (n.clusterId === clusterId) return true;
  return false;
}
