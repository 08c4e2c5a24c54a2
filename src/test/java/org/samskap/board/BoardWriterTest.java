package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;

/**
 * {@link BoardWriter} is the one client of a board writer's internal requests (rule A5: only
 * server code sets the internal header). Each request is sent to the board's ops address after
 * the board is made live, with its enum's wire value, and the writer's reply comes back as it is.
 */
class BoardWriterTest {
  static final String BOARD = "writerTestBoard01";

  Vertx vertx;
  BoardDirectory directory;
  BoardWriter writer;
  final BlockingQueue<Message<Object>> received = new LinkedBlockingQueue<>();
  final BlockingQueue<String> activated = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    directory = new BoardDirectory(vertx, 1);
    writer = new BoardWriter(vertx, directory);
    vertx.eventBus().<String>consumer(Addresses.shard(0), m -> {
      activated.add(m.body());
      directory.markLive(m.body());
      m.reply(7L);
    });
    vertx.eventBus().<Object>consumer(Addresses.ops(BOARD), m -> {
      received.add(m);
      if (m.replyAddress() != null) m.reply(new JsonObject().put("ok", true).put("version", 7).put("echo", m.body()));
    }).completion().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void aReadActivatesTheBoardThenAsksItsOpsAddressWithTheReadHeader() throws Exception {
    JsonObject reply = writer.read(BOARD).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertEquals(BOARD, activated.poll(1, TimeUnit.SECONDS));
    Message<Object> m = received.poll(1, TimeUnit.SECONDS);
    assertEquals("read", m.headers().get(Headers.INTERNAL));
    assertEquals(Optional.of(BoardWriter.Internal.READ), BoardWriter.Internal.of(m));
    assertEquals(7L, reply.getLong("version"));
  }

  @Test
  void aServerOpAndARestoreCarryTheirBodyAndTheirOwnHeaderValue() throws Exception {
    JsonObject op = new JsonObject().put("type", "item.import").put("clientOpId", "import-1");
    JsonObject reply = writer.serverOp(BOARD, op).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertEquals(op, reply.getJsonObject("echo"));
    assertEquals("server-op", received.poll(1, TimeUnit.SECONDS).headers().get(Headers.INTERNAL));
    writer.restore(BOARD, new JsonObject().put("historyId", "h1")).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertEquals("restore", received.poll(1, TimeUnit.SECONDS).headers().get(Headers.INTERNAL));
  }

  @Test
  void aLeaveGoesOnlyToALiveBoardAndNamesTheSession() throws Exception {
    writer.leave(BOARD, "s1");
    assertEquals(null, received.poll(300, TimeUnit.MILLISECONDS), "a board that is not live is not woken by a leave");
    directory.markLive(BOARD);
    writer.leave(BOARD, "s1");
    Message<Object> m = received.poll(2, TimeUnit.SECONDS);
    assertEquals(Optional.of(BoardWriter.Internal.LEAVE), BoardWriter.Internal.of(m));
    assertEquals("s1", m.headers().get(Headers.SESSION));
  }

  @Test
  void onlyBoardWriterSetsOrReadsTheInternalHeaderInMainCode() throws IOException {
    Path main = Path.of("src/main/java");
    List<Path> users;
    try (Stream<Path> files = Files.walk(main)) {
      users = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          return Files.readString(p).contains("Headers.INTERNAL");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> p.getFileName()).toList();
    }
    assertEquals(List.of(Path.of("BoardWriter.java")), users);
    assertTrue(Files.readString(main.resolve("org/samskap/board/BoardWriter.java")).contains("\"server-op\""));
  }
}
