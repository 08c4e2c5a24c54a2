package org.samskap.domain.ideas;

import static org.samskap.domain.Inverse.key;

import java.util.ArrayList;
import java.util.List;

import org.samskap.domain.Inverse;

/**
 * Personal undo on an idea board (docs/PROTOCOL.md U3, U7, U8): for an event the rules
 * accepted, computed from the board as it was before it, what it touched and the op that puts
 * it back. Pure: it reads the board and never changes it.
 *
 * <p>Undoable: a note's create, edit, move, colour, cluster and delete, and a cluster's create
 * and rename, merging clusters (I1) and splitting one (I2). Not undoable: deleting a cluster (it also takes its notes out of it) and renaming
 * the board, which are the facilitator's steering (U2).
 */
public final class IdeaUndo {
  private IdeaUndo() {}

  /** The inverse of {@code event} on {@code before}, the board before it was applied. */
  public static Inverse<IdeaEvent> of(IdeaBoard before, IdeaEvent event) {
    if (event instanceof IdeaEvent.NoteCreated e) {
      return Inverse.of(new IdeaOp.DeleteNote(e.note().id()), e.note().id());
    }
    if (event instanceof IdeaOp.RestoreNote e) {
      return Inverse.of(new IdeaOp.DeleteNote(e.note().id()), e.note().id());
    }
    if (event instanceof IdeaOp.DeleteNote e) {
      Note n = before.note(e.noteId());
      return Inverse.of(new IdeaOp.RestoreNote(n), n.id());
    }
    if (event instanceof IdeaOp.EditNote e) {
      return Inverse.of(new IdeaOp.EditNote(e.noteId(), before.note(e.noteId()).text()), key(e.noteId(), "text"));
    }
    if (event instanceof IdeaOp.MoveNote e) {
      Note n = before.note(e.noteId());
      return Inverse.of(new IdeaOp.MoveNote(n.id(), n.x(), n.y()), key(n.id(), "position"));
    }
    if (event instanceof IdeaOp.ColorNote e) {
      return Inverse.of(new IdeaOp.ColorNote(e.noteId(), before.note(e.noteId()).color()), key(e.noteId(), "color"));
    }
    if (event instanceof IdeaOp.ClusterNote e) {
      return Inverse.of(new IdeaOp.ClusterNote(e.noteId(), before.note(e.noteId()).clusterId()),
          key(e.noteId(), "cluster"));
    }
    if (event instanceof IdeaEvent.ClusterCreated e) {
      return Inverse.of(new IdeaOp.DeleteCluster(e.cluster().id()), e.cluster().id());
    }
    if (event instanceof IdeaOp.RenameCluster e) {
      return Inverse.of(new IdeaOp.RenameCluster(e.clusterId(), before.cluster(e.clusterId()).label()),
          key(e.clusterId(), "label"));
    }
    if (event instanceof IdeaOp.DeleteCluster e) {
      List<String> keys = new ArrayList<>();
      keys.add(e.clusterId());
      for (Note n : before.notes()) if (e.clusterId().equals(n.clusterId())) keys.add(key(n.id(), "cluster"));
      return Inverse.none(keys);
    }
    if (event instanceof IdeaOp.MergeClusters e) {
      List<String> moved = new ArrayList<>();
      for (Note n : before.notes()) if (e.clusterId().equals(n.clusterId())) moved.add(n.id());
      return new Inverse<>(new IdeaOp.RestoreCluster(before.cluster(e.clusterId()), moved, e.intoId()),
          clusterKeys(e.clusterId(), moved));
    }
    if (event instanceof IdeaOp.RestoreCluster e) {
      return new Inverse<>(new IdeaOp.MergeClusters(e.cluster().id(), e.fromId()), clusterKeys(e.cluster().id(), e.noteIds()));
    }
    if (event instanceof IdeaEvent.ClusterSplit e) {
      return new Inverse<>(new IdeaOp.MergeClusters(e.cluster().id(), e.fromId()), clusterKeys(e.cluster().id(), e.noteIds()));
    }
    if (event instanceof IdeaOp.ShowNames) return Inverse.none(List.of(key("board", "names")));
    if (event instanceof IdeaOp.RenameBoard) return Inverse.none(List.of(key("board", "title")));
    throw new IllegalArgumentException("unknown idea event " + event);
  }

  /** A cluster that comes or goes, and the cluster of each note that moves with it. */
  private static List<String> clusterKeys(String clusterId, List<String> noteIds) {
    List<String> keys = new ArrayList<>();
    keys.add(clusterId);
    for (String id : noteIds) keys.add(key(id, "cluster"));
    return keys;
  }
}
