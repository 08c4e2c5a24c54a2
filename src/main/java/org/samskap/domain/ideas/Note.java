package org.samskap.domain.ideas;

import java.util.Objects;

/** A sticky note (lapp). {@code clusterId} is null when the note is in no cluster. */
public record Note(String id, String text, double x, double y, Color color, String clusterId, String author) {
  public Note {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(author, "author");
  }

  Note withText(String t) {
    return new Note(id, t, x, y, color, clusterId, author);
  }

  Note at(double nx, double ny) {
    return new Note(id, text, nx, ny, color, clusterId, author);
  }

  Note withColor(Color c) {
    return new Note(id, text, x, y, c, clusterId, author);
  }

  Note byAuthor(String a) {
    return new Note(id, text, x, y, color, clusterId, a);
  }

  Note inCluster(String c) {
    return new Note(id, text, x, y, color, c, author);
  }
}
