package org.samskap.domain.ideas;

import java.util.List;
import java.util.Objects;

/**
 * A request to change an idea board. Ops whose effect is exactly their fields are
 * also their own event (they implement {@link IdeaEvent}); ops that need server-assigned
 * ids or defaults have a separate event record.
 */
public sealed interface IdeaOp permits
    IdeaOp.CreateNote, IdeaOp.EditNote, IdeaOp.MoveNote, IdeaOp.ColorNote, IdeaOp.DeleteNote,
    IdeaOp.ClusterNote, IdeaOp.CreateCluster, IdeaOp.RenameCluster, IdeaOp.DeleteCluster,
    IdeaOp.RenameBoard, IdeaOp.RestoreNote, IdeaOp.MergeClusters, IdeaOp.SplitCluster, IdeaOp.RestoreCluster,
    IdeaOp.ShowNames {

  /** The wire name, e.g. {@code note.move}. */
  String type();

  /** {@code color} and {@code clusterId} may be null (default colour, no cluster). */
  record CreateNote(String text, double x, double y, Color color, String clusterId) implements IdeaOp {
    public String type() { return "note.create"; }
  }

  record EditNote(String noteId, String text) implements IdeaOp, IdeaEvent {
    public String type() { return "note.edit"; }
  }

  record MoveNote(String noteId, double x, double y) implements IdeaOp, IdeaEvent {
    public String type() { return "note.move"; }
  }

  record ColorNote(String noteId, Color color) implements IdeaOp, IdeaEvent {
    public String type() { return "note.color"; }
  }

  record DeleteNote(String noteId) implements IdeaOp, IdeaEvent {
    public String type() { return "note.delete"; }
  }

  /** {@code clusterId} null takes the note out of its cluster. */
  record ClusterNote(String noteId, String clusterId) implements IdeaOp, IdeaEvent {
    public String type() { return "note.cluster"; }
  }

  record CreateCluster(String label, double x, double y) implements IdeaOp {
    public String type() { return "cluster.create"; }
  }

  record RenameCluster(String clusterId, String label) implements IdeaOp, IdeaEvent {
    public String type() { return "cluster.rename"; }
  }

  record DeleteCluster(String clusterId) implements IdeaOp, IdeaEvent {
    public String type() { return "cluster.delete"; }
  }

  record RenameBoard(String title) implements IdeaOp, IdeaEvent {
    public String type() { return "board.rename"; }
  }

  /**
   * Brings a deleted note back with its id and content: only an undo of {@code note.delete}
   * sends it (docs/PROTOCOL.md U7); a client that sends it itself gets {@code unknown_op}.
   */
  record RestoreNote(Note note) implements IdeaOp, IdeaEvent {
    public String type() { return "note.restore"; }
  }

  /** I1: the notes of {@code clusterId} join {@code intoId}, and {@code clusterId} is removed. */
  record MergeClusters(String clusterId, String intoId) implements IdeaOp, IdeaEvent {
    public MergeClusters {
      Objects.requireNonNull(clusterId, "clusterId");
      Objects.requireNonNull(intoId, "intoId");
    }

    public String type() { return "cluster.merge"; }
  }

  /** I2: the notes {@code noteIds}, all in one cluster, become a new cluster {@code label} at x, y. */
  record SplitCluster(List<String> noteIds, String label, double x, double y) implements IdeaOp {
    public SplitCluster {
      noteIds = List.copyOf(noteIds);
      Objects.requireNonNull(label, "label");
    }

    public String type() { return "cluster.split"; }
  }

  /**
   * I1, U7: brings a merged cluster back with its id, label and place, and puts {@code noteIds}
   * back into it from {@code fromId}. Only an undo of {@code cluster.merge} sends it.
   */
  record RestoreCluster(Cluster cluster, List<String> noteIds, String fromId) implements IdeaOp, IdeaEvent {
    public RestoreCluster {
      Objects.requireNonNull(cluster, "cluster");
      noteIds = List.copyOf(noteIds);
      Objects.requireNonNull(fromId, "fromId");
    }

    public String type() { return "cluster.restore"; }
  }

  /** I3: authors' names are shown on the notes ({@code shown}) or not (the default). */
  record ShowNames(boolean shown) implements IdeaOp, IdeaEvent {
    public String type() { return "board.names"; }
  }
}
