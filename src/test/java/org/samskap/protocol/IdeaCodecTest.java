package org.samskap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.ideas.Cluster;
import org.samskap.domain.ideas.Color;
import org.samskap.domain.ideas.IdeaBoard;
import org.samskap.domain.ideas.IdeaEvent;
import org.samskap.domain.ideas.IdeaOp;
import org.samskap.domain.ideas.Note;

/** Decoding untrusted op bodies, and the one encoding of events and board content. Names cite docs/PROTOCOL.md. */
class IdeaCodecTest {

  /** A body as it arrives: parsed from JSON text, as the bridge does. */
  static Map<String, Object> body(String json) {
    return new JsonObject(json).getMap();
  }

  static Rejection refusal(String type, String json) {
    return assertThrows(DecodeException.class, () -> IdeaCodec.decodeOp(type, body(json))).rejection();
  }

  // ---- decodeOp: every op of the op table ----

  static Stream<Arguments> validOps() {
    return Stream.of(
        Arguments.of("note.create", "{\"text\":\"Hei\",\"x\":1.5,\"y\":-2}", new IdeaOp.CreateNote("Hei", 1.5, -2, null, null)),
        Arguments.of("note.create", "{\"text\":\"Hei\",\"x\":0,\"y\":0,\"color\":\"pink\",\"clusterId\":\"c_1-A\"}",
            new IdeaOp.CreateNote("Hei", 0, 0, Color.PINK, "c_1-A")),
        Arguments.of("note.create", "{\"text\":\"\",\"x\":0,\"y\":0,\"color\":null,\"clusterId\":null}",
            new IdeaOp.CreateNote("", 0, 0, null, null)),
        Arguments.of("note.edit", "{\"noteId\":\"n1\",\"text\":\"ny\"}", new IdeaOp.EditNote("n1", "ny")),
        Arguments.of("note.move", "{\"noteId\":\"n1\",\"x\":300.5,\"y\":-40}", new IdeaOp.MoveNote("n1", 300.5, -40)),
        Arguments.of("note.color", "{\"noteId\":\"n1\",\"color\":\"purple\"}", new IdeaOp.ColorNote("n1", Color.PURPLE)),
        Arguments.of("note.delete", "{\"noteId\":\"n1\"}", new IdeaOp.DeleteNote("n1")),
        Arguments.of("note.cluster", "{\"noteId\":\"n1\",\"clusterId\":\"c1\"}", new IdeaOp.ClusterNote("n1", "c1")),
        Arguments.of("note.cluster", "{\"noteId\":\"n1\",\"clusterId\":null}", new IdeaOp.ClusterNote("n1", null)),
        Arguments.of("cluster.create", "{\"label\":\"Mat\",\"x\":10,\"y\":20}", new IdeaOp.CreateCluster("Mat", 10, 20)),
        Arguments.of("cluster.create", "{\"label\":\"Mat\"}", new IdeaOp.CreateCluster("Mat", 0, 0)),
        Arguments.of("cluster.rename", "{\"clusterId\":\"c1\",\"label\":\"Måltider\"}", new IdeaOp.RenameCluster("c1", "Måltider")),
        Arguments.of("cluster.delete", "{\"clusterId\":\"c1\"}", new IdeaOp.DeleteCluster("c1")),
        Arguments.of("board.rename", "{\"title\":\"Ny tittel\"}", new IdeaOp.RenameBoard("Ny tittel")),
        Arguments.of("cluster.merge", "{\"clusterId\":\"c1\",\"intoId\":\"c2\"}", new IdeaOp.MergeClusters("c1", "c2")),
        Arguments.of("cluster.split", "{\"noteIds\":[\"n1\",\"n2\"],\"label\":\"Ny\",\"x\":5,\"y\":6}",
            new IdeaOp.SplitCluster(List.of("n1", "n2"), "Ny", 5, 6)),
        Arguments.of("board.names", "{\"shown\":true}", new IdeaOp.ShowNames(true)));
  }

