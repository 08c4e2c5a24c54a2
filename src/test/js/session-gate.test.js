// session/session-gate.js: what a participant may do in each phase and when the board is locked
// (docs/PROTOCOL.md F2, F3), judged from the board's op catalogue (core/ops.js) as the server's
// Phase.allows judges it from the kind's OpCatalog. The catalogue here is a made-up one with one
// op per category; SessionGateBrowserIT checks the real, served catalogues of every kind.
import { test, assert } from './harness.js';
import { setOps } from '/js/core/ops.js';
import { categoryOf, phaseAllows, blockedBy, gateOf, gateKey } from '/js/session/session-gate.js';

const CATALOGUE = { 'a.write': 'content', 'a.move': 'arrange', 'a.vote': 'vote', 'a.steer': 'facilitation' };

test('an op has the category the served catalogue gives it, and none when it is not there (F2)', () => {
  setOps(CATALOGUE);
  assert.equal(categoryOf('a.write'), 'content');
  assert.equal(categoryOf('a.move'), 'arrange');
  assert.equal(categoryOf('a.vote'), 'vote');
  assert.equal(categoryOf('a.steer'), 'facilitation');
  assert.equal(categoryOf('note.create'), null, 'no name rules: a type the catalogue lacks has no category');
  assert.equal(categoryOf('toString'), null, 'only the catalogue\'s own entries count');
  setOps({ 'a.write': 'content', 'a.bad': 'nonsense', 'a.num': 3 });
  assert.equal(categoryOf('a.write'), 'content');
  assert.equal(categoryOf('a.bad'), null, 'an unknown category is left out');
  assert.equal(categoryOf('a.move'), null, 'a new catalogue replaces the old one');
  setOps(null);
  assert.equal(categoryOf('a.write'), null, 'no catalogue, no categories');
});

test('each phase lets through only its categories (F2)', () => {
  setOps(CATALOGUE);
  assert.ok(phaseAllows('write', 'a.write') && phaseAllows('write', 'a.move'), 'write: content and arrange');
  assert.ok(!phaseAllows('write', 'a.vote') && !phaseAllows('write', 'a.steer'), 'write: no votes, no facilitation');
  assert.ok(phaseAllows('group', 'a.move') && !phaseAllows('group', 'a.write'), 'group: arrange only');
  assert.ok(phaseAllows('vote', 'a.vote') && !phaseAllows('vote', 'a.write'), 'vote: votes only');
  assert.ok(!phaseAllows('discuss', 'a.move') && !phaseAllows('discuss', 'a.vote'), 'discuss: nothing');
  assert.ok(phaseAllows('free', 'a.steer') && phaseAllows(undefined, 'a.vote'), 'free and unknown: all');
  assert.ok(!phaseAllows('write', 'x.unknown') && phaseAllows('free', 'x.unknown'), 'an op not in the catalogue: only free');
});

test('a lock is checked before the phase, and facilitators are never limited (F3)', () => {
  setOps(CATALOGUE);
  assert.equal(blockedBy({ locked: true, phase: 'vote' }, 'participant', 'a.vote'), 'locked');
  assert.equal(blockedBy({ locked: false, phase: 'vote' }, 'participant', 'a.write'), 'wrong_phase');
  assert.equal(blockedBy({ locked: false, phase: 'vote' }, 'participant', 'a.vote'), null);
  assert.equal(blockedBy({ locked: true, phase: 'discuss' }, 'facilitator', 'a.write'), null);
  assert.equal(blockedBy(null, 'participant', 'a.write'), null);
});

test('the gate explains itself with the notice the page shows', () => {
  setOps(CATALOGUE);
  const g = gateOf({ phase: 'group', locked: false }, 'participant');
  assert.equal(g.phase, 'group');
  assert.ok(g.limited);
  assert.ok(g.allows('a.move') && !g.allows('a.write'));
  assert.ok(g.allowsAny(['a.write', 'a.move']), 'a dialog that can also arrange stays open');
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

test('an observer is refused every op, in any phase, and sees no phase notice: the banner says it (A13)', () => {
  setOps(CATALOGUE);
  for (const phase of ['free', 'write', 'vote']) {
    for (const op of Object.keys(CATALOGUE)) assert.equal(blockedBy({ phase }, 'observer', op), 'observer', `${phase} ${op}`);
  }
  const g = gateOf({ phase: 'free' }, 'observer');
  assert.ok(g.limited, 'an observer is limited');
  assert.equal(g.notice(), null, 'no gate notice beside the observer banner');
  assert.ok(gateKey({ phase: 'free' }, 'observer') !== gateKey({ phase: 'free' }, 'participant'), 'the page re-applies the gate when the role is observer');
});
