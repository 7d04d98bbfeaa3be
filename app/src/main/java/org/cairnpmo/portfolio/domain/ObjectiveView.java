package org.cairnpmo.portfolio.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A strategic objective with its owner's name resolved. */
public record ObjectiveView(
    long id,
    String name,
    String description,
    Long ownerId,
    String ownerName,
    String target,
    LocalDate periodFrom,
    LocalDate periodTo,
    long version,
    Instant updatedAt,
    String updatedBy) {}
