package org.cairnpmo.resources.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.SkillLevel;

/** The checks of a resource request, the same for the API and the pages. */
final class RequestRules {

  private RequestRules() {}

  /** The request trimmed and checked, with the priority MEDIUM where it names none. */
  static RequestData check(RequestData data) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.roleId() == null && data.personId() == null) {
      problems.add(new FieldProblem("roleId", "Ask for a role or for a named person."));
    }
    BigDecimal hours = data.hoursPerWeek();
    if (hours == null) {
      problems.add(new FieldProblem("hoursPerWeek", "Give the hours per week, such as 20."));
    } else if (hours.signum() <= 0 || hours.compareTo(PoolRules.HOURS_IN_WEEK) > 0) {
      problems.add(
          new FieldProblem(
              "hoursPerWeek", "Give the hours per week as a number above 0 and up to 168."));
    } else if (hours.scale() > 2) {
      problems.add(new FieldProblem("hoursPerWeek", "Give the hours with at most two decimals."));
    }
    if (data.firstDay() == null) {
      problems.add(new FieldProblem("firstDay", "Give the first day the person is needed."));
    } else if (!InputRules.isSaneDate(data.firstDay())) {
      problems.add(new FieldProblem("firstDay", InputRules.DATE_RANGE_MESSAGE));
    }
    if (data.lastDay() == null) {
      problems.add(new FieldProblem("lastDay", "Give the last day the person is needed."));
    } else if (!InputRules.isSaneDate(data.lastDay())) {
      problems.add(new FieldProblem("lastDay", InputRules.DATE_RANGE_MESSAGE));
    } else if (data.firstDay() != null && data.lastDay().isBefore(data.firstDay())) {
      problems.add(new FieldProblem("lastDay", "The request cannot end before it starts."));
    }
    String note = PoolRules.text(data.note(), "note", 1000, false, null, problems);
    List<SkillLevel> skills = new ArrayList<>();
    for (int i = 0; i < data.skills().size(); i++) {
      SkillLevel s = data.skills().get(i);
      String at = "skills[" + i + "]";
      if (s == null) {
        problems.add(new FieldProblem(at, "Remove the empty skill."));
        continue;
      }
      String skill =
          PoolRules.text(s.skill(), at + ".skill", 100, true, "Name the skill.", problems);
      if (s.proficiency() == null || s.proficiency() < 1 || s.proficiency() > 5) {
        problems.add(
            new FieldProblem(
                at + ".proficiency", "Give the proficiency from 1 (basic) to 5 (expert)."));
      }
      skills.add(new SkillLevel(skill, s.proficiency()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new RequestData(
        data.roleId(),
        data.personId(),
        skills,
        hours,
        data.firstDay(),
        data.lastDay(),
        data.priority() == null ? Priority.MEDIUM : data.priority(),
        note);
  }

  /** A reason for rejecting or declining: required, as text a person can read. */
  static String reason(String text) {
    List<FieldProblem> problems = new ArrayList<>();
    String reason = PoolRules.text(text, "reason", 1000, true, "Say why.", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return reason;
  }
}
