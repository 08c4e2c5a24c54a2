package org.samskap.kinds.ideas;

import java.util.Map;

import org.samskap.domain.ideas.IdeaBoard;
import org.samskap.domain.ideas.IdeaRules;
import org.samskap.domain.OpCatalog;
import org.samskap.domain.ideas.IdeaOps;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.protocol.IdeaCodec;

/** Board kind {@code ideas}: sticky notes and clusters. */
public final class IdeaKind implements BoardKind {
  public static final String NAME = "ideas";
  private final IdeaRules rules;

  public IdeaKind(IdeaRules rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public BoardModel create(String title) {
    return new IdeaModel(new IdeaBoard(title), rules);
  }

  @Override
  public BoardModel restore(String title, Map<String, Object> content) {
    return new IdeaModel(IdeaCodec.decodeContent(title, content), rules);
  }

  @Override
  public Map<String, Integer> limits() {
    return Map.of("noteChars", rules.limits().maxNoteChars(), "labelChars", rules.limits().maxLabelChars());
  }

  @Override
  public OpCatalog ops() {
    return IdeaOps.CATALOG;
  }
}
