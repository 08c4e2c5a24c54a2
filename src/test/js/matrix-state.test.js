// matrix/matrix-state.js: the matrix's confirmed state and view (docs/PROTOCOL.md M1-M7).
import { test, assert } from './harness.js';
import * as matrix from '/js/matrix/matrix-state.js';
import { tempId } from '/js/core/outbox.js';

const snapshot = {
  board: { id: 'm', kind: 'matrix', title: 'Prioritering' },
  matrix: { scale: 'continuous', placement: 'nonsense', axes: { x: { names: { nb: 'Gjennomførbarhet', en: 7 } } } },
  items: [{ id: 'i1', text: 'Matlevering', aggregate: { count: 2, x: { median: 4 }, y: { median: 2 } } },
    { id: 'i2', text: 'Nattilsyn', placed: { x: 2, y: 5 } }],
};

test('a snapshot becomes a state; unknown settings and names get defaults', () => {
  const s = matrix.fromSnapshot(snapshot, 3);
  assert.equal(s.matrix.scale, 'continuous');
  assert.equal(s.matrix.placement, 'scores', 'an unknown placement is the default');
  assert.deepEqual(s.matrix.axes.x.names, { nb: 'Gjennomførbarhet', nn: '', en: '' });
  assert.equal(s.matrix.quadrants.length, 4);
  assert.equal(s.items.get('i1').aggregate.count, 2);
  assert.equal(s.items.get('i2').aggregate.count, 0);
});

test('an item stands at the median of the scores, or where the facilitator placed it (M7)', () => {
  const s = matrix.fromSnapshot(snapshot, 3);
  assert.deepEqual(matrix.position(s, s.items.get('i1')), { x: 4, y: 2 });
  assert.equal(matrix.position(s, s.items.get('i2')), null, 'no scores: nowhere yet');
  matrix.applyEvent(s, { version: 4, type: 'placement.set', placement: 'facilitator' });
  assert.deepEqual(matrix.position(s, s.items.get('i2')), { x: 2, y: 5 });
  assert.equal(matrix.quadrantOf({ x: 4, y: 4 }), 'quick-wins');
  assert.equal(matrix.quadrantOf({ x: 2, y: 4 }), 'strategic-bets');
  assert.equal(matrix.quadrantOf({ x: 4, y: 2 }), 'small-improvements');
  assert.equal(matrix.quadrantOf({ x: 2, y: 2 }), 'time-sinks');
  assert.equal(matrix.quadrantOf({ x: 3, y: 4 }), null, 'on a midline');
});

test('a score event carries the new aggregate; my own score is kept once confirmed (M4)', () => {
  const s = matrix.fromSnapshot(snapshot, 3);
  matrix.applyEvent(s, { version: 4, type: 'item.score', itemId: 'i2', aggregate: { count: 1, x: { median: 5 }, y: { median: 1 } } });
  assert.equal(s.items.get('i2').aggregate.count, 1);
  assert.equal(s.items.get('i2').myScore, null, 'an event says nothing about my score');
  matrix.confirmOwnScore(s, { type: 'item.score', itemId: 'i2', x: 5, y: 1 });
  assert.deepEqual(s.items.get('i2').myScore, { x: 5, y: 1 });
});

test('a decision goes to the log; names merge by language', () => {
  const s = matrix.fromSnapshot(snapshot, 3);
  matrix.applyEvent(s, { version: 4, type: 'item.decide', itemId: 'i1', status: 'accepted', reason: 'Billig', decidedBy: 'Kari', at: 1 });
  matrix.applyEvent(s, { version: 5, type: 'axis.rename', axis: 'x', names: { en: 'Feasibility', xx: 'no' } });
  assert.equal(s.items.get('i1').decision.status, 'accepted');
  assert.equal(s.log.length, 1);
  assert.deepEqual(s.matrix.axes.x.names, { nb: 'Gjennomførbarhet', nn: '', en: 'Feasibility' });
});

test('the view shows pending creates and edits, marked pending; values stay on the scale', () => {
  const s = matrix.fromSnapshot(snapshot, 3);
  const v = matrix.view(s, [{ type: 'item.create', clientOpId: 'p', text: 'Ny idé' }, { type: 'item.edit', clientOpId: 'q', itemId: 'i1', text: 'Endret' }]);
  assert.equal(v.items.get(tempId('p')).text, 'Ny idé');
  assert.equal(v.items.get('i1').pending, true);
  assert.equal(s.items.get('i1').text, 'Matlevering', 'the confirmed state is untouched');
  assert.ok(matrix.onScale('1-5', 3) && !matrix.onScale('1-5', 3.5) && matrix.onScale('continuous', 3.5) && !matrix.onScale('continuous', 6));
  assert.equal(matrix.nudge(4.9, 0.5), 5);
  assert.equal(matrix.nudge(1.2, -1), 1);
});

test('U7: an item.restore event brings a deleted item back, unscored', () => {
  const s = matrix.fromSnapshot({ items: [{ id: 'i1', text: 'A' }] }, 3);
  matrix.applyEvent(s, { version: 4, type: 'item.delete', itemId: 'i1' });
  assert.equal(s.items.has('i1'), false);
  matrix.applyEvent(s, { version: 5, type: 'item.restore', undo: 'redo', itemId: 'i1', text: 'A', source: null, placed: { x: 2, y: 3 } });
  const i = s.items.get('i1');
  assert.equal(i.text, 'A');
  assert.deepEqual(i.placed, { x: 2, y: 3 });
  assert.equal(i.myScore, null);
});
