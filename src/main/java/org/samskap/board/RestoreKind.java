package org.samskap.board;

import java.util.Map;

import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;

/**
 * Gives every board kind history restore (docs/EXPORT.md): wraps the kind, already wrapped by
 * the session layer, so its models are {@link RestoreModel}s. The board writer wraps the kind
 * it loads with this and then knows nothing of restores.
 */
final class RestoreKind implements BoardKind {
  private final BoardKind inner;

  RestoreKind(BoardKind inner) {
    this.inner = inner;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public BoardModel create(String title) {
    return new RestoreModel(inner, inner.create(title));
  }

  @Override
  public BoardModel restore(String title, Map<String, Object> content) {
    return new RestoreModel(inner, inner.restore(title, content));
  }

  @Override
  public Map<String, Integer> limits() {
    return inner.limits();
  }

  /** The kind's catalogue: a restore is no client op, so it is not in it (the server sends it, A5). */
  @Override
  public org.samskap.domain.OpCatalog ops() {
    return inner.ops();
  }
}
