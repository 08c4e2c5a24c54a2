package org.samskap.domain.matrix;

/** A position on the matrix, or one person's score of an item: x and y on the board's scale. */
public record Point(double x, double y) {
  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("x and y must be finite, were " + x + ", " + y);
    }
  }
}
