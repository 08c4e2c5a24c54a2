// Strings of the matrix page, in Bokmål and English (the app's UI languages, see ../i18n.js).
// Axis and quadrant names come from the board in Bokmål, Nynorsk and English (rule M2); a
// reader whose browser prefers Nynorsk sees the Nynorsk names while the UI is in Bokmål.
// Elements carry data-mt="key" (text) or data-mt-attr="attr:key;attr:key".

import { lang, t as appT } from '../i18n.js';

const STRINGS = {
  nb: {
    'pilot': 'Lag pilot',
    'pilot.label': 'Lag pilotkandidat av «{text}»',
    'pilot.failed': 'Kunne ikke lage pilot: {message}',
    'page.title': 'Prioriteringsmatrise – Samskap',
    'matrix.h2': 'Matrise',
    'matrix.label': 'Prioriteringsmatrise. {x} bortover, {y} oppover.',
    'matrix.empty': 'Ingen idéer på matrisen ennå.',
    'matrix.unplaced': 'Ikke plassert ennå: {count}',
    'matrix.mode.scores': 'Idéene står der medianen av alles poeng er.',
    'matrix.mode.facilitator': 'Fasilitatoren plasserer idéene.',
    'axis.low': 'lav',
    'axis.high': 'høy',
    'item.count': ' poeng fra {count}',
    'item.where': '{x}: {px}, {y}: {py}.',
    'item.nowhere': 'Ikke plassert.',
    'item.quadrant': ' Felt: {name}.',
    'item.decision': ' Beslutning: {status}.',
    'item.pending': ' Lagres …',
    'items.h2': 'Idéer',
    'items.caption': 'Alle idéer med median, spredning og antall som har gitt poeng',
    'items.none': 'Ingen idéer ennå.',
    'col.item': 'Idé',
    'col.from': 'Fra idétavla',
    'col.x': '{x}: median (spredning)',
    'col.y': '{y}: median (spredning)',
    'col.count': 'Antall poeng',
    'col.mine': 'Dine poeng',
    'col.decision': 'Beslutning',
    'col.actions': 'Handlinger',
    'from.cluster': 'gruppe «{label}»',
    'from.votes': '{votes} stemme(r)',
    'from.none': 'Laget på matrisen',
    'spread': '{median} ({min}–{max})',
    'none': '–',
    'mine.none': 'Ikke gitt',
    'score': 'Gi poeng',
    'score.label': 'Gi poeng til «{text}»',
    'score.h2': 'Gi poeng',
    'score.help': 'Gi poeng fra 1 (lavest) til 5 (høyest) på hver akse.',
    'score.help.continuous': 'Gi et tall fra 1 (lavest) til 5 (høyest) på hver akse, gjerne med desimaler.',
    'score.saved': 'Poengene er lagret.',
    'place': 'Plasser',
    'place.label': 'Plasser «{text}»',
    'place.h2': 'Plasser idéen',
    'placed': 'Idéen er plassert på {x}, {y}.',
    'decide': 'Beslutt',
    'decide.label': 'Beslutt «{text}»',
    'decide.h2': 'Beslutning',
    'decide.status': 'Beslutning',
    'decide.reason': 'Begrunnelse',
    'decide.reason.empty': 'Skriv en begrunnelse.',
    'decided': 'Beslutningen er lagret.',
    'status.accepted': 'akseptert',
    'status.parked': 'parkert',
    'status.rejected': 'avvist',
    'status.open': 'ikke besluttet',
    'value.error': 'Skriv {scale} på begge aksene.',
    'value.steps': 'et helt tall fra 1 til 5',
    'value.continuous': 'et tall fra 1 til 5',
    'add.h2': 'Ny idé',
    'add.text': 'Idé',
    'add.button': 'Legg til idé',
    'add.empty': 'Skriv en idé.',
    'add.added': 'Idéen er lagt til.',
    'edit': 'Rediger',
    'edit.label': 'Rediger «{text}»',
    'edit.h2': 'Rediger idéen',
    'delete': 'Slett',
    'delete.label': 'Slett «{text}»',
    'delete.confirm': 'Slette idéen «{text}»? Beslutningsloggen beholdes.',
    'deleted': 'Idéen er slettet.',
    'edited': 'Idéen er lagret.',
    'pos.quick-wins': 'Feltet øverst til høyre',
    'pos.strategic-bets': 'Feltet øverst til venstre',
    'pos.small-improvements': 'Feltet nederst til høyre',
    'pos.time-sinks': 'Feltet nederst til venstre',
    'import.h2': 'Hent idéer fra en idétavle',
    'import.link': 'Lenke til idétavla',
    'import.hint': 'Lim inn lenken til idétavla (deltaker- eller fasilitatorlenken). Alle lappene som ikke er hentet før, kommer over med gruppe og stemmer.',
    'import.button': 'Hent idéer',
    'import.bad': 'Lenken ser ikke ut som en lenke til en tavle i Samskap.',
    'import.done': '{count} idé(er) er hentet.',
    'import.failed': 'Kunne ikke hente idéer: {message}',
    'settings.h2': 'Innstillinger for matrisen',
    'settings.scale': 'Skala',
    'scale.1-5': 'Hele tall 1–5',
    'scale.continuous': 'Glidende 1–5',
    'settings.placement': 'Plassering',
    'placement.scores': 'Median av alles poeng',
    'placement.facilitator': 'Fasilitatoren plasserer',
    'settings.axis.x': 'Navn på aksen bortover (x)',
    'settings.axis.y': 'Navn på aksen oppover (y)',
    'settings.names': 'Navn på aksene og feltene (bokmål, nynorsk, engelsk)',
    'lang.nb': 'bokmål',
    'lang.nn': 'nynorsk',
    'lang.en': 'engelsk',
    'settings.save': 'Lagre innstillinger',
    'settings.saved': 'Innstillingene er lagret.',
    'settings.empty': 'Ingen navn kan være tomme.',
    'log.h2': 'Beslutningslogg',
    'log.none': 'Ingen beslutninger ennå.',
    'log.entry': '{when}: {who} satte «{text}» til {status}. Begrunnelse: {reason}. Poeng da: {scores}.',
    'log.scores': '{count} poeng, median {x} / {y}',
    'log.noscores': 'ingen poeng',
    'log.someone': 'fasilitator',
    'help.text': 'Tab går til idéene i matrisen. Piltastene flytter en idé ett steg (fasilitator, når fasilitatoren plasserer), og du kan også dra den med mus eller finger; Enter åpner poeng­skjemaet. Tabellen under matrisen har alle idéene med knapper for poeng og beslutning.',
    'err.out_of_scale': 'Verdien er utenfor skalaen.',
    'err.not_found': 'Idéen finnes ikke lenger. Noen andre har kanskje slettet den.',
    'err.forbidden': 'Bare fasilitatoren kan gjøre dette.',
    'err.board_full': 'Matrisen er full.',
  },
  en: {
    'pilot': 'Make pilot',
    'pilot.label': 'Make a pilot candidate of “{text}”',
    'pilot.failed': 'Could not make a pilot: {message}',
    'page.title': 'Prioritisation matrix – Samskap',
    'matrix.h2': 'Matrix',
    'matrix.label': 'Prioritisation matrix. {x} across, {y} up.',
    'matrix.empty': 'No ideas on the matrix yet.',
    'matrix.unplaced': 'Not placed yet: {count}',
    'matrix.mode.scores': 'Ideas stand at the median of everyone’s scores.',
    'matrix.mode.facilitator': 'The facilitator places the ideas.',
    'axis.low': 'low',
    'axis.high': 'high',
    'item.count': ' scored by {count}',
    'item.where': '{x}: {px}, {y}: {py}.',
    'item.nowhere': 'Not placed.',
    'item.quadrant': ' Field: {name}.',
    'item.decision': ' Decision: {status}.',
    'item.pending': ' Saving …',
    'items.h2': 'Ideas',
    'items.caption': 'All ideas with median, spread and how many scored them',
    'items.none': 'No ideas yet.',
    'col.item': 'Idea',
    'col.from': 'From the idea board',
    'col.x': '{x}: median (spread)',
    'col.y': '{y}: median (spread)',
    'col.count': 'Scores',
    'col.mine': 'Your score',
    'col.decision': 'Decision',
    'col.actions': 'Actions',
    'from.cluster': 'cluster “{label}”',
    'from.votes': '{votes} vote(s)',
    'from.none': 'Made on the matrix',
    'spread': '{median} ({min}–{max})',
    'none': '–',
    'mine.none': 'Not given',
    'score': 'Score',
    'score.label': 'Score “{text}”',
    'score.h2': 'Score the idea',
    'score.help': 'Give 1 (lowest) to 5 (highest) on each axis.',
    'score.help.continuous': 'Give a number from 1 (lowest) to 5 (highest) on each axis; decimals are fine.',
    'score.saved': 'Your score is saved.',
    'place': 'Place',
    'place.label': 'Place “{text}”',
    'place.h2': 'Place the idea',
    'placed': 'The idea is placed at {x}, {y}.',
    'decide': 'Decide',
    'decide.label': 'Decide on “{text}”',
    'decide.h2': 'Decision',
    'decide.status': 'Decision',
    'decide.reason': 'Reason',
    'decide.reason.empty': 'Please give a reason.',
    'decided': 'The decision is saved.',
    'status.accepted': 'accepted',
    'status.parked': 'parked',
    'status.rejected': 'rejected',
    'status.open': 'not decided',
    'value.error': 'Enter {scale} on both axes.',
    'value.steps': 'a whole number from 1 to 5',
    'value.continuous': 'a number from 1 to 5',
    'add.h2': 'New idea',
    'add.text': 'Idea',
    'add.button': 'Add idea',
    'add.empty': 'Please write an idea.',
    'add.added': 'The idea is added.',
    'edit': 'Edit',
    'edit.label': 'Edit “{text}”',
    'edit.h2': 'Edit the idea',
    'delete': 'Delete',
    'delete.label': 'Delete “{text}”',
    'delete.confirm': 'Delete the idea “{text}”? The decision log is kept.',
    'deleted': 'The idea is deleted.',
    'edited': 'The idea is saved.',
    'pos.quick-wins': 'Top right field',
    'pos.strategic-bets': 'Top left field',
    'pos.small-improvements': 'Bottom right field',
    'pos.time-sinks': 'Bottom left field',
    'import.h2': 'Bring ideas from an idea board',
    'import.link': 'Link to the idea board',
    'import.hint': 'Paste the idea board’s link (participant or facilitator link). Every note not brought over before comes with its cluster and votes.',
    'import.button': 'Bring ideas',
    'import.bad': 'This does not look like a link to a Samskap board.',
    'import.done': '{count} idea(s) brought over.',
    'import.failed': 'Could not bring ideas: {message}',
    'settings.h2': 'Matrix settings',
    'settings.scale': 'Scale',
    'scale.1-5': 'Whole numbers 1–5',
    'scale.continuous': 'Continuous 1–5',
    'settings.placement': 'Placement',
    'placement.scores': 'Median of everyone’s scores',
    'placement.facilitator': 'The facilitator places',
    'settings.axis.x': 'Name of the axis across (x)',
    'settings.axis.y': 'Name of the axis up (y)',
    'settings.names': 'Names of the axes and fields (Bokmål, Nynorsk, English)',
    'lang.nb': 'Bokmål',
    'lang.nn': 'Nynorsk',
    'lang.en': 'English',
    'settings.save': 'Save settings',
    'settings.saved': 'The settings are saved.',
    'settings.empty': 'No name may be empty.',
    'log.h2': 'Decision log',
    'log.none': 'No decisions yet.',
    'log.entry': '{when}: {who} set “{text}” to {status}. Reason: {reason}. Scores then: {scores}.',
    'log.scores': '{count} score(s), median {x} / {y}',
    'log.noscores': 'no scores',
    'log.someone': 'facilitator',
    'help.text': 'Tab reaches the ideas on the matrix. Arrow keys move an idea one step (facilitator, when the facilitator places), and you can also drag it with a mouse or finger; Enter opens the score form. The table below the matrix lists every idea with buttons to score and decide.',
    'err.out_of_scale': 'The value is outside the scale.',
    'err.not_found': 'The idea no longer exists. Someone else may have deleted it.',
    'err.forbidden': 'Only the facilitator can do this.',
    'err.board_full': 'The matrix is full.',
  },
};

