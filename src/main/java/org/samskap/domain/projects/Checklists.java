package org.samskap.domain.projects;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The item ids of each phase's checklist (PJ2). The questions themselves, in nb, nn and en, are
 * data (resource {@code projects/checklists.json}); the domain only needs to know which ids exist.
 */
public record Checklists(Map<Integer, List<String>> itemsByPhase) {
  public Checklists {
    Map<Integer, List<String>> copy = new TreeMap<>();
    itemsByPhase.forEach((phase, ids) -> copy.put(Texts.phase("phase", phase), List.copyOf(ids)));
    itemsByPhase = Map.copyOf(copy);
  }

  public List<String> items(int phase) {
    return itemsByPhase.getOrDefault(phase, List.of());
  }

  public boolean has(int phase, String itemId) {
    return items(phase).contains(itemId);
  }
}
