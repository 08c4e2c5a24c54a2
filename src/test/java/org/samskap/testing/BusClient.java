package org.samskap.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.core.json.JsonObject;

/**
 * A raw websocket client of the public protocol that speaks only event-bus bridge frames,
 * as a third-party client would (JDK websocket, not Vert.x). Blocking calls take timeouts.
 */
public final class BusClient implements AutoCloseable {
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final WebSocket ws;
  private final Map<String, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
  private final Map<String, LinkedBlockingQueue<JsonObject>> events = new ConcurrentHashMap<>();
  private final LinkedBlockingQueue<JsonObject> errors = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final List<String> frames = java.util.Collections.synchronizedList(new ArrayList<>());
  private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bus-client-ping");
    t.setDaemon(true);
    return t;
  });

  private BusClient(WebSocket.Builder builder, URI uri) {
    try {
      this.ws = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("websocket connect to " + uri + " failed: " + e, e);
    }
    pinger.scheduleAtFixedRate(() -> sendText(new JsonObject().put("type", "ping").encode()), 5, 5, TimeUnit.SECONDS);
  }

  public static BusClient connect(int port) {
    return new BusClient(HttpClient.newHttpClient().newWebSocketBuilder(), endpoint(port));
  }

  public static BusClient connect(int port, String origin) {
    return new BusClient(HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin), endpoint(port));
  }

  /** Connects with extra upgrade headers, e.g. {@code X-Forwarded-For} as a proxy on loopback would send it. */
  public static BusClient connect(int port, Map<String, String> headers) {
    WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder();
    headers.forEach(b::header);
    return new BusClient(b, endpoint(port));
  }

  /** Connects as a proxy on loopback that forwards for {@code client} (the per-address limits, A8 and T11). */
  public static BusClient connectFor(int port, String client) {
    return connect(port, Map.of("X-Forwarded-For", client));
  }

  public static URI endpoint(int port) {
    return URI.create("ws://127.0.0.1:" + port + "/eventbus/websocket");
  }

  /** SEND with a reply address; completes with the reply body, or {@code {"err":frame}} for an err frame. */
  public CompletableFuture<JsonObject> requestAsync(String address, JsonObject body, String token) {
    return requestAsync(address, body, token, TIMEOUT);
  }

  /** As {@link #requestAsync(String, JsonObject, String)}, waiting up to {@code timeout} for the reply. */
  public CompletableFuture<JsonObject> requestAsync(String address, JsonObject body, String token, Duration timeout) {
    String replyAddress = UUID.randomUUID().toString();
    CompletableFuture<JsonObject> f = new CompletableFuture<>();
    replies.put(replyAddress, f);
    JsonObject frame = new JsonObject().put("type", "send").put("address", address).put("replyAddress", replyAddress)
        .put("body", body);
    if (token != null) frame.put("headers", new JsonObject().put("token", token));
    sendText(frame.encode());
    return f.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public JsonObject request(String address, JsonObject body, String token) {
    return requestAsync(address, body, token).join();
  }

  /** An op on a board, with the board's token. */
  public JsonObject op(String boardId, String token, JsonObject body) {
    return request("board." + boardId + ".ops", body, token);
  }

  public void register(String address, String token) {
    events.computeIfAbsent(address, a -> new LinkedBlockingQueue<>());
    JsonObject frame = new JsonObject().put("type", "register").put("address", address);
    if (token != null) frame.put("headers", new JsonObject().put("token", token));
    sendText(frame.encode());
  }

  public void publish(String address, JsonObject body, String token) {
    JsonObject frame = new JsonObject().put("type", "publish").put("address", address).put("body", body);
    if (token != null) frame.put("headers", new JsonObject().put("token", token));
    sendText(frame.encode());
  }

  public void sendText(String text) {
    synchronized (ws) {
      ws.sendText(text, true).join();
    }
  }

  /** Sends one text message as several websocket frames (a continuation per part). */
  public void sendTextInFragments(String... parts) {
    synchronized (ws) {
      for (int i = 0; i < parts.length; i++) ws.sendText(parts[i], i == parts.length - 1).join();
    }
  }

  /** The next event on {@code address} that matches, or null after the timeout. */
  public JsonObject awaitEvent(String address, Predicate<JsonObject> match, Duration timeout) {
    LinkedBlockingQueue<JsonObject> q = events.computeIfAbsent(address, a -> new LinkedBlockingQueue<>());
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return null;
        JsonObject e = q.poll(left, TimeUnit.NANOSECONDS);
        if (e == null) return null;
        if (match.test(e)) return e;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Every event received so far on the address (drains it). */
  public List<JsonObject> drainEvents(String address) {
    List<JsonObject> out = new ArrayList<>();
    LinkedBlockingQueue<JsonObject> q = events.get(address);
    if (q != null) q.drainTo(out);
    return out;
  }

  /** The next err frame that is not a reply, or null after the timeout. */
  public JsonObject awaitError(Duration timeout) {
    try {
      return errors.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The websocket close code, once the server closed the socket. */
  public CompletableFuture<Integer> closed() {
    return closed;
  }

  @Override
  public void close() {
    pinger.shutdownNow();
    if (closed.isDone()) { // the server closed it already: no close handshake to wait for
      ws.abort();
      return;
    }
    try {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      ws.abort();
    }
  }

  /** Every frame the server sent, as text, in order (to check what reached this socket on the wire). */
  public List<String> rawFrames() {
    synchronized (frames) {
      return new ArrayList<>(frames);
    }
  }

  private void onFrame(String text) {
    frames.add(text);
    JsonObject frame = new JsonObject(text);
    String address = frame.getString("address");
    String type = frame.getString("type");
    if (address != null) {
      CompletableFuture<JsonObject> reply = replies.remove(address);
      if (reply != null) {
        reply.complete("err".equals(type) ? new JsonObject().put("err", frame) : frame.getJsonObject("body"));
        return;
      }
      if ("rec".equals(type)) {
        events.computeIfAbsent(address, a -> new LinkedBlockingQueue<>()).add(frame.getJsonObject("body"));
        return;
      }
    }
    if ("err".equals(type)) errors.add(frame);
  }

  private final class Listener implements WebSocket.Listener {
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String t = text.toString();
        text.setLength(0);
        onFrame(t);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] b = new byte[data.remaining()];
      data.get(b);
      binary.writeBytes(b);
      if (last) {
        String t = binary.toString(StandardCharsets.UTF_8);
        binary.reset();
        onFrame(t);
      }
      webSocket.request(1);
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
