package org.samskap.domain.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/**
 * The rules of a matrix board (docs/PROTOCOL.md, rules M1-M11): decides whether an op may
 * happen and what event it makes. Pure: it reads the board, the actor and the time it is
 * given, and never changes the board.
 */
public final class MatrixRules {
  /** How many members must have scored an item before its aggregate is shown (rule M11). */
  public static final int DEFAULT_REVEAL_AT = 3;
  private final MatrixLimits limits;
  private final int revealAt;

  public MatrixRules(MatrixLimits limits) {
    this(limits, DEFAULT_REVEAL_AT);
  }

  public MatrixRules(MatrixLimits limits, int revealAt) {
    if (revealAt < 1) throw new IllegalArgumentException("revealAt must be at least 1, was " + revealAt);
    this.limits = limits;
    this.revealAt = revealAt;
  }

  /** The threshold of rule M11: an aggregate of fewer scores stays hidden unless revealed. */
  public int revealAt() {
    return revealAt;
  }

  /**
   * Rule M11: whether an aggregate of {@code count} scores may be shown on a board whose
   * facilitator has ({@code revealed}) or has not revealed the scores.
   */
  public static boolean shows(int count, int revealAt, boolean revealed) {
    return revealed || count >= revealAt;
  }

  public MatrixLimits limits() {
    return limits;
  }

  /** Who may send an op (rule M1): the server only, the facilitator, or anyone on the board. */
  public enum Who { SERVER, FACILITATOR, ANYONE }

  public static Who requiredRole(MatrixOp op) {
    if (op instanceof MatrixOp.ImportItems) return Who.SERVER;
    if (op instanceof MatrixOp.ScoreItem) return Who.ANYONE;
    return Who.FACILITATOR;
  }

  /** Decides {@code op} by {@code actor} at {@code now} (epoch milliseconds). */
  public Decision<MatrixEvent> decide(MatrixBoard board, MatrixOp op, Actor actor, long now) {
    Who who = requiredRole(op);
    if (who == Who.SERVER && !actor.isServer()) {
      return Decision.reject(Reason.FORBIDDEN, "Only the server may import notes; use the import route.");
    }
    if (who == Who.FACILITATOR && actor.role() != Role.FACILITATOR) {
      return Decision.reject(Reason.FORBIDDEN, "Only a facilitator may do " + op.type() + ".");
    }
    if (op instanceof MatrixOp.RenameBoard o) return label(o.title(), "title", Decision.accept(o));
    if (op instanceof MatrixOp.RenameAxis o) return renameAxis(board, o);
    if (op instanceof MatrixOp.RenameQuadrant o) return renameQuadrant(board, o);
    if (op instanceof MatrixOp.SetScale o) return Decision.accept(o);
    if (op instanceof MatrixOp.SetPlacement o) return Decision.accept(o);
    if (op instanceof MatrixOp.RevealScores o) return Decision.accept(o);
    if (op instanceof MatrixOp.CreateItem o) return createItem(board, o, actor);
    if (op instanceof MatrixOp.ImportItems o) return importItems(board, o, actor);
    if (op instanceof MatrixOp.EditItem o) return requireItem(board, o.itemId(), text(o.text(), Decision.accept(o)));
    if (op instanceof MatrixOp.DeleteItem o) return requireItem(board, o.itemId(), Decision.accept(o));
    if (op instanceof MatrixOp.RestoreItem o) return restoreItem(board, o);
    if (op instanceof MatrixOp.PlaceItem o) return requireItem(board, o.itemId(), onScale(board, o.x(), o.y(), Decision.accept(o)));
    if (op instanceof MatrixOp.ScoreItem o) return score(board, o, actor);
    if (op instanceof MatrixOp.DecideItem o) return decideItem(board, o, actor, now);
    throw new IllegalArgumentException("unknown matrix op " + op);
  }

  private Decision<MatrixEvent> renameAxis(MatrixBoard board, MatrixOp.RenameAxis o) {
    Decision<MatrixEvent> checked = names(o.nb(), o.nn(), o.en());
    if (checked != null) return checked;
    return Decision.accept(new MatrixEvent.AxisRenamed(o.axis(), board.axis(o.axis()).with(o.nb(), o.nn(), o.en())));
  }

  private Decision<MatrixEvent> renameQuadrant(MatrixBoard board, MatrixOp.RenameQuadrant o) {
    Decision<MatrixEvent> checked = names(o.nb(), o.nn(), o.en());
    if (checked != null) return checked;
    return Decision.accept(new MatrixEvent.QuadrantRenamed(o.quadrant(),
        board.quadrant(o.quadrant()).with(o.nb(), o.nn(), o.en())));
  }

  /** A rejection for the first bad name, or null when every given name is fine (and at least one is given). */
  private Decision<MatrixEvent> names(String nb, String nn, String en) {
    if (nb == null && nn == null && en == null) {
      return Decision.reject(Reason.BAD_REQUEST, "Give at least one of the names nb, nn, en.");
    }
    String[][] all = {{"nb", nb}, {"nn", nn}, {"en", en}};
    for (String[] n : all) {
      if (n[1] == null) continue;
      Decision<MatrixEvent> d = label(n[1], "name '" + n[0] + "'", null);
      if (d != null) return d;
    }
    return null;
  }

  /** U7, U10: an item an undo brings back; refused when its id is taken or the board is full. */
  private Decision<MatrixEvent> restoreItem(MatrixBoard board, MatrixOp.RestoreItem o) {
    if (board.item(o.itemId()) != null) return Decision.reject(Reason.BAD_REQUEST, "There is already an item " + o.itemId() + ".");
    if (board.itemCount() >= limits.maxItems()) return full();
    Decision<MatrixEvent> checked = text(o.text(), null);
    return checked != null ? checked : Decision.accept(o);
  }

