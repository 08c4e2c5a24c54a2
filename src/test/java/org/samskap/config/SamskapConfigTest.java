package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings: named defaults, {@code SAMSKAP_*} overrides, and clear errors for bad values. */
class SamskapConfigTest {

  static SamskapConfig env(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
    return SamskapConfig.fromEnv(m);
  }

  static String error(String... pairs) {
    return assertThrows(IllegalArgumentException.class, () -> env(pairs)).getMessage();
  }

  @Test
  @DisplayName("a user who sets nothing gets the documented defaults (README settings table)")
  void defaults_are_the_documented_ones() {
    SamskapConfig c = SamskapConfig.defaults();
    assertEquals("0.0.0.0", c.httpHost());
    assertEquals(8080, c.httpPort());
    assertEquals(Path.of("./data"), c.dataDir());
    assertNull(c.mongoUri());
    assertTrue(c.embeddedDatabase(), "no SAMSKAP_MONGO_URI means the embedded database");
    assertEquals("samskap", c.mongoDatabase());
    assertEquals(List.of(), c.allowedOrigins());
    assertNull(c.publicUrl());
    assertEquals(2000, c.maxNoteChars(), "R6: SAMSKAP_MAX_NOTE_CHARS default 2000");
    assertEquals(65_536, c.maxFrameBytes(), "T5: SAMSKAP_MAX_FRAME_BYTES default 65536");
    assertEquals(50, c.opsPerSecond(), "T6: SAMSKAP_OPS_PER_SECOND default 50");
    assertEquals(4096, c.dedupeWindow(), "R2: SAMSKAP_DEDUPE_WINDOW default 4096");
    assertEquals(120, c.idleUnloadSeconds());
    assertEquals(200, c.snapshotEvery());
    assertEquals(0, c.embeddedMongoPort());
    assertFalse(c.embeddedFsync());
    assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors()), c.boardShards());
    assertEquals(600, c.apiRequestsPerMinute(), "H3: SAMSKAP_API_REQUESTS_PER_MINUTE default 600");
    assertEquals(List.of(), c.trustedProxies(), "H3: only loopback is a trusted proxy by default");
    assertEquals(1000, c.boardQueueLimit(), "O1: SAMSKAP_BOARD_QUEUE_LIMIT default 1000");
    assertEquals(5000, c.writeQueueLimit(), "O1: SAMSKAP_WRITE_QUEUE_LIMIT default 5000");
    assertEquals(8000, c.writeDeadlineMillis(), "O3: SAMSKAP_WRITE_DEADLINE_MS default 8000");
    assertEquals(500, c.maxMembers(), "J9: SAMSKAP_MAX_MEMBERS default 500");
    assertEquals(365, c.retentionDays(), "D5: SAMSKAP_RETENTION_DAYS default 365");
    assertEquals(c, SamskapConfig.fromEnv(Map.of()));
  }

  @Test
  @DisplayName("the named DEFAULT_ constants are the values fromEnv falls back to")
  void default_constants_match_the_defaults() {
    SamskapConfig c = SamskapConfig.defaults();
    assertEquals(SamskapConfig.DEFAULT_HTTP_HOST, c.httpHost());
    assertEquals(SamskapConfig.DEFAULT_HTTP_PORT, c.httpPort());
    assertEquals(Path.of(SamskapConfig.DEFAULT_DATA_DIR), c.dataDir());
    assertEquals(SamskapConfig.DEFAULT_MONGO_DATABASE, c.mongoDatabase());
    assertEquals(SamskapConfig.DEFAULT_MAX_NOTE_CHARS, c.maxNoteChars());
    assertEquals(SamskapConfig.DEFAULT_MAX_FRAME_BYTES, c.maxFrameBytes());
    assertEquals(SamskapConfig.DEFAULT_OPS_PER_SECOND, c.opsPerSecond());
    assertEquals(SamskapConfig.DEFAULT_DEDUPE_WINDOW, c.dedupeWindow());
    assertEquals(SamskapConfig.DEFAULT_IDLE_UNLOAD_SECONDS, c.idleUnloadSeconds());
    assertEquals(SamskapConfig.DEFAULT_SNAPSHOT_EVERY, c.snapshotEvery());
    assertEquals(SamskapConfig.DEFAULT_EMBEDDED_MONGO_PORT, c.embeddedMongoPort());
    assertEquals(SamskapConfig.DEFAULT_BOARD_QUEUE_LIMIT, c.boardQueueLimit());
    assertEquals(SamskapConfig.DEFAULT_WRITE_QUEUE_LIMIT, c.writeQueueLimit());
    assertEquals(SamskapConfig.DEFAULT_WRITE_DEADLINE_MS, c.writeDeadlineMillis());
  }

  @Test
  @DisplayName("every SAMSKAP_ variable overrides its setting, surrounding spaces trimmed")
  void every_variable_overrides_its_setting() {
    SamskapConfig c = env(
        "SAMSKAP_HTTP_HOST", " 127.0.0.1 ",
        "SAMSKAP_HTTP_PORT", "9090",
        "SAMSKAP_DATA_DIR", "/var/lib/samskap",
        "SAMSKAP_MONGO_URI", "mongodb://db:27017/?replicaSet=rs0",
        "SAMSKAP_MONGO_DATABASE", "boards",
        "SAMSKAP_ALLOWED_ORIGINS", "https://a.example, https://b.example:8443",
        "SAMSKAP_PUBLIC_URL", "https://samskap.example/",
        "SAMSKAP_MAX_NOTE_CHARS", "500",
        "SAMSKAP_MAX_FRAME_BYTES", "2048",
        "SAMSKAP_OPS_PER_SECOND", " 7 ",
        "SAMSKAP_DEDUPE_WINDOW", "100",
        "SAMSKAP_IDLE_UNLOAD_SECONDS", "5",
        "SAMSKAP_SNAPSHOT_EVERY", "10",
        "SAMSKAP_EMBEDDED_MONGO_PORT", "27018",
        "SAMSKAP_EMBEDDED_FSYNC", "true",
        "SAMSKAP_BOARD_SHARDS", "3");
    assertEquals("127.0.0.1", c.httpHost());
    assertEquals(9090, c.httpPort());
    assertEquals(Path.of("/var/lib/samskap"), c.dataDir());
    assertEquals("mongodb://db:27017/?replicaSet=rs0", c.mongoUri());
    assertFalse(c.embeddedDatabase());
    assertEquals("boards", c.mongoDatabase());
    assertEquals(List.of("https://a.example", "https://b.example:8443"), c.allowedOrigins());
    assertEquals("https://samskap.example/", c.publicUrl());
    assertEquals(500, c.maxNoteChars());
    assertEquals(2048, c.maxFrameBytes());
    assertEquals(7, c.opsPerSecond());
    assertEquals(100, c.dedupeWindow());
    assertEquals(5, c.idleUnloadSeconds());
    assertEquals(10, c.snapshotEvery());
    assertEquals(27018, c.embeddedMongoPort());
    assertTrue(c.embeddedFsync());
    assertEquals(3, c.boardShards());
  }

  @Test
  @DisplayName("an empty or blank variable counts as unset, and names outside SAMSKAP_ are ignored")
  void blank_values_mean_the_default_and_unknown_names_are_ignored() {
    SamskapConfig c = env("SAMSKAP_HTTP_PORT", "", "SAMSKAP_MONGO_URI", "   ", "SAMSKAP_ALLOWED_ORIGINS", " ",
        "PATH", "/usr/bin", "SAMSKAP_NO_SUCH_SETTING", "x", "samskap_http_port", "1");
    assertEquals(SamskapConfig.defaults(), c);
  }

  @Test
  @DisplayName("T4: SAMSKAP_ALLOWED_ORIGINS is split on commas; empty entries are dropped and the list is immutable")
  void T4_allowed_origins_list_parsing() {
    SamskapConfig c = env("SAMSKAP_ALLOWED_ORIGINS", ",https://a.example,, http://b.example:8080 ,");
    assertEquals(List.of("https://a.example", "http://b.example:8080"), c.allowedOrigins());
    assertThrows(UnsupportedOperationException.class, () -> c.allowedOrigins().add("https://evil.example"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", "True", "1"})
  @DisplayName("SAMSKAP_EMBEDDED_FSYNC accepts true in any case and 1")
  void fsync_true_spellings(String v) {
    assertTrue(env("SAMSKAP_EMBEDDED_FSYNC", v).embeddedFsync());
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "FALSE", "0"})
  @DisplayName("SAMSKAP_EMBEDDED_FSYNC accepts false in any case and 0")
  void fsync_false_spellings(String v) {
    assertFalse(env("SAMSKAP_EMBEDDED_FSYNC", v).embeddedFsync());
  }

  @Test
  @DisplayName("a bad boolean names the variable and the value")
  void a_bad_boolean_is_a_clear_error() {
    assertEquals("SAMSKAP_EMBEDDED_FSYNC must be true or false, was 'yes'", error("SAMSKAP_EMBEDDED_FSYNC", "yes"));
  }

  static Stream<String> intVariables() {
    return Stream.of("SAMSKAP_HTTP_PORT", "SAMSKAP_EMBEDDED_MONGO_PORT", "SAMSKAP_MAX_NOTE_CHARS",
        "SAMSKAP_MAX_FRAME_BYTES", "SAMSKAP_OPS_PER_SECOND", "SAMSKAP_DEDUPE_WINDOW", "SAMSKAP_IDLE_UNLOAD_SECONDS",
        "SAMSKAP_SNAPSHOT_EVERY", "SAMSKAP_BOARD_SHARDS",
        "SAMSKAP_BOARD_QUEUE_LIMIT", "SAMSKAP_WRITE_QUEUE_LIMIT", "SAMSKAP_WRITE_DEADLINE_MS", "SAMSKAP_MAX_MEMBERS",
        "SAMSKAP_RETENTION_DAYS");
  }

  @ParameterizedTest
  @MethodSource("intVariables")
  @DisplayName("a number that is not a whole number names the variable and the value")
  void a_non_number_is_a_clear_error(String name) {
    assertEquals(name + " must be a whole number, was 'fifty'", error(name, "fifty"));
    assertEquals(name + " must be a whole number, was '1.5'", error(name, "1.5"));
    assertEquals(name + " must be a whole number, was '99999999999'", error(name, "99999999999"));
  }

  static Stream<Arguments> ranges() {
    return Stream.of(
        range("SAMSKAP_HTTP_PORT", 0, 65535, SamskapConfig::httpPort),
        range("SAMSKAP_EMBEDDED_MONGO_PORT", 0, 65535, SamskapConfig::embeddedMongoPort),
        range("SAMSKAP_MAX_NOTE_CHARS", 1, 100_000, SamskapConfig::maxNoteChars),
        range("SAMSKAP_MAX_FRAME_BYTES", 1024, 16 * 1024 * 1024, SamskapConfig::maxFrameBytes),
        range("SAMSKAP_OPS_PER_SECOND", 1, 100_000, SamskapConfig::opsPerSecond),
        range("SAMSKAP_DEDUPE_WINDOW", 16, 1_000_000, SamskapConfig::dedupeWindow),
        range("SAMSKAP_IDLE_UNLOAD_SECONDS", 1, 86_400, SamskapConfig::idleUnloadSeconds),
        range("SAMSKAP_SNAPSHOT_EVERY", 1, 1_000_000, SamskapConfig::snapshotEvery),
        range("SAMSKAP_BOARD_SHARDS", 1, 64, SamskapConfig::boardShards),
        range("SAMSKAP_BOARD_QUEUE_LIMIT", 1, 1_000_000, SamskapConfig::boardQueueLimit),
        range("SAMSKAP_WRITE_QUEUE_LIMIT", 1, 10_000_000, SamskapConfig::writeQueueLimit),
        range("SAMSKAP_WRITE_DEADLINE_MS", 500, 15_000, SamskapConfig::writeDeadlineMillis),
        range("SAMSKAP_MAX_MEMBERS", 1, 100_000, SamskapConfig::maxMembers),
        range("SAMSKAP_RETENTION_DAYS", 0, 36_500, SamskapConfig::retentionDays));
  }

  static Arguments range(String name, int min, int max, ToIntFunction<SamskapConfig> read) {
    return Arguments.of(name, min, max, read);
  }

  @ParameterizedTest(name = "{0} in [{1}, {2}]")
  @MethodSource("ranges")
  @DisplayName("each number setting accepts its bounds and refuses one past them, naming the range")
  void number_settings_have_ranges(String name, int min, int max, ToIntFunction<SamskapConfig> read) {
    assertEquals(min, read.applyAsInt(env(name, Integer.toString(min))));
    assertEquals(max, read.applyAsInt(env(name, Integer.toString(max))));
    assertEquals(name + " must be between " + min + " and " + max + ", was " + (min - 1),
        error(name, Integer.toString(min - 1)));
    assertEquals(name + " must be between " + min + " and " + max + ", was " + (max + 1),
        error(name, Integer.toString(max + 1)));
  }

  @Test
  @DisplayName("the record itself refuses a missing data directory or database name")
  void the_record_validates_itself() {
    SamskapConfig d = SamskapConfig.defaults();
    assertEquals("SAMSKAP_DATA_DIR must not be empty", assertThrows(IllegalArgumentException.class,
        () -> d.withDataDir(null)).getMessage());
    assertEquals("SAMSKAP_MONGO_DATABASE must not be empty", assertThrows(IllegalArgumentException.class,
        () -> new SamskapConfig(d.httpHost(), d.httpPort(), d.dataDir(), null, " ", List.of(), null, d.maxNoteChars(),
            d.maxFrameBytes(), d.opsPerSecond(), d.dedupeWindow(), d.idleUnloadSeconds(), d.snapshotEvery(),
            d.embeddedMongoPort(), false, 1, d.apiRequestsPerMinute(), List.of())).getMessage());
  }

  @Test
  @DisplayName("withHttpPort, withDataDir and withMongoUri change only their own setting")
  void withers_change_one_setting() {
    SamskapConfig base = env("SAMSKAP_OPS_PER_SECOND", "9", "SAMSKAP_ALLOWED_ORIGINS", "https://a.example");
    SamskapConfig p = base.withHttpPort(1234);
    assertEquals(1234, p.httpPort());
    assertEquals(base, p.withHttpPort(base.httpPort()));
    SamskapConfig d = base.withDataDir(Path.of("/tmp/x"));
    assertEquals(Path.of("/tmp/x"), d.dataDir());
    assertEquals(base, d.withDataDir(base.dataDir()));
    SamskapConfig m = base.withMongoUri("mongodb://h");
    assertEquals("mongodb://h", m.mongoUri());
    assertFalse(m.embeddedDatabase());
    assertEquals(base, m.withMongoUri(null));
    assertThrows(IllegalArgumentException.class, () -> base.withHttpPort(-1));
  }
}
