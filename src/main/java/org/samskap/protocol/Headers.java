package org.samskap.protocol;

/**
 * Message headers the server sets. The bridge replaces every header a client sends
 * (rule A5), so the board's writer can trust these.
 */
public final class Headers {
  /** The client's board token, as the client sends it. Removed by the bridge after checking. */
  public static final String TOKEN = "token";
  /** The role the verified token grants. */
  public static final String ROLE = "samskap-role";
  /** The server-assigned id of the sending socket. */
  public static final String SESSION = "samskap-session";
  /** Rule S9: the signed-in person who opened the sending socket (the provider's subject); absent for anonymous. */
  public static final String USER = "samskap-user";
  /** Rule S9: that person's verified name (the provider's name, else email). */
  public static final String USER_NAME = "samskap-user-name";
  /** Set only by server code: an internal notice such as {@code leave}. */
  public static final String INTERNAL = "samskap-internal";
  /** On a refused send: the reason code and message for the refusal reply. */
  public static final String REFUSAL_REASON = "samskap-refusal-reason";
  public static final String REFUSAL_MESSAGE = "samskap-refusal-message";
  /** On a refusal for too many wrong tokens (A8): the seconds until the address may try again. */
  public static final String REFUSAL_RETRY_AFTER = "samskap-refusal-retry-after";

  private Headers() {}
}
