package org.cairnpmo.control;

import java.time.LocalDate;
import java.util.Optional;
import org.cairnpmo.engine.finance.EarnedValueSnapshot;

/**
 * Supplies earned-value figures for suggested status ratings (SPI and CPI). The budgets part of
 * project control implements it as a bean; until then nothing does and the default knows nothing,
 * so rules on SPI and CPI do not apply. Several providers may exist: the first that knows a project
 * answers.
 */
public interface StatusMetricsProvider {

  /** The project's cumulative earned value as of {@code asOf}, if known. */
  default Optional<EarnedValueSnapshot> earnedValue(long projectId, LocalDate asOf) {
    return Optional.empty();
  }
}
