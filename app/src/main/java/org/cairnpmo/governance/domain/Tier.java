package org.cairnpmo.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/** A project tier: a rule that sorts projects by size and risk, and the lifecycle they follow. */
@KeepsHistory("tier")
@Entity
@Table(name = "gov_tier")
@Getter
public class Tier extends EditableRecord {

  @Column(name = "tier_level")
  private int level;

  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private MatchMode matchMode;

  private BigDecimal minBudget;
  private Integer minDurationMonths;

  @Enumerated(EnumType.STRING)
  private RiskLevel minRisk;

  private Long lifecycleId;

  protected Tier() {}

  static Tier define(TierData data, String by, Instant now) {
    Tier tier = new Tier();
    tier.stampCreated(by, now);
    tier.revise(data, by, now);
    return tier;
  }

  void revise(TierData data, String by, Instant now) {
    level = data.level();
    name = data.name().trim();
    description =
        data.description() == null || data.description().isBlank()
            ? null
            : data.description().trim();
    matchMode = data.match() == null ? MatchMode.ANY : data.match();
    minBudget =
        data.minBudget() == null ? null : data.minBudget().setScale(2, RoundingMode.HALF_UP);
    minDurationMonths = data.minDurationMonths();
    minRisk = data.minRisk();
    lifecycleId = data.lifecycleId();
    stampChanged(by, now);
  }

  /** Follows a lifecycle's new revision. */
  void useLifecycle(long lifecycleId, String by, Instant now) {
    this.lifecycleId = lifecycleId;
    stampChanged(by, now);
  }

  public TierClassifier.Rule rule() {
    return new TierClassifier.Rule(
        getId(), level, name, matchMode, minBudget, minDurationMonths, minRisk, lifecycleId);
  }

  /** The rule in words, e.g. "budget ≥ 1,000,000 EUR or risk ≥ High". */
  public String describe(String currency) {
    List<String> parts = new ArrayList<>();
    if (minBudget != null) {
      parts.add("budget ≥ " + TierClassifier.money(minBudget, currency));
    }
    if (minDurationMonths != null) {
      parts.add("duration ≥ " + minDurationMonths + " months");
    }
    if (minRisk != null) {
      parts.add("risk ≥ " + minRisk.label());
    }
    if (parts.isEmpty()) {
      return "Every project (no conditions)";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(matchMode == MatchMode.ALL ? " and " : " or ", parts);
  }
}
