package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;
import org.samskap.util.Tokens;

/** Projects over the real server (docs/PROTOCOL.md PJ1-PJ12, docs/API.md "Projects"). */
class ProjectsIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject create(String title) {
    HttpResponse<String> r = server.call("POST", "/api/projects", null, new JsonObject().put("title", title)
        .put("problem", "Mange fall om natta").put("goal", "Halvere falla").put("owner", "Kari").put("unit", "Helse og omsorg"));
    assertEquals(201, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  static JsonObject get(JsonObject p, String token) {
    HttpResponse<String> r = server.call("GET", "/api/projects/" + p.getString("id"), token, null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  @Test
  void pj1_pj8_a_new_project_is_in_phase_1_its_owner_link_is_shown_once_and_only_the_token_hash_is_stored() throws Exception {
    JsonObject p = create("Trygg heime om natta");
    String token = p.getString("token");
    assertTrue(p.getString("link").endsWith("/pr/" + p.getString("id") + "#t=" + token), p.getString("link"));
    JsonObject view = get(p, token);
    assertEquals(1, view.getJsonObject("project").getInteger("phase"));
    assertEquals("Helse og omsorg", view.getJsonObject("project").getString("unit"));
    assertEquals("owner", view.getString("role"));
    assertEquals(6, view.getJsonObject("checklists").getJsonArray("phases").size());
    assertEquals(401, server.call("GET", "/api/projects/" + p.getString("id"), null, null).statusCode());
    HttpResponse<String> wrong = server.call("GET", "/api/projects/" + p.getString("id"), Tokens.newToken(), null);
    assertEquals(403, wrong.statusCode());
    assertEquals("invalid_token", new JsonObject(wrong.body()).getString("error"));
    // The database file holds the token's hash, never the token.
    String file = databaseText();
    assertTrue(file.contains(Tokens.hash(token)), "the hash is stored");
    assertFalse(file.contains(token), "the token itself is not stored");
  }

  @Test
  void pj1_a_project_without_a_title_is_refused_naming_the_field_and_nothing_is_stored() {
    HttpResponse<String> r = server.call("POST", "/api/projects", null, new JsonObject().put("title", " ").put("goal", "x"));
    assertEquals(400, r.statusCode());
    assertEquals("title", new JsonObject(r.body()).getString("field"));
    assertEquals(400, server.call("POST", "/api/projects", null, null).statusCode());
  }

  @Test
  void pj2_pj9_pj10_ticks_and_decisions_are_durable_before_ok_and_reach_an_authorised_listener_live() {
    JsonObject p = create("Digitalt tilsyn");
    String id = p.getString("id");
    String token = p.getString("token");
    try (BusClient listener = BusClient.connect(server.port()); BusClient stranger = BusClient.connect(server.port())) {
      listener.register("project." + id + ".events", token);
      stranger.register("project." + id + ".events", Tokens.newToken());
      JsonObject refused = stranger.awaitError(Duration.ofSeconds(5));
      assertNotNull(refused, "a wrong token is refused (PJ10)");
      assertEquals("invalid_token", refused.getString("body"));
      awaitRegistered(listener, id, token);

      HttpResponse<String> tick = server.call("POST", "/api/projects/" + id + "/ticks", token, new JsonObject()
          .put("phase", 1).put("itemId", "p1-problem").put("ticked", true).put("note", "Vedtatt i ledermøtet").put("by", "Kari"));
      assertEquals(200, tick.statusCode(), tick.body());
      JsonObject ev = listener.awaitEvent("project." + id + ".events", e -> "tick".equals(e.getString("type")), Duration.ofSeconds(5));
      assertNotNull(ev, "the tick is published");
      HttpResponse<String> decision = server.call("POST", "/api/projects/" + id + "/decisions", token, new JsonObject()
          .put("kind", "next").put("recommendation", "Problemet er forankret").put("by", "Kari")
          .put("evidence", new JsonArray().add("/b/abc")));
      assertEquals(201, decision.statusCode(), decision.body());
      assertNotNull(listener.awaitEvent("project." + id + ".events", e -> "decide".equals(e.getString("type")), Duration.ofSeconds(5)));
      assertTrue(stranger.drainEvents("project." + id + ".events").isEmpty(), "the refused socket heard nothing");
    }
    server.restart(); // durable: the tick and the decision are there after a restart
    JsonObject project = get(p, token).getJsonObject("project");
    assertEquals(2, project.getInteger("phase"));
    JsonObject tick = project.getJsonArray("ticks").stream().map(JsonObject.class::cast)
        .filter(t -> "p1-problem".equals(t.getString("itemId"))).findFirst().orElseThrow();
    assertEquals("Vedtatt i ledermøtet", tick.getString("note"));
    assertEquals("Kari", tick.getString("by"));
    JsonObject d = project.getJsonArray("decisions").getJsonObject(0);
    assertEquals(new JsonArray().add("/b/abc"), d.getJsonArray("evidence"));
    assertEquals(1, d.getInteger("fromPhase"));
  }

  @Test
  void pj2_pj3_a_broken_rule_is_refused_with_its_reason_and_changes_nothing() {
    JsonObject p = create("Velferdsteknologi");
    String id = p.getString("id");
    String token = p.getString("token");
    long rev = get(p, token).getLong("rev");
    HttpResponse<String> unknown = server.call("POST", "/api/projects/" + id + "/ticks", token, new JsonObject()
        .put("phase", 2).put("itemId", "p1-problem").put("ticked", true).put("by", "Kari"));
    assertEquals(404, unknown.statusCode());
    assertEquals("Phase 2 has no checklist item 'p1-problem'.", new JsonObject(unknown.body()).getString("message"));
    HttpResponse<String> round = server.call("POST", "/api/projects/" + id + "/decisions", token, new JsonObject()
        .put("kind", "round").put("recommendation", "r").put("by", "Kari"));
    assertEquals(409, round.statusCode());
    assertEquals("bad_transition", new JsonObject(round.body()).getString("error"));
    HttpResponse<String> kind = server.call("POST", "/api/projects/" + id + "/decisions", token, new JsonObject()
        .put("kind", "maybe").put("recommendation", "r").put("by", "Kari"));
    assertEquals("kind", new JsonObject(kind.body()).getString("field"));
    assertEquals(rev, get(p, token).getLong("rev"));
  }

  @Test
  void pj6_a_board_made_in_a_phase_is_in_the_project_and_carries_it_in_its_meta() {
    JsonObject p = create("Hverdagsmestring");
    String id = p.getString("id");
    HttpResponse<String> r = server.call("POST", "/api/projects/" + id + "/boards", p.getString("token"),
        new JsonObject().put("kind", "ideas").put("title", "Idémyldring").put("phase", 3));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject board = new JsonObject(r.body());
    JsonObject ref = get(p, p.getString("token")).getJsonObject("project").getJsonArray("boards").getJsonObject(0);
    assertEquals(board.getString("id"), ref.getString("boardId"));
    assertEquals(3, ref.getInteger("phase"));
    HttpResponse<String> placed = server.call("GET", "/api/boards/" + board.getString("id") + "/project",
        board.getJsonObject("tokens").getString("facilitator"), null);
    assertEquals(200, placed.statusCode(), placed.body());
    assertEquals(new JsonObject().put("projectId", id).put("phase", 3).put("boardTokenOpens", false), new JsonObject(placed.body()));
    HttpResponse<String> badPhase = server.call("POST", "/api/projects/" + id + "/boards", p.getString("token"),
        new JsonObject().put("kind", "ideas").put("title", "X").put("phase", 9));
    assertEquals(400, badPhase.statusCode());
  }

  @Test
  void pj13_a_template_makes_its_boards_in_its_phase_filled_in_the_page_language() {
    JsonObject p = create("Fallførebygging");
    String id = p.getString("id");
    JsonObject templates = new JsonObject(server.get("/api/project-templates").body());
    assertEquals(6, templates.getJsonArray("templates").size());
    HttpResponse<String> r = server.call("POST", "/api/projects/" + id + "/boards", p.getString("token"),
        new JsonObject().put("template", "problem-goal").put("title", "Fall").put("lang", "nn"));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject board = new JsonObject(r.body()).getJsonArray("boards").getJsonObject(0);
    assertEquals("Fall – problem og mål", board.getString("title"));
    HttpResponse<String> export = server.call("GET", "/api/boards/" + board.getString("id") + "/export.json",
        board.getJsonObject("tokens").getString("facilitator"), null);
    assertTrue(export.body().contains("Problemet: kva utfordringar står kommunen overfor?"), export.body());
    assertTrue(export.body().contains("Er dette i tråd med strategiane og handlingsplanane til kommunen?"));
    JsonObject ref = get(p, p.getString("token")).getJsonObject("project").getJsonArray("boards").getJsonObject(0);
    assertEquals(1, ref.getInteger("phase"));

    HttpResponse<String> pair = server.call("POST", "/api/projects/" + id + "/boards", p.getString("token"),
        new JsonObject().put("template", "ideas-matrix").put("title", "Trygg natt").put("lang", "en"));
    JsonArray made = new JsonObject(pair.body()).getJsonArray("boards");
    assertEquals(List.of("ideas", "matrix"), List.of(made.getJsonObject(0).getString("kind"), made.getJsonObject(1).getString("kind")));
    assertEquals("Trygg natt – prioritisation", made.getJsonObject(1).getString("title"));
    assertEquals(3, get(p, p.getString("token")).getJsonObject("project").getJsonArray("boards").getJsonObject(2).getInteger("phase"));

    HttpResponse<String> unknown = server.call("POST", "/api/projects/" + id + "/boards", p.getString("token"),
        new JsonObject().put("template", "nope").put("title", "X"));
    assertEquals(404, unknown.statusCode());
    assertEquals("template", new JsonObject(unknown.body()).getString("field"));
    assertEquals(3, get(p, p.getString("token")).getJsonObject("project").getJsonArray("boards").size());
  }

  @Test
  void pj16_a_pilot_made_from_a_project_matrix_after_start_up_joins_the_project_in_phase_4_at_once_and_live() {
    JsonObject p = create("Nattpilot");
    String id = p.getString("id");
    String token = p.getString("token");
    HttpResponse<String> r = server.call("POST", "/api/projects/" + id + "/boards", token,
        new JsonObject().put("kind", "matrix").put("title", "Prioritering").put("phase", 3));
    assertEquals(201, r.statusCode(), r.body());
    org.samskap.testing.Board matrix = org.samskap.testing.Board.of(new JsonObject(r.body()));
    org.samskap.testing.Pilots.Accepted accepted = org.samskap.testing.Pilots.acceptedItem(server, "Sensor ved senga", matrix);
    try (BusClient listener = BusClient.connect(server.port())) {
      listener.register("project." + id + ".events", token);
      awaitRegistered(listener, id, token);
      JsonObject pilot = org.samskap.testing.Pilots.convert(server, accepted);
      // No restart: the pilot is in the project when the convert call answers, and the page hears it.
      JsonArray pilots = get(p, token).getJsonObject("project").getJsonArray("pilots");
      assertEquals(1, pilots.size(), pilots.encode());
      assertEquals(pilot.getString("id"), pilots.getJsonObject(0).getString("pilotId"));
      assertEquals(4, pilots.getJsonObject(0).getInteger("phase"));
      assertEquals("Sensor ved senga", pilots.getJsonObject(0).getString("title"));
      assertEquals("candidate", pilots.getJsonObject(0).getString("status"));
      assertNotNull(listener.awaitEvent("project." + id + ".events", e -> "pilot.add".equals(e.getString("type")), Duration.ofSeconds(5)),
          "the project page hears the pilot");
    }
    // A pilot of a matrix in no project is in none until the next start (PJ11), and makes no error.
    org.samskap.testing.Pilots.convert(server, org.samskap.testing.Pilots.acceptedItem(server, "Lys i gangen"));
    assertEquals(1, get(p, token).getJsonObject("project").getJsonArray("pilots").size());
  }

  @Test
  void pj17_the_project_view_lists_the_link_polls_of_its_boards_in_their_phase_with_their_status() {
    JsonObject p = create("Brukarstemme");
    String id = p.getString("id");
    String token = p.getString("token");
    HttpResponse<String> r = server.call("POST", "/api/projects/" + id + "/boards", token,
        new JsonObject().put("kind", "ideas").put("title", "Innsikt").put("phase", 2));
    org.samskap.testing.Board board = org.samskap.testing.Board.of(new JsonObject(r.body()));
    JsonObject poll = PollIT.createPoll(server, board, 1, false);
    org.samskap.testing.Board elsewhere = org.samskap.testing.Boards.newBoard(server, "ideas");
    PollIT.createPoll(server, elsewhere, 1, false); // a poll of a board in no project is not listed
    JsonArray polls = get(p, token).getJsonObject("project").getJsonArray("polls");
    assertEquals(1, polls.size(), polls.encode());
    JsonObject listed = polls.getJsonObject(0);
    assertEquals(poll.getString("pollId"), listed.getString("pollId"));
    assertEquals(board.id(), listed.getString("boardId"));
    assertEquals(2, listed.getInteger("phase"));
    assertEquals("open", listed.getString("status"));
    assertEquals(3, listed.getInteger("items"));
    assertEquals(200, server.call("POST", "/api/boards/" + board.id() + "/polls/" + poll.getString("pollId") + "/close",
        board.facilitator(), null).statusCode());
    assertEquals("closed", get(p, token).getJsonObject("project").getJsonArray("polls").getJsonObject(0).getString("status"));
  }

  @Test
  void pj18_the_board_s_project_says_whether_the_board_token_opens_it() {
    org.samskap.testing.Board lone = org.samskap.testing.Boards.newBoard(server, "ideas");
    assertEquals(404, server.call("GET", "/api/boards/" + lone.id() + "/project", lone.facilitator(), null).statusCode());
    server.restart(); // the start-up placement makes a project of its own for the board (PJ11)
    HttpResponse<String> placed = server.call("GET", "/api/boards/" + lone.id() + "/project", lone.facilitator(), null);
    assertEquals(200, placed.statusCode(), placed.body());
    JsonObject body = new JsonObject(placed.body());
    assertEquals(true, body.getBoolean("boardTokenOpens"), "a placed project opens with its board's facilitator token (PJ8)");
    assertEquals(200, server.call("GET", "/api/projects/" + body.getString("projectId"), lone.facilitator(), null).statusCode());
    assertEquals(403, server.call("GET", "/api/boards/" + lone.id() + "/project", lone.participant(), null).statusCode());
  }

  @Test
  void pj19_phase_4_has_a_guide_to_the_matrix_pilot_action_and_phases_5_and_6_a_gain_follow_up_board() {
    JsonObject p = create("Gevinstar");
    String id = p.getString("id");
    String token = p.getString("token");
    JsonArray all = new JsonObject(server.get("/api/project-templates").body()).getJsonArray("templates");
    JsonObject guide = all.stream().map(JsonObject.class::cast).filter(x -> x.getInteger("phase") == 4).findFirst().orElseThrow();
    assertEquals("matrix-pilot", guide.getString("action"));
    assertTrue(guide.getJsonObject("guide").getString("nn").contains("Lag pilot"), guide.encode());
    assertTrue(guide.getJsonArray("boards").isEmpty());
    HttpResponse<String> refused = server.call("POST", "/api/projects/" + id + "/boards", token,
        new JsonObject().put("template", guide.getString("id")).put("title", "X"));
    assertEquals(400, refused.statusCode());
    assertEquals("template", new JsonObject(refused.body()).getString("field"));
    assertEquals(List.of(5, 6), all.stream().map(JsonObject.class::cast).filter(x -> x.getString("id").startsWith("gain-"))
        .map(x -> x.getInteger("phase")).toList());
    HttpResponse<String> r = server.call("POST", "/api/projects/" + id + "/boards", token,
        new JsonObject().put("template", "gain-follow-up").put("title", "Nattsensor").put("lang", "en"));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject board = new JsonObject(r.body()).getJsonArray("boards").getJsonObject(0);
    assertEquals("Nattsensor – gain follow-up", board.getString("title"));
    String export = server.call("GET", "/api/boards/" + board.getString("id") + "/export.json",
        board.getJsonObject("tokens").getString("facilitator"), null).body();
    assertTrue(export.contains("Deviations from the gain plan and corrective measures"), export);
    JsonArray boards = get(p, token).getJsonObject("project").getJsonArray("boards");
    assertEquals(1, boards.size());
    assertEquals(6, boards.getJsonObject(0).getInteger("phase"));
  }

  @Test
  void pj20_an_idea_board_saved_as_a_template_is_offered_in_that_project_only_and_makes_a_board_with_its_prompts() {
    JsonObject p = create("Malverkstad");
    String id = p.getString("id");
    String token = p.getString("token");
    HttpResponse<String> r = server.call("POST", "/api/projects/" + id + "/boards", token,
        new JsonObject().put("template", "problem-goal").put("title", "Fall").put("lang", "nb"));
    JsonObject board = new JsonObject(r.body()).getJsonArray("boards").getJsonObject(0);
    org.samskap.testing.Board b = org.samskap.testing.Board.of(board);
    try (BusClient c = BusClient.connect(server.port())) { // a participant's note stays out of the template
      org.samskap.testing.Boards.join(c, b, b.participant(), "Ola");
      org.samskap.testing.Boards.ok(c, b, b.participant(), org.samskap.testing.Boards.op("note.create").put("text", "Hemmeleg lapp").put("x", 1).put("y", 1));
      org.samskap.testing.Boards.ok(c, b, b.participant(), org.samskap.testing.Boards.op("cluster.create").put("label", "Kven er brukarane?"));
    }
    HttpResponse<String> saved = server.call("POST", "/api/projects/" + id + "/templates", token,
        new JsonObject().put("boardId", b.id()).put("name", "Vår oppstart"));
    assertEquals(201, saved.statusCode(), saved.body());
    JsonArray templates = get(p, token).getJsonObject("project").getJsonArray("templates");
    assertEquals(1, templates.size());
    JsonObject t = templates.getJsonObject(0);
    assertEquals("Vår oppstart", t.getString("name"));
    assertEquals(1, t.getInteger("phase"));
    assertEquals(4, t.getJsonArray("prompts").size(), t.encode());
    assertEquals("Kven er brukarane?", t.getJsonArray("prompts").getString(3));
    assertFalse(t.encode().contains("Hemmeleg lapp"), "notes are not saved");

    HttpResponse<String> again = server.call("POST", "/api/projects/" + id + "/templates", token,
        new JsonObject().put("boardId", b.id()).put("name", "vår oppstart"));
    assertEquals(409, again.statusCode(), again.body());
    HttpResponse<String> foreign = server.call("POST", "/api/projects/" + id + "/templates", token,
        new JsonObject().put("boardId", org.samskap.testing.Boards.newBoard(server, "ideas").id()).put("name", "Anna"));
    assertEquals(404, foreign.statusCode());
    assertEquals("boardId", new JsonObject(foreign.body()).getString("field"));

    HttpResponse<String> made = server.call("POST", "/api/projects/" + id + "/boards", token,
        new JsonObject().put("template", "saved:" + t.getString("id")).put("title", "Neste runde"));
    assertEquals(201, made.statusCode(), made.body());
    JsonObject copy = new JsonObject(made.body()).getJsonArray("boards").getJsonObject(0);
    assertEquals("Neste runde", copy.getString("title"));
    String export = server.call("GET", "/api/boards/" + copy.getString("id") + "/export.json",
        copy.getJsonObject("tokens").getString("facilitator"), null).body();
    assertTrue(export.contains("Kven er brukarane?") && export.contains("Målet: hva vil vi oppnå?"), export);
    assertFalse(export.contains("Hemmeleg lapp"));
    assertEquals(1, get(p, token).getJsonObject("project").getJsonArray("boards").getJsonObject(1).getInteger("phase"));
    // Another project does not have it.
    JsonObject other = create("Anna prosjekt");
    HttpResponse<String> elsewhere = server.call("POST", "/api/projects/" + other.getString("id") + "/boards", other.getString("token"),
        new JsonObject().put("template", "saved:" + t.getString("id")).put("title", "X"));
    assertEquals(404, elsewhere.statusCode());
  }

  @Test
  void pj12_the_owner_link_is_shown_again_and_a_rotation_ends_the_old_one() {
    JsonObject p = create("Tidlig innsats");
    String id = p.getString("id");
    String old = p.getString("token");
    HttpResponse<String> again = server.call("GET", "/api/projects/" + id + "/owner-link", old, null);
    assertEquals(p.getString("link"), new JsonObject(again.body()).getString("link"));
    HttpResponse<String> rotated = server.call("POST", "/api/projects/" + id + "/owner-link", old, null);
    assertEquals(201, rotated.statusCode(), rotated.body());
    String fresh = new JsonObject(rotated.body()).getString("token");
    assertEquals(403, server.call("GET", "/api/projects/" + id, old, null).statusCode());
    assertEquals(200, server.call("GET", "/api/projects/" + id, fresh, null).statusCode());
  }

  /**
   * A register has no reply and its token check is asynchronous: tick an item until its event
   * arrives (ticks replace each other, so repeating one is harmless), then forget those events.
   */
  private static void awaitRegistered(BusClient listener, String id, String token) {
    String address = "project." + id + ".events";
    for (int i = 0; i < 10; i++) {
      server.call("POST", "/api/projects/" + id + "/ticks", token, new JsonObject()
          .put("phase", 1).put("itemId", "p1-gains").put("ticked", true).put("by", "Kari"));
      if (listener.awaitEvent(address, e -> true, Duration.ofMillis(500)) != null) {
        listener.drainEvents(address);
        return;
      }
    }
    throw new AssertionError("the listener never heard the project's events");
  }

  private static String databaseText() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(server.dataDir())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) all.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }
}
