// The votes a matrix item or a pilot came with (rules M6a, PL1a): each closed dot-voting session
// of the idea board and each link poll's choices per voter group, as lines in the page's language.

import { lang, plural, t } from './i18n.js';
import './strings.js';

const GROUPS = ['service_user', 'relative', 'employee', 'other'];

/** The total dot votes of a source, in words ("3 stemmer"). */
export function votesText(source) {
  return plural('evidence.votes', source && typeof source.votes === 'number' ? source.votes : 0);
}

/** One line per voting session, then one per link poll; empty without a source. */
export function evidenceLines(source) {
  if (!source) return [];
  const date = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium' });
  const lines = [];
  (Array.isArray(source.sessions) ? source.sessions : []).forEach((s, i) => {
    lines.push(t('evidence.session', {
      i: i + 1,
      date: s.closedAt ? date.format(new Date(s.closedAt)) : '?',
      votes: plural('evidence.votes', s.votes || 0),
      rank: s.rank ? t('evidence.rank', { rank: s.rank }) : '',
      voters: plural('evidence.voters', s.voters || 0),
    }));
  });
  for (const p of Array.isArray(source.polls) ? source.polls : []) {
    const g = p.groups || {};
    lines.push(t('evidence.poll', {
      title: p.title,
      open: p.open ? t('evidence.open') : '',
      groups: GROUPS.map((k) => t(`evidence.group.${k}`, { n: g[k] || 0 })).join(', '),
      total: p.total || 0,
    }));
  }
  return lines;
}

/** A list element (ul.evidence) of the lines, or null when there are none. */
export function evidenceList(doc, source) {
  const lines = evidenceLines(source);
  if (!lines.length) return null;
  const ul = doc.createElement('ul');
  ul.className = 'evidence';
  for (const line of lines) ul.appendChild(doc.createElement('li')).textContent = line;
  return ul;
}
