package org.samskap.kinds;

import java.util.function.LongSupplier;

import org.samskap.config.SamskapConfig;
import org.samskap.exports.KindExports;

/**
 * Everything the rest of the server needs of one board kind (docs/ARCHITECTURE.md, "Board
 * kinds"): its wire name, its live boards built with this server's settings, its web page and
 * its exports. A kind implements this in its own folder and is registered with one line in
 * {@link KindRegistry}.
 */
public interface KindModule {

  /** The wire name, e.g. {@code ideas}. */
  String name();

  /** The name the home page offers this kind under, in nb, nn and en (docs/API.md, K1). */
  KindNames displayNames();

  /** The kind's live boards, with this server's limits; {@code clock} is the server clock (ms). */
  BoardKind kind(SamskapConfig config, LongSupplier clock);

  /** The page a board link of this kind opens ({@code /b/<id>}): by default {@code /<name>.html}. */
  default String page() {
    return "/" + name() + ".html";
  }

  KindExports exports();
}
