package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;

/**
 * Rule L1 (docs/OPERATIONS.md, "What the logs hold"): the server's log output holds no note
 * text, no display name and no token, at any level. The server runs as its own process with
 * every logger at TRACE (the content-quoting loggers that L1 pins stay pinned), and the test
 * sends a unique marker through every op of every kind (taken from the served catalogue, J8),
 * refused ops, link polls, pilots, every export format, history, restore, imports, the audit log
 * and a board delete (D1, D6), wrong tokens
 * and a few failure paths (and a member's {@code member.data} and {@code member.erase}, D7, D8), then searches the whole log for each marker, name and token.
 */
class LogContentIT {
  /** Every logger at TRACE: the default and the libraries simplelogger.properties caps at warn. */
  static final List<String> MOST_VERBOSE = List.of(
      "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
      "-Dorg.slf4j.simpleLogger.log.org.mongodb.driver=trace",
      "-Dorg.slf4j.simpleLogger.log.de.bwaldvogel.mongo=trace",
      "-Dorg.slf4j.simpleLogger.log.io.netty=trace",
      "-Dorg.slf4j.simpleLogger.log.com.hazelcast=trace");

  final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  /** Every text the test sends; none may appear in the log. */
  final Set<String> secrets = new LinkedHashSet<>();
  final List<Path> dirs = new ArrayList<>();
  ServerProcess server;
  /** Ops that got no reply at all (a protocol bug of its own, reported after the log check). */
  final List<String> unanswered = new ArrayList<>();
  int markers;

  @AfterEach
  void cleanUp() {
    if (server != null) server.close();
    dirs.forEach(TempDirs::delete);
  }

  /** A fresh marker: a unique ASCII core (what the log is searched for) in a sentence with health content. */
  String marker() {
    String core = "Mrk" + run + "x" + (markers++) + "z";
    secrets.add(core);
    return core + " Kari har diabetes og bor på Åsen";
  }

  String name() {
    String core = "Nvn" + run + "x" + (markers++) + "z";
    secrets.add(core);
    return core + " Ødegård";
  }

  String secret(String token) {
    if (token != null && !token.isBlank()) secrets.add(token);
    return token;
  }

  @Test
  void L1_no_marker_name_or_token_reaches_the_log_at_trace_level() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("log-content");
    dirs.add(dir);
    server = ServerProcess.start(dir, Map.of("SAMSKAP_OPS_PER_SECOND", "100000"), MOST_VERBOSE);
    assertTrue(server.log().contains("DEBUG") || server.log().contains("TRACE"),
        "the server really logs below INFO in this test:\n" + server.log());

    Set<String> sentTypes = new LinkedHashSet<>();
    Set<String> catalogue = new LinkedHashSet<>();

