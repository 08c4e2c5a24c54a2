package org.samskap.persistence.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Finds and mends what a torn commit leaves in the embedded database's file (rule S1 in
 * docs/ARCHITECTURE.md). mongo-java-server's H2 backend keeps each collection in one MVMap
 * ({@code databases.<db>.<collection>}: position to document) and each unique index in another
 * ({@code <db>.<collection>._index_<name>}: key to position). An insert puts the document, then
 * the index entries; a delete removes the index entries, then the document. A commit taken
 * between the two (by another connection's command, or by MVStore's own background writer)
 * stores one without the other: a document no query by {@code _id} can find but no insert of
 * its key can pass, or an index entry pointing at nothing.
 *
 * <p>Neither was acknowledged (an acknowledged write was committed whole), so either repair is
 * safe; this one keeps as much as it can: an index entry without its document is removed, and a
 * document missing from a unique index is indexed again when no other document holds its key,
 * and removed otherwise. In the event log ({@value #EVENTS} collections, {@code _id =
 * board:version}) an event taken back this way is kept only if its board's previous version is
 * stored: an event beyond a gap could never load, and would block the version it holds.
 *
 * <p>The parts: {@link IndexCatalog} reads which unique indexes the file holds ({@link
 * UniqueIndex}), this class mends index entries and documents, and {@link EventChain} judges
 * the events it took back.
 *
 * <p>Works on the open {@link MVStore} before the server uses it ({@link #repairAll}), or, under
 * the backend's write lock, for the keys of one failed insert ({@link #repairKeys}).
 */
final class OrphanRepair {
  static final String DATA_PREFIX = "databases.";
  static final String INDEX_INFIX = "._index_";
  static final String INDEXES = "system.indexes";
  static final String EVENTS = "events";

  /** What a check found and mended; counts only, never content. */
  record Result(int collections, int indexEntriesRemoved, int documentsReindexed, int documentsRemoved) {
    int repaired() {
      return indexEntriesRemoved + documentsReindexed + documentsRemoved;
    }

    Result plus(Result o) {
      return new Result(collections + o.collections, indexEntriesRemoved + o.indexEntriesRemoved,
          documentsReindexed + o.documentsReindexed, documentsRemoved + o.documentsRemoved);
    }
  }

  static final Result NOTHING = new Result(0, 0, 0, 0);

  private OrphanRepair() {}

  /**
   * Checks every collection that has unique indexes. With {@code full} every entry and document
   * is checked; otherwise only collections where a unique, non-sparse index holds a different
   * number of entries than there are documents (a torn commit always leaves such a difference:
   * only one command per collection runs at a time, so the maps differ in one direction only).
   */
  static Result repairAll(MVStore store, boolean full) {
    Result total = NOTHING;
    int collections = 0;
    for (String database : IndexCatalog.databases(store)) {
      for (Map.Entry<String, List<UniqueIndex>> e : IndexCatalog.indexesByCollection(store, database).entrySet()) {
        collections++;
        MVMap<Object, Document> data = store.openMap(DATA_PREFIX + database + "." + e.getKey());
        List<UniqueIndex> indexes = e.getValue();
        boolean suspicious = full || indexes.stream().anyMatch(i -> !i.sparse() && i.count() != data.sizeAsLong());
        if (suspicious) total = total.plus(repairCollection(data, indexes, e.getKey()));
      }
    }
    return new Result(collections, total.indexEntriesRemoved(), total.documentsReindexed(), total.documentsRemoved());
  }

  /** Checks only the documents with these {@code _id}s in one collection. */
  static Result repairKeys(MVStore store, String database, String collection, Collection<?> ids) {
    List<UniqueIndex> indexes = IndexCatalog.indexesByCollection(store, database).get(collection);
    if (indexes == null || ids.isEmpty()) return NOTHING;
    MVMap<Object, Document> data = store.openMap(DATA_PREFIX + database + "." + collection);
    UniqueIndex primary = indexes.stream().filter(UniqueIndex::primary).findFirst().orElse(null);
    if (primary == null) return NOTHING;
    int entries = 0;
    List<Object> unindexed = new ArrayList<>();
    for (Object id : ids) {
      Object position = Missing.ofNullable(id);
      Document doc = data.get(position);
      Object indexed = primary.getPosition(new Document("_id", id));
      if (indexed != null && data.get(indexed) == null) {
        primary.map().remove(primary.keyOf(id));
        entries++;
      }
      if (doc != null && !position.equals(primary.getPosition(doc))) unindexed.add(position);
    }
    Result r = takeBack(data, indexes, collection, unindexed);
    return new Result(1, entries, r.documentsReindexed(), r.documentsRemoved());
  }

  private static Result repairCollection(MVMap<Object, Document> data, List<UniqueIndex> indexes, String collection) {
    int entries = 0;
    for (UniqueIndex index : indexes) {
      List<KeyValue> stale = new ArrayList<>();
      for (Map.Entry<KeyValue, Object> entry : index.map().entrySet()) {
        Document doc = data.get(entry.getValue());
        if (doc == null || !keysOf(index, doc).contains(entry.getKey())) stale.add(entry.getKey());
      }
      stale.forEach(index.map()::remove);
      entries += stale.size();
    }
    List<Object> unindexed = new ArrayList<>();
    for (Map.Entry<Object, Document> entry : data.entrySet()) {
      for (UniqueIndex index : indexes) {
        if (!index.sparse() && !Objects.equals(entry.getKey(), positionOf(index, entry.getValue()))) {
          unindexed.add(entry.getKey());
          break;
        }
      }
    }
    Result r = takeBack(data, indexes, collection, unindexed);
    return new Result(1, entries, r.documentsReindexed(), r.documentsRemoved());
  }

  /** Indexes each of these documents again where no other document holds its keys; removes the others. */
  private static Result takeBack(MVMap<Object, Document> data, List<UniqueIndex> indexes, String collection, List<Object> positions) {
    int reindexed = 0;
    int removed = 0;
    List<Object> kept = new ArrayList<>();
    for (Object position : positions) {
      Document doc = data.get(position);
      if (doc == null) continue;
      if (fitsEveryIndex(indexes, doc, position)) {
        for (UniqueIndex index : indexes) {
          if (!position.equals(positionOf(index, doc))) index.add(doc, position, null);
        }
        kept.add(position);
        reindexed++;
      } else {
        remove(data, indexes, position, doc);
        removed++;
      }
    }
    if (EVENTS.equals(collection)) {
      int gaps = EventChain.removeBeyondGaps(data, indexes, kept);
      reindexed -= gaps;
      removed += gaps;
    }
    return new Result(0, 0, reindexed, removed);
  }

  private static boolean fitsEveryIndex(List<UniqueIndex> indexes, Document doc, Object position) {
    for (UniqueIndex index : indexes) {
      Set<KeyValue> keys = keysOf(index, doc);
      if (keys == null) return false;
      for (KeyValue key : keys) {
        Object holder = index.map().get(key);
        if (holder != null && !holder.equals(position)) return false;
      }
    }
    return true;
  }

  static void remove(MVMap<Object, Document> data, List<UniqueIndex> indexes, Object position, Document doc) {
    for (UniqueIndex index : indexes) {
      Set<KeyValue> keys = keysOf(index, doc);
      if (keys == null) continue;
      for (KeyValue key : keys) {
        if (position.equals(index.map().get(key))) index.map().remove(key);
      }
    }
    data.remove(position);
  }

  private static Set<KeyValue> keysOf(UniqueIndex index, Document doc) {
    try {
      return index.getKeyValues(doc);
    } catch (RuntimeException e) {
      return null; // a document this index cannot key (it could not have been inserted either)
    }
  }

  private static Object positionOf(UniqueIndex index, Document doc) {
    try {
      return index.getPosition(doc);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
