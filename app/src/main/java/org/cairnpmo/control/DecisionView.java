package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;

/** A decision as the caller may see it. */
public record DecisionView(
    long id,
    long projectId,
    String what,
    String why,
    String decidedBy,
    LocalDate decidedOn,
    String alternatives,
    Long ownerId,
    String ownerName,
    Escalation escalation,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable)
    implements RaidEntryView {}
