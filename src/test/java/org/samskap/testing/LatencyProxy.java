package org.samskap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that makes a database slow: every byte the client sends arrives
 * {@code latency} later, and each connection carries at most {@code bytesPerSecond} towards the
 * database (0: no limit), so a larger write takes longer, as on a slow disk. Replies pass at once.
 * Chunks are forwarded in order and pipelined: latency delays them, it does not serialise them.
 * {@link #fast()} releases what is held back and stops adding delay.
 */
public final class LatencyProxy implements AutoCloseable {
  private static final int CHUNK = 8192;

  private final ServerSocket server;
  private final int targetPort;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "latency-proxy");
    t.setDaemon(true);
    return t;
  });
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile long latencyNanos;
  private volatile long bytesPerSecond;
  /** Raised by {@link #fast()}: chunks held back under an older generation go out at once. */
  private volatile int generation;

  private record Chunk(byte[] bytes, long due, int generation) {}

  private static final Chunk END = new Chunk(new byte[0], 0, 0);

  private LatencyProxy(ServerSocket server, int targetPort) {
    this.server = server;
    this.targetPort = targetPort;
    threads.execute(this::accept);
  }

  public static LatencyProxy start(int targetPort) {
    try {
      ServerSocket s = new ServerSocket();
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new LatencyProxy(s, targetPort);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** From now on, bytes towards the database are late by {@code latency} and limited to {@code bytesPerSecond} per connection. */
  public void slow(Duration latency, long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
    this.latencyNanos = latency.toNanos();
  }

  /** No delay and no limit any more; bytes still held back go out now. */
  public void fast() {
    latencyNanos = 0;
    bytesPerSecond = 0;
    generation++;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(upstream);
        LinkedBlockingQueue<Chunk> toDatabase = new LinkedBlockingQueue<>();
        threads.execute(() -> read(client, toDatabase));
        threads.execute(() -> write(toDatabase, upstream));
        threads.execute(() -> copy(upstream, client));
      } catch (IOException e) {
        if (!server.isClosed()) continue;
        return;
      }
    }
  }

  /** Reads what the client sends and stamps each chunk with the time it may reach the database. */
  private void read(Socket from, LinkedBlockingQueue<Chunk> queue) {
    long linkFree = System.nanoTime();
    byte[] buf = new byte[CHUNK];
    try (InputStream in = from.getInputStream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        long now = System.nanoTime();
        long rate = bytesPerSecond;
        linkFree = Math.max(linkFree, now) + (rate > 0 ? n * 1_000_000_000L / rate : 0);
        queue.add(new Chunk(Arrays.copyOf(buf, n), linkFree + latencyNanos, generation));
      }
    } catch (IOException e) {
      // the connection closed
    } finally {
      queue.add(END);
    }
  }

  private void write(LinkedBlockingQueue<Chunk> queue, Socket to) {
    try (OutputStream out = to.getOutputStream()) {
      while (true) {
        Chunk c = queue.take();
        if (c == END) break;
        long wait;
        while ((wait = c.due() - System.nanoTime()) > 0 && c.generation() == generation) {
          LockSupport.parkNanos(Math.min(wait, 5_000_000));
        }
        out.write(c.bytes());
        out.flush();
      }
    } catch (IOException e) {
      // the connection closed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(to);
    }
  }

  private void copy(Socket from, Socket to) {
    byte[] buf = new byte[CHUNK];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // the connection closed
    } finally {
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    sockets.forEach(LatencyProxy::closeQuietly);
    threads.shutdownNow();
  }
}
