package org.samskap.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.LongSupplier;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;

/**
 * The metrics of one node (docs/OPERATIONS.md, "Metrics"; rules ME1-ME3): Vert.x's built-in
 * meters (event bus, HTTP server, worker pools, JVM) and Samskap's own ({@link Meters}) in one
 * Prometheus registry, scraped at {@code GET /metrics} with {@code Authorization: Bearer} and
 * the token of {@code SAMSKAP_METRICS_TOKEN}.
 *
 * <p>Only this class and {@link PrometheusMeters} name Micrometer: a node with metrics off never
 * loads it (cold start).
 */
public final class NodeMetrics {
  /** Path of the scrape endpoint. */
  public static final String PATH = "/metrics";
  /**
   * Labels Vert.x may put on its meters: none holds an address, a path or a peer, so no board
   * id reaches a label (rule ME2). Event-bus addresses and request paths name boards.
   */
  static final EnumSet<Label> LABELS = EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE,
      Label.EB_SIDE, Label.EB_FAILURE, Label.POOL_TYPE, Label.POOL_NAME);

  /** The registries of the Vert.x instances {@link #vertx()} made. */
  private static final Map<Vertx, PrometheusMeterRegistry> REGISTRIES = Collections.synchronizedMap(new WeakHashMap<>());

  private final PrometheusMeterRegistry registry;
  private final PrometheusMeters meters;
  private final byte[] token;

  private NodeMetrics(PrometheusMeterRegistry registry, String token) {
    this.registry = registry;
    this.meters = new PrometheusMeters(registry);
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** A Vert.x whose built-in meters go to a Prometheus registry that {@link #of} then finds. */
  public static Vertx vertx() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    MicrometerMetricsOptions options = new MicrometerMetricsOptions()
        .setEnabled(true)
        .setJvmMetricsEnabled(true)
        .setLabels(LABELS);
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(options))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    REGISTRIES.put(vertx, registry);
    return vertx;
  }

  /**
   * The metrics of the node on {@code vertx}, scraped with {@code token}: in the registry of a
   * Vert.x made by {@link #vertx()}; otherwise (a cluster node, a test's own Vert.x) in a new
   * registry that holds Samskap's own meters only.
   */
  public static NodeMetrics of(Vertx vertx, String token) {
    PrometheusMeterRegistry registry = REGISTRIES.get(vertx);
    return new NodeMetrics(registry != null ? registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), token);
  }

  public Meters meters() {
    return meters;
  }

  /** Adds a gauge that is read when scraped. */
  public NodeMetrics gauge(String name, String description, LongSupplier value) {
    meters.gauge(name, description, value);
    return this;
  }

  /** Rule ME1: {@code GET /metrics}, answered 401 without the right bearer token. */
  public void mount(Router router) {
    router.get(PATH).handler(this::authorize).handler(PrometheusScrapingHandler.create(registry));
  }

  private void authorize(RoutingContext rc) {
    String header = rc.request().getHeader("Authorization");
    byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (MessageDigest.isEqual(given, token)) { // the same time whatever the token's first wrong byte
      rc.next();
      return;
    }
    rc.response().setStatusCode(401)
        .putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"")
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end("The metrics need the bearer token of SAMSKAP_METRICS_TOKEN.\n");
  }
}
