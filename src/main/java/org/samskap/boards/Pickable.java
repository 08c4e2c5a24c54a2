package org.samskap.boards;

import java.util.Map;
import java.util.Set;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.kinds.ideas.IdeaKind;
import org.samskap.kinds.journey.JourneyKind;
import org.samskap.protocol.Refused;

/**
 * Rule L1: what another board offers to be picked by name (docs/API.md): an idea board's notes
 * (text, cluster, votes; never a private note) and a journey's stages per version. Read from the
 * board's writer; the caller has checked a token of the board (any role may read them, as on
 * the board itself).
 */
public final class Pickable {
  private final BoardWriter writer;
  private final BoardAccess access;

  public Pickable(BoardWriter writer, BoardAccess access) {
    this.writer = writer;
    this.access = access;
  }

  public Future<JsonObject> of(String boardId) {
    return access.kindOf(boardId).compose(kind -> {
      String k = kind.orElse("");
      if (!k.equals(IdeaKind.NAME) && !k.equals(JourneyKind.NAME)) {
        return Future.failedFuture(new Refused(Reason.WRONG_KIND, "Only idea boards and journeys offer items to pick."));
      }
      return writer.read(boardId).map(reply -> {
        if (!Boolean.TRUE.equals(reply.getBoolean("ok"))) throw new Refused(Reason.UNAVAILABLE, "The board could not be read; try again.");
        JsonObject snap = reply.getJsonObject("snapshot");
        return k.equals(IdeaKind.NAME) ? notes(boardId, snap) : stages(boardId, snap);
      });
    });
  }

  private static JsonObject notes(String boardId, JsonObject snap) {
    JsonObject session = snap.getJsonObject("session", new JsonObject());
    Set<String> hidden = session.getJsonObject("hidden", new JsonObject()).fieldNames();
    Map<String, Object> labels = new java.util.HashMap<>();
    for (Object o : snap.getJsonArray("clusters", new JsonArray())) {
      JsonObject c = (JsonObject) o;
      labels.put(c.getString("id"), c.getString("label"));
    }
    JsonArray items = new JsonArray();
    for (Object o : snap.getJsonArray("notes", new JsonArray())) {
      JsonObject n = (JsonObject) o;
      String id = n.getString("id");
      if (hidden.contains(id)) continue;
      String cluster = n.getString("clusterId");
      items.add(new JsonObject().put("id", id).put("text", n.getString("text", ""))
          .put("clusterLabel", cluster == null ? null : labels.get(cluster))
          .put("votes", Votes.sum(Votes.sessions(id, session))));
    }
    return new JsonObject().put("boardId", boardId).put("kind", IdeaKind.NAME).put("items", items);
  }

  private static JsonObject stages(String boardId, JsonObject snap) {
    JsonArray items = new JsonArray();
    JsonObject journeys = snap.getJsonObject("journeys", new JsonObject());
    for (String version : journeys.fieldNames()) {
      int i = 0;
      for (Object o : journeys.getJsonObject(version).getJsonArray("stages", new JsonArray())) {
        JsonObject s = (JsonObject) o;
        items.add(new JsonObject().put("id", s.getString("id")).put("text", s.getString("label", "")).put("journey", version)
            .put("index", ++i));
      }
    }
    return new JsonObject().put("boardId", boardId).put("kind", JourneyKind.NAME).put("items", items);
  }
}
