package org.cairnpmo.resources.staffing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.LearningAsk;

/**
 * Which requests waiting for a person a staffing run takes, and how long it may search. Every part
 * is optional: none takes every open request the caller may see.
 *
 * @param from requests that end on or after this day
 * @param to requests that start on or before this day
 * @param departmentId requests of projects of this department
 * @param priority requests of this priority or a higher one
 * @param projectId requests of this project
 * @param timeLimitSeconds how long the optimizer may search, 1 to {@value #MAX_SECONDS}; null for
 *     {@value #DEFAULT_SECONDS}
 * @param competency only people at {@code competencyLevel} (1 when absent) or above in this
 *     competency of learning's framework
 * @param certification only people holding a valid certification of this scheme
 */
public record StaffingFilter(
    LocalDate from,
    LocalDate to,
    Long departmentId,
    Priority priority,
    Long projectId,
    Integer timeLimitSeconds,
    String competency,
    Integer competencyLevel,
    CertificationKind certification) {

  public static final int DEFAULT_SECONDS = 5;
  public static final int MAX_SECONDS = 30;

  public static final StaffingFilter ALL =
      new StaffingFilter(null, null, null, null, null, null, null, null, null);

  /**
   * The filter as given, checked.
   *
   * @throws InvalidInputException naming each field that is wrong
   */
  public StaffingFilter checked() {
    List<FieldProblem> problems = new ArrayList<>();
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new FieldProblem(
              "to", "The period cannot end (" + to + ") before it starts (" + from + ")."));
    }
    if (timeLimitSeconds != null && (timeLimitSeconds < 1 || timeLimitSeconds > MAX_SECONDS)) {
      problems.add(
          new FieldProblem(
              "timeLimitSeconds",
              "Give the time limit in whole seconds from 1 to " + MAX_SECONDS + "."));
    }
    try {
      learning().checked();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return this;
  }

  /** What the run asks of people's learning records. */
  public LearningAsk learning() {
    return new LearningAsk(competency, competencyLevel, certification);
  }

  int seconds() {
    return timeLimitSeconds == null ? DEFAULT_SECONDS : timeLimitSeconds;
  }

  boolean takes(StaffingData.Request r, Long projectDepartment) {
    return (from == null || !r.lastDay().isBefore(from))
        && (to == null || !r.firstDay().isAfter(to))
        && (departmentId == null || departmentId.equals(projectDepartment))
        && (priority == null || r.priority().rank() <= priority.rank())
        && (projectId == null || projectId == r.projectId());
  }
}
