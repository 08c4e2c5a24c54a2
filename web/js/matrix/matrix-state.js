// The prioritisation matrix as the client knows it (docs/PROTOCOL.md, M rules): the server's
// confirmed state (snapshot plus events) and a view with the user's pending ops on top.
// Implements the model interface of ../core/sync.js. Pure: no DOM, no network.

import { tempId } from '../core/outbox.js';
import { applySession, isSessionEvent } from '../session/session-state.js';

export const MIN = 1;
export const MAX = 5;
export const MIDDLE = 3;
export const SCALES = ['1-5', 'continuous'];
export const PLACEMENTS = ['scores', 'facilitator'];
export const VERDICTS = ['accepted', 'parked', 'rejected'];
export const QUADRANTS = ['quick-wins', 'strategic-bets', 'small-improvements', 'time-sinks'];
export const LANGS = ['nb', 'nn', 'en'];
const SEEN_LIMIT = 5000;

/** Fields of an op that name an object; a temp id there means "the item my earlier create makes". */
export const ID_FIELDS = ['itemId'];

/** The id an accepted create (its event or its reply) assigned, or null for other ops. */
export function createdId(type, m) {
  return type === 'item.create' ? m.itemId || null : null;
}

const NO_NAMES = { nb: '', nn: '', en: '' };

export function emptyState() {
  return {
    version: 0,
    board: { id: '', kind: 'matrix', title: '' },
    matrix: {
      scale: '1-5',
      placement: 'scores',
      revealAt: 3, // rule M11: an aggregate of fewer scores is hidden unless the facilitator revealed them
      revealed: false,
      axes: { x: { names: NO_NAMES }, y: { names: NO_NAMES } },
      quadrants: QUADRANTS.map((id) => ({ id, names: NO_NAMES })),
    },
    items: new Map(),
    log: [],
    presence: [],
    seenOps: new Set(),
    session: null, // phase and lock for the session gate (docs/PROTOCOL.md F2, F3), see ../session/session-state.js
  };
}

/** A confirmed state from a join or since snapshot at the given version. */
export function fromSnapshot(snapshot, version, previous = null) {
  const s = emptyState();
  s.version = version;
  s.board = { ...s.board, ...(snapshot.board || {}) };
  const m = snapshot.matrix || {};
  s.matrix = {
    scale: SCALES.includes(m.scale) ? m.scale : '1-5',
    placement: PLACEMENTS.includes(m.placement) ? m.placement : 'scores',
    revealAt: Number.isInteger(m.revealAt) && m.revealAt > 0 ? m.revealAt : 3,
    revealed: m.revealed === true,
    axes: { x: { names: names(m.axes && m.axes.x && m.axes.x.names) }, y: { names: names(m.axes && m.axes.y && m.axes.y.names) } },
    quadrants: QUADRANTS.map((id) => {
      const q = (m.quadrants || []).find((e) => e && e.id === id);
      return { id, names: names(q && q.names) };
    }),
  };
  for (const i of snapshot.items || []) s.items.set(i.id, item(i));
  s.log = Array.isArray(snapshot.decisionLog) ? snapshot.decisionLog.slice() : [];
  s.presence = Array.isArray(snapshot.presence) ? snapshot.presence : (previous ? previous.presence : []);
  if (previous) s.seenOps = previous.seenOps;
  s.session = snapshot.session || null;
  return s;
}

function names(n) {
  const o = n && typeof n === 'object' ? n : {};
  return { nb: str(o.nb), nn: str(o.nn), en: str(o.en) };
}

function str(v) {
  return typeof v === 'string' ? v : '';
}

