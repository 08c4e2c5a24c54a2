package org.samskap.persistence;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The frame of a port's contract suite whose adapter opens one store for the whole class (a
 * database per test would cost more than the tests): every test works on fresh ids
 * ({@link #fresh}), so the tests share the store without seeing each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortContract<S> {
  protected S store;

  /** The adapter under test, on an empty database. */
  protected abstract S openStore() throws Exception;

  /** Releases what {@link #openStore} opened. */
  protected abstract void closeStore() throws Exception;

  @BeforeAll
  void openStoreForClass() throws Exception {
    store = openStore();
  }

  @AfterAll
  void closeStoreAfterClass() throws Exception {
    closeStore();
  }

  /** An id no other test uses. */
  static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }
}
