// Keeps one idea board in sync with the server (docs/PROTOCOL.md): registers on the events
// address and joins (J1, J2), applies events in version order and catches up with since on a
// gap, a reset or a reconnect (E2, J3), and sends the user's ops from the outbox one at a time,
// re-sending unacknowledged ones with the same clientOpId (R2, R3). No DOM: the page learns
// what happened through hooks.

import { BusError } from './bus.js';
import { tempId, isTempId } from './outbox.js';
import { classify, applyPresence } from './sync-events.js';
import { setLimits } from './limits.js';
import { setOps } from './ops.js';

const RETRY_MS = [1000, 2000, 5000, 10000];
const CATCH_UP_MS = 2000;
// busy (O1): not applied; unavailable (R3, O3): outcome unknown. Both are resent with the same
// clientOpId after a backoff with jitter (O2), so a crowd of clients does not come back at once.
const RETRY_REASONS = new Set(['unavailable', 'rate_limited', 'busy']);

const noop = () => {};

export class BoardSync {
  /**
   * hooks (all optional): change() the view changed; joined() first join done;
   * conn(state) 'connecting' | 'online' | 'reconnecting' | 'offline'; reconnected();
   * confirmed(op); retrying(op, reason); refused(op, reason); idLearned(tempId, realId);
   * fatal(reason) the token does not open the board (or the board is full, J9);
   * restored(ops) ops a closed tab of this board left unconfirmed were adopted to be re-sent (W2).
   */
  /**
   * model: the board kind's pure client model (../ideas/ideas-state.js, ../matrix/matrix-state.js,
   * ../journey/journey-state.js), with emptyState(), fromSnapshot(snapshot, version, previous),
   * applyEvent(state, ev), view(state, pendingOps, author), createdId(type, eventOrReply) and
   * ID_FIELDS.
   */
  constructor({ boardId, token, bus, outbox, name = '', hooks = {}, model }) {
    this.model = model;
    this.token = token;
    this.bus = bus;
    this.outbox = outbox;
    this.name = name;
    this.hooks = new Proxy(hooks, { get: (h, k) => h[k] || noop });
    this.opsAddress = `board.${boardId}.ops`;
    this.eventsAddress = `board.${boardId}.events`;
    this.memberStoreKey = `samskap.member.${boardId}`;
    this.memberId = null;
    this.state = model.emptyState();
    this.joined = false;
    this.fatal = false;
    this.role = 'participant';
    this.sessionId = null;
    this.syncing = false;
    this.syncRun = null;
    this.buffered = [];
    this.acked = []; // accepted ops whose event is not applied yet: {body, version}
    this.flushing = false;
    this.retryTimer = null;
    this.retryCount = 0;
    this.catchUpTimer = null;
    this.lostConnection = false;
    this.resolved = new Map(); // temporary id -> real id
  }

  start() {
    const bus = this.bus;
    bus.register(this.eventsAddress, { token: this.token }, (ev) => this.onEvent(ev));
    bus.on('open', () => this.onOpen());
    bus.on('close', ({ wasOpen }) => this.onClose(wasOpen));
    bus.on('error', (frame) => {
      // A refused register names the events address (A4).
      if (frame.address === this.eventsAddress && ['invalid_token', 'missing_token', 'not_found'].includes(frame.body)) {
        this.stop(frame.body);
      }
      // The facilitator removed this member or revoked the link (F8, F9): the socket closes next.
      // The board was deleted (D1): the same.
      if (!frame.address && frame.body === 'erased') this.erased(); // D8: the facilitator erased this member
      if (!frame.address && ['removed', 'link_revoked', 'not_found'].includes(frame.body)) this.stop(frame.body);
    });
    this.hooks.conn('connecting');
    bus.start();
  }

  stop(reason) {
    if (this.fatal) return;
    this.fatal = true;
    if (reason === 'not_found' && this.outbox.discardBoard) this.outbox.discardBoard(); // D1
    this.bus.stop();
    this.hooks.conn('offline');
    this.hooks.fatal(reason);
  }

  request(body) {
    return this.bus.request(this.opsAddress, body, { token: this.token });
  }

  /** D8: this member was erased: forget the member key (a new visit is a new member) and stop sending. */
  erased() {
    try {
      localStorage.removeItem(this.memberStoreKey);
    } catch { /* storage may be off */ }
    this.stop('erased');
  }

