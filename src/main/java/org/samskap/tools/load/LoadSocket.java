package org.samskap.tools.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * One load client: a Vert.x websocket ({@link LoadClient}) that speaks only the public bridge
 * frames (docs/PROTOCOL.md T1-T3, A1-A2), as a third-party client would: text frames out,
 * binary or text frames in (the raw {@code /eventbus/websocket} endpoint sends binary). Events
 * are handed to a callback with the receive time; only their {@code clientOpId} is read
 * ({@link EventFrames}), so thousands of sockets and tens of thousands of events a second stay
 * cheap. Replies and errors are parsed as JSON.
 */
final class LoadSocket {
  private final WebSocket ws;
  private final String id;
  private final Map<String, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
  private final AtomicLong replyCounter = new AtomicLong();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile BiConsumer<String, Long> onEvent = (opId, at) -> {};
  private volatile Consumer<String> onRaw;

  private LoadSocket(WebSocket ws, String id) {
    this.ws = ws;
    this.id = id;
    ws.binaryMessageHandler(this::onBinary);
    ws.textMessageHandler(this::onText);
    ws.closeHandler(v -> closed.complete(ws.closeStatusCode() == null ? -1 : (int) ws.closeStatusCode()));
    ws.exceptionHandler(e -> closed.complete(-1));
  }

  /** Opens a socket on the next event loop of {@code client}; waits up to 30 s for it. */
  static LoadSocket connect(LoadClient client, URI uri, String id) {
    Context loop = client.nextLoop();
    Promise<LoadSocket> open = Promise.promise();
    WebSocketConnectOptions o = new WebSocketConnectOptions().setAbsoluteURI(uri.toString());
    // the handlers are set on the socket's own loop before any frame can be read
    loop.runOnContext(v -> client.client().connect(o).map(ws -> new LoadSocket(ws, id)).onComplete(open));
    return LoadClient.await(open.future(), 30);
  }

  String id() {
    return id;
  }

  /** Called with (clientOpId, System.nanoTime()) for each board event that carries one. */
  void onEvent(BiConsumer<String, Long> handler) {
    this.onEvent = handler;
  }

  /** Calibration: every frame goes to {@code handler} as text, bypassing the bridge frames. */
  void onRaw(Consumer<String> handler) {
    this.onRaw = handler;
  }

  /** Calibration: sends a text frame as it is. */
  void sendRaw(String text) {
    ws.writeTextMessage(text);
  }

  /** Tests: sends a bridge frame as it is. */
  void sendRawFrame(JsonObject frame) {
    send(frame);
  }

  CompletableFuture<Integer> closed() {
    return closed;
  }

  void register(String address, String token) {
    send(new JsonObject().put("type", "register").put("address", address)
        .put("headers", new JsonObject().put("token", token)));
  }

  CompletableFuture<JsonObject> request(String address, JsonObject body, String token) {
    String replyAddress = id + "." + replyCounter.incrementAndGet();
    CompletableFuture<JsonObject> reply = new CompletableFuture<>();
    replies.put(replyAddress, reply);
    send(new JsonObject().put("type", "send").put("address", address).put("replyAddress", replyAddress)
        .put("headers", new JsonObject().put("token", token)).put("body", body));
    return reply;
  }

  void ping() {
    send(new JsonObject().put("type", "ping"));
  }

  /** Starts the closing handshake; the future completes when it is done (or failed). */
  io.vertx.core.Future<Void> close() {
    return ws.isClosed() ? io.vertx.core.Future.succeededFuture() : ws.close((short) 1000, "bye");
  }

  /** Closes every socket and waits up to 5 s for the closing handshakes, as the JDK client did. */
  static void closeAll(java.util.Collection<LoadSocket> sockets) {
    java.util.List<io.vertx.core.Future<Void>> closing = new java.util.ArrayList<>();
    for (LoadSocket s : sockets) closing.add(s.close());
    try {
      LoadClient.await(io.vertx.core.Future.join(closing), 5);
    } catch (IllegalStateException slowOrFailed) {
      // a socket that does not close in time is closed with its client
    }
  }

  /** Writes are queued on the socket's event loop in the order they are made (Netty). */
  private void send(JsonObject frame) {
    ws.writeTextMessage(frame.encode());
  }

  private void onText(String text) {
    long at = System.nanoTime();
    Consumer<String> raw = onRaw;
    if (raw != null) {
      raw.accept(text);
      return;
    }
    onFrame(text.getBytes(StandardCharsets.UTF_8), at);
  }

  private void onBinary(Buffer data) {
    long at = System.nanoTime();
    Consumer<String> raw = onRaw;
    if (raw != null) {
      raw.accept(data.toString(StandardCharsets.UTF_8));
      return;
    }
    onFrame(data.getBytes(), at);
  }

  private void onFrame(byte[] frame, long at) {
    EventFrames.Scan scan = EventFrames.scan(frame);
    if (scan.event()) {
      if (scan.clientOpId() != null) onEvent.accept(scan.clientOpId(), at);
      return;
    }
    JsonObject f;
    try {
      f = new JsonObject(Buffer.buffer(frame));
    } catch (RuntimeException notJson) {
      return;
    }
    String address = f.getString("address");
    CompletableFuture<JsonObject> reply = address == null ? null : replies.remove(address);
    if (reply != null) {
      reply.complete("err".equals(f.getString("type")) ? new JsonObject().put("ok", false).put("reason", f.getString("body"))
          : f.getJsonObject("body"));
    } else if ("err".equals(f.getString("type")) && address == null) {
      // access_denied / max_handlers_reached carry no address: fail every waiting request
      String why = f.getString("body");
      replies.values().forEach(r -> r.complete(new JsonObject().put("ok", false).put("reason", why)));
      replies.clear();
    }
  }
}
