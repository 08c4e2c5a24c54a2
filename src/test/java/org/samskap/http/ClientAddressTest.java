package org.samskap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule H3: which proxies are believed about the client's address (SAMSKAP_TRUSTED_PROXIES). */
class ClientAddressTest {
  @Test
  @DisplayName("H3: loopback is always trusted; other addresses only when listed, as an address or a CIDR range")
  void trusted_addresses() {
    ClientAddress none = ClientAddress.trusting(List.of());
    assertTrue(none.isTrusted("127.0.0.1"));
    assertTrue(none.isTrusted("::1"));
    assertFalse(none.isTrusted("172.28.0.5"));

    ClientAddress compose = ClientAddress.trusting(List.of("172.28.0.0/16", " 10.1.2.3 ", "fd00::/8"));
    assertTrue(compose.isTrusted("172.28.200.9"));
    assertFalse(compose.isTrusted("172.29.0.1"));
    assertTrue(compose.isTrusted("10.1.2.3"));
    assertFalse(compose.isTrusted("10.1.2.4"), "a plain address is a /32");
    assertTrue(compose.isTrusted("fd12:3456::1"));
    assertFalse(compose.isTrusted("2001:db8::1"));
  }

  @Test
  @DisplayName("H3: a header value that is not an IP literal is never trusted (and never looked up in DNS)")
  void non_literals_are_not_trusted() {
    ClientAddress c = ClientAddress.trusting(List.of("0.0.0.0/0"));
    assertFalse(c.isTrusted("localhost"));
    assertFalse(c.isTrusted("unknown"));
    assertFalse(c.isTrusted(""));
  }

  @Test
  @DisplayName("H3: a bad entry stops the start with a message naming the setting and the entry")
  void bad_entries_are_refused() {
    for (String bad : List.of("proxy.kommune.no", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting(List.of(bad)));
      assertTrue(e.getMessage().startsWith("SAMSKAP_TRUSTED_PROXIES: '" + bad.strip() + "'"), e.getMessage());
    }
  }

  @Test
  @DisplayName("H3: X-Forwarded-For is read from the right, past trusted proxies, and only from a trusted peer")
  void forwarded_chain() {
    ClientAddress c = ClientAddress.trusting(List.of("10.0.0.0/8"));
    assertEquals("198.51.100.9", c.client("127.0.0.1", "198.51.100.9"), "a proxy on this machine");
    assertEquals("198.51.100.9", c.client("10.0.0.2", "203.0.113.1, 198.51.100.9, 10.0.0.7"),
        "a trusted load balancer behind a trusted proxy: the first untrusted hop from the right");
    assertEquals("203.0.113.50", c.client("203.0.113.50", "198.51.100.9"), "an untrusted peer cannot choose its address");
    assertEquals("10.0.0.2", c.client("10.0.0.2", null), "no header: the peer");
    assertEquals("10.0.0.2", c.client("10.0.0.2", " , "), "an empty header: the peer");
    assertEquals("10.0.0.3", c.client("10.0.0.2", "10.0.0.3"), "all hops trusted: the farthest one");
    assertEquals("garbage", c.client("127.0.0.1", "garbage"), "a value that is no address is its own key, not trusted");
  }
}
