package org.samskap.domain.session;

/**
 * The settings of one dot-voting session (rule V1): votes per member (1-99), the most one
 * member may put on one item (1-budget), whether the votes are anonymous, whether counts are
 * shown while the session is open, and an optional duration in seconds (0 = until closed).
 */
public record VoteSettings(int budget, int cap, boolean anonymous, boolean liveCounts, long durationSeconds) {
  public static final int MAX_BUDGET = 99;
  public static final long MAX_DURATION_SECONDS = 24 * 3600;

  public VoteSettings {
    String problem = problem(budget, cap, durationSeconds);
    if (problem != null) throw new IllegalArgumentException(problem);
  }

  /** Why these numbers are not valid settings, or null when they are. */
  public static String problem(long budget, long cap, long durationSeconds) {
    if (budget < 1 || budget > MAX_BUDGET) return "The budget must be between 1 and " + MAX_BUDGET + " votes.";
    if (cap < 1 || cap > budget) return "The cap per item must be between 1 and the budget (" + budget + ").";
    if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) {
      return "The duration must be between 0 (none) and " + MAX_DURATION_SECONDS + " seconds.";
    }
    return null;
  }
}
