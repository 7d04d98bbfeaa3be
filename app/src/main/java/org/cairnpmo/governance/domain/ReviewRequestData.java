package org.cairnpmo.governance.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The manager asks the board for a decision at the current gate. {@code checklist}, when given, is
 * saved first (as with the checklist endpoint); {@code version}, when given, must be the
 * lifecycle's current version.
 */
public record ReviewRequestData(
    @Size(max = 2000, message = "At most 2000 characters") String note,
    @Valid ChecklistData checklist,
    Long version) {}
