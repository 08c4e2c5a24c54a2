package org.samskap.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.projects.BoardRef;
import org.samskap.domain.projects.PilotRef;
import org.samskap.domain.projects.Project;
import org.samskap.domain.projects.Tick;
import org.samskap.domain.projects.Veivalg;
import org.samskap.domain.projects.VeivalgKind;

/** The one plain-map form of a project: the same map is BSON in the database and JSON on the wire. */
public final class ProjectCodec {
  private ProjectCodec() {}

  public static Map<String, Object> project(Project p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("title", p.title());
    m.put("problem", p.problem());
    m.put("goal", p.goal());
    m.put("owner", p.owner());
    m.put("unit", p.unit());
    m.put("phase", p.phase());
    m.put("createdAt", p.createdAt());
    m.put("updatedAt", p.updatedAt());
    m.put("ticks", p.ticks().stream().map(ProjectCodec::tick).toList());
    m.put("decisions", p.decisions().stream().map(ProjectCodec::decision).toList());
    m.put("boards", p.boards().stream().map(ProjectCodec::board).toList());
    m.put("pilots", p.pilots().stream().map(ProjectCodec::pilot).toList());
    if (p.migratedFrom() != null) m.put("migratedFrom", p.migratedFrom());
    m.put("templates", p.templates().stream().map(ProjectCodec::template).toList());
    return m;
  }

  static Map<String, Object> template(org.samskap.domain.projects.SavedTemplate t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("phase", t.phase());
    m.put("prompts", t.prompts());
    m.put("fromBoardId", t.fromBoardId());
    m.put("savedAt", t.savedAt());
    return m;
  }

  static Map<String, Object> tick(Tick t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", t.phase());
    m.put("itemId", t.itemId());
    m.put("ticked", t.ticked());
    m.put("note", t.note());
    m.put("by", t.by());
    m.put("at", t.at());
    return m;
  }

  static Map<String, Object> decision(Veivalg v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("kind", v.kind().wire());
    m.put("fromPhase", v.fromPhase());
    m.put("toPhase", v.toPhase());
    m.put("recommendation", v.recommendation());
    m.put("by", v.by());
    m.put("at", v.at());
    m.put("evidence", v.evidence());
    if (!v.bySubject().isEmpty()) m.put("bySubject", v.bySubject());
    return m;
  }

  static Map<String, Object> board(BoardRef b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("boardId", b.boardId());
    m.put("kind", b.kind());
    m.put("title", b.title());
    m.put("phase", b.phase());
    m.put("addedAt", b.addedAt());
    return m;
  }

  static Map<String, Object> pilot(PilotRef p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pilotId", p.pilotId());
    m.put("title", p.title());
    m.put("phase", p.phase());
    m.put("addedAt", p.addedAt());
    return m;
  }

  /** The project of a stored map (written by {@link #project}). */
  public static Project project(Map<String, Object> m) {
    List<Tick> ticks = new ArrayList<>();
    for (Map<String, Object> t : maps(m.get("ticks"))) {
      ticks.add(new Tick(i(t.get("phase")), s(t.get("itemId")), Boolean.TRUE.equals(t.get("ticked")), s(t.get("note")),
          s(t.get("by")), l(t.get("at"))));
    }
    List<Veivalg> decisions = new ArrayList<>();
    for (Map<String, Object> d : maps(m.get("decisions"))) {
      List<String> evidence = new ArrayList<>();
      if (d.get("evidence") instanceof List<?> ev) for (Object o : ev) evidence.add(String.valueOf(o));
      decisions.add(new Veivalg(s(d.get("id")), VeivalgKind.fromWire(s(d.get("kind"))).orElseThrow(), i(d.get("fromPhase")),
          i(d.get("toPhase")), s(d.get("recommendation")), s(d.get("by")), l(d.get("at")), evidence, s(d.get("bySubject"))));
    }
    List<BoardRef> boards = new ArrayList<>();
    for (Map<String, Object> b : maps(m.get("boards"))) {
      boards.add(new BoardRef(s(b.get("boardId")), s(b.get("kind")), s(b.get("title")), i(b.get("phase")), l(b.get("addedAt"))));
    }
    List<PilotRef> pilots = new ArrayList<>();
    for (Map<String, Object> p : maps(m.get("pilots"))) {
      pilots.add(new PilotRef(s(p.get("pilotId")), s(p.get("title")), i(p.get("phase")), l(p.get("addedAt"))));
    }
    List<org.samskap.domain.projects.SavedTemplate> templates = new ArrayList<>();
    for (Map<String, Object> t : maps(m.get("templates"))) {
      List<String> prompts = new ArrayList<>();
      if (t.get("prompts") instanceof List<?> ps) for (Object o : ps) prompts.add(String.valueOf(o));
      templates.add(new org.samskap.domain.projects.SavedTemplate(s(t.get("id")), s(t.get("name")), i(t.get("phase")), prompts,
          s(t.get("fromBoardId")), l(t.get("savedAt"))));
    }
    return new Project(s(m.get("id")), s(m.get("title")), s(m.get("problem")), s(m.get("goal")), s(m.get("owner")),
        s(m.get("unit")), i(m.get("phase")), l(m.get("createdAt")), l(m.get("updatedAt")), ticks, decisions, boards, pilots,
        m.get("migratedFrom") instanceof String f ? f : null, templates,
        m.get(MEMBERSHIP) instanceof Map<?, ?> ms ? MembershipCodec.membership(ms) : null);
  }

  /** The key of the membership (PM1) in the stored form; never on the wire of the project view. */
  public static final String MEMBERSHIP = "membership";

  /** The stored form: the wire form and the membership (members, invites, join-link hashes). */
  public static Map<String, Object> document(Project p) {
    Map<String, Object> m = project(p);
    m.put(MEMBERSHIP, MembershipCodec.map(p.membership()));
    return m;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object o) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (o instanceof List<?> list) for (Object x : list) if (x instanceof Map<?, ?> map) out.add((Map<String, Object>) map);
    return out;
  }

  private static String s(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private static int i(Object o) {
    return o instanceof Number n ? n.intValue() : 0;
  }

  private static long l(Object o) {
    return o instanceof Number n ? n.longValue() : 0L;
  }
}
