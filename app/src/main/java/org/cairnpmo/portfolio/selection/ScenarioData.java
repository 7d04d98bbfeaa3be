package org.cairnpmo.portfolio.selection;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A selection scenario as entered: candidates, objective, limits and rules.
 *
 * @param candidateIds proposals to choose from (submitted, under evaluation or approved); null or
 *     empty: every proposal under evaluation
 * @param alpha weight of the normalised score in {@link Objective#MIX} (0–1), the rest goes to NPV
 * @param budgetLimits most that may be spent per period (capex plus opex)
 * @param totalBudget most that may be spent over all periods; null for no limit
 * @param capacityLimits most of one role that may be used in one period
 * @param timeLimitSeconds optimizer time limit, 1–120, default 10
 * @param frontierLevels budget levels of the efficient frontier, 2–30, default 10
 * @param ignoreCommittedSpend true: the budget limits are the money available as they stand; by
 *     default what the active projects have committed in each period is taken off its limit
 */
public record ScenarioData(
    @NotBlank(message = "Name the scenario") @Size(max = 200, message = "At most 200 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    List<Long> candidateIds,
    @NotNull(message = "Choose what to maximize") Objective objective,
    @DecimalMin(value = "0", message = "Between 0 and 1")
        @DecimalMax(value = "1", message = "Between 0 and 1")
        Double alpha,
    @Valid List<PeriodLimit> budgetLimits,
    @PositiveOrZero(message = "Enter zero or more") BigDecimal totalBudget,
    @Valid List<CapacityLimit> capacityLimits,
    List<Long> mustInclude,
    List<Long> mustExclude,
    @Valid List<Group> exclusiveGroups,
    @Valid List<Requirement> prerequisites,
    @Min(value = 1, message = "At least 1 second")
        @Max(value = 120, message = "At most 120 seconds")
        Integer timeLimitSeconds,
    @Min(value = 2, message = "At least 2 levels") @Max(value = 30, message = "At most 30 levels")
        Integer frontierLevels,
    Long version,
    // Left out of the JSON when unset, so that the definitions stored before the switch existed
    // keep their fingerprint and their runs stay valid.
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean ignoreCommittedSpend) {

  public ScenarioData {
    candidateIds = candidateIds == null ? List.of() : List.copyOf(candidateIds);
    budgetLimits = budgetLimits == null ? List.of() : List.copyOf(budgetLimits);
    capacityLimits = capacityLimits == null ? List.of() : List.copyOf(capacityLimits);
    mustInclude = mustInclude == null ? List.of() : List.copyOf(mustInclude);
    mustExclude = mustExclude == null ? List.of() : List.copyOf(mustExclude);
    exclusiveGroups = exclusiveGroups == null ? List.of() : List.copyOf(exclusiveGroups);
    prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
  }

  public int effectiveTimeLimitSeconds() {
    return timeLimitSeconds == null ? 10 : timeLimitSeconds;
  }

  public int effectiveFrontierLevels() {
    return frontierLevels == null ? 10 : frontierLevels;
  }

  public boolean ignoresCommittedSpend() {
    return Boolean.TRUE.equals(ignoreCommittedSpend);
  }

  public double effectiveAlpha() {
    return alpha == null ? 0.5 : alpha;
  }

  /**
   * Only what the optimizer solves: candidates, objective, limits and rules. Name, description,
   * version, time limit and frontier levels are left out because a result stays valid when they
   * change.
   */
  public ScenarioData solvedPart() {
    return copy("", null, null, null, null, ignoresCommittedSpend() ? Boolean.TRUE : null);
  }

  /** The same scenario under another name and version (a copy, or the stored definition). */
  public ScenarioData withHeader(String newName, String newDescription, Long newVersion) {
    return copy(
        newName,
        newDescription,
        timeLimitSeconds,
        frontierLevels,
        newVersion,
        ignoreCommittedSpend);
  }

  private ScenarioData copy(
      String newName,
      String newDescription,
      Integer newTimeLimit,
      Integer newLevels,
      Long newVersion,
      Boolean ignoring) {
    return new ScenarioData(
        newName,
        newDescription,
        candidateIds,
        objective,
        alpha,
        budgetLimits,
        totalBudget,
        capacityLimits,
        mustInclude,
        mustExclude,
        exclusiveGroups,
        prerequisites,
        newTimeLimit,
        newLevels,
        newVersion,
        ignoring);
  }

  /** Most that may be spent in one period (a label like 2027 or 2027-Q1). */
  public record PeriodLimit(
      @NotBlank(message = "Enter the period, e.g. 2027") String period,
      @NotNull(message = "Enter the limit") @PositiveOrZero(message = "Enter zero or more")
          BigDecimal limit) {}

  /** Most of one role that may be used in one period, in the unit of the proposals' demand. */
  public record CapacityLimit(
      @NotBlank(message = "Name the role") String role,
      @NotBlank(message = "Enter the period, e.g. 2027") String period,
      @NotNull(message = "Enter the limit") @PositiveOrZero(message = "Enter zero or more")
          BigDecimal limit) {}

  /** Alternatives of which at most one may be selected. */
  public record Group(
      @NotBlank(message = "Name the group") @Size(max = 200, message = "At most 200 characters")
          String name,
      @NotEmpty(message = "Name the proposals of the group") List<Long> proposalIds) {}

  /** {@code dependentId} may be selected only if {@code requiredId} is selected too. */
  public record Requirement(
      @NotNull(message = "Choose the dependent proposal") Long dependentId,
      @NotNull(message = "Choose the proposal it needs") Long requiredId) {}
}
