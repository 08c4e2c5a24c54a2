package org.samskap.persistence.embedded;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
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
    for (String database : databases(store)) {
      for (Map.Entry<String, List<UniqueIndex>> e : indexesByCollection(store, database).entrySet()) {
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
    List<UniqueIndex> indexes = indexesByCollection(store, database).get(collection);
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
      // oldest first, so that a run of taken-back events is judged link by link
      kept.sort(Comparator.comparing((Object p) -> String.valueOf(data.get(p).get("b")))
          .thenComparingLong(p -> version(data.get(p))));
      for (Object position : kept) {
        Document doc = data.get(position);
        long v = version(doc);
        if (v > 1 && data.get(Missing.ofNullable(doc.get("b") + ":" + (v - 1))) == null) {
          remove(data, indexes, position, doc);
          reindexed--;
          removed++;
        }
      }
    }
    return new Result(0, 0, reindexed, removed);
  }

  private static long version(Document event) {
    Object v = event.get("v");
    return v instanceof Number n ? n.longValue() : 0;
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

  private static void remove(MVMap<Object, Document> data, List<UniqueIndex> indexes, Object position, Document doc) {
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

  private static List<String> databases(MVStore store) {
    List<String> out = new ArrayList<>();
    for (String name : store.getMapNames()) {
      if (name.startsWith(DATA_PREFIX) && name.endsWith("." + INDEXES)) {
        out.add(name.substring(DATA_PREFIX.length(), name.length() - INDEXES.length() - 1));
      }
    }
    return out;
  }

  /** The unique indexes of each collection of one database, as described in its {@code system.indexes}. */
  private static Map<String, List<UniqueIndex>> indexesByCollection(MVStore store, String database) {
    Map<String, List<UniqueIndex>> out = new java.util.LinkedHashMap<>();
    String indexesMap = DATA_PREFIX + database + "." + INDEXES;
    if (!store.hasMap(indexesMap)) return out;
    MVMap<Object, Document> descriptions = store.openMap(indexesMap);
    for (Document d : descriptions.values()) {
      String ns = String.valueOf(d.get("ns"));
      String name = String.valueOf(d.get("name"));
      if (!(d.get("key") instanceof Document key) || !ns.startsWith(database + ".")) continue;
      String collection = ns.substring(database.length() + 1);
      String mapName = database + "." + collection + INDEX_INFIX + name;
      if (!store.hasMap(mapName)) continue; // not unique: the backend keeps no map for it
      boolean primary = key.keySet().equals(Set.of("_id"));
      List<IndexKey> keys = new ArrayList<>();
      key.forEach((field, order) -> keys.add(new IndexKey(field, !(order instanceof Number n) || n.doubleValue() >= 0)));
      boolean sparse = Boolean.TRUE.equals(d.get("sparse"));
      MVMap<KeyValue, Object> map = store.openMap(mapName);
      out.computeIfAbsent(collection, c -> new ArrayList<>()).add(new UniqueIndex(map, name, keys, sparse && !primary, primary));
    }
    return out;
  }

  /**
   * A unique index over its MVMap, computing keys exactly as the backend does (same base
   * class), so a repair never mistakes a normalised key for a missing one.
   */
  static final class UniqueIndex extends AbstractUniqueIndex<Object> {
    private final MVMap<KeyValue, Object> map;
    private final boolean primary;

    UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse, boolean primary) {
      super(name, keys, sparse);
      this.map = map;
      this.primary = primary;
    }

    MVMap<KeyValue, Object> map() {
      return map;
    }

    boolean primary() {
      return primary;
    }

    boolean sparse() {
      return isSparse();
    }

    long count() {
      return map.sizeAsLong();
    }

    KeyValue keyOf(Object id) {
      return getKeyValues(new Document("_id", id)).iterator().next();
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
      for (KeyValue key : getKeyValues(document)) map.putIfAbsent(key, Missing.ofNullable(position));
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
      return map.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
      return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
      return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
      return map.get(keyValue);
    }

    @Override
    public long getCount() {
      return map.sizeAsLong();
    }

    @Override
    public long getDataSize() {
      return getCount();
    }

    @Override
    public void drop() {
      throw new UnsupportedOperationException("the repair never drops an index");
    }
  }
}
