package org.samskap.domain.ideas;

/** A change that happened to an idea board; applying it is deterministic. */
public sealed interface IdeaEvent permits
    IdeaEvent.NoteCreated, IdeaEvent.ClusterCreated,
    IdeaOp.EditNote, IdeaOp.MoveNote, IdeaOp.ColorNote, IdeaOp.DeleteNote, IdeaOp.ClusterNote,
    IdeaOp.RenameCluster, IdeaOp.DeleteCluster, IdeaOp.RenameBoard, IdeaOp.RestoreNote {

  /** The wire name; an event has the type of the op that caused it. */
  String type();

  record NoteCreated(Note note) implements IdeaEvent {
    public String type() { return "note.create"; }
  }

  record ClusterCreated(Cluster cluster) implements IdeaEvent {
    public String type() { return "cluster.create"; }
  }
}
