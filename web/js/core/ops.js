// The op catalogue of the open board, as the server serves it in the join reply (docs/PROTOCOL.md
// F2, field `ops`): each op type the board kind has, with its category (content, arrange, vote,
// facilitation). BoardSync sets it when it joins; the session gate (../session/session-gate.js)
// reads it, so the client judges an op as the server does and never by its name.

export const CATEGORIES = ['content', 'arrange', 'vote', 'facilitation'];

export const ops = {};

/** Takes the catalogue of a join reply; an entry whose category is not one of CATEGORIES is left out. */
export function setOps(fromServer) {
  for (const key of Object.keys(ops)) delete ops[key];
  if (!fromServer || typeof fromServer !== 'object') return ops;
  for (const [type, category] of Object.entries(fromServer)) {
    if (CATEGORIES.includes(category)) ops[type] = category;
  }
  return ops;
}

/** The category of an op type, or null when the board's catalogue does not have it. */
export function categoryOf(opType) {
  return Object.prototype.hasOwnProperty.call(ops, opType) ? ops[opType] : null;
}
