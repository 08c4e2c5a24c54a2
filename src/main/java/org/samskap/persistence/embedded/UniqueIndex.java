package org.samskap.persistence.embedded;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A unique index over its MVMap, computing keys exactly as the backend does (same base
 * class), so a repair never mistakes a normalised key for a missing one.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> {
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
