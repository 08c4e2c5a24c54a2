package org.samskap.pilots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import org.samskap.util.Tokens;
import org.samskap.domain.Reason;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.protocol.Refused;
import org.samskap.protocol.pilots.In;
import org.samskap.protocol.pilots.MeasurementCodec;
import org.samskap.util.RandomIds;

/**
 * The pilot use cases after the caller is authorised (docs/API.md): change a pilot with the
 * revision check (PL3), add and remove measurements, and publish each durable change (PL5).
 * Creating pilots (from a matrix item, PL1, or an export file) is {@link PilotCandidates}.
 * Every refusal is a {@link Refused} with a domain reason; nothing is stored after one.
 */
public final class PilotService {
  /** The most measurements a pilot view shows (docs/API.md, "Reading"). */
  public static final int MAX_MEASUREMENTS_SHOWN = 5000;

  private final Vertx vertx;
  private final PilotStore store;
  private final LongSupplier clock;

  public PilotService(Vertx vertx, PilotStore store, LongSupplier clock) {
    this.vertx = vertx;
    this.store = store;
    this.clock = clock;
  }

  /** A stored pilot with the measurements its view shows. */
  public record Viewed(PilotStore.Stored stored, List<Measurement> measurements) {}

  /** A stored measurement and the gain it measures. */
  public record Added(Measurement measurement, Gain gain) {}

  public long now() {
    return clock.getAsLong();
  }

  public Future<Viewed> view(PilotStore.Stored s) {
    return store.measurements(s.pilot().id(), null, MAX_MEASUREMENTS_SHOWN).map(ms -> new Viewed(s, ms));
  }

  /**
   * Rule PL3: applies {@code change} to {@code current} if {@code rev} is still its revision, and
   * writes it only if nobody wrote in between; then publishes {@code type} (PL5).
   */
  public Future<Viewed> change(PilotStore.Stored current, String type, long rev, Function<Pilot, Pilot> change) {
    if (current.rev() != rev) return Future.failedFuture(conflict(current.rev()));
    Pilot next;
    try {
      next = change.apply(current.pilot());
    } catch (PilotInvalid e) {
      return Future.failedFuture(refused(e));
    }
    return store.update(next, rev).compose(written -> {
      if (!written) {
        return store.find(next.id()).transform(ar -> Future.failedFuture(
            conflict(ar.succeeded() && ar.result().isPresent() ? ar.result().get().rev() : -1)));
      }
      publish(next.id(), new JsonObject().put("type", type).put("rev", rev + 1));
      return view(new PilotStore.Stored(rev + 1, next, current.tokenHashes()));
    });
  }

  /** Adds a measurement of one of the pilot's gains, in its current round. */
  public Future<Added> addMeasurement(PilotStore.Stored s, In body) {
    Pilot p = s.pilot();
    Measurement m;
    Gain gain;
    try {
      m = MeasurementCodec.parse(body, RandomIds.of(12), p.id(), p.round(), clock.getAsLong());
      gain = p.gain(m.gainId());
    } catch (PilotInvalid e) {
      return Future.failedFuture(refused(e));
    }
    return store.addMeasurement(m).map(v -> {
      publish(p.id(), new JsonObject().put("type", "measurement.add").put("rev", s.rev())
          .put("measurement", new JsonObject(MeasurementCodec.measurement(m, gain))));
      return new Added(m, gain);
    });
  }

  public Future<Void> deleteMeasurement(PilotStore.Stored s, String measurementId) {
    String pilotId = s.pilot().id();
    return store.deleteMeasurement(pilotId, measurementId).compose(found -> {
      if (!found) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no measurement " + measurementId + " in this pilot."));
      publish(pilotId, new JsonObject().put("type", "measurement.delete").put("rev", s.rev()).put("measurementId", measurementId));
      return Future.<Void>succeededFuture();
    });
  }

  /** A pilot rule broken: its code as a reason, naming the field (PL4). */
  public static Refused refused(PilotInvalid e) {
    Reason reason = switch (e.code()) {
      case "not_found" -> Reason.NOT_FOUND;
      case "bad_transition" -> Reason.BAD_TRANSITION;
      case "too_many" -> Reason.TOO_MANY;
      default -> Reason.BAD_REQUEST;
    };
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", e.field());
    return new Refused(reason, e.getMessage(), details);
  }

  static Refused conflict(long current) {
    return new Refused(Reason.CONFLICT, "Someone else changed this pilot first (it is now at revision " + current
        + "). Nothing was saved: reload it and make your change again.", Map.of("rev", current));
  }

  /** A new pilot's two tokens, of which only the hashes are stored (PL0). */
  public static Map<String, String> hashes(String editor, String viewer) {
    Map<String, String> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(editor), PilotAccess.EDITOR);
    hashes.put(Tokens.hash(viewer), PilotAccess.VIEWER);
    return hashes;
  }

  private void publish(String pilotId, JsonObject event) {
    vertx.eventBus().publish(PilotAddresses.events(pilotId), event.put("pilotId", pilotId));
  }
}
