// Renders the matrix page from a view of the state (./matrix-state.js): the plot with the
// items at their positions and their spread, the table of items (the accessible alternative
// to the plot), the decision log and who is here. Text is always set with textContent.

import { evidenceList, votesText } from '../core/evidence.js';
import { t, lang } from '../core/i18n.js';
import { presenceItem } from '../core/presence.js';
import { MIN, MAX, position, quadrantOf, nudge } from './matrix-state.js';
import { mt, pickName, fmt } from './strings.js';

const SHORT = 40;

export function short(s, n = SHORT) {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
}

function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Percent from the left (x) or the bottom (y) of a scale value; the scale's ends keep a margin inside the plot. */
function pct(v) {
  return 6 + ((v - MIN) / (MAX - MIN)) * 88;
}

export class MatrixView {
  /** actions: open(id), move(id, x, y), score(id), place(id), decide(id), edit(id), remove(id). */
  constructor(doc, actions) {
    this.doc = doc;
    this.actions = actions;
    this.$ = (id) => doc.getElementById(id);
    this.plotEls = new Map();
    this.spreadEls = new Map();
    this.rows = new Map();
    this.v = null;
    this.ctx = { role: 'participant' };
  }

  render(v, ctx) {
    this.v = v;
    this.ctx = ctx;
    const $ = this.$;
    const title = v.board.title || 'Samskap';
    $('board-title').textContent = title;
    this.doc.title = `${title} – ${mt('page.title')}`;
    const fac = ctx.role === 'facilitator';
    this.doc.querySelectorAll('.facilitator-only').forEach((e) => { e.hidden = !fac; });
    const xName = pickName(v.matrix.axes.x.names);
    const yName = pickName(v.matrix.axes.y.names);
    $('axis-x').textContent = `${xName} →`;
    $('axis-y').textContent = `${yName} →`;
    $('plot').setAttribute('aria-label', mt('matrix.label', { x: xName, y: yName }));
    $('col-x').textContent = mt('col.x', { x: xName });
    $('col-y').textContent = mt('col.y', { y: yName });
    for (const q of v.matrix.quadrants) {
      const span = this.doc.querySelector(`[data-quadrant="${q.id}"]`);
      if (span) span.textContent = pickName(q.names);
    }
    $('matrix-mode').textContent = mt(`matrix.mode.${v.matrix.placement}`);
    $('matrix-privacy').textContent = mt(v.matrix.revealed ? 'privacy.revealed' : 'privacy.hidden', { n: v.matrix.revealAt });
    $('reveal-scores').textContent = mt(v.matrix.revealed ? 'reveal.hide' : 'reveal.show');
    $('plot').classList.toggle('matrix-plot--draggable', fac && v.matrix.placement === 'facilitator');
    this.renderPlot(v);
    this.renderTable(v, fac);
    this.renderLog(v);
    this.renderPresence(v, ctx);
  }

  // ---- the plot ----

  /** What the plot shows about an item, for screen readers: position, field, decision. */
  itemDetails(v, i, truncated) {
    const p = position(v, i);
    const names = { x: pickName(v.matrix.axes.x.names), y: pickName(v.matrix.axes.y.names) };
    let where = p ? mt('item.where', { ...names, px: fmt(p.x), py: fmt(p.y) }) : mt('item.nowhere');
    const q = quadrantOf(p);
    if (q) where += mt('item.quadrant', { name: pickName(v.matrix.quadrants.find((e) => e.id === q).names) });
    const decision = i.decision ? mt('item.decision', { status: mt(`status.${i.decision.status}`) }) : '';
    const count = v.matrix.placement === 'scores' ? mt('item.count', { count: i.aggregate.count }) : '';
    return `${count}${truncated ? ` ${i.text}.` : '.'} ${where}${decision}${i.pending ? mt('item.pending') : ''}`;
  }

