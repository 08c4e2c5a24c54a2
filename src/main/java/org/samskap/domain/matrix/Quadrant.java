package org.samskap.domain.matrix;

import java.util.Optional;

/**
 * The four named fields of the matrix, by whether an item is high or low on x (feasibility)
 * and on y (gain). An item exactly on a midline is in no quadrant.
 */
public enum Quadrant {
  QUICK_WINS("quick-wins", true, true, new Names("Raske gevinster", "Raske gevinstar", "Quick wins")),
  STRATEGIC_BETS("strategic-bets", false, true,
      new Names("Strategiske satsinger", "Strategiske satsingar", "Strategic bets")),
  SMALL_IMPROVEMENTS("small-improvements", true, false,
      new Names("Små forbedringer", "Små forbetringar", "Small improvements")),
  TIME_SINKS("time-sinks", false, false, new Names("Tidstyver", "Tidstjuvar", "Time sinks"));

  private final String wire;
  private final boolean highX;
  private final boolean highY;
  private final Names defaultNames;

  Quadrant(String wire, boolean highX, boolean highY, Names defaultNames) {
    this.wire = wire;
    this.highX = highX;
    this.highY = highY;
    this.defaultNames = defaultNames;
  }

  public String wire() {
    return wire;
  }

  public boolean highX() {
    return highX;
  }

  public boolean highY() {
    return highY;
  }

  public Names defaultNames() {
    return defaultNames;
  }

  public static Optional<Quadrant> fromWire(String s) {
    for (Quadrant q : values()) {
      if (q.wire.equals(s)) return Optional.of(q);
    }
    return Optional.empty();
  }

  /** The quadrant of a point, or empty when it lies on a midline of the scale. */
  public static Optional<Quadrant> of(Point p) {
    double mid = Scale.MIDDLE;
    if (p.x() == mid || p.y() == mid) return Optional.empty();
    boolean hx = p.x() > mid;
    boolean hy = p.y() > mid;
    for (Quadrant q : values()) {
      if (q.highX == hx && q.highY == hy) return Optional.of(q);
    }
    throw new IllegalStateException("unreachable");
  }
}
