package org.samskap.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.journey.Card;
import org.samskap.domain.journey.Huki;
import org.samskap.domain.journey.HukiCheck;
import org.samskap.domain.journey.IdeaLink;
import org.samskap.domain.journey.Journey;
import org.samskap.domain.journey.JourneyBoard;
import org.samskap.domain.journey.JourneyDiff;
import org.samskap.domain.journey.JourneyEvent;
import org.samskap.domain.journey.JourneyVersion;
import org.samskap.domain.journey.Lane;
import org.samskap.domain.journey.ProcessRole;
import org.samskap.domain.journey.Stage;
import org.samskap.domain.journey.Touchpoint;

/**
 * The journey-specific part of a snapshot: both versions, the HUKI warnings and the
 * current → future differences (docs/PROTOCOL.md, journey section). Only {@code journeys} is
 * read back; warnings and diff are derived data for clients and exports.
 */
public final class JourneyContentCodec {
  private JourneyContentCodec() {}

  public static void encode(JourneyBoard board, Map<String, Object> into, boolean derived) {
    Map<String, Object> journeys = new LinkedHashMap<>();
    for (JourneyVersion v : JourneyVersion.values()) journeys.put(v.wire(), encodeJourney(board.journey(v)));
    into.put("journeys", journeys);
    if (!derived) return;
    List<Object> warnings = new ArrayList<>();
    for (HukiCheck.StepWarning w : HukiCheck.warnings(board)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("journey", w.version().wire());
      m.put("cardId", w.cardId());
      m.put("warning", w.warning().wire());
      m.put("hCount", w.hCount());
      warnings.add(m);
    }
    into.put("warnings", warnings);
    List<Object> diff = new ArrayList<>();
    for (JourneyDiff.Change c : JourneyDiff.between(board.journey(JourneyVersion.CURRENT),
        board.journey(JourneyVersion.FUTURE))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("subject", c.subject().name().toLowerCase(java.util.Locale.ROOT));
      m.put("change", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      m.put("id", c.id());
      m.put("fields", new ArrayList<Object>(c.fields()));
      diff.add(m);
    }
    into.put("diff", diff);
  }

  private static Map<String, Object> encodeJourney(Journey j) {
    List<Object> stages = new ArrayList<>();
    for (Stage s : j.stages()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("label", s.label());
      m.put("emotion", s.emotion());
      stages.add(m);
    }
    List<Object> lanes = new ArrayList<>();
    for (Lane l : j.lanes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("kind", l.kind().wire());
      m.put("label", l.label());
      lanes.add(m);
    }
    List<Object> cards = new ArrayList<>();
    List<Object> huki = new ArrayList<>();
    for (Card c : j.cards()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("laneId", c.laneId());
      m.put("stageId", c.stageId());
      m.put("text", c.text());
      m.put("touchpoint", c.touchpoint() == null ? null : c.touchpoint().wire());
      m.put("author", c.author());
      List<Object> links = new ArrayList<>();
      for (IdeaLink l : c.links()) links.add(new LinkedHashMap<>(Map.of("boardId", l.boardId(), "noteId", l.noteId())));
      m.put("links", links);
      cards.add(m);
      j.huki(c.id()).forEach((roleId, value) -> {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cardId", c.id());
        cell.put("roleId", roleId);
        cell.put("value", value.wire());
        huki.add(cell);
      });
    }
    List<Object> roles = new ArrayList<>();
    for (ProcessRole r : j.roles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("name", r.name());
      roles.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stages", stages);
    out.put("lanes", lanes);
    out.put("cards", cards);
    out.put("roles", roles);
    out.put("huki", huki);
    return out;
  }

  /** Rebuilds a board from {@link #encode} output plus its title. */
  @SuppressWarnings("unchecked")
  public static JourneyBoard decode(String title, Map<String, Object> content) {
    Map<String, Object> journeys = (Map<String, Object>) content.getOrDefault("journeys", Map.of());
    JourneyBoard board = new JourneyBoard(title, new Journey(), new Journey());
    for (JourneyVersion v : JourneyVersion.values()) {
      Map<String, Object> m = (Map<String, Object>) journeys.get(v.wire());
      if (m != null) decodeJourney(board, v, m);
    }
    return board;
  }

  @SuppressWarnings("unchecked")
  private static void decodeJourney(JourneyBoard board, JourneyVersion v, Map<String, Object> m) {
    int i = 0;
    for (Object o : (List<Object>) m.getOrDefault("stages", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      Integer emotion = ((Map<String, Object>) o).get("emotion") == null ? null : (int) f.wholeNumber("emotion");
      board.apply(new JourneyEvent.StageCreated(v, new Stage(f.string("id"), f.string("label"), emotion), i++));
    }
    i = 0;
    for (Object o : (List<Object>) m.getOrDefault("lanes", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      board.apply(new JourneyEvent.LaneCreated(v, new Lane(f.string("id"), JourneyCodec.laneKind(f), f.string("label")), i++));
    }
    for (Object o : (List<Object>) m.getOrDefault("roles", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      board.apply(new JourneyEvent.RoleCreated(v, new ProcessRole(f.string("id"), f.string("name"))));
    }
    for (Object o : (List<Object>) m.getOrDefault("cards", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      Touchpoint tp = f.optionalString("touchpoint") == null ? null : JourneyCodec.touchpoint(f);
      List<IdeaLink> links = new ArrayList<>();
      for (Object l : (List<Object>) ((Map<String, Object>) o).getOrDefault("links", List.of())) {
        Fields lf = new Fields((Map<String, Object>) l);
        links.add(new IdeaLink(lf.string("boardId"), lf.string("noteId")));
      }
      board.apply(new JourneyEvent.CardCreated(v, new Card(f.string("id"), f.string("laneId"), f.string("stageId"),
          f.string("text"), tp, f.string("author"), links)));
    }
    for (Object o : (List<Object>) m.getOrDefault("huki", List.of())) {
      Fields f = new Fields((Map<String, Object>) o);
      Huki value = Huki.fromWire(f.string("value")).orElseThrow(() -> new IllegalStateException("stored HUKI value"));
      board.apply(new JourneyEvent.HukiSet(v, f.string("cardId"), f.string("roleId"), value, null));
    }
  }
}
