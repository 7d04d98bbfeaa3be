package org.cairnpmo.governance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a piece of work falls: whether it qualifies as a project at all and, if so, the highest
 * tier whose rule it matches ({@code tierId} null when no tier matches). {@code reasons} say why,
 * in words.
 */
public record Classification(
    BigDecimal budget,
    Integer durationMonths,
    RiskLevel risk,
    boolean qualifiesAsProject,
    Long tierId,
    Integer tierLevel,
    String tierName,
    Long lifecycleId,
    List<String> reasons) {

  public Classification {
    reasons = List.copyOf(reasons);
  }
}
