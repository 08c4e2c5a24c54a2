// The journey board's controls under the session gate (../session/session-gate.js, docs/PROTOCOL.md
// F2, F3). Every control names its action in data-action; this table says which op types the
// action sends (see journey-page.js), so a control is greyed out when the gate allows none.

import { setAllowed } from '../session/session-gate-view.js';

/** The op types behind each data-action of the journey page. */
export const ACTION_OPS = {
  'stage-add': ['stage.create'],
  'lane-add': ['lane.create'],
  'role-add': ['role.create'],
  copy: ['version.copy'],
  'stage-rename': ['stage.rename'],
  'lane-rename': ['lane.rename'],
  'role-rename': ['role.rename'],
  'stage-left': ['stage.move'],
  'stage-right': ['stage.move'],
  'lane-up': ['lane.move'],
  'lane-down': ['lane.move'],
  'stage-delete': ['stage.delete'],
  'lane-delete': ['lane.delete'],
  'role-delete': ['role.delete'],
  'card-add': ['card.create'],
  'card-open': ['card.edit', 'card.move', 'card.touchpoint', 'card.link', 'card.unlink', 'card.delete'],
  'card-left': ['card.move'],
  'card-right': ['card.move'],
  'card-delete': ['card.delete'],
  emotion: ['stage.emotion'],
  huki: ['huki.set'],
};

/**
 * Greys out the controls of root the gate refuses. A card stays focusable (aria-disabled: it
 * shows the card's text); other controls get disabled. Only controls this gate disabled
 * (data-gated) are enabled again, so "first stage cannot move left" stays as the view set it.
 */
export function applyJourneyGate(root, gate, fallback) {
  for (const c of root.querySelectorAll('[data-action]')) {
    const ops = ACTION_OPS[c.dataset.action];
    if (!ops) continue;
    const allowed = gate.allowsAny(ops);
    if (c.dataset.action === 'card-open') {
      setAllowed(c, allowed, { keepFocusable: true });
    } else if (!allowed && !c.disabled) {
      c.dataset.gated = 'true';
      setAllowed(c, false, { fallback });
    } else if (allowed && c.dataset.gated) {
      delete c.dataset.gated;
      c.disabled = false;
    }
  }
}
