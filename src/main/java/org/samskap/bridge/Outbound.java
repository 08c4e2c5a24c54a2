package org.samskap.bridge;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;

import org.samskap.protocol.SharedEvent;
import org.samskap.protocol.SharedSnapshot;

/**
 * What the bridge writes to a socket, with back-pressure (rules T8 and T9). Every message to a
 * socket passes here: a socket whose send queue is full when a message comes is closed with
 * 1013, and so is one whose queue is still full {@code stallMillis} after a large reply (a join
 * snapshot) was written, though nothing else came: a client that does not read is cut off
 * either way, and the memory it holds is bounded. A join reply's snapshot is written from its
 * shared encoding without copying it per socket, and a board event from its one encoding (E6).
 */
final class Outbound {
  /** Websocket close code "try again later" (RFC 6455). */
  static final short SLOW_CONSUMER = 1013;
  static final String SLOW_CONSUMER_REASON = "slow consumer: the send queue is full; reconnect and catch up";

  private final Vertx vertx;
  private final long stallMillis;
  private final AtomicLong closed = new AtomicLong();
  private final Map<SockJSSocket, Long> stallTimers = new ConcurrentHashMap<>();

  Outbound(Vertx vertx, long stallMillis) {
    this.vertx = vertx;
    this.stallMillis = stallMillis;
  }

  /** Sockets closed because their client did not read. */
  long slowConsumersClosed() {
    return closed.get();
  }

  /**
   * Decides one outbound message (the bridge's RECEIVE event): dropped for a closed socket,
   * the socket closed (1013) when its queue is full, a shared event (E6) or snapshot written
   * here, anything else written by the bridge.
   */
  void onReceive(BridgeEvent event, boolean known) {
    SockJSSocket socket = event.socket();
    Boolean full = queueFull(socket);
    if (full == null) { // closed already: nothing to write, and nothing to log
      event.complete(false);
      return;
    }
    if (full) {
      event.complete(false);
      if (known) cutOff(socket);
      return;
    }
    JsonObject envelope = event.getRawMessage();
    Object b = envelope.getValue("body");
    if (b instanceof SharedEvent shared && envelope.size() == 3 && envelope.getValue("address") instanceof String address) {
      // E6: an event (no reply address, no headers) is written from its one shared encoding
      event.complete(false);
      socket.write(shared.envelope(address));
      return;
    }
    if (b instanceof JsonObject body && body.getValue("snapshot") instanceof SharedSnapshot snap) {
      event.complete(false);
      socket.write(envelope(envelope, body, snap));
      watch(socket);
      return;
    }
    event.complete(true);
    if (b instanceof JsonObject body && (body.containsKey("snapshot") || body.containsKey("events"))) {
      vertx.runOnContext(v -> watch(socket)); // after the bridge wrote it
    }
  }

  /** Forgets a closed socket. */
  void closed(SockJSSocket socket) {
    Long timer = stallTimers.remove(socket);
    if (timer != null) vertx.cancelTimer(timer);
  }

  /**
   * After a large write: if the queue is full, the client has {@code stallMillis} to read it
   * down (each drain counts as progress and ends the wait), or the socket is closed with 1013.
   */
  private void watch(SockJSSocket socket) {
    if (!Boolean.TRUE.equals(queueFull(socket)) || stallTimers.containsKey(socket)) return;
    long timer = vertx.setTimer(stallMillis, t -> {
      stallTimers.remove(socket);
      if (Boolean.TRUE.equals(queueFull(socket))) cutOff(socket);
    });
    stallTimers.put(socket, timer);
    socket.drainHandler(v -> {
      Long t = stallTimers.remove(socket);
      if (t != null) vertx.cancelTimer(t);
      socket.drainHandler(null);
    });
  }

  private void cutOff(SockJSSocket socket) {
    closed.incrementAndGet();
    socket.close(SLOW_CONSUMER, SLOW_CONSUMER_REASON);
  }

  /** True when the socket's send queue is full, false when not, null when the socket is closed. */
  static Boolean queueFull(SockJSSocket socket) {
    try {
      return socket.writeQueueFull();
    } catch (IllegalStateException closedAlready) { // Vert.x: "WebSocket is closed"
      return null;
    }
  }

  private static ByteBuf direct(byte[] bytes) {
    return ((BufferInternal) SharedSnapshot.direct(bytes)).getByteBuf();
  }

  /**
   * The bridge's envelope {@code {"type":"rec","address":...,"body":{...,"snapshot":...}}} as
   * one buffer made of parts: the small parts are made for this socket, the snapshot's content
   * is the shared buffer itself (Netty writes slices of it; nothing is copied per socket). All
   * parts are direct buffers, so the whole is one too and Netty does not copy it to write it.
   */
  static Buffer envelope(JsonObject envelope, JsonObject body, SharedSnapshot snap) {
    Map<String, Object> outer = new LinkedHashMap<>(envelope.getMap());
    outer.remove("body");
    Map<String, Object> rest = new LinkedHashMap<>(body.getMap());
    rest.remove("snapshot");
    StringBuilder head = new StringBuilder(256);
    String o = new JsonObject(outer).encode();
    head.append(o, 0, o.length() - 1).append(o.length() > 2 ? "," : "").append("\"body\":");
    String r = new JsonObject(rest).encode();
    head.append(r, 0, r.length() - 1).append(r.length() > 2 ? "," : "").append("\"snapshot\":");
    Buffer[] parts = snap.parts();
    ByteBuf[] bufs = new ByteBuf[parts.length + 2];
    bufs[0] = direct(head.toString().getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < parts.length; i++) bufs[i + 1] = ((BufferInternal) parts[i]).getByteBuf();
    bufs[bufs.length - 1] = direct(new byte[] {'}', '}'});
    return BufferInternal.buffer(Unpooled.wrappedUnmodifiableBuffer(bufs));
  }
}
