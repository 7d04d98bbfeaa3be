package org.cairnpmo.governance.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The board's decision on the gate's open review. The rationale is always required; conditions (at
 * least one) go with GO_WITH_CONDITIONS and only with it.
 */
public record DecisionData(
    @NotNull(message = "Choose the decision: GO, GO_WITH_CONDITIONS, HOLD, RECYCLE or KILL")
        GateDecision decision,
    @NotBlank(message = "Explain the decision: the rationale is part of the record")
        @Size(max = 4000, message = "At most 4000 characters")
        String rationale,
    @Valid @Size(max = 20, message = "At most 20 conditions") List<Condition> conditions,
    Long reviewId) {

  /** Something that must be done, by whom, by when. */
  public record Condition(
      @NotBlank(message = "Describe the condition")
          @Size(max = 1000, message = "At most 1000 characters")
          String description,
      @NotNull(message = "Choose who owns the condition") Long ownerId,
      @NotNull(message = "Enter the due date") LocalDate dueDate) {}

  public List<Condition> conditionsOrEmpty() {
    return conditions == null ? List.of() : conditions;
  }
}
