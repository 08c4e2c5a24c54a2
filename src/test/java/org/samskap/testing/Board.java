package org.samskap.testing;

import io.vertx.core.json.JsonObject;

/** A board made over HTTP for a test: its id and the two links' tokens, and its bus addresses. */
public record Board(String id, String facilitator, String participant) {

  /** The board from the 201 body of {@code POST /api/boards} (or an import). */
  public static Board of(JsonObject created) {
    JsonObject tokens = created.getJsonObject("tokens");
    return new Board(created.getString("id"), tokens.getString("facilitator"), tokens.getString("participant"));
  }

  /** Where ops are sent. */
  public String ops() {
    return "board." + id + ".ops";
  }

  /** Where the board's events are published. */
  public String events() {
    return "board." + id + ".events";
  }
}
