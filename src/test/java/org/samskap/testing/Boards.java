package org.samskap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * What most end-to-end tests do with a board: make one over HTTP, join it on a {@link BusClient}
 * and send ops, asserting on the way that each step worked (with the reply in the message).
 */
public final class Boards {
  private Boards() {}

  /** A new board of {@code kind} with a fresh title ("Verksted " and a random id). */
  public static Board newBoard(TestServer server, String kind) {
    return newBoard(server, kind, "Verksted " + UUID.randomUUID());
  }

  /** {@code POST /api/boards}; asserts 201 and that the board has the kind asked for. */
  public static Board newBoard(TestServer server, String kind, String title) {
    HttpResponse<String> r = server.post("/api/boards", new JsonObject().put("kind", kind).put("title", title).encode());
    assertEquals(201, r.statusCode(), r.body());
    JsonObject created = new JsonObject(r.body());
    assertEquals(kind, created.getString("kind"), r.body());
    return Board.of(created);
  }

  /** An op body of {@code type} with a fresh {@code clientOpId}. */
  public static JsonObject op(String type) {
    return new JsonObject().put("type", type).put("clientOpId", UUID.randomUUID().toString());
  }

  /** Registers for the board's events, then joins with {@code name}; asserts the join succeeded. */
  public static JsonObject join(BusClient c, Board b, String token, String name) {
    c.register(b.events(), token);
    return ok(c.request(b.ops(), new JsonObject().put("type", "join").put("name", name), token));
  }

  /** Asserts an {@code ok: true} reply and returns it. */
  public static JsonObject ok(JsonObject reply) {
    assertEquals(Boolean.TRUE, reply.getBoolean("ok"), reply.encode());
    return reply;
  }

  /** Sends an op and asserts it was applied. */
  public static JsonObject ok(BusClient c, Board b, String token, JsonObject body) {
    return ok(c.op(b.id(), token, body));
  }

  /** Asserts an {@code ok: false} reply with {@code reason} and returns it. */
  public static JsonObject refused(JsonObject reply, String reason) {
    assertEquals(Boolean.FALSE, reply.getBoolean("ok"), reply.encode());
    assertEquals(reason, reply.getString("reason"), reply.encode());
    return reply;
  }

  /** The next event of {@code type} on the board; asserts one arrived within {@link BusClient#TIMEOUT}. */
  public static JsonObject event(BusClient c, Board b, String type) {
    JsonObject e = c.awaitEvent(b.events(), x -> type.equals(x.getString("type")), BusClient.TIMEOUT);
    assertNotNull(e, "no " + type + " event");
    return e;
  }

  /** The event of {@code type} at {@code version}; asserts it arrived within {@link BusClient#TIMEOUT}. */
  public static JsonObject event(BusClient c, Board b, String type, long version) {
    JsonObject e = c.awaitEvent(b.events(), x -> type.equals(x.getString("type")) && x.getLong("version") == version,
        BusClient.TIMEOUT);
    assertNotNull(e, type + " at version " + version + " arrived");
    return e;
  }
}
