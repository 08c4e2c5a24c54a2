package org.samskap.bridge;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;

import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;

/** Answers sends the bridge refused, so the client gets a reason on its reply address (R1, A4, A8, T5, T6). */
public final class Refusals {
  private Refusals() {}

  public static Future<MessageConsumer<Object>> register(Vertx vertx) {
    MessageConsumer<Object> c = vertx.eventBus().localConsumer(Addresses.REFUSALS, msg -> {
      String reason = msg.headers().get(Headers.REFUSAL_REASON);
      if (reason == null) return; // not sent by the guard
      JsonObject reply = new JsonObject().put("ok", false).put("reason", reason)
          .put("message", msg.headers().get(Headers.REFUSAL_MESSAGE));
      String retryAfter = msg.headers().get(Headers.REFUSAL_RETRY_AFTER);
      if (retryAfter != null) reply.put("retryAfter", Long.parseLong(retryAfter));
      msg.reply(reply);
    });
    return c.completion().map(v -> c);
  }
}
