package org.cairnpmo.portfolio.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/** What a criteria set's data must meet before a set is defined or revised with it. */
final class CriteriaSetChecks {

  private CriteriaSetChecks() {}

  static void validate(CriteriaSetData data) {
    List<FieldProblem> problems = new ArrayList<>();
    List<CriteriaSetData.Criterion> list = data.criteriaOrEmpty();
    if (list.isEmpty()) {
      problems.add(new FieldProblem("criteria", "Add at least one criterion."));
    }
    if (list.size() > CriteriaSet.MAX_CRITERIA) {
      problems.add(
          new FieldProblem(
              "criteria",
              "At most "
                  + CriteriaSet.MAX_CRITERIA
                  + " criteria per set (pairwise comparison is tabulated that far); group the"
                  + " others."));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      CriteriaSetData.Criterion c = list.get(i);
      String prefix = "criteria[" + i + "].";
      if (c.name() == null || c.name().isBlank()) {
        problems.add(new FieldProblem(prefix + "name", "Name the criterion."));
      } else if (!names.add(c.name().trim().toLowerCase(Locale.ROOT))) {
        problems.add(new FieldProblem(prefix + "name", "Another criterion has this name."));
      }
      if (c.scaleMin() == null || c.scaleMax() == null) {
        problems.add(new FieldProblem(prefix + "scaleMax", "Enter the lowest and highest score."));
      } else if (c.scaleMin() < 0 || c.scaleMax() > CriteriaSet.MAX_SCALE) {
        problems.add(
            new FieldProblem(
                prefix + "scaleMax", "Use a scale between 0 and " + CriteriaSet.MAX_SCALE + "."));
      } else if (c.scaleMax() <= c.scaleMin()) {
        problems.add(
            new FieldProblem(
                prefix + "scaleMax", "The highest score must be above the lowest, e.g. 1 to 5."));
      }
      if (c.weight() != null && c.weight().signum() < 0) {
        problems.add(new FieldProblem(prefix + "weight", "A weight cannot be negative."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
