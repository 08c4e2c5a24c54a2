// ideas/ideas-state.js and core/sync-events.js: the idea board's confirmed state from a snapshot
// and events, and the view with the user's pending ops on top (docs/PROTOCOL.md J1-J3, E1-E3).
import { test, assert } from './harness.js';
import * as ideas from '/js/ideas/ideas-state.js';
import { classify, applyPresence } from '/js/core/sync-events.js';
import { tempId } from '/js/core/outbox.js';

const snapshot = {
  board: { id: 'b', kind: 'ideas', title: 'Hjemmetjenester' },
  notes: [{ id: 'n1', text: 'Nattilsyn', x: 10, y: 20, color: 'pink', clusterId: 'c1', author: 'Kari' },
    { id: 'n2', text: 'Matlevering', x: 'bad', y: null, color: 'plaid' }],
  clusters: [{ id: 'c1', label: 'Trygghet', x: 0, y: 0 }],
  presence: [{ memberId: 'm1', name: 'Kari' }],
};

test('a snapshot becomes a confirmed state; bad fields get safe defaults', () => {
  const s = ideas.fromSnapshot(snapshot, 7);
  assert.equal(s.version, 7);
  assert.equal(s.board.title, 'Hjemmetjenester');
  assert.equal(s.notes.get('n1').color, 'pink');
  assert.equal(s.notes.get('n1').clusterId, 'c1');
  assert.deepEqual([s.notes.get('n2').x, s.notes.get('n2').y, s.notes.get('n2').color], [0, 0, 'yellow']);
  assert.equal(s.clusters.get('c1').label, 'Trygghet');
  assert.equal(s.presence.length, 1);
});

test('events are classified against the version: old, next, gap, ephemeral', () => {
  const s = ideas.fromSnapshot(snapshot, 7);
  assert.equal(classify(s, { version: 7, type: 'note.edit' }), 'old');
  assert.equal(classify(s, { version: 8, type: 'note.edit' }), 'next');
  assert.equal(classify(s, { version: 10, type: 'note.edit' }), 'gap');
  assert.equal(classify(s, { ephemeral: true, type: 'presence' }), 'ephemeral');
  assert.equal(classify(s, null), 'old');
  applyPresence(s, { members: [], count: 0 });
  assert.deepEqual([s.presence, s.presenceCount], [[], 0]);
});

test('applied events change notes and clusters and record their clientOpId', () => {
  const s = ideas.fromSnapshot(snapshot, 7);
  ideas.applyEvent(s, { version: 8, type: 'note.create', noteId: 'n3', text: 'Ny', x: 1, y: 2, clientOpId: 'op-1' });
  ideas.applyEvent(s, { version: 9, type: 'note.move', noteId: 'n1', x: 50, y: 60 });
  ideas.applyEvent(s, { version: 10, type: 'note.color', noteId: 'n1', color: 'not-a-colour' });
  ideas.applyEvent(s, { version: 11, type: 'cluster.delete', clusterId: 'c1' });
  ideas.applyEvent(s, { version: 12, type: 'board.rename', title: 'Nytt navn' });
  assert.equal(s.version, 12);
  assert.equal(s.notes.get('n3').text, 'Ny');
  assert.deepEqual([s.notes.get('n1').x, s.notes.get('n1').y], [50, 60]);
  assert.equal(s.notes.get('n1').color, 'pink', 'an unknown colour is ignored');
  assert.equal(s.clusters.has('c1'), false);
  assert.equal(s.notes.get('n1').clusterId, null, 'a deleted cluster leaves its notes on the board');
  assert.equal(s.board.title, 'Nytt navn');
  assert.ok(s.seenOps.has('op-1'));
  ideas.applyEvent(s, { version: 13, type: 'note.delete', noteId: 'n3' });
  assert.equal(s.notes.has('n3'), false);
});

