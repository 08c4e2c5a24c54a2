package org.samskap.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.FreeSpaceBitSet;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.SingleFileStore;

/**
 * Rule D3: overwrites with zeros every block of an MVStore file that the store counts as free.
 * A freed chunk keeps its old bytes until MVStore happens to write a new chunk over it, so a
 * deleted document can be read from the file long after the delete; a block the store counts
 * as free is one it may overwrite itself at any time, so zeroing it changes nothing the store
 * can read. MVStore does not expose its free-space map or its channel, so they are read by
 * reflection (checked by {@code DeletedBytesIT} for the H2 version in the pom). Call only
 * under the backend's write lock (rule S1), after a commit.
 */
final class FreeBlocks {
  static final int BLOCK = 4096;

  private FreeBlocks() {}

  /** Zeroes the free blocks, forces the file to the disk, and returns how many blocks were zeroed. */
  static long overwrite(MVStore store) {
    FileStore<?> fs = store.getFileStore();
    if (!(fs instanceof SingleFileStore file)) {
      throw new IllegalStateException("not a single-file MVStore: " + fs.getClass().getSimpleName());
    }
    FreeSpaceBitSet free = field(RandomAccessStore.class, "freeSpace", file, FreeSpaceBitSet.class);
    FileChannel channel = field(SingleFileStore.class, "fileChannel", file, FileChannel.class);
    try {
      long size = channel.size();
      long zeroed = 0;
      ByteBuffer zeros = ByteBuffer.allocate(BLOCK);
      for (long pos = 2L * BLOCK; pos + BLOCK <= size; pos += BLOCK) { // blocks 0 and 1: the file headers
        if (!free.isFree(pos, BLOCK)) continue;
        zeros.clear();
        while (zeros.hasRemaining()) channel.write(zeros, pos + zeros.position());
        zeroed++;
      }
      zeroChunkPadding(store, channel);
      channel.force(true);
      return zeroed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot overwrite free blocks of " + fs.getFileName(), e);
    }
  }

  /** MVStore's chunk footer length (package-private {@code Chunk.FOOTER_LENGTH} in H2 2.3.232). */
  static final int CHUNK_FOOTER = 128;

  /**
   * Zeroes the padding of every live chunk: the bytes between its table of contents and its
   * footer. H2 2.3.232 rounds a chunk up to whole blocks with the limit of a reused write buffer,
   * so the padding holds whatever an earlier chunk left in the buffer, deleted text among it
   * (seen under rule S4, whose checkpoints write large chunks: ProjectDeleteIT). The store never
   * reads those bytes.
   */
  static long zeroChunkPadding(MVStore store, FileChannel channel) throws IOException {
    long zeroed = 0;
    for (var e : store.getLayoutMap().entrySet()) {
      if (!e.getKey().startsWith("chunk.")) continue;
      java.util.Map<String, String> f = new java.util.HashMap<>();
      for (String part : e.getValue().split(",")) {
        int colon = part.indexOf(':');
        if (colon > 0) f.put(part.substring(0, colon), part.substring(colon + 1));
      }
      if (!f.containsKey("block") || !f.containsKey("len") || !f.containsKey("pages") || !f.containsKey("toc")) continue;
      long start = Long.parseLong(f.get("block"), 16) * BLOCK;
      long end = start + Long.parseLong(f.get("len"), 16) * BLOCK - CHUNK_FOOTER;
      long from = start + Long.parseLong(f.get("toc"), 16) + Long.parseLong(f.get("pages"), 16) * 8;
      if (from <= start || from >= end || end > channel.size()) continue;
      ByteBuffer zeros = ByteBuffer.allocate((int) (end - from));
      while (zeros.hasRemaining()) channel.write(zeros, from + zeros.position());
      zeroed += end - from;
    }
    return zeroed;
  }

  private static <T> T field(Class<?> owner, String name, Object target, Class<T> type) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return type.cast(f.get(target));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("MVStore has no field " + owner.getSimpleName() + "." + name
          + " (another H2 version?): deleted data cannot be overwritten", e);
    }
  }
}
