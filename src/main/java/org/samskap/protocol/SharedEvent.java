package org.samskap.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A board event as published to every socket on the board (rule E6): an immutable JSON object
 * that is encoded once and not copied per consumer.
 *
 * <p>It is a {@link JsonObject}, so everything that reads events (the bridge, in-process
 * consumers, the cluster's event bus, catch-up replies) reads it as before. Unlike a plain one,
 * {@link #copy()} returns itself, so the event bus hands the same instance to every local
 * consumer instead of a deep copy each; and its encoding is made once ({@link #publish} makes
 * it before handing the event on) and kept: {@link #envelope(String)} is the bridge's whole {@code {"type":"rec","address":...,"body":...}}
 * frame, byte for byte what the bridge would encode, shared by every socket that gets it. Across
 * nodes the event bus sends {@link #toBuffer()} (the same bytes); the other node receives a plain
 * object, which its bridge encodes as usual.
 *
 * <p>Built with {@link #of}, which copies the object and everything inside it into unmodifiable
 * maps and lists: a later change to the original does not reach the event, and any attempt to
 * change the event throws {@link UnsupportedOperationException}. {@link #equals} compares
 * content with any JSON object; a plain {@code JsonObject}'s {@code equals} still tells the two
 * classes apart.
 */
public final class SharedEvent extends JsonObject {
  private static final byte[] TYPE_AND_ADDRESS = "{\"type\":\"rec\",\"address\":".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY = ",\"body\":".getBytes(StandardCharsets.UTF_8);

  /** The encoding, once made: the envelope for {@code address} (null: the body alone) and where the body is in it. */
  private record Encoded(String address, byte[] bytes, int bodyFrom, int bodyTo) {}

  private volatile Encoded encoded;

  private SharedEvent(Map<String, Object> frozen) {
    super(frozen);
  }

  /** The event as an immutable shared copy; an event that is one already is returned as it is. */
  public static SharedEvent of(JsonObject event) {
    if (event instanceof SharedEvent shared) return shared;
    return new SharedEvent(freeze(event.getMap()));
  }

  /**
   * Publishes {@code event} on {@code address} in its shared form (rule E6), its frame made here
   * before it is handed on: sockets on several event loops then never race to make it twice.
   */
  public static void publish(Vertx vertx, String address, JsonObject event) {
    SharedEvent shared = of(event);
    shared.envelope(address);
    vertx.eventBus().publish(address, shared);
  }

  /**
   * The bridge's frame for this event on {@code address}: {@code {"type":"rec","address":A,"body":B}}
   * with B this event's encoding. Made once per event (for the address it was published on) and
   * shared: the returned buffer wraps the same bytes every time and must not be changed.
   */
  public Buffer envelope(String address) {
    Encoded e = encoded;
    if (e == null || !address.equals(e.address())) {
      e = encode(address, e);
      if (encoded == null || encoded.address() == null) encoded = e; // the first address published on wins
    }
    return BufferInternal.buffer(Unpooled.wrappedBuffer(e.bytes()));
  }

  /**
   * The event's JSON: a copy of the bytes made once (the cluster's event bus sends these). They
   * are {@link #encode()} in UTF-8, the same JSON value as a plain object's {@code toBuffer()}.
   */
  @Override
  public Buffer toBuffer() {
    Encoded e = body();
    byte[] copy = new byte[e.bodyTo() - e.bodyFrom()];
    System.arraycopy(e.bytes(), e.bodyFrom(), copy, 0, copy.length);
    return Buffer.buffer(copy);
  }

  @Override
  public String encode() {
    Encoded e = body();
    return new String(e.bytes(), e.bodyFrom(), e.bodyTo() - e.bodyFrom(), StandardCharsets.UTF_8);
  }

  /** Itself: it cannot change, so a copy is never needed (this is what spares the copy per consumer). */
  @Override
  public SharedEvent copy() {
    return this;
  }

  @Override
  public SharedEvent copy(Function<Object, ?> cloner) {
    return this;
  }

  /** Equal to any JSON object with equal content. */
  @Override
  public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof JsonObject other)) return false;
    return new JsonObject(getMap()).equals(new JsonObject(other.getMap()));
  }

  @Override
  public int hashCode() {
    return new JsonObject(getMap()).hashCode();
  }

  private Encoded body() {
    Encoded e = encoded;
    if (e == null) {
      e = encode(null, null);
      encoded = e;
    }
    return e;
  }

  /** Encodes the body (or reuses {@code known}'s bytes of it) and, with an address, wraps it in the envelope. */
  private Encoded encode(String address, Encoded known) {
    byte[] body;
    if (known != null) {
      body = new byte[known.bodyTo() - known.bodyFrom()];
      System.arraycopy(known.bytes(), known.bodyFrom(), body, 0, body.length);
    } else {
      // the one encoding, made as the bridge makes its frames (encode(), then UTF-8): a plain
      // object's toBuffer() would differ in escaping characters outside the BMP
      body = new JsonObject(getMap()).encode().getBytes(StandardCharsets.UTF_8);
    }
    if (address == null) return new Encoded(null, body, 0, body.length);
    byte[] a = Json.encode(address).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[TYPE_AND_ADDRESS.length + a.length + BODY.length + body.length + 1];
    int at = 0;
    System.arraycopy(TYPE_AND_ADDRESS, 0, all, at, TYPE_AND_ADDRESS.length);
    at += TYPE_AND_ADDRESS.length;
    System.arraycopy(a, 0, all, at, a.length);
    at += a.length;
    System.arraycopy(BODY, 0, all, at, BODY.length);
    at += BODY.length;
    System.arraycopy(body, 0, all, at, body.length);
    all[all.length - 1] = '}';
    return new Encoded(address, all, at, at + body.length);
  }

  private static Map<String, Object> freeze(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>(Math.max(4, map.size() * 2));
    map.forEach((k, v) -> out.put(k, frozen(v)));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Object frozen(Object v) {
    if (v instanceof SharedEvent) return v;
    if (v instanceof JsonObject o) return new JsonObject(freeze(o.getMap()));
    if (v instanceof Map<?, ?> m) return new JsonObject(freeze((Map<String, Object>) m));
    if (v instanceof JsonArray a) return new JsonArray(freezeList(a.getList()));
    if (v instanceof List<?> l) return new JsonArray(freezeList(l));
    return v; // strings, numbers, booleans, null, and immutable values
  }

  private static List<Object> freezeList(List<?> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Object v : list) out.add(frozen(v));
    return Collections.unmodifiableList(out);
  }
}
