package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 21: the index key type orders keys as H2's default does, and the embedded database uses it. */
class IndexKeyTypeTest {

  private static List<KeyValue> keys() {
    Random r = new Random(21);
    List<KeyValue> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      out.add(new KeyValue("b" + r.nextInt(50) + ":" + r.nextInt(100_000)));
      out.add(new KeyValue((Object) (long) r.nextInt(1000)));
      out.add(new KeyValue("board" + r.nextInt(20), r.nextInt(500)));
    }
    return out;
  }

  @Test
  @DisplayName("compares every pair of keys exactly as H2's ObjectDataType does, also when asked again from the cache")
  void sameOrderAsObjectDataType() {
    ObjectDataType h2 = new ObjectDataType();
    List<KeyValue> keys = keys();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < keys.size(); i += 7) {
        for (KeyValue b : keys) {
          KeyValue a = keys.get(i);
          assertEquals(Integer.signum(h2.compare(a, b)), Integer.signum(IndexKeyType.INSTANCE.compare(a, b)), a + " vs " + b);
        }
      }
    }
  }

  @Test
  @DisplayName("writes a key in exactly the bytes H2's ObjectDataType writes, also from the cache")
  void sameBytesAsObjectDataType() {
    ObjectDataType h2 = new ObjectDataType();
    for (KeyValue k : keys()) {
      for (int round = 0; round < 2; round++) {
        org.h2.mvstore.WriteBuffer expected = new org.h2.mvstore.WriteBuffer();
        org.h2.mvstore.WriteBuffer actual = new org.h2.mvstore.WriteBuffer();
        h2.write(expected, k);
        IndexKeyType.INSTANCE.write(actual, k);
        assertEquals(java.util.HexFormat.of().formatHex(bytes(expected)), java.util.HexFormat.of().formatHex(bytes(actual)), k.toString());
      }
    }
  }

  private static byte[] bytes(org.h2.mvstore.WriteBuffer b) {
    java.nio.ByteBuffer buf = b.getBuffer();
    buf.flip();
    byte[] out = new byte[buf.remaining()];
    buf.get(out);
    return out;
  }

  @Test
  @DisplayName("a map written with H2's default key type is read with the index key type: every key is found")
  void readsAFileWrittenWithTheDefaultType() throws Exception {
    Path dir = Files.createTempDirectory("index-key-type");
    String file = dir.resolve("t.mv.db").toString();
    List<KeyValue> keys = keys();
    try (MVStore s = new MVStore.Builder().fileName(file).open()) {
      MVMap<KeyValue, Object> m = s.openMap("db.c._index__id_");
      for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), (long) i);
      s.commit();
    }
    try (MVStore s = new MVStore.Builder().fileName(file).open()) {
      IndexKeyType.openAll(s);
      MVMap<KeyValue, Object> m = s.openMap("db.c._index__id_");
      assertInstanceOf(IndexKeyType.class, m.getKeyType());
      for (KeyValue k : keys) assertEquals(true, m.containsKey(new KeyValue(k.stream().toArray())), k.toString());
      m.put(new KeyValue("written with the index key type"), -1L);
      s.commit();
    }
    try (MVStore s = new MVStore.Builder().fileName(file).open()) { // and back with the default type
      MVMap<KeyValue, Object> m = s.openMap("db.c._index__id_");
      for (KeyValue k : keys) assertEquals((long) keys.lastIndexOf(k), m.get(k), k.toString()); // the last put wins
      assertEquals(-1L, m.get(new KeyValue("written with the index key type")));
    }
  }

  @Test
  @DisplayName("the embedded database opens its unique-index maps, new and existing, with the index key type")
  void embeddedDatabaseUsesIt() throws Exception {
    Path dir = Files.createTempDirectory("index-key-type-db");
    for (int run = 0; run < 2; run++) {
      try (EmbeddedMongo mongo = EmbeddedMongo.start(dir, 0, false);
          MongoClient client = MongoClients.create(mongo.connectionString())) {
        var events = client.getDatabase("samskap").getCollection("events");
        for (int i = 0; i < 50; i++) events.insertOne(new Document("_id", "b" + run + ":" + i).append("v", i));
        assertEquals(50L * (run + 1), events.countDocuments());
        assertEquals(1L, events.countDocuments(new Document("_id", "b0:7")));
        MVStore store = mongo.backend().getMvStore();
        int indexMaps = 0;
        for (String name : store.getMapNames()) {
          if (!name.contains(OrphanRepair.INDEX_INFIX)) continue;
          indexMaps++;
          assertInstanceOf(IndexKeyType.class, store.openMap(name).getKeyType(), name);
        }
        assertEquals(true, indexMaps > 0, "no index map found");
      }
    }
  }
}
