package org.samskap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * Benchmark, not a test (docs/PERFORMANCE.md, "Group commit"): CPU of the embedded database
 * process per stored event. Start the database alone and pinned
 * ({@code taskset -c 0 java -cp ... org.samskap.persistence.embedded.EmbeddedMongoMain}), then run
 * this pinned to the other core with its connection string and process id:
 * {@code EmbeddedCommitCpu <mongodb://...> <pid> [writers] [events] [eventsPerWrite]}. Each writer
 * sends {@code insertMany} of events of 100 boards in turn, one write in flight, as the server's
 * event writers do; it prints the database's CPU milliseconds per event (from {@code /proc}).
 */
public final class EmbeddedCommitCpu {
  private EmbeddedCommitCpu() {}

  public static void main(String[] args) throws Exception {
    String uri = args[0];
    long pid = Long.parseLong(args[1]);
    int writers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int events = args.length > 3 ? Integer.parseInt(args[3]) : 6000;
    int perWrite = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    try (MongoClient client = MongoClients.create(uri)) {
      MongoCollection<Document> coll = client.getDatabase("bench").getCollection("events_" + System.nanoTime());
      coll.createIndex(Indexes.ascending("board", "v"), new IndexOptions().unique(true));
      String body = "{\"op\":\"note.create\",\"text\":\"" + "x".repeat(120) + "\"}";
      AtomicLong next = new AtomicLong();
      long cpu0 = cpuMillis(pid);
      long t0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(pool.submit(() -> {
          while (true) {
            long first = next.getAndAdd(perWrite);
            if (first >= events) return null;
            List<Document> docs = new ArrayList<>(perWrite);
            for (long e = first; e < first + perWrite; e++) {
              long board = e % 100;
              long v = e / 100;
              docs.add(new Document("_id", "b" + board + ":" + v).append("board", "b" + board).append("v", v).append("body", body));
            }
            coll.insertMany(docs);
          }
        }));
      }
      for (Future<?> f : done) f.get();
      pool.shutdown();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpu = cpuMillis(pid) - cpu0;
      System.out.printf("writers=%d events=%d perWrite=%d wall=%d ms dbCpu=%d ms dbCpuPerEvent=%.3f ms events/s=%.0f%n",
          writers, events, perWrite, ms, cpu, (double) cpu / events, events * 1000.0 / ms);
    }
  }

  /** utime + stime of a process, in milliseconds (clock ticks of 10 ms). */
  static long cpuMillis(long pid) throws Exception {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
  }
}