test('the view puts pending ops on top, marks what they touch and skips ops already seen', () => {
  const s = ideas.fromSnapshot(snapshot, 7);
  ideas.applyEvent(s, { version: 8, type: 'note.edit', noteId: 'n2', text: 'Seen', clientOpId: 'seen' });
  const pending = [
    { type: 'note.create', clientOpId: 'p1', text: 'Mine', x: 0, y: 0 },
    { type: 'note.edit', clientOpId: 'seen', noteId: 'n2', text: 'Stale' },
    { type: 'cluster.rename', clientOpId: 'p2', clusterId: 'c1', label: 'Omsorg' },
  ];
  const v = ideas.view(s, pending, 'Ola');
  const mine = v.notes.get(tempId('p1'));
  assert.ok(mine && mine.pending, 'my new note shows at once, pending');
  assert.equal(mine.author, 'Ola');
  assert.equal(v.notes.get('n2').text, 'Seen', 'an op whose event came is not applied twice');
  assert.equal(v.clusters.get('c1').label, 'Omsorg');
  assert.equal(v.clusters.get('c1').pending, true);
  assert.equal(s.clusters.get('c1').label, 'Trygghet', 'the confirmed state is untouched');
  assert.equal(ideas.notesIn(v, 'c1').length, 1);
});

test('created ids come from the reply or the event of a create', () => {
  assert.equal(ideas.createdId('note.create', { noteId: 'n9' }), 'n9');
  assert.equal(ideas.createdId('cluster.create', { clusterId: 'c9' }), 'c9');
  assert.equal(ideas.createdId('note.edit', { noteId: 'n9' }), null);
  assert.equal(ideas.length('æøå😀'), 4, 'characters are counted as the server does (code points)');
});

test('U7: a note.restore event brings a deleted note back with its id and content', () => {
  const s = ideas.fromSnapshot(snapshot, 7);
  ideas.applyEvent(s, { version: 8, type: 'note.delete', noteId: 'n1' });
  assert.equal(s.notes.has('n1'), false);
  ideas.applyEvent(s, { version: 9, type: 'note.restore', undo: 'undo', noteId: 'n1', text: 'Tilbake', x: 3, y: 4, color: 'blue', clusterId: null, author: 'Kari' });
  const n = s.notes.get('n1');
  assert.deepEqual([n.text, n.x, n.y, n.color, n.author], ['Tilbake', 3, 4, 'blue', 'Kari']);
});

test('I1, I2, I3: merge moves the notes and drops the cluster, split and restore make one, names follow the switch', () => {
  const s = ideas.fromSnapshot({ ...snapshot, clusters: [...snapshot.clusters, { id: 'c2', label: 'Mat', x: 5, y: 5 }] }, 7);
  assert.equal(s.namesShown, false);
  ideas.applyEvent(s, { version: 8, type: 'cluster.merge', clusterId: 'c1', intoId: 'c2' });
  assert.equal(s.clusters.has('c1'), false);
  assert.equal(s.notes.get('n1').clusterId, 'c2');
  ideas.applyEvent(s, { version: 9, type: 'cluster.restore', clusterId: 'c1', label: 'Trygghet', x: 0, y: 0, noteIds: ['n1'], fromId: 'c2' });
  assert.equal(s.notes.get('n1').clusterId, 'c1');
  ideas.applyEvent(s, { version: 10, type: 'cluster.split', clusterId: 'c3', label: 'Ny', x: 1, y: 2, noteIds: ['n1'], fromId: 'c1' });
  assert.equal(s.clusters.get('c3').label, 'Ny');
  assert.equal(s.notes.get('n1').clusterId, 'c3');
  ideas.applyEvent(s, { version: 11, type: 'board.names', shown: true });
  assert.equal(ideas.view(s, []).namesShown, true);
  const v = ideas.view(s, [{ type: 'cluster.split', clientOpId: 'p9', noteIds: ['n1'], label: 'Venter', x: 0, y: 0 }]);
  assert.equal(v.notes.get('n1').clusterId, tempId('p9'));
  assert.equal(v.clusters.get(tempId('p9')).pending, true);
});
