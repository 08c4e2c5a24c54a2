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
  /** Projects (PJ1-PJ12); null: no project routes. */
  private org.samskap.projects.ProjectStore projects;
  /** Rules D1-D3: what other features keep of a board, and the database file's rewrite after a delete. */
  private org.samskap.boards.BoardRemains remains;
  private org.samskap.boards.StoreCompaction compaction = org.samskap.boards.StoreCompaction.NONE;
  /** Set when a graceful stop begins (R7): no new sockets, readiness answers 503. */
  private volatile boolean stopping;
  /** Where staff sign-in keeps sign-ins under way and sessions (docs/API.md S1-S8); used only when sign-in is on. */
  private org.samskap.auth.SessionStore sessions;
  /** Told of sign-ins and sign-outs (S8), e.g. by an audit log. */
  private org.samskap.auth.SignInEvents signInEvents = org.samskap.auth.SignInEvents.NONE;
  private org.samskap.auth.StaffSignIn signIn;

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

  /** Metrics (rules ME1-ME3); null: off, no /metrics route and nothing measured. */
  private org.samskap.metrics.NodeMetrics metrics;

  /** Wires metrics (rules ME1-ME3) before the verticle is deployed. */
  public HttpVerticle metrics(org.samskap.metrics.NodeMetrics metrics) {
    this.metrics = metrics;
    return this;
  }

  /** Wires projects (docs/PROTOCOL.md PJ1-PJ12) before the verticle is deployed. */
  public HttpVerticle projects(org.samskap.projects.ProjectStore store) {
    this.projects = store;
    return this;
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
    ApiLimiter apiLimiter = new ApiLimiter(config.apiRequestsPerMinute(), clients, System::nanoTime);
    router.route("/api/*").handler(apiLimiter); // rule H3
    router.route("/auth/*").handler(apiLimiter); // and the sign-in steps, which store attempts (S1)
    // Wrong tokens per client address, over REST (H4) and the bridge (A8) together.
    GuessLimiter tokenFailures = new GuessLimiter(config.clientLimits().tokenFailuresPerMinute(), clock);
    router.route("/api/*").handler(new TokenGuard(tokenFailures, clients));
    // Staff sign-in (S1-S8): with it on, creating a board or a project needs a signed-in staff member (S5); board links need no account.
    signIn = org.samskap.auth.StaffSignIn.create(vertx, config.signIn(), config.publicUrl(), sessions, clock,
        remains != null ? new SignInAudit(audit, signInEvents) : signInEvents, clients::of); // rule S10
    signIn.mount(router);
    for (String path : new String[] {"/api/boards", "/api/boards/import", "/api/boards/import.csv", "/api/projects", "/api/projects/import"}) {
      router.post(path).handler(signIn.staff().requireStaff());
    }
    if (remains != null) new AuditTrail(audit, clients, clock, access, signIn.staff()).mount(router); // rule D6
    BoardCreation boards = new BoardCreation(vertx, store, access, kinds, config.maxNoteChars(), clock);
    new BoardRoutes(boards, config.publicUrl()).mount(router);
    new HealthRoutes(store, shedding, () -> stopping, deferred).mount(router);
    if (metrics != null) metrics.mount(router); // rule ME1: only with SAMSKAP_METRICS_TOKEN, behind it
    BoardWriter writer = new BoardWriter(vertx, directory);
    BoardExport exports = new BoardExport(vertx, writer, historyStore, clock);
    new ExportRoutes(access, exports, boards, config.publicUrl()).mount(router); // before ImportRoutes: /api/boards/import
    PollService pollService = new PollService(vertx, polls, clock);
    new ImportRoutes(access, new org.samskap.boards.NoteImport(writer, access, pollService)).mount(router);
    new PickRoutes(access, new org.samskap.boards.Pickable(writer, access)).mount(router); // rule L1
    new QrRoutes().mount(router); // rule A14
    History history = new History(vertx, writer, historyStore, clock, History.DEFAULT_EVERY_MS);
    new HistoryRoutes(access, history, exports).mount(router);
    if (remains != null) { // rules D1-D3: deleting a board
      deletion = new org.samskap.boards.BoardDeletion(vertx, writer, access, remains, compaction);
      retention = new org.samskap.boards.BoardRetention(vertx, retentionStore, deletion, config.retentionDays(), clock, audit);
      new BoardDeleteRoutes(access, deletion, retention).mount(router);
      new org.samskap.boards.ParticipantErasure(vertx, historyStore, kinds, compaction, audit).start(); // rules D8-D8c
      retention.start(); // rule D5: the daily job
    }
    new LinkRoutes(new org.samskap.boards.ParticipantLink(vertx, store, access), access, config.publicUrl()).mount(router);
    new PollRoutes(pollService, access, config.publicUrl()).mount(router);
    new VoterRoutes(pollService, clients, clock).mount(router);

    guard = new BridgeGuard(vertx, access, directory, config.maxFrameBytes(), config.opsPerSecond(),
        org.samskap.config.SamskapConfig.stallMillis(System.getenv()));
    if (metrics != null) guard.meters(metrics.meters());
    guard.addressLimits(new AddressLimits(clients::of, tokenFailures, config.clientLimits().unauthenticatedSockets(),
        config.clientLimits().authTimeoutSeconds())); // rules A8, T11
    guard.principals(signIn.staff()::ofSocket); // rule S9
    guard.audit(audit, clock); // rule S10
    PilotAccess pilotAccess = new PilotAccess(pilots, access);
    PilotCandidates candidates = new PilotCandidates(vertx, pilots, access, writer, clock);
    new PilotExportRoutes(candidates, pilotAccess).mount(router); // before PilotRoutes: its body cap
    new PilotRoutes(new PilotService(vertx, pilots, clock), pilotAccess).mount(router); // body handler of /api/pilots* first
    new PilotConvertRoute(access, candidates).mount(router);
    guard.pilotAccess((id, token) -> pilotAccess.check(id, token).map(g -> g.isPresent()));
    router.get("/p/:pilotId").handler(rc -> rc.reroute("/pilot.html"));
    if (projects != null) { // projects: one writer per project (PJ9), routes, live events (PJ10)
      var projectAccess = new org.samskap.projects.ProjectAccess(projects, access, pilotAccess);
      var projectWriter = new org.samskap.projects.ProjectWriter(vertx, projects,
          org.samskap.projects.ChecklistData.checklists(), clock, () -> org.samskap.util.RandomIds.of(9));
      var projectService = new org.samskap.projects.ProjectService(projects, projectWriter, boards, pilots, clock, writer)
          .polls(polls); // rule PJ17
      candidates.afterCreate(projectService::pilotMade); // rule PJ16
      var projectGate = new ProjectGate(new org.samskap.projects.ProjectRoles(projectAccess, projects), signIn.staff()); // PM2
      if (deletion != null && projectRemains != null) ProjectLifecycleRoutes.wire(router, vertx, projects, projectWriter, projectGate,
          projectRemains, deletion, retention, retentionStore, pilots, config.retentionDays(), clock, audit, clients, signIn.staff()); // rules D10-D12
      new ProjectRoutes(projectService, projectAccess,
          access, config.publicUrl()).exports(exports).gate(projectGate).mount(router);
      var boardLinks = new org.samskap.projects.BoardLinks(vertx, store, access); // PM10
      var members = new org.samskap.projects.MemberService(projects, projectWriter).boardLinks(boardLinks);
      new MemberRoutes(members, projectGate, config.publicUrl(), clock).links(boardLinks).mount(router); // PM1-PM10
      signIn.meExtras(members::mine); // PM6: GET /api/me lists the person's projects
      guard.projectAccess((id, token) -> projectAccess.check(id, token).map(g -> g.isPresent()));
      router.get("/pr/:projectId").handler(rc -> rc.reroute("/project.html"));
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
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(org.samskap.projects.ProjectAddresses.EVENTS.pattern()))
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
    org.samskap.StartPhases.mark("routes built");
    // rule H5: the history's index only speeds up reads; it is made once the server listens
    history.listen();
    deferred.add("history index", historyStore::init);
    return signIn.init().compose(v -> vertx.createHttpServer(options)
        .connectionHandler(StrictUtf8::install) // rule T12
        .requestHandler(router).listen()).onSuccess(s -> {
          server = s;
          deferred.run();
        });
  }

  /** The store of staff sign-in (docs/API.md S3), set before deploying; needed only when sign-in is on. */
  public HttpVerticle sessions(org.samskap.auth.SessionStore store) {
    this.sessions = store;
    return this;
  }

  /** A hook told of each sign-in, sign-out and refused sign-in (S8), set before deploying. */
  public HttpVerticle signInEvents(org.samskap.auth.SignInEvents events) {
    this.signInEvents = events;
    return this;
  }

  /** Who a request is (S5): the seam every route that needs a person asks; valid once started. */
  public org.samskap.auth.Staff staff() {
    return signIn.staff();
  }

  /** Rules D1-D3 and D5: wires board deletion and retention; call before the verticle is deployed. */
  public void privacy(org.samskap.boards.BoardRemains remains, org.samskap.boards.StoreCompaction compaction,
      org.samskap.boards.RetentionStore retentionStore, org.samskap.boards.AuditLog audit) {
    this.audit = audit;
    this.remains = remains;
    this.compaction = compaction;
    this.retentionStore = retentionStore;
  }

  /** Rules D10, D11: where a project's deletion and retention store; call before the verticle is deployed. */
  public HttpVerticle projectRemains(org.samskap.projects.ProjectRemains remains) {
    this.projectRemains = remains;
    return this;
  }

  private org.samskap.projects.ProjectRemains projectRemains;

  /** The audit log (rules D6, D12) as wired by {@link #privacy}. */
  public org.samskap.boards.AuditLog audit() {
    return audit;
  }

  /** The retention job (rule D5), once started; null without {@link #privacy}. */
  public org.samskap.boards.BoardRetention retention() {
    return retention;
  }

  private org.samskap.boards.RetentionStore retentionStore;
  private org.samskap.boards.AuditLog audit = org.samskap.boards.AuditLog.NONE;
  private org.samskap.boards.BoardRetention retention;

  /** The board deletion use case (rules D1-D3), once started; null without {@link #privacy}. */
  public org.samskap.boards.BoardDeletion deletion() {
    return deletion;
  }

  private org.samskap.boards.BoardDeletion deletion;

  private final DeferredStart deferred = new DeferredStart();

  /**
   * Rule H5: start-up steps that wait until the server listens (indexes no write depends on);
   * add them before deploying. {@code /health/ready} answers 503 {@code starting} until they are done.
   */
  public DeferredStart deferred() {
    return deferred;
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
