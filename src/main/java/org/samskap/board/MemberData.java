package org.samskap.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;

/**
 * Rule D7 ("my data"): what a board holds about one member, built only from that member's own
 * view of the board ({@link BoardModel#content(Viewer)} for their viewer), so it can hold
 * nothing the member could not already see: another member's private note or score is not in
 * that view, so it cannot be in this answer either. The member is the one the asking socket's
 * session joined as; the request names nobody.
 *
 * <p>An item is the member's when its {@code author} is a name the member uses here (the board
 * stores the author's display name, not the member id), when it is their private item (marked
 * {@code private} in their view), when it carries their own score ({@code myScore}), or when
 * they made its decision (a matrix item's {@code decision.decidedByMemberId}).
 */
final class MemberData {
  static final String TYPE = "member.data";
  /** The format of the answer; a reader checks it before it reads the rest. */
  static final int FORMAT = 1;

  private MemberData() {}

  static JsonObject of(String boardId, BoardModel model, Viewer viewer, Set<String> names, long now) {
    Map<String, Object> view = model.content(viewer);
    JsonObject out = new JsonObject()
        .put("format", FORMAT)
        .put("boardId", boardId)
        .put("boardTitle", model.title())
        .put("kind", model.kind())
        .put("memberId", viewer.memberId())
        .put("role", viewer.role().wire())
        .put("exportedAt", now)
        .put("names", new JsonArray(new ArrayList<>(new LinkedHashSet<>(names))));
    JsonObject items = new JsonObject();
    view.forEach((key, value) -> {
      if (!(value instanceof List<?> list)) return;
      JsonArray mine = new JsonArray();
      for (Object o : list) {
        if (o instanceof Map<?, ?> item && isMine(item, viewer.memberId(), names)) mine.add(new JsonObject(copy(item)));
      }
      if (!mine.isEmpty()) items.put(key, mine);
    });
    out.put("items", items);
    if (view.get("session") instanceof Map<?, ?> session && session.get("vote") instanceof Map<?, ?> vote) {
      JsonObject votes = new JsonObject().put("voteId", vote.get("voteId"));
      if (vote.get("mine") instanceof Map<?, ?> m) votes.put("mine", new JsonObject(copy(m)));
      votes.put("used", vote.get("used"));
      out.put("openVote", votes);
    }
    return out;
  }

  private static boolean isMine(Map<?, ?> item, String memberId, Set<String> names) {
    if (Boolean.TRUE.equals(item.get("private"))) return true;
    if (item.get("myScore") != null) return true;
    if (item.get("decision") instanceof Map<?, ?> d && memberId.equals(d.get("decidedByMemberId"))) return true;
    return item.get("author") instanceof String a && !a.isEmpty() && names.contains(a);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<?, ?> m) {
    return new LinkedHashMap<>((Map<String, Object>) m);
  }
}
