package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.persistence.StoreAwait.await;

import java.util.Optional;

import io.vertx.core.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.auth.Principal;
import org.samskap.auth.SessionStore;
import org.samskap.auth.SignInAttempt;
import org.samskap.auth.StaffSession;

/** The contract of the {@link SessionStore} port (docs/API.md S2, S3). Adapters run it by extending it. */
public abstract class SessionStoreContract extends PortContract<SessionStore> {
  @BeforeAll
  void initStore() throws Exception {
    await(store.init());
  }

  static StaffSession session(String hash, long at) {
    return new StaffSession(hash, new Principal(Principal.Kind.ADMIN, "sub-1", "Kari Nordmann", "kari@kommune.no"), at, at, "id.token.x");
  }

  @Test
  @DisplayName("S2: an attempt is returned as saved, once: the second take finds nothing")
  void attempt_is_taken_once() throws Exception {
    SignInAttempt a = new SignInAttempt(fresh("state"), fresh("browser"), fresh("nonce"), fresh("verifier"), "/b/x", 1000);
    await(store.saveAttempt(a));
    assertEquals(Optional.of(a), await(store.takeAttempt(a.stateHash())));
    assertEquals(Optional.empty(), await(store.takeAttempt(a.stateHash())));
  }

  @Test
  @DisplayName("S2: two takes of one attempt at the same time: exactly one gets it")
  void concurrent_takes_get_it_once() throws Exception {
    SignInAttempt a = new SignInAttempt(fresh("state"), fresh("browser"), fresh("nonce"), fresh("verifier"), "/", 1000);
    await(store.saveAttempt(a));
    Future<Optional<SignInAttempt>> one = store.takeAttempt(a.stateHash());
    Future<Optional<SignInAttempt>> two = store.takeAttempt(a.stateHash());
    assertEquals(1, (await(one).isPresent() ? 1 : 0) + (await(two).isPresent() ? 1 : 0));
  }

  @Test
  @DisplayName("S3: a session is found as saved, touched forward only, and deleted once")
  void session_lifecycle() throws Exception {
    StaffSession s = session(fresh("session"), 5000);
    await(store.saveSession(s));
    assertEquals(Optional.of(s), await(store.findSession(s.idHash())));
    await(store.touchSession(s.idHash(), 9000));
    assertEquals(9000, await(store.findSession(s.idHash())).orElseThrow().lastSeenAt());
    await(store.touchSession(s.idHash(), 7000));
    assertEquals(9000, await(store.findSession(s.idHash())).orElseThrow().lastSeenAt(), "never moved back");
    assertTrue(await(store.deleteSession(s.idHash())));
    assertFalse(await(store.deleteSession(s.idHash())));
    assertEquals(Optional.empty(), await(store.findSession(s.idHash())));
    await(store.touchSession(s.idHash(), 10_000));
    assertEquals(Optional.empty(), await(store.findSession(s.idHash())), "a touch does not bring a deleted session back");
  }

  @Test
  @DisplayName("S3: purge drops old attempts and sessions past either timeout, and keeps the rest")
  void purge() throws Exception {
    SignInAttempt old = new SignInAttempt(fresh("state"), "b", "n", "v", "/", 100);
    SignInAttempt young = new SignInAttempt(fresh("state"), "b", "n", "v", "/", 10_000);
    StaffSession idle = session(fresh("session"), 100);
    StaffSession live = session(fresh("session"), 10_000);
    StaffSession tooOld = new StaffSession(fresh("session"), live.principal(), 100, 10_000, null);
    for (SignInAttempt a : new SignInAttempt[] {old, young}) await(store.saveAttempt(a));
    for (StaffSession s : new StaffSession[] {idle, live, tooOld}) await(store.saveSession(s));
    await(store.purge(5000, 5000, 5000));
    assertEquals(Optional.empty(), await(store.takeAttempt(old.stateHash())));
    assertTrue(await(store.takeAttempt(young.stateHash())).isPresent());
    assertEquals(Optional.empty(), await(store.findSession(idle.idHash())));
    assertEquals(Optional.empty(), await(store.findSession(tooOld.idHash())));
    assertEquals(Optional.of(live), await(store.findSession(live.idHash())));
  }
}
