package org.samskap.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.Reason;
import org.samskap.domain.matrix.Axis;
import org.samskap.domain.matrix.Item;
import org.samskap.domain.matrix.MatrixEvent;
import org.samskap.domain.matrix.MatrixOp;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.domain.matrix.Placement;
import org.samskap.domain.matrix.Point;
import org.samskap.domain.matrix.Quadrant;
import org.samskap.domain.matrix.Scale;
import org.samskap.domain.matrix.Source;
import org.samskap.domain.matrix.Verdict;

/**
 * Maps matrix-board ops and events to and from plain maps (JSON on the wire, BSON in the
 * database). The board's content is in {@link MatrixContentCodec}.
 */
public final class MatrixCodec {
  /** Most notes one import may carry. */
  public static final int MAX_IMPORT = 300;

  private MatrixCodec() {}

  /** Decodes an op; throws {@link DecodeException} naming the bad field. */
  public static MatrixOp decodeOp(String type, Map<String, Object> body) {
    Fields f = new Fields(body);
    try {
      return switch (type) {
        case "board.rename" -> new MatrixOp.RenameBoard(f.string("title"));
        case "axis.rename" -> {
          Axis a = Axis.fromWire(f.string("axis")).orElseThrow(() -> Fields.invalid("Field 'axis' must be \"x\" or \"y\"."));
          Fields n = new Fields(MatrixWire.map(body.get("names"), "names"));
          yield new MatrixOp.RenameAxis(a, n.optionalString("nb"), n.optionalString("nn"), n.optionalString("en"));
        }
        case "quadrant.rename" -> {
          Quadrant q = Quadrant.fromWire(f.string("quadrant")).orElseThrow(() -> Fields.invalid(
              "Field 'quadrant' must be one of quick-wins, strategic-bets, small-improvements, time-sinks."));
          Fields n = new Fields(MatrixWire.map(body.get("names"), "names"));
          yield new MatrixOp.RenameQuadrant(q, n.optionalString("nb"), n.optionalString("nn"), n.optionalString("en"));
        }
        case "scale.set" -> new MatrixOp.SetScale(Scale.fromWire(f.string("scale"))
            .orElseThrow(() -> Fields.invalid("Field 'scale' must be \"1-5\" or \"continuous\".")));
        case "placement.set" -> new MatrixOp.SetPlacement(Placement.fromWire(f.string("placement"))
            .orElseThrow(() -> Fields.invalid("Field 'placement' must be \"facilitator\" or \"scores\".")));
        case "item.create" -> new MatrixOp.CreateItem(f.string("text"));
        case "item.import" -> new MatrixOp.ImportItems(imported(body));
        case "item.edit" -> new MatrixOp.EditItem(f.id("itemId"), f.string("text"));
        case "item.delete" -> new MatrixOp.DeleteItem(f.id("itemId"));
        case "item.restore" -> new MatrixOp.RestoreItem(f.id("itemId"), f.string("text"),
            body.get("source") == null ? null : MatrixWire.source(body.get("source")),
            body.get("placed") == null ? null : MatrixWire.point(body.get("placed")));
        case "item.place" -> new MatrixOp.PlaceItem(f.id("itemId"), f.number("x"), f.number("y"));
        case "item.score" -> new MatrixOp.ScoreItem(f.id("itemId"), f.number("x"), f.number("y"));
        case "scores.reveal" -> {
          if (!(body.get("revealed") instanceof Boolean b)) throw Fields.invalid("Field 'revealed' must be true or false.");
          yield new MatrixOp.RevealScores(b);
        }
        case "item.decide" -> new MatrixOp.DecideItem(f.id("itemId"), Verdict.fromWire(f.string("status"))
            .orElseThrow(() -> Fields.invalid("Field 'status' must be accepted, parked or rejected.")), f.string("reason"));
        default -> throw new Fields.Invalid(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
      };
    } catch (Fields.Invalid e) {
      throw new DecodeException(e.rejection);
    }
  }

  private static List<MatrixOp.Imported> imported(Map<String, Object> body) {
    List<Object> items = MatrixWire.list(body.get("items"), "items");
    if (items.isEmpty() || items.size() > MAX_IMPORT) {
      throw Fields.invalid("Field 'items' must hold 1 to " + MAX_IMPORT + " notes.");
    }
    List<MatrixOp.Imported> out = new ArrayList<>(items.size());
    for (Object o : items) {
      Map<String, Object> m = MatrixWire.map(o, "items[]");
      Source source = MatrixWire.source(m.get("source"));
      if (source == null) throw Fields.invalid("Field 'items[].source' is required."); // R1: refused, not a crash with no reply
      out.add(new MatrixOp.Imported(new Fields(m).string("text"), source));
    }
    return out;
  }

  /** The body of an {@code item.import} op for the given notes (made by the server's import route). */
  public static Map<String, Object> importBody(List<Map<String, Object>> notes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "item.import");
    m.put("items", notes);
    return m;
  }

