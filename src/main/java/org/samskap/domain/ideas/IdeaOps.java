package org.samskap.domain.ideas;

import static org.samskap.domain.OpCategory.ARRANGE;
import static org.samskap.domain.OpCategory.CONTENT;
import static org.samskap.domain.OpCategory.FACILITATION;

import org.samskap.domain.OpCatalog;
import org.samskap.domain.OpSpec;

/**
 * The idea board's ops for the session layer (docs/PROTOCOL.md F2, F5): writing notes is
 * content, and a note written in silent mode is private to its author; moving, colouring and
 * clustering arrange; renaming the board steers it.
 */
public final class IdeaOps {
  public static final OpCatalog CATALOG = OpCatalog.of(
      OpSpec.of("note.create", CONTENT, "noteId", "clusterId").privateInSilence(),
      OpSpec.of("note.edit", CONTENT, "noteId"),
      OpSpec.of("note.delete", CONTENT, "noteId").removing(),
      OpSpec.of("note.restore", CONTENT, "noteId", "clusterId").privateInSilence(),
      OpSpec.of("note.move", ARRANGE, "noteId"),
      OpSpec.of("note.color", ARRANGE, "noteId"),
      OpSpec.of("note.cluster", ARRANGE, "noteId", "clusterId"),
      OpSpec.of("cluster.create", ARRANGE, "clusterId"),
      OpSpec.of("cluster.rename", ARRANGE, "clusterId"),
      OpSpec.of("cluster.delete", ARRANGE, "clusterId").removing(),
      OpSpec.of("cluster.merge", ARRANGE, "clusterId", "intoId"),
      OpSpec.of("cluster.split", ARRANGE, "clusterId", "noteIds"),
      OpSpec.of("cluster.restore", ARRANGE, "clusterId", "noteIds"),
      OpSpec.of("board.rename", FACILITATION),
      OpSpec.of("board.names", FACILITATION));

  private IdeaOps() {}
}
