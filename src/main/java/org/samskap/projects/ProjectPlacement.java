package org.samskap.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.vertx.core.Future;

import org.samskap.domain.projects.BoardRef;
import org.samskap.domain.projects.PilotRef;
import org.samskap.domain.projects.Project;
import org.samskap.util.Tokens;

/**
 * Rule PJ11, run on every start before the server listens: every board and pilot that no
 * project holds is placed in one, so data written before projects existed keeps working.
 *
 * <ul>
 *   <li>A board whose meta names an existing project (made from a project's page, then the
 *       placing failed) goes into that project, in the phase its meta names.</li>
 *   <li>Any other board gets a project of its own, named after it, in phase 3 (service
 *       development: where idea boards, the matrix and journeys are used, seed 003 lines
 *       254-312). Boards carry no owner across boards (each has its own facilitator token), so
 *       "one project per owner link" cannot be told from the data; the board's facilitator
 *       token opens its project (PJ8).</li>
 *   <li>A pilot goes into the project of the matrix board it came from (phase 4, piloting), or,
 *       if that board is gone, into a project of its own named after it.</li>
 * </ul>
 *
 * A placed project's id is derived from the board or pilot id, so a start that stops half way and
 * runs again finds the project it made and does not make a second one. Nothing is removed.
 */
public final class ProjectPlacement {
  static final int BOARD_PHASE = 3;
  static final int PILOT_PHASE = 4;

  private final ProjectStore store;
  private final LongSupplier clock;

  public ProjectPlacement(ProjectStore store, LongSupplier clock) {
    this.store = store;
    this.clock = clock;
  }

  /** What one run placed. */
  public record Placed(int boards, int pilots, int projectsMade) {}

  public Future<Placed> run() {
    return store.all().compose(all -> store.boards().compose(boards -> store.pilots().compose(pilots -> place(all, boards, pilots))));
  }

  private Future<Placed> place(List<ProjectStore.Stored> all, List<ProjectStore.BoardRow> boards, List<ProjectStore.PilotRow> pilots) {
    Map<String, String> boardIn = new HashMap<>();
    Map<String, String> pilotIn = new HashMap<>();
    Map<String, Project> projects = new HashMap<>();
    for (ProjectStore.Stored s : all) {
      projects.put(s.project().id(), s.project());
      s.project().boards().forEach(b -> boardIn.put(b.boardId(), s.project().id()));
      s.project().pilots().forEach(p -> pilotIn.put(p.pilotId(), s.project().id()));
    }
    int[] counts = new int[3];
    Future<Void> chain = Future.succeededFuture();
    for (ProjectStore.BoardRow b : boards) {
      String holder = boardIn.get(b.id());
      if (holder != null) {
        if (b.projectId() == null) chain = chain.compose(v -> store.placeBoard(b.id(), holder, phaseOf(projects.get(holder), b.id())));
        continue;
      }
      counts[0]++;
      if (b.projectId() != null && projects.containsKey(b.projectId())) {
        int phase = b.phase() >= Project.FIRST_PHASE && b.phase() <= Project.LAST_PHASE ? b.phase() : BOARD_PHASE;
        BoardRef ref = new BoardRef(b.id(), b.kind(), title(b.title()), phase, b.createdAt());
        chain = chain.compose(v -> addTo(b.projectId(), p -> p.withBoard(ref, clock.getAsLong())));
        boardIn.put(b.id(), b.projectId());
        continue;
      }
      String pid = derivedId("board", b.id());
      counts[2]++;
      Project p = Project.migrated(pid, title(b.title()), BOARD_PHASE, ProjectAccess.FROM_BOARD + b.id(), b.createdAt())
          .withBoard(new BoardRef(b.id(), b.kind(), title(b.title()), BOARD_PHASE, b.createdAt()), b.createdAt());
      chain = chain.compose(v -> createOnce(p)).compose(v -> store.placeBoard(b.id(), pid, BOARD_PHASE));
      boardIn.put(b.id(), pid);
    }
    for (ProjectStore.PilotRow pr : pilots) {
      if (pilotIn.containsKey(pr.id())) continue;
      counts[1]++;
      String title = title(pr.title().isBlank() ? pr.id() : pr.title());
      String holder = pr.matrixBoardId() == null ? null : boardIn.get(pr.matrixBoardId());
      if (holder != null) {
        chain = chain.compose(v -> addTo(holder, p -> p.withPilot(new PilotRef(pr.id(), title, PILOT_PHASE, clock.getAsLong()), clock.getAsLong())));
      } else {
        counts[2]++;
        long now = clock.getAsLong();
        Project p = Project.migrated(derivedId("pilot", pr.id()), title, PILOT_PHASE, ProjectAccess.FROM_PILOT + pr.id(), now)
            .withPilot(new PilotRef(pr.id(), title, PILOT_PHASE, now), now);
        chain = chain.compose(v -> createOnce(p));
      }
      pilotIn.put(pr.id(), "placed");
    }
    return chain.map(v -> new Placed(counts[0], counts[1], counts[2]));
  }

  /** Creates a placed project; one that exists already (an earlier run stopped half way) is kept, the ref added if missing. */
  private Future<Void> createOnce(Project p) {
    return store.create(p, Map.of()).recover(e -> {
      if (!(e instanceof ProjectStore.AlreadyExists)) return Future.failedFuture(e);
      return addTo(p.id(), existing -> {
        Project next = existing;
        for (BoardRef b : p.boards()) if (existing.boards().stream().noneMatch(x -> x.boardId().equals(b.boardId()))) next = next.withBoard(b, b.addedAt());
        for (PilotRef r : p.pilots()) if (existing.pilots().stream().noneMatch(x -> x.pilotId().equals(r.pilotId()))) next = next.withPilot(r, r.addedAt());
        return next;
      });
    });
  }

  /** Changes a stored project with the revision check, reading it again once if someone wrote in between. */
  private Future<Void> addTo(String projectId, java.util.function.UnaryOperator<Project> change) {
    return attempt(projectId, change, 3);
  }

  private Future<Void> attempt(String projectId, java.util.function.UnaryOperator<Project> change, int left) {
    return store.find(projectId).compose(found -> {
      if (found.isEmpty()) return Future.failedFuture(new IllegalStateException("placement: project vanished"));
      ProjectStore.Stored s = found.get();
      Project next = change.apply(s.project());
      if (next.equals(s.project())) return Future.<Void>succeededFuture();
      return store.update(next, s.tokenHashes(), s.rev()).compose(ok -> ok ? Future.<Void>succeededFuture()
          : left > 1 ? attempt(projectId, change, left - 1) : Future.failedFuture(new IllegalStateException("placement: conflict")));
    });
  }

  private static int phaseOf(Project p, String boardId) {
    return p.boards().stream().filter(b -> b.boardId().equals(boardId)).mapToInt(BoardRef::phase).findFirst().orElse(BOARD_PHASE);
  }

  static String derivedId(String what, String id) {
    return "m" + Tokens.hash("samskap-project-of-" + what + ":" + id).substring(0, 23);
  }

  private static String title(String t) {
    String s = t == null || t.isBlank() ? "?" : t.strip();
    return s.codePointCount(0, s.length()) <= Project.MAX_TITLE_CHARS ? s : s.substring(0, s.offsetByCodePoints(0, Project.MAX_TITLE_CHARS));
  }
}
