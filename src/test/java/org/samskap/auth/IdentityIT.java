package org.samskap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.OidcProvider;
import org.samskap.testing.TestServer;

/**
 * Identity in the product (docs/API.md S9, S10), on a whole node with a real OpenID Connect
 * provider and real websockets: a bridge socket opened with a session cookie is the signed-in
 * person, whose verified name others see in presence with the signed-in mark; a forged or ended
 * cookie gives an anonymous socket that works as a guest; audit entries carry the signed-in
 * user's subject, and sign-in, sign-out and a refused sign-in are installation entries that only
 * an administrator reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityIT {
  static final Map<String, Object> KARI = Map.of("name", "Kari Nordmann", "email", "kari@kommune.no", "roles", List.of());
  static final Map<String, Object> ADA = Map.of("name", "Ada Admin", "email", "ada@kommune.no", "roles", List.of("samskap-admin"));

  static final long DAY = 24L * 60 * 60 * 1000;
  /** The server's clock runs this far ahead of the real one (the retention test moves it, then puts it back). */
  static final AtomicLong offset = new AtomicLong();
  static OidcProvider provider;
  static TestServer server;
  static String base;

  @BeforeAll
  static void start() {
    provider = OidcProvider.start();
    int port = OidcProvider.freePort();
    Map<String, String> settings = new HashMap<>(provider.settings(port));
    settings.put("SAMSKAP_RETENTION_DAYS", "30");
    server = TestServer.start(settings, () -> System.currentTimeMillis() + offset.get());
    base = "http://localhost:" + port;
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (provider != null) provider.close();
  }

  static String signIn(String sub, Map<String, Object> claims) {
    provider.nextSignIn(sub, claims);
    return SignInClient.signIn(base).session().orElseThrow();
  }

  static BusClient socket(String session) {
    return session == null ? BusClient.connect(server.port())
        : BusClient.connect(server.port(), Map.of("Cookie", Staff.COOKIE + "=" + session));
  }

  static Board board(String session) {
    String csrf = new JsonObject(SignInClient.me(base, session).body()).getString("csrf");
    HttpResponse<String> made = SignInClient.post(base + "/api/boards", session, base, csrf,
        new JsonObject().put("kind", "ideas").put("title", "Hverdagsrehabilitering").encode());
    assertEquals(201, made.statusCode(), made.body());
    return Board.of(new JsonObject(made.body()));
  }

  static JsonObject join(BusClient c, Board b, String token, String name) {
    c.register(b.events(), token);
    JsonObject r = c.request(b.ops(), new JsonObject().put("type", "join").put("name", name), token);
    assertTrue(r.getBoolean("ok", false), r.encode());
    return r;
  }

  static JsonObject op(String type) {
    return new JsonObject().put("type", type).put("clientOpId", UUID.randomUUID().toString());
  }

  static JsonObject presenceWith(BusClient c, Board b, int members) {
    return c.awaitEvent(b.events(), e -> "presence".equals(e.getString("type")) && e.getJsonArray("members") != null
        && e.getJsonArray("members").size() == members, Duration.ofSeconds(10));
  }

  static JsonObject memberOf(JsonArray members, String memberId) {
    for (Object o : members) if (memberId.equals(((JsonObject) o).getString("memberId"))) return (JsonObject) o;
    throw new AssertionError("no member " + memberId + " in " + members.encode());
  }

  static HttpResponse<String> get(String path, String bearer, String session) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET();
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    if (session != null) b.header("Cookie", Staff.COOKIE + "=" + session);
    try {
      return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject entry(JsonObject audit, String action) {
    for (Object o : audit.getJsonArray("entries")) if (action.equals(((JsonObject) o).getString("action"))) return (JsonObject) o;
    throw new AssertionError("no entry " + action + " in " + audit.encode());
  }

  @Test
  @DisplayName("S9: a signed-in socket shows the verified name with the signed-in mark; a guest with the same chosen name is shown as a guest")
  void S9_signed_in_presence_and_a_guest_with_the_same_name() {
    String kari = signIn("sub-kari-s9", KARI);
    Board b = board(kari);
    try (BusClient fac = socket(kari); BusClient guest = socket(null); BusClient watcher = socket(null)) {
      // the body's name is ignored for a signed-in socket: the provider's name is shown
      JsonObject f = join(fac, b, b.facilitator(), "Noen andre");
      JsonObject g = join(guest, b, b.participant(), "Kari Nordmann");
      watcher.register(b.events(), b.participant());
      JsonObject p = presenceWith(watcher, b, 2);
      JsonObject signedIn = memberOf(p.getJsonArray("members"), f.getString("memberId"));
      JsonObject posing = memberOf(p.getJsonArray("members"), g.getString("memberId"));
      assertEquals("Kari Nordmann", signedIn.getString("name"));
      assertEquals(true, signedIn.getBoolean("signedIn"), "S9: marked as signed in");
      assertEquals("Kari Nordmann", posing.getString("name"), "the guest keeps the name they chose");
      assertEquals(false, posing.getBoolean("signedIn"), "S9: a guest with that name is still a guest");
      assertFalse(p.encode().contains("sub-kari-s9"), "presence shows no subject");

      // a rename by the signed-in socket keeps the verified name
      fac.request(b.ops(), new JsonObject().put("type", "presence.set").put("name", "Falsk"), b.facilitator());
      JsonObject again = watcher.awaitEvent(b.events(), e -> "presence".equals(e.getString("type"))
          && e.encode().contains("Kari Nordmann") && !e.encode().contains("Noen andre"), Duration.ofSeconds(5));
      assertFalse(again.encode().contains("Falsk"), again.encode());
    }
  }

  @Test
  @DisplayName("S9: a forged or ended session cookie on the websocket gives an anonymous socket that still works as a guest")
  void S9_forged_or_ended_cookie_is_an_anonymous_guest() {
    String kari = signIn("sub-kari-ended", KARI);
    Board b = board(kari);
    String csrf = new JsonObject(SignInClient.me(base, kari).body()).getString("csrf");
    assertEquals(200, SignInClient.post(base + "/auth/logout", kari, base, csrf, "{}").statusCode());
    for (String cookie : List.of("forged-" + UUID.randomUUID(), kari)) {
      try (BusClient c = socket(cookie); BusClient watcher = socket(null)) {
        JsonObject j = join(c, b, b.participant(), "Gjest");
        JsonObject note = c.op(b.id(), b.participant(), op("note.create").put("text", "Ny ide").put("x", 1).put("y", 1));
        assertTrue(note.getBoolean("ok", false), "the guest works as before: " + note.encode());
        watcher.register(b.events(), b.participant());
        watcher.request(b.ops(), new JsonObject().put("type", "join").put("name", "Ser på"), b.participant());
        JsonObject p = presenceWith(watcher, b, 2);
        JsonObject me = memberOf(p.getJsonArray("members"), j.getString("memberId"));
        assertEquals("Gjest", me.getString("name"), "S9: anonymous: the chosen name");
        assertEquals(false, me.getBoolean("signedIn"), "S9: not marked signed in");
      }
    }
  }

  @Test
  @DisplayName("S10: board actions by a signed-in facilitator (REST and bridge) carry the user's subject, a guest's carry none")
  void S10_board_actions_carry_the_signed_in_subject() throws Exception {
    String kari = signIn("sub-kari-s10", KARI);
    Board b = board(kari);
    assertEquals(200, get("/api/boards/" + b.id() + "/export.json", b.facilitator(), kari).statusCode());
    assertEquals(200, get("/api/boards/" + b.id() + "/export.csv", b.facilitator(), null).statusCode());
    try (BusClient fac = socket(kari); BusClient guest = socket(null)) {
      join(fac, b, b.facilitator(), "Kari");
      JsonObject g = join(guest, b, b.participant(), "Plager");
      JsonObject r = fac.op(b.id(), b.facilitator(), op("member.remove").put("memberId", g.getString("memberId")));
      assertTrue(r.getBoolean("ok", false), r.encode());
      guest.closed().get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    JsonObject audit = null;
    for (int i = 0; i < 50; i++) { // entries are written after the answer
      audit = new JsonObject(get("/api/boards/" + b.id() + "/audit", b.facilitator(), null).body());
      if (audit.encode().contains("member.remove")) break;
      Thread.sleep(100);
    }
    assertEquals("sub-kari-s10", entry(audit, "create").getString("user"), "S10: REST create by signed-in staff");
    assertEquals("sub-kari-s10", entry(audit, "member.remove").getString("user"), "S10: bridge op by a signed-in socket");
    assertEquals("facilitator", entry(audit, "member.remove").getString("role"));
    long exportsBy = audit.getJsonArray("entries").stream().map(o -> (JsonObject) o)
        .filter(e -> "export".equals(e.getString("action")) && "sub-kari-s10".equals(e.getString("user"))).count();
    long exportsAnon = audit.getJsonArray("entries").stream().map(o -> (JsonObject) o)
        .filter(e -> "export".equals(e.getString("action")) && e.getValue("user") == null).count();
    assertEquals(1, exportsBy, "the export with the session cookie: " + audit.encode());
    assertEquals(1, exportsAnon, "the export by token alone has no user: " + audit.encode());
    assertFalse(audit.encode().contains("Plager") || audit.encode().contains("Kari Nordmann"), "never a name: " + audit.encode());
  }

  @Test
  @DisplayName("S10: sign-in, sign-out and a refused sign-in are installation entries; GET /api/audit is for administrators only")
  void S10_sign_in_entries_and_the_admin_audit() throws Exception {
    String kari = signIn("sub-kari-log", KARI);
    provider.nextSignIn("sub-kari-log", KARI);
    SignInClient.Hops hops = SignInClient.signIn(base);
    HttpResponse<String> replay = SignInClient.get(hops.callbackUrl(), AuthRoutes.BINDING + "=" + hops.binding());
    assertTrue(replay.headers().firstValue("Location").orElse("").contains("state_unknown"), "a replayed state is refused");
    String csrf = new JsonObject(SignInClient.me(base, kari).body()).getString("csrf");
    assertEquals(200, SignInClient.post(base + "/auth/logout", kari, base, csrf, "{}").statusCode());

    assertEquals(403, get("/api/audit", null, null).statusCode(), "S10: anonymous is refused");
    String other = signIn("sub-olav", Map.of("name", "Olav", "email", "olav@kommune.no", "roles", List.of()));
    HttpResponse<String> staffOnly = get("/api/audit", null, other);
    assertEquals(403, staffOnly.statusCode(), "S10: staff who are not administrators are refused");
    assertEquals("forbidden", new JsonObject(staffOnly.body()).getString("error"));

    String ada = signIn("sub-ada", ADA);
    JsonObject audit = null;
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> r = get("/api/audit", null, ada);
      assertEquals(200, r.statusCode(), r.body());
      audit = new JsonObject(r.body());
      if (audit.encode().contains("signout") && audit.encode().contains("sub-ada")) break;
      Thread.sleep(100);
    }
    List<JsonObject> kariEntries = audit.getJsonArray("entries").stream().map(o -> (JsonObject) o)
        .filter(e -> "sub-kari-log".equals(e.getString("user"))).toList();
    assertTrue(kariEntries.stream().anyMatch(e -> "signin".equals(e.getString("action")) && "staff".equals(e.getString("role"))),
        audit.encode());
    assertTrue(kariEntries.stream().anyMatch(e -> "signout".equals(e.getString("action"))), audit.encode());
    JsonObject refused = entry(audit, "signin.refused:state_unknown");
    assertNull(refused.getValue("user"), "a refused sign-in names nobody");
    assertEquals("127.0.0.1", refused.getString("address"), "S10: the client address, as H3 sees it");
    assertEquals("127.0.0.1", entry(audit, "signout").getString("address"));
    assertEquals("anonymous", refused.getString("role"));
    assertEquals("admin", audit.getJsonArray("entries").stream().map(o -> (JsonObject) o)
        .filter(e -> "sub-ada".equals(e.getString("user"))).findFirst().orElseThrow().getString("role"));
    for (String secret : List.of("Kari Nordmann", "kari@kommune.no", "Ada Admin", kari, ada, hops.binding())) {
      assertFalse(audit.encode().contains(secret), "no name, email or token in the audit log");
    }
    assertNotNull(entry(audit, "signin").getValue("at"));
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: it moves the server's clock 31 days on (and back)
  @DisplayName("S10 D5: sign-in entries are covered by the retention of audit entries")
  void S10_sign_in_entries_follow_retention() throws Exception {
    signIn("sub-kari-retention", KARI);
    String before = signIn("sub-ada-before", ADA);
    for (int i = 0; i < 50 && !get("/api/audit", null, before).body().contains("sub-kari-retention"); i++) Thread.sleep(100);
    assertTrue(get("/api/audit", null, before).body().contains("sub-kari-retention"), "the entry is written before the clock moves");
    try {
      offset.set(31 * DAY);
      server.node().http().retention().runOnce().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      provider.nextSignIn("sub-ada-later", ADA, 32 * DAY / 1000); // a token valid on the moved clock
      String ada = SignInClient.signIn(base).session().orElseThrow();
      JsonObject audit = null;
      for (int i = 0; i < 50; i++) {
        audit = new JsonObject(get("/api/audit", null, ada).body());
        if (audit.encode().contains("sub-ada-later")) break;
        Thread.sleep(100);
      }
      assertTrue(audit.encode().contains("sub-ada-later"), "the new sign-in is kept: " + audit.encode());
      assertFalse(audit.encode().contains("sub-kari-retention"), "D5: the sign-in from 31 days ago is gone: " + audit.encode());
    } finally {
      offset.set(0);
    }
  }
}
