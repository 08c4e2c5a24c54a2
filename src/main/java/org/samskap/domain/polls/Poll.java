package org.samskap.domain.polls;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A link poll for service users and relatives (rules P1-P9): proposals from a board, and how many a voter may choose. */
public record Poll(String id, String boardId, String title, List<PollItem> items, int maxChoices, boolean open,
    long createdAt) {
  public static final int MAX_ITEMS = 30;
  public static final int MAX_TITLE_CHARS = 200;

  public Poll {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(boardId, "boardId");
    Objects.requireNonNull(title, "title");
    items = List.copyOf(items);
    String problem = problem(title, items.size(), maxChoices);
    if (problem != null) throw new IllegalArgumentException(problem);
  }

  public static String problem(String title, int itemCount, long maxChoices) {
    if (title.isBlank()) return "The poll needs a title.";
    if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
      return "The title may have at most " + MAX_TITLE_CHARS + " characters.";
    }
    if (itemCount < 1 || itemCount > MAX_ITEMS) return "A poll has between 1 and " + MAX_ITEMS + " proposals.";
    if (maxChoices < 1 || maxChoices > itemCount) {
      return "Voters may choose between 1 and " + itemCount + " proposals (maxChoices).";
    }
    return null;
  }

  /**
   * Why a ballot's choices are not valid for this poll, or null: 1 to {@code maxChoices}
   * distinct ids of this poll's items.
   */
  public String ballotProblem(List<String> choices) {
    if (choices.isEmpty()) return "Choose at least one proposal.";
    if (choices.size() > maxChoices) return "You may choose at most " + maxChoices + " proposals.";
    Set<String> known = new HashSet<>();
    for (PollItem i : items) known.add(i.id());
    Set<String> seen = new HashSet<>();
    for (String c : choices) {
      if (!known.contains(c)) return "There is no proposal " + c + " in this poll.";
      if (!seen.add(c)) return "Each proposal may be chosen once.";
    }
    return null;
  }

  public Poll closed() {
    return new Poll(id, boardId, title, items, maxChoices, false, createdAt);
  }

  /** The poll open again (rule P12). */
  public Poll reopened() {
    return new Poll(id, boardId, title, items, maxChoices, true, createdAt);
  }
}
