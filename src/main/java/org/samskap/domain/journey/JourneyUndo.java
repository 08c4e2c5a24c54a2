package org.samskap.domain.journey;

import static org.samskap.domain.Inverse.key;

import java.util.ArrayList;
import java.util.List;

import org.samskap.domain.Inverse;

/**
 * Personal undo on a service journey (docs/PROTOCOL.md U3, U10): for an accepted event,
 * computed from the board before it, what it touched and the op that puts it back. Pure.
 *
 * <p>Undoable: creating a card, its text, touchpoint and stage (move); a stage's, lane's (not
 * back to the standard name) and role's name, a stage's emotion, moving a stage or lane, and a HUKI cell. Not undoable (U2,
 * U10): deleting a card, stage, lane or role (they take cards and cells with them), creating a
 * stage, lane or role, copying a version and renaming the board.
 */
public final class JourneyUndo {
  private JourneyUndo() {}

  /** The inverse of {@code event} on {@code before}, the board before it was applied. */
  public static Inverse<JourneyEvent> of(JourneyBoard before, JourneyEvent event) {
    if (event instanceof JourneyEvent.CardCreated e) {
      return Inverse.of(new JourneyOp.DeleteCard(e.version(), e.card().id()), e.card().id());
    }
    if (event instanceof JourneyOp.EditCard e) {
      Card c = before.journey(e.version()).card(e.cardId());
      return Inverse.of(new JourneyOp.EditCard(e.version(), c.id(), c.text()), key(c.id(), "text"));
    }
    if (event instanceof JourneyOp.MoveCard e) {
      Card c = before.journey(e.version()).card(e.cardId());
      return Inverse.of(new JourneyOp.MoveCard(e.version(), c.id(), c.stageId()), key(c.id(), "stage"));
    }
    if (event instanceof JourneyOp.SetTouchpoint e) {
      Card c = before.journey(e.version()).card(e.cardId());
      return Inverse.of(new JourneyOp.SetTouchpoint(e.version(), c.id(), c.touchpoint()), key(c.id(), "touchpoint"));
    }
    if (event instanceof JourneyOp.RenameStage e) {
      Stage s = before.journey(e.version()).stage(e.stageId());
      return Inverse.of(new JourneyOp.RenameStage(e.version(), s.id(), s.label()), key(s.id(), "label"));
    }
    if (event instanceof JourneyOp.SetEmotion e) {
      Stage s = before.journey(e.version()).stage(e.stageId());
      return Inverse.of(new JourneyOp.SetEmotion(e.version(), s.id(), s.emotion()), key(s.id(), "emotion"));
    }
    if (event instanceof JourneyOp.MoveStage e) {
      Journey j = before.journey(e.version());
      int index = j.stages().indexOf(j.stage(e.stageId()));
      return Inverse.of(new JourneyOp.MoveStage(e.version(), e.stageId(), index), key(e.stageId(), "index"));
    }
    if (event instanceof JourneyOp.RenameLane e) {
      Lane l = before.journey(e.version()).lane(e.laneId());
      // An empty label is the kind's standard name, which no rename can set again (U10).
      if (l.label().isEmpty()) return Inverse.none(List.of(key(l.id(), "label")));
      return Inverse.of(new JourneyOp.RenameLane(e.version(), l.id(), l.label()), key(l.id(), "label"));
    }
    if (event instanceof JourneyOp.MoveLane e) {
      Journey j = before.journey(e.version());
      int index = j.lanes().indexOf(j.lane(e.laneId()));
      return Inverse.of(new JourneyOp.MoveLane(e.version(), e.laneId(), index), key(e.laneId(), "index"));
    }
    if (event instanceof JourneyOp.RenameRole e) {
      ProcessRole r = before.journey(e.version()).role(e.roleId());
      return Inverse.of(new JourneyOp.RenameRole(e.version(), r.id(), r.name()), key(r.id(), "name"));
    }
    if (event instanceof JourneyEvent.HukiSet e) {
      Journey j = before.journey(e.version());
      String cell = key(e.cardId(), "huki:" + e.roleId());
      return Inverse.of(new JourneyEvent.HukiSet(e.version(), e.cardId(), e.roleId(), j.huki(e.cardId()).get(e.roleId()), null), cell);
    }
    return Inverse.none(touched(before, event));
  }

  /** What a change that cannot be undone touched: its items, and the cards a delete takes with it. */
  private static List<String> touched(JourneyBoard before, JourneyEvent event) {
    List<String> keys = new ArrayList<>();
    if (event instanceof JourneyOp.DeleteCard e) keys.add(e.cardId());
    if (event instanceof JourneyOp.DeleteStage e) {
      keys.add(e.stageId());
      for (Card c : before.journey(e.version()).cards()) if (c.stageId().equals(e.stageId())) keys.add(c.id());
    }
    if (event instanceof JourneyOp.DeleteLane e) {
      keys.add(e.laneId());
      for (Card c : before.journey(e.version()).cards()) if (c.laneId().equals(e.laneId())) keys.add(c.id());
    }
    if (event instanceof JourneyOp.DeleteRole e) keys.add(e.roleId());
    if (event instanceof JourneyOp.LinkIdea e) keys.add(key(e.cardId(), "links"));
    if (event instanceof JourneyOp.UnlinkIdea e) keys.add(key(e.cardId(), "links"));
    if (event instanceof JourneyEvent.StageCreated e) keys.add(e.stage().id());
    if (event instanceof JourneyEvent.LaneCreated e) keys.add(e.lane().id());
    if (event instanceof JourneyEvent.RoleCreated e) keys.add(e.role().id());
    if (event instanceof JourneyOp.CopyVersion e) keys.add("version:" + e.version().wire());
    return keys;
  }
}
