package org.samskap.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.matrix.Aggregate;
import org.samskap.domain.matrix.LogEntry;
import org.samskap.domain.matrix.Names;
import org.samskap.domain.matrix.Point;
import org.samskap.domain.matrix.PollVotes;
import org.samskap.domain.matrix.SessionVotes;
import org.samskap.domain.matrix.Source;
import org.samskap.domain.matrix.Spread;
import org.samskap.domain.matrix.Verdict;

/**
 * The wire (and storage) shapes of the matrix board's values, shared by its event and content
 * codecs. Nested values arrive as plain maps and lists (storage) or as Vert.x JSON (the wire).
 */
final class MatrixWire {
  private MatrixWire() {}

  static Map<String, Object> names(Names n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nb", n.nb());
    m.put("nn", n.nn());
    m.put("en", n.en());
    return m;
  }

  static Names names(Map<String, Object> m) {
    Fields f = new Fields(m);
    return new Names(f.string("nb"), f.string("nn"), f.string("en"));
  }

  static Map<String, Object> point(Point p) {
    if (p == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("x", p.x());
    m.put("y", p.y());
    return m;
  }

  static Point point(Object o) {
    if (o == null) return null;
    Fields f = new Fields(map(o, "point"));
    return new Point(f.number("x"), f.number("y"));
  }

  static Map<String, Object> aggregate(Aggregate a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", a.count());
    m.put("x", spread(a.x()));
    m.put("y", spread(a.y()));
    return m;
  }

  /**
   * An aggregate as a viewer may see it (rule M11): the full aggregate with {@code "hidden":false},
   * or, when {@code shown} is null, only the count with {@code x} and {@code y} null and
   * {@code "hidden":true}.
   */
  static Map<String, Object> shownAggregate(int count, Aggregate shown) {
    Map<String, Object> m = shown == null ? hiddenAggregate(count) : aggregate(shown);
    m.putIfAbsent("hidden", false);
    return m;
  }

  static Map<String, Object> hiddenAggregate(int count) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", count);
    m.put("x", null);
    m.put("y", null);
    m.put("hidden", true);
    return m;
  }

  /** True when an encoded aggregate is the hidden form (count only). */
  static boolean isHidden(Map<String, Object> aggregate) {
    return Boolean.TRUE.equals(aggregate.get("hidden")) || aggregate.get("x") == null && aggregate.get("y") == null
        && aggregate.get("count") instanceof Number n && n.intValue() > 0;
  }

  static Aggregate aggregate(Object o) {
    Map<String, Object> m = map(o, "aggregate");
    int count = (int) new Fields(m).wholeNumber("count");
    return count == 0 ? Aggregate.NONE : new Aggregate(count, spread(m.get("x")), spread(m.get("y")));
  }

