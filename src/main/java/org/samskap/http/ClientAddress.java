package org.samskap.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.ext.web.RoutingContext;

/**
 * Which client a request comes from, for the per-address limits (rules H3 and P9). The socket
 * peer, unless the peer is a trusted proxy: loopback (a proxy on this machine) or an address in
 * {@code SAMSKAP_TRUSTED_PROXIES}. Then {@code X-Forwarded-For} is read from the right, and the
 * first address that is not a trusted proxy is the client. Other peers cannot choose their
 * address with the header.
 */
final class ClientAddress {
  private final List<IpSubnetFilterRule> trusted;

  private ClientAddress(List<IpSubnetFilterRule> trusted) {
    this.trusted = trusted;
  }

  /**
   * Trusts loopback and the given addresses or CIDR ranges ({@code 10.0.0.5}, {@code 172.28.0.0/16},
   * {@code fd00::/8}). Fails with a message naming the setting for an entry that is neither.
   */
  static ClientAddress trusting(List<String> proxies) {
    List<IpSubnetFilterRule> rules = new ArrayList<>();
    for (String entry : proxies) rules.add(rule(entry.strip()));
    return new ClientAddress(List.copyOf(rules));
  }

  String of(RoutingContext rc) {
    String peer = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    return client(peer, rc.request().getHeader("X-Forwarded-For"));
  }

  /** The client behind {@code peer}, given the {@code X-Forwarded-For} value it sent (or null). */
  String client(String peer, String forwarded) {
    if (forwarded == null || !isTrusted(peer)) return peer;
    String client = peer;
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty()) continue;
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  }

  boolean isTrusted(String ip) {
    InetAddress a = literal(ip);
    if (a == null) return false;
    if (a.isLoopbackAddress()) return true;
    InetSocketAddress s = new InetSocketAddress(a, 0);
    for (IpSubnetFilterRule r : trusted) if (r.matches(s)) return true;
    return false;
  }

  /** The address of an IP literal, or null; never a DNS lookup. */
  private static InetAddress literal(String ip) {
    return NetUtil.isValidIpV4Address(ip) || NetUtil.isValidIpV6Address(ip) ? NetUtil.createInetAddressFromIpAddressString(ip) : null;
  }

  private static IpSubnetFilterRule rule(String entry) {
    int slash = entry.indexOf('/');
    String ip = slash < 0 ? entry : entry.substring(0, slash);
    InetAddress a = literal(ip);
    int max = a == null ? 0 : a.getAddress().length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? max : Integer.parseInt(entry.substring(slash + 1));
    } catch (NumberFormatException e) {
      prefix = -1;
    }
    if (a == null || prefix < 0 || prefix > max) {
      throw new IllegalArgumentException("SAMSKAP_TRUSTED_PROXIES: '" + entry
          + "' is not an IP address or a CIDR range such as 10.0.0.0/8");
    }
    return new IpSubnetFilterRule(a, prefix, IpFilterRuleType.ACCEPT);
  }
}
