package org.samskap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.vertx.core.json.JsonObject;

import org.samskap.testing.TestServer;

/** HTTP helpers of the export tests: file bodies as bytes. */
final class ExportHttp {
  private ExportHttp() {}

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

}
