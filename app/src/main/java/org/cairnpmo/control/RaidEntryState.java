package org.cairnpmo.control;

import java.time.Instant;

/**
 * What every kind of RAID entry's view ends with: its escalation (null unless escalated), its
 * version, who logged and last changed it, and whether the caller may change it. The views unwrap
 * it, so the API shows these as the entry's own fields.
 */
public record RaidEntryState(
    Escalation escalation,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable) {}
