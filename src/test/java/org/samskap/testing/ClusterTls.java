package org.samskap.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Key material for event-bus TLS between test nodes, made with the JDK's {@code keytool}: one
 * self-signed node certificate in a PKCS#12 keystore, and a truststore holding only that
 * certificate (explicit trust, as in production with a private CA).
 */
public final class ClusterTls {
  public static final String PASSWORD = "samskap-test-only";

  private ClusterTls() {}

  /** Writes {@code node.p12} and {@code trust.p12} into {@code dir}; returns the cluster TLS settings. */
  public static Map<String, String> create(Path dir) throws IOException, InterruptedException {
    Path keystore = dir.resolve("node.p12");
    Path cert = dir.resolve("node.crt");
    Path truststore = dir.resolve("trust.p12");
    keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=samskap-test-node", "-ext", "SAN=ip:127.0.0.1",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD);
    keytool("-exportcert", "-alias", "node", "-keystore", keystore.toString(), "-storepass", PASSWORD,
        "-file", cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "node", "-file", cert.toString(),
        "-storetype", "PKCS12", "-keystore", truststore.toString(), "-storepass", PASSWORD);
    return Map.of(
        "SAMSKAP_CLUSTER_TLS_KEYSTORE", keystore.toString(),
        "SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD", PASSWORD,
        "SAMSKAP_CLUSTER_TLS_TRUSTSTORE", truststore.toString(),
        "SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD", PASSWORD);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("keytool failed: " + out);
  }
}
