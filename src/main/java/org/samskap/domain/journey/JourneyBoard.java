package org.samskap.domain.journey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one service-journey board: a title and two versions of the journey, current
 * and future. Owned by the board's single writer and changed only by {@link #apply}, which is
 * deterministic: replaying the same events from the same start gives the same board.
 */
public final class JourneyBoard {
  private String title;
  private final Map<JourneyVersion, Journey> versions = new EnumMap<>(JourneyVersion.class);

  /** A new board: both versions start with the default lanes and no stages. */
  public JourneyBoard(String title) {
    this(title, Journey.withDefaultLanes(), Journey.withDefaultLanes());
  }

  public JourneyBoard(String title, Journey current, Journey future) {
    this.title = Objects.requireNonNull(title, "title");
    versions.put(JourneyVersion.CURRENT, Objects.requireNonNull(current, "current"));
    versions.put(JourneyVersion.FUTURE, Objects.requireNonNull(future, "future"));
  }

  public String title() { return title; }

  public Journey journey(JourneyVersion v) { return versions.get(v); }

  /** Applies an event that {@link JourneyRules#decide} accepted (or that was read back from storage). */
  public void apply(JourneyEvent event) {
    if (event instanceof JourneyEvent.StageCreated e) {
      j(e.version()).addStage(e.stage(), e.index());
    } else if (event instanceof JourneyEvent.LaneCreated e) {
      j(e.version()).addLane(e.lane(), e.index());
    } else if (event instanceof JourneyEvent.CardCreated e) {
      j(e.version()).putCard(e.card());
    } else if (event instanceof JourneyEvent.RoleCreated e) {
      j(e.version()).addRole(e.role());
    } else if (event instanceof JourneyEvent.HukiSet e) {
      j(e.version()).setHuki(e.cardId(), e.roleId(), e.value());
    } else if (event instanceof JourneyOp.RenameStage e) {
      Stage s = j(e.version()).stage(e.stageId());
      if (s != null) j(e.version()).replaceStage(s.withLabel(e.label()));
    } else if (event instanceof JourneyOp.MoveStage e) {
      j(e.version()).moveStage(e.stageId(), e.index());
    } else if (event instanceof JourneyOp.DeleteStage e) {
      j(e.version()).removeStage(e.stageId());
    } else if (event instanceof JourneyOp.SetEmotion e) {
      Stage s = j(e.version()).stage(e.stageId());
      if (s != null) j(e.version()).replaceStage(s.withEmotion(e.emotion()));
    } else if (event instanceof JourneyOp.RenameLane e) {
      Lane l = j(e.version()).lane(e.laneId());
      if (l != null) j(e.version()).replaceLane(l.withLabel(e.label()));
    } else if (event instanceof JourneyOp.MoveLane e) {
      j(e.version()).moveLane(e.laneId(), e.index());
    } else if (event instanceof JourneyOp.DeleteLane e) {
      j(e.version()).removeLane(e.laneId());
    } else if (event instanceof JourneyOp.EditCard e) {
      card(e.version(), e.cardId(), c -> c.withText(e.text()));
    } else if (event instanceof JourneyOp.SetTouchpoint e) {
      card(e.version(), e.cardId(), c -> c.withTouchpoint(e.touchpoint()));
    } else if (event instanceof JourneyOp.MoveCard e) {
      card(e.version(), e.cardId(), c -> c.inStage(e.stageId()));
    } else if (event instanceof JourneyOp.DeleteCard e) {
      j(e.version()).removeCard(e.cardId());
    } else if (event instanceof JourneyOp.LinkIdea e) {
      card(e.version(), e.cardId(), c -> {
        List<IdeaLink> links = new ArrayList<>(c.links());
        if (!links.contains(e.link())) links.add(e.link());
        return c.withLinks(links);
      });
    } else if (event instanceof JourneyOp.UnlinkIdea e) {
      card(e.version(), e.cardId(), c -> {
        List<IdeaLink> links = new ArrayList<>(c.links());
        links.remove(e.link());
        return c.withLinks(links);
      });
    } else if (event instanceof JourneyOp.RenameRole e) {
      ProcessRole r = j(e.version()).role(e.roleId());
      if (r != null) j(e.version()).replaceRole(r.withName(e.name()));
    } else if (event instanceof JourneyOp.DeleteRole e) {
      j(e.version()).removeRole(e.roleId());
    } else if (event instanceof JourneyOp.CopyVersion e) {
      versions.put(e.version(), j(e.from()).copy());
    } else if (event instanceof JourneyOp.RenameBoard e) {
      title = e.title();
    } else {
      throw new IllegalArgumentException("unknown journey event " + event);
    }
  }

  private Journey j(JourneyVersion v) {
    return versions.get(v);
  }

  private void card(JourneyVersion v, String cardId, java.util.function.UnaryOperator<Card> change) {
    Card c = j(v).card(cardId);
    if (c != null) j(v).putCard(change.apply(c));
  }
}
