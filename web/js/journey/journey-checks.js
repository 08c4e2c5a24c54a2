// The HUKI rule and the current → future diff, computed in the browser the same way the
// server computes them for snapshots (docs/PROTOCOL.md JR6, JR9). Pure.

import { processSteps } from './journey-state.js';

/** 'huki_no_h', 'huki_many_h' or null (exactly one H) for a step's HUKI row (a Map roleId → letter). */
export function hukiWarning(row) {
  let h = 0;
  for (const v of (row || new Map()).values()) if (v === 'H') h++;
  if (h === 1) return null;
  return h === 0 ? 'huki_no_h' : 'huki_many_h';
}

/** Map cardId → warning for every step of a journey that breaks the rule. */
export function hukiWarnings(j) {
  const out = new Map();
  for (const c of processSteps(j)) {
    const w = hukiWarning(j.huki.get(c.id));
    if (w) out.set(c.id, w);
  }
  return out;
}

function sameRow(a, b) {
  const x = a || new Map();
  const y = b || new Map();
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (y.get(k) !== v) return false;
  return true;
}

function lcs(a, b) {
  const len = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let k = b.length - 1; k >= 0; k--) {
      len[i][k] = a[i] === b[k] ? len[i + 1][k + 1] + 1 : Math.max(len[i + 1][k], len[i][k + 1]);
    }
  }
  const out = new Set();
  let i = 0;
  let k = 0;
  while (i < a.length && k < b.length) {
    if (a[i] === b[k]) { out.add(a[i]); i++; k++; } else if (len[i + 1][k] >= len[i][k + 1]) i++; else k++;
  }
  return out;
}

function ordered(subject, from, to, fields, out) {
  const inTo = new Map(to.map((x) => [x.id, x]));
  const inFrom = new Map(from.map((x) => [x.id, x]));
  const keep = lcs(from.filter((x) => inTo.has(x.id)).map((x) => x.id), to.filter((x) => inFrom.has(x.id)).map((x) => x.id));
  for (const a of from) {
    const b = inTo.get(a.id);
    if (!b) { out.push({ subject, change: 'removed', id: a.id, fields: [] }); continue; }
    const f = fields(a, b);
    if (!keep.has(a.id)) f.push('position');
    if (f.length) out.push({ subject, change: 'changed', id: a.id, fields: f });
  }
  for (const b of to) if (!inFrom.has(b.id)) out.push({ subject, change: 'added', id: b.id, fields: [] });
}

/** What `to` added, removed and changed compared with `from` (same order and fields as the server's diff). */
export function diff(from, to) {
  const out = [];
  ordered('stage', from.stages, to.stages, (a, b) => [
    ...(a.label !== b.label ? ['label'] : []), ...(a.emotion !== b.emotion ? ['emotion'] : [])], out);
  ordered('lane', from.lanes, to.lanes, (a, b) => [
    ...(a.label !== b.label ? ['label'] : []), ...(a.kind !== b.kind ? ['kind'] : [])], out);
  for (const a of from.cards.values()) {
    const b = to.cards.get(a.id);
    if (!b) { out.push({ subject: 'card', change: 'removed', id: a.id, fields: [] }); continue; }
    const f = [];
    if (a.text !== b.text) f.push('text');
    if (a.laneId !== b.laneId) f.push('laneId');
    if (a.stageId !== b.stageId) f.push('stageId');
    if (a.touchpoint !== b.touchpoint) f.push('touchpoint');
    if (JSON.stringify(a.links) !== JSON.stringify(b.links)) f.push('links');
    if (!sameRow(from.huki.get(a.id), to.huki.get(b.id))) f.push('huki');
    if (f.length) out.push({ subject: 'card', change: 'changed', id: a.id, fields: f });
  }
  for (const b of to.cards.values()) if (!from.cards.has(b.id)) out.push({ subject: 'card', change: 'added', id: b.id, fields: [] });
  ordered('role', from.roles, to.roles, (a, b) => (a.name !== b.name ? ['name'] : []), out);
  return out;
}

/** The diff as a lookup: "subject:id" → change entry. */
export function diffIndex(changes) {
  return new Map(changes.map((c) => [`${c.subject}:${c.id}`, c]));
}
