// privacy/delete-board.js and core/outbox.js for a deleted board (docs/PROTOCOL.md D1).
import { test, assert } from './harness.js';
import { titleMatches } from '/js/privacy/delete-board.js';
import { Outbox } from '/js/core/outbox.js';

test('D1: the typed title must be the board title, up to outer spaces and Unicode normal form', () => {
  assert.equal(titleMatches('Kveldsmøte på Åsen', 'Kveldsmøte på Åsen'), true);
  assert.equal(titleMatches('  Kveldsmøte på Åsen ', 'Kveldsmøte på Åsen'), true);
  // "Å" typed as A + combining ring matches the precomposed one
  assert.equal(titleMatches('Kveldsmøte på A\u030Asen', 'Kveldsmøte på \u00C5sen'), true);
  assert.equal(titleMatches('kveldsmøte på åsen', 'Kveldsmøte på Åsen'), false, 'case counts');
  assert.equal(titleMatches('Kveldsmøte', 'Kveldsmøte på Åsen'), false);
  assert.equal(titleMatches('', ''), true);
  assert.equal(titleMatches(undefined, 'x'), false);
});

test('D1: a deleted board drops every stored outbox of that board on the device, and no other', () => {
  const data = new Map();
  const storage = {
    get length() { return data.size; },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => data.set(k, String(v)),
    removeItem: (k) => data.delete(k),
  };
  storage.setItem('samskap.outbox.board1.m1.t1', '[{"clientOpId":"a","text":"secret"}]');
  storage.setItem('samskap.outbox.board1.m2.t9', '[{"clientOpId":"b"}]');
  storage.setItem('samskap.outbox.board1', '[]');
  storage.setItem('samskap.outbox.board10.m1.t1', '[{"clientOpId":"c"}]');
  storage.setItem('samskap.name', 'Kari');
  const box = new Outbox('board1', storage);
  box.discardBoard();
  assert.equal(box.size, 0);
  assert.deepEqual([...data.keys()].sort(), ['samskap.name', 'samskap.outbox.board10.m1.t1']);
});