    // ideas: every op of the catalogue, with marker texts; a second member to remove
    Board ideas = create("ideas");
    String noteId;
    try (BusClient c = BusClient.connect(server.port()); BusClient other = BusClient.connect(server.port())) {
      JsonObject joined = join(c, ideas, ideas.facilitator());
      secret(joined.getString("memberKey"));
      catalogue.addAll(joined.getJsonObject("ops").fieldNames());
      JsonObject otherJoin = join(other, ideas, ideas.participant());
      secret(otherJoin.getString("memberKey"));
      noteId = ok(c, ideas, sentTypes, op("note.create").put("text", marker()).put("x", 10).put("y", 10)).getString("noteId");
      String second = ok(c, ideas, sentTypes, op("note.create").put("text", marker()).put("x", 20).put("y", 20)).getString("noteId");
      send(c, ideas, sentTypes, op("note.edit").put("noteId", noteId).put("text", marker()));
      send(c, ideas, sentTypes, op("note.move").put("noteId", noteId).put("x", 30).put("y", 40));
      send(c, ideas, sentTypes, op("note.color").put("noteId", noteId).put("color", "blue"));
      String cluster = ok(c, ideas, sentTypes, op("cluster.create").put("label", marker())).getString("clusterId");
      send(c, ideas, sentTypes, op("cluster.rename").put("clusterId", cluster).put("label", marker()));
      send(c, ideas, sentTypes, op("note.cluster").put("noteId", noteId).put("clusterId", cluster));
      // I1-I3: split the note off into a marker-named cluster, merge it back (and undo, redo: the
      // undo sends cluster.restore), and turn authors' names on
      String split = ok(c, ideas, sentTypes, op("cluster.split").put("noteIds", new io.vertx.core.json.JsonArray().add(noteId))
          .put("label", marker())).getString("clusterId");
      ok(c, ideas, sentTypes, op("cluster.merge").put("clusterId", split).put("intoId", cluster));
      undoRedo(c, ideas, sentTypes, "cluster.restore");
      send(c, ideas, sentTypes, op("board.names").put("shown", true));
      send(c, ideas, sentTypes, op("board.rename").put("title", marker()));
      sessionOps(c, ideas, sentTypes, noteId, otherJoin.getString("memberId"),
          op("note.create").put("text", marker()).put("x", 5).put("y", 5));
      send(c, ideas, sentTypes, op("note.delete").put("noteId", second));
      undoRedo(c, ideas, sentTypes, "note.restore"); // U7: a restore is reached only through an undo
      send(c, ideas, sentTypes, op("cluster.delete").put("clusterId", cluster));
      // presence and cursors (ephemeral, outside the catalogue)
      send(c, ideas, sentTypes, op("presence.set").put("name", name()).put("memberKey", joined.getString("memberKey")));
      send(c, ideas, sentTypes, op("cursor.move").put("x", 1).put("y", 2));
      // refused ops: too long, unknown note, unknown type, a participant's facilitator op
      refused(c, ideas, op("note.create").put("text", marker() + "x".repeat(20_000)).put("x", 1).put("y", 1));
      refused(c, ideas, op("note.edit").put("noteId", marker()).put("text", marker()));
      refused(c, ideas, op(marker()).put("text", marker()));
      try (BusClient third = BusClient.connect(server.port())) { // "other" was removed by member.remove
        secret(join(third, ideas, ideas.participant()).getString("memberKey"));
        assertFalse(Boolean.TRUE.equals(third.op(ideas.id(), ideas.participant(),
            op("board.rename").put("title", marker())).getBoolean("ok")), "a participant may not rename");
      }
      // D7, D8: a member with a marker name writes a marker note, asks for their data and erases
      // themselves with their public notes (the board's file is rewritten, D8c)
      try (BusClient fourth = BusClient.connect(server.port())) {
        JsonObject in = fourth.request(ideas.ops(), new JsonObject().put("type", "join").put("name", name()), ideas.participant());
        assertEquals(Boolean.TRUE, in.getBoolean("ok"), in.encode());
        secret(in.getString("memberKey"));
        fourth.op(ideas.id(), ideas.participant(), op("note.create").put("text", marker()).put("x", 1).put("y", 1));
        JsonObject data = fourth.request(ideas.ops(), new JsonObject().put("type", "member.data"), ideas.participant());
        assertEquals(Boolean.TRUE, data.getBoolean("ok"), "member.data");
        sentTypes.add("member.data");
        JsonObject erased = fourth.op(ideas.id(), ideas.participant(), op("member.erase").put("publicNotes", true));
        assertEquals(Boolean.TRUE, erased.getBoolean("ok"), "member.erase: " + erased.encode());
        sentTypes.add("member.erase");
      }
      // a wrong token and a marker as a token, over the bus
      assertFalse(Boolean.TRUE.equals(c.op(ideas.id(), "wrong" + marker(), op("note.create").put("text", marker())).getBoolean("ok")));
    }
    // malformed frames: an unknown address, a send with no reply address, and not JSON (the bridge closes such a socket)
    for (String frame : List.of(
        "{\"type\":\"register\",\"address\":\"board." + marker() + ".events\",\"headers\":{\"token\":\"" + secret("t" + UUID.randomUUID()) + "\"}}",
        "{\"type\":\"send\",\"address\":\"" + marker() + "\",\"body\":{\"text\":\"" + marker() + "\"}}",
        "{\"type\":\"send\",\"address\":\"board." + ideas.id() + ".ops\",\"headers\":{\"token\":\"" + ideas.participant()
            + "\"},\"body\":{\"type\":\"note.create\",\"text\":\"" + marker() + "\"}}",
        "not json " + marker())) {
      try (BusClient raw = BusClient.connect(server.port())) {
        raw.sendText(frame);
        raw.awaitError(Duration.ofMillis(500));
      } catch (RuntimeException closedByServer) {
        // the server may close the socket; what matters is what it logged
      }
    }

