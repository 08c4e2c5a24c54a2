// journey/journey-state.js: the two journeys (current, future) with stages, lanes, cards and
// HUKI (docs/PROTOCOL.md, journey ops).
import { test, assert } from './harness.js';
import * as journey from '/js/journey/journey-state.js';
import { tempId } from '/js/core/outbox.js';

function withStagesAndLanes() {
  return journey.fromSnapshot({
    board: { id: 'j', kind: 'journey', title: 'Reise' },
    journeys: {
      current: {
        stages: [{ id: 's1', label: 'Søke' }, { id: 's2', label: 'Motta', emotion: 9 }],
        lanes: [{ id: 'l1', kind: 'processes' }, { id: 'l2', kind: 'weird' }],
        cards: [{ id: 'k1', laneId: 'l1', stageId: 's1', text: 'Vurdere', touchpoint: 'digital' }],
        roles: [{ id: 'r1', name: 'Saksbehandler' }],
        huki: [{ cardId: 'k1', roleId: 'r1', value: 'H' }],
      },
    },
  }, 5);
}

test('a snapshot gives both journeys; unknown kinds and emotions get defaults', () => {
  const s = withStagesAndLanes();
  const j = s.journeys.current;
  assert.deepEqual(j.stages.map((x) => x.id), ['s1', 's2']);
  assert.equal(j.stages[1].emotion, null);
  assert.equal(j.lanes[1].kind, 'custom');
  assert.equal(j.huki.get('k1').get('r1'), 'H');
  assert.equal(s.journeys.future.stages.length, 0);
  assert.deepEqual(journey.processSteps(j).map((c) => c.id), ['k1']);
});

test('deleting a stage takes its cards and their HUKI with it; moves keep the order', () => {
  const s = withStagesAndLanes();
  journey.applyEvent(s, { version: 6, journey: 'current', type: 'stage.move', stageId: 's2', index: 0 });
  assert.deepEqual(s.journeys.current.stages.map((x) => x.id), ['s2', 's1']);
  journey.applyEvent(s, { version: 7, journey: 'current', type: 'stage.delete', stageId: 's1' });
  assert.equal(s.journeys.current.cards.has('k1'), false);
  assert.equal(s.journeys.current.huki.has('k1'), false);
});

test('HUKI is set and cleared per card and role; deleting a role clears its column', () => {
  const s = withStagesAndLanes();
  journey.applyEvent(s, { version: 6, journey: 'current', type: 'huki.set', cardId: 'k1', roleId: 'r1', value: 'X' });
  assert.equal(s.journeys.current.huki.has('k1'), false, 'a value outside H, U, K, I clears the cell');
  journey.applyEvent(s, { version: 7, journey: 'current', type: 'huki.set', cardId: 'k1', roleId: 'r1', value: 'U' });
  assert.equal(s.journeys.current.huki.get('k1').get('r1'), 'U');
  journey.applyEvent(s, { version: 8, journey: 'current', type: 'role.delete', roleId: 'r1' });
  assert.equal(s.journeys.current.huki.has('k1'), false);
});

test('copying the current journey makes an independent future one', () => {
  const s = withStagesAndLanes();
  journey.applyEvent(s, { version: 6, journey: 'future', type: 'version.copy', from: 'current' });
  journey.applyEvent(s, { version: 7, journey: 'future', type: 'card.edit', cardId: 'k1', text: 'Automatisk' });
  assert.equal(s.journeys.future.cards.get('k1').text, 'Automatisk');
  assert.equal(s.journeys.current.cards.get('k1').text, 'Vurdere', 'the current journey is not shared');
});

test('the view adds pending ops of either journey without touching the confirmed one', () => {
  const s = withStagesAndLanes();
  const v = journey.view(s, [
    { type: 'card.create', clientOpId: 'p', version: 'current', laneId: 'l2', stageId: 's2', text: 'Ny' },
    { type: 'stage.rename', clientOpId: 'q', version: 'current', stageId: 's1', label: 'Finne' },
  ], 'Ola');
  const j = v.journeys.current;
  assert.equal(j.cards.get(tempId('p')).author, 'Ola');
  assert.equal(j.cards.get(tempId('p')).pending, true);
  assert.equal(j.stages[0].label, 'Finne');
  assert.equal(j.stages[0].pending, true);
  assert.equal(s.journeys.current.stages[0].label, 'Søke');
  assert.equal(s.journeys.current.cards.size, 1);
  assert.deepEqual(journey.cardsIn(j, 'l2', 's2').map((c) => c.text), ['Ny']);
});
