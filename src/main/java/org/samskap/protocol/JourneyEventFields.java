package org.samskap.protocol;

import java.util.Map;

import org.samskap.domain.journey.JourneyOp;

/** The fields of the journey ops that are their own events, as they go on the wire. */
final class JourneyEventFields {
  private JourneyEventFields() {}

  static void put(JourneyOp op, Map<String, Object> m) {
    if (op instanceof JourneyOp.RenameBoard e) {
      m.put("title", e.title());
      return;
    }
    if (op instanceof JourneyOp.RenameStage e) {
      put(m, e.version().wire(), "stageId", e.stageId());
      m.put("label", e.label());
    } else if (op instanceof JourneyOp.MoveStage e) {
      put(m, e.version().wire(), "stageId", e.stageId());
      m.put("index", e.index());
    } else if (op instanceof JourneyOp.DeleteStage e) {
      put(m, e.version().wire(), "stageId", e.stageId());
    } else if (op instanceof JourneyOp.SetEmotion e) {
      put(m, e.version().wire(), "stageId", e.stageId());
      m.put("emotion", e.emotion());
    } else if (op instanceof JourneyOp.RenameLane e) {
      put(m, e.version().wire(), "laneId", e.laneId());
      m.put("label", e.label());
    } else if (op instanceof JourneyOp.MoveLane e) {
      put(m, e.version().wire(), "laneId", e.laneId());
      m.put("index", e.index());
    } else if (op instanceof JourneyOp.DeleteLane e) {
      put(m, e.version().wire(), "laneId", e.laneId());
    } else if (op instanceof JourneyOp.EditCard e) {
      put(m, e.version().wire(), "cardId", e.cardId());
      m.put("text", e.text());
    } else if (op instanceof JourneyOp.SetTouchpoint e) {
      put(m, e.version().wire(), "cardId", e.cardId());
      m.put("touchpoint", e.touchpoint().wire());
    } else if (op instanceof JourneyOp.MoveCard e) {
      put(m, e.version().wire(), "cardId", e.cardId());
      m.put("stageId", e.stageId());
    } else if (op instanceof JourneyOp.DeleteCard e) {
      put(m, e.version().wire(), "cardId", e.cardId());
    } else if (op instanceof JourneyOp.LinkIdea e) {
      put(m, e.version().wire(), "cardId", e.cardId());
      m.put("boardId", e.link().boardId());
      m.put("noteId", e.link().noteId());
    } else if (op instanceof JourneyOp.UnlinkIdea e) {
      put(m, e.version().wire(), "cardId", e.cardId());
      m.put("boardId", e.link().boardId());
      m.put("noteId", e.link().noteId());
    } else if (op instanceof JourneyOp.RenameRole e) {
      put(m, e.version().wire(), "roleId", e.roleId());
      m.put("name", e.name());
    } else if (op instanceof JourneyOp.DeleteRole e) {
      put(m, e.version().wire(), "roleId", e.roleId());
    } else if (op instanceof JourneyOp.CopyVersion e) {
      m.put(JourneyCodec.EVENT_VERSION_FIELD, e.version().wire());
      m.put("from", e.from().wire());
    } else {
      throw new IllegalArgumentException("not an event: " + op);
    }
  }

  private static void put(Map<String, Object> m, String version, String idField, String id) {
    m.put(JourneyCodec.EVENT_VERSION_FIELD, version);
    m.put(idField, id);
  }
}