  /** The board to show: the confirmed state with the pending ops on top. */
  view() {
    return this.model.view(this.state, [...this.acked.map((a) => a.body), ...this.outbox.ops()], this.name || '');
  }

  /** The id an object has now (a temporary id becomes the server's once its create is confirmed). */
  realId(id) {
    return this.resolved.get(id) || id;
  }

  /** The role the session gate judges by: an observer (A13) is refused every op, as the server does. */
  get gateRole() {
    return this.observer ? 'observer' : this.role;
  }

  get pendingCount() {
    return this.outbox.size;
  }

  /** Queues an op and sends it as soon as it can; returns the queued body. */
  queue(op) {
    const body = this.outbox.add(op);
    this.hooks.change();
    this.flush();
    return body;
  }

  /** Sends an ephemeral op (e.g. cursor.move, E3) without asking for a reply; dropped while offline. */
  sendEphemeral(body) {
    if (this.bus.connected && this.joined) this.bus.send(this.opsAddress, body, { token: this.token });
  }

  setName(name) {
    this.name = name;
    if (this.bus.connected && this.joined) this.request({ type: 'presence.set', name }).catch(noop);
  }

  // ---- connection ----

  onClose(wasOpen) {
    if (this.fatal) return;
    // W4: 'offline' while the browser says it has no network, else 'reconnecting'.
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    if (wasOpen || this.joined) this.hooks.conn(offline ? 'offline' : 'reconnecting');
    if (this.joined) this.lostConnection = true;
  }

  async onOpen() {
    if (this.fatal) return;
    this.hooks.conn('connecting');
    if (!this.joined) await this.join();
    else await this.rejoin();
  }

  async join() {
    let reply;
    try {
      reply = await this.request({ type: 'join', name: this.name || '', memberKey: this.memberKey() });
    } catch (e) {
      this.retryJoin(e);
      return;
    }
    if (!reply.ok) {
      // members_full (J9): the board has as many members as it may hold; no retry, a page message.
      if (['invalid_token', 'missing_token', 'removed', 'members_full', 'not_found'].includes(reply.reason)) this.stop(reply.reason);
      else this.retryJoin(reply.reason);
      return;
    }
    this.role = reply.role === 'facilitator' ? 'facilitator' : 'participant';
    // A13: an observer reads only; the page hides what would change the board.
    this.observer = reply.role === 'observer';
    if (typeof document !== 'undefined') document.documentElement.toggleAttribute('data-observer', this.observer);
    this.sessionId = reply.sessionId;
    this.rememberMember(reply);
    // W1, W2: keep the outbox under this member and adopt what closed tabs of this board left.
    const restored = await this.outbox.claim(reply.memberId);
    if (restored.length) this.hooks.restored(restored);
    setLimits(reply.limits); // J7: the text limits this server enforces
    setOps(reply.ops); // F2: the board kind's op catalogue, for the session gate
    this.state = this.model.fromSnapshot(reply.snapshot || {}, reply.version, null);
    this.state.me = reply.memberId || null;
    this.joined = true;
    this.hooks.joined();
    announceRole(this.role);
    this.drainBuffer();
    this.online();
  }

  /** The member key (J1) of this person on this device, kept across reloads when storage allows. */
  memberKey() {
    try {
      return localStorage.getItem(this.memberStoreKey) || undefined;
    } catch {
      return this.memberKeyInMemory;
    }
  }

  rememberMember(reply) {
    if (!reply || !reply.memberKey) return;
    this.memberId = reply.memberId;
    this.memberKeyInMemory = reply.memberKey;
    try {
      localStorage.setItem(this.memberStoreKey, reply.memberKey);
    } catch { /* private mode: the key lives as long as the page */ }
  }

  retryJoin(why) {
    if (why instanceof BusError && why.kind === 'closed') return; // the next open joins
    setTimeout(() => { if (this.bus.connected && !this.joined && !this.fatal) this.join(); }, 2000);
  }

  /** Reconnected: catch up from our version, then tell the board we are here again. */
  async rejoin() {
    const ok = await this.resync();
    if (!ok || !this.bus.connected) return;
    try {
      const reply = await this.request({ type: 'presence.set', name: this.name || '', memberKey: this.memberKey() });
      this.rememberMember(reply);
    } catch { /* presence is best effort */ }
    this.online();
  }

  online() {
    this.hooks.conn('online');
    if (this.lostConnection) this.hooks.reconnected();
    this.lostConnection = false;
    this.retryCount = 0;
    this.hooks.change();
    this.flush();
    this.scheduleCatchUp();
  }

