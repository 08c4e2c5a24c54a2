// The visible side of the session gate (./session-gate.js), shared by the idea board, the
// matrix and the journey pages: the polite notice that says why writing is closed, the
// message for a blocked keyboard move or drag, and greying out controls without losing focus.

import { t } from '../core/i18n.js';
import { gateOf } from './session-gate.js';
import './strings.js';

/** The text that explains a gate's notice ({reason, phase}), or '' when nothing is limited. */
export function noticeText(notice) {
  if (!notice) return '';
  if (notice.reason === 'locked') return t('gate.locked');
  return t(`gate.phase.${notice.phase}`, { phase: t(`phase.${notice.phase}`) });
}

/** The short message for one refused action (announced when a key press or drag is blocked). */
export function blockedText(gate, reason) {
  if (reason === 'locked') return t('gate.blocked.locked');
  if (reason === 'observer') return t('gate.blocked.observer');
  return t('gate.blocked.phase', { phase: t(`phase.${gate.phase}`) });
}

/**
 * Shows the gate's notice in box, a role=status element that always stays in the page (a
 * live region must exist before its text changes to be read). The text is a child paragraph,
 * so the box takes no room when there is nothing to say.
 */
export function renderNotice(box, gate) {
  const text = noticeText(gate.notice());
  const p = box.firstElementChild;
  if (!text) {
    if (p) p.remove();
    return;
  }
  if (p && p.textContent === text) return;
  const next = p || box.appendChild(document.createElement('p'));
  next.className = 'gate-notice';
  next.textContent = text;
}

/**
 * Greys out a control: the disabled attribute for form controls, or aria-disabled for an
 * element that must stay focusable (its handler checks the gate and says why). If the control
 * had focus and loses it, focus goes to fallback (an element with tabindex) so it is not lost.
 */
export function setAllowed(control, allowed, { keepFocusable = false, fallback = null } = {}) {
  if (keepFocusable) {
    if (allowed) control.removeAttribute('aria-disabled');
    else control.setAttribute('aria-disabled', 'true');
    return;
  }
  if (control.disabled === !allowed) return;
  const hadFocus = document.activeElement === control;
  control.disabled = !allowed;
  if (hadFocus && !allowed && fallback) fallback.focus();
}

/**
 * A page's gate: keeps the member's current gate, renders the notice into box on update, and
 * refuses (saying why in the status region) an action none of whose op types is allowed.
 */
export class PageGate {
  constructor(box, announce) {
    this.box = box;
    this.announce = announce;
    this.gate = gateOf(null, 'participant');
  }

  /** Takes the session of a new view; returns the gate for greying out the page's controls. */
  update(session, role) {
    this.gate = gateOf(session, role);
    renderNotice(this.box, this.gate);
    return this.gate;
  }

  allows(type) {
    return this.gate.allows(type);
  }

  /** True, after saying why, when none of the op types is allowed now. */
  blocked(...types) {
    if (this.gate.allowsAny(types)) return false;
    this.announce(blockedText(this.gate, this.gate.why(types[0])));
    return true;
  }
}
