package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Rules A8 and H4 (docs/PROTOCOL.md) and PL7 (docs/API.md): wrong tokens count per client address, over the bridge and
 * REST together, with the default limit of 30 a minute. Prints the guesses checked per second
 * from one address (docs/PERFORMANCE.md, "Token guessing").
 */
class TokenGuessingIT {
  static final int LIMIT = 30; // SAMSKAP_TOKEN_FAILURES_PER_MINUTE's default
  static final int SOCKETS = 32;
  static final int ROUNDS = 50; // one wrong token per socket every 40 ms: half of what T6 lets one socket do
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  static JsonObject join(String name) {
    return new JsonObject().put("type", "join").put("name", name);
  }

  @Test
  @DisplayName("A8: wrong board tokens from one address are limited across all its sockets; its let-in socket and other addresses carry on")
  void A8_wrong_board_tokens_are_limited_per_address_not_per_socket() throws Exception {
    JsonObject board = server.createBoard("Gjett");
    String id = board.getString("id");
    String ops = "board." + id + ".ops";
    String right = board.getJsonObject("tokens").getString("participant");
    String attacker = "203.0.113.9";

    List<BusClient> sockets = new ArrayList<>();
    try (BusClient letIn = BusClient.connectFor(server.port(), attacker)) {
      assertEquals(Boolean.TRUE, letIn.request(ops, join("Kari"), right).getBoolean("ok"));
      for (int i = 0; i < SOCKETS; i++) sockets.add(BusClient.connectFor(server.port(), attacker));

      List<CompletableFuture<JsonObject>> replies = new ArrayList<>();
      long start = System.nanoTime();
      for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < SOCKETS; i++) replies.add(sockets.get(i).requestAsync(ops, join("x"), "guess-" + r + "-" + i));
        Thread.sleep(40);
      }
      CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).join();
      double seconds = (System.nanoTime() - start) / 1e9;
      int checked = 0;
      List<JsonObject> limited = new ArrayList<>();
      for (CompletableFuture<JsonObject> f : replies) {
        JsonObject reply = f.join();
        if ("invalid_token".equals(reply.getString("reason"))) checked++;
        else limited.add(reply);
      }
      System.out.printf("A8 figure: %d wrong board tokens checked from one address over %d sockets in %.2f s (%.1f/s); %d refused rate_limited%n",
          checked, SOCKETS, seconds, checked / seconds, limited.size());
      for (JsonObject reply : limited) {
        assertEquals("rate_limited", reply.getString("reason"), reply.encode());
        long retryAfter = reply.getLong("retryAfter", 0L);
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "the address's wait, not the socket's rate (T6): " + reply.encode());
        assertTrue(reply.getString("message").contains("try again in " + retryAfter + " s"), reply.encode());
      }
      assertTrue(checked >= LIMIT, "the first " + LIMIT + " wrong tokens are checked and answered invalid_token, was " + checked);
      assertTrue(checked <= LIMIT + SOCKETS, "at most the limit (and what was in flight when it was reached) is checked, was " + checked);
      assertEquals(SOCKETS * ROUNDS - checked, limited.size());

      // The socket let in before the lockout keeps working with its own token.
      JsonObject note = letIn.op(id, right, new JsonObject().put("type", "note.create").put("clientOpId", "a8-1")
          .put("text", "fortsatt her").put("x", 1).put("y", 1));
      assertEquals(Boolean.TRUE, note.getBoolean("ok"), note.encode());

      // A new socket from the blocked address is refused even with the right token: it is not checked.
      try (BusClient fresh = BusClient.connectFor(server.port(), attacker)) {
        JsonObject refused = fresh.request(ops, join("Ola"), right);
        assertEquals("rate_limited", refused.getString("reason"), refused.encode());
        fresh.register("board." + id + ".events", right);
        JsonObject err = fresh.awaitError(BusClient.TIMEOUT);
        assertNotNull(err, "a refused register gets an err frame");
        assertEquals("rate_limited", err.getString("body"), err.encode());
        assertEquals("board." + id + ".events", err.getString("address"));
        assertTrue(err.getLong("retryAfter") >= 1, err.encode());
      }

      // Another address is not held back.
      try (BusClient other = BusClient.connectFor(server.port(), "198.51.100.7")) {
        assertEquals(Boolean.TRUE, other.request(ops, join("Nils"), right).getBoolean("ok"));
      }
    } finally {
      sockets.forEach(BusClient::close);
    }
  }

  @Test
  @DisplayName("H4, PL7: wrong pilot and facilitator tokens over REST get 429 rate_limited past the limit; another address with the right token carries on")
  void H4_wrong_pilot_and_poll_tokens_over_rest_are_limited_per_address() throws Exception {
    Pilot pilot = newPilot();
    String attacker = "203.0.113.20";
    int checked = 0;
    int limited = 0;
    long start = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> r = get("/api/pilots/" + pilot.id(), "guess-" + i, attacker);
      if (r.statusCode() == 403) {
        checked++;
        assertEquals("invalid_token", new JsonObject(r.body()).getString("error"));
      } else {
        assertEquals(429, r.statusCode(), r.body());
        limited++;
        assertEquals("rate_limited", new JsonObject(r.body()).getString("error"));
        long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("H4 figure: %d wrong pilot tokens checked from one address in %.2f s (%.1f/s); %d refused 429%n",
        checked, seconds, checked / seconds, limited);
    assertEquals(LIMIT, checked, "one request at a time: exactly the limit is checked");
    assertEquals(200 - LIMIT, limited);

    // The count is shared: the same address is now refused on the poll routes too, even with the right token.
    assertEquals(429, get("/api/boards/" + pilot.matrixId() + "/polls", pilot.matrixFacilitator(), attacker).statusCode());
    assertEquals(429, get("/api/pilots/" + pilot.id(), pilot.viewer(), attacker).statusCode());

    String other = "198.51.100.21";
    assertEquals(200, get("/api/pilots/" + pilot.id(), pilot.viewer(), other).statusCode());
    assertEquals(200, get("/api/boards/" + pilot.matrixId() + "/polls", pilot.matrixFacilitator(), other).statusCode());

    // Facilitator-token guessing on the poll routes counts the same way.
    String pollGuesser = "203.0.113.21";
    int pollChecked = 0;
    for (int i = 0; i < LIMIT + 5; i++) {
      int status = get("/api/boards/" + pilot.matrixId() + "/polls", "guess-" + i, pollGuesser).statusCode();
      if (status == 403) pollChecked++; else assertEquals(429, status);
    }
    assertEquals(LIMIT, pollChecked);
  }

  record Pilot(String id, String viewer, String matrixId, String matrixFacilitator) {}

  static HttpResponse<String> get(String path, String token, String client) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET()
        .header("Authorization", "Bearer " + token).header("X-Forwarded-For", client);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String token, JsonObject body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject board(String kind) throws Exception {
    return server.createBoard(kind, "Verksted");
  }

  /** An idea note, imported into a matrix board, scored, accepted and made a pilot (docs/API.md PL1). */
  static Pilot newPilot() throws Exception {
    JsonObject ideas = board("ideas");
    JsonObject matrix = board("matrix");
    String ideasId = ideas.getString("id");
    String ideasToken = ideas.getJsonObject("tokens").getString("participant");
    String matrixId = matrix.getString("id");
    String fac = matrix.getJsonObject("tokens").getString("facilitator");
    try (BusClient c = BusClient.connect(server.port())) {
      ok(c.op(ideasId, ideasToken, join("Kari")));
      ok(c.op(ideasId, ideasToken, op("note.create").put("text", "Kalender på nettbrett").put("x", 1).put("y", 1)));
      HttpResponse<String> imp = post("/api/boards/" + matrixId + "/import", fac,
          new JsonObject().put("sourceBoardId", ideasId).put("sourceToken", ideasToken));
      assertEquals(200, imp.statusCode(), imp.body());
      JsonArray items = new JsonObject(imp.body()).getJsonArray("itemIds");
      String itemId = items.getString(0);
      ok(c.op(matrixId, fac, join("Frida")));
      ok(c.op(matrixId, fac, op("item.score").put("itemId", itemId).put("x", 4).put("y", 5)));
      ok(c.op(matrixId, fac, op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", "Rask gevinst")));
      HttpResponse<String> made = post("/api/pilots", fac, new JsonObject().put("matrixBoardId", matrixId).put("itemId", itemId));
      assertEquals(201, made.statusCode(), made.body());
      JsonObject p = new JsonObject(made.body());
      return new Pilot(p.getString("id"), p.getJsonObject("tokens").getString("viewer"), matrixId, fac);
    }
  }
}
