package org.samskap.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.projects.BoardRef;
import org.samskap.domain.projects.Checklists;
import org.samskap.domain.projects.PilotRef;
import org.samskap.domain.projects.Project;
import org.samskap.domain.projects.ProjectInvalid;
import org.samskap.domain.projects.VeivalgKind;

/**
 * The changes a project's writer takes (PJ9), as the plain JSON its address carries: each is
 * decoded and decided by the pure rules (PJ2-PJ7) into the next project and token hashes, or
 * refused with a {@link ProjectInvalid} that changes nothing.
 */
final class ProjectOps {
  static final String TICK = "tick";
  static final String DECIDE = "decide";
  static final String BOARD_ADD = "board.add";
  static final String PILOT_ADD = "pilot.add";
  static final String ROTATE = "owner.rotate";
  static final String TEMPLATE_SAVE = "template.save";

  private ProjectOps() {}

  record Next(Project project, Map<String, String> tokenHashes) {}

  static Next apply(ProjectStore.Stored s, JsonObject op, Checklists lists, long now, Supplier<String> ids) {
    Project p = s.project();
    String type = op.getValue("type") instanceof String t ? t : "";
    return switch (type) {
      case TICK -> new Next(p.tick(lists, whole(op, "phase"), text(op, "itemId"), Boolean.TRUE.equals(op.getValue("ticked")),
          text(op, "note"), text(op, "by"), now), s.tokenHashes());
      case DECIDE -> {
        VeivalgKind kind = VeivalgKind.fromWire(text(op, "kind")).orElseThrow(() -> new ProjectInvalid("bad_request", "kind",
            "Field 'kind' must be \"next\", \"round\", \"back\" or \"halt\"."));
        Integer to = op.getValue("toPhase") == null ? null : whole(op, "toPhase");
        yield new Next(p.decide(ids.get(), kind, to, text(op, "recommendation"), text(op, "by"), text(op, "bySubject"), evidence(op), now),
            s.tokenHashes());
      }
      case BOARD_ADD -> new Next(p.withBoard(new BoardRef(text(op, "boardId"), text(op, "kind"), text(op, "title"),
          whole(op, "phase"), now), now), s.tokenHashes());
      case PILOT_ADD -> new Next(p.withPilot(new PilotRef(text(op, "pilotId"), text(op, "title"), whole(op, "phase"), now), now),
          s.tokenHashes());
      case TEMPLATE_SAVE -> {
        List<String> prompts = new ArrayList<>();
        for (Object o : op.getJsonArray("prompts", new JsonArray())) prompts.add(String.valueOf(o));
        yield new Next(p.withTemplate(new org.samskap.domain.projects.SavedTemplate(ids.get(), text(op, "name"), whole(op, "phase"),
            prompts, text(op, "boardId"), now), now), s.tokenHashes());
      }
      case ROTATE -> {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(text(op, "hash"), ProjectAccess.OWNER);
        yield new Next(p, hashes);
      }
      default -> new Next(MemberOps.apply(p, op, type, now), s.tokenHashes()); // PM3-PM5
    };
  }

  private static String text(JsonObject op, String field) {
    Object v = op.getValue(field);
    if (v != null && !(v instanceof String)) throw new ProjectInvalid("bad_request", field, "Field '" + field + "' must be text.");
    return (String) v;
  }

  private static int whole(JsonObject op, String field) {
    if (op.getValue(field) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return n.intValue();
    throw new ProjectInvalid("bad_request", field, "Field '" + field + "' must be a whole number from 1 to 6.");
  }

  private static List<String> evidence(JsonObject op) {
    Object v = op.getValue("evidence");
    if (v == null) return List.of();
    if (!(v instanceof JsonArray a)) throw new ProjectInvalid("bad_request", "evidence", "Field 'evidence' must be a list of links.");
    List<String> out = new ArrayList<>();
    for (Object o : a) {
      if (!(o instanceof String s)) throw new ProjectInvalid("bad_request", "evidence", "Field 'evidence' must be a list of links.");
      out.add(s);
    }
    return out;
  }
}
