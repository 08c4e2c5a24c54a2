// The journey board's own dialogs: a card (new or existing) and a new lane. Built on the
// shared openDialog (native <dialog>, focus to the first field, Escape cancels).

import { t, charCount } from '../core/i18n.js';
import { openDialog } from '../core/dialogs.js';
import { LANE_KINDS, TOUCHPOINTS } from './journey-state.js';
import { limits } from '../core/limits.js';
import { el } from './dom.js';
import { laneName, stageName } from './journey-grid.js';

const $ = (id) => document.getElementById(id);
const ID = /^[A-Za-z0-9_-]{1,64}$/;

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
  $('link-board').value = '';
  $('link-note').value = '';
  const links = $('card-links');
  links.replaceChildren(...(card ? card.links : []).map((l, i) => {
    const li = el('li', '', t('journey.link.item', { board: l.boardId, note: l.noteId }));
    const b = el('button', 'btn btn--small', t('journey.link.remove'));
    b.type = 'button';
    b.dataset.result = `unlink:${i}`;
    b.setAttribute('aria-label', t('journey.link.remove.label', { note: l.noteId }));
    li.append(' ', b);
    return li;
  }));
  $('card-links-none').hidden = !!(card && card.links.length);
  $('card-delete').hidden = isNew;

  const validate = () => {
    if (!text.value.trim()) return t('journey.card.empty');
    if (charCount(text.value) > limits.noteChars) return t('err.text_too_long', { max: limits.noteChars });
    const b = $('link-board').value.trim();
    const n = $('link-note').value.trim();
    if ((b || n) && !(ID.test(b) && ID.test(n))) return t('journey.link.invalid');
    return null;
  };
  const result = await openDialog($('card-dialog'), text, { validate, errorEl: $('card-error') });
  if (result === 'cancel') return null;
  const b = $('link-board').value.trim();
  const n = $('link-note').value.trim();
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
