package org.samskap.kinds.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.samskap.domain.OpCatalog;
import org.samskap.domain.session.SessionOps;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.protocol.SessionCodec;

/**
 * Gives every board kind facilitation and dot voting: wraps the kind so its models are
 * {@link SessionModel}s. The session state is stored in the snapshot under {@code session}.
 */
public final class SessionKind implements BoardKind {
  private final BoardKind inner;
  private final LongSupplier clock;
  private final OpCatalog ops;

  public SessionKind(BoardKind inner, LongSupplier clock) {
    this.inner = inner;
    this.clock = clock;
    this.ops = inner.ops().plus(SessionOps.CATALOG);
  }

  /** Wraps each kind. */
  public static List<BoardKind> wrapAll(List<BoardKind> kinds, LongSupplier clock) {
    return kinds.stream().<BoardKind>map(k -> new SessionKind(k, clock)).toList();
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public BoardModel create(String title) {
    return new SessionModel(inner.create(title), inner.ops(), SessionCodec.decodeState(null), clock);
  }

  @Override
  @SuppressWarnings("unchecked")
  public BoardModel restore(String title, Map<String, Object> content) {
    Map<String, Object> rest = new LinkedHashMap<>(content);
    Object session = rest.remove(SessionModel.KEY);
    return new SessionModel(inner.restore(title, rest), inner.ops(), SessionCodec.decodeState((Map<String, Object>) session), clock);
  }

  @Override
  public Map<String, Integer> limits() {
    return inner.limits();
  }

  /** The kind's own ops and then the session's (F1, F2). */
  @Override
  public OpCatalog ops() {
    return ops;
  }
}
