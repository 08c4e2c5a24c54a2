package org.samskap.tools.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * What a load run measures: fan-out latency (send → each other client's receipt of the event
 * with that clientOpId), ack latency (send → ok reply), ops, refusals and lost events.
 */
final class LoadStats {
  private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(60);

  /** One op in flight: who sent it, when, and how many receivers still wait for its event. */
  record Pending(String sender, long sentAt, boolean measured, AtomicInteger remaining) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Recorder fanout = new Recorder(MAX_NANOS, 3);
  private final Recorder ack = new Recorder(MAX_NANOS, 3);
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();
  private volatile boolean measuring;

  void measuring(boolean on) {
    measuring = on;
  }

  boolean measuring() {
    return measuring;
  }

  /** Records a send; returns whether it counts (sent while measuring). */
  boolean sent(String clientOpId, String sender, int receivers, long at) {
    boolean m = measuring;
    pending.put(clientOpId, new Pending(sender, at, m, new AtomicInteger(receivers)));
    if (m) sent.incrementAndGet();
    return m;
  }

  /** The reply to an op sent at {@code sentAt} while {@code measured} was on. */
  void replied(String clientOpId, boolean measured, JsonObject reply, long sentAt, long at) {
    boolean ok = reply != null && Boolean.TRUE.equals(reply.getBoolean("ok"));
    if (!ok) {
      // a refused op makes no event: nobody waits for it
      pending.remove(clientOpId);
      if (measured) {
        refused.incrementAndGet();
        String why = reply == null ? "no_reply" : String.valueOf(reply.getValue("reason"));
        reasons.computeIfAbsent(why, k -> new AtomicLong()).incrementAndGet();
      }
      return;
    }
    if (measured) {
      acked.incrementAndGet();
      ack.recordValue(Math.min(MAX_NANOS, at - sentAt));
    }
  }

  void received(String receiver, String clientOpId, long at) {
    Pending p = pending.get(clientOpId);
    if (p == null || p.sender().equals(receiver)) return;
    if (p.measured()) {
      delivered.incrementAndGet();
      fanout.recordValue(Math.min(MAX_NANOS, Math.max(0, at - p.sentAt())));
    }
    if (p.remaining().decrementAndGet() == 0) pending.remove(clientOpId);
  }

  /** Receipts still missing for measured ops. */
  long missing() {
    long n = 0;
    for (Pending p : pending.values()) if (p.measured()) n += Math.max(0, p.remaining().get());
    return n;
  }

  JsonObject result(double seconds) {
    Histogram f = fanout.getIntervalHistogram();
    Histogram a = ack.getIntervalHistogram();
    JsonObject r = new JsonObject()
        .put("opsSent", sent.get())
        .put("opsAcked", acked.get())
        .put("opsRefused", refused.get())
        .put("opsPerSecond", Math.round(acked.get() / seconds * 10) / 10.0)
        .put("eventsDelivered", delivered.get())
        .put("eventsLost", missing())
        .put("fanoutMs", percentiles(f))
        .put("ackMs", percentiles(a));
    JsonObject why = new JsonObject();
    reasons.forEach((k, v) -> why.put(k, v.get()));
    return r.put("refusedBy", why);
  }

  static JsonObject percentiles(Histogram h) {
    return new JsonObject()
        .put("count", h.getTotalCount())
        .put("p50", ms(h.getValueAtPercentile(50)))
        .put("p95", ms(h.getValueAtPercentile(95)))
        .put("p99", ms(h.getValueAtPercentile(99)))
        .put("max", ms(h.getMaxValue()));
  }

  static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
