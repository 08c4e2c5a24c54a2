package org.samskap.exports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The votes a pilot came with (rule PL1a, docs/EXPORT.md X20), as sentences in an export's
 * language: the dot votes of each voting session of the idea board and the link-poll choices
 * per voter group. Reads the provenance {@code source} map the matrix copied (rule M6a).
 */
public final class Evidence {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final DateTimeFormatter NO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
  /** Voter groups in wire order with their names (rule P4). */
  private static final String[][] GROUPS = {
    {"service_user", "tjenestebrukere", "tenestebrukarar", "service users"},
    {"relative", "pårørende", "pårørande", "relatives"},
    {"employee", "ansatte", "tilsette", "employees"},
    {"other", "andre", "andre", "others"},
  };

  private Evidence() {}

  /** Total dot votes over every session, or 0 without a source. */
  public static int votes(Map<String, Object> source) {
    return source != null && source.get("votes") instanceof Number n ? n.intValue() : 0;
  }

  /** One line per voting session, then one per link poll; empty without a source. */
  public static List<String> lines(Map<String, Object> source, ExportLang l) {
    List<String> out = new ArrayList<>();
    if (source == null) return out;
    int i = 0;
    for (Map<String, Object> s : maps(source.get("sessions"))) {
      i++;
      int votes = num(s.get("votes"));
      int rank = num(s.get("rank"));
      String head = l.pick("Prikkavstemning ", "Prikkrøysting ", "Dot vote ") + i + " (" + date(s.get("closedAt"), l) + ")";
      String v = votes + " " + votesWord(votes, l);
      String r = rank > 0 ? ", " + l.pick("plass ", "plass ", "rank ") + rank : "";
      int voters = num(s.get("voters"));
      String who = ", " + voters + " " + (voters == 1 ? l.pick("deltaker", "deltakar", "participant") : l.pick("deltakere", "deltakarar", "participants"));
      out.add(head + ": " + v + r + who + " (" + l.pick("stemmer per deltaker: ", "røyster per deltakar: ", "votes per participant: ")
          + num(s.get("budget")) + ")");
    }
    for (Map<String, Object> p : maps(source.get("polls"))) {
      StringBuilder b = new StringBuilder(l.pick("Lenkeavstemning «", "Lenkjerøysting «", "Link poll \u201C"))
          .append(p.get("title")).append(l.pick("»", "»", "\u201D"));
      if (Boolean.TRUE.equals(p.get("open"))) b.append(l.pick(" (åpen)", " (open)", " (open)"));
      b.append(": ");
      Map<String, Object> groups = p.get("groups") instanceof Map<?, ?> g ? cast(g) : Map.of();
      List<String> parts = new ArrayList<>();
      for (String[] g : GROUPS) parts.add(l.pick(g[1], g[2], g[3]) + " " + num(groups.get(g[0])));
      b.append(String.join(", ", parts));
      int total = num(p.get("total"));
      b.append(" (").append(l.pick("i alt ", "i alt ", "total ")).append(total).append(")");
      out.add(b.toString());
    }
    return out;
  }

  /** "stemme"/"stemmer", "røyst"/"røyster", "vote"/"votes". */
  public static String votesWord(int n, ExportLang l) {
    return n == 1 ? l.pick("stemme", "røyst", "vote") : l.pick("stemmer", "røyster", "votes");
  }

  private static String date(Object millis, ExportLang l) {
    if (!(millis instanceof Number n) || n.longValue() <= 0) return "?";
    return (l == ExportLang.EN ? EN : NO).format(Instant.ofEpochMilli(n.longValue()).atZone(OSLO));
  }

  private static int num(Object o) {
    return o instanceof Number n ? n.intValue() : 0;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  private static List<Map<String, Object>> maps(Object o) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (o instanceof List<?> list) for (Object e : list) if (e instanceof Map<?, ?> m) out.add(cast(m));
    return out;
  }
}
