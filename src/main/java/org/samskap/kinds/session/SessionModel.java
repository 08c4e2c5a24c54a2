package org.samskap.kinds.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.OpCatalog;
import org.samskap.domain.OpSpec;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;
import org.samskap.domain.session.Ranked;
import org.samskap.domain.session.SessionOp;
import org.samskap.domain.session.SessionRules;
import org.samskap.domain.session.SessionState;
import org.samskap.domain.session.VoteResult;
import org.samskap.domain.session.VotingSession;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.UndoSink;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.DecodeException;
import org.samskap.protocol.SessionCodec;

/**
 * A board of any kind with facilitation and dot voting on top (docs/PROTOCOL.md, "Facilitation
 * and voting"). Session ops go to {@link SessionRules}; the kind's own ops pass the session's
 * gate (removed member, lock, phase, private items) and then go to the wrapped model.
 *
 * <p>Private items: an item created in silent mode is stored with {@code "private":<author's
 * member id>} in its event. Such events are published redacted (rule J6), and snapshots for
 * other members leave the item out, so its content never leaves the server for anyone but its
 * author until {@code silent.reveal}.
 */
final class SessionModel implements BoardModel {
  static final String KEY = "session";
  static final String PRIVATE = "private";

  private final BoardModel inner;
  private final OpCatalog ops;
  private final SessionState state;
  private final LongSupplier clock;

  /** {@code ops}: the wrapped kind's op catalogue, which the gate asks (F2, F5). */
  SessionModel(BoardModel inner, OpCatalog ops, SessionState state, LongSupplier clock) {
    this.inner = inner;
    this.ops = ops;
    this.state = state;
    this.clock = clock;
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
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    return decide(type, body, actor, null);
  }

