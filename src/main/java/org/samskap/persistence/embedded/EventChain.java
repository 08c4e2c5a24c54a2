package org.samskap.persistence.embedded;

import java.util.Comparator;
import java.util.List;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The event log's part of the start-up repair (rule S1): an event that {@link OrphanRepair}
 * indexed again is kept only if its board's previous version is stored ({@code _id =
 * board:version}). An event beyond a gap could never load, and would block the version it holds.
 */
final class EventChain {
  private EventChain() {}

  /** Removes the taken-back events at {@code positions} that follow a gap; returns how many. */
  static int removeBeyondGaps(MVMap<Object, Document> data, List<UniqueIndex> indexes, List<Object> positions) {
    int removed = 0;
    // oldest first, so that a run of taken-back events is judged link by link
    positions.sort(Comparator.comparing((Object p) -> String.valueOf(data.get(p).get("b")))
        .thenComparingLong(p -> version(data.get(p))));
    for (Object position : positions) {
      Document doc = data.get(position);
      long v = version(doc);
      if (v > 1 && data.get(Missing.ofNullable(doc.get("b") + ":" + (v - 1))) == null) {
        OrphanRepair.remove(data, indexes, position, doc);
        removed++;
      }
    }
    return removed;
  }

  private static long version(Document event) {
    Object v = event.get("v");
    return v instanceof Number n ? n.longValue() : 0;
  }
}
