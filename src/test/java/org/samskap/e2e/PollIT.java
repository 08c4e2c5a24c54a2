package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.newBoard;

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
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Link polls for service users and relatives over real HTTP (docs/PROTOCOL.md, rules P1-P9). */
class PollIT {
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject pollBody(int invites, boolean shared) {
    return new JsonObject().put("title", "Hvilke forslag er viktigst for deg?").put("maxChoices", 2)
        .put("invites", invites).put("shared", shared)
        .put("items", new JsonArray()
            .add(new JsonObject().put("targetId", "n1").put("text", "Fast kontaktperson").put("description", "Du får én person å ringe."))
            .add(new JsonObject().put("targetId", "n2").put("text", "SMS før besøk").put("description", "Du får en melding dagen før."))
            .add(new JsonObject().put("text", "Kveldsåpent").put("description", "")));
  }

  static JsonObject createPoll(TestServer s, Board b, int invites, boolean shared) {
    HttpResponse<String> r = s.call("POST", "/api/boards/" + b.id() + "/polls", b.facilitator(), pollBody(invites, shared));
    assertEquals(201, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  static String tokenOf(String url) {
    return url.substring(url.indexOf('#') + 3);
  }

  static JsonObject ballot(String group, String... choices) {
    return new JsonObject().put("group", group).put("choices", new JsonArray(List.of((Object[]) choices)));
  }

  static JsonObject results(Board b, String pollId) {
    HttpResponse<String> r = server.call("GET", "/api/boards/" + b.id() + "/polls/" + pollId + "/results", b.facilitator(), null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  @Test
  void P1_only_the_facilitator_makes_a_poll_and_bad_input_is_named() {
    Board b = newBoard(server, "ideas");
    assertEquals(403, server.call("POST", "/api/boards/" + b.id() + "/polls", b.participant(), pollBody(1, false)).statusCode());
    assertEquals(401, server.call("POST", "/api/boards/" + b.id() + "/polls", null, pollBody(1, false)).statusCode());
    HttpResponse<String> bad = server.call("POST", "/api/boards/" + b.id() + "/polls", b.facilitator(),
        pollBody(1, false).put("maxChoices", 9));
    assertEquals(400, bad.statusCode());
    assertEquals("Voters may choose between 1 and 3 proposals (maxChoices).", new JsonObject(bad.body()).getString("message"));
  }

  @Test
  void P2_P5_one_token_submitting_50_times_in_parallel_counts_exactly_once() {
    Board b = newBoard(server, "ideas");
    JsonObject poll = createPoll(server, b, 3, false);
    String pollId = poll.getString("pollId");
    String token = tokenOf(poll.getJsonArray("links").getJsonObject(0).getString("url"));
    JsonObject view = new JsonObject(server.call("GET", "/api/polls/" + pollId, token, null).body());
    assertEquals(false, view.getBoolean("voted"));
    assertEquals("Du får én person å ringe.", view.getJsonArray("items").getJsonObject(0).getString("description"));
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/polls/" + pollId + "/ballots"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(ballot("relative", "i1").encode())).build();
      all.add(HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> rs = all.stream().map(CompletableFuture::join).toList();
    assertEquals(1, rs.stream().filter(r -> r.statusCode() == 201).count());
    for (HttpResponse<String> r : rs) {
      if (r.statusCode() != 201) {
        assertEquals(409, r.statusCode(), r.body());
        assertEquals("already_voted", new JsonObject(r.body()).getString("error"));
      }
    }
    JsonObject res = results(b, pollId);
    assertEquals(1, res.getInteger("ballots"));
    assertEquals(1, res.getJsonArray("items").getJsonObject(0).getInteger("total"));
    assertEquals(true, new JsonObject(server.call("GET", "/api/polls/" + pollId, token, null).body()).getBoolean("voted"));
  }

  @Test
  void P2_a_shared_link_gives_each_device_its_own_token() {
    Board b = newBoard(server, "ideas");
    JsonObject poll = createPoll(server, b, 0, true);
    String pollId = poll.getString("pollId");
    String key = tokenOf(poll.getJsonObject("shared").getString("url"));
    assertTrue(poll.getJsonObject("shared").getString("url").contains("/v/" + pollId + "#s="));
    String t1 = new JsonObject(server.call("POST", "/api/polls/" + pollId + "/tokens", key, null).body()).getString("token");
    String t2 = new JsonObject(server.call("POST", "/api/polls/" + pollId + "/tokens", key, null).body()).getString("token");
    assertNotEquals(t1, t2);
    assertEquals(400, server.call("POST", "/api/polls/" + pollId + "/ballots", key, ballot("other", "i1")).statusCode(),
        "the shared key itself does not vote");
    assertEquals(201, server.call("POST", "/api/polls/" + pollId + "/ballots", t1, ballot("service_user", "i1", "i2")).statusCode());
    assertEquals(201, server.call("POST", "/api/polls/" + pollId + "/ballots", t2, ballot("employee", "i2")).statusCode());
    JsonObject res = results(b, pollId);
    assertEquals(2, res.getInteger("ballots"));
    JsonObject second = res.getJsonArray("items").getJsonObject(1);
    assertEquals(2, second.getInteger("total"));
    assertEquals(1, second.getJsonObject("groups").getInteger("service_user"));
    assertEquals(1, second.getJsonObject("groups").getInteger("employee"));
    assertEquals(0, second.getJsonObject("groups").getInteger("relative"));
    assertEquals(1, res.getJsonObject("ballotsByGroup").getInteger("service_user"));
  }

  @Test
  void P6_P7_a_closed_poll_and_a_revoked_link_are_refused_clearly_and_store_nothing() {
    Board b = newBoard(server, "ideas");
    JsonObject poll = createPoll(server, b, 2, true);
    String pollId = poll.getString("pollId");
    JsonObject first = poll.getJsonArray("links").getJsonObject(0);
    String revokedToken = tokenOf(first.getString("url"));
    String key = tokenOf(poll.getJsonObject("shared").getString("url"));
    String device = new JsonObject(server.call("POST", "/api/polls/" + pollId + "/tokens", key, null).body()).getString("token");
    assertEquals(403, server.call("POST", "/api/boards/" + b.id() + "/polls/" + pollId + "/links/" + first.getString("linkId") + "/revoke",
        b.participant(), null).statusCode());
    assertEquals(200, server.call("POST", "/api/boards/" + b.id() + "/polls/" + pollId + "/links/" + first.getString("linkId") + "/revoke",
        b.facilitator(), null).statusCode());
    HttpResponse<String> gone = server.call("POST", "/api/polls/" + pollId + "/ballots", revokedToken, ballot("relative", "i1"));
    assertEquals(410, gone.statusCode());
    assertEquals("link_revoked", new JsonObject(gone.body()).getString("error"));
    assertEquals("This voting link has been withdrawn by the organiser.", new JsonObject(gone.body()).getString("message"));
    server.call("POST", "/api/boards/" + b.id() + "/polls/" + pollId + "/links/" + poll.getJsonObject("shared").getString("linkId") + "/revoke",
        b.facilitator(), null);
    assertEquals(410, server.call("POST", "/api/polls/" + pollId + "/ballots", device, ballot("relative", "i1")).statusCode(),
        "revoking a shared link revokes the device tokens it gave out");

    String other = tokenOf(poll.getJsonArray("links").getJsonObject(1).getString("url"));
    HttpResponse<String> bad = server.call("POST", "/api/polls/" + pollId + "/ballots", other, ballot("alien", "i1"));
    assertEquals(400, bad.statusCode());
    assertEquals("bad_request", new JsonObject(bad.body()).getString("error"));
    assertEquals(400, server.call("POST", "/api/polls/" + pollId + "/ballots", other, ballot("other", "i1", "i2", "i3")).statusCode());
    assertEquals(200, server.call("POST", "/api/boards/" + b.id() + "/polls/" + pollId + "/close", b.facilitator(), null).statusCode());
    HttpResponse<String> closed = server.call("POST", "/api/polls/" + pollId + "/ballots", other, ballot("other", "i1"));
    assertEquals(409, closed.statusCode());
    assertEquals("poll_closed", new JsonObject(closed.body()).getString("error"));
    assertEquals("The poll is closed; it no longer takes votes.", new JsonObject(closed.body()).getString("message"));
    JsonObject res = results(b, pollId);
    assertEquals(0, res.getInteger("ballots"), "refused ballots store nothing");
    assertEquals(false, res.getBoolean("open"));
  }

  @Test
  void P12_the_facilitator_reopens_a_closed_poll_and_its_links_vote_again_but_a_participant_may_not() {
    Board b = newBoard(server, "ideas");
    JsonObject poll = createPoll(server, b, 3, false);
    String pollId = poll.getString("pollId");
    String first = tokenOf(poll.getJsonArray("links").getJsonObject(0).getString("url"));
    String second = tokenOf(poll.getJsonArray("links").getJsonObject(1).getString("url"));
    String base = "/api/boards/" + b.id() + "/polls/" + pollId;
    assertEquals(201, server.call("POST", "/api/polls/" + pollId + "/ballots", first, ballot("relative", "i1")).statusCode());
    assertEquals(200, server.call("POST", base + "/close", b.facilitator(), null).statusCode());
    assertEquals(409, server.call("POST", "/api/polls/" + pollId + "/ballots", second, ballot("service_user", "i2")).statusCode());

    HttpResponse<String> byParticipant = server.call("POST", base + "/reopen", b.participant(), null);
    assertEquals(403, byParticipant.statusCode());
    assertEquals("forbidden", new JsonObject(byParticipant.body()).getString("error"));
    assertEquals(401, server.call("POST", base + "/reopen", null, null).statusCode());
    assertEquals(false, results(b, pollId).getBoolean("open"), "a refused reopen leaves the poll closed");

    HttpResponse<String> reopened = server.call("POST", base + "/reopen", b.facilitator(), null);
    assertEquals(200, reopened.statusCode(), reopened.body());
    assertEquals(true, new JsonObject(reopened.body()).getBoolean("open"));
    assertEquals(1, new JsonObject(reopened.body()).getInteger("ballots"), "ballots cast before closing stay counted");
    assertEquals(201, server.call("POST", "/api/polls/" + pollId + "/ballots", second, ballot("service_user", "i2")).statusCode(),
        "a link votes again once the poll is reopened");
    assertEquals(409, server.call("POST", "/api/polls/" + pollId + "/ballots", first, ballot("relative", "i2")).statusCode(),
        "one ballot per token still holds (P5)");
    JsonObject res = results(b, pollId);
    assertEquals(true, res.getBoolean("open"));
    assertEquals(2, res.getInteger("ballots"));
    HttpResponse<String> listed = server.call("GET", "/api/boards/" + b.id() + "/polls", b.facilitator(), null);
    assertEquals(true, new JsonObject(listed.body()).getJsonArray("polls").getJsonObject(0).getBoolean("open"),
        "the board's poll list (P11) shows it open after a reload");
  }

  @Test
  void P8_results_reach_the_board_live() {
    Board b = newBoard(server, "ideas");
    JsonObject poll = createPoll(server, b, 1, false);
    String token = tokenOf(poll.getJsonArray("links").getJsonObject(0).getString("url"));
    try (BusClient f = BusClient.connect(server.port())) {
      f.register("board." + b.id() + ".events", b.facilitator());
      f.request("board." + b.id() + ".ops", new JsonObject().put("type", "join"), b.facilitator());
      assertEquals(201, server.call("POST", "/api/polls/" + poll.getString("pollId") + "/ballots", token,
          ballot("service_user", "i3")).statusCode());
      JsonObject ev = f.awaitEvent("board." + b.id() + ".events", e -> "poll.results".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(ev);
      assertEquals(1, ev.getInteger("ballots"));
      assertEquals(1, ev.getJsonArray("items").getJsonObject(2).getJsonObject("groups").getInteger("service_user"));
    }
  }

  static HttpResponse<String> getForwarded(TestServer s, String pollId, String token, String forwardedFor) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/polls/" + pollId))
          .header("Authorization", "Bearer " + token).header("X-Forwarded-For", forwardedFor).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void P9_guessing_tokens_from_one_address_is_rate_limited() {
    try (TestServer own = TestServer.start()) {
      Board b = newBoard(own, "ideas");
      JsonObject poll = createPoll(own, b, 1, false);
      String pollId = poll.getString("pollId");
      String good = tokenOf(poll.getJsonArray("links").getJsonObject(0).getString("url"));
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> r = own.call("GET", "/api/polls/" + pollId, "guess" + i, null);
        assertEquals(404, r.statusCode());
        assertEquals("invalid_token", new JsonObject(r.body()).getString("error"));
      }
      HttpResponse<String> limited = own.call("GET", "/api/polls/" + pollId, good, null);
      assertEquals(429, limited.statusCode());
      assertEquals("rate_limited", new JsonObject(limited.body()).getString("error"));
      // Behind a local proxy, another client (another X-Forwarded-For address) is not blocked.
      HttpResponse<String> other = getForwarded(own, pollId, good, "203.0.113.7");
      assertEquals(200, other.statusCode(), other.body());
      // A client behind the proxy cannot escape its limit by sending its own X-Forwarded-For:
      // the proxy appends the address it saw, and that last, untrusted hop is the client (H3).
      for (int i = 0; i < 20; i++) getForwarded(own, pollId, "guess-b" + i, "198.51.100.4");
      HttpResponse<String> same = getForwarded(own, pollId, good, "10.0.0.1, 198.51.100.4");
      assertEquals(429, same.statusCode(), "the last untrusted hop is the client the proxy saw");
    }
  }
}
