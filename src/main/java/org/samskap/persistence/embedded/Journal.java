package org.samskap.persistence.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Rule S4 (docs/ARCHITECTURE.md): the write-ahead journal of the embedded database,
 * {@code samskap.journal} next to {@code samskap.mv.db}. Every data-changing command is one
 * record, in the order the commands ran: {@code [length int][seq long][crc32 int][BSON]}, where
 * the CRC covers the sequence number and the BSON, and the BSON is {@code {db, cmd, q}} written
 * with mongo-java-server's own encoder, so every value reads back as the server decoded it.
 *
 * <p>Records are appended to an in-memory buffer under the backend's write lock (so the
 * journal's order is the order the commands ran); the group commit's leader swaps the buffer out
 * and writes it to the file under the journal lock; a checkpoint (an MVStore commit) empties the
 * file. The class itself takes no lock: each method says which lock its caller holds.
 */
final class Journal implements AutoCloseable {
  static final String FILE_NAME = "samskap.journal";
  static final int HEADER = 16;
  /** A record longer than this is not one the server wrote (the wire protocol's limit is 48 MB). */
  static final int MAX_RECORD = 64 << 20;

  private final Path path;
  private FileChannel channel;
  /** Records not yet written to the file; guarded by the backend's write lock. */
  private ByteBuf pending = Unpooled.buffer(64 << 10);
  /** The other buffer: the batch being written, then reused; swapped only under the journal lock. */
  private ByteBuf spare = Unpooled.buffer(64 << 10);
  /** Bytes in the file; guarded by the journal lock. */
  private long end;

  Journal(Path path) throws IOException {
    this.path = path;
    this.channel = open(path);
    this.end = channel.size();
  }

  private static FileChannel open(Path path) throws IOException {
    return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  Path path() {
    return path;
  }

  /** The command as a record's body: {@code {db, cmd, q}} in BSON. */
  static void encodeBody(String db, String command, Document query, ByteBuf out) {
    Document body = new Document();
    body.put("db", db);
    body.put("cmd", command);
    body.put("q", query);
    BsonEncoder.encodeDocument(body, out);
  }

  /**
   * Appends a command's record to the buffer; call under the write lock. On failure nothing of
   * the record stays in the buffer, and the exception is passed on.
   */
  void append(long seq, String db, String command, Document query) {
    int start = pending.writerIndex();
    try {
      pending.writeInt(0).writeLong(seq).writeInt(0);
      encodeBody(db, command, query, pending);
      int length = pending.writerIndex() - start - HEADER;
      pending.setInt(start, length);
      pending.setInt(start + 12, crc(pending, start + 4, length));
    } catch (RuntimeException e) {
      pending.writerIndex(start);
      throw e;
    }
  }

  /** The CRC-32 of a record's sequence number (at {@code seqAt}) and body (after the CRC). */
  private static int crc(ByteBuf buf, int seqAt, int bodyLength) {
    CRC32 crc = new CRC32();
    crc.update(buf.nioBuffer(seqAt, 8));
    crc.update(buf.nioBuffer(seqAt + 12, bodyLength));
    return (int) crc.getValue();
  }

  /** True when records wait in the buffer; call under the write lock. */
  boolean hasPending() {
    return pending.isReadable();
  }

  /**
   * Takes the buffered records out, for {@link #write}; call under the journal lock and the
   * write lock. The returned buffer stays valid until the next swap, which (under the journal
   * lock) can only come after its write.
   */
  ByteBuf swap() {
    ByteBuf batch = pending;
    pending = spare.clear();
    spare = batch;
    return batch;
  }

  /** Drops the buffered records (a checkpoint covers them); call under both locks. */
  void discardPending() {
    pending.clear();
  }

  /** Writes a swapped-out batch at the end of the file (and forces it); call under the journal lock. */
  void write(ByteBuf batch, boolean force) throws IOException {
    int length = batch.readableBytes();
    ByteBuffer bytes = batch.nioBuffer(batch.readerIndex(), length);
    long at = end;
    while (bytes.hasRemaining()) at += channel.write(bytes, at);
    if (force) channel.force(false);
    end = at;
    batch.clear();
  }

  /** Bytes in the file; call under the journal lock. */
  long size() {
    return end;
  }

  /**
   * Empties the file after a checkpoint; call under the journal lock. With {@code zero} (rule
   * D3) its bytes are first overwritten with zeros and forced, so no deleted text stays in the
   * blocks the file gave back; {@code force} forces the new length.
   */
  void empty(boolean zero, boolean force) throws IOException {
    if (!channel.isOpen()) channel = open(path); // an interrupted thread closed it: open it again
    long size = channel.size();
    if (zero && size > 0) {
      ByteBuffer zeros = ByteBuffer.allocate(64 << 10);
      for (long at = 0; at < size; ) {
        zeros.clear();
        if (size - at < zeros.capacity()) zeros.limit((int) (size - at));
        at += channel.write(zeros, at);
      }
      channel.force(false);
    }
    channel.truncate(0);
    if (force || zero) channel.force(true);
    end = 0;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** One record read back. */
  record Entry(long seq, String db, String command, Document query) {}

  /** What {@link #read} found: the records in file order, and why it stopped (null: at the end). */
  record Contents(java.util.List<Entry> entries, String stop, long bytes) {}

  /**
   * Reads every whole record from the start of the file, stopping at the first that is torn
   * (shorter than its length says), has a bad CRC, or cannot be decoded. Call before the
   * backend takes commands.
   */
  Contents read() throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE) throw new IOException("journal too large to replay: " + size + " bytes");
    ByteBuffer all = ByteBuffer.allocate((int) size);
    while (all.hasRemaining()) {
      if (channel.read(all, all.position()) < 0) break;
    }
    all.flip();
    return parse(Unpooled.wrappedBuffer(all));
  }

  static Contents parse(ByteBuf in) {
    java.util.List<Entry> entries = new java.util.ArrayList<>();
    String stop = null;
    while (in.isReadable()) {
      int start = in.readerIndex();
      if (in.readableBytes() < HEADER) {
        stop = "torn header";
        break;
      }
      int length = in.getInt(start);
      if (length == 0 && in.getLong(start + 4) == 0) {
        stop = in.forEachByte(b -> b == 0) < 0 ? null : "zeros, then data";
        break;
      }
      if (length < 5 || length > MAX_RECORD || length > in.readableBytes() - HEADER) {
        stop = "torn record";
        break;
      }
      long seq = in.getLong(start + 4);
      if (in.getInt(start + 12) != crc(in, start + 4, length)) {
        stop = "bad checksum";
        break;
      }
      try {
        Document body = BsonDecoder.decodeBson(in.slice(start + HEADER, length));
        entries.add(new Entry(seq, (String) body.get("db"), (String) body.get("cmd"), (Document) body.get("q")));
      } catch (RuntimeException e) {
        stop = "undecodable record";
        break;
      }
      in.readerIndex(start + HEADER + length);
    }
    return new Contents(entries, stop, in.readerIndex());
  }
}