  renderPlot(v) {
    const box = this.$('plot-items');
    let unplaced = 0;
    const keep = new Set();
    for (const i of v.items.values()) {
      const p = position(v, i);
      if (!p) {
        unplaced++;
        continue;
      }
      keep.add(i.id);
      let b = this.plotEls.get(i.id);
      if (!b) {
        b = el(this.doc, 'button', 'matrix-item');
        b.type = 'button';
        b.dataset.itemId = i.id;
        b.addEventListener('click', () => this.actions.open(b.dataset.itemId));
        b.addEventListener('keydown', (e) => this.onKey(e, b.dataset.itemId));
        box.appendChild(b);
        this.plotEls.set(i.id, b);
      }
      b.style.left = `${pct(p.x)}%`;
      b.style.bottom = `${pct(p.y)}%`;
      b.className = `matrix-item${i.decision ? ` matrix-item--${i.decision.status}` : ''}${i.pending ? ' matrix-item--pending' : ''}`;
      // The accessible name is the visible text plus a hidden description (label in name, WCAG 2.5.3).
      const shown = short(i.text || '…');
      b.textContent = shown;
      if (v.matrix.placement === 'scores') {
        b.appendChild(el(this.doc, 'span', 'matrix-item__count', `(${i.aggregate.count})`));
      }
      b.appendChild(el(this.doc, 'span', 'visually-hidden', this.itemDetails(v, i, shown !== i.text)));
      this.renderSpread(v, i);
    }
    for (const [id, b] of this.plotEls) {
      if (!keep.has(id)) {
        b.remove();
        this.plotEls.delete(id);
      }
    }
    for (const [id, s] of this.spreadEls) {
      const i = v.items.get(id);
      if (!keep.has(id) || v.matrix.placement !== 'scores' || !i || i.aggregate.count < 2 || i.aggregate.hidden) {
        s.remove();
        this.spreadEls.delete(id);
      }
    }
    this.$('matrix-unplaced').textContent = unplaced ? mt('matrix.unplaced', { count: unplaced }) : '';
    this.layoutItems();
  }

