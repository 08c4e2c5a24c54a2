package org.samskap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.OidcProvider;
import org.samskap.testing.TestServer;

/**
 * Project members, roles, invites and join links over real HTTP against a real OpenID Connect
 * provider (docs/API.md PM1-PM9): every endpoint, and every refusal with nothing changed after it.
 */
class ProjectMembersIT {
  static final AtomicLong ahead = new AtomicLong();
  static OidcProvider provider;
  static TestServer server;
  static String base;

  record Session(String cookie, String csrf, String subject) {}

  @BeforeAll
  static void start() {
    provider = OidcProvider.start();
    int port = OidcProvider.freePort();
    server = TestServer.start(provider.settings(port), () -> System.currentTimeMillis() + ahead.get());
    base = "http://localhost:" + port;
  }

  @AfterAll
  static void stop() {
    server.close();
    provider.close();
  }

  static Session signIn(String sub, String name, String email, List<String> roles) {
    provider.nextSignIn(sub, Map.of("name", name, "email", email, "roles", roles), 6 * 3600);
    String cookie = SignInClient.signIn(base).session().orElseThrow();
    return new Session(cookie, new JsonObject(SignInClient.me(base, cookie).body()).getString("csrf"), sub);
  }

  static Session person(String sub, String name) {
    return signIn(sub, name, name.toLowerCase() + "@kommune.no", List.of());
  }

  /** A call with the session cookie (null: none) from this site with its CSRF token. */
  static HttpResponse<String> call(String method, String path, Session s, JsonObject body) {
    return call(method, path, s, body, base);
  }

