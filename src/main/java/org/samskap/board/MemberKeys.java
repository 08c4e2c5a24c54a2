package org.samskap.board;

import java.util.regex.Pattern;

import org.samskap.util.Tokens;

/**
 * Member identity (rule J1): a person on one device keeps a random member key (kept by the
 * client, e.g. in localStorage) and presents it on every join. The public member id is
 * derived from it, so knowing someone's member id does not let you act as them.
 */
final class MemberKeys {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22,64}");

  record Identity(String memberKey, String memberId) {}

  private MemberKeys() {}

  /** The identity for a presented key, or a fresh one when the key is absent or malformed. */
  static Identity identify(String boardId, Object presented) {
    String key = presented instanceof String s && KEY.matcher(s).matches() ? s : Tokens.newToken();
    return new Identity(key, memberId(boardId, key));
  }

  static String memberId(String boardId, String memberKey) {
    return "m" + Tokens.hash(boardId + ":" + memberKey).substring(0, 16);
  }
}
