package org.samskap.tools.load;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * How late the load generator itself is, so that a late generator is seen and not taken for a
 * slow server (issue 21): the send lag (an op's actual send after its due time on the fixed
 * schedule) and the receive-loop delay (how long a task waits for the event loops that read and
 * handle every received frame, {@link LoadClient}; each loop is probed every
 * {@link #PROBE_MILLIS} ms). A run is marked late when either p99 is above
 * {@link #LATE_MILLIS} ms, a receive loop was busy (on a core or waiting for one) more
 * than {@link #BUSY_PERCENT} % of the time, or fewer than 95 % of the scheduled ops were sent.
 */
final class GeneratorLag {
  static final long PROBE_MILLIS = 10;
  static final double LATE_MILLIS = 5.0;
  /**
   * A receive loop that ran or waited to run for more than this share of the measured time had
   * no idle moment: frames may have waited unread in the kernel, which the loop-delay probe
   * does not see (a Netty loop runs queued tasks between reads however many reads wait).
   */
  static final double BUSY_PERCENT = 90.0;

  private final Recorder send = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
  private final Recorder loop = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
  private final AtomicLong sent = new AtomicLong();
  private volatile boolean measuring;
  private long measureStart;
  private long measureEnd;
  private ServerStats cpuStart;
  private ServerStats cpuEnd;
  private List<Long> loopThreads = List.of();
  private long[] loopStart = new long[0];
  private long[] loopEnd = new long[0];

  /** The receive loops' Linux thread ids: their busy share is reported (empty: not measured). */
  void loopThreads(List<Long> ids) {
    loopThreads = List.copyOf(ids);
  }

  void measuring(boolean on) {
    if (on) {
      send.reset();
      loop.reset();
      sent.set(0);
      cpuStart = ServerStats.read(ProcessHandle.current().pid());
      loopStart = schedstat(loopThreads);
      measureStart = System.nanoTime();
    } else {
      measureEnd = System.nanoTime();
      loopEnd = schedstat(loopThreads);
      cpuEnd = ServerStats.read(ProcessHandle.current().pid());
    }
    measuring = on;
  }

  /** An op due at {@code due} left at {@code at}. */
  void sent(long due, long at) {
    if (!measuring) return;
    sent.incrementAndGet();
    send.recordValue(Math.min(TimeUnit.SECONDS.toNanos(60), Math.max(0, at - due)));
  }

  /** Starts probing each receive loop; shut the returned scheduler down to stop. */
  ScheduledExecutorService probe(List<Executor> loops) {
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "load-probe");
      t.setDaemon(true);
      return t;
    });
    s.scheduleAtFixedRate(() -> {
      for (Executor receive : loops) {
        long asked = System.nanoTime();
        receive.execute(() -> {
          if (measuring) loop.recordValue(Math.min(TimeUnit.SECONDS.toNanos(60), System.nanoTime() - asked));
        });
      }
    }, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    return s;
  }

  /**
   * The busiest receive loop's share of the measured time on a core or waiting for one (Linux
   * {@code schedstat}: run time plus run-queue wait), in percent; null when not measured.
   */
  private Double busiestLoopPercent(double seconds) {
    if (loopStart == null || loopEnd == null || loopStart.length == 0 || loopStart.length != loopEnd.length
        || seconds <= 0) return null;
    double max = 0;
    for (int i = 0; i < loopStart.length; i += 2) {
      double busyNanos = (loopEnd[i] - loopStart[i]) + (loopEnd[i + 1] - loopStart[i + 1]);
      max = Math.max(max, busyNanos / (seconds * 1e9) * 100);
    }
    return Math.round(max * 10) / 10.0;
  }

  /** Run time and run-queue wait (ns) of each thread, in pairs; null when unreadable. */
  private static long[] schedstat(List<Long> tids) {
    long[] out = new long[tids.size() * 2];
    try {
      for (int i = 0; i < tids.size(); i++) {
        String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/task", Long.toString(tids.get(i)), "schedstat"))
            .trim().split(" ");
        out[2 * i] = Long.parseLong(f[0]);
        out[2 * i + 1] = Long.parseLong(f[1]);
      }
      return out;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Adds {@code generator} (send lag, receive-loop delay, late or not, and the generator's own
   * CPU while measuring, per received frame of {@code received}) to {@code result}.
   */
  void result(JsonObject result, double scheduledPerSecond, long received) {
    Histogram s = send.getIntervalHistogram();
    Histogram l = loop.getIntervalHistogram();
    double seconds = (measureEnd - measureStart) / 1e9;
    double sentPerSecond = seconds > 0 ? sent.get() / seconds : 0;
    JsonObject sendLag = LoadStats.percentiles(s);
    JsonObject loopDelay = LoadStats.percentiles(l);
    Double busy = busiestLoopPercent(seconds);
    boolean late = sendLag.getDouble("p99") > LATE_MILLIS || loopDelay.getDouble("p99") > LATE_MILLIS
        || sentPerSecond < 0.95 * scheduledPerSecond || (busy != null && busy > BUSY_PERCENT);
    result.put("generator", new JsonObject()
        .put("sendLagMs", sendLag)
        .put("receiveLoopDelayMs", loopDelay)
        .put("sentPerSecond", Math.round(sentPerSecond * 10) / 10.0)
        .put("scheduledPerSecond", scheduledPerSecond)
        .put("late", late));
    if (busy != null) result.getJsonObject("generator").put("receiveLoopBusyPercent", busy);
    if (cpuStart != null && cpuEnd != null && seconds > 0) {
      double cpu = cpuEnd.cpuSeconds() - cpuStart.cpuSeconds();
      result.getJsonObject("generator").put("cpuPercent", Math.round(cpu / seconds * 1000) / 10.0)
          .put("cpuMicrosPerReceived", received > 0 ? Math.round(cpu * 1e6 / received * 100) / 100.0 : 0);
    }
  }
}
