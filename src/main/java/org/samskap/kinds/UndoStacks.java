package org.samskap.kinds;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The undo and redo stacks of every member of one board, and who changed what last
 * (docs/PROTOCOL.md U1, U4, U5). Pure and single-threaded: the board's writer owns it. Kinds
 * know nothing of it; they only say, per event, what it touched and how to put it back.
 *
 * <p>A key is an item id (the whole item) or {@code id#field} (one property of it). Two keys
 * overlap when they are equal or one is the whole item the other is a property of.
 */
final class UndoStacks {
  /** U1: how many steps each member can undo. */
  static final int DEPTH = 100;
  /** U1: how many steps (undo and redo) one board holds in all; past it the oldest of the longest stack goes. */
  static final int BOARD_STEPS = 2000;
  /** How many changes pass between two prunings of the marks no step can conflict with. */
  static final int PRUNE_EVERY = 1024;

  /** Which stack a change came from: an ordinary op, an undo, or a redo. */
  enum Source { OP, UNDO, REDO }

  /** One step a member can undo or redo: the op that puts back what their change touched. */
  record Step(long seq, String clientOpId, Map<String, Object> op, List<String> keys) {
    Step {
      op = Collections.unmodifiableMap(new LinkedHashMap<>(op)); // values may be null (no cluster)
      keys = List.copyOf(keys);
    }

    String type() {
      return (String) op.get("type");
    }
  }

  private record Mark(String memberId, long seq) {}

  private final Map<String, Deque<Step>> undo = new HashMap<>();
  private final Map<String, Deque<Step>> redo = new HashMap<>();
  /** Item id → property ("" for the whole item) → the last change to it. */
  private final Map<String, Map<String, Mark>> marks = new HashMap<>();
  private long seq;
  private int steps;

  /**
   * An accepted change by {@code memberId}: marks what it touched, and when it can be undone
   * ({@code inverse} not null) puts the step on the right stack: an op's and a redo's on the
   * undo stack, an undo's on the redo stack. An ordinary op empties the member's redo stack (U1).
   */
  void changed(String memberId, String clientOpId, List<String> keys, Map<String, Object> inverse, Source source) {
    long now = ++seq;
    for (String k : keys) {
      marks.computeIfAbsent(item(k), x -> new HashMap<>()).put(field(k), new Mark(memberId, now));
    }
    if (source == Source.OP) steps -= size(redo.remove(memberId));
    if (now % PRUNE_EVERY == 0) pruneMarks();
    if (inverse == null) return;
    Deque<Step> stack = (source == Source.UNDO ? redo : undo).computeIfAbsent(memberId, m -> new ArrayDeque<>());
    stack.push(new Step(now, clientOpId, inverse, keys));
    steps++;
    if (stack.size() > DEPTH) {
      stack.removeLast();
      steps--;
    }
    if (steps > BOARD_STEPS) dropOldestOfLongest();
  }

  private static int size(Deque<Step> stack) {
    return stack == null ? 0 : stack.size();
  }

  /** Keeps the board's steps at {@link #BOARD_STEPS}: the longest stack gives up its oldest step. */
  private void dropOldestOfLongest() {
    Deque<Step> longest = null;
    for (Map<String, Deque<Step>> stacks : List.of(undo, redo)) {
      for (Deque<Step> d : stacks.values()) if (longest == null || d.size() > longest.size()) longest = d;
    }
    if (longest != null && !longest.isEmpty()) {
      longest.removeLast();
      steps--;
    }
  }

  /** Forgets marks older than every step: a step only meets changes made after it (U5). */
  private void pruneMarks() {
    long oldest = Long.MAX_VALUE;
    for (Map<String, Deque<Step>> stacks : List.of(undo, redo)) {
      for (Deque<Step> d : stacks.values()) if (!d.isEmpty()) oldest = Math.min(oldest, d.peekLast().seq());
    }
    long before = oldest;
    marks.values().forEach(fields -> fields.values().removeIf(m -> m.seq() <= before));
    marks.values().removeIf(Map::isEmpty);
  }

  /** How many items have a mark (tests). */
  int markedItems() {
    return marks.size();
  }

  /** How many steps the board holds (tests). */
  int steps() {
    return steps;
  }

  /** The member's next step to undo ({@code redo} false) or redo; null when there is none. */
  Step top(String memberId, boolean redoing) {
    Deque<Step> stack = (redoing ? redo : undo).get(memberId);
    return stack == null ? null : stack.peek();
  }

  /** Drops the member's top step (it was applied, or skipped). */
  void pop(String memberId, boolean redoing) {
    Deque<Step> stack = (redoing ? redo : undo).get(memberId);
    if (stack != null && !stack.isEmpty()) {
      stack.pop();
      steps--;
    }
  }

  /** U5: true when someone other than {@code memberId} changed a key of the step after it was made. */
  boolean changedSince(Step step, String memberId) {
    for (String k : step.keys()) {
      Map<String, Mark> fields = marks.get(item(k));
      if (fields == null) continue;
      String f = field(k);
      for (Map.Entry<String, Mark> e : fields.entrySet()) {
        boolean overlaps = f.isEmpty() || e.getKey().isEmpty() || e.getKey().equals(f);
        Mark m = e.getValue();
        if (overlaps && m.seq() > step.seq() && !m.memberId().equals(memberId)) return true;
      }
    }
    return false;
  }

  /** U6: true when a step of another member than {@code memberId} came from the op {@code clientOpId}. */
  boolean othersStep(String clientOpId, String memberId) {
    for (Map<String, Deque<Step>> stacks : List.of(undo, redo)) {
      for (Map.Entry<String, Deque<Step>> e : stacks.entrySet()) {
        if (e.getKey().equals(memberId)) continue;
        for (Step s : e.getValue()) if (clientOpId.equals(s.clientOpId())) return true;
      }
    }
    return false;
  }

  /**
   * Rule U11: drops {@code memberId}'s stacks, and every step that touches one of {@code items}
   * or whose op holds one of {@code names} as a value (at any depth).
   */
  void forget(String memberId, java.util.Set<String> items, java.util.Set<String> names) {
    steps -= size(undo.remove(memberId)) + size(redo.remove(memberId));
    for (Map<String, Deque<Step>> stacks : List.of(undo, redo)) {
      for (Deque<Step> d : stacks.values()) {
        int before = d.size();
        d.removeIf(step -> step.keys().stream().anyMatch(k -> items.contains(item(k))) || holds(step.op(), names));
        steps -= before - d.size();
      }
      stacks.values().removeIf(Deque::isEmpty);
    }
  }

  private static boolean holds(Object value, java.util.Set<String> names) {
    if (value instanceof String s) return names.contains(s);
    if (value instanceof Map<?, ?> m) return m.values().stream().anyMatch(v -> holds(v, names));
    if (value instanceof java.util.Collection<?> c) return c.stream().anyMatch(v -> holds(v, names));
    return false;
  }

  /** How many steps the member can undo and redo. */
  int depth(String memberId, boolean redoing) {
    Deque<Step> stack = (redoing ? redo : undo).get(memberId);
    return stack == null ? 0 : stack.size();
  }

  private static String item(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? key : key.substring(0, hash);
  }

  private static String field(String key) {
    int hash = key.indexOf('#');
    return hash < 0 ? "" : key.substring(hash + 1);
  }
}
