package org.samskap.projects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's addresses (docs/PROTOCOL.md PJ9, PJ10): {@code project.<id>} is its one writer's
 * (server-internal, never bridged) and {@code project.<id>.events} is where each durable change is
 * published, which a browser may listen to with a token that opens the project.
 */
public final class ProjectAddresses {
  public static final Pattern EVENTS = Pattern.compile("project\\.([A-Za-z0-9_-]{8,64})\\.events");

  private ProjectAddresses() {}

  public static String writer(String projectId) {
    return "project." + projectId;
  }

  public static String events(String projectId) {
    return "project." + projectId + ".events";
  }

  /** The project id of an events address, or null. */
  public static String projectOfEvents(String address) {
    if (address == null) return null;
    Matcher m = EVENTS.matcher(address);
    return m.matches() ? m.group(1) : null;
  }
}
