// Rule PJ18: a board page's header links back to the board's project. Only the facilitator asks
// (GET /api/boards/<id>/project answers the board's facilitator token). The link carries a token
// only when this browser holds none for the project and the board's own token opens it (a project
// the start-up placement made, PJ8); otherwise the project page uses the owner token this browser
// remembered, or says which link opens it.
import { t, onLangChange } from '../core/i18n.js';
import './strings.js';
import { tokenOf } from './recent.js';

let mounted = null;

export async function mountProjectLink(boardId, token, header = document.querySelector('header.site-header')) {
  if (mounted || !header || !boardId || !token) return mounted;
  let placed;
  try {
    const res = await fetch(`/api/boards/${encodeURIComponent(boardId)}/project`,
      { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
    if (res.status !== 200) return null;
    placed = await res.json();
  } catch {
    return null;
  }
  if (mounted || typeof placed.projectId !== 'string') return mounted;
  const a = document.createElement('a');
  a.className = 'project-link';
  a.id = 'project-link';
  const carry = !tokenOf(placed.projectId) && placed.boardTokenOpens === true;
  a.href = `/pr/${encodeURIComponent(placed.projectId)}${carry ? `#t=${encodeURIComponent(token)}` : ''}`;
  const text = () => { a.textContent = t('project.backlink', { n: placed.phase }); };
  text();
  onLangChange(text);
  const brand = header.querySelector('.brand');
  if (brand) brand.after(a);
  else header.prepend(a);
  mounted = a;
  return a;
}
