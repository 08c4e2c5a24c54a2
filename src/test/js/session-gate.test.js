// session/session-gate.js: what a participant may do in each phase and when the board is locked
// (docs/PROTOCOL.md F2, F3), judged as the server's Phase.categoryOf does.
import { test, assert } from './harness.js';
import { categoryOf, phaseAllows, blockedBy, gateOf, gateKey } from '/js/session/session-gate.js';

test('ops fall into the categories of F2 by their wire type', () => {
  assert.equal(categoryOf('vote.cast'), 'vote');
  assert.equal(categoryOf('item.score'), 'vote');
  assert.equal(categoryOf('cluster.rename'), 'arrange');
  assert.equal(categoryOf('note.move'), 'arrange');
  assert.equal(categoryOf('note.color'), 'arrange');
  assert.equal(categoryOf('note.cluster'), 'arrange');
  assert.equal(categoryOf('note.create'), 'content');
  assert.equal(categoryOf('card.edit'), 'content');
  assert.equal(categoryOf('stage.delete'), 'content');
  assert.equal(categoryOf('board.rename'), 'other');
});

test('each phase lets through only its categories (F2)', () => {
  assert.ok(phaseAllows('write', 'note.create') && phaseAllows('write', 'note.move'), 'write: content and arrange');
  assert.ok(!phaseAllows('write', 'vote.cast'), 'write: no votes');
  assert.ok(phaseAllows('group', 'note.move') && !phaseAllows('group', 'note.edit'), 'group: arrange only');
  assert.ok(phaseAllows('vote', 'item.score') && !phaseAllows('vote', 'note.create'), 'vote: votes only');
  assert.ok(!phaseAllows('discuss', 'note.move') && !phaseAllows('discuss', 'vote.cast'), 'discuss: nothing');
  assert.ok(phaseAllows('free', 'note.delete') && phaseAllows(undefined, 'vote.cast'), 'free and unknown: all');
});

test('a lock is checked before the phase, and facilitators are never limited (F3)', () => {
  assert.equal(blockedBy({ locked: true, phase: 'vote' }, 'participant', 'item.score'), 'locked');
  assert.equal(blockedBy({ locked: false, phase: 'vote' }, 'participant', 'note.create'), 'wrong_phase');
  assert.equal(blockedBy({ locked: false, phase: 'vote' }, 'participant', 'item.score'), null);
  assert.equal(blockedBy({ locked: true, phase: 'discuss' }, 'facilitator', 'note.create'), null);
  assert.equal(blockedBy(null, 'participant', 'note.create'), null);
});

test('the gate explains itself with the notice the page shows', () => {
  const g = gateOf({ phase: 'group', locked: false }, 'participant');
  assert.equal(g.phase, 'group');
  assert.ok(g.limited);
  assert.ok(g.allows('note.move') && !g.allows('note.create'));
  assert.ok(g.allowsAny(['note.edit', 'note.cluster']), 'the edit dialog stays open for the cluster choice');
  assert.deepEqual(g.notice(), { reason: 'wrong_phase', phase: 'group' });
  assert.deepEqual(gateOf({ locked: true }, 'participant').notice(), { reason: 'locked' });
  assert.equal(gateOf({ phase: 'free' }, 'participant').notice(), null);
  assert.equal(gateOf({ phase: 'bogus' }, 'participant').phase, 'free', 'an unknown phase counts as free');
  assert.equal(gateOf({ locked: true, phase: 'vote' }, 'facilitator').notice(), null);
});

test('the gate key changes exactly when what the gate decides changes', () => {
  assert.equal(gateKey({ phase: 'vote', locked: false }, 'participant'), 'p|u|vote');
  assert.equal(gateKey({ phase: 'vote', locked: true }, 'participant'), 'p|l|vote');
  assert.equal(gateKey({ phase: 'nonsense' }, 'facilitator'), 'f|u|free');
});
