// Staff sign-in in the page (docs/API.md S1-S7). me() asks GET /api/me once per page: whether
// sign-in is on, who the person is, and the CSRF token that requests changing something must
// carry in X-CSRF-Token (csrfHeaders). mountStaffArea shows "Sign in" or the person's name and
// "Sign out" in the site header, when sign-in is on. Its strings (staff.*) are in ./strings.js.

import { t, onLangChange } from './i18n.js';
import './strings.js'; // the staff.* strings


let mePromise = null;
let current = { signIn: false, kind: 'anonymous' };

/** GET /api/me, once: {signIn, kind: anonymous|staff|admin, name?, email?, csrf?}. */
export function me() {
  if (!mePromise) {
    mePromise = fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : current))
      .catch(() => current)
      .then((m) => { current = m; return m; });
  }
  return mePromise;
}

/** The header a request that changes something sends with the session (rule S7); none when not signed in. */
export function csrfHeaders() {
  return current.csrf ? { 'X-CSRF-Token': current.csrf } : {};
}

/** Whether this page may create boards: sign-in off, or signed in as staff. */
export function mayCreate(m = current) {
  return !m.signIn || m.kind === 'staff' || m.kind === 'admin';
}

/** The message for ?signin_error=<code>, in the page's language. */
export function refusalText(code) {
  const specific = `staff.refused.${code}`;
  const key = ['not_staff', 'provider_unavailable'].includes(code) ? specific : 'staff.refused';
  return t(key, { code });
}

/** Fills the site header's staff area (before the language choice); nothing when sign-in is off. */
export async function mountStaffArea(header = document.querySelector('header.site-header')) {
  const m = await me();
  if (!m.signIn) return m;
  const area = document.createElement('div');
  area.className = 'staff-area';
  area.id = 'staff-area';
  const langs = header.querySelector('#lang-switch');
  header.insertBefore(area, langs);
  const render = () => {
    area.replaceChildren();
    if (m.kind === 'anonymous') {
      const a = document.createElement('a');
      a.className = 'btn btn--link';
      a.id = 'sign-in';
      const back = new URLSearchParams(location.search);
      back.delete('signin_error'); // a past refusal is not where to come back to
      const query = back.toString();
      a.href = `/auth/login?return=${encodeURIComponent(location.pathname + (query ? `?${query}` : ''))}`;
      a.textContent = t('staff.signIn');
      area.append(a);
      return;
    }
    const who = document.createElement('span');
    who.id = 'signed-in-as';
    who.className = 'staff-area__who';
    who.textContent = m.name ? t('staff.signedInAs', { name: m.name }) : t('staff.signedIn');
    const out = document.createElement('button');
    out.type = 'button';
    out.className = 'btn';
    out.id = 'sign-out';
    out.textContent = t('staff.signOut');
    out.addEventListener('click', async () => {
      out.disabled = true;
      try {
        const res = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: csrfHeaders() });
        const body = await res.json();
        if (!res.ok || !body.redirect) throw new Error(String(res.status));
        location.assign(body.redirect);
      } catch {
        out.disabled = false;
        who.textContent = t('staff.signOutFailed');
      }
    });
    const mine = document.createElement('a'); // PM6: the person's own page
    mine.className = 'btn btn--link';
    mine.id = 'my-projects';
    mine.href = '/me.html';
    mine.textContent = t('staff.myProjects');
    area.append(who, mine, out);
  };
  render();
  onLangChange(render);
  return m;
}
