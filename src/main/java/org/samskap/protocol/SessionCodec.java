package org.samskap.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.samskap.domain.Reason;
import org.samskap.domain.session.Phase;
import org.samskap.domain.session.Ranked;
import org.samskap.domain.session.SessionOp;
import org.samskap.domain.session.SessionOps;
import org.samskap.domain.session.SessionState;
import org.samskap.domain.session.VoteResult;
import org.samskap.domain.session.VoteSettings;
import org.samskap.domain.session.VotingSession;

/** Maps facilitation and voting ops, events and state to and from plain maps (wire JSON and BSON alike). */
public final class SessionCodec {
  private SessionCodec() {}

  public static boolean isSessionOp(String type) {
    return SessionOps.CATALOG.has(type);
  }

  public static SessionOp decodeOp(String type, Map<String, Object> body) {
    Fields f = new Fields(body);
    try {
      return switch (type) {
        case "phase.set" -> new SessionOp.SetPhase(Phase.fromWire(f.string("phase")).orElseThrow(
            () -> Fields.invalid("Field 'phase' must be one of free, write, group, vote, discuss.")));
        case "board.lock" -> new SessionOp.SetLock(bool(body, "locked"));
        case "timer.start" -> new SessionOp.StartTimer(f.wholeNumber("seconds"));
        case "timer.stop" -> new SessionOp.StopTimer();
        case "silent.start" -> new SessionOp.StartSilent();
        case "silent.reveal" -> new SessionOp.Reveal();
        case "view.follow" -> new SessionOp.Follow(f.number("x"), f.number("y"), f.optionalNumber("zoom", 1));
        case "view.unfollow" -> new SessionOp.Unfollow();
        case "cursors.hide" -> new SessionOp.HideCursors(bool(body, "hidden"));
        case "member.remove" -> new SessionOp.RemoveMember(f.id("memberId"));
        case "vote.open" -> {
          long budget = f.wholeNumber("budget");
          long cap = body.get("cap") == null ? budget : f.wholeNumber("cap");
          yield new SessionOp.OpenVote(budget, cap, optionalBool(body, "anonymous", true),
              optionalBool(body, "liveCounts", true), body.get("durationSeconds") == null ? 0 : f.wholeNumber("durationSeconds"));
        }
        case "vote.cast" -> new SessionOp.CastVote(f.id("targetId"));
        case "vote.retract" -> new SessionOp.RetractVote(f.id("targetId"));
        case "vote.close" -> new SessionOp.CloseVote();
        default -> throw new Fields.Invalid(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
      };
    } catch (Fields.Invalid e) {
      throw new DecodeException(e.rejection);
    }
  }

  public static Map<String, Object> encodeEvent(SessionOp.Event event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", event.type());
    if (event instanceof SessionOp.SetPhase e) {
      m.put("phase", e.phase().wire());
    } else if (event instanceof SessionOp.SetLock e) {
      m.put("locked", e.locked());
    } else if (event instanceof SessionOp.TimerStarted e) {
      m.put("seconds", e.seconds());
      m.put("endsAt", e.endsAt());
    } else if (event instanceof SessionOp.Revealed e) {
      m.put("itemIds", new ArrayList<>(e.itemIds()));
    } else if (event instanceof SessionOp.Follow e) {
      m.put("x", e.x());
      m.put("y", e.y());
      m.put("zoom", e.zoom());
    } else if (event instanceof SessionOp.HideCursors e) {
      m.put("hidden", e.hidden());
    } else if (event instanceof SessionOp.RemoveMember e) {
      m.put("memberId", e.memberId());
    } else if (event instanceof SessionOp.VoteOpened e) {
      m.put("voteId", e.id());
      putSettings(m, e.settings());
      m.put("openedAt", e.openedAt());
      m.put("endsAt", e.endsAt());
    } else if (event instanceof SessionOp.VoteChanged e) {
      m.put("targetId", e.targetId());
      m.put("memberId", e.memberId());
      m.put("anonymous", e.anonymous());
      m.put("live", e.live());
    } else if (event instanceof SessionOp.VoteClosed e) {
      m.put("result", encodeResult(e.result()));
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  public static SessionOp.Event decodeEvent(Map<String, Object> m) {
    String type = (String) m.get("type");
    Fields f = new Fields(m);
    return switch (type) {
      case "timer.start" -> new SessionOp.TimerStarted(f.wholeNumber("seconds"), f.wholeNumber("endsAt"));
      case "silent.reveal" -> new SessionOp.Revealed(strings(m.get("itemIds")));
      case "vote.open" -> new SessionOp.VoteOpened(f.string("voteId"), settings(f), f.wholeNumber("openedAt"),
          f.wholeNumber("endsAt"));
      case "vote.cast", "vote.retract" -> new SessionOp.VoteChanged(f.string("targetId"), f.string("memberId"),
          "vote.cast".equals(type) ? 1 : -1, bool(m, "anonymous"), bool(m, "live"));
      case "vote.close" -> new SessionOp.VoteClosed(decodeResult((Map<String, Object>) m.get("result")));
      default -> {
        SessionOp op = decodeOp(type, m);
        if (op instanceof SessionOp.Event e) yield e;
        throw new IllegalArgumentException("stored event of type " + type + " is not an event");
      }
    };
  }

  // ---- state ----

  /** The whole state, as stored in a snapshot under {@code session}. */
  public static Map<String, Object> encodeState(SessionState s) {
    Map<String, Object> m = encodeShared(s);
    m.put("hidden", new LinkedHashMap<>(s.hidden()));
    m.put("removed", new ArrayList<>(s.removed()));
    VotingSession v = s.vote();
    if (v != null) {
      Map<String, Object> vote = encodeVoteHead(v);
      Map<String, Object> all = new LinkedHashMap<>();
      v.all().forEach((member, votes) -> all.put(member, new LinkedHashMap<>(votes)));
      vote.put("ballots", all);
      m.put("vote", vote);
    }
    return m;
  }

  /**
   * The state as one member sees it: the public part, the member's own votes and, only while
   * counts are live, the totals (rule V4). Facilitators also see who was removed.
   */
  public static Map<String, Object> encodeView(SessionState s, String memberId, boolean facilitator) {
    Map<String, Object> m = encodeShared(s);
    m.put("privateCount", s.hidden().size());
    if (facilitator) m.put("removed", new ArrayList<>(s.removed()));
    VotingSession v = s.vote();
    if (v != null) {
      Map<String, Object> vote = encodeVoteHead(v);
      vote.put("mine", new LinkedHashMap<>(v.of(memberId)));
      vote.put("used", v.used(memberId));
      if (v.settings().liveCounts()) vote.put("counts", new LinkedHashMap<>(v.counts()));
      m.put("vote", vote);
    }
    return m;
  }

  private static Map<String, Object> encodeShared(SessionState s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", s.phase().wire());
    m.put("locked", s.locked());
    m.put("timerSeconds", s.timerSeconds());
    m.put("timerEndsAt", s.timerEndsAt());
    m.put("silent", s.silent());
    SessionState.View f = s.follow();
    m.put("follow", f == null ? null : new LinkedHashMap<>(Map.of("x", f.x(), "y", f.y(), "zoom", f.zoom())));
    m.put("cursorsHidden", s.cursorsHidden());
    m.put("vote", null);
    List<Object> results = new ArrayList<>();
    for (VoteResult r : s.results()) results.add(encodeResult(r));
    m.put("results", results);
    return m;
  }

  private static Map<String, Object> encodeVoteHead(VotingSession v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("voteId", v.id());
    putSettings(m, v.settings());
    m.put("openedAt", v.openedAt());
    m.put("endsAt", v.endsAt());
    return m;
  }

  @SuppressWarnings("unchecked")
  public static SessionState decodeState(Map<String, Object> m) {
    SessionState s = new SessionState();
    if (m == null) return s;
    Fields f = new Fields(m);
    Map<String, Object> follow = (Map<String, Object>) m.get("follow");
    SessionState.View view = null;
    if (follow != null) {
      Fields ff = new Fields(follow);
      view = new SessionState.View(ff.number("x"), ff.number("y"), ff.number("zoom"));
    }
    Map<String, String> hidden = new LinkedHashMap<>();
    ((Map<String, Object>) m.getOrDefault("hidden", Map.of())).forEach((k, v) -> hidden.put(k, (String) v));
    VotingSession open = null;
    Map<String, Object> vote = (Map<String, Object>) m.get("vote");
    if (vote != null) {
      Fields vf = new Fields(vote);
      open = new VotingSession(vf.string("voteId"), settings(vf), vf.wholeNumber("openedAt"), vf.wholeNumber("endsAt"));
      VotingSession target = open;
      ((Map<String, Object>) vote.getOrDefault("ballots", Map.of())).forEach((member, votes) ->
          ((Map<String, Object>) votes).forEach((t, n) -> target.add(member, t, ((Number) n).intValue())));
    }
    List<VoteResult> results = new ArrayList<>();
    for (Object r : (List<Object>) m.getOrDefault("results", List.of())) results.add(decodeResult((Map<String, Object>) r));
    s.restore(Phase.fromWire(f.string("phase")).orElse(Phase.FREE), bool(m, "locked"), f.wholeNumber("timerSeconds"),
        f.wholeNumber("timerEndsAt"), bool(m, "silent"), hidden, view, bool(m, "cursorsHidden"),
        new LinkedHashSet<>(strings(m.getOrDefault("removed", List.of()))), open, results);
    return s;
  }

  // ---- parts ----

  private static void putSettings(Map<String, Object> m, VoteSettings s) {
    m.put("budget", s.budget());
    m.put("cap", s.cap());
    m.put("anonymous", s.anonymous());
    m.put("liveCounts", s.liveCounts());
    m.put("durationSeconds", s.durationSeconds());
  }

  private static VoteSettings settings(Fields f) {
    Map<String, Object> m = f.map();
    return new VoteSettings((int) f.wholeNumber("budget"), (int) f.wholeNumber("cap"), bool(m, "anonymous"),
        bool(m, "liveCounts"), f.wholeNumber("durationSeconds"));
  }

  static Map<String, Object> encodeResult(VoteResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("voteId", r.id());
    putSettings(m, r.settings());
    m.put("openedAt", r.openedAt());
    m.put("closedAt", r.closedAt());
    m.put("voters", r.voters());
    List<Object> ranking = new ArrayList<>();
    for (Ranked k : r.ranking()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("rank", k.rank());
      e.put("targetId", k.targetId());
      e.put("votes", k.votes());
      e.put("voters", new ArrayList<>(k.voters()));
      ranking.add(e);
    }
    m.put("ranking", ranking);
    return m;
  }

  @SuppressWarnings("unchecked")
  static VoteResult decodeResult(Map<String, Object> m) {
    Fields f = new Fields(m);
    List<Ranked> ranking = new ArrayList<>();
    for (Object o : (List<Object>) m.getOrDefault("ranking", List.of())) {
      Map<String, Object> e = (Map<String, Object>) o;
      Fields ef = new Fields(e);
      ranking.add(new Ranked((int) ef.wholeNumber("rank"), ef.string("targetId"), (int) ef.wholeNumber("votes"),
          strings(e.getOrDefault("voters", List.of()))));
    }
    return new VoteResult(f.string("voteId"), settings(f), f.wholeNumber("openedAt"), f.wholeNumber("closedAt"),
        (int) f.wholeNumber("voters"), ranking);
  }

  private static boolean bool(Map<String, Object> m, String name) {
    if (!(m.get(name) instanceof Boolean b)) throw Fields.invalid("Field '" + name + "' must be true or false.");
    return b;
  }

  private static boolean optionalBool(Map<String, Object> m, String name, boolean fallback) {
    return m.get(name) == null ? fallback : bool(m, name);
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) for (Object x : l) if (x instanceof String s) out.add(s);
    return out;
  }
}