  @Test
  @DisplayName("I2, I3: a split needs an array of ids, and the names switch a boolean, named in the message")
  void I2_I3_bad_split_and_names_bodies_name_the_field() {
    assertEquals("Field 'noteIds' must be an array of ids.", refusal("cluster.split", "{\"noteIds\":\"n1\",\"label\":\"N\"}").message());
    assertEquals("Field 'noteIds' must be an array of ids.", refusal("cluster.split", "{\"noteIds\":[\"a b\"],\"label\":\"N\"}").message());
    Map<String, Object> copied = new JsonObject().put("noteIds", new io.vertx.core.json.JsonArray().add("n1")).put("label", "N").getMap();
    assertEquals(new IdeaOp.SplitCluster(List.of("n1"), "N", 0, 0), IdeaCodec.decodeOp("cluster.split", copied), "a bus-copied body");
    assertEquals("Field 'shown' must be true or false.", refusal("board.names", "{\"shown\":\"yes\"}").message());
    assertEquals("Field 'intoId' must be a string.", refusal("cluster.merge", "{\"clusterId\":\"c1\"}").message());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("validOps")
  @DisplayName("R1: each op of the op table decodes from its JSON fields; extra fields such as clientOpId are ignored")
  void R1_every_op_decodes(String type, String json, IdeaOp expected) {
    Map<String, Object> m = body(json);
    m.put("type", type);
    m.put("clientOpId", "op-1");
    IdeaOp op = IdeaCodec.decodeOp(type, m);
    assertEquals(expected, op);
    assertEquals(type, op.type(), "the op's wire name is the type it was decoded from");
  }

  static Stream<Arguments> badFields() {
    return Stream.of(
        Arguments.of("note.create", "{\"x\":0,\"y\":0}", "Field 'text' must be a string."),
        Arguments.of("note.create", "{\"text\":7,\"x\":0,\"y\":0}", "Field 'text' must be a string."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":\"far\",\"y\":0}", "Field 'x' must be a number."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0}", "Field 'y' must be a number."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0,\"y\":true}", "Field 'y' must be a number."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0,\"y\":0,\"color\":\"red\"}",
            "Field 'color' must be one of yellow, pink, blue, green, orange, purple."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0,\"y\":0,\"color\":\"YELLOW\"}",
            "Field 'color' must be one of yellow, pink, blue, green, orange, purple."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0,\"y\":0,\"color\":3}", "Field 'color' must be a string or absent."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0,\"y\":0,\"clusterId\":\"has space\"}",
            "Field 'clusterId' is not a valid id."),
        Arguments.of("note.create", "{\"text\":\"t\",\"x\":0,\"y\":0,\"clusterId\":5}", "Field 'clusterId' must be a string."),
        Arguments.of("note.edit", "{\"text\":\"t\"}", "Field 'noteId' must be a string."),
        Arguments.of("note.edit", "{\"noteId\":\"n1\"}", "Field 'text' must be a string."),
        Arguments.of("note.edit", "{\"noteId\":\"\",\"text\":\"t\"}", "Field 'noteId' is not a valid id."),
        Arguments.of("note.edit", "{\"noteId\":\"" + "a".repeat(65) + "\",\"text\":\"t\"}", "Field 'noteId' is not a valid id."),
        Arguments.of("note.edit", "{\"noteId\":\"../etc\",\"text\":\"t\"}", "Field 'noteId' is not a valid id."),
        Arguments.of("note.move", "{\"noteId\":\"n1\",\"x\":1}", "Field 'y' must be a number."),
        Arguments.of("note.move", "{\"noteId\":\"n1\",\"x\":[1],\"y\":1}", "Field 'x' must be a number."),
        Arguments.of("note.color", "{\"noteId\":\"n1\"}", "Field 'color' must be a string."),
        Arguments.of("note.color", "{\"noteId\":\"n1\",\"color\":\"black\"}",
            "Field 'color' must be one of yellow, pink, blue, green, orange, purple."),
        Arguments.of("note.delete", "{}", "Field 'noteId' must be a string."),
        Arguments.of("note.delete", "{\"noteId\":{\"$ne\":null}}", "Field 'noteId' must be a string."),
        Arguments.of("note.cluster", "{\"noteId\":\"n1\"}", "Field 'clusterId' is required (null takes the note out)."),
        Arguments.of("note.cluster", "{\"noteId\":\"n1\",\"clusterId\":\"c 1\"}", "Field 'clusterId' is not a valid id."),
        Arguments.of("note.cluster", "{\"clusterId\":null}", "Field 'noteId' must be a string."),
        Arguments.of("cluster.create", "{}", "Field 'label' must be a string."),
        Arguments.of("cluster.create", "{\"label\":\"l\",\"x\":\"1\"}", "Field 'x' must be a number."),
        Arguments.of("cluster.rename", "{\"clusterId\":\"c1\"}", "Field 'label' must be a string."),
        Arguments.of("cluster.rename", "{\"label\":\"l\"}", "Field 'clusterId' must be a string."),
        Arguments.of("cluster.delete", "{\"clusterId\":null}", "Field 'clusterId' must be a string."),
        Arguments.of("board.rename", "{\"title\":null}", "Field 'title' must be a string."));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badFields")
  @DisplayName("R6 bad_request: a missing or mistyped field is refused and the message names the field")
  void R6_bad_fields_are_bad_requests_naming_the_field(String type, String json, String message) {
    Rejection r = refusal(type, json);
    assertEquals(Reason.BAD_REQUEST, r.reason());
    assertEquals(message, r.message());
  }

  @Test
  @DisplayName("R6 unknown_op: a type that is not an op of an idea board")
  void R6_unknown_type_is_unknown_op() {
    for (String type : List.of("note.explode", "join.", "", "NOTE.CREATE", "presence")) {
      Rejection r = refusal(type, "{}");
      assertEquals(Reason.UNKNOWN_OP, r.reason(), type);
      assertEquals("Unknown op '" + type + "'.", r.message());
    }
  }

  @Test
  @DisplayName("DecodeException carries the rejection, its message is the rejection's, and it is cheap (no stack trace)")
  void decode_exception_carries_the_rejection() {
    DecodeException e = assertThrows(DecodeException.class, () -> IdeaCodec.decodeOp("note.delete", new HashMap<>()));
    assertEquals(e.rejection().message(), e.getMessage());
    assertEquals(0, e.getStackTrace().length);
  }

  @Test
  @DisplayName("R2: ids are 1-64 characters of A-Z a-z 0-9 _ -, so 64 is accepted")
  void ids_of_64_characters_are_accepted() {
    String id = "Az09_-".repeat(10) + "abcd";
    assertEquals(64, id.length());
    assertEquals(new IdeaOp.DeleteNote(id), IdeaCodec.decodeOp("note.delete", body("{\"noteId\":\"" + id + "\"}")));
  }

  // ---- events: encode/decode ----

  static Stream<IdeaEvent> events() {
    return Stream.of(
        new IdeaEvent.NoteCreated(new Note("n1", "Bedre dagtilbud", 10, -20.25, Color.GREEN, null, "Kari")),
        new IdeaEvent.NoteCreated(new Note("n2", "æøå 😀", 0, 0, Color.YELLOW, "c1", "")),
        new IdeaEvent.ClusterCreated(new Cluster("c1", "Transport", 5.5, 6)),
        new IdeaOp.EditNote("n1", "ny tekst"),
        new IdeaOp.MoveNote("n1", 300.5, -40),
        new IdeaOp.ColorNote("n1", Color.BLUE),
        new IdeaOp.DeleteNote("n1"),
        new IdeaOp.ClusterNote("n1", "c1"),
        new IdeaOp.ClusterNote("n1", null),
        new IdeaOp.RenameCluster("c1", "Måltider"),
        new IdeaOp.DeleteCluster("c1"),
        new IdeaOp.RenameBoard("Ny tittel"),
        new IdeaOp.MergeClusters("c1", "c2"),
        new IdeaEvent.ClusterSplit(new Cluster("c3", "Ny", 1, 2), List.of("n1", "n2"), "c1"),
        new IdeaOp.RestoreCluster(new Cluster("c3", "Ny", 1, 2), List.of("n1"), "c1"),
        new IdeaOp.ShowNames(true));
  }

  @Test
  @DisplayName("I3: the names switch is in the content and comes back from it")
  void I3_names_shown_round_trips_through_content() {
    IdeaBoard board = new IdeaBoard("t");
    board.apply(new IdeaOp.ShowNames(true));
    Map<String, Object> content = new LinkedHashMap<>();
    IdeaCodec.encodeContent(board, content);
    assertEquals(true, content.get("namesShown"));
    assertTrue(IdeaCodec.decodeContent("t", new JsonObject(new JsonObject(content).encode()).getMap()).namesShown());
    assertFalse(IdeaCodec.decodeContent("t", new HashMap<>()).namesShown());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  @DisplayName("E1: every event survives encode → JSON text → decode unchanged, and carries its op type")
  void E1_events_round_trip_through_json(IdeaEvent event) {
    Map<String, Object> encoded = IdeaCodec.encodeEvent(event);
    assertEquals(event.type(), encoded.get("type"));
    Map<String, Object> parsed = new JsonObject(new JsonObject(encoded).encode()).getMap();
    assertEquals(event, IdeaCodec.decodeEvent(parsed));
    assertEquals(event, IdeaCodec.decodeEvent(encoded));
  }

  @Test
  @DisplayName("E1: a note.create event carries the server-assigned noteId and the resolved color, clusterId and author")
  void E1_note_create_event_carries_resolved_fields() {
    Map<String, Object> m = IdeaCodec.encodeEvent(
        new IdeaEvent.NoteCreated(new Note("n9", "t", 1, 2, Color.DEFAULT, null, "Ola")));
    assertEquals(List.of("type", "noteId", "text", "x", "y", "color", "clusterId", "author"), List.copyOf(m.keySet()));
    assertEquals("n9", m.get("noteId"));
    assertEquals("yellow", m.get("color"));
    assertTrue(m.containsKey("clusterId"));
    assertNull(m.get("clusterId"), "no cluster is an explicit null");
    assertEquals("Ola", m.get("author"));
  }

  @Test
  @DisplayName("E1: the other events carry exactly the changed fields")
  void E1_events_carry_only_the_changed_fields() {
    assertEquals(List.of("type", "noteId", "x", "y"), List.copyOf(IdeaCodec.encodeEvent(new IdeaOp.MoveNote("n", 1, 2)).keySet()));
    assertEquals(List.of("type", "clusterId", "label", "x", "y"),
        List.copyOf(IdeaCodec.encodeEvent(new IdeaEvent.ClusterCreated(new Cluster("c", "l", 0, 0))).keySet()));
    assertEquals(List.of("type", "noteId"), List.copyOf(IdeaCodec.encodeEvent(new IdeaOp.DeleteNote("n")).keySet()));
    assertEquals(List.of("type", "title"), List.copyOf(IdeaCodec.encodeEvent(new IdeaOp.RenameBoard("t")).keySet()));
    assertEquals("c", IdeaCodec.encodeEvent(new IdeaOp.DeleteCluster("c")).get("clusterId"));
  }

  @Test
  @DisplayName("a stored event whose type is not an idea op cannot be read back")
  void decode_event_of_an_unknown_type_fails() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "note.explode");
    DecodeException e = assertThrows(DecodeException.class, () -> IdeaCodec.decodeEvent(m));
    assertEquals(Reason.UNKNOWN_OP, e.rejection().reason());
  }

