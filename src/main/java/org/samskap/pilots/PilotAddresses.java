package org.samskap.pilots;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The live-push address of a pilot: {@code pilot.<pilotId>.events} (docs/API.md, "Live changes"). */
public final class PilotAddresses {
  public static final Pattern EVENTS = Pattern.compile("pilot\\.([A-Za-z0-9_-]{8,64})\\.events");

  private PilotAddresses() {}

  public static String events(String pilotId) {
    return "pilot." + pilotId + ".events";
  }

  /** The pilot id of an events address, or null. */
  public static String pilotOfEvents(String address) {
    if (address == null) return null;
    Matcher m = EVENTS.matcher(address);
    return m.matches() ? m.group(1) : null;
  }
}
