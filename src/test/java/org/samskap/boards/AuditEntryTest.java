package org.samskap.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Rules [D6] and [D12]: an audit entry names its board, or (a project action) its project. */
class AuditEntryTest {
  @Test
  void D6_a_board_entry_made_with_the_six_arguments_has_no_project() {
    AuditLog.Entry e = new AuditLog.Entry("board123", "export", "facilitator", null, "127.0.0.1", 5L);
    assertNull(e.projectId());
    assertEquals("board123", e.boardId());
  }

  @Test
  void D12_a_project_entry_names_the_project_and_no_board() {
    AuditLog.Entry e = AuditLog.Entry.ofProject("project1", "delete", "owner", "10.0.0.1", 7L);
    assertEquals("project1", e.projectId());
    assertNull(e.boardId());
    assertNull(e.memberId());
    assertEquals(7L, e.at());
  }

  @Test
  void D12_an_entry_without_board_or_project_is_refused_naming_the_board() {
    assertEquals("boardId", assertThrows(NullPointerException.class,
        () -> new AuditLog.Entry(null, "export", "facilitator", null, null, 1L)).getMessage());
    assertEquals("projectId", assertThrows(NullPointerException.class,
        () -> AuditLog.Entry.ofProject(null, "delete", "owner", null, 1L)).getMessage());
    assertEquals("action", assertThrows(NullPointerException.class,
        () -> AuditLog.Entry.ofProject("p", null, "owner", null, 1L)).getMessage());
  }
}
