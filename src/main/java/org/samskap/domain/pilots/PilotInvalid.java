package org.samskap.domain.pilots;

/**
 * A pilot value or change that breaks a rule. {@code code} is the wire error code
 * ({@code bad_request}, {@code bad_transition}, {@code not_found}, {@code too_many}) and
 * {@code field} names the offending field (dotted path, e.g. {@code gain.targetDate}), or is
 * empty when the whole request is at fault.
 */
public final class PilotInvalid extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String field;

  public PilotInvalid(String code, String field, String message) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
  }

  /** A {@code bad_request} about one field. */
  public static PilotInvalid field(String field, String message) {
    return new PilotInvalid("bad_request", field, message);
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
