package org.samskap.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Role;
import org.samskap.kinds.ideas.IdeaKind;
import org.samskap.kinds.matrix.MatrixKind;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.MatrixCodec;
import org.samskap.util.RandomIds;

/**
 * {@code POST /api/boards/:id/import} (rule M6): copies notes of an idea board onto a matrix
 * board. The caller proves the matrix facilitator token (Authorization: Bearer) and a token of
 * the idea board; the server reads the idea board's durable state and sends the matrix board
 * an {@code item.import} op whose provenance it wrote itself, so no client can forge a link.
 */
final class ImportRoutes {
  private final BoardAccess access;
  private final BoardWriter writer;

  ImportRoutes(BoardAccess access, BoardWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  void mount(Router router) {
    router.post("/api/boards/:boardId/import")
        .handler(BodyHandler.create(false).setBodyLimit(BoardRoutes.MAX_BODY_BYTES))
        .handler(this::importNotes);
  }

  /** A refusal on the way: HTTP status, error code and message. */
  private record Refused(int status, String error, String message) {}

  private static final class Stop extends RuntimeException {
    final transient Refused refused;

    Stop(int status, String error, String message) {
      super(message, null, false, false);
      this.refused = new Refused(status, error, message);
    }
  }

  private void importNotes(RoutingContext rc) {
    String matrixId = rc.pathParam("boardId");
    String auth = rc.request().getHeader("Authorization");
    String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    Request req;
    try {
      if (token.isEmpty()) throw new Stop(401, "missing_token", "Send the matrix board's facilitator token as 'Authorization: Bearer <token>'.");
      if (!Addresses.isBoardId(matrixId)) throw new Stop(403, "invalid_token", "The token does not open this board.");
      req = Request.of(body);
    } catch (Stop s) {
      send(rc, s.refused);
      return;
    }
    checkAccess(matrixId, token, MatrixKind.NAME, true)
        .compose(v -> checkAccess(req.sourceBoardId, req.sourceToken, IdeaKind.NAME, false))
        .compose(v -> writer.read(req.sourceBoardId))
        .map(reply -> notes(req, reply))
        .compose(notes -> writer.serverOp(matrixId,
            new JsonObject(MatrixCodec.importBody(notes)).put("clientOpId", "import-" + RandomIds.of(16))))
        .onSuccess(reply -> answer(rc, reply))
        .onFailure(e -> send(rc, e instanceof Stop s ? s.refused
            : new Refused(503, "unavailable", "A board could not be reached; try again.")));
  }

  private Future<Void> checkAccess(String boardId, String token, String kind, boolean facilitator) {
    String which = facilitator ? "matrix" : "idea";
    return access.roleOf(boardId, token).compose(role -> {
      if (role.isEmpty()) return Future.failedFuture(new Stop(403, "invalid_token", "The token does not open the " + which + " board."));
      if (facilitator && role.get() != Role.FACILITATOR) {
        return Future.failedFuture(new Stop(403, "forbidden", "Only the matrix board's facilitator may import."));
      }
      return access.kindOf(boardId);
    }).compose(k -> k.equals(Optional.of(kind)) ? Future.succeededFuture()
        : Future.failedFuture(new Stop(400, "wrong_kind", "The " + which + " board is not of kind '" + kind + "'.")));
  }

  /** The notes to import, in board order, with their provenance taken from the idea board itself. */
  private static List<Map<String, Object>> notes(Request req, JsonObject reply) {
    if (!Boolean.TRUE.equals(reply.getBoolean("ok"))) throw new Stop(503, "unavailable", "The idea board could not be read; try again.");
    JsonObject snap = reply.getJsonObject("snapshot");
    Map<String, String> labels = new HashMap<>();
    for (Object o : snap.getJsonArray("clusters", new JsonArray())) {
      JsonObject c = (JsonObject) o;
      labels.put(c.getString("id"), c.getString("label"));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    for (Object o : snap.getJsonArray("notes", new JsonArray())) {
      JsonObject n = (JsonObject) o;
      String id = n.getString("id");
      if (req.noteIds != null && !req.noteIds.contains(id)) continue;
      found.add(id);
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("boardId", req.sourceBoardId);
      source.put("noteId", id);
      String clusterId = n.getString("clusterId");
      source.put("clusterId", clusterId);
      source.put("clusterLabel", clusterId == null ? null : labels.get(clusterId));
      source.put("votes", n.getValue("votes") instanceof Number v && v.longValue() > 0 ? (int) Math.min(v.longValue(), Integer.MAX_VALUE) : 0);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("text", n.getString("text"));
      item.put("source", source);
      out.add(item);
    }
    if (req.noteIds != null) {
      for (String id : req.noteIds) {
        if (!found.contains(id)) throw new Stop(404, "not_found", "There is no note " + id + " on the idea board.");
      }
    }
    if (out.isEmpty()) throw new Stop(400, "bad_request", "The idea board has no notes to import.");
    if (out.size() > MatrixCodec.MAX_IMPORT) {
      throw new Stop(400, "bad_request", "At most " + MatrixCodec.MAX_IMPORT + " notes per import; choose some with 'noteIds'.");
    }
    return out;
  }

  private static void answer(RoutingContext rc, JsonObject reply) {
    if (Boolean.TRUE.equals(reply.getBoolean("ok"))) {
      JsonArray ids = reply.getJsonArray("itemIds", new JsonArray());
      JsonObject out = new JsonObject().put("version", reply.getLong("version")).put("imported", ids.size()).put("itemIds", ids);
      rc.response().setStatusCode(200).putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store").end(out.encode());
      return;
    }
    String reason = reply.getString("reason", "unavailable");
    int status = switch (reason) {
      case "forbidden" -> 403;
      case "not_found" -> 404;
      case "board_full" -> 409;
      case "unavailable" -> 503;
      default -> 400;
    };
    send(rc, new Refused(status, reason, reply.getString("message", "")));
  }

  private static void send(RoutingContext rc, Refused r) {
    Problems.send(rc, r.status, r.error, r.message);
  }

  /** The validated body: {@code sourceBoardId}, {@code sourceToken}, optional {@code noteIds}. */
  private record Request(String sourceBoardId, String sourceToken, Set<String> noteIds) {
    static Request of(JsonObject body) {
      if (body == null) throw new Stop(400, "bad_request", "The body must be a JSON object like {\"sourceBoardId\":\"...\",\"sourceToken\":\"...\"}.");
      if (!(body.getValue("sourceBoardId") instanceof String id) || !Addresses.isBoardId(id)) {
        throw new Stop(400, "bad_request", "Field 'sourceBoardId' must be a board id.");
      }
      if (!(body.getValue("sourceToken") instanceof String tok) || tok.isEmpty()) {
        throw new Stop(400, "bad_request", "Field 'sourceToken' must be a token of the idea board.");
      }
      Object raw = body.getValue("noteIds");
      if (raw == null) return new Request(id, tok, null);
      if (!(raw instanceof JsonArray arr) || arr.isEmpty() || arr.size() > MatrixCodec.MAX_IMPORT) {
        throw new Stop(400, "bad_request", "Field 'noteIds' must be an array of 1 to " + MatrixCodec.MAX_IMPORT + " note ids, or absent for all notes.");
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Object o : arr) {
        if (!(o instanceof String s) || !s.matches("[A-Za-z0-9_-]{1,64}")) {
          throw new Stop(400, "bad_request", "Field 'noteIds' must hold note ids.");
        }
        ids.add(s);
      }
      return new Request(id, tok, ids);
    }
  }
}
