package org.cairnpmo.governance.domain;

import jakarta.validation.constraints.Size;

/** Marks a condition of a GO_WITH_CONDITIONS decision as met, with an optional note. */
public record ConditionMetData(
    @Size(max = 1000, message = "At most 1000 characters") String note) {}
