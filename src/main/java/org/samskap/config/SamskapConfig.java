package org.samskap.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * All settings of a Samskap node. Every field has a named default and an environment
 * override under the {@code SAMSKAP_} prefix (see the README's settings table).
 */
public record SamskapConfig(
    String httpHost,
    int httpPort,
    Path dataDir,
    String mongoUri,
    String mongoDatabase,
    List<String> allowedOrigins,
    String publicUrl,
    int maxNoteChars,
    int maxFrameBytes,
    int opsPerSecond,
    int dedupeWindow,
    int idleUnloadSeconds,
    int snapshotEvery,
    int embeddedMongoPort,
    boolean embeddedFsync,
    int boardShards,
    int apiRequestsPerMinute,
    List<String> trustedProxies,
    int matrixRevealAt,
    ClientLimits clientLimits,
    int boardQueueLimit,
    int writeQueueLimit,
    int writeDeadlineMillis,
    int maxMembers,
    SignInConfig signIn,
    int retentionDays,
    String metricsToken) {

  public static final String DEFAULT_HTTP_HOST = "0.0.0.0";
  public static final int DEFAULT_HTTP_PORT = 8080;
  public static final String DEFAULT_DATA_DIR = "./data";
  public static final String DEFAULT_MONGO_DATABASE = "samskap";
  public static final int DEFAULT_MAX_NOTE_CHARS = 2000;
  public static final int DEFAULT_MAX_FRAME_BYTES = 65_536;
  public static final int DEFAULT_OPS_PER_SECOND = 50;
  public static final int DEFAULT_DEDUPE_WINDOW = 4096;
  public static final int DEFAULT_IDLE_UNLOAD_SECONDS = 120;
  public static final int DEFAULT_SNAPSHOT_EVERY = 200;
  public static final int DEFAULT_EMBEDDED_MONGO_PORT = 0;
  public static final int DEFAULT_API_REQUESTS_PER_MINUTE = 600;
  /** Scorers an item needs before the matrix shows its aggregate (docs/PROTOCOL.md, M11). */
  public static final int DEFAULT_MATRIX_REVEAL_AT = 3;
  /** Ops one board holds waiting for the database (queued and being written) before it refuses new ones {@code busy} (O1). */
  public static final int DEFAULT_BOARD_QUEUE_LIMIT = 1000;
  /** Events the node has handed to the database and not yet seen confirmed, past which boards refuse new ops {@code busy} (O1). */
  public static final int DEFAULT_WRITE_QUEUE_LIMIT = 5000;
  /**
   * An op still waiting for its write this long after it arrived is answered {@code unavailable} (O3):
   * under the web client's 10 s reply timeout and the bridge's 20 s one.
   */
  public static final int DEFAULT_WRITE_DEADLINE_MS = 8000;
  /** Default of {@code SAMSKAP_MAX_MEMBERS}: distinct members one board takes at once (rule J9). */
  public static final int DEFAULT_MAX_MEMBERS = 500;
  /** Default of {@code SAMSKAP_RETENTION_DAYS}: days without activity after which a board is deleted (rule D5; 0 = keep). */
  public static final int DEFAULT_RETENTION_DAYS = 365;
  /** Least length of {@code SAMSKAP_METRICS_TOKEN}: too long to guess (rule ME1). */
  public static final int MIN_METRICS_TOKEN_CHARS = 24;

  public SamskapConfig {
    requireRange("SAMSKAP_HTTP_PORT", httpPort, 0, 65535);
    requireRange("SAMSKAP_EMBEDDED_MONGO_PORT", embeddedMongoPort, 0, 65535);
    requireRange("SAMSKAP_MAX_NOTE_CHARS", maxNoteChars, 1, 100_000);
    requireRange("SAMSKAP_MAX_FRAME_BYTES", maxFrameBytes, 1024, 16 * 1024 * 1024);
    requireRange("SAMSKAP_OPS_PER_SECOND", opsPerSecond, 1, 100_000);
    requireRange("SAMSKAP_DEDUPE_WINDOW", dedupeWindow, 16, 1_000_000);
    requireRange("SAMSKAP_IDLE_UNLOAD_SECONDS", idleUnloadSeconds, 1, 86_400);
    requireRange("SAMSKAP_SNAPSHOT_EVERY", snapshotEvery, 1, 1_000_000);
    requireRange("SAMSKAP_BOARD_SHARDS", boardShards, 1, 64);
    requireRange("SAMSKAP_API_REQUESTS_PER_MINUTE", apiRequestsPerMinute, 1, 10_000_000);
    requireRange("SAMSKAP_MATRIX_REVEAL_AT", matrixRevealAt, 1, 100);
    requireRange("SAMSKAP_BOARD_QUEUE_LIMIT", boardQueueLimit, 1, 1_000_000);
    requireRange("SAMSKAP_WRITE_QUEUE_LIMIT", writeQueueLimit, 1, 10_000_000);
    requireRange("SAMSKAP_WRITE_DEADLINE_MS", writeDeadlineMillis, 500, 15_000);
    requireRange("SAMSKAP_MAX_MEMBERS", maxMembers, 1, 100_000);
    requireRange("SAMSKAP_RETENTION_DAYS", retentionDays, 0, 36_500);
    if (dataDir == null) throw new IllegalArgumentException("SAMSKAP_DATA_DIR must not be empty");
    if (mongoDatabase == null || mongoDatabase.isBlank()) {
      throw new IllegalArgumentException("SAMSKAP_MONGO_DATABASE must not be empty");
    }
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    if (clientLimits == null) clientLimits = ClientLimits.defaults();
    if (signIn == null) signIn = SignInConfig.off();
    if (metricsToken != null && (metricsToken.length() < MIN_METRICS_TOKEN_CHARS || !metricsToken.matches("[A-Za-z0-9._~+/=-]+"))) {
      // the token itself is never put in the message
      throw new IllegalArgumentException("SAMSKAP_METRICS_TOKEN must be at least " + MIN_METRICS_TOKEN_CHARS
          + " characters of letters, digits and -._~+/= (it guards /metrics), was " + metricsToken.length() + " characters");
    }
    if (signIn.enabled() && (publicUrl == null || !publicUrl.matches("https?://[^/?#]+/?"))) {
      throw new IllegalArgumentException("SAMSKAP_PUBLIC_URL must be set to this server's origin, such as "
          + "https://samskap.example.no, when SAMSKAP_OIDC_ISSUER is set: the provider sends people back to it");
    }
  }

  /** Every setting but the metrics token: metrics are off. */
  public SamskapConfig(String httpHost, int httpPort, Path dataDir, String mongoUri, String mongoDatabase,
      List<String> allowedOrigins, String publicUrl, int maxNoteChars, int maxFrameBytes, int opsPerSecond,
      int dedupeWindow, int idleUnloadSeconds, int snapshotEvery, int embeddedMongoPort, boolean embeddedFsync,
      int boardShards, int apiRequestsPerMinute, List<String> trustedProxies, int matrixRevealAt,
      ClientLimits clientLimits, int boardQueueLimit, int writeQueueLimit, int writeDeadlineMillis, int maxMembers,
      SignInConfig signIn, int retentionDays) {
    this(httpHost, httpPort, dataDir, mongoUri, mongoDatabase, allowedOrigins, publicUrl, maxNoteChars, maxFrameBytes,
        opsPerSecond, dedupeWindow, idleUnloadSeconds, snapshotEvery, embeddedMongoPort, embeddedFsync, boardShards,
        apiRequestsPerMinute, trustedProxies, matrixRevealAt, clientLimits, boardQueueLimit, writeQueueLimit,
        writeDeadlineMillis, maxMembers, signIn, retentionDays, null);
  }

  /** Every setting but staff sign-in, which is off, and retention, which takes its default. */
  public SamskapConfig(String httpHost, int httpPort, Path dataDir, String mongoUri, String mongoDatabase,
      List<String> allowedOrigins, String publicUrl, int maxNoteChars, int maxFrameBytes, int opsPerSecond,
      int dedupeWindow, int idleUnloadSeconds, int snapshotEvery, int embeddedMongoPort, boolean embeddedFsync,
      int boardShards, int apiRequestsPerMinute, List<String> trustedProxies, int matrixRevealAt,
      ClientLimits clientLimits, int boardQueueLimit, int writeQueueLimit, int writeDeadlineMillis, int maxMembers) {
    this(httpHost, httpPort, dataDir, mongoUri, mongoDatabase, allowedOrigins, publicUrl, maxNoteChars, maxFrameBytes,
        opsPerSecond, dedupeWindow, idleUnloadSeconds, snapshotEvery, embeddedMongoPort, embeddedFsync, boardShards,
        apiRequestsPerMinute, trustedProxies, matrixRevealAt, clientLimits, boardQueueLimit, writeQueueLimit,
        writeDeadlineMillis, maxMembers, SignInConfig.off(), DEFAULT_RETENTION_DAYS);
  }

  /** Every setting but {@code matrixRevealAt}, the per-address client limits and the load-shedding limits, which take their defaults. */
  public SamskapConfig(String httpHost, int httpPort, Path dataDir, String mongoUri, String mongoDatabase,
      List<String> allowedOrigins, String publicUrl, int maxNoteChars, int maxFrameBytes, int opsPerSecond,
      int dedupeWindow, int idleUnloadSeconds, int snapshotEvery, int embeddedMongoPort, boolean embeddedFsync,
      int boardShards, int apiRequestsPerMinute, List<String> trustedProxies) {
    this(httpHost, httpPort, dataDir, mongoUri, mongoDatabase, allowedOrigins, publicUrl, maxNoteChars, maxFrameBytes,
        opsPerSecond, dedupeWindow, idleUnloadSeconds, snapshotEvery, embeddedMongoPort, embeddedFsync, boardShards,
        apiRequestsPerMinute, trustedProxies, DEFAULT_MATRIX_REVEAL_AT, ClientLimits.defaults(),
        DEFAULT_BOARD_QUEUE_LIMIT, DEFAULT_WRITE_QUEUE_LIMIT, DEFAULT_WRITE_DEADLINE_MS, DEFAULT_MAX_MEMBERS,
        SignInConfig.off(),
        DEFAULT_RETENTION_DAYS);
  }

  /** Default of {@code SAMSKAP_STALL_MILLIS} (rule T9). */
  public static final int DEFAULT_STALL_MILLIS = 10_000;
  /** Default of {@code SAMSKAP_SHUTDOWN_MILLIS} (rule R7). */
  public static final int DEFAULT_SHUTDOWN_MILLIS = 5_000;

  /**
   * {@code SAMSKAP_STALL_MILLIS}: how long a socket may keep a full send queue after a large
   * reply before it is closed with 1013 (rule T9). Read on its own, not a record field, so the
   * record stays as it is for code that builds it.
   */
  public static int stallMillis(Map<String, String> env) {
    int v = intVar(env, "SAMSKAP_STALL_MILLIS", DEFAULT_STALL_MILLIS);
    requireRange("SAMSKAP_STALL_MILLIS", v, 100, 600_000);
    return v;
  }

  /** {@code SAMSKAP_SHUTDOWN_MILLIS}: how long a graceful stop waits for replies in flight (rule R7). */
  public static int shutdownMillis(Map<String, String> env) {
    int v = intVar(env, "SAMSKAP_SHUTDOWN_MILLIS", DEFAULT_SHUTDOWN_MILLIS);
    requireRange("SAMSKAP_SHUTDOWN_MILLIS", v, 0, 8_000);
    return v;
  }

  /** The defaults, as a user who sets nothing gets them. */
  public static SamskapConfig defaults() {
    return fromEnv(Map.of());
  }

  /** Reads settings from environment-style variables; unknown names are ignored. */
  public static SamskapConfig fromEnv(Map<String, String> env) {
    int port = intVar(env, "SAMSKAP_HTTP_PORT", DEFAULT_HTTP_PORT);
    return new SamskapConfig(
        stringVar(env, "SAMSKAP_HTTP_HOST", DEFAULT_HTTP_HOST),
        port,
        Path.of(stringVar(env, "SAMSKAP_DATA_DIR", DEFAULT_DATA_DIR)),
        stringVar(env, "SAMSKAP_MONGO_URI", null),
        stringVar(env, "SAMSKAP_MONGO_DATABASE", DEFAULT_MONGO_DATABASE),
        listVar(env, "SAMSKAP_ALLOWED_ORIGINS"),
        stringVar(env, "SAMSKAP_PUBLIC_URL", null),
        intVar(env, "SAMSKAP_MAX_NOTE_CHARS", DEFAULT_MAX_NOTE_CHARS),
        intVar(env, "SAMSKAP_MAX_FRAME_BYTES", DEFAULT_MAX_FRAME_BYTES),
        intVar(env, "SAMSKAP_OPS_PER_SECOND", DEFAULT_OPS_PER_SECOND),
        intVar(env, "SAMSKAP_DEDUPE_WINDOW", DEFAULT_DEDUPE_WINDOW),
        intVar(env, "SAMSKAP_IDLE_UNLOAD_SECONDS", DEFAULT_IDLE_UNLOAD_SECONDS),
        intVar(env, "SAMSKAP_SNAPSHOT_EVERY", DEFAULT_SNAPSHOT_EVERY),
        intVar(env, "SAMSKAP_EMBEDDED_MONGO_PORT", DEFAULT_EMBEDDED_MONGO_PORT),
        boolVar(env, "SAMSKAP_EMBEDDED_FSYNC", false),
        intVar(env, "SAMSKAP_BOARD_SHARDS", Math.max(1, Runtime.getRuntime().availableProcessors())),
        intVar(env, "SAMSKAP_API_REQUESTS_PER_MINUTE", DEFAULT_API_REQUESTS_PER_MINUTE),
        listVar(env, "SAMSKAP_TRUSTED_PROXIES"),
        intVar(env, "SAMSKAP_MATRIX_REVEAL_AT", DEFAULT_MATRIX_REVEAL_AT),
        ClientLimits.fromEnv(env),
        intVar(env, "SAMSKAP_BOARD_QUEUE_LIMIT", DEFAULT_BOARD_QUEUE_LIMIT),
        intVar(env, "SAMSKAP_WRITE_QUEUE_LIMIT", DEFAULT_WRITE_QUEUE_LIMIT),
        intVar(env, "SAMSKAP_WRITE_DEADLINE_MS", DEFAULT_WRITE_DEADLINE_MS),
        intVar(env, "SAMSKAP_MAX_MEMBERS", DEFAULT_MAX_MEMBERS),
        SignInConfig.fromEnv(env),
        intVar(env, "SAMSKAP_RETENTION_DAYS", DEFAULT_RETENTION_DAYS),
        stringVar(env, "SAMSKAP_METRICS_TOKEN", null));
  }

  /** Rule ME1: {@code /metrics} is served only when {@code SAMSKAP_METRICS_TOKEN} is set. */
  public boolean metricsEnabled() {
    return metricsToken != null;
  }

  public boolean embeddedDatabase() {
    return mongoUri == null;
  }

  public SamskapConfig withHttpPort(int port) {
    return new SamskapConfig(httpHost, port, dataDir, mongoUri, mongoDatabase, allowedOrigins, publicUrl,
        maxNoteChars, maxFrameBytes, opsPerSecond, dedupeWindow, idleUnloadSeconds, snapshotEvery,
        embeddedMongoPort, embeddedFsync, boardShards, apiRequestsPerMinute, trustedProxies, matrixRevealAt,
        clientLimits, boardQueueLimit, writeQueueLimit, writeDeadlineMillis, maxMembers, signIn, retentionDays,
        metricsToken);
  }

  public SamskapConfig withDataDir(Path dir) {
    return new SamskapConfig(httpHost, httpPort, dir, mongoUri, mongoDatabase, allowedOrigins, publicUrl,
        maxNoteChars, maxFrameBytes, opsPerSecond, dedupeWindow, idleUnloadSeconds, snapshotEvery,
        embeddedMongoPort, embeddedFsync, boardShards, apiRequestsPerMinute, trustedProxies, matrixRevealAt,
        clientLimits, boardQueueLimit, writeQueueLimit, writeDeadlineMillis, maxMembers, signIn, retentionDays,
        metricsToken);
  }

  public SamskapConfig withMongoUri(String uri) {
    return new SamskapConfig(httpHost, httpPort, dataDir, uri, mongoDatabase, allowedOrigins, publicUrl,
        maxNoteChars, maxFrameBytes, opsPerSecond, dedupeWindow, idleUnloadSeconds, snapshotEvery,
        embeddedMongoPort, embeddedFsync, boardShards, apiRequestsPerMinute, trustedProxies, matrixRevealAt,
        clientLimits, boardQueueLimit, writeQueueLimit, writeDeadlineMillis, maxMembers, signIn, retentionDays,
        metricsToken);
  }

  static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static String stringVar(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  static int intVar(Map<String, String> env, String name, int fallback) {
    String v = stringVar(env, name, null);
    if (v == null) return fallback;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'");
    }
  }

  private static boolean boolVar(Map<String, String> env, String name, boolean fallback) {
    String v = stringVar(env, name, null);
    if (v == null) return fallback;
    if (v.equalsIgnoreCase("true") || v.equals("1")) return true;
    if (v.equalsIgnoreCase("false") || v.equals("0")) return false;
    throw new IllegalArgumentException(name + " must be true or false, was '" + v + "'");
  }

  private static List<String> listVar(Map<String, String> env, String name) {
    String v = stringVar(env, name, null);
    if (v == null) return List.of();
    return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
  /**
   * The settings without their secrets: the metrics token and the password in a MongoDB URI are
   * replaced, so printing the config (a debugger, a future log line) never shows them.
   */
  @Override
  public String toString() {
    return "SamskapConfig[httpHost=" + httpHost + ", httpPort=" + httpPort + ", dataDir=" + dataDir
        + ", mongoUri=" + redactUri(mongoUri) + ", mongoDatabase=" + mongoDatabase + ", allowedOrigins=" + allowedOrigins
        + ", publicUrl=" + publicUrl + ", maxNoteChars=" + maxNoteChars + ", maxFrameBytes=" + maxFrameBytes
        + ", opsPerSecond=" + opsPerSecond + ", dedupeWindow=" + dedupeWindow + ", idleUnloadSeconds=" + idleUnloadSeconds
        + ", snapshotEvery=" + snapshotEvery + ", embeddedMongoPort=" + embeddedMongoPort + ", embeddedFsync=" + embeddedFsync
        + ", boardShards=" + boardShards + ", apiRequestsPerMinute=" + apiRequestsPerMinute + ", trustedProxies=" + trustedProxies
        + ", matrixRevealAt=" + matrixRevealAt + ", clientLimits=" + clientLimits + ", boardQueueLimit=" + boardQueueLimit
        + ", writeQueueLimit=" + writeQueueLimit + ", writeDeadlineMillis=" + writeDeadlineMillis + ", maxMembers=" + maxMembers
        + ", signIn=" + signIn + ", retentionDays=" + retentionDays
        + ", metricsToken=" + (metricsToken == null ? "null" : "(set)") + "]";
  }

  /** A MongoDB URI with any {@code user:password@} part replaced. */
  static String redactUri(String uri) {
    if (uri == null) return null;
    return uri.replaceFirst("^(mongodb(?:\\+srv)?://)[^@/]*@", "$1(credentials)@");
  }
}
