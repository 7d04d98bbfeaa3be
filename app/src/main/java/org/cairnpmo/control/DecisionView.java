package org.cairnpmo.control;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
    @JsonUnwrapped RaidEntryState state)
    implements RaidEntryView {}
