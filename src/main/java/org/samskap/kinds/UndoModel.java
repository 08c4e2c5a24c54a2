package org.samskap.kinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;

/**
 * Personal undo and redo on a board of any kind (docs/PROTOCOL.md U1-U9). Every op passes
 * through to the model it wraps (the kind under its session layer); an accepted one tells this
 * layer what it touched and how to put it back ({@link UndoSink}), which goes on the member's
 * stack ({@link UndoStacks}). The ops {@code undo} and {@code redo} take the member's top step
 * and decide its op through the wrapped model like any other op, so the session's gate (lock,
 * phase, private items) and the kind's rules still hold, everyone gets an ordinary event, and
 * the version only goes up. A refusal changes nothing on the board.
 */
final class UndoModel implements BoardModel {
  static final String UNDO = "undo";
  static final String REDO = "redo";
  /** U8: an event an undo or redo made says so in this field ({@code "undo"} or {@code "redo"}). */
  static final String MARK = "undo";

  /** U6: refusals of the wrapped model after which the step stays, because it may pass later. */
  private static final Set<Reason> KEEP = Set.of(Reason.LOCKED, Reason.WRONG_PHASE, Reason.REMOVED, Reason.BOARD_FULL);

  private final BoardModel inner;
  private final UndoStacks stacks = new UndoStacks();

  UndoModel(BoardModel inner) {
    this.inner = inner;
  }

  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    if (UNDO.equals(type) || REDO.equals(type)) return undo(REDO.equals(type), body, actor);
    if (type.endsWith(".restore")) return Decision.reject(Reason.UNKNOWN_OP, "Unknown op '" + type + "'."); // U7
    Change change = new Change();
    Decision<Map<String, Object>> decision = inner.decide(type, body, actor, change);
    if (decision instanceof Decision.Accepted<Map<String, Object>> && change.keys != null) {
      stacks.changed(actor.memberId(), clientOpId(body), change.keys, actor.isServer() ? null : change.inverse,
          UndoStacks.Source.OP);
    }
    return decision;
  }

  private Decision<Map<String, Object>> undo(boolean redoing, Map<String, Object> body, Actor actor) {
    String member = actor.memberId();
    UndoStacks.Step step = stacks.top(member, redoing);
    Object of = body.get("of");
    if (of != null && !(of instanceof String)) return Decision.reject(Reason.BAD_REQUEST, "Field 'of' must be a string.");
    if (of != null && (step == null || !of.equals(step.clientOpId()))) {
      if (stacks.othersStep((String) of, member)) {
        return Decision.reject(Reason.NOT_YOURS, "That change was made by someone else; you can only undo your own.");
      }
      return nothing(redoing, "That change is not your latest one that can be " + (redoing ? "redone." : "undone."));
    }
    if (step == null) return nothing(redoing, "You have nothing to " + (redoing ? "redo." : "undo."));
    if (stacks.changedSince(step, member)) {
      stacks.pop(member, redoing);
      return skipped();
    }
    Change change = new Change();
    Decision<Map<String, Object>> decision = inner.decide(step.type(), new LinkedHashMap<>(step.op()), actor, change);
    if (decision instanceof Decision.Rejected<Map<String, Object>> r) {
      Reason reason = r.rejection().reason();
      if (KEEP.contains(reason)) return decision;
      stacks.pop(member, redoing);
      return reason == Reason.NOT_FOUND ? skipped() : decision;
    }
    stacks.pop(member, redoing);
    if (change.keys != null) {
      stacks.changed(member, clientOpId(body), change.keys, change.inverse,
          redoing ? UndoStacks.Source.REDO : UndoStacks.Source.UNDO);
    }
    Map<String, Object> event = new LinkedHashMap<>(((Decision.Accepted<Map<String, Object>>) decision).event());
    event.put(MARK, redoing ? REDO : UNDO);
    return Decision.accept(event);
  }

  private static Decision<Map<String, Object>> nothing(boolean redoing, String message) {
    return new Decision.Rejected<>(Rejection.of(redoing ? Reason.NOTHING_TO_REDO : Reason.NOTHING_TO_UNDO, message));
  }

  /** U5: the step is dropped and nothing changes. */
  private static Decision<Map<String, Object>> skipped() {
    return Decision.reject(Reason.CHANGED_SINCE, "Someone else has changed this since, so your undo was skipped.");
  }

  private static String clientOpId(Map<String, Object> body) {
    return body.get("clientOpId") instanceof String s ? s : null;
  }

  /** How many steps {@code memberId} can undo ({@code redoing} false) or redo. */
  int depth(String memberId, boolean redoing) {
    return stacks.depth(memberId, redoing);
  }

  /** What the wrapped model said an accepted event changed. */
  private static final class Change implements UndoSink {
    List<String> keys;
    Map<String, Object> inverse;

    @Override
    public void changed(List<String> keys, Map<String, Object> inverse) {
      this.keys = keys;
      this.inverse = inverse;
    }
  }

  @Override
  public Map<String, Object> replyFields(Map<String, Object> event) {
    Map<String, Object> fields = inner.replyFields(event);
    if (!event.containsKey(MARK)) return fields;
    Map<String, Object> out = new LinkedHashMap<>(fields);
    out.put(MARK, event.get(MARK));
    out.put("undone", event.get("type"));
    return out;
  }

  /**
   * Rule U11 (with D8): after an erasure no undo or redo can bring erased text or the erased
   * name back. The member's own stacks go, and every other member's step that touches an item
   * the erasure removed or relabelled, or whose op holds one of the erased names, is dropped.
   */
  @Override
  public Map<String, Object> erase(org.samskap.domain.Erasure erasure) {
    Map<String, Object> event = inner.erase(erasure);
    if (event == null) return null;
    stacks.forget(erasure.memberId(), Set.copyOf(MemberErasure.decode(event).touched()), erasure.names());
    return event;
  }

  // ---- everything else is the wrapped model's ----

  @Override
  public String kind() {
    return inner.kind();
  }

  @Override
  public String title() {
    return inner.title();
  }

  @Override
  public void replay(Map<String, Object> event) {
    inner.replay(event);
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
  public Map<String, Object> publicEvent(Map<String, Object> event) {
    return inner.publicEvent(event);
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
  public boolean admits(String memberId) {
    return inner.admits(memberId);
  }
}
