package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A mentoring pair as the PMO sets it up. For a change, {@code version} is the one read. */
public record MentoringData(
    @NotNull(message = "Choose the mentor") Long mentorId,
    @NotNull(message = "Choose the mentee") Long menteeId,
    @NotBlank(message = "Write the goals") @Size(max = 2000, message = "At most 2000 characters")
        String goals,
    @NotNull(message = "Enter the start") LocalDate startsOn,
    @NotNull(message = "Enter the end") LocalDate endsOn,
    Long version) {}
