// The journey board as the client knows it: the server's confirmed state (snapshot plus
// events, docs/PROTOCOL.md J1-J3, E1-E3, JR1-JR9) and a view of it with the user's pending
// ops on top. It is the `model` ../core/sync.js takes. Pure: no DOM, no network.
//
// Events name their journey version in `journey` (their `version` is the board version);
// ops name it in `version`.

import { tempId } from '../core/outbox.js';
import { applySession, isSessionEvent } from '../session/session-state.js';

export const VERSIONS = ['current', 'future'];
export const LANE_KINDS = ['actions', 'touchpoints', 'actors', 'processes', 'technology', 'pains', 'gains', 'emotion', 'custom'];
export const TOUCHPOINTS = ['digital', 'physical', 'interpersonal'];
export const HUKI = ['H', 'U', 'K', 'I'];
export const EMOTIONS = [-2, -1, 0, 1, 2];
const SEEN_LIMIT = 5000;

/** Fields of an op that name an object; a temp id there means "the object my earlier create makes". */
export const ID_FIELDS = ['stageId', 'laneId', 'cardId', 'roleId'];

const CREATED = { 'stage.create': 'stageId', 'lane.create': 'laneId', 'card.create': 'cardId', 'role.create': 'roleId' };

/** The id an accepted create (its event or its reply) assigned, or null for other ops. */
export function createdId(type, m) {
  const field = CREATED[type];
  return field ? m[field] || null : null;
}

export function emptyJourney() {
  return { stages: [], lanes: [], cards: new Map(), roles: [], huki: new Map() };
}

export function copyJourney(j) {
  const huki = new Map();
  for (const [cardId, row] of j.huki) huki.set(cardId, new Map(row));
  return { stages: [...j.stages], lanes: [...j.lanes], cards: new Map(j.cards), roles: [...j.roles], huki };
}

export function emptyState() {
  return {
    version: 0,
    board: { id: '', kind: 'journey', title: '' },
    journeys: { current: emptyJourney(), future: emptyJourney() },
    presence: [],
    seenOps: new Set(),
    session: null,
  };
}

function str(v) {
  return typeof v === 'string' ? v : '';
}

function emotion(v) {
  return Number.isInteger(v) && v >= -2 && v <= 2 ? v : null;
}

function card(c) {
  return {
    id: c.id,
    laneId: str(c.laneId),
    stageId: str(c.stageId),
    text: str(c.text),
    touchpoint: TOUCHPOINTS.includes(c.touchpoint) ? c.touchpoint : null,
    author: str(c.author),
    links: Array.isArray(c.links) ? c.links.map((l) => ({ boardId: str(l.boardId), noteId: str(l.noteId) })) : [],
    pending: false,
  };
}

function journeyFrom(m) {
  const j = emptyJourney();
  if (!m) return j;
  for (const s of m.stages || []) j.stages.push({ id: s.id, label: str(s.label), emotion: emotion(s.emotion), pending: false });
  for (const l of m.lanes || []) {
    j.lanes.push({ id: l.id, kind: LANE_KINDS.includes(l.kind) ? l.kind : 'custom', label: str(l.label), pending: false });
  }
  for (const c of m.cards || []) j.cards.set(c.id, card(c));
  for (const r of m.roles || []) j.roles.push({ id: r.id, name: str(r.name), pending: false });
  for (const h of m.huki || []) setHuki(j, h.cardId, h.roleId, h.value);
  return j;
}

/** A confirmed state from a join or since snapshot at the given version. */
export function fromSnapshot(snapshot, version, previous = null) {
  const s = emptyState();
  s.version = version;
  s.board = { ...s.board, ...(snapshot.board || {}) };
  const journeys = snapshot.journeys || {};
  for (const v of VERSIONS) s.journeys[v] = journeyFrom(journeys[v]);
  s.presence = Array.isArray(snapshot.presence) ? snapshot.presence : (previous ? previous.presence : []);
  if (previous) s.seenOps = previous.seenOps;
  s.session = snapshot.session || null; // phase and lock for the session gate (docs/PROTOCOL.md F2, F3)
  return s;
}

/** Applies the next durable event to the confirmed state (mutates it). */
export function applyEvent(state, ev) {
  if (isSessionEvent(ev)) applySession(state, ev);
  else change(state, ev, ev.journey, createdId(ev.type, ev));
  state.version = ev.version;
  if (typeof ev.clientOpId === 'string') {
    state.seenOps.add(ev.clientOpId);
    if (state.seenOps.size > SEEN_LIMIT) state.seenOps.delete(state.seenOps.values().next().value);
  }
}

function setHuki(j, cardId, roleId, value) {
  if (HUKI.includes(value)) {
    const row = new Map(j.huki.get(cardId) || []);
    row.set(roleId, value);
    j.huki.set(cardId, row);
  } else if (j.huki.has(cardId)) {
    const row = new Map(j.huki.get(cardId));
    row.delete(roleId);
    if (row.size) j.huki.set(cardId, row);
    else j.huki.delete(cardId);
  }
}

function insertAt(list, item, index) {
  const i = Number.isInteger(index) ? Math.max(0, Math.min(index, list.length)) : list.length;
  list.splice(i, 0, item);
}

function moveTo(list, id, index) {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0 || !Number.isInteger(index)) return;
  const [item] = list.splice(i, 1);
  insertAt(list, item, index);
}

function replaceIn(list, id, fields) {
  const i = list.findIndex((x) => x.id === id);
  if (i >= 0) list[i] = { ...list[i], ...fields };
}

function removeCards(j, which) {
  for (const [id, c] of [...j.cards]) {
    if (which(c)) {
      j.cards.delete(id);
      j.huki.delete(id);
    }
  }
}

