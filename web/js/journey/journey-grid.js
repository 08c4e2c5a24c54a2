// Renders one version of the journey as a real table: stages are columns (th scope=col),
// lanes are rows (th scope=row), cards are buttons in the cells. Reordering is by buttons.

import { t } from '../core/i18n.js';
import { cardsIn, EMOTIONS } from './journey-state.js';
import { el, button, short } from './dom.js';

export function laneName(lane) {
  return lane.label || t(`journey.lane.${lane.kind}`);
}

export function stageName(stage, index) {
  return stage.label || t('journey.stage.unnamed', { n: index + 1 });
}

/** A text badge (and a colour class) for a diff entry; null when nothing changed. */
export function diffBadge(change, side) {
  if (!change) return null;
  let key;
  if (change.change === 'added') key = 'journey.diff.added';
  else if (change.change === 'removed') key = side === 'current' ? 'journey.diff.removedInFuture' : 'journey.diff.removed';
  else key = 'journey.diff.changed';
  const b = el('span', `diff-badge diff-badge--${change.change}`, t(key));
  return b;
}

export function renderGrid(v, version, j, ctx) {
  const facilitator = ctx.role === 'facilitator';
  const table = el('table', 'journey-grid');
  table.append(el('caption', 'visually-hidden', t('journey.grid.caption', { version: t(`journey.version.${version}`) })));
  const head = el('tr');
  head.append(el('td', 'journey-grid__corner'));
  j.stages.forEach((s, i) => head.append(stageHeader(version, s, i, j.stages.length, facilitator, ctx)));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  j.lanes.forEach((lane, i) => tbody.append(laneRow(version, j, lane, i, facilitator, ctx)));
  table.append(thead, tbody);
  return table;
}

function stageHeader(version, s, i, count, facilitator, ctx) {
  const th = el('th', `journey-stage${s.pending ? ' is-pending' : ''}`);
  th.scope = 'col';
  const change = ctx.diff.get(`stage:${s.id}`);
  if (change) th.classList.add(`diff--${change.change}`);
  const name = stageName(s, i);
  th.append(el('span', 'journey-stage__name', name));
  const badge = diffBadge(change, version);
  if (badge) th.append(badge);
  const tools = el('div', 'tools');
  const data = { version, id: s.id };
  tools.append(button(t('journey.rename'), 'stage-rename', data, { label: t('journey.stage.rename.label', { name }) }));
  const left = button('←', 'stage-left', data, { label: t('journey.stage.left', { name }) });
  left.disabled = i === 0;
  const right = button('→', 'stage-right', data, { label: t('journey.stage.right', { name }) });
  right.disabled = i === count - 1;
  tools.append(left, right);
  if (facilitator) {
    tools.append(button(t('journey.delete'), 'stage-delete', data,
      { label: t('journey.stage.delete.label', { name }), className: 'btn btn--small btn--danger' }));
  }
  th.append(tools);
  return th;
}

function laneRow(version, j, lane, i, facilitator, ctx) {
  const tr = el('tr', `journey-lane journey-lane--${lane.kind}`);
  const th = el('th', `journey-lane__head${lane.pending ? ' is-pending' : ''}`);
  th.scope = 'row';
  const change = ctx.diff.get(`lane:${lane.id}`);
  if (change) th.classList.add(`diff--${change.change}`);
  const name = laneName(lane);
  th.append(el('span', 'journey-lane__name', name));
  const badge = diffBadge(change, version);
  if (badge) th.append(badge);
  const tools = el('div', 'tools');
  const data = { version, id: lane.id };
  tools.append(button(t('journey.rename'), 'lane-rename', data, { label: t('journey.lane.rename.label', { name }) }));
  const up = button('↑', 'lane-up', data, { label: t('journey.lane.up', { name }) });
  up.disabled = i === 0;
  const down = button('↓', 'lane-down', data, { label: t('journey.lane.down', { name }) });
  down.disabled = i === j.lanes.length - 1;
  tools.append(up, down);
  if (facilitator) {
    tools.append(button(t('journey.delete'), 'lane-delete', data,
      { label: t('journey.lane.delete.label', { name }), className: 'btn btn--small btn--danger' }));
  }
  th.append(tools);
  tr.append(th);
  j.stages.forEach((s, si) => {
    const td = el('td', 'journey-cell');
    if (lane.kind === 'emotion') td.append(emotionCell(version, s, si));
    else td.append(...cellCards(version, j, lane, s, si, ctx));
    tr.append(td);
  });
  return tr;
}

function emotionCell(version, s, si) {
  const wrap = el('div', 'emotion');
  const select = el('select', 'emotion__select');
  select.dataset.action = 'emotion';
  select.dataset.version = version;
  select.dataset.id = s.id;
  select.dataset.key = `emotion|${version}|${s.id}`;
  select.setAttribute('aria-label', t('journey.emotion.label', { stage: stageName(s, si) }));
  const none = el('option', '', t('journey.emotion.none'));
  none.value = '';
  select.append(none);
  for (const e of EMOTIONS) {
    const o = el('option', '', t(`journey.emotion.${e}`));
    o.value = String(e);
    select.append(o);
  }
  select.value = s.emotion === null ? '' : String(s.emotion);
  const bar = el('span', 'emotion__bar');
  bar.setAttribute('aria-hidden', 'true');
  if (s.emotion !== null) {
    bar.dataset.emotion = String(s.emotion);
    bar.style.setProperty('--emotion', String(s.emotion));
  }
  wrap.append(select, bar);
  return wrap;
}

function cellCards(version, j, lane, s, si, ctx) {
  const out = [];
  const where = { lane: laneName(lane), stage: stageName(s, si) };
  const list = el('ul', 'cards');
  for (const c of cardsIn(j, lane.id, s.id)) {
    const li = el('li');
    const change = ctx.diff.get(`card:${c.id}`);
    const b = button('', 'card-open', { version, id: c.id }, { className: `card-btn${c.pending ? ' is-pending' : ''}` });
    if (change) b.classList.add(`diff--${change.change}`);
    b.append(el('span', 'card-btn__text', c.text));
    if (c.touchpoint) b.append(el('span', `tag tag--${c.touchpoint}`, t(`journey.touchpoint.${c.touchpoint}`)));
    if (c.links.length) b.append(el('span', 'tag', t('journey.card.links', { count: c.links.length })));
    const warning = lane.kind === 'processes' ? ctx.warnings.get(c.id) : null;
    if (warning) b.append(el('span', 'tag tag--warning', t(`journey.${warning}`)));
    const badge = diffBadge(change, version);
    if (badge) b.append(badge);
    if (c.pending) b.append(el('span', 'tag', t('journey.pending')));
    b.setAttribute('aria-describedby', 'keyboard-help');
    li.append(b);
    list.append(li);
  }
  if (list.children.length) out.push(list);
  out.push(button(t('journey.card.add'), 'card-add', { version, laneId: lane.id, stageId: s.id },
    { label: t('journey.card.add.label', where), className: 'btn btn--small btn--add' }));
  return out;
}
