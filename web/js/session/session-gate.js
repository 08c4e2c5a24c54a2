// What a member may do on a board right now, as the server's session gate decides it
// (docs/PROTOCOL.md F2, F3; src/main/java/org/samskap/domain/session/Phase.java and
// SessionRules.gate). An op's category comes from the board's op catalogue, which the server
// serves in the join reply (../core/ops.js), so the client and the server read one source.
// The pages grey out what this module refuses, so the UI shows what the server would answer;
// the server still checks every op. No DOM, no network.

import { categoryOf } from '../core/ops.js';

export { categoryOf };

export const PHASES = ['free', 'write', 'group', 'vote', 'discuss'];

/**
 * True when a participant may do an op of this type in this phase (F2; an unknown phase
 * allows all, as 'free'). An op the catalogue does not have is refused outside 'free'.
 */
export function phaseAllows(phase, opType) {
  const c = categoryOf(opType);
  switch (phase) {
    case 'write': return c === 'content' || c === 'arrange';
    case 'group': return c === 'arrange';
    case 'vote': return c === 'vote';
    case 'discuss': return false;
    default: return true;
  }
}

/**
 * Why the server would refuse an op of this type now, or null when it would let it through
 * the gate: 'locked' (F3, checked first as the server does) or 'wrong_phase' (F2).
 * Facilitators are never limited by lock or phase.
 */
export function blockedBy(session, role, opType) {
  if (role === 'observer') return 'observer'; // A13: an observer reads only; the server refuses every op
  if (role === 'facilitator') return null;
  const s = session || {};
  if (s.locked === true) return 'locked';
  if (!phaseAllows(s.phase, opType)) return 'wrong_phase';
  return null;
}

/** The gate of a board for one member: allows(type), why(type), and the notice the page shows. */
export function gateOf(session, role) {
  const s = session || {};
  const phase = PHASES.includes(s.phase) ? s.phase : 'free';
  const why = (type) => blockedBy(s, role, type);
  return {
    phase,
    locked: s.locked === true,
    limited: role === 'observer' || (role !== 'facilitator' && (s.locked === true || phase !== 'free')),
    allows: (type) => why(type) === null,
    /** True when at least one of the types is allowed (a dialog that can do several things). */
    allowsAny: (types) => types.some((type) => why(type) === null),
    why,
    /** What the page explains: {reason:'locked'} or {reason:'wrong_phase', phase}, or null when nothing is limited. */
    notice: () => {
      if (role === 'facilitator' || role === 'observer') return null; // the observer banner says it (A13)
      if (s.locked === true) return { reason: 'locked' };
      if (phase !== 'free') return { reason: 'wrong_phase', phase };
      return null;
    },
  };
}

/** A stable key of what the gate decides, so a page re-applies it (and announces) only on change. */
export function gateKey(session, role) {
  const g = gateOf(session, role);
  return `${role === 'facilitator' ? 'f' : role === 'observer' ? 'o' : 'p'}|${g.locked ? 'l' : 'u'}|${g.phase}`;
}