function updateCard(j, id, fields) {
  const c = j.cards.get(id);
  if (c) j.cards.set(id, { ...c, ...fields });
}

/** One change (an event or a local op) to a state; journeys are copied on write so views never share lists. */
function change(state, c, journeyName, newId) {
  if (c.type === 'board.rename') {
    state.board = { ...state.board, title: str(c.title) };
    return;
  }
  if (!VERSIONS.includes(journeyName)) return;
  if (c.type === 'version.copy') {
    if (VERSIONS.includes(c.from)) state.journeys = { ...state.journeys, [journeyName]: copyJourney(state.journeys[c.from]) };
    return;
  }
  const j = copyJourney(state.journeys[journeyName]);
  state.journeys = { ...state.journeys, [journeyName]: j };
  switch (c.type) {
    case 'stage.create': if (newId) insertAt(j.stages, { id: newId, label: str(c.label), emotion: null, pending: false }, c.index); return;
    case 'stage.rename': replaceIn(j.stages, c.stageId, { label: str(c.label) }); return;
    case 'stage.move': moveTo(j.stages, c.stageId, c.index); return;
    case 'stage.emotion': replaceIn(j.stages, c.stageId, { emotion: emotion(c.emotion) }); return;
    case 'stage.delete':
      j.stages = j.stages.filter((s) => s.id !== c.stageId);
      removeCards(j, (x) => x.stageId === c.stageId);
      return;
    case 'lane.create':
      if (newId) insertAt(j.lanes, { id: newId, kind: LANE_KINDS.includes(c.kind) ? c.kind : 'custom', label: str(c.label), pending: false }, c.index);
      return;
    case 'lane.rename': replaceIn(j.lanes, c.laneId, { label: str(c.label) }); return;
    case 'lane.move': moveTo(j.lanes, c.laneId, c.index); return;
    case 'lane.delete':
      j.lanes = j.lanes.filter((l) => l.id !== c.laneId);
      removeCards(j, (x) => x.laneId === c.laneId);
      return;
    case 'card.create': if (newId) j.cards.set(newId, card({ ...c, id: newId })); return;
    case 'card.edit': updateCard(j, c.cardId, { text: str(c.text) }); return;
    case 'card.touchpoint': if (TOUCHPOINTS.includes(c.touchpoint)) updateCard(j, c.cardId, { touchpoint: c.touchpoint }); return;
    case 'card.move': updateCard(j, c.cardId, { stageId: str(c.stageId) }); return;
    case 'card.delete': j.cards.delete(c.cardId); j.huki.delete(c.cardId); return;
    case 'card.link': {
      const x = j.cards.get(c.cardId);
      if (x && !x.links.some((l) => l.boardId === c.boardId && l.noteId === c.noteId)) {
        updateCard(j, c.cardId, { links: [...x.links, { boardId: str(c.boardId), noteId: str(c.noteId) }] });
      }
      return;
    }
    case 'card.unlink': {
      const x = j.cards.get(c.cardId);
      if (x) updateCard(j, c.cardId, { links: x.links.filter((l) => !(l.boardId === c.boardId && l.noteId === c.noteId)) });
      return;
    }
    case 'role.create': if (newId) j.roles.push({ id: newId, name: str(c.name), pending: false }); return;
    case 'role.rename': replaceIn(j.roles, c.roleId, { name: str(c.name) }); return;
    case 'role.delete':
      j.roles = j.roles.filter((r) => r.id !== c.roleId);
      for (const cardId of [...j.huki.keys()]) setHuki(j, cardId, c.roleId, null);
      return;
    case 'huki.set': setHuki(j, c.cardId, c.roleId, c.value); return;
    default:
  }
}

/**
 * The state to show: the confirmed state with the pending ops applied on top, in order.
 * Ops whose event the client has already seen are skipped. Things a pending op touches are
 * marked pending.
 */
export function view(state, pendingOps, author = '') {
  const v = { ...state, journeys: { ...state.journeys } };
  for (const op of pendingOps) {
    if (state.seenOps.has(op.clientOpId)) continue;
    const newId = CREATED[op.type] ? tempId(op.clientOpId) : null;
    change(v, op.type === 'card.create' ? { ...op, author } : op, op.version, newId);
    const j = v.journeys[op.version];
    if (!j) continue;
    const stageId = op.type === 'stage.create' ? newId : (op.type.startsWith('stage.') ? op.stageId : null);
    const laneId = op.type === 'lane.create' ? newId : (op.type.startsWith('lane.') ? op.laneId : null);
    const cardId = op.type === 'card.create' ? newId : op.cardId;
    const roleId = op.type === 'role.create' ? newId : (op.type.startsWith('role.') ? op.roleId : null);
    if (stageId) replaceIn(j.stages, stageId, { pending: true });
    if (laneId) replaceIn(j.lanes, laneId, { pending: true });
    if (roleId) replaceIn(j.roles, roleId, { pending: true });
    if (cardId) updateCard(j, cardId, { pending: true });
  }
  return v;
}

/** The cards of one cell, in the order they were made. */
export function cardsIn(j, laneId, stageId) {
  const out = [];
  for (const c of j.cards.values()) if (c.laneId === laneId && c.stageId === stageId) out.push(c);
  return out;
}

/** The work-process steps of a journey (cards in a processes lane), by stage then lane order. */
export function processSteps(j) {
  const lanes = j.lanes.filter((l) => l.kind === 'processes');
  const out = [];
  for (const s of j.stages) for (const l of lanes) out.push(...cardsIn(j, l.id, s.id));
  return out;
}
