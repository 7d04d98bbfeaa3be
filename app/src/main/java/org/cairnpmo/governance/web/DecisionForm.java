package org.cairnpmo.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateDecision;

/** The board's decision form; condition rows left empty are ignored. */
@Getter
public class DecisionForm {

  static final int CONDITION_ROWS = 3;

  @Setter private Long reviewId;
  @Setter private GateDecision decision;
  @Setter private String rationale;
  @Setter private List<Condition> conditions = new ArrayList<>();

  static DecisionForm empty(Long reviewId) {
    DecisionForm form = new DecisionForm();
    form.reviewId = reviewId;
    form.padConditions();
    return form;
  }

  /** Always offer a few empty rows to fill in. */
  void padConditions() {
    while (conditions.size() < CONDITION_ROWS) {
      conditions.add(new Condition());
    }
  }

  /** The rows that were filled in, in order, and what they become. */
  DecisionData toData() {
    List<DecisionData.Condition> given = new ArrayList<>();
    List<Condition> kept = new ArrayList<>();
    for (Condition row : conditions) {
      if (!row.isEmpty()) {
        kept.add(row);
        given.add(
            new DecisionData.Condition(
                row.getDescription() == null ? null : row.getDescription().trim(),
                row.getOwnerId(),
                row.getDueDate()));
      }
    }
    // Errors name the rows as the data numbers them: keep the filled rows first.
    conditions = kept;
    return new DecisionData(decision, rationale, given, reviewId);
  }

  /** One condition row. */
  @Getter
  public static class Condition {
    @Setter private String description;
    @Setter private Long ownerId;
    @Setter private LocalDate dueDate;

    boolean isEmpty() {
      return (description == null || description.isBlank()) && ownerId == null && dueDate == null;
    }
  }
}
