// Rule PM10 (docs/API.md): a member's own way into a board of the project. A board this browser
// holds no link for gets an "Open" button; it asks the server for a link in the member's board
// role (POST /api/projects/<id>/boards/<boardId>/link: owner and facilitator lead, member takes
// part, readonly watches) and opens it in this tab. Asking again replaces the member's old link.
import { t, msg, show } from '../core/i18n.js';
import { authHeaders } from './members.js';
import './strings.js';

const MEMBER_ROLES = ['owner', 'facilitator', 'member', 'readonly'];

/** The button (and its error line) for a board, or null when the role gets no board link (an administrator who is not a member). */
export function openBoardButton(projectId, role, board, token) {
  if (!MEMBER_ROLES.includes(role)) return null;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn--small board-open';
  button.id = `board-open-${board.boardId}`;
  button.textContent = t('project.boards.open');
  button.setAttribute('aria-label', t('project.boards.openNamed', { title: board.title }));
  const error = document.createElement('span');
  error.className = 'hint board-open-error';
  error.setAttribute('role', 'alert');
  button.addEventListener('click', async () => {
    button.disabled = true;
    show(error, '');
    let res = null;
    try {
      res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/boards/${encodeURIComponent(board.boardId)}/link`, {
        method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', ...authHeaders(token) },
      });
    } catch { /* shown below */ }
    const body = res ? await res.json().catch(() => ({})) : {};
    if (res && res.status === 201 && typeof body.link === 'string') { window.location.assign(body.link); return; }
    button.disabled = false;
    show(error, res ? msg('project.boards.openFailed', { message: body.message || `HTTP ${res.status}` }) : msg('project.network'));
  });
  const wrap = document.createElement('span');
  wrap.append(' ', button, ' ', error);
  return wrap;
}
