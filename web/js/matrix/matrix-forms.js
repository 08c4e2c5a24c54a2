// The matrix page's forms and dialogs: add an idea, bring ideas from an idea board (through
// the server's import route, rule M6), the facilitator's settings (scale, placement, axis
// and field names in nb/nn/en), and the score, place and decide dialogs.

import { t } from '../core/i18n.js';
import { openDialog } from '../core/dialogs.js';
import { setupCounter } from '../core/counter.js';
import { limits } from '../core/limits.js';
import {
  SCALES, PLACEMENTS, QUADRANTS, LANGS, onScale, length,
} from './matrix-state.js';
import { mt, fmt, pickName } from './strings.js';
import { ImportChoice } from './import-choice.js';
import { plural } from '../core/i18n.js';

const LINK = /\/b\/([A-Za-z0-9_-]{8,64})(?:[?][^#]*)?#(?:.*&)?t=([^&]+)/;

export class MatrixForms {
  /** ctx: sync, itemOf(id), announce(msg), alertError(msg), token, boardId, focusAfter(id). */
  constructor(doc, ctx) {
    this.doc = doc;
    this.ctx = ctx;
    this.$ = (id) => doc.getElementById(id);
  }

  setup() {
    const $ = this.$;
    this.counter = setupCounter($('item-text'), $('item-count'), () => limits.noteChars);
    $('add-form').addEventListener('submit', (e) => this.addItem(e));
    $('import-form').addEventListener('submit', (e) => this.importIdeas(e));
    this.choice = new ImportChoice(this.doc, $('import-form'), {
      link: () => {
        const m = LINK.exec($('import-link').value.trim());
        if (!m) {
          $('import-error').textContent = mt('import.bad');
          return null;
        }
        $('import-error').textContent = '';
        return { boardId: m[1], token: decodeURIComponent(m[2]) };
      },
      existing: () => [...this.ctx.sync.view().items.values()],
      error: (msg) => { $('import-error').textContent = msg; },
    });
    $('settings-form').addEventListener('submit', (e) => this.saveSettings(e));
    this.buildNames();
    this.fillSelects();
  }

  onLangChange(v) {
    this.counter();
    this.fillSelects();
    this.labelNames();
    if (v) this.fillSettings(v);
  }

  // ---- add, import ----

  addItem(e) {
    e.preventDefault();
    const $ = this.$;
    const text = $('item-text').value.trim();
    const error = !text ? mt('add.empty') : (length(text) > limits.noteChars ? t('err.text_too_long', { max: limits.noteChars }) : '');
    $('item-error').textContent = error;
    if (error) {
      $('item-text').focus();
      return;
    }
    this.ctx.sync.queue({ type: 'item.create', text });
    $('item-text').value = '';
    this.counter();
    $('item-text').focus();
  }

  async importIdeas(e) {
    e.preventDefault();
    const $ = this.$;
    const input = $('import-link');
    const m = LINK.exec(input.value.trim());
    let which;
    try {
      which = this.choice.body(); // rules M6b, L1
    } catch (err) {
      $('import-error').textContent = err.message;
      return;
    }
    if (!m) {
      $('import-error').textContent = mt('import.bad');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    $('import-error').textContent = '';
    $('import-button').disabled = true;
    try {
      const res = await fetch(`/api/boards/${encodeURIComponent(this.ctx.boardId)}/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${this.ctx.token}` },
        body: JSON.stringify({ sourceBoardId: m[1], sourceToken: decodeURIComponent(m[2]), ...which }),
      });
      let body = null;
      try { body = await res.json(); } catch { body = null; }
      if (res.status === 200 && body) {
        input.value = '';
        this.ctx.announce(plural('matrix.import.done', body.imported));
      } else {
        $('import-error').textContent = mt('import.failed', { message: body && body.message ? body.message : `HTTP ${res.status}` });
        input.focus();
      }
    } catch {
      $('import-error').textContent = t('home.create.network');
    } finally {
      $('import-button').disabled = false;
    }
  }

  // ---- settings ----

  fillSelects() {
    const fill = (select, values, prefix) => {
      const keep = select.value;
      select.replaceChildren(...values.map((v) => {
        const o = this.doc.createElement('option');
        o.value = v;
        o.textContent = mt(`${prefix}.${v}`);
        return o;
      }));
      if (keep) select.value = keep;
    };
    fill(this.$('settings-scale'), SCALES, 'scale');
    fill(this.$('settings-placement'), PLACEMENTS, 'placement');
  }

  /** One fieldset per axis and per field, each with a name in nb, nn and en. */
  buildNames() {
    const box = this.$('settings-names');
    for (const key of ['x', 'y', ...QUADRANTS]) {
      const fs = this.doc.createElement('fieldset');
      fs.className = 'names-group';
      fs.dataset.names = key;
      fs.appendChild(this.doc.createElement('legend'));
      for (const l of LANGS) {
        const field = this.doc.createElement('div');
        field.className = 'field field--inline';
        const label = this.doc.createElement('label');
        const input = this.doc.createElement('input');
        input.type = 'text';
        input.id = `names-${key}-${l}`;
        input.lang = l;
        input.maxLength = limits.labelChars;
        input.autocomplete = 'off';
        input.dataset.lang = l;
        label.htmlFor = input.id;
        field.append(label, input);
        fs.appendChild(field);
      }
      box.appendChild(fs);
    }
    this.labelNames();
  }

  labelNames() {
    for (const fs of this.doc.querySelectorAll('#settings-names fieldset')) {
      const key = fs.dataset.names;
      fs.querySelector('legend').textContent = key === 'x' || key === 'y' ? mt(`settings.axis.${key}`) : mt(`pos.${key}`);
      fs.querySelectorAll('label').forEach((label) => {
        label.textContent = mt(`lang.${this.doc.getElementById(label.htmlFor).dataset.lang}`);
      });
    }
  }

  namesOf(v, key) {
    if (key === 'x' || key === 'y') return v.matrix.axes[key].names;
    return v.matrix.quadrants.find((q) => q.id === key).names;
  }

  fillSettings(v) {
    this.$('settings-scale').value = v.matrix.scale;
    this.$('settings-placement').value = v.matrix.placement;
    for (const key of ['x', 'y', ...QUADRANTS]) {
      const names = this.namesOf(v, key);
      for (const l of LANGS) this.$(`names-${key}-${l}`).value = names[l] || '';
    }
  }

  saveSettings(e) {
    e.preventDefault();
    const { sync, announce } = this.ctx;
    const v = sync.view();
    const ops = [];
    const scale = this.$('settings-scale').value;
    const placement = this.$('settings-placement').value;
    let empty = null;
    for (const key of ['x', 'y', ...QUADRANTS]) {
      const current = this.namesOf(v, key);
      const names = {};
      for (const l of LANGS) {
        const input = this.$(`names-${key}-${l}`);
        const value = input.value.trim();
        if (!value) {
          input.setAttribute('aria-invalid', 'true');
          empty = empty || input;
        } else {
          input.removeAttribute('aria-invalid');
          if (value !== current[l]) names[l] = value;
        }
      }
      if (Object.keys(names).length) {
        ops.push(key === 'x' || key === 'y' ? { type: 'axis.rename', axis: key, names } : { type: 'quadrant.rename', quadrant: key, names });
      }
    }
    if (empty) {
      this.doc.querySelector('.names-details').open = true;
      this.$('settings-error').textContent = mt('settings.empty');
      empty.focus();
      return;
    }
    this.$('settings-error').textContent = '';
    if (scale !== v.matrix.scale) ops.unshift({ type: 'scale.set', scale });
    if (placement !== v.matrix.placement) ops.unshift({ type: 'placement.set', placement });
    ops.forEach((op) => sync.queue(op));
    if (!ops.length) announce(mt('settings.saved'));
  }

  // ---- score, place, decide ----

  score(id) {
    return this.point(id, 'score');
  }

  place(id) {
    return this.point(id, 'place');
  }

  async point(id, mode) {
    const { sync, itemOf, focusAfter } = this.ctx;
    const i = itemOf(id);
    if (!i) return;
    const $ = this.$;
    const v = sync.view();
    const continuous = v.matrix.scale === 'continuous';
    const start = mode === 'score' ? i.myScore : i.placed;
    $('point-h2').textContent = mt(`${mode}.h2`);
    $('point-item').textContent = i.text;
    $('point-help').textContent = mt(continuous ? 'score.help.continuous' : 'score.help');
    const names = { x: v.matrix.axes.x.names, y: v.matrix.axes.y.names };
    for (const axis of ['x', 'y']) {
      const input = $(`point-${axis}`);
      $(`point-${axis}-label`).textContent = `${pickName(names[axis]) || axis} (1–5)`;
      input.step = continuous ? 'any' : '1';
      input.value = start ? String(start[axis]) : '';
      input.removeAttribute('aria-invalid');
    }
    const read = (axis) => {
      const raw = $(`point-${axis}`).value.trim().replace(',', '.');
      return raw === '' ? NaN : Number(raw);
    };
    const validate = () => {
      const bad = ['x', 'y'].filter((a) => !onScale(v.matrix.scale, read(a)));
      for (const a of ['x', 'y']) {
        if (bad.includes(a)) $(`point-${a}`).setAttribute('aria-invalid', 'true');
        else $(`point-${a}`).removeAttribute('aria-invalid');
      }
      return bad.length ? mt('value.error', { scale: mt(continuous ? 'value.continuous' : 'value.steps') }) : null;
    };
    const result = await openDialog($('point-dialog'), $('point-x'), { validate, errorEl: $('point-error') });
    if (result === 'save') {
      const now = itemOf(id);
      if (now) {
        const x = read('x');
        const y = read('y');
        sync.queue({ type: mode === 'score' ? 'item.score' : 'item.place', itemId: now.id, x, y });
        if (mode === 'place') this.ctx.announce(mt('placed', { x: fmt(x), y: fmt(y) }));
      }
    }
    focusAfter(id);
  }

  async decide(id) {
    const { sync, itemOf, focusAfter } = this.ctx;
    const i = itemOf(id);
    if (!i) return;
    const $ = this.$;
    $('decide-item').textContent = i.text;
    const status = i.decision ? i.decision.status : 'accepted';
    this.doc.querySelectorAll('#decide-form input[name="status"]').forEach((r) => { r.checked = r.value === status; });
    $('decide-reason').value = '';
    $('decide-reason').removeAttribute('aria-invalid');
    const validate = () => {
      const reason = $('decide-reason').value.trim();
      const error = !reason ? mt('decide.reason.empty') : (length(reason) > limits.reasonChars ? t('err.text_too_long', { max: limits.reasonChars }) : null);
      if (error) $('decide-reason').setAttribute('aria-invalid', 'true');
      return error;
    };
    const checked = () => this.doc.querySelector('#decide-form input[name="status"]:checked');
    const result = await openDialog($('decide-dialog'), checked(), { validate, errorEl: $('decide-error') });
    if (result === 'save') {
      const now = itemOf(id);
      if (now) sync.queue({ type: 'item.decide', itemId: now.id, status: checked().value, reason: $('decide-reason').value.trim() });
    }
    focusAfter(id);
  }
}
