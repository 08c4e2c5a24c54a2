package org.samskap.domain.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/** The pure rules of the matrix board. Names cite docs/PROTOCOL.md (M1-M10). */
class MatrixRulesTest {
  static final long NOON = 1_780_000_000_000L;

  private final AtomicInteger counter = new AtomicInteger();
  // Threshold 1 (rule M11): these tests look at the aggregate of one and two scores in the
  // events; MatrixPrivacyRulesTest covers the default threshold that hides them.
  private final MatrixRules rules = new MatrixRules(new MatrixLimits(2000, 200, 1000, 3, 2, 3), 1);
  private final MatrixBoard board = new MatrixBoard("Prioritering");
  private final Actor facilitator = new Actor(Role.FACILITATOR, "mfac", "Frida", () -> "i" + counter.incrementAndGet());
  private final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "i" + counter.incrementAndGet());
  private final Actor ola = new Actor(Role.PARTICIPANT, "mola", "Ola", () -> "i" + counter.incrementAndGet());
  private final Actor server = new Actor(Role.FACILITATOR, Actor.SERVER, "", () -> "i" + counter.incrementAndGet());

  private MatrixEvent accept(MatrixOp op, Actor actor) {
    Decision<MatrixEvent> d = rules.decide(board, op, actor, NOON);
    MatrixEvent e = assertInstanceOf(Decision.Accepted.class, d, () -> d.toString()).event() instanceof MatrixEvent ev ? ev : null;
    board.apply(e);
    return e;
  }

  private void reject(MatrixOp op, Actor actor, Reason reason, String message) {
    Decision<MatrixEvent> d = rules.decide(board, op, actor, NOON);
    Decision.Rejected<?> r = assertInstanceOf(Decision.Rejected.class, d);
    assertEquals(reason, r.rejection().reason());
    assertEquals(message, r.rejection().message());
  }

  private String item(String text) {
    return ((MatrixEvent.ItemCreated) accept(new MatrixOp.CreateItem(text), facilitator)).item().id();
  }

  @Test
  void M2_a_new_matrix_has_feasibility_and_gain_axes_and_named_quadrants_in_three_languages() {
    assertEquals(new Names("Gjennomførbarhet", "Gjennomførbarheit", "Feasibility"), board.axis(Axis.X));
    assertEquals(new Names("Forventet gevinst", "Forventa gevinst", "Anticipated gain"), board.axis(Axis.Y));
    assertEquals(new Names("Raske gevinster", "Raske gevinstar", "Quick wins"), board.quadrant(Quadrant.QUICK_WINS));
    assertEquals("Strategic bets", board.quadrant(Quadrant.STRATEGIC_BETS).en());
    assertEquals(Scale.STEPS, board.scale());
    assertEquals(Placement.SCORES, board.placement());
  }

  @Test
  void M2_the_facilitator_renames_an_axis_in_one_language_and_keeps_the_others() {
    accept(new MatrixOp.RenameAxis(Axis.X, null, null, "Ease"), facilitator);
    assertEquals(new Names("Gjennomførbarhet", "Gjennomførbarheit", "Ease"), board.axis(Axis.X));
    accept(new MatrixOp.RenameQuadrant(Quadrant.TIME_SINKS, "Unngå", "Unngå", "Avoid"), facilitator);
    assertEquals(new Names("Unngå", "Unngå", "Avoid"), board.quadrant(Quadrant.TIME_SINKS));
  }

  @Test
  void M2_a_rename_needs_a_name_and_names_must_not_be_blank() {
    reject(new MatrixOp.RenameAxis(Axis.Y, null, null, null), facilitator, Reason.BAD_REQUEST,
        "Give at least one of the names nb, nn, en.");
    reject(new MatrixOp.RenameQuadrant(Quadrant.QUICK_WINS, " ", null, null), facilitator, Reason.BAD_REQUEST,
        "The name 'nb' must not be empty.");
    reject(new MatrixOp.RenameAxis(Axis.Y, null, "x".repeat(201), null), facilitator, Reason.TEXT_TOO_LONG,
        "The name 'nn' is 201 characters; the limit is 200.");
  }

  @Test
  void M1_settings_placement_and_decisions_are_for_the_facilitator_only() {
    String id = item("Digitalt tilsyn");
    String forbidden = "Only a facilitator may do ";
    reject(new MatrixOp.SetScale(Scale.CONTINUOUS), kari, Reason.FORBIDDEN, forbidden + "scale.set.");
    reject(new MatrixOp.SetPlacement(Placement.FACILITATOR), kari, Reason.FORBIDDEN, forbidden + "placement.set.");
    reject(new MatrixOp.RenameAxis(Axis.X, "a", null, null), kari, Reason.FORBIDDEN, forbidden + "axis.rename.");
    reject(new MatrixOp.PlaceItem(id, 2, 2), kari, Reason.FORBIDDEN, forbidden + "item.place.");
    reject(new MatrixOp.DecideItem(id, Verdict.ACCEPTED, "ja"), kari, Reason.FORBIDDEN, forbidden + "item.decide.");
    reject(new MatrixOp.CreateItem("ny"), kari, Reason.FORBIDDEN, forbidden + "item.create.");
    accept(new MatrixOp.ScoreItem(id, 2, 2), kari);
  }

  @Test
  void M1_M6_only_the_server_may_import_even_a_facilitator_may_not() {
    MatrixOp.ImportItems op = new MatrixOp.ImportItems(List.of(
        new MatrixOp.Imported("Lapp", new Source("ideaBoard1", "n1", null, null, 0))));
    reject(op, facilitator, Reason.FORBIDDEN, "Only the server may import notes; use the import route.");
    reject(op, kari, Reason.FORBIDDEN, "Only the server may import notes; use the import route.");
    assertEquals(0, board.itemCount());
  }

  @Test
  void M6_an_import_keeps_the_link_back_and_skips_notes_already_on_the_matrix() {
    Source a = new Source("ideaBoard1", "n1", "c1", "Trygghet", 4);
    Source b = new Source("ideaBoard1", "n2", null, null, 0);
    MatrixEvent.ItemsImported first = (MatrixEvent.ItemsImported) accept(new MatrixOp.ImportItems(List.of(
        new MatrixOp.Imported("Nattlys", a))), server);
    assertEquals(a, first.items().get(0).source());
    assertEquals("Nattlys", board.item(first.items().get(0).id()).text());
    MatrixEvent.ItemsImported second = (MatrixEvent.ItemsImported) accept(new MatrixOp.ImportItems(List.of(
        new MatrixOp.Imported("Nattlys", a), new MatrixOp.Imported("Varslingsknapp", b))), server);
    assertEquals(1, second.items().size());
    assertEquals(b, second.items().get(0).source());
    reject(new MatrixOp.ImportItems(List.of(new MatrixOp.Imported("Nattlys", a))), server, Reason.BAD_REQUEST,
        "There is nothing to import: every chosen note is on the matrix already.");
    assertEquals(2, board.itemCount());
  }

  @Test
  void M4_each_member_has_one_score_per_item_and_scoring_again_replaces_it() {
    String id = item("Nattlys");
    MatrixEvent.ItemScored s1 = (MatrixEvent.ItemScored) accept(new MatrixOp.ScoreItem(id, 5, 5), kari);
    assertEquals(new Aggregate(1, new Spread(5, 5, 5), new Spread(5, 5, 5)), s1.aggregate());
    MatrixEvent.ItemScored s2 = (MatrixEvent.ItemScored) accept(new MatrixOp.ScoreItem(id, 1, 3), ola);
    assertEquals(new Aggregate(2, new Spread(3, 1, 5), new Spread(4, 3, 5)), s2.aggregate());
    MatrixEvent.ItemScored s3 = (MatrixEvent.ItemScored) accept(new MatrixOp.ScoreItem(id, 3, 3), kari);
    assertEquals(new Aggregate(2, new Spread(2, 1, 3), new Spread(3, 3, 3)), s3.aggregate());
    assertEquals(2, board.item(id).scores().size());
    assertEquals(new Point(3, 3), board.item(id).scores().get("mkari"));
    assertEquals(s3.aggregate(), board.item(id).aggregate());
  }

  @Test
  void M3_M4_a_score_off_the_scale_is_refused_out_of_scale_and_changes_nothing() {
    String id = item("Nattlys");
    reject(new MatrixOp.ScoreItem(id, 6, 3), kari, Reason.OUT_OF_SCALE,
        "x and y must each be a whole number from 1 to 5 (scale 1-5).");
    reject(new MatrixOp.ScoreItem(id, 2.5, 3), kari, Reason.OUT_OF_SCALE,
        "x and y must each be a whole number from 1 to 5 (scale 1-5).");
    assertTrue(board.item(id).scores().isEmpty());
    accept(new MatrixOp.SetScale(Scale.CONTINUOUS), facilitator);
    accept(new MatrixOp.ScoreItem(id, 2.5, 3.25), kari);
    reject(new MatrixOp.ScoreItem(id, 0, 3), kari, Reason.OUT_OF_SCALE,
        "x and y must each be a number from 1 to 5 (scale continuous).");
    reject(new MatrixOp.PlaceItem(id, 3, 5.5), facilitator, Reason.OUT_OF_SCALE,
        "x and y must each be a number from 1 to 5 (scale continuous).");
    assertEquals(new Point(2.5, 3.25), board.item(id).scores().get("mkari"));
    reject(new MatrixOp.ScoreItem("nope", 2, 2), kari, Reason.NOT_FOUND, "There is no item nope.");
  }

  @Test
  void M7_the_position_is_the_facilitators_placement_or_the_median_by_mode() {
    String id = item("Nattlys");
    accept(new MatrixOp.ScoreItem(id, 4, 4), kari);
    accept(new MatrixOp.ScoreItem(id, 2, 5), ola);
    assertEquals(new Point(3, 4.5), board.item(id).position(board.placement()));
    accept(new MatrixOp.SetPlacement(Placement.FACILITATOR), facilitator);
    assertNull(board.item(id).position(board.placement()));
    accept(new MatrixOp.PlaceItem(id, 5, 1), facilitator);
    assertEquals(new Point(5, 1), board.item(id).position(board.placement()));
  }

  @Test
  void M9_a_decision_goes_to_the_log_with_who_when_why_and_the_scores_at_that_moment() {
    String id = item("Nattlys");
    accept(new MatrixOp.ScoreItem(id, 4, 5), kari);
    accept(new MatrixOp.ScoreItem(id, 2, 3), ola);
    accept(new MatrixOp.DecideItem(id, Verdict.ACCEPTED, "  Billig og trygt  "), facilitator);
    LogEntry e = board.log().get(0);
    assertEquals(id, e.itemId());
    assertEquals("Nattlys", e.itemText());
    assertEquals(Verdict.ACCEPTED, e.verdict());
    assertEquals("Billig og trygt", e.reason());
    assertEquals("Frida", e.byName());
    assertEquals("mfac", e.byMemberId());
    assertEquals(NOON, e.at());
    assertEquals(new Aggregate(2, new Spread(3, 2, 4), new Spread(4, 3, 5)), e.aggregate());
    assertEquals(List.of(new Point(2, 3), new Point(4, 5)), e.scores());
    assertEquals(e, board.item(id).decision());
    // Later scores do not change what the log recorded.
    accept(new MatrixOp.ScoreItem(id, 1, 1), kari);
    assertEquals(List.of(new Point(2, 3), new Point(4, 5)), board.log().get(0).scores());
  }

  @Test
  void M9_deciding_again_appends_to_the_log_and_the_log_outlives_a_deleted_item() {
    String id = item("Nattlys");
    accept(new MatrixOp.DecideItem(id, Verdict.PARKED, "Vent på budsjett"), facilitator);
    accept(new MatrixOp.DecideItem(id, Verdict.REJECTED, "For dyrt"), facilitator);
    assertEquals(Verdict.REJECTED, board.item(id).decision().verdict());
    assertEquals(List.of(Verdict.PARKED, Verdict.REJECTED), board.log().stream().map(LogEntry::verdict).toList());
    accept(new MatrixOp.DeleteItem(id), facilitator);
    assertNull(board.item(id));
    assertEquals(2, board.log().size());
  }

  @Test
  void M9_a_decision_needs_a_reason_of_bounded_length_and_an_existing_item() {
    String id = item("Nattlys");
    reject(new MatrixOp.DecideItem(id, Verdict.ACCEPTED, "   "), facilitator, Reason.BAD_REQUEST, "A decision needs a reason.");
    reject(new MatrixOp.DecideItem(id, Verdict.ACCEPTED, "x".repeat(1001)), facilitator, Reason.TEXT_TOO_LONG,
        "The reason is 1001 characters; the limit is 1000.");
    reject(new MatrixOp.DecideItem("gone", Verdict.ACCEPTED, "ok"), facilitator, Reason.NOT_FOUND, "There is no item gone.");
    assertTrue(board.log().isEmpty());
    assertNull(board.item(id).decision());
  }

  @Test
  void M10_limits_on_items_scorers_and_log_entries_are_board_full() {
    String id = item("a");
    item("b");
    item("c");
    reject(new MatrixOp.CreateItem("d"), facilitator, Reason.BOARD_FULL, "The matrix can hold at most 3 items.");
    accept(new MatrixOp.ScoreItem(id, 1, 1), kari);
    accept(new MatrixOp.ScoreItem(id, 1, 1), ola);
    reject(new MatrixOp.ScoreItem(id, 1, 1), facilitator, Reason.BOARD_FULL, "The item already has 2 scores.");
    accept(new MatrixOp.ScoreItem(id, 2, 2), ola);
    for (int i = 0; i < 3; i++) accept(new MatrixOp.DecideItem(id, Verdict.PARKED, "r" + i), facilitator);
    reject(new MatrixOp.DecideItem(id, Verdict.PARKED, "r"), facilitator, Reason.BOARD_FULL,
        "The decision log already has 3 entries.");
  }

  @Test
  void an_item_needs_text_within_the_limit() {
    reject(new MatrixOp.CreateItem(" "), facilitator, Reason.BAD_REQUEST, "The text of an item must not be empty.");
    String id = item("a");
    reject(new MatrixOp.EditItem(id, "x".repeat(2001)), facilitator, Reason.TEXT_TOO_LONG,
        "The text is 2001 characters; the limit is 2000.");
    accept(new MatrixOp.EditItem(id, "b"), facilitator);
    assertEquals("b", board.item(id).text());
  }
}
