package org.samskap.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A websocket client on a plain TCP socket that writes frames byte by byte, so a test can send
 * what no well-behaved client library would: a text frame whose payload is not UTF-8 (T12).
 * Client frames are masked as RFC 6455 requires; no extensions are negotiated.
 */
public final class RawWebSocket implements AutoCloseable {
  public static final int TEXT = 0x1;
  public static final int CONTINUATION = 0x0;
  public static final int CLOSE = 0x8;

  /** A frame from the server. */
  public record Frame(int opcode, byte[] payload) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** The status code of a close frame, or -1 if it has none. */
    public int closeCode() {
      return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final SecureRandom random = new SecureRandom();

  private RawWebSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Opens {@code /eventbus/websocket} on loopback and completes the upgrade. */
  public static RawWebSocket connect(int port) throws IOException {
    RawWebSocket ws = new RawWebSocket(new Socket("127.0.0.1", port));
    ws.socket.setSoTimeout(10_000);
    byte[] key = new byte[16];
    ws.random.nextBytes(key);
    String request = "GET /eventbus/websocket HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
        + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key)
        + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    ws.out.write(request.getBytes(StandardCharsets.US_ASCII));
    ws.out.flush();
    String head = ws.readHead();
    if (!head.startsWith("HTTP/1.1 101")) throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(head));
    return ws;
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) throw new EOFException("connection closed during the upgrade");
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** Writes one frame with the given opcode and payload bytes, masked. */
  public void frame(int opcode, boolean fin, byte[] payload) throws IOException {
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    f.write((fin ? 0x80 : 0) | opcode);
    int n = payload.length;
    if (n < 126) {
      f.write(0x80 | n);
    } else if (n < 65536) {
      f.write(0x80 | 126);
      f.write(n >>> 8);
      f.write(n & 0xff);
    } else {
      f.write(0x80 | 127);
      for (int i = 7; i >= 0; i--) f.write((int) ((long) n >>> (8 * i)) & 0xff);
    }
    byte[] mask = new byte[4];
    random.nextBytes(mask);
    f.write(mask);
    for (int i = 0; i < n; i++) f.write(payload[i] ^ mask[i % 4]);
    out.write(f.toByteArray());
    out.flush();
  }

  public void text(String text) throws IOException {
    frame(TEXT, true, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The next frame from the server, or null when the connection ended or nothing came in time. */
  public Frame next(Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    try {
      int b0 = in.readUnsignedByte();
      int b1 = in.readUnsignedByte();
      long n = b1 & 0x7f;
      if (n == 126) n = in.readUnsignedShort();
      else if (n == 127) n = in.readLong();
      byte[] mask = (b1 & 0x80) != 0 ? in.readNBytes(4) : null;
      byte[] payload = in.readNBytes((int) n);
      if (mask != null) for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
      return new Frame(b0 & 0x0f, payload);
    } catch (EOFException | SocketTimeoutException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
