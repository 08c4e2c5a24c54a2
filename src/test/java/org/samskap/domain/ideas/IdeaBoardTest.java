package org.samskap.domain.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Role;

/** How events change an idea board, and that replaying them is deterministic. */
class IdeaBoardTest {

  static Note note(String id, String clusterId) {
    return new Note(id, "text " + id, 1, 2, Color.YELLOW, clusterId, "Kari");
  }

  static IdeaBoard boardWith(IdeaEvent... events) {
    IdeaBoard b = new IdeaBoard("Workshop");
    for (IdeaEvent e : events) b.apply(e);
    return b;
  }

  /** Everything observable about a board, for comparing two boards. */
  static String state(IdeaBoard b) {
    return b.title() + "|" + b.notes() + "|" + b.clusters();
  }

  @Test
  @DisplayName("a new board has its title and nothing else")
  void a_new_board_is_empty() {
    IdeaBoard b = new IdeaBoard("Tittel");
    assertEquals("Tittel", b.title());
    assertEquals(0, b.noteCount());
    assertEquals(0, b.clusterCount());
    assertTrue(b.notes().isEmpty());
    assertTrue(b.clusters().isEmpty());
    assertEquals("title", assertThrows(NullPointerException.class, () -> new IdeaBoard(null)).getMessage());
  }

  @Test
  @DisplayName("note.create and cluster.create add in creation order, findable by id")
  void created_notes_and_clusters_keep_creation_order() {
    IdeaBoard b = boardWith(
        new IdeaEvent.NoteCreated(note("b", null)),
        new IdeaEvent.ClusterCreated(new Cluster("c2", "To", 0, 0)),
        new IdeaEvent.NoteCreated(note("a", null)),
        new IdeaEvent.ClusterCreated(new Cluster("c1", "En", 0, 0)));
    assertEquals(List.of("b", "a"), b.notes().stream().map(Note::id).toList());
    assertEquals(List.of("c2", "c1"), b.clusters().stream().map(Cluster::id).toList());
    assertEquals(note("a", null), b.note("a"));
    assertEquals("To", b.cluster("c2").label());
    assertNull(b.note("nope"));
    assertNull(b.cluster("nope"));
  }

  @Test
  @DisplayName("note.edit, note.move, note.color and note.cluster change only their fields")
  void note_events_change_only_their_fields() {
    IdeaBoard b = boardWith(new IdeaEvent.NoteCreated(note("n", null)),
        new IdeaEvent.ClusterCreated(new Cluster("c", "Mat", 0, 0)));
    b.apply(new IdeaOp.EditNote("n", "ny tekst"));
    assertEquals(new Note("n", "ny tekst", 1, 2, Color.YELLOW, null, "Kari"), b.note("n"));
    b.apply(new IdeaOp.MoveNote("n", -3.5, 99));
    assertEquals(new Note("n", "ny tekst", -3.5, 99, Color.YELLOW, null, "Kari"), b.note("n"));
    b.apply(new IdeaOp.ColorNote("n", Color.ORANGE));
    assertEquals(new Note("n", "ny tekst", -3.5, 99, Color.ORANGE, null, "Kari"), b.note("n"));
    b.apply(new IdeaOp.ClusterNote("n", "c"));
    assertEquals(new Note("n", "ny tekst", -3.5, 99, Color.ORANGE, "c", "Kari"), b.note("n"));
    b.apply(new IdeaOp.ClusterNote("n", null));
    assertNull(b.note("n").clusterId(), "null takes the note out of its cluster");
  }

  @Test
  @DisplayName("note.delete removes the note and leaves the others")
  void note_delete_removes_only_that_note() {
    IdeaBoard b = boardWith(new IdeaEvent.NoteCreated(note("a", null)), new IdeaEvent.NoteCreated(note("b", null)));
    b.apply(new IdeaOp.DeleteNote("a"));
    assertNull(b.note("a"));
    assertEquals(1, b.noteCount());
    assertEquals(note("b", null), b.note("b"));
  }

