package org.samskap.domain.matrix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What everyone's scores of one item add up to: how many scored it and, per axis, the median
 * and spread. With no scores, {@code x} and {@code y} are null.
 */
public record Aggregate(int count, Spread x, Spread y) {
  public static final Aggregate NONE = new Aggregate(0, null, null);

  public Aggregate {
    if (count < 0) throw new IllegalArgumentException("count must not be negative, was " + count);
    if ((count == 0) != (x == null) || (count == 0) != (y == null)) {
      throw new IllegalArgumentException("x and y must be null exactly when count is 0");
    }
  }

  public static Aggregate of(Collection<Point> scores) {
    if (scores.isEmpty()) return NONE;
    List<Double> xs = new ArrayList<>(scores.size());
    List<Double> ys = new ArrayList<>(scores.size());
    for (Point p : scores) {
      xs.add(p.x());
      ys.add(p.y());
    }
    return new Aggregate(scores.size(), Spread.of(xs), Spread.of(ys));
  }

  /** The aggregate position (the medians), or null when nobody scored. */
  public Point median() {
    return count == 0 ? null : new Point(x.median(), y.median());
  }
}
