package org.samskap.boards;

import java.util.List;
import java.util.Set;

import io.vertx.core.Future;

/**
 * What the retention job (rule D5) asks before it deletes boards (rule D11): the project
 * retention deletes the inactive projects first (with their boards), and a board held by a
 * project that still exists is left to its project's retention, so a board of a kept or active
 * project is never deleted on its own.
 */
public interface RetentionPeers {
  /** Deletes the projects inactive since {@code cutoff} (without the file's rewrite); the ids deleted. */
  Future<List<String>> deleteInactive(long cutoff, long now);

  /** Of {@code boardIds}, those placed in a project that is still stored. */
  Future<Set<String>> heldByProjects(List<String> boardIds);

  RetentionPeers NONE = new RetentionPeers() {
    @Override
    public Future<List<String>> deleteInactive(long cutoff, long now) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<Set<String>> heldByProjects(List<String> boardIds) {
      return Future.succeededFuture(Set.of());
    }
  };
}
