package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A session of a course: when, where (a place, a link or both), who trains, how many seats. For a
 * change, {@code version} is the version that was read.
 */
public record SessionData(
    @NotNull(message = "Enter when the session starts") OffsetDateTime startsAt,
    @NotNull(message = "Enter when the session ends") OffsetDateTime endsAt,
    @Size(max = 300, message = "At most 300 characters") String place,
    @Size(max = 500, message = "At most 500 characters")
        @Pattern(regexp = "https?://\\S+", message = "A web address starting with https://")
        String link,
    @Size(max = 200, message = "At most 200 characters") String trainer,
    @NotNull(message = "Enter the number of seats")
        @Min(value = 1, message = "At least one seat")
        @Max(value = 1000, message = "At most 1000 seats")
        Integer seats,
    Boolean cancelled,
    Long version) {}
