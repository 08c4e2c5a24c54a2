package org.samskap.persistence;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/** Opens the driver the same way for real MongoDB and the embedded server. */
public final class Database implements AutoCloseable {
  private final MongoClient client;
  private final MongoDatabase db;

  private Database(MongoClient client, MongoDatabase db) {
    this.client = client;
    this.db = db;
  }

  /**
   * Writes are acknowledged by a majority and journaled ({@code w:majority, j:true}), so an
   * acknowledged write survives a crash; that is what an {@code ok} reply promises.
   */
  public static Database connect(String uri, String databaseName) {
    MongoClientSettings settings = MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString(uri))
        .applyToClusterSettings(b -> b.serverSelectionTimeout(3, TimeUnit.SECONDS))
        .applyToSocketSettings(b -> b.connectTimeout(3, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS))
        .writeConcern(WriteConcern.MAJORITY.withJournal(true))
        .applicationName("samskap")
        .build();
    MongoClient client = MongoClients.create(settings);
    return new Database(client, client.getDatabase(databaseName));
  }

  public MongoDatabase db() {
    return db;
  }

  @Override
  public void close() {
    client.close();
  }
}
