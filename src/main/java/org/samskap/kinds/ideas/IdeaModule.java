package org.samskap.kinds.ideas;

import java.util.function.LongSupplier;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.domain.ideas.IdeaRules;
import org.samskap.exports.KindExports;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindNames;

/** The idea board as the server knows it: its live boards, page ({@code web/board.html}) and exports. */
public final class IdeaModule implements KindModule {
  private static final KindNames NAMES = new KindNames("Idétavle", "Idétavle", "Idea board");
  private static final IdeaExports EXPORTS = new IdeaExports();

  @Override
  public String name() {
    return IdeaKind.NAME;
  }

  @Override
  public KindNames displayNames() {
    return NAMES;
  }

  @Override
  public BoardKind kind(SamskapConfig config, LongSupplier clock) {
    return new IdeaKind(new IdeaRules(IdeaLimits.withMaxNoteChars(config.maxNoteChars())), clock);
  }

  @Override
  public String page() {
    return "/board.html";
  }

  @Override
  public KindExports exports() {
    return EXPORTS;
  }
}
