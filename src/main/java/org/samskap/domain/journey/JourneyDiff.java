package org.samskap.domain.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two versions of a journey (usually current → future), matched by
 * id: copying a version keeps its ids, so what the team then adds, removes or changes in the
 * future journey shows up here. Pure.
 */
public final class JourneyDiff {
  private JourneyDiff() {}

  public enum Subject { STAGE, LANE, CARD, ROLE }

  public enum Kind { ADDED, REMOVED, CHANGED }

  /**
   * One difference. {@code fields} names what changed for {@link Kind#CHANGED} (e.g.
   * {@code label}, {@code emotion}, {@code position}, {@code text}, {@code stageId},
   * {@code touchpoint}, {@code links}, {@code huki}); it is empty for added and removed.
   */
  public record Change(Subject subject, Kind kind, String id, List<String> fields) {
    public Change {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      fields = List.copyOf(fields);
    }
  }

  /** What {@code to} has added, removed and changed compared with {@code from}: stages, lanes, cards, roles. */
  public static List<Change> between(Journey from, Journey to) {
    List<Change> out = new ArrayList<>();
    ordered(Subject.STAGE, from.stages(), to.stages(), Stage::id, (a, b) -> {
      List<String> f = new ArrayList<>();
      if (!a.label().equals(b.label())) f.add("label");
      if (!Objects.equals(a.emotion(), b.emotion())) f.add("emotion");
      return f;
    }, out);
    ordered(Subject.LANE, from.lanes(), to.lanes(), Lane::id, (a, b) -> {
      List<String> f = new ArrayList<>();
      if (!a.label().equals(b.label())) f.add("label");
      if (a.kind() != b.kind()) f.add("kind");
      return f;
    }, out);
    cards(from, to, out);
    ordered(Subject.ROLE, from.roles(), to.roles(), ProcessRole::id,
        (a, b) -> a.name().equals(b.name()) ? new ArrayList<>() : new ArrayList<>(List.of("name")), out);
    return out;
  }

  private static void cards(Journey from, Journey to, List<Change> out) {
    for (Card a : from.cards()) {
      Card b = to.card(a.id());
      if (b == null) {
        out.add(new Change(Subject.CARD, Kind.REMOVED, a.id(), List.of()));
        continue;
      }
      List<String> f = new ArrayList<>();
      if (!a.text().equals(b.text())) f.add("text");
      if (!a.laneId().equals(b.laneId())) f.add("laneId");
      if (!a.stageId().equals(b.stageId())) f.add("stageId");
      if (a.touchpoint() != b.touchpoint()) f.add("touchpoint");
      if (!a.links().equals(b.links())) f.add("links");
      if (!hukiOf(from, a.id()).equals(hukiOf(to, b.id()))) f.add("huki");
      if (!f.isEmpty()) out.add(new Change(Subject.CARD, Kind.CHANGED, a.id(), f));
    }
    for (Card b : to.cards()) {
      if (from.card(b.id()) == null) out.add(new Change(Subject.CARD, Kind.ADDED, b.id(), List.of()));
    }
  }

  private static Map<String, Huki> hukiOf(Journey j, String cardId) {
    return j.huki(cardId);
  }

  /**
   * Removed, changed and added items of an ordered list. An item's {@code position} changed
   * when it is outside the longest run of shared items that keep their order (so adding a
   * stage, or moving one, marks only that stage, not every stage after it).
   */
  private static <T> void ordered(Subject subject, List<T> from, List<T> to, Function<T, String> id,
      java.util.function.BiFunction<T, T, List<String>> fields, List<Change> out) {
    List<String> sharedFrom = new ArrayList<>();
    List<String> sharedTo = new ArrayList<>();
    for (T a : from) if (Journey.indexOf(to, id.apply(a), id) >= 0) sharedFrom.add(id.apply(a));
    for (T b : to) if (Journey.indexOf(from, id.apply(b), id) >= 0) sharedTo.add(id.apply(b));
    java.util.Set<String> inOrder = longestCommonSubsequence(sharedFrom, sharedTo);
    for (T a : from) {
      String key = id.apply(a);
      int j = Journey.indexOf(to, key, id);
      if (j < 0) {
        out.add(new Change(subject, Kind.REMOVED, key, List.of()));
        continue;
      }
      List<String> f = fields.apply(a, to.get(j));
      if (!inOrder.contains(key)) f.add("position");
      if (!f.isEmpty()) out.add(new Change(subject, Kind.CHANGED, key, f));
    }
    for (T b : to) {
      if (Journey.indexOf(from, id.apply(b), id) < 0) out.add(new Change(subject, Kind.ADDED, id.apply(b), List.of()));
    }
  }

  /** The ids of a longest common subsequence of two lists of the same ids (lists of at most a few hundred). */
  static java.util.Set<String> longestCommonSubsequence(List<String> a, List<String> b) {
    int[][] len = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        out.add(a.get(i));
        i++;
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
