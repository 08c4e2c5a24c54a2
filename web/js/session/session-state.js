// Facilitation and voting as the client knows them (docs/PROTOCOL.md F1-F9, V1-V7): applies
// session events and redacted events to the board state. Pure: no DOM, no network.

const SESSION_TYPES = new Set(['phase.set', 'board.lock', 'timer.start', 'timer.stop', 'silent.start', 'silent.reveal',
  'view.follow', 'view.unfollow', 'cursors.hide', 'member.remove', 'vote.open', 'vote.cast', 'vote.retract', 'vote.close']);

export function emptySession() {
  return {
    phase: 'free', locked: false, timerSeconds: 0, timerEndsAt: 0, silent: false, privateCount: 0,
    follow: null, cursorsHidden: false, vote: null, results: [],
  };
}

/** True for an event of the session layer (phase, lock, timer, votes...), on a board of any kind. */
export function isSessionEvent(ev) {
  return !!ev && SESSION_TYPES.has(ev.type);
}

/** The session of a state (a default one before the first snapshot says otherwise). */
export function sessionOf(state) {
  if (!state.session) state.session = emptySession();
  return state.session;
}

/**
 * Applies a session event or a redacted event; false for anything else (the kind's own
 * events). A redacted event hides something (J6): only what it shows is applied.
 */
export function applySession(state, ev) {
  const s = sessionOf(state);
  if (ev.redacted && !SESSION_TYPES.has(ev.type)) {
    if (ev.type === 'note.create' && ev.private) s.privateCount = (s.privateCount || 0) + 1;
    if (ev.type === 'note.delete' && ev.private) s.privateCount = Math.max(0, (s.privateCount || 0) - 1);
    return true;
  }
  switch (ev.type) {
    case 'phase.set': s.phase = ev.phase; return true;
    case 'board.lock': s.locked = ev.locked === true; return true;
    case 'timer.start': s.timerSeconds = ev.seconds; s.timerEndsAt = ev.endsAt; return true;
    case 'timer.stop': s.timerSeconds = 0; s.timerEndsAt = 0; return true;
    case 'silent.start': s.silent = true; return true;
    case 'silent.reveal': reveal(state, s, ev); return true;
    case 'view.follow': s.follow = { x: ev.x, y: ev.y, zoom: ev.zoom }; return true;
    case 'view.unfollow': s.follow = null; return true;
    case 'cursors.hide': s.cursorsHidden = ev.hidden === true; return true;
    case 'member.remove': return true;
    case 'vote.open':
      s.vote = {
        voteId: ev.voteId, budget: ev.budget, cap: ev.cap, anonymous: ev.anonymous, liveCounts: ev.liveCounts,
        durationSeconds: ev.durationSeconds, openedAt: ev.openedAt, endsAt: ev.endsAt, mine: {}, used: 0,
        counts: ev.liveCounts ? {} : undefined,
      };
      return true;
    case 'vote.cast':
    case 'vote.retract': vote(state, s, ev, ev.type === 'vote.cast' ? 1 : -1); return true;
    case 'vote.close':
      s.vote = null;
      s.results = [...(s.results || []), ev.result].slice(-50);
      return true;
    default:
      return false;
  }
}

function reveal(state, s, ev) {
  s.silent = false;
  s.privateCount = 0;
  if (!state.notes) return; // a board without notes (matrix, journey) reloads its items on its own
  const revealed = (ev.revealed && ev.revealed.notes) || [];
  for (const n of revealed) {
    const old = state.notes.get(n.id);
    state.notes.set(n.id, {
      id: n.id, text: String(n.text ?? ''), x: Number(n.x) || 0, y: Number(n.y) || 0, color: n.color || 'yellow',
      clusterId: n.clusterId ?? null, author: n.author || '', private: false, pending: false, ...(old ? { x: old.x, y: old.y } : {}),
    });
  }
  for (const [id, n] of state.notes) if (n.private) state.notes.set(id, { ...n, private: false });
}

function vote(state, s, ev, delta) {
  const v = s.vote;
  if (!v) return;
  if (ev.targetId && v.counts) v.counts[ev.targetId] = Math.max(0, (v.counts[ev.targetId] || 0) + delta);
  if (ev.targetId && ev.memberId && ev.memberId === state.me) {
    v.mine[ev.targetId] = Math.max(0, (v.mine[ev.targetId] || 0) + delta);
    v.used = Math.max(0, (v.used || 0) + delta);
  }
}

/** Vote totals everyone may see now: the open session's live counts, else the last result's; null if none. */
export function visibleCounts(session) {
  if (!session) return null;
  if (session.vote) return session.vote.counts || null;
  const last = (session.results || [])[session.results.length - 1];
  if (!last) return null;
  const out = {};
  for (const r of last.ranking || []) out[r.targetId] = r.votes;
  return out;
}