/** A matrix string in the current UI language, or an app string (../i18n.js) for other keys. */
export function mt(key, params = {}) {
  const table = STRINGS[lang()] || STRINGS.nb;
  const s = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : STRINGS.en[key];
  if (s === undefined) return appT(key, params);
  return s.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

export function hasMt(key) {
  return Object.prototype.hasOwnProperty.call(STRINGS.nb, key);
}

/** The language to show board names in: nb, nn or en. */
export function nameLang() {
  if (lang() === 'en') return 'en';
  const prefs = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ''];
  for (const p of prefs) {
    const l = String(p).toLowerCase();
    if (l.startsWith('nn')) return 'nn';
    if (l.startsWith('nb') || l.startsWith('no')) return 'nb';
  }
  return 'nb';
}

/** A name from a {nb, nn, en} object in the display language, falling back to another language. */
export function pickName(n) {
  if (!n) return '';
  return n[nameLang()] || n[lang()] || n.nb || n.nn || n.en || '';
}

/** Fills every [data-mt] and [data-mt-attr] element under root. */
export function translateMatrix(root) {
  root.querySelectorAll('[data-mt]').forEach((el) => { el.textContent = mt(el.dataset.mt); });
  root.querySelectorAll('[data-mt-attr]').forEach((el) => {
    for (const pair of el.dataset.mtAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, mt(key));
    }
  });
}

/** A number for people: at most two decimals, in the UI language's format. */
export function fmt(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return mt('none');
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }).format(v);
}
