package org.cairnpmo.governance.web;

import java.math.BigDecimal;
import org.cairnpmo.governance.domain.ProjectCriteriaData;
import org.cairnpmo.governance.domain.ProjectCriteriaView;

/** The project criteria as the setup page edits them. */
public class CriteriaForm {

  private String policy;
  private BigDecimal minBudget;
  private String currency;
  private Integer minDurationMonths;
  private Long version;

  static CriteriaForm of(ProjectCriteriaView view) {
    CriteriaForm form = new CriteriaForm();
    form.policy = view.policy();
    form.minBudget = view.minBudget();
    form.currency = view.currency();
    form.minDurationMonths = view.minDurationMonths();
    form.version = view.version();
    return form;
  }

  ProjectCriteriaData toData() {
    return new ProjectCriteriaData(
        policy,
        minBudget,
        currency == null || currency.isBlank() ? null : currency.trim(),
        minDurationMonths,
        version);
  }

  public String getPolicy() {
    return policy;
  }

  public void setPolicy(String policy) {
    this.policy = policy;
  }

  public BigDecimal getMinBudget() {
    return minBudget;
  }

  public void setMinBudget(BigDecimal minBudget) {
    this.minBudget = minBudget;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Integer getMinDurationMonths() {
    return minDurationMonths;
  }

  public void setMinDurationMonths(Integer minDurationMonths) {
    this.minDurationMonths = minDurationMonths;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
