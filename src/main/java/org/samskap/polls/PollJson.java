package org.samskap.polls;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.PollItem;
import org.samskap.domain.polls.PollResults;
import org.samskap.domain.polls.VoterGroup;

/** JSON shapes of polls and their results (rules P2, P8). */
public final class PollJson {
  private PollJson() {}

  /** The poll as a voter sees it. */
  public static JsonObject forVoter(Poll p, boolean voted) {
    JsonArray items = new JsonArray();
    for (PollItem i : p.items()) {
      items.add(new JsonObject().put("id", i.id()).put("text", i.text()).put("description", i.description()));
    }
    JsonArray groups = new JsonArray();
    for (VoterGroup g : VoterGroup.values()) groups.add(g.wire());
    return new JsonObject().put("pollId", p.id()).put("title", p.title()).put("items", items)
        .put("maxChoices", p.maxChoices()).put("groups", groups).put("open", p.open()).put("voted", voted);
  }

  /** Counts per group and in total, item by item in poll order. */
  public static JsonObject results(Poll p, List<PollStore.Ballot> ballots) {
    PollResults r = new PollResults(p);
    for (PollStore.Ballot b : ballots) r.add(b.group(), b.choices());
    JsonArray items = new JsonArray();
    for (PollItem i : p.items()) {
      JsonObject groups = new JsonObject();
      for (VoterGroup g : VoterGroup.values()) groups.put(g.wire(), r.counts(g).get(i.id()));
      items.add(new JsonObject().put("id", i.id()).put("targetId", i.targetId()).put("text", i.text())
          .put("total", r.total().get(i.id())).put("groups", groups));
    }
    JsonObject perGroup = new JsonObject();
    for (VoterGroup g : VoterGroup.values()) perGroup.put(g.wire(), r.ballots(g));
    return new JsonObject().put("pollId", p.id()).put("title", p.title()).put("open", p.open())
        .put("maxChoices", p.maxChoices()).put("ballots", r.ballots()).put("ballotsByGroup", perGroup).put("items", items);
  }
}
