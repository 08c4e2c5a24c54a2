package org.samskap.config;

import java.util.Map;

/**
 * Per-client-address limits against token guessing and socket floods (docs/PROTOCOL.md A8, T11,
 * H4; README, "Settings"). The address is the one the REST limits use: the socket peer, or the
 * {@code X-Forwarded-For} client behind a trusted proxy.
 *
 * @param tokenFailuresPerMinute {@code SAMSKAP_TOKEN_FAILURES_PER_MINUTE}: wrong board or pilot
 *     tokens one address may send in a minute, over the websocket and REST together; past it,
 *     its token attempts are refused with {@code rate_limited} until the minute has passed
 * @param unauthenticatedSockets {@code SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS}: bridge
 *     sockets one address may hold open before they have been let in with a token
 * @param authTimeoutSeconds {@code SAMSKAP_AUTH_TIMEOUT_SECONDS}: a socket that has not been let
 *     in with a token this long after it opened is closed
 */
public record ClientLimits(int tokenFailuresPerMinute, int unauthenticatedSockets, int authTimeoutSeconds) {
  public static final int DEFAULT_TOKEN_FAILURES_PER_MINUTE = 30;
  public static final int DEFAULT_UNAUTHENTICATED_SOCKETS = 200;
  public static final int DEFAULT_AUTH_TIMEOUT_SECONDS = 30;

  public ClientLimits {
    SamskapConfig.requireRange("SAMSKAP_TOKEN_FAILURES_PER_MINUTE", tokenFailuresPerMinute, 1, 1_000_000);
    SamskapConfig.requireRange("SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS", unauthenticatedSockets, 1, 1_000_000);
    SamskapConfig.requireRange("SAMSKAP_AUTH_TIMEOUT_SECONDS", authTimeoutSeconds, 1, 3600);
  }

  public static ClientLimits defaults() {
    return new ClientLimits(DEFAULT_TOKEN_FAILURES_PER_MINUTE, DEFAULT_UNAUTHENTICATED_SOCKETS, DEFAULT_AUTH_TIMEOUT_SECONDS);
  }

  static ClientLimits fromEnv(Map<String, String> env) {
    return new ClientLimits(
        SamskapConfig.intVar(env, "SAMSKAP_TOKEN_FAILURES_PER_MINUTE", DEFAULT_TOKEN_FAILURES_PER_MINUTE),
        SamskapConfig.intVar(env, "SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS", DEFAULT_UNAUTHENTICATED_SOCKETS),
        SamskapConfig.intVar(env, "SAMSKAP_AUTH_TIMEOUT_SECONDS", DEFAULT_AUTH_TIMEOUT_SECONDS));
  }
}
