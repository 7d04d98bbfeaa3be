package org.cairnpmo.governance.web;

import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;

/** The form that puts a project on a lifecycle. */
public class PlacementForm {

  private RiskLevel riskLevel = RiskLevel.MEDIUM;
  private Long tierId;
  private Long lifecycleId;
  private Integer currentPhase;

  PlacementData toData(long projectId) {
    return new PlacementData(projectId, riskLevel, tierId, lifecycleId, currentPhase);
  }

  public Integer getCurrentPhase() {
    return currentPhase;
  }

  public void setCurrentPhase(Integer currentPhase) {
    this.currentPhase = currentPhase;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public Long getTierId() {
    return tierId;
  }

  public void setTierId(Long tierId) {
    this.tierId = tierId;
  }

  public Long getLifecycleId() {
    return lifecycleId;
  }

  public void setLifecycleId(Long lifecycleId) {
    this.lifecycleId = lifecycleId;
  }
}