  private Decision<MatrixEvent> createItem(MatrixBoard board, MatrixOp.CreateItem o, Actor actor) {
    if (board.itemCount() >= limits.maxItems()) return full();
    Decision<MatrixEvent> checked = text(o.text(), null);
    if (checked != null) return checked;
    if (o.text().isBlank()) return Decision.reject(Reason.BAD_REQUEST, "The text of an item must not be empty.");
    return Decision.accept(new MatrixEvent.ItemCreated(Item.created(actor.ids().get(), o.text(), null)));
  }

  private Decision<MatrixEvent> importItems(MatrixBoard board, MatrixOp.ImportItems o, Actor actor) {
    List<Item> items = new ArrayList<>();
    for (MatrixOp.Imported n : o.notes()) {
      Source s = n.source();
      if (board.hasSource(s.boardId(), s.noteId())) continue;
      if (items.stream().anyMatch(i -> i.source().noteId().equals(s.noteId()) && i.source().boardId().equals(s.boardId()))) continue;
      Decision<MatrixEvent> checked = text(n.text(), null);
      if (checked != null) return checked;
      items.add(Item.created(actor.ids().get(), n.text(), s));
    }
    if (items.isEmpty()) {
      return Decision.reject(Reason.BAD_REQUEST, "There is nothing to import: every chosen note is on the matrix already.");
    }
    if (board.itemCount() + items.size() > limits.maxItems()) return full();
    return Decision.accept(new MatrixEvent.ItemsImported(items));
  }

  private Decision<MatrixEvent> score(MatrixBoard board, MatrixOp.ScoreItem o, Actor actor) {
    Item item = board.item(o.itemId());
    if (item == null) return missing(o.itemId());
    Decision<MatrixEvent> scale = onScale(board, o.x(), o.y(), null);
    if (scale != null) return scale;
    if (!item.scores().containsKey(actor.memberId()) && item.scores().size() >= limits.maxScoresPerItem()) {
      return Decision.reject(Reason.BOARD_FULL, "The item already has " + limits.maxScoresPerItem() + " scores.");
    }
    Map<String, Point> after = new LinkedHashMap<>(item.scores());
    Point p = new Point(o.x(), o.y());
    after.put(actor.memberId(), p);
    Aggregate aggregate = shows(after.size(), revealAt, board.revealed()) ? Aggregate.of(after.values()) : null;
    return Decision.accept(new MatrixEvent.ItemScored(item.id(), actor.memberId(), p, after.size(), aggregate));
  }

  private Decision<MatrixEvent> decideItem(MatrixBoard board, MatrixOp.DecideItem o, Actor actor, long now) {
    Item item = board.item(o.itemId());
    if (item == null) return missing(o.itemId());
    if (board.log().size() >= limits.maxLogEntries()) {
      return Decision.reject(Reason.BOARD_FULL, "The decision log already has " + limits.maxLogEntries() + " entries.");
    }
    int length = o.reason().codePointCount(0, o.reason().length());
    if (length > limits.maxReasonChars()) {
      return Decision.reject(Reason.TEXT_TOO_LONG,
          "The reason is " + length + " characters; the limit is " + limits.maxReasonChars() + ".");
    }
    if (o.reason().isBlank()) return Decision.reject(Reason.BAD_REQUEST, "A decision needs a reason.");
    List<Point> scores = new ArrayList<>(item.scores().values());
    scores.sort((a, b) -> a.x() != b.x() ? Double.compare(a.x(), b.x()) : Double.compare(a.y(), b.y()));
    LogEntry entry = new LogEntry(item.id(), item.text(), o.verdict(), o.reason().strip(), actor.name(),
        actor.memberId(), now, item.aggregate(), scores, item.placed());
    return Decision.accept(new MatrixEvent.ItemDecided(entry));
  }

  private Decision<MatrixEvent> onScale(MatrixBoard board, double x, double y, Decision<MatrixEvent> ok) {
    Scale s = board.scale();
    if (!s.accepts(x) || !s.accepts(y)) {
      return Decision.reject(Reason.OUT_OF_SCALE, "x and y must each be " + s.describe() + " (scale " + s.wire() + ").");
    }
    return ok;
  }

  private Decision<MatrixEvent> text(String text, Decision<MatrixEvent> ok) {
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxTextChars()) {
      return Decision.reject(Reason.TEXT_TOO_LONG,
          "The text is " + length + " characters; the limit is " + limits.maxTextChars() + ".");
    }
    return ok;
  }

  private Decision<MatrixEvent> label(String text, String field, Decision<MatrixEvent> ok) {
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxLabelChars()) {
      return Decision.reject(Reason.TEXT_TOO_LONG,
          "The " + field + " is " + length + " characters; the limit is " + limits.maxLabelChars() + ".");
    }
    if (text.isBlank()) return Decision.reject(Reason.BAD_REQUEST, "The " + field + " must not be empty.");
    return ok;
  }

  private Decision<MatrixEvent> full() {
    return Decision.reject(Reason.BOARD_FULL, "The matrix can hold at most " + limits.maxItems() + " items.");
  }

  private static Decision<MatrixEvent> requireItem(MatrixBoard board, String itemId, Decision<MatrixEvent> ok) {
    return board.item(itemId) == null ? missing(itemId) : ok;
  }

  private static Decision<MatrixEvent> missing(String itemId) {
    return Decision.reject(Reason.NOT_FOUND, "There is no item " + itemId + ".");
  }
}
