// The facilitator makes a link poll from chosen notes, each with a plain-language description,
// gets voter links and follows the results per group live (docs/PROTOCOL.md P1-P8).

import { t } from '../core/i18n.js';
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
    $('poll-form').addEventListener('submit', (e) => this.create(e));
    $('poll-close').addEventListener('click', () => this.close());
  }

  render(v, ctx) {
    if (ctx.role !== 'facilitator') return;
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
    if (!body.title) error = t('poll.err.title');
    else if (!items.length) error = t('poll.err.items');
    else if (!body.invites && !body.shared) error = t('poll.err.links');
    $('poll-error').textContent = error;
    if (error) return;
    const r = await this.call('POST', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls`, body);
    if (!r) return;
    if (r.status !== 201) {
      $('poll-error').textContent = r.json.message || String(r.status);
      return;
    }
    this.pollId = r.json.pollId;
    this.showLinks(r.json);
    this.h.announce(t('poll.created'));
    const res = await this.call('GET', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${this.pollId}/results`);
    if (res && res.status === 200) this.showResults(res.json);
  }

  showLinks(p) {
    $('poll-out').hidden = false;
    $('poll-out-h3').textContent = t('poll.links', { title: p.title });
    const links = [];
    if (p.shared) links.push([t('poll.link.shared'), p.shared.url]);
    p.links.forEach((l, i) => links.push([t('poll.link.invite', { n: i + 1 }), l.url]));
    $('poll-links').replaceChildren(...links.map(([name, url], i) => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      label.htmlFor = `poll-link-${i}`;
      label.textContent = name;
      const input = document.createElement('input');
      input.id = `poll-link-${i}`;
      input.type = 'text';
      input.readOnly = true;
      input.value = url;
      li.append(label, input);
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
    $('poll-out-h3').textContent = t('poll.status', { title: r.title, n: r.ballots })
      + (r.open ? '' : ` ${t('poll.closedNote')}`);
  }

  async close() {
    if (!this.pollId) return;
    const r = await this.call('POST', `/api/boards/${encodeURIComponent(this.h.boardId)}/polls/${this.pollId}/close`);
    if (r && r.status === 200) {
      this.showResults(r.json);
      this.h.announce(t('poll.closed'));
    }
  }

  async call(method, path, body) {
    try {
      const headers = { Authorization: `Bearer ${this.h.token}` };
      if (body) headers['Content-Type'] = 'application/json';
      const r = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
      return { status: r.status, json: await r.json().catch(() => ({})) };
    } catch {
      this.h.alert(t('conn.offline'));
      return null;
    }
  }
}
