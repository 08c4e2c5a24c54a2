package org.samskap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.OidcProvider;
import org.samskap.testing.TestServer;

/**
 * Staff sign-in in a whole Samskap node (docs/API.md S3, S5, S7): with it on, creating a board
 * or importing one needs signed-in staff while board tokens work with no account, and a
 * session survives a restart; with it off, everything works as before.
 */
class StaffSignInIT {
  static final Map<String, Object> KARI = Map.of("name", "Kari Nordmann", "email", "kari@kommune.no", "roles", List.of());

  @Test
  @DisplayName("S3 S5 S7: sign-in on: creating and importing need staff, a cross-site POST is refused, board tokens need no account, the session survives a restart")
  void sign_in_on() throws Exception {
    try (OidcProvider provider = OidcProvider.start()) {
      int port = OidcProvider.freePort();
      try (TestServer server = TestServer.start(provider.settings(port))) {
        String base = "http://localhost:" + port;
        JsonObject body = new JsonObject().put("kind", "ideas").put("title", "Hjemmetjenester");

        HttpResponse<String> anon = SignInClient.post(base + "/api/boards", null, base, null, body.encode());
        assertEquals(401, anon.statusCode(), "S5: anonymous may not create");
        assertEquals("sign_in_required", new JsonObject(anon.body()).getString("error"));
        HttpResponse<String> anonImport = SignInClient.post(base + "/api/boards/import", null, base, null, "{}");
        assertEquals(401, anonImport.statusCode(), "S5: nor import");
        JsonObject project = new JsonObject().put("title", "Trygg heime");
        HttpResponse<String> anonProject = SignInClient.post(base + "/api/projects", null, base, null, project.encode());
        assertEquals(401, anonProject.statusCode(), "S5: nor start a project");

        provider.nextSignIn("sub-kari", KARI);
        String session = SignInClient.signIn(base).session().orElseThrow();
        String csrf = new JsonObject(SignInClient.me(base, session).body()).getString("csrf");

        HttpResponse<String> evil = SignInClient.post(base + "/api/boards", session, "https://evil.example", csrf, body.encode());
        assertEquals(403, evil.statusCode(), "S7: a cross-site POST with the cookie is refused");
        assertEquals("cross_site", new JsonObject(evil.body()).getString("error"));

        HttpResponse<String> evilProject = SignInClient.post(base + "/api/projects", session, "https://evil.example", csrf, project.encode());
        assertEquals(403, evilProject.statusCode(), "S7: nor a cross-site project");
        HttpResponse<String> madeProject = SignInClient.post(base + "/api/projects", session, base, csrf, project.encode());
        assertEquals(201, madeProject.statusCode(), madeProject.body());

        HttpResponse<String> made = SignInClient.post(base + "/api/boards", session, base, csrf, body.encode());
        assertEquals(201, made.statusCode(), made.body());
        JsonObject board = new JsonObject(made.body());

        // board links need no account (S5): the facilitator token alone reads the board's export
        HttpResponse<String> export = server.call("GET", "/api/boards/" + board.getString("id") + "/export.json",
            board.getJsonObject("tokens").getString("facilitator"), null);
        assertEquals(200, export.statusCode());

        server.restart();
        JsonObject me = new JsonObject(SignInClient.me(base, session).body());
        assertEquals("staff", me.getString("kind"), "S3: the session survives a restart");
        assertEquals("Kari Nordmann", me.getString("name"));
      }
    }
  }

  @Test
  @DisplayName("sign-in off (no SAMSKAP_OIDC_ISSUER): /api/me is anonymous, no sign-in routes, anyone creates boards as before")
  void sign_in_off() {
    try (TestServer server = TestServer.start()) {
      JsonObject me = new JsonObject(server.get("/api/me").body());
      assertFalse(me.getBoolean("signIn"));
      assertEquals("anonymous", me.getString("kind"));
      assertEquals(404, server.get("/auth/login").statusCode(), "no sign-in routes");
      assertTrue(server.createBoard("Som før").containsKey("tokens"), "anyone creates boards, as before");
    }
  }
}
