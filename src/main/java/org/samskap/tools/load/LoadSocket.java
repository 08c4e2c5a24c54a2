package org.samskap.tools.load;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import io.vertx.core.json.JsonObject;

/**
 * One load client: a JDK websocket that speaks only the public bridge frames (docs/PROTOCOL.md
 * T1-T3, A1-A2), as a third-party client would. Events are handed to a callback with the
 * receive time; only the {@code clientOpId} is extracted, so a thousand sockets stay cheap.
 */
final class LoadSocket {
  private static final String OP_ID = "\"clientOpId\":\"";

  private final WebSocket ws;
  private final String id;
  private final Map<String, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
  private final AtomicLong replyCounter = new AtomicLong();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile BiConsumer<String, Long> onEvent = (opId, at) -> {};
  private volatile java.util.function.Consumer<String> onRaw;

  private LoadSocket(WebSocket.Builder builder, URI uri, String id) throws Exception {
    this.id = id;
    this.ws = builder.buildAsync(uri, new Listener()).get(30, TimeUnit.SECONDS);
  }

  static LoadSocket connect(HttpClient http, URI uri, String id) throws Exception {
    return new LoadSocket(http.newWebSocketBuilder(), uri, id);
  }

  String id() {
    return id;
  }

  /** Called with (clientOpId, System.nanoTime()) for each board event that carries one. */
  void onEvent(BiConsumer<String, Long> handler) {
    this.onEvent = handler;
  }

  /** Calibration: every text frame goes to {@code handler} as it is, bypassing the bridge frames. */
  void onRaw(java.util.function.Consumer<String> handler) {
    this.onRaw = handler;
  }

  /** Calibration: sends a text frame as it is. */
  void sendRaw(String text) {
    synchronized (ws) {
      ws.sendText(text, true).join();
    }
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

  void close() {
    try {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      ws.abort();
    }
  }

  private void send(JsonObject frame) {
    String text = frame.encode();
    synchronized (ws) {
      ws.sendText(text, true).join();
    }
  }

  private void onFrame(String text, long at) {
    java.util.function.Consumer<String> raw = onRaw;
    if (raw != null) {
      raw.accept(text);
      return;
    }
    if (text.startsWith("{\"type\":\"rec\",\"address\":\"board.")) {
      int i = text.indexOf(OP_ID);
      if (i >= 0) {
        int start = i + OP_ID.length();
        int end = text.indexOf('"', start);
        if (end > start) onEvent.accept(text.substring(start, end), at);
      }
      return;
    }
    JsonObject frame = new JsonObject(text);
    String address = frame.getString("address");
    CompletableFuture<JsonObject> reply = address == null ? null : replies.remove(address);
    if (reply != null) {
      reply.complete("err".equals(frame.getString("type")) ? new JsonObject().put("ok", false).put("reason", frame.getString("body"))
          : frame.getJsonObject("body"));
    } else if ("err".equals(frame.getString("type")) && address == null) {
      // access_denied / max_handlers_reached carry no address: fail every waiting request
      String why = frame.getString("body");
      replies.values().forEach(r -> r.complete(new JsonObject().put("ok", false).put("reason", why)));
      replies.clear();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();

    /** Asks for every frame at once: no demand signal per frame, which costs a hop each. */
    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      long at = System.nanoTime();
      text.append(data);
      if (last) {
        String t = text.toString();
        text.setLength(0);
        onFrame(t, at);
      }
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      long at = System.nanoTime();
      byte[] b = new byte[data.remaining()];
      data.get(b);
      binary.writeBytes(b);
      if (last) {
        String t = binary.toString(StandardCharsets.UTF_8);
        binary.reset();
        onFrame(t, at);
      }
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(-1);
    }
  }
}
