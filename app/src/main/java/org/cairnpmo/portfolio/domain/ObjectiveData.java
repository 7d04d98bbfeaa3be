package org.cairnpmo.portfolio.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A strategic objective as the PMO enters it. For a change, {@code version} is the version that was
 * read.
 *
 * @param ownerId the person accountable for the objective
 * @param target how achievement is measured, e.g. "Cut order-to-cash time from 9 to 5 days"
 */
public record ObjectiveData(
    @NotBlank(message = "Enter the objective's name")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Size(max = 4000, message = "At most 4000 characters") String description,
    Long ownerId,
    @Size(max = 500, message = "At most 500 characters") String target,
    LocalDate periodFrom,
    LocalDate periodTo,
    Long version) {}
