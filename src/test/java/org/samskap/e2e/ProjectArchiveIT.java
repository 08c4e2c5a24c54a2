package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;

/** Rules PJ14, PJ15 over HTTP: a project archive re-imports on a fresh server; a bad one stores nothing. */
class ProjectArchiveIT {
  @Test
  void pj14_a_project_exported_on_one_server_imports_on_a_fresh_one_with_its_phases_boards_decisions_and_ticks() throws Exception {
    byte[] zip;
    JsonObject before;
    try (TestServer a = TestServer.start()) {
      JsonObject p = new JsonObject(a.call("POST", "/api/projects", null, new JsonObject().put("title", "Trygg natt")
          .put("problem", "Fall om natta").put("unit", "Helse")).body());
      String id = p.getString("id");
      String token = p.getString("token");
      assertEquals(201, a.call("POST", "/api/projects/" + id + "/boards", token,
          new JsonObject().put("template", "problem-goal").put("title", "Fall").put("lang", "nb")).statusCode());
      assertEquals(201, a.call("POST", "/api/projects/" + id + "/boards", token,
          new JsonObject().put("kind", "journey").put("title", "Dagens reise").put("phase", 2)).statusCode());
      // PJ14: a pilot made from the project's matrix (PJ16) goes into the archive as pilots/<id>.json.
      HttpResponse<String> matrixMade = a.call("POST", "/api/projects/" + id + "/boards", token,
          new JsonObject().put("kind", "matrix").put("title", "Prioritering").put("phase", 3));
      assertEquals(201, matrixMade.statusCode(), matrixMade.body());
      org.samskap.testing.Pilots.convert(a, org.samskap.testing.Pilots.acceptedItem(a, "Sensor ved senga",
          org.samskap.testing.Board.of(new JsonObject(matrixMade.body()))));
      a.call("POST", "/api/projects/" + id + "/ticks", token, new JsonObject().put("phase", 1).put("itemId", "p1-problem")
          .put("ticked", true).put("note", "Vedtatt").put("by", "Kari"));
      a.call("POST", "/api/projects/" + id + "/decisions", token, new JsonObject().put("kind", "next")
          .put("recommendation", "Forankret").put("by", "Kari"));
      before = new JsonObject(a.call("GET", "/api/projects/" + id, token, null).body()).getJsonObject("project");
      HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(a.baseUrl()
          + "/api/projects/" + id + "/export.zip")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, export.statusCode());
      assertEquals("application/zip", export.headers().firstValue("Content-Type").orElse(""));
      zip = export.body();
      // PJ14: report.pdf is a readable PDF with the project's title and a decision's text, in the request's language.
      String nb = pdfText(entry(zip, "report.pdf"));
      assertTrue(nb.contains("Trygg natt") && nb.contains("Forankret") && nb.contains("Veivalg") && nb.contains("Kari"), nb);
      assertTrue(nb.contains("Sensor ved senga") && nb.contains("Fase 2 Innsikt"), nb);
      HttpResponse<byte[]> en = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(a.baseUrl()
          + "/api/projects/" + id + "/export.zip?lang=en")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
      String enText = pdfText(entry(en.body(), "report.pdf"));
      assertTrue(enText.contains("Decisions") && enText.contains("Phase 2 Insight") && enText.contains("Forankret"), enText);
      for (String word : List.of("Veivalg", "Fase ", "Tavler", "Piloter", "pilotkandidat")) assertFalse(enText.contains(word), word + " in " + enText);
      assertTrue(entry(zip, "pilots/" + before.getJsonArray("pilots").getJsonObject(0).getString("pilotId") + ".json").length > 0);
      assertEquals(401, a.call("GET", "/api/projects/" + id + "/export.zip", null, null).statusCode());
    }
    try (TestServer b = TestServer.start()) {
      HttpResponse<String> imported = post(b, zip);
      assertEquals(201, imported.statusCode(), imported.body());
      JsonObject made = new JsonObject(imported.body());
      JsonObject after = new JsonObject(b.call("GET", "/api/projects/" + made.getString("id"), made.getString("token"), null).body())
          .getJsonObject("project");
      for (String f : List.of("title", "problem", "unit", "phase", "ticks", "decisions")) assertEquals(before.getValue(f), after.getValue(f), f);
      JsonArray boards = after.getJsonArray("boards");
      assertEquals(3, boards.size());
      for (int i = 0; i < 3; i++) {
        JsonObject x = before.getJsonArray("boards").getJsonObject(i);
        JsonObject y = boards.getJsonObject(i);
        assertEquals(List.of(x.getString("kind"), x.getString("title"), x.getInteger("phase")),
            List.of(y.getString("kind"), y.getString("title"), y.getInteger("phase")));
        assertFalse(x.getString("boardId").equals(y.getString("boardId")), "a new board");
      }
      // PJ15: the pilot came back under a new id with its title, phase and status, linked to the new matrix board.
      JsonArray pilots = after.getJsonArray("pilots");
      assertEquals(1, pilots.size(), pilots.encode());
      JsonObject oldPilot = before.getJsonArray("pilots").getJsonObject(0);
      JsonObject newPilot = pilots.getJsonObject(0);
      assertEquals(List.of("Sensor ved senga", 4, "candidate"),
          List.of(newPilot.getString("title"), newPilot.getInteger("phase"), newPilot.getString("status")));
      assertFalse(oldPilot.getString("pilotId").equals(newPilot.getString("pilotId")), "a new pilot");
      JsonObject pilotMade = made.getJsonArray("pilots").getJsonObject(0);
      assertEquals(newPilot.getString("pilotId"), pilotMade.getString("id"));
      String pilotBody = b.call("GET", "/api/pilots/" + pilotMade.getString("id"), pilotMade.getJsonObject("tokens").getString("editor"), null).body();
      assertTrue(pilotBody.contains("\"matrixBoardId\":\"" + boards.getJsonObject(2).getString("boardId") + "\""), pilotBody);
      assertTrue(pilotBody.contains("Sensor ved senga"), pilotBody);
      // The template's prompts came along inside the idea board, which opens with its new link.
      JsonObject idea = made.getJsonArray("boards").getJsonObject(0);
      assertEquals(boards.getJsonObject(0).getString("boardId"), idea.getString("id"));
      HttpResponse<String> content = b.call("GET", "/api/boards/" + idea.getString("id") + "/export.json",
          idea.getJsonObject("tokens").getString("facilitator"), null);
      assertTrue(content.body().contains("Problemet: hvilke utfordringer står kommunen overfor?"), content.body());
    }
  }

  @Test
  void pj15_an_archive_with_a_bad_board_names_the_entry_and_stores_nothing() throws Exception {
    try (TestServer s = TestServer.start()) {
      JsonObject doc = new JsonObject().put("format", "samskap-project").put("version", 1).put("project", new JsonObject()
          .put("id", "old-project-1").put("title", "Uplassert-7Q2").put("phase", 1)
          .put("boards", new JsonArray().add(new JsonObject().put("boardId", "oldboard01").put("kind", "ideas")
              .put("title", "Idéer").put("phase", 3).put("addedAt", 1))));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        z.putNextEntry(new ZipEntry("samskap-project.json"));
        z.write(doc.encode().getBytes(StandardCharsets.UTF_8));
        z.putNextEntry(new ZipEntry("boards/oldboard01.json"));
        z.write("{\"format\":\"samskap-board\",\"version\":1}".getBytes(StandardCharsets.UTF_8));
      }
      HttpResponse<String> r = post(s, out.toByteArray());
      assertEquals(400, r.statusCode(), r.body());
      assertEquals("boards/oldboard01.json", new JsonObject(r.body()).getString("entry"));
      assertFalse(databaseText(s).contains("Uplassert-7Q2"), "nothing stored");
      // PJ15: a bad pilot entry is refused by name and nothing of the project is stored.
      doc.getJsonObject("project").put("title", "Pilotfeil-5R8").put("boards", new JsonArray()).put("pilots", new JsonArray()
          .add(new JsonObject().put("pilotId", "oldpilot01").put("title", "Piloten").put("phase", 4).put("addedAt", 1)));
      ByteArrayOutputStream badPilot = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(badPilot)) {
        z.putNextEntry(new ZipEntry("samskap-project.json"));
        z.write(doc.encode().getBytes(StandardCharsets.UTF_8));
        z.putNextEntry(new ZipEntry("pilots/oldpilot01.json"));
        z.write(("{\"schema\":\"samskap-export\",\"version\":1,\"kind\":\"pilot\",\"title\":\"x\","
            + "\"content\":{\"pilot\":{\"title\":\"x\"}}}").getBytes(StandardCharsets.UTF_8));
      }
      HttpResponse<String> rp = post(s, badPilot.toByteArray());
      assertEquals(400, rp.statusCode(), rp.body());
      assertEquals("pilots/oldpilot01.json", new JsonObject(rp.body()).getString("entry"));
      assertFalse(databaseText(s).contains("Pilotfeil-5R8"), "nothing stored");
      HttpResponse<String> traversal = post(s, zipOf("../x.json"));
      assertEquals("../x.json", new JsonObject(traversal.body()).getString("entry"));
    }
  }

  private static byte[] entry(byte[] zip, String name) throws Exception {
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null;) if (e.getName().equals(name)) return in.readAllBytes();
    }
    throw new AssertionError("no entry " + name);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
    }
  }

  private static byte[] zipOf(String name) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(1);
    }
    return out.toByteArray();
  }

  private static HttpResponse<String> post(TestServer s, byte[] body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/projects/import"))
        .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String databaseText(TestServer s) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(s.dataDir())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
