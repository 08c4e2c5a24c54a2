package org.samskap.http;

import java.util.LinkedHashSet;
import java.util.Set;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.access.BoardAccess;
import org.samskap.boards.NoteImport;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.MatrixCodec;
import org.samskap.protocol.Refused;

/**
 * {@code POST /api/boards/:id/import} (rule M6): the caller proves the matrix facilitator token
 * (Authorization: Bearer) and a token of the idea board; {@link NoteImport} checks the two
 * boards' kinds and does the copy.
 */
final class ImportRoutes {
  private final BoardAccess access;
  private final NoteImport imports;

  ImportRoutes(BoardAccess access, NoteImport imports) {
    this.access = access;
    this.imports = imports;
  }

  void mount(Router router) {
    router.post("/api/boards/:boardId/import")
        .handler(BodyHandler.create(false).setBodyLimit(BoardRoutes.MAX_BODY_BYTES))
        .handler(this::importNotes);
  }

  private void importNotes(RoutingContext rc) {
    String matrixId = rc.pathParam("boardId");
    String token = FacilitatorAuth.bearer(rc);
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    Request req;
    try {
      if (token == null || token.isEmpty()) {
        throw new Refused(Reason.MISSING_TOKEN, "Send the matrix board's facilitator token as 'Authorization: Bearer <token>'.");
      }
      if (!Addresses.isBoardId(matrixId)) throw new Refused(Reason.INVALID_TOKEN, "The token does not open this board.");
      req = Request.of(body);
    } catch (Refused r) {
      Problems.send(rc, r);
      return;
    }
    checkAccess(matrixId, token, true)
        .compose(v -> checkAccess(req.sourceBoardId, req.sourceToken, false))
        .compose(v -> imports.run(req.sourceBoardId, req.noteIds, req.top, matrixId))
        .onSuccess(r -> Problems.ok(rc, 200, new JsonObject().put("version", r.version()).put("imported", r.itemIds().size())
            .put("itemIds", r.itemIds())))
        .onFailure(e -> Problems.fail(rc, e, "A board could not be reached; try again."));
  }

  private Future<Void> checkAccess(String boardId, String token, boolean facilitator) {
    String which = facilitator ? "matrix" : "idea";
    return access.roleOf(boardId, token).compose(role -> {
      if (role.isEmpty()) return Future.failedFuture(new Refused(Reason.INVALID_TOKEN, "The token does not open the " + which + " board."));
      if (facilitator && role.get() != Role.FACILITATOR) {
        return Future.failedFuture(new Refused(Reason.FORBIDDEN, "Only the matrix board's facilitator may import."));
      }
      return Future.succeededFuture();
    });
  }

  /** The validated body: {@code sourceBoardId}, {@code sourceToken}, optional {@code noteIds}. */
  private record Request(String sourceBoardId, String sourceToken, Set<String> noteIds, int top) {
    static Request of(JsonObject body) {
      if (body == null) throw bad("The body must be a JSON object like {\"sourceBoardId\":\"...\",\"sourceToken\":\"...\"}.");
      if (!(body.getValue("sourceBoardId") instanceof String id) || !Addresses.isBoardId(id)) {
        throw bad("Field 'sourceBoardId' must be a board id.");
      }
      if (!(body.getValue("sourceToken") instanceof String tok) || tok.isEmpty()) {
        throw bad("Field 'sourceToken' must be a token of the idea board.");
      }
      Object raw = body.getValue("noteIds");
      Object top = body.getValue("top");
      if (top != null) { // rule M6b
        if (raw != null) throw bad("Send either 'noteIds' or 'top', not both.");
        if (!(top instanceof Integer || top instanceof Long) || ((Number) top).longValue() < 1 || ((Number) top).longValue() > MatrixCodec.MAX_IMPORT) {
          throw bad("Field 'top' must be a whole number from 1 to " + MatrixCodec.MAX_IMPORT + ".");
        }
        return new Request(id, tok, null, ((Number) top).intValue());
      }
      if (raw == null) return new Request(id, tok, null, 0);
      if (!(raw instanceof JsonArray arr) || arr.isEmpty() || arr.size() > MatrixCodec.MAX_IMPORT) {
        throw bad("Field 'noteIds' must be an array of 1 to " + MatrixCodec.MAX_IMPORT + " note ids, or absent for all notes.");
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Object o : arr) {
        if (!(o instanceof String s) || !s.matches("[A-Za-z0-9_-]{1,64}")) throw bad("Field 'noteIds' must hold note ids.");
        ids.add(s);
      }
      return new Request(id, tok, ids, 0);
    }

    private static Refused bad(String message) {
      return new Refused(Reason.BAD_REQUEST, message);
    }
  }
}
