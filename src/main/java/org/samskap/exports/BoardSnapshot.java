package org.samskap.exports;

import java.util.Map;

/** A board's durable content at one version, as the board's writer handed it out for an export. */
public record BoardSnapshot(String boardId, String kind, String title, long version, long exportedAt,
    Map<String, Object> content) {}
