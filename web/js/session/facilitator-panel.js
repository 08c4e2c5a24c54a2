// The facilitator's controls on a board of any kind (docs/PROTOCOL.md F1-F9, V1, V5, V6):
// phase, lock, timer, people (remove) and revoking the participant link on every page; silent
// writing and reveal, follow me, hide cursors and voting sessions where the kind has them
// (./session-markup.js builds the card for the page's features). Every control is a native
// button or form field.

import { t } from '../core/i18n.js';
import { signedInBadge } from '../core/presence.js';
import { sessionOf } from './session-state.js';
import { buildFacilitation, IDEA_FEATURES } from './session-markup.js';
import { mountDeleteBoard } from '../privacy/delete-board.js';
import { askErase } from '../privacy/erase-me.js';
import { mountShareDialog } from './share-dialog.js';

const $ = (id) => document.getElementById(id);
const PHASES = ['free', 'write', 'group', 'vote', 'discuss'];
const FOLLOW_MS = 400;

export class FacilitatorPanel {
  /**
   * hooks: queue(op); announce(msg); alert(msg); confirm(message) -> Promise<boolean>;
   * viewCenter() -> {x, y} the centre of the facilitator's view in board coordinates;
   * onScroll(fn) calls fn when the facilitator's view moves (both only with features.follow);
   * token, boardId. features: which optional controls the page has (IDEA_FEATURES, PLAIN_FEATURES).
   */
  constructor(hooks, features = IDEA_FEATURES) {
    this.h = hooks;
    this.f = features;
    this.session = null;
    this.following = false;
    this.followTimer = null;
    buildFacilitation($('facilitation'), features);
    this.fillPhases();
    $('fac-phase-set').addEventListener('click', () => this.h.queue({ type: 'phase.set', phase: $('fac-phase').value }));
    $('fac-lock').addEventListener('click', () => this.h.queue({ type: 'board.lock', locked: !this.session.locked }));
    $('fac-timer-form').addEventListener('submit', (e) => this.startTimer(e));
    $('fac-timer-stop').addEventListener('click', () => this.h.queue({ type: 'timer.stop' }));
    $('fac-people').addEventListener('click', (e) => this.onPeopleClick(e));
    $('fac-revoke').addEventListener('click', () => this.revoke());
    this.deleteBoard = mountDeleteBoard($('facilitation'), hooks); // D1: delete the board, confirmed by its title
    if (features.cursors) {
      $('fac-cursors').addEventListener('click', () => this.h.queue({ type: 'cursors.hide', hidden: !this.session.cursorsHidden }));
    }
    if (features.silent) {
      $('fac-silent').addEventListener('click', () => this.h.queue({ type: this.session.silent ? 'silent.reveal' : 'silent.start' }));
    }
    if (features.follow) {
      $('fac-follow').addEventListener('click', () => this.toggleFollow());
      // followAsked: the view moves between pressing "follow" and the server's answer are sent too
      this.h.onScroll(() => { if (this.following || this.followAsked) this.sendFollowSoon(); });
    }
    if (features.vote) {
      $('fac-vote-form').addEventListener('submit', (e) => this.openVote(e));
      $('fac-vote-close').addEventListener('click', () => this.h.queue({ type: 'vote.close' }));
    }
  }

  startTimer(e) {
    e.preventDefault();
    const minutes = Number($('fac-timer-min').value);
    if (!(minutes >= 1 && minutes <= 1440)) {
      this.h.alert(t('fac.timer.bad'));
      $('fac-timer-min').focus();
      return;
    }
    this.h.queue({ type: 'timer.start', seconds: Math.round(minutes * 60) });
  }

