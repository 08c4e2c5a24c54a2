package org.samskap.kinds.journey;

import java.util.Map;

import org.samskap.domain.journey.JourneyBoard;
import org.samskap.domain.journey.JourneyRules;
import org.samskap.domain.OpCatalog;
import org.samskap.domain.journey.JourneyOps;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.protocol.JourneyContentCodec;

/** Board kind {@code journey}: a service journey (tjenestereise), current and future, with HUKI per process step. */
public final class JourneyKind implements BoardKind {
  public static final String NAME = "journey";
  private final JourneyRules rules;

  public JourneyKind(JourneyRules rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public BoardModel create(String title) {
    return new JourneyModel(new JourneyBoard(title), rules);
  }

  @Override
  public BoardModel restore(String title, Map<String, Object> content) {
    return new JourneyModel(JourneyContentCodec.decode(title, content), rules);
  }

  @Override
  public Map<String, Integer> limits() {
    return Map.of("noteChars", rules.limits().maxCardChars(), "labelChars", rules.limits().maxLabelChars());
  }

  @Override
  public OpCatalog ops() {
    return JourneyOps.CATALOG;
  }
}
