package org.samskap.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Rule T5: the bound the bridge checks first is never below a send's encoded size. */
class MessageSizeTest {
  static final String[] PIECES = {"a", "æ", "\"", "\\", "\n", "\u0001", "\u2603", "\uD83D\uDE00", "</", "\t"};

  @Test
  void T5_the_bound_is_at_least_the_encoded_size() {
    Random r = new Random(21);
    for (int i = 0; i < 2_000; i++) {
      JsonObject m = new JsonObject().put("type", "send").put("address", "board.b1.ops").put("headers", new JsonObject())
          .put("replyAddress", "r" + i).put("body", value(r, 3));
      long bound = MessageSize.atMost(m);
      int size = m.toBuffer().length();
      assertTrue(bound >= size, "bound " + bound + " < size " + size + " for " + m.encode());
    }
  }

  @Test
  void T5_a_value_it_cannot_bound_is_measured_by_encoding() {
    assertEquals(-1, MessageSize.atMost(new JsonObject().put("n", new BigDecimal("1.5"))));
    assertEquals(-1, MessageSize.atMost(new JsonArray().add(new JsonObject().put("n", new BigDecimal("1")))));
  }

  static Object value(Random r, int depth) {
    switch (depth <= 0 ? r.nextInt(5) : r.nextInt(7)) {
      case 0: return text(r);
      case 1: return r.nextBoolean() ? Long.MIN_VALUE + r.nextInt(3) : r.nextInt();
      case 2: return r.nextBoolean() ? -Double.MAX_VALUE * r.nextDouble() : r.nextDouble() * 1e-300;
      case 3: return r.nextBoolean();
      case 4: return null;
      case 5: {
        JsonObject o = new JsonObject();
        for (int i = r.nextInt(5); i > 0; i--) o.put(text(r), value(r, depth - 1));
        return o;
      }
      default: {
        JsonArray a = new JsonArray();
        for (int i = r.nextInt(5); i > 0; i--) a.add(value(r, depth - 1));
        return a;
      }
    }
  }

  static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(12); i > 0; i--) b.append(PIECES[r.nextInt(PIECES.length)]);
    return b.toString();
  }
}
