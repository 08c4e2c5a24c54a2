package org.samskap.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.Shareable;

/**
 * A join or catch-up snapshot whose big part, the board's content, is encoded once and shared
 * (rule T9). It is the JSON object {@code {<head fields>, <content fields>}}: a small head made
 * per reply (the board's id, kind and title, and presence) and the content fields as UTF-8
 * bytes, encoded once per board version and view class and shared by every reply that has them.
 *
 * <p>It stands in a reply {@link JsonObject} as the value of {@code snapshot}. It is
 * {@link Shareable}, so the event bus hands it on without copying; it encodes itself when the
 * reply is encoded as a whole (Jackson databind, as Vert.x uses), and the bridge writes its
 * parts to a socket without joining them ({@link #parts()}).
 */
public final class SharedSnapshot implements Shareable, JsonSerializable {
  private static final byte[] CLOSE = {'}'};

  private final JsonObject head;
  private final Buffer content;

  private SharedSnapshot(JsonObject head, Buffer content) {
    this.head = head;
    this.content = content;
  }

  /**
   * Encodes content fields once, for sharing: the fields of the JSON object {@code content}
   * without its braces, as UTF-8 (empty for an empty object).
   */
  public static Buffer encodeContent(Map<String, Object> content) {
    byte[] all = new JsonObject(content).toBuffer().getBytes();
    return direct(all, 1, Math.max(0, all.length - 2));
  }

  /**
   * Bytes in memory outside the heap that the JDK frees once nothing refers to them. Netty
   * writes only such (direct) buffers to a socket: a heap buffer would be copied into a direct
   * one for each socket, the very copy per socket that sharing avoids.
   */
  public static Buffer direct(byte[] bytes, int offset, int length) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocateDirect(length);
    b.put(bytes, offset, length).flip();
    return io.vertx.core.internal.buffer.BufferInternal.buffer(io.netty.buffer.Unpooled.wrappedBuffer(b));
  }

  public static Buffer direct(byte[] bytes) {
    return direct(bytes, 0, bytes.length);
  }

  /** A snapshot of {@code head} fields (not empty) followed by the shared {@code content} fields. */
  public static SharedSnapshot of(JsonObject head, Buffer content) {
    if (head == null || head.isEmpty()) throw new IllegalArgumentException("head must have at least one field");
    if (content == null) throw new IllegalArgumentException("content must not be null");
    return new SharedSnapshot(head, content);
  }

  /** The shared content bytes (the same instance for every snapshot made from them). */
  public Buffer content() {
    return content;
  }

  /**
   * The snapshot's JSON in three parts, to be sent one after the other: the head object without
   * its closing brace, the content fields (with a leading comma when there are any), and the
   * closing brace. The middle part is the shared buffer, not a copy.
   */
  public Buffer[] parts() {
    byte[] h = head.toBuffer().getBytes();
    if (content.length() == 0) return new Buffer[] {direct(h, 0, h.length - 1), direct(CLOSE)};
    h[h.length - 1] = ','; // the head's closing brace becomes the comma before the content
    return new Buffer[] {direct(h), content, direct(CLOSE)};
  }

  /** The whole snapshot as one encoded buffer (a copy). */
  public Buffer toBuffer() {
    Buffer all = Buffer.buffer(head.toBuffer().length() + content.length() + 2);
    for (Buffer p : parts()) all.appendBuffer(p);
    return all;
  }

  /** The snapshot decoded into a plain JSON object (tests, and callers that need to look inside). */
  public JsonObject toJsonObject() {
    return new JsonObject(toBuffer());
  }

  @Override
  public SharedSnapshot copy() {
    return this; // immutable once made
  }

  @Override
  public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
    gen.writeRawValue(toBuffer().toString(StandardCharsets.UTF_8));
  }

  @Override
  public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
      throws IOException {
    serialize(gen, serializers);
  }

  @Override
  public String toString() {
    return "SharedSnapshot[" + head.fieldNames() + " + " + content.length() + " content bytes]";
  }
}
