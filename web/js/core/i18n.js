// The one string mechanism of the web app. Each feature folder registers its strings in
// Bokmål (nb), Nynorsk (nn) and English (en) with addStrings({nb, nn, en}) in its strings.js;
// t(key) looks a key up in the chosen language (a key missing in nn falls back to nb, then en).
// Static markup carries data-i18n="key" (text) or data-i18n-attr="attr:key;attr:key".

/** Every string by language; each feature folder's strings.js adds its keys (addStrings). */
const TABLES = { nb: {}, nn: {}, en: {} };

/** The UI languages, in the order the language choice shows them. */
export const LANGS = ['nb', 'nn', 'en'];
/** Each language's name in itself, for the language choice. */
export const LANG_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
const STORE_KEY = 'samskap.lang';
const listeners = new Set();
let current = initialLang();

function initialLang() {
  let saved = null;
  try { saved = localStorage.getItem(STORE_KEY); } catch { /* storage may be blocked */ }
  if (saved && TABLES[saved]) return saved;
  const prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (const p of prefs) {
    const l = String(p).toLowerCase();
    if (l.startsWith('nn')) return 'nn';
    if (l.startsWith('nb') || l.startsWith('no')) return 'nb';
    if (l.startsWith('en')) return 'en';
  }
  return 'nb';
}

export function lang() {
  return current;
}

/** The languages to look a key up in, best first: Nynorsk falls back to Bokmål, then English. */
export function fallbacks(l = current) {
  if (l === 'nn') return ['nn', 'nb', 'en'];
  return l === 'en' ? ['en', 'nb'] : ['nb', 'en'];
}

/** The string for key in tables ({nb:{...}, nn:{...}, en:{...}}) in the current language, or undefined. */
export function lookup(tables, key) {
  for (const l of fallbacks()) {
    const table = tables[l];
    if (table && Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  }
  return undefined;
}

/** Fills {name} placeholders of s from params; unknown ones stay as they are. */
export function fill(s, params = {}) {
  return s.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The string for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const s = lookup(TABLES, key);
  return s === undefined ? key : fill(s, params);
}

export function has(key) {
  return fallbacks().some((l) => Object.prototype.hasOwnProperty.call(TABLES[l], key));
}

export function setLang(l) {
  if (!TABLES[l]) return;
  current = l;
  try { localStorage.setItem(STORE_KEY, l); } catch { /* ignore */ }
  document.documentElement.lang = l;
  translate(document);
  retranslateMessages(document);
  listeners.forEach((fn) => fn(l));
}

/**
 * A translated message that remembers its key and params (docs/PROTOCOL.md W6): show() puts it
 * on an element, and a language change translates it again. It is a String, so it can go
 * anywhere a text can.
 */
export function msg(key, params = {}) {
  // eslint-disable-next-line no-new-wrappers
  const s = new String(t(key, params));
  s.i18n = { key, params };
  return s;
}

/** msg() for a count: the .one or .other form of key, as plural() picks it. */
export function pluralMsg(key, n, params = {}) {
  return msg(`${key}.${n === 1 ? 'one' : 'other'}`, { ...params, n });
}

/** A msg() for a feature whose keys carry a prefix, looked up as scoped() does. */
export function scopedMsg(prefix) {
  return (key, params = {}) => msg(has(prefix + key) ? prefix + key : key, params);
}

/**
 * Shows message as the text of el. A msg() leaves its key and params on the element
 * (data-msg-key, data-msg-params), so the message switches language with the page; a plain
 * string clears them.
 */
export function show(el, message) {
  if (!el) return;
  const m = message && message.i18n;
  if (m) {
    el.textContent = t(m.key, m.params);
    el.dataset.msgKey = m.key;
    el.dataset.msgParams = JSON.stringify(m.params || {});
  } else {
    el.textContent = message == null ? '' : String(message);
    delete el.dataset.msgKey;
    delete el.dataset.msgParams;
  }
}

/** Translates again every message show() left under root (data-msg-key). */
export function retranslateMessages(root) {
  root.querySelectorAll('[data-msg-key]').forEach((el) => {
    let params = {};
    try { params = JSON.parse(el.dataset.msgParams || '{}'); } catch { /* keep {} */ }
    el.textContent = t(el.dataset.msgKey, params);
  });
}

export function onLangChange(fn) {
  listeners.add(fn);
}

/** Fills every [data-i18n] and [data-i18n-attr] element under root. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  });
}

/**
 * Sets the document language, translates the page and fills the language choice: a labelled
 * group of one button per language, each named in its own language, the chosen one aria-pressed.
 */
export function initI18n(group) {
  document.documentElement.lang = current;
  translate(document);
  if (!group) return;
  group.setAttribute('role', 'group');
  const buttons = LANGS.map((l) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'lang-choice';
    b.lang = l;
    b.dataset.lang = l;
    b.textContent = LANG_NAMES[l];
    b.addEventListener('click', () => { if (l !== current) setLang(l); });
    return b;
  });
  group.replaceChildren(...buttons);
  const sync = () => {
    group.setAttribute('aria-label', t('lang.label'));
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === current));
  };
  sync();
  onLangChange(sync);
}

/**
 * Adds the strings of a feature folder ({nb:{...}, nn:{...}, en:{...}}) and returns them. Keys
 * are one namespace: a feature prefixes its own (matrix.*, pilot.*, voter.*); a key that is
 * already there keeps its first string.
 */
export function addStrings(tables) {
  for (const [l, table] of Object.entries(tables)) {
    if (TABLES[l]) TABLES[l] = { ...table, ...TABLES[l] };
  }
  return tables;
}

/**
 * A t() for a feature whose keys carry a prefix: scoped('pilot.')('saved') is t('pilot.saved'),
 * and a key the feature does not have is looked up as it is (e.g. 'cancel').
 */
export function scoped(prefix) {
  return (key, params = {}) => (has(prefix + key) ? t(prefix + key, params) : t(key, params));
}

/** A copy of every table, with the strings of every loaded feature folder (for the completeness test). */
export function allStrings() {
  return JSON.parse(JSON.stringify(TABLES));
}

/** Number of characters as the server counts them (Unicode code points). */
export function charCount(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * A count with its word in the right plural form: t(`${key}.one`) for 1, else t(`${key}.other`),
 * each with {n} and params filled ("1 stemme", "2 stemmer").
 */
export function plural(key, n, params = {}) {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, { ...params, n });
}
