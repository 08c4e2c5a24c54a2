package org.samskap.domain.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;

/** Each rule of {@link IdeaRules}, accepted and rejected. Names cite docs/PROTOCOL.md. */
class IdeaRulesTest {
  /** The rules a node runs with when nothing is configured. */
  static final IdeaRules DEFAULT_RULES =
      new IdeaRules(IdeaLimits.withMaxNoteChars(SamskapConfig.defaults().maxNoteChars()));

  final AtomicInteger counter = new AtomicInteger();
  IdeaBoard board;
  Actor participant;
  Actor facilitator;

  @BeforeEach
  void setUp() {
    board = new IdeaBoard("Workshop");
    participant = new Actor(Role.PARTICIPANT, "Kari", () -> "id" + counter.incrementAndGet());
    facilitator = new Actor(Role.FACILITATOR, "Fasilitator", () -> "id" + counter.incrementAndGet());
  }

  // ---- helpers ----

  static IdeaEvent accepted(Decision<IdeaEvent> d) {
    if (d instanceof Decision.Accepted<IdeaEvent> a) return a.event();
    return fail("expected acceptance, got " + d);
  }

  static Rejection rejected(Decision<IdeaEvent> d) {
    if (d instanceof Decision.Rejected<IdeaEvent> r) return r.rejection();
    return fail("expected rejection, got " + d);
  }

  static void assertRejected(Decision<IdeaEvent> d, Reason reason, String message) {
    Rejection r = rejected(d);
    assertEquals(reason, r.reason(), r::toString);
    assertEquals(message, r.message());
  }

  /** Decides with the default rules and applies the event, as the board's writer does. */
  IdeaEvent doOp(IdeaOp op, Actor actor) {
    IdeaEvent e = accepted(DEFAULT_RULES.decide(board, op, actor));
    board.apply(e);
    return e;
  }

  Note addNote(String text) {
    return ((IdeaEvent.NoteCreated) doOp(new IdeaOp.CreateNote(text, 0, 0, null, null), participant)).note();
  }

  Cluster addCluster(String label) {
    return ((IdeaEvent.ClusterCreated) doOp(new IdeaOp.CreateCluster(label, 0, 0), participant)).cluster();
  }

  static String repeatCodePoint(int codePoint, int times) {
    return new String(Character.toChars(codePoint)).repeat(times);
  }

  // ---- roles (A6) ----

  @Nested
  class Roles {
    static Stream<IdeaOp> facilitatorOps() {
      return Stream.of(new IdeaOp.DeleteCluster("c1"), new IdeaOp.RenameBoard("Ny tittel"));
    }

    static Stream<IdeaOp> anyoneOps() {
      return Stream.of(new IdeaOp.CreateNote("t", 0, 0, null, null), new IdeaOp.EditNote("n", "t"),
          new IdeaOp.MoveNote("n", 0, 0), new IdeaOp.ColorNote("n", Color.PINK), new IdeaOp.DeleteNote("n"),
          new IdeaOp.ClusterNote("n", null), new IdeaOp.CreateCluster("l", 0, 0), new IdeaOp.RenameCluster("c", "l"));
    }

    @ParameterizedTest
    @MethodSource("facilitatorOps")
    @DisplayName("A6: cluster.delete and board.rename need a facilitator")
    void A6_facilitator_ops_require_the_facilitator_role(IdeaOp op) {
      assertEquals(Role.FACILITATOR, IdeaRules.requiredRole(op));
    }

    @ParameterizedTest
    @MethodSource("anyoneOps")
    @DisplayName("A6: every other idea op is open to participants")
    void A6_other_ops_are_open_to_participants(IdeaOp op) {
      assertEquals(Role.PARTICIPANT, IdeaRules.requiredRole(op));
    }

    @ParameterizedTest
    @MethodSource("facilitatorOps")
    @DisplayName("A6: a participant doing a facilitator op is refused 'forbidden' and the op is named")
    void A6_a_participant_is_forbidden_facilitator_ops(IdeaOp op) {
      Cluster c = addCluster("Mat");
      IdeaOp real = op instanceof IdeaOp.DeleteCluster ? new IdeaOp.DeleteCluster(c.id()) : op;
      assertRejected(DEFAULT_RULES.decide(board, real, participant), Reason.FORBIDDEN,
          "Only a facilitator may do " + real.type() + ".");
    }

