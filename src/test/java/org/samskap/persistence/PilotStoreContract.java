package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.persistence.StoreAwait.await;
import static org.samskap.persistence.StoreAwait.awaitFailure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.pilots.Group;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.Provenance;
import org.samskap.pilots.PilotStore;
import org.samskap.pilots.PilotStore.AlreadyConverted;
import org.samskap.pilots.PilotStore.Stored;

/**
 * The contract of the {@link PilotStore} port (docs/API.md, pilots). Adapters run it by
 * extending it ({@link PortContract}).
 */
public abstract class PilotStoreContract extends PortContract<PilotStore> {
  static Pilot pilotOf(String matrixBoardId, String itemId) {
    Provenance p = new Provenance(matrixBoardId, itemId, "Nattlys i gangen æøå",
        Map.of("boardId", "ideas1", "noteId", "n1", "votes", 7), Map.of("count", 3), Map.of("status", "accepted"),
        List.of("Kveld"), 1000);
    return Pilot.candidate(fresh("p"), p, 1000);
  }

  static Pilot newPilot() {
    return pilotOf(fresh("m"), fresh("i"));
  }

  static Map<String, String> hashes() {
    return Map.of(fresh("h"), "editor", fresh("h"), "viewer");
  }

  static Measurement measurement(Pilot p, String gainId, String date, double value) {
    return new Measurement(fresh("ms"), p.id(), gainId, LocalDate.parse(date), value, Group.TEST, "", 1, 5000);
  }

  // ---- pilots ----

  @Test
  @DisplayName("create stores the pilot at revision 1 with its token hashes, and find returns it as given")
  void create_then_find() throws Exception {
    Pilot p = newPilot();
    Map<String, String> hashes = hashes();
    await(store.create(p, hashes));
    Stored stored = await(store.find(p.id())).orElseThrow();
    assertEquals(1, stored.rev());
    assertEquals(p, stored.pilot());
    assertEquals(hashes, stored.tokenHashes());
  }

  @Test
  @DisplayName("find of an unknown pilot is empty, not a failure")
  void find_unknown_is_empty() throws Exception {
    assertEquals(Optional.empty(), await(store.find(fresh("nosuch"))));
  }

  @Test
  @DisplayName("PL1: a second pilot of the same matrix item fails with AlreadyConverted naming the first, and stores nothing")
  void one_pilot_per_matrix_item() throws Exception {
    Pilot first = newPilot();
    await(store.create(first, hashes()));
    Pilot second = pilotOf(first.provenance().matrixBoardId(), first.provenance().itemId());
    Throwable failure = awaitFailure(store.create(second, hashes()));
    AlreadyConverted already = assertInstanceOf(AlreadyConverted.class, failure);
    assertEquals(first.id(), already.pilotId());
    assertEquals(Optional.empty(), await(store.find(second.id())));
    Pilot otherItem = pilotOf(first.provenance().matrixBoardId(), fresh("i"));
    await(store.create(otherItem, hashes()));
    assertTrue(await(store.find(otherItem.id())).isPresent(), "another item of the same matrix is a pilot of its own");
  }

  @Test
  @DisplayName("PL3: update writes only on the expected revision and moves it on by one; a stale revision writes nothing")
  void update_checks_the_revision() throws Exception {
    Pilot p = newPilot();
    await(store.create(p, hashes()));
    Pilot renamed = p.retitled("Nattlys", 2000);
    assertTrue(await(store.update(renamed, 1)));
    Stored after = await(store.find(p.id())).orElseThrow();
    assertEquals(2, after.rev());
    assertEquals(renamed, after.pilot());

    Pilot stale = p.retitled("Gammel tittel", 3000);
    assertFalse(await(store.update(stale, 1)), "revision 1 is no longer current");
    assertEquals(after, await(store.find(p.id())).orElseThrow(), "the stale update stored nothing");
    assertTrue(await(store.update(renamed.retitled("Nattlys 2", 4000), 2)));
    assertEquals(3, await(store.find(p.id())).orElseThrow().rev());
  }

  @Test
  @DisplayName("update of an unknown pilot answers false and creates nothing")
  void update_unknown() throws Exception {
    Pilot p = newPilot();
    assertFalse(await(store.update(p, 1)));
    assertEquals(Optional.empty(), await(store.find(p.id())));
  }

