package org.samskap.domain.ideas;

import java.util.List;
import java.util.Objects;

/** A change that happened to an idea board; applying it is deterministic. */
public sealed interface IdeaEvent permits
    IdeaEvent.NoteCreated, IdeaEvent.ClusterCreated,
    IdeaOp.EditNote, IdeaOp.MoveNote, IdeaOp.ColorNote, IdeaOp.DeleteNote, IdeaOp.ClusterNote,
    IdeaOp.RenameCluster, IdeaOp.DeleteCluster, IdeaOp.RenameBoard, IdeaOp.RestoreNote,
    IdeaOp.MergeClusters, IdeaEvent.ClusterSplit, IdeaOp.RestoreCluster, IdeaOp.ShowNames {

  /** The wire name; an event has the type of the op that caused it. */
  String type();

  record NoteCreated(Note note) implements IdeaEvent {
    public String type() { return "note.create"; }
  }

  record ClusterCreated(Cluster cluster) implements IdeaEvent {
    public String type() { return "cluster.create"; }
  }

  /** I2: the new cluster, the notes that moved into it and the cluster they came from. */
  record ClusterSplit(Cluster cluster, List<String> noteIds, String fromId) implements IdeaEvent {
    public ClusterSplit {
      Objects.requireNonNull(cluster, "cluster");
      noteIds = List.copyOf(noteIds);
      Objects.requireNonNull(fromId, "fromId");
    }

    public String type() { return "cluster.split"; }
  }
}
