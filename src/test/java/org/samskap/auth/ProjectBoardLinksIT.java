package org.samskap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.OidcProvider;
import org.samskap.testing.TestServer;

/**
 * Rule PM10 (docs/API.md): a project member's own board link, over real HTTP and a real
 * websocket, against a real OpenID Connect provider. The board role follows the project role,
 * the board must be the project's, and leaving or a new role takes the link away.
 */
class ProjectBoardLinksIT {
  static OidcProvider provider;
  static TestServer server;
  static String base;
  static int port;

  record Session(String cookie, String csrf, String subject) {}

  @BeforeAll
  static void start() {
    provider = OidcProvider.start();
    port = OidcProvider.freePort();
    server = TestServer.start(provider.settings(port), System::currentTimeMillis);
    base = "http://localhost:" + port;
  }

  @AfterAll
  static void stop() {
    server.close();
    provider.close();
  }

  static Session person(String sub, String name) {
    provider.nextSignIn(sub, Map.of("name", name, "email", name.toLowerCase() + "@kommune.no", "roles", List.of()), 6 * 3600);
    String cookie = SignInClient.signIn(base).session().orElseThrow();
    return new Session(cookie, new JsonObject(SignInClient.me(base, cookie).body()).getString("csrf"), sub);
  }

  static HttpResponse<String> call(String method, String path, Session s, JsonObject body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (body != null) b.header("Content-Type", "application/json");
    if (s != null) b.header("Cookie", Staff.COOKIE + "=" + s.cookie()).header("Origin", base).header(Csrf.HEADER, s.csrf());
    try {
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(HttpResponse<String> r) {
    return new JsonObject(r.body());
  }

  static JsonObject created(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.body());
    return json(r);
  }

  /** A project of {@code owner} with one board in phase 1: {id, token, boardId}. */
  static JsonObject projectWithBoard(Session owner, String title) {
    JsonObject p = created(call("POST", "/api/projects", owner, new JsonObject().put("title", title)));
    JsonObject board = created(call("POST", "/api/projects/" + p.getString("id") + "/boards", owner,
        new JsonObject().put("kind", "ideas").put("title", "Idémyldring").put("phase", 1)));
    return p.put("boardId", board.getString("id"));
  }

  static Session joined(Session owner, String projectId, String sub, String name, String role) {
    String token = created(call("POST", "/api/projects/" + projectId + "/join-links", owner, new JsonObject().put("role", role)))
        .getString("token");
    Session s = person(sub, name);
    HttpResponse<String> r = call("POST", "/api/projects/" + projectId + "/join", s, new JsonObject().put("token", token));
    assertEquals(200, r.statusCode(), r.body());
    return s;
  }

  static HttpResponse<String> link(JsonObject p, String boardId, Session s) {
    return call("POST", "/api/projects/" + p.getString("id") + "/boards/" + boardId + "/link", s, null);
  }

  /** The token of a link answer, after checking the link's shape (as a board's share links, H1). */
  static String token(JsonObject answer, String boardId) {
    String t = answer.getString("token");
    assertEquals(base + "/b/" + boardId + "#t=" + t, answer.getString("link"));
    return t;
  }

  static JsonObject op(BusClient c, String boardId, String token, JsonObject body) {
    if (!"join".equals(body.getString("type"))) body.put("clientOpId", java.util.UUID.randomUUID().toString());
    return c.op(boardId, token, body);
  }

  static JsonObject join(BusClient c, String boardId, String token, String name) {
    c.register("board." + boardId + ".events", token);
    return op(c, boardId, token, new JsonObject().put("type", "join").put("name", name));
  }

  @Test
  @DisplayName("PM10: a member gets a participant link that joins the board over the websocket and may not do a facilitator's op")
  void pm10_member_gets_a_participant_link() {
    Session owner = person("bl-owner-1", "Olga");
    JsonObject p = projectWithBoard(owner, "Trygg heime");
    String boardId = p.getString("boardId");
    Session member = joined(owner, p.getString("id"), "bl-member-1", "Mona", "member");
    JsonObject answer = created(link(p, boardId, member));
    assertEquals("participant", answer.getString("role"));
    String token = token(answer, boardId);
    try (BusClient c = BusClient.connect(port)) {
      JsonObject joined = join(c, boardId, token, "Mona");
      assertEquals(Boolean.TRUE, joined.getBoolean("ok"), joined.encode());
      assertEquals("participant", joined.getString("role"), joined.encode());
      JsonObject note = op(c, boardId, token, new JsonObject().put("type", "note.create").put("text", "Ein idé").put("x", 10).put("y", 10));
      assertEquals(Boolean.TRUE, note.getBoolean("ok"), note.encode());
      JsonObject phase = op(c, boardId, token, new JsonObject().put("type", "phase.set").put("phase", "vote"));
      assertEquals("forbidden", phase.getString("reason"), phase.encode());
    }
  }

  @Test
  @DisplayName("PM10: a facilitator member gets a facilitator link, a readonly member an observer link; asking again replaces the old link")
  void pm10_roles_follow_the_project_role() {
    Session owner = person("bl-owner-2", "Olav");
    JsonObject p = projectWithBoard(owner, "Kvardagsmeistring");
    String boardId = p.getString("boardId");
    Session fac = joined(owner, p.getString("id"), "bl-fac-2", "Frida", "facilitator");
    Session ro = joined(owner, p.getString("id"), "bl-ro-2", "Rolf", "readonly");
    JsonObject facLink = created(link(p, boardId, fac));
    assertEquals("facilitator", facLink.getString("role"));
    JsonObject roLink = created(link(p, boardId, ro));
    assertEquals("observer", roLink.getString("role"));
    assertEquals("facilitator", created(link(p, boardId, owner)).getString("role"), "owner: facilitator");
    try (BusClient f = BusClient.connect(port); BusClient o = BusClient.connect(port)) {
      JsonObject fj = join(f, boardId, token(facLink, boardId), "Frida");
      assertEquals("facilitator", fj.getString("role"), fj.encode());
      JsonObject phase = op(f, boardId, token(facLink, boardId), new JsonObject().put("type", "phase.set").put("phase", "vote"));
      assertEquals(Boolean.TRUE, phase.getBoolean("ok"), phase.encode());
      JsonObject oj = join(o, boardId, token(roLink, boardId), "Rolf");
      assertEquals("observer", oj.getString("role"), oj.encode());
    }
    // at most one minted token per member and board: asking again makes the old one stop working
    JsonObject again = created(link(p, boardId, fac));
    assertNotEquals(token(facLink, boardId), token(again, boardId));
    try (BusClient c = BusClient.connect(port)) {
      assertEquals("invalid_token", join(c, boardId, token(facLink, boardId), "Frida").getString("reason"));
      assertEquals("facilitator", join(c, boardId, token(again, boardId), "Frida").getString("role"));
    }
  }

  @Test
  @DisplayName("PM10: a non-member gets not_member, a board of another project 404, and nothing without a session")
  void pm10_refusals() {
    Session owner = person("bl-owner-3", "Otto");
    JsonObject p = projectWithBoard(owner, "Heimeteneste");
    JsonObject other = projectWithBoard(owner, "Anna prosjekt");
    Session stranger = person("bl-stranger-3", "Siri");
    HttpResponse<String> notMember = link(p, p.getString("boardId"), stranger);
    assertEquals(403, notMember.statusCode(), notMember.body());
    assertEquals("not_member", json(notMember).getString("error"));
    Session member = joined(owner, p.getString("id"), "bl-member-3", "Mari", "member");
    HttpResponse<String> foreign = link(p, other.getString("boardId"), member);
    assertEquals(404, foreign.statusCode(), foreign.body());
    assertEquals("not_found", json(foreign).getString("error"));
    HttpResponse<String> none = link(p, p.getString("boardId"), null);
    assertEquals(401, none.statusCode(), none.body());
    // with the owner token (PJ8) the link is a facilitator's
    HttpResponse<String> byToken = server.call("POST", "/api/projects/" + p.getString("id") + "/boards/" + p.getString("boardId") + "/link",
        p.getString("token"), null);
    assertEquals(201, byToken.statusCode(), byToken.body());
    assertEquals("facilitator", json(byToken).getString("role"));
  }

  @Test
  @DisplayName("PM10: removing a member, or changing their role, takes their board link away (invalid_token); the board's own links keep working")
  void pm10_removal_and_role_change_revoke() {
    Session owner = person("bl-owner-4", "Oda");
    JsonObject p = projectWithBoard(owner, "Digital heimeoppfølging");
    String id = p.getString("id");
    String boardId = p.getString("boardId");
    Session gone = joined(owner, id, "bl-gone-4", "Geir", "member");
    Session lowered = joined(owner, id, "bl-low-4", "Lise", "facilitator");
    String goneToken = token(created(link(p, boardId, gone)), boardId);
    String lowToken = token(created(link(p, boardId, lowered)), boardId);
    String ownerToken = token(created(link(p, boardId, owner)), boardId);
    try (BusClient c = BusClient.connect(port)) {
      assertEquals("participant", join(c, boardId, goneToken, "Geir").getString("role")); // cached by the bridge now
      assertEquals("facilitator", join(c, boardId, lowToken, "Lise").getString("role"));
    }
    assertEquals(200, call("DELETE", "/api/projects/" + id + "/members/bl-gone-4", owner, null).statusCode());
    assertEquals(200, call("PATCH", "/api/projects/" + id + "/members/bl-low-4", owner, new JsonObject().put("role", "readonly")).statusCode());
    try (BusClient c = BusClient.connect(port)) {
      assertEquals("invalid_token", join(c, boardId, goneToken, "Geir").getString("reason"));
      assertEquals("invalid_token", join(c, boardId, lowToken, "Lise").getString("reason"));
      assertEquals("facilitator", join(c, boardId, ownerToken, "Oda").getString("role"), "another member's link is untouched");
    }
    // the lowered member gets a new link in the new role; the removed one gets none
    assertEquals("observer", created(link(p, boardId, lowered)).getString("role"));
    assertEquals("not_member", json(link(p, boardId, gone)).getString("error"));
  }
}
