package org.samskap.persistence.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * What the embedded database's file holds, as {@link OrphanRepair} needs it: its databases,
 * and the unique indexes of each collection as the backend described them in
 * {@code system.indexes}, each over the MVMap that holds it ({@link UniqueIndex}).
 */
final class IndexCatalog {
  private IndexCatalog() {}

  static List<String> databases(MVStore store) {
    List<String> out = new ArrayList<>();
    for (String name : store.getMapNames()) {
      if (name.startsWith(OrphanRepair.DATA_PREFIX) && name.endsWith("." + OrphanRepair.INDEXES)) {
        out.add(name.substring(OrphanRepair.DATA_PREFIX.length(), name.length() - OrphanRepair.INDEXES.length() - 1));
      }
    }
    return out;
  }

  /** The unique indexes of each collection of one database, as described in its {@code system.indexes}. */
  static Map<String, List<UniqueIndex>> indexesByCollection(MVStore store, String database) {
    Map<String, List<UniqueIndex>> out = new LinkedHashMap<>();
    String indexesMap = OrphanRepair.DATA_PREFIX + database + "." + OrphanRepair.INDEXES;
    if (!store.hasMap(indexesMap)) return out;
    MVMap<Object, Document> descriptions = store.openMap(indexesMap);
    for (Document d : descriptions.values()) {
      String ns = String.valueOf(d.get("ns"));
      String name = String.valueOf(d.get("name"));
      if (!(d.get("key") instanceof Document key) || !ns.startsWith(database + ".")) continue;
      String collection = ns.substring(database.length() + 1);
      String mapName = database + "." + collection + OrphanRepair.INDEX_INFIX + name;
      if (!store.hasMap(mapName)) continue; // not unique: the backend keeps no map for it
      boolean primary = key.keySet().equals(Set.of("_id"));
      List<IndexKey> keys = new ArrayList<>();
      key.forEach((field, order) -> keys.add(new IndexKey(field, !(order instanceof Number n) || n.doubleValue() >= 0)));
      boolean sparse = Boolean.TRUE.equals(d.get("sparse"));
      MVMap<KeyValue, Object> map = IndexKeyType.open(store, mapName);
      out.computeIfAbsent(collection, c -> new ArrayList<>()).add(new UniqueIndex(map, name, keys, sparse && !primary, primary));
    }
    return out;
  }
}
