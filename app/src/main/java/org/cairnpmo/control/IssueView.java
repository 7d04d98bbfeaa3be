package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue as the caller may see it; {@code riskId} names the risk it came from, {@code escalation}
 * is null unless it is escalated.
 */
public record IssueView(
    long id,
    long projectId,
    String title,
    String description,
    IssueSeverity severity,
    Long ownerId,
    String ownerName,
    LocalDate dueDate,
    boolean overdue,
    String resolution,
    IssueStatus status,
    Long riskId,
    Escalation escalation,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable)
    implements RaidEntryView {}
