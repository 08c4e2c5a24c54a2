// The page shell every board page uses (startBoardPage) and what it is made of: the board id
// and token from the URL (the token lives in the fragment, #t=<token>, and is kept in
// sessionStorage for reloads), the remembered display name, the join gate, the connection state
// in the header, and the two live regions: polite status announcements and role=alert errors.

import './strings.js';
import { t, has, onLangChange, initI18n, translate, show } from './i18n.js';
import { Bus } from './bus.js';
import { Outbox, holdTabLock, newClientOpId } from './outbox.js';
import { BoardSync } from './sync.js';
import { limits } from './limits.js';
import { promptDialog } from './dialogs.js';
import { mountHeader } from './header.js';
import { mountUndo, isUndoOp, doneText } from './undo.js';
import { mountMyData } from '../privacy/my-data.js';
import { mountEraseMe } from '../privacy/erase-me.js';

import { me } from './staff.js';
import { mountProjectLink } from '../project/board-link.js';

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
  show(status, '');
  // Setting the text after a tick makes screen readers read a repeated message again. A msg()
  // keeps its key on the region, so it switches language with the page (docs/PROTOCOL.md W6).
  statusTimer = setTimeout(() => { show(status, message); }, 30);
}

let alertTimer = null;
/** An error for the role=alert region #alert; it clears itself after 15 s. */
export function alertError(message) {
  const box = document.getElementById('alert');
  clearTimeout(alertTimer);
  show(box, message);
  alertTimer = setTimeout(() => { show(box, ''); }, 15000);
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
  // A signed-in staff member is offered their own name (docs/API.md S5); a guest types one or none.
  me().then((m) => { if (m.name && !input.value) input.value = m.name; });
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

/** The gate message key for a reason the server closed the board to this member. */
export function fatalKey(reason) {
  if (reason === 'missing_token') return 'board.missingToken';
  if (reason === 'removed') return 'session.removed';
  if (reason === 'link_revoked') return 'session.revoked';
  if (reason === 'members_full') return 'board.membersFull';
  if (reason === 'not_found') return 'board.deleted'; // D1, D2
  if (reason === 'erased') return 'privacy.erase.gone'; // D8
  return 'board.badToken';
}

/**
 * Starts a live board page (ideas, matrix, journey): the header, the join gate, the sync engine
 * (./sync.js) with the kind's model, status and error messages, renaming the board and the
 * member's name, and one render per change.
 *
 * model: the kind's pure client model (see BoardSync).
 * view(page): builds the page's own part; page is {boardId, token, sync, realId, announce,
 *   alert, render, queue}. It returns hooks, all optional: setup() before joining;
 *   joined(); render(v, ctx) after every change (ctx: {role, sessionId}); langChanged();
 *   confirmedText(op) what to announce when an op of the user is confirmed;
 *   idLearned(tempId, realId); ephemeral(ev); blocked(type) whether the session gate refuses an
 *   op now.
 * features: errors, the key prefixes tried before err.<reason> for a refusal (e.g. ['matrix.']);
 *   reasonKey(reason, op), a key that overrides the refusal text, or null.
 */
export function startBoardPage({ model, view, features = {} }) {
  const $ = (id) => document.getElementById(id);
  const langs = mountHeader();
  const boardId = boardIdFromPath();
  const token = readToken(boardId);
  const tab = newClientOpId();
  holdTabLock(tab);
  let hooks = {};
  let renderQueued = false;
  let undoBar = null;

  function reasonText(reason, op) {
    const special = features.reasonKey ? features.reasonKey(reason, op) : null;
    if (special) return t(special);
    for (const prefix of [...(features.errors || []), '']) {
      const key = `${prefix}err.${reason}`;
      if (has(key)) return t(key, { max: limits.noteChars });
    }
    return t('err.unknown', { reason: String(reason) });
  }

  function showFatal(key) {
    $('board').hidden = true;
    $('gate').hidden = false;
    $('join-form').hidden = true;
    const message = $('gate-message');
    message.dataset.i18n = key;
    message.textContent = t(key);
    message.hidden = false;
    $('gate-home').hidden = false;
    alertError(t(key));
  }

  function observerBanner() {
    let b = document.getElementById('observer-banner');
    if (!sync.observer) {
      if (b) b.remove();
      return;
    }
    if (!b) {
      b = document.createElement('p');
      b.id = 'observer-banner';
      b.className = 'observer-banner';
      const main = document.querySelector('main') || document.body;
      main.insertBefore(b, main.firstChild);
    }
    b.textContent = t('observer.banner');
  }

  function render() {
    renderQueued = false;
    if (!sync.joined) return;
    observerBanner();
    if (hooks.render) hooks.render(sync.view(), { role: sync.role, sessionId: sync.sessionId });
    reportRestored();
    const n = sync.pendingCount;
    $('sync-status').textContent = n ? t('sync.pending', { count: n }) : t('sync.saved');
  }

  // W2: ops adopted from a closed tab; once none is pending, the page says how many were saved.
  let restored = null; // {ids, saved}
  function reportRestored() {
    if (!restored || restored.ids.some((id) => sync.outbox.has(id))) return;
    const count = restored.ids.length;
    const { saved } = restored;
    restored = null;
    announce(saved === count ? t('sync.restored', { count })
      : t('sync.restoredPartly', { saved, count, refused: count - saved }));
  }

  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(render);
  }

  const sync = new BoardSync({
    boardId,
    token,
    bus: new Bus(),
    // W1-W3: a durable outbox of this tab; the tab lock tells other tabs this one is alive.
    outbox: new Outbox(boardId, undefined, { tab }),
    name: loadName() || '',
    model,
    hooks: {
      change: scheduleRender,
      joined: () => {
        $('gate').hidden = true;
        $('board').hidden = false;
        if (undoBar) undoBar.place();
        if (sync.role === 'facilitator') mountProjectLink(boardId, token); // rule PJ18
        if (hooks.joined) hooks.joined();
      },
      conn: setConn,
      reconnected: () => announce(t('conn.online')),
      confirmed: (op) => {
        if (restored && restored.ids.includes(op.clientOpId)) restored.saved++;
        const message = isUndoOp(op.type) ? doneText(op) : hooks.confirmedText ? hooks.confirmedText(op) : null;
        if (message) announce(message);
      },
      retrying: (op, reason, attempt) => { if (reason === 'unavailable' || attempt === 0) announce(reasonText(reason, op)); },
      refused: (op, reason) => {
        if (isUndoOp(op.type)) announce(reasonText(reason, op)); // U9: a skipped undo is said politely
        else alertError(t('err.prefix', { message: reasonText(reason, op) }));
      },
      idLearned: (temp, realId) => { if (hooks.idLearned) hooks.idLearned(temp, realId); },
      fatal: (reason) => showFatal(fatalKey(reason)),
      restored: (ops) => { restored = { ids: ops.map((o) => o.clientOpId), saved: 0 }; },
      ephemeral: (ev) => { if (hooks.ephemeral) hooks.ephemeral(ev); },
    },
  });

  const blocked = (type) => (hooks.blocked ? hooks.blocked(type) : false);
  const page = {
    boardId,
    token,
    sync,
    realId: (id) => sync.realId(id),
    announce,
    alert: alertError,
    render: scheduleRender,
    /** Queues an op unless the session gate refuses it now (a dialog may have stayed open). */
    queue: (op) => { if (!blocked(op.type)) sync.queue(op); },
  };
  hooks = view(page) || {};
  // U9: undo and redo on every board page; the server decides them, past its own gate.
  undoBar = mountUndo({ send: (type) => sync.queue({ type }), canSend: () => sync.joined && !sync.fatal });
  mountMyData(page); // D7: 'my data' in the presence card
  mountEraseMe(page); // D8: 'Slett meg' below it

  async function renameBoard() {
    const current = sync.view().board.title;
    const title = await promptDialog({
      title: t('board.rename.h2'), label: t('board.rename.label'), value: current,
      max: limits.labelChars, emptyMessage: t('home.create.empty'),
    });
    if (title !== null && title !== current) page.queue({ type: 'board.rename', title });
    $('rename-board').focus();
  }

  async function changeName() {
    const name = await promptDialog({
      title: t('name.dialog.h2'), label: t('join.name'), value: sync.name || '', max: 60, allowEmpty: true,
    });
    if (name !== null) {
      saveName(name);
      sync.setName(name);
    }
    $('change-name').focus();
  }

  // W5: leaving while edits are unconfirmed asks first (they are kept and re-sent anyway, W2).
  window.addEventListener('beforeunload', (e) => {
    if (sync.pendingCount === 0 || sync.fatal) return;
    e.preventDefault();
    e.returnValue = '';
  });

  $('rename-board').addEventListener('click', renameBoard);
  $('change-name').addEventListener('click', changeName);
  onLangChange(() => {
    if (hooks.langChanged) hooks.langChanged();
    render();
  });

  initI18n(langs);
  setConn('connecting');
  if (hooks.setup) hooks.setup();
  if (!boardId || !token) {
    setConn('offline');
    showFatal('board.missingToken');
  } else {
    joinWithName(sync, translate);
  }
  return page;
}
