package org.cairnpmo.projects.domain;

import java.time.Instant;

/** One entry of a project's history: who changed which field from what to what. */
public record ProjectChangeView(
    long revision,
    Instant changedAt,
    String changedBy,
    String field,
    String oldValue,
    String newValue) {}
