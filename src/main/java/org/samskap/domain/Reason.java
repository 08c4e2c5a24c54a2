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
  FORBIDDEN("forbidden"),
  MISSING_TOKEN("missing_token"),
  INVALID_TOKEN("invalid_token"),
  RATE_LIMITED("rate_limited"),
  FRAME_TOO_LARGE("frame_too_large"),
  UNAVAILABLE("unavailable");

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  /** The wire code, e.g. {@code text_too_long}. */
  public String code() {
    return code;
  }
}
