package org.samskap.auth;

import java.util.Optional;

import io.vertx.core.Future;

/**
 * The port where sign-in keeps its state (docs/API.md S1-S4): sign-ins under way and sessions,
 * in the database, so that a restart keeps people signed in and any node of a cluster can
 * finish a sign-in another began. Adapters: {@code persistence.MongoSessionStore}.
 */
public interface SessionStore {
  /** Creates indexes; called once at start. */
  Future<Void> init();

  Future<Void> saveAttempt(SignInAttempt attempt);

  /** Removes and returns the attempt with this state hash: a state is good once (S2). */
  Future<Optional<SignInAttempt>> takeAttempt(String stateHash);

  Future<Void> saveSession(StaffSession session);

  Future<Optional<StaffSession>> findSession(String idHash);

  /** Moves {@code lastSeenAt} on; a session deleted meanwhile stays deleted. */
  Future<Void> touchSession(String idHash, long at);

  /** Ends a session; true if there was one. */
  Future<Boolean> deleteSession(String idHash);

  /** Drops attempts begun before {@code attemptsBefore} and sessions last seen before {@code idleBefore} or begun before {@code createdBefore}. */
  Future<Void> purge(long attemptsBefore, long idleBefore, long createdBefore);
}
