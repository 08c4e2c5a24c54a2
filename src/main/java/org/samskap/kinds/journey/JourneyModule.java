package org.samskap.kinds.journey;

import java.util.function.LongSupplier;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.journey.JourneyLimits;
import org.samskap.domain.journey.JourneyRules;
import org.samskap.exports.KindExports;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindNames;

/** The service journey as the server knows it: its live boards, page ({@code web/journey.html}) and exports. */
public final class JourneyModule implements KindModule {
  private static final KindNames NAMES = new KindNames("Tjenestereise", "Tenestereise", "Service journey");
  private static final JourneyExports EXPORTS = new JourneyExports();

  @Override
  public String name() {
    return JourneyKind.NAME;
  }

  @Override
  public KindNames displayNames() {
    return NAMES;
  }

  @Override
  public BoardKind kind(SamskapConfig config, LongSupplier clock) {
    return new JourneyKind(new JourneyRules(JourneyLimits.withMaxCardChars(config.maxNoteChars())), clock);
  }

  @Override
  public KindExports exports() {
    return EXPORTS;
  }
}