    // matrix: every op, a decided item; journey: every op
    Board matrix = create("matrix");
    String itemId;
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject joined = join(c, matrix, matrix.facilitator());
      secret(joined.getString("memberKey"));
      catalogue.addAll(joined.getJsonObject("ops").fieldNames());
      itemId = ok(c, matrix, sentTypes, op("item.create").put("text", marker())).getString("itemId");
      String doomed = ok(c, matrix, sentTypes, op("item.create").put("text", marker())).getString("itemId");
      send(c, matrix, sentTypes, op("item.edit").put("itemId", itemId).put("text", marker()));
      send(c, matrix, sentTypes, op("item.score").put("itemId", itemId).put("x", 4).put("y", 5));
      send(c, matrix, sentTypes, op("item.place").put("itemId", itemId).put("x", 4).put("y", 5));
      send(c, matrix, sentTypes, op("axis.rename").put("axis", "x").put("names", new JsonObject().put("nb", marker())));
      send(c, matrix, sentTypes, op("quadrant.rename").put("quadrant", "quick-wins").put("names", new JsonObject().put("nb", marker())));
      send(c, matrix, sentTypes, op("scale.set").put("scale", "1-5"));
      send(c, matrix, sentTypes, op("placement.set").put("placement", "scores"));
      send(c, matrix, sentTypes, op("scores.reveal").put("revealed", true));
      send(c, matrix, sentTypes, op("item.import").put("items", new JsonArray().add(new JsonObject().put("text", marker())
          .put("source", new JsonObject().put("boardId", ideas.id()).put("noteId", noteId)))));
      // without a source this op crashed the decoder and got no reply at all (found by this test)
      send(c, matrix, sentTypes, op("item.import").put("items", new JsonArray().add(new JsonObject().put("text", marker()))));
      send(c, matrix, sentTypes, op("board.rename").put("title", marker()));
      sessionOps(c, matrix, sentTypes, itemId, joined.getString("memberId"), op("item.create").put("text", marker()));
      send(c, matrix, sentTypes, op("item.delete").put("itemId", doomed));
      undoRedo(c, matrix, sentTypes, "item.restore");
      ok(c, matrix, sentTypes, op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", marker()));
    }
    Board journey = create("journey");
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject joined = join(c, journey, journey.facilitator());
      secret(joined.getString("memberKey"));
      catalogue.addAll(joined.getJsonObject("ops").fieldNames());
      String stage = ok(c, journey, sentTypes, jop("stage.create").put("label", marker())).getString("stageId");
      String stage2 = ok(c, journey, sentTypes, jop("stage.create").put("label", marker())).getString("stageId");
      send(c, journey, sentTypes, jop("stage.rename").put("stageId", stage).put("label", marker()));
      send(c, journey, sentTypes, jop("stage.move").put("stageId", stage).put("index", 1));
      send(c, journey, sentTypes, jop("stage.emotion").put("stageId", stage).put("emotion", -1));
      String lane = ok(c, journey, sentTypes, jop("lane.create").put("kind", "custom").put("label", marker())).getString("laneId");
      send(c, journey, sentTypes, jop("lane.rename").put("laneId", lane).put("label", marker()));
      send(c, journey, sentTypes, jop("lane.move").put("laneId", lane).put("index", 0));
      String card = ok(c, journey, sentTypes, jop("card.create").put("laneId", "processes").put("stageId", stage)
          .put("text", marker())).getString("cardId");
      String tp = ok(c, journey, sentTypes, jop("card.create").put("laneId", "touchpoints").put("stageId", stage)
          .put("text", marker()).put("touchpoint", "digital")).getString("cardId");
      send(c, journey, sentTypes, jop("card.edit").put("cardId", card).put("text", marker()));
      send(c, journey, sentTypes, jop("card.touchpoint").put("cardId", tp).put("touchpoint", "physical"));
      send(c, journey, sentTypes, jop("card.move").put("cardId", card).put("stageId", stage2));
      send(c, journey, sentTypes, jop("card.link").put("cardId", card).put("boardId", ideas.id()).put("noteId", noteId));
      send(c, journey, sentTypes, jop("card.unlink").put("cardId", card).put("boardId", ideas.id()).put("noteId", noteId));
      String role = ok(c, journey, sentTypes, jop("role.create").put("name", name())).getString("roleId");
      send(c, journey, sentTypes, jop("role.rename").put("roleId", role).put("name", name()));
      send(c, journey, sentTypes, jop("huki.set").put("cardId", card).put("roleId", role).put("value", "H"));
      send(c, journey, sentTypes, op("version.copy").put("version", "future").put("from", "current"));
      send(c, journey, sentTypes, op("board.rename").put("title", marker()));
      sessionOps(c, journey, sentTypes, card, joined.getString("memberId"),
          jop("card.create").put("laneId", "processes").put("stageId", stage).put("text", marker()));
      send(c, journey, sentTypes, jop("role.delete").put("roleId", role));
      send(c, journey, sentTypes, jop("card.delete").put("cardId", tp));
      send(c, journey, sentTypes, jop("lane.delete").put("laneId", lane));
      send(c, journey, sentTypes, jop("stage.delete").put("stageId", stage2));
    }
    Set<String> missed = new LinkedHashSet<>(catalogue);
    missed.removeAll(sentTypes);
    assertTrue(missed.isEmpty(), "every op of the served catalogues is sent with markers; not sent: " + missed);

    // link poll: marker items and title, a ballot by link, a device token from the shared link, wrong voter tokens
    HttpResponse<String> pollR = call("POST", "/api/boards/" + ideas.id() + "/polls", ideas.facilitator(), new JsonObject()
        .put("title", marker()).put("maxChoices", 1).put("invites", 1).put("shared", true)
        .put("items", new JsonArray().add(new JsonObject().put("targetId", noteId).put("text", marker()).put("description", marker()))));
    assertEquals(201, pollR.statusCode(), pollR.body());
    JsonObject poll = new JsonObject(pollR.body());
    String pollId = poll.getString("pollId");
    String voter = secret(fragmentToken(poll.getJsonArray("links").getJsonObject(0).getString("url")));
    String shared = secret(fragmentToken(poll.getJsonObject("shared").getString("url")));
    JsonObject paper = new JsonObject(call("GET", "/api/polls/" + pollId, voter, null).body());
    String choice = paper.getJsonArray("items").getJsonObject(0).getString("id");
    assertEquals(201, call("POST", "/api/polls/" + pollId + "/ballots", voter, ballot("relative", choice)).statusCode());
    String device = secret(new JsonObject(call("POST", "/api/polls/" + pollId + "/tokens", shared, null).body()).getString("token"));
    assertEquals(400, call("POST", "/api/polls/" + pollId + "/ballots", device, ballot(marker(), marker())).statusCode());
    assertTrue(call("GET", "/api/polls/" + pollId, secret("v" + UUID.randomUUID()), null).statusCode() >= 400);
    assertEquals(400, call("POST", "/api/boards/" + ideas.id() + "/polls", ideas.facilitator(),
        new JsonObject().put("title", marker() + "x".repeat(5000)).put("items", new JsonArray())).statusCode());
    call("GET", "/api/boards/" + ideas.id() + "/polls/" + pollId + "/results", ideas.facilitator(), null);
    call("POST", "/api/boards/" + ideas.id() + "/polls/" + pollId + "/close", ideas.facilitator(), null);

    // pilot from the accepted matrix item, with marker texts in every free-text change
    HttpResponse<String> conv = call("POST", "/api/pilots", matrix.facilitator(), new JsonObject()
        .put("matrixBoardId", matrix.id()).put("itemId", itemId).put("journeySteps", new JsonArray().add(marker())));
    assertEquals(201, conv.statusCode(), conv.body());
    JsonObject pilot = new JsonObject(conv.body());
    String pilotId = pilot.getString("id");
    String editor = secret(pilot.getJsonObject("tokens").getString("editor"));
    String viewer = secret(pilot.getJsonObject("tokens").getString("viewer"));
    int rev = pilot.getInteger("rev");
    rev = change("PUT", "/api/pilots/" + pilotId + "/title", editor, new JsonObject().put("title", marker()), rev);
    rev = change("PUT", "/api/pilots/" + pilotId + "/plan", editor, new JsonObject().put("plan", new JsonObject()
        .put("goals", marker()).put("responsible", name()).put("participants", marker())), rev);
    JsonObject gainBody = new JsonObject().put("kind", "time").put("indicator", marker()).put("description", marker())
        .put("unit", "timer").put("baseline", 40).put("baselineDate", "2026-01-01").put("target", 30)
        .put("targetDate", "2026-12-31").put("owner", name()).put("expectedPerYear", 500);
    HttpResponse<String> g = call("POST", "/api/pilots/" + pilotId + "/gains", editor, new JsonObject().put("gain", gainBody).put("rev", rev));
    assertEquals(200, g.statusCode(), g.body());
    JsonObject withGain = new JsonObject(g.body());
    rev = withGain.getInteger("rev");
    String gainId = withGain.getJsonArray("gains").getJsonObject(0).getString("id");
    rev = change("POST", "/api/pilots/" + pilotId + "/costs", editor,
        new JsonObject().put("cost", new JsonObject().put("description", marker()).put("oneOff", 100).put("yearly", 10)), rev);
    HttpResponse<String> m = call("POST", "/api/pilots/" + pilotId + "/measurements", editor, new JsonObject()
        .put("gainId", gainId).put("date", "2026-03-01").put("value", 35).put("gapReason", marker()));
    assertEquals(201, m.statusCode(), m.body());
    assertEquals(400, call("PUT", "/api/pilots/" + pilotId + "/economics", editor, new JsonObject()
        .put("economics", new JsonObject().put("hourlyCost", marker())).put("rev", rev)).statusCode());
    assertEquals(409, call("PUT", "/api/pilots/" + pilotId + "/title", editor, new JsonObject().put("title", marker()).put("rev", 0)).statusCode());
    assertEquals(403, call("PUT", "/api/pilots/" + pilotId + "/title", viewer, new JsonObject().put("title", marker()).put("rev", rev)).statusCode());
    assertTrue(call("GET", "/api/pilots/" + pilotId, secret("p" + UUID.randomUUID()), null).statusCode() >= 400);

    // every export format of every board, of the pilot, and of a named history snapshot; restore; imports
    for (Board b : List.of(ideas, matrix, journey)) {
      for (String format : List.of("json", "csv", "xlsx", "svg", "pdf")) {
        assertEquals(200, get("/api/boards/" + b.id() + "/export." + format + "?lang=nb", b.facilitator()).statusCode(), format);
      }
      assertEquals(403, get("/api/boards/" + b.id() + "/export.json", b.participant()).statusCode());
    }
    for (String format : List.of("json", "csv", "xlsx", "pdf")) {
      assertEquals(200, get("/api/pilots/" + pilotId + "/export." + format, viewer).statusCode(), "pilot " + format);
    }
    HttpResponse<String> snap = call("POST", "/api/boards/" + ideas.id() + "/history", ideas.facilitator(), new JsonObject().put("name", name()));
    assertEquals(201, snap.statusCode(), snap.body());
    String snapId = new JsonObject(snap.body()).getString("id");
    for (String format : List.of("json", "csv", "xlsx", "svg", "pdf")) {
      assertEquals(200, get("/api/boards/" + ideas.id() + "/history/" + snapId + "/export." + format, ideas.facilitator()).statusCode());
    }
    assertEquals(400, call("POST", "/api/boards/" + ideas.id() + "/history", ideas.facilitator(),
        new JsonObject().put("name", marker() + "x".repeat(200))).statusCode());
    assertEquals(200, call("POST", "/api/boards/" + ideas.id() + "/history/" + snapId + "/restore", ideas.facilitator(), null).statusCode());
    call("GET", "/api/boards/" + ideas.id() + "/history", ideas.facilitator(), null);

    byte[] boardJson = get("/api/boards/" + ideas.id() + "/export.json", ideas.facilitator()).body();
    keepTokens(post("/api/boards/import", boardJson, "application/json"));
    byte[] pilotJson = get("/api/pilots/" + pilotId + "/export.json", editor).body();
    keepTokens(post("/api/pilots/import", pilotJson, "application/json"));
    String csv = "text,cluster\r\n\"" + marker() + "\",\"" + marker() + "\"\r\n";
    keepTokens(post("/api/boards/import.csv?title=" + java.net.URLEncoder.encode(marker(), StandardCharsets.UTF_8),
        csv.getBytes(StandardCharsets.UTF_8), "text/csv"));
    assertEquals(400, post("/api/boards/import", ("{\"kind\":\"ideas\",\"title\":\"" + marker() + "\",\"content\":{\"notes\":[{\"text\":"
        + "\"" + marker() + "\"}]}").getBytes(StandardCharsets.UTF_8), "application/json").statusCode(), "a torn import file");
    assertEquals(400, post("/api/boards/import", new JsonObject().put("kind", "ideas").put("title", marker())
        .put("content", new JsonObject().put("notes", new JsonArray().add(new JsonObject().put("text", marker() + "y".repeat(30_000)))))
        .encode().getBytes(StandardCharsets.UTF_8), "application/json").statusCode(), "a too-long imported note");
    // odd files whose parse errors quote the input (a parser's message names the bad token)
    for (String odd : List.of("{" + marker() + "}", "[\"" + marker() + "\"", new JsonObject().put("kind", "ideas").put("title", marker())
        .put("content", new JsonObject().put("notes", new JsonArray().add(new JsonObject().put("id", "n1").put("text", marker())
        .put("x", marker()).put("y", marker())))).encode(), new JsonObject().put("kind", marker()).put("title", marker()).encode())) {
      HttpResponse<byte[]> r = post("/api/boards/import", odd.getBytes(StandardCharsets.UTF_8), "application/json");
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, odd + " -> " + r.statusCode());
      HttpResponse<byte[]> p = post("/api/pilots/import", odd.getBytes(StandardCharsets.UTF_8), "application/json");
      assertTrue(p.statusCode() >= 400 && p.statusCode() < 500, odd + " -> " + p.statusCode());
    }
    String oddCsv = "text,x,y,color,cluster\r\n\"" + marker() + "\"," + marker() + ",\"" + marker() + "\",\"" + marker() + "\"\r\n\"" + marker();
    assertTrue(post("/api/boards/import.csv", oddCsv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode() >= 400);
    JsonObject pilotFile = new JsonObject(new String(pilotJson, StandardCharsets.UTF_8));
    pilotFile.getJsonObject("pilot", new JsonObject()).put("economics", marker());
    post("/api/pilots/import", pilotFile.encode().replace("\"value\":35", "\"value\":\"" + marker() + "\"")
        .getBytes(StandardCharsets.UTF_8), "application/json");
    assertTrue(get("/api/boards/" + ideas.id() + "/export.json", secret("w" + UUID.randomUUID())).statusCode() >= 400);
    HttpResponse<String> link = call("POST", "/api/boards/" + ideas.id() + "/links/participant", ideas.facilitator(), null);
    assertEquals(200, link.statusCode(), link.body());
    secret(new JsonObject(link.body()).getString("token"));

    // D1, D6: the audit log, then deleting the idea board, and a second delete (404)
    assertEquals(200, call("GET", "/api/boards/" + ideas.id() + "/audit", ideas.facilitator(), null).statusCode());
    assertEquals(204, call("DELETE", "/api/boards/" + ideas.id(), ideas.facilitator(), null).statusCode());
    assertEquals(404, call("DELETE", "/api/boards/" + ideas.id(), ideas.facilitator(), null).statusCode());

    // a socket closed in the middle of a frame, and a board title that is too long
    try (BusClient c = BusClient.connect(server.port())) {
      c.sendTextInFragments("{\"type\":\"send\",\"address\":\"board." + ideas.id() + ".ops\",\"body\":{\"text\":\"", marker());
    }
    assertEquals(400, call("POST", "/api/boards", null, new JsonObject().put("kind", "ideas").put("title", marker() + "x".repeat(500))).statusCode());

    // the stop path logs too: stop the server, then read everything it wrote
    server.terminate(30_000);
    for (int i = 0; i < 30 && !server.log().contains("graceful stop"); i++) Thread.sleep(100); // the reader thread drains the pipe
    String log = server.log();
    java.nio.file.Files.writeString(Path.of("target", "LogContentIT-server.log"), log);
    List<String> leaks = new ArrayList<>();
    for (String s : secrets) {
      int at = log.indexOf(s);
      if (at >= 0) leaks.add(s + " in: " + lineAround(log, at));
    }
    if (!leaks.isEmpty()) fail("L1: content in the log (" + leaks.size() + " of " + secrets.size() + " secrets):\n"
        + String.join("\n", leaks));
    assertTrue(unanswered.isEmpty(), "every op is answered (R1): " + unanswered);
    assertTrue(secrets.size() > 100, "the test really sent markers and tokens: " + secrets.size());
  }

  /** The session ops of every kind (facilitation and voting), with {@code target} as the vote target. */
  void sessionOps(BusClient c, Board b, Set<String> sent, String target, String memberId, JsonObject privateCreate) {
    send(c, b, sent, op("phase.set").put("phase", "write"));
    send(c, b, sent, op("board.lock").put("locked", true));
    send(c, b, sent, op("board.lock").put("locked", false));
    send(c, b, sent, op("timer.start").put("seconds", 60));
    send(c, b, sent, op("timer.stop"));
    send(c, b, sent, op("silent.start"));
    send(c, b, sent, privateCreate);
    send(c, b, sent, op("silent.reveal"));
    send(c, b, sent, op("view.follow").put("x", 1).put("y", 1).put("zoom", 1));
    send(c, b, sent, op("view.unfollow"));
    send(c, b, sent, op("cursors.hide").put("hidden", true));
    send(c, b, sent, op("cursors.hide").put("hidden", false));
    send(c, b, sent, op("phase.set").put("phase", "vote"));
    send(c, b, sent, op("vote.open").put("budget", 3).put("anonymous", false));
    send(c, b, sent, op("vote.cast").put("targetId", target));
    send(c, b, sent, op("vote.cast").put("targetId", target));
    send(c, b, sent, op("vote.retract").put("targetId", target));
    send(c, b, sent, op("vote.close"));
    send(c, b, sent, op("phase.set").put("phase", "free"));
    send(c, b, sent, op("member.remove").put("memberId", memberId));
  }

  Board create(String kind) {
    HttpResponse<String> r = call("POST", "/api/boards", null, new JsonObject().put("kind", kind).put("title", marker()));
    assertEquals(201, r.statusCode(), r.body());
    Board b = Board.of(new JsonObject(r.body()));
    secret(b.facilitator());
    secret(b.participant());
    return b;
  }

  JsonObject join(BusClient c, Board b, String token) {
    c.register(b.events(), token);
    JsonObject r = c.request(b.ops(), new JsonObject().put("type", "join").put("name", name()), token);
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
    return r;
  }

  static JsonObject op(String type) {
    return new JsonObject().put("type", type).put("clientOpId", UUID.randomUUID().toString());
  }

  /** Undoes the delete just sent (the board's {@code restore} op with the deleted marker text) and redoes it (U4, U7). */
  void undoRedo(BusClient c, Board b, Set<String> sent, String restoreType) {
    JsonObject undone = ok(c, b, sent, op("undo"));
    assertEquals("undo", undone.getString("undo"), restoreType + " through an undo: " + undone.encode());
    sent.add(restoreType);
    ok(c, b, sent, op("redo"));
  }

  static JsonObject jop(String type) {
    return op(type).put("version", "current");
  }

  JsonObject send(BusClient c, Board b, Set<String> sent, JsonObject body) {
    sent.add(body.getString("type"));
    try {
      return c.requestAsync(b.ops(), body, b.facilitator(), Duration.ofSeconds(5)).join();
    } catch (java.util.concurrent.CompletionException e) {
      unanswered.add(body.getString("type") + " (" + e.getCause() + ")");
      return new JsonObject();
    }
  }

  JsonObject ok(BusClient c, Board b, Set<String> sent, JsonObject body) {
    JsonObject r = send(c, b, sent, body);
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), body.getString("type") + ": " + r.encode());
    return r;
  }

  void refused(BusClient c, Board b, JsonObject body) {
    JsonObject r = c.op(b.id(), b.facilitator(), body);
    assertEquals(Boolean.FALSE, r.getBoolean("ok"), r.encode());
  }

  int change(String method, String path, String token, JsonObject body, int rev) {
    HttpResponse<String> r = call(method, path, token, body.put("rev", rev));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return new JsonObject(r.body()).getInteger("rev");
  }

  void keepTokens(HttpResponse<byte[]> r) {
    assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    JsonObject tokens = new JsonObject(new String(r.body(), StandardCharsets.UTF_8)).getJsonObject("tokens");
    tokens.forEach(e -> secret(String.valueOf(e.getValue())));
  }

  static JsonObject ballot(String group, String... choices) {
    return new JsonObject().put("group", group).put("choices", new JsonArray(List.of((Object[]) choices)));
  }

  static String fragmentToken(String url) {
    return url.substring(url.indexOf('=') + 1);
  }

  HttpResponse<String> call(String method, String path, String token, JsonObject body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) b.header("Authorization", "Bearer " + token);
    if (body != null) b.header("Content-Type", "application/json");
    return send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> get(String path, String token) {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> post(String path, byte[] body, String type) {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", type)
        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> handler) {
    try {
      return HttpClient.newHttpClient().send(req, handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String lineAround(String log, int at) {
    int start = log.lastIndexOf('\n', at) + 1;
    int end = log.indexOf('\n', at);
    String line = log.substring(start, end < 0 ? log.length() : end);
    return line.length() > 400 ? line.substring(0, 400) + "…" : line;
  }

  static String tail(String log) {
    return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
  }
}
