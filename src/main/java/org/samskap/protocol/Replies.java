package org.samskap.protocol;

import io.vertx.core.json.JsonObject;

import org.samskap.domain.Rejection;

/** The two reply shapes of rule R1. */
public final class Replies {
  public static final int PROTOCOL_VERSION = 1;

  private Replies() {}

  public static JsonObject ok(long version) {
    return new JsonObject().put("ok", true).put("version", version);
  }

  public static JsonObject refused(Rejection r) {
    return new JsonObject().put("ok", false).put("reason", r.reason().code()).put("message", r.message());
  }
}
