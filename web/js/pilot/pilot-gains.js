// The gains of a pilot as a list with Edit and Delete (docs/API.md PL3: PUT and DELETE
// /api/pilots/<id>/gains/<gainId> with the pilot's revision). Edit reuses the gain form: it is
// filled with the gain, its heading and button say "edit", and Cancel brings it back to "new".
// Text is only ever set with textContent.

import { pt, num } from './strings.js';

let seq = 0;

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The gain as the API wants it: a quality gain has a score, the others a yearly amount. */
export function gainBody(v) {
  const g = { ...v.gain };
  if (g.kind === 'quality') delete g.expectedPerYear;
  else delete g.qualityScore;
  return g;
}

export class GainsEditor {
  /**
   * form: the gain form (pilot-forms.js buildForm). hooks: change(method, path, body, focus)
   * resolves true when stored; confirm(message) resolves true for yes; announce(text); alert(text).
   */
  constructor(form, hooks) {
    this.form = form;
    this.h = hooks;
    this.editing = null; // the id of the gain in the form, or null for a new gain
    this.pilot = null;
    this.section = el('section', 'card');
    const hid = `gains-h-${++seq}`;
    this.section.setAttribute('aria-labelledby', hid);
    this.heading = el('h2', '', pt('gains.h2'));
    this.heading.id = hid;
    this.heading.tabIndex = -1;
    this.none = el('p', 'hint', pt('gains.none'));
    this.list = el('ul', 'pilot-gains');
    this.section.append(this.heading, this.none, this.list);
    this.cancel = el('button', 'btn', pt('gain.cancel'));
    this.cancel.type = 'button';
    this.cancel.hidden = true;
    form.form.appendChild(this.cancel);
    this.cancel.addEventListener('click', () => this.stopEditing(true));
    this.list.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-gain-id]');
      const g = b && this.pilot && this.pilot.gains.find((x) => x.id === b.dataset.gainId);
      if (!g) return;
      if (b.dataset.action === 'edit') this.startEditing(g);
      else this.remove(g);
    });
  }

  render(pilot) {
    this.pilot = pilot;
    const editor = pilot.role === 'editor';
    const focused = this.list.contains(document.activeElement)
      ? { id: document.activeElement.dataset.gainId, action: document.activeElement.dataset.action } : null;
    this.none.hidden = pilot.gains.length > 0;
    this.list.replaceChildren(...pilot.gains.map((g) => {
      const li = el('li', 'pilot-gain');
      li.append(el('span', 'pilot-gain__text', pt('gains.item', {
        indicator: g.indicator, kind: pt(`kind.${g.kind}`), baseline: num(g.baseline), target: num(g.target),
        unit: g.unit || '', date: g.targetDate || '–',
      })));
      if (editor) {
        for (const action of ['edit', 'delete']) {
          const b = el('button', `btn btn--small${action === 'delete' ? ' btn--danger' : ''}`, pt(`gains.${action}`));
          b.type = 'button';
          b.dataset.action = action;
          b.dataset.gainId = g.id;
          b.setAttribute('aria-label', pt(`gains.${action}.label`, { name: g.indicator }));
          li.append(' ', b);
        }
      }
      return li;
    }));
    if (focused) this.focusButton(focused.id, focused.action);
    if (this.editing && !pilot.gains.some((g) => g.id === this.editing)) {
      this.stopEditing(false);
      this.h.alert(pt('gain.gone'));
    }
  }

  focusButton(gainId, action = 'edit') {
    const b = [...this.list.querySelectorAll('button[data-gain-id]')]
      .find((x) => x.dataset.gainId === gainId && x.dataset.action === action);
    if (b) b.focus();
    return !!b;
  }

  startEditing(g) {
    this.editing = g.id;
    this.form.fill({ gain: g });
    this.form.h2.textContent = pt('gain.edit.h2', { name: g.indicator });
    this.form.button.textContent = pt('gain.update');
    this.cancel.hidden = false;
    this.form.inputs['gain.kind'].input.focus();
  }

  stopEditing(focusBack) {
    const id = this.editing;
    this.editing = null;
    this.form.fill({});
    this.form.h2.textContent = pt('gain.h2');
    this.form.button.textContent = pt('gain.save');
    this.cancel.hidden = true;
    if (focusBack && id && !this.focusButton(id)) this.heading.focus();
  }

  /** The gain form was sent: a new gain (POST) or the one being edited (PUT). */
  async submit(v, focus) {
    const gain = gainBody(v);
    if (!this.editing) {
      if (await this.h.change('POST', '/gains', { gain }, focus)) this.form.fill({});
      return;
    }
    const id = this.editing;
    if (await this.h.change('PUT', `/gains/${encodeURIComponent(id)}`, { gain }, focus)) this.stopEditing(true);
  }

  async remove(g) {
    const ok = await this.h.confirm(pt('gains.delete.confirm', { name: g.indicator }));
    if (!ok) {
      this.focusButton(g.id, 'delete');
      return;
    }
    const rev = this.pilot.rev;
    if (await this.h.change('DELETE', `/gains/${encodeURIComponent(g.id)}?rev=${rev}`, {})) {
      if (this.editing === g.id) this.stopEditing(false);
      this.h.announce(pt('gains.deleted', { name: g.indicator }));
      this.heading.focus();
    }
  }
}