function num(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function point(p) {
  if (!p || num(p.x) === null || num(p.y) === null) return null;
  return { x: p.x, y: p.y };
}

/** An aggregate; a hidden one (rule M11) keeps only its count. */
function aggregate(a) {
  const count = a && typeof a.count === 'number' && a.count > 0 ? a.count : 0;
  if (count && (a.hidden === true || !a.x || !a.y)) return { count, x: null, y: null, hidden: true };
  if (!count) return { count: 0, x: null, y: null, hidden: false };
  return { count, x: { ...a.x }, y: { ...a.y }, hidden: false };
}

/** True when an event changes what this member may see, so the page fetches a snapshot (rule M11). */
export function refetchOn(ev) {
  return ev.type === 'scores.reveal';
}

function item(i) {
  return {
    id: i.id,
    text: str(i.text),
    source: i.source && typeof i.source === 'object' ? { ...i.source } : null,
    placed: point(i.placed),
    aggregate: aggregate(i.aggregate),
    decision: i.decision && VERDICTS.includes(i.decision.status) ? { ...i.decision } : null,
    myScore: point(i.myScore),
    pending: false,
  };
}

/** Applies the next durable event to the confirmed state (mutates it). */
export function applyEvent(state, ev) {
  if (isSessionEvent(ev)) applySession(state, ev);
  else change(state, ev, ev.type === 'item.create' ? ev.itemId : null);
  state.version = ev.version;
  if (typeof ev.clientOpId === 'string') {
    state.seenOps.add(ev.clientOpId);
    if (state.seenOps.size > SEEN_LIMIT) state.seenOps.delete(state.seenOps.values().next().value);
  }
}

/** Our own score was accepted: remember it (others only ever see the aggregate, rule M4). */
export function confirmOwnScore(state, op) {
  const i = state.items.get(op.itemId);
  if (i && op.type === 'item.score') state.items.set(i.id, { ...i, myScore: { x: op.x, y: op.y } });
}

function change(state, c, newItemId) {
  const items = state.items;
  const m = state.matrix;
  switch (c.type) {
    case 'item.create':
      if (newItemId) items.set(newItemId, item({ id: newItemId, text: c.text }));
      return;
    case 'item.import':
      for (const i of c.items || []) if (i && i.itemId) items.set(i.itemId, item({ id: i.itemId, text: i.text, source: i.source }));
      return;
    case 'item.edit':
      update(items, c.itemId, { text: str(c.text) });
      return;
    case 'item.delete':
      items.delete(c.itemId);
      return;
    case 'item.restore': // an undone delete (docs/PROTOCOL.md U7, U10): the item as it was, unscored
      if (typeof c.itemId === 'string') items.set(c.itemId, item({ id: c.itemId, text: c.text, source: c.source, placed: c.placed }));
      return;
    case 'item.place':
      update(items, c.itemId, { placed: point(c) });
      return;
    case 'item.score':
      // An event carries the new aggregate; a pending op of ours carries our score.
      if (c.aggregate) update(items, c.itemId, { aggregate: aggregate(c.aggregate) });
      if (c.clientOpId && num(c.x) !== null && !c.aggregate) update(items, c.itemId, { myScore: point(c) });
      return;
    case 'item.decide':
      if (c.decidedBy !== undefined) {
        state.log = [...state.log, { ...c }];
        update(items, c.itemId, { decision: { status: c.status, reason: c.reason, decidedBy: c.decidedBy, at: c.at } });
      } else {
        update(items, c.itemId, { decision: { status: c.status, reason: str(c.reason), decidedBy: '', at: null } });
      }
      return;
    case 'axis.rename':
      if (c.axis === 'x' || c.axis === 'y') {
        state.matrix = { ...m, axes: { ...m.axes, [c.axis]: { names: { ...m.axes[c.axis].names, ...clean(c.names) } } } };
      }
      return;
    case 'quadrant.rename':
      state.matrix = {
        ...m,
        quadrants: m.quadrants.map((q) => (q.id === c.quadrant ? { id: q.id, names: { ...q.names, ...clean(c.names) } } : q)),
      };
      return;
    case 'scale.set':
      if (SCALES.includes(c.scale)) state.matrix = { ...m, scale: c.scale };
      return;
    case 'scores.reveal':
      if (typeof c.revealed === 'boolean') state.matrix = { ...m, revealed: c.revealed };
      return;
    case 'placement.set':
      if (PLACEMENTS.includes(c.placement)) state.matrix = { ...m, placement: c.placement };
      return;
    case 'board.rename':
      state.board = { ...state.board, title: str(c.title) };
      return;
    default:
  }
}

function clean(n) {
  const out = {};
  if (n && typeof n === 'object') for (const l of LANGS) if (typeof n[l] === 'string') out[l] = n[l];
  return out;
}

function update(map, id, fields) {
  const old = map.get(id);
  if (old) map.set(id, { ...old, ...fields });
}

/** The state to show: the confirmed state with the pending ops applied on top, in order. */
export function view(state, pendingOps) {
  const v = { ...state, items: new Map(state.items), log: state.log };
  for (const op of pendingOps) {
    if (state.seenOps.has(op.clientOpId)) continue;
    const created = op.type === 'item.create' ? tempId(op.clientOpId) : null;
    change(v, op, created);
    const id = created || op.itemId;
    if (id && v.items.has(id)) v.items.set(id, { ...v.items.get(id), pending: true });
  }
  return v;
}

/** Where an item stands: the facilitator's placement or the median of the scores (rule M7); null if nowhere yet. */
export function position(v, i) {
  if (v.matrix.placement === 'facilitator') return i.placed;
  return i.aggregate.count && !i.aggregate.hidden ? { x: i.aggregate.x.median, y: i.aggregate.y.median } : null;
}

/** The quadrant id of a position, or null on a midline or without a position. */
export function quadrantOf(p) {
  if (!p || p.x === MIDDLE || p.y === MIDDLE) return null;
  const hx = p.x > MIDDLE;
  const hy = p.y > MIDDLE;
  if (hx && hy) return 'quick-wins';
  if (!hx && hy) return 'strategic-bets';
  if (hx && !hy) return 'small-improvements';
  return 'time-sinks';
}

/** Whether a value is on the scale (rule M3). */
export function onScale(scale, value) {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < MIN || value > MAX) return false;
  return scale === 'continuous' || Number.isInteger(value);
}

/** A value moved by a step and kept on the scale. */
export function nudge(value, delta) {
  const v = Math.round((value + delta) * 100) / 100;
  return Math.min(MAX, Math.max(MIN, v));
}

/** Number of characters as the server counts them (Unicode code points). */
export function length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
