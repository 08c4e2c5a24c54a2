package org.samskap.domain.projects;

/**
 * A project value or change that breaks a rule (docs/PROTOCOL.md PJ1-PJ7). {@code code} is the
 * wire error code ({@code bad_request}, {@code text_too_long}, {@code not_found},
 * {@code bad_transition}, {@code too_many}, {@code conflict}) and {@code field} names the
 * offending field, or is empty when the whole request is at fault.
 */
public final class ProjectInvalid extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String field;

  public ProjectInvalid(String code, String field, String message) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
  }

  static ProjectInvalid field(String field, String message) {
    return new ProjectInvalid("bad_request", field, message);
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