  static HttpResponse<String> call(String method, String path, Session s, JsonObject body, String origin) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (body != null) b.header("Content-Type", "application/json");
    if (s != null) b.header("Cookie", Staff.COOKIE + "=" + s.cookie()).header("Origin", origin).header(Csrf.HEADER, s.csrf());
    try {
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(HttpResponse<String> r) {
    return new JsonObject(r.body());
  }

  static String error(HttpResponse<String> r) {
    return json(r).getString("error");
  }

  /** A project made by {@code owner}; answers {id, token}. */
  static JsonObject project(Session owner, String title) {
    HttpResponse<String> r = call("POST", "/api/projects", owner, new JsonObject().put("title", title));
    assertEquals(201, r.statusCode(), r.body());
    return json(r);
  }

  static String joinToken(Session owner, String id, String role, Integer hours) {
    JsonObject body = new JsonObject().put("role", role);
    if (hours != null) body.put("hours", hours);
    HttpResponse<String> r = call("POST", "/api/projects/" + id + "/join-links", owner, body);
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(json(r).getString("link").endsWith("/pr/" + id + "#j=" + json(r).getString("token")));
    return json(r).getString("token");
  }

  static Session joined(Session owner, String id, String sub, String name, String role) {
    Session s = person(sub, name);
    HttpResponse<String> r = call("POST", "/api/projects/" + id + "/join", s, new JsonObject().put("token", joinToken(owner, id, role, null)));
    assertEquals(200, r.statusCode(), r.body());
    return s;
  }

  static JsonObject view(String id, Session s) {
    HttpResponse<String> r = call("GET", "/api/projects/" + id, s, null);
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  static final JsonObject DECISION = new JsonObject().put("kind", "next").put("recommendation", "Klar for innsikt").put("by", "Someone else");
  static final JsonObject TICK = new JsonObject().put("phase", 1).put("itemId", "p1-problem").put("ticked", true).put("by", "x");

  @Test
  @DisplayName("PM1 PM6: a signed-in creator is the project's owner; /api/me lists it; the session opens it with no token")
  void pm1_creator_is_owner() {
    Session anne = person("sub-anne", "Anne");
    JsonObject p = project(anne, "Trygg heime");
    JsonObject me = json(SignInClient.me(base, anne.cookie()));
    JsonArray mine = me.getJsonArray("projects");
    assertTrue(mine.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals(p.getString("id"))
        && "owner".equals(((JsonObject) o).getString("role"))), me.encode());
    assertEquals("owner", view(p.getString("id"), anne).getString("role"));
    JsonObject members = json(call("GET", "/api/projects/" + p.getString("id") + "/members", anne, null));
    assertEquals("sub-anne", members.getJsonArray("members").getJsonObject(0).getString("subject"));
    assertEquals("owner", members.getJsonArray("members").getJsonObject(0).getString("role"));
    assertFalse(view(p.getString("id"), anne).getJsonObject("project").containsKey("membership"), "PM3: no membership in the view");
    // PJ8 as before: the owner token alone still opens it
    HttpResponse<String> byToken = server.call("GET", "/api/projects/" + p.getString("id"), p.getString("token"), null);
    assertEquals(200, byToken.statusCode());
    assertEquals("owner", json(byToken).getString("role"));
  }

  @Test
  @DisplayName("D10/D11/D12 with PM2: a facilitator member keeps and reads the audit but may not delete; the signed-in owner deletes with no token")
  void d10_project_lifecycle_by_session() {
    Session olga = person("sub-olga", "Olga");
    String id = project(olga, "Livsløp").getString("id");
    Session fac = joined(olga, id, "sub-fac-lc", "Fredrik", "facilitator");
    Session mem = joined(olga, id, "sub-mem-lc", "Maja", "member");

    HttpResponse<String> memKeep = call("POST", "/api/projects/" + id + "/retention/keep", mem, new JsonObject());
    assertEquals(403, memKeep.statusCode(), memKeep.body());
    assertEquals("forbidden_role", error(memKeep), "D11: a member may not keep the project");
    assertEquals(200, call("POST", "/api/projects/" + id + "/retention/keep", fac, new JsonObject()).statusCode(), "D11: a facilitator keeps it");
    HttpResponse<String> audit = call("GET", "/api/projects/" + id + "/audit", fac, null);
    assertEquals(200, audit.statusCode(), audit.body());
    assertTrue(json(audit).getJsonArray("entries").stream().map(JsonObject.class::cast)
        .anyMatch(e -> "create".equals(e.getString("action"))), "D12: the facilitator reads the project's audit");
    java.util.List<JsonObject> entries = json(audit).getJsonArray("entries").stream().map(JsonObject.class::cast).toList();
    assertTrue(entries.stream().anyMatch(e -> "keep".equals(e.getString("action")) && "facilitator".equals(e.getString("role"))
        && "sub-fac-lc".equals(e.getString("user"))), "D12/S10: the keep names the facilitator's granted role and subject: " + entries);
    assertTrue(entries.stream().anyMatch(e -> "member.link".equals(e.getString("action")) && "owner".equals(e.getString("role"))
        && "sub-olga".equals(e.getString("user"))), "D12: making a join link is audited with the owner: " + entries);
    assertTrue(entries.stream().anyMatch(e -> "member.join".equals(e.getString("action")) && "sub-mem-lc".equals(e.getString("user"))),
        "D12: joining is audited with the person who joined: " + entries);
    assertFalse(audit.body().contains("Livsløp") || audit.body().contains("Fredrik") || audit.body().contains("@kommune.no"),
        "D12: no title, name or email in the audit");
    assertEquals("forbidden_role", error(call("GET", "/api/projects/" + id + "/audit", mem, null)), "D12: a member may not");

    HttpResponse<String> facDelete = call("DELETE", "/api/projects/" + id, fac, null);
    assertEquals(403, facDelete.statusCode(), facDelete.body());
    assertEquals("forbidden_role", error(facDelete), "D10: only an owner deletes");
    assertEquals(200, call("GET", "/api/projects/" + id, olga, null).statusCode(), "nothing was deleted");
    HttpResponse<String> outsider = call("DELETE", "/api/projects/" + id, person("sub-out-lc", "Ola"), null);
    assertEquals("not_member", error(outsider), "D10: a signed-in outsider is no member");

    HttpResponse<String> crossSite = call("DELETE", "/api/projects/" + id, olga, null, "https://evil.example");
    assertEquals(403, crossSite.statusCode(), "S7: a cross-site delete with the owner's cookie is refused");
    assertEquals(200, call("GET", "/api/projects/" + id, olga, null).statusCode(), "nothing was deleted");

    assertEquals(204, call("DELETE", "/api/projects/" + id, olga, null).statusCode(), "D10: the signed-in owner deletes with no token");
    HttpResponse<String> again = call("DELETE", "/api/projects/" + id, olga, null);
    assertEquals(404, again.statusCode(), again.body());
    assertEquals("not_found", error(again));
  }

  @Test
  @DisplayName("PM2: each role does what the table allows; above it is 403 forbidden_role and nothing changes")
  void pm2_roles() {
    Session anne = person("sub-anne2", "Anne");
    String id = project(anne, "Roller").getString("id");
    Session fac = joined(anne, id, "sub-fac", "Frida", "facilitator");
    Session mem = joined(anne, id, "sub-mem", "Mons", "member");
    Session ro = joined(anne, id, "sub-ro", "Rita", "readonly");

    assertEquals("readonly", view(id, ro).getString("role"));
    HttpResponse<String> roTick = call("POST", "/api/projects/" + id + "/ticks", ro, TICK);
    assertEquals(403, roTick.statusCode());
    assertEquals("forbidden_role", error(roTick), "PM2: readonly may not tick");
    assertTrue(view(id, anne).getJsonObject("project").getJsonArray("ticks").isEmpty(), "nothing changed");

    assertEquals(200, call("POST", "/api/projects/" + id + "/ticks", mem, TICK).statusCode(), "PM2: a member ticks");
    HttpResponse<String> memDecide = call("POST", "/api/projects/" + id + "/decisions", mem, DECISION);
    assertEquals(403, memDecide.statusCode());
    assertEquals("forbidden_role", error(memDecide), "PM2: a member may not decide");
    HttpResponse<String> memBoard = call("POST", "/api/projects/" + id + "/boards", mem,
        new JsonObject().put("kind", "ideas").put("title", "Idéar").put("phase", 1));
    assertEquals("forbidden_role", error(memBoard), "PM2: nor make a board");
    JsonObject after = view(id, anne).getJsonObject("project");
    assertTrue(after.getJsonArray("decisions").isEmpty() && after.getJsonArray("boards").isEmpty(), "nothing changed");
    assertEquals("Mons", after.getJsonArray("ticks").getJsonObject(0).getString("by"), "PM8: the tick names the signed-in member");

    HttpResponse<String> facInvite = call("POST", "/api/projects/" + id + "/invites", fac,
        new JsonObject().put("email", "x@kommune.no").put("role", "member"));
    assertEquals("forbidden_role", error(facInvite), "PM2: a facilitator may not invite");
    assertEquals("forbidden_role", error(call("POST", "/api/projects/" + id + "/join-links", fac, new JsonObject().put("role", "member"))));
    assertEquals("forbidden_role", error(call("POST", "/api/projects/" + id + "/owner-link", fac, new JsonObject())));
    assertEquals(201, call("POST", "/api/projects/" + id + "/decisions", fac, DECISION).statusCode(), "PM2: a facilitator decides");
    JsonObject decision = view(id, anne).getJsonObject("project").getJsonArray("decisions").getJsonObject(0);
    assertEquals("Frida", decision.getString("by"), "PM8: the decision names the signed-in member, not the body's 'by'");
    assertEquals("sub-fac", decision.getString("bySubject"));
    assertTrue(json(call("GET", "/api/projects/" + id + "/members", anne, null)).getJsonArray("invites").isEmpty());
    assertFalse(json(call("GET", "/api/projects/" + id + "/members", mem, null)).containsKey("invites"), "PM3: only an owner sees invites");
  }

  @Test
  @DisplayName("PM2: a non-member, no credentials, a wrong token and a cross-site POST with the cookie are refused")
  void pm2_outsiders() {
    Session anne = person("sub-anne3", "Anne");
    String id = project(anne, "Utanfor").getString("id");
    Session nils = person("sub-nils", "Nils");
    HttpResponse<String> outsider = call("GET", "/api/projects/" + id, nils, null);
    assertEquals(403, outsider.statusCode());
    assertEquals("not_member", error(outsider), "PM2: signed in is not enough");
    assertEquals("not_member", error(call("GET", "/api/projects/no-such-project", nils, null)), "an unknown project looks the same");
    HttpResponse<String> none = call("GET", "/api/projects/" + id, null, null);
    assertEquals(401, none.statusCode());
    assertEquals("missing_token", error(none));
    assertEquals("invalid_token", error(server.call("GET", "/api/projects/" + id, "not-the-token", null)));
    HttpResponse<String> evil = call("POST", "/api/projects/" + id + "/invites", anne,
        new JsonObject().put("email", "evil@kommune.no").put("role", "owner"), "https://evil.example");
    assertEquals(403, evil.statusCode());
    assertEquals("cross_site", error(evil), "S7 applies to member routes");
    assertTrue(json(call("GET", "/api/projects/" + id + "/members", anne, null)).getJsonArray("invites").isEmpty(), "nothing changed");
    HttpResponse<String> evilDecision = call("POST", "/api/projects/" + id + "/decisions", anne, DECISION, "https://evil.example");
    assertEquals("cross_site", error(evilDecision));
    assertTrue(view(id, anne).getJsonObject("project").getJsonArray("decisions").isEmpty());
  }

  @Test
  @DisplayName("PM4: an email invite is taken only by the person who signs in with that email")
  void pm4_invites() {
    Session anne = person("sub-anne4", "Anne");
    String id = project(anne, "Invitasjon").getString("id");
    HttpResponse<String> bad = call("POST", "/api/projects/" + id + "/invites", anne, new JsonObject().put("email", "ikkje ein adresse").put("role", "member"));
    assertEquals(400, bad.statusCode());
    assertEquals("email", json(bad).getString("field"));
    assertEquals(400, call("POST", "/api/projects/" + id + "/invites", anne,
        new JsonObject().put("email", "bo@kommune.no").put("role", "boss")).statusCode(), "an unknown role");
    assertEquals(201, call("POST", "/api/projects/" + id + "/invites", anne,
        new JsonObject().put("email", "Bo@kommune.no").put("role", "facilitator")).statusCode());

    Session cecilie = person("sub-cecilie", "Cecilie");
    HttpResponse<String> other = call("POST", "/api/projects/" + id + "/accept", cecilie, new JsonObject());
    assertEquals(403, other.statusCode());
    assertEquals("no_invite", error(other), "PM4: an invite for another email");
    assertEquals("not_member", error(call("GET", "/api/projects/" + id, cecilie, null)), "and Cecilie is no member");

    Session bo = person("sub-bo", "Bo");
    JsonArray waiting = json(SignInClient.me(base, bo.cookie())).getJsonArray("invites");
    assertEquals(id, waiting.getJsonObject(0).getString("projectId"), "PM6: /api/me shows the invite waiting");
    assertEquals(200, call("POST", "/api/projects/" + id + "/accept", bo, new JsonObject()).statusCode());
    assertEquals("facilitator", view(id, bo).getString("role"));
    assertTrue(json(SignInClient.me(base, bo.cookie())).getJsonArray("invites").isEmpty());
    assertEquals("no_invite", error(call("POST", "/api/projects/" + id + "/accept", bo, new JsonObject())), "spent");

    assertEquals(201, call("POST", "/api/projects/" + id + "/invites", anne, new JsonObject().put("email", "dag@kommune.no").put("role", "member")).statusCode());
    assertEquals(200, call("DELETE", "/api/projects/" + id + "/invites/" + URLEncoder.encode("dag@kommune.no", StandardCharsets.UTF_8), anne, null).statusCode());
    assertEquals("no_invite", error(call("POST", "/api/projects/" + id + "/accept", person("sub-dag", "Dag"), new JsonObject())), "withdrawn");
  }

  @Test
  @DisplayName("PM5: a join link works once, not after its time, not with a wrong token, and not without sign-in")
  void pm5_join_links() {
    Session anne = person("sub-anne5", "Anne");
    String id = project(anne, "Lenkje").getString("id");
    assertEquals("bad_request", error(call("POST", "/api/projects/" + id + "/join-links", anne, new JsonObject().put("role", "owner"))),
        "PM5: a link cannot make an owner");
    assertEquals("hours", json(call("POST", "/api/projects/" + id + "/join-links", anne,
        new JsonObject().put("role", "member").put("hours", 0))).getString("field"));
    String token = joinToken(anne, id, "member", null);
    HttpResponse<String> anon = call("POST", "/api/projects/" + id + "/join", null, new JsonObject().put("token", token));
    assertEquals(401, anon.statusCode());
    assertEquals("sign_in_required", error(anon));
    Session eva = person("sub-eva", "Eva");
    assertEquals("invalid_token", error(call("POST", "/api/projects/" + id + "/join", eva, new JsonObject().put("token", token + "x"))));
    assertEquals(200, call("POST", "/api/projects/" + id + "/join", eva, new JsonObject().put("token", token)).statusCode());
    assertEquals("member", view(id, eva).getString("role"));
    Session finn = person("sub-finn", "Finn");
    HttpResponse<String> again = call("POST", "/api/projects/" + id + "/join", finn, new JsonObject().put("token", token));
    assertEquals(410, again.statusCode());
    assertEquals("link_used", error(again), "PM5: single use");
    assertEquals("not_member", error(call("GET", "/api/projects/" + id, finn, null)));

    String shortLived = joinToken(anne, id, "readonly", 1);
    ahead.addAndGet(61 * 60_000L);
    try {
      HttpResponse<String> late = call("POST", "/api/projects/" + id + "/join", finn, new JsonObject().put("token", shortLived));
      assertEquals(410, late.statusCode());
      assertEquals("link_expired", error(late), "PM5: expired");
      assertEquals("not_member", error(call("GET", "/api/projects/" + id, finn, null)));
      JsonArray links = json(call("GET", "/api/projects/" + id + "/members", anne, null)).getJsonArray("links");
      assertEquals(List.of("used", "expired"), links.stream().map(o -> ((JsonObject) o).getString("state")).toList());
      assertFalse(links.encode().contains(token), "no token or hash is shown again");
    } finally {
      ahead.addAndGet(-61 * 60_000L);
    }
  }

  @Test
  @DisplayName("PM3: the owner changes roles and removes members; the last owner stays; a member may leave")
  void pm3_change_and_remove() {
    Session anne = person("sub-anne6", "Anne");
    String id = project(anne, "Endring").getString("id");
    Session gro = joined(anne, id, "sub-gro", "Gro", "member");
    assertEquals(200, call("PATCH", "/api/projects/" + id + "/members/sub-gro", anne, new JsonObject().put("role", "readonly")).statusCode());
    assertEquals("forbidden_role", error(call("POST", "/api/projects/" + id + "/ticks", gro, TICK)), "the new role holds at once");
    HttpResponse<String> last = call("PATCH", "/api/projects/" + id + "/members/sub-anne6", anne, new JsonObject().put("role", "member"));
    assertEquals(409, last.statusCode());
    assertEquals("last_owner", error(last));
    assertEquals("last_owner", error(call("DELETE", "/api/projects/" + id + "/members/sub-anne6", anne, null)));
    assertEquals("forbidden_role", error(call("DELETE", "/api/projects/" + id + "/members/sub-anne6", gro, null)), "no one else's removal");
    assertEquals("forbidden_role", error(call("PATCH", "/api/projects/" + id + "/members/sub-gro", gro, new JsonObject().put("role", "owner"))));
    assertEquals(200, call("DELETE", "/api/projects/" + id + "/members/sub-gro", gro, null).statusCode(), "a member may leave");
    assertEquals("not_member", error(call("GET", "/api/projects/" + id, gro, null)));
    assertEquals("not_found", error(call("DELETE", "/api/projects/" + id + "/members/sub-gro", anne, null)));
  }

  @Test
  @DisplayName("PM7 PM9: an administrator lists and opens every project; my data holds memberships, invites and decisions")
  void pm7_admin_and_pm9_my_data() {
    Session anne = person("sub-anne7", "Anne");
    String id = project(anne, "Alle prosjekt").getString("id");
    assertEquals(201, call("POST", "/api/projects/" + id + "/decisions", anne, DECISION).statusCode());
    assertEquals(201, call("POST", "/api/projects/" + id + "/invites", anne, new JsonObject().put("email", "hilde@kommune.no").put("role", "member")).statusCode());

    HttpResponse<String> notAdmin = call("GET", "/api/admin/projects", anne, null);
    assertEquals(403, notAdmin.statusCode());
    assertEquals("admin_only", error(notAdmin));
    assertEquals(401, call("GET", "/api/admin/projects", null, null).statusCode());
    Session admin = signIn("sub-admin", "Ada", "ada@kommune.no", List.of("samskap-admin"));
    JsonArray all = json(call("GET", "/api/admin/projects", admin, null)).getJsonArray("projects");
    assertTrue(all.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals(id)
        && ((JsonObject) o).getJsonArray("owners").contains("Anne")));
    assertEquals("admin", view(id, admin).getString("role"), "PM7: an administrator opens any project");
    assertEquals("forbidden_role", error(call("POST", "/api/projects/" + id + "/ticks", admin, TICK)), "but does not edit it");

    JsonObject data = json(call("GET", "/api/me/data", anne, null));
    assertEquals("sub-anne7", data.getString("subject"));
    assertTrue(data.getJsonArray("memberships").stream().anyMatch(o -> ((JsonObject) o).getString("projectId").equals(id)));
    assertEquals("Klar for innsikt", data.getJsonArray("decisions").getJsonObject(0).getString("recommendation"));
    JsonObject hildes = json(call("GET", "/api/me/data", person("sub-hilde", "Hilde"), null));
    assertEquals(id, hildes.getJsonArray("invites").getJsonObject(0).getString("projectId"));
    assertEquals(401, call("GET", "/api/me/data", null, null).statusCode());
  }
}
