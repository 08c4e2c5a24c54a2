package org.samskap.domain.matrix;

import java.util.ArrayList;
import java.util.List;

import org.samskap.domain.Erasure;
import org.samskap.domain.MemberErased;

/**
 * Rule D8 on a matrix: the member's private items go, their score leaves every item (the
 * aggregate is computed from the scores that are left), and a decision they made names
 * {@link Erasure#LABEL}. Matrix items carry no author, so "also public" removes nothing more.
 */
public final class MatrixErasure {
  private MatrixErasure() {}

  /** Decides the erasure; changes nothing. {@code relabelled}: items that lose a score or a decider's name. */
  public static MemberErased decide(MatrixBoard board, Erasure erasure) {
    List<String> removed = new ArrayList<>();
    List<String> relabelled = new ArrayList<>();
    for (Item i : board.items()) {
      if (erasure.privateIds().contains(i.id())) removed.add(i.id());
      else if (i.scores().containsKey(erasure.memberId())
          || (i.decision() != null && i.decision().byMemberId().equals(erasure.memberId()))) relabelled.add(i.id());
    }
    return new MemberErased(erasure.memberId(), removed, relabelled, erasure.alsoPublic());
  }

  /** Applies a decided (or stored) erasure. */
  public static void apply(MatrixBoard board, MemberErased e) {
    board.erase(e.memberId(), e.removed(), Erasure.LABEL);
  }
}
