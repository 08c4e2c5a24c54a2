package org.samskap.domain.ideas;

import java.util.HashSet;
import java.util.List;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/**
 * The rules of an idea board: decides whether an op may happen and what event it makes.
 * Pure: it reads the board and returns a decision; it never changes the board.
 */
public final class IdeaRules {
  private final IdeaLimits limits;

  public IdeaRules(IdeaLimits limits) {
    this.limits = limits;
  }

  public IdeaLimits limits() {
    return limits;
  }

  /** The role an op needs (docs/PROTOCOL.md, rule A6 and the op table). */
  public static Role requiredRole(IdeaOp op) {
    if (op instanceof IdeaOp.DeleteCluster || op instanceof IdeaOp.RenameBoard || op instanceof IdeaOp.ShowNames) {
      return Role.FACILITATOR;
    }
    return Role.PARTICIPANT;
  }

  public Decision<IdeaEvent> decide(IdeaBoard board, IdeaOp op, Actor actor) {
    if (requiredRole(op) == Role.FACILITATOR && actor.role() != Role.FACILITATOR) {
      return Decision.reject(Reason.FORBIDDEN, "Only a facilitator may do " + op.type() + ".");
    }
    if (op instanceof IdeaOp.CreateNote o) return createNote(board, o, actor);
    if (op instanceof IdeaOp.EditNote o) {
      return requireNote(board, o.noteId(), noteText(o.text(), o));
    }
    if (op instanceof IdeaOp.MoveNote o) {
      Decision<IdeaEvent> bounds = position(o.x(), o.y(), o);
      return requireNote(board, o.noteId(), bounds);
    }
    if (op instanceof IdeaOp.ColorNote o) return requireNote(board, o.noteId(), Decision.accept(o));
    if (op instanceof IdeaOp.DeleteNote o) return requireNote(board, o.noteId(), Decision.accept(o));
    if (op instanceof IdeaOp.ClusterNote o) {
      if (o.clusterId() != null && board.cluster(o.clusterId()) == null) return clusterMissing(o.clusterId());
      return requireNote(board, o.noteId(), Decision.accept(o));
    }
    if (op instanceof IdeaOp.RestoreNote o) return restoreNote(board, o);
    if (op instanceof IdeaOp.CreateCluster o) return createCluster(board, o, actor);
    if (op instanceof IdeaOp.RenameCluster o) {
      if (board.cluster(o.clusterId()) == null) return clusterMissing(o.clusterId());
      return label(o.label(), "label", o);
    }
    if (op instanceof IdeaOp.DeleteCluster o) {
      if (board.cluster(o.clusterId()) == null) return clusterMissing(o.clusterId());
      return Decision.accept(o);
    }
    if (op instanceof IdeaOp.RenameBoard o) return label(o.title(), "title", o);
    if (op instanceof IdeaOp.MergeClusters o) return mergeClusters(board, o);
    if (op instanceof IdeaOp.SplitCluster o) return splitCluster(board, o, actor);
    if (op instanceof IdeaOp.RestoreCluster o) return restoreCluster(board, o);
    if (op instanceof IdeaOp.ShowNames o) return Decision.accept(o);
    throw new IllegalArgumentException("unknown idea op " + op);
  }

  private Decision<IdeaEvent> createNote(IdeaBoard board, IdeaOp.CreateNote o, Actor actor) {
    if (board.noteCount() >= limits.maxNotes()) {
      return Decision.reject(Reason.BOARD_FULL, "The board has reached its limit of " + limits.maxNotes() + " notes; delete one first.");
    }
    if (o.clusterId() != null && board.cluster(o.clusterId()) == null) return clusterMissing(o.clusterId());
    Color color = o.color() == null ? Color.DEFAULT : o.color();
    Note note = new Note(actor.ids().get(), o.text(), o.x(), o.y(), color, o.clusterId(), actor.name());
    Decision<IdeaEvent> created = Decision.accept(new IdeaEvent.NoteCreated(note));
    Decision<IdeaEvent> checked = noteText(o.text(), created);
    return checked instanceof Decision.Rejected ? checked : position(o.x(), o.y(), created);
  }

  /** U7: the note comes back as it was; refused when its id is taken or the board is full. */
  private Decision<IdeaEvent> restoreNote(IdeaBoard board, IdeaOp.RestoreNote o) {
    Note n = o.note();
    if (board.note(n.id()) != null) return Decision.reject(Reason.BAD_REQUEST, "There is already a note " + n.id() + ".");
    if (board.noteCount() >= limits.maxNotes()) {
      return Decision.reject(Reason.BOARD_FULL, "The board has reached its limit of " + limits.maxNotes() + " notes; delete one first.");
    }
    if (n.clusterId() != null && board.cluster(n.clusterId()) == null) {
      o = new IdeaOp.RestoreNote(new Note(n.id(), n.text(), n.x(), n.y(), n.color(), null, n.author()));
    }
    Decision<IdeaEvent> checked = noteText(n.text(), o);
    return checked instanceof Decision.Rejected ? checked : position(n.x(), n.y(), checked);
  }

  private Decision<IdeaEvent> createCluster(IdeaBoard board, IdeaOp.CreateCluster o, Actor actor) {
    if (board.clusterCount() >= limits.maxClusters()) {
      return Decision.reject(Reason.BOARD_FULL, "The board has reached its limit of " + limits.maxClusters() + " clusters; delete one first.");
    }
    Decision<IdeaEvent> created =
        Decision.accept(new IdeaEvent.ClusterCreated(new Cluster(actor.ids().get(), o.label(), o.x(), o.y())));
    Decision<IdeaEvent> checked = label(o.label(), "label", created);
    return checked instanceof Decision.Rejected ? checked : position(o.x(), o.y(), created);
  }

