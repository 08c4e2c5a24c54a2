// Small DOM helpers of the idea board and the look of one note element. User text is only
// ever set with textContent or value.

import { t } from '../core/i18n.js';

export const NOTE_W = 180;
export const NOTE_H = 120;
export const GAP = 16;

export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function button(className, icon) {
  const b = el('button', `note__btn ${className}`);
  b.type = 'button';
  const i = el('span', 'note__icon', icon);
  i.setAttribute('aria-hidden', 'true');
  const label = el('span', 'visually-hidden');
  b.append(i, label);
  return b;
}

/** Shortens user text for use inside a label. */
export function short(text, max = 60) {
  const s = (text || '').replace(/\s+/g, ' ').trim();
  if (!s) return t('note.empty');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function colorName(color) {
  return t(`color.${color}`);
}

/** The height a note takes on the board (its element, else the default). */
export function heightOf(e) {
  return e ? Math.max(NOTE_H, e.offsetHeight) : NOTE_H;
}

export function setText(node, s) {
  if (node.textContent !== s) node.textContent = s;
}

export function labelButton(b, text, aria) {
  setText(b.lastChild, text);
  if (b.getAttribute('aria-label') !== aria) b.setAttribute('aria-label', aria);
  if (b.title !== text) b.title = text;
}

/** Building and updating a note's element (mixed into the BoardView). */
export class NoteElements {
  createNote(id) {
    const e = el('div', 'note');
    e.dataset.id = id;
    e.tabIndex = 0;
    e.setAttribute('role', 'group');
    const cue = el('span', 'note__cue');
    cue.setAttribute('aria-hidden', 'true');
    const text = el('p', 'note__text');
    const meta = el('p', 'note__meta');
    const pending = el('span', 'note__pending');
    const author = el('span', 'note__author');
    author.setAttribute('aria-hidden', 'true'); // in the note's accessible name already
    author.hidden = true;
    meta.append(author, pending);
    const menu = el('div', 'note__menu');
    menu.append(
      button('note__edit', '✎'),
      button('note__colour', '◐'),
      button('note__group', '▦'),
      button('note__vote', '+1'),
      button('note__delete', '×'),
    );
    e.append(cue, text, meta, menu);
    return e;
  }

  updateNote(e, n, v, voting) {
    const cl = n.clusterId ? v.clusters.get(n.clusterId) : null;
    const dragging = this.drag && this.drag.moved && this.drag.items.some((i) => i.id === n.id);
    const selected = this.selected.has(n.id);
    const editing = this.editor && this.editor.id === n.id;
    e.className = `note note--${n.color}${n.pending ? ' note--pending' : ''}${cl ? ' note--clustered' : ''}`
      + (dragging ? ' note--dragging' : '') + (selected ? ' note--selected' : '') + (editing ? ' note--editing' : '');
    e.setAttribute('aria-roledescription', t('note.role'));
    const label = t('note.label', {
      text: short(n.text, 200),
      color: colorName(n.color),
      cluster: cl ? t('note.label.cluster', { label: cl.label }) : '',
      author: v.namesShown && n.author ? t('note.label.author', { author: n.author }) : '',
    }) + (selected ? t('note.label.selected') : '') + (n.pending ? t('note.label.pending') : '');
    if (e.getAttribute('aria-label') !== label) e.setAttribute('aria-label', label);
    e.dataset.x = String(n.x);
    e.dataset.y = String(n.y);
    e.dataset.color = n.color;
    e.dataset.clusterId = n.clusterId || '';
    if (!dragging) this.place(e, n.x, n.y);
    const text = e.querySelector('.note__text');
    setText(text, n.text || t('note.empty'));
    text.classList.toggle('note__text--empty', !n.text);
    const pending = e.querySelector('.note__pending');
    setText(pending, n.pending ? t('note.pending') : '');
    pending.hidden = !n.pending;
    // I3: the author only while the facilitator has names on.
    const author = e.querySelector('.note__author');
    const showAuthor = !!(v.namesShown && n.author);
    setText(author, showAuthor ? t('note.author', { author: n.author }) : '');
    author.hidden = !showAuthor;
    const name = short(n.text, 40);
    labelButton(e.querySelector('.note__edit'), t('note.edit'), t('note.edit.label', { text: name }));
    labelButton(e.querySelector('.note__colour'), t('note.colour'), t('note.colour.label', { text: name, color: colorName(n.color) }));
    // The cluster button names the note's cluster (shown with the menu); else it just says "Cluster".
    const group = e.querySelector('.note__group');
    labelButton(group, cl ? short(cl.label, 22) : t('note.group'), t('note.group.label', { text: name }));
    group.lastChild.className = cl ? 'note__btn-text' : 'visually-hidden';
    const vote = e.querySelector('.note__vote');
    labelButton(vote, t('note.vote'), t('note.vote.label', { text: name }));
    vote.hidden = !voting;
    labelButton(e.querySelector('.note__delete'), t('note.delete'), t('note.delete.label', { text: name }));
  }

  place(e, x, y) {
    e.style.left = `${Math.round(x)}px`;
    e.style.top = `${Math.round(y)}px`;
  }

}
