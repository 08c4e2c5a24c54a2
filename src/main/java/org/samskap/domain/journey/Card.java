package org.samskap.domain.journey;

import java.util.List;
import java.util.Objects;

/**
 * A card in one cell (lane × stage) of a journey. {@code touchpoint} is set exactly for cards
 * in a touchpoints lane; {@code links} only ever holds something for pain points.
 */
public record Card(String id, String laneId, String stageId, String text, Touchpoint touchpoint, String author,
    List<IdeaLink> links) {
  public Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(stageId, "stageId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    links = List.copyOf(links);
  }

  Card withText(String t) {
    return new Card(id, laneId, stageId, t, touchpoint, author, links);
  }

  Card withTouchpoint(Touchpoint t) {
    return new Card(id, laneId, stageId, text, t, author, links);
  }

  Card inStage(String s) {
    return new Card(id, laneId, s, text, touchpoint, author, links);
  }

  Card byAuthor(String a) {
    return new Card(id, laneId, stageId, text, touchpoint, a, links);
  }

  Card withLinks(List<IdeaLink> l) {
    return new Card(id, laneId, stageId, text, touchpoint, author, l);
  }
}
