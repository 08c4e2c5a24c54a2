// The facilitator makes a link poll from chosen notes, each with a plain-language description,
// gets voter links and follows the results per group live (docs/PROTOCOL.md P1-P8). After a
// reload it reads the board's polls from the server (P11) and shows the open one again, with its
// results, "Close the poll" (and "Open the poll again", P12) and buttons for new or replacement voter links (P10).

import { plural, t, msg, show, onLangChange } from '../core/i18n.js';
import './strings.js';

const $ = (id) => document.getElementById(id);
const GROUPS = ['service_user', 'relative', 'employee', 'other'];

export class PollPanel {
  /** hooks: token, boardId, announce(msg), alert(msg). */
  constructor(hooks) {
    this.h = hooks;
    this.signature = '';
    this.pollId = null;
    this.results = null;
    this.loaded = false;
    this.polls = [];
    this.links = [];
    $('poll-form').addEventListener('submit', (e) => this.create(e));
    $('poll-close').addEventListener('click', () => this.close());
    $('poll-reopen').addEventListener('click', () => this.reopen());
    this.mountExtras();
    onLangChange(() => this.relabel());
  }

  /** The poll choice, link buttons and the "links are shown once" hint, made here so the markup stays the page's. */
  mountExtras() {
    const out = $('poll-out');
    const pickWrap = document.createElement('p');
    pickWrap.className = 'field poll-pick';
    pickWrap.hidden = true;
    const pickLabel = document.createElement('label');
    pickLabel.htmlFor = 'poll-pick';
    this.pick = document.createElement('select');
    this.pick.id = 'poll-pick';
    this.pick.addEventListener('change', () => this.show(this.pick.value));
    pickWrap.append(pickLabel, this.pick);
    this.once = document.createElement('p');
    this.once.className = 'hint';
    this.once.id = 'poll-links-once';
    this.once.hidden = true;
    const actions = document.createElement('p');
    actions.className = 'poll-actions';
    this.newShared = document.createElement('button');
    this.newInvite = document.createElement('button');
    for (const [b, kind] of [[this.newShared, 'shared'], [this.newInvite, 'invite']]) {
      b.type = 'button';
      b.className = 'btn btn--small';
      b.addEventListener('click', () => this.addLink(kind, null));
      actions.appendChild(b);
    }
    this.extras = { pickWrap, pickLabel, actions };
    out.insertBefore(pickWrap, out.firstChild);
    $('poll-links').after(this.once, actions);
    this.relabel();
  }

  relabel() {
    this.extras.pickLabel.textContent = t('poll.pick');
    this.newShared.textContent = t('poll.newShared');
    this.newInvite.textContent = t('poll.newInvite');
    this.once.textContent = t('poll.linksOnce');
    if (this.links.length) this.renderLinks();
    if (this.results) this.showResults(this.results);
  }

  /** Rule P11: the board's polls as the server has them; shows the newest open one (else the newest). */
  async load() {
    const base = `/api/boards/${encodeURIComponent(this.h.boardId)}/polls`;
    const r = await this.call('GET', base);
    if (!r || r.status !== 200 || !Array.isArray(r.json.polls) || !r.json.polls.length) return;
    this.polls = [...r.json.polls].sort((a, b) => (b.createdAt || 0) - (a.createdAt || 0));
    this.pick.replaceChildren(...this.polls.map((p) => {
      const o = document.createElement('option');
      o.value = p.pollId;
      o.textContent = p.title;
      return o;
    }));
    this.extras.pickWrap.hidden = this.polls.length < 2;
    const chosen = this.polls.find((p) => p.open) || this.polls[0];
    if (!this.pollId) await this.show(chosen.pollId);
  }

