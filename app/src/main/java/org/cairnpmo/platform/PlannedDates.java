package org.cairnpmo.platform;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/** The rule every planned span of work follows, whether a proposal's or a project's. */
public final class PlannedDates {

  private PlannedDates() {}

  /** Adds a problem on {@code plannedFinish} when the span finishes before it starts. */
  public static void check(
      LocalDate plannedStart, LocalDate plannedFinish, List<FieldProblem> problems) {
    if (plannedStart != null && plannedFinish != null && plannedFinish.isBefore(plannedStart)) {
      problems.add(
          new FieldProblem(
              "plannedFinish", "The planned finish cannot be before the planned start."));
    }
  }
}
