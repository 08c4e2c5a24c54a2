package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Rule T11 (docs/PROTOCOL.md): one address may hold only so many sockets that have not been let
 * in with a token, and such a socket is closed after the auth timeout. Lower limits than the
 * defaults (200 sockets, 30 s) keep the test short.
 */
class SocketFloodIT {
  static final int CAP = 4;
  static final int TIMEOUT_SECONDS = 2;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS", Integer.toString(CAP),
        "SAMSKAP_AUTH_TIMEOUT_SECONDS", Integer.toString(TIMEOUT_SECONDS)));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  static int closeCode(BusClient c, Duration within) {
    try {
      return c.closed().get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      return 0; // still open
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("T11: past its cap of sockets without a valid token an address is refused with 4003; letting one in frees a place; idle ones close with 4004")
  void T11_unauthenticated_sockets_are_capped_per_address_and_time_out() throws Exception {
    JsonObject board = server.createBoard("Flom");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    String flooder = "203.0.113.30";
    List<BusClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < CAP; i++) open.add(BusClient.connectFor(server.port(), flooder));
      for (BusClient c : open) assertEquals(0, closeCode(c, Duration.ofMillis(50)), "within the cap the sockets stay open");

      BusClient over = BusClient.connectFor(server.port(), flooder);
      open.add(over);
      assertEquals(4003, closeCode(over, Duration.ofSeconds(5)), "one more than the cap is closed with 4003");
      assertEquals(List.of("{\"type\":\"err\",\"body\":\"too_many_sockets\"}"), over.rawFrames());

      // Another address has its own count.
      BusClient other = BusClient.connectFor(server.port(), "198.51.100.30");
      open.add(other);
      assertEquals(Boolean.TRUE, other.op(id, token, new JsonObject().put("type", "join").put("name", "Nils")).getBoolean("ok"));

      // A socket of the flooder that is let in with a valid token gives its place back.
      BusClient first = open.get(0);
      assertEquals(Boolean.TRUE, first.op(id, token, new JsonObject().put("type", "join").put("name", "Kari")).getBoolean("ok"));
      BusClient next = BusClient.connectFor(server.port(), flooder);
      open.add(next);
      assertEquals(0, closeCode(next, Duration.ofMillis(300)), "a place was free again");

      // Sockets that never show a valid token are closed after the auth timeout; let-in ones stay.
      for (BusClient c : List.of(open.get(1), open.get(2), open.get(3), next)) {
        assertEquals(4004, closeCode(c, Duration.ofSeconds(TIMEOUT_SECONDS + 5)), "auth timeout close code");
        assertFalse(c.rawFrames().isEmpty());
        assertEquals("auth_timeout", new JsonObject(c.rawFrames().get(0)).getString("body"));
      }
      assertEquals(0, closeCode(first, Duration.ofMillis(10)), "the socket let in is not timed out");
      JsonObject note = first.op(id, token, new JsonObject().put("type", "note.create").put("clientOpId", "t11-1")
          .put("text", "fortsatt åpen").put("x", 1).put("y", 1));
      assertEquals(Boolean.TRUE, note.getBoolean("ok"), note.encode());
      assertEquals(0, closeCode(other, Duration.ofMillis(10)));

      // The timed-out sockets gave their places back: the flooder may open CAP new ones.
      List<BusClient> again = new ArrayList<>();
      for (int i = 0; i < CAP; i++) again.add(BusClient.connectFor(server.port(), flooder));
      open.addAll(again);
      for (BusClient c : again) assertEquals(0, closeCode(c, Duration.ofMillis(100)));
      assertNotNull(server.node().http().guard());
    } finally {
      open.forEach(BusClient::close);
    }
  }
}
