package org.cairnpmo.portfolio.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Pairwise judgements for a criteria set weighted by AHP. Each says how much more important
 * criterion {@code criterionId} is than {@code comparedToId} on Saaty's scale: 1 equal, 3
 * moderately, 5 strongly, 7 very strongly, 9 extremely more important, and the reciprocals (1/3 =
 * 0.3333…) for less important. Every pair of criteria is judged once, in either order.
 */
public record JudgementsData(@NotNull @Valid List<Judgement> judgements, Long version) {

  /** One comparison. */
  public record Judgement(
      @NotNull(message = "Name the criterion") Long criterionId,
      @NotNull(message = "Name the criterion it is compared with") Long comparedToId,
      @NotNull(message = "Enter a value from 1/9 to 9") Double value) {}
}