  /** Shows one poll of the board: its results, and no links (they are shown only when made). */
  async show(pollId) {
    this.pollId = pollId;
    this.pick.value = pollId;
    this.links = [];
    $('poll-links').replaceChildren();
    this.once.hidden = false;
    $('poll-out').hidden = false;
    const res = await this.call('GET', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${encodeURIComponent(pollId)}/results`);
    if (res && res.status === 200 && this.pollId === pollId) this.showResults(res.json);
  }

  /** Rule P10: a new voter link, or one that replaces (and withdraws) an old one. */
  async addLink(kind, replaces) {
    if (!this.pollId) return;
    const r = await this.call('POST', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${encodeURIComponent(this.pollId)}/links`,
      replaces ? { kind, replaces } : { kind });
    if (!r) return;
    if (r.status !== 201) {
      this.h.alert(r.json.message || String(r.status));
      return;
    }
    const fresh = { linkId: r.json.linkId, kind, url: r.json.url };
    const at = replaces ? this.links.findIndex((l) => l.linkId === replaces) : -1;
    if (at >= 0) this.links[at] = { ...fresh, n: this.links[at].n };
    else this.links.push({ ...fresh, n: this.links.filter((l) => l.kind === 'invite').length + 1 });
    this.once.hidden = true;
    this.renderLinks();
    this.h.announce(msg(replaces ? 'poll.rotated' : 'poll.linkMade'));
  }

  render(v, ctx) {
    if (ctx.role !== 'facilitator') return;
    if (!this.loaded) {
      this.loaded = true;
      this.load();
    }
    const notes = [...v.notes.values()].filter((n) => !n.pending && !n.private);
    const signature = notes.map((n) => `${n.id}\u0000${n.text}`).join('\u0001');
    if (signature === this.signature) return;
    this.signature = signature;
    const box = $('poll-items');
    const checked = new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
    const texts = new Map([...box.querySelectorAll('textarea')].map((a) => [a.dataset.id, a.value]));
    $('poll-none').hidden = notes.length > 0;
    box.replaceChildren(...notes.map((n, i) => {
      const wrap = document.createElement('div');
      wrap.className = 'poll-item';
      const cb = document.createElement('input');
      cb.type = 'checkbox';
      cb.id = `poll-item-${i}`;
      cb.value = n.id;
      cb.checked = checked.has(n.id);
      const label = document.createElement('label');
      label.htmlFor = cb.id;
      label.textContent = n.text || t('note.empty');
      const dl = document.createElement('label');
      dl.htmlFor = `poll-desc-${i}`;
      dl.className = 'poll-item__desc-label';
      dl.textContent = t('poll.description', { text: (n.text || '').slice(0, 40) });
      const desc = document.createElement('textarea');
      desc.id = `poll-desc-${i}`;
      desc.rows = 2;
      desc.maxLength = 1000;
      desc.dataset.id = n.id;
      desc.value = texts.get(n.id) || '';
      wrap.append(cb, label, dl, desc);
      return wrap;
    }));
  }

  async create(e) {
    e.preventDefault();
    const box = $('poll-items');
    const items = [...box.querySelectorAll('input:checked')].map((cb) => {
      const desc = box.querySelector(`textarea[data-id="${CSS.escape(cb.value)}"]`);
      return { targetId: cb.value, text: cb.nextElementSibling.textContent.slice(0, 200), description: desc ? desc.value : '' };
    });
    const body = {
      title: $('poll-title').value.trim(), items, maxChoices: Number($('poll-max').value) || 1,
      invites: Number($('poll-invites').value) || 0, shared: $('poll-shared').checked,
    };
    let error = '';
    if (!body.title) error = msg('poll.err.title');
    else if (!items.length) error = msg('poll.err.items');
    else if (!body.invites && !body.shared) error = msg('poll.err.links');
    show($('poll-error'), error);
    if (error) return;
    const r = await this.call('POST', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls`, body);
    if (!r) return;
    if (r.status !== 201) {
      show($('poll-error'), r.json.message || String(r.status));
      return;
    }
    this.pollId = r.json.pollId;
    this.showLinks(r.json);
    this.h.announce(msg('poll.created'));
    const res = await this.call('GET', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${this.pollId}/results`);
    if (res && res.status === 200) this.showResults(res.json);
  }

