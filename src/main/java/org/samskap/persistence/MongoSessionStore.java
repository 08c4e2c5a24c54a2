package org.samskap.persistence;

import java.util.Optional;
import java.util.concurrent.Callable;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.auth.Principal;
import org.samskap.auth.SessionStore;
import org.samskap.auth.SignInAttempt;
import org.samskap.auth.StaffSession;

/**
 * The MongoDB adapter of {@link SessionStore}: collections {@code signin_attempts} (by the hash
 * of the state) and {@code staff_sessions} (by the hash of the session id). Neither holds a
 * value a browser could present: only hashes of state, nonce, browser binding and session id.
 */
public final class MongoSessionStore implements SessionStore {
  private final Vertx vertx;
  private final MongoCollection<Document> attempts;
  private final MongoCollection<Document> sessions;

  public MongoSessionStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.attempts = db.getCollection("signin_attempts");
    this.sessions = db.getCollection("staff_sessions");
  }

  @Override
  public Future<Void> init() {
    return blocking(() -> {
      attempts.createIndex(Indexes.ascending("createdAt"), new IndexOptions().name("attempt_created"));
      sessions.createIndex(Indexes.ascending("lastSeenAt"), new IndexOptions().name("session_seen"));
      return null;
    });
  }

  @Override
  public Future<Void> saveAttempt(SignInAttempt a) {
    return blocking(() -> {
      attempts.insertOne(new Document("_id", a.stateHash()).append("browser", a.browserHash()).append("nonce", a.nonceHash())
          .append("verifier", a.verifier()).append("returnTo", a.returnTo()).append("createdAt", a.createdAt()));
      return null;
    });
  }

  @Override
  public Future<Optional<SignInAttempt>> takeAttempt(String stateHash) {
    return blocking(() -> Optional.ofNullable(attempts.findOneAndDelete(Filters.eq("_id", stateHash))).map(d ->
        new SignInAttempt(d.getString("_id"), d.getString("browser"), d.getString("nonce"), d.getString("verifier"),
            d.getString("returnTo"), ((Number) d.get("createdAt")).longValue())));
  }

  @Override
  public Future<Void> saveSession(StaffSession s) {
    Principal p = s.principal();
    return blocking(() -> {
      sessions.insertOne(new Document("_id", s.idHash()).append("kind", p.kind().name()).append("sub", p.subject())
          .append("name", p.name()).append("email", p.email()).append("createdAt", s.createdAt())
          .append("lastSeenAt", s.lastSeenAt()).append("idToken", s.idToken()));
      return null;
    });
  }

  @Override
  public Future<Optional<StaffSession>> findSession(String idHash) {
    return blocking(() -> Optional.ofNullable(sessions.find(Filters.eq("_id", idHash)).first()).map(d ->
        new StaffSession(d.getString("_id"),
            new Principal(Principal.Kind.valueOf(d.getString("kind")), d.getString("sub"), d.getString("name"),
                d.getString("email")),
            ((Number) d.get("createdAt")).longValue(), ((Number) d.get("lastSeenAt")).longValue(), d.getString("idToken"))));
  }

  @Override
  public Future<Void> touchSession(String idHash, long at) {
    return blocking(() -> {
      sessions.updateOne(Filters.and(Filters.eq("_id", idHash), Filters.lt("lastSeenAt", at)), Updates.set("lastSeenAt", at));
      return null;
    });
  }

  @Override
  public Future<Boolean> deleteSession(String idHash) {
    return blocking(() -> sessions.deleteOne(Filters.eq("_id", idHash)).getDeletedCount() == 1);
  }

  @Override
  public Future<Void> purge(long attemptsBefore, long idleBefore, long createdBefore) {
    return blocking(() -> {
      attempts.deleteMany(Filters.lt("createdAt", attemptsBefore));
      sessions.deleteMany(Filters.or(Filters.lt("lastSeenAt", idleBefore), Filters.lt("createdAt", createdBefore)));
      return null;
    });
  }

  private <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }
}
