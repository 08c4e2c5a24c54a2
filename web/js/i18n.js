// All visible strings of the web app, in Norwegian Bokmål (nb) and English (en); the Nynorsk (nn)
// tables live in i18n-nn.js. A key missing in nn falls back to nb, then en.
// Elements carry data-i18n="key" (text) or data-i18n-attr="attr:key;attr:key".

import { NN } from './i18n-nn.js';

const STRINGS = {
  nb: {
    'app.name': 'Samskap',
    'lang.label': 'Språk',
    'skip': 'Hopp til hovedinnhold',
    'noscript': 'Samskap trenger JavaScript.',

    'home.title': 'Samskap – idétavler for tjenesteinnovasjon',
    'home.h1': 'Samskap',
    'home.intro': 'Samskap er en tavle for felles idéarbeid i sanntid, laget for kommuner som bruker Veikart for tjenesteinnovasjon. Lag en idétavle, del lenken, og skriv lapper sammen med brukere, pårørende og ansatte.',
    'home.create.h2': 'Lag en tavle',
    'home.kind.label': 'Type tavle',
    'home.kind.ideas': 'Idétavle',
    'home.kind.matrix': 'Prioriteringsmatrise',
    'home.create.label': 'Navn på tavla',
    'home.create.hint': 'For eksempel «Bedre hjemmetjenester for eldre». Høyst 200 tegn.',
    'home.create.button': 'Lag tavla',
    'home.create.busy': 'Lager tavla …',
    'home.create.done': 'Tavla «{title}» er laget. Lenkene står nedenfor.',
    'home.create.empty': 'Skriv et navn på tavla.',
    'home.create.failed': 'Kunne ikke lage tavla: {message}',
    'home.create.network': 'Kunne ikke nå serveren. Sjekk nettforbindelsen og prøv igjen.',
    'home.links.h2': 'Lenker til tavla',
    'home.links.facilitator': 'Lenke for fasilitator (behold den selv)',
    'home.links.facilitator.hint': 'Gir full tilgang, også til å gi tavla nytt navn og slette grupper.',
    'home.links.participant': 'Lenke for deltakere (del denne)',
    'home.links.participant.hint': 'Del med alle som skal være med i verkstedet.',
    'home.copy': 'Kopier',
    'home.copy.facilitator': 'Kopier fasilitatorlenken',
    'home.copy.participant': 'Kopier deltakerlenken',
    'home.copied': 'Lenken er kopiert.',
    'home.copy.fallback': 'Kunne ikke kopiere automatisk. Lenken er markert: trykk Ctrl+C (eller Cmd+C) for å kopiere.',
    'home.open': 'Åpne tavla som fasilitator',

    'board.title.suffix': 'Samskap',
    'board.loading': 'Laster tavla …',
    'board.missingToken': 'Denne lenken mangler tilgangsnøkkelen. Be fasilitatoren om lenken til tavla.',
    'board.badToken': 'Lenken gir ikke tilgang til denne tavla. Be fasilitatoren om en ny lenke.',
    'board.home': 'Til forsiden',
    'join.h2': 'Bli med på tavla',
    'join.name': 'Navnet ditt (valgfritt)',
    'join.name.hint': 'Vises for de andre på tavla. Du kan la det stå tomt.',
    'join.button': 'Bli med',
    'name.change': 'Endre navn',
    'name.dialog.h2': 'Endre navnet ditt',
    'role.facilitator': 'fasilitator',
    'role.participant': 'deltaker',
    'presence.h2': 'Til stede ({count})',
    'presence.you': '{name} (deg)',
    'presence.anon': 'Uten navn',
    'presence.member': '{name}, {role}',
    'conn.label': 'Tilkobling:',
    'conn.connecting': 'Kobler til …',
    'conn.online': 'Tilkoblet',
    'conn.reconnecting': 'Mistet forbindelsen. Kobler til igjen …',
    'conn.offline': 'Frakoblet',
    'sync.saved': 'Alt er lagret',
    'sync.pending': 'Lagrer {count} endring(er) …',
    'board.rename': 'Gi tavla nytt navn',
    'board.rename.h2': 'Gi tavla nytt navn',
    'board.rename.label': 'Navn på tavla',
    'board.renamed': 'Tavla har fått nytt navn.',

    'add.h2': 'Ny lapp',
    'add.text': 'Tekst på lappen',
    'add.color': 'Farge',
    'add.button': 'Legg til lapp',
    'add.added': 'Lappen er lagt til.',
    'count': '{count} av {max} tegn',
    'count.over': '{count} av {max} tegn – {over} for mange',

    'cluster.h2': 'Grupper',
    'cluster.new': 'Navn på ny gruppe',
    'cluster.create': 'Lag gruppe',
    'cluster.none': 'Ingen grupper ennå.',
    'cluster.count': '{count} lapp(er)',
    'cluster.rename': 'Gi nytt navn',
    'cluster.rename.label': 'Gi gruppa «{label}» nytt navn',
    'cluster.rename.h2': 'Gi gruppa nytt navn',
    'cluster.rename.field': 'Navn på gruppa',
    'cluster.delete': 'Slett',
    'cluster.delete.label': 'Slett gruppa «{label}»',
    'cluster.delete.confirm': 'Slette gruppa «{label}»? Lappene blir liggende på tavla, utenfor grupper.',
    'cluster.created': 'Gruppa er laget.',
    'cluster.deleted': 'Gruppa er slettet.',
    'cluster.renamed': 'Gruppa har fått nytt navn.',
    'cluster.empty': 'Skriv et navn på gruppa.',
    'cluster.notes': 'Lapper i gruppa «{label}»',

    'help.h2': 'Tastatur',
    'help.text': 'Bruk Tab for å gå til en lapp. Piltastene flytter lappen 10 punkter, Shift + piltast flytter 50. Enter åpner lappen for redigering. Delete sletter lappen (du blir spurt først). Du kan også dra lappene med mus eller finger.',

    'canvas.label': 'Tavle med lapper',
    'canvas.empty': 'Ingen lapper ennå. Skriv den første i skjemaet «Ny lapp».',
    'note.role': 'lapp',
    'note.label': 'Lapp: {text}. Farge: {color}.{cluster}{author}',
    'note.label.cluster': ' Gruppe: {label}.',
    'note.label.author': ' Skrevet av {author}.',
    'note.label.pending': ' Lagres …',
    'note.empty': '(tom lapp)',
    'note.color': 'Farge: {color}',
    'note.cluster': 'Gruppe: {label}',
    'note.author': 'Av {author}',
    'note.edit': 'Rediger',
    'note.edit.label': 'Rediger lappen «{text}»',
    'note.delete': 'Slett',
    'note.delete.label': 'Slett lappen «{text}»',
    'note.delete.confirm': 'Slette lappen «{text}»?',
    'note.deleted': 'Lappen er slettet.',
    'note.saved': 'Lappen er lagret.',
    'note.moved': 'Lappen er flyttet til {x}, {y}.',
    'note.pending': 'Lagres …',
    'edit.h2': 'Rediger lapp',
    'edit.text': 'Tekst',
    'edit.color': 'Farge',
    'edit.cluster': 'Gruppe',
    'edit.cluster.none': 'Ingen gruppe',
    'edit.save': 'Lagre',
    'edit.delete': 'Slett lappen',
    'cancel': 'Avbryt',
    'close': 'Lukk',
    'confirm.h2': 'Er du sikker?',
    'confirm.yes': 'Ja, slett',
    'confirm.no': 'Nei, avbryt',
    'save': 'Lagre',

    'color.yellow': 'gul',
    'color.pink': 'rosa',
    'color.blue': 'blå',
    'color.green': 'grønn',
    'color.orange': 'oransje',
    'color.purple': 'lilla',

    'err.text_too_long': 'Teksten er for lang (høyst {max} tegn).',
    'err.label_too_long': 'Navnet er for langt (høyst 200 tegn).',
    'err.bad_request': 'Serveren forsto ikke endringen.',
    'err.unknown_op': 'Serveren kjenner ikke denne handlingen.',
    'err.out_of_bounds': 'Lappen kan ikke flyttes så langt.',
    'err.not_found': 'Lappen eller gruppa finnes ikke lenger. Noen andre har kanskje slettet den.',
    'err.board_full': 'Tavla er full. Slett noe før du legger til mer.',
    'err.forbidden': 'Bare fasilitatoren kan gjøre dette.',
    'err.missing_token': 'Lenken mangler tilgangsnøkkelen.',
    'err.invalid_token': 'Lenken gir ikke tilgang til denne tavla.',
    'err.rate_limited': 'For mange endringer på en gang. Prøver igjen …',
    'err.frame_too_large': 'Endringen er for stor til å sendes.',
    'err.unavailable': 'Lagringen svarer ikke akkurat nå. Prøver igjen …',
    'err.busy': 'Det er travelt på tjeneren akkurat nå. Prøver igjen om litt …',
    'err.unknown': 'Endringen ble ikke lagret ({reason}).',
    'err.prefix': 'Ikke lagret: {message}',
  },
  en: {
    'app.name': 'Samskap',
    'lang.label': 'Language',
    'skip': 'Skip to main content',
    'noscript': 'Samskap needs JavaScript.',

    'home.title': 'Samskap – idea boards for service innovation',
    'home.h1': 'Samskap',
    'home.intro': 'Samskap is a live board for working on ideas together, made for municipalities that use the Roadmap for Service Innovation. Create an idea board, share the link, and write notes together with service users, relatives and staff.',
    'home.create.h2': 'Create a board',
    'home.kind.label': 'Kind of board',
    'home.kind.ideas': 'Idea board',
    'home.kind.matrix': 'Prioritisation matrix',
    'home.create.label': 'Title of the board',
    'home.create.hint': 'For example “Better home care for older people”. At most 200 characters.',
    'home.create.button': 'Create the board',
    'home.create.busy': 'Creating the board …',
    'home.create.done': 'The board “{title}” is ready. The links are below.',
    'home.create.empty': 'Please enter a title for the board.',
    'home.create.failed': 'Could not create the board: {message}',
    'home.create.network': 'Could not reach the server. Check your connection and try again.',
    'home.links.h2': 'Links to the board',
    'home.links.facilitator': 'Facilitator link (keep it to yourself)',
    'home.links.facilitator.hint': 'Gives full access, including renaming the board and deleting clusters.',
    'home.links.participant': 'Participant link (share this one)',
    'home.links.participant.hint': 'Share it with everyone who takes part in the workshop.',
    'home.copy': 'Copy',
    'home.copy.facilitator': 'Copy the facilitator link',
    'home.copy.participant': 'Copy the participant link',
    'home.copied': 'The link is copied.',
    'home.copy.fallback': 'Could not copy automatically. The link is selected: press Ctrl+C (or Cmd+C) to copy it.',
    'home.open': 'Open the board as facilitator',

    'board.title.suffix': 'Samskap',
    'board.loading': 'Loading the board …',
    'board.missingToken': 'This link is missing its access key. Ask the facilitator for the board’s link.',
    'board.badToken': 'This link does not open this board. Ask the facilitator for a new link.',
    'board.home': 'Go to the front page',
    'join.h2': 'Join the board',
    'join.name': 'Your name (optional)',
    'join.name.hint': 'Shown to the others on the board. You may leave it empty.',
    'join.button': 'Join',
    'name.change': 'Change name',
    'name.dialog.h2': 'Change your name',
    'role.facilitator': 'facilitator',
    'role.participant': 'participant',
    'presence.h2': 'Here now ({count})',
    'presence.you': '{name} (you)',
    'presence.anon': 'No name',
    'presence.member': '{name}, {role}',
    'conn.label': 'Connection:',
    'conn.connecting': 'Connecting …',
    'conn.online': 'Connected',
    'conn.reconnecting': 'Connection lost. Reconnecting …',
    'conn.offline': 'Offline',
    'sync.saved': 'All changes saved',
    'sync.pending': 'Saving {count} change(s) …',
    'board.rename': 'Rename the board',
    'board.rename.h2': 'Rename the board',
    'board.rename.label': 'Title of the board',
    'board.renamed': 'The board has a new title.',

    'add.h2': 'New note',
    'add.text': 'Text of the note',
    'add.color': 'Colour',
    'add.button': 'Add note',
    'add.added': 'The note is added.',
    'count': '{count} of {max} characters',
    'count.over': '{count} of {max} characters – {over} too many',

    'cluster.h2': 'Clusters',
    'cluster.new': 'Name of a new cluster',
    'cluster.create': 'Create cluster',
    'cluster.none': 'No clusters yet.',
    'cluster.count': '{count} note(s)',
    'cluster.rename': 'Rename',
    'cluster.rename.label': 'Rename the cluster “{label}”',
    'cluster.rename.h2': 'Rename the cluster',
    'cluster.rename.field': 'Name of the cluster',
    'cluster.delete': 'Delete',
    'cluster.delete.label': 'Delete the cluster “{label}”',
    'cluster.delete.confirm': 'Delete the cluster “{label}”? Its notes stay on the board, outside any cluster.',
    'cluster.created': 'The cluster is created.',
    'cluster.deleted': 'The cluster is deleted.',
    'cluster.renamed': 'The cluster is renamed.',
    'cluster.empty': 'Please enter a name for the cluster.',
    'cluster.notes': 'Notes in the cluster “{label}”',

    'help.h2': 'Keyboard',
    'help.text': 'Press Tab to reach a note. Arrow keys move the note by 10 points, Shift + arrow by 50. Enter opens the note for editing. Delete deletes the note (you are asked first). You can also drag notes with a mouse or finger.',

    'canvas.label': 'Board with notes',
    'canvas.empty': 'No notes yet. Write the first one in the “New note” form.',
    'note.role': 'note',
    'note.label': 'Note: {text}. Colour: {color}.{cluster}{author}',
    'note.label.cluster': ' Cluster: {label}.',
    'note.label.author': ' Written by {author}.',
    'note.label.pending': ' Saving …',
    'note.empty': '(empty note)',
    'note.color': 'Colour: {color}',
    'note.cluster': 'Cluster: {label}',
    'note.author': 'By {author}',
    'note.edit': 'Edit',
    'note.edit.label': 'Edit the note “{text}”',
    'note.delete': 'Delete',
    'note.delete.label': 'Delete the note “{text}”',
    'note.delete.confirm': 'Delete the note “{text}”?',
    'note.deleted': 'The note is deleted.',
    'note.saved': 'The note is saved.',
    'note.moved': 'The note is moved to {x}, {y}.',
    'note.pending': 'Saving …',
    'edit.h2': 'Edit note',
    'edit.text': 'Text',
    'edit.color': 'Colour',
    'edit.cluster': 'Cluster',
    'edit.cluster.none': 'No cluster',
    'edit.save': 'Save',
    'edit.delete': 'Delete the note',
    'cancel': 'Cancel',
    'close': 'Close',
    'confirm.h2': 'Are you sure?',
    'confirm.yes': 'Yes, delete',
    'confirm.no': 'No, cancel',
    'save': 'Save',

    'color.yellow': 'yellow',
    'color.pink': 'pink',
    'color.blue': 'blue',
    'color.green': 'green',
    'color.orange': 'orange',
    'color.purple': 'purple',

    'err.text_too_long': 'Note is too long (max {max} characters).',
    'err.label_too_long': 'The name is too long (max 200 characters).',
    'err.bad_request': 'The server did not understand the change.',
    'err.unknown_op': 'The server does not know this action.',
    'err.out_of_bounds': 'The note cannot be moved that far.',
    'err.not_found': 'The note or cluster no longer exists. Someone else may have deleted it.',
    'err.board_full': 'The board is full. Delete something before adding more.',
    'err.forbidden': 'Only the facilitator can do this.',
    'err.missing_token': 'The link is missing its access key.',
    'err.invalid_token': 'This link does not open this board.',
    'err.rate_limited': 'Too many changes at once. Trying again …',
    'err.frame_too_large': 'The change is too large to send.',
    'err.unavailable': 'Storage is not answering right now. Trying again …',
    'err.busy': 'The server is busy right now. Trying again shortly …',
    'err.unknown': 'The change was not saved ({reason}).',
    'err.prefix': 'Not saved: {message}',
  },
};

STRINGS.nn = { ...NN };

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
  if (saved && STRINGS[saved]) return saved;
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
  const s = lookup(STRINGS, key);
  return s === undefined ? key : fill(s, params);
}

export function has(key) {
  return fallbacks().some((l) => Object.prototype.hasOwnProperty.call(STRINGS[l], key));
}

export function setLang(l) {
  if (!STRINGS[l]) return;
  current = l;
  try { localStorage.setItem(STORE_KEY, l); } catch { /* ignore */ }
  document.documentElement.lang = l;
  translate(document);
  listeners.forEach((fn) => fn(l));
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

/** Adds strings of a feature module ({nb:{...}, nn:{...}, en:{...}}); existing keys are kept. */
export function addStrings(tables) {
  for (const [l, table] of Object.entries(tables)) {
    if (STRINGS[l]) STRINGS[l] = { ...table, ...STRINGS[l] };
  }
}

/** A copy of every table, with the strings feature modules added (for the completeness test). */
export function allStrings() {
  return JSON.parse(JSON.stringify(STRINGS));
}

/** Number of characters as the server counts them (Unicode code points). */
export function charCount(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
