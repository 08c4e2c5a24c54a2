// Writing in place: the editor on a note and the draft of a new note, Enter saves and Escape
// cancels (mixed into the BoardView).

import { t } from '../core/i18n.js';
import { NOTE_W, NOTE_H, el } from './note-element.js';

export class NoteEditor {
  // ---- writing in place ----

  /** Opens the in-place editor on a note; save(text) / cancel() are called once. */
  startEdit(id, { readOnly = false, save, cancel }) {
    this.stopEdit();
    const e = this.noteEls.get(id);
    const n = this.last && this.last.notes.get(id);
    if (!e || !n) return false;
    const box = this.editorBox('note-editor', n.text, readOnly, (text) => { this.stopEdit(); save(text); }, () => { this.stopEdit(); cancel(); });
    this.editor = { id, el: box.el, textarea: box.textarea };
    e.classList.add('note--editing');
    e.append(box.el);
    box.textarea.focus();
    box.textarea.select();
    return true;
  }

  stopEdit() {
    const ed = this.editor;
    if (!ed) return;
    this.editor = null;
    const e = ed.el.closest('.note');
    ed.el.remove();
    if (e) e.classList.remove('note--editing');
  }

  /** A new, unsaved note at (x, y) with the cursor in it. */
  startDraft(x, y, { clusterId = null, color = 'yellow', save, cancel, paste }) {
    this.stopDraft();
    const e = el('div', `note note--draft note--${color}`);
    e.setAttribute('role', 'group');
    e.setAttribute('aria-label', t('draft.label'));
    this.place(e, x, y);
    const box = this.editorBox('note-draft', '', false, (text) => { this.stopDraft(); save(text); }, () => { this.stopDraft(); cancel(); });
    box.textarea.addEventListener('paste', (ev) => {
      const text = ev.clipboardData ? ev.clipboardData.getData('text') : '';
      if (paste && text.split(/\r?\n/).filter((l) => l.trim()).length > 1) {
        ev.preventDefault();
        const at = { x: this.draft.x, y: this.draft.y };
        this.stopDraft();
        paste(text, at);
      }
    });
    e.append(box.el);
    this.notesLayer.append(e);
    this.draft = { el: e, textarea: box.textarea, x, y, clusterId };
    this.empty.hidden = true;
    if (this.camera) this.camera.reveal({ x, y, w: NOTE_W, h: NOTE_H });
    box.textarea.focus({ preventScroll: true });
    return this.draft;
  }

  stopDraft() {
    const d = this.draft;
    if (!d) return;
    this.draft = null;
    d.el.remove();
    if (this.last) this.empty.hidden = this.last.notes.size > 0;
  }

  editorBox(id, value, readOnly, save, cancel) {
    const box = el('div', 'note__editor');
    const label = el('label', 'visually-hidden', t('editor.label'));
    const textarea = el('textarea', 'note__input');
    textarea.value = value;
    textarea.rows = 4;
    textarea.readOnly = readOnly;
    textarea.setAttribute('aria-describedby', 'editor-hint');
    label.htmlFor = id;
    textarea.id = id;
    const hint = el('p', 'note__hint', t('editor.hint'));
    hint.id = 'editor-hint';
    const buttons = el('div', 'note__editor-buttons');
    const ok = el('button', 'btn btn--small btn--primary note__save', t('save'));
    ok.type = 'button';
    const no = el('button', 'btn btn--small note__cancel', t('cancel'));
    no.type = 'button';
    buttons.append(ok, no);
    box.append(label, textarea, hint, buttons);
    let done = false;
    const finish = (fn, arg) => {
      if (done) return;
      done = true;
      fn(arg);
    };
    textarea.addEventListener('keydown', (ev) => {
      ev.stopPropagation();
      if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
        ev.preventDefault();
        finish(save, textarea.value);
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        finish(cancel);
      }
    });
    ok.addEventListener('click', () => finish(save, textarea.value));
    no.addEventListener('click', () => finish(cancel));
    box.addEventListener('focusout', (ev) => {
      // Clicking elsewhere keeps what was written (as on a whiteboard); an empty note goes away.
      if (ev.relatedTarget && box.contains(ev.relatedTarget)) return;
      setTimeout(() => {
        if (done || box.contains(this.doc.activeElement) || !box.isConnected) return;
        if (this.doc.activeElement && this.doc.activeElement.closest('dialog')) return;
        if (textarea.value.trim() && !readOnly) finish(save, textarea.value);
        else finish(cancel);
      }, 0);
    });
    box.addEventListener('pointerdown', (ev) => ev.stopPropagation());
    box.addEventListener('dblclick', (ev) => ev.stopPropagation());
    return { el: box, textarea };
  }

}