  @Test
  @DisplayName("cluster.delete: the cluster goes, its notes stay on the board outside any cluster, other clusters keep theirs")
  void cluster_delete_unclusters_its_notes() {
    IdeaBoard b = boardWith(
        new IdeaEvent.ClusterCreated(new Cluster("c1", "Mat", 0, 0)),
        new IdeaEvent.ClusterCreated(new Cluster("c2", "Transport", 0, 0)),
        new IdeaEvent.NoteCreated(note("n1", "c1")),
        new IdeaEvent.NoteCreated(note("n2", "c2")),
        new IdeaEvent.NoteCreated(note("n3", "c1")),
        new IdeaEvent.NoteCreated(note("n4", null)));
    b.apply(new IdeaOp.DeleteCluster("c1"));
    assertNull(b.cluster("c1"));
    assertEquals(1, b.clusterCount());
    assertEquals(4, b.noteCount(), "no note was deleted with its cluster");
    assertNull(b.note("n1").clusterId());
    assertNull(b.note("n3").clusterId());
    assertEquals("c2", b.note("n2").clusterId());
    assertNull(b.note("n4").clusterId());
    assertEquals(note("n1", null), b.note("n1"), "only the cluster id changed");
  }

  @Test
  @DisplayName("cluster.rename and board.rename change the label and the title")
  void renames() {
    IdeaBoard b = boardWith(new IdeaEvent.ClusterCreated(new Cluster("c", "Mat", 4, 5)));
    b.apply(new IdeaOp.RenameCluster("c", "Måltider"));
    assertEquals(new Cluster("c", "Måltider", 4, 5), b.cluster("c"));
    b.apply(new IdeaOp.RenameBoard("Ny tittel"));
    assertEquals("Ny tittel", b.title());
  }

  @Test
  @DisplayName("events about notes or clusters that are gone change nothing (a stored log is replayed as is)")
  void events_for_missing_ids_are_no_ops() {
    IdeaBoard b = boardWith(new IdeaEvent.NoteCreated(note("n", null)));
    String before = state(b);
    b.apply(new IdeaOp.EditNote("gone", "x"));
    b.apply(new IdeaOp.MoveNote("gone", 1, 1));
    b.apply(new IdeaOp.ColorNote("gone", Color.PINK));
    b.apply(new IdeaOp.ClusterNote("gone", null));
    b.apply(new IdeaOp.DeleteNote("gone"));
    b.apply(new IdeaOp.RenameCluster("gone", "x"));
    b.apply(new IdeaOp.DeleteCluster("gone"));
    assertEquals(before, state(b));
    assertNull(b.note("gone"), "an edit does not create a note");
  }

  @Test
  @DisplayName("the views of notes and clusters are read-only")
  void views_are_read_only() {
    IdeaBoard b = boardWith(new IdeaEvent.NoteCreated(note("n", null)), new IdeaEvent.ClusterCreated(new Cluster("c", "l", 0, 0)));
    assertThrows(UnsupportedOperationException.class, () -> b.notes().clear());
    assertThrows(UnsupportedOperationException.class, () -> b.clusters().clear());
    assertEquals(1, b.noteCount());
  }