  /** The kind's ops tell {@code undo} what they changed (U3); session ops are never undone (U2). */
  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor, UndoSink undo) {
    if (SessionCodec.isSessionOp(type)) return decideSession(type, body, actor);
    OpSpec spec = ops.get(type);
    Rejection refused = SessionRules.gate(state, type, spec, actor, ops.itemIds(type, body));
    if (refused != null) return new Decision.Rejected<>(refused);
    Decision<Map<String, Object>> decision = inner.decide(type, body, actor, undo);
    if (decision instanceof Decision.Rejected<Map<String, Object>>) return decision;
    Map<String, Object> event = new LinkedHashMap<>(((Decision.Accepted<Map<String, Object>>) decision).event());
    String created = createdItem(event);
    if (created != null && state.silent()) {
      state.hide(created, actor.memberId());
      event.put(PRIVATE, actor.memberId());
    } else if (touchesPrivate(event)) {
      event.put(PRIVATE, actor.memberId()); // the gate let only the author through
    }
    forgetDeleted(event);
    return Decision.accept(event);
  }

  private Decision<Map<String, Object>> decideSession(String type, Map<String, Object> body, Actor actor) {
    SessionOp op;
    try {
      op = SessionCodec.decodeOp(type, body);
    } catch (DecodeException e) {
      return new Decision.Rejected<>(e.rejection());
    }
    Decision<SessionOp.Event> decision = SessionRules.decide(state, op, actor, clock.getAsLong(), inner::hasTarget);
    if (decision instanceof Decision.Rejected<SessionOp.Event> r) return new Decision.Rejected<>(r.rejection());
    SessionOp.Event event = ((Decision.Accepted<SessionOp.Event>) decision).event();
    Map<String, Object> encoded = SessionCodec.encodeEvent(event);
    if (event instanceof SessionOp.Revealed r) encoded.put("revealed", items(Set.copyOf(r.itemIds())));
    state.apply(event);
    return Decision.accept(encoded);
  }

  /**
   * Rule D8: the member's private items (silent mode) go whatever they chose, and their authors'
   * names count as the member's names; then the kind erases, and the session forgets the
   * member's marks and votes (counts are computed again from what is left).
   */
  @Override
  public Map<String, Object> erase(org.samskap.domain.Erasure erasure) {
    Set<String> privateIds = new java.util.LinkedHashSet<>(erasure.privateIds());
    state.hidden().forEach((id, author) -> { if (author.equals(erasure.memberId())) privateIds.add(id); });
    Set<String> names = new java.util.LinkedHashSet<>(erasure.names());
    inner.content(Viewer.STORAGE).values().forEach(v -> {
      if (!(v instanceof List<?> list)) return;
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && privateIds.contains(m.get("id")) && m.get("author") instanceof String a
            && !a.isEmpty() && !a.equals(org.samskap.domain.Erasure.LABEL)) names.add(a);
      }
    });
    Map<String, Object> event = inner.erase(
        new org.samskap.domain.Erasure(erasure.memberId(), names, privateIds, erasure.alsoPublic()));
    if (event != null) forgetErased(event);
    return event;
  }

  private void forgetErased(Map<String, Object> event) {
    state.eraseMember(String.valueOf(event.get("memberId")));
    List<String> removed = org.samskap.kinds.MemberErasure.decode(event).removed();
    state.dropMissing(id -> !removed.contains(id));
  }

  @Override
  public void replay(Map<String, Object> event) {
    if (org.samskap.kinds.MemberErasure.is(event)) {
      inner.replay(event);
      forgetErased(event);
      return;
    }
    Object type = event.get("type");
    if (type instanceof String t && SessionCodec.isSessionOp(t)) {
      state.apply(SessionCodec.decodeEvent(event));
      return;
    }
    inner.replay(event);
    String created = createdItem(event);
    if (created != null && event.get(PRIVATE) instanceof String author) state.hide(created, author);
    forgetDeleted(event);
  }

  @Override
  public Map<String, Object> content(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>(inner.content(viewer));
    Map<String, Integer> counts = visibleCounts();
    for (Map.Entry<String, Object> e : content.entrySet()) {
      if (e.getValue() instanceof List<?> list) e.setValue(items(list, viewer, counts));
    }
    content.put(KEY, viewer.isStorage() ? SessionCodec.encodeState(state)
        : SessionCodec.encodeView(state, viewer.memberId(), viewer.role() == Role.FACILITATOR));
    return content;
  }

  /**
   * Shares the inner kind's view class, split by role (a facilitator also sees who was
   * removed), unless this member authored a private item or has votes in the open session:
   * then the view is their own.
   */
  @Override
  public Object viewClass(Viewer viewer) {
    Object inner = this.inner.viewClass(viewer);
    if (inner == null || viewer.isStorage()) return null;
    if (state.hidden().containsValue(viewer.memberId())) return null;
    VotingSession open = state.vote();
    if (open != null && (open.used(viewer.memberId()) > 0 || !open.of(viewer.memberId()).isEmpty())) return null;
    return java.util.List.of(inner, viewer.role());
  }

  /** The items of one content list as the viewer may see them: others' private items left out, vote counts added. */
  private List<Object> items(List<?> list, Viewer viewer, Map<String, Integer> counts) {
    List<Object> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (o instanceof Map<?, ?> raw && raw.get("id") instanceof String id) {
        if (!viewer.isStorage() && state.hiddenFrom(id, viewer.memberId())) continue;
        @SuppressWarnings("unchecked")
        Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) raw);
        if (!viewer.isStorage() && state.hidden().containsKey(id)) item.put(PRIVATE, true);
        if (counts != null && inner.hasTarget(id)) item.put("votes", counts.getOrDefault(id, 0));
        out.add(item);
      } else {
        out.add(o);
      }
    }
    return out;
  }

  /** Vote counts everyone may see: the open session's when live, else the last closed session's; null if none. */
  private Map<String, Integer> visibleCounts() {
    VotingSession open = state.vote();
    if (open != null) return open.settings().liveCounts() ? open.counts() : null;
    List<VoteResult> results = state.results();
    if (results.isEmpty()) return null;
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Ranked r : results.get(results.size() - 1).ranking()) counts.put(r.targetId(), r.votes());
    return counts;
  }

  @Override
  public Map<String, Object> publicEvent(Map<String, Object> event) {
    if (event.containsKey(PRIVATE)) {
      Map<String, Object> pub = new LinkedHashMap<>();
      pub.put("type", event.get("type"));
      OpSpec spec = ops.get(String.valueOf(event.get("type")));
      if (spec != null) {
        for (String f : spec.itemFields()) if (event.get(f) instanceof String id) pub.put(f, id);
      }
      pub.put(PRIVATE, true);
      return pub;
    }
    Object type = event.get("type");
    if ("vote.cast".equals(type) || "vote.retract".equals(type)) {
      boolean anonymous = Boolean.TRUE.equals(event.get("anonymous"));
      boolean live = Boolean.TRUE.equals(event.get("live"));
      if (!anonymous && live) return event;
      Map<String, Object> pub = new LinkedHashMap<>(event);
      if (anonymous) pub.remove("memberId");
      if (!live) pub.remove("targetId");
      return pub;
    }
    return inner.publicEvent(event);
  }

  @Override
  public Map<String, Object> replyFields(Map<String, Object> event) {
    if ("vote.open".equals(event.get("type"))) return Map.of("voteId", event.get("voteId"));
    return inner.replyFields(event);
  }

  @Override
  public boolean hasTarget(String id) {
    return inner.hasTarget(id);
  }

  @Override
  public boolean cursorsShared() {
    return !state.cursorsHidden();
  }

  @Override
  public boolean admits(String memberId) {
    return !state.isRemoved(memberId);
  }

  SessionState state() {
    return state;
  }

  private boolean touchesPrivate(Map<String, Object> event) {
    for (String id : ops.itemIds(String.valueOf(event.get("type")), event)) if (state.hidden().containsKey(id)) return true;
    return false;
  }

  /**
   * The id of the item an event created that silent mode may keep private (F5): the first
   * item field of an op its kind marks {@link OpSpec#createsPrivate()}; null for every other event.
   */
  private String createdItem(Map<String, Object> event) {
    OpSpec spec = ops.get(String.valueOf(event.get("type")));
    if (spec == null || !spec.createsPrivate()) return null;
    return event.get(spec.itemFields().get(0)) instanceof String id ? id : null;
  }

  /** A delete gives back the votes on its item and ends its private mark. */
  private void forgetDeleted(Map<String, Object> event) {
    if (event.get("type") instanceof String t && ops.get(t) != null && ops.get(t).removes()) {
      List<String> ids = ops.itemIds(t, event);
      state.dropMissing(id -> !ids.contains(id) || inner.hasTarget(id));
    }
  }

  /** The full content of the given items, by content list (e.g. {@code {"notes":[...]}}), for a reveal. */
  private Map<String, Object> items(Set<String> ids) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (ids.isEmpty()) return out;
    inner.content(Viewer.STORAGE).forEach((key, value) -> {
      if (!(value instanceof List<?> list)) return;
      List<Object> picked = new ArrayList<>();
      for (Object o : list) if (o instanceof Map<?, ?> m && ids.contains(m.get("id"))) picked.add(o);
      if (!picked.isEmpty()) out.put(key, picked);
    });
    return out;
  }
}
