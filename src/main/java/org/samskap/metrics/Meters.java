package org.samskap.metrics;

/**
 * The port through which the server's parts report what they measure (docs/OPERATIONS.md,
 * "Metrics"). {@link #NONE} measures nothing, so code and tests that do not care need nothing.
 * No method takes a board id, a title, a name or a token: what is measured never says which
 * board or person it was (rule ME2).
 */
public interface Meters {
  /** Measures nothing: the default when metrics are off. */
  Meters NONE = new Meters() {};

  /**
   * A client's op was answered on its socket, {@code nanos} after it reached the bridge;
   * {@code ok} means it is stored (R3), otherwise it was refused.
   */
  default void opAnswered(long nanos, boolean ok) {}

  /** A client was told a refusal with this reason code ({@code busy}, {@code rate_limited}, ...). */
  default void refused(String reason) {}

  /** One database write stored this many events (of one or more boards). */
  default void writeBatch(int events) {}
}