  /** I1: two different clusters that exist; the first one's notes join the second. */
  private static Decision<IdeaEvent> mergeClusters(IdeaBoard board, IdeaOp.MergeClusters o) {
    if (o.clusterId().equals(o.intoId())) return Decision.reject(Reason.BAD_REQUEST, "A cluster cannot be merged into itself.");
    if (board.cluster(o.clusterId()) == null) return clusterMissing(o.clusterId());
    if (board.cluster(o.intoId()) == null) return clusterMissing(o.intoId());
    return Decision.accept(o);
  }

  /** I2: one or more different notes that exist, all in the same cluster, become a new cluster. */
  private Decision<IdeaEvent> splitCluster(IdeaBoard board, IdeaOp.SplitCluster o, Actor actor) {
    if (o.noteIds().isEmpty()) return Decision.reject(Reason.BAD_REQUEST, "Name at least one note to split off.");
    if (new HashSet<>(o.noteIds()).size() != o.noteIds().size()) {
      return Decision.reject(Reason.BAD_REQUEST, "A note is named more than once.");
    }
    String from = null;
    for (String id : o.noteIds()) {
      Note n = board.note(id);
      if (n == null) return Decision.reject(Reason.NOT_FOUND, "There is no note " + id + ".");
      if (n.clusterId() == null || (from != null && !from.equals(n.clusterId()))) {
        return Decision.reject(Reason.BAD_REQUEST, "The notes to split off must all be in one cluster.");
      }
      from = n.clusterId();
    }
    if (board.clusterCount() >= limits.maxClusters()) {
      return Decision.reject(Reason.BOARD_FULL, "The board has reached its limit of " + limits.maxClusters() + " clusters; delete one first.");
    }
    Cluster c = new Cluster(actor.ids().get(), o.label(), o.x(), o.y());
    Decision<IdeaEvent> created = Decision.accept(new IdeaEvent.ClusterSplit(c, o.noteIds(), from));
    Decision<IdeaEvent> checked = label(o.label(), "label", created);
    return checked instanceof Decision.Rejected ? checked : position(o.x(), o.y(), created);
  }

  /** I1, U7: the merged cluster comes back with the notes that still exist; refused when its id is taken or the board is full. */
  private Decision<IdeaEvent> restoreCluster(IdeaBoard board, IdeaOp.RestoreCluster o) {
    Cluster c = o.cluster();
    if (board.cluster(c.id()) != null) return Decision.reject(Reason.BAD_REQUEST, "There is already a cluster " + c.id() + ".");
    if (board.clusterCount() >= limits.maxClusters()) {
      return Decision.reject(Reason.BOARD_FULL, "The board has reached its limit of " + limits.maxClusters() + " clusters; delete one first.");
    }
    List<String> present = o.noteIds().stream().filter(id -> board.note(id) != null).toList();
    Decision<IdeaEvent> checked = label(c.label(), "label", new IdeaOp.RestoreCluster(c, present, o.fromId()));
    return checked instanceof Decision.Rejected ? checked : position(c.x(), c.y(), checked);
  }

  private Decision<IdeaEvent> noteText(String text, IdeaEvent ok) {
    return noteText(text, Decision.accept(ok));
  }

  private Decision<IdeaEvent> noteText(String text, Decision<IdeaEvent> ok) {
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxNoteChars()) {
      return Decision.reject(Reason.TEXT_TOO_LONG,
          "Note text is " + length + " characters; the limit is " + limits.maxNoteChars() + ".");
    }
    return ok;
  }

  private Decision<IdeaEvent> label(String text, String field, IdeaEvent ok) {
    return label(text, field, Decision.accept(ok));
  }

  private Decision<IdeaEvent> label(String text, String field, Decision<IdeaEvent> ok) {
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxLabelChars()) {
      return Decision.reject(Reason.TEXT_TOO_LONG,
          "The " + field + " is " + length + " characters; the limit is " + limits.maxLabelChars() + ".");
    }
    if (text.isBlank()) {
      return Decision.reject(Reason.BAD_REQUEST, "The " + field + " must not be empty.");
    }
    return ok;
  }

  private Decision<IdeaEvent> position(double x, double y, IdeaEvent ok) {
    return position(x, y, Decision.accept(ok));
  }

  private Decision<IdeaEvent> position(double x, double y, Decision<IdeaEvent> ok) {
    double max = limits.maxCoordinate();
    if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > max || Math.abs(y) > max) {
      return Decision.reject(Reason.OUT_OF_BOUNDS, "x and y must be finite numbers within ±" + (long) max + ".");
    }
    return ok;
  }

  private static Decision<IdeaEvent> requireNote(IdeaBoard board, String noteId, Decision<IdeaEvent> ok) {
    if (board.note(noteId) == null) return Decision.reject(Reason.NOT_FOUND, "There is no note " + noteId + ".");
    return ok;
  }

  private static Decision<IdeaEvent> requireNote(IdeaBoard board, String noteId, IdeaEvent ok) {
    return requireNote(board, noteId, Decision.accept(ok));
  }

  private static Decision<IdeaEvent> clusterMissing(String clusterId) {
    return Decision.reject(Reason.NOT_FOUND, "There is no cluster " + clusterId + ".");
  }
}
