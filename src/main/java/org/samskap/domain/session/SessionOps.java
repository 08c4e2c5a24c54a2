package org.samskap.domain.session;

import static org.samskap.domain.OpCategory.FACILITATION;
import static org.samskap.domain.OpCategory.VOTE;

import org.samskap.domain.OpCatalog;
import org.samskap.domain.OpSpec;

/**
 * The session ops every board kind has on top of its own (docs/PROTOCOL.md, "Facilitation and
 * voting"): votes are the participants' (F1, in the vote phase, F2); the rest steer the session
 * and are the facilitator's.
 */
public final class SessionOps {
  public static final OpCatalog CATALOG = OpCatalog.of(
      OpSpec.of("phase.set", FACILITATION),
      OpSpec.of("board.lock", FACILITATION),
      OpSpec.of("timer.start", FACILITATION),
      OpSpec.of("timer.stop", FACILITATION),
      OpSpec.of("silent.start", FACILITATION),
      OpSpec.of("silent.reveal", FACILITATION),
      OpSpec.of("view.follow", FACILITATION),
      OpSpec.of("view.unfollow", FACILITATION),
      OpSpec.of("cursors.hide", FACILITATION),
      OpSpec.of("member.remove", FACILITATION),
      OpSpec.of("vote.open", FACILITATION),
      OpSpec.of("vote.cast", VOTE, "targetId"),
      OpSpec.of("vote.retract", VOTE, "targetId"),
      OpSpec.of("vote.close", FACILITATION));

  private SessionOps() {}
}