  private static Map<String, Object> spread(Spread s) {
    if (s == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("median", s.median());
    m.put("min", s.min());
    m.put("max", s.max());
    return m;
  }

  private static Spread spread(Object o) {
    Fields f = new Fields(map(o, "spread"));
    return new Spread(f.number("median"), f.number("min"), f.number("max"));
  }

  static Map<String, Object> source(Source s) {
    if (s == null) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("boardId", s.boardId());
    m.put("noteId", s.noteId());
    m.put("clusterId", s.clusterId());
    m.put("clusterLabel", s.clusterLabel());
    m.put("votes", s.votes());
    List<Object> sessions = new ArrayList<>();
    for (SessionVotes v : s.sessions()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("voteId", v.voteId());
      e.put("openedAt", v.openedAt());
      e.put("closedAt", v.closedAt());
      e.put("budget", v.budget());
      e.put("cap", v.cap());
      e.put("anonymous", v.anonymous());
      e.put("voters", v.voters());
      e.put("votes", v.votes());
      e.put("rank", v.rank());
      sessions.add(e);
    }
    m.put("sessions", sessions);
    List<Object> polls = new ArrayList<>();
    for (PollVotes p : s.polls()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("pollId", p.pollId());
      e.put("title", p.title());
      e.put("open", p.open());
      e.put("ballots", p.ballots());
      e.put("groups", new LinkedHashMap<>(p.groups()));
      e.put("total", p.total());
      polls.add(e);
    }
    m.put("polls", polls);
    return m;
  }

  static Source source(Object o) {
    if (o == null) return null;
    Fields f = new Fields(map(o, "source"));
    long votes = f.wholeNumber("votes");
    if (votes < 0 || votes > Integer.MAX_VALUE) throw Fields.invalid("Field 'votes' must be a whole number from 0.");
    List<SessionVotes> sessions = new ArrayList<>();
    Map<String, Object> m = f.map();
    if (m.get("sessions") != null) {
      for (Object o2 : list(m.get("sessions"), "sessions")) {
        Fields e = new Fields(map(o2, "sessions[]"));
        sessions.add(new SessionVotes(e.id("voteId"), e.wholeNumber("openedAt"), e.wholeNumber("closedAt"),
            (int) count(e, "budget"), (int) count(e, "cap"), Boolean.TRUE.equals(e.map().get("anonymous")),
            (int) count(e, "voters"), (int) count(e, "votes"), (int) count(e, "rank")));
      }
    }
    List<PollVotes> polls = new ArrayList<>();
    if (m.get("polls") != null) {
      for (Object o2 : list(m.get("polls"), "polls")) {
        Fields e = new Fields(map(o2, "polls[]"));
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Object> g : map(e.map().get("groups"), "groups").entrySet()) {
          if (!Fields.ID.matcher(g.getKey()).matches()) throw Fields.invalid("Field 'groups' has a key that is not a valid id.");
          groups.put(g.getKey(), (int) count(new Fields(Map.of("n", g.getValue() == null ? -1 : g.getValue())), "n"));
        }
        polls.add(new PollVotes(e.id("pollId"), e.string("title"), Boolean.TRUE.equals(e.map().get("open")),
            (int) count(e, "ballots"), groups, (int) count(e, "total")));
      }
    }
    if (sessions.size() > Source.MAX_ENTRIES || polls.size() > Source.MAX_ENTRIES) {
      throw Fields.invalid("At most " + Source.MAX_ENTRIES + " 'sessions' and 'polls' per source.");
    }
    return new Source(f.id("boardId"), f.id("noteId"), f.optionalId("clusterId"), f.optionalString("clusterLabel"),
        (int) votes, sessions, polls);
  }

  private static long count(Fields f, String name) {
    long n = f.wholeNumber(name);
    if (n < 0 || n > Integer.MAX_VALUE) throw Fields.invalid("Field '" + name + "' must be a whole number from 0.");
    return n;
  }

  /** A decision-log entry; also the fields of an {@code item.decide} event. */
  static Map<String, Object> logEntry(LogEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("itemId", e.itemId());
    m.put("itemText", e.itemText());
    m.put("status", e.verdict().wire());
    m.put("reason", e.reason());
    m.put("decidedBy", e.byName());
    m.put("decidedByMemberId", e.byMemberId());
    m.put("at", e.at());
    m.put("aggregate", aggregate(e.aggregate()));
    List<Object> scores = new ArrayList<>(e.scores().size());
    for (Point p : e.scores()) scores.add(point(p));
    m.put("scores", scores);
    m.put("placed", point(e.placed()));
    return m;
  }

  static LogEntry logEntry(Map<String, Object> m) {
    Fields f = new Fields(m);
    List<Point> scores = new ArrayList<>();
    for (Object o : list(m.get("scores"), "scores")) scores.add(point(o));
    Verdict v = Verdict.fromWire(f.string("status")).orElseThrow(() -> Fields.invalid("Field 'status' is not a verdict."));
    return new LogEntry(f.string("itemId"), f.string("itemText"), v, f.string("reason"), f.string("decidedBy"),
        f.string("decidedByMemberId"), f.wholeNumber("at"), aggregate(m.get("aggregate")), scores, point(m.get("placed")));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o, String field) {
    if (o instanceof JsonObject j) return j.getMap();
    if (!(o instanceof Map<?, ?> m)) throw Fields.invalid("Field '" + field + "' must be an object.");
    return (Map<String, Object>) m;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o, String field) {
    if (o instanceof JsonArray a) return a.getList();
    if (!(o instanceof List<?> l)) throw Fields.invalid("Field '" + field + "' must be an array.");
    return (List<Object>) l;
  }
}