  /** The changed fields of an event (without version and clientOpId). */
  public static Map<String, Object> encodeEvent(MatrixEvent event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", event.type());
    if (event instanceof MatrixEvent.ItemCreated e) {
      m.put("itemId", e.item().id());
      m.put("text", e.item().text());
    } else if (event instanceof MatrixEvent.ItemsImported e) {
      List<Object> items = new ArrayList<>();
      for (Item i : e.items()) {
        Map<String, Object> it = new LinkedHashMap<>();
        it.put("itemId", i.id());
        it.put("text", i.text());
        it.put("source", MatrixWire.source(i.source()));
        items.add(it);
      }
      m.put("items", items);
    } else if (event instanceof MatrixOp.RestoreItem e) {
      m.put("itemId", e.itemId());
      m.put("text", e.text());
      m.put("source", e.source() == null ? null : MatrixWire.source(e.source()));
      m.put("placed", e.placed() == null ? null : MatrixWire.point(e.placed()));
    } else if (event instanceof MatrixEvent.AxisRenamed e) {
      m.put("axis", e.axis().wire());
      m.put("names", MatrixWire.names(e.names()));
    } else if (event instanceof MatrixEvent.QuadrantRenamed e) {
      m.put("quadrant", e.quadrant().wire());
      m.put("names", MatrixWire.names(e.names()));
    } else if (event instanceof MatrixEvent.ItemScored e) {
      m.put("itemId", e.itemId());
      m.put("memberId", e.memberId());
      m.put("x", e.score().x());
      m.put("y", e.score().y());
      m.put("aggregate", MatrixWire.shownAggregate(e.count(), e.aggregate()));
    } else if (event instanceof MatrixEvent.ItemDecided e) {
      m.putAll(MatrixWire.logEntry(e.entry()));
    } else if (event instanceof MatrixOp.RenameBoard e) {
      m.put("title", e.title());
    } else if (event instanceof MatrixOp.SetScale e) {
      m.put("scale", e.scale().wire());
    } else if (event instanceof MatrixOp.SetPlacement e) {
      m.put("placement", e.placement().wire());
    } else if (event instanceof MatrixOp.EditItem e) {
      m.put("itemId", e.itemId());
      m.put("text", e.text());
    } else if (event instanceof MatrixOp.DeleteItem e) {
      m.put("itemId", e.itemId());
    } else if (event instanceof MatrixOp.PlaceItem e) {
      m.put("itemId", e.itemId());
      m.put("x", e.x());
      m.put("y", e.y());
    } else if (event instanceof MatrixOp.RevealScores e) {
      m.put("revealed", e.revealed());
    } else {
      throw new IllegalArgumentException("unknown matrix event " + event);
    }
    return m;
  }

  /** {@link #publicEvent(Map, int)} with the default threshold. */
  public static Map<String, Object> publicEvent(Map<String, Object> event) {
    return publicEvent(event, MatrixRules.DEFAULT_REVEAL_AT);
  }

  /**
   * The event as everyone on the board sees it. A score keeps who gave it and its values
   * private (rule M4): others see only the item's new aggregate, as rule M11 lets them (an
   * event stored before M11 has no {@code hidden} mark, so fewer than {@code revealAt} scores
   * are hidden here).
   */
  public static Map<String, Object> publicEvent(Map<String, Object> event, int revealAt) {
    if (!"item.score".equals(event.get("type"))) return event;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "item.score");
    m.put("itemId", event.get("itemId"));
    Map<String, Object> aggregate = MatrixWire.map(event.get("aggregate"), "aggregate");
    if (!aggregate.containsKey("hidden") && aggregate.get("count") instanceof Number n && n.intValue() < revealAt) {
      m.put("aggregate", MatrixWire.hiddenAggregate(n.intValue()));
    } else {
      m.put("aggregate", event.get("aggregate"));
    }
    return m;
  }

  /**
   * The {@code item.decide} event as others see it (rule M11): a decision on an item whose
   * aggregate is hidden carries the count only and no scores.
   */
  public static Map<String, Object> publicDecision(Map<String, Object> event, int revealAt, boolean revealed) {
    Map<String, Object> aggregate = MatrixWire.map(event.get("aggregate"), "aggregate");
    int count = aggregate.get("count") instanceof Number n ? n.intValue() : 0;
    if (MatrixRules.shows(count, revealAt, revealed)) return event;
    Map<String, Object> m = new LinkedHashMap<>(event);
    m.put("aggregate", MatrixWire.hiddenAggregate(count));
    m.put("scores", List.of());
    return m;
  }

  /** Reads back an event this codec encoded (from storage). */
  public static MatrixEvent decodeEvent(Map<String, Object> m) {
    String type = (String) m.get("type");
    Fields f = new Fields(m);
    switch (type) {
      case "item.create":
        return new MatrixEvent.ItemCreated(Item.created(f.string("itemId"), f.string("text"), null));
      case "item.import": {
        List<Item> items = new ArrayList<>();
        for (Object o : MatrixWire.list(m.get("items"), "items")) {
          Map<String, Object> it = MatrixWire.map(o, "items[]");
          Fields fi = new Fields(it);
          items.add(Item.created(fi.string("itemId"), fi.string("text"), MatrixWire.source(it.get("source"))));
        }
        return new MatrixEvent.ItemsImported(items);
      }
      case "axis.rename":
        return new MatrixEvent.AxisRenamed(Axis.fromWire(f.string("axis")).orElseThrow(),
            MatrixWire.names(MatrixWire.map(m.get("names"), "names")));
      case "quadrant.rename":
        return new MatrixEvent.QuadrantRenamed(Quadrant.fromWire(f.string("quadrant")).orElseThrow(),
            MatrixWire.names(MatrixWire.map(m.get("names"), "names")));
      case "item.score": {
        Map<String, Object> aggregate = MatrixWire.map(m.get("aggregate"), "aggregate");
        int count = (int) new Fields(aggregate).wholeNumber("count");
        return new MatrixEvent.ItemScored(f.string("itemId"), f.string("memberId"), new Point(f.number("x"), f.number("y")),
            count, MatrixWire.isHidden(aggregate) ? null : MatrixWire.aggregate(aggregate));
      }
      case "item.decide":
        return new MatrixEvent.ItemDecided(MatrixWire.logEntry(m));
      default:
        MatrixOp op = decodeOp(type, m);
        if (op instanceof MatrixEvent e) return e;
        throw new IllegalArgumentException("stored event of type " + type + " is not an event");
    }
  }
}
