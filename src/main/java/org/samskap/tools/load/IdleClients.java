package org.samskap.tools.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * Many clients that register on a board, join it and then only keep their sockets alive with
 * pings: the idle-connection shape of the benchmarks (docs/PERFORMANCE.md).
 */
public final class IdleClients implements AutoCloseable {
  private final List<LoadSocket> sockets = new ArrayList<>();
  private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
  private final LoadClient client = new LoadClient(LoadClient.DEFAULT_EVENT_LOOPS);
  private int joined;

  private IdleClients() {}

  public static IdleClients open(String baseUrl, String boardId, String token, int count) throws Exception {
    IdleClients c = new IdleClients();
    URI ws = URI.create(baseUrl.replaceFirst("^http", "ws") + "/eventbus/websocket");
    List<CompletableFuture<JsonObject>> joins = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LoadSocket s = LoadSocket.connect(c.client, ws, "idle" + i);
      s.register("board." + boardId + ".events", token);
      joins.add(s.request("board." + boardId + ".ops", new JsonObject().put("type", "join").put("name", "idle " + i), token));
      c.sockets.add(s);
    }
    for (CompletableFuture<JsonObject> j : joins) {
      if (Boolean.TRUE.equals(j.get(60, TimeUnit.SECONDS).getBoolean("ok"))) c.joined++;
    }
    c.pinger.scheduleAtFixedRate(() -> c.sockets.forEach(LoadSocket::ping), 5, 5, TimeUnit.SECONDS);
    return c;
  }

  public int joined() {
    return joined;
  }

  @Override
  public void close() {
    pinger.shutdownNow();
    LoadSocket.closeAll(sockets);
    client.close();
  }
}
