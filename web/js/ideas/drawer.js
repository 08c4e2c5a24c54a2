// The side drawer that holds the board's tools (new note form, clusters, voting, facilitation,
// polls, participants, export): a toggle in the toolbar opens and closes it, and each person's
// choice is remembered in localStorage. With no choice yet it starts open on a wide window
// and closed on a narrow one, where it lies over the board.

const KEY = 'samskap.drawer';
const WIDE = '(min-width: 75rem)';

function stored() {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

export function setupDrawer(doc = document) {
  const drawer = doc.getElementById('drawer');
  const toggle = doc.getElementById('drawer-toggle');
  const close = doc.getElementById('drawer-close');
  const layout = drawer.closest('.board-layout');
  const set = (open, remember) => {
    drawer.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    layout.classList.toggle('board-layout--drawer', open);
    if (remember) {
      try { localStorage.setItem(KEY, open ? 'open' : 'closed'); } catch { /* storage blocked */ }
    }
  };
  const s = stored();
  set(s ? s === 'open' : window.matchMedia(WIDE).matches, false);
  toggle.addEventListener('click', () => {
    const open = drawer.hidden;
    set(open, true);
    if (open) (drawer.querySelector('h2') || drawer).focus();
  });
  close.addEventListener('click', () => {
    set(false, true);
    toggle.focus();
  });
  drawer.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !window.matchMedia(WIDE).matches) {
      set(false, true);
      toggle.focus();
    }
  });
  return { open: () => set(true, false) };
}
