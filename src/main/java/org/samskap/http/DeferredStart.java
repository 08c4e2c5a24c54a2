package org.samskap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule H5: start-up work that no request depends on for its correctness (the indexes that only
 * speed up reads: no unique index, those are made before the server listens) runs after the
 * server listens, one step after another. {@code /health/ready} answers 503 {@code starting}
 * until every step has succeeded. A step that fails is logged and tried again at the next
 * readiness check, so a database that was briefly away does not leave the node unready for good.
 * Its methods may be called from any thread (they synchronise on the instance).
 */
public final class DeferredStart {
  private static final Logger LOG = LoggerFactory.getLogger(DeferredStart.class);

  /** One step: a name for the log (no data in it) and the work. */
  private record Step(String name, Supplier<Future<Void>> work) {}

  private final List<Step> pending = new ArrayList<>();
  private Future<Void> running;
  private boolean started;

  /** Adds a step; once {@link #run()} has been called, it runs after those before it. */
  public synchronized DeferredStart add(String name, Supplier<Future<Void>> work) {
    pending.add(new Step(name, work));
    if (started && running == null) run();
    return this;
  }

  /** Runs the pending steps (once the server listens); completes when all have succeeded. */
  public synchronized Future<Void> run() {
    started = true;
    if (running != null) return running;
    if (pending.isEmpty()) return Future.succeededFuture();
    Promise<Void> done = Promise.promise();
    running = done.future();
    next(done);
    return running;
  }

  private void next(Promise<Void> done) {
    Step step;
    synchronized (this) {
      if (pending.isEmpty()) {
        running = null;
        done.complete();
        return;
      }
      step = pending.get(0);
    }
    Future<Void> f;
    try {
      f = step.work().get();
    } catch (RuntimeException e) {
      f = Future.failedFuture(e);
    }
    f.onComplete(ar -> {
      if (ar.succeeded()) {
        synchronized (this) {
          pending.remove(step);
        }
        next(done);
      } else {
        LOG.warn("deferred start step '{}' failed, tried again at the next readiness check: {}", step.name(),
            ar.cause().toString());
        synchronized (this) {
          running = null;
        }
        done.fail(ar.cause());
      }
    });
  }

  /** True when every step added so far has succeeded. */
  public synchronized boolean done() {
    return started && pending.isEmpty();
  }

  /**
   * For readiness: true when done; otherwise starts the pending steps again if nothing runs
   * (after a failure) and answers false.
   */
  synchronized boolean readyOrRetry() {
    if (done()) return true;
    if (started && running == null) run();
    return false;
  }
}
