package org.samskap.bridge;

import java.util.List;
import java.util.Locale;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Rule T4: a request to the bridge with an Origin outside the allowlist gets 403. Requests
 * without an Origin (native clients, load tools) pass: authentication is by token, not cookie.
 *
 * <p>With no configured list, an Origin passes when it is this server's own on a loopback name
 * ({@code http://localhost:PORT}, {@code http://127.0.0.1:PORT}), or when its host and port are
 * the ones the request was sent to (its {@code Host} header), over http or https. That is the
 * same-origin case, so a LAN address or a reverse proxy that passes {@code Host} on works
 * without settings. A configured list is strict: only its exact entries pass.
 */
public final class OriginCheck implements Handler<RoutingContext> {
  private final List<String> configured;

  /** An empty list means this server's own origin, as described above. */
  public OriginCheck(List<String> configured) {
    this.configured = List.copyOf(configured);
  }

  @Override
  public void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    String origin = request.getHeader("Origin");
    if (origin == null || allowed(origin, request.authority(), request.localAddress().port())) {
      rc.next();
      return;
    }
    rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
        .end("Origin not allowed: " + origin);
  }

  /**
   * @param host the authority the request was sent to ({@code Host} header), or null if it had none
   * @param localPort the port the request came in on
   */
  boolean allowed(String origin, HostAndPort host, int localPort) {
    if (!configured.isEmpty()) return configured.contains(origin);
    return origin.equals("http://localhost:" + localPort)
        || origin.equals("http://127.0.0.1:" + localPort)
        || sameHostAndPort(origin, host);
  }

  /** True when an http(s) Origin names the same host and port as the request's Host header. */
  static boolean sameHostAndPort(String origin, HostAndPort host) {
    if (host == null || host.host() == null || host.host().isEmpty()) return false;
    int schemeEnd = origin.indexOf("://");
    if (schemeEnd < 0) return false;
    int defaultPort = switch (origin.substring(0, schemeEnd)) {
      case "http" -> 80;
      case "https" -> 443;
      default -> -1;
    };
    if (defaultPort < 0) return false;
    // an Origin is only scheme://host[:port]; parseAuthority refuses paths, user info and the like
    HostAndPort from = HostAndPort.parseAuthority(origin.substring(schemeEnd + 3), defaultPort);
    if (from == null || from.host().isEmpty()) return false;
    int hostPort = host.port() >= 0 ? host.port() : defaultPort;
    return from.port() == hostPort
        && from.host().toLowerCase(Locale.ROOT).equals(host.host().toLowerCase(Locale.ROOT));
  }
}
