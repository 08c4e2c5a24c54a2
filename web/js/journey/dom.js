// Small DOM helpers for the journey board. User text only ever goes in with textContent.

export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** A button that names its action and target in data attributes (read by the view's click handler). */
export function button(text, action, data, { label = null, className = 'btn btn--small' } = {}) {
  const b = el('button', className, text);
  b.type = 'button';
  b.dataset.action = action;
  for (const [k, v] of Object.entries(data)) b.dataset[k] = v;
  if (label) b.setAttribute('aria-label', label);
  b.dataset.key = focusKey(action, data);
  return b;
}

/** The key that finds "the same control" again after a re-render. */
export function focusKey(action, data) {
  return [action, data.version || '', data.id || '', data.stageId || '', data.laneId || '', data.roleId || ''].join('|');
}

/** Shortens user text for use inside a label. */
export function short(text, max = 60) {
  const s = (text || '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
