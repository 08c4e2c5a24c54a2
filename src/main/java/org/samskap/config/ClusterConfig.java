package org.samskap.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cluster settings of a node (README, "Settings"; docs/OPERATIONS.md, "Running several nodes").
 * Off by default: a node then runs alone and none of the other fields matter. Read from the
 * same environment as {@link SamskapConfig}, under {@code SAMSKAP_CLUSTER_}.
 *
 * @param enabled {@code SAMSKAP_CLUSTER}: join a cluster of Samskap nodes
 * @param name {@code SAMSKAP_CLUSTER_NAME}: nodes join only a cluster of the same name
 * @param host {@code SAMSKAP_CLUSTER_HOST}: the address Hazelcast and the event bus bind to and
 *     announce; an IP address, or {@code 0.0.0.0} to let Hazelcast pick the host's address
 * @param port {@code SAMSKAP_CLUSTER_PORT}: Hazelcast's member port (TCP)
 * @param members {@code SAMSKAP_CLUSTER_MEMBERS}: {@code host:port} of the nodes to join (TCP-IP join, no multicast)
 * @param busPort {@code SAMSKAP_CLUSTER_BUS_PORT}: the clustered event bus port (TCP); 0 picks a free one
 * @param failureSeconds {@code SAMSKAP_CLUSTER_FAILURE_SECONDS}: a node silent this long is taken out of the cluster
 * @param tlsKeystore {@code SAMSKAP_CLUSTER_TLS_KEYSTORE}: PKCS#12 or JKS file with this node's key and
 *     certificate; set, the event bus between nodes uses TLS with client certificates
 * @param tlsKeystorePassword {@code SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD}
 * @param tlsTruststore {@code SAMSKAP_CLUSTER_TLS_TRUSTSTORE}: the certificates (or CA) a node trusts;
 *     required with a keystore (no trust-all)
 * @param tlsTruststorePassword {@code SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD}
 */
public record ClusterConfig(
    boolean enabled,
    String name,
    String host,
    int port,
    List<String> members,
    int busPort,
    int failureSeconds,
    Path tlsKeystore,
    String tlsKeystorePassword,
    Path tlsTruststore,
    String tlsTruststorePassword) {

  public static final String DEFAULT_NAME = "samskap";
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 5701;
  public static final int DEFAULT_BUS_PORT = 0;
  public static final int DEFAULT_FAILURE_SECONDS = 3;
  private static final java.util.regex.Pattern MEMBER = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+:\\d{1,5}");

  public ClusterConfig {
    requireRange("SAMSKAP_CLUSTER_PORT", port, 1, 65535);
    requireRange("SAMSKAP_CLUSTER_BUS_PORT", busPort, 0, 65535);
    requireRange("SAMSKAP_CLUSTER_FAILURE_SECONDS", failureSeconds, 2, 300);
    if (name == null || name.isBlank()) throw new IllegalArgumentException("SAMSKAP_CLUSTER_NAME must not be empty");
    if (host == null || host.isBlank()) throw new IllegalArgumentException("SAMSKAP_CLUSTER_HOST must not be empty");
    members = members == null || members.isEmpty() ? List.of(host + ":" + port) : List.copyOf(members);
    for (String m : members) {
      if (!MEMBER.matcher(m).matches()) {
        throw new IllegalArgumentException("SAMSKAP_CLUSTER_MEMBERS must list host:port entries, was '" + m + "'");
      }
    }
    if ((tlsKeystore == null) != (tlsTruststore == null)) {
      throw new IllegalArgumentException(
          "SAMSKAP_CLUSTER_TLS_KEYSTORE and SAMSKAP_CLUSTER_TLS_TRUSTSTORE must be set together");
    }
    if (tlsKeystore != null && (tlsKeystorePassword == null || tlsTruststorePassword == null)) {
      throw new IllegalArgumentException(
          "SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD and SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD must be set with TLS");
    }
  }

  /** True when the event bus between nodes uses TLS. */
  public boolean tls() {
    return tlsKeystore != null;
  }

  /** Reads {@code SAMSKAP_CLUSTER*} variables; unknown names are ignored. */
  public static ClusterConfig fromEnv(Map<String, String> env) {
    String host = var(env, "SAMSKAP_CLUSTER_HOST", DEFAULT_HOST);
    String members = var(env, "SAMSKAP_CLUSTER_MEMBERS", null);
    String keystore = var(env, "SAMSKAP_CLUSTER_TLS_KEYSTORE", null);
    String truststore = var(env, "SAMSKAP_CLUSTER_TLS_TRUSTSTORE", null);
    return new ClusterConfig(
        bool(env, "SAMSKAP_CLUSTER"),
        var(env, "SAMSKAP_CLUSTER_NAME", DEFAULT_NAME),
        host,
        integer(env, "SAMSKAP_CLUSTER_PORT", DEFAULT_PORT),
        members == null ? List.of()
            : Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList(),
        integer(env, "SAMSKAP_CLUSTER_BUS_PORT", DEFAULT_BUS_PORT),
        integer(env, "SAMSKAP_CLUSTER_FAILURE_SECONDS", DEFAULT_FAILURE_SECONDS),
        keystore == null ? null : Path.of(keystore),
        env.get("SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD"),
        truststore == null ? null : Path.of(truststore),
        env.get("SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD"));
  }

  /** Secrets stay out of logs and error messages. */
  @Override
  public String toString() {
    return "ClusterConfig[enabled=" + enabled + ", name=" + name + ", host=" + host + ", port=" + port
        + ", members=" + members + ", busPort=" + busPort + ", failureSeconds=" + failureSeconds + ", tls=" + tls() + "]";
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static String var(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String v = var(env, name, null);
    if (v == null) return fallback;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + v + "'");
    }
  }

  private static boolean bool(Map<String, String> env, String name) {
    String v = var(env, name, null);
    if (v == null) return false;
    if (v.equalsIgnoreCase("true") || v.equals("1")) return true;
    if (v.equalsIgnoreCase("false") || v.equals("0")) return false;
    throw new IllegalArgumentException(name + " must be true or false, was '" + v + "'");
  }
}
