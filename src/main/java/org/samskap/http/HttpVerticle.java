package org.samskap.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSHandlerOptions;
import io.vertx.ext.web.handler.sockjs.Transport;

import org.samskap.access.BoardAccess;
import org.samskap.access.GuessLimiter;
import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardStore;
import org.samskap.bridge.AddressLimits;
import org.samskap.bridge.BridgeGuard;
import org.samskap.bridge.OriginCheck;
import org.samskap.bridge.StrictUtf8;
import org.samskap.kinds.BoardKinds;
import org.samskap.config.SamskapConfig;
import org.samskap.protocol.Addresses;

/** The HTTP front: REST, health, the event-bus bridge and the static web app. */
public final class HttpVerticle extends VerticleBase {
  static final String CSP = "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
      + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final SamskapConfig config;
  private final BoardStore store;
  private final BoardAccess access;
  private final BoardDirectory directory;
  private final BoardKinds kinds;
  private org.samskap.polls.PollStore polls;
  private HttpServer server;
  private BridgeGuard guard;
  private org.samskap.pilots.PilotStore pilots;
  private org.samskap.history.HistoryStore historyStore;

  /** Serves the pilot API and pages too (docs/API.md); call before deploying. */
  public HttpVerticle withPilots(org.samskap.pilots.PilotStore pilotStore) {
    this.pilots = pilotStore;
    return this;
  }

  public HttpVerticle(SamskapConfig config, BoardStore store, BoardAccess access, BoardDirectory directory,
      BoardKinds kinds) {
    this.config = config;
    this.kinds = kinds;
    this.store = store;
    this.access = access;
    this.directory = directory;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.errorHandler(413, rc -> Problems.send(rc, 413, "too_large", "The request body is too large."));
    router.route().handler(rc -> {
      rc.response().headers()
          .set("Content-Security-Policy", CSP)
          .set("X-Content-Type-Options", "nosniff")
          .set("Referrer-Policy", "no-referrer")
          .set("X-Frame-Options", "DENY");
      rc.next();
    });
    ClientAddress clients = ClientAddress.trusting(config.trustedProxies());
    router.route("/api/*").handler(new ApiLimiter(config.apiRequestsPerMinute(), clients, System::nanoTime)); // rule H3
    // Wrong tokens per client address, over REST (H4) and the bridge (A8) together.
    GuessLimiter tokenFailures = new GuessLimiter(config.clientLimits().tokenFailuresPerMinute(), System::currentTimeMillis);
    router.route("/api/*").handler(new TokenGuard(tokenFailures, clients));
    new BoardRoutes(store, access, kinds, config.publicUrl()).mount(router);
    new HealthRoutes(store).mount(router);
    new ExportRoutes(vertx, store, access, directory, kinds, config.publicUrl(), config.maxNoteChars()).mount(router); // before ImportRoutes: /api/boards/import
    new ImportRoutes(vertx, access, directory).mount(router);
    org.samskap.history.History history = historyStore == null ? null
        : new org.samskap.history.History(vertx, directory, historyStore, System::currentTimeMillis, org.samskap.history.History.DEFAULT_EVERY_MS);
    if (history != null) new HistoryRoutes(vertx, access, history).mount(router);
    new LinkRoutes(store, access, config.publicUrl()).mount(router);
    if (polls != null) {
      new PollRoutes(polls, access, config.publicUrl()).mount(router);
      new VoterRoutes(polls, clients, System::currentTimeMillis).mount(router);
    }

    guard = new BridgeGuard(vertx, access, directory, config.maxFrameBytes(), config.opsPerSecond());
    guard.addressLimits(new AddressLimits(clients::of, tokenFailures, config.clientLimits().unauthenticatedSockets(),
        config.clientLimits().authTimeoutSeconds())); // rules A8, T11
    org.samskap.pilots.PilotAccess pilotAccess = pilots == null ? null : new org.samskap.pilots.PilotAccess(pilots, access);
    if (pilotAccess != null) {
      new PilotExportRoutes(vertx, pilots, pilotAccess).mount(router); // before PilotRoutes: its body cap
      new PilotRoutes(vertx, pilots, pilotAccess).mount(router); // mounts the body handler of /api/pilots* first
      new PilotConvertRoute(vertx, access, directory, pilots).mount(router);
      guard.pilotAccess((id, token) -> pilotAccess.check(id, token).map(g -> g.isPresent()));
      router.get("/p/:pilotId").handler(rc -> rc.reroute("/pilot.html"));
    }
    SockJSHandlerOptions sockJs = new SockJSHandlerOptions().setRegisterWriteHandler(false);
    for (Transport t : new Transport[] {Transport.XHR, Transport.EVENT_SOURCE, Transport.HTML_FILE, Transport.JSON_P}) {
      sockJs.addDisabledTransport(t.name());
    }
    SockJSBridgeOptions bridge = new SockJSBridgeOptions()
        .addInboundPermitted(new PermittedOptions().setAddressRegex(Addresses.OPS.pattern()))
        .addInboundPermitted(new PermittedOptions().setAddress(Addresses.REFUSALS))
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(Addresses.EVENTS.pattern()))
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(org.samskap.pilots.PilotAddresses.EVENTS.pattern()))
        .setReplyTimeout(20_000);
    router.route("/eventbus/*").handler(new OriginCheck(config.allowedOrigins()));
    router.route("/eventbus/*").subRouter(SockJSHandler.create(vertx, sockJs).bridge(bridge, guard));

    // Each board kind has its own page, web/<kind>.html (ideas: board.html). An unknown board
    // gets the idea page, which tells the person the link is not valid.
    router.get("/b/:boardId").handler(rc -> access.kindOf(rc.pathParam("boardId"))
        .onComplete(ar -> rc.reroute(ar.succeeded() ? pageOf(ar.result().orElse("")) : "/board.html")));
    new Pages(vertx).mount(router); // the pages, with the shared head of web/parts/head.html
    router.route().handler(StaticHandler.create("webroot").setCachingEnabled(false).setIncludeHidden(false));

    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.httpHost())
        .setPort(config.httpPort())
        .setMaxWebSocketFrameSize(4 * config.maxFrameBytes())
        .setMaxWebSocketMessageSize(4 * config.maxFrameBytes());
    Future<Void> historyReady = history == null ? Future.succeededFuture() : history.start();
    return historyReady.compose(v -> vertx.createHttpServer(options)
        .connectionHandler(StrictUtf8::install) // rule T12
        .requestHandler(router).listen()).onSuccess(s -> server = s);
  }

  /** Board history (docs/EXPORT.md); set before deploying. */
  public HttpVerticle withHistory(org.samskap.history.HistoryStore historyStore) {
    this.historyStore = historyStore;
    return this;
  }

  /** Link polls (rules P1-P9); set before deploying. */
  public HttpVerticle withPolls(org.samskap.polls.PollStore pollStore) {
    this.polls = pollStore;
    return this;
  }

  /** Creates the poll collections' indexes (the unique ballot index of rule P5). */
  public Future<Void> pollsReady() {
    return polls == null ? Future.succeededFuture() : polls.init();
  }

  static String pageOf(String kind) {
    return org.samskap.kinds.KindRegistry.page(kind);
  }

  public int port() {
    return server.actualPort();
  }

  public BridgeGuard guard() {
    return guard;
  }

  static JsonObject status(String s) {
    return new JsonObject().put("status", s);
  }
}
