// "Share links" (rules F9, A13, A14): one button that opens a dialog with the board's links,
// each with a copy button and a QR code drawn by the server: the facilitator's own link, a new
// participant link and a read-only observer link (each made new here: the server keeps only
// hashes, so an old link cannot be shown again, and making a new one retires the old one while
// everyone else stays connected). Mounted into #toolbar-share when the page has it, else into
// the facilitator's card. A pilot page uses shareLinks() for its editor or viewer link.

import { onLangChange, t, msg } from '../core/i18n.js';
import './strings.js';

function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** A QR code of url as an <img> (SVG from POST /api/qr), or nothing when it cannot be made. */
async function qrImage(url, alt) {
  try {
    const r = await fetch('/api/qr', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: url }), cache: 'no-store',
    });
    if (!r.ok) return null;
    const svg = await r.text();
    const img = el('img', { className: 'share-qr', alt, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
    return img;
  } catch {
    return null;
  }
}

let counter = 0;

/** One link row: label, read-only field, Copy and QR buttons; the QR image appears below. */
export function linkRow(name, url, announce) {
  const id = `share-link-${counter += 1}`;
  const row = el('div', { className: 'share-link' });
  const label = el('label', { htmlFor: id, textContent: name });
  const input = el('input', { id, type: 'text', readOnly: true, value: url });
  const copy = el('button', { type: 'button', className: 'btn btn--small', textContent: t('share.copy') });
  copy.setAttribute('aria-label', t('share.copy.label', { name }));
  copy.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      document.execCommand('copy');
    }
    announce(msg('share.copied', { name }));
  });
  const qr = el('button', { type: 'button', className: 'btn btn--small', textContent: t('share.qr') });
  qr.setAttribute('aria-label', t('share.qr.label', { name }));
  qr.setAttribute('aria-expanded', 'false');
  const box = el('div', { className: 'share-qr-box', hidden: true });
  qr.addEventListener('click', async () => {
    if (box.hidden && !box.firstChild) {
      const img = await qrImage(url, t('share.qr.alt', { name }));
      if (img) box.appendChild(img);
    }
    box.hidden = !box.hidden;
    qr.setAttribute('aria-expanded', String(!box.hidden));
  });
  row.append(label, el('div', { className: 'share-link__line' }, input, copy, qr), box);
  return row;
}

/**
 * Mounts the share button and dialog for a board. hooks: token, boardId, announce(msg),
 * alert(msg), confirm(message, yesLabel) → Promise<boolean>.
 */
export function mountShareDialog(hooks) {
  if (document.getElementById('share-open')) return;
  const target = document.getElementById('toolbar-share') || document.getElementById('facilitation');
  if (!target) return;
  const open = el('button', { type: 'button', id: 'share-open', className: 'btn btn--small' });
  const dialog = el('dialog', { id: 'share-dialog', className: 'dialog share-dialog' });
  dialog.setAttribute('aria-labelledby', 'share-h2');
  const h2 = el('h2', { id: 'share-h2' });
  const own = el('div', { id: 'share-own' });
  const hint = el('p', { className: 'hint', id: 'share-hint' });
  const made = el('div', { id: 'share-made' });
  const newParticipant = el('button', { type: 'button', id: 'share-new-participant', className: 'btn btn--small' });
  const newObserver = el('button', { type: 'button', id: 'share-new-observer', className: 'btn btn--small' });
  const close = el('button', { type: 'button', className: 'btn', id: 'share-close' });
  dialog.append(h2, own, hint, el('p', { className: 'share-actions' }, newParticipant, newObserver), made,
    el('div', { className: 'dialog__buttons' }, close));
  document.body.appendChild(dialog);
  if (target.id === 'facilitation') {
    const p = el('p', { className: 'share-open' }, open);
    target.appendChild(p);
  } else {
    open.className = 'btn'; // in a toolbar: the size of the buttons beside it
    target.appendChild(open);
  }
  const links = new Map(); // role → url made in this dialog
  const ownUrl = () => `${window.location.origin}/b/${encodeURIComponent(hooks.boardId)}#t=${encodeURIComponent(hooks.token)}`;
  const render = () => {
    open.textContent = t('share.open');
    h2.textContent = t('share.h2');
    hint.textContent = t('share.hint');
    newParticipant.textContent = t('share.new.participant');
    newObserver.textContent = t('share.new.observer');
    close.textContent = t('share.close');
    own.replaceChildren(linkRow(t('share.link.facilitator'), ownUrl(), hooks.announce));
    made.replaceChildren(...[...links].map(([role, url]) => linkRow(t(`share.link.${role}`), url, hooks.announce)));
  };
  const rotate = async (role) => {
    if (!(await hooks.confirm(t(`share.rotate.${role}.confirm`), t(`share.rotate.${role}.yes`)))) return;
    try {
      const r = await fetch(`/api/boards/${encodeURIComponent(hooks.boardId)}/links/${role}`, {
        method: 'POST', headers: { Authorization: `Bearer ${hooks.token}` }, cache: 'no-store',
      });
      const json = await r.json().catch(() => ({}));
      if (!r.ok) {
        hooks.alert(msg('share.failed', { message: json.message || r.status }));
        return;
      }
      links.set(role, json.link);
      render();
      hooks.announce(msg(`share.made.${role}`));
      const input = made.querySelector('input');
      if (input) input.focus();
    } catch {
      hooks.alert(msg('share.failed', { message: t('conn.offline') }));
    }
  };
  newParticipant.addEventListener('click', () => rotate('participant'));
  newObserver.addEventListener('click', () => rotate('observer'));
  close.addEventListener('click', () => dialog.close());
  open.addEventListener('click', () => {
    render();
    dialog.showModal();
    close.focus();
  });
  dialog.addEventListener('close', () => open.focus());
  render();
  onLangChange(() => render());
}
