package org.samskap.domain.ideas;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one idea board. It is owned by the board's single writer and changed only
 * by {@link #apply(IdeaEvent)}, which is deterministic: replaying the same events from the
 * same start gives the same board.
 */
public final class IdeaBoard {
  private String title;
  private boolean namesShown;
  private final Map<String, Note> notes = new LinkedHashMap<>();
  private final Map<String, Cluster> clusters = new LinkedHashMap<>();

  public IdeaBoard(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  public String title() { return title; }

  public Collection<Note> notes() { return Collections.unmodifiableCollection(notes.values()); }

  public Collection<Cluster> clusters() { return Collections.unmodifiableCollection(clusters.values()); }

  /** I3: whether authors' names are shown on the notes (off by default). */
  public boolean namesShown() { return namesShown; }

  public Note note(String id) { return notes.get(id); }

  public Cluster cluster(String id) { return clusters.get(id); }

  public int noteCount() { return notes.size(); }

  public int clusterCount() { return clusters.size(); }

  /** Rule D8: removes notes and gives others {@code label} as their author ({@link IdeaErasure}). */
  void erase(java.util.List<String> removed, java.util.List<String> relabelled, String label) {
    removed.forEach(notes::remove);
    for (String id : relabelled) notes.computeIfPresent(id, (k, n) -> n.byAuthor(label));
  }

  /** Applies an event that {@link IdeaRules#decide} accepted (or that was read back from storage). */
  public void apply(IdeaEvent event) {
    if (event instanceof IdeaEvent.NoteCreated e) {
      notes.put(e.note().id(), e.note());
    } else if (event instanceof IdeaOp.RestoreNote e) {
      notes.put(e.note().id(), e.note());
    } else if (event instanceof IdeaEvent.ClusterCreated e) {
      clusters.put(e.cluster().id(), e.cluster());
    } else if (event instanceof IdeaOp.EditNote e) {
      notes.computeIfPresent(e.noteId(), (k, n) -> n.withText(e.text()));
    } else if (event instanceof IdeaOp.MoveNote e) {
      notes.computeIfPresent(e.noteId(), (k, n) -> n.at(e.x(), e.y()));
    } else if (event instanceof IdeaOp.ColorNote e) {
      notes.computeIfPresent(e.noteId(), (k, n) -> n.withColor(e.color()));
    } else if (event instanceof IdeaOp.DeleteNote e) {
      notes.remove(e.noteId());
    } else if (event instanceof IdeaOp.ClusterNote e) {
      notes.computeIfPresent(e.noteId(), (k, n) -> n.inCluster(e.clusterId()));
    } else if (event instanceof IdeaOp.RenameCluster e) {
      clusters.computeIfPresent(e.clusterId(), (k, c) -> c.withLabel(e.label()));
    } else if (event instanceof IdeaOp.DeleteCluster e) {
      clusters.remove(e.clusterId());
      notes.replaceAll((k, n) -> e.clusterId().equals(n.clusterId()) ? n.inCluster(null) : n);
    } else if (event instanceof IdeaOp.RenameBoard e) {
      title = e.title();
    } else if (event instanceof IdeaOp.MergeClusters e) {
      notes.replaceAll((k, n) -> e.clusterId().equals(n.clusterId()) ? n.inCluster(e.intoId()) : n);
      clusters.remove(e.clusterId());
    } else if (event instanceof IdeaEvent.ClusterSplit e) {
      clusters.put(e.cluster().id(), e.cluster());
      for (String id : e.noteIds()) notes.computeIfPresent(id, (k, n) -> n.inCluster(e.cluster().id()));
    } else if (event instanceof IdeaOp.RestoreCluster e) {
      clusters.put(e.cluster().id(), e.cluster());
      for (String id : e.noteIds()) notes.computeIfPresent(id, (k, n) -> n.inCluster(e.cluster().id()));
    } else if (event instanceof IdeaOp.ShowNames e) {
      namesShown = e.shown();
    } else {
      throw new IllegalArgumentException("unknown idea event " + event);
    }
  }
}
