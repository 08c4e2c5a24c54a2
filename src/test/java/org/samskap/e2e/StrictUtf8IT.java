package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.RawWebSocket;
import org.samskap.testing.TestServer;

/** Rule T12 (docs/PROTOCOL.md): a text frame that is not UTF-8 closes the socket with 1007 and stores nothing. */
class StrictUtf8IT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  /** A send frame of note.create whose text holds {@code middle} between two valid words. */
  static byte[] noteFrame(String boardId, String token, String clientOpId, byte[] middle) {
    String frame = new JsonObject().put("type", "send").put("address", "board." + boardId + ".ops")
        .put("replyAddress", "r-" + clientOpId).put("headers", new JsonObject().put("token", token))
        .put("body", new JsonObject().put("type", "note.create").put("clientOpId", clientOpId)
            .put("text", "før@@MIDDLE@@etter").put("x", 1).put("y", 1)).encode();
    String[] parts = frame.split("@@MIDDLE@@");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
    b.writeBytes(middle);
    b.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  static void join(RawWebSocket ws, String boardId, String token) throws Exception {
    ws.text(new JsonObject().put("type", "send").put("address", "board." + boardId + ".ops").put("replyAddress", "r-join")
        .put("headers", new JsonObject().put("token", token)).put("body", new JsonObject().put("type", "join").put("name", "Kari")).encode());
    RawWebSocket.Frame reply = ws.next(Duration.ofSeconds(10));
    assertNotNull(reply, "join reply");
    assertEquals(Boolean.TRUE, new JsonObject(reply.text()).getJsonObject("body").getBoolean("ok"), reply.text());
  }

  /** The next frame must be a close with 1007 (invalid frame payload data); an answer instead is shown. */
  static void assertClosedWith1007(RawWebSocket ws) throws Exception {
    RawWebSocket.Frame f = ws.next(Duration.ofSeconds(10));
    assertNotNull(f, "the server neither answered nor closed");
    assertEquals(RawWebSocket.CLOSE, f.opcode(), "the server answered instead of closing: " + f.text());
    assertEquals(1007, f.closeCode(), "close code for invalid frame payload data");
  }

  static JsonArray notesOf(String boardId, String token) {
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject r = c.op(boardId, token, new JsonObject().put("type", "join").put("name", "Ola"));
      return r.getJsonObject("snapshot").getJsonArray("notes");
    }
  }

  @Test
  @DisplayName("T12: a text frame with bytes that are not UTF-8 closes the socket with 1007 and its op is not stored")
  void T12_invalid_utf8_text_frame_closes_with_1007_and_stores_nothing() throws Exception {
    JsonObject board = server.createBoard("UTF-8");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    try (RawWebSocket ws = RawWebSocket.connect(server.port())) {
      join(ws, id, token);
      // 0xC3 starts a two-byte sequence; '(' is not a continuation byte. Lenient decoding made it U+FFFD.
      ws.frame(RawWebSocket.TEXT, true, noteFrame(id, token, "bad-1", new byte[] {(byte) 0xC3, (byte) 0x28}));
      assertClosedWith1007(ws);
    }
    assertEquals(0, notesOf(id, token).size(), "nothing of the refused frame was stored");
  }

  @Test
  @DisplayName("T12: a bad byte in the continuation of a fragmented text message also closes with 1007; nothing is stored")
  void T12_invalid_utf8_in_a_continuation_frame_closes_with_1007() throws Exception {
    JsonObject board = server.createBoard("UTF-8 fragments");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    byte[] whole = noteFrame(id, token, "bad-2", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
    int cut = whole.length / 2;
    try (RawWebSocket ws = RawWebSocket.connect(server.port())) {
      join(ws, id, token);
      ws.frame(RawWebSocket.TEXT, false, java.util.Arrays.copyOfRange(whole, 0, cut));
      ws.frame(RawWebSocket.CONTINUATION, true, java.util.Arrays.copyOfRange(whole, cut, whole.length));
      assertClosedWith1007(ws);
    }
    assertEquals(0, notesOf(id, token).size());
  }

  @Test
  @DisplayName("T12: valid UTF-8 split inside a character across fragments is accepted and stored exactly")
  void T12_valid_utf8_split_across_fragments_is_accepted() throws Exception {
    JsonObject board = server.createBoard("UTF-8 ok");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    byte[] aa = "å".getBytes(StandardCharsets.UTF_8);
    byte[] whole = noteFrame(id, token, "good-1", aa);
    int cut = indexOf(whole, aa) + 1; // between the two bytes of å
    try (RawWebSocket ws = RawWebSocket.connect(server.port())) {
      join(ws, id, token);
      ws.frame(RawWebSocket.TEXT, false, java.util.Arrays.copyOfRange(whole, 0, cut));
      ws.frame(RawWebSocket.CONTINUATION, true, java.util.Arrays.copyOfRange(whole, cut, whole.length));
      RawWebSocket.Frame reply = ws.next(Duration.ofSeconds(10));
      assertNotNull(reply);
      assertEquals(Boolean.TRUE, new JsonObject(reply.text()).getJsonObject("body").getBoolean("ok"), reply.text());
    }
    JsonArray notes = notesOf(id, token);
    assertEquals(1, notes.size());
    assertEquals("føråetter", notes.getJsonObject(0).getString("text"));
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    throw new AssertionError("not found");
  }
}
