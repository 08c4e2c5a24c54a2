package org.samskap.domain.projects;

import java.util.List;
import java.util.Objects;

/**
 * One recorded decision (veivalg, PJ3-PJ5): what was chosen, from which phase to which, the
 * recommendation it rests on, who decided and when, and links to the evidence (a matrix, a
 * pilot's evaluation, a gain estimate), and the provider subject of a signed-in decider (PM8). Decisions are never changed; a correction is a new one.
 */
public record Veivalg(String id, VeivalgKind kind, int fromPhase, int toPhase, String recommendation, String by, long at,
    List<String> evidence, String bySubject) {
  public static final int MAX_EVIDENCE = 10;
  public static final int MAX_LINK_CHARS = 500;

  public Veivalg {
    id = Texts.text("id", id, true, 64);
    Objects.requireNonNull(kind, "kind");
    Texts.phase("fromPhase", fromPhase);
    Texts.phase("toPhase", toPhase);
    recommendation = Texts.text("recommendation", recommendation, true, Project.MAX_TEXT_CHARS);
    by = Texts.text("by", by, true, Project.MAX_NAME_CHARS);
    evidence = links(evidence);
    bySubject = bySubject == null ? "" : bySubject;
  }

  /** A decision recorded by link, with no signed-in person (PM8: empty subject). */
  public Veivalg(String id, VeivalgKind kind, int fromPhase, int toPhase, String recommendation, String by, long at, List<String> evidence) {
    this(id, kind, fromPhase, toPhase, recommendation, by, at, evidence, "");
  }

  /** Rule PJ4: at most 10 links, each a path on this server ("/...") or an http(s) address. */
  private static List<String> links(List<String> raw) {
    List<String> in = raw == null ? List.of() : raw;
    if (in.size() > MAX_EVIDENCE) {
      throw new ProjectInvalid("too_many", "evidence", "A decision may link at most " + MAX_EVIDENCE + " pieces of evidence.");
    }
    return in.stream().map(l -> {
      String s = Texts.text("evidence", l, true, MAX_LINK_CHARS);
      boolean local = s.startsWith("/") && !s.startsWith("//");
      if (!local && !s.startsWith("https://") && !s.startsWith("http://")) {
        throw ProjectInvalid.field("evidence", "Evidence must be a link on this server (starting with /) or an http(s) address.");
      }
      return s;
    }).toList();
  }
}
