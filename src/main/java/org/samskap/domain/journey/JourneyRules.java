package org.samskap.domain.journey;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/**
 * The rules of a journey board (docs/PROTOCOL.md, rules JR1-JR9): decides whether an op may
 * happen and what event it makes. Pure: it reads the board and returns a decision; it never
 * changes the board.
 */
public final class JourneyRules {
  private final JourneyLimits limits;
  private final JourneyChecks check;

  public JourneyRules(JourneyLimits limits) {
    this.limits = limits;
    this.check = new JourneyChecks(limits);
  }

  public JourneyLimits limits() {
    return limits;
  }

  /**
   * The role an op needs (rule JR2): deleting a stage, a lane or a role, copying a version and
   * renaming the board take a facilitator; everything else any member of the board.
   */
  public static Role requiredRole(JourneyOp op) {
    if (op instanceof JourneyOp.DeleteStage || op instanceof JourneyOp.DeleteLane || op instanceof JourneyOp.DeleteRole
        || op instanceof JourneyOp.CopyVersion || op instanceof JourneyOp.RenameBoard) {
      return Role.FACILITATOR;
    }
    return Role.PARTICIPANT;
  }

  public Decision<JourneyEvent> decide(JourneyBoard board, JourneyOp op, Actor actor) {
    if (requiredRole(op) == Role.FACILITATOR && actor.role() != Role.FACILITATOR) {
      return Decision.reject(Reason.FORBIDDEN, "Only a facilitator may do " + op.type() + ".");
    }
    if (op instanceof JourneyOp.RenameBoard o) return check.label(o.title(), "title").orElse(o);
    if (op instanceof JourneyOp.CopyVersion o) {
      if (o.from() == o.version()) return Decision.reject(Reason.BAD_REQUEST, "Fields 'from' and 'version' must differ.");
      return Decision.accept(o);
    }
    return decideStageOrLane(board, op, actor);
  }

  private Decision<JourneyEvent> decideStageOrLane(JourneyBoard board, JourneyOp op, Actor actor) {
    if (op instanceof JourneyOp.CreateStage o) {
      Journey j = board.journey(o.version());
      if (j.stages().size() >= limits.maxStages()) return full("stages", limits.maxStages());
      int index = o.index() == null ? j.stages().size() : o.index();
      Stage stage = new Stage(actor.ids().get(), o.label().strip(), null);
      return check.label(o.label(), "label")
          .then(() -> check.index(index, j.stages().size() + 1))
          .orElse(new JourneyEvent.StageCreated(o.version(), stage, index));
    }
    if (op instanceof JourneyOp.RenameStage o) {
      return check.stage(board, o.version(), o.stageId()).then(() -> check.label(o.label(), "label")).orElse(o);
    }
    if (op instanceof JourneyOp.MoveStage o) {
      int size = board.journey(o.version()).stages().size();
      return check.stage(board, o.version(), o.stageId()).then(() -> check.index(o.index(), size)).orElse(o);
    }
    if (op instanceof JourneyOp.DeleteStage o) return check.stage(board, o.version(), o.stageId()).orElse(o);
    if (op instanceof JourneyOp.SetEmotion o) {
      return check.stage(board, o.version(), o.stageId()).then(() -> check.emotion(o.emotion())).orElse(o);
    }
    if (op instanceof JourneyOp.CreateLane o) {
      Journey j = board.journey(o.version());
      if (j.lanes().size() >= limits.maxLanes()) return full("lanes", limits.maxLanes());
      int index = o.index() == null ? j.lanes().size() : o.index();
      String label = o.label() == null ? "" : o.label().strip();
      Lane lane = new Lane(actor.ids().get(), o.kind(), label);
      return check.newLane(j, o.kind(), o.label())
          .then(() -> check.index(index, j.lanes().size() + 1))
          .orElse(new JourneyEvent.LaneCreated(o.version(), lane, index));
    }
    if (op instanceof JourneyOp.RenameLane o) {
      return check.lane(board, o.version(), o.laneId()).then(() -> check.label(o.label(), "label")).orElse(o);
    }
    if (op instanceof JourneyOp.MoveLane o) {
      int size = board.journey(o.version()).lanes().size();
      return check.lane(board, o.version(), o.laneId()).then(() -> check.index(o.index(), size)).orElse(o);
    }
    if (op instanceof JourneyOp.DeleteLane o) return check.lane(board, o.version(), o.laneId()).orElse(o);
    return decideCardOrRole(board, op, actor);
  }