    @Test
    @DisplayName("A6: the role is checked before anything else, so a participant learns nothing about ids")
    void A6_the_role_check_comes_before_the_existence_check() {
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.DeleteCluster("nope"), participant), Reason.FORBIDDEN,
          "Only a facilitator may do cluster.delete.");
    }

    @Test
    @DisplayName("A6: a facilitator may do participant ops")
    void A6_a_facilitator_may_do_participant_ops() {
      IdeaEvent e = accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("hei", 1, 2, null, null), facilitator));
      assertEquals("Fasilitator", ((IdeaEvent.NoteCreated) e).note().author());
    }

    @Test
    @DisplayName("A6: a facilitator may delete a cluster and rename the board")
    void A6_a_facilitator_may_do_facilitator_ops() {
      Cluster c = addCluster("Mat");
      IdeaOp delete = new IdeaOp.DeleteCluster(c.id());
      assertSame(delete, accepted(DEFAULT_RULES.decide(board, delete, facilitator)));
      IdeaOp rename = new IdeaOp.RenameBoard("Ny tittel");
      assertSame(rename, accepted(DEFAULT_RULES.decide(board, rename, facilitator)));
    }
  }

  // ---- note.create ----

  @Nested
  class CreateNote {
    @Test
    @DisplayName("note.create: the server assigns the id, the default colour yellow, no cluster and the actor's name")
    void note_create_fills_in_id_default_colour_and_author() {
      IdeaEvent e = accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("Bedre dagtilbud", 10, -20, null, null),
          participant));
      Note n = assertInstanceOf(IdeaEvent.NoteCreated.class, e).note();
      assertEquals("id" + counter.get(), n.id(), "the id comes from the actor's id source");
      assertEquals("Bedre dagtilbud", n.text());
      assertEquals(10.0, n.x());
      assertEquals(-20.0, n.y());
      assertEquals(Color.YELLOW, n.color());
      assertEquals(Color.DEFAULT, n.color());
      assertNull(n.clusterId());
      assertEquals("Kari", n.author());
    }

    @Test
    @DisplayName("note.create: a given colour and an existing cluster are kept")
    void note_create_keeps_colour_and_existing_cluster() {
      Cluster c = addCluster("Transport");
      Note n = ((IdeaEvent.NoteCreated) accepted(DEFAULT_RULES.decide(board,
          new IdeaOp.CreateNote("Buss", 0, 0, Color.PURPLE, c.id()), participant))).note();
      assertEquals(Color.PURPLE, n.color());
      assertEquals(c.id(), n.clusterId());
    }

    @Test
    @DisplayName("R6 not_found: note.create into a cluster that does not exist")
    void R6_note_create_in_an_unknown_cluster_is_not_found() {
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("t", 0, 0, null, "ghost"), participant),
          Reason.NOT_FOUND, "There is no cluster ghost.");
    }

    @Test
    @DisplayName("R6 text_too_long: the default note limit is 2000 characters; 2000 pass, 2001 do not")
    void R6_default_note_text_limit_is_2000_characters() {
      assertEquals(2000, DEFAULT_RULES.limits().maxNoteChars());
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("x".repeat(2000), 0, 0, null, null), participant));
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("x".repeat(2001), 0, 0, null, null), participant),
          Reason.TEXT_TOO_LONG, "Note text is 2001 characters; the limit is 2000.");
    }

    @Test
    @DisplayName("R6 text_too_long: note text is counted in code points, so emoji and other astral characters count once")
    void R6_note_text_is_counted_in_code_points() {
      String emoji2000 = repeatCodePoint(0x1F600, 2000); // 4000 UTF-16 chars
      assertEquals(4000, emoji2000.length());
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote(emoji2000, 0, 0, null, null), participant));
      String emoji2001 = repeatCodePoint(0x1F600, 2001);
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote(emoji2001, 0, 0, null, null), participant),
          Reason.TEXT_TOO_LONG, "Note text is 2001 characters; the limit is 2000.");
      String norwegian = "æøå".repeat(700); // 2100 BMP code points
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote(norwegian, 0, 0, null, null), participant),
          Reason.TEXT_TOO_LONG, "Note text is 2100 characters; the limit is 2000.");
    }

    @Test
    @DisplayName("R6 text_too_long: SAMSKAP_MAX_NOTE_CHARS sets the note limit")
    void R6_the_note_limit_is_configurable() {
      IdeaRules five = new IdeaRules(IdeaLimits.withMaxNoteChars(5));
      accepted(five.decide(board, new IdeaOp.CreateNote("12345", 0, 0, null, null), participant));
      assertRejected(five.decide(board, new IdeaOp.CreateNote("123456", 0, 0, null, null), participant),
          Reason.TEXT_TOO_LONG, "Note text is 6 characters; the limit is 5.");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1_000_000, -1_000_000, 0, 0.5})
    @DisplayName("R6 out_of_bounds: coordinates up to ±1 000 000 are accepted")
    void R6_coordinates_within_bounds_are_accepted(double v) {
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("t", v, v, null, null), participant));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1_000_000.5, -1_000_001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @DisplayName("R6 out_of_bounds: non-finite coordinates and coordinates beyond ±1 000 000 are refused, for x and y")
    void R6_coordinates_out_of_bounds_are_refused(double bad) {
      String message = "x and y must be finite numbers within ±1000000.";
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("t", bad, 0, null, null), participant),
          Reason.OUT_OF_BOUNDS, message);
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("t", 0, bad, null, null), participant),
          Reason.OUT_OF_BOUNDS, message);
    }

    @Test
    @DisplayName("R6 board_full: a board at its note limit refuses another note")
    void R6_a_full_board_refuses_another_note() {
      IdeaRules two = new IdeaRules(new IdeaLimits(100, 100, 2, 5, 100));
      for (int i = 0; i < 2; i++) {
        board.apply(accepted(two.decide(board, new IdeaOp.CreateNote("n" + i, 0, 0, null, null), participant)));
      }
      assertRejected(two.decide(board, new IdeaOp.CreateNote("n3", 0, 0, null, null), participant),
          Reason.BOARD_FULL, "The board has reached its limit of 2 notes; delete one first.");
      assertEquals(2, board.noteCount());
    }
  }

  // ---- note ops on existing notes ----

  @Nested
  class NoteOps {
    static Stream<IdeaOp> opsOnMissingNote() {
      return Stream.of(new IdeaOp.EditNote("ghost", "t"), new IdeaOp.MoveNote("ghost", 1, 1),
          new IdeaOp.ColorNote("ghost", Color.BLUE), new IdeaOp.DeleteNote("ghost"), new IdeaOp.ClusterNote("ghost", null));
    }

    @ParameterizedTest
    @MethodSource("opsOnMissingNote")
    @DisplayName("R6 not_found: an op on a note that does not exist names the note")
    void R6_ops_on_an_unknown_note_are_not_found(IdeaOp op) {
      addNote("someone else's note");
      assertRejected(DEFAULT_RULES.decide(board, op, participant), Reason.NOT_FOUND, "There is no note ghost.");
    }

    @Test
    @DisplayName("R6 not_found: a deleted note is gone for later ops")
    void R6_a_deleted_note_is_not_found_afterwards() {
      Note n = addNote("kortvarig");
      doOp(new IdeaOp.DeleteNote(n.id()), participant);
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.EditNote(n.id(), "igjen"), participant), Reason.NOT_FOUND,
          "There is no note " + n.id() + ".");
    }

    @Test
    @DisplayName("note.edit, note.move, note.color, note.delete on an existing note are their own events")
    void ops_on_an_existing_note_are_accepted_as_their_own_event() {
      Note n = addNote("t");
      for (IdeaOp op : List.of(new IdeaOp.EditNote(n.id(), "ny"), new IdeaOp.MoveNote(n.id(), -5, 7.25),
          new IdeaOp.ColorNote(n.id(), Color.GREEN), new IdeaOp.DeleteNote(n.id()))) {
        assertSame(op, accepted(DEFAULT_RULES.decide(board, op, participant)), op::type);
      }
    }

    @Test
    @DisplayName("R6 text_too_long: note.edit has the same limit as note.create")
    void R6_note_edit_checks_the_text_limit() {
      Note n = addNote("t");
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.EditNote(n.id(), "y".repeat(2000)), participant));
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.EditNote(n.id(), "y".repeat(2001)), participant),
          Reason.TEXT_TOO_LONG, "Note text is 2001 characters; the limit is 2000.");
    }

    @Test
    @DisplayName("R6 out_of_bounds: note.move checks both coordinates")
    void R6_note_move_checks_bounds() {
      Note n = addNote("t");
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.MoveNote(n.id(), 0, Double.NaN), participant),
          Reason.OUT_OF_BOUNDS, "x and y must be finite numbers within ±1000000.");
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.MoveNote(n.id(), 2e6, 0), participant),
          Reason.OUT_OF_BOUNDS, "x and y must be finite numbers within ±1000000.");
    }

    @Test
    @DisplayName("note.cluster: into an existing cluster, and with null out of it")
    void note_cluster_into_and_out_of_a_cluster() {
      Note n = addNote("t");
      Cluster c = addCluster("Mat");
      IdeaOp in = new IdeaOp.ClusterNote(n.id(), c.id());
      assertSame(in, accepted(DEFAULT_RULES.decide(board, in, participant)));
      board.apply((IdeaEvent) in);
      IdeaOp out = new IdeaOp.ClusterNote(n.id(), null);
      assertSame(out, accepted(DEFAULT_RULES.decide(board, out, participant)));
    }

    @Test
    @DisplayName("R6 not_found: note.cluster into a cluster that does not exist names the cluster")
    void R6_note_cluster_into_an_unknown_cluster_is_not_found() {
      Note n = addNote("t");
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.ClusterNote(n.id(), "ghost"), participant),
          Reason.NOT_FOUND, "There is no cluster ghost.");
    }
  }

  // ---- clusters and the board title ----

  @Nested
  class Clusters {
    @Test
    @DisplayName("cluster.create: the server assigns the id and keeps label and position")
    void cluster_create_assigns_an_id() {
      Cluster c = ((IdeaEvent.ClusterCreated) accepted(DEFAULT_RULES.decide(board,
          new IdeaOp.CreateCluster("Transport", 3, 4), participant))).cluster();
      assertEquals("id" + counter.get(), c.id());
      assertEquals(new Cluster(c.id(), "Transport", 3, 4), c);
    }

    @Test
    @DisplayName("R6 text_too_long: a cluster label may have 200 characters, not 201")
    void R6_cluster_label_limit_is_200() {
      assertEquals(200, DEFAULT_RULES.limits().maxLabelChars());
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateCluster("l".repeat(200), 0, 0), participant));
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateCluster("l".repeat(201), 0, 0), participant),
          Reason.TEXT_TOO_LONG, "The label is 201 characters; the limit is 200.");
      String astral = repeatCodePoint(0x1F33F, 200);
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.CreateCluster(astral, 0, 0), participant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    @DisplayName("R6 bad_request: a blank cluster label is refused")
    void R6_blank_cluster_label_is_a_bad_request(String blank) {
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateCluster(blank, 0, 0), participant),
          Reason.BAD_REQUEST, "The label must not be empty.");
      Cluster c = addCluster("Mat");
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.RenameCluster(c.id(), blank), participant),
          Reason.BAD_REQUEST, "The label must not be empty.");
    }

    @Test
    @DisplayName("R6 out_of_bounds: cluster.create checks its position")
    void R6_cluster_create_checks_bounds() {
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.CreateCluster("l", Double.NEGATIVE_INFINITY, 0), participant),
          Reason.OUT_OF_BOUNDS, "x and y must be finite numbers within ±1000000.");
    }

    @Test
    @DisplayName("R6 board_full: a board at its cluster limit refuses another cluster")
    void R6_a_board_at_its_cluster_limit_refuses_another() {
      IdeaRules one = new IdeaRules(new IdeaLimits(100, 100, 5, 1, 100));
      board.apply(accepted(one.decide(board, new IdeaOp.CreateCluster("a", 0, 0), participant)));
      assertRejected(one.decide(board, new IdeaOp.CreateCluster("b", 0, 0), participant),
          Reason.BOARD_FULL, "The board has reached its limit of 1 clusters; delete one first.");
    }

    @Test
    @DisplayName("cluster.rename: accepted for an existing cluster, text_too_long past 200 characters")
    void cluster_rename_checks_the_label() {
      Cluster c = addCluster("Mat");
      IdeaOp ok = new IdeaOp.RenameCluster(c.id(), "Måltider");
      assertSame(ok, accepted(DEFAULT_RULES.decide(board, ok, participant)));
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.RenameCluster(c.id(), "m".repeat(201)), participant),
          Reason.TEXT_TOO_LONG, "The label is 201 characters; the limit is 200.");
    }

    @Test
    @DisplayName("R6 not_found: cluster.rename and cluster.delete of an unknown cluster name the cluster")
    void R6_unknown_cluster_is_not_found() {
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.RenameCluster("ghost", "l"), participant),
          Reason.NOT_FOUND, "There is no cluster ghost.");
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.DeleteCluster("ghost"), facilitator),
          Reason.NOT_FOUND, "There is no cluster ghost.");
    }

    @Test
    @DisplayName("board.rename: the title has the label limit and must not be blank")
    void board_rename_checks_the_title() {
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.RenameBoard("t".repeat(201)), facilitator),
          Reason.TEXT_TOO_LONG, "The title is 201 characters; the limit is 200.");
      assertRejected(DEFAULT_RULES.decide(board, new IdeaOp.RenameBoard("   "), facilitator),
          Reason.BAD_REQUEST, "The title must not be empty.");
      accepted(DEFAULT_RULES.decide(board, new IdeaOp.RenameBoard("t".repeat(200)), facilitator));
    }
  }

  // ---- purity and limits ----

  @Test
  @DisplayName("R5: deciding never changes the board, accepted or rejected")
  void R5_decide_is_pure() {
    Note n = addNote("t");
    Cluster c = addCluster("Mat");
    String before = board.title() + board.notes() + board.clusters();
    DEFAULT_RULES.decide(board, new IdeaOp.CreateNote("ny", 0, 0, null, null), participant);
    DEFAULT_RULES.decide(board, new IdeaOp.DeleteNote(n.id()), participant);
    DEFAULT_RULES.decide(board, new IdeaOp.DeleteCluster(c.id()), facilitator);
    DEFAULT_RULES.decide(board, new IdeaOp.RenameBoard("Nytt"), facilitator);
    DEFAULT_RULES.decide(board, new IdeaOp.EditNote(n.id(), "x".repeat(5000)), participant);
    assertEquals(before, board.title() + board.notes() + board.clusters());
  }

  @Test
  @DisplayName("IdeaLimits refuses impossible limits with a message naming the limit")
  void limits_validate_themselves() {
    assertEquals("maxNoteChars must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> IdeaLimits.withMaxNoteChars(0)).getMessage());
    assertEquals("maxLabelChars must be at least 1, was -1",
        assertThrows(IllegalArgumentException.class, () -> new IdeaLimits(1, -1, 1, 1, 1)).getMessage());
    assertEquals("maxNotes must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> new IdeaLimits(1, 1, 0, 1, 1)).getMessage());
    assertEquals("maxClusters must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> new IdeaLimits(1, 1, 1, 0, 1)).getMessage());
    assertEquals("maxCoordinate must be positive, was NaN",
        assertThrows(IllegalArgumentException.class, () -> new IdeaLimits(1, 1, 1, 1, Double.NaN)).getMessage());
    IdeaLimits d = IdeaLimits.withMaxNoteChars(7);
    assertEquals(new IdeaLimits(7, IdeaLimits.DEFAULT_MAX_LABEL_CHARS, IdeaLimits.DEFAULT_MAX_NOTES,
        IdeaLimits.DEFAULT_MAX_CLUSTERS, IdeaLimits.DEFAULT_MAX_COORDINATE), d);
    assertEquals(10_000, IdeaLimits.DEFAULT_MAX_NOTES, "R6 board_full: 10 000 notes");
    assertEquals(1_000, IdeaLimits.DEFAULT_MAX_CLUSTERS, "R6 board_full: 1 000 clusters");
  }
}
