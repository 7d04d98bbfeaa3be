package org.cairnpmo.governance.domain;

import jakarta.validation.constraints.NotNull;

/**
 * Puts a project of the register on a lifecycle. Without {@code tierId} the project's tier is the
 * one its budget, duration and risk classify it into; without {@code lifecycleId} it follows its
 * tier's lifecycle.
 */
public record PlacementData(
    @NotNull(message = "Choose the project") Long projectId,
    @NotNull(message = "Rate the project's risk: LOW, MEDIUM or HIGH") RiskLevel riskLevel,
    Long tierId,
    Long lifecycleId) {}
