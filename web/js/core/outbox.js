// Ops not yet acknowledged by the server, in the order they were made, kept in browser storage
// so a reload, a reconnect or a page opened after the tab was closed re-sends them with the same
// clientOpId (docs/PROTOCOL.md, R2: a repeated clientOpId has one effect; W1-W3: the durable
// outbox, one key per board, member and tab, and the tab lock that lets one tab adopt it).

const TEMP_PREFIX = 'tmp-';
/** The fields of an op that name an object: every `...Id` field but the op's own clientOpId. */
function refFields(body) {
  return Object.keys(body).filter((k) => k.endsWith('Id') && k !== 'clientOpId');
}

/** The local id of an object an unacknowledged create op will make. */
export function tempId(clientOpId) {
  return TEMP_PREFIX + clientOpId;
}

export function isTempId(id) {
  return typeof id === 'string' && id.startsWith(TEMP_PREFIX);
}

export function newClientOpId() {
  return crypto.randomUUID();
}

/** The storage key prefix of the outboxes of one board and member (W1). */
export function ownerPrefix(boardId, owner) {
  return `samskap.outbox.${boardId}.${owner}.`;
}

/** The Web Lock a live tab holds while it owns its stored outbox (W2). */
export function tabLockName(tab) {
  return `samskap.tab.${tab}`;
}

/**
 * Holds the tab's lock until the page goes away (the browser releases it then). Resolves once
 * the lock is held; false where the Web Locks API is missing (W3).
 */
export function holdTabLock(tab, locks = webLocks()) {
  if (!locks) return Promise.resolve(false);
  return new Promise((held) => {
    locks.request(tabLockName(tab), () => {
      held(true);
      return new Promise(() => {}); // never released while the page lives
    }).catch(() => held(false));
  });
}

export class Outbox {
  /**
   * boardId: the board; storage: a Web Storage (tests pass their own). Without an owner the
   * outbox is kept under samskap.outbox.<board> (one tab's own, until claim() names the member).
   */
  constructor(boardId, storage = safeLocalStorage(), { tab = null } = {}) {
    this.boardId = boardId;
    // With a tab, nothing is stored until claim() names the member (there are no ops before a join).
    this.key = tab ? null : `samskap.outbox.${boardId}`;
    this.storage = storage;
    this.tab = tab;
    this.items = [];
    if (!tab) this.load();
  }

  /**
   * The member is known (after a join): from now on the outbox is kept under
   * samskap.outbox.<board>.<owner>.<tab> (W1), and the stored outboxes of this member's closed
   * tabs of this board are adopted: each one only by the tab that gets its tab lock (W2). The
   * adopted ops are added after this tab's own, marked sent (they may have reached the server).
   * Resolves with the ops adopted.
   */
  async claim(owner, locks = webLocks()) {
    if (!this.tab || !owner) return [];
    const prefix = ownerPrefix(this.boardId, owner);
    const mine = `${prefix}${this.tab}`;
    if (this.key !== mine) {
      if (this.key && this.storage) safe(() => this.storage.removeItem(this.key));
      this.key = mine;
      this.save();
    }
    if (!locks || !this.storage) return [];
    const adopted = [];
    for (const key of storedKeys(this.storage, prefix)) {
      const tab = key.slice(prefix.length);
      if (!tab || tab === this.tab) continue;
      // ifAvailable: a live tab holds its lock, so its outbox is left alone; of two new tabs,
      // only the one granted the lock reads and removes the stored ops.
      await locks.request(tabLockName(tab), { ifAvailable: true }, (lock) => {
        if (!lock) return;
        const items = parse(safe(() => this.storage.getItem(key)));
        safe(() => this.storage.removeItem(key));
        for (const body of items) {
          if (this.has(body.clientOpId)) continue;
          this.items.push({ body, sent: true });
          adopted.push(body);
        }
      });
    }
    if (adopted.length) this.save();
    return adopted;
  }

  /**
   * D1: the board was deleted; drops this outbox and every stored outbox of the board on this
   * device (every member's and tab's), so no text of it stays in the browser.
   */
  discardBoard() {
    this.items = [];
    if (!this.storage) return;
    const prefix = `samskap.outbox.${this.boardId}`;
    for (const key of storedKeys(this.storage, prefix)) {
      if (key === prefix || key.startsWith(`${prefix}.`)) safe(() => this.storage.removeItem(key));
    }
  }

  load() {
    if (!this.storage || !this.key) return;
    try {
      // Anything loaded may have reached the server before the page went away.
      this.items = parse(this.storage.getItem(this.key)).map((body) => ({ body, sent: true }));
    } catch {
      this.items = [];
    }
  }

  save() {
    if (!this.storage || !this.key) return;
    try {
      if (this.items.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(this.items));
    } catch { /* storage full or blocked: the op still lives in memory */ }
  }

  get size() {
    return this.items.length;
  }

  /** The op bodies in order. */
  ops() {
    return this.items.map((i) => i.body);
  }

  first() {
    return this.items[0] || null;
  }

  has(clientOpId) {
    return this.items.some((i) => i.body.clientOpId === clientOpId);
  }

  get(clientOpId) {
    const item = this.items.find((i) => i.body.clientOpId === clientOpId);
    return item ? item.body : null;
  }

  /**
   * Adds an op (a clientOpId is given if missing). A move right after an unsent move of the
   * same note replaces its target instead of queueing a second one. Returns the queued body.
   */
  add(op) {
    const body = { ...op };
    if (!body.clientOpId) body.clientOpId = newClientOpId();
    const last = this.items[this.items.length - 1];
    if (body.type === 'note.move' && last && !last.sent && last.body.type === 'note.move'
        && last.body.noteId === body.noteId) {
      last.body = { ...last.body, x: body.x, y: body.y };
      this.save();
      return last.body;
    }
    this.items.push({ body, sent: false });
    this.save();
    return body;
  }

  markSent(clientOpId) {
    const item = this.items.find((i) => i.body.clientOpId === clientOpId);
    if (item && !item.sent) {
      item.sent = true;
      this.save();
    }
  }

  remove(clientOpId) {
    const before = this.items.length;
    this.items = this.items.filter((i) => i.body.clientOpId !== clientOpId);
    if (this.items.length !== before) this.save();
  }

  /** A create was acknowledged: later ops that name its temporary id now name the real one. */
  resolveTemp(temp, realId) {
    let changed = false;
    for (const item of this.items) {
      for (const f of refFields(item.body)) {
        if (item.body[f] === temp) {
          item.body = { ...item.body, [f]: realId };
          changed = true;
        }
      }
    }
    if (changed) this.save();
  }

  /** A create was refused: drops the ops that depend on its temporary id; returns them. */
  dropDependents(temp) {
    const dropped = this.items.filter((i) => refFields(i.body).some((f) => i.body[f] === temp));
    if (dropped.length) {
      this.items = this.items.filter((i) => !dropped.includes(i));
      this.save();
    }
    return dropped.map((i) => i.body);
  }
}

/** The op bodies of a stored outbox; broken content gives none. */
function parse(raw) {
  try {
    const parsed = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed)
      ? parsed.filter((i) => i && i.body && typeof i.body.clientOpId === 'string').map((i) => i.body)
      : [];
  } catch {
    return [];
  }
}

function storedKeys(storage, prefix) {
  const keys = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k && k.startsWith(prefix)) keys.push(k);
    }
  } catch { /* blocked storage: nothing to adopt */ }
  return keys;
}

function safe(fn) {
  try {
    return fn();
  } catch {
    return null;
  }
}

function webLocks() {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function safeLocalStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
