package org.samskap.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.Reason;
import org.samskap.domain.ideas.Cluster;
import org.samskap.domain.ideas.Color;
import org.samskap.domain.ideas.IdeaBoard;
import org.samskap.domain.ideas.IdeaEvent;
import org.samskap.domain.ideas.IdeaOp;
import org.samskap.domain.ideas.Note;

/**
 * Maps idea-board ops, events and state to and from plain maps. The same maps become
 * JSON on the wire and BSON in the database, so there is one encoding of each thing.
 */
public final class IdeaCodec {
  /** The most ids one op may name (cluster.split's notes). */
  public static final int MAX_IDS = 1000;

  private IdeaCodec() {}

  /** Decodes an op; throws {@link Fields.Invalid} (as {@link DecodeException}) naming the bad field. */
  public static IdeaOp decodeOp(String type, Map<String, Object> body) {
    Fields f = new Fields(body);
    try {
      return switch (type) {
        case "note.create" -> new IdeaOp.CreateNote(f.string("text"), f.number("x"), f.number("y"),
            optionalColor(f), f.optionalId("clusterId"));
        case "note.edit" -> new IdeaOp.EditNote(f.id("noteId"), f.string("text"));
        case "note.move" -> new IdeaOp.MoveNote(f.id("noteId"), f.number("x"), f.number("y"));
        case "note.color" -> new IdeaOp.ColorNote(f.id("noteId"), color(f));
        case "note.delete" -> new IdeaOp.DeleteNote(f.id("noteId"));
        case "note.cluster" -> {
          if (!body.containsKey("clusterId")) throw Fields.invalid("Field 'clusterId' is required (null takes the note out).");
          yield new IdeaOp.ClusterNote(f.id("noteId"), f.optionalId("clusterId"));
        }
        case "cluster.create" -> new IdeaOp.CreateCluster(f.string("label"), f.optionalNumber("x", 0),
            f.optionalNumber("y", 0));
        case "cluster.rename" -> new IdeaOp.RenameCluster(f.id("clusterId"), f.string("label"));
        case "cluster.delete" -> new IdeaOp.DeleteCluster(f.id("clusterId"));
        case "board.rename" -> new IdeaOp.RenameBoard(f.string("title"));
        case "note.restore" -> new IdeaOp.RestoreNote(note(f));
        case "cluster.merge" -> new IdeaOp.MergeClusters(f.id("clusterId"), f.id("intoId"));
        case "cluster.split" -> new IdeaOp.SplitCluster(ids(f, "noteIds"), f.string("label"), f.optionalNumber("x", 0),
            f.optionalNumber("y", 0));
        case "cluster.restore" -> new IdeaOp.RestoreCluster(new Cluster(f.id("clusterId"), f.string("label"),
            f.number("x"), f.number("y")), ids(f, "noteIds"), f.id("fromId"));
        case "board.names" -> {
          if (!(body.get("shown") instanceof Boolean b)) throw Fields.invalid("Field 'shown' must be true or false.");
          yield new IdeaOp.ShowNames(b);
        }
        default -> throw new Fields.Invalid(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
      };
    } catch (Fields.Invalid e) {
      throw new DecodeException(e.rejection);
    }
  }

  /** The changed fields of an event (without version and clientOpId). */
  public static Map<String, Object> encodeEvent(IdeaEvent event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", event.type());
    if (event instanceof IdeaEvent.NoteCreated e) {
      Note n = e.note();
      m.put("noteId", n.id());
      m.put("text", n.text());
      m.put("x", n.x());
      m.put("y", n.y());
      m.put("color", n.color().wire());
      m.put("clusterId", n.clusterId());
      m.put("author", n.author());
    } else if (event instanceof IdeaOp.RestoreNote e) {
      Note n = e.note();
      m.put("noteId", n.id());
      m.put("text", n.text());
      m.put("x", n.x());
      m.put("y", n.y());
      m.put("color", n.color().wire());
      m.put("clusterId", n.clusterId());
      m.put("author", n.author());
    } else if (event instanceof IdeaEvent.ClusterCreated e) {
      m.put("clusterId", e.cluster().id());
      m.put("label", e.cluster().label());
      m.put("x", e.cluster().x());
      m.put("y", e.cluster().y());
    } else if (event instanceof IdeaOp.EditNote e) {
      m.put("noteId", e.noteId());
      m.put("text", e.text());
    } else if (event instanceof IdeaOp.MoveNote e) {
      m.put("noteId", e.noteId());
      m.put("x", e.x());
      m.put("y", e.y());
    } else if (event instanceof IdeaOp.ColorNote e) {
      m.put("noteId", e.noteId());
      m.put("color", e.color().wire());
    } else if (event instanceof IdeaOp.DeleteNote e) {
      m.put("noteId", e.noteId());
    } else if (event instanceof IdeaOp.ClusterNote e) {
      m.put("noteId", e.noteId());
      m.put("clusterId", e.clusterId());
    } else if (event instanceof IdeaOp.RenameCluster e) {
      m.put("clusterId", e.clusterId());
      m.put("label", e.label());
    } else if (event instanceof IdeaOp.DeleteCluster e) {
      m.put("clusterId", e.clusterId());
    } else if (event instanceof IdeaOp.RenameBoard e) {
      m.put("title", e.title());
    } else if (event instanceof IdeaOp.MergeClusters e) {
      m.put("clusterId", e.clusterId());
      m.put("intoId", e.intoId());
    } else if (event instanceof IdeaEvent.ClusterSplit e) {
      putClusterOf(m, e.cluster(), e.noteIds(), e.fromId());
    } else if (event instanceof IdeaOp.RestoreCluster e) {
      putClusterOf(m, e.cluster(), e.noteIds(), e.fromId());
    } else if (event instanceof IdeaOp.ShowNames e) {
      m.put("shown", e.shown());
    } else {
      throw new IllegalArgumentException("unknown idea event " + event);
    }
    return m;
  }

  /** A cluster that takes notes from another ({@code cluster.split}, and its undo {@code cluster.restore}: I1, I2). */
  private static void putClusterOf(Map<String, Object> m, Cluster c, List<String> noteIds, String fromId) {
    m.put("clusterId", c.id());
    m.put("label", c.label());
    m.put("x", c.x());
    m.put("y", c.y());
    m.put("noteIds", noteIds);
    m.put("fromId", fromId);
  }

  /** Reads back an event this codec encoded (from storage). */
  public static IdeaEvent decodeEvent(Map<String, Object> m) {
    String type = (String) m.get("type");
    Fields f = new Fields(m);
    if ("note.create".equals(type)) return new IdeaEvent.NoteCreated(note(f));
    if ("cluster.create".equals(type)) {
      return new IdeaEvent.ClusterCreated(new Cluster(f.string("clusterId"), f.string("label"),
          f.number("x"), f.number("y")));
    }
    if ("cluster.split".equals(type)) {
      return new IdeaEvent.ClusterSplit(new Cluster(f.string("clusterId"), f.string("label"), f.number("x"), f.number("y")),
          ids(f, "noteIds"), f.string("fromId"));
    }
    IdeaOp op = decodeOp(type, m);
    if (op instanceof IdeaEvent e) return e;
    throw new IllegalArgumentException("stored event of type " + type + " is not an event");
  }

  /** The idea-specific part of a snapshot: notes and clusters in board order. */
  public static void encodeContent(IdeaBoard board, Map<String, Object> into) {
    List<Object> notes = new ArrayList<>(board.noteCount());
    for (Note n : board.notes()) notes.add(encodeNote(n));
    List<Object> clusters = new ArrayList<>(board.clusterCount());
    for (Cluster c : board.clusters()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("label", c.label());
      m.put("x", c.x());
      m.put("y", c.y());
      clusters.add(m);
    }
    into.put("notes", notes);
    into.put("clusters", clusters);
    into.put("namesShown", board.namesShown());
  }

  /** Rebuilds a board from {@link #encodeContent} output plus its title. */
  @SuppressWarnings("unchecked")
  public static IdeaBoard decodeContent(String title, Map<String, Object> m) {
    IdeaBoard board = new IdeaBoard(title);
    for (Object o : (List<Object>) m.getOrDefault("clusters", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      board.apply(new IdeaEvent.ClusterCreated(new Cluster(f.string("id"), f.string("label"), f.number("x"),
          f.number("y"))));
    }
    for (Object o : (List<Object>) m.getOrDefault("notes", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      board.apply(new IdeaEvent.NoteCreated(new Note(f.string("id"), f.string("text"), f.number("x"),
          f.number("y"), color(f), f.optionalString("clusterId"), f.string("author"))));
    }
    if (Boolean.TRUE.equals(m.get("namesShown"))) board.apply(new IdeaOp.ShowNames(true));
    return board;
  }

  /** A note as a create or restore event carries it (fields noteId, text, x, y, color, clusterId, author). */
  private static Note note(Fields f) {
    return new Note(f.string("noteId"), f.string("text"), f.number("x"), f.number("y"), color(f),
        f.optionalString("clusterId"), f.string("author"));
  }

  /** A list of ids (I2), at most {@link #MAX_IDS}. */
  private static List<String> ids(Fields f, String name) {
    // A list as parsed, or the bus's JSON array (an Iterable) once the body was copied.
    if (!(f.map().get(name) instanceof Iterable<?> list)) throw Fields.invalid("Field '" + name + "' must be an array of ids.");
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s) || !Fields.ID.matcher(s).matches()) {
        throw Fields.invalid("Field '" + name + "' must be an array of ids.");
      }
      if (out.size() == MAX_IDS) throw Fields.invalid("Field '" + name + "' names more than " + MAX_IDS + " ids.");
      out.add(s);
    }
    return out;
  }

  static Map<String, Object> encodeNote(Note n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("text", n.text());
    m.put("x", n.x());
    m.put("y", n.y());
    m.put("color", n.color().wire());
    m.put("clusterId", n.clusterId());
    m.put("author", n.author());
    return m;
  }

  private static Color color(Fields f) {
    String s = f.string("color");
    return Color.fromWire(s).orElseThrow(() -> Fields.invalid("Field 'color' must be one of yellow, pink, blue, green, orange, purple."));
  }

  private static Color optionalColor(Fields f) {
    String s = f.optionalString("color");
    return s == null ? null : color(f);
  }
}
