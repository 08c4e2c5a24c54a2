package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.event;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.Boards.refused;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.DataDirSearch;
import org.samskap.testing.TestServer;

/**
 * Rules [D8], [D8a], [D8b] and [D8c] (docs/PROTOCOL.md, "Erasing a participant") and [X22]
 * (docs/EXPORT.md): a participant with a unique marker name writes a public note, a private
 * note (silent mode) with a unique text, votes in a closed and in the open session; the board
 * has a link poll with a ballot and a history snapshot. The participant erases themselves over
 * their own socket while the facilitator and another participant are connected: both get
 * {@code member.erased}; the marker name and the private text are in no file of the data
 * directory (UTF-8 and UTF-16) and in no export of the board or of its history snapshot (JSON,
 * CSV, XLSX, PDF text, SVG); the public note stays with the erased label; the other members'
 * notes, the poll's results and the open vote's tally without the erased votes are unchanged.
 */
class ParticipantEraseIT {
  static final String LABEL = "Slettet deltaker";
  TestServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of("SAMSKAP_SNAPSHOT_EVERY", "3"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void D8_D8a_D8b_D8c_X22_a_participant_erases_themselves_and_their_name_and_private_text_are_gone_everywhere() throws Exception {
    long run = System.nanoTime();
    String name = "Eras" + run + "q Kari Åsen";
    String privateText = "Privat" + run + "q diagnose";
    String publicText = "Offentlig" + run + "q forslag";
    String otherText = "Annen" + run + "q lapp";
    Board b = newBoard(server, "ideas", "Verksted");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port());
        BusClient q = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fasilitator");
      String pMember = join(p, b, b.participant(), name).getString("memberId");
      join(q, b, b.participant(), "Per");
      String pNote = ok(p, b, b.participant(), op("note.create").put("text", publicText).put("x", 1).put("y", 1)).getString("noteId");
      String qNote = ok(q, b, b.participant(), op("note.create").put("text", otherText).put("x", 2).put("y", 2)).getString("noteId");
      // a closed vote (named, so its result lists voters) and an open one
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 3).put("cap", 3).put("anonymous", false));
      ok(p, b, b.participant(), op("vote.cast").put("targetId", qNote));
      ok(q, b, b.participant(), op("vote.cast").put("targetId", qNote));
      ok(f, b, b.facilitator(), op("vote.close"));
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 3).put("cap", 3));
      ok(p, b, b.participant(), op("vote.cast").put("targetId", qNote));
      ok(p, b, b.participant(), op("vote.cast").put("targetId", qNote));
      ok(q, b, b.participant(), op("vote.cast").put("targetId", qNote));
      // a private note (silent mode, F5)
      ok(f, b, b.facilitator(), op("silent.start"));
      String privateNote = ok(p, b, b.participant(), op("note.create").put("text", privateText).put("x", 3).put("y", 3))
          .getString("noteId");
      // a link poll on the other member's note with one ballot; a history snapshot
      JsonObject poll = new JsonObject(server.call("POST", "/api/boards/" + b.id() + "/polls", b.facilitator(),
          new JsonObject().put("title", "Spørsmål").put("maxChoices", 1).put("invites", 1).put("shared", false)
              .put("items", new JsonArray().add(new JsonObject().put("targetId", qNote).put("text", otherText)))).body());
      String url = poll.getJsonArray("links").getJsonObject(0).getString("url");
      String voterToken = url.substring(url.indexOf('#') + 3);
      String pollId = poll.getString("pollId");
      String pollItem = new JsonObject(server.call("GET", "/api/polls/" + pollId, voterToken, null).body())
          .getJsonArray("items").getJsonObject(0).getString("id");
      assertEquals(201, server.call("POST", "/api/polls/" + pollId + "/ballots", voterToken,
          new JsonObject().put("group", "relative").put("choices", new JsonArray().add(pollItem))).statusCode());
      assertEquals(201, server.call("POST", "/api/boards/" + b.id() + "/history", b.facilitator(),
          new JsonObject().put("name", "Før sletting")).statusCode());
      String historyId = new JsonObject(server.call("GET", "/api/boards/" + b.id() + "/history", b.facilitator(), null).body())
          .getJsonArray("snapshots").getJsonObject(0).getString("id");
      String pollBefore = server.call("GET", "/api/boards/" + b.id() + "/polls/" + pollId, b.facilitator(), null).body();

      String core = name.substring(0, 20);
      assertTrue(DataDirSearch.anyFileHolds(server.dataDir(), core), "the name is stored before the erasure");
      assertTrue(DataDirSearch.anyFileHolds(server.dataDir(), privateText), "the private text is stored before the erasure");
      assertTrue(exports(b, "").contains(core), "an export names the participant before the erasure");
      Map<String, JsonObject> before = notes(ok(q.request(b.ops(), new JsonObject().put("type", "join").put("name", "Per"), b.participant())));

      // D8a: another participant may not erase them; a bad field is refused; nothing changes
      refused(q.op(b.id(), b.participant(), op("member.erase").put("memberId", pMember)), "forbidden");
      refused(p.op(b.id(), b.participant(), op("member.erase").put("publicNotes", "yes")), "bad_request");

      JsonObject erased = ok(p.op(b.id(), b.participant(), op("member.erase")));
      assertEquals(pMember, erased.getString("memberId"));
      assertEquals(1, erased.getInteger("removed"), "the private note is removed");
      long version = erased.getLong("version");

      // D8: both connected clients are told; the erased member's socket is closed
      for (BusClient c : new BusClient[] {f, q}) {
        JsonObject ev = event(c, b, "member.erased", version);
        assertEquals(pMember, ev.getString("memberId"));
        assertFalse(ev.encode().contains(core), "the event names nobody");
      }
      assertEquals(4001, p.closed().get(10, TimeUnit.SECONDS));

      // D8b, D8c: neither the name nor the private text is in any file of the data directory
      assertEquals(java.util.List.of(), DataDirSearch.filesHolding(server.dataDir(), core), "the name is still stored");
      assertEquals(java.util.List.of(), DataDirSearch.filesHolding(server.dataDir(), privateText), "the private text is still stored");
      assertFalse(DataDirSearch.anyFileHolds(server.dataDir(), "Kari Åsen"), "a part of the name is still stored");
      // X22: nor in any export of the board or of the history snapshot
      String all = exports(b, "") + exports(b, "/history/" + historyId);
      assertFalse(all.contains(core), "an export still names the participant");
      assertFalse(all.contains(privateText), "an export still holds the private note");
      assertTrue(all.contains(publicText) && all.contains(otherText), "the exports keep the public notes");

      // the board's other content is unchanged; the public note stays with the erased label
      JsonObject after = ok(q.request(b.ops(), new JsonObject().put("type", "since").put("version", version - 2), b.participant()));
      assertNotNull(after.getJsonObject("snapshot"), "a catch-up over the erasure gets a snapshot");
      Map<String, JsonObject> now = notes(after);
      assertNull(now.get(privateNote));
      assertEquals(LABEL, now.get(pNote).getString("author"));
      assertEquals(publicText, now.get(pNote).getString("text"));
      JsonObject qBefore = before.get(qNote).copy();
      JsonObject qAfter = now.get(qNote).copy();
      assertEquals(3, qBefore.remove("votes"), "live counts before: two of the erased member and one of Per");
      assertEquals(1, qAfter.remove("votes"), "the open vote's tally is recomputed without the erased votes");
      assertEquals(qBefore, qAfter, "Per's note is unchanged");
      assertEquals(pollBefore, server.call("GET", "/api/boards/" + b.id() + "/polls/" + pollId, b.facilitator(), null).body(),
          "the link poll and its results are unchanged (ballots name no member)");
      String session = after.getJsonObject("snapshot").getJsonObject("session").encode();
      assertFalse(session.contains(pMember), "the erased member is in no voter list: " + session);
    }
    // D8b: the board loads from what is stored (a restart), without the name, and takes ops
    server.restart();
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject j = join(c, b, b.participant(), "Ny");
      assertFalse(j.encode().contains(name.substring(0, 20)));
      assertTrue(j.encode().contains(LABEL));
      ok(c, b, b.participant(), op("note.create").put("text", "etter").put("x", 0).put("y", 0));
    }
  }

  @Test
  void D8a_a_facilitator_erases_a_named_participant_with_their_public_notes() throws Exception {
    long run = System.nanoTime();
    String name = "Fac" + run + "q Nora";
    Board b = newBoard(server, "ideas", "Verksted");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port());
        BusClient q = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fasilitator");
      String pMember = join(p, b, b.participant(), name).getString("memberId");
      join(q, b, b.participant(), "Per");
      String pNote = ok(p, b, b.participant(), op("note.create").put("text", "Pub" + run).put("x", 1).put("y", 1)).getString("noteId");
      String qNote = ok(q, b, b.participant(), op("note.create").put("text", "Per sin").put("x", 2).put("y", 2)).getString("noteId");
      // Per deletes the erased member's note: his undo would bring it back with her name (U10)
      ok(q, b, b.participant(), op("note.delete").put("noteId", pNote));
      refused(f.op(b.id(), b.facilitator(), op("member.erase").put("memberId", "not a member")), "bad_request");
      JsonObject erased = ok(f.op(b.id(), b.facilitator(), op("member.erase").put("memberId", pMember).put("publicNotes", true)));
      assertEquals(pMember, erased.getString("memberId"));
      JsonObject errFrame = p.awaitError(BusClient.TIMEOUT);
      assertNotNull(errFrame);
      assertEquals("erased", errFrame.getString("body"));
      // U11: Per's step that would restore her note is gone; his next undo is of his own note
      assertEquals("note.delete", ok(q.op(b.id(), b.participant(), op("undo"))).getString("undone"));
      JsonObject snap = ok(f.request(b.ops(), new JsonObject().put("type", "join").put("name", "Fasilitator"), b.facilitator()));
      Map<String, JsonObject> notes = notes(snap);
      assertNull(notes.get(pNote), "the erased member's note did not come back");
      assertNull(notes.get(qNote), "Per's undo took back his own note");
      assertFalse(snap.encode().contains(name));
      assertFalse(DataDirSearch.anyFileHolds(server.dataDir(), name.substring(0, 12)), "the name is still stored");
    }
  }

  private static Map<String, JsonObject> notes(JsonObject joinOrSince) {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    JsonArray notes = joinOrSince.getJsonObject("snapshot").getJsonArray("notes");
    for (int i = 0; i < notes.size(); i++) out.put(notes.getJsonObject(i).getString("id"), notes.getJsonObject(i));
    return out;
  }

  /** The text of every export format of the board ({@code path} "") or of a history snapshot. */
  private String exports(Board b, String path) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String format : new String[] {"json", "csv", "xlsx", "pdf", "svg"}) {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/boards/" + b.id() + path
          + "/export." + format)).header("Authorization", "Bearer " + b.facilitator()).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, r.statusCode(), format + " " + path);
      all.append(text(format, r.body())).append('\n');
    }
    return all.toString();
  }

  private static String text(String format, byte[] bytes) throws Exception {
    switch (format) {
      case "pdf" -> {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
          return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ")
              + new String(bytes, StandardCharsets.ISO_8859_1);
        }
      }
      case "xlsx" -> {
        StringBuilder s = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            s.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
          }
        }
        return s.toString();
      }
      default -> {
        return new String(bytes, StandardCharsets.UTF_8);
      }
    }
  }
}
