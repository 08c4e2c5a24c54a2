package org.samskap.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.protocol.pilots.In;
import org.samskap.protocol.pilots.MeasurementCodec;
import org.samskap.protocol.pilots.PilotCodec;

/**
 * Exports of a pilot (docs/EXPORT.md): the JSON envelope with {@code content} =
 * {@code {"pilot":{...stored pilot...},"measurements":[...]}}, and the reverse for an import.
 */
public final class PilotExports {
  public static final int MAX_MEASUREMENTS = 5000;

  /** A pilot read back from an export, under a new id, with its measurements moved to that id. */
  public record Imported(Pilot pilot, List<Measurement> measurements) {}

  private PilotExports() {}

  public static Map<String, Object> content(Pilot p, List<Measurement> measurements) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("pilot", PilotCodec.pilot(p));
    List<Object> ms = new ArrayList<>(measurements.size());
    for (Measurement m : measurements) ms.add(MeasurementCodec.measurement(m, null));
    c.put("measurements", ms);
    return c;
  }

  public static byte[] json(Pilot p, long rev, long exportedAt, List<Measurement> measurements) {
    return JsonExport.bytes(ExportSchema.pilot(p.id(), p.title(), rev, exportedAt, content(p, measurements)));
  }

  /**
   * Rebuilds the pilot of an export under {@code newId}; measurements get ids from {@code ids}.
   * Throws {@link ImportException} naming the field.
   */
  @SuppressWarnings("unchecked")
  public static Imported read(ImportReader.Parsed parsed, String newId, java.util.function.Supplier<String> ids) {
    if (!ExportSchema.PILOT.equals(parsed.kind())) throw new ImportException("kind", "Field 'kind' must be \"pilot\" here.");
    if (!(parsed.content().get("pilot") instanceof Map<?, ?> raw)) throw new ImportException("content.pilot", "Field 'content.pilot' must be an object.");
    Map<String, Object> pm = new LinkedHashMap<>((Map<String, Object>) raw);
    pm.put("id", newId);
    Pilot pilot;
    try {
      pilot = PilotCodec.pilot(pm);
    } catch (PilotInvalid e) {
      throw new ImportException("content.pilot." + e.field(), "content.pilot: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new ImportException("content.pilot", "Field 'content.pilot' is not a valid pilot: " + e.getMessage());
    }
    Object rawList = parsed.content().getOrDefault("measurements", List.of());
    if (!(rawList instanceof List<?> list)) throw new ImportException("content.measurements", "Field 'content.measurements' must be an array.");
    if (list.size() > MAX_MEASUREMENTS) {
      throw new ImportException("content.measurements", "At most " + MAX_MEASUREMENTS + " measurements per import.");
    }
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "content.measurements[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> mm)) throw new ImportException(path, "Field '" + path + "' must be an object.");
      try {
        In in = new In((Map<String, Object>) mm, path);
        Measurement parsedM = MeasurementCodec.parse(in, ids.get(), newId, in.whole("round", 1), in.wholeLong("recordedAt"));
        pilot.gain(parsedM.gainId());
        out.add(parsedM);
      } catch (PilotInvalid e) {
        throw new ImportException(e.field(), path + ": " + e.getMessage());
      } catch (RuntimeException e) {
        throw new ImportException(path, path + ": " + e.getMessage());
      }
    }
    return new Imported(pilot, out);
  }
}
