package org.samskap.cluster;

import java.nio.file.Path;

import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.JksOptions;
import io.vertx.core.net.KeyStoreOptionsBase;
import io.vertx.core.net.PfxOptions;

import org.samskap.config.ClusterConfig;

/**
 * Options of the clustered event bus (the TCP connections between nodes that carry ops,
 * replies and events). With a keystore set it uses TLS both ways: each node presents its
 * certificate and accepts only peers whose certificate its truststore holds (no trust-all).
 */
public final class EventBusSetup {
  private EventBusSetup() {}

  public static EventBusOptions options(ClusterConfig cluster) {
    EventBusOptions o = new EventBusOptions().setPort(cluster.busPort());
    if (!HazelcastSetup.ANY_HOST.equals(cluster.host())) o.setHost(cluster.host());
    if (cluster.tls()) {
      o.setSsl(true)
          .setClientAuth(ClientAuth.REQUIRED)
          .setTrustAll(false)
          .setKeyCertOptions(store(cluster.tlsKeystore(), cluster.tlsKeystorePassword()))
          .setTrustOptions(store(cluster.tlsTruststore(), cluster.tlsTruststorePassword()));
      // peers are known by certificate, not by host name (the event bus does no host name check)
    }
    return o;
  }

  /** A PKCS#12 store ({@code .p12}, {@code .pfx}) or a Java keystore ({@code .jks}), by file name. */
  static KeyStoreOptionsBase store(Path path, String password) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".jks")
        ? new JksOptions().setPath(path.toString()).setPassword(password)
        : new PfxOptions().setPath(path.toString()).setPassword(password);
  }
}
