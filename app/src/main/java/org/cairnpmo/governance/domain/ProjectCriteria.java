package org.cairnpmo.governance.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.LastChanged;
import org.cairnpmo.platform.history.KeepsHistory;

/** The PMO's definition of what a project is (one record for the organization). */
@KeepsHistory("project-criteria")
@Entity
@Table(name = "gov_project_criteria")
@Getter
public class ProjectCriteria extends GeneratedId implements LastChanged {

  public static final String DEFAULT_CURRENCY = "EUR";

  private String policy;
  private BigDecimal minBudget;
  private String currency;
  private Integer minDurationMonths;
  @Version private long version;
  @Embedded private LastChange lastChange;

  protected ProjectCriteria() {}

  static ProjectCriteria initial() {
    ProjectCriteria criteria = new ProjectCriteria();
    criteria.currency = DEFAULT_CURRENCY;
    return criteria;
  }

  void revise(ProjectCriteriaData data, String by, Instant now) {
    policy = data.policy() == null || data.policy().isBlank() ? null : data.policy().trim();
    minBudget =
        data.minBudget() == null ? null : data.minBudget().setScale(2, RoundingMode.HALF_UP);
    currency =
        data.currency() == null || data.currency().isBlank()
            ? DEFAULT_CURRENCY
            : data.currency().trim().toUpperCase();
    minDurationMonths = data.minDurationMonths();
    lastChange = LastChange.by(by, now);
  }

  public TierClassifier.Criteria thresholds() {
    return new TierClassifier.Criteria(minBudget, minDurationMonths, currency);
  }

  /** The criteria in one sentence. */
  public String rule() {
    if (minBudget == null && minDurationMonths == null) {
      return "No thresholds: all work qualifies as a project.";
    }
    StringBuilder rule = new StringBuilder("A project has ");
    if (minBudget != null) {
      rule.append("a budget of at least ").append(TierClassifier.money(minBudget, currency));
    }
    if (minBudget != null && minDurationMonths != null) {
      rule.append(" or ");
    }
    if (minDurationMonths != null) {
      rule.append("a duration of at least ").append(minDurationMonths).append(" months");
    }
    return rule.append("; anything smaller is business as usual.").toString();
  }

  public long getVersion() {
    return version;
  }

  @Override
  public LastChange lastChange() {
    return lastChange;
  }
}
