package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.boards.BoardRemains;
import org.samskap.testing.Pilots;
import org.samskap.testing.TestServer;

/**
 * Rule [D1] (docs/PROTOCOL.md) for pilots: deleting the matrix board a pilot was made from keeps
 * the pilot (its title, plan and gains), but its copied provenance text becomes "Kilden er
 * slettet.", its copied source and journey steps are gone and its revision goes up; the note's
 * text stays only in the pilot's own title (which started as a copy and its editors may change).
 * The pilot's editor token still opens it.
 */
class PilotSourceDeleteIT {
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void D1_a_pilot_of_a_deleted_board_keeps_its_own_record_but_not_the_copied_text() throws Exception {
    String text = "PilMrk" + System.nanoTime() + "z nattlys hos Kari";
    Pilots.Accepted a = Pilots.acceptedItem(server, text);
    JsonObject created = Pilots.convert(server, a);
    String pilotId = created.getString("id");
    String editor = created.getJsonObject("tokens").getString("editor");
    JsonObject before = Pilots.get(server, pilotId, editor);
    assertEquals(text, before.getJsonObject("provenance").getString("text"));

    assertEquals(204, server.call("DELETE", "/api/boards/" + a.matrix().id(), a.matrix().facilitator(), null).statusCode());
    assertEquals(204, server.call("DELETE", "/api/boards/" + a.ideas().id(), a.ideas().facilitator(), null).statusCode());

    JsonObject after = Pilots.get(server, pilotId, editor);
    JsonObject p = after.getJsonObject("provenance");
    assertEquals(BoardRemains.SOURCE_DELETED, p.getString("text"));
    assertNull(p.getValue("source"));
    assertTrue(p.getJsonArray("journeySteps").isEmpty());
    assertEquals(before.getString("title"), after.getString("title"));
    assertTrue(after.getLong("rev") > before.getLong("rev"), "the revision goes up (PL3)");
    // the pilot's own title started as the note's text and is the pilot's (its editors rename it);
    // nothing else of the pilot holds the text any more
    JsonObject rest = after.copy();
    rest.remove("title");
    assertFalse(rest.encode().contains(text.substring(0, 20)), rest.encode());
  }
}
