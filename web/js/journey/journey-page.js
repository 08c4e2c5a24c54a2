// The live journey board page: the page shell (../core/page.js) with the journey model
// (./journey-state.js), and the journey's view and dialogs.

import './strings.js';
import { startBoardPage } from '../core/page.js';
import { t } from '../core/i18n.js';
import { limits } from '../core/limits.js';
import { promptDialog, confirmDialog } from '../core/dialogs.js';
import * as model from './journey-state.js';
import { JourneyView } from './journey-view.js';
import { openCardDialog, openLaneDialog } from './journey-dialogs.js';
import { laneName, stageName } from './journey-grid.js';
import { short } from './dom.js';
import { ACTION_OPS, applyJourneyGate } from './journey-gate.js';
import { PageGate } from '../session/session-gate-view.js';
import { sessionOf } from '../session/session-state.js';
import { plainFacilitation } from '../session/facilitation.js';

const $ = (id) => document.getElementById(id);

// A refusal the journey words its own way (journey.err.*) comes before the shared text.
startBoardPage({ model, view: journeyBoard, features: { errors: ['journey.'] } });

/** The journey's part of the page; returns its hooks for the shell. */
function journeyBoard({ sync, token, boardId, announce, realId, queue }) {
  // Phase, lock, timer, people (docs/PROTOCOL.md F1-F4, F8, F9): the session bar and the facilitator's card.
  const facilitation = plainFacilitation(sync, { token, boardId });
  // What a participant may do now (docs/PROTOCOL.md F2, F3): greyed-out controls and a notice.
  const gate = new PageGate($('gate-notice'), (m) => announce(m));
  const view = new JourneyView(document, { action: (a, d) => act(a, d), select: (a, d, value) => choose(a, d, value) }, realId);

  function render(v) {
    view.render(v, { role: sync.role, sessionId: sync.sessionId });
    applyJourneyGate($('board'), gate.update(sessionOf(v), sync.gateRole), $('gate-notice'));
    facilitation.render(v);
  }

  // ---- actions ----

  const journey = (version) => sync.view().journeys[version];
  // Every op passes the gate (queue is the shell's): a dialog left open while the facilitator
  // locked sends nothing refused.

  function focusKey(key) {
    requestAnimationFrame(() => view.refocus(key));
  }

  async function act(action, d) {
    if (ACTION_OPS[action] && gate.blocked(...ACTION_OPS[action])) return;
    const version = d.version;
    const j = journey(version);
    if (!j) return;
    const id = realId(d.id || '');
    const si = j.stages.findIndex((s) => s.id === id);
    const li = j.lanes.findIndex((l) => l.id === id);
    const back = d.key;
    switch (action) {
      case 'stage-add': {
        const label = await promptDialog({ title: t('journey.stage.add'), label: t('journey.stage.name'), max: limits.labelChars, emptyMessage: t('journey.name.empty') });
        if (label) queue({ type: 'stage.create', version, label });
        break;
      }
      case 'lane-add': {
        const lane = await openLaneDialog();
        if (lane) queue({ type: 'lane.create', version, kind: lane.kind, ...(lane.label ? { label: lane.label } : {}) });
        break;
      }
      case 'role-add': {
        const name = await promptDialog({ title: t('journey.role.add'), label: t('journey.role.name'), max: limits.labelChars, emptyMessage: t('journey.name.empty') });
        if (name) queue({ type: 'role.create', version, name });
        break;
      }
      case 'copy':
        if (await confirmDialog(t('journey.copy.confirm'), t('journey.copy.yes'))) queue({ type: 'version.copy', version: 'future', from: 'current' });
        break;
      case 'stage-rename': await rename('stage.rename', 'stageId', version, id, si >= 0 ? j.stages[si].label : '', t('journey.stage.name')); break;
      case 'lane-rename': await rename('lane.rename', 'laneId', version, id, li >= 0 ? laneName(j.lanes[li]) : '', t('journey.lane.name')); break;
      case 'role-rename': {
        const r = j.roles.find((x) => x.id === id);
        if (r) await rename('role.rename', 'roleId', version, id, r.name, t('journey.role.name'));
        break;
      }
      case 'stage-left': case 'stage-right':
        if (si >= 0) queue({ type: 'stage.move', version, stageId: id, index: si + (action === 'stage-left' ? -1 : 1) });
        break;
      case 'lane-up': case 'lane-down':
        if (li >= 0) queue({ type: 'lane.move', version, laneId: id, index: li + (action === 'lane-up' ? -1 : 1) });
        break;
      case 'stage-delete':
        if (si >= 0 && await confirmDialog(t('journey.stage.delete.confirm', { name: stageName(j.stages[si], si) }))) {
          queue({ type: 'stage.delete', version, stageId: id });
        }
        break;
      case 'lane-delete':
        if (li >= 0 && await confirmDialog(t('journey.lane.delete.confirm', { name: laneName(j.lanes[li]) }))) {
          queue({ type: 'lane.delete', version, laneId: id });
        }
        break;
      case 'role-delete': {
        const r = j.roles.find((x) => x.id === id);
        if (r && await confirmDialog(t('journey.role.delete.confirm', { name: r.name }))) queue({ type: 'role.delete', version, roleId: id });
        break;
      }
      case 'card-add': await addCard(version, realId(d.laneId), realId(d.stageId)); break;
      case 'card-open': await editCard(version, id); break;
      case 'card-left': case 'card-right': moveCard(version, id, action === 'card-left' ? -1 : 1); break;
      case 'card-delete': {
        const c = j.cards.get(id);
        if (c && await confirmDialog(t('journey.card.delete.confirm', { text: short(c.text, 80) }))) {
          queue({ type: 'card.delete', version, cardId: id });
          return;
        }
        break;
      }
      default:
    }
    if (back) focusKey(back);
  }

  async function rename(type, field, version, id, current, label) {
    const value = await promptDialog({ title: t('journey.rename.h2'), label, value: current, max: limits.labelChars, emptyMessage: t('journey.name.empty') });
    if (value !== null && value !== current) queue({ type, version, [field]: id, ...(type === 'role.rename' ? { name: value } : { label: value }) });
  }

  function choose(action, d, value) {
    if (ACTION_OPS[action] && gate.blocked(...ACTION_OPS[action])) return;
    const version = d.version;
    if (action === 'emotion') {
      queue({ type: 'stage.emotion', version, stageId: realId(d.id), emotion: value === '' ? null : Number(value) });
    } else if (action === 'huki') {
      queue({ type: 'huki.set', version, cardId: realId(d.id), roleId: realId(d.roleId), value: value || null });
    }
  }

  function moveCard(version, id, step) {
    const j = journey(version);
    const c = j.cards.get(id);
    if (!c) return;
    const i = j.stages.findIndex((s) => s.id === c.stageId) + step;
    if (i < 0 || i >= j.stages.length) return;
    queue({ type: 'card.move', version, cardId: id, stageId: j.stages[i].id });
    announce(t('journey.card.moved', { stage: stageName(j.stages[i], i) }));
    focusKey(`card-open|${version}|${id}||`);
  }

  async function addCard(version, laneId, stageId) {
    const j = journey(version);
    const lane = j.lanes.find((l) => l.id === laneId);
    const si = j.stages.findIndex((s) => s.id === stageId);
    if (!lane || si < 0) return;
    const r = await openCardDialog({ j, lane, stage: j.stages[si], stageIndex: si, card: null });
    if (!r || r.result !== 'save') return;
    queue({ type: 'card.create', version, laneId, stageId, text: r.text, ...(lane.kind === 'touchpoints' ? { touchpoint: r.touchpoint } : {}) });
  }

  async function editCard(version, id) {
    const j = journey(version);
    const c = j.cards.get(id);
    if (!c) return;
    const lane = j.lanes.find((l) => l.id === c.laneId);
    const si = j.stages.findIndex((s) => s.id === c.stageId);
    const r = await openCardDialog({ j, lane, stage: j.stages[si], stageIndex: si, card: c });
    if (!r) return;
    const cardId = realId(c.id);
    if (r.result === 'delete') {
      if (await confirmDialog(t('journey.card.delete.confirm', { text: short(c.text, 80) }))) queue({ type: 'card.delete', version, cardId });
      return;
    }
    if (r.result.startsWith('unlink:')) {
      const link = c.links[Number(r.result.slice(7))];
      if (link) queue({ type: 'card.unlink', version, cardId, boardId: link.boardId, noteId: link.noteId });
      return;
    }
    if (r.result !== 'save') return;
    if (r.text !== c.text) queue({ type: 'card.edit', version, cardId, text: r.text });
    if (lane && lane.kind === 'touchpoints' && r.touchpoint !== c.touchpoint) queue({ type: 'card.touchpoint', version, cardId, touchpoint: r.touchpoint });
    if (r.stageId && r.stageId !== c.stageId) queue({ type: 'card.move', version, cardId, stageId: realId(r.stageId) });
    if (r.link) queue({ type: 'card.link', version, cardId, boardId: r.link.boardId, noteId: r.link.noteId });
  }

  return {
    render,
    confirmedText: (op) => facilitation.confirmedText(op) || t('journey.saved'),
    blocked: (type) => gate.blocked(type),
  };
}
