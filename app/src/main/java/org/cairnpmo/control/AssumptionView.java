package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;

/** An assumption as the caller may see it, with who validated it and when. */
public record AssumptionView(
    long id,
    long projectId,
    String text,
    Long ownerId,
    String ownerName,
    boolean validated,
    String validatedBy,
    LocalDate validatedOn,
    Escalation escalation,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable)
    implements RaidEntryView {}
