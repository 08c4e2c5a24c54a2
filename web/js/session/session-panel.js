// What everyone sees of facilitation and voting (docs/PROTOCOL.md F2-F7, V1-V7): the session
// bar (phase, lock, timer, silent mode, follow), on a board of any kind, and on the idea board
// the voting card, where every vote is a button (keyboard first; no drag needed).

import { plural, t } from '../core/i18n.js';
import { sessionOf, visibleCounts } from './session-state.js';
import { gateOf } from './session-gate.js';
import { buildSessionBar, IDEA_FEATURES } from './session-markup.js';
import './strings.js';

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A server time (ms) as hours and minutes in the page's language. */
function clock(ms) {
  return new Date(ms).toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
}

function short(s, n) {
  const str = String(s || '');
  return str.length > n ? `${str.slice(0, n - 1)}…` : str;
}

export class SessionPanel {
  /**
   * hooks: queue(op), announce(message), follow(view) scrolls the board to the facilitator's
   * view (only with features.follow). features: as for ./facilitator-panel.js; with
   * features.vote the page has the voting card (#vote-card).
   */
  constructor(hooks, features = IDEA_FEATURES) {
    this.h = hooks;
    this.f = features;
    this.clockSkew = 0;
    this.timerEndsAt = 0;
    this.timerTick = null;
    this.lastUsed = null;
    this.lastFollow = null;
    buildSessionBar($('session-bar'), features);
    if (features.vote) $('vote-list').addEventListener('click', (e) => this.onVoteClick(e));
    if (features.follow) $('session-follow').addEventListener('change', () => { if ($('session-follow').checked) this.lastFollow = null; });
  }

  render(v, ctx) {
    const s = sessionOf(v);
    const facilitator = ctx.role === 'facilitator';
    $('session-phase').textContent = t('session.phase', { phase: t(`phase.${s.phase}`) });
    // A participant reads the lock in the gate's notice (../ideas/ideas-gate.js), with the controls it closes.
    $('session-lock').hidden = !s.locked || !facilitator;
    $('session-lock').textContent = facilitator ? t('session.locked.fac') : t('session.locked');
    $('session-silent').hidden = !s.silent;
    $('session-silent').textContent = t('session.silent', { count: s.privateCount || 0 });
    this.renderTimer(s);
    if (this.f.follow) this.renderFollow(s, facilitator);
    if (this.f.vote) this.renderVotes(v, s, gateOf(s, ctx.role));
    if (v.notes) this.decorateNotes(v, s);
  }

  renderFollow(s, facilitator) {
    $('session-follow-wrap').hidden = facilitator || !s.follow;
    if (!facilitator && s.follow && $('session-follow').checked) {
      const key = JSON.stringify(s.follow);
      if (key !== this.lastFollow) {
        this.lastFollow = key;
        this.h.follow(s.follow);
      }
    }
  }

  /** A badge on each note: private (silent writing) and its vote count when counts are visible. */
  decorateNotes(v, s) {
    const counts = visibleCounts(s);
    for (const e of document.querySelectorAll('#canvas .note[data-id]')) {
      const n = v.notes.get(e.dataset.id);
      let badge = e.querySelector('.note__badge');
      const parts = [];
      if (n && n.private) parts.push(t('note.private'));
      if (n && counts) parts.push(t('vote.total', { n: counts[n.id] || 0 }));
      if (!parts.length) {
        if (badge) badge.remove();
        continue;
      }
      if (!badge) {
        badge = el('p', 'note__badge');
        e.append(badge);
      }
      const text = parts.join(' · ');
      if (badge.textContent !== text) badge.textContent = text;
    }
  }

