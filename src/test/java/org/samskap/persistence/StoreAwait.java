package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;

/** Waits for a port's future in a contract test: its value, or the failure it was expected to end in. */
final class StoreAwait {
  private StoreAwait() {}

  static <T> T await(Future<T> f) throws Exception {
    try {
      return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected success, got " + e.getCause(), e.getCause());
    }
  }

  static Throwable awaitFailure(Future<?> f) throws Exception {
    try {
      Object value = f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
      return fail("expected a failure, got " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }
}
