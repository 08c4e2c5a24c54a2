package org.samskap.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;

import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** L1 (docs/OPERATIONS.md): a failure named in a log line carries no content of its message. */
class LogSafeTest {
  static final String CONTENT = "Kari Nordmann har diabetes";

  @Test
  void L1_a_database_write_error_is_named_by_its_code_not_by_the_document_it_quotes() {
    MongoWriteException e = new MongoWriteException(
        new WriteError(11000, "E11000 duplicate key error dup key: { text: \"" + CONTENT + "\" }", new BsonDocument()),
        new ServerAddress(), List.of());
    assertEquals("MongoWriteException code 11000", LogSafe.describe(e));
  }

  @Test
  void L1_a_database_command_error_is_named_by_its_code() {
    BsonDocument response = new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(2))
        .append("errmsg", new BsonString("cannot insert { text: \"" + CONTENT + "\" }"));
    assertEquals("MongoCommandException code 2", LogSafe.describe(new MongoCommandException(response, new ServerAddress())));
  }

  @Test
  void L1_a_parser_message_that_quotes_its_input_is_left_out_and_the_root_cause_is_named() {
    RuntimeException e = new IllegalStateException("wrapped " + CONTENT,
        new NumberFormatException("For input string: \"" + CONTENT + "\""));
    String line = LogSafe.describe(e);
    assertEquals("IllegalStateException, caused by NumberFormatException", line);
    assertFalse(line.contains("Kari"));
  }

  @Test
  void L1_network_and_timeout_failures_keep_their_message_which_names_no_content() {
    assertTrue(LogSafe.describe(new MongoTimeoutException("Timed out after 30000 ms")).endsWith(": Timed out after 30000 ms"));
    assertEquals("ReplyException TIMEOUT: Timed out after 5000 ms, address board.x.ops",
        LogSafe.describe(new ReplyException(ReplyFailure.TIMEOUT, "Timed out after 5000 ms, address board.x.ops")));
    assertEquals("ReplyException RECIPIENT_FAILURE code 500",
        LogSafe.describe(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 500, CONTENT)));
  }
}