  renderTimer(s) {
    this.timerEndsAt = s.timerEndsAt || 0;
    $('session-timer-wrap').hidden = !this.timerEndsAt;
    clearInterval(this.timerTick);
    if (!this.timerEndsAt) return;
    const tick = () => {
      const left = Math.max(0, Math.round((this.timerEndsAt - Date.now()) / 1000));
      const mm = Math.floor(left / 60);
      const ss = String(left % 60).padStart(2, '0');
      $('session-timer').textContent = `${mm}:${ss}`;
      if (left === 0) {
        clearInterval(this.timerTick);
        if (this.announcedEnd !== this.timerEndsAt) {
          this.announcedEnd = this.timerEndsAt;
          this.h.announce(t('session.timer.done'));
        }
      }
    };
    tick();
    this.timerTick = setInterval(tick, 1000);
  }

  renderVotes(v, s, gate) {
    const vote = s.vote;
    const results = s.results || [];
    const card = $('vote-card');
    card.hidden = !vote && results.length === 0;
    const counts = visibleCounts(s);
    const list = $('vote-list');
    if (vote) {
      const left = vote.budget - (vote.used || 0);
      $('vote-summary').textContent = t('vote.summary', { used: vote.used || 0, budget: vote.budget, cap: vote.cap })
        + (vote.liveCounts ? '' : ` ${t('vote.hidden')}`) + (vote.anonymous ? ` ${t('vote.anonymous')}` : '')
        + (vote.endsAt ? ` ${t('vote.ends', { time: clock(vote.endsAt) })}` : '');
      if (this.lastUsed !== null && this.lastUsed !== vote.used) this.h.announce(plural('vote.left', left));
      this.lastUsed = vote.used || 0;
      const focused = document.activeElement && list.contains(document.activeElement)
        ? { id: document.activeElement.dataset.id, action: document.activeElement.dataset.action } : null;
      const items = [];
      for (const n of v.notes.values()) {
        if (n.pending && n.id.startsWith('tmp')) continue;
        const mine = (vote.mine && vote.mine[n.id]) || 0;
        const li = el('li', 'vote-item');
        li.dataset.id = n.id;
        li.append(el('span', 'vote-item__text', short(n.text, 80) || t('note.empty')));
        const info = t('vote.mine', { n: mine }) + (counts ? ` · ${t('vote.total', { n: counts[n.id] || 0 })}` : '');
        li.append(el('span', 'vote-item__count', info));
        const plus = el('button', 'btn btn--small vote-item__plus', '+1');
        plus.type = 'button';
        plus.dataset.id = n.id;
        plus.dataset.action = 'cast';
        plus.setAttribute('aria-label', t('vote.cast.label', { text: short(n.text, 40) }));
        plus.disabled = left <= 0 || mine >= vote.cap || !gate.allows('vote.cast');
        const minus = el('button', 'btn btn--small vote-item__minus', '−1');
        minus.type = 'button';
        minus.dataset.id = n.id;
        minus.dataset.action = 'retract';
        minus.setAttribute('aria-label', t('vote.retract.label', { text: short(n.text, 40) }));
        minus.disabled = mine <= 0 || !gate.allows('vote.retract');
        li.append(plus, minus);
        items.push(li);
      }
      list.replaceChildren(...items);
      if (focused) {
        const again = list.querySelector(`button[data-id="${CSS.escape(focused.id)}"][data-action="${focused.action}"]`);
        if (again && !again.disabled) again.focus();
        else if (again) again.parentElement.querySelector('button:not([disabled])')?.focus();
      }
    } else {
      this.lastUsed = null;
      $('vote-summary').textContent = results.length ? t('vote.closed') : '';
      list.replaceChildren();
    }
    const last = results[results.length - 1];
    $('vote-results-h3').hidden = !last;
    $('vote-results').replaceChildren(...(last ? last.ranking : []).map((r) => {
      const n = v.notes.get(r.targetId);
      return el('li', 'vote-result', plural('vote.result', r.votes, { rank: r.rank, text: short(n ? n.text : r.targetId, 80) }));
    }));
  }

  onVoteClick(e) {
    const b = e.target.closest('button[data-action]');
    if (!b || b.disabled) return;
    this.h.queue({ type: b.dataset.action === 'cast' ? 'vote.cast' : 'vote.retract', targetId: b.dataset.id });
  }
}
