package org.samskap.domain.journey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version (current or future) of a service journey: stages (columns) and lanes (rows) in
 * order, cards in cells, the roles of the HUKI matrix and, for each work-process step, its
 * HUKI row (role id to letter). Changed only through {@link JourneyBoard#apply}.
 */
public final class Journey {
  private final List<Stage> stages = new ArrayList<>();
  private final List<Lane> lanes = new ArrayList<>();
  private final Map<String, Card> cards = new LinkedHashMap<>();
  private final List<ProcessRole> roles = new ArrayList<>();
  private final Map<String, Map<String, Huki>> huki = new LinkedHashMap<>();

  /** An empty journey (no stages, no lanes). */
  public Journey() {}

  /** A new journey with the method's default lanes; each default lane's id is its kind's wire name. */
  public static Journey withDefaultLanes() {
    Journey j = new Journey();
    for (LaneKind k : LaneKind.DEFAULTS) j.lanes.add(new Lane(k.wire(), k, ""));
    return j;
  }

  /** A deep copy (the records are immutable, so copying the containers is enough). */
  public Journey copy() {
    Journey j = new Journey();
    j.stages.addAll(stages);
    j.lanes.addAll(lanes);
    j.cards.putAll(cards);
    j.roles.addAll(roles);
    huki.forEach((card, row) -> j.huki.put(card, new LinkedHashMap<>(row)));
    return j;
  }

  public List<Stage> stages() { return Collections.unmodifiableList(stages); }

  public List<Lane> lanes() { return Collections.unmodifiableList(lanes); }

  public Collection<Card> cards() { return Collections.unmodifiableCollection(cards.values()); }

  public List<ProcessRole> roles() { return Collections.unmodifiableList(roles); }

  public Stage stage(String id) { return find(stages, id, Stage::id); }

  public Lane lane(String id) { return find(lanes, id, Lane::id); }

  public ProcessRole role(String id) { return find(roles, id, ProcessRole::id); }

  public Card card(String id) { return cards.get(id); }

  public int cardCount() { return cards.size(); }

  /** The cards of one cell in the order they were made. */
  public List<Card> cardsIn(String laneId, String stageId) {
    List<Card> out = new ArrayList<>();
    for (Card c : cards.values()) if (c.laneId().equals(laneId) && c.stageId().equals(stageId)) out.add(c);
    return out;
  }

  /** The HUKI row of a card (role id to letter); empty when nothing is set. */
  public Map<String, Huki> huki(String cardId) {
    Map<String, Huki> row = huki.get(cardId);
    return row == null ? Map.of() : Collections.unmodifiableMap(row);
  }

  /** True when the card is a work-process step (it sits in a lane of kind processes). */
  public boolean isProcessStep(Card c) {
    Lane lane = lane(c.laneId());
    return lane != null && lane.kind() == LaneKind.PROCESSES;
  }

  // ---- changes, used by JourneyBoard.apply ----

  void addStage(Stage s, int index) { stages.add(clamp(index, stages.size()), s); }

  void replaceStage(Stage s) { replace(stages, s, Stage::id); }

  void moveStage(String id, int index) { move(stages, id, index, Stage::id); }

  void removeStage(String id) {
    stages.removeIf(s -> s.id().equals(id));
    removeCards(c -> c.stageId().equals(id));
  }

  void addLane(Lane l, int index) { lanes.add(clamp(index, lanes.size()), l); }

  void replaceLane(Lane l) { replace(lanes, l, Lane::id); }

  void moveLane(String id, int index) { move(lanes, id, index, Lane::id); }

  void removeLane(String id) {
    lanes.removeIf(l -> l.id().equals(id));
    removeCards(c -> c.laneId().equals(id));
  }

  void putCard(Card c) { cards.put(c.id(), c); }

  void removeCard(String id) {
    cards.remove(id);
    huki.remove(id);
  }

  void addRole(ProcessRole r) { roles.add(r); }

  void replaceRole(ProcessRole r) { replace(roles, r, ProcessRole::id); }

  void removeRole(String id) {
    roles.removeIf(r -> r.id().equals(id));
    huki.values().forEach(row -> row.remove(id));
    huki.values().removeIf(Map::isEmpty);
  }

  void setHuki(String cardId, String roleId, Huki value) {
    if (value == null) {
      Map<String, Huki> row = huki.get(cardId);
      if (row == null) return;
      row.remove(roleId);
      if (row.isEmpty()) huki.remove(cardId);
    } else {
      huki.computeIfAbsent(cardId, k -> new LinkedHashMap<>()).put(roleId, value);
    }
  }

  private void removeCards(java.util.function.Predicate<Card> which) {
    List<String> gone = new ArrayList<>();
    for (Card c : cards.values()) if (which.test(c)) gone.add(c.id());
    gone.forEach(this::removeCard);
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(index, size));
  }

  private static <T> T find(List<T> list, String id, java.util.function.Function<T, String> key) {
    for (T t : list) if (key.apply(t).equals(id)) return t;
    return null;
  }

  private static <T> void replace(List<T> list, T item, java.util.function.Function<T, String> key) {
    String id = key.apply(item);
    for (int i = 0; i < list.size(); i++) {
      if (key.apply(list.get(i)).equals(id)) list.set(i, item);
    }
  }

  private static <T> void move(List<T> list, String id, int index, java.util.function.Function<T, String> key) {
    T item = find(list, id, key);
    if (item == null) return;
    list.remove(item);
    list.add(clamp(index, list.size()), item);
  }

  /** The position of the item with this id, or -1. */
  static <T> int indexOf(List<T> list, String id, java.util.function.Function<T, String> key) {
    for (int i = 0; i < list.size(); i++) if (key.apply(list.get(i)).equals(id)) return i;
    return -1;
  }
}
