// Facilitation on a page of a kind without notes (matrix, journey; docs/PROTOCOL.md F1-F4,
// F8, F9): the session bar everyone sees and the facilitator's card, with phase, lock, timer,
// people and the participant link. The idea board wires the same panels with more controls.

import { announce, alertError } from '../core/page.js';
import { confirmDialog } from '../core/dialogs.js';
import { SessionPanel } from './session-panel.js';
import { FacilitatorPanel } from './facilitator-panel.js';
import { PLAIN_FEATURES } from './session-markup.js';

/**
 * Sets up the panels of a page with #session-bar and section#facilitation for the board that
 * sync (../core/sync.js) holds; render(v) after every render of the page, and confirmedText(op)
 * in the confirmed hook gives what to announce for the facilitator's own session op, or null.
 */
export function plainFacilitation(sync, { token, boardId }) {
  const queue = (op) => sync.queue(op);
  const session = new SessionPanel({ queue, announce }, PLAIN_FEATURES);
  const panel = new FacilitatorPanel({
    queue, announce, alert: alertError, confirm: confirmDialog, token, boardId,
    request: (body) => sync.request(body), // D8a: erasing a participant
  }, PLAIN_FEATURES);
  return {
    render(v) {
      const ctx = { role: sync.role, sessionId: sync.sessionId };
      session.render(v, ctx);
      panel.render(v, ctx);
    },
    confirmedText: (op) => panel.confirmedText(op),
  };
}
