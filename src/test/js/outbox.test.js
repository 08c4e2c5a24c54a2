// core/outbox.js: ops not yet acknowledged, in order, kept in (session) storage with the same
// clientOpId for a re-send (docs/PROTOCOL.md R2, R3).
import { test, assert } from './harness.js';
import { Outbox, tempId, isTempId, holdTabLock, tabLockName, ownerPrefix } from '/js/core/outbox.js';

/** A storage with the Web Storage calls the outbox uses. */
function memoryStorage() {
  const data = new Map();
  return {
    data,
    get length() { return data.size; },
    key: (i) => [...data.keys()][i] ?? null,
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

// ---- the durable outbox across tabs (docs/PROTOCOL.md W1-W3) ----

/** A fresh id, so the real Web Locks of this page never collide between tests. */
const uid = () => crypto.randomUUID();

/** A tab lock held until release() is called, as a live page holds it until it closes. */
function liveTab(tab) {
  let release;
  const done = new Promise((r) => { release = r; });
  const held = new Promise((ok) => {
    navigator.locks.request(tabLockName(tab), () => { ok(); return done; });
  });
  return { held, release };
}

test('W1: with a tab nothing is stored before the join; claim keeps the outbox under board, member and tab', async () => {
  const storage = memoryStorage();
  const board = uid();
  const box = new Outbox(board, storage, { tab: 't1' });
  box.add({ type: 'note.create', text: 'før' });
  assert.equal(storage.data.size, 0, 'no key before the member is known');
  const adopted = await box.claim('m1');
  assert.deepEqual(adopted, []);
  assert.deepEqual([...storage.data.keys()], [`${ownerPrefix(board, 'm1')}t1`]);
  const op = box.first().body;
  box.remove(op.clientOpId);
  assert.equal(storage.data.size, 0, 'an empty outbox leaves no key');
});

test('W2: a closed tab\'s ops are adopted with their clientOpIds, marked sent, after the new tab\'s own', async () => {
  const storage = memoryStorage();
  const board = uid();
  const old = { tab: uid() };
  const closed = new Outbox(board, storage, old);
  await closed.claim('m1');
  const ids = [1, 2, 3].map((i) => closed.add({ type: 'note.create', text: `n${i}` }).clientOpId);
  // The old page is gone: nobody holds its lock. The new page has one op of its own already.
  const fresh = new Outbox(board, storage, { tab: uid() });
  const own = fresh.add({ type: 'note.create', text: 'own' });
  const adopted = await fresh.claim('m1');
  assert.deepEqual(adopted.map((o) => o.clientOpId), ids);
  assert.deepEqual(fresh.ops().map((o) => o.clientOpId), [own.clientOpId, ...ids]);
  assert.ok(fresh.items.slice(1).every((i) => i.sent), 'adopted ops may have reached the server');
  assert.ok(!storage.data.has(`${ownerPrefix(board, 'm1')}${old.tab}`), 'the closed tab\'s key is gone');
});

test('W2: the outbox of a tab that is still open is left alone', async () => {
  const storage = memoryStorage();
  const board = uid();
  const tab = uid();
  const live = liveTab(tab);
  await live.held;
  const open = new Outbox(board, storage, { tab });
  await open.claim('m1');
  open.add({ type: 'note.create', text: 'mine' });
  const other = new Outbox(board, storage, { tab: uid() });
  assert.deepEqual(await other.claim('m1'), []);
  assert.equal(other.size, 0);
  assert.ok(storage.data.has(`${ownerPrefix(board, 'm1')}${tab}`), 'still stored for the open tab');
  live.release();
});

test('W2: of two new tabs claiming at once, only one adopts each pending op', async () => {
  const storage = memoryStorage();
  const board = uid();
  const closed = new Outbox(board, storage, { tab: uid() });
  await closed.claim('m1');
  const ids = [1, 2, 3, 4, 5].map((i) => closed.add({ type: 'note.create', text: `n${i}` }).clientOpId);
  const x = new Outbox(board, storage, { tab: uid() });
  const y = new Outbox(board, storage, { tab: uid() });
  const [ax, ay] = await Promise.all([x.claim('m1'), y.claim('m1')]);
  const all = [...ax, ...ay].map((o) => o.clientOpId).sort();
  assert.deepEqual(all, [...ids].sort(), 'each op adopted exactly once');
  assert.ok(ax.length === 0 || ay.length === 0, 'one tab took them all');
});

test('W1: another member\'s stored outbox on the same board is not adopted', async () => {
  const storage = memoryStorage();
  const board = uid();
  const closed = new Outbox(board, storage, { tab: uid() });
  await closed.claim('m1');
  closed.add({ type: 'note.create', text: 'theirs' });
  const other = new Outbox(board, storage, { tab: uid() });
  assert.deepEqual(await other.claim('m2'), []);
});

test('W3: without Web Locks nothing is adopted, and the stored ops stay', async () => {
  const storage = memoryStorage();
  const board = uid();
  const closed = new Outbox(board, storage, { tab: uid() });
  await closed.claim('m1');
  closed.add({ type: 'note.create', text: 'kept' });
  const fresh = new Outbox(board, storage, { tab: uid() });
  assert.deepEqual(await fresh.claim('m1', null), []);
  assert.equal(storage.data.size, 1);
});

test('W2: holdTabLock holds the tab lock while the page lives', async () => {
  const tab = uid();
  assert.equal(await holdTabLock(tab), true);
  const got = await navigator.locks.request(tabLockName(tab), { ifAvailable: true }, (lock) => lock !== null);
  assert.equal(got, false, 'another request does not get it');
});
