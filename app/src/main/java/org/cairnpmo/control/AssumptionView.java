package org.cairnpmo.control;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
    @JsonUnwrapped RaidEntryState state)
    implements RaidEntryView {}
