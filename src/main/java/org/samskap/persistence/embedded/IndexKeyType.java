package org.samskap.persistence.embedded;

import java.util.concurrent.atomic.AtomicReferenceArray;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded database's unique-index maps (issue 21). mongo-java-server keys
 * them by {@link KeyValue}, which is not {@code Comparable}, so H2's {@link ObjectDataType}
 * orders two keys by their Java serializations, made afresh for every comparison: an insert
 * into the events' {@code _id} index serialized dozens of keys, and the profile of 100
 * boards × 10 clients found 13 % of the server's CPU samples there. This type orders keys exactly the
 * same way (the same bytes, compared the same way), so existing files stay valid, but keeps a
 * key's bytes while the key is in use: the key searched for is serialized once per search, and
 * the keys of a cached page once until they are pushed out. A commit writes every key of each
 * changed page again; those bytes come from the same cache, written in exactly the format H2
 * writes them ({@link #SERIALIZED}, length, bytes), so the file is byte for byte what it was.
 *
 * <p>The cache is small and direct-mapped by identity: an entry is a key and its bytes; an
 * entry for another key in the same slot replaces it. Safe for concurrent readers (a slot is
 * replaced as a whole).
 */
final class IndexKeyType extends ObjectDataType {
  static final IndexKeyType INSTANCE = new IndexKeyType();
  /** Slots of the cache (a power of two). */
  static final int SLOTS = 1 << 14;

  /** H2's type tag of a Java-serialized object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}). */
  static final byte SERIALIZED = 19;

  private record Entry(KeyValue key, byte[] bytes) {}

  private final AtomicReferenceArray<Entry> cache = new AtomicReferenceArray<>(SLOTS);

  private IndexKeyType() {}

  /** Opens (or returns, if open) a unique-index map with this key type. */
  static MVMap<KeyValue, Object> open(MVStore store, String name) {
    return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(INSTANCE));
  }

  /** Opens every unique-index map of the file with this key type, before anything else opens them. */
  static void openAll(MVStore store) {
    for (String name : store.getMapNames()) {
      if (name.contains(OrphanRepair.INDEX_INFIX)) open(store, name);
    }
  }

  @Override
  public int compare(Object a, Object b) {
    if (a == b) return 0;
    if (a instanceof KeyValue ka && b instanceof KeyValue kb) return compareNotNull(bytes(ka), bytes(kb));
    return super.compare(a, b);
  }

  @Override
  public void write(org.h2.mvstore.WriteBuffer buff, Object obj) {
    if (!(obj instanceof KeyValue key)) {
      super.write(buff, obj);
      return;
    }
    byte[] data = bytes(key);
    buff.put(SERIALIZED).putVarInt(data.length).put(data);
  }

  /** As H2 estimates a serialized object: twice its bytes. */
  @Override
  public int getMemory(Object obj) {
    return obj instanceof KeyValue key ? 2 * bytes(key).length : super.getMemory(obj);
  }

  private byte[] bytes(KeyValue key) {
    int slot = System.identityHashCode(key) & (SLOTS - 1);
    Entry e = cache.get(slot);
    if (e != null && e.key() == key) return e.bytes();
    byte[] bytes = serialize(key);
    cache.set(slot, new Entry(key, bytes));
    return bytes;
  }
}