  /**
   * What to announce when one of the facilitator's own session ops is stored (the page's
   * confirmed hook), or null: the participants' pages change with it, so say it happened.
   */
  confirmedText(op) {
    switch (op.type) {
      case 'phase.set': return t('fac.done.phase', { phase: t(`phase.${op.phase}`) });
      case 'board.lock': return op.locked ? t('session.locked.fac') : t('fac.done.unlocked');
      case 'timer.start': return t('fac.done.timer', { minutes: Math.round(op.seconds / 6) / 10 });
      case 'timer.stop': return t('fac.done.timerStop');
      case 'silent.start': return t('fac.done.silent');
      case 'silent.reveal': return t('fac.done.reveal');
      case 'cursors.hide': return op.hidden ? t('fac.done.cursorsHidden') : t('fac.done.cursorsShown');
      case 'member.remove': return t('fac.done.removed');
      case 'vote.open': return t('fac.done.voteOpen');
      case 'vote.close': return t('vote.closed');
      default: return null;
    }
  }

  fillPhases() {
    const select = $('fac-phase');
    const value = select.value;
    select.replaceChildren(...PHASES.map((p) => {
      const o = document.createElement('option');
      o.value = p;
      o.textContent = t(`phase.${p}`);
      return o;
    }));
    if (value) select.value = value;
  }

  render(v, ctx) {
    if (ctx.role !== 'facilitator') return;
    this.deleteBoard.render(v);
    mountShareDialog(this.h); // rules A13, A14: the board's links, with copy and QR
    const s = sessionOf(v);
    this.session = s;
    this.fillPhases();
    // Only a change of the board's phase overwrites the select: a choice the facilitator has made
    // but not yet set survives unrelated updates (a note moved, someone joined).
    if (s.phase !== this.shownPhase && document.activeElement !== $('fac-phase')) {
      $('fac-phase').value = s.phase;
      this.shownPhase = s.phase;
    }
    $('fac-lock').setAttribute('aria-pressed', String(!!s.locked));
    $('fac-lock').textContent = s.locked ? t('fac.unlock') : t('fac.lock');
    if (this.f.cursors) {
      $('fac-cursors').setAttribute('aria-pressed', String(!!s.cursorsHidden));
      $('fac-cursors').textContent = s.cursorsHidden ? t('fac.cursors.show') : t('fac.cursors');
    }
    if (this.f.silent) {
      $('fac-silent').textContent = s.silent ? t('fac.silent.reveal', { count: s.privateCount || 0 }) : t('fac.silent.start');
    }
    if (this.f.follow) {
      this.following = !!s.follow;
      if (this.following) this.followAsked = false;
      $('fac-follow').setAttribute('aria-pressed', String(this.following));
      $('fac-follow').textContent = this.following ? t('fac.unfollow') : t('fac.follow');
    }
    if (this.f.vote) {
      $('fac-vote-open').hidden = !!s.vote;
      $('fac-vote-close').hidden = !s.vote;
      for (const id of ['fac-budget', 'fac-cap', 'fac-duration', 'fac-anonymous', 'fac-live']) $(id).disabled = !!s.vote;
    }
    this.renderPeople(v, ctx);
  }

