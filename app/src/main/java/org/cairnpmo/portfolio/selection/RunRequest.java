package org.cairnpmo.portfolio.selection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Start a run; the time limit defaults to the scenario's. */
public record RunRequest(
    @Min(value = 1, message = "At least 1 second")
        @Max(value = 120, message = "At most 120 seconds")
        Integer timeLimitSeconds) {}
