package org.samskap.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;

/**
 * A use case refused: the typed failure the services complete their futures with. It carries a
 * {@link Reason} (which the edge maps to a status, once), a sentence for people, and the extra
 * fields some refusals name ({@code field}, {@code rev}, {@code pilotId}). No stack trace: it is
 * an answer, not a fault.
 */
public final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Reason reason;
  private final transient Map<String, Object> details;

  public Refused(Reason reason, String message) {
    this(reason, message, Map.of());
  }

  public Refused(Reason reason, String message, Map<String, Object> details) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.details = new LinkedHashMap<>(details);
  }

  public static Refused of(Rejection r) {
    return new Refused(r.reason(), r.message());
  }

  public Reason reason() {
    return reason;
  }

  /** Extra fields of the error body, in order (may hold null values, e.g. an empty field path). */
  public Map<String, Object> details() {
    return details;
  }
}
