package org.cairnpmo.portfolio.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The PMO's triage of a proposal: evaluate it ({@code UNDER_EVALUATION}), or {@code REJECTED} /
 * {@code DEFERRED} with a reason the author can read.
 */
public record TriageData(
    @NotNull(message = "Choose UNDER_EVALUATION, REJECTED or DEFERRED") ProposalStatus outcome,
    @Size(max = 2000, message = "At most 2000 characters") String reason,
    Long version) {}
