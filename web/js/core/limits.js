// The text limits of the open board, as the server enforces them. BoardSync sets them from the
// join reply (docs/PROTOCOL.md J7); until then (the board is hidden behind the join gate) they
// are the server's defaults, so a counter never shows an empty number. Pages read them at the
// moment they check, count or fill a maxlength, never copy them. `notes` is the idea board's
// note limit (board_full, docs/PROTOCOL.md), which a paste of many lines stops at.

export const limits = { noteChars: 2000, labelChars: 200, reasonChars: 1000, notes: 10000 };

/** Takes the limits of a join reply; anything that is not a positive whole number is ignored. */
export function setLimits(fromServer) {
  if (!fromServer || typeof fromServer !== 'object') return limits;
  for (const key of Object.keys(limits)) {
    const v = fromServer[key];
    if (Number.isInteger(v) && v > 0) limits[key] = v;
  }
  return limits;
}
