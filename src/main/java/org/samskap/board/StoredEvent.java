package org.samskap.board;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.vertx.core.json.JsonObject;

/**
 * An accepted op as it is written to the event log: its version, the client's op id, the
 * session that made it, when, and the encoded event ({@code type} and changed fields;
 * a field may be null, e.g. "no cluster").
 */
public record StoredEvent(long version, String clientOpId, String by, long at, Map<String, Object> body) {
  public StoredEvent {
    Objects.requireNonNull(clientOpId, "clientOpId");
    Objects.requireNonNull(by, "by");
    body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  public String type() {
    return (String) body.get("type");
  }

  /** The event as published on the board's events address (rule E1). */
  public JsonObject toWire() {
    JsonObject o = new JsonObject(new LinkedHashMap<>(body));
    return o.put("version", version).put("clientOpId", clientOpId).put("by", by);
  }

  /** The reply the op got, rebuilt from the event and the fields its kind repeats: rule R2 gives a replay the same reply. */
  public JsonObject reply(Map<String, Object> replyFields) {
    JsonObject r = new JsonObject().put("ok", true).put("version", version);
    replyFields.forEach(r::put);
    return r;
  }
}
