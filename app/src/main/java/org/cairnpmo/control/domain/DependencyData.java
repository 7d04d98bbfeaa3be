package org.cairnpmo.control.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cairnpmo.control.DependencyDirection;
import org.cairnpmo.control.DependencyStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A dependency between this project and another one the author can see: which way it points, what
 * is needed, and by when.
 */
public record DependencyData(
    @NotNull(message = "Choose which way the dependency points") DependencyDirection direction,
    @NotNull(message = "Choose the other project") Long otherProjectId,
    @NotBlank(message = "Describe what is needed")
        @Size(max = 2000, message = "At most 2000 characters")
        String description,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate needBy,
    DependencyStatus status,
    Long ownerId,
    Long version) {}
