package org.samskap.domain.ideas;

/**
 * A request to change an idea board. Ops whose effect is exactly their fields are
 * also their own event (they implement {@link IdeaEvent}); ops that need server-assigned
 * ids or defaults have a separate event record.
 */
public sealed interface IdeaOp permits
    IdeaOp.CreateNote, IdeaOp.EditNote, IdeaOp.MoveNote, IdeaOp.ColorNote, IdeaOp.DeleteNote,
    IdeaOp.ClusterNote, IdeaOp.CreateCluster, IdeaOp.RenameCluster, IdeaOp.DeleteCluster,
    IdeaOp.RenameBoard, IdeaOp.RestoreNote {

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
}