  renderPeople(v, ctx) {
    const seen = new Set();
    const items = [];
    for (const m of v.presence || []) {
      if (!m.memberId || seen.has(m.memberId)) continue;
      seen.add(m.memberId);
      const li = document.createElement('li');
      const name = m.name || t('presence.anon');
      const label = document.createElement('span');
      label.textContent = t('presence.member', { name, role: t(`role.${m.role}`) });
      if (m.signedIn === true) label.append(...signedInBadge(document)); // S9
      li.append(label);
      if (m.role === 'participant' && m.sessionId !== ctx.sessionId) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn btn--small btn--danger';
        b.dataset.memberId = m.memberId;
        b.dataset.name = name;
        b.textContent = t('fac.remove');
        b.setAttribute('aria-label', t('fac.remove.label', { name }));
        li.append(' ', b);
        if (this.h.request) { // D8a: erase the participant
          const x = document.createElement('button');
          x.type = 'button';
          x.className = 'btn btn--small btn--danger';
          x.dataset.eraseId = m.memberId;
          x.dataset.name = name;
          x.textContent = t('privacy.erase.other.button');
          x.setAttribute('aria-label', t('privacy.erase.other.label', { name }));
          li.append(' ', x);
        }
      }
      items.push(li);
    }
    $('fac-people').replaceChildren(...items);
  }

  openVote(e) {
    e.preventDefault();
    const budget = Number($('fac-budget').value);
    const cap = Number($('fac-cap').value);
    const minutes = Number($('fac-duration').value || 0);
    let error = '';
    if (!(Number.isInteger(budget) && budget >= 1 && budget <= 99)) error = t('fac.vote.badBudget');
    else if (!(Number.isInteger(cap) && cap >= 1 && cap <= budget)) error = t('fac.vote.badCap', { budget });
    else if (!(minutes >= 0 && minutes <= 1440)) error = t('fac.vote.badDuration');
    $('fac-vote-error').textContent = error;
    if (error) return;
    this.h.queue({
      type: 'vote.open', budget, cap, anonymous: $('fac-anonymous').checked, liveCounts: $('fac-live').checked,
      durationSeconds: Math.round(minutes * 60),
    });
  }

  async onPeopleClick(e) {
    const x = e.target.closest('button[data-erase-id]');
    if (x) {
      await this.erase(x.dataset.eraseId, x.dataset.name);
      return;
    }
    const b = e.target.closest('button[data-member-id]');
    if (!b) return;
    if (await this.h.confirm(t('fac.remove.confirm', { name: b.dataset.name }), t('fac.remove.yes'))) {
      this.h.queue({ type: 'member.remove', memberId: b.dataset.memberId });
    }
    $('fac-revoke').focus();
  }

  /** D8a: asks, then erases the participant through the board's writer; says how it went. */
  async erase(memberId, name) {
    const asked = await askErase({ self: false, name });
    if (asked) {
      try {
        const reply = await this.h.request({ type: 'member.erase', memberId, publicNotes: asked.publicNotes });
        if (!reply || !reply.ok) throw new Error(reply && reply.reason);
        this.h.announce(t('privacy.erase.other.done', { name }));
      } catch (err) {
        this.h.alert(t('privacy.erase.failed'));
      }
    }
    $('fac-revoke').focus();
  }

  toggleFollow() {
    if (this.following) {
      this.followAsked = false;
      this.h.queue({ type: 'view.unfollow' });
    } else {
      this.followAsked = true;
      this.sendFollow();
    }
  }

  sendFollowSoon() {
    if (this.followTimer) return;
    this.followTimer = setTimeout(() => {
      this.followTimer = null;
      this.sendFollow();
    }, FOLLOW_MS);
  }

  sendFollow() {
    const c = this.h.viewCenter();
    this.h.queue({ type: 'view.follow', x: Math.round(c.x), y: Math.round(c.y), zoom: 1 });
  }

  async revoke() {
    if (!(await this.h.confirm(t('fac.revoke.confirm'), t('fac.revoke.yes')))) {
      $('fac-revoke').focus();
      return;
    }
    try {
      const r = await fetch(`/api/boards/${encodeURIComponent(this.h.boardId)}/links/participant`, {
        method: 'POST', headers: { Authorization: `Bearer ${this.h.token}` }, cache: 'no-store',
      });
      const json = await r.json().catch(() => ({}));
      if (!r.ok) {
        this.h.alert(t('fac.revoke.failed', { message: json.message || r.status }));
        return;
      }
      $('fac-newlink').hidden = false;
      $('fac-newlink-url').value = json.link;
      $('fac-newlink-url').focus();
      $('fac-newlink-url').select();
      this.h.announce(t('fac.revoke.done'));
    } catch {
      this.h.alert(t('fac.revoke.failed', { message: t('conn.offline') }));
    }
  }
}
