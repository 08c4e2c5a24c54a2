// core/dialogs.js: a dialog opened again before the 'close' event of its last closing has run
// (a second paste right after "No") still hears its own answer.
import { test, assert } from './harness.js';
import { openDialog } from '/js/core/dialogs.js';

function makeDialog() {
  const d = document.createElement('dialog');
  d.innerHTML = '<form method="dialog"><button type="button" data-result="yes">Ja</button><button type="button" data-result="no">Nei</button></form>';
  document.body.append(d);
  return d;
}

test('a dialog reopened before its close event ran: the first answer is "no", the second "yes"', async () => {
  const d = makeDialog();
  try {
    const first = openDialog(d, null);
    d.close('no'); // its 'close' event is queued as a task, not run yet
    const second = openDialog(d, null); // opened again in the same task
    assert.equal(await first, 'no', 'the earlier promise ends with its own answer');
    await new Promise((r) => setTimeout(r, 20)); // the late 'close' event of the first closing runs now
    assert.equal(d.open, true, 'the late event did not end the open dialog');
    d.close('yes');
    assert.equal(await second, 'yes', 'the reopened dialog hears "yes"');
  } finally {
    d.remove();
  }
});

test('a dialog opened and closed once answers what closed it', async () => {
  const d = makeDialog();
  try {
    const p = openDialog(d, null);
    d.querySelector('[data-result="yes"]').click();
    assert.equal(await p, 'yes');
    assert.equal(d.open, false);
  } finally {
    d.remove();
  }
});
