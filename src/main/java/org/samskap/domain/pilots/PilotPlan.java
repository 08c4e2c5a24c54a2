package org.samskap.domain.pilots;

import java.time.LocalDate;

/**
 * The pilot plan (planlegging av pilot, seed 001): goals; scope (touchpoints, work processes,
 * number of installations); time (start and end); participants and their recruitment;
 * information; training; error handling; measurement; observation; documentation; and the
 * responsible person. Dates are optional while planning, but the end may not come before the start.
 */
public record PilotPlan(String goals, String touchpoints, String processes, int installations, LocalDate start,
    LocalDate end, String participants, String recruitment, String information, String training,
    String errorHandling, String measurement, String observation, String documentation, String responsible) {

  public static final PilotPlan EMPTY = new PilotPlan("", "", "", 0, null, null, "", "", "", "", "", "", "", "", "");

  public PilotPlan {
    goals = Check.text("plan.goals", goals, Check.MAX_TEXT);
    touchpoints = Check.text("plan.touchpoints", touchpoints, Check.MAX_TEXT);
    processes = Check.text("plan.processes", processes, Check.MAX_TEXT);
    if (installations < 0 || installations > 1_000_000) {
      throw PilotInvalid.field("plan.installations", "Field 'plan.installations' must be a whole number from 0 to 1000000.");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw PilotInvalid.field("plan.end", "Field 'plan.end' (" + end + ") must not be before 'plan.start' (" + start + ").");
    }
    participants = Check.text("plan.participants", participants, Check.MAX_TEXT);
    recruitment = Check.text("plan.recruitment", recruitment, Check.MAX_TEXT);
    information = Check.text("plan.information", information, Check.MAX_TEXT);
    training = Check.text("plan.training", training, Check.MAX_TEXT);
    errorHandling = Check.text("plan.errorHandling", errorHandling, Check.MAX_TEXT);
    measurement = Check.text("plan.measurement", measurement, Check.MAX_TEXT);
    observation = Check.text("plan.observation", observation, Check.MAX_TEXT);
    documentation = Check.text("plan.documentation", documentation, Check.MAX_TEXT);
    responsible = Check.text("plan.responsible", responsible, Check.MAX_SHORT);
  }

  /** What a plan still lacks before the pilot can be called planned: goals and a responsible person. */
  public String missingForPlanned() {
    if (goals.isEmpty()) return "plan.goals";
    if (responsible.isEmpty()) return "plan.responsible";
    return null;
  }
}
