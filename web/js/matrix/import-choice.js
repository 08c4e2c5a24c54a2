// What an import brings over (rules M6, M6b, L1): every note, the top N by votes, or notes
// picked by name from the idea board's list, where notes already on the matrix are marked.
// Builds its controls into the import form; body() gives the import request's choice.

import { onLangChange, plural, t } from '../core/i18n.js';
import './strings.js';
import '../core/evidence.js';


function el(doc, tag, props = {}) {
  const e = doc.createElement(tag);
  Object.assign(e, props);
  return e;
}

export class ImportChoice {
  /** link(): {boardId, token} of the pasted idea-board link or null; existing(): the matrix items; error(msg). */
  constructor(doc, form, hooks) {
    this.doc = doc;
    this.h = hooks;
    this.notes = null;
    const fs = el(doc, 'fieldset', { className: 'field import-choice', id: 'import-choice' });
    this.legend = el(doc, 'legend');
    fs.appendChild(this.legend);
    this.labels = {};
    this.radios = {};
    for (const mode of ['all', 'top', 'pick']) {
      const row = el(doc, 'div', { className: 'import-choice__row' });
      const r = el(doc, 'input', { type: 'radio', name: 'import-mode', id: `import-mode-${mode}`, value: mode, checked: mode === 'all' });
      r.addEventListener('change', () => this.sync());
      const l = el(doc, 'label', { htmlFor: r.id });
      row.append(r, l);
      if (mode === 'top') {
        this.topLabel = el(doc, 'label', { htmlFor: 'import-top', className: 'visually-hidden' });
        this.top = el(doc, 'input', { type: 'number', id: 'import-top', min: 1, max: 300, value: 3, inputMode: 'numeric' });
        this.top.className = 'import-choice__top';
        this.top.addEventListener('focus', () => { r.checked = true; this.sync(); });
        row.append(' ', this.topLabel, this.top);
      }
      this.labels[mode] = l;
      this.radios[mode] = r;
      fs.appendChild(row);
    }
    this.pickBox = el(doc, 'div', { id: 'import-pick', hidden: true });
    this.load = el(doc, 'button', { type: 'button', className: 'btn btn--small', id: 'import-load' });
    this.load.addEventListener('click', () => this.fetchNotes());
    this.list = el(doc, 'ul', { className: 'import-notes', id: 'import-notes' });
    this.pickBox.append(this.load, this.list);
    fs.appendChild(this.pickBox);
    form.insertBefore(fs, form.querySelector('button[type=submit]'));
    this.relabel();
    onLangChange(() => this.relabel());
  }

  mode() {
    return Object.keys(this.radios).find((m) => this.radios[m].checked) || 'all';
  }

  sync() {
    this.pickBox.hidden = this.mode() !== 'pick';
  }

  relabel() {
    this.legend.textContent = t('matrix.choice.legend');
    for (const m of ['all', 'top', 'pick']) this.labels[m].textContent = t(`matrix.choice.${m}`);
    this.topLabel.textContent = t('matrix.choice.topN');
    this.load.textContent = t('matrix.choice.load');
    if (this.notes) this.renderNotes();
  }

  /** Rule L1: the idea board's notes by name, with their votes. */
  async fetchNotes() {
    const link = this.h.link();
    if (!link) return;
    let res;
    try {
      res = await fetch(`/api/boards/${encodeURIComponent(link.boardId)}/pickable`, {
        headers: { Authorization: `Bearer ${link.token}`, Accept: 'application/json' }, cache: 'no-store',
      });
    } catch {
      this.h.error(t('home.create.network'));
      return;
    }
    const body = await res.json().catch(() => ({}));
    if (res.status !== 200) {
      this.h.error(body.message || `HTTP ${res.status}`);
      return;
    }
    this.boardId = link.boardId;
    this.notes = body.items || [];
    this.renderNotes();
    if (!this.notes.length) this.h.error(t('matrix.choice.empty'));
  }

  renderNotes() {
    const there = new Set();
    for (const i of this.h.existing()) if (i.source && i.source.boardId === this.boardId) there.add(i.source.noteId);
    const keep = new Set([...this.list.querySelectorAll('input:checked')].map((c) => c.value));
    this.list.replaceChildren(...this.notes.map((n, k) => {
      const li = el(this.doc, 'li');
      const cb = el(this.doc, 'input', { type: 'checkbox', id: `import-note-${k}`, value: n.id });
      const already = there.has(n.id);
      cb.disabled = already;
      cb.checked = already || keep.has(n.id);
      const l = el(this.doc, 'label', { htmlFor: cb.id });
      l.textContent = `${n.text || '–'} (${plural('evidence.votes', n.votes || 0)})${already ? ` ${t('matrix.choice.there')}` : ''}`;
      li.append(cb, l);
      return li;
    }));
  }

  /** The part of the import body that says which notes; throws an Error with a message when nothing is chosen. */
  body() {
    const mode = this.mode();
    if (mode === 'top') return { top: Math.max(1, Math.min(300, Math.round(Number(this.top.value) || 1))) };
    if (mode === 'pick') {
      const ids = [...this.list.querySelectorAll('input:checked:not(:disabled)')].map((c) => c.value);
      if (!ids.length) throw new Error(t('matrix.choice.none'));
      return { noteIds: ids };
    }
    return {};
  }
}
