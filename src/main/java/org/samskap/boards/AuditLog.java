package org.samskap.boards;

import java.util.List;
import java.util.Objects;

import io.vertx.core.Future;

/**
 * The storage port of the audit log (rule D6, docs/PROTOCOL.md): who did which sensitive action
 * on which board, and when. An entry never holds content (no note text, title or name).
 */
public interface AuditLog {
  /**
   * One entry. {@code role}: {@code facilitator}, {@code creator} (no token: a new board) or
   * {@code server} (the retention job); {@code memberId}: the member or signed-in user, when one is
   * known (REST calls carry tokens, not members: null); {@code address}: the client address, or
   * null for the server. {@code projectId} (rule D12): the project of a project action, else null;
   * a project action names no board ({@code boardId} null), every other entry names its board.
   * {@code user}: the signed-in person's subject (S10) when the actor was signed in, else null
   * (never a guest's name).
   */
  record Entry(String boardId, String action, String role, String memberId, String address, long at, String projectId,
      String user) {
    public Entry {
      if (projectId == null) Objects.requireNonNull(boardId, "boardId");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(role, "role");
    }

    /** A board's entry (no project action) with no signed-in user. */
    public Entry(String boardId, String action, String role, String memberId, String address, long at) {
      this(boardId, action, role, memberId, address, at, null, null);
    }

    /** A project's entry (rule D12). */
    public static Entry ofProject(String projectId, String action, String role, String address, long at) {
      return new Entry(null, action, role, null, address, at, Objects.requireNonNull(projectId, "projectId"), null);
    }
  }

  /** Rule S10: the board id of entries about the installation, not a board (sign-in, sign-out, refused sign-in). */
  String INSTALLATION = "";

  Future<Void> add(Entry entry);

  /** The board's entries ({@link #INSTALLATION}: the installation's), newest first, at most {@code limit}. */
  Future<List<Entry>> ofBoard(String boardId, int limit);

  /** Rule D12: the project's own entries (not its boards'), newest first, at most {@code limit}. */
  Future<List<Entry>> ofProject(String projectId, int limit);

  /** Deletes every entry older than {@code cutoff} (retention, D5); the number deleted. */
  Future<Long> deleteBefore(long cutoff);

  /** No audit log (tests of other features). */
  AuditLog NONE = new AuditLog() {
    @Override
    public Future<Void> add(Entry entry) {
      return Future.succeededFuture();
    }

    @Override
    public Future<List<Entry>> ofBoard(String boardId, int limit) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<List<Entry>> ofProject(String projectId, int limit) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<Long> deleteBefore(long cutoff) {
      return Future.succeededFuture(0L);
    }
  };
}