  /** A check a little later that no event was missed (e.g. while the register was on its way). */
  scheduleCatchUp() {
    clearTimeout(this.catchUpTimer);
    this.catchUpTimer = setTimeout(() => { if (this.bus.connected && this.joined) this.resync(); }, CATCH_UP_MS);
  }

  // ---- events ----

  onEvent(ev) {
    if (!this.joined || this.syncing) {
      this.buffered.push(ev);
      return;
    }
    this.handleEvent(ev);
  }

  handleEvent(ev) {
    const s = this.state;
    switch (classify(s, ev)) {
      case 'ephemeral':
        if (ev.type === 'board.deleted') { // D1: the board is gone for good
          this.stop('not_found');
          return;
        }
        // Ephemeral events carry the board's durable version (E3): above ours means we missed events.
        if (ev.type === 'reset' || (typeof ev.version === 'number' && ev.version > s.version)) this.resync();
        // A reset may come from a new writer (another node took the board over, C2) that does not
        // know who is here yet: say so again.
        if (ev.type === 'reset' && this.bus.connected) {
          this.request({ type: 'presence.set', name: this.name || '', memberKey: this.memberKey() })
            .then((r) => this.rememberMember(r)).catch(() => {});
        }
        if (ev.type === 'presence') {
          applyPresence(s, ev);
          this.hooks.change();
        }
        this.hooks.ephemeral(ev); // e.g. poll.results (P8)
        return;
      case 'next':
        // A history snapshot replaced the board, or the model says the event changes what we may
        // see (e.g. a matrix scores.reveal, M11): fetch a snapshot made for us.
        if (ev.type === 'member.erased' && ev.memberId && ev.memberId === this.memberId) { // D8: we were erased
          this.erased();
          return;
        }
        // D8: an erasure changed names, notes and tallies; a snapshot shows them as they are now
        if (ev.type === 'board.restore' || ev.type === 'member.erased' || (this.model.refetchOn && this.model.refetchOn(ev))) {
          this.refetchFrom = Math.max(0, ev.version - 1);
          this.refetch();
          return;
        }
        this.model.applyEvent(s, ev);
        this.onOwnEvent(ev);
        this.refetchIfOwnRedacted(ev);
        this.pruneAcked();
        this.hooks.change();
        return;
      case 'gap':
        this.buffered.push(ev);
        this.resync();
        return;
      default:
    }
  }

  drainBuffer() {
    const list = this.buffered;
    this.buffered = [];
    list.forEach((ev) => this.handleEvent(ev));
  }

  /**
   * Catches up with since until it succeeds or the socket closes; concurrent callers share
   * one run. Resolves true when the state is current.
   */
  resync() {
    if (!this.joined) return Promise.resolve(false);
    if (!this.syncRun) {
      this.syncRun = (async () => {
        this.syncing = true;
        try {
          while (this.bus.connected) {
            if (await this.since()) return true;
            await new Promise((r) => { setTimeout(r, 1000); });
          }
          return false;
        } finally {
          this.syncing = false;
          this.syncRun = null;
          this.drainBuffer();
          this.hooks.change();
        }
      })();
    }
    return this.syncRun;
  }

  /** One since request (J3); applies its events or its snapshot. */
  async since() {
    let reply;
    try {
      reply = await this.request({ type: 'since', version: this.state.version });
    } catch {
      return false;
    }
    if (!reply.ok) return false;
    if (Array.isArray(reply.events)) {
      for (const ev of reply.events) {
        if (classify(this.state, ev) === 'next') {
          this.model.applyEvent(this.state, ev);
          this.onOwnEvent(ev);
          this.refetchIfOwnRedacted(ev);
        }
      }
    } else if (reply.snapshot) {
      this.state = this.model.fromSnapshot(reply.snapshot, reply.version, this.state);
    }
    this.pruneAcked();
    return true;
  }

  /**
   * Our own op came back redacted (J6: a private note, a hidden vote): what we may see of it
   * comes in a snapshot made for us, which since answers when its range holds a redacted event.
   */
  refetchIfOwnRedacted(ev) {
    if (!ev.redacted || typeof ev.clientOpId !== 'string') return;
    const mine = this.outbox.has(ev.clientOpId) || this.acked.some((a) => a.body.clientOpId === ev.clientOpId);
    if (!mine) return;
    clearTimeout(this.refetchTimer);
    const from = Math.max(0, ev.version - 1);
    this.refetchFrom = Math.min(this.refetchFrom ?? from, from);
    // Coalesce a burst of own redacted ops (e.g. quick votes) into one snapshot.
    this.refetchTimer = setTimeout(() => this.refetch(), 50);
  }

