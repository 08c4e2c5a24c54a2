package org.samskap.tools.load;

import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;

/**
 * The yardstick of docs/PERFORMANCE.md (issue 21): a bare Vert.x SockJS event-bus bridge relay
 * that speaks the same wire as Samskap for what the load tool does, and nothing more. No
 * checks, no model, no storage: an op is answered {@code ok} at once and its body published to
 * the board's events address. {@code /echo} is a plain websocket echo, to calibrate the
 * generator. Not a server anyone should run; it is in the test tree for that reason.
 *
 * <pre>java -cp target/test-classes:target/samskap.jar org.samskap.tools.load.BareRelay 18090</pre>
 */
public final class BareRelay {
  private BareRelay() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 18090;
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    router.post("/api/boards").handler(rc -> {
      String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String events = "board." + id + ".events";
      vertx.eventBus().<JsonObject>consumer("board." + id + ".ops", msg -> {
        JsonObject body = msg.body();
        JsonObject reply = new JsonObject().put("ok", true).put("version", 0);
        if ("note.create".equals(body.getString("type"))) reply.put("noteId", "n1");
        msg.reply(reply);
        if (body.containsKey("clientOpId")) vertx.eventBus().publish(events, body);
      });
      rc.response().setStatusCode(201).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("id", id).put("tokens", new JsonObject().put("participant", "t")).encode());
    });
    SockJSBridgeOptions bridge = new SockJSBridgeOptions()
        .addInboundPermitted(new PermittedOptions().setAddressRegex("board\\..+\\.ops"))
        .addOutboundPermitted(new PermittedOptions().setAddressRegex("board\\..+\\.events"));
    router.route("/eventbus/*").subRouter(SockJSHandler.create(vertx).bridge(bridge));
    router.get("/echo").handler(rc -> rc.request().toWebSocket().onSuccess(ws -> ws.textMessageHandler(ws::writeTextMessage)));
    router.get("/health/ready").handler(rc -> rc.response().end("{\"status\":\"up\"}"));
    vertx.createHttpServer()
        .requestHandler(router)
        .listen(port)
        .onSuccess(s -> System.out.println("bare relay listening on " + s.actualPort()))
        .onFailure(e -> {
          e.printStackTrace();
          System.exit(1);
        });
  }
}
