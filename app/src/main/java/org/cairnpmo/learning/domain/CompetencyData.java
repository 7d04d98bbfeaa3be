package org.cairnpmo.learning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A competency as written by the PMO: its area, name, description and the descriptors of levels 1
 * to 5 (five texts, in order). For a change, {@code version} is the version that was read.
 */
public record CompetencyData(
    @NotNull(message = "Choose the area") Long areaId,
    @NotBlank(message = "Enter the competency's name")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    @NotNull(message = "Describe each of the five levels")
        @Size(min = 5, max = 5, message = "Describe each of the five levels")
        List<String> levels,
    Long version) {}