  @Test
  @DisplayName("the token hashes are not changed by an update")
  void update_keeps_the_tokens() throws Exception {
    Pilot p = newPilot();
    Map<String, String> hashes = hashes();
    await(store.create(p, hashes));
    await(store.update(p.retitled("Ny", 2000), 1));
    assertEquals(hashes, await(store.find(p.id())).orElseThrow().tokenHashes());
  }

  // ---- measurements ----

  @Test
  @DisplayName("measurements come back by gain then date, field for field, and only the pilot's own")
  void measurements_by_gain_then_date() throws Exception {
    Pilot p = newPilot();
    Pilot other = newPilot();
    await(store.create(p, hashes()));
    Measurement b2 = measurement(p, "g2", "2025-03-01", 7);
    Measurement a2 = measurement(p, "g1", "2025-02-01", 2.5);
    Measurement a1 = measurement(p, "g1", "2025-01-15", -1);
    Measurement b1 = new Measurement(fresh("ms"), p.id(), "g2", LocalDate.parse("2024-12-31"), 0, Group.CONTROL, "Ferie", 2, 6000);
    for (Measurement m : List.of(b2, a2, a1, b1, measurement(other, "g1", "2025-01-01", 9))) await(store.addMeasurement(m));
    assertEquals(List.of(a1, a2, b1, b2), await(store.measurements(p.id(), null, 100)));
    assertEquals(List.of(b1, b2), await(store.measurements(p.id(), "g2", 100)));
    assertEquals(List.of(a1, a2), await(store.measurements(p.id(), null, 2)), "the limit keeps the first in order");
    assertEquals(List.of(), await(store.measurements(p.id(), "nosuchgain", 100)));
  }

  @Test
  @DisplayName("deleteMeasurement is true once, then false; a measurement of another pilot is not deleted")
  void delete_measurement() throws Exception {
    Pilot p = newPilot();
    Pilot other = newPilot();
    Measurement m = measurement(p, "g1", "2025-01-01", 1);
    await(store.addMeasurement(m));
    assertFalse(await(store.deleteMeasurement(other.id(), m.id())), "the id alone is not enough");
    assertEquals(List.of(m), await(store.measurements(p.id(), null, 10)));
    assertTrue(await(store.deleteMeasurement(p.id(), m.id())));
    assertFalse(await(store.deleteMeasurement(p.id(), m.id())));
    assertEquals(List.of(), await(store.measurements(p.id(), null, 10)));
  }

  // ---- import ----

  @Test
  @DisplayName("X5: an imported pilot is stored at revision 1 with its measurements, even when its matrix item is a pilot already")
  void create_imported() throws Exception {
    Pilot original = newPilot();
    await(store.create(original, hashes()));
    Pilot copy = pilotOf(original.provenance().matrixBoardId(), original.provenance().itemId());
    Map<String, String> hashes = hashes();
    List<Measurement> ms = List.of(measurement(copy, "g1", "2025-01-01", 1), measurement(copy, "g1", "2025-02-01", 2));
    await(store.createImported(copy, hashes, ms));
    Stored stored = await(store.find(copy.id())).orElseThrow();
    assertEquals(1, stored.rev());
    assertEquals(copy, stored.pilot());
    assertEquals(hashes, stored.tokenHashes());
    assertEquals(ms, await(store.measurements(copy.id(), null, 10)));
    assertTrue(await(store.find(original.id())).isPresent(), "the original is still there");
  }

  @Test
  @DisplayName("X5: an import whose pilot cannot be written fails, stores none of its measurements, and leaves the stored pilot's own")
  void failed_import_removes_its_measurements() throws Exception {
    Pilot existing = newPilot();
    await(store.create(existing, hashes()));
    Measurement kept = measurement(existing, "g1", "2025-01-01", 1);
    await(store.addMeasurement(kept));
    Measurement imported = measurement(existing, "g1", "2025-02-01", 2);
    assertTrue(awaitFailure(store.createImported(existing, hashes(), List.of(imported))) != null);
    assertEquals(List.of(kept), await(store.measurements(existing.id(), null, 10)));
  }
}
