package org.cairnpmo.portfolio.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Commit a scenario's run: approve its selected proposals, with the reason. */
public record CommitData(
    @NotNull(message = "Choose the run to commit") Long runId,
    @NotBlank(message = "Give the rationale for the decision")
        @Size(max = 4000, message = "At most 4000 characters")
        String rationale,
    Long version) {}
