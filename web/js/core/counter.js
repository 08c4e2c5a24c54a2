// A character counter for a text field: "12 of 2000 characters", marked when over the limit.

import { t, charCount } from './i18n.js';

/**
 * Wires the counter and returns a function that refreshes it (e.g. after the value is set or the
 * limit is known). limit: a number or a function that gives it (read on every refresh).
 */
export function setupCounter(field, out, limit) {
  const update = () => {
    const max = typeof limit === 'function' ? limit() : limit;
    const n = charCount(field.value);
    const over = n - max;
    out.textContent = over > 0 ? t('count.over', { count: n, max, over }) : t('count', { count: n, max });
    out.classList.toggle('count--over', over > 0);
    if (over > 0) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  };
  field.addEventListener('input', update);
  update();
  return update;
}
