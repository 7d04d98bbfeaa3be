package org.cairnpmo.governance.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Puts a project of the register on a lifecycle. Without {@code tierId} the project's tier is the
 * one its budget, duration and risk classify it into; without {@code lifecycleId} it follows its
 * tier's lifecycle. A project already under way starts at {@code currentPhase}; the gates before it
 * are then passed on record ("Passed before Cairn").
 */
public record PlacementData(
    @NotNull(message = "Choose the project") Long projectId,
    @NotNull(message = "Rate the project's risk: LOW, MEDIUM or HIGH") RiskLevel riskLevel,
    Long tierId,
    Long lifecycleId,
    @Schema(
            description =
                "The phase the project is in now, numbered from 0 as in the lifecycle; without it"
                    + " the first. The gates of the phases before it are recorded as passed before"
                    + " Cairn, by you, now.")
        @Min(value = 0, message = "Phases are numbered from 0")
        Integer currentPhase) {

  /** A placement at the first phase, as before projects could be brought in mid-way. */
  public PlacementData(Long projectId, RiskLevel riskLevel, Long tierId, Long lifecycleId) {
    this(projectId, riskLevel, tierId, lifecycleId, null);
  }

  public int currentPhaseOrFirst() {
    return currentPhase == null ? 0 : currentPhase;
  }
}
