package org.cairnpmo.governance.web;

import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;

/** The form that puts a project on a lifecycle. */
@Getter
public class PlacementForm {

  @Setter private RiskLevel riskLevel = RiskLevel.MEDIUM;
  @Setter private Long tierId;
  @Setter private Long lifecycleId;
  @Setter private Integer currentPhase;

  PlacementData toData(long projectId) {
    return new PlacementData(projectId, riskLevel, tierId, lifecycleId, currentPhase);
  }
}
