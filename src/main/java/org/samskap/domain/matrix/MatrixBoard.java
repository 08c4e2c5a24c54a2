package org.samskap.domain.matrix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one prioritisation matrix: axis and quadrant names, scale, placement mode,
 * items and the decision log. Owned by the board's single writer and changed only by
 * {@link #apply(MatrixEvent)}, which is deterministic.
 */
public final class MatrixBoard {
  private String title;
  private Scale scale = Scale.STEPS;
  private Placement placement = Placement.SCORES;
  private boolean revealed;
  private final Map<Axis, Names> axes = new EnumMap<>(Axis.class);
  private final Map<Quadrant, Names> quadrants = new EnumMap<>(Quadrant.class);
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final List<LogEntry> log = new ArrayList<>();

  public MatrixBoard(String title) {
    this.title = Objects.requireNonNull(title, "title");
    for (Axis a : Axis.values()) axes.put(a, a.defaultNames());
    for (Quadrant q : Quadrant.values()) quadrants.put(q, q.defaultNames());
  }

  public String title() { return title; }

  public Scale scale() { return scale; }

  public Placement placement() { return placement; }

  /** True while the facilitator shows every aggregate, also below the threshold (rule M11). */
  public boolean revealed() { return revealed; }

  public Names axis(Axis a) { return axes.get(a); }

  public Names quadrant(Quadrant q) { return quadrants.get(q); }

  public Collection<Item> items() { return Collections.unmodifiableCollection(items.values()); }

  public Item item(String id) { return items.get(id); }

  public int itemCount() { return items.size(); }

  /** Every decision ever made, oldest first; entries stay when their item is deleted. */
  public List<LogEntry> log() { return Collections.unmodifiableList(log); }

  /** True when a note of an idea board is already on this matrix. */
  public boolean hasSource(String boardId, String noteId) {
    for (Item i : items.values()) {
      Source s = i.source();
      if (s != null && s.boardId().equals(boardId) && s.noteId().equals(noteId)) return true;
    }
    return false;
  }

  /** Restores settings read back from a snapshot. */
  public void restoreSettings(Scale s, Placement p) {
    scale = Objects.requireNonNull(s, "scale");
    placement = Objects.requireNonNull(p, "placement");
  }

  /** Restores the reveal state read back from a snapshot (rule M11). */
  public void restoreRevealed(boolean r) {
    revealed = r;
  }

  /** Restores an item exactly as a snapshot held it. */
  public void restoreItem(Item item) {
    items.put(item.id(), item);
  }

  /** Restores a decision-log entry from a snapshot. */
  public void restoreLog(LogEntry entry) {
    log.add(entry);
  }

  /**
   * Rule D8 ({@link MatrixErasure}): removes items, drops the member's scores and names
   * {@code label} (and no member id) in the decisions they made.
   */
  void erase(String memberId, List<String> removed, String label) {
    removed.forEach(items::remove);
    items.replaceAll((k, i) -> {
      Item out = i;
      if (i.scores().containsKey(memberId)) {
        Map<String, Point> scores = new LinkedHashMap<>(i.scores());
        scores.remove(memberId);
        out = out.withScores(scores);
      }
      if (out.decision() != null && out.decision().byMemberId().equals(memberId)) out = out.decided(anonymous(out.decision(), label));
      return out;
    });
    log.replaceAll(entry -> entry.byMemberId().equals(memberId) ? anonymous(entry, label) : entry);
  }

  private static LogEntry anonymous(LogEntry e, String label) {
    return new LogEntry(e.itemId(), e.itemText(), e.verdict(), e.reason(), label, "", e.at(), e.aggregate(), e.scores(), e.placed());
  }

  /** Applies an event that {@link MatrixRules#decide} accepted (or that was read back from storage). */
  public void apply(MatrixEvent event) {
    if (event instanceof MatrixEvent.ItemCreated e) {
      items.put(e.item().id(), e.item());
    } else if (event instanceof MatrixEvent.ItemsImported e) {
      for (Item i : e.items()) items.put(i.id(), i);
    } else if (event instanceof MatrixEvent.AxisRenamed e) {
      axes.put(e.axis(), e.names());
    } else if (event instanceof MatrixEvent.QuadrantRenamed e) {
      quadrants.put(e.quadrant(), e.names());
    } else if (event instanceof MatrixEvent.ItemScored e) {
      items.computeIfPresent(e.itemId(), (k, i) -> {
        Map<String, Point> scores = new LinkedHashMap<>(i.scores());
        scores.put(e.memberId(), e.score());
        return i.withScores(scores);
      });
    } else if (event instanceof MatrixEvent.ItemDecided e) {
      log.add(e.entry());
      items.computeIfPresent(e.entry().itemId(), (k, i) -> i.decided(e.entry()));
    } else if (event instanceof MatrixOp.RenameBoard e) {
      title = e.title();
    } else if (event instanceof MatrixOp.SetScale e) {
      scale = e.scale();
    } else if (event instanceof MatrixOp.SetPlacement e) {
      placement = e.placement();
    } else if (event instanceof MatrixOp.RevealScores e) {
      revealed = e.revealed();
    } else if (event instanceof MatrixOp.EditItem e) {
      items.computeIfPresent(e.itemId(), (k, i) -> i.withText(e.text()));
    } else if (event instanceof MatrixOp.RestoreItem e) {
      items.put(e.itemId(), new Item(e.itemId(), e.text(), e.source(), e.placed(), java.util.Map.of(), null));
    } else if (event instanceof MatrixOp.DeleteItem e) {
      items.remove(e.itemId());
    } else if (event instanceof MatrixOp.PlaceItem e) {
      items.computeIfPresent(e.itemId(), (k, i) -> i.at(new Point(e.x(), e.y())));
    } else {
      throw new IllegalArgumentException("unknown matrix event " + event);
    }
  }
}
