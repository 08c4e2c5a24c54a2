// The idea board as the client knows it: the server's confirmed state (snapshot plus
// events, docs/PROTOCOL.md J1-J3, E1-E3) and a view of it with the user's pending ops on top.
// Pure: no DOM, no network.

import { tempId } from '../core/outbox.js';
import { applySession } from '../session/session-state.js';

export const COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'];
const SEEN_LIMIT = 5000;

/** Fields of an op that name an object; a temp id there means "the object my earlier create makes". */
export const ID_FIELDS = ['noteId', 'clusterId'];

/** The id an accepted create (its event or its reply) assigned, or null for other ops. */
export function createdId(type, m) {
  if (type === 'note.create') return m.noteId || null;
  if (type === 'cluster.create' || type === 'cluster.split') return m.clusterId || null;
  return null;
}

export function emptyState() {
  return {
    version: 0,
    board: { id: '', kind: 'ideas', title: '' },
    notes: new Map(),
    clusters: new Map(),
    presence: [],
    seenOps: new Set(),
    session: null, // facilitation and voting (docs/PROTOCOL.md F1-F9, V1-V7), see session-state.js
    me: null, // this member's id, for telling own votes
    namesShown: false, // authors on notes, set by the facilitator (docs/PROTOCOL.md I3)
  };
}

/** A confirmed state from a join or since snapshot at the given version. */
export function fromSnapshot(snapshot, version, previous = null) {
  const s = emptyState();
  s.version = version;
  s.board = { ...s.board, ...(snapshot.board || {}) };
  for (const c of snapshot.clusters || []) s.clusters.set(c.id, cluster(c.id, c.label, c.x, c.y));
  for (const n of snapshot.notes || []) s.notes.set(n.id, note(n));
  s.presence = Array.isArray(snapshot.presence) ? snapshot.presence : (previous ? previous.presence : []);
  if (previous) s.seenOps = previous.seenOps;
  s.session = snapshot.session || null;
  s.namesShown = snapshot.namesShown === true;
  s.me = previous ? previous.me : null;
  return s;
}

function note(n) {
  return {
    id: n.id,
    text: typeof n.text === 'string' ? n.text : '',
    x: num(n.x),
    y: num(n.y),
    color: COLORS.includes(n.color) ? n.color : 'yellow',
    clusterId: n.clusterId ?? null,
    author: n.author || '',
    private: n.private === true,
    pending: false,
  };
}

function cluster(id, label, x, y) {
  return { id, label: label || '', x: num(x), y: num(y), pending: false };
}

function num(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Applies the next durable event to the confirmed state (mutates it). */
export function applyEvent(state, ev) {
  const madeCluster = ev.type === 'cluster.create' || ev.type === 'cluster.split' ? ev.clusterId : null;
  if (!applySession(state, ev)) change(state, ev, ev.type === 'note.create' ? ev.noteId : null, madeCluster);
  state.version = ev.version;
  if (typeof ev.clientOpId === 'string') {
    state.seenOps.add(ev.clientOpId);
    if (state.seenOps.size > SEEN_LIMIT) {
      const oldest = state.seenOps.values().next().value;
      state.seenOps.delete(oldest);
    }
  }
}

/** One change (an event or a local op) to a state. */
function change(state, c, newNoteId, newClusterId) {
  const notes = state.notes;
  const clusters = state.clusters;
  switch (c.type) {
    case 'note.create': {
      if (!newNoteId) return;
      notes.set(newNoteId, note({ ...c, id: newNoteId }));
      return;
    }
    case 'note.edit':
      update(notes, c.noteId, { text: String(c.text ?? '') });
      return;
    case 'note.move':
      update(notes, c.noteId, { x: num(c.x), y: num(c.y) });
      return;
    case 'note.color':
      if (COLORS.includes(c.color)) update(notes, c.noteId, { color: c.color });
      return;
    case 'note.delete':
      notes.delete(c.noteId);
      return;
    case 'note.restore': // an undone delete (docs/PROTOCOL.md U7): the note as it was
      if (typeof c.noteId === 'string') notes.set(c.noteId, note({ ...c, id: c.noteId }));
      return;
    case 'note.cluster':
      update(notes, c.noteId, { clusterId: c.clusterId ?? null });
      return;
    case 'cluster.create':
      if (newClusterId) clusters.set(newClusterId, cluster(newClusterId, c.label, c.x, c.y));
      return;
    case 'cluster.rename': {
      const cl = clusters.get(c.clusterId);
      if (cl) clusters.set(c.clusterId, { ...cl, label: String(c.label ?? '') });
      return;
    }
    case 'cluster.delete':
      if (!clusters.delete(c.clusterId)) return;
      for (const [id, n] of notes) if (n.clusterId === c.clusterId) notes.set(id, { ...n, clusterId: null });
      return;
    case 'board.rename':
      state.board = { ...state.board, title: String(c.title ?? '') };
      return;
    case 'cluster.merge': // I1: the notes join intoId, the cluster goes
      if (!clusters.has(c.clusterId) || !clusters.has(c.intoId)) return;
      clusters.delete(c.clusterId);
      for (const [id, n] of notes) if (n.clusterId === c.clusterId) notes.set(id, { ...n, clusterId: c.intoId });
      return;
    case 'cluster.split': // I2: a new cluster of the chosen notes
    case 'cluster.restore': { // I1: an undone merge
      const id = c.type === 'cluster.split' ? newClusterId : c.clusterId;
      if (!id) return;
      clusters.set(id, cluster(id, c.label, c.x, c.y));
      for (const nid of Array.isArray(c.noteIds) ? c.noteIds : []) update(notes, nid, { clusterId: id });
      return;
    }
    case 'board.names': // I3
      state.namesShown = c.shown === true;
      return;
    default:
  }
}

function update(map, id, fields) {
  const old = map.get(id);
  if (old) map.set(id, { ...old, ...fields });
}

/**
 * The state to show: the confirmed state with the pending ops applied on top, in order.
 * Ops whose event the client has already seen are skipped. Objects touched by a pending op
 * are marked pending. author is the name a locally created note shows until it is confirmed.
 */
export function view(state, pendingOps, author = '') {
  const v = {
    version: state.version,
    board: state.board,
    notes: new Map(state.notes),
    clusters: new Map(state.clusters),
    presence: state.presence,
    seenOps: state.seenOps,
    session: state.session,
    me: state.me,
    namesShown: state.namesShown,
  };
  for (const op of pendingOps) {
    if (state.seenOps.has(op.clientOpId)) continue;
    const newNote = op.type === 'note.create' ? tempId(op.clientOpId) : null;
    const newCluster = op.type === 'cluster.create' || op.type === 'cluster.split' ? tempId(op.clientOpId) : null;
    change(v, op.type === 'note.create' ? { ...op, author } : op, newNote, newCluster);
    const nid = newNote || op.noteId;
    if (nid && v.notes.has(nid)) v.notes.set(nid, { ...v.notes.get(nid), pending: true });
    const cid = newCluster || (op.type.startsWith('cluster.') ? op.clusterId : null);
    if (cid && v.clusters.has(cid)) v.clusters.set(cid, { ...v.clusters.get(cid), pending: true });
  }
  return v;
}

/** Notes of a cluster, in board order. */
export function notesIn(v, clusterId) {
  const out = [];
  for (const n of v.notes.values()) if (n.clusterId === clusterId) out.push(n);
  return out;
}

/** Number of characters as the server counts them (Unicode code points). */
export function length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
