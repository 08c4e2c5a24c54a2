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
import org.samskap.domain.polls.Poll;
import org.samskap.kinds.matrix.MatrixKind;
import org.samskap.polls.PollService;
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
  private final PollService polls;

  public NoteImport(BoardWriter writer, BoardAccess access, PollService polls) {
    this.writer = writer;
    this.access = access;
    this.polls = polls;
  }

  /** The matrix board's new version and the ids of its new items. */
  public record Imported(long version, JsonArray itemIds) {}

  /** {@code noteIds} null: every note of the idea board, in board order. */
  public Future<Imported> run(String sourceBoardId, Set<String> noteIds, String matrixId) {
    return run(sourceBoardId, noteIds, 0, matrixId);
  }

  /**
   * {@code noteIds} null and {@code top} 0: every note of the idea board, in board order;
   * {@code top} above 0: the {@code top} notes with the most votes (rule M6b).
   */
  public Future<Imported> run(String sourceBoardId, Set<String> noteIds, int top, String matrixId) {
    return ofKind(matrixId, MatrixKind.NAME, "matrix")
        .compose(v -> ofKind(sourceBoardId, IdeaKind.NAME, "idea"))
        .compose(v -> pollResults(sourceBoardId))
        .compose(results -> writer.read(sourceBoardId).map(reply -> {
          List<Map<String, Object>> notes = notes(sourceBoardId, noteIds, reply, results);
          return checked(top > 0 ? Votes.top(notes, top) : notes, top);
        }))
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

  private static List<Map<String, Object>> checked(List<Map<String, Object>> notes, int top) {
    if (notes.isEmpty()) {
      throw new Refused(Reason.BAD_REQUEST, top > 0 ? "No note of the idea board has votes yet." : "The idea board has no notes to import.");
    }
    if (notes.size() > MatrixCodec.MAX_IMPORT) {
      throw new Refused(Reason.BAD_REQUEST, "At most " + MatrixCodec.MAX_IMPORT + " notes per import; choose some with 'noteIds' or 'top'.");
    }
    return notes;
  }

  /** The results of every link poll of the idea board (rule P8), oldest first. */
  private Future<List<JsonObject>> pollResults(String boardId) {
    return polls.ofBoard(boardId).compose(list -> {
      List<Future<JsonObject>> each = new ArrayList<>();
      for (Poll p : list) each.add(polls.results(p).map(r -> r.put("createdAt", p.createdAt())));
      return Future.all(each).map(all -> {
        List<JsonObject> out = new ArrayList<>(all.<JsonObject>list());
        out.sort(java.util.Comparator.comparingLong(r -> r.getLong("createdAt", 0L)));
        return out;
      });
    });
  }

  /** The notes to import, in board order, with their provenance taken from the idea board itself. */
  private static List<Map<String, Object>> notes(String sourceBoardId, Set<String> noteIds, JsonObject reply, List<JsonObject> polls) {
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
      List<Map<String, Object>> sessions = Votes.sessions(id, snap.getJsonObject("session"));
      source.put("votes", Votes.sum(sessions));
      source.put("sessions", sessions);
      source.put("polls", Votes.polls(id, polls));
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
    return out;
  }
}
