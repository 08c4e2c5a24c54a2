package org.samskap.tools.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The load tool's cheap frame scan (issue 21): what it reads, and that it agrees with a JSON parse. */
class EventFramesTest {

  private static EventFrames.Scan scan(String frame) {
    return EventFrames.scan(frame.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_samskap_event_gives_its_clientOpId_not_the_one_quoted_in_the_note_text() {
    // as the server sent it (LoadToolIT): the note text holds an escaped "clientOpId":"not-this"
    String frame = "{\"type\":\"rec\",\"address\":\"board.mX5tpg81ms8xXgmVOugAjA.events\",\"body\":{\"type\":\"note.create\","
        + "\"noteId\":\"Io5W2AT8I0YH\",\"text\":\"\\\"clientOpId\\\":\\\"not-this\\\" {[ \\\\ æ\",\"x\":1.0,\"y\":2.0,"
        + "\"color\":\"yellow\",\"clusterId\":null,\"author\":\"skriv\",\"version\":1,\"clientOpId\":\"op_1.a:b-c\","
        + "\"by\":\"2rokdvf0VuAmMY0r\"}}";
    assertEquals(new EventFrames.Scan(true, "op_1.a:b-c"), scan(frame));
  }

  @Test
  void a_relayed_move_gives_its_clientOpId() {
    String frame = "{\"type\":\"rec\",\"address\":\"board.3f2a9c1d0b7e.events\",\"body\":{\"type\":\"note.move\","
        + "\"clientOpId\":\"lt-4711\",\"noteId\":\"n1\",\"x\":711.0,\"y\":511.0}}";
    assertEquals(new EventFrames.Scan(true, "lt-4711"), scan(frame));
  }

  @Test
  void escapes_in_the_clientOpId_are_resolved() {
    String frame = "{\"type\":\"rec\",\"address\":\"board.b.events\",\"body\":{\"clientOpId\":"
        + "\"a\\\"b\\\\c\\u00e6\\/\\n\\ud83d\\ude00ø\"}}";
    assertEquals("a\"b\\cæ/\n\ud83d\ude00ø", scan(frame).clientOpId());
  }

  @Test
  void an_event_without_a_clientOpId_is_an_event_with_none() {
    String frame = "{\"type\":\"rec\",\"address\":\"board.b.events\",\"body\":{\"type\":\"timer.start\",\"seconds\":300}}";
    assertEquals(EventFrames.EVENT_WITHOUT_ID, scan(frame));
  }

  @Test
  void a_clientOpId_nested_deeper_in_the_body_is_not_the_events() {
    assertEquals(EventFrames.EVENT_WITHOUT_ID, scan("{\"type\":\"rec\",\"address\":\"board.b.events\","
        + "\"body\":{\"type\":\"undo\",\"of\":{\"clientOpId\":\"inner\"},\"list\":[{\"clientOpId\":\"in-list\"}]}}"));
    assertEquals("outer", scan("{\"type\":\"rec\",\"address\":\"board.b.events\","
        + "\"body\":{\"of\":{\"clientOpId\":\"inner\"},\"ids\":[\"a\",[\"b\"]],\"clientOpId\":\"outer\"}}").clientOpId());
    // a clientOpId in the envelope's headers is not the body's
    assertEquals(EventFrames.EVENT_WITHOUT_ID, scan("{\"type\":\"rec\",\"address\":\"board.b.events\","
        + "\"headers\":{\"clientOpId\":\"h\"},\"body\":{\"x\":1}}"));
  }

  @Test
  void replies_errors_and_other_addresses_are_not_events() {
    // a join reply as the server sends it (shortened): its snapshot is not read
    assertFalse(scan("{\"type\":\"rec\",\"address\":\"watch.1\",\"body\":{\"ok\":true,\"version\":0,\"protocol\":1,"
        + "\"role\":\"participant\",\"snapshot\":{\"board\":{\"id\":\"mX5tpg81ms8xXgmVOugAjA\",\"kind\":\"ideas\"},"
        + "\"notes\":[],\"clusters\":[]}}}").event());
    assertFalse(scan("{\"type\":\"rec\",\"address\":\"b0c1.5\",\"body\":{\"ok\":true,\"clientOpId\":\"lt-1\"}}").event());
    assertFalse(scan("{\"type\":\"err\",\"body\":\"access_denied\"}").event());
    assertFalse(scan("{\"type\":\"err\",\"address\":\"board.b.events\",\"body\":\"rejected\"}").event());
    assertFalse(scan("{\"type\":\"pong\"}").event());
  }

  @Test
  void whitespace_and_key_order_do_not_matter() {
    String frame = "{ \"body\" : { \"x\" : 1 ,\n \"clientOpId\" : \"lt-9\" } ,\t\"address\" : \"board.b.events\" , \"type\" : \"rec\" }";
    assertEquals(new EventFrames.Scan(true, "lt-9"), scan(frame));
  }

  @Test
  void a_broken_frame_is_not_an_event() {
    assertEquals(EventFrames.NOT_EVENT, scan("{\"type\":\"rec\",\"address\":\"board.b.events\",\"body\":{\"clientOpId\":\"lt-"));
    assertEquals(EventFrames.NOT_EVENT, scan("{\"type\":\"rec\",\"address\":\"board.b.events\",\"body\":{\"clientOpId\":\"a\\x\"}}"));
    assertEquals(EventFrames.NOT_EVENT, scan("{\"type\":\"rec\",\"address\":\"board.b.events\",\"body\":{\"clientOpId\":\"\\u00\"}}"));
    assertEquals(EventFrames.NOT_EVENT, scan(""));
    assertEquals(EventFrames.NOT_EVENT, scan("not json"));
  }

  @Test
  void the_scan_agrees_with_a_json_parse_on_many_encoded_frames() {
    Random random = new Random(21);
    String alphabet = "ab\"\\/{}[]:,æøå \n\t\u0001\u2028😀";
    for (int n = 0; n < 2000; n++) {
      JsonObject body = new JsonObject().put("type", "note.move").put("text", text(random, alphabet));
      if (random.nextBoolean()) body.put("nested", new JsonObject().put("clientOpId", text(random, alphabet)));
      if (random.nextBoolean()) body.put("list", new JsonArray().add(text(random, alphabet)).add(new JsonObject().put("clientOpId", "x")));
      boolean withId = random.nextInt(4) > 0;
      if (withId) body.put("clientOpId", text(random, alphabet));
      String address = random.nextInt(5) == 0 ? "client." + n : "board." + n + ".events";
      String frame = new JsonObject().put("type", "rec").put("address", address).put("body", body).encode();
      EventFrames.Scan s = scan(frame);
      assertEquals(address.startsWith("board."), s.event(), frame);
      if (s.event() && withId) assertEquals(body.getString("clientOpId"), s.clientOpId(), frame);
      if (!withId || !s.event()) assertNull(s.clientOpId(), frame);
    }
    assertTrue(scan("{\"type\":\"rec\",\"address\":\"board.b.events\",\"body\":{}}").event());
  }

  private static String text(Random random, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int len = random.nextInt(12);
    for (int i = 0; i < len; i++) sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    return sb.toString();
  }
}
