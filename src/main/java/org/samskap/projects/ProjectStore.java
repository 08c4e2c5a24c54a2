package org.samskap.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.domain.projects.Project;

/**
 * The storage port of projects. A project is one document, changed only by a single-document
 * update that checks its revision, so a write that lost a race is never silently applied
 * (PJ9). Its access token hashes (hash → role) live beside it; no token is stored. Every write
 * completes only once it is durable.
 */
public interface ProjectStore {
  /** A stored project at revision {@code rev} (1 when created, +1 per update) with its token hashes. */
  record Stored(long rev, Project project, Map<String, String> tokenHashes) {}

  /** A board as the start-up placement sees it (PJ11): its project and phase if its meta names one. */
  record BoardRow(String id, String kind, String title, long createdAt, String projectId, int phase) {}

  /** A pilot as the start-up placement sees it (PJ11). */
  record PilotRow(String id, String title, String matrixBoardId) {}

  /** Fails with {@link AlreadyExists} when a project with the id is stored. */
  Future<Void> create(Project project, Map<String, String> tokenHashes);

  Future<Optional<Stored>> find(String projectId);

  /** Writes {@code next} and {@code tokenHashes} only if the stored revision is still {@code expectedRev}. */
  Future<Boolean> update(Project next, Map<String, String> tokenHashes, long expectedRev);

  /** Every stored project (the start-up placement only). */
  Future<List<Stored>> all();

  /** Every board, without content (the start-up placement only). */
  Future<List<BoardRow>> boards();

  /** Every pilot, without content (the start-up placement only). */
  Future<List<PilotRow>> pilots();

  /** One board's row, without content. */
  Future<Optional<BoardRow>> board(String boardId);

  /** Records in a board's meta the project and phase it was placed in. */
  Future<Void> placeBoard(String boardId, String projectId, int phase);

  /** Rule PM6: the projects {@code subject} is a member of. An adapter may answer with an index; this reads every project. */
  default Future<List<Stored>> ofMember(String subject) {
    return all().map(list -> list.stream().filter(s -> s.project().membership().member(subject).isPresent()).toList());
  }

  /** Rule PM6: the projects with a pending invite for {@code email} (lower case). */
  default Future<List<Stored>> invitedAs(String email) {
    return all().map(list -> list.stream()
        .filter(s -> s.project().membership().invites().stream().anyMatch(i -> i.email().equals(email))).toList());
  }

  final class AlreadyExists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlreadyExists(String projectId) {
      super("project exists: " + projectId, null, false, false);
    }
  }
}
