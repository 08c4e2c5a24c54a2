// Personal undo and redo on every board page (docs/PROTOCOL.md U1-U9). The server keeps each
// member's stacks and decides: this module only sends the ops `undo` and `redo` through the
// page's outbox (so an undo made offline is kept and sent once, W1), binds the keys, shows two
// buttons and words the answers politely. It mounts into #toolbar-undo when the page has that
// slot, else into the page's head (.board-head), else into the site header.

import { t } from './i18n.js';

export const UNDO_OPS = ['undo', 'redo'];

/** True for the ops this module sends. */
export function isUndoOp(type) {
  return UNDO_OPS.includes(type);
}

/**
 * Which op a key press asks for (U9): 'undo' for Ctrl+Z (⌘Z on a Mac), 'redo' for
 * Ctrl+Shift+Z, ⌘⇧Z and Ctrl+Y; null for anything else, and always while the focus is in a
 * place that edits text (the browser's own undo is meant there).
 */
export function undoKey(e) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (isTextTarget(e.target)) return null;
  const key = String(e.key || '').toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey && e.ctrlKey) return 'redo';
  return null;
}

function isTextTarget(el) {
  if (!el || typeof el !== 'object') return false;
  if (el.isContentEditable) return true;
  const tag = String(el.tagName || '').toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = String(el.type || 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset', 'file', 'image'].includes(type);
}

/** The message for a confirmed undo or redo. */
export function doneText(op) {
  return t(op.type === 'redo' ? 'undo.redone' : 'undo.undone');
}

function button(id, key, titleKey) {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.className = 'btn undo-bar__btn';
  b.dataset.i18n = key;
  b.dataset.i18nAttr = `title:${titleKey}`;
  b.textContent = t(key);
  b.title = t(titleKey);
  b.setAttribute('aria-keyshortcuts', id === 'undo-button' ? 'Control+Z' : 'Control+Shift+Z Control+Y');
  return b;
}

/** Where the buttons go: the toolbar's slot, the page's head, or the site header. */
function slot() {
  return document.getElementById('toolbar-undo') || document.querySelector('.board-head')
    || document.querySelector('header.site-header');
}

/**
 * Mounts the buttons and the keys on a board page. send(type) queues the op (the page's
 * queue, which the session gate may stop); canSend() says whether the board is joined.
 * Returns {place()}, which moves the buttons into #toolbar-undo once a page has built it.
 */
export function mountUndo({ send, canSend }) {
  const group = document.createElement('div');
  group.className = 'undo-bar';
  group.id = 'undo-bar';
  group.setAttribute('role', 'group');
  group.dataset.i18nAttr = 'aria-label:undo.group';
  group.setAttribute('aria-label', t('undo.group'));
  const undo = button('undo-button', 'undo.undo', 'undo.undoTitle');
  const redo = button('redo-button', 'undo.redo', 'undo.redoTitle');
  group.append(undo, redo);

  const ask = (type) => { if (canSend()) send(type); };
  undo.addEventListener('click', () => ask('undo'));
  redo.addEventListener('click', () => ask('redo'));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.repeat) return;
    const type = undoKey(e);
    if (!type || !canSend()) return;
    e.preventDefault();
    send(type);
  });

  function place() {
    const where = slot();
    if (where && group.parentElement !== where) where.append(group);
  }
  place();
  return { place };
}
