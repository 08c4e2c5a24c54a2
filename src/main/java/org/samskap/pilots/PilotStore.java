package org.samskap.pilots;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;

/**
 * The storage port of pilots. A pilot is one document, changed only by a single-document update
 * that checks its revision ({@code rev}): two editors never silently overwrite each other.
 * Measurements are separate documents (years of follow-up), indexed by pilot, gain and date.
 * Every write completes only once it is durable.
 */
public interface PilotStore {
  /** A stored pilot: its revision (1 when created, +1 per update) and its access token hashes → role. */
  record Stored(long rev, Pilot pilot, Map<String, String> tokenHashes) {}

  /** Fails with {@link AlreadyConverted} when a pilot of the same matrix item exists. */
  Future<Void> create(Pilot pilot, Map<String, String> tokenHashes);

  Future<Optional<Stored>> find(String pilotId);

  /**
   * Rule PL8: replaces the token hash {@code oldHash} of {@code role} by {@code newHash}, only
   * if the pilot still has {@code oldHash} for that role; true when replaced.
   */
  Future<Boolean> replaceToken(String pilotId, String role, String oldHash, String newHash);

  /** Writes {@code next} only if the stored revision is still {@code expectedRev}; true when written. */
  Future<Boolean> update(Pilot next, long expectedRev);

  Future<Void> addMeasurement(Measurement m);

  /** The pilot's measurements by gain then date, at most {@code limit}; {@code gainId} null: every gain. */
  Future<List<Measurement>> measurements(String pilotId, String gainId, int limit);

  /** True when it existed. */
  Future<Boolean> deleteMeasurement(String pilotId, String measurementId);

  /**
   * Stores an imported pilot (docs/EXPORT.md) with its measurements: the measurements first
   * (invisible without their pilot), then the pilot, which is not tied to its matrix item's
   * "one pilot per item" rule; if the pilot's write fails the measurements are removed again.
   */
  default Future<Void> createImported(Pilot pilot, Map<String, String> tokenHashes, List<Measurement> measurements) {
    return Future.failedFuture(new UnsupportedOperationException("createImported"));
  }

  /** The matrix item was converted before: the existing pilot's id. */
  final class AlreadyConverted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pilotId;

    public AlreadyConverted(String pilotId) {
      super("already converted to pilot " + pilotId, null, false, false);
      this.pilotId = pilotId;
    }

    public String pilotId() {
      return pilotId;
    }
  }
}
