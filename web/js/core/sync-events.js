// How the sync engine (./sync.js) sorts incoming events, for every board kind
// (docs/PROTOCOL.md E1-E3, E5). Pure: no DOM, no network.

/**
 * What to do with an event: 'ephemeral' (presence, cursor, reset), 'old' (at or below
 * our version: ignore), 'next' (apply it) or 'gap' (events were missed: send since).
 */
export function classify(state, ev) {
  if (!ev || typeof ev !== 'object') return 'old';
  if (ev.ephemeral) return 'ephemeral';
  if (typeof ev.version !== 'number') return 'old';
  if (ev.version <= state.version) return 'old';
  if (ev.version > state.version + 1) return 'gap';
  return 'next';
}

/** Applies presence from an ephemeral presence event. */
export function applyPresence(state, ev) {
  if (Array.isArray(ev.members)) state.presence = ev.members;
  if (typeof ev.count === 'number') state.presenceCount = ev.count; // E5: large boards send only the count
}
