package org.samskap.domain.journey;

/** Size limits of a journey board, per version. */
public record JourneyLimits(int maxCardChars, int maxLabelChars, int maxStages, int maxLanes, int maxCards,
    int maxRoles, int maxLinksPerCard) {
  public static final int DEFAULT_MAX_CARD_CHARS = 2000;
  public static final int DEFAULT_MAX_LABEL_CHARS = 200;
  public static final int DEFAULT_MAX_STAGES = 50;
  public static final int DEFAULT_MAX_LANES = 30;
  public static final int DEFAULT_MAX_CARDS = 2000;
  public static final int DEFAULT_MAX_ROLES = 50;
  public static final int DEFAULT_MAX_LINKS_PER_CARD = 20;
  public static final JourneyLimits DEFAULTS = withMaxCardChars(DEFAULT_MAX_CARD_CHARS);

  public JourneyLimits {
    positive("maxCardChars", maxCardChars);
    positive("maxLabelChars", maxLabelChars);
    positive("maxStages", maxStages);
    if (maxLanes < LaneKind.DEFAULTS.size()) {
      throw new IllegalArgumentException("maxLanes must be at least " + LaneKind.DEFAULTS.size() + ", was " + maxLanes);
    }
    positive("maxCards", maxCards);
    positive("maxRoles", maxRoles);
    positive("maxLinksPerCard", maxLinksPerCard);
  }

  public static JourneyLimits withMaxCardChars(int maxCardChars) {
    return new JourneyLimits(maxCardChars, DEFAULT_MAX_LABEL_CHARS, DEFAULT_MAX_STAGES, DEFAULT_MAX_LANES,
        DEFAULT_MAX_CARDS, DEFAULT_MAX_ROLES, DEFAULT_MAX_LINKS_PER_CARD);
  }

  private static void positive(String name, int value) {
    if (value < 1) throw new IllegalArgumentException(name + " must be at least 1, was " + value);
  }
}
