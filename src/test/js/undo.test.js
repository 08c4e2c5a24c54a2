// core/undo.js: which keys ask for undo and redo (docs/PROTOCOL.md U9).
import { test, assert } from './harness.js';
import { undoKey, isUndoOp } from '/js/core/undo.js';

const board = { tagName: 'DIV' };
const key = (k, mods = {}, target = board) => undoKey({ key: k, target, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

test('U9: Ctrl+Z and Cmd+Z undo; Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y redo', () => {
  assert.equal(key('z', { ctrlKey: true }), 'undo');
  assert.equal(key('z', { metaKey: true }), 'undo');
  assert.equal(key('Z', { ctrlKey: true, shiftKey: true }), 'redo');
  assert.equal(key('Z', { metaKey: true, shiftKey: true }), 'redo');
  assert.equal(key('y', { ctrlKey: true }), 'redo');
});

test('U9: plain keys, Alt combinations and other letters do nothing', () => {
  assert.equal(key('z'), null);
  assert.equal(key('z', { ctrlKey: true, altKey: true }), null);
  assert.equal(key('x', { ctrlKey: true }), null);
  assert.equal(key('y', { metaKey: true }), null, 'Cmd+Y is the history on a Mac, not redo');
});

test('U9: while typing in a text field the browser keeps its own undo', () => {
  assert.equal(key('z', { ctrlKey: true }, { tagName: 'TEXTAREA' }), null);
  assert.equal(key('z', { ctrlKey: true }, { tagName: 'INPUT', type: 'text' }), null);
  assert.equal(key('z', { ctrlKey: true }, { tagName: 'INPUT', type: 'search' }), null);
  assert.equal(key('z', { ctrlKey: true }, { tagName: 'DIV', isContentEditable: true }), null);
  assert.equal(key('z', { ctrlKey: true }, { tagName: 'INPUT', type: 'checkbox' }), 'undo');
  assert.equal(key('z', { ctrlKey: true }, { tagName: 'BUTTON' }), 'undo');
});

test('the module sends only undo and redo', () => {
  assert.ok(isUndoOp('undo') && isUndoOp('redo'));
  assert.ok(!isUndoOp('note.delete'));
});
