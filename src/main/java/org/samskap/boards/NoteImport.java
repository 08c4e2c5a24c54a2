package org.samskap.boards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.kinds.ideas.IdeaKind;
import org.samskap.kinds.matrix.MatrixKind;
import org.samskap.protocol.MatrixCodec;
import org.samskap.protocol.Refused;
import org.samskap.util.RandomIds;

/**
 * Rule M6: copies notes of an idea board onto a matrix board. It reads the idea board's durable
 * content from its writer and sends the matrix board one {@code item.import} op as a server op,
 * with the provenance written here, so no client can forge a link. The caller has checked both
 * tokens; this checks both kinds ({@code wrong_kind}). It names two kinds because it joins them.
 */
public final class NoteImport {
  private final BoardWriter writer;
  private final BoardAccess access;

  public NoteImport(BoardWriter writer, BoardAccess access) {
    this.writer = writer;
    this.access = access;
  }

  /** The matrix board's new version and the ids of its new items. */
  public record Imported(long version, JsonArray itemIds) {}

  /** {@code noteIds} null: every note of the idea board, in board order. */
  public Future<Imported> run(String sourceBoardId, Set<String> noteIds, String matrixId) {
    return ofKind(matrixId, MatrixKind.NAME, "matrix")
        .compose(v -> ofKind(sourceBoardId, IdeaKind.NAME, "idea"))
        .compose(v -> writer.read(sourceBoardId))
        .map(reply -> notes(sourceBoardId, noteIds, reply))
        .compose(notes -> writer.serverOp(matrixId,
            new JsonObject(MatrixCodec.importBody(notes)).put("clientOpId", "import-" + RandomIds.of(16))))
        .map(NoteImport::imported);
  }

  private Future<Void> ofKind(String boardId, String kind, String which) {
    return access.kindOf(boardId).compose(k -> k.equals(Optional.of(kind)) ? Future.<Void>succeededFuture()
        : Future.failedFuture(new Refused(Reason.WRONG_KIND, "The " + which + " board is not of kind '" + kind + "'.")));
  }

  private static Imported imported(JsonObject reply) {
    if (Boolean.TRUE.equals(reply.getBoolean("ok"))) {
      return new Imported(reply.getLong("version"), reply.getJsonArray("itemIds", new JsonArray()));
    }
    String code = reply.getString("reason", Reason.UNAVAILABLE.code());
    Reason reason = Reason.BAD_REQUEST;
    for (Reason r : Reason.values()) {
      if (r.code().equals(code)) {
        reason = r;
        break;
      }
    }
    throw new Refused(reason, reply.getString("message", ""));
  }

  /** The notes to import, in board order, with their provenance taken from the idea board itself. */
  private static List<Map<String, Object>> notes(String sourceBoardId, Set<String> noteIds, JsonObject reply) {
    if (!Boolean.TRUE.equals(reply.getBoolean("ok"))) throw new Refused(Reason.UNAVAILABLE, "The idea board could not be read; try again.");
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
      if (noteIds != null && !noteIds.contains(id)) continue;
      found.add(id);
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("boardId", sourceBoardId);
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
    if (noteIds != null) {
      for (String id : noteIds) {
        if (!found.contains(id)) throw new Refused(Reason.NOT_FOUND, "There is no note " + id + " on the idea board.");
      }
    }
    if (out.isEmpty()) throw new Refused(Reason.BAD_REQUEST, "The idea board has no notes to import.");
    if (out.size() > MatrixCodec.MAX_IMPORT) {
      throw new Refused(Reason.BAD_REQUEST, "At most " + MatrixCodec.MAX_IMPORT + " notes per import; choose some with 'noteIds'.");
    }
    return out;
  }
}
