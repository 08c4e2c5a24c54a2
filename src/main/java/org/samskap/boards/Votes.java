package org.samskap.boards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.matrix.Source;
import org.samskap.domain.polls.VoterGroup;

/**
 * The votes a note carries onto the matrix (rule M6a): every closed dot-voting session of its
 * idea board and every link poll that offered it, each as the matrix stores it in an item's
 * {@code source}; and the choice of the top voted notes (rule M6b).
 */
final class Votes {
  private Votes() {}

  /** The closed sessions of the board's session state, oldest first, as they touched one note. */
  static List<Map<String, Object>> sessions(String noteId, JsonObject session) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (session == null) return out;
    for (Object o : session.getJsonArray("results", new JsonArray())) {
      JsonObject r = (JsonObject) o;
      int votes = 0;
      int rank = 0;
      for (Object k : r.getJsonArray("ranking", new JsonArray())) {
        JsonObject e = (JsonObject) k;
        if (noteId.equals(e.getString("targetId"))) {
          votes = e.getInteger("votes", 0);
          rank = votes > 0 ? e.getInteger("rank", 0) : 0;
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("voteId", r.getString("voteId"));
      m.put("openedAt", r.getLong("openedAt", 0L));
      m.put("closedAt", r.getLong("closedAt", 0L));
      m.put("budget", r.getInteger("budget", 1));
      m.put("cap", r.getInteger("cap", 1));
      m.put("anonymous", Boolean.TRUE.equals(r.getBoolean("anonymous")));
      m.put("voters", r.getInteger("voters", 0));
      m.put("votes", votes);
      m.put("rank", rank);
      out.add(m);
    }
    return newest(out);
  }

  /** The note's line in each poll that offered it (by {@code targetId}), oldest poll first. */
  static List<Map<String, Object>> polls(String noteId, List<JsonObject> results) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonObject r : results) {
      Map<String, Integer> groups = new LinkedHashMap<>();
      for (VoterGroup g : VoterGroup.values()) groups.put(g.wire(), 0);
      int total = 0;
      boolean offered = false;
      for (Object o : r.getJsonArray("items", new JsonArray())) {
        JsonObject i = (JsonObject) o;
        if (!noteId.equals(i.getString("targetId"))) continue;
        offered = true;
        total += i.getInteger("total", 0);
        JsonObject g = i.getJsonObject("groups", new JsonObject());
        for (VoterGroup vg : VoterGroup.values()) groups.merge(vg.wire(), g.getInteger(vg.wire(), 0), Integer::sum);
      }
      if (!offered) continue;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pollId", r.getString("pollId"));
      m.put("title", r.getString("title", ""));
      m.put("open", Boolean.TRUE.equals(r.getBoolean("open")));
      m.put("ballots", r.getInteger("ballots", 0));
      m.put("groups", groups);
      m.put("total", total);
      out.add(m);
    }
    return newest(out);
  }

  static int sum(List<Map<String, Object>> sessions) {
    long sum = 0;
    for (Map<String, Object> s : sessions) sum += ((Number) s.get("votes")).longValue();
    return (int) Math.min(sum, Integer.MAX_VALUE);
  }

  /**
   * Rule M6b: the {@code n} notes with the most dot votes over all sessions, ties broken by
   * their choices in link polls, then by board order; notes with neither are left out.
   */
  static List<Map<String, Object>> top(List<Map<String, Object>> notes, int n) {
    List<Map<String, Object>> voted = new ArrayList<>();
    for (Map<String, Object> note : notes) if (dots(note) > 0 || ballots(note) > 0) voted.add(note);
    voted.sort(Comparator.comparingInt(Votes::dots).thenComparingInt(Votes::ballots).reversed());
    return voted.subList(0, Math.min(n, voted.size()));
  }

  @SuppressWarnings("unchecked")
  private static int dots(Map<String, Object> note) {
    return ((Number) ((Map<String, Object>) note.get("source")).get("votes")).intValue();
  }

  @SuppressWarnings("unchecked")
  private static int ballots(Map<String, Object> note) {
    int sum = 0;
    for (Map<String, Object> p : (List<Map<String, Object>>) ((Map<String, Object>) note.get("source")).get("polls")) {
      sum += ((Number) p.get("total")).intValue();
    }
    return sum;
  }

  private static List<Map<String, Object>> newest(List<Map<String, Object>> all) {
    return all.size() <= Source.MAX_ENTRIES ? all : new ArrayList<>(all.subList(all.size() - Source.MAX_ENTRIES, all.size()));
  }
}
