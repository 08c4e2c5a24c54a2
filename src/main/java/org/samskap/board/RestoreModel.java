package org.samskap.board;

import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;

/**
 * A board of any kind that a history snapshot can replace as one op ({@link BoardRestore}).
 * The op {@link BoardRestore#TYPE} is decided here, and only for the server's actor (the board
 * writer sends it for a request with header {@code INTERNAL=restore}, which no client can set,
 * rule A5): it rebuilds the whole model, session state included, through the kind's own
 * {@link BoardKind#restore}; its event replays the same way, is published redacted, and its
 * reply repeats nothing. Every other op and event goes to the model it holds now.
 */
final class RestoreModel implements BoardModel {
  private final BoardKind kind;
  private BoardModel inner;

  RestoreModel(BoardKind kind, BoardModel inner) {
    this.kind = kind;
    this.inner = inner;
  }

  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    if (!BoardRestore.TYPE.equals(type) || !actor.isServer()) return inner.decide(type, body, actor);
    Map<String, Object> event = BoardRestore.event(body);
    try {
      inner = BoardRestore.model(kind, event);
    } catch (RuntimeException e) {
      return Decision.reject(Reason.BAD_REQUEST, "The snapshot cannot be restored: " + e.getMessage());
    }
    return Decision.accept(event);
  }

  @Override
  public void replay(Map<String, Object> event) {
    if (BoardRestore.is(event)) inner = BoardRestore.model(kind, event);
    else inner.replay(event);
  }

  @Override
  public Map<String, Object> publicEvent(Map<String, Object> event) {
    if (org.samskap.kinds.MemberErasure.is(event)) return new java.util.LinkedHashMap<>(event); // D8: published redacted, a catch-up gets a snapshot
    return BoardRestore.is(event) ? BoardRestore.publicEvent(event) : inner.publicEvent(event);
  }

  @Override
  public Map<String, Object> replyFields(Map<String, Object> event) {
    return BoardRestore.is(event) ? Map.of() : inner.replyFields(event);
  }

  @Override
  public String kind() {
    return inner.kind();
  }

  @Override
  public String title() {
    return inner.title();
  }

  @Override
  public Map<String, Object> content(Viewer viewer) {
    return inner.content(viewer);
  }

  @Override
  public Object viewClass(Viewer viewer) {
    return inner.viewClass(viewer);
  }

  @Override
  public boolean hasTarget(String id) {
    return inner.hasTarget(id);
  }

  @Override
  public boolean cursorsShared() {
    return inner.cursorsShared();
  }

  @Override
  public Map<String, Object> erase(org.samskap.domain.Erasure erasure) {
    return inner.erase(erasure);
  }

  @Override
  public boolean admits(String memberId) {
    return inner.admits(memberId);
  }
}
