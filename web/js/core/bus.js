// A small client for the Vert.x event-bus bridge over a raw websocket (docs/PROTOCOL.md, T1-T3).
// Connects, pings, sends requests with a reply timeout, keeps registrations across
// reconnects and reconnects with backoff (0.5 s doubling to 10 s), at once on the browser's
// online event, and drops the socket on its offline event (docs/PROTOCOL.md W4).

const PING_MS = 5000;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 10000;
export const REPLY_TIMEOUT_MS = 10000;

export class BusError extends Error {
  /** kind: 'timeout' | 'closed' | 'err' (an err frame); body: the frame body if any. */
  constructor(kind, body) {
    super(`bus ${kind}${body ? `: ${typeof body === 'string' ? body : JSON.stringify(body)}` : ''}`);
    this.kind = kind;
    this.body = body;
  }
}

/**
 * The bridge's websocket URL. On a board page it names the board (`?board=<id>`): the server
 * ignores it, but a load balancer in front of a cluster can hash on it, so that every client
 * of a board reaches the node that writes it (docs/OPERATIONS.md, board affinity).
 */
export function busUrl(loc = window.location) {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  const board = /^\/b\/([^/]+)/.exec(loc.pathname || '');
  const query = board ? `?board=${encodeURIComponent(decodeURIComponent(board[1]))}` : '';
  return `${scheme}//${loc.host}/eventbus/websocket${query}`;
}

export class Bus {
  constructor(url = busUrl()) {
    this.url = url;
    this.ws = null;
    this.open = false;
    this.stopped = true;
    this.backoff = FIRST_BACKOFF_MS;
    this.retryTimer = null;
    this.pingTimer = null;
    this.pending = new Map(); // replyAddress -> {resolve, reject, timer}
    this.registrations = new Map(); // address -> {headers, handler}
    this.listeners = { open: new Set(), close: new Set(), error: new Set() };
    this.decoder = new TextDecoder('utf-8');
    this.onOnline = () => { if (!this.open && !this.stopped) this.reconnectNow(); };
    // W4: the browser says the network is gone: do not wait for a socket that may hang, drop it
    // and let the backoff (or the next online event) bring it back.
    this.onOffline = () => {
      if (this.stopped || !this.ws) return;
      const ws = this.ws;
      this.dropSocket();
      ws.close();
      this.scheduleReconnect();
    };
  }

  /** 'open' (after each connect, registrations already sent), 'close', 'error' (err frames nobody awaits). */
  on(kind, fn) {
    this.listeners[kind].add(fn);
    return () => this.listeners[kind].delete(fn);
  }

  emit(kind, arg) {
    for (const fn of this.listeners[kind]) {
      try { fn(arg); } catch (e) { console.error(e); }
    }
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.connect();
  }

  stop() {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    clearTimeout(this.retryTimer);
    if (this.ws) this.ws.close();
  }

  get connected() {
    return this.open;
  }

  connect() {
    clearTimeout(this.retryTimer);
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      if (this.ws !== ws) return;
      this.open = true;
      this.backoff = FIRST_BACKOFF_MS;
      this.pingTimer = setInterval(() => this.write({ type: 'ping' }), PING_MS);
      for (const [address, r] of this.registrations) this.write({ type: 'register', address, headers: r.headers });
      this.emit('open');
    };
    ws.onmessage = (e) => {
      if (this.ws !== ws) return;
      this.receive(e.data);
    };
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      this.dropSocket();
      if (this.stopped) return;
      if (e && e.code === 1012) { // the server restarts (PROTOCOL.md R7): reconnect now
        this.backoff = FIRST_BACKOFF_MS;
        this.connect();
      } else {
        this.scheduleReconnect();
      }
    };
    ws.onerror = () => { /* a close event follows */ };
  }

  dropSocket() {
    const wasOpen = this.open;
    this.open = false;
    this.ws = null;
    clearInterval(this.pingTimer);
    this.pingTimer = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      clearTimeout(p.timer);
      p.reject(new BusError('closed'));
    }
    this.emit('close', { wasOpen });
  }

  scheduleReconnect() {
    clearTimeout(this.retryTimer);
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  /** Drops the current socket (if any) and connects again at once. */
  reconnectNow() {
    this.backoff = FIRST_BACKOFF_MS;
    if (this.ws) {
      const ws = this.ws;
      this.dropSocket();
      ws.close();
    }
    this.connect();
  }

  receive(data) {
    let frame;
    try {
      const text = typeof data === 'string' ? data : this.decoder.decode(data);
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (!frame || typeof frame !== 'object') return;
    const address = frame.address;
    if (address && this.pending.has(address)) {
      const p = this.pending.get(address);
      this.pending.delete(address);
      clearTimeout(p.timer);
      if (frame.type === 'rec') p.resolve(frame.body);
      else p.reject(new BusError('err', frame.body ?? frame.message ?? frame.failureType));
      return;
    }
    if (frame.type === 'rec' && address && this.registrations.has(address)) {
      this.registrations.get(address).handler(frame.body);
      return;
    }
    if (frame.type === 'err' && frame.body === 'rate_limited' && address && this.registrations.has(address)) {
      // Too many wrong tokens from this address (PROTOCOL.md A8): register again after the wait.
      const r = this.registrations.get(address);
      const seconds = Math.min(60, Math.max(1, Number(frame.retryAfter) || 5));
      setTimeout(() => {
        if (this.registrations.get(address) === r) this.write({ type: 'register', address, headers: r.headers });
      }, seconds * 1000);
    }
    if (frame.type === 'err') this.emit('error', frame);
  }

  write(frame) {
    if (!this.open || !this.ws) return false;
    try {
      this.ws.send(JSON.stringify(frame));
      return true;
    } catch {
      return false;
    }
  }

  /** Registers a handler; the registration is sent now if open and again after every reconnect. */
  register(address, headers, handler) {
    this.registrations.set(address, { headers, handler });
    this.write({ type: 'register', address, headers });
  }

  /** Sends body and resolves with the reply body; rejects with a BusError. */
  request(address, body, headers = {}, timeoutMs = REPLY_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
      if (!this.open) {
        reject(new BusError('closed'));
        return;
      }
      const replyAddress = crypto.randomUUID();
      const timer = setTimeout(() => {
        this.pending.delete(replyAddress);
        reject(new BusError('timeout'));
      }, timeoutMs);
      this.pending.set(replyAddress, { resolve, reject, timer });
      if (!this.write({ type: 'send', address, replyAddress, headers, body })) {
        clearTimeout(timer);
        this.pending.delete(replyAddress);
        reject(new BusError('closed'));
      }
    });
  }

  /** Sends without waiting for a reply. */
  send(address, body, headers = {}) {
    return this.write({ type: 'send', address, headers, body });
  }
}