  // ---- board content: encode/decode ----

  @Test
  @DisplayName("J1: board content (notes and clusters, in board order) round-trips through JSON text")
  void J1_content_round_trips() {
    IdeaBoard board = new IdeaBoard("Workshop");
    board.apply(new IdeaEvent.ClusterCreated(new Cluster("c2", "Transport", 1, 2)));
    board.apply(new IdeaEvent.ClusterCreated(new Cluster("c1", "Mat", -3, 4.5)));
    board.apply(new IdeaEvent.NoteCreated(new Note("n2", "Buss", 10, 20, Color.PINK, "c2", "Kari")));
    board.apply(new IdeaEvent.NoteCreated(new Note("n1", "Middag 😀", 0.25, -7, Color.YELLOW, null, "Ola")));
    board.apply(new IdeaEvent.NoteCreated(new Note("n3", "", 1e6, -1e6, Color.PURPLE, "c1", "")));

    Map<String, Object> content = new LinkedHashMap<>();
    IdeaCodec.encodeContent(board, content);
    Map<String, Object> parsed = new JsonObject(new JsonObject(content).encode()).getMap();
    IdeaBoard back = IdeaCodec.decodeContent("Workshop", parsed);

    assertEquals("Workshop", back.title());
    assertEquals(List.copyOf(board.notes()), List.copyOf(back.notes()));
    assertEquals(List.copyOf(board.clusters()), List.copyOf(back.clusters()));
    assertEquals(List.of("n2", "n1", "n3"), back.notes().stream().map(Note::id).toList());
  }

