package org.cairnpmo.resources.leveling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * What the PMO asks of leveling across projects: the projects in priority order (the first gets the
 * shared people first), each with whether it may move and the longest delay of any of its tasks in
 * working days, and the period in which tasks may move ({@code from} and {@code to} both included,
 * either open when left out).
 */
public record LevelingLimits(List<ProjectLimit> projects, LocalDate from, LocalDate to) {

  public static final int MAX_PROJECTS = 20;
  public static final int MAX_DELAY_DAYS = 260;
  public static final int DEFAULT_DELAY_DAYS = 20;

  public LevelingLimits {
    projects = projects == null ? List.of() : new ArrayList<>(projects);
  }

  /**
   * A project of the leveling: {@code movable} is true unless given, {@code maxDelayDays} {@value
   * #DEFAULT_DELAY_DAYS} unless given.
   */
  public record ProjectLimit(Long projectId, Boolean movable, Integer maxDelayDays) {

    public boolean mayMove() {
      return movable == null || movable;
    }

    public int delayDays() {
      return maxDelayDays == null ? DEFAULT_DELAY_DAYS : maxDelayDays;
    }
  }

  /** The limits if they make sense; every problem at once, by field, otherwise. */
  LevelingLimits check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (projects.size() < 2 || projects.size() > MAX_PROJECTS) {
      problems.add(
          new FieldProblem(
              "projects",
              "Choose from 2 to " + MAX_PROJECTS + " projects whose shared people to level."));
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      ProjectLimit limit = projects.get(i);
      String at = "projects[" + i + "]";
      if (limit == null || limit.projectId() == null) {
        problems.add(new FieldProblem(at + ".projectId", "Name the project."));
        continue;
      }
      if (!seen.add(limit.projectId())) {
        problems.add(new FieldProblem(at + ".projectId", "Name each project once."));
      }
      if (limit.delayDays() < 0 || limit.delayDays() > MAX_DELAY_DAYS) {
        problems.add(
            new FieldProblem(
                at + ".maxDelayDays",
                "Give the longest delay in working days, from 0 to " + MAX_DELAY_DAYS + "."));
      }
    }
    if (from != null && !InputRules.isSaneDate(from)) {
      problems.add(new FieldProblem("from", InputRules.DATE_RANGE_MESSAGE));
    }
    if (to != null && !InputRules.isSaneDate(to)) {
      problems.add(new FieldProblem("to", InputRules.DATE_RANGE_MESSAGE));
    } else if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem("to", "The period cannot end before it starts."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return this;
  }
}
