package org.samskap.kinds.ideas;

import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.ideas.IdeaBoard;
import org.samskap.domain.ideas.IdeaEvent;
import org.samskap.domain.ideas.IdeaOp;
import org.samskap.domain.ideas.IdeaOps;
import org.samskap.domain.ideas.IdeaRules;
import org.samskap.domain.ideas.IdeaUndo;
import org.samskap.kinds.GenericKind;
import org.samskap.kinds.KindCodec;
import org.samskap.kinds.KindRules;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.IdeaCodec;

/** Board kind {@code ideas}: sticky notes and clusters ({@link IdeaRules}, {@link IdeaCodec}). */
public final class IdeaKind extends GenericKind<IdeaBoard, IdeaOp, IdeaEvent> {
  public static final String NAME = "ideas";

  /** With the system clock (tests). */
  public IdeaKind(IdeaRules rules) {
    this(rules, System::currentTimeMillis);
  }

  /** With the server's one clock (Samskap.CLOCK), which the generic adapter hands to the rules. */
  public IdeaKind(IdeaRules rules, java.util.function.LongSupplier clock) {
    super(NAME, IdeaOps.CATALOG,
        Map.of("noteChars", rules.limits().maxNoteChars(), "labelChars", rules.limits().maxLabelChars()),
        new Rules(rules), new Codec(), clock);
  }

  private record Rules(IdeaRules rules) implements KindRules<IdeaBoard, IdeaOp, IdeaEvent> {
    @Override
    public IdeaBoard empty(String title) {
      return new IdeaBoard(title);
    }

    @Override
    public String title(IdeaBoard board) {
      return board.title();
    }

    @Override
    public Decision<IdeaEvent> decide(IdeaBoard board, IdeaOp op, Actor actor, long now) {
      return rules.decide(board, op, actor);
    }

    /** Rule D8: the kind's own erasure logic. */
    @Override
    public org.samskap.domain.MemberErased erase(IdeaBoard board, org.samskap.domain.Erasure erasure) {
      return org.samskap.domain.ideas.IdeaErasure.decide(board, erasure);
    }

    @Override
    public void applyErased(IdeaBoard board, org.samskap.domain.MemberErased erased) {
      org.samskap.domain.ideas.IdeaErasure.apply(board, erased);
    }

    @Override
    public void apply(IdeaBoard board, IdeaEvent event) {
      board.apply(event);
    }

    /** U3, U7: the idea board's own undo logic. */
    @Override
    public Inverse<IdeaEvent> inverse(IdeaBoard before, IdeaEvent event) {
      return IdeaUndo.of(before, event);
    }

    /** A note that exists may get votes (V2). */
    @Override
    public boolean hasTarget(IdeaBoard board, String id) {
      return board.note(id) != null;
    }
  }

  private static final class Codec implements KindCodec<IdeaBoard, IdeaOp, IdeaEvent> {
    /** An idea board's content is the same for every viewer (T9); the session layer splits by role and private items. */
    @Override
    public Object viewClass(IdeaBoard board, Viewer viewer) {
      return viewer.isStorage() ? null : "all";
    }

    @Override
    public IdeaOp decodeOp(String type, Map<String, Object> body) {
      return IdeaCodec.decodeOp(type, body);
    }

    @Override
    public Map<String, Object> encodeEvent(IdeaEvent event) {
      return IdeaCodec.encodeEvent(event);
    }

    @Override
    public IdeaEvent decodeEvent(Map<String, Object> event) {
      return IdeaCodec.decodeEvent(event);
    }

    @Override
    public IdeaBoard decodeContent(String title, Map<String, Object> content) {
      return IdeaCodec.decodeContent(title, content);
    }

    @Override
    public void encodeContent(IdeaBoard board, Viewer viewer, Map<String, Object> into) {
      IdeaCodec.encodeContent(board, into);
    }

    @Override
    public Map<String, Object> replyFields(Map<String, Object> event) {
      Object type = event.get("type");
      if ("note.create".equals(type)) return Map.of("noteId", event.get("noteId"));
      if ("cluster.create".equals(type) || "cluster.split".equals(type)) return Map.of("clusterId", event.get("clusterId"));
      return Map.of();
    }
  }
}
