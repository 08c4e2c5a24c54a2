package org.samskap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.domain.matrix.MatrixBoard;
import org.samskap.domain.matrix.MatrixEvent;
import org.samskap.domain.matrix.MatrixLimits;
import org.samskap.domain.matrix.MatrixRules;

/** The matrix codecs: events replay to the same board, storage content round-trips, and bad input names its field. */
class MatrixCodecTest {
  private final AtomicInteger ids = new AtomicInteger();
  private final MatrixRules rules = new MatrixRules(MatrixLimits.withMaxTextChars(2000));
  private final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Frida", () -> "i" + ids.incrementAndGet());
  private final Actor server = new Actor(Role.FACILITATOR, Actor.SERVER, "", () -> "i" + ids.incrementAndGet());
  private final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "i" + ids.incrementAndGet());

  private final MatrixBoard board = new MatrixBoard("T");
  private final List<Map<String, Object>> log = new ArrayList<>();

  private Map<String, Object> run(Map<String, Object> body, Actor actor) {
    Decision<MatrixEvent> d = rules.decide(board, MatrixCodec.decodeOp((String) body.get("type"), body), actor, 42);
    MatrixEvent e = ((Decision.Accepted<MatrixEvent>) d).event();
    board.apply(e);
    Map<String, Object> encoded = MatrixCodec.encodeEvent(e);
    log.add(encoded);
    return encoded;
  }

  private static Map<String, Object> op(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static Map<String, Object> content(MatrixBoard b, String member) {
    Map<String, Object> m = new LinkedHashMap<>();
    MatrixContentCodec.encode(b, member, m);
    return m;
  }

  private void fill() {
    run(op("type", "axis.rename", "axis", "x", "names", op("en", "Ease")), fac);
    run(op("type", "quadrant.rename", "quadrant", "quick-wins", "names", op("nn", "Snøggvinstar")), fac);
    run(op("type", "scale.set", "scale", "continuous"), fac);
    Map<String, Object> created = run(op("type", "item.create", "text", "Nattlys"), fac);
    String id = (String) created.get("itemId");
    Map<String, Object> source = op("boardId", "ideaBoard1", "noteId", "n1", "clusterId", "c1", "clusterLabel", "Trygghet", "votes", 3);
    run(op("type", "item.import", "items", List.of(op("text", "Varsling", "source", source))), server);
    run(op("type", "item.score", "itemId", id, "x", 4.5, "y", 2), kari);
    run(op("type", "item.score", "itemId", id, "x", 1, "y", 5), fac);
    run(op("type", "item.place", "itemId", id, "x", 2, "y", 2), fac);
    run(op("type", "item.decide", "itemId", id, "status", "accepted", "reason", "Billig"), fac);
    run(op("type", "placement.set", "placement", "facilitator"), fac);
    run(op("type", "board.rename", "title", "Ny"), fac);
  }

  @Test
  void replaying_the_encoded_events_rebuilds_the_same_board() {
    fill();
    MatrixBoard replayed = new MatrixBoard("T");
    for (Map<String, Object> e : log) replayed.apply(MatrixCodec.decodeEvent(e));
    assertEquals(content(board, null), content(replayed, null));
    assertEquals("Ny", replayed.title());
  }

  @Test
  void storage_content_round_trips_including_scores_decisions_and_provenance() {
    fill();
    Map<String, Object> stored = content(board, null);
    MatrixBoard restored = MatrixContentCodec.decode("Ny", stored);
    assertEquals(stored, content(restored, null));
    assertEquals(content(board, "mkari"), content(restored, "mkari"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void M8_a_member_sees_their_own_score_and_the_accepted_items_but_not_others_scores() {
    fill();
    Map<String, Object> c = content(board, "mkari");
    Map<String, Object> item = (Map<String, Object>) ((List<Object>) c.get("items")).get(0);
    assertEquals(Map.of("x", 4.5, "y", 2.0), item.get("myScore"));
    assertFalse(item.containsKey("scores"));
    assertEquals(2, ((Map<String, Object>) item.get("aggregate")).get("count"));
    List<Object> accepted = (List<Object>) c.get("accepted");
    assertEquals(1, accepted.size());
    assertEquals("Nattlys", ((Map<String, Object>) accepted.get(0)).get("text"));
    assertEquals(1, ((List<Object>) c.get("decisionLog")).size());
  }

  @Test
  void M4_the_public_score_event_carries_the_aggregate_but_not_who_scored_or_what() {
    fill();
    Map<String, Object> scored = log.get(5);
    assertEquals("item.score", scored.get("type"));
    Map<String, Object> pub = MatrixCodec.publicEvent(scored);
    assertEquals(List.of("type", "itemId", "aggregate"), new ArrayList<>(pub.keySet()));
    assertEquals(scored.get("aggregate"), pub.get("aggregate"));
  }

  @Test
  void bad_fields_are_bad_request_naming_the_field_and_unknown_types_unknown_op() {
    DecodeException e = assertThrows(DecodeException.class,
        () -> MatrixCodec.decodeOp("item.score", op("itemId", "a", "x", "3", "y", 2)));
    assertEquals(Reason.BAD_REQUEST, e.rejection().reason());
    assertEquals("Field 'x' must be a number.", e.rejection().message());
    e = assertThrows(DecodeException.class, () -> MatrixCodec.decodeOp("scale.set", op("scale", "1-10")));
    assertEquals("Field 'scale' must be \"1-5\" or \"continuous\".", e.rejection().message());
    e = assertThrows(DecodeException.class, () -> MatrixCodec.decodeOp("item.decide", op("itemId", "a", "status", "maybe", "reason", "r")));
    assertEquals("Field 'status' must be accepted, parked or rejected.", e.rejection().message());
    e = assertThrows(DecodeException.class, () -> MatrixCodec.decodeOp("note.create", op()));
    assertEquals(Reason.UNKNOWN_OP, e.rejection().reason());
  }

  @Test
  void R1_an_item_import_without_a_source_is_refused_as_bad_request_not_a_crash_without_reply() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", "Lapp");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", new ArrayList<>(List.of(item)));
    DecodeException e = assertThrows(DecodeException.class, () -> MatrixCodec.decodeOp("item.import", body));
    assertEquals(Reason.BAD_REQUEST, e.rejection().reason());
  }
}
