package org.samskap.e2e;

import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** One board of each kind with content worth exporting: æøå, markup and a formula among the texts. */
final class ExportBoards {
  static final String HOSTILE = "<script>alert('x')</script> & \"sitat\"";
  static final String FORMULA = "=HYPERLINK(\"http://x\")";

  private ExportBoards() {}

  static Board ideas(TestServer server) {
    Board b = Boards.newBoard(server, "ideas", "Idéverksted Ålesund");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.facilitator(), "Kari");
      String cluster = ok(c, b, b.facilitator(), op("cluster.create").put("label", "Pårørende")).getString("clusterId");
      String n1 = ok(c, b, b.facilitator(), op("note.create").put("text", "Bedre åpningstider, også for æøå").put("x", 10).put("y", 20.5)
          .put("clusterId", cluster)).getString("noteId");
      ok(c, b, b.facilitator(), op("note.create").put("text", FORMULA).put("x", -5).put("y", 3).put("color", "pink"));
      ok(c, b, b.facilitator(), op("note.create").put("text", HOSTILE).put("x", 400).put("y", 300).put("color", "blue"));
      ok(c, b, b.facilitator(), op("vote.open").put("budget", 3));
      ok(c, b, b.facilitator(), op("vote.cast").put("targetId", n1));
      ok(c, b, b.facilitator(), op("vote.close"));
      ok(c, b, b.facilitator(), op("phase.set").put("phase", "discuss"));
    }
    return b;
  }

  static Board matrix(TestServer server) {
    Board b = Boards.newBoard(server, "matrix", "Prioritering");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.facilitator(), "Kari");
      String item = ok(c, b, b.facilitator(), op("item.create").put("text", "Digital innsjekk på sjukeheim")).getString("itemId");
      ok(c, b, b.facilitator(), op("item.create").put("text", HOSTILE));
      ok(c, b, b.facilitator(), op("item.score").put("itemId", item).put("x", 4).put("y", 5));
      ok(c, b, b.facilitator(), op("item.decide").put("itemId", item).put("status", "accepted").put("reason", "Rask gevinst"));
    }
    return b;
  }

  static Board journey(TestServer server) {
    Board b = Boards.newBoard(server, "journey", "Tjenestereise hjemmetjeneste");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.facilitator(), "Kari");
      String stage = ok(c, b, b.facilitator(), op("stage.create").put("version", "current").put("label", "Søknad")).getString("stageId");
      String card = ok(c, b, b.facilitator(), op("card.create").put("version", "current").put("laneId", "processes")
          .put("stageId", stage).put("text", "Saksbehandler vurderer")).getString("cardId");
      ok(c, b, b.facilitator(), op("card.create").put("version", "current").put("laneId", "pains")
          .put("stageId", stage).put("text", HOSTILE));
      String role = ok(c, b, b.facilitator(), op("role.create").put("version", "current").put("name", "Saksbehandler")).getString("roleId");
      ok(c, b, b.facilitator(), op("huki.set").put("version", "current").put("cardId", card).put("roleId", role).put("value", "H"));
      ok(c, b, b.facilitator(), op("version.copy").put("version", "future").put("from", "current"));
    }
    return b;
  }
}
