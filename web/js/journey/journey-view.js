// Renders the journey board page: both versions side by side (grid and HUKI matrix each),
// the list of differences, and who is here. Input on buttons and selects becomes calls on
// the page's handlers. Focus stays on "the same control" across re-renders.

import { t } from '../core/i18n.js';
import { presenceItem } from '../core/presence.js';
import { VERSIONS } from './journey-state.js';
import { hukiWarnings, diff, diffIndex } from './journey-checks.js';
import { renderGrid } from './journey-grid.js';
import { renderHuki, renderDiff } from './journey-huki.js';

export class JourneyView {
  /** handlers: action(name, dataset) for buttons; select(name, dataset, value) for selects. */
  constructor(doc, handlers, realId) {
    this.doc = doc;
    this.h = handlers;
    this.realId = realId;
    this.root = doc.getElementById('board');
    this.root.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-action]');
      if (b && this.root.contains(b)) this.h.action(b.dataset.action, { ...b.dataset });
    });
    this.root.addEventListener('change', (e) => {
      const s = e.target.closest('select[data-action]');
      if (s) this.h.select(s.dataset.action, { ...s.dataset }, s.value);
    });
    this.root.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  render(v, ctx) {
    const facilitator = ctx.role === 'facilitator';
    const title = v.board.title || t('app.name');
    this.doc.getElementById('board-title').textContent = title;
    this.doc.title = `${title} – ${t('journey.title.suffix')}`;
    this.doc.querySelectorAll('.facilitator-only').forEach((e) => { e.hidden = !facilitator; });
    const changes = diff(v.journeys.current, v.journeys.future);
    const index = diffIndex(changes);
    const focus = this.focusedKey();
    for (const version of VERSIONS) {
      const j = v.journeys[version];
      const c = { role: ctx.role, diff: index, warnings: hukiWarnings(j) };
      this.doc.getElementById(`grid-${version}`).replaceChildren(renderGrid(v, version, j, c));
      this.doc.getElementById(`empty-${version}`).hidden = j.stages.length > 0;
      this.doc.getElementById(`huki-${version}`).replaceChildren(...renderHuki(version, j, c));
    }
    this.doc.getElementById('diff-list').replaceChildren(...renderDiff(v, changes));
    this.renderPresence(v, ctx);
    if (focus) this.refocus(focus);
  }

  focusedKey() {
    const a = this.doc.activeElement;
    return a && this.root.contains(a) && a.dataset && a.dataset.key ? a.dataset.key : null;
  }

  /** Focuses the control with this key (temporary ids in it are replaced by the real ones). */
  refocus(key) {
    const resolved = key.split('|').map((p) => this.realId(p)).join('|');
    for (const k of [key, resolved]) {
      const e = [...this.root.querySelectorAll('[data-key]')].find((x) => x.dataset.key === k);
      if (e && !e.disabled) {
        e.focus();
        return true;
      }
    }
    return false;
  }

  onKeyDown(e) {
    const b = e.target.closest && e.target.closest('button[data-action="card-open"]');
    if (!b) return;
    const d = { ...b.dataset };
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      this.h.action(e.key === 'ArrowLeft' ? 'card-left' : 'card-right', d);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      this.h.action('card-delete', d);
    }
  }

  renderPresence(v, ctx) {
    const members = Array.isArray(v.presence) ? v.presence : [];
    this.doc.getElementById('presence-h2').textContent = t('presence.h2', { count: members.length });
    this.doc.getElementById('presence-list').replaceChildren(...members.map((m) => presenceItem(this.doc, m, ctx)));
  }
}
