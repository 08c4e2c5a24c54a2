// The journey board's own dialogs: a card (new or existing) and a new lane. Built on the
// shared openDialog (native <dialog>, focus to the first field, Escape cancels).

import { t, charCount } from '../core/i18n.js';
import { openDialog } from '../core/dialogs.js';
import { LANE_KINDS, TOUCHPOINTS } from './journey-state.js';
import { limits } from '../core/limits.js';
import { el } from './dom.js';
import { laneName, stageName } from './journey-grid.js';

const $ = (id) => document.getElementById(id);
const LINK = /\/b\/([A-Za-z0-9_-]{8,64})(?:[?][^#]*)?#(?:.*&)?t=([^&]+)/;
const STORE = 'samskap.journey.ideaLink';
/** Notes of idea boards read for the pick list (rule L1), by board id: Map noteId → text. */
const known = new Map();

function parseLink(value) {
  const m = LINK.exec(String(value || '').trim());
  return m ? { boardId: m[1], token: decodeURIComponent(m[2]) } : null;
}

/** Rule L1: the idea board's notes by name, into the pick list. */
async function loadIdeas(keep) {
  const link = parseLink($('link-board').value);
  const select = $('link-note');
  if (!link) {
    select.replaceChildren();
    if ($('link-board').value.trim()) $('card-error').textContent = t('journey.link.badLink');
    return;
  }
  let res;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(link.boardId)}/pickable`, {
      headers: { Authorization: `Bearer ${link.token}`, Accept: 'application/json' }, cache: 'no-store',
    });
  } catch {
    return;
  }
  const body = await res.json().catch(() => ({}));
  if (res.status !== 200) {
    $('card-error').textContent = body.message || `HTTP ${res.status}`;
    return;
  }
  $('card-error').textContent = '';
  try { sessionStorage.setItem(STORE, $('link-board').value.trim()); } catch { /* ignore */ }
  const notes = new Map((body.items || []).map((n) => [n.id, n.text || '–']));
  known.set(link.boardId, notes);
  fill(select, [['', t('journey.link.pick')], ...[...notes].map(([id, text]) => [id, text])], keep || '');
}

function fill(select, options, value) {
  select.replaceChildren(...options.map(([v, label]) => {
    const o = el('option', '', label);
    o.value = v;
    return o;
  }));
  if (value !== undefined && value !== null) select.value = value;
}

/**
 * Opens the card dialog. Resolves null when cancelled, or {result, text, touchpoint, stageId,
 * link} where result is 'save', 'delete' or 'unlink:<index>'.
 */
export async function openCardDialog({ j, lane, stage, stageIndex, card }) {
  const isNew = !card;
  $('card-h2').textContent = t(isNew ? 'journey.card.new' : 'journey.card.edit');
  $('card-where').textContent = t('journey.card.where', { lane: laneName(lane), stage: stageName(stage, stageIndex) });
  const text = $('card-text');
  text.value = card ? card.text : '';
  const counter = () => {
    const n = charCount(text.value);
    $('card-count').textContent = t(n > limits.noteChars ? 'count.over' : 'count', { count: n, max: limits.noteChars, over: n - limits.noteChars });
  };
  text.oninput = counter;
  counter();

  const touch = lane.kind === 'touchpoints';
  $('card-touchpoint-field').hidden = !touch;
  fill($('card-touchpoint'), TOUCHPOINTS.map((x) => [x, t(`journey.touchpoint.${x}`)]), card && card.touchpoint ? card.touchpoint : 'digital');

  $('card-stage-field').hidden = isNew;
  fill($('card-stage'), j.stages.map((s, i) => [s.id, stageName(s, i)]), stage.id);

  const pains = lane.kind === 'pains' && !isNew;
  $('card-links-field').hidden = !pains;
  let remembered = '';
  try { remembered = sessionStorage.getItem(STORE) || ''; } catch { /* ignore */ }
  $('link-board').value = remembered;
  $('link-note').replaceChildren();
  $('link-load').onclick = () => loadIdeas();
  if (pains && remembered) await loadIdeas();
  const links = $('card-links');
  links.replaceChildren(...(card ? card.links : []).map((l, i) => {
    const name = known.has(l.boardId) && known.get(l.boardId).has(l.noteId) ? known.get(l.boardId).get(l.noteId) : null;
    const li = el('li', '', name ? `«${name}»` : t('journey.link.item', { board: l.boardId, note: l.noteId }));
    const b = el('button', 'btn btn--small', t('journey.link.remove'));
    b.type = 'button';
    b.dataset.result = `unlink:${i}`;
    b.setAttribute('aria-label', t('journey.link.remove.label', { note: name || l.noteId }));
    li.append(' ', b);
    return li;
  }));
  $('card-links-none').hidden = !!(card && card.links.length);
  $('card-delete').hidden = isNew;

  const validate = () => {
    if (!text.value.trim()) return t('journey.card.empty');
    if (charCount(text.value) > limits.noteChars) return t('err.text_too_long', { max: limits.noteChars });
    const n = $('link-note').value;
    if (n && !parseLink($('link-board').value)) return t('journey.link.badLink');
    return null;
  };
  const result = await openDialog($('card-dialog'), text, { validate, errorEl: $('card-error') });
  if (result === 'cancel') return null;
  const picked = parseLink($('link-board').value);
  const b = picked ? picked.boardId : '';
  const n = $('link-note').value;
  return {
    result,
    text: text.value,
    touchpoint: touch ? $('card-touchpoint').value : null,
    stageId: $('card-stage').value,
    link: pains && b && n ? { boardId: b, noteId: n } : null,
  };
}

/** Asks for a new lane's kind and (optional for standard kinds) name; resolves {kind, label} or null. */
export async function openLaneDialog() {
  fill($('lane-kind'), LANE_KINDS.filter((k) => k !== 'emotion').map((k) => [k, t(`journey.lane.${k}`)]), 'custom');
  const input = $('lane-label');
  input.value = '';
  input.maxLength = limits.labelChars;
  const validate = () => {
    const label = input.value.trim();
    if (!label && $('lane-kind').value === 'custom') return t('journey.lane.customNeedsName');
    if (charCount(label) > limits.labelChars) return t('err.label_too_long');
    return null;
  };
  const result = await openDialog($('lane-dialog'), $('lane-kind'), { validate, errorEl: $('lane-error') });
  if (result !== 'save') return null;
  return { kind: $('lane-kind').value, label: input.value.trim() };
}
