package org.samskap.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Role;

/** Rule PM10: the board role a project role gets (docs/API.md). */
class BoardLinksTest {
  @Test
  @DisplayName("PM10: owner and facilitator lead a board, member takes part, readonly watches, an administrator or anything else gets none")
  void the_board_role_follows_the_project_role() {
    assertEquals(Optional.of(Role.FACILITATOR), BoardLinks.boardRole("owner"));
    assertEquals(Optional.of(Role.FACILITATOR), BoardLinks.boardRole("facilitator"));
    assertEquals(Optional.of(Role.PARTICIPANT), BoardLinks.boardRole("member"));
    assertEquals(Optional.of(Role.OBSERVER), BoardLinks.boardRole("readonly"));
    assertEquals(Optional.empty(), BoardLinks.boardRole(ProjectRoles.ADMIN));
    assertEquals(Optional.empty(), BoardLinks.boardRole(null));
  }
}
