package org.samskap.protocol.pilots;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.samskap.domain.pilots.PilotInvalid;

/**
 * Reads typed fields of a pilot request or stored document (plain maps and lists), failing with
 * {@link PilotInvalid} naming the field by its dotted path, e.g. {@code gain.baseline}.
 */
public final class In {
  private final Map<String, Object> map;
  private final String prefix;

  public In(Map<String, Object> map, String prefix) {
    this.map = map == null ? Map.of() : map;
    this.prefix = prefix.isEmpty() ? "" : prefix + ".";
  }

  public String path(String name) {
    return prefix + name;
  }

  public boolean has(String name) {
    return map.get(name) != null;
  }

  public String string(String name) {
    Object v = map.get(name);
    if (v == null) return "";
    if (!(v instanceof String s)) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be text.");
    return s;
  }

  public String requiredString(String name) {
    if (!(map.get(name) instanceof String s)) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be text.");
    return s;
  }

  public double number(String name) {
    Object v = map.get(name);
    if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be a number, got " + shown(v) + ".");
    }
    return n.doubleValue();
  }

  public Double optionalNumber(String name) {
    return map.get(name) == null ? null : number(name);
  }

  public int whole(String name, int absent) {
    if (map.get(name) == null) return absent;
    double d = number(name);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be a whole number.");
    }
    return (int) d;
  }

  public Integer optionalWhole(String name) {
    return map.get(name) == null ? null : whole(name, 0);
  }

  public long wholeLong(String name) {
    double d = number(name);
    if (d != Math.rint(d)) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be a whole number.");
    return (long) d;
  }

  public boolean bool(String name) {
    Object v = map.get(name);
    if (v == null) return false;
    if (!(v instanceof Boolean b)) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be true or false.");
    return b;
  }

  public LocalDate date(String name) {
    Object v = map.get(name);
    if (v == null) return null;
    if (v instanceof String s) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be a date like 2025-03-31, got " + shown(v) + ".");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String name) {
    Object v = map.get(name);
    if (v == null) return null;
    if (!(v instanceof Map<?, ?> m)) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be an object.");
    return (Map<String, Object>) m;
  }

  public In object(String name) {
    Map<String, Object> m = map(name);
    if (m == null) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be an object.");
    return new In(m, path(name));
  }

  public List<?> list(String name) {
    Object v = map.get(name);
    if (v == null) return List.of();
    if (!(v instanceof List<?> l)) throw PilotInvalid.field(path(name), "Field '" + path(name) + "' must be a list.");
    return l;
  }

  private static String shown(Object v) {
    if (v == null) return "nothing";
    if (v instanceof String s) return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    return String.valueOf(v);
  }
}