  /**
   * Moves items aside (by --dx/--dy) so that no item covers another or a quadrant's name: each
   * item in turn takes the free spot nearest its point, inside the plot. Runs after every render
   * and when the plot changes size; the items' points (and so what they mean) never change.
   */
  layoutItems() {
    const plot = this.$('plot');
    if (!plot || !plot.isConnected) return;
    if (!this.resizeWatch && typeof ResizeObserver === 'function') {
      this.resizeWatch = new ResizeObserver(() => this.layoutItems());
      this.resizeWatch.observe(plot);
    }
    const items = [...this.plotEls.values()].filter((b) => !b.classList.contains('matrix-item--dragging'));
    items.forEach((b) => { b.style.removeProperty('--dx'); b.style.removeProperty('--dy'); });
    const P = plot.getBoundingClientRect();
    if (P.width === 0) return;
    const pad = 3;
    const gap = 3;
    const midX = P.left + P.width / 2;
    const midY = P.top + P.height / 2;
    const taken = [...plot.querySelectorAll('.matrix-quadrant > span')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ l: r.left - gap, t: r.top - gap, r: r.right + gap, b: r.bottom + gap }));
    // Upper items first, then from the left, so the layout is the same on every screen.
    const boxes = items.map((b) => ({ b, r: b.getBoundingClientRect() }))
      .sort((a, c) => (a.r.top - c.r.top) || (a.r.left - c.r.left));
    // How much of q is covered by what is already placed (0 = a free spot).
    const covered = (q) => taken.reduce((sum, o) => sum
      + Math.max(0, Math.min(q.r, o.r) - Math.max(q.l, o.l)) * Math.max(0, Math.min(q.b, o.b) - Math.max(q.t, o.t)), 0);
    for (const { b, r } of boxes) {
      const w = r.width;
      const h = r.height;
      const ax = r.left + w / 2;
      const ay = r.top + h / 2;
      let best = null;
      let bestCover = Infinity;
      for (const [dx, dy] of this.candidates(w + gap, h + gap)) {
        // Keep the moved box inside the plot.
        const l = Math.min(Math.max(r.left + dx, P.left + pad), P.right - pad - w);
        const t = Math.min(Math.max(r.top + dy, P.top + pad), P.bottom - pad - h);
        const q = { l, t, r: l + w, b: t + h };
        // Covering another is worst; next worst is leaving the item's own quadrant.
        const cx = l + w / 2;
        const cy = t + h / 2;
        const leaves = (ax < midX - 1 && cx > midX) || (ax > midX + 1 && cx < midX)
          || (ay < midY - 1 && cy > midY) || (ay > midY + 1 && cy < midY);
        const c = covered(q) * 1e6 + (leaves ? 1 : 0);
        if (c < bestCover) {
          best = q;
          bestCover = c;
          if (c === 0) break;
        }
      }
      taken.push({ l: best.l - gap, t: best.t - gap, r: best.r + gap, b: best.b + gap });
      const dx = Math.round(best.l - r.left);
      const dy = Math.round(best.t - r.top);
      if (dx) b.style.setProperty('--dx', `${dx}px`);
      if (dy) b.style.setProperty('--dy', `${dy}px`);
    }
  }

  /** Offsets to try for a box of w × h, nearest first: below and above before sideways. */
  candidates(w, h) {
    const key = `${Math.round(w)}x${Math.round(h)}`;
    if (this.candidateCache && this.candidateCache.key === key) return this.candidateCache.list;
    const list = [];
    const sx = Math.max(8, w / 3);
    const sy = Math.max(6, h / 2);
    for (let i = -16; i <= 16; i++) {
      for (let j = -16; j <= 16; j++) list.push([i * sx, j * sy, Math.hypot(i * sx * 1.3, j * sy)]);
    }
    list.sort((a, c) => a[2] - c[2]);
    this.candidateCache = { key, list };
    return list;
  }

  /** The spread of the scores as a box from the lowest to the highest on both axes. */
  renderSpread(v, i) {
    if (v.matrix.placement !== 'scores' || i.aggregate.count < 2 || i.aggregate.hidden) return;
    let s = this.spreadEls.get(i.id);
    if (!s) {
      s = el(this.doc, 'div', 'matrix-spread');
      s.setAttribute('aria-hidden', 'true');
      this.$('plot-items').prepend(s);
      this.spreadEls.set(i.id, s);
    }
    const a = i.aggregate;
    s.style.left = `${pct(a.x.min)}%`;
    s.style.width = `${pct(a.x.max) - pct(a.x.min)}%`;
    s.style.bottom = `${pct(a.y.min)}%`;
    s.style.height = `${pct(a.y.max) - pct(a.y.min)}%`;
  }

  /** Arrow keys move an item one step (facilitator placement); Shift moves to the edge. */
  onKey(e, id) {
    const v = this.v;
    const dirs = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (!dirs[e.key] || this.ctx.role !== 'facilitator' || v.matrix.placement !== 'facilitator') return;
    e.preventDefault();
    const i = v.items.get(id);
    if (!i) return;
    const step = e.shiftKey ? 4 : (v.matrix.scale === 'continuous' ? 0.25 : 1);
    const from = i.placed || { x: 3, y: 3 };
    const [dx, dy] = dirs[e.key];
    this.actions.move(id, nudge(from.x, dx * step), nudge(from.y, dy * step));
  }

  focusItem(id) {
    const b = this.plotEls.get(id);
    if (b) b.focus();
    return !!b;
  }

  rekey(temp, real) {
    for (const m of [this.plotEls, this.spreadEls, this.rows]) {
      const e = m.get(temp);
      if (e) {
        m.delete(temp);
        m.set(real, e);
        if (e.dataset) e.dataset.itemId = real;
      }
    }
  }

  // ---- the table ----

  renderTable(v, fac) {
    const body = this.$('items-body');
    this.$('items-none').hidden = v.items.size > 0;
    this.$('items-table').hidden = v.items.size === 0;
    for (const [id, r] of this.rows) {
      if (!v.items.has(id)) {
        r.tr.remove();
        this.rows.delete(id);
      }
    }
    const order = [];
    for (const i of v.items.values()) {
      let r = this.rows.get(i.id);
      if (!r) {
        r = this.createRow(i.id);
        this.rows.set(i.id, r);
        body.appendChild(r.tr);
      }
      order.push(r.tr);
      this.fillRow(v, i, r, fac);
    }
    const current = [...body.children];
    if (current.length !== order.length || current.some((tr, k) => tr !== order[k])) {
      order.forEach((tr) => body.appendChild(tr));
    }
  }

  createRow(id) {
    const d = this.doc;
    const tr = el(d, 'tr');
    tr.dataset.itemId = id;
    const cells = {};
    for (const c of ['text', 'from', 'x', 'y', 'count', 'mine', 'decision']) {
      cells[c] = el(d, c === 'text' ? 'th' : 'td');
      if (c === 'text') cells[c].scope = 'row';
      tr.appendChild(cells[c]);
    }
    const actions = el(d, 'td');
    const wrap = el(d, 'div', 'matrix-actions');
    const buttons = {};
    for (const a of ['score', 'place', 'decide', 'pilot', 'edit', 'delete']) {
      const b = el(d, 'button', 'btn btn--small');
      b.type = 'button';
      b.dataset.action = a;
      b.addEventListener('click', () => {
        const itemId = tr.dataset.itemId;
        if (a === 'delete') this.actions.remove(itemId);
        else this.actions[a](itemId);
      });
      buttons[a] = b;
      wrap.appendChild(b);
    }
    actions.appendChild(wrap);
    tr.appendChild(actions);
    return { tr, cells, buttons };
  }

  fillRow(v, i, r, fac) {
    const c = r.cells;
    // The column's name, shown before each cell when a narrow screen lays the rows out as cards.
    const heads = [...this.doc.querySelectorAll('#items-table thead th')].map((th) => th.textContent);
    ['from', 'x', 'y', 'count', 'mine', 'decision'].forEach((k, n) => { c[k].dataset.label = heads[n + 1] || ''; });
    c.text.textContent = i.text + (i.pending ? mt('item.pending') : '');
    const ev = evidenceList(this.doc, i.source); // rule M6a: each session and poll beside the item
    c.from.replaceChildren(this.fromText(i), ...(ev ? [ev] : []));
    const a = i.aggregate;
    const hidden = mt('hidden', { n: v.matrix.revealAt });
    c.x.textContent = a.hidden ? hidden : a.count ? mt('spread', { median: fmt(a.x.median), min: fmt(a.x.min), max: fmt(a.x.max) }) : mt('none');
    c.y.textContent = a.hidden ? hidden : a.count ? mt('spread', { median: fmt(a.y.median), min: fmt(a.y.min), max: fmt(a.y.max) }) : mt('none');
    c.count.textContent = String(a.count);
    c.mine.textContent = i.myScore ? `${fmt(i.myScore.x)} / ${fmt(i.myScore.y)}` : mt('mine.none');
    c.decision.textContent = i.decision
      ? `${mt(`status.${i.decision.status}`)}${i.decision.reason ? `: ${i.decision.reason}` : ''}`
      : mt('status.open');
    const text = short(i.text);
    for (const [a2, b] of Object.entries(r.buttons)) {
      b.textContent = mt(a2);
      b.setAttribute('aria-label', mt(`${a2}.label`, { text }));
      b.hidden = a2 !== 'score' && !fac;
    }
    r.buttons.place.hidden = !fac || v.matrix.placement !== 'facilitator';
    r.buttons.pilot.hidden = !fac || !i.decision || i.decision.status !== 'accepted';
  }

  fromText(i) {
    const s = i.source;
    if (!s) return mt('from.none');
    const parts = [];
    if (s.clusterLabel) parts.push(mt('from.cluster', { label: s.clusterLabel }));
    parts.push(votesText(s));
    return parts.join(', ');
  }

  // ---- the decision log ----

  renderLog(v) {
    const list = this.$('log-list');
    this.$('log-none').hidden = v.log.length > 0;
    const fmtTime = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short' });
    list.replaceChildren(...v.log.map((e) => {
      const a = e.aggregate || { count: 0 };
      let scores = mt('log.noscores');
      if (a.count && (a.hidden === true || !a.x || !a.y)) scores = mt('log.hidden', { count: a.count });
      else if (a.count) scores = mt('log.scores', { count: a.count, x: fmt(a.x.median), y: fmt(a.y.median) });
      return el(this.doc, 'li', null, mt('log.entry', {
        when: typeof e.at === 'number' ? fmtTime.format(new Date(e.at)) : '',
        who: e.decidedBy || mt('log.someone'),
        text: e.itemText || '',
        status: mt(`status.${e.status}`),
        reason: e.reason || '',
        scores,
      }));
    }));
  }

  // ---- presence ----

  renderPresence(v, ctx) {
    const members = Array.isArray(v.presence) ? v.presence : [];
    this.$('presence-h2').textContent = t('presence.h2', { count: members.length });
    this.$('presence-list').replaceChildren(...members.map((m) => presenceItem(this.doc, m, ctx)));
  }
}
