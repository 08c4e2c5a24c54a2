package org.samskap.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Rule PJ15: the project archive is read as hostile; each refusal names the entry at fault. */
class ProjectArchiveTest {
  static final JsonObject DOC = new JsonObject().put("format", "samskap-project").put("version", 1).put("project", new JsonObject());

  static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] doc() {
    return DOC.encode().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void pj14_an_archive_written_is_read_back() {
    byte[] zip = ProjectArchive.write(DOC, Map.of("abcdefgh12", "{\"x\":1}".getBytes(StandardCharsets.UTF_8)));
    ProjectArchive.Read read = ProjectArchive.read(zip);
    assertEquals(1, read.project().getInteger("version"));
    assertEquals("{\"x\":1}", new String(read.boards().get("abcdefgh12"), StandardCharsets.UTF_8));
  }

  @Test
  void pj14_pilot_entries_are_written_and_read_back_apart_from_the_boards() {
    byte[] zip = ProjectArchive.write(DOC, Map.of("abcdefgh12", "{\"b\":1}".getBytes(StandardCharsets.UTF_8)),
        Map.of("pilot12345", "{\"p\":1}".getBytes(StandardCharsets.UTF_8)));
    ProjectArchive.Read read = ProjectArchive.read(zip);
    assertEquals(java.util.Set.of("abcdefgh12"), read.boards().keySet());
    assertEquals(java.util.Set.of("pilot12345"), read.pilots().keySet());
    assertEquals("{\"p\":1}", new String(read.pilots().get("pilot12345"), StandardCharsets.UTF_8));
  }

  @Test
  void pj15_an_entry_whose_path_leaves_the_archive_is_refused_by_name() throws Exception {
    var r = assertThrows(ProjectArchive.Refused.class, () -> ProjectArchive.read(zip(Map.of("../../etc/passwd", new byte[] {1}))));
    assertEquals("../../etc/passwd", r.entry());
    assertEquals("The entry's path leaves the archive.", r.getMessage());
    assertEquals("/abs.json", assertThrows(ProjectArchive.Refused.class,
        () -> ProjectArchive.read(zip(Map.of("/abs.json", new byte[] {1})))).entry());
  }

  @Test
  void pj15_a_nested_archive_is_refused_by_name_and_by_content() throws Exception {
    var byName = assertThrows(ProjectArchive.Refused.class, () -> ProjectArchive.read(zip(Map.of("boards/inner.zip", new byte[] {1}))));
    assertEquals("The archive holds another archive.", byName.getMessage());
    byte[] inner = zip(Map.of("a.txt", new byte[] {1}));
    var byContent = assertThrows(ProjectArchive.Refused.class,
        () -> ProjectArchive.read(zip(Map.of("boards/abcdefgh12.json", inner))));
    assertEquals("boards/abcdefgh12.json", byContent.entry());
    assertEquals("The archive holds another archive.", byContent.getMessage());
  }

  @Test
  void pj15_a_compression_bomb_is_refused_before_it_is_unpacked() throws Exception {
    byte[] zeros = new byte[7 * 1024 * 1024];
    var r = assertThrows(ProjectArchive.Refused.class, () -> ProjectArchive.read(zip(Map.of("boards/abcdefgh12.json", zeros))));
    assertEquals("boards/abcdefgh12.json", r.entry());
    assertEquals("The entry unpacks to more than 100 times its packed size (a compression bomb).", r.getMessage());
  }

  @Test
  void pj15_an_unknown_version_a_malformed_file_an_unknown_entry_and_a_missing_project_are_refused() throws Exception {
    byte[] v2 = DOC.copy().put("version", 2).encode().getBytes(StandardCharsets.UTF_8);
    var version = assertThrows(ProjectArchive.Refused.class, () -> ProjectArchive.read(zip(Map.of("samskap-project.json", v2))));
    assertEquals("Unknown format or version: this server reads \"samskap-project\" version 1.", version.getMessage());
    assertEquals("The file is not a readable zip archive.",
        assertThrows(ProjectArchive.Refused.class, () -> ProjectArchive.read("not a zip".getBytes(StandardCharsets.UTF_8))).getMessage());
    assertEquals("notes.txt", assertThrows(ProjectArchive.Refused.class,
        () -> ProjectArchive.read(zip(Map.of("samskap-project.json", doc(), "notes.txt", new byte[] {1})))).entry());
    assertEquals("The archive has no samskap-project.json.", assertThrows(ProjectArchive.Refused.class,
        () -> ProjectArchive.read(zip(Map.of("boards/abcdefgh12.json", "{}".getBytes(StandardCharsets.UTF_8))))).getMessage());
  }
}
