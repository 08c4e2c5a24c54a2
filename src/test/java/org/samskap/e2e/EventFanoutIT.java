package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.Shareable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.protocol.SharedEvent;
import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * docs/PROTOCOL.md [E6] over real websockets: a board event is encoded once for all the
 * sockets on the board, and every socket gets exactly the bytes the bridge wrote before E6 (its
 * envelope encoded as a plain JSON object), redacted events (J6) and presence (E5) included.
 */
class EventFanoutIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A value that counts how often it is written as JSON (so how often the event holding it is encoded). */
  static final class Probe implements Shareable, JsonSerializable {
    final AtomicInteger written = new AtomicInteger();

    @Override
    public Probe copy() {
      return this; // immutable for the event bus, like any value in an event
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
      written.incrementAndGet();
      gen.writeString("probe");
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer) throws IOException {
      serialize(gen, serializers);
    }
  }

  /** The event as a plain JSON object all through (no shared or immutable parts). */
  static Object plain(Object v) {
    if (v instanceof JsonObject o) return plain(o.getMap());
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, plain(x)));
      return new JsonObject(out);
    }
    if (v instanceof JsonArray a) return plain(a.getList());
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(plain(x)));
      return new JsonArray(out);
    }
    return v;
  }

  /** The frame the bridge wrote for {@code body} on {@code address} before E6: its envelope, encoded as a plain object. */
  static String frameBeforeE6(String address, JsonObject body) {
    return new JsonObject().put("type", "rec").put("address", address).put("body", plain(body)).encode();
  }

  static List<String> eventFrames(BusClient c, Board b) {
    String prefix = "{\"type\":\"rec\",\"address\":\"" + b.events() + "\"";
    return c.rawFrames().stream().filter(f -> f.startsWith(prefix)).toList();
  }

  static JsonObject awaitType(BusClient c, Board b, String type, java.util.function.Predicate<JsonObject> also) {
    JsonObject e = c.awaitEvent(b.events(), x -> type.equals(x.getString("type")) && also.test(x), BusClient.TIMEOUT);
    assertNotNull(e, "no " + type + " event");
    return e;
  }

  @Test
  void E6_J6_E5_every_socket_gets_the_bytes_a_plain_encoding_of_the_event_gives() throws Exception {
    Board b = newBoard(server, "matrix");
    List<Object> published = new CopyOnWriteArrayList<>();
    try (BusClient frida = BusClient.connect(server.port()); BusClient kari = BusClient.connect(server.port());
        BusClient ola = BusClient.connect(server.port())) {
      join(frida, b, b.facilitator(), "Frida");
      join(kari, b, b.participant(), "Kari");
      awaitType(frida, b, "presence", e -> e.getInteger("count") == 2);
      awaitType(kari, b, "presence", e -> e.getInteger("count") == 2);
      MessageConsumer<Object> watch = server.vertx().eventBus().consumer(b.events(), m -> published.add(m.body()));
      watch.completion().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);

      String itemId = ok(frida.op(b.id(), b.facilitator(), op("item.create").put("text", "Nattlys i gangen \u2603 \uD83D\uDE00")))
          .getString("itemId");
      long scored = ok(kari.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 5)))
          .getLong("version");
      join(ola, b, b.participant(), "Ola \"den yngre\"");
      for (BusClient c : new BusClient[] {frida, kari}) {
        awaitType(c, b, "item.create", e -> true);
        awaitType(c, b, "item.score", e -> e.getLong("version") == scored);
        awaitType(c, b, "presence", e -> e.getInteger("count") == 3);
      }
      watch.unregister();

      assertTrue(published.stream().anyMatch(e -> e instanceof JsonObject o && o.getBoolean("redacted", false)),
          "a redacted event (J6) was published: " + published);
      assertTrue(published.stream().anyMatch(e -> e instanceof JsonObject o && "presence".equals(o.getString("type"))),
          "presence (E5) was published: " + published);
      List<String> fridaFrames = eventFrames(frida, b);
      List<String> kariFrames = eventFrames(kari, b);
      for (Object e : published) {
        JsonObject event = assertInstanceOf(SharedEvent.class, e, "published in its shared form (E6)");
        String expected = frameBeforeE6(b.events(), event);
        assertTrue(fridaFrames.contains(expected), "Frida got " + expected + " byte for byte; she got " + fridaFrames);
        assertTrue(kariFrames.contains(expected), "Kari got " + expected + " byte for byte; she got " + kariFrames);
      }
    }
  }

  @Test
  void E6_an_event_is_encoded_once_for_all_its_sockets() {
    Board b = newBoard(server, "ideas");
    List<BusClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        BusClient c = BusClient.connect(server.port());
        clients.add(c);
        join(c, b, b.participant(), "Deltaker " + i);
      }
      Probe probe = new Probe();
      SharedEvent.publish(server.vertx(), b.events(),
          new JsonObject().put("type", "probe").put("ephemeral", true).put("version", 0).put("probe", probe));
      List<String> frames = new ArrayList<>();
      for (BusClient c : clients) {
        assertEquals("probe", awaitType(c, b, "probe", e -> true).getString("probe"));
        frames.add(eventFrames(c, b).stream().filter(f -> f.contains("\"type\":\"probe\"")).findFirst().orElseThrow());
      }
      assertEquals(1, probe.written.get(), "the event was encoded once for " + clients.size() + " sockets");
      assertEquals(1, frames.stream().distinct().count(), "every socket got the same bytes: " + frames);
      assertEquals("{\"type\":\"rec\",\"address\":\"" + b.events()
          + "\",\"body\":{\"type\":\"probe\",\"ephemeral\":true,\"version\":0,\"probe\":\"probe\"}}", frames.get(0));
    } finally {
      clients.forEach(BusClient::close);
    }
  }
}
