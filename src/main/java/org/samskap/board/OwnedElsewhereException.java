package org.samskap.board;

/** A shard was asked to activate a board that another node of the cluster owns. */
public final class OwnedElsewhereException extends RuntimeException {
  /** The failure code of an activation request refused for this reason. */
  public static final int FAILURE_CODE = 409;

  public OwnedElsewhereException(String boardId) {
    super("board " + boardId + " is owned by another node", null, false, false);
  }
}
