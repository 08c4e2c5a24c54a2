package org.samskap.kinds;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.samskap.config.SamskapConfig;
import org.samskap.kinds.ideas.IdeaModule;
import org.samskap.kinds.journey.JourneyModule;
import org.samskap.kinds.matrix.MatrixModule;
import org.samskap.kinds.session.SessionKind;

/** The board kinds this server has: one line per kind (docs/ARCHITECTURE.md, "Adding a board kind"). */
public final class KindRegistry {
  public static final List<KindModule> ALL = List.of(
      new IdeaModule(),
      new MatrixModule(),
      new JourneyModule());

  private KindRegistry() {}

  public static Optional<KindModule> module(String name) {
    return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** Every kind's live boards, each with facilitation and dot voting on top, and personal undo over both (U1) (docs/PROTOCOL.md, "Facilitation and voting"). */
  public static BoardKinds kinds(SamskapConfig config, LongSupplier clock) {
    return new BoardKinds(UndoKind.wrapAll(SessionKind.wrapAll(ALL.stream().map(m -> m.kind(config, clock)).toList(), clock)));
  }

  /** The page a board link of this kind opens; an unknown kind gets the idea page, which says the link is not valid. */
  public static String page(String kind) {
    return module(kind).map(KindModule::page).orElse("/board.html");
  }
}
