package org.samskap.bridge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.vertx.core.net.HostAndPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule T4: which Origin headers may open the bridge. */
class OriginCheckTest {
  static final int PORT = 8080;
  static final OriginCheck DEFAULT = new OriginCheck(List.of());

  static HostAndPort host(String h, int port) {
    return HostAndPort.create(h, port);
  }

  @Test
  @DisplayName("T4: with no list, this server's own loopback origins pass, on the port the request came in on")
  void T4_default_allows_own_loopback_origins() {
    assertTrue(DEFAULT.allowed("http://localhost:8080", null, PORT));
    assertTrue(DEFAULT.allowed("http://127.0.0.1:8080", null, PORT));
    assertFalse(DEFAULT.allowed("http://localhost:9090", null, PORT), "another port is another origin");
    assertFalse(DEFAULT.allowed("http://127.0.0.1:9090", host("127.0.0.1", 8080), PORT));
    assertFalse(DEFAULT.allowed("http://localhost", null, PORT));
  }

  @Test
  @DisplayName("T4: with no list, an Origin whose host:port is the request's Host passes (LAN address, reverse proxy)")
  void T4_default_allows_the_origin_of_the_host_header() {
    assertTrue(DEFAULT.allowed("http://192.168.1.20:8080", host("192.168.1.20", 8080), PORT));
    assertTrue(DEFAULT.allowed("http://samskap.local:8080", host("samskap.local", 8080), PORT));
    // behind a TLS proxy: the Host header has no port, the browser's origin is https on 443
    assertTrue(DEFAULT.allowed("https://samskap.kommune.no", host("samskap.kommune.no", -1), PORT));
    assertTrue(DEFAULT.allowed("http://samskap.kommune.no", host("samskap.kommune.no", -1), PORT));
    assertTrue(DEFAULT.allowed("https://samskap.kommune.no:8443", host("samskap.kommune.no", 8443), PORT));
    // an explicit default port in the Host header is the same origin
    assertTrue(DEFAULT.allowed("https://samskap.kommune.no", host("samskap.kommune.no", 443), PORT));
    assertTrue(DEFAULT.allowed("http://samskap.kommune.no", host("samskap.kommune.no", 80), PORT));
    // host names are case-insensitive
    assertTrue(DEFAULT.allowed("https://samskap.kommune.no", host("Samskap.Kommune.NO", -1), PORT));
    assertTrue(DEFAULT.allowed("http://[::1]:8080", host("[::1]", 8080), PORT));
  }

  @Test
  @DisplayName("T4: with no list, an Origin that differs from the Host in host, port or default port is refused")
  void T4_default_refuses_other_hosts_and_ports() {
    assertFalse(DEFAULT.allowed("https://evil.example", host("samskap.kommune.no", -1), PORT));
    assertFalse(DEFAULT.allowed("http://samskap.kommune.no.evil.example", host("samskap.kommune.no", -1), PORT));
    assertFalse(DEFAULT.allowed("http://192.168.1.20:9999", host("192.168.1.20", 8080), PORT));
    assertFalse(DEFAULT.allowed("https://samskap.kommune.no", host("samskap.kommune.no", 80), PORT), "https is 443, not 80");
    assertFalse(DEFAULT.allowed("http://samskap.kommune.no", host("samskap.kommune.no", 443), PORT), "http is 80, not 443");
    assertFalse(DEFAULT.allowed("http://192.168.1.20:8080", null, PORT), "no Host header, no match");
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "", "samskap.kommune.no", "ws://samskap.kommune.no", "ftp://samskap.kommune.no",
      "file://samskap.kommune.no", "https://samskap.kommune.no/", "https://samskap.kommune.no/path",
      "https://user@samskap.kommune.no", "HTTPS://samskap.kommune.no", "https://samskap.kommune.no:99999",
      "https://", "https://samskap.kommune.no:443:443"})
  @DisplayName("T4: malformed Origins and other schemes never match the Host")
  void T4_malformed_origins_are_refused(String origin) {
    assertFalse(DEFAULT.allowed(origin, host("samskap.kommune.no", -1), PORT), origin);
  }

  @Test
  @DisplayName("T4: a configured list is strict: only its exact entries pass, not loopback and not the Host")
  void T4_a_configured_list_is_strict() {
    OriginCheck strict = new OriginCheck(List.of("https://samskap.kommune.no", "http://10.0.0.5:8080"));
    assertTrue(strict.allowed("https://samskap.kommune.no", host("samskap.kommune.no", -1), PORT));
    assertTrue(strict.allowed("http://10.0.0.5:8080", null, PORT));
    assertFalse(strict.allowed("http://localhost:8080", host("localhost", 8080), PORT));
    assertFalse(strict.allowed("http://127.0.0.1:8080", null, PORT));
    assertFalse(strict.allowed("http://intranet.example:8080", host("intranet.example", 8080), PORT),
        "the Host match is only the default, not added to a list");
    assertFalse(strict.allowed("https://SAMSKAP.kommune.no", null, PORT), "entries are compared exactly");
    assertFalse(strict.allowed("https://samskap.kommune.no:443", null, PORT));
  }
}
