package org.samskap.util;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;

import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

/**
 * A failure as a log line may name it (docs/OPERATIONS.md L1): the exception's class, a
 * database error code, and a message only where that message is known to name no content
 * (network and timeout failures, which name hosts, addresses and durations). A database's own
 * error message may quote the document it refused, and a parser's the token it did not read,
 * so other messages are left out.
 */
public final class LogSafe {
  private LogSafe() {}

  public static String describe(Throwable e) {
    if (e == null) return "unknown failure";
    StringBuilder sb = new StringBuilder(name(e));
    Throwable root = e;
    for (int i = 0; i < 10 && root.getCause() != null && root.getCause() != root; i++) root = root.getCause();
    if (root != e) sb.append(", caused by ").append(name(root));
    return sb.toString();
  }

  private static String name(Throwable e) {
    String name = e.getClass().getSimpleName().isEmpty() ? e.getClass().getName() : e.getClass().getSimpleName();
    if (e instanceof MongoBulkWriteException b && !b.getWriteErrors().isEmpty()) {
      return name + " code " + b.getWriteErrors().get(0).getCode();
    }
    if (e instanceof MongoWriteException w) return name + " code " + w.getError().getCode();
    if (e instanceof MongoTimeoutException || e instanceof MongoSocketException) return name + ": " + e.getMessage();
    if (e instanceof MongoException m) return name + " code " + m.getCode();
    if (e instanceof ReplyException r) {
      // TIMEOUT and NO_HANDLERS messages name only addresses (board ids) and durations
      return r.failureType() == ReplyFailure.RECIPIENT_FAILURE ? name + " " + r.failureType() + " code " + r.failureCode()
          : name + " " + r.failureType() + ": " + r.getMessage();
    }
    if (e instanceof java.util.concurrent.TimeoutException || e instanceof java.net.ConnectException) {
      return name + ": " + e.getMessage();
    }
    return name;
  }
}
