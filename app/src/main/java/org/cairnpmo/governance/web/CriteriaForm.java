package org.cairnpmo.governance.web;

import java.math.BigDecimal;
import org.cairnpmo.governance.domain.ProjectCriteriaData;
import org.cairnpmo.governance.domain.ProjectCriteriaView;

/**
 * The project criteria as the setup page edits them: as {@link ProjectCriteriaData}, except that an
 * empty currency keeps none rather than failing the currency rule.
 */
record CriteriaForm(
    String policy, BigDecimal minBudget, String currency, Integer minDurationMonths, Long version) {

  static CriteriaForm of(ProjectCriteriaView view) {
    return new CriteriaForm(
        view.policy(), view.minBudget(), view.currency(), view.minDurationMonths(), view.version());
  }

  ProjectCriteriaData toData() {
    return new ProjectCriteriaData(
        policy,
        minBudget,
        currency == null || currency.isBlank() ? null : currency.trim(),
        minDurationMonths,
        version);
  }
}
