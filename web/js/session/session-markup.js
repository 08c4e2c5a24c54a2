// The markup of facilitation, shared by the idea board, the matrix and the journey pages: the
// session bar everyone sees (phase, lock, timer, silent mode, follow) and the facilitator's
// card (./facilitator-panel.js). Built once from here so every page has the same controls,
// ids and labels; the texts come from data-i18n keys (./strings.js), filled by translate.

import { t, translate } from '../core/i18n.js';
import './strings.js';

/** The controls a kind's page offers beyond phase, lock, timer and people. */
export const IDEA_FEATURES = Object.freeze({ silent: true, follow: true, cursors: true, vote: true });
/** Matrix and journey: no private items (F5), no shared view (F6), no cursors (F7), no votable items (V2). */
export const PLAIN_FEATURES = Object.freeze({ silent: false, follow: false, cursors: false, vote: false });

function node(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) e.setAttribute(k, '');
    else if (v !== false && v !== undefined) e.setAttribute(k, String(v));
  }
  e.append(...children);
  return e;
}

const button = (id, key, extra = {}) => node('button', { type: 'button', id, class: 'btn btn--small', 'data-i18n': key, ...extra });

function field(cls, id, key, input) {
  return node('div', { class: `field ${cls}` }, [node('label', { for: id, 'data-i18n': key }), input]);
}

function number(id, min, max, value) {
  return node('input', { id, type: 'number', min, max, value, inputmode: 'numeric' });
}

function check(id, key) {
  return node('div', { class: 'field field--check' }, [node('input', { id, type: 'checkbox', checked: true }), node('label', { for: id, 'data-i18n': key })]);
}

function voteForm() {
  return node('form', { id: 'fac-vote-form', novalidate: true, 'aria-labelledby': 'fac-vote-h3' }, [
    node('h3', { id: 'fac-vote-h3', 'data-i18n': 'fac.vote.h3' }),
    field('field--inline', 'fac-budget', 'fac.vote.budget', number('fac-budget', 1, 99, 3)),
    field('field--inline', 'fac-cap', 'fac.vote.cap', number('fac-cap', 1, 99, 3)),
    field('field--inline', 'fac-duration', 'fac.vote.duration', number('fac-duration', 0, 1440, 0)),
    check('fac-anonymous', 'fac.vote.anonymous'),
    check('fac-live', 'fac.vote.live'),
    node('p', { id: 'fac-vote-error', class: 'error', role: 'alert' }),
    node('button', { type: 'submit', id: 'fac-vote-open', class: 'btn btn--primary btn--small', 'data-i18n': 'fac.vote.open' }),
    node('button', { type: 'button', id: 'fac-vote-close', class: 'btn btn--small', 'data-i18n': 'fac.vote.close', hidden: true }),
  ]);
}

/** Fills the facilitator's card (an empty section#facilitation) with the controls of features. */
export function buildFacilitation(section, features) {
  const toggles = [button('fac-lock', 'fac.lock', { 'aria-pressed': 'false' })];
  if (features.silent) toggles.push(button('fac-silent', 'fac.silent.start'));
  if (features.follow) toggles.push(button('fac-follow', 'fac.follow', { 'aria-pressed': 'false' }));
  if (features.cursors) toggles.push(button('fac-cursors', 'fac.cursors', { 'aria-pressed': 'false' }));
  section.replaceChildren(
    node('h2', { id: 'fac-h2', 'data-i18n': 'fac.h2' }),
    node('div', { class: 'field field--inline' }, [
      node('label', { for: 'fac-phase', 'data-i18n': 'fac.phase' }),
      node('select', { id: 'fac-phase' }),
      button('fac-phase-set', 'fac.phase.set'),
    ]),
    node('div', { class: 'fac-buttons' }, toggles),
    node('form', { id: 'fac-timer-form', class: 'inline-form', novalidate: true }, [
      field('field--inline', 'fac-timer-min', 'fac.timer.minutes', number('fac-timer-min', 1, 1440, 5)),
      node('button', { type: 'submit', class: 'btn btn--small', 'data-i18n': 'fac.timer.start' }),
      button('fac-timer-stop', 'fac.timer.stop'),
    ]),
    ...(features.vote ? [voteForm()] : []),
    node('h3', { 'data-i18n': 'fac.people.h3' }),
    node('ul', { id: 'fac-people', class: 'fac-people' }),
    node('button', { type: 'button', id: 'fac-revoke', class: 'btn btn--small btn--danger', 'data-i18n': 'fac.revoke' }),
    node('div', { id: 'fac-newlink', class: 'field', hidden: true }, [
      node('label', { for: 'fac-newlink-url', 'data-i18n': 'fac.newlink' }),
      node('input', { id: 'fac-newlink-url', type: 'text', readonly: true }),
    ]),
  );
  translate(section);
}

/** Fills the session bar (an empty div#session-bar) everyone sees; follow only where the page follows (F6). */
export function buildSessionBar(bar, features) {
  bar.setAttribute('role', 'region');
  bar.dataset.i18nAttr = 'aria-label:session.label';
  bar.setAttribute('aria-label', t('session.label'));
  bar.replaceChildren(
    node('p', { id: 'session-phase', class: 'session-bar__item' }),
    node('p', { id: 'session-lock', class: 'session-bar__item session-bar__lock', hidden: true }),
    node('p', { id: 'session-timer-wrap', class: 'session-bar__item', hidden: true }, [
      node('span', { 'data-i18n': 'session.timer' }), ' ', node('span', { id: 'session-timer', role: 'timer' }),
    ]),
    node('p', { id: 'session-silent', class: 'session-bar__item', hidden: true }),
    ...(features.follow ? [node('p', { id: 'session-follow-wrap', class: 'session-bar__item field--check', hidden: true }, [
      node('input', { id: 'session-follow', type: 'checkbox', checked: true }),
      node('label', { for: 'session-follow', 'data-i18n': 'session.follow' }),
    ])] : []),
  );
  translate(bar);
}
