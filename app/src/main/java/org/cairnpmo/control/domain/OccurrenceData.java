package org.cairnpmo.control.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cairnpmo.control.IssueSeverity;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A risk that happened, turned into an issue. Everything is optional: the issue's title defaults to
 * the risk's, its description to the risk's effect, its owner to the risk's owner and its severity
 * to the risk's level (LOW, MEDIUM, HIGH). {@code closeRisk} closes the risk instead of marking it
 * OCCURRED. {@code version} is the risk's version that was read.
 */
public record OccurrenceData(
    @Size(max = 200, message = "At most 200 characters") String title,
    @Size(max = 4000, message = "At most 4000 characters") String description,
    IssueSeverity severity,
    Long ownerId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
    Boolean closeRisk,
    Long version) {}
