// core/outbox.js: ops not yet acknowledged, in order, kept in (session) storage with the same
// clientOpId for a re-send (docs/PROTOCOL.md R2, R3).
import { test, assert } from './harness.js';
import { Outbox, tempId, isTempId } from '/js/core/outbox.js';

/** A storage with the Web Storage calls the outbox uses. */
function memoryStorage() {
  const data = new Map();
  return {
    data,
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => { data.set(k, String(v)); },
    removeItem: (k) => { data.delete(k); },
  };
}

test('an op gets a clientOpId, keeps its order and is stored under the board', () => {
  const storage = memoryStorage();
  const box = new Outbox('b1', storage);
  const a = box.add({ type: 'note.create', text: 'a' });
  const b = box.add({ type: 'note.edit', noteId: 'n1', text: 'b', clientOpId: 'given' });
  assert.ok(typeof a.clientOpId === 'string' && a.clientOpId.length > 0, 'a fresh clientOpId');
  assert.equal(b.clientOpId, 'given', 'a given clientOpId is kept');
  assert.deepEqual(box.ops().map((o) => o.type), ['note.create', 'note.edit']);
  assert.equal(box.size, 2);
  assert.ok(storage.data.has('samskap.outbox.b1'), 'stored under the board id');
});

test('a move right after an unsent move of the same note replaces its target', () => {
  const box = new Outbox('b', memoryStorage());
  const first = box.add({ type: 'note.move', noteId: 'n', x: 1, y: 1 });
  const second = box.add({ type: 'note.move', noteId: 'n', x: 5, y: 6 });
  assert.equal(box.size, 1);
  assert.equal(second.clientOpId, first.clientOpId);
  assert.deepEqual([box.first().body.x, box.first().body.y], [5, 6]);
  box.add({ type: 'note.move', noteId: 'other', x: 0, y: 0 });
  assert.equal(box.size, 2, 'another note queues its own move');
});

test('a move after a sent move queues a second op (the first may already be applied)', () => {
  const box = new Outbox('b', memoryStorage());
  const first = box.add({ type: 'note.move', noteId: 'n', x: 1, y: 1 });
  box.markSent(first.clientOpId);
  box.add({ type: 'note.move', noteId: 'n', x: 2, y: 2 });
  assert.equal(box.size, 2);
});

test('a reload finds the ops again, all marked sent, with the same clientOpIds', () => {
  const storage = memoryStorage();
  const box = new Outbox('b', storage);
  const op = box.add({ type: 'note.create', text: 'x' });
  const again = new Outbox('b', storage);
  assert.equal(again.size, 1);
  assert.equal(again.first().body.clientOpId, op.clientOpId);
  assert.equal(again.first().sent, true);
  again.remove(op.clientOpId);
  assert.equal(again.size, 0);
  assert.ok(!storage.data.has('samskap.outbox.b'), 'an empty outbox leaves nothing in storage');
});

test('broken storage content is dropped, not thrown', () => {
  const storage = memoryStorage();
  storage.setItem('samskap.outbox.b', '{not json');
  assert.equal(new Outbox('b', storage).size, 0);
  storage.setItem('samskap.outbox.b', JSON.stringify([{ body: { type: 'x' } }, { body: { type: 'y', clientOpId: 'ok' } }]));
  assert.deepEqual(new Outbox('b', storage).ops().map((o) => o.clientOpId), ['ok']);
});

test('a confirmed create renames its temporary id in later ops; a refused one drops them', () => {
  const box = new Outbox('b', memoryStorage());
  const create = box.add({ type: 'cluster.create', label: 'G' });
  const temp = tempId(create.clientOpId);
  assert.ok(isTempId(temp) && !isTempId('real') && !isTempId(undefined));
  const move = box.add({ type: 'note.cluster', noteId: 'n1', clusterId: temp });
  box.resolveTemp(temp, 'c-real');
  assert.equal(box.get(move.clientOpId).clusterId, 'c-real');

  const create2 = box.add({ type: 'note.create', text: 't' });
  const t2 = tempId(create2.clientOpId);
  const edit = box.add({ type: 'note.edit', noteId: t2, text: 'u' });
  const dropped = box.dropDependents(t2);
  assert.deepEqual(dropped.map((o) => o.clientOpId), [edit.clientOpId]);
  assert.ok(!box.has(edit.clientOpId) && box.has(create2.clientOpId));
});
