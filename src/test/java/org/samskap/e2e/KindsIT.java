package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindRegistry;
import org.samskap.testing.TestServer;

/** Rule K1 (docs/API.md): {@code GET /api/kinds} answers the registry's kinds, in order, with their names in nb, nn and en. */
class KindsIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void k1_the_kinds_come_from_the_registry_in_its_order_with_three_display_names() {
    HttpResponse<String> r = server.get("/api/kinds");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonArray kinds = new JsonObject(r.body()).getJsonArray("kinds");
    assertEquals(KindRegistry.ALL.stream().map(KindModule::name).toList(),
        kinds.stream().map(k -> ((JsonObject) k).getString("kind")).toList());
    assertEquals(List.of("ideas", "matrix", "journey"), kinds.stream().map(k -> ((JsonObject) k).getString("kind")).toList());
    assertEquals(new JsonObject().put("nb", "Idétavle").put("nn", "Idétavle").put("en", "Idea board"),
        kinds.getJsonObject(0).getJsonObject("names"));
    assertEquals(new JsonObject().put("nb", "Prioriteringsmatrise").put("nn", "Prioriteringsmatrise").put("en", "Prioritisation matrix"),
        kinds.getJsonObject(1).getJsonObject("names"));
    assertEquals(new JsonObject().put("nb", "Tjenestereise").put("nn", "Tenestereise").put("en", "Service journey"),
        kinds.getJsonObject(2).getJsonObject("names"));
  }

  @Test
  void k1_every_kind_offered_can_be_created_and_opens_its_own_page() {
    for (Object o : new JsonObject(server.get("/api/kinds").body()).getJsonArray("kinds")) {
      String kind = ((JsonObject) o).getString("kind");
      HttpResponse<String> created = server.post("/api/boards", new JsonObject().put("kind", kind).put("title", "Typar").encode());
      assertEquals(201, created.statusCode(), kind + ": " + created.body());
      JsonObject board = new JsonObject(created.body());
      assertEquals(kind, board.getString("kind"));
      String page = server.get("/b/" + board.getString("id")).body();
      String own = KindRegistry.page(kind);
      assertTrue(server.get(own).body().equals(page), kind + " opens " + own);
    }
  }
}
