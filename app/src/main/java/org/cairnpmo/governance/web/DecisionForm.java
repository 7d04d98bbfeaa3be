package org.cairnpmo.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateDecision;

/** The board's decision form; condition rows left empty are ignored. */
public class DecisionForm {

  static final int CONDITION_ROWS = 3;

  private Long reviewId;
  private GateDecision decision;
  private String rationale;
  private List<Condition> conditions = new ArrayList<>();

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
  public static class Condition {
    private String description;
    private Long ownerId;
    private LocalDate dueDate;

    boolean isEmpty() {
      return (description == null || description.isBlank()) && ownerId == null && dueDate == null;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public Long getOwnerId() {
      return ownerId;
    }

    public void setOwnerId(Long ownerId) {
      this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
      return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
      this.dueDate = dueDate;
    }
  }

  public Long getReviewId() {
    return reviewId;
  }

  public void setReviewId(Long reviewId) {
    this.reviewId = reviewId;
  }

  public GateDecision getDecision() {
    return decision;
  }

  public void setDecision(GateDecision decision) {
    this.decision = decision;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }
}
