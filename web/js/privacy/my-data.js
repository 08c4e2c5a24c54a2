// "My data" (docs/PROTOCOL.md D7): a button in the presence card of every board page that asks
// the board, over this tab's own socket, for what it holds about this member and saves the
// answer as a JSON file. The request names nobody: the server answers for the member this
// socket joined as, so the button can only ever fetch the member's own data.

import { t, translate } from '../core/i18n.js';
import './strings.js';

/** The file name of the download. */
export function fileName(boardId) {
  return `mine-data-${String(boardId).replace(/[^A-Za-z0-9_-]/g, '')}.json`;
}

/**
 * Adds the button below the presence list. page: {sync, boardId, announce(msg), alert(msg)}.
 * Nothing happens on a page without a presence card.
 */
export function mountMyData(page) {
  const list = document.getElementById('presence-list');
  const card = list && list.closest('section');
  if (!card || document.getElementById('privacy-mine')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'privacy-mine';
  button.className = 'btn';
  button.setAttribute('data-i18n', 'privacy.mine.button');
  button.setAttribute('aria-describedby', 'privacy-mine-hint');
  const hint = document.createElement('p');
  hint.id = 'privacy-mine-hint';
  hint.className = 'hint';
  hint.setAttribute('data-i18n', 'privacy.mine.hint');
  card.append(button, hint);
  translate(card);

  button.addEventListener('click', async () => {
    if (!page.sync.joined) {
      page.alert(t('privacy.mine.failed'));
      return;
    }
    button.setAttribute('aria-busy', 'true');
    try {
      const reply = await page.sync.request({ type: 'member.data' });
      if (!reply || !reply.ok || !reply.data) throw new Error(reply && reply.reason);
      const blob = new Blob([JSON.stringify(reply.data, null, 2)], { type: 'application/json' });
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = fileName(page.boardId);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 1000);
      page.announce(t('privacy.mine.done', { file: a.download }));
    } catch {
      page.alert(t('privacy.mine.failed'));
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}
