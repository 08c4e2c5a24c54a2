// core/limits.js: the text limits of the join reply (docs/PROTOCOL.md J7).
import { test, assert } from './harness.js';
import { limits, setLimits } from '/js/core/limits.js';

test('the join reply sets the limits; values that are not positive whole numbers are ignored', () => {
  const before = { ...limits };
  try {
    setLimits({ noteChars: 321, labelChars: 'lots', reasonChars: -1, other: 5 });
    assert.equal(limits.noteChars, 321);
    assert.equal(limits.labelChars, before.labelChars);
    assert.equal(limits.reasonChars, before.reasonChars);
    assert.equal(limits.other, undefined, 'only known limits');
    setLimits(undefined);
    assert.equal(limits.noteChars, 321, 'a reply without limits changes nothing');
  } finally {
    Object.assign(limits, before);
  }
});
