package org.samskap.domain;

/** The closed set of reasons an op can be refused for (docs/PROTOCOL.md, rule R6). */
public enum Reason {
  BAD_REQUEST("bad_request"),
  UNKNOWN_OP("unknown_op"),
  TEXT_TOO_LONG("text_too_long"),
  OUT_OF_BOUNDS("out_of_bounds"),
  OUT_OF_SCALE("out_of_scale"),
  NOT_FOUND("not_found"),
  BOARD_FULL("board_full"),
  /** A join refused because the board holds as many members as it may (J9); never an op's reply. */
  MEMBERS_FULL("members_full"),
  FORBIDDEN("forbidden"),
  MISSING_TOKEN("missing_token"),
  INVALID_TOKEN("invalid_token"),
  RATE_LIMITED("rate_limited"),
  FRAME_TOO_LARGE("frame_too_large"),
  UNAVAILABLE("unavailable"),
  /** Refused before it was decided because the board or the node is past a queue limit (O1). */
  BUSY("busy"),
  // Facilitation and voting (docs/PROTOCOL.md, rules F1-F9, V1-V8, P1-P9)
  LOCKED("locked"),
  WRONG_PHASE("wrong_phase"),
  REMOVED("removed"),
  /** Rule D8: the member was erased from the board; their socket is closed. */
  ERASED("erased"),
  VOTING_CLOSED("voting_closed"),
  VOTING_OPEN("voting_open"),
  OVER_BUDGET("over_budget"),
  OVER_CAP("over_cap"),
  ALREADY_VOTED("already_voted"),
  POLL_CLOSED("poll_closed"),
  LINK_REVOKED("link_revoked"),
  // Personal undo and redo (docs/PROTOCOL.md U1-U9)
  NOTHING_TO_UNDO("nothing_to_undo"),
  NOTHING_TO_REDO("nothing_to_redo"),
  NOT_YOURS("not_yours"),
  CHANGED_SINCE("changed_since"),
  // Refusals of the REST API only (docs/API.md, docs/PROTOCOL.md H1, P7, X*); never an op's reply
  UNKNOWN_KIND("unknown_kind"),
  WRONG_KIND("wrong_kind"),
  TOO_LARGE("too_large"),
  CONFLICT("conflict"),
  BAD_TRANSITION("bad_transition"),
  TOO_MANY("too_many"),
  NOT_ACCEPTED("not_accepted"),
  ALREADY_CONVERTED("already_converted"),
  // Project members and roles (docs/API.md PM1-PM9)
  FORBIDDEN_ROLE("forbidden_role"),
  NOT_MEMBER("not_member"),
  NO_INVITE("no_invite"),
  LINK_USED("link_used"),
  LINK_EXPIRED("link_expired"),
  LAST_OWNER("last_owner"),
  ADMIN_ONLY("admin_only"),
  /** A voter link that opens no poll (P7): the same code as a wrong token, answered as not found. */
  NO_SUCH_LINK("invalid_token");

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  /** The wire code, e.g. {@code text_too_long}. */
  public String code() {
    return code;
  }
}