  @Test
  @DisplayName("notes and clusters validate themselves with a message naming the field")
  void records_name_the_missing_field() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> new Note("n", null, 0, 0, Color.BLUE, null, "a")).getMessage());
    assertEquals("color", assertThrows(NullPointerException.class,
        () -> new Note("n", "t", 0, 0, null, null, "a")).getMessage());
    assertEquals("author", assertThrows(NullPointerException.class,
        () -> new Note("n", "t", 0, 0, Color.BLUE, null, null)).getMessage());
    assertEquals("label", assertThrows(NullPointerException.class, () -> new Cluster("c", null, 0, 0)).getMessage());
  }

  /**
   * R4/J4: a board rebuilt from its event log equals the live one. Drives a long, seeded random
   * session through the rules (so only accepted events are kept, as the writer does), then
   * replays the log on a fresh board.
   */
  @Test
  @DisplayName("R4: replaying the events of a session on a fresh board gives the identical board")
  void replay_of_the_event_log_gives_identical_state() {
    IdeaRules rules = new IdeaRules(IdeaLimits.withMaxNoteChars(50));
    Random random = new Random(20_24);
    int[] ids = {0};
    Actor facilitator = new Actor(Role.FACILITATOR, "F", () -> "id" + ids[0]++);
    IdeaBoard live = new IdeaBoard("Start");
    List<IdeaEvent> log = new ArrayList<>();
    int rejected = 0;
    for (int i = 0; i < 3000; i++) {
      IdeaOp op = randomOp(random, live);
      Decision<IdeaEvent> d = rules.decide(live, op, facilitator);
      if (d instanceof Decision.Accepted<IdeaEvent> a) {
        live.apply(a.event());
        log.add(a.event());
      } else {
        rejected++;
      }
    }
    assertTrue(log.size() > 1000 && rejected > 100, "the session exercised both paths: " + log.size() + "/" + rejected);
    assertTrue(live.noteCount() > 0 && live.clusterCount() > 0);
    assertTrue(live.notes().stream().anyMatch(n -> n.clusterId() != null));

    IdeaBoard replayed = new IdeaBoard("Start");
    log.forEach(replayed::apply);
    assertEquals(state(live), state(replayed));
    assertEquals(List.copyOf(live.notes()), List.copyOf(replayed.notes()));
    assertEquals(List.copyOf(live.clusters()), List.copyOf(replayed.clusters()));

    IdeaBoard prefix = new IdeaBoard("Start");
    log.subList(0, log.size() - 1).forEach(prefix::apply);
    assertNotEquals(state(live), state(prefix), "the comparison is sensitive to a single missing event");
  }

  static IdeaOp randomOp(Random r, IdeaBoard b) {
    List<String> notes = b.notes().stream().map(Note::id).toList();
    List<String> clusters = b.clusters().stream().map(Cluster::id).toList();
    String noteId = notes.isEmpty() || r.nextInt(20) == 0 ? "missing" : notes.get(r.nextInt(notes.size()));
    String clusterId = clusters.isEmpty() || r.nextInt(20) == 0 ? "missing" : clusters.get(r.nextInt(clusters.size()));
    double x = r.nextInt(30) == 0 ? Double.NaN : r.nextDouble() * 2000 - 1000;
    double y = r.nextDouble() * 2000 - 1000;
    String text = "t".repeat(r.nextInt(60));
    Color color = Color.values()[r.nextInt(Color.values().length)];
    return switch (r.nextInt(11)) {
      case 0, 1 -> new IdeaOp.CreateNote(text, x, y, r.nextBoolean() ? color : null, r.nextBoolean() ? null : clusterId);
      case 2 -> new IdeaOp.EditNote(noteId, text);
      case 3 -> new IdeaOp.MoveNote(noteId, x, y);
      case 4 -> new IdeaOp.ColorNote(noteId, color);
      case 5 -> new IdeaOp.DeleteNote(noteId);
      case 6 -> new IdeaOp.ClusterNote(noteId, r.nextBoolean() ? clusterId : null);
      case 7 -> new IdeaOp.CreateCluster(r.nextInt(10) == 0 ? " " : "c" + text, x, y);
      case 8 -> new IdeaOp.RenameCluster(clusterId, "r" + text);
      case 9 -> r.nextInt(4) == 0 ? new IdeaOp.DeleteCluster(clusterId) : new IdeaOp.ClusterNote(noteId, clusterId);
      default -> new IdeaOp.RenameBoard("Title " + text);
    };
  }
}