  async refetch() {
    const from = this.refetchFrom;
    this.refetchFrom = undefined;
    if (from === undefined || !this.bus.connected) return;
    let reply;
    try {
      reply = await this.request({ type: 'since', version: from });
    } catch {
      return;
    }
    if (!reply.ok || !reply.snapshot || reply.version < this.state.version) return;
    this.state = this.model.fromSnapshot(reply.snapshot, reply.version, this.state);
    this.pruneAcked();
    this.hooks.change();
  }

  pruneAcked() {
    const s = this.state;
    this.acked = this.acked.filter((a) => a.version > s.version && !s.seenOps.has(a.body.clientOpId));
  }

  /** Our own create's event may come before its reply: learn the real id from whichever is first. */
  onOwnEvent(ev) {
    const id = this.model.createdId(ev.type, ev);
    if (id) this.learnId(ev.clientOpId, id);
  }

  learnId(clientOpId, realId) {
    const temp = tempId(clientOpId);
    if (this.resolved.has(temp)) return;
    const mine = this.outbox.has(clientOpId) || this.acked.some((a) => a.body.clientOpId === clientOpId);
    if (!mine) return;
    this.resolved.set(temp, realId);
    this.outbox.resolveTemp(temp, realId);
    this.hooks.idLearned(temp, realId);
  }

  // ---- the outbox: one op in flight at a time, in order ----

  async flush() {
    if (this.flushing || !this.joined || this.fatal || !this.bus.connected) return;
    this.flushing = true;
    const outbox = this.outbox;
    try {
      while (this.bus.connected && outbox.first()) {
        const body = outbox.first().body;
        if (this.model.ID_FIELDS.some((f) => isTempId(body[f]))) {
          // Its create never succeeded: there is nothing to send this op to.
          outbox.remove(body.clientOpId);
          continue;
        }
        outbox.markSent(body.clientOpId);
        let reply;
        try {
          reply = await this.request(body);
        } catch (e) {
          if (!(e instanceof BusError && e.kind === 'closed')) this.retryLater();
          break;
        }
        if (reply.ok) {
          // Learn a created object's id while the op is still ours, so later ops name it.
          const created = this.model.createdId(body.type, reply);
          if (created) this.learnId(body.clientOpId, created);
          outbox.remove(body.clientOpId);
          if (typeof reply.version === 'number' && reply.version > this.state.version
              && !this.state.seenOps.has(body.clientOpId)) {
            this.acked.push({ body, version: reply.version });
            this.scheduleCatchUp();
          }
          this.retryCount = 0;
          this.hooks.confirmed(body);
        } else if (RETRY_REASONS.has(reply.reason)) {
          this.hooks.retrying(body, reply.reason, this.retryCount);
          this.retryLater();
          break;
        } else {
          outbox.remove(body.clientOpId);
          this.dropDependents(body);
          this.hooks.refused(body, reply.reason);
        }
        this.hooks.change();
      }
    } finally {
      this.flushing = false;
      this.hooks.change();
    }
  }

  retryLater() {
    clearTimeout(this.retryTimer);
    const delay = RETRY_MS[Math.min(this.retryCount, RETRY_MS.length - 1)] * (0.5 + Math.random());
    this.retryCount++;
    this.retryTimer = setTimeout(() => this.flush(), delay);
  }

  /** A refused create takes the queued ops that name the object it would have made with it. */
  dropDependents(body) {
    if (!body.type.endsWith('.create')) return;
    const stack = [tempId(body.clientOpId)];
    while (stack.length) {
      for (const d of this.outbox.dropDependents(stack.pop())) {
        if (d.type.endsWith('.create')) stack.push(tempId(d.clientOpId));
      }
    }
  }
}

/**
 * Tells other scripts of the page (the export panel) which role the server gave this token,
 * so they need not probe facilitator-only endpoints and log a 403 for everyone else.
 */
function announceRole(role) {
  if (typeof document === 'undefined') return;
  document.documentElement.dataset.role = role;
  document.dispatchEvent(new CustomEvent('samskap:role', { detail: { role } }));
}
