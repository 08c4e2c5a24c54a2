// What every board page shares: the board id and token from the URL (the token lives in the
// fragment, #t=<token>, and is kept in sessionStorage for reloads), the remembered display
// name, the connection state in the header, and the two live regions: polite status
// announcements and role=alert errors.

import { t, onLangChange } from './i18n.js';

const NAME_KEY = 'samskap.name';

/** The board id of a /b/<id> page. */
export function boardIdFromPath() {
  return decodeURIComponent((window.location.pathname.match(/^\/b\/([^/]+)/) || [])[1] || '');
}

/** The board token from the URL fragment, or the one this tab saw before a reload. */
export function readToken(boardId) {
  const key = `samskap.token.${boardId}`;
  const m = /(?:^#|&)t=([^&]+)/.exec(window.location.hash || '');
  let tok = m ? decodeURIComponent(m[1]) : null;
  try {
    if (tok) sessionStorage.setItem(key, tok);
    else tok = sessionStorage.getItem(key);
  } catch { /* storage blocked: the fragment still works */ }
  return tok;
}

export function loadName() {
  try { return localStorage.getItem(NAME_KEY); } catch { return null; }
}

export function saveName(name) {
  try { localStorage.setItem(NAME_KEY, name); } catch { /* ignore */ }
}

let statusTimer = null;
/** A status message for the polite live region #status. */
export function announce(message) {
  const status = document.getElementById('status');
  clearTimeout(statusTimer);
  status.textContent = '';
  // Setting the text after a tick makes screen readers read a repeated message again.
  statusTimer = setTimeout(() => { status.textContent = message; }, 30);
}

let alertTimer = null;
/** An error for the role=alert region #alert; it clears itself after 15 s. */
export function alertError(message) {
  const box = document.getElementById('alert');
  clearTimeout(alertTimer);
  box.textContent = message;
  alertTimer = setTimeout(() => { box.textContent = ''; }, 15000);
}

/**
 * Joins at once for someone who has been here before; on a first visit, shows the gate's
 * name form (the name is optional) and joins when it is sent. translate fills the form's
 * data-i18n texts.
 */
export function joinWithName(sync, translate) {
  if (loadName() !== null) {
    sync.start();
    return;
  }
  const form = document.getElementById('join-form');
  const message = document.getElementById('gate-message');
  const input = document.getElementById('join-name');
  message.hidden = true;
  form.hidden = false;
  translate(form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = input.value.trim();
    saveName(name);
    sync.name = name;
    form.hidden = true;
    message.hidden = false;
    sync.start();
  }, { once: true });
  input.focus();
}

let connState = 'connecting';

/** Shows the connection state in #conn-status: data-state for the style, text in the page's language. */
export function setConn(state) {
  connState = state;
  const e = document.getElementById('conn-status');
  e.dataset.state = state;
  e.textContent = t(`conn.${state}`);
}

onLangChange(() => { if (document.getElementById('conn-status')) setConn(connState); });
