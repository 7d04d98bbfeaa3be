package org.cairnpmo.archive.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A template's details; {@code version} is the one edited (or If-Match). */
public record TemplateData(
    @NotBlank(message = "Give the template a name") @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @Size(max = 80) String deliverableId,
    @Size(max = 200) String deliverableName,
    Long version) {}
