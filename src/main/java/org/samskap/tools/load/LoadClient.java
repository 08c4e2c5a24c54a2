package org.samskap.tools.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;

/**
 * The load generator's websocket side (issue 21): one Vert.x (Netty) websocket client on a
 * small, fixed number of event loops. Every frame of every socket is read and handled on these
 * loops, so with the default of one loop the receive side fits the one core the generator is
 * pinned to. Sockets are spread over the loops in turn.
 */
final class LoadClient implements AutoCloseable {
  /** One event loop: the generator is pinned to one core in docs/PERFORMANCE.md. */
  static final int DEFAULT_EVENT_LOOPS = 1;
  /** Join replies of a board with thousands of members are large; the client must take them whole. */
  static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

  private final Vertx vertx;
  private final WebSocketClient client;
  private final List<Context> loops;
  private int nextLoop;

  LoadClient(int eventLoops) {
    if (eventLoops < 1) throw new IllegalArgumentException("event loops must be at least 1");
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops).setWorkerPoolSize(1)
        .setInternalBlockingPoolSize(1));
    client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxConnections(Integer.MAX_VALUE)
        .setMaxFrameSize(MAX_MESSAGE_BYTES)
        .setMaxMessageSize(MAX_MESSAGE_BYTES)
        .setConnectTimeout(10_000));
    // one context per event loop: deployments of several instances take the loops in turn
    List<Context> contexts = Collections.synchronizedList(new ArrayList<>());
    await(vertx.deployVerticle(() -> context -> {
      contexts.add(context);
      return Future.succeededFuture();
    }, new DeploymentOptions().setInstances(eventLoops)), 30);
    loops = List.copyOf(contexts);
  }

  WebSocketClient client() {
    return client;
  }

  /** The context (event loop) the next socket is to live on. */
  synchronized Context nextLoop() {
    return loops.get(nextLoop++ % loops.size());
  }

  /**
   * The Linux thread id of each event loop (from {@code /proc/thread-self}), for the loops'
   * busy share ({@link GeneratorLag}); empty where there is no {@code /proc}.
   */
  List<Long> loopThreadIds() {
    List<Long> ids = new ArrayList<>();
    for (Context c : loops) {
      io.vertx.core.Promise<Long> tid = io.vertx.core.Promise.promise();
      c.runOnContext(v -> {
        try {
          tid.complete(Long.parseLong(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self"))
              .getFileName().toString()));
        } catch (Exception | Error e) {
          tid.complete(-1L);
        }
      });
      long id = await(tid.future(), 10);
      if (id <= 0) return List.of();
      ids.add(id);
    }
    return ids;
  }

  /** Each event loop as an executor: for the receive-loop delay probe ({@link GeneratorLag}). */
  List<Executor> loops() {
    List<Executor> out = new ArrayList<>();
    for (Context c : loops) out.add(task -> c.runOnContext(v -> task.run()));
    return out;
  }

  static <T> T await(Future<T> f, int seconds) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException(e.getCause() != null ? e.getCause().toString() : e.toString(), e);
    }
  }

  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // a client that does not close in time is left to the JVM's exit
    }
  }
}
