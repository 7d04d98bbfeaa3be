package org.cairnpmo.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/** What a decision or an approver's vote must say before a gate records it. */
final class DecisionRules {

  private DecisionRules() {}

  /**
   * A decision recorded for the board: chosen, explained, and with conditions (each described,
   * owned and due from today) exactly when it is a GO with conditions.
   */
  static void check(
      GateDecision decision,
      String rationale,
      List<DecisionData.Condition> conditions,
      Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("decision", "Choose the decision."));
    }
    if (blank(rationale)) {
      problems.add(
          new FieldProblem(
              "rationale", "Explain the decision: the rationale is part of the record."));
    }
    List<DecisionData.Condition> given = conditions == null ? List.of() : conditions;
    if (decision == GateDecision.GO_WITH_CONDITIONS && given.isEmpty()) {
      problems.add(
          new FieldProblem(
              "conditions",
              "A GO with conditions names at least one condition, its owner and due" + " date."));
    }
    if (decision != null && decision != GateDecision.GO_WITH_CONDITIONS && !given.isEmpty()) {
      problems.add(
          new FieldProblem(
              "conditions",
              "Only a GO with conditions carries conditions; choose GO_WITH_CONDITIONS or leave"
                  + " them out."));
    }
    LocalDate today = LocalDate.ofInstant(now, Gate.ZONE);
    for (int i = 0; i < given.size(); i++) {
      DecisionData.Condition c = given.get(i);
      if (c == null) {
        problems.add(new FieldProblem("conditions[" + i + "]", "A condition cannot be empty."));
        continue;
      }
      if (blank(c.description())) {
        problems.add(
            new FieldProblem("conditions[" + i + "].description", "Describe the condition."));
      }
      if (c.ownerId() == null) {
        problems.add(
            new FieldProblem("conditions[" + i + "].ownerId", "Choose who owns the condition."));
      }
      if (c.dueDate() == null) {
        problems.add(new FieldProblem("conditions[" + i + "].dueDate", "Enter the due date."));
      } else if (c.dueDate().isBefore(today)) {
        problems.add(
            new FieldProblem(
                "conditions[" + i + "].dueDate", "The due date cannot be in the past."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** A vote: GO, HOLD, RECYCLE or KILL (conditions go with a decision), with a comment. */
  static void checkVote(GateDecision decision, String comment) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("decision", "Choose your vote: GO, HOLD, RECYCLE or KILL."));
    } else if (decision == GateDecision.GO_WITH_CONDITIONS) {
      problems.add(
          new FieldProblem(
              "decision",
              "Vote GO, HOLD, RECYCLE or KILL; conditions go with a decision the PMO records for"
                  + " the board."));
    }
    if (blank(comment)) {
      problems.add(
          new FieldProblem("comment", "Explain your vote: the comment is part of the record."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
