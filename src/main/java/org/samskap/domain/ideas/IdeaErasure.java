package org.samskap.domain.ideas;

import java.util.ArrayList;
import java.util.List;

import org.samskap.domain.Erasure;
import org.samskap.domain.MemberErased;

/** Rule D8 on an idea board: which notes an erasure removes and which get the erased label. */
public final class IdeaErasure {
  private IdeaErasure() {}

  /** Decides the erasure; changes nothing. */
  public static MemberErased decide(IdeaBoard board, Erasure erasure) {
    List<String> removed = new ArrayList<>();
    List<String> relabelled = new ArrayList<>();
    for (Note n : board.notes()) {
      if (erasure.removes(n.id(), n.author())) removed.add(n.id());
      else if (erasure.wrote(n.author())) relabelled.add(n.id());
    }
    return new MemberErased(erasure.memberId(), removed, relabelled, erasure.alsoPublic());
  }

  /** Applies a decided (or stored) erasure. */
  public static void apply(IdeaBoard board, MemberErased e) {
    board.erase(e.removed(), e.relabelled(), Erasure.LABEL);
  }
}
