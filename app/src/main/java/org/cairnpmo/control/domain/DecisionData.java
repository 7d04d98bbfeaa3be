package org.cairnpmo.control.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A decision taken on the project: what was decided, why, who decided (a person or a body such as
 * the steering committee), when, and the alternatives that were considered.
 */
public record DecisionData(
    @NotBlank(message = "Say what was decided") @Size(max = 300, message = "At most 300 characters")
        String what,
    @Size(max = 4000, message = "At most 4000 characters") String why,
    @NotBlank(message = "Say who decided") @Size(max = 200, message = "At most 200 characters")
        String decidedBy,
    @NotNull(message = "Enter the date of the decision")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate decidedOn,
    @Size(max = 4000, message = "At most 4000 characters") String alternatives,
    Long ownerId,
    Long version) {}