  private Decision<JourneyEvent> decideCardOrRole(JourneyBoard board, JourneyOp op, Actor actor) {
    if (op instanceof JourneyOp.CreateCard o) {
      Journey j = board.journey(o.version());
      if (j.cardCount() >= limits.maxCards()) return full("cards", limits.maxCards());
      Card card = new Card(actor.ids().get(), o.laneId(), o.stageId(), o.text(), o.touchpoint(), actor.name(),
          java.util.List.of());
      return check.lane(board, o.version(), o.laneId())
          .then(() -> check.stage(board, o.version(), o.stageId()))
          .then(() -> check.cardLane(j.lane(o.laneId()), o.touchpoint()))
          .then(() -> check.cardText(o.text()))
          .orElse(new JourneyEvent.CardCreated(o.version(), card));
    }
    if (op instanceof JourneyOp.EditCard o) {
      return check.card(board, o.version(), o.cardId()).then(() -> check.cardText(o.text())).orElse(o);
    }
    if (op instanceof JourneyOp.SetTouchpoint o) {
      return check.card(board, o.version(), o.cardId())
          .then(() -> check.touchpointCard(board.journey(o.version()), o.cardId())).orElse(o);
    }
    if (op instanceof JourneyOp.MoveCard o) {
      return check.card(board, o.version(), o.cardId()).then(() -> check.stage(board, o.version(), o.stageId())).orElse(o);
    }
    if (op instanceof JourneyOp.DeleteCard o) return check.card(board, o.version(), o.cardId()).orElse(o);
    if (op instanceof JourneyOp.LinkIdea o) {
      return check.card(board, o.version(), o.cardId()).then(() -> check.linkable(board.journey(o.version()), o)).orElse(o);
    }
    if (op instanceof JourneyOp.UnlinkIdea o) {
      return check.card(board, o.version(), o.cardId()).then(() -> check.linked(board.journey(o.version()), o)).orElse(o);
    }
    if (op instanceof JourneyOp.CreateRole o) {
      Journey j = board.journey(o.version());
      if (j.roles().size() >= limits.maxRoles()) return full("roles", limits.maxRoles());
      return check.label(o.name(), "name")
          .orElse(new JourneyEvent.RoleCreated(o.version(), new ProcessRole(actor.ids().get(), o.name().strip())));
    }
    if (op instanceof JourneyOp.RenameRole o) {
      return check.role(board, o.version(), o.roleId()).then(() -> check.label(o.name(), "name")).orElse(o);
    }
    if (op instanceof JourneyOp.DeleteRole o) return check.role(board, o.version(), o.roleId()).orElse(o);
    if (op instanceof JourneyOp.SetHuki o) return setHuki(board, o);
    throw new IllegalArgumentException("unknown journey op " + op);
  }

  /** Rule JR6: a HUKI cell of a work-process step; the event carries the step's warning after the change. */
  private Decision<JourneyEvent> setHuki(JourneyBoard board, JourneyOp.SetHuki o) {
    Journey j = board.journey(o.version());
    JourneyChecks.Check ok = check.card(board, o.version(), o.cardId())
        .then(() -> check.role(board, o.version(), o.roleId()))
        .then(() -> check.processStep(j, o.cardId()));
    Map<String, Huki> row = new LinkedHashMap<>(j.huki(o.cardId()));
    if (o.value() == null) row.remove(o.roleId());
    else row.put(o.roleId(), o.value());
    return ok.orElse(new JourneyEvent.HukiSet(o.version(), o.cardId(), o.roleId(), o.value(), HukiCheck.check(row)));
  }

  private static Decision<JourneyEvent> full(String what, int max) {
    return Decision.reject(Reason.BOARD_FULL, "This version of the journey already has " + max + " " + what + ".");
  }
}
