package org.samskap.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotStatus;
import org.samskap.domain.pilots.Provenance;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoPilotStore;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.protocol.Refused;
import org.samskap.testing.TempDirs;

/**
 * {@link PilotService} on the real embedded store (docs/API.md): the revision check of PL3, the
 * status machine, and the live notice of PL5. Every refusal is a {@link Refused} with a reason,
 * and stores nothing.
 */
class PilotServiceIT {
  Path dir;
  Vertx vertx;
  EmbeddedMongo mongo;
  Database database;
  MongoPilotStore store;
  PilotService service;
  final BlockingQueue<JsonObject> published = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    dir = Files.createTempDirectory("samskap-pilot-service");
    vertx = Vertx.vertx();
    mongo = EmbeddedMongo.start(dir, 0, false);
    database = Database.connect(mongo.connectionString(), "samskap");
    store = new MongoPilotStore(vertx, database.db());
    await(store.init());
    service = new PilotService(vertx, store, () -> 1_000L);
  }

  @AfterEach
  void stop() throws Exception {
    database.close();
    mongo.close();
    await(vertx.close());
    TempDirs.delete(dir);
  }

  PilotStore.Stored newPilot() throws Exception {
    Pilot p = Pilot.candidate("pilotService01", new Provenance("matrixBoard000001", "item1", "Digital tilsynsrapport", null,
        Map.of(), Map.of(), List.of(), 500L), 500L);
    await(store.create(p, PilotService.hashes("editor-token", "viewer-token")));
    vertx.eventBus().<JsonObject>consumer(PilotAddresses.events(p.id()), m -> published.add(m.body()));
    return await(store.find(p.id())).orElseThrow();
  }

  @Test
  @DisplayName("PL3, PL5: a change at the current revision is stored at the next one and published once durable")
  void a_change_at_the_current_revision_is_stored_and_published() throws Exception {
    PilotStore.Stored s = newPilot();
    PilotService.Viewed v = await(service.change(s, "title.set", 1, p -> p.retitled("Ny tittel", 1_000L)));
    assertEquals(2, v.stored().rev());
    assertEquals("Ny tittel", await(store.find(s.pilot().id())).orElseThrow().pilot().title());
    JsonObject event = published.poll(5, TimeUnit.SECONDS);
    assertEquals(new JsonObject().put("type", "title.set").put("rev", 2).put("pilotId", s.pilot().id()), event);
  }

  @Test
  @DisplayName("PL3: a change based on an old revision is refused with conflict and the current revision, and stores nothing")
  void a_stale_revision_is_a_conflict() throws Exception {
    PilotStore.Stored s = newPilot();
    Refused r = refused(service.change(s, "title.set", 0, p -> p.retitled("Ny tittel", 1_000L)));
    assertEquals(Reason.CONFLICT, r.reason());
    assertEquals(1L, r.details().get("rev"));
    PilotStore.Stored after = await(store.find(s.pilot().id())).orElseThrow();
    assertEquals(1, after.rev());
    assertEquals("Digital tilsynsrapport", after.pilot().title());
    assertEquals(null, published.poll(200, TimeUnit.MILLISECONDS));
  }

  @Test
  @DisplayName("PL3: of two changes read at the same revision, the store takes the first and the second is a conflict")
  void two_writers_at_one_revision_the_second_gets_a_conflict() throws Exception {
    PilotStore.Stored s = newPilot();
    await(service.change(s, "title.set", 1, p -> p.retitled("Først", 1_000L)));
    Refused r = refused(service.change(s, "title.set", 1, p -> p.retitled("Sist", 1_000L)));
    assertEquals(Reason.CONFLICT, r.reason());
    assertEquals(2L, r.details().get("rev"));
    assertEquals("Først", await(store.find(s.pilot().id())).orElseThrow().pilot().title());
  }

  @Test
  @DisplayName("Status machine: a candidate cannot skip to running (bad_transition on field status), and nothing is stored")
  void a_status_cannot_skip_a_step() throws Exception {
    PilotStore.Stored s = newPilot();
    Refused r = refused(service.change(s, "status.set", 1, p -> p.advance(PilotStatus.RUNNING, 1_000L)));
    assertEquals(Reason.BAD_TRANSITION, r.reason());
    assertEquals("status", r.details().get("field"));
    assertEquals(1, await(store.find(s.pilot().id())).orElseThrow().rev());
  }

  @Test
  @DisplayName("Measurements: one of a gain the pilot does not have is refused not_found and not stored")
  void a_measurement_of_an_unknown_gain_is_refused() throws Exception {
    PilotStore.Stored s = newPilot();
    org.samskap.protocol.pilots.In body = new org.samskap.protocol.pilots.In(
        Map.of("gainId", "nope", "date", "2026-01-10", "value", 3), "");
    Refused r = refused(service.addMeasurement(s, body));
    assertEquals(Reason.NOT_FOUND, r.reason());
    assertEquals(List.of(), await(store.measurements(s.pilot().id(), null, 10)));
  }

  static Refused refused(Future<?> f) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> await(f));
    return assertInstanceOf(Refused.class, e.getCause());
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
