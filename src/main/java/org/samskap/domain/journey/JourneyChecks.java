package org.samskap.domain.journey;

import java.util.function.Supplier;

import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;

/** The single checks {@link JourneyRules} combines; each passes or gives a rejection with a reason. */
final class JourneyChecks {
  private final JourneyLimits limits;

  JourneyChecks(JourneyLimits limits) {
    this.limits = limits;
  }

  /** The outcome of a check: passed (null rejection) or refused. Chains stop at the first refusal. */
  record Check(Rejection rejection) {
    static final Check PASS = new Check(null);

    Check then(Supplier<Check> next) {
      return rejection != null ? this : next.get();
    }

    Decision<JourneyEvent> orElse(JourneyEvent event) {
      return rejection != null ? new Decision.Rejected<>(rejection) : Decision.accept(event);
    }
  }

  static Check fail(Reason reason, String message) {
    return new Check(Rejection.of(reason, message));
  }

  Check label(String text, String field) {
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxLabelChars()) {
      return fail(Reason.TEXT_TOO_LONG, "The " + field + " is " + length + " characters; the limit is "
          + limits.maxLabelChars() + ".");
    }
    if (text.isBlank()) return fail(Reason.BAD_REQUEST, "The " + field + " must not be empty.");
    return Check.PASS;
  }

  Check cardText(String text) {
    int length = text.codePointCount(0, text.length());
    if (length > limits.maxCardChars()) {
      return fail(Reason.TEXT_TOO_LONG, "Card text is " + length + " characters; the limit is " + limits.maxCardChars() + ".");
    }
    if (text.isBlank()) return fail(Reason.BAD_REQUEST, "The card text must not be empty.");
    return Check.PASS;
  }

  /** A position in a list of {@code size} places: 0 to size-1. */
  Check index(int index, int size) {
    if (index < 0 || index >= size) {
      return fail(Reason.OUT_OF_BOUNDS, "Field 'index' must be from 0 to " + (size - 1) + ", was " + index + ".");
    }
    return Check.PASS;
  }

  /** Rule JR5: the emotion curve runs from -2 to +2. */
  Check emotion(Integer emotion) {
    if (emotion != null && (emotion < Stage.MIN_EMOTION || emotion > Stage.MAX_EMOTION)) {
      return fail(Reason.OUT_OF_BOUNDS, "Field 'emotion' must be from -2 to 2, was " + emotion + ".");
    }
    return Check.PASS;
  }

  Check stage(JourneyBoard board, JourneyVersion v, String stageId) {
    if (board.journey(v).stage(stageId) == null) {
      return fail(Reason.NOT_FOUND, "There is no stage " + stageId + " in the " + v.wire() + " journey.");
    }
    return Check.PASS;
  }

  Check lane(JourneyBoard board, JourneyVersion v, String laneId) {
    if (board.journey(v).lane(laneId) == null) {
      return fail(Reason.NOT_FOUND, "There is no lane " + laneId + " in the " + v.wire() + " journey.");
    }
    return Check.PASS;
  }

  Check card(JourneyBoard board, JourneyVersion v, String cardId) {
    if (board.journey(v).card(cardId) == null) {
      return fail(Reason.NOT_FOUND, "There is no card " + cardId + " in the " + v.wire() + " journey.");
    }
    return Check.PASS;
  }

  Check role(JourneyBoard board, JourneyVersion v, String roleId) {
    if (board.journey(v).role(roleId) == null) {
      return fail(Reason.NOT_FOUND, "There is no role " + roleId + " in the " + v.wire() + " journey.");
    }
    return Check.PASS;
  }

  /** Rule JR4: a new lane; the emotion lane is one per version, a custom lane needs a label. */
  Check newLane(Journey j, LaneKind kind, String label) {
    if (kind == LaneKind.EMOTION && j.lanes().stream().anyMatch(l -> l.kind() == LaneKind.EMOTION)) {
      return fail(Reason.BAD_REQUEST, "This version already has an emotion lane.");
    }
    if (kind == LaneKind.CUSTOM && label == null) return fail(Reason.BAD_REQUEST, "Field 'label' is required for a custom lane.");
    return label == null ? Check.PASS : label(label, "label");
  }

  /** Rule JR3: cards fit the lane (no cards in the emotion lane; touchpoints are typed). */
  Check cardLane(Lane lane, Touchpoint touchpoint) {
    if (!lane.kind().holdsCards()) {
      return fail(Reason.BAD_REQUEST, "The emotion lane holds one value per stage (stage.emotion), not cards.");
    }
    if (lane.kind() == LaneKind.TOUCHPOINTS && touchpoint == null) {
      return fail(Reason.BAD_REQUEST, "Field 'touchpoint' is required in a touchpoints lane (digital, physical or interpersonal).");
    }
    if (lane.kind() != LaneKind.TOUCHPOINTS && touchpoint != null) {
      return fail(Reason.BAD_REQUEST, "Field 'touchpoint' is only for cards in a touchpoints lane.");
    }
    return Check.PASS;
  }

  Check touchpointCard(Journey j, String cardId) {
    Lane lane = j.lane(j.card(cardId).laneId());
    if (lane == null || lane.kind() != LaneKind.TOUCHPOINTS) {
      return fail(Reason.BAD_REQUEST, "Card " + cardId + " is not in a touchpoints lane.");
    }
    return Check.PASS;
  }

  Check processStep(Journey j, String cardId) {
    if (!j.isProcessStep(j.card(cardId))) {
      return fail(Reason.BAD_REQUEST, "Card " + cardId + " is not a work-process step; HUKI is set on cards in a processes lane.");
    }
    return Check.PASS;
  }

  /** Rule JR7: ideas are linked to pain points, each once, up to the limit. */
  Check linkable(Journey j, JourneyOp.LinkIdea o) {
    Card c = j.card(o.cardId());
    Lane lane = j.lane(c.laneId());
    if (lane == null || lane.kind() != LaneKind.PAINS) {
      return fail(Reason.BAD_REQUEST, "Ideas are linked to pain points; card " + o.cardId() + " is not in a pain-points lane.");
    }
    if (c.links().contains(o.link())) return fail(Reason.BAD_REQUEST, "That idea is already linked to this card.");
    if (c.links().size() >= limits.maxLinksPerCard()) {
      return fail(Reason.BOARD_FULL, "A card can link at most " + limits.maxLinksPerCard() + " ideas.");
    }
    return Check.PASS;
  }

  Check linked(Journey j, JourneyOp.UnlinkIdea o) {
    if (!j.card(o.cardId()).links().contains(o.link())) return fail(Reason.NOT_FOUND, "That idea is not linked to this card.");
    return Check.PASS;
  }
}
