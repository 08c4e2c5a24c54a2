// The idea board's controls under the session gate (../session/session-gate.js, docs/PROTOCOL.md F2,
// F3): for a participant on a locked board, or in a phase that does not allow an op, the
// controls for that op are disabled, the notice says why, and a key press or drag that would
// do it is refused with a message. It all flips back on the next render after an unlock or a
// phase change. Facilitators are never limited.

import { PageGate, setAllowed } from '../session/session-gate-view.js';
import { sessionOf } from '../session/session-state.js';

/** The ops of a note's editing: its in-place editor opens while any of them is allowed. */
export const EDIT_TYPES = ['note.edit', 'note.color', 'note.cluster'];

export class BoardGate extends PageGate {
  /** announce(message) tells a refused action in the polite status region. */
  constructor(doc, announce) {
    super(doc.getElementById('gate-notice'), announce);
    this.doc = doc;
  }

  /** Applies the gate of the view's session to the page (call after every render). */
  update(v, role) {
    const g = super.update(sessionOf(v), role);
    const $ = (id) => this.doc.getElementById(id);
    const fallback = this.box;
    for (const c of $('add-form').elements) setAllowed(c, g.allows('note.create'), { fallback });
    for (const c of $('cluster-form').elements) setAllowed(c, g.allows('cluster.create'), { fallback });
    for (const b of this.doc.querySelectorAll('#canvas .note__edit')) {
      setAllowed(b, g.allowsAny(EDIT_TYPES), { fallback: b.closest('.note') });
    }
    for (const b of this.doc.querySelectorAll('#canvas .note__delete')) {
      setAllowed(b, g.allows('note.delete'), { fallback: b.closest('.note') });
    }
    for (const b of this.doc.querySelectorAll('#canvas .note__colour')) setAllowed(b, g.allows('note.color'), { fallback: b.closest('.note') });
    for (const b of this.doc.querySelectorAll('#canvas .note__group')) setAllowed(b, g.allows('note.cluster'), { fallback: b.closest('.note') });
    for (const b of this.doc.querySelectorAll('#canvas .note__vote')) setAllowed(b, g.allows('vote.cast'), { fallback: b.closest('.note') });
    const add = $('new-note');
    if (add) setAllowed(add, g.allows('note.create'), { fallback });
    for (const b of this.doc.querySelectorAll('#cluster-list .cluster__rename')) setAllowed(b, g.allows('cluster.rename'), { fallback });
    for (const b of this.doc.querySelectorAll('#cluster-list .cluster__delete')) setAllowed(b, g.allows('cluster.delete'), { fallback });
    for (const b of this.doc.querySelectorAll('#cluster-list .cluster__merge')) setAllowed(b, g.allows('cluster.merge'), { fallback });
    const split = $('split-selection');
    if (split) setAllowed(split, g.allows('cluster.split'), { fallback });
    return g;
  }
}
