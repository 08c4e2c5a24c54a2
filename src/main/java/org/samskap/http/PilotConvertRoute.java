package org.samskap.http;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.domain.Reason;
import org.samskap.util.Tokens;
import org.samskap.domain.Role;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.domain.pilots.Provenance;
import org.samskap.pilots.PilotCandidates;
import org.samskap.pilots.PilotService;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;
import org.samskap.protocol.pilots.In;

/**
 * {@code POST /api/pilots} (PL1, PL2): makes a pilot candidate of an accepted matrix item. The
 * caller proves the matrix board's facilitator token; {@link PilotCandidates} reads the board
 * and stores the pilot.
 */
final class PilotConvertRoute {
  private final BoardAccess boards;
  private final PilotCandidates candidates;

  PilotConvertRoute(BoardAccess boards, PilotCandidates candidates) {
    this.boards = boards;
    this.candidates = candidates;
  }

  void mount(Router router) {
    router.post("/api/pilots").handler(this::convert);
  }

  private void convert(RoutingContext rc) {
    String token = FacilitatorAuth.bearer(rc);
    String boardId;
    String itemId;
    List<String> steps = new ArrayList<>();
    try {
      In in = PilotRoutes.body(rc);
      boardId = in.requiredString("matrixBoardId");
      itemId = in.requiredString("itemId");
      if (!Addresses.isBoardId(boardId)) throw PilotInvalid.field("matrixBoardId", "Field 'matrixBoardId' must be a board id.");
      for (Object o : in.list("journeySteps")) {
        if (!(o instanceof String s)) throw PilotInvalid.field("journeySteps[]", "Field 'journeySteps' must be a list of texts.");
        steps.add(s);
      }
      new Provenance(boardId, itemId, "", null, null, null, steps, 0); // checks the steps
    } catch (PilotInvalid e) {
      Problems.send(rc, PilotService.refused(e));
      return;
    }
    if (token == null || token.isEmpty()) {
      Problems.send(rc, Reason.MISSING_TOKEN, "Send the matrix board's facilitator token as 'Authorization: Bearer <token>'.");
      return;
    }
    boards.roleOf(boardId, token).compose(role -> {
      if (role.isEmpty()) return Future.failedFuture(new Refused(Reason.INVALID_TOKEN, "The token does not open the matrix board."));
      if (role.get() != Role.FACILITATOR) return Future.failedFuture(new Refused(Reason.FORBIDDEN, "Only the matrix board's facilitator may make a pilot."));
      return candidates.fromMatrixItem(boardId, itemId, steps);
    }).onSuccess(c -> Problems.ok(rc, 201, created(c)))
        .onFailure(e -> Problems.fail(rc, e, "The board or the database could not be reached; try again."));
  }

  /** The answer to a new pilot (PL0): its tokens and share links, once. */
  static JsonObject created(PilotCandidates.Created c) {
    String id = c.pilot().id();
    return new JsonObject().put("id", id).put("rev", 1).put("title", c.pilot().title())
        .put("tokens", new JsonObject().put("editor", c.editorToken()).put("viewer", c.viewerToken()))
        .put("links", new JsonObject().put("editor", "/p/" + id + "#t=" + c.editorToken())
            .put("viewer", "/p/" + id + "#t=" + c.viewerToken()));
  }
}
