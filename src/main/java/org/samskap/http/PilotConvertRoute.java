package org.samskap.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardDirectory;
import org.samskap.domain.Role;
import org.samskap.domain.pilot.Pilot;
import org.samskap.domain.pilot.PilotInvalid;
import org.samskap.domain.pilot.Provenance;
import org.samskap.kinds.matrix.MatrixKind;
import org.samskap.pilots.PilotAccess;
import org.samskap.pilots.PilotStore;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;
import org.samskap.protocol.pilot.In;
import org.samskap.util.RandomIds;

/**
 * {@code POST /api/pilots}: makes a pilot candidate of an accepted matrix item. The caller proves
 * the matrix board's facilitator token; the server reads the board's durable state itself (the
 * internal {@code read} message, as the import does) and copies the item's text, source (note,
 * cluster, votes, polls), score aggregate and decision into the pilot's provenance, once.
 */
final class PilotConvertRoute {
  private final Vertx vertx;
  private final BoardAccess boards;
  private final BoardDirectory directory;
  private final PilotStore store;

  PilotConvertRoute(Vertx vertx, BoardAccess boards, BoardDirectory directory, PilotStore store) {
    this.vertx = vertx;
    this.boards = boards;
    this.directory = directory;
    this.store = store;
  }

  void mount(Router router) {
    router.post("/api/pilots").handler(this::convert);
  }

  private record Refused(int status, String error, String message, String pilotId) {}

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refused refused;

    Stop(int status, String error, String message) {
      this(new Refused(status, error, message, null));
    }

    Stop(Refused r) {
      super(r.message(), null, false, false);
      this.refused = r;
    }
  }

  private void convert(RoutingContext rc) {
    String auth = rc.request().getHeader("Authorization");
    String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
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
      PilotRoutes.refuse(rc, e);
      return;
    }
    if (token.isEmpty()) {
      Problems.send(rc, 401, "missing_token", "Send the matrix board's facilitator token as 'Authorization: Bearer <token>'.");
      return;
    }
    String editor = Tokens.newToken();
    String viewer = Tokens.newToken();
    boards.roleOf(boardId, token).compose(role -> {
      if (role.isEmpty()) return Future.failedFuture(new Stop(403, "invalid_token", "The token does not open the matrix board."));
      if (role.get() != Role.FACILITATOR) return Future.failedFuture(new Stop(403, "forbidden", "Only the matrix board's facilitator may make a pilot."));
      return boards.kindOf(boardId);
    }).compose(kind -> kind.equals(Optional.of(MatrixKind.NAME)) ? directory.ensureLive(boardId)
        : Future.failedFuture(new Stop(400, "wrong_kind", "The board is not a prioritisation matrix.")))
        .compose(v -> vertx.eventBus().<Object>request(Addresses.ops(boardId), new JsonObject(),
            new DeliveryOptions().addHeader(Headers.INTERNAL, "read")))
        .map(reply -> provenance((JsonObject) reply.body(), boardId, itemId, steps))
        .compose(prov -> {
          Pilot pilot = Pilot.candidate(RandomIds.of(12), prov, prov.copiedAt());
          Map<String, String> hashes = new LinkedHashMap<>();
          hashes.put(Tokens.hash(editor), PilotAccess.EDITOR);
          hashes.put(Tokens.hash(viewer), PilotAccess.VIEWER);
          return store.create(pilot, hashes).map(v -> pilot);
        })
        .onSuccess(pilot -> PilotRoutes.ok(rc, 201, new JsonObject().put("id", pilot.id()).put("rev", 1).put("title", pilot.title())
            .put("tokens", new JsonObject().put("editor", editor).put("viewer", viewer))
            .put("links", new JsonObject().put("editor", "/p/" + pilot.id() + "#t=" + editor)
                .put("viewer", "/p/" + pilot.id() + "#t=" + viewer))))
        .onFailure(e -> {
          Refused r = e instanceof Stop s ? s.refused
              : e instanceof PilotStore.AlreadyConverted a ? new Refused(409, "already_converted",
                  "This item is already pilot " + a.pilotId() + "; open it with the matrix facilitator token.", a.pilotId())
              : e instanceof PilotInvalid pi ? new Refused(400, pi.code(), pi.getMessage(), null)
              : new Refused(503, "unavailable", "The board or the database could not be reached; try again.", null);
          JsonObject body = new JsonObject().put("error", r.error()).put("message", r.message());
          if (r.pilotId() != null) body.put("pilotId", r.pilotId()).put("link", "/p/" + r.pilotId());
          rc.response().setStatusCode(r.status()).putHeader("Content-Type", "application/json; charset=utf-8").end(body.encode());
        });
  }

  /** The accepted item's provenance, copied from the matrix board's durable content. */
  private static Provenance provenance(JsonObject reply, String boardId, String itemId, List<String> steps) {
    if (!Boolean.TRUE.equals(reply.getBoolean("ok"))) throw new Stop(503, "unavailable", "The matrix board could not be read; try again.");
    JsonObject snap = reply.getJsonObject("snapshot");
    for (Object o : snap.getJsonArray("accepted", new JsonArray())) {
      JsonObject item = (JsonObject) o;
      if (!itemId.equals(item.getString("id"))) continue;
      JsonObject source = item.getJsonObject("source");
      return new Provenance(boardId, itemId, item.getString("text", ""), source == null ? null : Plain.map(source),
          Plain.map(item.getJsonObject("aggregate", new JsonObject())), Plain.map(item.getJsonObject("decision", new JsonObject())),
          steps, System.currentTimeMillis());
    }
    for (Object o : snap.getJsonArray("items", new JsonArray())) {
      if (itemId.equals(((JsonObject) o).getString("id"))) {
        throw new Stop(409, "not_accepted", "Item " + itemId + " is not accepted on the matrix; accept it before making a pilot.");
      }
    }
    throw new Stop(404, "not_found", "There is no item " + itemId + " on the matrix board.");
  }
}
