package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** HTTP and bus helpers of the export tests. */
final class ExportHttp {
  private ExportHttp() {}

  record Board(String id, String facilitator, String participant) {
    String ops() { return "board." + id + ".ops"; }
    String events() { return "board." + id + ".events"; }
  }

  static Board board(TestServer server, String kind, String title) {
    HttpResponse<String> r = server.post("/api/boards", new JsonObject().put("kind", kind).put("title", title).encode());
    assertEquals(201, r.statusCode(), r.body());
    return of(new JsonObject(r.body()));
  }

  static Board of(JsonObject created) {
    return new Board(created.getString("id"), created.getJsonObject("tokens").getString("facilitator"),
        created.getJsonObject("tokens").getString("participant"));
  }

  static HttpResponse<byte[]> get(TestServer server, String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
    if (token != null) b.header("Authorization", "Bearer " + token);
    return send(b.build());
  }

  static HttpResponse<byte[]> post(TestServer server, String path, byte[] body, String contentType) {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  static HttpResponse<byte[]> send(HttpRequest req) {
    try {
      return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(HttpResponse<byte[]> r) {
    return new JsonObject(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  static JsonObject join(BusClient c, Board b, String token, String name) {
    c.register(b.events(), token);
    JsonObject r = c.request(b.ops(), new JsonObject().put("type", "join").put("name", name), token);
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
    return r;
  }

  static JsonObject ok(BusClient c, Board b, String token, JsonObject op) {
    JsonObject r = c.request(b.ops(), op.put("clientOpId", UUID.randomUUID().toString()), token);
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
    return r;
  }

  static JsonObject op(String type) {
    return new JsonObject().put("type", type);
  }
}
