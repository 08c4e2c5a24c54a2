// One entry of a board's participants list (docs/API.md S9), shared by the three board kinds:
// "name, role", "(you)" for this page's own session, and for a person the server verified as
// signed in a badge "signed in" that is part of the entry's text, so a screen reader says it
// too. A guest's self-chosen name never gets the badge, whatever the name.

import { t } from './i18n.js';

/** The <li class="presence"> for member m ({sessionId,name,role,signedIn}); ctx.sessionId is this page's session. */
export function presenceItem(doc, m, ctx) {
  const name = m.name || t('presence.anon');
  const shown = m.sessionId === ctx.sessionId ? t('presence.you', { name }) : name;
  const li = doc.createElement('li');
  li.className = 'presence';
  li.dataset.sessionId = m.sessionId || '';
  li.append(t('presence.member', { name: shown, role: t(`role.${m.role}`) }));
  if (m.signedIn === true) {
    li.classList.add('presence--signed-in');
    li.append(...signedInBadge(doc));
  }
  return li;
}

/** The nodes to append after a signed-in member's name: a comma for screen readers only, and the badge. */
export function signedInBadge(doc) {
  const sep = doc.createElement('span');
  sep.className = 'visually-hidden';
  sep.textContent = ', ';
  const badge = doc.createElement('span');
  badge.className = 'presence__badge';
  badge.textContent = t('presence.signedIn');
  return [sep, ' ', badge];
}
