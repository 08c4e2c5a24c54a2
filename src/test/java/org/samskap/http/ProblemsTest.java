package org.samskap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;

/** The one map from reason codes to HTTP statuses, as docs/API.md and PROTOCOL.md (H*, P*) state them. */
class ProblemsTest {
  @Test
  @DisplayName("PL0, PL3, PL1, P1, P5-P7, P9, H3: each documented refusal has its documented status")
  void documented_statuses() {
    assertEquals(401, Problems.status(Reason.MISSING_TOKEN));
    assertEquals(403, Problems.status(Reason.INVALID_TOKEN)); // PL0: unknown pilot or wrong token
    assertEquals(403, Problems.status(Reason.FORBIDDEN));
    assertEquals(409, Problems.status(Reason.CONFLICT)); // PL3
    assertEquals(409, Problems.status(Reason.BAD_TRANSITION));
    assertEquals(409, Problems.status(Reason.NOT_ACCEPTED)); // PL1
    assertEquals(409, Problems.status(Reason.ALREADY_CONVERTED));
    assertEquals(400, Problems.status(Reason.WRONG_KIND));
    assertEquals(409, Problems.status(Reason.ALREADY_VOTED)); // P5
    assertEquals(409, Problems.status(Reason.POLL_CLOSED)); // P6
    assertEquals(410, Problems.status(Reason.LINK_REVOKED)); // P7
    assertEquals(404, Problems.status(Reason.NO_SUCH_LINK)); // P7: a wrong voter token reads as not found
    assertEquals("invalid_token", Reason.NO_SUCH_LINK.code());
    assertEquals(429, Problems.status(Reason.RATE_LIMITED)); // H3, H4, P9
    assertEquals(413, Problems.status(Reason.TOO_LARGE));
    assertEquals(503, Problems.status(Reason.UNAVAILABLE));
  }

  @Test
  @DisplayName("M6: a board's op refusal that has no status of its own is a 400, as before")
  void op_refusals_are_bad_requests() {
    assertEquals(400, Problems.status(Reason.LOCKED));
    assertEquals(400, Problems.status(Reason.TEXT_TOO_LONG));
    assertEquals(404, Problems.status(Reason.NOT_FOUND));
    assertEquals(409, Problems.status(Reason.BOARD_FULL));
  }
}
