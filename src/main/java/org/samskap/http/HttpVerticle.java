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
import org.samskap.board.BoardWriter;
import org.samskap.boards.BoardCreation;
import org.samskap.boards.BoardExport;
import org.samskap.bridge.AddressLimits;
import org.samskap.bridge.BridgeGuard;
import org.samskap.bridge.OriginCheck;
import org.samskap.bridge.StrictUtf8;
import org.samskap.config.SamskapConfig;
import org.samskap.domain.Reason;
import org.samskap.history.History;
import org.samskap.history.HistoryStore;
import org.samskap.kinds.BoardKinds;
import org.samskap.pilots.PilotAccess;
import org.samskap.pilots.PilotCandidates;
import org.samskap.pilots.PilotService;
import org.samskap.pilots.PilotStore;
import org.samskap.polls.PollService;
import org.samskap.polls.PollStore;
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
  private final PollStore polls;
  private final PilotStore pilots;
  private final HistoryStore historyStore;
  private HttpServer server;
  private BridgeGuard guard;
  /** The node's load shedding, which readiness reports (rule O4). */
  private final org.samskap.board.LoadShedding shedding;
  /** The server's one clock (Samskap.CLOCK), for every use case and limiter this verticle wires. */
  private final java.util.function.LongSupplier clock;
  /** Set when a graceful stop begins (R7): no new sockets, readiness answers 503. */
  private volatile boolean stopping;

  /** Every feature is wired here, once: link polls (P1-P9), pilots (docs/API.md), board history (docs/EXPORT.md), load shedding (O4; null: none). */
  public HttpVerticle(SamskapConfig config, BoardStore store, BoardAccess access, BoardDirectory directory,
      BoardKinds kinds, PollStore polls, PilotStore pilots, HistoryStore historyStore,
      org.samskap.board.LoadShedding shedding, java.util.function.LongSupplier clock) {
    this.config = config;
    this.clock = clock;
    this.shedding = shedding;
    this.polls = polls;
    this.pilots = pilots;
    this.historyStore = historyStore;
    this.kinds = kinds;
    this.store = store;
    this.access = access;
    this.directory = directory;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.errorHandler(413, rc -> Problems.send(rc, Reason.TOO_LARGE, "The request body is too large."));
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
    GuessLimiter tokenFailures = new GuessLimiter(config.clientLimits().tokenFailuresPerMinute(), clock);
    router.route("/api/*").handler(new TokenGuard(tokenFailures, clients));
    BoardCreation boards = new BoardCreation(vertx, store, access, kinds, config.maxNoteChars(), clock);
    new BoardRoutes(boards, config.publicUrl()).mount(router);
    new HealthRoutes(store, shedding, () -> stopping).mount(router);
    BoardWriter writer = new BoardWriter(vertx, directory);
    BoardExport exports = new BoardExport(vertx, writer, historyStore, clock);
    new ExportRoutes(access, exports, boards, config.publicUrl()).mount(router); // before ImportRoutes: /api/boards/import
    PollService pollService = new PollService(vertx, polls, clock);
    new ImportRoutes(access, new org.samskap.boards.NoteImport(writer, access, pollService)).mount(router);
    new PickRoutes(access, new org.samskap.boards.Pickable(writer, access)).mount(router); // rule L1
    new QrRoutes().mount(router); // rule A14
    History history = new History(vertx, writer, historyStore, clock, History.DEFAULT_EVERY_MS);
    new HistoryRoutes(access, history, exports).mount(router);
    new LinkRoutes(new org.samskap.boards.ParticipantLink(vertx, store, access), access, config.publicUrl()).mount(router);
    new PollRoutes(pollService, access, config.publicUrl()).mount(router);
    new VoterRoutes(pollService, clients, clock).mount(router);

    guard = new BridgeGuard(vertx, access, directory, config.maxFrameBytes(), config.opsPerSecond(),
        org.samskap.config.SamskapConfig.stallMillis(System.getenv()));
    guard.addressLimits(new AddressLimits(clients::of, tokenFailures, config.clientLimits().unauthenticatedSockets(),
        config.clientLimits().authTimeoutSeconds())); // rules A8, T11
    PilotAccess pilotAccess = new PilotAccess(pilots, access);
    PilotCandidates candidates = new PilotCandidates(vertx, pilots, access, writer, clock);
    new PilotExportRoutes(candidates, pilotAccess).mount(router); // before PilotRoutes: its body cap
    new PilotRoutes(new PilotService(vertx, pilots, clock), pilotAccess).mount(router); // body handler of /api/pilots* first
    new PilotConvertRoute(access, candidates).mount(router);
    guard.pilotAccess((id, token) -> pilotAccess.check(id, token).map(g -> g.isPresent()));
    router.get("/p/:pilotId").handler(rc -> rc.reroute("/pilot.html"));
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
    router.route("/eventbus/*").handler(rc -> { // rule R7: a stopping server takes no new sockets
      if (stopping) Problems.send(rc, org.samskap.domain.Reason.UNAVAILABLE, "The server is restarting; reconnect in a moment.");
      else rc.next();
    });
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
    return history.start().compose(v -> vertx.createHttpServer(options)
        .connectionHandler(StrictUtf8::install) // rule T12
        .requestHandler(router).listen()).onSuccess(s -> server = s);
  }

  /** Creates the poll collections' indexes (the unique ballot index of rule P5). */
  public Future<Void> pollsReady() {
    return polls.init();
  }

  static String pageOf(String kind) {
    return org.samskap.kinds.KindRegistry.page(kind);
  }

  public int port() {
    return server.actualPort();
  }

  /**
   * Rule R7, a graceful stop: takes no new sockets or sends, waits (at most {@code maxMillis})
   * until every request admitted before has its reply, then closes every socket with 1012.
   */
  public Future<Void> drain(long maxMillis) {
    stopping = true;
    long t0 = System.nanoTime();
    return guard.drain(maxMillis).compose(waiting -> {
      if (waiting > 0) org.slf4j.LoggerFactory.getLogger(HttpVerticle.class)
          .warn("graceful stop: {} requests still had no reply after {} ms", waiting, maxMillis);
      long left = Math.max(200, maxMillis - (System.nanoTime() - t0) / 1_000_000);
      return guard.closeAll(Math.min(left, 2_000));
    });
  }

  public BridgeGuard guard() {
    return guard;
  }

  static JsonObject status(String s) {
    return new JsonObject().put("status", s);
  }
}
