package org.samskap.domain.journey;

import java.util.ArrayList;
import java.util.List;

import org.samskap.domain.Erasure;
import org.samskap.domain.MemberErased;

/** Rule D8 on a service journey: which cards (of both versions) an erasure removes and which get the erased label. */
public final class JourneyErasure {
  private JourneyErasure() {}

  /** Decides the erasure; changes nothing. */
  public static MemberErased decide(JourneyBoard board, Erasure erasure) {
    List<String> removed = new ArrayList<>();
    List<String> relabelled = new ArrayList<>();
    for (JourneyVersion v : JourneyVersion.values()) {
      for (Card c : board.journey(v).cards()) {
        if (erasure.removes(c.id(), c.author())) removed.add(c.id());
        else if (erasure.wrote(c.author())) relabelled.add(c.id());
      }
    }
    return new MemberErased(erasure.memberId(), removed, relabelled, erasure.alsoPublic());
  }

  /** Applies a decided (or stored) erasure to both versions. */
  public static void apply(JourneyBoard board, MemberErased e) {
    for (JourneyVersion v : JourneyVersion.values()) {
      Journey j = board.journey(v);
      for (String id : e.removed()) if (j.card(id) != null) j.removeCard(id);
      for (String id : e.relabelled()) {
        Card c = j.card(id);
        if (c != null) j.putCard(c.byAuthor(Erasure.LABEL));
      }
    }
  }
}
