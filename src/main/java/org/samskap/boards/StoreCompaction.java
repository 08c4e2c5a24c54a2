package org.samskap.boards;

import io.vertx.core.Future;

/**
 * Rule D3: after a delete, makes the deleted bytes unrecoverable from the database's files.
 * The embedded database rewrites its file; on a MongoDB the operator's storage does it
 * (docs/OPERATIONS.md, "Deleting for good"), so its adapter does nothing.
 */
public interface StoreCompaction {
  StoreCompaction NONE = () -> Future.succeededFuture(0L);

  /** Completes when done, with the milliseconds it took (0 when there is nothing to do). */
  Future<Long> compact();
}
