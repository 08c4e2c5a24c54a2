package org.samskap.domain.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An innovation project (innovasjonsprosjekt) that runs through the six phases of the KS roadmap
 * (docs/PROTOCOL.md, "Projects"): its problem and goal, owner and unit, the current phase, the
 * checklist ticks, the decisions (append-only) and the boards and pilots placed in its phases.
 * Every change returns a new project with {@code updatedAt} set to the change's time (PJ7), or
 * throws {@link ProjectInvalid} and changes nothing.
 */
public record Project(String id, String title, String problem, String goal, String owner, String unit, int phase,
    long createdAt, long updatedAt, List<Tick> ticks, List<Veivalg> decisions, List<BoardRef> boards,
    List<PilotRef> pilots, String migratedFrom, List<SavedTemplate> templates, Membership membership) {
  public static final int FIRST_PHASE = 1;
  public static final int LAST_PHASE = 6;
  public static final int MAX_TITLE_CHARS = 200;
  public static final int MAX_TEXT_CHARS = 2000;
  public static final int MAX_NAME_CHARS = 120;
  public static final int MAX_NOTE_CHARS = 500;
  public static final int MAX_DECISIONS = 200;
  public static final int MAX_BOARDS = 200;
  public static final int MAX_TEMPLATES = 20;

  public Project {
    id = Texts.text("id", id, true, 64);
    title = Texts.text("title", title, true, MAX_TITLE_CHARS);
    problem = Texts.text("problem", problem, false, MAX_TEXT_CHARS);
    goal = Texts.text("goal", goal, false, MAX_TEXT_CHARS);
    owner = Texts.text("owner", owner, false, MAX_NAME_CHARS);
    unit = Texts.text("unit", unit, false, MAX_TITLE_CHARS);
    Texts.phase("phase", phase);
    ticks = List.copyOf(ticks);
    decisions = List.copyOf(decisions);
    boards = List.copyOf(boards);
    pilots = List.copyOf(pilots);
    templates = templates == null ? List.of() : List.copyOf(templates);
    membership = membership == null ? Membership.EMPTY : membership;
  }

  /** As before members were kept (PM1): nobody is a member. */
  public Project(String id, String title, String problem, String goal, String owner, String unit, int phase, long createdAt,
      long updatedAt, List<Tick> ticks, List<Veivalg> decisions, List<BoardRef> boards, List<PilotRef> pilots, String migratedFrom,
      List<SavedTemplate> templates) {
    this(id, title, problem, goal, owner, unit, phase, createdAt, updatedAt, ticks, decisions, boards, pilots, migratedFrom, templates,
        Membership.EMPTY);
  }

  /** Rules PM1-PM5: the project with {@code next} as its membership. */
  public Project withMembership(Membership next, long now) {
    return new Project(id, title, problem, goal, owner, unit, phase, createdAt, Math.max(updatedAt, now), ticks, decisions, boards,
        pilots, migratedFrom, templates, next);
  }

  /** As before templates were saved per project (PJ20): none saved. */
  public Project(String id, String title, String problem, String goal, String owner, String unit, int phase, long createdAt,
      long updatedAt, List<Tick> ticks, List<Veivalg> decisions, List<BoardRef> boards, List<PilotRef> pilots, String migratedFrom) {
    this(id, title, problem, goal, owner, unit, phase, createdAt, updatedAt, ticks, decisions, boards, pilots, migratedFrom, List.of());
  }

  /** Rule PJ20: a template saved from one of the project's boards; a name used before is {@code conflict}. */
  public Project withTemplate(SavedTemplate t, long now) {
    if (boards.stream().noneMatch(b -> b.boardId().equals(t.fromBoardId()))) {
      throw new ProjectInvalid("not_found", "boardId", "The board is not in this project.");
    }
    if (templates.size() >= MAX_TEMPLATES) {
      throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_TEMPLATES + " saved templates.");
    }
    if (templates.stream().anyMatch(x -> x.name().equalsIgnoreCase(t.name()))) {
      throw new ProjectInvalid("conflict", "name", "The project has a template of that name already.");
    }
    List<SavedTemplate> next = new ArrayList<>(templates);
    next.add(t);
    return new Project(id, title, problem, goal, owner, unit, phase, createdAt, Math.max(updatedAt, now), ticks, decisions, boards,
        pilots, migratedFrom, next, membership);
  }

  /** Rule PJ1: a new project starts in phase 1 with nothing ticked, decided or placed. */
  public static Project create(String id, String title, String problem, String goal, String owner, String unit, long now) {
    return new Project(id, title, problem, goal, owner, unit, FIRST_PHASE, now, now, List.of(), List.of(), List.of(),
        List.of(), null);
  }

  /** The project an existing board or pilot is placed in on upgrade (PJ11): named after it, in its phase. */
  public static Project migrated(String id, String title, int phase, String from, long now) {
    return new Project(id, title, "", "", "", "", phase, now, now, List.of(), List.of(), List.of(), List.of(), from);
  }

  /**
   * Rule PJ2: ticks (or unticks) an item of a phase's checklist with a note and who did it. The
   * item must be in that phase's checklist; the newest tick of an item replaces the one before.
   */
  public Project tick(Checklists checklists, int atPhase, String itemId, boolean ticked, String note, String by, long now) {
    Texts.phase("phase", atPhase);
    if (!checklists.has(atPhase, itemId)) {
      throw new ProjectInvalid("not_found", "itemId", "Phase " + atPhase + " has no checklist item '" + itemId + "'.");
    }
    Tick t = new Tick(atPhase, itemId, ticked, note, by, now);
    List<Tick> next = new ArrayList<>(ticks.size() + 1);
    for (Tick old : ticks) if (old.phase() != atPhase || !old.itemId().equals(itemId)) next.add(old);
    next.add(t);
    return with(phase, next, decisions, boards, pilots, now);
  }

  /** The ticked items of a phase, out of its checklist's size. */
  public long tickedIn(int atPhase) {
    return ticks.stream().filter(t -> t.phase() == atPhase && t.ticked()).count();
  }

  /**
   * Rules PJ3-PJ5: records a decision and moves the project to the phase it names: {@code next}
   * to the following phase (not from 6), {@code round} stays (only in the roundabout, phases 3
   * and 4), {@code back} to an earlier phase, {@code halt} back to phase 2 (from phase 2 on).
   * Decisions are only ever appended.
   */
  public Project decide(String decisionId, VeivalgKind kind, Integer backTo, String recommendation, String by,
      List<String> evidence, long now) {
    return decide(decisionId, kind, backTo, recommendation, by, "", evidence, now);
  }

  /** As {@link #decide(String, VeivalgKind, Integer, String, String, List, long)}, by a signed-in member (PM8): their subject is kept. */
  public Project decide(String decisionId, VeivalgKind kind, Integer backTo, String recommendation, String by, String bySubject,
      List<String> evidence, long now) {
    Objects.requireNonNull(kind, "kind");
    if (decisions.size() >= MAX_DECISIONS) {
      throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_DECISIONS + " decisions.");
    }
    int to = switch (kind) {
      case NEXT -> {
        if (phase == LAST_PHASE) throw transition("Phase 6 is the last phase; there is no next phase.");
        yield phase + 1;
      }
      case ROUND -> {
        if (phase != 3 && phase != 4) throw transition("Another round is for phases 3 and 4 (develop, test, evaluate); this project is in phase " + phase + ".");
        yield phase;
      }
      case BACK -> {
        if (backTo == null) throw ProjectInvalid.field("toPhase", "Going back needs field 'toPhase', an earlier phase.");
        if (backTo < FIRST_PHASE || backTo >= phase) throw transition("Going back must name a phase from 1 to " + (phase - 1) + ".");
        yield backTo;
      }
      case HALT -> {
        if (phase < 2) throw transition("Halting goes back to phase 2 to rethink; this project has not reached phase 2.");
        yield 2;
      }
    };
    Veivalg v = new Veivalg(decisionId, kind, phase, to, recommendation, by, now, evidence, bySubject);
    List<Veivalg> next = new ArrayList<>(decisions);
    next.add(v);
    return with(to, ticks, next, boards, pilots, now);
  }

  /** Rule PJ6: places a board in a phase; a board is in the project at most once. */
  public Project withBoard(BoardRef b, long now) {
    if (boards.size() >= MAX_BOARDS) throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_BOARDS + " boards.");
    if (boards.stream().anyMatch(x -> x.boardId().equals(b.boardId()))) {
      throw new ProjectInvalid("conflict", "boardId", "The board is already in this project.");
    }
    List<BoardRef> next = new ArrayList<>(boards);
    next.add(b);
    return with(phase, ticks, decisions, next, pilots, now);
  }

  /** Rule PJ6 for pilots. */
  public Project withPilot(PilotRef p, long now) {
    if (pilots.size() >= MAX_BOARDS) throw new ProjectInvalid("too_many", "", "A project may hold at most " + MAX_BOARDS + " pilots.");
    if (pilots.stream().anyMatch(x -> x.pilotId().equals(p.pilotId()))) {
      throw new ProjectInvalid("conflict", "pilotId", "The pilot is already in this project.");
    }
    List<PilotRef> next = new ArrayList<>(pilots);
    next.add(p);
    return with(phase, ticks, decisions, boards, next, now);
  }

  private Project with(int nextPhase, List<Tick> t, List<Veivalg> d, List<BoardRef> b, List<PilotRef> p, long now) {
    return new Project(id, title, problem, goal, owner, unit, nextPhase, createdAt, Math.max(updatedAt, now), t, d, b, p, migratedFrom,
        templates, membership);
  }

  private static ProjectInvalid transition(String message) {
    return new ProjectInvalid("bad_transition", "kind", message);
  }
}
