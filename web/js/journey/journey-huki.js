// The HUKI matrix of one journey version (rows: roles; columns: work-process steps; cells:
// H, U, K or I), with the "exactly one H" warning under each step, and the list of
// differences between the current and the future journey.

import { t } from '../core/i18n.js';
import { HUKI, processSteps } from './journey-state.js';
import { el, button, short } from './dom.js';
import { laneName, stageName } from './journey-grid.js';

export function renderHuki(version, j, ctx) {
  const out = [];
  const steps = processSteps(j);
  const facilitator = ctx.role === 'facilitator';
  if (!steps.length) out.push(el('p', 'hint', t('journey.huki.noSteps')));
  if (!j.roles.length) out.push(el('p', 'hint', t('journey.huki.noRoles')));
  if (!j.roles.length && !steps.length) return out;
  const caption = t('journey.huki.caption', { version: t(`journey.version.${version}`) });
  // The table may be wider than a phone: its frame scrolls, so it takes focus and has a name
  // (a keyboard user scrolls it with the arrow keys; WCAG 2.1.1).
  const wrap = el('div', 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  const table = el('table', 'huki');
  table.append(el('caption', 'visually-hidden', caption));
  const head = el('tr');
  const corner = el('th', '', t('journey.huki.role'));
  corner.scope = 'col';
  head.append(corner);
  const stageIndex = new Map(j.stages.map((s, i) => [s.id, i]));
  for (const c of steps) {
    const th = el('th', 'huki__step');
    th.scope = 'col';
    const s = j.stages[stageIndex.get(c.stageId)];
    th.append(el('span', 'huki__text', short(c.text, 60)));
    if (s) th.append(el('span', 'huki__stage', stageName(s, stageIndex.get(c.stageId))));
    const w = ctx.warnings.get(c.id);
    if (w) th.append(el('span', 'tag tag--warning', t(`journey.${w}`)));
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const r of j.roles) {
    const tr = el('tr');
    const th = el('th', r.pending ? 'is-pending' : '');
    th.scope = 'row';
    th.append(el('span', 'huki__role', r.name));
    const tools = el('div', 'tools');
    const data = { version, id: r.id };
    tools.append(button(t('journey.rename'), 'role-rename', data, { label: t('journey.role.rename.label', { name: r.name }) }));
    if (facilitator) {
      tools.append(button(t('journey.delete'), 'role-delete', data,
        { label: t('journey.role.delete.label', { name: r.name }), className: 'btn btn--small btn--danger' }));
    }
    th.append(tools);
    tr.append(th);
    for (const c of steps) {
      const td = el('td');
      const select = el('select', 'huki__select');
      select.dataset.action = 'huki';
      select.dataset.version = version;
      select.dataset.id = c.id;
      select.dataset.roleId = r.id;
      select.dataset.key = `huki|${version}|${c.id}|${r.id}`;
      select.setAttribute('aria-label', t('journey.huki.cell', { role: r.name, step: short(c.text, 60) }));
      const none = el('option', '', '–');
      none.value = '';
      select.append(none);
      for (const h of HUKI) {
        const o = el('option', '', t(`journey.huki.${h}`));
        o.value = h;
        select.append(o);
      }
      const row = j.huki.get(c.id);
      select.value = (row && row.get(r.id)) || '';
      td.append(select);
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  wrap.append(table);
  out.push(wrap);
  return out;
}

/** One line of text per difference, e.g. "New card in Touchpoints, Application: SMS". */
export function renderDiff(v, changes) {
  if (!changes.length) return [el('p', 'hint', t('journey.diff.none'))];
  const ul = el('ul', 'diff-list');
  for (const c of changes) {
    const li = el('li', `diff--${c.change}`);
    li.append(el('span', `diff-badge diff-badge--${c.change}`, t(`journey.diff.${c.change}`)), ' ', describe(v, c));
    ul.append(li);
  }
  return [ul];
}

function describe(v, c) {
  const side = c.change === 'removed' ? v.journeys.current : v.journeys.future;
  const fields = c.fields.map((f) => t(`journey.field.${f}`)).join(', ');
  let what = '';
  if (c.subject === 'stage') {
    const i = side.stages.findIndex((s) => s.id === c.id);
    what = t('journey.diff.stage', { name: i >= 0 ? stageName(side.stages[i], i) : c.id });
  } else if (c.subject === 'lane') {
    const l = side.lanes.find((x) => x.id === c.id);
    what = t('journey.diff.lane', { name: l ? laneName(l) : c.id });
  } else if (c.subject === 'role') {
    const r = side.roles.find((x) => x.id === c.id);
    what = t('journey.diff.role', { name: r ? r.name : c.id });
  } else {
    const card = side.cards.get(c.id);
    what = t('journey.diff.card', { text: card ? short(card.text, 80) : c.id });
  }
  return fields ? `${what} (${fields})` : what;
}
