// Ops not yet acknowledged by the server, in the order they were made, kept in
// sessionStorage so a reload or reconnect re-sends them with the same clientOpId
// (docs/PROTOCOL.md, R2: a repeated clientOpId has one effect).

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

export class Outbox {
  constructor(boardId, storage = safeSessionStorage()) {
    this.key = `samskap.outbox.${boardId}`;
    this.storage = storage;
    this.items = [];
    this.load();
  }

  load() {
    if (!this.storage) return;
    try {
      const raw = this.storage.getItem(this.key);
      const parsed = raw ? JSON.parse(raw) : [];
      // Anything loaded may have reached the server before the page went away.
      this.items = Array.isArray(parsed)
        ? parsed.filter((i) => i && i.body && typeof i.body.clientOpId === 'string').map((i) => ({ body: i.body, sent: true }))
        : [];
    } catch {
      this.items = [];
    }
  }

  save() {
    if (!this.storage) return;
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

function safeSessionStorage() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
