// Small form builder of the pilot page: labelled fields from a spec, read back as an object.
import { pt } from './strings.js';

let seq = 0;

/** spec: [{name, type: text|textarea|number|date|select|checkbox, options?, label?}] */
export function buildForm(title, spec, submitKey, onSubmit) {
  const section = document.createElement('section');
  section.className = 'card';
  const hid = `h-${++seq}`;
  section.setAttribute('aria-labelledby', hid);
  const h2 = document.createElement('h2');
  h2.id = hid;
  h2.textContent = title;
  section.appendChild(h2);
  const form = document.createElement('form');
  form.noValidate = true;
  const grid = document.createElement('div');
  grid.className = 'pilot-grid';
  const inputs = {};
  for (const f of spec) {
    const id = `f-${seq}-${f.name.replace(/\W/g, '-')}`;
    const wrap = document.createElement('div');
    wrap.className = f.type === 'checkbox' ? 'field field--inline' : 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = f.label || pt(f.key || f.name);
    let input;
    if (f.type === 'textarea') input = document.createElement('textarea');
    else if (f.type === 'select') {
      input = document.createElement('select');
      for (const [value, text] of f.options) {
        const o = document.createElement('option');
        o.value = value;
        o.textContent = text;
        input.appendChild(o);
      }
    } else {
      input = document.createElement('input');
      input.type = f.type === 'number' ? 'text' : (f.type || 'text');
      if (f.type === 'number') input.inputMode = 'decimal';
    }
    input.id = id;
    input.name = f.name;
    if (f.type === 'checkbox') { wrap.appendChild(input); wrap.appendChild(label); } else { wrap.appendChild(label); wrap.appendChild(input); }
    grid.appendChild(wrap);
    inputs[f.name] = { input, f };
  }
  form.appendChild(grid);
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'btn btn--primary';
  button.textContent = pt(submitKey);
  form.appendChild(button);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(read(inputs), (name) => { if (inputs[name]) inputs[name].input.focus(); });
  });
  section.appendChild(form);
  return { section, inputs, fill: (values) => fill(inputs, values), form, h2, button };
}

/** Numbers typed with a decimal comma are read as numbers; text that is not a number is sent as typed. */
function read(inputs) {
  const out = {};
  for (const [name, { input, f }] of Object.entries(inputs)) {
    let v;
    if (f.type === 'checkbox') v = input.checked;
    else if (f.type === 'number') {
      const s = input.value.trim().replace(/\s/g, '').replace(',', '.');
      v = s === '' ? null : (Number.isFinite(Number(s)) ? Number(s) : input.value.trim());
    } else v = input.value.trim() === '' && f.type === 'date' ? null : input.value;
    const path = name.split('.');
    let o = out;
    for (const p of path.slice(0, -1)) o = o[p] || (o[p] = {});
    o[path[path.length - 1]] = v;
  }
  return out;
}

function fill(inputs, values) {
  for (const [name, { input, f }] of Object.entries(inputs)) {
    const v = name.split('.').reduce((o, p) => (o == null ? o : o[p]), values);
    if (f.type === 'checkbox') input.checked = !!v;
    else input.value = v == null ? '' : String(v);
  }
}
