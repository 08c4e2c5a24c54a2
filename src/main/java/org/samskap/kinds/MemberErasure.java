package org.samskap.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.MemberErased;

/**
 * The one seam of rule D8 (erasing a participant, docs/PROTOCOL.md) between the board runtime
 * and the kinds: {@link BoardModel#erase} asks the layers (undo, session, kind) in turn, each
 * kind decides in its pure domain ({@code domain/<kind>/*Erasure}) through
 * {@link KindRules#erase}, and the stored event {@code member.erased} has this one wire shape
 * for every kind: {@code {"type":"member.erased","memberId","removed":[ids],"relabelled":[ids],
 * "publicNotes":bool}}. It names ids only.
 */
public final class MemberErasure {
  private MemberErasure() {}

  public static boolean is(Map<String, Object> event) {
    return MemberErased.TYPE.equals(event.get("type"));
  }

  public static Map<String, Object> encode(MemberErased e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", MemberErased.TYPE);
    m.put("memberId", e.memberId());
    m.put("removed", new ArrayList<>(e.removed()));
    m.put("relabelled", new ArrayList<>(e.relabelled()));
    m.put("publicNotes", e.alsoPublic());
    return m;
  }

  public static MemberErased decode(Map<String, Object> event) {
    return new MemberErased(String.valueOf(event.get("memberId")), strings(event.get("removed")),
        strings(event.get("relabelled")), Boolean.TRUE.equals(event.get("publicNotes")));
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) for (Object x : l) if (x instanceof String s) out.add(s);
    return out;
  }
}
