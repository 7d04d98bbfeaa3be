package org.cairnpmo.governance.web;

import java.math.BigDecimal;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;

/** A tier as its form edits it. */
public class TierForm {

  private Integer level;
  private String name;
  private String description;
  private MatchMode match = MatchMode.ANY;
  private BigDecimal minBudget;
  private Integer minDurationMonths;
  private RiskLevel minRisk;
  private Long lifecycleId;
  private Long version;

  static TierForm of(TierData data) {
    TierForm form = new TierForm();
    form.level = data.level();
    form.name = data.name();
    form.description = data.description();
    form.match = data.match();
    form.minBudget = data.minBudget();
    form.minDurationMonths = data.minDurationMonths();
    form.minRisk = data.minRisk();
    form.lifecycleId = data.lifecycleId();
    form.version = data.version();
    return form;
  }

  TierData toData() {
    return new TierData(
        level,
        name,
        description,
        match,
        minBudget,
        minDurationMonths,
        minRisk,
        lifecycleId,
        version);
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public MatchMode getMatch() {
    return match;
  }

  public void setMatch(MatchMode match) {
    this.match = match;
  }

  public BigDecimal getMinBudget() {
    return minBudget;
  }

  public void setMinBudget(BigDecimal minBudget) {
    this.minBudget = minBudget;
  }

  public Integer getMinDurationMonths() {
    return minDurationMonths;
  }

  public void setMinDurationMonths(Integer minDurationMonths) {
    this.minDurationMonths = minDurationMonths;
  }

  public RiskLevel getMinRisk() {
    return minRisk;
  }

  public void setMinRisk(RiskLevel minRisk) {
    this.minRisk = minRisk;
  }

  public Long getLifecycleId() {
    return lifecycleId;
  }

  public void setLifecycleId(Long lifecycleId) {
    this.lifecycleId = lifecycleId;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
