package org.samskap.kinds;

import java.util.List;
import java.util.Map;

import org.samskap.domain.OpCatalog;

/**
 * Gives every board kind personal undo and redo (docs/PROTOCOL.md U1-U9): wraps the kind (with
 * its session layer) so its models are {@link UndoModel}s. The stacks live with the board's
 * writer; a new or restored model starts with empty ones.
 */
public final class UndoKind implements BoardKind {
  private final BoardKind inner;

  public UndoKind(BoardKind inner) {
    this.inner = inner;
  }

  /** Wraps each kind. */
  public static List<BoardKind> wrapAll(List<BoardKind> kinds) {
    return kinds.stream().<BoardKind>map(UndoKind::new).toList();
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public BoardModel create(String title) {
    return new UndoModel(inner.create(title));
  }

  @Override
  public BoardModel restore(String title, Map<String, Object> content) {
    return new UndoModel(inner.restore(title, content));
  }

  @Override
  public Map<String, Integer> limits() {
    return inner.limits();
  }

  @Override
  public OpCatalog ops() {
    return inner.ops();
  }
}