  @Test
  @DisplayName("J1: a snapshot note has the documented fields")
  void J1_snapshot_note_shape() {
    IdeaBoard board = new IdeaBoard("t");
    board.apply(new IdeaEvent.NoteCreated(new Note("n", "t", 1, 2, Color.BLUE, null, "a")));
    board.apply(new IdeaEvent.ClusterCreated(new Cluster("c", "l", 3, 4)));
    Map<String, Object> content = new LinkedHashMap<>();
    IdeaCodec.encodeContent(board, content);
    JsonObject json = new JsonObject(content);
    assertEquals(List.of("id", "text", "x", "y", "color", "clusterId", "author"),
        List.copyOf(json.getJsonArray("notes").getJsonObject(0).fieldNames()));
    assertEquals(List.of("id", "label", "x", "y"), List.copyOf(json.getJsonArray("clusters").getJsonObject(0).fieldNames()));
  }

  @Test
  @DisplayName("empty content decodes to an empty board with the given title")
  void empty_content_decodes_to_an_empty_board() {
    IdeaBoard empty = IdeaCodec.decodeContent("Tom", new HashMap<>());
    assertEquals("Tom", empty.title());
    assertEquals(0, empty.noteCount());
    assertEquals(0, empty.clusterCount());
    Map<String, Object> content = new LinkedHashMap<>();
    IdeaCodec.encodeContent(new IdeaBoard("x"), content);
    assertFalse(content.isEmpty(), "an empty board still writes its (empty) lists");
    assertEquals(List.of(), content.get("notes"));
  }
}
