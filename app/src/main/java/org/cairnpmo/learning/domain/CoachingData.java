package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A coaching of a project team: the team's name, its project's id where it has one, the coach (a
 * user id), purpose, outcome once known, period. For a change, {@code version} is the one read.
 */
public record CoachingData(
    @NotBlank(message = "Name the team") @Size(max = 200, message = "At most 200 characters")
        String team,
    Long projectId,
    @NotNull(message = "Choose the coach") Long coachId,
    @NotBlank(message = "Write the purpose") @Size(max = 2000, message = "At most 2000 characters")
        String purpose,
    @Size(max = 2000, message = "At most 2000 characters") String outcome,
    @NotNull(message = "Enter the start") LocalDate startsOn,
    LocalDate endsOn,
    Long version) {}
