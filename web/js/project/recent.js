// The projects this browser has made or opened (localStorage), with their owner token, title,
// phase and last activity, so the home page can list them newest activity first (issue 16, item 7).

const KEY = 'samskap.projects';
const MAX = 50;

export function recentProjects() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list.filter((p) => p && typeof p.id === 'string' && typeof p.token === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds or updates one project: {id, token, title, phase, updatedAt}. */
export function rememberProject(entry) {
  const list = recentProjects().filter((p) => p.id !== entry.id);
  const old = recentProjects().find((p) => p.id === entry.id) || {};
  list.unshift({ ...old, ...entry });
  list.sort((a, b) => (b.updatedAt || 0) - (a.updatedAt || 0));
  try { localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX))); } catch { /* storage may be full or blocked */ }
}

export function tokenOf(projectId) {
  const p = recentProjects().find((x) => x.id === projectId);
  return p ? p.token : null;
}

/** The links of boards made from the project page in this browser: {boardId: {facilitator, participant}}. */
export function boardLinks(projectId) {
  try {
    return JSON.parse(localStorage.getItem(`${KEY}.${projectId}.boards`) || '{}') || {};
  } catch {
    return {};
  }
}

export function rememberBoardLinks(projectId, boardId, links) {
  const all = boardLinks(projectId);
  all[boardId] = links;
  try { localStorage.setItem(`${KEY}.${projectId}.boards`, JSON.stringify(all)); } catch { /* ignore */ }
}

/** Forgets a project and its board links in this browser (a deleted project, D10). */
export function forgetProject(projectId) {
  const list = recentProjects().filter((p) => p.id !== projectId);
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
    localStorage.removeItem(`${KEY}.${projectId}.boards`);
  } catch { /* storage may be blocked */ }
}