  showLinks(p) {
    $('poll-out').hidden = false;
    $('poll-out-h3').textContent = t('poll.links', { title: p.title });
    this.links = [];
    if (p.shared) this.links.push({ linkId: p.shared.linkId, kind: 'shared', url: p.shared.url });
    p.links.forEach((l, i) => this.links.push({ linkId: l.linkId, kind: 'invite', url: l.url, n: i + 1 }));
    this.polls = [{ pollId: p.pollId, title: p.title, open: true }, ...this.polls.filter((x) => x.pollId !== p.pollId)];
    this.once.hidden = true;
    this.renderLinks();
  }

  renderLinks() {
    $('poll-links').replaceChildren(...this.links.map((l, i) => {
      const name = l.kind === 'shared' ? t('poll.link.shared') : t('poll.link.invite', { n: l.n });
      const li = document.createElement('li');
      const label = document.createElement('label');
      label.htmlFor = `poll-link-${i}`;
      label.textContent = name;
      const input = document.createElement('input');
      input.id = `poll-link-${i}`;
      input.type = 'text';
      input.readOnly = true;
      input.value = l.url;
      const rotate = document.createElement('button');
      rotate.type = 'button';
      rotate.className = 'btn btn--small';
      rotate.textContent = t('poll.rotate');
      rotate.setAttribute('aria-label', t('poll.rotate.label', { name }));
      rotate.addEventListener('click', () => this.addLink(l.kind, l.linkId));
      li.append(label, input, rotate);
      return li;
    }));
  }

  /** A poll.results event (P8) for the poll on show. */
  onEvent(ev) {
    if (ev.type === 'poll.results' && ev.pollId === this.pollId) this.showResults(ev);
  }

  showResults(r) {
    this.results = r;
    const head = $('poll-results-head');
    const cells = [t('poll.col.item'), ...GROUPS.map((g) => t(`poll.group.${g}`)), t('poll.col.total')];
    head.replaceChildren(...cells.map((c) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c;
      return th;
    }));
    $('poll-results-body').replaceChildren(...r.items.map((it) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = it.text;
      tr.append(th);
      for (const g of GROUPS) {
        const td = document.createElement('td');
        td.textContent = String(it.groups[g] ?? 0);
        tr.append(td);
      }
      const td = document.createElement('td');
      td.textContent = String(it.total);
      tr.append(td);
      return tr;
    }));
    $('poll-close').hidden = !r.open;
    $('poll-reopen').hidden = r.open;
    this.extras.actions.hidden = !r.open;
    $('poll-out-h3').textContent = plural('poll.status', r.ballots, { title: r.title })
      + (r.open ? '' : ` ${t('poll.closedNote')}`);
  }

  async close() {
    if (!this.pollId) return;
    const r = await this.call('POST', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${this.pollId}/close`);
    if (r && r.status === 200) {
      this.showResults(r.json);
      this.h.announce(msg('poll.closed'));
    }
  }

  /** Rule P12: opens the closed poll again; its links vote again. */
  async reopen() {
    if (!this.pollId) return;
    const r = await this.call('POST', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${this.pollId}/reopen`);
    if (r && r.status === 200) {
      this.showResults(r.json);
      this.h.announce(msg('poll.reopened'));
      $('poll-close').focus();
    } else if (r) {
      this.h.alert(r.json.message || String(r.status));
    }
  }

  async call(method, path, body) {
    try {
      const headers = { Authorization: `Bearer ${this.h.token}` };
      if (body) headers['Content-Type'] = 'application/json';
      const r = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
      return { status: r.status, json: await r.json().catch(() => ({})) };
    } catch {
      this.h.alert(msg('conn.offline'));
      return null;
    }
  }
}
