package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.samskap.persistence.StoreAwait.await;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.history.HistoryEntry;
import org.samskap.history.HistoryStore;

/**
 * The contract of the {@link HistoryStore} port (docs/EXPORT.md, board history, X12). Adapters run it
 * by extending it ({@link PortContract}).
 */
public abstract class HistoryStoreContract extends PortContract<HistoryStore> {
  static final int KEEP_ALL = 1000;

  /** {@code init} runs on a store just opened, as at a node's start. */
  @BeforeAll
  void initStore() throws Exception {
    await(store.init());
  }

  static HistoryEntry entry(String boardId, String reason, long at) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", "n1");
    note.put("text", "Bedre dagtilbud æøå 😀");
    note.put("x", 10.5);
    note.put("clusterId", null);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("notes", List.of(note));
    content.put("clusters", List.of());
    return new HistoryEntry(fresh("h"), boardId, "ideas", at / 10, "Før " + reason, reason, at, "Verksted", content);
  }

  static HistoryEntry listed(HistoryEntry e) {
    return new HistoryEntry(e.id(), e.boardId(), e.kind(), e.version(), e.name(), e.reason(), e.at(), e.title(), null);
  }

  static List<String> ids(List<HistoryEntry> entries) {
    return entries.stream().map(HistoryEntry::id).toList();
  }

  @Test
  @DisplayName("add then find returns the entry with its content, field for field, nulls included")
  void add_then_find() throws Exception {
    HistoryEntry e = entry(fresh("board"), "manual", 1000);
    await(store.add(e, KEEP_ALL));
    HistoryEntry back = await(store.find(e.boardId(), e.id())).orElseThrow();
    assertEquals(e, back);
    @SuppressWarnings("unchecked")
    Map<String, Object> note = ((List<Map<String, Object>>) back.content().get("notes")).get(0);
    assertNull(note.get("clusterId"));
    assertEquals(true, note.containsKey("clusterId"));
  }

  @Test
  @DisplayName("X14: find of an unknown id, or of an entry through another board, is empty")
  void find_is_per_board() throws Exception {
    HistoryEntry e = entry(fresh("board"), "manual", 1000);
    await(store.add(e, KEEP_ALL));
    assertEquals(Optional.empty(), await(store.find(fresh("board"), e.id())), "another board's token cannot read it");
    assertEquals(Optional.empty(), await(store.find(e.boardId(), fresh("nosuch"))));
  }

  @Test
  @DisplayName("list gives the board's entries newest first, without content, and only the board's")
  void list_newest_first_without_content() throws Exception {
    String board = fresh("board");
    HistoryEntry middle = entry(board, "phase", 2000);
    HistoryEntry old = entry(board, "manual", 1000);
    HistoryEntry newest = entry(board, "vote", 3000);
    for (HistoryEntry e : List.of(middle, old, newest)) await(store.add(e, KEEP_ALL));
    await(store.add(entry(fresh("board"), "manual", 2500), KEEP_ALL));
    assertEquals(List.of(listed(newest), listed(middle), listed(old)), await(store.list(board)));
    assertEquals(List.of(), await(store.list(fresh("board"))));
  }

  @Test
  @DisplayName("X12: past keep, the board's oldest automatic entries are dropped; manual ones never are")
  void keeps_the_newest_automatic_entries() throws Exception {
    String board = fresh("board");
    HistoryEntry manualOld = entry(board, "manual", 100);
    await(store.add(manualOld, 3));
    HistoryEntry a1 = entry(board, "activity", 1000);
    HistoryEntry a2 = entry(board, "phase", 2000);
    HistoryEntry a3 = entry(board, "vote", 3000);
    HistoryEntry a4 = entry(board, "undo", 4000);
    HistoryEntry a5 = entry(board, "activity", 5000);
    for (HistoryEntry e : List.of(a1, a2, a3)) await(store.add(e, 3));
    assertEquals(ids(List.of(a3, a2, a1, manualOld)), ids(await(store.list(board))));
    await(store.add(a4, 3));
    await(store.add(a5, 3));
    assertEquals(ids(List.of(a5, a4, a3, manualOld)), ids(await(store.list(board))));
    assertEquals(Optional.empty(), await(store.find(board, a1.id())));
  }

  @Test
  @DisplayName("X12: one board's entries do not count against another board's keep")
  void keep_is_per_board() throws Exception {
    String board = fresh("board");
    String other = fresh("board");
    HistoryEntry mine = entry(board, "activity", 1000);
    await(store.add(mine, 1));
    await(store.add(entry(other, "activity", 2000), 1));
    await(store.add(entry(other, "activity", 3000), 1));
    assertEquals(ids(List.of(mine)), ids(await(store.list(board))));
    assertEquals(1, await(store.list(other)).size());
  }
}
