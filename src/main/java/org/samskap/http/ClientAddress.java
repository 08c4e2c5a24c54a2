package org.samskap.http;

import io.vertx.ext.web.RoutingContext;

/** Which client a request comes from, for the per-address limits (rules H3 and P9). */
final class ClientAddress {
  private ClientAddress() {}

  /**
   * The socket peer, or for a peer on loopback (a reverse proxy on this machine) the last entry
   * of {@code X-Forwarded-For}, the address the proxy saw. Remote peers cannot choose their
   * address with the header.
   */
  static String of(RoutingContext rc) {
    String peer = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    String forwarded = rc.request().getHeader("X-Forwarded-For");
    if (forwarded == null || !isLoopback(peer)) return peer;
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? peer : last;
  }

  private static boolean isLoopback(String ip) {
    return ip.startsWith("127.") || "0:0:0:0:0:0:0:1".equals(ip) || "::1".equals(ip);
  }
}
